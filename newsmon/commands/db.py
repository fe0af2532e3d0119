"""`newsmon db start|stop|status|upgrade`: the embedded server and the schema."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from pipelines.store import connect, database_url, describe, embedded, migrate


def register(sub: Any) -> None:
    p = sub.add_parser("db", help="manage the embedded database and the schema")
    dsub = p.add_subparsers(dest="db_command", metavar="ACTION")
    dsub.required = True
    for name, func, text in (("start", start, "start the embedded PostgreSQL (and migrate)"),
                             ("stop", stop, "stop the embedded PostgreSQL"),
                             ("status", status, "server, URL and schema version"),
                             ("upgrade", upgrade, "apply pending schema migrations")):
        dsub.add_parser(name, help=text).set_defaults(func=func)


def _using_external() -> bool:
    return bool(os.environ.get("NEWSMON_DATABASE_URL"))


def start(args: argparse.Namespace) -> int:
    if _using_external():
        print("NEWSMON_DATABASE_URL is set: newsmon uses that server, not the embedded one")
    url = database_url()
    with connect(url) as conn:
        applied = migrate.upgrade(conn)
    print(f"database ready at {describe(url)} ({len(applied)} migration(s) applied)")
    return 0


def stop(args: argparse.Namespace) -> int:
    if embedded.stop():
        print(f"stopped the embedded PostgreSQL in {embedded.data_dir()}")
    else:
        print(f"the embedded PostgreSQL in {embedded.data_dir()} is not running")
    return 0


def status(args: argparse.Namespace) -> int:
    if _using_external():
        url = database_url()
        print(f"database: NEWSMON_DATABASE_URL ({describe(url)})")
    else:
        st = embedded.status()
        state = "running" if st.running else ("stopped" if st.initialised else "not created yet")
        print(f"database: embedded PostgreSQL in {st.data_dir}: {state}" + (f" (pid {st.pid})" if st.pid else ""))
        if not st.running:
            return 0
        url = st.url
    with connect(url) as conn:
        done = migrate.applied(conn)
        pending = migrate.pending(conn)
    current = max(done) if done else 0
    print(f"schema: version {current}" + (f", {len(pending)} migration(s) pending (run `newsmon db upgrade`)"
                                          if pending else ", up to date"))
    return 0


def upgrade(args: argparse.Namespace) -> int:
    url = database_url()
    with connect(url) as conn:
        applied = migrate.upgrade(conn)
    if applied:
        for m in applied:
            print(f"applied {m.version:04d}_{m.name}")
    else:
        print("schema is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(0)
