"""extract(): bytes + headers → Extracted (clean body, headline, reporter, outlet, time, quality flags).

Pure function: no network, no clock, never raises.  The pipeline is decode → parse → metadata →
main block (readability, recovered from the densest text block when it misses) → line clean-up
(pinyin, boilerplate, byline/info lines) → title/author/date selection.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from lxml import etree

from . import blocks
from .boilerplate import clean_lines, is_boilerplate_line, is_tail_heading
from .bylines import (
    Byline,
    clean_outlet,
    clean_person,
    looks_like_name,
    merge_label_lines,
    parse_line,
    trailing_names,
    wire_names,
    wire_outlet,
)
from .charsets import HAN_RE, MOJIBAKE_THRESHOLD, mojibake_score
from .dates import META_DATE_KEYS, date_from_url, find_dates, localize, parse_date, resolve_tz
from .decode import decode_html
from .dom import element_lines, element_lines_links, norm_space, parse_html, strip_junk
from .metadata import PageMeta, jsonld_value, read_meta
from .pinyin import strip_pinyin
from .script import count_text_chars, detect_lang, detect_script, to_simplified
from .titles import choose_title, is_spam, normalize_title

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 12_000_000


@dataclass
class Extracted:
    url: str
    title: str | None = None
    title_source: str | None = None
    text: str = ""
    text_simplified: str = ""
    author: str | None = None
    outlet: str | None = None
    editor: str | None = None
    published_at: datetime | None = None
    lang: str | None = None
    script: str | None = None
    encoding: str = "utf-8"
    canonical_url: str | None = None
    og_type: str | None = None
    jsonld_types: list[str] = field(default_factory=list)
    pinyin_stripped: int = 0
    spam_title: bool = False
    mojibake_score: float = 0.0
    mojibake: bool = False  # mojibake_score >= charsets.MOJIBAKE_THRESHOLD
    boilerplate_removed: list[str] = field(default_factory=list)
    text_chars: int = 0
    link_density: float = 0.0
    paragraphs: int = 0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["published_at"] = self.published_at.isoformat() if self.published_at else None
        return d


def _content_type(headers: Mapping[str, Any] | None) -> str | None:
    if not headers:
        return None
    try:
        items = list(headers.items())
    except Exception:  # noqa: BLE001
        return None
    for k, v in items:
        key = k.decode("latin-1") if isinstance(k, bytes) else str(k)
        if key.lower() != "content-type":
            continue
        if isinstance(v, (list, tuple)):
            v = v[0] if v else None
        if isinstance(v, bytes):
            v = v.decode("latin-1")
        return str(v) if v is not None else None
    return None


def extract(
    body: bytes, headers: Mapping[str, str] | None, url: str, *, default_tz: str | None = None
) -> Extracted:
    """Extract article fields from a fetched page; malformed input yields empty text, never an exception."""
    url = (url or "").replace("\x00", "")
    if isinstance(body, str):
        body = body.encode("utf-8")
    if not body or len(body) > MAX_BODY_BYTES:
        return Extracted(url=url)
    try:
        return _extract(body.replace(b"\x00", b""), headers, url, default_tz)
    except Exception:  # noqa: BLE001 - one bad page must not stop a crawl
        log.exception("extraction failed for %s", url)
        try:
            enc = decode_html(body, _content_type(headers)).encoding
        except Exception:  # noqa: BLE001
            enc = "utf-8"
        return Extracted(url=url, encoding=enc)


def _extract(body: bytes, headers: Mapping[str, str] | None, url: str, default_tz: str | None) -> Extracted:
    dec = decode_html(body, _content_type(headers))
    out = Extracted(url=url, encoding=dec.encoding)
    root = parse_html(dec.text)
    if root is None:
        return out
    pm = read_meta(root, url)
    out.canonical_url = pm.canonical_url
    out.og_type = pm.og_type
    out.jsonld_types = pm.jsonld_types
    strip_junk(root)
    # A headline's first line: CMSs put the info line inside <h1> after a <br> (PHPCMS).
    h1s = [(element_lines(h) or [""])[0] for h in root.iter("h1")]
    h2s = [(element_lines(h) or [""])[0] for h in root.iter("h2")][:5]
    forum_user = _forum_poster(root)
    archive_author = _author_archive_name(root)
    page_el = root.find("body")
    if page_el is None:
        page_el = root
    page_ll = element_lines_links(page_el)
    page_lines = [t for t, _ in page_ll]
    out.link_density = _link_density(page_ll)
    times = [t.get("datetime") or t.get("content") or "" for t in root.iter("time")]
    sample_text = "".join(page_lines)[:20000]
    n_page = count_text_chars(sample_text)
    cjk_hint = bool(n_page) and len(HAN_RE.findall(sample_text)) / n_page > 0.3

    raw_lines = blocks.main_lines(root, dec.text, cjk_hint)  # readability prunes root from here on
    lines: list[str] = []
    for ln in raw_lines:
        ln2, n = strip_pinyin(ln)
        out.pinyin_stripped += n
        lines.append(ln2)
    page_lines_clean = [strip_pinyin(x)[0] for x in page_lines]
    joined_raw = "\n".join(lines)
    out.mojibake_score = mojibake_score(joined_raw)
    out.mojibake = out.mojibake_score >= MOJIBAKE_THRESHOLD

    # Title before body clean-up so a repeated headline line can be dropped from the text.
    candidates: list[tuple[str, str]] = []
    og = pm.first("og:title", "twitter:title")
    if og:
        candidates.append(("og:title", og))
    for obj in pm.article_objects():
        for h in jsonld_value(obj, "headline")[:1]:
            candidates.append(("json-ld", h))
    for h in h1s:
        if h and len(h) <= 200:
            candidates.append(("h1", strip_pinyin(h)[0]))
    if pm.title_tag:
        candidates.append(("title", strip_pinyin(pm.title_tag)[0]))
    out.title, out.title_source, out.spam_title = choose_title(candidates, joined_raw)
    if out.title is None and joined_raw:
        # Every declared title was spam or missing: a section heading that matches the text is the headline.
        h2c = [("h2", strip_pinyin(h)[0]) for h in h2s if h and 6 <= len(h) <= 80]
        t, src, _ = choose_title(h2c, joined_raw)
        if t and src and not is_spam(t, joined_raw):
            from .titles import body_overlap

            if body_overlap(t, joined_raw) >= 0.3:
                out.title, out.title_source = t, src
    if joined_raw and (out.title is None or (out.title_source == "title" and _weight(out.title) <= 8)):
        # No usable declared title, or a <title> that is only a short blog/site name: the heading line
        # printed at the top of the text is the headline.
        head = _body_heading(lines)
        if head and head != out.title and not is_spam(head, joined_raw):
            out.title, out.title_source = head, "text"

    kept, removed = clean_lines(lines)
    # A teaser cut from the first paragraph ("近日，家住…..."; DedeCMS 摘要) repeats the text.
    for i in range(min(len(kept), 6) - 1, -1, -1):
        stem = re.sub(r"(?:\.{2,}|…+)$", "", kept[i]).strip()
        if stem != kept[i].strip() and len(stem) >= 10 and any(x.startswith(stem) for x in kept[i + 1:]):
            removed.append(kept.pop(i))
    # Keyword-stuffed headings repeated above the text (content farms) are not text.
    while kept and len(kept[0]) <= 120 and is_spam(kept[0], joined_raw):
        removed.append(kept.pop(0))
    info = _metadata_lines(kept, page_lines_clean, out.title)
    body_lines = [ln for i, ln in enumerate(kept) if i not in info.meta_idx]
    removed.extend(kept[i] for i in sorted(info.meta_idx))
    if out.title and body_lines and _same_title(body_lines[0], out.title):
        body_lines = body_lines[1:]
    out.text = "\n".join(body_lines)
    out.boilerplate_removed = removed
    out.paragraphs = len(body_lines)
    out.text_chars = count_text_chars(out.text)
    sample = out.text or "\n".join(page_lines_clean[:200])
    out.script = detect_script(sample)
    out.lang = detect_lang(sample) or _lang_attr(pm)
    out.text_simplified = to_simplified(out.text, out.script)

    if not info.authors and forum_user:
        info.authors.append(forum_user)
    _assign_people(out, info, pm, body_lines, out.lang)
    if out.author is None and archive_author:
        out.author = archive_author
    out.published_at = _pick_date(pm, info, url, times, dec.text, resolve_tz(default_tz, out.lang), body_lines)
    return out


def _weight(s: str) -> int:
    return sum(2 if HAN_RE.match(c) else 1 for c in s if not c.isspace())


def _body_heading(lines: list[str]) -> str | None:
    """A headline printed as the first line of the text block (above a date line at most).

    Short, no sentence punctuation at its end, not a date/byline/boilerplate line and not a bare
    name, with at least 200 characters of text after it.
    """
    for i, ln in enumerate(lines[:3]):
        s = ln.strip()
        if _is_date_line(s) or (find_dates(s) and len(s) <= 60 and count_text_chars(s) <= 40 and not HAN_RE.search(
                _DATE_TEXT.sub("", s))):
            continue  # "Saturday, September 10th, 2005 10:56 am" above the headline
        if not 4 <= len(s) <= 60 or count_text_chars(s) < 4 or s[-1] in "。！？!?，,；;：:、….．":
            return None
        b = parse_line(s)
        if (b.authors or b.is_meta_line or b.editor or b.outlet or looks_like_name(s) or find_dates(s)
                or is_boilerplate_line(s) or is_tail_heading(s)):
            return None
        if count_text_chars("".join(lines[i + 1:])) < 200:
            return None
        return normalize_title(s)
    return None


def _link_density(lines: list[tuple[str, float]]) -> float:
    """Share of the page's visible characters inside links (from per-line link shares)."""
    total = linked = 0.0
    for text, ld in lines:
        n = len(text.replace(" ", ""))
        total += n
        linked += n * ld
    return round(linked / total, 4) if total else 0.0


