"""The embedded default database: no NEWSMON_DATABASE_URL, a server under NEWSMON_HOME."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.newsweb import NewsWeb, load_expected


def postgres_processes_for(data_dir: Path) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if "postgres" in cmdline and str(data_dir) in cmdline:
            pids.append(int(entry.name))
    return pids


@pytest.fixture
def home(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "NEWSMON_DATABASE_URL"}
    env["NEWSMON_HOME"] = str(tmp_path / "home")
    yield env, tmp_path / "home" / "pgdata"
    run_cli("db", "stop", env=env)


def test_crawl_into_embedded_database_then_stop_leaves_no_process(home, tmp_path):
    env, data_dir = home
    expected = load_expected()["fzrb"]
    with NewsWeb() as web:
        cfg = tmp_path / "sources.toml"
        cfg.write_text(f'[[sources]]\nname = "fzrb"\nstart_urls = ["{web.base("fzrb")}/"]\ndownload_delay = 0\n',
                       encoding="utf-8")
        status = run_cli("db", "status", env=env)
        assert status.stdout.strip() == f"database: embedded PostgreSQL in {data_dir}: not created yet"
        crawl = run_cli("crawl", "fzrb", "--config", str(cfg), env=env, cwd=tmp_path)  # no scrapy.cfg here
        assert crawl.returncode == 0, crawl.stderr
    status = run_cli("db", "status", env=env)
    assert status.returncode == 0
    assert status.stdout.splitlines()[0].startswith(f"database: embedded PostgreSQL in {data_dir}: running (pid ")
    assert status.stdout.splitlines()[1].startswith("schema: version ")
    assert status.stdout.splitlines()[1].endswith(", up to date")
    listing = run_cli("articles", "list", "--json", "--limit", "100", env=env)  # reuses the running server
    assert listing.returncode == 0
    assert len(listing.stdout.splitlines()) == len(expected["articles"])
    assert postgres_processes_for(data_dir)

    stop = run_cli("db", "stop", env=env)
    assert stop.stdout.strip() == f"stopped the embedded PostgreSQL in {data_dir}"
    assert postgres_processes_for(data_dir) == []
    again = run_cli("db", "stop", env=env)
    assert again.stdout.strip() == f"the embedded PostgreSQL in {data_dir} is not running"
    # data survives a stop: the next command starts the server again and finds the articles
    listing = run_cli("articles", "list", "--json", "--limit", "100", env=env)
    assert len(listing.stdout.splitlines()) == len(expected["articles"])


def test_database_down_gives_a_clear_message():
    env = {"NEWSMON_DATABASE_URL": "postgresql://postgres@127.0.0.1:1/newsmon"}
    proc = run_cli("articles", "list", env=env)
    assert proc.returncode == 3
    assert proc.stderr.startswith(
        "newsmon: database error: cannot connect to the database at postgresql://postgres@127.0.0.1:1/newsmon: ")
    assert "Traceback" not in proc.stderr


def test_demo_crawls_the_bundled_web_into_the_embedded_database(home):
    env, data_dir = home
    first = run_cli("demo", env=env)
    assert first.returncode == 0, first.stderr
    expected = load_expected()
    rows = [line.split() for line in first.stdout.splitlines() if line.startswith("demo-")]
    assert [(r[0], r[1], int(r[4])) for r in rows] == [
        (f"demo-{s}", "ok", len(expected[s]["articles"])) for s in ("fzrb", "mirror", "tw165", "alerts")]
    assert "Next:" in first.stdout
    second = run_cli("demo", env=env)  # same ports, same URLs: nothing new, everything answered 304
    rows = [line.split() for line in second.stdout.splitlines() if line.startswith("demo-")]
    assert [(r[1], int(r[4]), int(r[5])) for r in rows] == [("ok", 0, 0)] * 4
    assert all(int(r[3]) > 0 for r in rows)
