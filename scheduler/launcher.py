"""Runs each crawl in a child process (`newsmon crawl NAME --json`) and watches it.

Why a child per crawl: a crash, a memory leak or a hung extraction stays in that process and
the ~1 s start-up is small next to a crawl. The service takes the source's advisory lock and
creates the run row *before* starting the child, so a trigger gets its run id (or a 409) at
once, a second service or a `newsmon crawl` elsewhere sees the source busy, and the lock dies
with the service. The thread that starts a child also waits for it and is the only one that
kills it: SIGTERM (Scrapy stops gracefully) past time_limit + kill_margin or at shutdown, then
SIGKILL after a short grace. Runs left open by a crash or kill are closed here with the reason.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from newsmon.config import Source
from pipelines.store import connect
from pipelines.store import runs as run_store
from pipelines.store import service as service_store

from .logs import event

TERM_GRACE = 5.0  # seconds between SIGTERM and SIGKILL when the time limit is passed
STDERR_TAIL = 8000


class Busy(Exception):
    """The source is being crawled (by this service, another one, or a `newsmon crawl`)."""


@dataclass
class ActiveRun:
    source: Source
    trigger: str
    run_id: int
    lock_conn: psycopg.Connection
    started: float = field(default_factory=time.monotonic)
    pid: int | None = None
    kill_reason: str | None = None  # "timeout" or "shutdown"


class Launcher:
    def __init__(self, db_url: str, config_path: Path, kill_margin: float) -> None:
        self.db_url = db_url
        self.config_path = config_path
        self.kill_margin = kill_margin
        self.active: dict[str, ActiveRun] = {}
        self._mutex = threading.RLock()  # re-entered from the signal handler (second SIGTERM)
        self._stop_at: float | None = None  # monotonic deadline set by shutdown()
        self._grace_window = TERM_GRACE  # seconds before _stop_at at which crawls get SIGTERM

    # -- starting -------------------------------------------------------------------------------
    def begin(self, source: Source, trigger: str) -> ActiveRun:
        """Take the source's lock and create its run; raises Busy when it is being crawled."""
        with self._mutex:
            if self._stop_at is not None:
                raise Busy("the service is shutting down")
            if source.name in self.active:
                raise Busy(f"source {source.name!r} is being crawled by this service")
            lock_conn = connect(self.db_url, autocommit=True, application="newsmon-serve-lock")
            try:
                if not run_store.try_source_lock(lock_conn, source.name):
                    raise Busy(f"source {source.name!r} is being crawled elsewhere")
                run_id = run_store.start_run(lock_conn, source.name, trigger)
            except BaseException:
                lock_conn.close()
                raise
            run = ActiveRun(source, trigger, run_id, lock_conn)
            self.active[source.name] = run
            return run

    def execute(self, run: ActiveRun) -> dict[str, Any]:
        """Start the child, wait for it (killing it when due), close the run; returns the run row.

        Must be called in the thread that will outlive the child: Linux sends the child SIGKILL
        when the thread that started it ends (PR_SET_PDEATHSIG).
        """
        event("run_start", source=run.source.name, run_id=run.run_id, trigger=run.trigger,
              time_limit=run.source.time_limit)
        try:
            try:
                code, stdout, stderr = self._run_child(run)
            except OSError as exc:  # the child could not even start (fork/exec failed): close its run
                code, stdout, stderr = 127, "", f"cannot start the crawl process: {exc}"
            row = self._close(run, code, stdout, stderr)
        finally:
            with self._mutex:
                self.active.pop(run.source.name, None)
            try:
                run_store.release_source_lock(run.lock_conn, run.source.name)
            except psycopg.Error:
                pass  # a dead session has released it already
            run.lock_conn.close()
        counters = {c: row.get(c) for c in run_store.COUNTERS}
        event("run_end", source=run.source.name, run_id=run.run_id, trigger=run.trigger, status=row["status"],
              seconds=round(time.monotonic() - run.started, 2), exit_code=code, error=row.get("error"), **counters)
        return row

    def command(self, run: ActiveRun) -> list[str]:
        return [sys.executable, "-m", "newsmon", "crawl", run.source.name, "--trigger", run.trigger, "--json",
                "--quiet", "--config", str(self.config_path), "--run-id", str(run.run_id), "--lock-held"]

    def _run_child(self, run: ActiveRun) -> tuple[int, str, str]:
        env = {**os.environ, "NEWSMON_DATABASE_URL": self.db_url, "NEWSMON_PARENT_PID": str(os.getpid())}
        # Scrapy finds the project settings through scrapy.cfg in the working directory or above;
        # a service started elsewhere (systemd WorkingDirectory) would crawl without our pipelines
        env.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
        env.pop("NEWSMON_CONFIG", None)
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            # own session: a Ctrl-C on the service's terminal must not reach the crawls directly
            proc = subprocess.Popen(self.command(run), stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                    env=env, start_new_session=True)
            run.pid = proc.pid
            limit_at = run.started + run.source.time_limit + self.kill_margin
            termed_at: float | None = None
            while True:
                try:
                    code = proc.wait(timeout=0.2)
                    break
                except subprocess.TimeoutExpired:
                    pass
                now = time.monotonic()
                stop_at = self._stop_at
                if run.kill_reason is None and now >= limit_at:
                    run.kill_reason = "timeout"
                elif run.kill_reason is None and stop_at is not None and now >= stop_at - self._grace_window:
                    run.kill_reason = "shutdown"
                if run.kill_reason and termed_at is None:
                    event("run_kill", source=run.source.name, run_id=run.run_id, signal="SIGTERM",
                          reason=run.kill_reason)
                    proc.send_signal(signal.SIGTERM)
                    termed_at = now
                kill_at = None
                if termed_at is not None:
                    kill_at = termed_at + TERM_GRACE
                    if stop_at is not None:
                        kill_at = min(kill_at, stop_at - 0.3)
                if kill_at is not None and now >= kill_at:
                    event("run_kill", source=run.source.name, run_id=run.run_id, signal="SIGKILL",
                          reason=run.kill_reason)
                    proc.kill()
                    code = proc.wait()
                    break
            out.seek(0)
            err.seek(0)
            return code, out.read().decode("utf-8", "replace"), err.read()[-STDERR_TAIL:].decode("utf-8", "replace")

    def _close(self, run: ActiveRun, code: int, stdout: str, stderr: str) -> dict[str, Any]:
        conn = run.lock_conn
        if run.kill_reason == "timeout":
            # the child may have recorded `interrupted` on SIGTERM: the cause is the time limit
            service_store.finish_if_running(
                conn, run.run_id, "timeout", f"killed after time limit {run.source.time_limit:g}s"
                f" + margin {self.kill_margin:g}s", stderr or None, statuses=("running", "interrupted"))
        elif run.kill_reason == "shutdown":
            service_store.finish_if_running(conn, run.run_id, "interrupted", "stopped by service shutdown",
                                            stderr or None)
        elif code != 0:
            how = f"signal {-code}" if code < 0 else f"exit code {code}"
            service_store.finish_if_running(conn, run.run_id, "failed", f"crawl process ended with {how}",
                                            stderr or _last_json(stdout).get("error"))
        else:
            service_store.finish_if_running(conn, run.run_id, "failed", "crawl process ended without closing its run",
                                            stderr or None)
        return run_store.get_run(conn, run.run_id) or {"status": "unknown"}

    # -- stopping -------------------------------------------------------------------------------
    def shutdown(self, grace: float) -> None:
        """No new crawls; running ones get until now + grace, the last seconds for SIGTERM/SIGKILL."""
        with self._mutex:
            self._grace_window = min(TERM_GRACE, max(grace / 2, 0.5))
            self._stop_at = time.monotonic() + grace

    def running(self) -> list[dict[str, Any]]:
        with self._mutex:
            return [{"source": r.source.name, "run_id": r.run_id, "trigger": r.trigger, "pid": r.pid,
                     "seconds": round(time.monotonic() - r.started, 1)} for r in self.active.values()]


def _last_json(stdout: str) -> dict[str, Any]:
    for line in reversed(stdout.strip().splitlines()):
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    return {}
