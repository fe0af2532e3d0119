"""Script (Hans/Hant/Latn), language, and simplified conversion of extracted text.

Mirrors republish mainland articles in traditional characters; downstream dedup and search need
one form, so we keep the page's own script in ``text`` and add an OpenCC-simplified copy.
Taiwan phrasing (軟體, 資訊) is only normalised by ``tw2sp``, which is why it is used for Hant.
"""

from __future__ import annotations

import operator
import re
from functools import lru_cache

from .charsets import HAN_RE

_WORDS = re.compile(r"[^\W\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af_]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")


@lru_cache(maxsize=4)
def _cc(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(config)


def to_simplified(text: str, script: str | None = None) -> str:
    """OpenCC conversion: tw2sp for traditional text (phrases too), t2s for the rest."""
    if not text:
        return ""
    try:
        return _cc("tw2sp" if script == "Hant" else "t2s").convert(text)
    except Exception:  # noqa: BLE001 - conversion is best effort
        return text


def detect_script(text: str) -> str | None:
    """Hans/Hant by comparing how many hanzi change under t2s vs s2t; Latn for latin text."""
    sample = text[:20000]
    han = HAN_RE.findall(sample)
    latin_words = len(_LATIN.findall(sample))
    if len(han) < 10 and latin_words < 5:
        if not han and not latin_words:
            return None
    if len(han) >= max(10, latin_words // 2):
        hs = "".join(han)
        try:
            to_s = _cc("t2s").convert(hs)
            to_t = _cc("s2t").convert(hs)
        except Exception:  # noqa: BLE001
            return "Hans"
        trad = sum(map(operator.ne, hs, to_s))  # characters that differ (map stops at the shorter)
        simp = sum(map(operator.ne, hs, to_t))
        return "Hant" if trad > simp else "Hans"
    if latin_words:
        return "Latn"
    return "Hans" if han else None


def detect_lang(text: str) -> str | None:
    """Language code; hanzi-dominated text is zh (ja/ko when kana/hangul are present)."""
    sample = text[:5000]
    if not sample.strip():
        return None
    han = len(HAN_RE.findall(sample))
    kana = len(_KANA.findall(sample))
    hangul = len(_HANGUL.findall(sample))
    letters = han + kana + hangul + sum(len(w) for w in _LATIN.findall(sample)) // 5
    if letters and (han + kana + hangul) / letters > 0.3:
        if kana > han * 0.1:
            return "ja"
        if hangul > han:
            return "ko"
        return "zh"
    try:
        import py3langid

        lang, _ = py3langid.classify(sample[:600])  # plenty for a language id; cost grows with length
        return lang
    except Exception:  # noqa: BLE001
        return None


def count_text_chars(text: str) -> int:
    """CJK characters plus latin words: a length comparable across scripts."""
    if not text or text.isspace():  # layout whitespace (most tails on a page): no hanzi, no words
        return 0
    return len(HAN_RE.findall(text)) + len(_WORDS.findall(text))
