"""Topic profiles: weighted terms, context and negative terms, threshold, fraud-type taxonomy.

The shipped `anti-fraud` profile lives in newsmon/data/profile_anti_fraud.toml; a config file can
add profiles or adjust one (`[profiles.NAME]`, optionally `extends = "anti-fraud"`), so analysts
change vocabulary without code changes.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from .text import normalise

DEFAULT_PROFILE = "anti-fraud"
PROFILE_KEYS = ("extends", "description", "threshold", "title_factor", "max_count", "terms", "context",
                "negative", "types", "default")
TYPE_KEYS = ("label", "aliases", "terms", "min")
_CJK = re.compile(r"[\u3400-\u9fff]")
_INFLECTIONS = r"(?:s|es|d|ed|er|ers|ing|ings|mer|mers|ming|med|ster|sters|ulent|ulently|ly|ment|ments)?"


@dataclass(frozen=True)
class Term:
    """One weighted term with its compiled matcher (substring for Chinese, word start for Latin)."""

    text: str
    weight: float
    pattern: re.Pattern[str]

    @classmethod
    def make(cls, text: str, weight: float) -> Term:
        norm = normalise(text)
        if _CJK.search(norm) or not re.match(r"\w", norm):
            pattern = re.compile(re.escape(norm))
        else:  # Latin: whole words with inflections (scam → scams, scammer); "stem*" = any ending
            stem = norm[:-1] if norm.endswith("*") else norm
            body = r"(?<![a-z0-9])" + re.escape(stem).replace(r"\ ", r"[\s\-]+")
            ending = r"[a-z]*" if norm.endswith("*") else _INFLECTIONS
            pattern = re.compile(body + ending + r"(?![a-z0-9])")
        return cls(norm, float(weight), pattern)

    def count(self, text: str) -> int:
        return sum(1 for _ in self.pattern.finditer(text))

    def spans_outside(self, longer: list[Term], text: str) -> list[tuple[int, int]]:
        """This term's matches not inside a match of a longer term (电诈 inside 反电诈 counts once).

        Containment is looked up by bisection over the longer matches sorted by start, with the
        running maximum of their ends: linear-logarithmic, so a page repeating a term 100k times
        does not stall the crawl.
        """
        outer = sorted((m.start(), m.end()) for t in longer for m in t.pattern.finditer(text))
        starts = [s for s, _ in outer]
        reach: list[int] = []
        for _, e in outer:
            reach.append(max(e, reach[-1]) if reach else e)
        out = []
        for m in self.pattern.finditer(text):
            k = bisect_right(starts, m.start()) - 1
            if k < 0 or reach[k] < m.end():
                out.append((m.start(), m.end()))
        return out


@dataclass(frozen=True)
class FraudType:
    name: str  # canonical (Chinese) name stored per article
    label: str  # English label
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]
    min_score: float = 4.0

    def matches_name(self, value: str) -> bool:
        v = value.strip().lower()
        return v in {self.name.lower(), self.label.lower(), *(a.lower() for a in self.aliases)}


@dataclass(frozen=True)
class Profile:
    name: str
    threshold: float
    terms: tuple[Term, ...]
    context: tuple[Term, ...] = ()
    negative: tuple[Term, ...] = ()
    types: tuple[FraudType, ...] = ()
    title_factor: float = 2.0
    max_count: int = 4
    description: str = ""

    def fraud_type(self, value: str) -> FraudType | None:
        """The taxonomy entry named by its Chinese name, English label or an alias."""
        return next((t for t in self.types if t.matches_name(value)), None)


class ProfileError(ValueError):
    """A profile definition is malformed; the message names the profile and the key."""


def _terms(table: Any, where: str) -> tuple[Term, ...]:
    if not isinstance(table, dict):
        raise ProfileError(f"{where}: expected a table of term = weight")
    out = []
    for text, weight in table.items():
        if isinstance(weight, bool) or not isinstance(weight, int | float):
            raise ProfileError(f"{where}: term {text!r}: expected a number, got {weight!r}")
        if not str(text).strip():
            raise ProfileError(f"{where}: empty term")
        out.append(Term.make(str(text), weight))
    return tuple(out)


def _types(table: Any, where: str) -> tuple[FraudType, ...]:
    if not isinstance(table, dict):
        raise ProfileError(f"{where}: expected a table of fraud types")
    out = []
    for name, spec in table.items():
        if not isinstance(spec, dict):
            raise ProfileError(f"{where}.{name}: expected a table")
        for key in spec:
            if key not in TYPE_KEYS:
                raise ProfileError(f"{where}.{name}: unknown key {key!r} (known keys: {', '.join(TYPE_KEYS)})")
        aliases = spec.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ProfileError(f"{where}.{name}: key 'aliases': expected a list of strings")
        min_score = spec.get("min", 4.0)
        if isinstance(min_score, bool) or not isinstance(min_score, int | float) or min_score <= 0:
            raise ProfileError(f"{where}.{name}: key 'min': expected a positive number, got {min_score!r}")
        out.append(FraudType(name=name, label=str(spec.get("label", name)), aliases=tuple(aliases),
                             terms=_terms(spec.get("terms", {}), f"{where}.{name}.terms"),
                             min_score=float(min_score)))
    return tuple(out)


def build_profile(name: str, spec: dict[str, Any], base: Profile | None = None) -> Profile:
    """A profile from its TOML table; with `base`, listed terms override or extend the base's."""
    where = f"profile {name!r}"
    for key in spec:
        if key not in PROFILE_KEYS:
            raise ProfileError(f"{where}: unknown key {key!r} (known keys: {', '.join(PROFILE_KEYS)})")
    for key in ("threshold", "title_factor"):
        value = spec.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise ProfileError(f"{where}: key {key!r}: expected a number, got {value!r}")
    max_count = spec.get("max_count")
    if max_count is not None and (isinstance(max_count, bool) or not isinstance(max_count, int) or max_count < 1):
        raise ProfileError(f"{where}: key 'max_count': expected a whole number of at least 1, got {max_count!r}")

    def merged(key: str, current: tuple[Term, ...]) -> tuple[Term, ...]:
        extra = _terms(spec.get(key, {}), f"{where}: key {key!r}")
        known = {t.text: t for t in current}
        known.update({t.text: t for t in extra})
        return tuple(t for t in known.values() if t.weight != 0)

    if base is None:
        if "threshold" not in spec:
            raise ProfileError(f"{where}: key 'threshold' is missing")
        base = Profile(name=name, threshold=float(spec["threshold"]), terms=())
    types = base.types
    if "types" in spec:
        new = {t.name: t for t in types}
        new.update({t.name: t for t in _types(spec["types"], f"{where}: key 'types'")})
        types = tuple(new.values())
    profile = replace(
        base, name=name, description=str(spec.get("description", base.description)),
        threshold=float(spec.get("threshold", base.threshold)),
        title_factor=float(spec.get("title_factor", base.title_factor)),
        max_count=int(spec.get("max_count", base.max_count)),
        terms=merged("terms", base.terms), context=merged("context", base.context),
        negative=merged("negative", base.negative), types=types,
    )
    if not profile.terms:
        raise ProfileError(f"{where}: key 'terms': a profile needs at least one term")
    return profile


