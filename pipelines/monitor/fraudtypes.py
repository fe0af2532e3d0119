"""Fraud types: multi-label classification against the profile's taxonomy.

Several types can apply (a 杀猪盘 that starts on a dating app is investment and romance fraud),
but a type needs real evidence: a term in the title counts double, a term inside a longer matched
term of the same type is not counted twice (客服 inside 冒充客服), and mentions that only occur in
an enumeration of examples (讲解了冒充客服、刷单返利等常见手法) count half — such lists name
many types without being about any of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .profiles import Profile, Term
from .text import normalise

_ITEM = r"[\u4e00-\u9fffa-z0-9“”\"'‘’]{2,16}"
# at most 30 items: an unbounded repeat makes every start position rescan the whole list (quadratic)
_ENUMERATION = re.compile(rf"(?:{_ITEM}、){{1,30}}{_ITEM}(?:等|等等|以及{_ITEM})")


@dataclass(frozen=True)
class TypeMatch:
    name: str
    label: str
    score: float
    terms: tuple[str, ...]


def _occurrences(term: Term, longer: list[Term], text: str) -> list[tuple[int, int]]:
    return term.spans_outside(longer, text)


def classify(profile: Profile, title: str | None, text: str | None, *, simplified: bool = True) -> list[TypeMatch]:
    """Types whose evidence reaches their minimum, strongest first."""
    t = normalise(title)
    b = normalise(text, simplified=simplified)
    lists = [(m.start(), m.end()) for m in _ENUMERATION.finditer(b)]
    out = []
    for ftype in profile.types:
        total, hits = 0.0, []
        ordered = sorted(ftype.terms, key=lambda x: -len(x.text))
        for i, term in enumerate(ordered):
            longer = [o for o in ordered[:i] if term.text in o.text]
            in_title = _occurrences(term, longer, t)
            in_body = _occurrences(term, longer, b)
            if not in_title and not in_body:
                continue
            body = 0.0
            if in_body:
                listed_only = all(any(s <= a and z <= e for s, e in lists) for a, z in in_body)
                body = 0.5 if listed_only else 1.0
                body += 0.5 if len(in_body) > 2 else 0.0
            total += term.weight * ((2 if in_title else 0) + body)
            hits.append(term.text)
        if total >= ftype.min_score:
            out.append(TypeMatch(ftype.name, ftype.label, round(total, 2), tuple(hits)))
    return sorted(out, key=lambda m: -m.score)
