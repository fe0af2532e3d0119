"""Scrapy stage: turn an extracted page into the row the store writes (pure `normalise_article`).

Web text is hostile: NUL bytes (PostgreSQL text cannot hold them) are removed and every field
is capped, so one broken page cannot fail a batch.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any
from urllib.parse import urlsplit

from crawler.discovery import url_shape
from pipelines.stage import Stage
from pipelines.urls import canonicalize, registrable_domain, site_of

CAPS = {"title": 1000, "text": 1_000_000, "text_simplified": 1_000_000, "author": 300, "outlet": 300,
        "editor": 300, "lang": 16, "script": 8, "title_source": 32, "encoding": 32}
_FOLD = re.compile(r"[^\w]+|_", re.UNICODE)


def clean_text(value: Any, cap: int) -> Any:
    if not isinstance(value, str):
        return value
    value = value.replace("\x00", "")
    return value[:cap]


def fold(text: str) -> str:
    """Whitespace, punctuation and width folded: two renderings of one text hash alike."""
    return _FOLD.sub("", unicodedata.normalize("NFKC", text)).lower()


def body_hash(body: bytes) -> str:
    """Hash of the fetched bytes: the spider compares feeds with it, the store keeps it per page."""
    return hashlib.sha256(body).hexdigest()


def content_hash(title: str | None, text: str) -> str:
    return hashlib.sha256(f"{fold(title or '')}\x1f{fold(text)}".encode()).hexdigest()


def canonical_url_for(final_url: str, declared: str | None) -> str:
    """<link rel=canonical> counts only on the same registrable domain (mirrors copy the original's)."""
    same_domain = declared and registrable_domain(site_of(declared)) == registrable_domain(site_of(final_url))
    if declared and declared.startswith(("http://", "https://")) and same_domain:
        # templates that point every page at the home page or a section would merge all articles
        if urlsplit(declared).path.strip("/") and url_shape(declared) != "list":
            return canonicalize(declared)
    return canonicalize(final_url)


def normalise_article(final_url: str, extracted: Any) -> dict[str, Any]:
    data = extracted.to_dict() if hasattr(extracted, "to_dict") else dict(extracted)
    row: dict[str, Any] = {}
    for key in ("title", "title_source", "text", "text_simplified", "author", "outlet", "editor", "lang",
                "script", "encoding"):
        row[key] = clean_text(data.get(key), CAPS[key])
    row["text"] = row["text"] or ""
    row["published_at"] = getattr(extracted, "published_at", None)
    row["url"] = clean_text(final_url, 4000)
    row["canonical_url"] = clean_text(canonical_url_for(final_url, data.get("canonical_url")), 4000)
    row["site"] = site_of(final_url)
    row["content_hash"] = content_hash(row["title"], row["text_simplified"] or row["text"])
    row["quality"] = {
        k: data.get(k) for k in ("pinyin_stripped", "spam_title", "mojibake_score", "mojibake", "boilerplate_removed",
                                 "text_chars", "link_density", "paragraphs", "og_type")
        if k in data
    }
    row["quality"]["boilerplate_removed"] = [clean_text(x, 500) for x in row["quality"].get("boilerplate_removed") or []][:200]
    return row


class NormalisePipeline(Stage):
    def process_item(self, item: Any) -> Any:
        item.body_hash = body_hash(item.body) if item.body else None
        item.site = site_of(item.final_url)
        if item.is_article and item.extracted is not None:
            item.article = normalise_article(item.final_url, item.extracted)
            item.canonical_url = item.article["canonical_url"]
            item.content_hash = item.article["content_hash"]
        return item
