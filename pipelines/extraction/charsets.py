"""Character inventories used to judge whether decoded Chinese text is plausible.

Wrongly decoded bytes (UTF-8 read as GBK, byte-shifted GBK, Big5 read as GBK) produce characters
from the rare tails of the code pages, while real text is dominated by the few thousand characters
of everyday use.  We derive both inventories from the codecs themselves, so no data file is needed.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_MOJI_CAND = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f\ufffd\ue000-\uf8ff\x80-\x9f\U000f0000-\U0010ffff]")


def _decode_range(codec: str, leads: range, trails: list[int]) -> set[str]:
    out: set[str] = set()
    for lead in leads:
        for trail in trails:
            try:
                out.add(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                continue
    return out


@lru_cache(maxsize=1)
def common_cjk() -> frozenset[str]:
    """Everyday hanzi: GB2312 level 1 (3755 chars) plus Big5 level 1 (5401 chars)."""
    gb1 = _decode_range("gb2312", range(0xB0, 0xD8), list(range(0xA1, 0xFF)))
    big5_trails = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
    b51 = _decode_range("big5", range(0xA4, 0xC7), big5_trails)
    return frozenset(c for c in gb1 | b51 if is_han(c))


@lru_cache(maxsize=1)
def known_cjk() -> frozenset[str]:
    """All hanzi of GB2312 plus everyday Big5: anything outside is rare in real news text."""
    gb = _decode_range("gb2312", range(0xB0, 0xF8), list(range(0xA1, 0xFF)))
    return frozenset(c for c in gb | common_cjk() if is_han(c))


def is_han(ch: str) -> bool:
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x3134F
    )


def is_suspicious(ch: str) -> bool:
    """Characters that should not appear in clean text: replacement, PUA, C1 controls."""
    o = ord(ch)
    return o == 0xFFFD or 0xE000 <= o <= 0xF8FF or 0x80 <= o <= 0x9F or 0xF0000 <= o


MOJIBAKE_THRESHOLD = 0.5  # mojibake_score at or above this: the text holds mis-decoded runs

_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_H = r"[\u3400-\u9fff\uf900-\ufaff]"
# '?' where a byte was lost between hanzi / before a shifted pinyin group: "斬?cái)嗪", "當?shù)仉"
_LOST_BYTE = re.compile(_H + r"\?(?=[a-z" + _TONES + r"]{1,6}\))")
# a pinyin group whose "(" was eaten by a shifted byte: "shù)" with no opening parenthesis
_ORPHAN_PINYIN = re.compile(r"(?<![(（a-z" + _TONES + r"])[a-z" + _TONES + r"]*[" + _TONES + r"][a-z" + _TONES + r"]*\)")
# one stray lower-case letter inside a hanzi run: "耶a業", "娫p案件"
_STRAY_LETTER = re.compile(_H + r"[a-z](?=" + _H + ")")


def mojibake_score(text: str) -> float:
    """0..1 evidence that ``text`` holds mis-decoded bytes; ``MOJIBAKE_THRESHOLD`` (0.5) separates.

    Two kinds of damage are measured.  Whole-page misdecoding (UTF-8 read as GBK, Big5 as GBK)
    makes most hanzi rare or broken: their share, times 5.  Byte-shifted GBK runs inside otherwise
    clean text (mirror sites: ``下降!痹趪鴦(wù)院``, ``斬?cái)嗪诨耶a(chǎn)業鏈``) are few, so they are
    counted as events: a lost byte (``?`` glued to a hanzi before a pinyin group), a pinyin group
    without its ``(``, a stray latin letter inside a hanzi run (1 each); replacement/PUA/C1
    characters (0.25 each: a lone bad byte is common on real pages); characters outside GB2312
    and everyday Big5 (0.15 each, at most 0.6, because real names use rare characters).  A ``?``
    before a hanzi is not counted: it is usually a half-width question mark.  Events become
    ``1 - exp(-events / 1.5)``, per 3000 hanzi on longer texts.  Measured: the seed mirror page
    0.99; clean pages (cwced-dev, zyte-aeb, tests/extraction/pages) at most 0.38.
    """
    known = known_cjk()
    han = 0
    bad = 0
    rare = 0
    broken = 0
    for c, n in Counter(_MOJI_CAND.findall(text)).items():
        han += n
        if is_suspicious(c):
            bad += n
            broken += n
        elif c not in known:
            bad += n
            rare += n
    if not han:
        return 0.0
    whole = min(1.0, 5 * bad / han)
    events = (0.25 * broken + len(_LOST_BYTE.findall(text)) + len(_ORPHAN_PINYIN.findall(text))
              + len(_STRAY_LETTER.findall(text)) + min(0.6, 0.15 * rare))
    runs = 1.0 - math.exp(-events / 1.5 / max(1.0, han / 3000))
    return round(max(whole, runs), 4)


def plausibility(text: str) -> float:
    """Higher is better: share of everyday hanzi among hanzi, minus broken characters.

    For text with few hanzi we fall back to the share of non-broken characters.
    """
    common = common_cjk()
    han = 0
    good = 0
    broken = 0
    odd = 0
    sample = _NON_ASCII.findall(text, 0, 400000)[:6000]
    for c in sample:
        if is_han(c):
            han += 1
            if c in common:
                good += 1
        elif is_suspicious(c):
            broken += 1
        else:
            o = ord(c)
            # kana, Greek, Cyrillic, box drawing, Hangul jamo: what GBK-read-Big5 produces.
            if 0x370 <= o <= 0x4FF or 0x2500 <= o <= 0x257F or 0x3040 <= o <= 0x30FF or 0x3130 <= o <= 0x318F:
                odd += 1
    total = max(1, han + broken + odd)
    if han < 20:
        return 1.0 - (broken + odd) / max(1, len(sample)) * 3
    return (good - broken * 3 - odd) / total
