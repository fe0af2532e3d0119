"""Headline selection: site-name suffixes removed, SEO/spam titles rejected.

Content farms replace ``<title>`` with keyword-stuffed porn/gambling strings while keeping the
real article body, so a candidate is trusted only if it looks like a headline and shares words
with the body.
"""

from __future__ import annotations

import re
import unicodedata

from .charsets import HAN_RE, is_han

_SEPARATORS = re.compile(r"\s*(?:\s[-–—|·»]\s|[_｜|]|\s*--\s*|——|\s::\s)\s*")
_FULLWIDTH_ALNUM = {c: chr(c - 0xFEE0) for c in list(range(0xFF10, 0xFF1A)) + list(range(0xFF21, 0xFF3B))
                    + list(range(0xFF41, 0xFF5B))}

SPAM_TERMS = (
    "偷拍", "情欲", "丝袜", "絲襪", "无码", "無碼", "有码", "色情", "成人视频", "成人影", "av在线", "毛片", "黄片",
    "人妻", "伦理片", "倫理片", "激情", "性爱", "乱伦", "亂倫", "一本道", "亚洲欧美", "亞洲歐美", "欧美日韩",
    "欧美v", "日韩v", "国产精品", "精品国产", "国产精品", "第一页", "一区", "二区", "三区", "在线观看", "線上看",
    "百家乐", "百家樂", "娱乐城", "娛樂城", "博彩", "赌场", "賭場", "时时彩", "六合彩", "老虎机", "葡京", "威尼斯人",
    "太阳城", "真人娱乐", "棋牌", "彩金", "开户送", "美女视频", "自拍", "av片", "午夜", "夜夜", "天天", "久久",
    "高清无", "福利视频", "porn", "xxx", "casino", "viagra", "betting", "sex video", "制服诱惑", "av网",
    "另类综合", "综合网", "色综合", "综合第一", "男人的天堂", "亚洲日本", "欧美丝袜",
)
_SPAM_RE = re.compile("|".join(re.escape(t) for t in SPAM_TERMS), re.I)


def normalize_title(title: str) -> str:
    """Full-width letters/digits and odd spaces normalised; CJK punctuation (，：「」) is kept as written."""
    t = unicodedata.normalize("NFC", title).translate(_FULLWIDTH_ALNUM)
    return re.sub(r"[\s\u3000\u00a0]+", " ", t).strip()


# "标题-新华网", "标题-永清县公安局": a site name glued on with a bare hyphen.
_TIGHT_SUFFIX = re.compile(r"^(.{6,}?)\s*[-－]\s*([^\s\-－_|｜]{2,14}(?:网|網|报|報|局|站|台|社|频道|頻道|政府|中心|厅|廳|在线|在線))$")


def segments(title: str) -> list[str]:
    return [s.strip() for s in _SEPARATORS.split(title) if s and s.strip()]


def strip_site_suffix(title: str, other: list[str] | None = None) -> str:
    """Remove ``_新华网``, `` - 人民网``, ``| Site`` parts: keep the segment that is the headline."""
    segs = segments(title)
    if len(segs) <= 1:
        m = _TIGHT_SUFFIX.match(title.strip())
        return m.group(1) if m else title.strip()
    # If another candidate (h1, og:title) equals a segment or a prefix run of segments, use it.
    for o in other or []:
        on = normalize_title(o)
        if not on:
            continue
        if on in title and len(on) >= 4:
            return on
    first = segs[0]
    longest = max(segs, key=_weight)
    if _weight(longest) > 2 * _weight(first) and _weight(first) < 6:
        return longest
    return first


def _weight(s: str) -> int:
    return sum(2 if is_han(c) else 1 for c in s if not c.isspace())


_HAN_RUN = re.compile(HAN_RE.pattern + "+")


def tokens(text: str) -> set[str]:
    """Bigrams of hanzi plus lower-cased latin words: overlap units for CJK and latin text."""
    out: set[str] = set()
    for run in _HAN_RUN.findall(text):
        if len(run) == 1:
            out.add(run)
        out.update(run[i:i + 2] for i in range(len(run) - 1))
    out.update(w.lower() for w in re.findall(r"[A-Za-z0-9]{2,}", text))
    return out


