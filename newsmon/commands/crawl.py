"""`newsmon crawl`: crawl sources now, in the foreground, with live progress and a summary."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from newsmon.commands.common import add_config_option
from newsmon.config import ConfigError, load_config
from newsmon.output import dumps, table

SUMMARY_COLUMNS = [
    ("source", "source"), ("status", "status"), ("pages_fetched", "pages"), ("pages_not_modified", "304s"),
    ("articles_new", "new"), ("articles_updated", "updated"), ("articles_unchanged", "unchanged"),
    ("errors", "errors"), ("seconds", "seconds"), ("run_id", "run"),
]


def register(sub: Any) -> None:
    p = sub.add_parser("crawl", help="crawl sources now (foreground)",
                       description="Crawl the named sources (or --all enabled ones) now and store what they publish.")
    p.add_argument("sources", nargs="*", metavar="SOURCE", help="source names from the config")
    p.add_argument("--all", action="store_true", help="every enabled source")
    p.add_argument("--trigger", default="manual", choices=["manual", "schedule", "api", "demo"],
                   help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="print the summary as JSON lines")
    p.add_argument("--refresh-all", action="store_true",
                   help="re-check known articles of any age (default: only those younger than refresh_age)")
    p.add_argument("--wait", action="store_true",
                   help="wait while another crawl of a source runs, instead of recording a skipped run")
    p.add_argument("--queue", action="store_true",
                   help="hand the crawl to the running `newsmon serve` (PostgreSQL NOTIFY) and return")
    # used by `newsmon serve`, which creates the run and holds the source's lock for its child process
    p.add_argument("--run-id", type=int, help=argparse.SUPPRESS)
    p.add_argument("--lock-held", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("-v", "--verbose", action="store_true", help="show Scrapy's log")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress lines")
    add_config_option(p)
    p.set_defaults(func=run)


class Progress:
    """One live line per source: redrawn in place on a terminal, every 10 s in a log."""

    def __init__(self, stream: Any = sys.stderr) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.drawn = 0
        self.ticks = 0

    def __call__(self, rows: list[dict[str, Any]], final: bool) -> None:
        self.ticks += 1
        if not self.tty and not final and self.ticks % 10:
            return
        lines = [
            f"[{r['source']}] {'done' if r['done'] else 'crawling'}: pages {r['pages_fetched']}"
            f" (304: {r['pages_not_modified']}), articles new {r['articles_new']} updated {r['articles_updated']}"
            f" unchanged {r['articles_unchanged']}, errors {r['errors']}, {r['seconds']:.0f}s"
            for r in rows
        ]
        if self.tty and self.drawn:
            self.stream.write(f"\x1b[{self.drawn}F")
        for line in lines:
            self.stream.write(("\x1b[2K" if self.tty else "") + line + "\n")
        self.stream.flush()
        self.drawn = len(lines) if self.tty else 0


def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    if args.all and args.sources:
        raise ConfigError("give source names or --all, not both")
    if args.all:
        chosen = config.enabled_sources
        if not chosen:
            raise ConfigError(f"{config.path}: no enabled sources")
    elif args.sources:
        chosen = [config.source(name) for name in args.sources]
    else:
        names = ", ".join(s.name for s in config.sources) or "none"
        print(f"newsmon crawl: name one or more sources or use --all (configured: {names})", file=sys.stderr)
        return 2
    if args.queue:
        from scheduler.notify import queue_crawls

        queue_crawls([s.name for s in chosen], trigger=args.trigger)
        print(f"queued for the running service: {', '.join(s.name for s in chosen)} (see `newsmon runs`)")
        return 0
    if (args.run_id is not None or args.lock_held) and len(chosen) != 1:
        raise ConfigError("--run-id and --lock-held take exactly one source")
    if os.environ.get("NEWSMON_PARENT_PID"):  # started by `newsmon serve`: never outlive it
        from scheduler.child import bind_to_parent

        bind_to_parent(int(os.environ["NEWSMON_PARENT_PID"]))
    from crawler.runner import crawl

    progress = None if args.quiet or args.json else Progress()
    run_ids = {chosen[0].name: args.run_id} if args.run_id is not None else None
    results = crawl(chosen, trigger=args.trigger, progress=progress,
                    log_level="INFO" if args.verbose else "CRITICAL", wait=args.wait, run_ids=run_ids, refresh_all=args.refresh_all,
                    lock_held=args.lock_held)
    rows = [{"source": r.source, "status": r.status, "run_id": r.run_id, "seconds": round(r.seconds, 1),
             "error": r.error, "errors_by_kind": r.errors_by_kind, **r.counters} for r in results]
    if args.json:
        for row in rows:
            print(dumps(row))
    else:
        print()
        table(rows, SUMMARY_COLUMNS)
        for r in results:
            if r.error:
                print(f"{r.source}: {r.error}", file=sys.stderr)
    return 1 if any(r.status in ("failed", "timeout", "interrupted") for r in results) else 0
