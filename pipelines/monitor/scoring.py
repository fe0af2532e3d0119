"""Relevance scoring: a weighted term sum over title and body, explained term by term.

Each term counts up to `max_count` times in the body with diminishing returns (a report that
repeats 诈骗 ten times is not ten times more relevant), and `title_factor` times more in the
title. Context terms (police, transfers, victims) count only when a topic term matched, so
ordinary police or bank news does not pass on shared vocabulary; negative terms subtract.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

from .profiles import Profile, Term
from .text import normalise


@dataclass(frozen=True)
class TermMatch:
    term: str
    kind: str  # term | context | negative
    weight: float
    title_count: int
    body_count: int
    contribution: float


@dataclass
class Score:
    profile: str
    relevance: float
    relevant: bool
    threshold: float
    matches: list[TermMatch] = field(default_factory=list)

    @property
    def matched_terms(self) -> list[str]:
        """Topic terms that contributed (stored per article; negatives prefixed with '-')."""
        return [m.term if m.kind != "negative" else f"-{m.term}" for m in self.matches if m.kind != "context"]

    def to_dict(self) -> dict:
        return asdict(self)


def _body_factor(count: int, cap: int) -> float:
    """1, 1.69, 2.1, 2.39 … for 1, 2, 3, 4 occurrences: more mentions help, with diminishing returns."""
    return 0.0 if count <= 0 else 1.0 + math.log(min(count, cap))


def _covered(term: Term, longer: list[Term], text: str) -> int:
    """Occurrences of `term` not inside an occurrence of a longer matched term (电诈 inside 反电诈)."""
    return len(term.spans_outside(longer, text))


def score(profile: Profile, title: str | None, text: str | None, *, simplified: bool = True) -> Score:
    """Score title + body (body already simplified unless `simplified=False`)."""
    t = normalise(title)
    b = normalise(text, simplified=simplified)
    matches: list[TermMatch] = []
    total = 0.0
    for kind, terms in (("term", profile.terms), ("negative", profile.negative), ("context", profile.context)):
        if kind == "context" and not any(m.kind == "term" for m in matches):
            break
        ordered = sorted(terms, key=lambda x: -len(x.text))
        for i, term in enumerate(ordered):
            longer = [o for o in ordered[:i] if term.text in o.text]
            tc = _covered(term, longer, t) if longer else term.count(t)
            bc = _covered(term, longer, b) if longer else term.count(b)
            if not tc and not bc:
                continue
            contribution = term.weight * (_body_factor(bc, profile.max_count) + (profile.title_factor if tc else 0.0))
            matches.append(TermMatch(term.text, kind, term.weight, tc, bc, round(contribution, 3)))
            total += contribution
    total = round(total, 3)
    return Score(profile.name, total, total >= profile.threshold, profile.threshold, matches)


def explain(result: Score) -> list[dict]:
    """Rows for `newsmon profile test`: each matched term, its counts and what it added."""
    rows = [{"term": m.term, "kind": m.kind, "weight": m.weight, "in_title": m.title_count,
             "in_body": m.body_count, "adds": m.contribution}
            for m in sorted(result.matches, key=lambda m: -abs(m.contribution))]
    return rows
