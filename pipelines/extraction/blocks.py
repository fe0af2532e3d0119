"""Main text block: readability-lxml, checked against the densest text block of the page.

readability scores paragraphs by latin commas and word lengths, so on Chinese pages it sometimes
picks a sidebar or drops unspaced paragraphs; when its block is much smaller than the densest
block we take the latter.
"""

from __future__ import annotations

import logging
import re

from lxml import etree

from .dom import BLOCK_TAGS, JUNK_TAGS, element_lines, parse_html, tag_of
from .script import count_text_chars

log = logging.getLogger(__name__)

_CONTAINERS = frozenset({"div", "td", "article", "section", "main", "body", "font", "center", "span", "form",
                         "blockquote", "dd", "li", "tbody", "table", "tr"})
_PARA = frozenset({"p", "pre", "h2", "h3", "h4", "h5", "h6", "blockquote", "font", "span", "strong", "b", "em", "i",
                   "u", "big", "small", "center", "section"})
_NEG = re.compile(r"(comment|footer|foot|sidebar|side|nav|menu|related|recommend|share|copyright|banner|ad-|ads|"
                  r"advert|hot|rank|login|tags?$|breadcrumb|crumb|toolbar|pager|pagination|social)", re.I)
_POS = re.compile(r"(article|content|main|body|text|detail|story|news|post|entry|zw|cont|neirong|txt)", re.I)


def readability_lines(html_text: str) -> list[str]:
    try:
        from readability import Document

        summary = Document(html_text).summary(html_partial=True)
    except Exception:  # noqa: BLE001 - readability raises on odd documents
        return []
    root = parse_html(summary)
    if root is None:
        return []
    return element_lines(root)


def _chars(s: str | None) -> int:
    return count_text_chars(s) if s else 0


def densest_block(root: etree._Element) -> etree._Element | None:
    """Element holding the most non-link text in paragraph-like children (text nodes, <p>, <br> runs)."""
    best: etree._Element | None = None
    best_score = 0.0
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
            elif ct in _PARA or (ct == "div" and not any(tag_of(g) in BLOCK_TAGS - {"br"} for g in child.iter() if g is not child)):
                txt = child.text_content()
                c = _chars(txt)
                link_c = sum(_chars(a.text_content()) for a in child.iter("a"))
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


def main_lines(html_text: str, root: etree._Element) -> list[str]:
    """Lines of the main text block (readability, or the densest block when readability misses)."""
    rl = readability_lines(html_text)
    dense = densest_block(root)
    dl = element_lines(dense) if dense is not None else []
    rc = sum(count_text_chars(x) for x in rl)
    dc = sum(count_text_chars(x) for x in dl)
    if dc > 0 and rc < 0.6 * dc:
        return dl
    if rl and dl and dc > 0:
        # readability dropped unspaced Chinese paragraphs that sit in the dense block: add them back.
        rset = set(rl)
        missing = [x for x in dl if x not in rset and count_text_chars(x) >= 30]
        if missing and sum(count_text_chars(x) for x in missing) > 0.15 * rc and _is_subset(rl, dl):
            return dl
    return rl


def _is_subset(a: list[str], b: list[str]) -> bool:
    bs = set(b)
    hits = sum(1 for x in a if x in bs)
    return hits >= 0.7 * len(a) if a else False
