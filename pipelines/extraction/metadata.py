"""Structured metadata a page declares about itself: <meta>, JSON-LD, canonical link.

These declarations are the most reliable source for title/date/author when present, and
``og:type``/JSON-LD types are the main signals for telling articles from list pages.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from .dom import norm_space, tag_of

_ARTICLE_TYPES = ("Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
                  "OpinionNewsArticle", "WebPage", "LiveBlogPosting", "Report", "ScholarlyArticle")


@dataclass
class PageMeta:
    meta: dict[str, list[str]] = field(default_factory=dict)
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    jsonld_types: list[str] = field(default_factory=list)
    canonical_url: str | None = None
    og_type: str | None = None
    html_lang: str | None = None
    title_tag: str | None = None

    def first(self, *keys: str) -> str | None:
        for k in keys:
            for v in self.meta.get(k.lower(), []):
                v = norm_space(v)
                if v:
                    return v
        return None

    def all(self, *keys: str) -> list[str]:
        out: list[str] = []
        for k in keys:
            out.extend(norm_space(v) for v in self.meta.get(k.lower(), []) if norm_space(v))
        return out

    def article_objects(self) -> list[dict[str, Any]]:
        """JSON-LD objects that describe an article, most specific type first."""
        def rank(obj: dict[str, Any]) -> int:
            types = _types(obj)
            for i, t in enumerate(_ARTICLE_TYPES):
                if t in types:
                    return i
            return 99

        objs = [o for o in self.jsonld if rank(o) < 99]
        return sorted(objs, key=rank)


def _types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return [t]
    if isinstance(t, list):
        return [x for x in t if isinstance(x, str)]
    return []


def _flatten(data: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            _flatten(item, out, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data:
            out.append(data)
        graph = data.get("@graph")
        if graph is not None:
            _flatten(graph, out, depth + 1)
        main = data.get("mainEntity")
        if isinstance(main, (dict, list)):
            _flatten(main, out, depth + 1)


_JSON_CTRL = re.compile(r"[\x00-\x1f]")


def _load_json(text: str) -> Any:
    text = text.strip()
    if text.startswith("<!--"):
        text = text[4:]
    if text.endswith("-->"):
        text = text[:-3]
    text = text.strip().rstrip(";")
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        return json.loads(_JSON_CTRL.sub(" ", text))
    except ValueError:
        return None


def read_meta(root: etree._Element, url: str) -> PageMeta:
    """Collect meta tags (lower-cased keys), JSON-LD objects, canonical, og:type, <title>."""
    pm = PageMeta()
    html_el = root if tag_of(root) == "html" else None
    if html_el is not None:
        pm.html_lang = html_el.get("lang") or html_el.get("xml:lang")
    for el in root.iter("meta"):
        content = el.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                pm.meta.setdefault(key.strip().lower(), []).append(content)
    # itemprop on non-meta elements (e.g. <span itemprop="author">, <time itemprop="datePublished">)
    for el in root.xpath("//*[@itemprop][not(self::meta)]"):
        key = el.get("itemprop", "").strip().lower()
        if key in ("datepublished", "datecreated", "datemodified", "author", "headline", "name"):
            val = el.get("datetime") or el.get("content") or norm_space(el.text_content())[:200]
            if val:
                pm.meta.setdefault("itemprop:" + key, []).append(val)
    for el in root.xpath('//script[@type="application/ld+json" or @type="application/json+ld"]'):
        data = _load_json(el.text or "")
        if data is None:
            continue
        objs: list[dict[str, Any]] = []
        _flatten(data, objs)
        for o in objs:
            pm.jsonld.append(o)
            for t in _types(o):
                if t not in pm.jsonld_types:
                    pm.jsonld_types.append(t)
    for el in root.iter("link"):
        rel = (el.get("rel") or "").lower().split()
        if "canonical" in rel and el.get("href"):
            href = el.get("href", "").strip()
            if href:
                try:
                    pm.canonical_url = urljoin(url, href) if url else href
                except ValueError:
                    pm.canonical_url = href
                break
    og = pm.first("og:type")
    pm.og_type = og.lower() if og else None
    for el in root.iter("title"):
        t = norm_space(el.text_content() or "")
        if t:
            pm.title_tag = t
            break
    return pm


def jsonld_value(obj: dict[str, Any], key: str) -> list[str]:
    """String values of ``key`` in a JSON-LD object, following names of nested Person/Organization."""
    val = obj.get(key)
    out: list[str] = []

    def add(v: Any) -> None:
        if isinstance(v, str):
            if norm_space(v):
                out.append(norm_space(v))
        elif isinstance(v, dict):
            name = v.get("name")
            if isinstance(name, str) and norm_space(name):
                out.append(norm_space(name))
            elif isinstance(name, list):
                for n in name:
                    add(n)
        elif isinstance(v, list):
            for x in v:
                add(x)

    add(val)
    return out
