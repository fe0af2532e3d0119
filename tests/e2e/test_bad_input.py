"""Hostile responses: huge, binary, broken and failing pages never stop a crawl or store junk."""

from __future__ import annotations

import subprocess
import sys

import psycopg
from psycopg.rows import dict_row

from tests.conftest import ROOT, run_cli
from tests.newsweb import NewsWeb


def test_huge_binary_broken_and_5xx_pages(pg_url, tmp_path):
    with NewsWeb() as web:
        fz, mirror = web.base("fzrb"), web.base("mirror")
        web.set_status("fzrb", "/fzzl/", 503)  # always 503: retried, then recorded as an error
        cfg = tmp_path / "s.toml"
        cfg.write_text(
            "[[sources]]\nname = \"junk\"\nmax_depth = 0\ndownload_delay = 0\n"
            f'start_urls = ["{fz}/big.html", "{fz}/big-chunked.html", "{fz}/files/report.pdf", '
            f'"{fz}/fzzl/", "{mirror}/html/2021/0916/broken.html"]\ndeny = ["/content/"]\n', encoding="utf-8")
        proc = run_cli("crawl", "junk", "--config", str(cfg), "--json", env={"NEWSMON_DATABASE_URL": pg_url})
        requests = web.records("fzrb")
    assert proc.returncode == 0, proc.stderr
    with psycopg.connect(pg_url, row_factory=dict_row) as conn:
        run = conn.execute("SELECT * FROM crawl_runs").fetchone()
        articles = conn.execute("SELECT url FROM articles").fetchall()
        pages = {r["url"]: r for r in conn.execute("SELECT url, kind, status FROM pages")}
    assert run["status"] == "ok"
    assert articles == []
    assert run["errors_by_kind"].get("http_503") == 1
    assert len([r for r in requests if r["path"] == "/fzzl/"]) == 3  # first try + RETRY_TIMES = 2
    assert "/big.html" in {r["path"] for r in requests}
    assert f"{fz}/big.html" not in pages  # cancelled above DOWNLOAD_MAXSIZE
    assert pages[f"{fz}/files/report.pdf"]["kind"] == "skipped"
    assert pages[f"{mirror}/html/2021/0916/broken.html"]["kind"] == "list"


def test_scrapy_cfg_lets_scrapy_list_the_spider():
    proc = subprocess.run([sys.executable, "-m", "scrapy", "list"], capture_output=True, text=True, cwd=ROOT,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["news"]


def test_unreachable_site_fails_the_run_and_the_exit_code(pg_url, tmp_path):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cfg = tmp_path / "s.toml"
    cfg.write_text(f'[[sources]]\nname = "down"\nstart_urls = ["http://127.0.0.1:{port}/"]\ndownload_delay = 0\n',
                   encoding="utf-8")
    proc = run_cli("crawl", "down", "--config", str(cfg), env={"NEWSMON_DATABASE_URL": pg_url})
    assert proc.returncode == 1
    assert "down: no page could be fetched: DownloadConnectionRefusedError×1" in proc.stderr
    with psycopg.connect(pg_url, row_factory=dict_row) as conn:
        run = conn.execute("SELECT status, errors, errors_by_kind FROM crawl_runs").fetchone()
        source = conn.execute("SELECT consecutive_failures, last_error FROM sources").fetchone()
    assert run["status"] == "failed" and run["errors"] == 1  # the home page; robots.txt is Scrapy's own
    assert run["errors_by_kind"] == {"DownloadConnectionRefusedError": 1}
    assert source["consecutive_failures"] == 1 and source["last_error"].startswith("no page could be fetched")


def test_plain_scrapy_crawl_from_the_root_stores_articles(pg_url, tmp_path):
    """Scrapy users' way in: `scrapy crawl news -a source=NAME -a config=PATH` (migrates by itself)."""
    import os

    from tests.newsweb import load_expected

    with NewsWeb() as web:
        cfg = tmp_path / "s.toml"
        cfg.write_text(f'[[sources]]\nname = "fz"\nstart_urls = ["{web.base("fzrb")}/"]\ndownload_delay = 0\n',
                       encoding="utf-8")
        proc = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "news", "-a", "source=fz", "-a",
                               f"config={cfg}", "-s", "LOG_LEVEL=ERROR"], capture_output=True, text=True, cwd=ROOT,
                              timeout=120, env={**os.environ, "NEWSMON_DATABASE_URL": pg_url})
    assert proc.returncode == 0, proc.stderr
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(load_expected()["fzrb"]["articles"])