@lru_cache(maxsize=1)
def default_profile() -> Profile:
    """The shipped anti-fraud profile."""
    raw = resources.files("newsmon").joinpath("data/profile_anti_fraud.toml").read_text(encoding="utf-8")
    spec = tomllib.loads(raw)
    name = spec.pop("name", DEFAULT_PROFILE)
    return build_profile(name, spec)


def load_profiles(config_profiles: dict[str, Any] | None = None) -> tuple[dict[str, Profile], str]:
    """All profiles (shipped + configured) and the name of the default one.

    A configured profile named like the shipped one adjusts it; `extends` starts from another
    profile; `default = true` makes a profile the one stored per article.
    """
    shipped = default_profile()
    profiles: dict[str, Profile] = {shipped.name: shipped}
    default = shipped.name
    pending = dict(config_profiles or {})
    for _ in range(len(pending) + 1):  # resolve `extends` chains in any order
        progressed = False
        for name, spec in list(pending.items()):
            if not isinstance(spec, dict):
                raise ProfileError(f"profile {name!r}: expected a table")
            parent = spec.get("extends", name if name in profiles else None)
            if parent is not None and parent not in profiles:
                if parent not in pending:
                    raise ProfileError(f"profile {name!r}: key 'extends': unknown profile {parent!r}")
                continue
            profiles[name] = build_profile(name, {k: v for k, v in spec.items() if k not in ("extends", "default")},
                                           profiles.get(parent) if parent else None)
            if spec.get("default") is True:
                default = name
            del pending[name]
            progressed = True
        if not pending or not progressed:
            break
    if pending:
        raise ProfileError(f"profile {next(iter(pending))!r}: key 'extends': circular reference")
    return profiles, default
