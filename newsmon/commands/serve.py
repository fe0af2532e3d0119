"""`newsmon serve` (scheduler + crawl launcher + HTTP API) and `newsmon schedule` (next run per source)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from newsmon.commands.common import add_config_option
from newsmon.config import load_config
from newsmon.output import dumps, table


def register(sub: Any) -> None:
    p = sub.add_parser(
        "serve", help="run the scheduler and HTTP API (long-lived service)",
        description="Crawl every enabled source on its schedule, each crawl in a child process, and serve "
                    "the HTTP API (docs at /docs). SIGTERM/SIGINT: stop after running crawls (grace_seconds); "
                    "SIGHUP: reload the config.")
    add_config_option(p)
    p.add_argument("--host", help="listen address (default: [service] host or 127.0.0.1)")
    p.add_argument("--port", type=int, help="listen port (default: [service] port or 8080)")
    p.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    p.set_defaults(func=serve)

    s = sub.add_parser("schedule", help="every source with its next scheduled run",
                       description="Next run per source, as a (re)starting service computes it from the config "
                                   "and the recorded runs (a running service adds up to 10%% jitter).")
    add_config_option(s)
    s.add_argument("--json", action="store_true")
    s.add_argument("--reload", action="store_true",
                   help="ask running services to reload their config (like SIGHUP, via PostgreSQL NOTIFY)")
    s.set_defaults(func=show_schedule)


def serve(args: argparse.Namespace) -> int:
    from scheduler import logs
    from scheduler.service import Service

    logs.setup(args.log_level)
    return Service(args.config, host=args.host, port=args.port).run()


def show_schedule(args: argparse.Namespace) -> int:
    from pipelines.store import open_db
    from pipelines.store import service as service_store
    from pipelines.store import sources as source_store
    from scheduler.schedules import next_runs

    config = load_config(args.config)
    if args.reload:
        from scheduler.notify import request_reload

        request_reload()
        print("reload requested")
        return 0
    with open_db() as conn:
        source_store.sync_sources(conn, config.sources)
        state = service_store.schedule_state(conn)
        leader = service_store.leader_pid(conn)
    now = datetime.now(UTC)
    plans = next_runs(config, state, now)
    rows = []
    for s in config.sources:
        st, p = state.get(s.name, {}), plans[s.name]
        rows.append({"source": s.name, "enabled": s.enabled, "schedule": s.schedule,
                     "timezone": s.timezone or config.service.get("timezone", "UTC"),
                     "last_scheduled": st.get("last_scheduled_at"), "next_run": p["next_run"],
                     "in": _until(p["next_run"], now), "backoff_until": p["backoff_until"],
                     "failures": st.get("consecutive_failures", 0)})
    if args.json:
        for row in rows:
            print(dumps(row))
        return 0
    table(rows, [("source", "source"), ("enabled", "on"), ("schedule", "schedule"), ("timezone", "tz"),
                 ("last_scheduled", "last scheduled"), ("next_run", "next run"), ("in", "in"),
                 ("failures", "fails"), ("backoff_until", "backoff until")])
    print("\nservice: " + ("a `newsmon serve` is scheduling" if leader else "no `newsmon serve` is scheduling"))
    return 0


def _until(when: datetime | None, now: datetime) -> str:
    if when is None:
        return "-"
    seconds = (when - now).total_seconds()
    if seconds <= 0:
        return "due"
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:.1f}{unit}"
    return f"{seconds:.0f}s"