def _lang_attr(pm: PageMeta) -> str | None:
    if pm.html_lang:
        return pm.html_lang.split("-")[0].lower() or None
    return None


def _same_title(line: str, title: str) -> bool:
    a = re.sub(r"\W", "", normalize_title(line))
    b = re.sub(r"\W", "", normalize_title(title))
    return bool(a) and (a == b or (len(b) >= 6 and a.startswith(b) and len(a) <= len(b) + 4))


@dataclass
class _Info:
    meta_idx: set[int] = field(default_factory=set)
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    labelled_outlet: str | None = None
    editor: str | None = None
    dates: list[tuple[datetime, bool]] = field(default_factory=list)
    late_dates: list[tuple[datetime, bool]] = field(default_factory=list)


_INFO_HINT = re.compile(r"(发布|發布|发表|發表|时间|時間|日期|来源|來源|作者|编辑|編輯|更新|稿源|点击|浏览|出处|Posted|Published|Updated)", re.I)


def _metadata_lines(kept: list[str], page_lines: list[str], title: str | None) -> _Info:
    """Find byline/info lines at the edges of the body and just above it on the page."""
    info = _Info()
    bylines: list[Byline] = []
    n = len(kept)
    first_para = next((i for i, ln in enumerate(kept) if count_text_chars(ln) >= 25 and len(ln) > 40), 0)
    for i in range(1, min(n, max(4, first_para + 1))):
        # essay layout: headline line, then the author's bare name, then the text
        prev = kept[i - 1]
        if looks_like_name(kept[i]) and len(prev) <= 40 and not prev.endswith(("。", "！", "？")):
            if not info.authors:
                info.authors.append(kept[i])
            info.meta_idx.add(i)
            break
    head = range(0, min(n, max(4, min(first_para + 2, 12))))
    tail = range(max(0, n - 5), n)
    for i in list(head) + [i for i in tail if i not in head]:
        line = kept[i]
        if i + 1 < n and _LABEL_ONLY_RE.match(line):
            line = line + kept[i + 1]
        b = parse_line(line)
        if b.authors or b.outlet or b.editor:
            bylines.append(b)
        if not b.authors and (i in head or i == n - 1):
            wn = wire_names(line)
            if wn:
                bylines.append(Byline(authors=wn))
        date_only = _is_date_line(line) or _is_dated_source(line) or (i in head and _is_info_line(line))
        if b.is_meta_line or date_only:
            info.meta_idx.add(i)
            if date_only or _INFO_HINT.search(line) or len(line) <= 60:
                (info.dates if i in head else info.late_dates).extend(find_dates(line))
        if _is_dated_source(line) and not info.outlet:
            info.outlet = clean_outlet(_DATE_TEXT.sub("", line).strip(" |｜-—"))
        wo = wire_outlet(line)
        if wo and not info.outlet:
            info.outlet = wo
    if n:
        tn = trailing_names(kept[-1])
        if tn:
            info.authors.extend(x for x in tn if x not in info.authors)
    # Lines above the body on the page: headline, info line, byline.
    start = _locate(page_lines, kept, title)
    if start is not None:
        lo = max(0, start - 15)
        window = _join_split_times(merge_label_lines(page_lines[lo:start]))
        if title:
            for j in range(len(window) - 1, -1, -1):
                if _same_title(window[j], title) or (len(title) >= 6 and title[:12] in window[j]):
                    above = [x for x in window[max(0, j - 6):j] if not _same_title(x, title)]
                    window = window[j + 1:]
                    if not any(find_dates(x) for x in window if len(x) <= 120):
                        window = above + window  # news.cn: the info line sits above the headline
                    break
        labelled = any(parse_line(x).authors for x in window)
        for j in range(len(window) - 1, max(0, len(window) - 4), -1):
            # essay layout above the text: headline, then the author's bare name
            if (looks_like_name(window[j]) and len(window[j - 1]) <= 40 and not info.authors and not labelled
                    and not find_dates(window[j - 1])):
                info.authors.append(window[j])
                break
        for line in reversed(window):
            b = parse_line(line)
            if b.authors or b.outlet or b.editor:
                bylines.insert(0, b)
            if len(line) <= 120:
                ds = find_dates(line)
                if ds and (_INFO_HINT.search(line) or _is_date_line(line) or len(line) <= 60):
                    info.dates = ds + info.dates if not info.dates else info.dates + ds
        after: list[Byline] = []
        end = _locate_end(page_lines, kept, start)
        if end is not None:
            # Info lines printed below the text (DedeCMS: "作者:佚名 來源:不詳 發布時間:…").
            for line in merge_label_lines(page_lines[end + 1:end + 8]):
                if is_tail_heading(line):
                    break
                if len(line) > 120:
                    continue
                b = parse_line(line)
                if b.is_meta_line or _INFO_HINT.search(line):
                    if b.authors or b.outlet or b.editor:
                        after.append(b)
                    ds = find_dates(line)
                    if ds and _INFO_HINT.search(line):
                        info.late_dates.extend(ds)
        if not any(b.authors for b in bylines):
            bylines.extend(after)
        else:
            bylines.extend(Byline(outlet=b.outlet, editor=b.editor) for b in after)
    for b in bylines:
        for a in b.authors:
            if a not in info.authors:
                info.authors.append(a)
        if b.outlet and b.labelled_outlet and not info.labelled_outlet:
            info.labelled_outlet = b.outlet
        if b.outlet and not info.outlet:
            info.outlet = b.outlet
        if b.editor and not info.editor:
            info.editor = b.editor
    if info.labelled_outlet:
        info.outlet = info.labelled_outlet  # a 来源/稿源 label beats wire datelines and reporter titles
    # The editor is never the author.
    if info.editor:
        eds = set(info.editor.split())
        info.authors = [a for a in info.authors if a not in eds]
    return info


