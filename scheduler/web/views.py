"""Pure view functions of the dashboard: store rows in, template-ready values out (unit-tested).

Nothing here touches the database or the request, so the numbers a page shows can be checked
exactly without a browser.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from lxml import html as lxml_html
from lxml_html_clean import Cleaner
from markupsafe import Markup, escape

# Okabe-Ito: distinguishable for colour-blind readers; grey is kept for "no type"
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#7F3C8D")
NO_TYPE_COLOR = "#9AA0A6"
NO_TYPE_LABEL = "未分类 (no type)"
MARKS = ("\ue000", "\ue001")  # private-use code points: cannot occur in text, replaced by <mark> after escaping
BAD_RUN_STATUSES = ("failed", "timeout", "interrupted")
MOJIBAKE_THRESHOLD = 0.5  # pipelines.extraction documents 0.5 as the mojibake flag threshold


# ---------------------------------------------------------------- time and numbers

def local_day_start(now: datetime, tz: ZoneInfo) -> datetime:
    """Midnight of `now`'s day in the service's time zone (as an aware datetime)."""
    local = now.astimezone(tz)
    return datetime(local.year, local.month, local.day, tzinfo=tz)


def windows(now: datetime, tz: ZoneInfo) -> tuple[dict[str, datetime], datetime]:
    """Starts of today / last 7 days / last 30 days (calendar days incl. today) and their common end."""
    today = local_day_start(now, tz)
    starts = {"today": today, "7d": today - timedelta(days=6), "30d": today - timedelta(days=29)}
    return starts, today + timedelta(days=1)


def fmt_dt(value: datetime | None, tz: ZoneInfo | None = None) -> str:
    if value is None:
        return "—"
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(tz or UTC).strftime("%Y-%m-%d %H:%M")


def fmt_seconds(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(int(round(seconds)), 60)
    if minutes < 60:
        return f"{minutes} min {secs} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


def fmt_ago(value: datetime | None, now: datetime) -> str:
    """Short relative time ("5 min ago", "in 2 h") for schedules and health."""
    if value is None:
        return "—"
    delta = (value - now).total_seconds()
    future, secs = delta > 0, abs(delta)
    if secs < 60:
        text = f"{int(secs)} s"
    elif secs < 3600:
        text = f"{int(secs // 60)} min"
    elif secs < 86400 * 2:
        text = f"{int(secs // 3600)} h"
    else:
        text = f"{int(secs // 86400)} d"
    return f"in {text}" if future else f"{text} ago"


def fmt_figure(value: Decimal | float | int, unit: str) -> str:
    """Chinese reading of large figures: 2770亿元, 22万起, 40.1%."""
    v = Decimal(str(value))
    for size, word in ((Decimal(100_000_000), "亿"), (Decimal(10_000), "万")):
        if abs(v) >= size:
            scaled = (v / size).quantize(Decimal("0.01")).normalize()
            return f"{_plain(scaled)}{word}{unit}"
    return f"{_plain(v.normalize())}{unit}"


def _plain(d: Decimal) -> str:
    return format(d, "f")


# ---------------------------------------------------------------- overview chart

@dataclass
class Bar:
    x: float
    y: float
    w: float
    h: float
    color: str
    title: str


@dataclass
class Chart:
    """An SVG stacked bar chart, laid out in Python and drawn by templates/_chart.html."""

    width: int
    height: int
    left: int
    top: int
    plot_w: float
    plot_h: float
    bars: list[Bar] = field(default_factory=list)
    yticks: list[tuple[float, str]] = field(default_factory=list)
    xlabels: list[tuple[float, str]] = field(default_factory=list)
    legend: list[dict[str, Any]] = field(default_factory=list)
    total: int = 0


def nice_axis(peak: int, max_ticks: int = 5) -> tuple[int, int]:
    """(top, step) of a y axis with at most max_ticks steps of 1, 2 or 5 × 10^k."""
    peak = max(peak, 1)
    k = 0
    while True:
        for base in (1, 2, 5):
            step = base * 10 ** k
            if math.ceil(peak / step) <= max_ticks:
                return step * math.ceil(peak / step), step
        k += 1


def stacked_chart(rows: Iterable[dict[str, Any]], first_day: date, days: int,
                  labels: dict[str, str | None] | None = None, *, width: int = 720, height: int = 240) -> Chart:
    """Daily stacked bars of stories by fraud type; rows are {day, type, stories} (type None = no type).

    Types are stacked and coloured by their total over the period (largest first, at the bottom);
    stories without a type are grey and on top.
    """
    labels = labels or {}
    counts: dict[tuple[date, str | None], int] = {}
    for r in rows:
        if 0 <= (r["day"] - first_day).days < days:
            counts[(r["day"], r["type"])] = counts.get((r["day"], r["type"]), 0) + int(r["stories"])
    totals: dict[str | None, int] = {}
    for (_, t), n in counts.items():
        totals[t] = totals.get(t, 0) + n
    order = sorted((t for t in totals if t is not None), key=lambda t: (-totals[t], t))
    if None in totals:
        order.append(None)
    colors = {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(x for x in order if x is not None)}
    colors[None] = NO_TYPE_COLOR
    per_day = [sum(counts.get((first_day + timedelta(days=i), t), 0) for t in order) for i in range(days)]
    top, step = nice_axis(max(per_day, default=0))
    left, top_margin, right, bottom = 34, 10, 8, 24
    plot_w, plot_h = width - left - right, height - top_margin - bottom
    slot = plot_w / days
    chart = Chart(width, height, left, top_margin, plot_w, plot_h, total=sum(per_day))
    for i in range(days):
        day = first_day + timedelta(days=i)
        y = top_margin + plot_h
        for t in order:
            n = counts.get((day, t), 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            name = t if t is not None else NO_TYPE_LABEL
            chart.bars.append(Bar(round(left + i * slot + slot * 0.15, 2), round(y, 2), round(slot * 0.7, 2),
                                  round(h, 2), colors[t], f"{day.isoformat()} · {name}: {n}"))
        if (days - 1 - i) % 7 == 0:
            chart.xlabels.append((round(left + (i + 0.5) * slot, 2), day.strftime("%m-%d")))
    for v in range(0, top + 1, step):
        chart.yticks.append((round(top_margin + plot_h - plot_h * v / top, 2), str(v)))
    chart.legend = [{"type": t, "label": t if t is not None else NO_TYPE_LABEL,
                     "english": labels.get(t) if t is not None else None, "color": colors[t],
                     "stories": totals[t]} for t in order]
    return chart


# ---------------------------------------------------------------- sources

def attention(sources: Sequence[dict[str, Any]], now: datetime) -> list[dict[str, Any]]:
    """Sources an operator should look at, each with the reasons, worst first.

    A source needs attention when it failed last time or several times in a row, is backing off,
    never ran although enabled, or has had no successful run for 3 schedule intervals (≥ 1 day).
    """
    out = []
    for s in sources:
        if not s.get("enabled", True):
            continue
        reasons: list[str] = []
        last = s.get("last_run") or {}
        failures = int(s.get("consecutive_failures") or 0)
        if failures:
            reasons.append(f"{failures} consecutive failure{'s' if failures > 1 else ''}")
        if last.get("status") in BAD_RUN_STATUSES:
            reasons.append(f"last run {last['status']}")
        backoff = s.get("backoff_until")
        if backoff is not None and backoff > now:
            reasons.append(f"backing off until {fmt_dt(backoff)} UTC")
        if not last:
            reasons.append("never crawled")
        else:
            stale_after = timedelta(seconds=max(3 * float(s.get("interval") or 0), 86400))
            success = s.get("last_success_at")
            if success is None and last.get("status") not in (None, "running"):
                reasons.append("never succeeded")
            elif success is not None and now - success > stale_after:
                reasons.append(f"no successful run for {fmt_ago(success, now).removesuffix(' ago')}")
        if reasons:
            out.append({"name": s["name"], "reasons": reasons, "last_error": s.get("last_error"),
                        "severity": failures * 10 + len(reasons)})
    out.sort(key=lambda x: (-x["severity"], x["name"]))
    return out


# ---------------------------------------------------------------- stories

def quality_flags(quality: dict[str, Any] | None) -> list[dict[str, Any]]:
    """What the extractor noticed about a copy: spam title, pinyin stripped, mojibake score."""
    q = quality or {}
    flags = []
    if q.get("spam_title"):
        flags.append({"name": "spam title", "value": "yes", "bad": True})
    pinyin = int(q.get("pinyin_stripped") or 0)
    if pinyin:
        flags.append({"name": "pinyin stripped", "value": str(pinyin), "bad": True})
    score = q.get("mojibake_score")
    if score is not None:
        bad = bool(q.get("mojibake")) or float(score) >= MOJIBAKE_THRESHOLD
        flags.append({"name": "mojibake score", "value": f"{float(score):.2f}", "bad": bad})
    return flags


def highlight(snippet: str | None) -> Markup:
    """Escape a search snippet, then turn the private-use marks around matches into <mark>."""
    text = str(escape(snippet or ""))
    return Markup(text.replace(MARKS[0], "<mark>").replace(MARKS[1], "</mark>"))


def paragraphs(text: str | None) -> list[str]:
    return [p.strip() for p in (text or "").split("\n") if p.strip()]


def similarity_label(member: dict[str, Any]) -> str:
    """How close a copy is to the story's first copy: max(Jaccard, containment) as a percentage."""
    values = [v for v in (member.get("jaccard"), member.get("containment")) if v is not None]
    if not values:
        return "—"
    return f"{max(values) * 100:.0f}%"


