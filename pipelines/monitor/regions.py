"""Regions named in a text: Chinese provinces, prefecture-level cities, main districts,
Taiwan / Hong Kong / Macau, and countries, from the gazetteer in newsmon/data/regions_cn.txt.

Resolution rules (Chinese has no word boundaries, and place names collide):
- names are matched leftmost-longest after removing known compounds (中山大学, 大理石, 三明治);
- a name right after its province or city is resolved inside it: 黑龙江大庆, 云南大理, 青海海西,
  青海海南 (the prefecture, not Hainan province), 北京朝阳 (the district), 辽宁朝阳 (the city);
- a bare name that is also a province is the province (吉林, 海南); 吉林市 is the city;
- other ambiguous names (朝阳: Beijing district, Liaoning city, Changchun district) resolve to the
  candidate whose province the document names elsewhere, else are dropped (朝阳群众 alone says
  nothing reliable);
- short names that are common words (中山, 东方, 白银, 开封 …) count only with their suffix
  (中山市) or right after their province (广东中山).
A place named only as a prefix of a more precise one (黑龙江 in 黑龙江大庆) is not listed twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_STRIP = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "回族区", "工业园区", "新区", "林区",
          "地区", "省", "市", "盟", "区", "县", "镇")


@dataclass(frozen=True)
class Place:
    name: str  # full official name
    level: str  # province | city | district | country
    province: str | None  # full province name (None for countries)
    city: str | None = None  # full city name for districts
    country: str = "中国"


@dataclass
class Candidates:
    places: list[Place]
    full: set[Place]  # places for which this name is the full (suffixed) form
    common: set[Place]  # places for which this name is a common-word short name


@dataclass(frozen=True)
class RegionMatch:
    name: str
    level: str
    province: str | None
    city: str | None
    country: str
    mentions: int
    surface: str  # first surface form seen

    def to_dict(self) -> dict:
        return {"name": self.name, "level": self.level, "province": self.province, "city": self.city,
                "country": self.country, "mentions": self.mentions, "surface": self.surface}


def _short(full: str) -> str | None:
    for suffix in _STRIP:
        if full.endswith(suffix) and len(full) - len(suffix) >= 2:
            return full[: -len(suffix)]
    return None


class Gazetteer:
    def __init__(self, text: str) -> None:
        self.names: dict[str, Candidates] = {}
        self.latin: dict[str, Place] = {}
        self.compounds: list[str] = []
        self.places: list[Place] = []
        common_words: set[str] = set()
        province: Place | None = None
        entries: list[tuple[Place, list[str], bool]] = []  # place, names, first is full
        for raw in text.splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            tag, rest = line[0], line[1:].split()
            if tag == "@":
                province = Place(rest[0], "province", rest[0])
                entries.append((province, rest, True))
            elif tag == ">":
                city_name = line[1:].split(":", 1)[0].strip()
                city = next(p for p, _, _ in entries if p.name == city_name)
                for d in line.split(":", 1)[1].split():
                    entries.append((Place(d, "district", city.province, city.name), [d], True))
            elif tag == "~":
                common_words.update(rest)
            elif tag == "-":
                self.compounds.extend(rest)
            elif tag == "!":
                country = Place(rest[0], "country", None, None, rest[0])
                entries.append((country, rest, True))
            else:
                assert province is not None, f"city before any province: {line}"
                for token in line.split():
                    full, _, aliases = token.partition("=")
                    names = [full] + [a for a in aliases.split(",") if a]
                    entries.append((Place(full, "city", province.name), names, True))
        for place, names, _ in entries:
            self.places.append(place)
            if place.level == "province" and place.name in ("北京市", "天津市", "上海市", "重庆市"):
                place_city = place.name  # municipalities are their own city
                object.__setattr__(place, "city", place_city)
            all_names = list(names)
            short = _short(names[0]) if place.level != "country" else None
            if short and short not in all_names:
                all_names.append(short)
            for i, name in enumerate(all_names):
                if re.fullmatch(r"[A-Za-z_.]+", name):
                    # acronyms (US, UK, UAE) match case-sensitively: "us" is a pronoun
                    key = name.replace("_", " ")
                    self.latin[key if key.isupper() else key.lower()] = place
                    continue
                if len(name) < 2:
                    continue
                cand = self.names.setdefault(name, Candidates([], set(), set()))
                if place not in cand.places:
                    cand.places.append(place)
                if i == 0 and name != short:
                    cand.full.add(place)
                if name in common_words and place.level != "province" and i != 0:
                    cand.common.add(place)
        ordered = sorted(self.names, key=len, reverse=True)
        self.pattern = re.compile("|".join(map(re.escape, ordered)))
        self.compound_pattern = re.compile("|".join(map(re.escape, sorted(self.compounds, key=len, reverse=True))))
        def latin(names: list[str], flags: int) -> re.Pattern[str]:
            alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
            return re.compile(r"(?<![A-Za-z.])(" + alternatives + r")(?![A-Za-z])", flags)

        self.latin_patterns = [latin([n for n in self.latin if not n.isupper()], re.IGNORECASE),
                               latin([n for n in self.latin if n.isupper()], 0)]

    def province(self, name: str) -> Place | None:
        return next((p for p in self.places if p.level == "province" and p.name == name), None)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(resources.files("newsmon").joinpath("data/regions_cn.txt").read_text(encoding="utf-8"))


def _inside(place: Place, ctx: Place) -> bool:
    if place == ctx or place.level == "country":
        return False
    if ctx.level == "province":
        return place.province == ctx.name
    if ctx.level == "city":
        return place.level == "district" and place.city == ctx.name
    return False


def find_regions(text: str, title: str | None = None, gaz: Gazetteer | None = None) -> list[RegionMatch]:
    """Places named in title + simplified text, in order of first mention, with mention counts."""
    gaz = gaz or gazetteer()
    doc = f"{title or ''}\n{text or ''}"
    if gaz.compounds:
        doc = gaz.compound_pattern.sub(lambda m: "\u3000" * len(m.group()), doc)
    raw = [(m.start(), m.end(), m.group(), gaz.names[m.group()]) for m in gaz.pattern.finditer(doc)]
    # pass 1: unambiguous places give the document's context
    context_provinces: set[str] = set()
    for _, _, _name, cand in raw:
        usable = [p for p in cand.places if p not in cand.common]
        if len(usable) == 1 or (usable and all(p.province == usable[0].province for p in usable)):
            if usable[0].province:
                context_provinces.add(usable[0].province)
    resolved: list[tuple[Place, str, bool]] = []  # place, surface, absorbed-as-prefix
    prev: tuple[int, Place] | None = None
    for start, end, name, cand in raw:
        choice: Place | None = None
        if prev is not None and prev[0] == start:
            inner = [p for p in cand.places if _inside(p, prev[1])]
            if inner:
                choice = inner[0]
                resolved[-1] = (resolved[-1][0], resolved[-1][1], True)
        if choice is None:
            usable = [p for p in cand.places if p not in cand.common]
            full = [p for p in usable if p in cand.full]
            provinces = [p for p in usable if p.level in ("province", "country")]
            if len(full) == 1:
                choice = full[0]
            elif provinces:
                choice = provinces[0]
            elif len(usable) == 1:
                choice = usable[0]
            elif usable:
                pool = full or usable
                in_ctx = [p for p in pool if p.province in context_provinces]
                if len({p.province for p in in_ctx}) == 1:
                    choice = in_ctx[0]
                elif full and not in_ctx:
                    choice = full[0]  # a suffixed name (朝阳区) defaults to the first listed (Beijing)
        if choice is not None:
            resolved.append((choice, name, False))
            prev = (end, choice)
        else:
            prev = None
    for pattern in gaz.latin_patterns:
        for m in pattern.finditer(doc):
            key = re.sub(r"\s+", " ", m.group(1))
            resolved.append((gaz.latin[key if key.isupper() else key.lower()], m.group(1), False))
    counts: dict[Place, int] = {}
    surfaces: dict[Place, str] = {}
    absorbed_only: dict[Place, bool] = {}
    for place, surface, absorbed in resolved:
        counts[place] = counts.get(place, 0) + 1
        surfaces.setdefault(place, surface)
        absorbed_only[place] = absorbed_only.get(place, True) and absorbed
    return [RegionMatch(p.name, p.level, p.province, p.city, p.country, counts[p], surfaces[p])
            for p in counts if not absorbed_only[p]]


def resolve_name(value: str, gaz: Gazetteer | None = None) -> str:
    """A user's region filter (广东, 广东省, 大理, Hong Kong) → the gazetteer's full name (else as given)."""
    gaz = gaz or gazetteer()
    value = value.strip()
    for key in (value, value.lower()):
        if key in gaz.latin:
            return gaz.latin[key].name
    cand = gaz.names.get(value)
    if cand and cand.places:
        full = [p for p in cand.places if p in cand.full]
        provinces = [p for p in cand.places if p.level in ("province", "country")]
        return (full or provinces or cand.places)[0].name
    return value


def in_region(region: dict, wanted: set[str]) -> bool:
    """A stored/analysed region row lies in one of the wanted full names (itself, its city or province)."""
    return bool({region.get("name"), region.get("city"), region.get("province"), region.get("country")} & wanted)