_LABEL_ONLY_RE = re.compile(r"^(?:作者|来源|來源|编辑|編輯|责任编辑|責任編輯|执笔人|发布日期|发布时间|日期|时间)\s*[:：]$")
_DATE_LINE = re.compile(r"^[\s\d年月日号:：/\-.时分秒T星期周一二三四五六日天上下午|｜AaPpMm]+$")


_DATE_TEXT = re.compile(r"(?:19|20)\d{2}\s*[年/\-.]\s*\d{1,2}\s*[月/\-.]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")
_OUTLET_END = re.compile(r"(?:报|報|网|網|社|台|刊|志|闻|聞)$")


_WIDGETS = re.compile(r"(分享|分享到|收藏|打印|评论|評論|举报|舉報|Facebook|Line|Twitter|微信|微博|QQ空间|字号|字號|"
                      r"[大中小]|[|｜/／:：\-—]|\s)+", re.I)


def _is_info_line(line: str) -> bool:
    """A date plus widgets or labels only (``2024/05/01 10:23 分享 Facebook``, ``2024-04-30 08:36 责任编辑：X``)."""
    s = line.strip()
    if len(s) > 80 or not find_dates(s):
        return False
    rest = _WIDGETS.sub("", _DATE_TEXT.sub("", s))
    if not rest:
        return True
    b = parse_line(s)
    return bool(_INFO_HINT.search(s)) and (b.is_meta_line or bool(b.editor or b.outlet or b.authors))


