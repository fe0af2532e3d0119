"""Article or not: a page is stored only when its own signals say it is an article.

No per-site regexes: semantic markup (og:type, JSON-LD), URL shape, how much running text the
main block holds, and how much of the page is links. List, tag, category, search and feed
pages have short link-dense blocks and list-shaped URLs, so they lose on several signals at once.
"""

from __future__ import annotations

import re
from typing import Any

from crawler.discovery import url_shape
from pipelines.stage import Stage

ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                 "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
                 "scholarlyarticle", "techarticle", "report"}
LIST_TYPES = {"collectionpage", "website", "itemlist", "searchresultspage", "profilepage", "webpage:list"}
THRESHOLD = 3.0


def classify_page(url: str, extracted: Any, via: str = "link", allow: list[str] | None = None
                  ) -> tuple[bool, float, list[str]]:
    """(is_article, score, reasons) for one extracted page."""
    reasons: list[str] = []
    score = 0.0

    def add(points: float, why: str) -> None:
        nonlocal score
        score += points
        reasons.append(f"{points:+g} {why}")

    chars = getattr(extracted, "text_chars", 0) or 0
    if chars < 60:
        return False, -10.0, [f"main text too short ({chars})"]
    og = (getattr(extracted, "og_type", None) or "").lower()
    semantic = False
    if og == "article" or og.startswith("article"):
        add(3, "og:type article")
        semantic = True
    elif og in ("website", "profile", "video.other"):
        add(-1, f"og:type {og}")
    types = {t.lower() for t in (getattr(extracted, "jsonld_types", None) or [])}
    if types & ARTICLE_TYPES:
        add(3, "JSON-LD article type")
        semantic = True
    elif types & LIST_TYPES and not types & ARTICLE_TYPES:
        add(-2, "JSON-LD list type")

    shape = url_shape(url)
    if shape == "article":
        add(2, "article-shaped URL")
    elif shape == "list":
        add(-2, "list-shaped URL")

    if chars >= 300:
        add(2, f"{chars} text units")
    elif chars >= 150:
        add(1, f"{chars} text units")
    else:
        add(-1, f"only {chars} text units")  # short police notices are real articles too

    # Page-wide link density is high on heavy portal templates even around a real article, so
    # semantic markup on a non-list URL softens it; list-shaped URLs get the full penalty.
    density = getattr(extracted, "link_density", 0.0) or 0.0
    softened = semantic and shape != "list"
    if density >= 0.5:
        add(-1 if softened else -3, f"link density {density:.2f}")
    elif density >= 0.35:
        if not softened:
            add(-1, f"link density {density:.2f}")
    elif density <= 0.2:
        add(1, f"link density {density:.2f}")

    paragraphs = getattr(extracted, "paragraphs", 0) or 0
    if paragraphs >= 3:
        add(1, f"{paragraphs} paragraphs")
    if getattr(extracted, "published_at", None) is not None:
        add(1, "publication date")
    if via in ("feed", "sitemap"):
        add(1, f"listed in a {via}")
    elif via == "start":
        add(-2, "configured start page")

    is_article = score >= THRESHOLD
    if is_article and allow and not any(re.search(p, url) for p in allow):
        return False, score, [*reasons, "URL matches no 'allow' pattern"]
    return is_article, score, reasons


class PageTypePipeline(Stage):
    """Marks item.is_article; non-articles still reach the store as fetched pages."""

    def process_item(self, item: Any) -> Any:
        if item.kind == "html" and item.extracted is not None:
            item.is_article, item.page_score, item.page_reasons = classify_page(
                item.final_url, item.extracted, item.via, getattr(self.source, "allow", None))
            if not item.is_article:
                self.inc("newsmon/pages_not_article")
        return item
