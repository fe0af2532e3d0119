"""Plain-text tables and value formatting for the CLI (no colour codes in pipes)."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from typing import Any, TextIO


def fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S%z")
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def clip(text: str, limit: int) -> str:
    if width(text) <= limit:
        return text
    out, used = [], 0
    for c in text:
        w = width(c)
        if used + w > limit - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def table(rows: list[dict[str, Any]], columns: list[tuple[str, str]], out: TextIO | None = None,
          max_width: int = 48) -> None:
    """columns: (key, header)."""
    out = out or sys.stdout
    cells = [[clip(fmt(r.get(k)).replace("\n", " "), max_width) for k, _ in columns] for r in rows]
    widths = [max([width(h)] + [width(c[i]) for c in cells]) for i, (_, h) in enumerate(columns)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths, strict=True)).rstrip()

    print(line([h for _, h in columns]), file=out)
    print(line(["-" * w for w in widths]), file=out)
    for c in cells:
        print(line(c), file=out)


def json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return None
    if isinstance(value, set | tuple):
        return list(value)
    return str(value)


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=json_default)


def print_rows(rows: list[dict[str, Any]], columns: list[tuple[str, str]], *, as_json: bool, empty: str,
               max_width: int = 48) -> None:
    """A listing command's output: JSON lines, a table, or a one-line hint when there is nothing."""
    if as_json:
        for row in rows:
            print(dumps(row))
    elif not rows:
        print(empty)
    else:
        table(rows, columns, max_width=max_width)
