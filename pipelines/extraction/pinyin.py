"""Remove pinyin that content farms inject after hanzi (``報(bào)``, ``網(wǎng)``, ``报(bao4)``).

Injected readings break search, dedup and every downstream tokenizer.  A parenthesised group is
removed only when it directly follows a hanzi and every word in it is a valid pinyin syllable with
a tone mark or tone digit; toneless syllables are removed only on pages that already showed toned
injections.  Real parentheses such as ``（2021）``, ``(CNN)`` or ``(记者 张三)`` never match.
"""

from __future__ import annotations

import re
import unicodedata

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_SYLLABLE = re.compile(
    r"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|üan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ui|ue|ve|üe|vn|ün"
    r"|a|e|i|o|u|v|ü)(?:n|ng|r)?$"
)
_LETTERS = r"a-zA-Z" + _TONED + r"üÜ\u0300-\u036f"
_GROUP = re.compile(
    r"(?<=(?P<prev>[^\s(（]))[(（]\s*([" + _LETTERS + r"]{1,9}[1-5]?(?:\s[" + _LETTERS + r"]{1,9}[1-5]?){0,3})\s*[)）]"
)
_HAN_BEFORE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _base(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    # keep ü (u + diaeresis) distinct from u with tone marks
    out = []
    for ch in decomposed:
        if ch == "\u0308":
            if out and out[-1] == "u":
                out[-1] = "ü"
            continue
        if unicodedata.combining(ch):
            continue
        out.append(ch)
    return "".join(out).rstrip("12345")


def _is_syllable(word: str) -> bool:
    return bool(_SYLLABLE.match(_base(word)))


def _toned(word: str) -> bool:
    w = unicodedata.normalize("NFC", word.lower())
    return any(c in _TONED for c in w) or w[-1:] in "12345"


def strip_pinyin(text: str) -> tuple[str, int]:
    """Return ``text`` without injected pinyin and the number of groups removed."""
    if "(" not in text and "（" not in text:
        return text, 0
    matches = list(_GROUP.finditer(text))
    if not matches:
        return text, 0

    def valid(m: re.Match[str]) -> bool:
        words = m.group(2).split()
        return all(w == w.lower() and _is_syllable(w) for w in words)

    def marked(m: re.Match[str]) -> bool:
        # tone marks may follow any character (mojibake before them is common); digits need a hanzi
        words = m.group(2).split()
        if all(any(c in _TONED for c in unicodedata.normalize("NFC", w)) for w in words):
            return True
        return bool(_HAN_BEFORE.match(m.group("prev"))) and all(_toned(w) for w in words)

    toned = [m for m in matches if valid(m) and marked(m)]
    allow_toneless = len(toned) >= 2
    count = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal count
        if not valid(m):
            return m.group(0)
        if marked(m) or (allow_toneless and _HAN_BEFORE.match(m.group("prev"))):
            count += 1
            return ""
        return m.group(0)

    out = _GROUP.sub(repl, text)
    return out, count
