"""Fixtures for service tests: the real `newsmon serve` in a subprocess, a tiny site, DB helpers."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from psycopg.rows import dict_row

from tests.conftest import ROOT
from tests.service.site import NewsSite

TOKEN = "test-token"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(predicate: Callable[[], Any], timeout: float, what: str, interval: float = 0.2) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:g}s waiting for {what}")


def write_config(path: Path, sources: list[dict[str, Any]], service: dict[str, Any] | None = None) -> Path:
    def val(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, list):
            return "[" + ", ".join(val(x) for x in v) + "]"
        return json.dumps(v)

    lines = ["[service]", *(f"{k} = {val(v)}" for k, v in (service or {}).items()), "",
             "[defaults]", "download_delay = 0", "max_depth = 1", "obey_robots = false", ""]
    for src in sources:
        lines += ["[[sources]]", *(f"{k} = {val(v)}" for k, v in src.items()), ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


class ServiceProcess:
    """One `newsmon serve` child with its JSON log captured to a file."""

    def __init__(self, db_url: str, config: Path, log: Path, cwd: Path = ROOT) -> None:
        self.db_url, self.config, self.log_path, self.cwd = db_url, config, log, cwd
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, wait: bool = True) -> ServiceProcess:
        env = {**os.environ, "NEWSMON_DATABASE_URL": self.db_url, "NEWSMON_API_TOKEN": TOKEN}
        env.pop("NEWSMON_CONFIG", None)
        self._log = self.log_path.open("ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "newsmon", "serve", "--config", str(self.config),
                                      "--port", str(self.port)], cwd=self.cwd, env=env, stdout=self._log,
                                     stderr=subprocess.STDOUT)
        if wait:
            wait_until(self.healthy, 20, "the service to answer /health")
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def healthy(self) -> dict[str, Any] | None:
        if self.proc is not None and self.proc.poll() is not None:
            raise AssertionError(f"service exited with {self.proc.returncode}:\n{self.log_text()[-3000:]}")
        try:
            r = httpx.get(self.url + "/health", timeout=2)
        except httpx.HTTPError:
            return None
        return r.json() if r.status_code == 200 else None

    def request(self, method: str, path: str, token: str | None = TOKEN, **kw: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.request(method, self.url + path, headers=headers, timeout=10, **kw)

    def signal(self, sig: int) -> None:
        assert self.proc is not None
        self.proc.send_signal(sig)

    def wait_exit(self, timeout: float) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout)

    def log_text(self) -> str:
        return self.log_path.read_text("utf-8", "replace")

    def events(self, name: str | None = None) -> list[dict[str, Any]]:
        out = []
        for line in self.log_text().splitlines():
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if name is None or rec.get("event") == name:
                out.append(rec)
        return out

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        if getattr(self, "_log", None):
            self._log.close()


@pytest.fixture
def site() -> Iterator[NewsSite]:
    s = NewsSite().start()
    try:
        yield s
    finally:
        s.stop()


@pytest.fixture
def services(pg_url: str, tmp_path: Path) -> Iterator[Callable[..., ServiceProcess]]:
    """Factory: services(config_path) -> started ServiceProcess; all are stopped afterwards."""
    started: list[ServiceProcess] = []

    def make(config: Path, wait: bool = True, cwd: Path = ROOT) -> ServiceProcess:
        svc = ServiceProcess(pg_url, config, tmp_path / f"service-{len(started)}.log", cwd)
        started.append(svc)
        return svc.start(wait=wait)

    try:
        yield make
    finally:
        for svc in started:
            svc.stop()


@pytest.fixture
def sql(pg_url: str) -> Iterator[Callable[..., list[dict[str, Any]]]]:
    conn = psycopg.connect(pg_url, autocommit=True, row_factory=dict_row)

    def query(text: str, *params: Any) -> list[dict[str, Any]]:
        return conn.execute(text, params or None).fetchall()

    try:
        yield query
    finally:
        conn.close()


def runs(sql: Callable[..., list[dict[str, Any]]], source: str | None = None) -> list[dict[str, Any]]:
    try:
        return sql("SELECT * FROM crawl_runs WHERE (%s::text IS NULL OR source = %s) ORDER BY id", source, source)
    except psycopg.errors.UndefinedTable:
        return []


def assert_no_overlap(rows: list[dict[str, Any]]) -> None:
    """Runs that crawled (not skipped) never overlap in time, per source."""
    by_source: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        if r["status"] != "skipped":
            by_source.setdefault(r["source"], []).append(r)
    for source, items in by_source.items():
        items.sort(key=lambda r: r["started_at"])
        for a, b in zip(items, items[1:], strict=False):
            assert a["finished_at"] is not None, f"{source}: run {a['id']} never finished"
            assert a["finished_at"] <= b["started_at"], (
                f"{source}: run {a['id']} ({a['started_at']}..{a['finished_at']}) overlaps run {b['id']}"
                f" ({b['started_at']}..)")
