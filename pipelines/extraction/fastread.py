"""readability-lxml's Document with its hot methods re-implemented: same decisions, less work.

readability 0.9 serialises every <div>'s children to look for block tags, formats debug
messages (``describe()``, ``text_content()``) eagerly whatever the log level, runs three regex
passes over every text it measures and compiles its XPath strings on each call. The overrides
below keep its algorithm step for step (same tree mutations in the same order, same scores) and
only avoid that work:

* ``clean()`` is skipped for texts it cannot change (short, no newline, tab or double space);
* the block-tag test reads tag names instead of searching serialised markup (falling back to
  serialisation when a comment, processing instruction or entity could put markup in the text);
* debug messages are only formatted when debug logging is on.
"""

from __future__ import annotations

import logging
import re

from lxml import etree
from lxml.etree import tostring, tounicode
from lxml.html import fragment_fromstring
from readability import Document
from readability.debug import describe, text_content
from readability.readability import REGEXES, clean, is_video_url

log = logging.getLogger("readability.readability")



def _lower_pattern(pat: re.Pattern[str]) -> re.Pattern[str]:
    """``pat`` (an ASCII, lower-case, re.I pattern) without re.I, for lower-cased ASCII strings."""
    assert pat.pattern.isascii() and pat.pattern == pat.pattern.lower() and pat.flags & re.I
    return re.compile(pat.pattern)


class _ISearch:
    """``pat.search(s)`` as a truth value; ASCII strings are lower-cased and searched without re.I (faster)."""

    def __init__(self, pat: re.Pattern[str]) -> None:
        self.pat = pat
        self.low = _lower_pattern(pat)

    def __call__(self, s: str) -> bool:
        if s.isascii():
            return self.low.search(s.lower()) is not None
        return self.pat.search(s) is not None


_UNLIKELY = _ISearch(REGEXES["unlikelyCandidatesRe"])
_MAYBE = _ISearch(REGEXES["okMaybeItsACandidateRe"])
_NEGATIVE = _ISearch(REGEXES["negativeRe"])
_POSITIVE = _ISearch(REGEXES["positiveRe"])
_DIV_TO_P = REGEXES["divToPElementsRe"]
_CALL_TO_ACTION = REGEXES["callToActionRe"]
_DISPLAY_NONE = REGEXES["displayNoneRe"]
_IN_PRE = etree.XPath("ancestor-or-self::pre | ancestor-or-self::code")
_HAS_ARTICLE = etree.XPath("descendant-or-self::main | descendant-or-self::article | descendant-or-self::math")
# A tag name that divToPElementsRe finds after "<" in serialised markup.
_BLOCK_NAME = re.compile(r"(?:blockquote|dl|div|img|ol|p|pre|table|ul)", re.I)
_INLINE_TAGS = frozenset({"a", "b", "cite", "code", "em", "font", "i", "small", "span", "strong", "sub", "sup", "u"})


_TAB_RUN = re.compile(r"\t|[ \t]{2,}")  # clean()'s third pass


def _may_have_long_space_run(text: str) -> bool:
    """False when ``text`` has no run of 255 whitespace characters (clean()'s first pass is a no-op).

    Such a run covers a whole 128-character block aligned at a multiple of 128.
    """
    for k in range(0, len(text) - 127, 128):
        if text[k].isspace() and text[k:k + 128].isspace():
            return True
    return False


def fast_clean(text: str) -> str:
    """readability's clean(), running only the passes that can change ``text``."""
    if len(text) >= 255 and _may_have_long_space_run(text):
        return clean(text)
    if "\n" in text:
        text = _collapse_newlines(text)
    if "\t" in text:
        text = _TAB_RUN.sub(" ", text)
    else:
        while "  " in text:  # without tabs the pass only squeezes runs of spaces
            text = text.replace("  ", " ")
    return text.strip()


def _collapse_newlines(text: str) -> str:
    """``re.sub(r"\\s*\\n\\s*", "\\n", text)``: every whitespace run holding a newline becomes one newline."""
    parts = text.split("\n")
    mids = [q for q in (p.strip() for p in parts[1:-1]) if q]
    head = parts[0].rstrip()
    tail = parts[-1].lstrip()
    if not mids:
        return head + "\n" + tail
    return head + "\n" + "\n".join(mids) + "\n" + tail


def text_length(el: etree._Element) -> int:
    return len(fast_clean(el.text_content() or ""))


def _has_block_descendant(el: etree._Element, include_self: bool, html_method: bool) -> bool | None:
    """Whether serialised markup of ``el`` (or of its children) contains a divToPElementsRe tag.

    None when a node could print markup that is not a tag name (comments, processing
    instructions, entities, raw script/style text): the caller serialises then.
    """
    for node in el.iter() if include_self else el.iterdescendants():
        tag = node.tag
        if not isinstance(tag, str):
            return None
        if html_method and tag.lower() in ("script", "style"):
            return None
        if _BLOCK_NAME.match(tag):
            return True
    return False


class PreparedDocument(Document):
    """readability on a tree we already parsed and stripped of scripts/styles/comments.

    Skips readability's re-parse and its lxml Cleaner pass (javascript-attribute and link
    rewriting), which cost more than the scoring itself and change no visible text.
    """

    def _parse(self, input):  # type: ignore[no-untyped-def]  # noqa: A002
        doc = input
        for elem in doc.xpath("//*[@hidden]"):
            elem.drop_tree()
        for elem in doc.xpath("//*[@style]"):
            if _DISPLAY_NONE.search(elem.get("style") or ""):
                elem.drop_tree()
        self.encoding = "utf-8"
        return doc

    def get_link_density(self, elem, link_lengths=None, total_length=None):  # type: ignore[no-untyped-def]
        """readability's link density; ``link_lengths`` caches <a> text lengths while the tree stays unchanged."""
        link_length = 0
        for i in elem.findall(".//a"):
            if link_lengths is None:
                link_length += text_length(i)
                continue
            n = link_lengths.get(i)
            if n is None:
                n = link_lengths[i] = text_length(i)
            link_length += n
        if total_length is None:
            total_length = text_length(elem)
        return float(link_length) / max(total_length, 1)

    def class_weight(self, e):  # type: ignore[no-untyped-def]
        weight = 0
        for feature in [e.get("class", None), e.get("id", None)]:
            if feature:
                if _NEGATIVE(feature):
                    weight -= 25

                if _POSITIVE(feature):
                    weight += 25

                if self.positive_keywords and self.positive_keywords.search(feature):
                    weight += 25

                if self.negative_keywords and self.negative_keywords.search(feature):
                    weight -= 25

        if self.positive_keywords and self.positive_keywords.match("tag-" + e.tag):
            weight += 25

        if self.negative_keywords and self.negative_keywords.match("tag-" + e.tag):
            weight -= 25

        return weight

    def remove_unlikely_candidates(self):  # type: ignore[no-untyped-def]
        debug = log.isEnabledFor(logging.DEBUG)
        for elem in self.html.findall(".//*"):
            s = "{} {}".format(elem.get("class", ""), elem.get("id", ""))
            if len(s) < 2:
                continue
            if (
                _UNLIKELY(s)
                and (not _MAYBE(s))
                and elem.tag not in ["html", "body"]
                and not _IN_PRE(elem)
                and not _HAS_ARTICLE(elem)
            ):
                if debug:
                    log.debug("Removing unlikely candidate - %s", describe(elem))
                elem.drop_tree()

    def transform_misused_divs_into_paragraphs(self):  # type: ignore[no-untyped-def]
        for elem in self.tags(self.html, "div"):
            found = _has_block_descendant(elem, include_self=False, html_method=False)
            if found is None:
                found = bool(_DIV_TO_P.search(str(b"".join(tostring(s, encoding="utf-8") for s in elem))))
            if not found:
                elem.tag = "p"

        for elem in self.tags(self.html, "div"):
            children = list(elem)
            paragraph = None
            if elem.text and elem.text.strip():
                p = fragment_fromstring("<p/>")
                p.text = elem.text
                elem.text = None
                elem.insert(0, p)
                paragraph = p

            for child in children:
                if child.tag == "br":
                    paragraph = None
                    continue
                if child.tag not in _INLINE_TAGS:
                    paragraph = None
                    continue
                found = _has_block_descendant(child, include_self=True, html_method=True)
                if found is None:
                    found = bool(_DIV_TO_P.search(tounicode(child, method="html")))
                if found:
                    paragraph = None
                    continue
                if paragraph is None:
                    paragraph = fragment_fromstring("<p/>")
                    child.addprevious(paragraph)
                paragraph.append(child)

            for pos, child in reversed(list(enumerate(elem))):
                if child.tail and child.tail.strip():
                    p = fragment_fromstring("<p/>")
                    p.text = child.tail
                    child.tail = None
                    elem.insert(pos + 1, p)
                if child.tag == "br":
                    child.drop_tree()

    def score_paragraphs(self):  # type: ignore[no-untyped-def]
        MIN_LEN = self.min_text_length  # noqa: N806
        candidates = {}
        ordered = []
        for elem in self.tags(self._html(), "p", "pre", "td", "blockquote"):
            parent_node = elem.getparent()
            if parent_node is None:
                continue
            grand_parent_node = parent_node.getparent()

            inner_text = fast_clean(elem.text_content() or "")
            inner_text_len = len(inner_text)
            if inner_text_len < MIN_LEN:
                continue

            if parent_node not in candidates:
                candidates[parent_node] = self.score_node(parent_node)
                ordered.append(parent_node)

            if grand_parent_node is not None and grand_parent_node not in candidates:
                candidates[grand_parent_node] = self.score_node(grand_parent_node)
                ordered.append(grand_parent_node)

            content_score = 1
            content_score += len(inner_text.split(","))
            content_score += min((inner_text_len / 100), 3)
            candidates[parent_node]["content_score"] += content_score
            if grand_parent_node is not None:
                candidates[grand_parent_node]["content_score"] += content_score / 2.0

        debug = log.isEnabledFor(logging.DEBUG)
        link_lengths: dict = {}  # nothing changes the tree in this loop
        for elem in ordered:
            candidate = candidates[elem]
            ld = self.get_link_density(elem, link_lengths)
            score = candidate["content_score"]
            if debug:
                log.debug("Branch %6.3f %s link density %.3f -> %6.3f", score, describe(elem), ld, score * (1 - ld))
            candidate["content_score"] *= 1 - ld

        return candidates

    def sanitize(self, node, candidates, keep_all_images=False):  # type: ignore[no-untyped-def]  # noqa: C901
        MIN_LEN = self.min_text_length  # noqa: N806
        debug = log.isEnabledFor(logging.DEBUG)
        for header in self.tags(node, "h1", "h2", "h3", "h4", "h5", "h6"):
            if self.class_weight(header) < 0 or self.get_link_density(header) > 0.33:
                header.drop_tree()

        for elem in self.tags(node, "p"):
            if _CALL_TO_ACTION.search(elem.text_content()) and self.get_link_density(elem) > 0.2:
                elem.drop_tree()

        for elem in self.tags(node, "form", "textarea"):
            elem.drop_tree()

        for elem in self.tags(node, "iframe"):
            if "src" in elem.attrib and is_video_url(elem.attrib["src"]):
                elem.attrib.pop("srcdoc", None)
                elem.text = "VIDEO"
            else:
                elem.drop_tree()

        allowed = self.get_preserved_elements(node)
        for el in self.reverse_tags(node, "table", "ul", "div", "aside", "header", "footer", "section"):
            if el in allowed:
                continue
            weight = self.class_weight(el)
            if el in candidates:
                content_score = candidates[el]["content_score"]
            else:
                content_score = 0
            tag = el.tag

            if weight + content_score < 0:
                if debug:
                    log.debug("Removed %s with score %6.3f and weight %-3s", describe(el), content_score, weight)
                el.drop_tree()
            elif el.text_content().count(",") < 10:
                counts = {}
                for kind in ["p", "img", "li", "a", "embed", "input"]:
                    counts[kind] = len(el.findall(f".//{kind}"))
                counts["li"] -= 100
                counts["input"] -= len(el.findall('.//input[@type="hidden"]'))

                content_length = text_length(el)
                link_density = self.get_link_density(el, total_length=content_length)
                parent_node = el.getparent()
                if parent_node is not None:
                    if parent_node in candidates:
                        content_score = candidates[parent_node]["content_score"]
                    else:
                        content_score = 0
                to_remove = False
                reason = ""

                if keep_all_images and el.tag == "div" and counts["img"] >= 1:
                    continue
                if counts["p"] and counts["img"] > 1 + counts["p"] * 1.3:
                    reason = f"too many images ({counts['img']})"
                    to_remove = True
                elif counts["li"] > counts["p"] and tag not in ("ol", "ul"):
                    reason = "more <li>s than <p>s"
                    to_remove = True
                elif counts["input"] > (counts["p"] / 3):
                    reason = "less than 3x <p>s than <input>s"
                    to_remove = True
                elif content_length < MIN_LEN and counts["img"] == 0:
                    reason = f"too short content length {content_length} without a single image"
                    to_remove = True
                elif content_length < MIN_LEN and counts["img"] > 2:
                    reason = f"too short content length {content_length} and too many images"
                    to_remove = True
                elif (
                    weight < 25
                    and link_density
                    > (
                        0.25
                        if tag in ("ul", "section")
                        and el.xpath("ancestor::main | ancestor::article")
                        else 0.2
                    )
                ):
                    reason = f"too many links {link_density:.3f} for its weight {weight}"
                    to_remove = True
                elif weight >= 25 and link_density > 0.5:
                    reason = f"too many links {link_density:.3f} for its weight {weight}"
                    to_remove = True
                elif (counts["embed"] == 1 and content_length < 75) or counts["embed"] > 1:
                    reason = "<embed>s with too short content length, or too many <embed>s"
                    to_remove = True
                elif not content_length:
                    reason = "no content"
                    to_remove = True
                    i, j = 0, 0
                    x = 1
                    siblings = []
                    for sib in el.itersiblings():
                        sib_content_length = text_length(sib)
                        if sib_content_length:
                            i = +1
                            siblings.append(sib_content_length)
                            if i == x:
                                break
                    for sib in el.itersiblings(preceding=True):
                        sib_content_length = text_length(sib)
                        if sib_content_length:
                            j = +1
                            siblings.append(sib_content_length)
                            if j == x:
                                break
                    if siblings and sum(siblings) > 1000:
                        to_remove = False
                        if debug:
                            log.debug("Allowing %s", describe(el))
                        for desnode in self.tags(el, "table", "ul", "div", "section"):
                            allowed[desnode] = True

                if to_remove:
                    if debug:
                        log.debug("Removed %6.3f %s with weight %s cause it has %s.", content_score, describe(el), weight, reason)
                    el.drop_tree()
                elif debug:
                    log.debug("Not removing %s of length %s: %s", describe(el), content_length, text_content(el))

        self.html = node
        return self.get_clean_html()
