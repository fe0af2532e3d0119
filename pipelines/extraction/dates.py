"""Publication time from metadata, the article's info line, the URL, and htmldate as last resort.

Chinese pages rarely carry structured dates, but almost all print an info line
(``2021-09-14 10:23 来源：…``) next to the headline; URLs (``t20210914_``, ``/2021-09/15/``) give
the day.  Times without an offset are local time of the site (Asia/Shanghai for zh pages).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

MIN_YEAR = 1990
MAX_YEAR = 2099


@dataclass
class DateHit:
    dt: datetime  # naive (local) or aware
    has_time: bool
    source: str


_ISO = re.compile(
    r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?",
    re.I,
)
_CJK_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:年|/|-|\.|－)\s*(\d{1,2})\s*(?:月|/|-|\.|－)\s*(\d{1,2})(?!\d)\s*(?:日|号)?"
    r"(?:\s*(?:[，,]?\s*(?:星期|周)[一二三四五六日天])?\s*(?:(上午|下午|晚上|早上|凌晨|中午)\s*)?"
    r"(\d{1,2})\s*[:：时點点]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:(\d{2})(\d{2})(\d{2})?)?(?!\d)")
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_EN_DATE = re.compile(
    r"\b(?:(\d{1,2})\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?"
    r"((?:19|20)\d{2})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?)?",
    re.I,
)


def _mk(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> datetime | None:
    if not (MIN_YEAR <= y <= MAX_YEAR):
        return None
    try:
        return datetime(y, mo, d, h, mi, s)
    except ValueError:
        return None


def _offset(tz: str | None) -> tzinfo | None:
    if not tz:
        return None
    tz = tz.upper()
    if tz in ("Z", "UTC", "GMT"):
        return UTC
    m = re.match(r"([+-])(\d{2}):?(\d{2})", tz)
    if not m:
        return None
    delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
    return timezone(-delta if m.group(1) == "-" else delta)


def parse_date(value: str) -> tuple[datetime, bool] | None:
    """Parse one date string (ISO 8601, Chinese, compact, English); returns (datetime, has_time)."""
    if not value:
        return None
    value = value.strip()[:200]
    m = _ISO.search(value)
    if m and m.start() < 5:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if m.group(4):
            dt = _mk(y, mo, d, int(m.group(4)), int(m.group(5)), int(m.group(6) or 0))
            if dt:
                off = _offset(m.group(7))
                return (dt.replace(tzinfo=off) if off else dt), True
        dt = _mk(y, mo, d)
        if dt:
            return dt, False
    hits = find_dates(value)
    if hits:
        return hits[0]
    m = _COMPACT.search(value)
    if m:
        dt = _mk(int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4) or 0), int(m.group(5) or 0),
                 int(m.group(6) or 0))
        if dt:
            return dt, bool(m.group(4))
    return None


_SLASH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?")


# news.cn splits the info line into spans: "2024 05/01 19:12:35".
_YEAR_SPLIT = re.compile(r"(?<![\d/])((?:19|20)\d{2})\s+(\d{1,2})/(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d/])")


def _add_date(out: list[tuple[int, datetime, bool]], pos: int, y: int, mo: int, d: int, hour: int | None,
              minute: str | None, second: str | None) -> None:
    """The date-time when a clock time is given and valid, else the plain date (if valid)."""
    if hour is not None:
        dt = _mk(y, mo, d, hour, int(minute or 0), int(second or 0))
        if dt:
            out.append((pos, dt, True))
            return
    dt = _mk(y, mo, d)
    if dt:
        out.append((pos, dt, False))


def find_dates(text: str, month_first: bool = False) -> list[tuple[datetime, bool]]:
    """All date(-time)s written in running text, in order of appearance."""
    out: list[tuple[int, datetime, bool]] = []
    for m in _YEAR_SPLIT.finditer(text):
        dt = _mk(int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)),
                 int(m.group(6) or 0))
        if dt:
            out.append((m.start(), dt, True))
    for m in _SLASH.finditer(text):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        ap = (m.group(7) or "").lower()
        if a > 12:
            d, mo = a, b
        elif b > 12 or ap or month_first:
            mo, d = a, b  # US style (AM/PM clocks go with month-first dates)
        else:
            d, mo = a, b
        hour = None
        if m.group(4):
            hour = int(m.group(4))
            if ap == "pm" and hour < 12:
                hour += 12
            if ap == "am" and hour == 12:
                hour = 0
        _add_date(out, m.start(), y, mo, d, hour, m.group(5), m.group(6))
    for m in _CJK_DATE.finditer(text):
        hour = None
        if m.group(5) is not None:
            hour = int(m.group(5))
            if m.group(4) in ("下午", "晚上") and hour < 12:
                hour += 12
        _add_date(out, m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3)), hour, m.group(6), m.group(7))
    for m in _EN_DATE.finditer(text):
        day = m.group(1) or m.group(3)
        if not day:
            continue
        mo = _MONTHS[m.group(2).lower()[:3]]
        y = int(m.group(4))
        if m.group(5):
            hour = int(m.group(5))
            ap = (m.group(7) or "").lower().replace(".", "")
            if ap == "pm" and hour < 12:
                hour += 12
            if ap == "am" and hour == 12:
                hour = 0
            dt = _mk(y, mo, int(day), hour, int(m.group(6)))
            if dt:
                out.append((m.start(), dt, True))
                continue
        dt = _mk(y, mo, int(day))
        if dt:
            out.append((m.start(), dt, False))
    out.sort(key=lambda t: t[0])
    return [(dt, ht) for _, dt, ht in out]


_URL_PATTERNS = [
    # /2021/0914/, /2021/09/14/, /2021-09/15/, /202109/14/, t20210914_, /20210914/
    re.compile(r"(?<![\d])((?:19|20)\d{2})[/_-](0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.\-]|$)"),
    re.compile(r"(?<![\d])((?:19|20)\d{2})(0[1-9]|1[0-2])[/_-](0[1-9]|[12]\d|3[01])(?=[/_.\-]|$)"),
    re.compile(r"(?:[/_t]|^)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.\-]|\d{2,}|$)"),
]


def date_from_url(url: str) -> datetime | None:
    """Day encoded in a URL path (common on Chinese CMSs)."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    for pat in _URL_PATTERNS:
        m = pat.search(path)
        if m:
            dt = _mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if dt:
                return dt
    return None


def resolve_tz(default_tz: str | None, lang: str | None) -> tzinfo:
    """Zone for times written without an offset."""
    if default_tz:
        try:
            return ZoneInfo(default_tz)
        except (KeyError, ValueError, OSError):
            pass
    if lang == "zh":
        return ZoneInfo("Asia/Shanghai")
    return UTC


def localize(dt: datetime, tz: tzinfo) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=tz)


META_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "article:published", "og:published_time",
    "published_time", "itemprop:datepublished", "datepublished", "publishdate", "publish-date", "publish_date",
    "pubdate", "publishtime", "publish_time", "pub_date", "pubtime", "sailthru.date", "dc.date.issued",
    "dc.date", "dcterms.created", "dcterms.date", "date", "parsely-pub-date", "article.published",
    "cxenseparse:recs:publishtime", "og:release_date", "firstpublishedtime", "citation_publication_date",
    "weibo:article:create_at", "itemprop:datecreated", "datecreated", "created",
)
