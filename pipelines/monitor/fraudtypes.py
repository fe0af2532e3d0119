"""Fraud types: multi-label classification against the profile's taxonomy.

A type is assigned when the weights of its matched terms (title counted twice, each term once
in the body) reach its `min`; several types can apply (a 杀猪盘 that starts on a dating app is
both investment and romance fraud).
"""

from __future__ import annotations

from dataclasses import dataclass

from .profiles import Profile
from .text import normalise


@dataclass(frozen=True)
class TypeMatch:
    name: str
    label: str
    score: float
    terms: tuple[str, ...]


def classify(profile: Profile, title: str | None, text: str | None, *, simplified: bool = True) -> list[TypeMatch]:
    """Types whose evidence reaches their minimum, strongest first."""
    t = normalise(title)
    b = normalise(text, simplified=simplified)
    out = []
    for ftype in profile.types:
        total, hits = 0.0, []
        for term in ftype.terms:
            in_title, in_body = term.count(t), term.count(b)
            if in_title or in_body:
                total += term.weight * ((2 if in_title else 0) + (1 if in_body else 0) + (0.5 if in_body > 2 else 0))
                hits.append(term.text)
        if total >= ftype.min_score:
            out.append(TypeMatch(ftype.name, ftype.label, round(total, 2), tuple(hits)))
    return sorted(out, key=lambda m: -m.score)
