"""Which configured webhooks an analysed article should alert (pure; delivery is in the store)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .fraudtypes import classify
from .profiles import Profile
from .regions import in_region, resolve_name
from .scoring import score


def matching_webhooks(webhooks: Sequence[dict[str, Any]], profiles: dict[str, Profile], analysis: Any,
                      title: str, body: str, default_profile: str) -> list[dict[str, Any]]:
    """Webhooks (name, url) whose profile scores the article at least `min_score` and whose region and
    type filters (if any) it passes. The default profile's results are reused from `analysis`."""
    out = []
    cache: dict[str, tuple[float, bool, list[str]]] = {}

    def evaluate(name: str) -> tuple[float, bool, list[str]]:
        if name not in cache:
            if name == default_profile:
                cache[name] = (analysis.score.relevance, analysis.score.relevant, [t.name for t in analysis.types])
            else:
                p = profiles[name]
                s = score(p, title, body)
                cache[name] = (s.relevance, s.relevant, [t.name for t in classify(p, title, body)])
        return cache[name]

    for hook in webhooks:
        if not hook.get("enabled", True):
            continue
        relevance, _, types = evaluate(hook["profile"])
        if relevance < hook["min_score"]:
            continue
        if hook.get("regions"):
            wanted = {resolve_name(r) for r in hook["regions"]}
            if not any(in_region(r.to_dict(), wanted) for r in analysis.regions):
                continue
        if hook.get("types") and not set(hook["types"]) & set(types):
            continue
        out.append({"name": hook["name"], "url": hook["url"], "profile": hook["profile"], "relevance": relevance})
    return out

