"""Main text block: readability-lxml, checked against the densest text block of the page.

readability scores paragraphs by latin commas and word lengths, so on Chinese pages it sometimes
picks a sidebar or drops unspaced paragraphs; when its block is much smaller than the densest
block we take the latter.
"""

from __future__ import annotations

import logging
import re

from lxml import etree

from .charsets import HAN_RE
from .dates import find_dates
from .dom import BLOCK_TAGS, JUNK_TAGS, element_lines_links, parse_html, strip_junk, tag_of
from .script import count_text_chars

log = logging.getLogger(__name__)

_CONTAINERS = frozenset({"div", "td", "article", "section", "main", "body", "font", "center", "span", "form",
                         "blockquote", "dd", "li", "tbody", "table", "tr"})
_PARA = frozenset({"p", "pre", "h2", "h3", "h4", "h5", "h6", "blockquote", "font", "span", "strong", "b", "em", "i",
                   "u", "big", "small", "center", "section"})
_NEG = re.compile(r"(comment|footer|foot|sidebar|side|nav|menu|related|recommend|share|copyright|banner|ad-|ads|"
                  r"advert|hot|rank|login|tags?$|breadcrumb|crumb|toolbar|pager|pagination|social)", re.I)
_POS = re.compile(r"(article|content|main|body|text|detail|story|news|post|entry|zw|cont|neirong|txt)", re.I)


Line = tuple[str, float]  # text, share of characters inside links
_BLOCKS_NO_BR = BLOCK_TAGS - {"br"}


def _document_class():  # type: ignore[no-untyped-def]
    from .fastread import PreparedDocument

    return PreparedDocument


_DOC_CLASS: list = []


def readability_lines(tree: etree._Element) -> list[Line]:
    """Main block according to readability-lxml (given a private copy of the parsed tree)."""
    try:
        if not _DOC_CLASS:
            _DOC_CLASS.append(_document_class())
        summary = _DOC_CLASS[0](tree).summary(html_partial=True)
    except Exception:  # noqa: BLE001 - readability raises on odd documents
        return []
    root = parse_html(summary)
    if root is None:
        return []
    return element_lines_links(root)


def _chars(s: str | None) -> int:
    return count_text_chars(s) if s else 0


def densest_block(root: etree._Element) -> etree._Element | None:
    """Element holding the most non-link text in paragraph-like children (text nodes, <p>, <br> runs)."""
    best: etree._Element | None = None
    best_score = 0.0
    link_chars: dict[etree._Element, int] = {}  # <a> → its text's chars (an <a> sits inside many candidates)
    for el in root.iter():
        tag = tag_of(el)
        if tag not in _CONTAINERS:
            continue
        score = _chars(el.text)
        links = 0
        for child in el:
            ct = tag_of(child)
            if ct in JUNK_TAGS or not ct:
                score += _chars(child.tail)
                continue
            if ct == "a":
                links += _chars(child.text_content())
            elif ct in _PARA or (ct == "div" and not any(tag_of(g) in _BLOCKS_NO_BR for g in child.iter() if g is not child)):
                txt = child.text_content()
                c = _chars(txt)
                link_c = 0
                for a in child.iter("a"):
                    n = link_chars.get(a)
                    if n is None:
                        n = link_chars[a] = _chars(a.text_content())
                    link_c += n
                score += max(0, c - 2 * link_c)
            score += _chars(child.tail)
        score -= 2 * links
        cls = (el.get("class") or "") + " " + (el.get("id") or "")
        if _NEG.search(cls) and not _POS.search(cls):
            score *= 0.5
        elif _POS.search(cls):
            score *= 1.1
        if score > best_score:
            best, best_score = el, score
    return best


_COMMENTISH = re.compile(r"(comment|reply|replies|respond|discuss|guestbook|评论|評論|留言|回复|回覆)", re.I)
_SERIES_TAGS = ("div", "td", "article", "section", "li", "dd", "table")


def post_series(root: etree._Element) -> list[list[Line]]:
    """Lines of each post when the page is a run of posts (blog archive or home page, forum thread).

    A post series is a set of elements sharing tag and class, each in its own wrapper (no two share
    a parent, so paragraphs or sections of one text never qualify), each wrapper printing a date
    outside the post text (the post's header or footer), at least two with real text, and none
    inside a comment area. Returned in document order; [] when the page is not such a run.
    """
    groups: dict[tuple[str, str], list[etree._Element]] = {}
    for el in root.iter(*_SERIES_TAGS):
        cls = el.get("class")
        if cls:
            groups.setdefault((el.tag, cls.strip()), []).append(el)
    best: list[list[Line]] = []
    best_chars = 0
    for (_, cls), els in groups.items():
        if not 2 <= len(els) <= 100 or not cls or _COMMENTISH.search(cls):
            continue
        if len({e.getparent() for e in els}) < len(els):
            continue
        if len(els[0].text_content()) < 50 or not any(len(e.text_content()) >= 50 for e in els[1:]):
            continue
        members = set(els)
        if any(a in members for e in els for a in e.iterancestors()):
            continue  # nested
        if any(_COMMENTISH.search((a.get("class") or "") + " " + (a.get("id") or "")) for a in els[0].iterancestors()):
            continue
        dated = 0
        for e in els[:3]:
            wrap = e
            while True:
                par = wrap.getparent()
                if par is None or any(m is not e and _inside(m, par) for m in els[:3]):
                    break
                wrap = par
            outside = wrap.text_content().replace(e.text_content(), " ", 1)
            if find_dates(outside[:2000]):
                dated += 1
            elif e is els[0]:
                break
        if dated < 2:
            continue
        lines = [element_lines_links(e) for e in els]
        counts = [_count(ln) for ln in lines]
        if counts[0] < 30 or sum(1 for c in counts if c >= 30) < 2:
            continue
        if sum(counts) > best_chars:
            best, best_chars = lines, sum(counts)
    return best