def body_overlap(title: str, body: str) -> float:
    """Share of the title's tokens that occur in the body (0 when either is empty)."""
    tt = tokens(title)
    if not tt or not body:
        return 0.0
    bt = _body_tokens(body[:6000])
    return len(tt & bt) / len(tt)


_last_body: list = [None, set()]


def _body_tokens(body: str) -> set[str]:
    """Token set of the body; cached for the last body (titles are scored against one body at a time)."""
    if _last_body[0] is not body and _last_body[0] != body:
        _last_body[0], _last_body[1] = body, tokens(body)
    return _last_body[1]


def spam_score(title: str, body: str = "") -> float:
    """0..1 evidence that a title is SEO/porn/gambling stuffing rather than a headline."""
    if not title:
        return 0.0
    hits = {m.group(0).lower() for m in _SPAM_RE.finditer(title)}
    score = 0.0
    if len(hits) >= 2:
        score = 1.0
    elif hits:
        score = 0.6
    n_seg = len([s for s in re.split(r"[_|｜,，]", title) if s.strip()])
    if n_seg >= 4:
        score += 0.3
    if body and len(body) > 200:
        ov = body_overlap(title, body)
        if ov < 0.1:
            score += 0.4
        elif ov > 0.5:
            score -= 0.3
    return max(0.0, min(1.0, score))


# Page-function words and editor defaults used as the whole <title> ("显示", "新闻内容", "无标题文档",
# "Untitled Document"): they name the page type or the tool, never the story.
_UI_TITLE = re.compile(
    r"^(?:(?:显示|顯示|查看|浏览|瀏覽|阅读|閱讀|打印|列印|show|view|read|print)\s*"
    r"(?:文章|帖子|贴子|主题|主題|新闻|新聞|信息|資訊|资讯|内容|內容|正文|详情|詳情|全文|页面|頁面|article|post|topic|page)?"
    r"|(?:文章|帖子|新闻|新聞|信息|资讯|資訊|公告|通知)?\s*(?:内容|內容|正文|详情|詳情|详细|詳細|详细内容|詳細內容|详细信息|詳細信息|"
    r"内容页|內容頁|页面|頁面)"
    r"|无标题(?:文档|文件|页|頁)?|無標題(?:文件|文檔|頁)?|新建网页\s*\d*|新建網頁\s*\d*|untitled(?:\s+document)?(?:\s*\d*)|"
    r"new\s+page\s*\d*|document|index|home|首页|首頁|正文|content|details?|article|news)$",
    re.I,
)


def is_ui_title(title: str) -> bool:
    """A <title> that names the page function or the authoring tool, not the story."""
    return bool(_UI_TITLE.match(normalize_title(title).strip(" -_|:：")))


def is_spam(title: str, body: str = "") -> bool:
    return spam_score(title, body) >= 0.6


def choose_title(
    candidates: list[tuple[str, str]], body: str
) -> tuple[str | None, str | None, bool]:
    """Pick (title, source, spam_title) from ordered (source, raw title) candidates."""
    spam_flag = False
    raw_others = [c for s, c in candidates if s in ("h1", "og:title", "json-ld")]
    cleaned: list[tuple[str, str]] = []
    for source, raw in candidates:
        raw_n = normalize_title(raw)
        if not raw_n:
            continue
        if source in ("title", "og:title"):
            if is_spam(raw_n, body):
                spam_flag = True
                continue
            t = strip_site_suffix(raw_n, [x for x in raw_others if x != raw] if source == "title" else None)
        else:
            t = raw_n
        if not t or is_spam(t, body):
            spam_flag = spam_flag or bool(t)
            continue
        if is_ui_title(t):
            continue
        if len(t) > 300:
            continue
        cleaned.append((source, t))
    if not cleaned:
        return None, None, spam_flag
    # Prefer the first candidate that shares words with the body; h1s must look like the page title.
    title_tag = next((t for s, t in cleaned if s == "title"), None)
    for source, t in cleaned:
        if source == "h1" and title_tag and body_overlap(t, title_tag) < 0.3 and body and body_overlap(t, body) < 0.3:
            continue
        if body and len(body) > 200 and body_overlap(t, body) < 0.1 and len(cleaned) > 1:
            continue
        return t, source, spam_flag
    return cleaned[0][1], cleaned[0][0], spam_flag
