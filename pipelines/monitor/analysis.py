"""One article → every monitoring result, as plain data the store writes in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .figures import Figure, key_figures
from .fraudtypes import TypeMatch, classify
from .indicators import Indicator, scam_indicators
from .profiles import Profile, default_profile
from .regions import RegionMatch, find_regions
from .scoring import Score, score
from .text import simplify
from .tokenize import tsvector_literal


@dataclass
class Analysis:
    score: Score
    types: list[TypeMatch] = field(default_factory=list)
    regions: list[RegionMatch] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    search_vector: str = ""
    # webhooks (by name) whose profile, minimum score and filters this article passes
    alerts: list[str] = field(default_factory=list)

    @property
    def relevant(self) -> bool:
        return self.score.relevant

    def to_dict(self) -> dict[str, Any]:
        return {
            "profile": self.score.profile, "relevance": self.score.relevance, "relevant": self.score.relevant,
            "matched_terms": self.score.matched_terms,
            "types": [{"name": t.name, "label": t.label, "score": t.score} for t in self.types],
            "regions": [r.to_dict() for r in self.regions],
            "figures": [f.to_dict() for f in self.figures],
            "indicators": [i.to_dict() for i in self.indicators],
            "alerts": list(self.alerts),
        }


MAX_ANALYSED_CHARS = 100_000


def analyse(title: str | None, text_simplified: str | None, profile: Profile | None = None, *,
            lang: str | None = None) -> Analysis:
    """Score, types, regions, figures, indicators and search vector of one article.

    Types, figures and indicators are computed for every article (cheap, and a profile change
    can flip relevance later), but callers usually show them for relevant ones.
    """
    profile = profile or default_profile()
    title_s = simplify(title or "")[:1000]
    # news reports are far shorter; a hostile page (1 MB of "冒充客服、") must not stall the crawl
    body = (text_simplified or "")[:MAX_ANALYSED_CHARS]
    result = score(profile, title_s, body)
    analysis = Analysis(score=result, search_vector=tsvector_literal(title_s, body))
    if result.relevance > 0:
        analysis.types = classify(profile, title_s, body) if result.relevant else []
        analysis.figures = key_figures(profile, body) if result.relevant else []
        analysis.indicators = scam_indicators(body) if result.relevant else []
    analysis.regions = find_regions(body, title_s)
    return analysis
