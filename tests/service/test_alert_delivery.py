"""The running service delivers webhook alerts for new relevant stories by itself."""

from __future__ import annotations

from pathlib import Path

from tests.monitor.test_alerts import Receiver
from tests.newsweb import NewsWeb, load_expected
from tests.service.conftest import wait_until


def test_service_posts_one_alert_per_relevant_story(services, sql, tmp_path: Path) -> None:
    receiver = Receiver(failures=1)  # the first POST fails: retried by a later pass
    try:
        with NewsWeb() as web:
            cfg = tmp_path / "s.toml"
            cfg.write_text(
                f'[[sources]]\nname = "fzrb"\nstart_urls = ["{web.base("fzrb")}/"]\ndownload_delay = 0\n'
                'schedule = "1h"\n\n'
                f'[[webhooks]]\nname = "ops"\nurl = "{receiver.url}"\n\n'
                '[service]\nalert_interval = "1s"\nalert_backoff = "1s"\n', encoding="utf-8")
            svc = services(cfg)
            wait_until(lambda: [r for r in sql("SELECT status FROM crawl_runs") if r["status"] == "ok"], 40,
                       "the first scheduled crawl")
        relevant = sql("SELECT count(DISTINCT cluster_id) AS n FROM articles WHERE relevant")[0]["n"]
        assert relevant == 6  # the six anti-fraud reports; the traffic-police story is not relevant
        alerts = wait_until(lambda: (rows := sql("SELECT status FROM alerts")) and
                            all(r["status"] == "delivered" for r in rows) and rows, 60, "delivered alerts")
        assert len(alerts) == relevant and len(receiver.bodies) == relevant
        titles = {a["title"] for a in load_expected()["fzrb"]["articles"]}
        assert {b["title"] for b in receiver.bodies} <= titles
        # GET /articles?q= is the indexed full-text search: a traditional query finds the simplified story
        fzrb = load_expected()["fzrb"]["articles"]
        want = {a["title"] for a in fzrb if "断卡" in a["title"] + a["text"]}
        first = svc.request("GET", "/articles?q=斷卡&limit=1").json()
        rest = svc.request("GET", f"/articles?q=斷卡&limit=50&cursor={first['next_cursor']}").json()
        got = [a["title"] for a in first["items"] + rest["items"]]
        assert len(got) == len(set(got)) and set(got) == want and len(want) >= 2
        assert "断卡" in first["items"][0]["snippet"].replace("【", "").replace("】", "")
        assert svc.request("GET", "/articles?q=断卡&cursor=bogus").status_code == 400
    finally:
        receiver.close()
