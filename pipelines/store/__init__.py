"""The only package that talks to PostgreSQL: connections, migrations and one module per table group."""

from __future__ import annotations

import psycopg

from .db import DatabaseError, connect, database_url, describe
from .migrate import upgrade


def open_db(url: str | None = None, *, autocommit: bool = False, migrate: bool = True) -> psycopg.Connection:
    """Connect (starting the embedded server if no URL is configured) with the schema up to date."""
    conn = connect(database_url(url), autocommit=autocommit)
    if migrate:
        try:
            upgrade(conn)
        except psycopg.Error as exc:
            conn.close()
            raise DatabaseError(f"cannot migrate the database schema: {exc}") from exc
    return conn


__all__ = ["DatabaseError", "open_db", "database_url", "describe", "connect"]