_BARE_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")


def _join_split_times(lines: list[str]) -> list[str]:
    """``2024 05/01`` + ``19:12:35`` on separate lines (span layouts) → one info line."""
    out: list[str] = []
    for ln in lines:
        if out and _BARE_TIME.match(ln.strip()) and re.search(r"\d{1,2}\s*[/\-.月]\s*\d{1,2}\s*日?\s*$", out[-1]):
            out[-1] = out[-1] + " " + ln.strip()
        else:
            out.append(ln)
    return out


def _is_dated_source(line: str) -> bool:
    """``2003-7-24 钱江晚报``: a date plus a publication name, printed under the headline."""
    s = line.strip()
    if len(s) > 40 or not _DATE_TEXT.search(s):
        return False
    rest = _DATE_TEXT.sub("", s).strip(" |｜-—")
    if re.search(r"[:：]", rest):
        return False
    return 2 <= len(rest) <= 12 and bool(_OUTLET_END.search(rest)) and " " not in rest


_EN_DATE_WORDS = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
                            r"[a-z]*\.?|(?<=\d)(?:st|nd|rd|th)\b|,", re.I)


def _is_date_line(line: str) -> bool:
    """A line that is only a date/time (``2005-07-24 10:56``, ``Saturday, September 10th, 2005 10:56 am``)."""
    s = line.strip()
    if not s or len(s) > 60:
        return False
    bare = _EN_DATE_WORDS.sub(" ", s) if len(s) > 40 or re.search(r"[A-Za-z]{3}", s) else s
    return len(bare.strip()) <= 40 and bool(_DATE_LINE.match(bare)) and bool(find_dates(s))


