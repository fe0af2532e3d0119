"""Where the database is and how to reach it; the one place connections are made."""

from __future__ import annotations

import os

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool


class DatabaseError(Exception):
    """The database cannot be reached or used; the message says which and why."""


def database_url(explicit: str | None = None) -> str:
    """NEWSMON_DATABASE_URL (or an explicit URL) selects a server; otherwise the embedded one."""
    url = explicit or os.environ.get("NEWSMON_DATABASE_URL")
    if url:
        return url
    from . import embedded

    try:
        return embedded.ensure_running()
    except Exception as exc:  # pgserver raises several kinds; the user needs one message
        raise DatabaseError(
            f"cannot start the embedded PostgreSQL in {embedded.data_dir()}: {exc}"
            " (set NEWSMON_DATABASE_URL to use another server)"
        ) from exc


def describe(url: str) -> str:
    """URL without password, for messages."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "<unparseable database URL>"
    info.pop("password", None)
    host = info.get("host", "localhost")
    return f"postgresql://{info.get('user', '')}@{host}:{info.get('port', 5432)}/{info.get('dbname', '')}"


def connect(url: str, *, autocommit: bool = False, application: str = "newsmon") -> psycopg.Connection:
    try:
        conn = psycopg.connect(
            url, autocommit=autocommit, row_factory=dict_row, connect_timeout=10, application_name=application
        )
    except psycopg.OperationalError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
        raise DatabaseError(f"cannot connect to the database at {describe(url)}: {first}") from exc
    return conn


def connection_pool(url: str, *, max_size: int = 4, name: str = "newsmon") -> ConnectionPool:
    """Autocommit connections with dict rows for a long-lived process (the service and its API)."""
    return ConnectionPool(url, min_size=1, max_size=max_size, open=True, name=name,
                          kwargs={"autocommit": True, "row_factory": dict_row})
