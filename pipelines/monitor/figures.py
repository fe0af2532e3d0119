"""Key figures: numbers with their unit and subject, from the sentences that carry the topic.

`破获电信网络诈骗案件22万起` → 220000 起 "破获电信网络诈骗案件"; `紧急止付涉案资金2770亿元` →
277000000000 元. Values are normalised from 万/亿 (and English million/billion) so analysts can
sum and compare them; the sentence is kept as evidence. Dates, years, ages and ordinals are
not figures.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from decimal import Decimal

from .profiles import Profile
from .text import sentences

_MULT = {"万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10, "亿": Decimal(10) ** 8,
         "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "十万": Decimal(10) ** 5, "万": Decimal(10) ** 4,
         "千": Decimal(1000), "百": Decimal(100)}
# counters and currencies; the subject is the clause text around the number
UNITS = ("人民币", "美元", "港元", "港币", "欧元", "英镑", "日元", "元", "起", "件", "宗", "名", "人", "个", "位",
         "户", "家", "条", "张", "部", "台", "次", "笔", "个", "余人", "万人次", "人次", "个账户", "%")
_ZH = re.compile(
    # 余/多 ("more than") stands before the multiplier (3000余万元) or after it (5亿余元)
    r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?:余|多)?\s*(?P<mult>万亿|千亿|百亿|亿|千万|百万|十万|万|千)?\s*(?P<approx>余|多)?\s*"
    r"(?P<unit>" + "|".join(re.escape(u) for u in sorted(set(UNITS), key=len, reverse=True)) + r")")
_EN = re.compile(
    r"(?P<cur>[$£€¥]|US\$|HK\$|RMB|USD|HKD)?\s?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)\s*"
    r"(?P<mult>trillion|billion|million|thousand|bn|m|k)?\b\s*"
    r"(?P<unit>victims|people|cases|reports|scams|accounts|calls|messages|arrests|suspects|dollars|yuan|pounds|"
    r"euros|websites|sites|apps|complaints|per cent|percent|%)?", re.IGNORECASE)
_EN_MULT = {"trillion": Decimal(10) ** 12, "billion": Decimal(10) ** 9, "bn": Decimal(10) ** 9,
            "million": Decimal(10) ** 6, "m": Decimal(10) ** 6, "thousand": Decimal(1000), "k": Decimal(1000)}
_EN_CUR = {"$": "USD", "us$": "USD", "usd": "USD", "£": "GBP", "€": "EUR", "¥": "CNY", "rmb": "CNY",
           "hk$": "HKD", "hkd": "HKD"}
_CLAUSE = re.compile(r"[，,；;：:。！？!?、（）()“”\"《》\n]")
# adverbs that open the predicate: the actor before them (全国公安机关共…) is not the subject
_PREDICATE = re.compile(r"累计|共计|合计|总计|先后|一共|(?<![公总])共(?![同享建治青产有])")
_LEAD = re.compile(r"^(?:其中|共计|共|累计|合计|总计|全年|今年以来|去年以来|以来|同比|先后|已|此外|另外|并|且|还|均|约|近|超过|超|达到|达|逾|和|与|及|等)+")


@dataclass(frozen=True)
class Figure:
    value: Decimal
    unit: str
    subject: str
    sentence: str
    raw: str

    def to_dict(self) -> dict:
        d = asdict(self)
        d["value"] = int(self.value) if self.value == self.value.to_integral_value() else float(self.value)
        return d


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _subject_zh(sentence: str, start: int, end: int) -> str:
    """Clause text before the number; for counters (名/个/人) also the noun phrase after it."""
    before = _CLAUSE.split(sentence[:start])[-1]
    before = re.sub(r"\d+(?:\.\d+)?[年月日号]", "", before)
    before = re.sub(r"^\d+[^\d]{0,3}以来", "", before)
    cues = list(_PREDICATE.finditer(before))
    cue = cues[-1] if cues else None
    if cue is not None and cue.end() < len(before):
        before = before[cue.end():]
    before = _LEAD.sub("", before.strip())
    before = re.sub(r"(?:达到|共计|累计|合计|总计|约|近|超过|超|逾|达|共|为|是)+$", "", before).strip()
    after = _CLAUSE.split(sentence[end:])[0].strip()
    after = re.split(r"\d", after)[0]
    if after and len(after) <= 16:
        return f"{before}{after}" if before else after
    return before


def _is_date_or_ordinal(sentence: str, start: int, end: int, unit: str) -> bool:
    nxt = sentence[end:end + 1]
    prev = sentence[max(0, start - 1):start]
    return prev in ("第", "前", "后") or (unit in ("起",) and nxt == "至") or nxt in ("年", "月", "日", "岁", "号", "时")


def figures_zh(sentence: str) -> list[Figure]:
    out = []
    for m in _ZH.finditer(sentence):
        unit = m.group("unit")
        if unit in ("个", "名", "位", "人") and m.group("mult") is None and _number(m.group("num")) < 2:
            continue  # 1个 / 1名: an article, not a statistic
        if _is_date_or_ordinal(sentence, m.start(), m.end(), unit):
            continue
        value = _number(m.group("num")) * _MULT.get(m.group("mult") or "", Decimal(1))
        if unit in ("人民币",):
            unit = "元"
        elif unit == "余人":
            unit = "人"
        subject = _subject_zh(sentence, m.start(), m.end())
        if not subject:
            continue
        out.append(Figure(value.normalize() if value != value.to_integral_value() else Decimal(int(value)),
                          unit, subject[:120], sentence[:500], m.group()))
    return out


def figures_en(sentence: str) -> list[Figure]:
    out = []
    for m in _EN.finditer(sentence):
        cur, mult, unit = m.group("cur"), (m.group("mult") or "").lower(), (m.group("unit") or "").lower()
        if not cur and not unit:
            continue
        if not cur and mult in ("m", "k"):
            continue
        num = _number(m.group("num"))
        if not cur and 1900 <= num <= 2100 and not mult:
            continue  # a year
        value = num * _EN_MULT.get(mult, Decimal(1))
        unit = _EN_CUR.get(cur.lower(), cur) if cur else {"per cent": "%", "percent": "%"}.get(unit, unit)
        before = re.split(r"[,;:()]", sentence[:m.start()])[-1].strip()
        after = re.split(r"[,;:.()]", sentence[m.end():])[0].strip()
        subject = " ".join(before.split()[-6:] + ([m.group("unit")] if m.group("unit") and cur else []) +
                           after.split()[:6]).strip()
        if not subject:
            continue
        out.append(Figure(Decimal(int(value)) if value == value.to_integral_value() else value.normalize(),
                          unit, subject[:120], sentence[:500], m.group().strip()))
    return out


def key_figures(profile: Profile, text: str, *, limit: int = 50) -> list[Figure]:
    """Figures from sentences that mention a topic or context term of the profile."""
    out: list[Figure] = []
    vocab = profile.terms + profile.context
    for sent in sentences(text):
        low = sent.lower()
        if not any(t.pattern.search(low) for t in vocab):
            continue
        found = figures_zh(sent) if re.search(r"[\u4e00-\u9fff]", sent) else figures_en(sent)
        out.extend(found)
        if len(out) >= limit:
            break
    return out[:limit]
