"""Extraction stage: fetched bytes → clean article fields (see core.extract)."""

from .core import Extracted, extract
from .decode import Decoded, decode_html

__all__ = ["Decoded", "Extracted", "decode_html", "extract"]