def page_numbers(page: int, has_next: bool) -> dict[str, int | None]:
    return {"prev": page - 1 if page > 1 else None, "next": page + 1 if has_next else None, "page": page}


# ---------------------------------------------------------------- stored pages

RAW_CLEANER = Cleaner(scripts=True, javascript=True, comments=True, style=False, inline_style=False, links=True,
                      meta=True, page_structure=False, processing_instructions=True, embedded=True, frames=True,
                      forms=True, annoying_tags=True, remove_unknown_tags=False, safe_attrs_only=True,
                      kill_tags=["base", "noscript", "template"])


def decode_raw(body: bytes, encoding: str | None) -> str:
    """Bytes as the extractor decoded them (its detected encoding), never failing."""
    for enc in (encoding, "utf-8"):
        if not enc:
            continue
        try:
            return body.decode(enc, errors="replace")
        except LookupError:
            continue
    return body.decode("utf-8", errors="replace")


def clean_raw_html(body: bytes, encoding: str | None) -> str:
    """A stored page made inert: no scripts, handlers, forms, frames, objects, meta/base/link tags;
    links and images lose their URLs, so nothing in it can call an outside host."""
    text = decode_raw(body, encoding)
    if not text.strip():
        return "<!DOCTYPE html><html><body><p>(empty page)</p></body></html>"
    try:
        doc = lxml_html.document_fromstring(text)
    except (ValueError, lxml_html.etree.ParserError):
        return "<!DOCTYPE html><html><body><p>(page could not be parsed)</p></body></html>"
    doc = RAW_CLEANER.clean_html(doc)
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("src", "srcset", "href", "action", "background", "poster", "data", "formaction", "ping"):
            if attr in el.attrib:
                if attr == "href" and el.tag == "a":
                    el.set("title", el.attrib["href"][:300])
                del el.attrib[attr]
        if "style" in el.attrib and "url(" in el.attrib["style"].lower():
            del el.attrib["style"]
    for style in doc.iter("style"):
        css = (style.text or "").lower()
        if "url(" in css or "@import" in css:
            style.text = ""
    return "<!DOCTYPE html>\n" + lxml_html.tostring(doc, encoding="unicode", method="html")
