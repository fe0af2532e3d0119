"""`newsmon articles list|show|export`: read what was stored."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from newsmon.commands.common import positive_int, since_value
from newsmon.output import dumps, fmt, print_rows
from pipelines.store import articles as article_store
from pipelines.store import open_db


def register(sub: Any) -> None:
    p = sub.add_parser("articles", help="list, show and export stored articles")
    asub = p.add_subparsers(dest="articles_command", metavar="ACTION")
    asub.required = True

    ls = asub.add_parser("list", help="newest articles first")
    ls.add_argument("--source")
    ls.add_argument("--since", type=since_value, help="ISO date or age such as 24h, 7d")
    ls.add_argument("--limit", type=positive_int, default=30)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_articles)

    show = asub.add_parser("show", help="one article by id or URL")
    show.add_argument("key", metavar="ID|URL")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=show_article)

    ex = asub.add_parser("export", help="export articles (JSON lines)")
    ex.add_argument("--format", choices=["jsonl"], default="jsonl")
    ex.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    ex.add_argument("--source")
    ex.add_argument("--since", type=since_value)
    ex.set_defaults(func=export_articles)

    rx = asub.add_parser("reextract", help="re-run extraction on the stored raw HTML (after an upgrade)")
    rx.add_argument("--source")
    rx.set_defaults(func=reextract_articles)


def list_articles(args: argparse.Namespace) -> int:
    with open_db() as conn:
        rows = article_store.list_articles(conn, source=args.source, since=args.since, limit=args.limit)
    print_rows(rows, [("id", "id"), ("source", "source"), ("published_at", "published"), ("title", "title"),
                      ("author", "author"), ("outlet", "outlet")],
               as_json=args.json, empty="no articles stored yet", max_width=40)
    return 0


def show_article(args: argparse.Namespace) -> int:
    with open_db() as conn:
        row = article_store.get_article(conn, args.key)
    if row is None:
        print(f"newsmon: no article with id or URL {args.key!r}", file=sys.stderr)
        return 1
    row.pop("raw_html", None)
    if args.json:
        print(dumps(row))
        return 0
    for key in ("id", "title", "url", "canonical_url", "source", "site", "author", "outlet", "editor",
                "published_at", "lang", "script", "fetched_at", "first_seen_at", "updated_at", "cluster_id"):
        print(f"{key:>14}: {fmt(row.get(key))}")
    quality = row.get("quality") or {}
    if quality:
        print(f"{'quality':>14}: " + ", ".join(f"{k}={v}" for k, v in quality.items() if k != "boilerplate_removed"))
    print()
    print(row["text"])
    return 0


def export_articles(args: argparse.Namespace) -> int:
    out = open(Path(args.output), "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    count = 0
    try:
        with open_db() as conn:
            for record in article_store.iter_export(conn, source=args.source, since=args.since):
                out.write(dumps(record) + "\n")
                count += 1
    finally:
        if args.output:
            out.close()
    if args.output:
        print(f"exported {count} articles to {args.output}", file=sys.stderr)
    return 0


def reextract_articles(args: argparse.Namespace) -> int:
    """Improvements to extraction reach rows stored before them; the raw page is kept for this."""
    from pipelines.extraction import extract
    from pipelines.normalise import normalise_article

    seen = changed = failed = 0
    with open_db() as reader, open_db() as writer:
        for raw in article_store.iter_raw(reader, source=args.source):
            seen += 1
            try:
                body = article_store.decompress_html(raw["raw_html"])
                extracted = extract(body, raw["raw_headers"] or {}, raw["url"])
                row = normalise_article(raw["url"], extracted)
            except Exception as exc:  # one bad stored page must not stop the others
                failed += 1
                print(f"newsmon: cannot re-extract article {raw['id']} ({raw['url']}): {exc!r}", file=sys.stderr)
                continue
            if article_store.update_extracted(writer, raw["id"], row):
                changed += 1
            if seen % 200 == 0:
                writer.commit()
                print(f"re-extracted {seen} articles, {changed} changed", file=sys.stderr)
        writer.commit()
    print(f"re-extracted {seen} articles: {changed} changed, {seen - changed - failed} unchanged, {failed} failed")
    return 1 if failed else 0
