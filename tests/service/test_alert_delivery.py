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
            services(cfg)
            wait_until(lambda: [r for r in sql("SELECT status FROM crawl_runs") if r["status"] == "ok"], 40,
                       "the first scheduled crawl")
        relevant = sql("SELECT count(DISTINCT cluster_id) AS n FROM articles WHERE relevant")[0]["n"]
        assert relevant == 6  # the six anti-fraud reports; the traffic-police story is not relevant
        alerts = wait_until(lambda: (rows := sql("SELECT status FROM alerts")) and
                            all(r["status"] == "delivered" for r in rows) and rows, 60, "delivered alerts")
        assert len(alerts) == relevant and len(receiver.bodies) == relevant
        titles = {a["title"] for a in load_expected()["fzrb"]["articles"]}
        assert {b["title"] for b in receiver.bodies} <= titles
    finally:
        receiver.close()
