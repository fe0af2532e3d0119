"""Reading RSS/Atom feeds, sitemaps and robots.txt into lists of URLs (pure functions)."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import datetime

import feedparser
from scrapy.utils.sitemap import Sitemap


@dataclass(frozen=True)
class Entry:
    url: str
    date: str | None = None  # as the document gives it; only used for ordering


def looks_like_feed(body: bytes) -> bool:
    head = body[:2048].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def looks_like_sitemap(body: bytes) -> bool:
    head = body[:2048].lower()
    return b"<urlset" in head or b"<sitemapindex" in head


def parse_feed(body: bytes) -> list[Entry]:
    """RSS 0.9x/2.0, RSS 1.0 and Atom entries, newest first where dates are given."""
    parsed = feedparser.parse(body)
    out: list[Entry] = []
    for e in parsed.entries:
        link = e.get("link")
        if not link:
            for candidate in e.get("links", []):
                if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                    link = candidate["href"]
                    break
        if not link and str(e.get("id", "")).startswith("http"):
            link = e["id"]
        if link:
            t = e.get("published_parsed") or e.get("updated_parsed")
            out.append(Entry(link.strip(), datetime(*t[:6]).isoformat() if t else None))
    return _newest_first(out)


MAX_UNZIPPED = 50 * 1024 * 1024


def maybe_gunzip(body: bytes) -> bytes:
    """Gzipped sitemaps, decompressed at most to MAX_UNZIPPED (a small .gz can expand to gigabytes)."""
    if body[:2] == b"\x1f\x8b":
        try:
            return zlib.decompressobj(wbits=31).decompress(body, MAX_UNZIPPED)
        except zlib.error:
            return b""
    return body


def parse_sitemap(body: bytes) -> tuple[str, list[Entry]]:
    """('sitemapindex' | 'urlset' | 'invalid', entries); Google News publication dates count as lastmod."""
    body = maybe_gunzip(body)
    try:
        sm = Sitemap(body)
    except Exception:  # lxml raises several kinds on junk
        return "invalid", []
    kind = sm.type if sm.type in ("sitemapindex", "urlset") else "invalid"
    entries: list[Entry] = []
    for d in sm:
        loc = d.get("loc")
        if not loc:
            continue
        date = d.get("lastmod")
        news = d.get("news")
        if isinstance(news, dict) and news.get("publication_date"):
            date = news["publication_date"]
        entries.append(Entry(loc.strip(), date))
    if kind == "urlset" and not entries:
        # Scrapy's Sitemap drops the Google News namespace children; fall back to plain <loc>
        entries = [Entry(u) for u in re.findall(rb"<loc>\s*([^<\s]+)\s*</loc>", body)]  # type: ignore[arg-type]
        entries = [Entry(e.url.decode() if isinstance(e.url, bytes) else e.url) for e in entries]
    return kind, _newest_first(entries) if kind == "urlset" else entries


def sitemaps_in_robots(text: str) -> list[str]:
    return [m.strip() for m in re.findall(r"(?im)^\s*sitemap\s*:\s*(\S+)", text)]


def _newest_first(entries: list[Entry]) -> list[Entry]:
    dated = [e for e in entries if e.date]
    if not dated:
        return entries
    return sorted(entries, key=lambda e: e.date or "", reverse=True)
