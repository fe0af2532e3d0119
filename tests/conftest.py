"""Shared fixtures: a real PostgreSQL database per test, the local test news web, CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

ROOT = Path(__file__).resolve().parents[1]
SERVER_URL = os.environ.get("NEWSMON_TEST_SERVER", "postgresql://postgres@127.0.0.1:5432/postgres")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _server_available() -> str | None:
    try:
        with psycopg.connect(SERVER_URL, connect_timeout=3):
            return None
    except psycopg.OperationalError as exc:
        return str(exc).strip().splitlines()[0] if str(exc).strip() else "connection failed"


@pytest.fixture(scope="session")
def pg_server() -> str:
    """URL of the machine's PostgreSQL; skips (fails under CI=true) when none answers."""
    problem = _server_available()
    if problem:
        if IN_CI:
            pytest.fail(f"CI=true but no PostgreSQL answers at {SERVER_URL}: {problem}")
        pytest.skip(f"no PostgreSQL at {SERVER_URL} ({problem}); set NEWSMON_TEST_SERVER to run these tests")
    return SERVER_URL


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty database on the machine's server, dropped afterwards."""
    name = f"newsmon_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = pg_server.rsplit("/", 1)[0] + "/" + name
    try:
        yield url
    finally:
        with psycopg.connect(pg_server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def db(pg_url: str) -> Iterator[psycopg.Connection]:
    from pipelines.store import open_db

    conn = open_db(pg_url)
    try:
        yield conn
    finally:
        conn.close()


@pytest.fixture(scope="session")
def newsweb():
    from tests.newsweb import NewsWeb

    web = NewsWeb()
    web.start()
    try:
        yield web
    finally:
        web.stop()


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 240, check: bool = False,
            cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m newsmon ...` in a child process (Scrapy's reactor runs once per process)."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("NEWSMON_CONFIG", None) if env is None or "NEWSMON_CONFIG" not in env else None
    proc = subprocess.run([sys.executable, "-m", "newsmon", *args], capture_output=True, text=True,
                          env=full_env, timeout=timeout, cwd=cwd or ROOT)
    if check and proc.returncode != 0:
        raise AssertionError(f"newsmon {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc
