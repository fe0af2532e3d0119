"""`newsmon serve`: the scheduler, the crawl launcher and the HTTP API in one process.

Threads: the main thread handles signals and ticks twice a second (heartbeat, leader election,
reload requests); APScheduler's pool runs scheduled crawls (one thread waits on each child
process, at most `max_parallel`); uvicorn serves the API; a listener thread receives NOTIFY
messages. Only the leader (holder of a session advisory lock) schedules; a standby serves the
API and takes over within a second when the leader's session dies.

APScheduler job options, chosen deliberately:
* max_instances=1 — a source whose crawl still runs when its next slot comes skips that slot
  (logged as `skip reason=still_running`); across processes the per-source advisory lock does
  the same (the loser records a `skipped` run).
* coalesce=True — slots missed while the pool was full (or the clock jumped) collapse into one run.
* misfire_grace_time=None — a late run still runs, however late: for news monitoring a late crawl
  is better than a silently dropped one. Missed runs while the service was down are handled by
  rebuilding the schedule from the recorded runs (see scheduler.schedules).
Jobs live in APScheduler's memory store only; PostgreSQL's crawl_runs is the durable record.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MAX_INSTANCES, JobExecutionEvent
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from psycopg_pool import ConnectionPool

from newsmon.config import Config, ConfigError, Source, load_config
from pipelines.store import connect, database_url, open_db
from pipelines.store import monitor as monitor_store
from pipelines.store import runs as run_store
from pipelines.store import service as service_store
from pipelines.store import sources as source_store
from pipelines.store.db import connection_pool

from . import schedules
from .launcher import ActiveRun, Busy, Launcher
from .logs import event

TICK_SECONDS = 0.5
JOB_DEFAULTS = {"coalesce": True, "max_instances": 1, "misfire_grace_time": None}
ALERTS_JOB = "__alerts__"  # not a source: delivers pending webhook alerts (leader only)
# [service] keys read once at start; the others (open_read, api_token_env, back-off, jitter) apply on reload
RESTART_KEYS = ("host", "port", "timezone", "max_parallel", "kill_margin")


class Service:
    def __init__(self, config_path: Path, *, host: str | None = None, port: int | None = None,
                 db_url: str | None = None) -> None:
        self.config: Config = load_config(config_path)
        self.config_path = self.config.path.resolve()
        settings = schedules.service_settings(self.config)
        self.host = host or settings["host"]
        self.port = port or settings["port"]
        self.db_url = database_url(db_url)
        self.launcher = Launcher(self.db_url, self.config_path, float(settings["kill_margin"]))
        self.scheduler: BackgroundScheduler | None = None
        self.leader_conn: psycopg.Connection | None = None
        self.pool: ConnectionPool | None = None
        self.stopping = threading.Event()
        self.reload_requested = threading.Event()
        self.last_tick: datetime | None = None
        self.started_at = datetime.now(UTC)
        self._schedule_keys: dict[str, tuple[Any, ...]] = {}
        self._threads: list[threading.Thread] = []
        self._lock = threading.RLock()
        self._candidate: psycopg.Connection | None = None  # session that tries the leader lock
        self._standby_logged = False
        self._ticks = 0

    # -- life cycle -----------------------------------------------------------------------------
    def run(self) -> int:
        with open_db(self.db_url) as conn:  # migrations, then the config's sources
            source_store.sync_sources(conn, self.config.sources)
        self.pool = connection_pool(self.db_url, name="newsmon-api")
        self._install_signals()
        server = self._start_api()
        if server is None:
            self.pool.close()
            return 1
        threading.Thread(target=self._listen, name="notify-listener", daemon=True).start()
        event("service_start", host=self.host, port=self.port, config=str(self.config_path),
              sources=len(self.config.enabled_sources))
        token_env = schedules.service_settings(self.config)["api_token_env"]
        if not os.environ.get(token_env):
            event("api_token_missing", level=logging.WARNING,
                  detail=f"${token_env} is unset: POST /sources/{{name}}/crawl is disabled")
        try:
            while not self.stopping.is_set():
                self.last_tick = datetime.now(UTC)
                self._ticks += 1
                if self.leader_conn is None:
                    self._try_become_leader()
                elif self._ticks % 4 == 0:
                    self._check_leader()
                if self.reload_requested.is_set():
                    self.reload_requested.clear()
                    self.reload()
                if not server_thread_alive(server):
                    event("api_stopped", level=logging.ERROR)
                    break
                self.stopping.wait(TICK_SECONDS)
        finally:
            self._shutdown(server)
        return 0

    def _install_signals(self) -> None:
        def stop(signum: int, _frame: Any) -> None:
            if self.stopping.is_set():  # second signal: stop the crawls now
                self.launcher.shutdown(0.5)
                return
            event("signal", signal=signal.Signals(signum).name, action="shutdown")
            self.stopping.set()

        def hup(_signum: int, _frame: Any) -> None:
            self.reload_requested.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGHUP, hup)

    def _start_api(self) -> Any:
        import uvicorn

        from .api import create_app

        server = uvicorn.Server(uvicorn.Config(create_app(self), host=self.host, port=self.port, log_config=None,
                                               access_log=False, lifespan="off"))
        thread = threading.Thread(target=server.run, name="api", daemon=True)
        thread.start()
        server._newsmon_thread = thread  # type: ignore[attr-defined]
        deadline = time.monotonic() + 15
        while not server.started and thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.05)
        if not server.started:
            event("api_failed", level=logging.ERROR, host=self.host, port=self.port,
                  error="could not listen (port in use?)")
            return None
        return server

    def _shutdown(self, server: Any) -> None:
        grace = float(schedules.service_settings(self.config)["grace_seconds"])
        running = self.launcher.running()
        event("service_stopping", grace_seconds=grace, running=[r["source"] for r in running])
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)  # no new runs; running job threads keep waiting on children
        self.launcher.shutdown(grace)
        deadline = time.monotonic() + grace + 2
        while self.launcher.running() and time.monotonic() < deadline:
            time.sleep(0.1)
        for thread in list(self._threads):
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
        server.should_exit = True
        server._newsmon_thread.join(timeout=3)
        for conn in (self.leader_conn, self._candidate):
            if conn is not None:
                conn.close()  # releases the leader lock for a standby
        if self.pool is not None:
            self.pool.close()
        event("service_stopped")

    # -- leadership -----------------------------------------------------------------------------
    def _try_become_leader(self) -> None:
        try:
            if self._candidate is None or self._candidate.closed:
                self._candidate = connect(self.db_url, autocommit=True, application="newsmon-serve-leader")
            got = service_store.try_leader_lock(self._candidate)
        except Exception as exc:  # database down: keep serving, try again next tick
            if self._candidate is not None:
                self._candidate.close()
            self._candidate = None
            event("database_unreachable", level=logging.WARNING, error=str(exc))
            return
        if not got:
            if not self._standby_logged:
                event("standby", reason="another service schedules against this database")
                self._standby_logged = True
            return
        conn, self._candidate = self._candidate, None
        self.leader_conn = conn
        interrupted = run_store.mark_interrupted(conn)
        for run_id in interrupted:
            event("run_interrupted", run_id=run_id, reason="its process ended before the run finished")
        self._start_scheduler()
        event("leader", jobs=len(self._schedule_keys), interrupted=interrupted)

    def _check_leader(self) -> None:
        """Losing the leader session (database restart) means another service may schedule: stop ours."""
        try:
            service_store.ping(self.leader_conn)
        except psycopg.Error as exc:
            event("leader_lost", level=logging.WARNING, error=str(exc))
            if self.scheduler is not None:
                self.scheduler.shutdown(wait=False)
                self.scheduler = None
            self._schedule_keys.clear()
            try:
                self.leader_conn.close()
            finally:
                self.leader_conn = None

    @property
    def is_leader(self) -> bool:
        return self.leader_conn is not None and self.scheduler is not None

    # -- scheduling -----------------------------------------------------------------------------
    def _start_scheduler(self) -> None:
        settings = schedules.service_settings(self.config)
        scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(int(settings["max_parallel"])),
                       "alerts": ThreadPoolExecutor(1)},  # a slow webhook never holds a crawl slot
            job_defaults=JOB_DEFAULTS, timezone=settings["timezone"])
        scheduler.add_listener(self._job_event, EVENT_JOB_MAX_INSTANCES | EVENT_JOB_ERROR)
        scheduler.start()
        self.scheduler = scheduler
        self._sync_jobs()

    def _deliver_alerts(self) -> None:
        """Webhook POSTs for new relevant stories, outside the crawls; pending rows survive restarts."""
        if self.stopping.is_set():
            return
        with self.pool.connection() as conn:
            backoff = float(schedules.service_settings(self.config)["alert_backoff"])
            counts = monitor_store.deliver_pending(conn, backoff=backoff)
        if any(counts.values()):
            event("alerts", **counts)

    def _sync_jobs(self) -> None:
        """Make the scheduler's jobs match the config: add, rebuild changed, remove gone sources."""
        assert self.scheduler is not None
        has_alerts_job = self.scheduler.get_job(ALERTS_JOB) is not None
        if self.config.webhooks and not has_alerts_job:
            interval = float(schedules.service_settings(self.config)["alert_interval"]) or 15.0
            self.scheduler.add_job(self._deliver_alerts, "interval", seconds=interval, id=ALERTS_JOB,
                                   name=ALERTS_JOB, executor="alerts", next_run_time=datetime.now(UTC))
        elif not self.config.webhooks and has_alerts_job:
            self.scheduler.remove_job(ALERTS_JOB)
        with self.pool.connection() as conn:
            state = service_store.schedule_state(conn)
        now = datetime.now(UTC)
        wanted = {s.name: s for s in self.config.enabled_sources}
        for name in list(self._schedule_keys):
            if name not in wanted or self._schedule_keys[name] != schedules.schedule_key(wanted[name]):
                self.scheduler.remove_job(name)
                del self._schedule_keys[name]
                event("job_removed", source=name)
        for name, source in wanted.items():
            if name in self._schedule_keys:
                continue
            last = state.get(name, {}).get("last_scheduled_at")
            plan = schedules.plan(source, self.config, last, now)
            self.scheduler.add_job(self._scheduled_run, plan.trigger, args=[name], id=name, name=name,
                                   next_run_time=plan.first_run)
            self._schedule_keys[name] = schedules.schedule_key(source)
            event("job_added", source=name, schedule=source.schedule, first_run=plan.first_run,
                  last_scheduled_at=last)

    def _job_event(self, ev: JobExecutionEvent) -> None:
        if ev.code == EVENT_JOB_MAX_INSTANCES:
            event("skip", source=ev.job_id, reason="still_running", trigger="schedule")
        elif ev.exception is not None:
            event("job_error", level=logging.ERROR, source=ev.job_id, error=repr(ev.exception))

    def _scheduled_run(self, name: str) -> None:
        """A job: launch the source's crawl unless it backs off, and wait for it (in the pool thread)."""
        source = self._source(name)
        if source is None or self.stopping.is_set():
            return
        with self.pool.connection() as conn:
            st = service_store.schedule_state(conn).get(name, {})
        interval = schedules.plan(source, self.config, None, datetime.now(UTC)).interval
        until = schedules.backoff_until(st.get("consecutive_failures") or 0, st.get("last_failure_at"), interval,
                                        self.config)
        if until is not None and until > datetime.now(UTC):
            event("skip", source=name, reason="backoff", failures=st.get("consecutive_failures"), until=until)
            return
        try:
            run = self.launcher.begin(source, "schedule")
        except Busy as exc:
            with self.pool.connection() as conn:
                run_id = run_store.record_skipped(conn, name, "schedule", str(exc))
            event("skip", source=name, reason="busy", run_id=run_id, detail=str(exc))
            return
        self._execute(run)

    def _execute(self, run: ActiveRun) -> None:
        thread = threading.current_thread()
        with self._lock:
            self._threads.append(thread)
        try:
            self.launcher.execute(run)
        except Exception as exc:  # never let one crawl take a pool thread (or the service) down
            event("run_error", level=logging.ERROR, source=run.source.name, run_id=run.run_id, error=repr(exc))
        finally:
            with self._lock:
                self._threads.remove(thread)

    def trigger(self, name: str, trigger: str) -> int:
        """Start a crawl now (API, NOTIFY): returns its run id; raises KeyError (unknown) or Busy."""
        source = self._source(name)
        if source is None:
            raise KeyError(name)
        if self.stopping.is_set():
            raise Busy("the service is shutting down")
        run = self.launcher.begin(source, trigger)
        # the thread that starts the child must outlive it (PDEATHSIG), so start and wait there
        thread = threading.Thread(target=self._execute, args=(run,), name=f"crawl-{name}", daemon=True)
        thread.start()
        return run.run_id

    def _source(self, name: str) -> Source | None:
        for s in self.config.sources:
            if s.name == name:
                return s
        return None

    # -- reload and notifications --------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the config; sources added, removed or rescheduled take effect now."""
        try:
            config = load_config(self.config_path)
        except ConfigError as exc:
            event("reload_failed", level=logging.ERROR, error=str(exc))
            return
        old = {s.name for s in self.config.sources}
        new = {s.name for s in config.sources}
        changed = sorted(k for k in RESTART_KEYS
                         if schedules.service_settings(config)[k] != schedules.service_settings(self.config)[k])
        if changed:
            event("reload_note", level=logging.WARNING, restart_needed_for=changed)
        with self.pool.connection() as conn:
            source_store.sync_sources(conn, config.sources)
        with self._lock:
            self.config = config
            if self.scheduler is not None:
                self._sync_jobs()
        event("reloaded", added=sorted(new - old), removed=sorted(old - new), sources=len(config.enabled_sources))

    def _listen(self) -> None:
        """NOTIFY listener: `newsmon crawl --queue` and reload requests reach the leader."""
        while not self.stopping.is_set():
            try:
                with connect(self.db_url, autocommit=True, application="newsmon-serve-listen") as conn:
                    service_store.listen(conn)
                    while not self.stopping.is_set():
                        for note in conn.notifies(timeout=1.0):
                            self._on_message(note.payload)
            except psycopg.Error as exc:
                event("listener_error", level=logging.WARNING, error=str(exc))
                self.stopping.wait(2)

    def _on_message(self, payload: str) -> None:
        try:
            msg = json.loads(payload)
        except ValueError:
            return
        if msg.get("action") == "reload":
            self.reload_requested.set()
        elif msg.get("action") == "crawl" and self.is_leader:
            name, trigger = msg.get("source"), msg.get("trigger", "manual")
            try:
                run_id = self.trigger(str(name), trigger if trigger in ("manual", "api", "schedule") else "manual")
                event("queued_run", source=name, run_id=run_id)
            except KeyError:
                event("queued_run_unknown", level=logging.WARNING, source=name)
            except Busy as exc:
                with self.pool.connection() as conn:
                    run_id = run_store.record_skipped(conn, str(name), "manual", str(exc))
                event("skip", source=name, reason="busy", run_id=run_id, trigger="manual")

    # -- views for the API ----------------------------------------------------------------------
    def next_run_times(self) -> dict[str, datetime | None]:
        if self.scheduler is None:
            return {}
        return {job.id: job.next_run_time for job in self.scheduler.get_jobs() if job.id != ALERTS_JOB}

    def status(self) -> dict[str, Any]:
        tick_age = (datetime.now(UTC) - self.last_tick).total_seconds() if self.last_tick else None
        return {"alive": tick_age is not None and tick_age < 5 and not self.stopping.is_set(),
                "leader": self.is_leader, "last_tick": self.last_tick, "started_at": self.started_at,
                "jobs": len(self._schedule_keys), "running": self.launcher.running(),
                "stopping": self.stopping.is_set()}


def server_thread_alive(server: Any) -> bool:
    return server._newsmon_thread.is_alive()
