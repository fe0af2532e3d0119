"""What a URL or a link is likely to be, from its shape alone: no per-site rules.

News CMSs give articles dated or numbered paths (/2021/0914/, t20210914_123.html,
content_8592512.html, /a/123456.html) and give lists words (tag, list, category, search, page).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

DATE_IN_PATH = re.compile(
    r"(?:^|[/_-])(?:19|20)\d{2}(?:[/_-]?(?:0[1-9]|1[0-2])(?:[/_-]?(?:0[1-9]|[12]\d|3[01]))?)(?=[/_.-]|$)"
    r"|[/_]t(?:19|20)\d{6}_"
    r"|/(?:19|20)\d{2}(?:0[1-9]|1[0-2])/(?:0[1-9]|[12]\d|3[01])/"
    r"|/(?:19|20)\d{2}-(?:0[1-9]|1[0-2])/(?:0[1-9]|[12]\d|3[01])/"
)
NUMERIC_ID = re.compile(r"(?:^|[/_-])(?:content_|detail_|art_|article_|news_|a|p|c)?\d{4,}(?:_\d+)?(?:\.s?html?|\.php|\.aspx?|/)?$", re.I)
ARTICLE_WORDS = re.compile(r"/(?:article|articles|story|stories|news|detail|content|post|a|p|doc|html)/[^/]*[\w-]{8,}", re.I)
SLUG = re.compile(r"/[a-z0-9]+(?:-[a-z0-9]+){3,}/?$", re.I)  # /fake-delivery-texts-are-back/

LIST_WORDS = re.compile(
    r"/(?:tag|tags|topic|topics|category|categories|cat|list|lists|column|channel|search|archive|archives|"
    r"author|authors|page|index|sort|special|zt|node|label|keyword|keywords|feed|rss|sitemap)(?:[/_.-]|$)",
    re.I,
)
# index.php?m=content&a=show&id=345 (PHPCMS), view.php?aid=12402 (DedeCMS), ?p=1234 (WordPress)
FRONT_CONTROLLER = re.compile(r"/(?:index|default|view|show|article|content|detail|read)\.(?:php|aspx?|jsp|do)$", re.I)
ID_PARAMS = {"id", "aid", "p", "docid", "newsid", "articleid", "article_id", "tid", "nid", "contentid",
             "itemid", "infoid", "showid", "news_id", "cid"}
LIST_FILE = re.compile(r"/(?:index|list|default|more)(?:_\d+)*\.s?html?$", re.I)
PAGE_PARAMS = {"page", "pg", "paged", "pageno", "pagenum", "start", "offset", "q", "s", "query", "keyword", "kw"}
PAGINATION_TEXT = re.compile(
    r"^[\s»›>＞<＜«‹\[\]【】]*(?:下一页|下页|上一页|上页|末页|尾页|首页|next(?: page)?|prev(?:ious)?(?: page)?|"
    r"older(?: posts| entries)?|newer(?: posts| entries)?|more|\d{1,3})?[\s»›>＞<＜«‹\[\]【】]*$", re.I)
PAGINATION_URL = re.compile(
    r"/(?:index|list|page|default|more)[_-]\d{1,3}\.s?html?$"  # index_2.html, list-3.html
    r"|/list_\d+_\d{1,3}\.s?html?$"  # DedeCMS list_12_2.html
    r"|/page/\d{1,4}/?$"  # WordPress /page/2/
    r"|[?&](?:page|pg|paged|pageno|pagenum)=\d{1,4}(?:&|$)|[?&]p=\d{1,3}(?:&|$)",
    re.I,
)
NON_HTML_EXT = re.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z|gz|tgz|tar|exe|apk|dmg|iso|jpe?g|png|gif|bmp|webp|svg|ico|"
    r"mp3|mp4|avi|mov|wmv|flv|m4a|wav|css|js|json|txt|csv|swf)$",
    re.I,
)


def _id_query(query: str) -> bool:
    """A numeric id in the query names one document (?id=345, ?aid=12402, ?p=1234)."""
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key.lower() in ID_PARAMS and value.isdigit() and (len(value) >= 3 or key.lower() != "p"):
            return True
    return False


def url_shape(url: str) -> str:
    """'article', 'list' or 'unknown' from the URL alone."""
    parts = urlsplit(url)
    path = parts.path or "/"
    query_keys = {k.lower() for k, _ in parse_qsl(parts.query, keep_blank_values=True)}
    if path == "/" and not parts.query:
        return "list"
    if FRONT_CONTROLLER.search(path) or path == "/":
        if _id_query(parts.query) and not query_keys & PAGE_PARAMS:
            return "article"
    if LIST_WORDS.search(path) or (query_keys & PAGE_PARAMS) or PAGINATION_URL.search(url):
        if not DATE_IN_PATH.search(path):
            return "list"
    trimmed = path.rstrip("/")
    last = trimmed.rsplit("/", 1)[-1]
    dated = bool(DATE_IN_PATH.search(path))
    if dated or NUMERIC_ID.search(path) or SLUG.search(path) or ARTICLE_WORDS.search(path):
        if LIST_FILE.search(path) and not NUMERIC_ID.search(path):
            return "list"
        if path.endswith("/") and dated and last.isdigit() and not SLUG.search(path):
            return "list"  # /2024/05/ is a month archive; /2024/05/01/some-slug/ is a post
        return "article"
    if LIST_FILE.search(path) or path.endswith("/"):
        return "list"
    return "unknown"


def is_pagination(url: str, text: str = "", rel: str = "") -> bool:
    """A link to another page of the same list: it does not take the crawl one level deeper."""
    if "next" in rel.lower().split() or "prev" in rel.lower().split():
        return True
    return bool(PAGINATION_URL.search(url)) and bool(PAGINATION_TEXT.match(text or "") or not text)


JS_LINK = re.compile(r"""^\s*javascript:.*?['"]((?:https?://|/|\.{0,2}/?)[^'"\s]+?\.(?:s?html?|php|aspx?|jsp)(?:\?[^'"\s]*)?)['"]""",
                     re.I)


def unwrap_js_link(value: str) -> str | None:
    """`javascript:openWin('/a/123.html')` (old CMS templates) → the page it opens; other javascript: → None."""
    if not value.lstrip().lower().startswith("javascript:"):
        return value
    m = JS_LINK.match(value)
    return m.group(1) if m else None


def is_non_html(url: str) -> bool:
    return bool(NON_HTML_EXT.search(urlsplit(url).path))
