"""Text normal form shared by every monitor function: NFKC, lower-case, simplified script.

Matching on one normal form is what lets a traditional page, a full-width page and a simplified
page score and tag alike; callers pass `text_simplified` but titles are not simplified upstream.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SENTENCE_END = re.compile(r"(?<=[。！？；\n])|(?<=[.!?;])\s+")


@lru_cache(maxsize=4)
def _converter(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(config)


def has_traditional(text: str) -> bool:
    """True when t2s changes some characters, i.e. the text (or query) is at least partly traditional."""
    return _converter("t2s").convert(text) != text


def simplify(text: str) -> str:
    """tw2sp when traditional (Taiwan phrasing such as 網路 → 网络), identity otherwise."""
    if not text:
        return ""
    try:
        return _converter("tw2sp").convert(text) if has_traditional(text) else text
    except Exception:  # noqa: BLE001 - conversion is best effort
        return text


def normalise(text: str | None, *, simplified: bool = False) -> str:
    """NFKC + lower case (+ simplified script unless the caller says it already is)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    if not simplified:
        text = simplify(text)
    return text.lower()


def sentences(text: str) -> list[str]:
    """Split on Chinese and Latin sentence ends, keeping the punctuation; blank pieces dropped."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]