def _locate(page_lines: list[str], kept: list[str], title: str | None = None) -> int | None:
    """Index in ``page_lines`` where the extracted body starts (the headline line does not count)."""
    for line in kept[:5]:
        if len(line) < 8 or (title and _same_title(line, title)):
            continue
        for i, pl in enumerate(page_lines):
            if pl == line or (len(line) > 20 and line[:20] in pl):
                return i
    return None


def _locate_end(page_lines: list[str], kept: list[str], start: int) -> int | None:
    """Index in ``page_lines`` of the last body line (searching from the body start)."""
    for line in reversed(kept[-5:]):
        if len(line) < 8:
            continue
        for i in range(start, len(page_lines)):
            pl = page_lines[i]
            if pl == line or (len(line) > 20 and line[:20] in pl):
                return i
    return None


_ORG = re.compile(r"(?:网站|网|網|报|報|社|台|局|厅|廳|部|委|办|辦|院|中心|政府|公司|集团|集團|频道|頻道|新闻|新聞|时报|時報|日报|日報)$")


def _forum_poster(root: Any) -> str | None:
    """Discuz/phpwind threads: the first post's author link (``<div class="authi"><a>user</a>``)."""
    try:
        els = root.xpath('(//*[contains(concat(" ", normalize-space(@class), " "), " authi ")]//a)[1]')
    except Exception:  # noqa: BLE001
        return None
    if not els:
        return None
    name = norm_space(els[0].text_content())
    return clean_person(name) if name and len(name) <= 20 else None


