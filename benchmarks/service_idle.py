"""Service footprint: idle CPU/memory with 100 configured sources, and memory run over run.

Run: ``.venv/bin/python -m benchmarks.service_idle [--seconds 30] [--runs 15]``
(needs a PostgreSQL server: NEWSMON_TEST_SERVER, default postgresql://postgres@127.0.0.1:5432/postgres;
a scratch database is created and dropped).

1. idle: `newsmon serve` with 100 enabled sources, each with a recorded scheduled run a minute ago
   and a "1d" schedule, so nothing is due: CPU % and RSS of the service process over --seconds.
2. runs: one source on a 2 s schedule against a local site: the service's RSS after each finished
   run (crawls run in child processes, so the service itself should stay flat).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.service.site import NewsSite  # noqa: E402

SERVER = os.environ.get("NEWSMON_TEST_SERVER", "postgresql://postgres@127.0.0.1:5432/postgres")
CLK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK


def rss_mb(pid: int) -> float:
    return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE / 2**20


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(cfg: Path, db_url: str, log: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    env = {**os.environ, "NEWSMON_DATABASE_URL": db_url}
    proc = subprocess.Popen([sys.executable, "-m", "newsmon", "serve", "--config", str(cfg), "--port", str(port)],
                            cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return proc, port
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"service did not start:\n{log.read_text()[-2000:]}")


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()


def idle(db_url: str, tmp: Path, seconds: float) -> list[dict[str, object]]:
    from newsmon.config import load_config
    from pipelines.store import open_db
    from pipelines.store import runs as run_store
    from pipelines.store import sources as source_store

    lines = ['[defaults]', 'schedule = "1d"']
    for i in range(100):
        lines += ["[[sources]]", f'name = "src{i:03d}"', f'start_urls = ["http://127.0.0.1:9/{i}/"]']
    cfg = tmp / "idle.toml"
    cfg.write_text("\n".join(lines))
    with open_db(db_url) as conn:
        source_store.sync_sources(conn, load_config(cfg).sources)
        for i in range(100):
            run_store.record_skipped(conn, f"src{i:03d}", "schedule", "benchmark: nothing due")
    proc, port = start(cfg, db_url, tmp / "idle.log")
    time.sleep(3)  # settle after start-up
    c0, t0, r0 = cpu_seconds(proc.pid), time.monotonic(), rss_mb(proc.pid)
    peak = r0
    while time.monotonic() - t0 < seconds:
        time.sleep(1)
        peak = max(peak, rss_mb(proc.pid))
    cpu = (cpu_seconds(proc.pid) - c0) / (time.monotonic() - t0) * 100
    t = time.monotonic()
    httpx.get(f"http://127.0.0.1:{port}/health", timeout=5)
    health_ms = (time.monotonic() - t) * 1000
    stop(proc)
    return [{"measure": "idle, 100 sources", "cpu %": f"{cpu:.2f}", "rss MB start": f"{r0:.1f}",
             "rss MB peak": f"{peak:.1f}", "/health ms": f"{health_ms:.1f}", "seconds": f"{seconds:g}"}]


def run_over_run(db_url: str, tmp: Path, runs: int) -> list[dict[str, object]]:
    site = NewsSite(articles=10).start()
    cfg = tmp / "runs.toml"
    cfg.write_text(f'[defaults]\ndownload_delay = 0\n[[sources]]\nname = "site"\nstart_urls = ["{site.base}/"]\n'
                   'schedule = "2s"\n')
    log = tmp / "runs.log"
    proc, _ = start(cfg, db_url, log)
    rows: list[dict[str, object]] = []
    seen = 0
    deadline = time.monotonic() + runs * 10 + 30
    while len(rows) < runs and time.monotonic() < deadline:
        ends = [json.loads(ln) for ln in log.read_text().splitlines() if '"run_end"' in ln]
        for end in ends[seen:]:
            rows.append({"run": len(rows) + 1, "status": end["status"], "crawl s": end["seconds"],
                         "service rss MB": f"{rss_mb(proc.pid):.1f}"})
        seen = len(ends)
        time.sleep(0.2)
    stop(proc)
    site.stop()
    return rows[:runs]


def table(rows: list[dict[str, object]]) -> None:
    if not rows:
        print("(no rows)")
        return
    cols = list(rows[0])
    widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in cols]
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(str(r[c]).ljust(w) for c, w in zip(cols, widths, strict=True)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    name = f"newsmon_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(SERVER, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    db_url = SERVER.rsplit("/", 1)[0] + "/" + name
    try:
        with tempfile.TemporaryDirectory() as d:
            table(idle(db_url, Path(d), args.seconds))
            print()
            table(run_over_run(db_url, Path(d), args.runs))
    finally:
        with psycopg.connect(SERVER, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    sys.exit(main())
