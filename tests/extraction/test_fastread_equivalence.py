"""fastread.PreparedDocument re-implements readability-lxml's hot methods for speed only: its
summaries must equal readability's own on the same prepared tree (guards a readability upgrade)."""

from __future__ import annotations

from pathlib import Path

import pytest
from readability import Document

from pipelines.extraction.decode import decode_html
from pipelines.extraction.dom import parse_html, strip_junk
from pipelines.extraction.fastread import PreparedDocument

PAGES = sorted((Path(__file__).parent / "pages").glob("*.html"))
NEWSWEB = sorted(p for p in (Path(__file__).parents[1] / "newsweb" / "sites").rglob("*.html")
                 if "/content/" in str(p) or "/html/20" in str(p) or "/news/20" in str(p) or "/2024/" in str(p))


class Plain(Document):
    """readability's own methods; only the input preparation of PreparedDocument."""

    _parse = PreparedDocument._parse


def prepared(path: Path):
    root = parse_html(decode_html(path.read_bytes(), None).text)
    strip_junk(root)
    return root


@pytest.mark.parametrize("path", PAGES + NEWSWEB, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_same_summary_as_readability(path: Path) -> None:
    assert len(PAGES) >= 30 and len(NEWSWEB) >= 10
    fast = PreparedDocument(prepared(path)).summary(html_partial=True)
    plain = Plain(prepared(path)).summary(html_partial=True)
    assert fast == plain