_AUTHOR_ARCHIVE = re.compile(r"/(?:author|authors)/([^/?#]+)/?$()", re.I)
_AUTHOR_LINKS = etree.XPath("//a[contains(@href, 'uthor')]")
_AUTHOR_QUERY = re.compile(r"[?&](?:author|authorid)=([\w\-]+)(?:&|$)()", re.I)


def _author_archive_name(root: Any) -> str | None:
    """Blogs: the owner named by the page's author-archive links (``?author=102``, ``/author/jane/``).

    Personal blog templates name their owner only in a sidebar profile linking to the author's
    archive, with the category and month archives filtered by the same author. The author id with
    most such links (the only one, or at least three times as many as any other, e.g. a commenter)
    wrote the post; its name is the text of a plain archive link. A group blog's author list decides nothing.
    """
    counts: dict[str, int] = {}
    names: dict[str, dict[str, int]] = {}
    for a in _AUTHOR_LINKS(root):
        href = (a.get("href") or "").strip().replace("&amp;", "&").replace("&#038;", "&")
        m = _AUTHOR_ARCHIVE.search(href) or _AUTHOR_QUERY.search(href)
        if not m:
            continue
        aid = (m.group(1) or m.group(2)).lower()
        counts[aid] = counts.get(aid, 0) + 1
        path_query = re.sub(r"^[a-z]+://[^/]+", "", href, flags=re.I)
        if "?" in path_query and not re.fullmatch(r"/?(?:index\.php)?\?(?:author|authorid)=[\w\-]+", path_query):
            continue  # an archive filtered by category or month: counts for the id, its text is no name
        name = norm_space(a.text_content())
        p = clean_person(name) if name and len(name) <= 30 else None
        if p and not re.search(r"(?:博客|blog|微博|weibo|更多|more|文章|posts|主页|首页|profile)", p, re.I):
            names.setdefault(aid, {})
            names[aid][p] = names[aid].get(p, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    top, n = ranked[0]
    if len(ranked) > 1 and n < 3 * ranked[1][1]:
        return None
    cands = names.get(top)
    return max(cands, key=lambda k: cands[k]) if cands else None


def _meta_person(c: str, lang: str | None) -> str | None:
    """A person from an author meta tag: not a CMS login on a Chinese page, not an organisation."""
    p = clean_person(c)
    if not p:
        return None
    if lang == "zh" and re.fullmatch(r"[a-z0-9_.\-]+", p):
        return None  # people.com.cn-style editor logins ("zhangliang")
    if re.search(r"[\u3400-\u9fff]", p) and _ORG.search(p) and len(p) >= 3:
        return None
    return p


def _assign_people(out: Extracted, info: _Info, pm: PageMeta, body_lines: list[str], lang: str | None) -> None:
    authors = list(info.authors)
    if not authors:
        cands: list[str] = []
        for obj in pm.article_objects():
            cands.extend(jsonld_value(obj, "author"))
        cands.extend(pm.all("author", "article:author", "itemprop:author", "byl", "dc.creator", "sailthru.author",
                            "parsely-author", "twitter:creator"))
        for c in cands:
            c = re.sub(r"^(?:by\s+)", "", c, flags=re.I)
            if c.startswith(("http://", "https://", "@")):
                continue
            for part in re.split(r"\s*(?:,|;|、|\band\b|&)\s*", c):
                p = _meta_person(part, lang)
                if p and p not in authors:
                    authors.append(p)
    out.author = _join_names(authors) if authors else None
    outlet = info.outlet
    if not outlet:
        outlet = clean_outlet(pm.first("source", "article:source", "og:article:source", "dc.publisher"))
    if not outlet:
        for obj in pm.article_objects():
            pubs = jsonld_value(obj, "publisher")
            if pubs:
                outlet = clean_outlet(pubs[0])
                break
    if not outlet:
        # No attribution at all: the publishing site itself is the outlet.
        outlet = clean_outlet(pm.first("og:site_name", "application-name"))
    out.outlet = outlet
    out.editor = info.editor


def _join_names(names: list[str]) -> str:
    if all(re.fullmatch(r"[\u3400-\u9fff·•]+", n) for n in names):
        return " ".join(names)
    return ", ".join(names)


_ISSUE = re.compile(r"[《〈][^》〉]{2,20}[》〉]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(?:号|號|刊)")


def _issue_month(body_lines: list[str]) -> tuple[datetime, bool] | None:
    """A magazine reprint's source line (``——《北京之春》1998年3月号``): the issue month, as its first day."""
    for line in body_lines[-4:] + body_lines[:3]:
        if len(line) > 60:
            continue
        m = _ISSUE.search(line)
        if m and 1 <= int(m.group(2)) <= 12:
            return datetime(int(m.group(1)), int(m.group(2)), 1), False
    return None


def _pick_date(pm: PageMeta, info: _Info, url: str, times: list[str], html_text: str, tz: Any,
               body_lines: list[str] | None = None) -> datetime | None:
    """Structured dates first, then the article's info line, the URL, and htmldate."""
    hits: list[tuple[datetime, bool]] = []
    for key in META_DATE_KEYS:
        for v in pm.all(key):
            p = parse_date(v)
            if p:
                hits.append(p)
        if hits:
            break
    if not hits:
        for obj in pm.article_objects():
            for key in ("datePublished", "dateCreated", "uploadDate"):
                v = obj.get(key)
                if isinstance(v, str):
                    p = parse_date(v)
                    if p:
                        hits.append(p)
            if hits:
                break
    if not hits:
        for v in times:
            p = parse_date(v) if v else None
            if p:
                hits.append(p)
                break
    text_hits = info.dates or info.late_dates
    url_day = date_from_url(url)
    best: tuple[datetime, bool] | None = hits[0] if hits else None
    if best is None and text_hits:
        best = text_hits[0]
        if url_day and best[0].date() != url_day.date():
            same = [h for h in text_hits if h[0].date() == url_day.date()]
            best = same[0] if same else best
    if best is None and url_day:
        best = (url_day, False)
    if best is not None and not best[1]:
        # A day-only value is refined by a same-day time from the info line.
        for h in text_hits:
            if h[1] and h[0].date() == best[0].date():
                best = h
                break
    elif best is not None and best[0].second == 0 and best[0].tzinfo is None:
        # A minute-precision meta time takes the seconds the info line prints for the same minute.
        for h in text_hits:
            if h[1] and h[0].replace(second=0) == best[0]:
                best = h
                break
    if best is None:
        best = _issue_month(body_lines or [])
    if best is None:
        best = _htmldate(html_text)
    if best is None:
        return None
    return localize(best[0], tz)


def _htmldate(html_text: str) -> tuple[datetime, bool] | None:
    """htmldate on a fresh tree (offline: it is given markup, never a URL)."""
    try:
        from htmldate import find_date

        tree = parse_html(html_text)
        if tree is None:
            return None
        res = find_date(tree, extensive_search=True, original_date=True, outputformat="%Y-%m-%d %H:%M:%S")
    except Exception:  # noqa: BLE001
        return None
    if not res:
        return None
    p = parse_date(res)
    if not p:
        return None
    dt, _ = p
    has_time = bool(dt.hour or dt.minute or dt.second)
    if dt.month == 1 and dt.day == 1 and not has_time:
        return None  # htmldate's year-only guess (copyright lines), not a publication day
    return dt, has_time
