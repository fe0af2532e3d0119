"""The one item that travels from the spider through the pipelines to the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class PageItem:
    url: str  # the URL as linked, before redirects (later runs look pages up by it)
    final_url: str  # after redirects
    source: str
    status: int
    headers: dict[str, str]
    body: bytes
    kind: str
    depth: int
    via: str  # start | link | pagination | feed | sitemap
    fetched_at: datetime
    content_type: str | None = None
    known_kind: str | None = None  # what an earlier run found at this URL (for 304 answers)
    links: list[str] | None = None  # in-site links of a list page, replayed when it answers 304
    # filled in by the pipelines
    extracted: Any = None
    is_article: bool = False
    page_score: float = 0.0
    page_reasons: list[str] = field(default_factory=list)
    canonical_url: str | None = None
    site: str | None = None
    content_hash: str | None = None
    body_hash: str | None = None
    article: dict[str, Any] | None = None
    outcome: str | None = None
