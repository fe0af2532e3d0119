"""lxml helpers: robust parsing and block-aware text, so paragraph breaks survive extraction."""

from __future__ import annotations

import re

from lxml import etree, html

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section "
    "summary table tbody thead tfoot tr td th ul br caption option select textarea".split()
)
JUNK_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "object", "embed", "canvas", "select",
             "textarea", "button", "input", "figcaption", "title")  # a <title> pushed into <body> by stray markup

_WS = re.compile(r"[ \t\r\f\v\u00a0\u2002\u2003\u2009\u200b\u3000\ufeff]+")
_PUA = re.compile(r"[\ue000-\uf8ff\u200c\u200d\u2060]")  # icon-font glyphs and zero-width joiners
_WS_DELETE = dict.fromkeys(map(ord, " \t\r\f\v\u00a0\u2002\u2003\u2009\u200b\u3000\ufeff"))  # _WS's characters


def parse_html(text: str) -> html.HtmlElement | None:
    """Parse HTML text into an lxml tree; None for input lxml cannot make a document of."""
    text = _CONTROL.sub("", _XML_DECL.sub("", text, count=1))
    if not text.strip():
        return None
    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError, TypeError):
        try:
            root = html.fromstring(text)
        except (etree.ParserError, ValueError, TypeError):
            return None
    return root


def strip_junk(root: html.HtmlElement) -> None:
    """Remove scripts, styles and comments in place (they are never visible text)."""
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *JUNK_TAGS, with_tail=False)


def norm_space(s: str) -> str:
    if _PUA.search(s):
        s = _PUA.sub("", s)
    return _WS.sub(" ", s).strip()


def tag_of(el: etree._Element) -> str:
    t = el.tag
    return t.lower() if isinstance(t, str) else ""


def element_lines(el: etree._Element) -> list[str]:
    """Visible text of ``el`` split into lines at block elements and <br>."""
    return [t for t, _ in element_lines_links(el)]


_KINDS: dict[object, tuple[bool, bool, bool]] = {}  # tag → (junk, block, link), see _kind()


def _kind(tag: object) -> tuple[bool, bool, bool]:
    """(junk, block, link) for an element tag: JUNK_TAGS or not an element, BLOCK_TAGS, <a>."""
    k = _KINDS.get(tag)
    if k is None:
        t = tag.lower() if isinstance(tag, str) else ""
        k = (not t or t in JUNK_TAGS, t in BLOCK_TAGS, t == "a")
        if len(_KINDS) < 5000:  # odd markup can invent any number of tag names
            _KINDS[tag] = k
    return k


def element_lines_links(el: etree._Element) -> list[tuple[str, float]]:
    """Lines of ``el`` with the share of each line's characters that sit inside <a>.

    Iterative (deeply nested markup is common on old CMS pages and would exhaust recursion).
    Text pieces join into a line until a block element starts or ends or a piece holds a newline.
    """
    out: list[tuple[str, float]] = []
    buf: list[str] = []
    linked = 0

    def flush() -> None:
        nonlocal linked
        line = norm_space("".join(buf))
        if line:
            total = (len(line) - line.count(" ")) or 1  # norm_space left single spaces only
            out.append((line, min(1.0, linked / total)))
        buf.clear()
        linked = 0

    def add(text: str, in_link: bool) -> None:
        nonlocal linked
        if "\n" not in text:  # the common case: no line break inside the piece
            buf.append(text)
            if in_link:
                linked += len(text.translate(_WS_DELETE))
            return
        for k, piece in enumerate(text.split("\n")):
            if k:
                flush()
            buf.append(piece)
            if in_link:
                linked += len(piece.translate(_WS_DELETE))

    root_tag = tag_of(el)
    if root_tag not in JUNK_TAGS and el.text:
        add(el.text, root_tag == "a")
    skip_depth = 0
    link_depth = 1 if root_tag == "a" else 0
    first = True
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if first:
            first = False
            continue
        if node is el:
            break
        junk, block, link = _kind(node.tag)
        if event == "start":
            if junk or skip_depth:
                skip_depth += 1
                continue
            if block and buf:
                flush()
            if link:
                link_depth += 1
            text = node.text
            if text:
                add(text, link_depth > 0)
        else:
            if skip_depth:
                skip_depth -= 1
                if skip_depth:
                    continue
            else:
                if block and buf:
                    flush()
                if link:
                    link_depth -= 1
            tail = node.tail
            if tail:
                add(tail, link_depth > 0)
    if buf:
        flush()
    return out


def visible_text(el: etree._Element) -> str:
    return "\n".join(element_lines(el))


def link_density(root: etree._Element) -> float:
    """Share of the visible text characters that sit inside <a> elements."""
    total = linked = 0
    link_depth = skip_depth = 0
    for event, node in etree.iterwalk(root, events=("start", "end")):
        tag = tag_of(node)
        junk = not tag or tag in JUNK_TAGS
        if event == "start":
            if junk or skip_depth:
                skip_depth += 1
                continue
            if tag == "a":
                link_depth += 1
            n = len(_WS.sub("", node.text or ""))
            total += n
            if link_depth:
                linked += n
        else:
            if skip_depth:
                skip_depth -= 1
            elif tag == "a":
                link_depth -= 1
            if node is root:
                break
            m = len(_WS.sub("", node.tail or ""))
            if not skip_depth:
                total += m
                if link_depth:
                    linked += m
    return round(linked / total, 4) if total else 0.0