def _inside(el: etree._Element, anc: etree._Element) -> bool:
    return any(a is anc for a in el.iterancestors())


def _first_post(chosen: list[Line], series: list[list[Line]]) -> list[Line] | None:
    """The first post, when the chosen block is made of posts of a series but is not the first one alone."""
    total = _count(chosen)
    if not total or not series:
        return None
    where: dict[str, int] = {}
    for k, lines in enumerate(series):
        for t, ld in lines:
            if ld < 0.5 and count_text_chars(t) >= 10:
                where.setdefault(t, k)
    in_posts = in_first = 0
    for t, ld in chosen:
        if ld >= 0.5 or t not in where:
            continue
        n = count_text_chars(t)
        in_posts += n
        in_first += n if where[t] == 0 else 0
    if in_posts >= 0.5 * total and in_first < 0.8 * total:
        return series[0]
    return None


def main_lines(root: etree._Element, html_text: str, cjk_hint: bool) -> list[str]:
    """Lines of the main text block (readability, or the densest block when readability misses).

    ``root`` is handed to readability, which prunes it: callers must be done with the tree.
    The densest block is only computed for CJK pages (readability is reliable on spaced text).
    On a run of posts (blog archive, forum thread) the first post is the article.
    """
    series = post_series(root)
    chosen = _main_lines(root, html_text, cjk_hint)
    first = _first_post(chosen, series)
    return trim(first if first is not None else chosen)


def _main_lines(root: etree._Element, html_text: str, cjk_hint: bool) -> list[Line]:
    dl: list[Line] = []
    if cjk_hint:
        dense = densest_block(root)
        dl = element_lines_links(dense) if dense is not None else []
    rl = readability_lines(root)
    rc = _count(rl)
    if not cjk_hint:
        if rc:
            return rl
        fresh = parse_html(html_text)
        if fresh is None:
            return []
        strip_junk(fresh)
        dense = densest_block(fresh)
        return element_lines_links(dense) if dense is not None else []
    dc = _count(dl)
    chosen = rl
    if dc == 0 or _han_share(dl) <= 0.5:
        return rl if rc else dl
    if rc < 0.6 * dc:
        chosen = dl
    elif rl and dl:
        # readability dropped unspaced Chinese paragraphs that sit in the dense block: take that block.
        rset = {t for t, _ in rl}
        missing = [t for t, ld in dl if t not in rset and ld < 0.3 and count_text_chars(t) >= 30]
        if missing and sum(count_text_chars(x) for x in missing) > 0.15 * rc and _is_subset(rl, dl):
            chosen = dl
    return chosen


def _han_share(lines: list[Line]) -> float:
    text = "".join(t for t, ld in lines if ld < 0.5)[:5000]
    n = count_text_chars(text)
    return len(HAN_RE.findall(text)) / n if n else 0.0


def _count(lines: list[Line]) -> int:
    return sum(count_text_chars(t) for t, ld in lines if ld < 0.5)


def _is_content(line: Line) -> bool:
    text, ld = line
    if ld >= 0.5:
        return False
    n = count_text_chars(text)
    return n >= 25 or (n >= 10 and text.rstrip()[-1:] in "。！？.!?”\"」")


def trim(lines: list[Line]) -> list[str]:
    """Drop navigation lines before the first and after the last paragraph, and link-only lines."""
    idx = [i for i, ln in enumerate(lines) if _is_content(ln)]
    if not idx:
        return [t for t, ld in lines if ld < 0.5]
    first, last = idx[0], idx[-1]
    out: list[str] = []
    for i, (text, ld) in enumerate(lines):
        n = count_text_chars(text)
        if i < first:
            # above the first paragraph: keep text lines (subtitle, byline, date), drop menus and links
            if ld < 0.5 and n >= 2 and not _nav_like(lines, i, first):
                out.append(text)
            continue
        if i > last:
            if ld < 0.5 and n >= 3:
                out.append(text)
            continue
        if ld >= 0.9 and n < 40:
            continue
        out.append(text)
    return out


def _nav_like(lines: list[Line], i: int, first: int) -> bool:
    """A run of very short lines (menu items, share buttons) right above the text."""
    seg = lines[max(0, i - 2):first]
    short = sum(1 for t, _ in seg if count_text_chars(t) <= 4)
    return count_text_chars(lines[i][0]) <= 4 and short >= 2


def _is_subset(a: list[Line], b: list[Line]) -> bool:
    bs = {t for t, _ in b}
    hits = sum(1 for t, _ in a if t in bs)
    return hits >= 0.7 * len(a) if a else False
