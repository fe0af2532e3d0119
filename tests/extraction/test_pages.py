"""extract() on the real-template Chinese pages in tests/extraction/pages: every field exactly.

The pages are raw bytes in their own encodings (see pages/make_pages.py for the templates and
what each expected field means); ``content_type`` is the Content-Type header a crawl would see.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from pipelines.extraction import extract

PAGES = Path(__file__).parent / "pages"
IDS = sorted(p.stem for p in PAGES.glob("*.json"))
FIELDS = ("title", "text", "author", "outlet", "editor", "published_at", "lang", "script", "spam_title",
          "pinyin_stripped")
_cache: dict[str, object] = {}


def load(pid: str) -> tuple[dict, object]:
    exp = json.loads((PAGES / f"{pid}.json").read_text("utf-8"))
    if pid not in _cache:
        headers = {"Content-Type": exp["content_type"]} if exp.get("content_type") else None
        _cache[pid] = extract((PAGES / f"{pid}.html").read_bytes(), headers, exp["url"])
    return exp, _cache[pid]


def test_enough_pages():
    assert len(IDS) >= 30


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("pid", IDS)
def test_page_field(pid, field):
    exp, got = load(pid)
    value = getattr(got, field)
    want = exp[field]
    if field == "published_at" and want is not None:
        want = datetime.fromisoformat(want)
        assert value is not None and value == want and value.utcoffset() == want.utcoffset()
    else:
        assert value == want


def test_mojibake_flag_only_on_the_mirror_with_shifted_bytes():
    flagged = {pid for pid in IDS if load(pid)[1].mojibake}
    assert flagged == {"zh31"}
