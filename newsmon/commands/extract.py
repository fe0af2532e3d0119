"""`newsmon extract`: the crawl's extraction on saved pages or single URLs, as JSON lines."""

from __future__ import annotations

import argparse
import sys
import urllib.request
from pathlib import Path
from typing import Any

from newsmon.output import dumps

USER_AGENT = "Mozilla/5.0 (compatible; newsmon/0.1; news monitoring crawler)"
MAX_BYTES = 10 * 1024 * 1024


def register(sub: Any) -> None:
    p = sub.add_parser("extract", help="extract title, text, byline and date from saved pages or URLs")
    p.add_argument("inputs", nargs="+", metavar="FILE_OR_URL")
    p.add_argument("--url", help="the page's address when reading a file (for relative links and URL dates)")
    p.add_argument("--timezone", help="zone for times without an offset (default: Asia/Shanghai for zh)")
    p.set_defaults(func=run)


def fetch(url: str) -> tuple[bytes, dict[str, str], str]:
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(req, timeout=30) as resp:  # noqa: S310 - the user asked for this URL
        body = resp.read(MAX_BYTES + 1)[:MAX_BYTES]
        return body, {k.lower(): v for k, v in resp.headers.items()}, resp.geturl()


def run(args: argparse.Namespace) -> int:
    from pipelines.extraction import extract

    failed = 0
    for item in args.inputs:
        try:
            if item.startswith(("http://", "https://")):
                body, headers, url = fetch(item)
            else:
                body, headers, url = Path(item).read_bytes(), {}, args.url or Path(item).resolve().as_uri()
        except (OSError, ValueError) as exc:
            print(f"newsmon extract: cannot read {item}: {exc}", file=sys.stderr)
            failed += 1
            continue
        result = extract(body, headers, url, default_tz=args.timezone)
        print(dumps(result.to_dict()))
    return 1 if failed else 0
