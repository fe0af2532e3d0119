"""`newsmon sources` and `newsmon runs`: what is configured, how it is doing, what ran."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from newsmon.commands.common import add_config_option, positive_int
from newsmon.config import load_config
from newsmon.output import dumps, fmt, print_rows, table
from pipelines.store import open_db
from pipelines.store import runs as run_store
from pipelines.store import sources as source_store


def register(sub: Any) -> None:
    p = sub.add_parser("sources", help="configured sources with their last run and health")
    add_config_option(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=show_sources)

    r = sub.add_parser("runs", help="recent crawl runs")
    r.add_argument("--limit", type=positive_int, default=20)
    r.add_argument("--source")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=show_runs)
    rsub = r.add_subparsers(dest="runs_command", metavar="show")
    show = rsub.add_parser("show", help="one run with counters, errors and log excerpt")
    show.add_argument("run_id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=show_run)


def show_sources(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    from datetime import UTC, datetime

    from pipelines.store import service as service_store
    from scheduler.schedules import next_runs

    with open_db() as conn:
        source_store.sync_sources(conn, config.sources)
        health = source_store.source_overview(conn)
        plans = next_runs(config, service_store.schedule_state(conn), datetime.now(UTC))
    rows = []
    for s in config.sources:
        h = health.get(s.name, {})
        plan = plans.get(s.name, {})
        rows.append({"name": s.name, "enabled": s.enabled, "schedule": s.schedule, "start": s.start_urls[0] if s.start_urls else (s.feeds or s.sitemaps)[0],
                     "articles": h.get("articles", 0), "last_run": h.get("last_started_at"),
                     "last_status": h.get("last_status"), "last_success": h.get("last_success_at"),
                     "failures": h.get("consecutive_failures", 0), "last_error": h.get("last_error"),
                     "next_run": plan.get("next_run"), "backoff_until": plan.get("backoff_until")})
    if args.json:
        for row in rows:
            print(dumps(row))
        return 0
    table(rows, [("name", "source"), ("enabled", "on"), ("schedule", "schedule"), ("articles", "articles"),
                 ("last_run", "last run"), ("last_status", "status"), ("failures", "fails"),
                 ("last_success", "last success"), ("backoff_until", "backoff until"), ("next_run", "next run"),
                 ("start", "start URL")])
    for row in rows:
        if row["failures"] and row["last_error"]:
            print(f"{row['name']}: {row['failures']} failure(s) in a row, last error: {row['last_error']}")
    return 0


RUN_COLUMNS = [("id", "run"), ("source", "source"), ("trigger", "trigger"), ("status", "status"),
               ("started_at", "started"), ("seconds", "seconds"), ("pages_fetched", "pages"),
               ("articles_new", "new"), ("articles_updated", "updated"), ("errors", "errors")]


def show_runs(args: argparse.Namespace) -> int:
    with open_db() as conn:
        rows = run_store.list_runs(conn, args.limit, args.source)
    for row in rows:
        row.pop("log_excerpt", None)  # long; `newsmon runs show ID` prints it
    print_rows(rows, RUN_COLUMNS, as_json=args.json, empty="no crawl runs yet: try `newsmon crawl --all`")
    return 0


def show_run(args: argparse.Namespace) -> int:
    with open_db() as conn:
        row = run_store.get_run(conn, args.run_id)
    if row is None:
        print(f"newsmon: no crawl run with id {args.run_id}", file=sys.stderr)
        return 1
    if args.json:
        print(dumps(row))
        return 0
    for key in ("id", "source", "trigger", "status", "started_at", "finished_at", "seconds", "pages_fetched",
                "pages_not_modified", "articles_new", "articles_updated", "articles_unchanged",
                "articles_duplicate", "errors", "error", "host", "pid"):
        print(f"{key:>20}: {fmt(row.get(key))}")
    if row.get("errors_by_kind"):
        print(f"{'errors by kind':>20}: " + ", ".join(f"{k}={v}" for k, v in sorted(row["errors_by_kind"].items())))
    if row.get("log_excerpt"):
        print("\nlog excerpt:\n" + row["log_excerpt"])
    return 0
