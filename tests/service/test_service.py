"""The real `newsmon serve` in a subprocess against a real PostgreSQL and a local site."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from tests.conftest import run_cli
from tests.service.conftest import assert_no_overlap, runs, wait_until, write_config


def finished(rows: list[dict], status: str = "ok", trigger: str | None = None) -> list[dict]:
    return [r for r in rows if r["status"] == status and (trigger is None or r["trigger"] == trigger)]


def test_scheduled_runs_are_recorded_and_served(services, site, sql, tmp_path: Path, pg_url: str) -> None:
    cfg = write_config(tmp_path / "s.toml", [{"name": "site", "start_urls": [site.base + "/"], "schedule": "2s"}])
    svc = services(cfg, cwd=tmp_path)  # not the checkout: crawls must still find the Scrapy settings
    wait_until(lambda: len(finished(runs(sql), "ok", "schedule")) >= 3, 30, "three scheduled runs")
    rows = runs(sql)
    assert_no_overlap(rows)
    oks = finished(rows, "ok", "schedule")
    assert oks[0]["articles_new"] == site.articles
    # on schedule: consecutive scheduled starts about 2 s apart (child start-up makes some later)
    gaps = [(b["started_at"] - a["started_at"]).total_seconds() for a, b in zip(oks, oks[1:], strict=False)]
    assert all(1.5 <= g <= 8 for g in gaps), gaps
    ends = svc.events("run_end")
    assert ends and {"source", "run_id", "status", "seconds", "articles_new"} <= set(ends[0])
    assert len(svc.events("run_start")) >= len(ends)

    health = svc.healthy()
    assert health["scheduler"]["leader"] and health["database"]["reachable"]
    assert svc.request("GET", "/runs", token=None).status_code == 401
    assert svc.request("GET", "/runs", token="wrong").status_code == 401
    listed = svc.request("GET", "/runs?limit=5").json()
    assert listed and listed[0]["source"] == "site"
    one = svc.request("GET", f"/runs/{oks[0]['id']}").json()
    assert one["status"] == "ok" and one["trigger"] == "schedule"
    assert svc.request("GET", "/runs/999999").status_code == 404
    sources = svc.request("GET", "/sources").json()
    assert sources[0]["name"] == "site" and sources[0]["next_run"] and sources[0]["consecutive_failures"] == 0
    page1 = svc.request("GET", "/articles?source=site&limit=4").json()
    assert len(page1["items"]) == 4 and page1["next_cursor"]
    page2 = svc.request("GET", f"/articles?source=site&limit=4&cursor={page1['next_cursor']}").json()
    ids = [a["id"] for a in page1["items"] + page2["items"]]
    assert len(ids) == len(set(ids)) == site.articles
    hit = svc.request("GET", "/articles?q=warning number 3").json()["items"]
    assert [a["title"] for a in hit] == ["Scam warning number 3"]
    art = svc.request("GET", f"/articles/{hit[0]['id']}").json()
    assert "telephone scams" in art["text"] and "raw_html" not in art
    assert svc.request("GET", "/docs").status_code == 200
    assert "/sources/{name}/crawl" in svc.request("GET", "/openapi.json").json()["paths"]

    out = run_cli("schedule", "--config", str(cfg), env={"NEWSMON_DATABASE_URL": pg_url}, check=True).stdout
    assert "site" in out and "a `newsmon serve` is scheduling" in out
    # a manual trigger handed to the running scheduler (NOTIFY): crawled, or skipped while a run is on
    run_cli("crawl", "site", "--queue", "--config", str(cfg), env={"NEWSMON_DATABASE_URL": pg_url}, check=True)
    wait_until(lambda: [r for r in runs(sql) if r["trigger"] == "manual" and r["status"] in ("ok", "skipped")], 20,
               "the queued manual run")
    assert_no_overlap(runs(sql))


def test_manual_triggers_never_overlap_a_scheduled_run(services, site, sql, tmp_path: Path, pg_url: str) -> None:
    site.delay = 0.6  # 6 articles one at a time: each crawl takes ~4 s
    cfg = write_config(tmp_path / "s.toml", [{"name": "site", "start_urls": [site.base + "/"], "schedule": "1h",
                                              "concurrency": 1}])
    svc = services(cfg)
    wait_until(lambda: [r for r in runs(sql) if r["status"] == "running"], 15, "the first scheduled run")
    busy = svc.request("POST", "/sources/site/crawl")
    assert busy.status_code == 409, busy.text
    assert svc.request("POST", "/sources/site/crawl", token=None).status_code == 401
    assert svc.request("POST", "/sources/nope/crawl").status_code == 404
    # a foreground crawl elsewhere: skipped while busy, or queued behind the lock with --wait
    env = {"NEWSMON_DATABASE_URL": pg_url}
    skipped = run_cli("crawl", "site", "--json", "--config", str(cfg), env=env)
    assert '"status": "skipped"' in skipped.stdout, skipped.stdout + skipped.stderr
    waited = run_cli("crawl", "site", "--json", "--wait", "--config", str(cfg), env=env, timeout=60)
    assert '"status": "ok"' in waited.stdout, waited.stdout + waited.stderr
    accepted = svc.request("POST", "/sources/site/crawl")
    assert accepted.status_code == 202, accepted.text
    run_id = accepted.json()["run_id"]
    row = wait_until(lambda: [r for r in runs(sql) if r["id"] == run_id and r["status"] != "running"], 30,
                     "the API run to finish")[0]
    assert row["status"] == "ok" and row["trigger"] == "api"
    rows = runs(sql)
    assert {r["trigger"] for r in rows} >= {"schedule", "manual", "api"}
    assert_no_overlap(rows)


def test_two_services_never_overlap_and_standby_takes_over(services, site, sql, tmp_path: Path) -> None:
    site.delay = 0.2
    cfg = write_config(tmp_path / "s.toml", [{"name": "site", "start_urls": [site.base + "/"], "schedule": "2s",
                                              "concurrency": 1}])
    a, b = services(cfg), services(cfg)
    wait_until(lambda: len(finished(runs(sql))) >= 3, 30, "three runs")
    leaders = [s for s in (a, b) if s.healthy()["scheduler"]["leader"]]
    assert len(leaders) == 1
    leader = leaders[0]
    standby = b if leader is a else a
    assert standby.healthy()["scheduler"]["alive"]
    leader.signal(signal.SIGKILL)
    leader.wait_exit(5)
    t0 = time.monotonic()
    wait_until(lambda: standby.healthy()["scheduler"]["leader"], 10, "the standby to take over", interval=0.1)
    takeover = time.monotonic() - t0
    print(f"standby took over {takeover:.2f}s after the leader was killed")
    assert takeover < 5, takeover
    n = len(finished(runs(sql)))
    wait_until(lambda: len(finished(runs(sql))) >= n + 2, 30, "runs by the new leader")
    assert_no_overlap(runs(sql))


def test_kill_9_mid_crawl_leaves_no_partial_rows_and_restart_marks_interrupted(services, site, sql,
                                                                               tmp_path: Path) -> None:
    site.delay = 1.0
    site.articles = 12
    cfg = write_config(tmp_path / "s.toml", [{"name": "site", "start_urls": [site.base + "/"], "schedule": "1h",
                                              "concurrency": 1}])
    svc = services(cfg)
    running = wait_until(lambda: [r for r in runs(sql) if r["status"] == "running"], 15, "a running crawl")
    wait_until(lambda: sql("SELECT count(*) AS n FROM articles")[0]["n"] >= 2, 20, "some stored articles")
    svc.signal(signal.SIGKILL)
    svc.wait_exit(5)
    # the crawl process dies with the service: its session ends, releasing the source lock
    wait_until(lambda: not sql("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = 7310"), 10,
               "the crawl process to die with the service")
    stored = sql("SELECT count(*) AS n FROM articles")[0]["n"]
    assert 2 <= stored < 12
    partial = sql("""SELECT a.id FROM articles a LEFT JOIN pages p ON p.article_id = a.id
                     WHERE p.url IS NULL OR a.text = '' OR a.content_hash = ''""")
    assert partial == []
    assert runs(sql)[0]["status"] == "running"  # nobody could close it
    site.delay = 0
    second = services(cfg)
    row = wait_until(lambda: [r for r in runs(sql) if r["id"] == running[0]["id"] and r["status"] == "interrupted"],
                     10, "the restart to mark the run interrupted")[0]
    assert row["finished_at"] is not None
    # interrupted scheduled runs do not count: the restart repeats that slot at once
    wait_until(lambda: finished(runs(sql), "ok", "schedule"), 20, "the repeated scheduled run")
    # a clean restart now does not double the hourly run: the next one follows the recorded one
    second.stop()
    before = len(runs(sql))
    third = services(cfg)
    wait_until(lambda: third.events("leader"), 10, "the restarted service to lead")
    time.sleep(2)
    assert len(runs(sql)) == before
    assert third.request("GET", "/sources").json()[0]["next_run"] > row["finished_at"].isoformat()


def test_sigterm_stops_within_grace_and_marks_run(services, site, sql, tmp_path: Path) -> None:
    site.delay = 1.0
    site.articles = 30
    cfg = write_config(tmp_path / "s.toml", [{"name": "site", "start_urls": [site.base + "/"], "schedule": "1h",
                                              "concurrency": 1}], service={"grace_seconds": 4})
    svc = services(cfg)
    wait_until(lambda: [r for r in runs(sql) if r["status"] == "running"], 15, "a running crawl")
    time.sleep(1)
    t0 = time.monotonic()
    svc.signal(signal.SIGTERM)
    assert svc.wait_exit(10) == 0
    took = time.monotonic() - t0
    assert took <= 4 + 1.5, took
    row = runs(sql)[0]
    assert row["status"] == "interrupted", row
    assert svc.events("service_stopped")


def test_time_limit_kills_crawl_and_marks_timeout(services, site, sql, tmp_path: Path) -> None:
    site.delay = 20  # each article hangs far beyond the limit
    cfg = write_config(tmp_path / "s.toml", [{"name": "site", "start_urls": [site.base + "/"], "schedule": "1h",
                                              "time_limit": 2}], service={"kill_margin": 1})
    svc = services(cfg)
    row = wait_until(lambda: [r for r in runs(sql) if r["status"] not in ("running",)], 20, "the run to end")[0]
    assert row["status"] == "timeout", row
    assert (row["finished_at"] - row["started_at"]).total_seconds() < 12
    health = svc.request("GET", "/sources").json()[0]
    assert health["consecutive_failures"] == 1 and health["last_error"]


def test_sighup_adds_and_removes_sources_and_failures_back_off(services, site, sql, tmp_path: Path,
                                                               pg_url: str) -> None:
    cfg = tmp_path / "s.toml"
    first = [{"name": "site", "start_urls": [site.base + "/"], "schedule": "1h"}]
    write_config(cfg, first, service={"failure_backoff": 2})
    svc = services(cfg)
    wait_until(lambda: finished(runs(sql, "site")), 20, "the first source's run")
    cfg.write_text(cfg.read_text() + "\nbogus = 1\n")  # a broken config is refused, the old one kept
    svc.signal(signal.SIGHUP)
    failed = wait_until(lambda: svc.events("reload_failed"), 10, "the refused reload")
    assert "unknown key 'bogus'" in failed[0]["error"] and svc.healthy()["scheduler"]["jobs"] == 1
    dead = f"http://127.0.0.1:{_closed_port()}/"
    write_config(cfg, [*first, {"name": "dead", "start_urls": [dead], "schedule": "2s"}], service={"failure_backoff": 2})
    svc.signal(signal.SIGHUP)
    wait_until(lambda: svc.events("reloaded"), 10, "the reload")
    assert svc.events("reloaded")[-1]["added"] == ["dead"]
    # the new source runs, fails twice in a row, then backs off (slots skipped, not recorded)
    wait_until(lambda: len(finished(runs(sql, "dead"), "failed")) >= 2, 30, "two failures of the new source")
    wait_until(lambda: [e for e in svc.events("skip") if e.get("reason") == "backoff"], 10, "a back-off skip")
    out = run_cli("sources", "--config", str(cfg), env={"NEWSMON_DATABASE_URL": pg_url}, check=True).stdout
    line = next(ln for ln in out.splitlines() if ln.startswith("dead "))
    assert " 2 " in line and "failure(s) in a row" in out  # fails column and the last error
    # removing it stops its runs
    write_config(cfg, first, service={"failure_backoff": 2})
    run_cli("schedule", "--reload", "--config", str(cfg), env={"NEWSMON_DATABASE_URL": pg_url}, check=True)
    wait_until(lambda: len(svc.events("reloaded")) >= 2, 10, "the second reload (via NOTIFY)")
    assert svc.events("reloaded")[-1]["removed"] == ["dead"]
    n = len(runs(sql, "dead"))
    time.sleep(3)
    assert len(runs(sql, "dead")) == n


def _closed_port() -> int:
    from tests.service.conftest import free_port

    return free_port()


def test_a_crashing_crawl_does_not_take_the_service_down(services, site, sql, tmp_path: Path) -> None:
    site.delay = 1.0
    cfg = write_config(tmp_path / "s.toml", [{"name": "site", "start_urls": [site.base + "/"], "schedule": "1h",
                                              "concurrency": 1}])
    svc = services(cfg)
    active = wait_until(lambda: [r for r in svc.healthy()["scheduler"]["running"] if r["pid"]], 15,
                        "a crawl process")[0]
    os.kill(active["pid"], signal.SIGKILL)  # the crawl "crashes"
    row = wait_until(lambda: [r for r in runs(sql) if r["status"] != "running"], 10, "the crash to be recorded")[0]
    assert row["status"] == "failed" and "signal 9" in row["error"]
    site.delay = 0
    accepted = svc.request("POST", "/sources/site/crawl")
    assert accepted.status_code == 202, accepted.text
    wait_until(lambda: [r for r in runs(sql) if r["id"] == accepted.json()["run_id"] and r["status"] == "ok"], 20,
               "a crawl after the crash")
    assert svc.healthy()["scheduler"]["alive"]
