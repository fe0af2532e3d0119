"""Turn fetched bytes into text, trusting declarations only as far as the bytes agree.

Chinese sites routinely declare gb2312 while using GBK/GB18030-only characters, declare nothing
at all, or send a server-wide ``charset=utf-8`` header for GBK pages.  Decoding is the step that
matters most for extraction quality, so every declared charset is checked against the bytes and
replaced when the result has decode errors or implausible text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .charsets import plausibility

__all__ = ["Decoded", "decode_html", "normalize_charset", "charset_from_content_type"]


@dataclass
class Decoded:
    text: str
    encoding: str  # python codec actually used
    source: str  # "header" | "bom" | "meta" | "detected" | "fallback" | "redecoded"


# Labels browsers treat as supersets; decoding with the superset never loses characters.
_ALIASES = {
    "gb2312": "gb18030",
    "gb_2312": "gb18030",
    "gb_2312-80": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "ms936": "gb18030",
    "windows-936": "gb18030",
    "euc-cn": "gb18030",
    "euccn": "gb18030",
    "csgb2312": "gb18030",
    "chinese": "gb18030",
    "iso-ir-58": "gb18030",
    "hz-gb-2312": "hz",
    "gb18030": "gb18030",
    "big5": "cp950",
    "big-5": "cp950",
    "cn-big5": "cp950",
    "x-x-big5": "cp950",
    "csbig5": "cp950",
    "cp950": "cp950",
    "big5-hkscs": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "utf-16": "utf-16",
    "unicode": "utf-16",
}

_SINGLE_BYTE = {"cp1252", "latin-1", "iso8859-1", "ascii"}


def normalize_charset(label: str | None) -> str | None:
    """Map a declared charset label to the Python codec we decode with (or None if unknown)."""
    if not label:
        return None
    lab = label.strip().strip("\"'").lower()
    if not lab:
        return None
    if lab in _ALIASES:
        return _ALIASES[lab]
    try:
        name = codecs.lookup(lab).name
    except LookupError:
        return None
    return _ALIASES.get(name, name)


_CT_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:\-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+?charset\s*=\s*[\"']?\s*([\w.:\-]+)", re.I)
_XML_ENC = re.compile(rb"<\?xml[^>]+encoding\s*=\s*[\"']([\w.:\-]+)", re.I)


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = _CT_CHARSET.search(content_type)
    return m.group(1) if m else None


def _bom(body: bytes) -> tuple[str, int] | None:
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8", 3
    if body.startswith(codecs.BOM_UTF16_LE) or body.startswith(codecs.BOM_UTF16_BE):
        return "utf-16", 0
    return None


def _meta_charset(body: bytes) -> str | None:
    head = body[:16384]
    m = _META_CHARSET.search(head)
    if m:
        return m.group(1).decode("ascii", "ignore")
    m = _XML_ENC.search(head[:200])
    if m:
        return m.group(1).decode("ascii", "ignore")
    return None


def _errors(body: bytes, codec: str) -> int:
    """Number of undecodable sequences when decoding ``body`` with ``codec``."""
    try:
        body.decode(codec)
        return 0
    except UnicodeDecodeError:
        pass
    except LookupError:
        return len(body)
    return body.decode(codec, errors="replace").count("\ufffd")


def _decode(body: bytes, codec: str) -> str:
    return body.decode(codec, errors="replace")


_HIGH = re.compile(rb"[\x80-\xff]")


def _has_high_bytes(body: bytes) -> bool:
    return _HIGH.search(body, 0, 200000) is not None


def _score(body: bytes, codec: str) -> tuple[float, str]:
    """Quality of a candidate decoding: plausibility minus an error penalty."""
    sample = body[:150000]
    errs = _errors(sample, codec)
    text = _decode(sample, codec)
    nonascii = sum(1 for c in text if ord(c) > 127) or 1
    return plausibility(text) - 5.0 * errs / nonascii, text


def _detect(body: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover
        return None
    try:
        best = from_bytes(body[:65536]).best()
    except Exception:  # noqa: BLE001 - detector failures must not break decoding
        return None
    if best is None:
        return None
    return normalize_charset(best.encoding)


def _best_guess(body: bytes, exclude: str | None = None) -> tuple[str, float]:
    """Pick the most plausible codec for bytes whose declaration is absent or wrong."""
    if _errors(body, "utf-8") == 0:
        return "utf-8", 1.0
    best, best_score = "gb18030", -1e9
    for cand in ("gb18030", "cp950", "big5hkscs", "utf-8"):
        if cand == exclude:
            continue
        s, _ = _score(body, cand)
        if s > best_score + 1e-9:
            best, best_score = cand, s
        if best_score >= 0.9:
            break
    if best_score >= 0.85:
        return best, best_score
    detected = _detect(body)
    if detected and detected != exclude and detected not in ("gb18030", "cp950", "big5hkscs", "utf-8"):
        s, _ = _score(body, detected)
        if s > best_score:
            best, best_score = detected, s
    return best, best_score


def _refine_big5(body: bytes, codec: str) -> str:
    """Big5 pages use either Microsoft (cp950) or Hong Kong (HKSCS) extensions; keep the fitter."""
    if codec not in ("cp950", "big5hkscs"):
        return codec
    e1 = _errors(body, codec)
    if e1 == 0:
        return codec
    other = "big5hkscs" if codec == "cp950" else "cp950"
    return other if _errors(body, other) < e1 else codec


def _looks_wrong(body: bytes, codec: str) -> bool:
    """True when a declared codec disagrees with the bytes."""
    if not _has_high_bytes(body):
        return False
    if codec in _SINGLE_BYTE or codec.startswith("cp125") or codec.startswith("iso8859"):
        # Single-byte codecs never fail; distrust them when the bytes are valid UTF-8 or CJK.
        if _errors(body, "utf-8") == 0:
            return True
        s, _ = _score(body, "gb18030")
        text = _decode(body[:100000], "gb18030")
        han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
        return han > 50 and s > 0.8
    errs = _errors(body, codec)
    if errs == 0 and codec != "gb18030":
        return False
    nonascii = len(_HIGH.findall(body)) or 1
    if errs and errs / nonascii > 0.002:
        return True
    if codec == "gb18030":
        # UTF-8 bytes usually decode as (nonsense) GB18030 without errors.
        return _errors(body, "utf-8") == 0 or (errs > 0 and _score(body, codec)[0] < 0.6)
    return False


def decode_html(body: bytes, content_type: str | None = None) -> Decoded:
    """Decode an HTML response body: header → BOM → <meta> → detection, verified against the bytes."""
    if not body:
        return Decoded("", "utf-8", "fallback")
    try:
        return _decode_html(body, content_type)
    except Exception:  # noqa: BLE001 - decoding must never raise
        return Decoded(body.decode("utf-8", errors="replace").replace("\x00", ""), "utf-8", "fallback")


def _finish(body: bytes, codec: str, source: str, skip: int = 0) -> Decoded:
    text = body[skip:].decode(codec, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    return Decoded(text.replace("\x00", ""), codec, source)


def _decode_html(body: bytes, content_type: str | None) -> Decoded:
    bom = _bom(body)
    if bom:
        return _finish(body, bom[0], "bom", bom[1])
    # UTF-16 without BOM is rare for HTML; NUL-heavy bodies are binary junk anyway.
    declared: list[tuple[str, str]] = []
    hdr = normalize_charset(charset_from_content_type(content_type))
    if hdr:
        declared.append((hdr, "header"))
    meta = normalize_charset(_meta_charset(body))
    if meta and meta.startswith("utf-16"):
        meta = "utf-8"  # a str-level meta cannot describe bytes that are already ASCII-compatible
    if meta:
        declared.append((meta, "meta"))
    for codec, source in declared:
        codec = _refine_big5(body, codec)
        if not _looks_wrong(body, codec):
            return _finish(body, codec, source)
    if declared:
        # Every declaration disagreed with the bytes: try the other declaration, then detection.
        first = declared[0][0]
        guess, _ = _best_guess(body, exclude=None)
        guess = _refine_big5(body, guess)
        if guess == first:
            return _finish(body, first, declared[0][1])
        return _finish(body, guess, "redecoded")
    if not _has_high_bytes(body):
        return _finish(body, "utf-8", "fallback")
    guess, _ = _best_guess(body)
    guess = _refine_big5(body, guess)
    return _finish(body, guess, "detected")
