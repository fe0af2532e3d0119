"""The crawl path: extract → normalise → classify → store writes tags, search vector and pending
alerts in the article's transaction; config validation of [profiles] and [[webhooks]]; CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crawler.items import PageItem
from newsmon.config import ConfigError, load_config
from pipelines.classify import ClassifyPipeline
from pipelines.extract import ExtractPipeline
from pipelines.normalise import NormalisePipeline
from pipelines.store.monitor import article_tags, list_alerts
from pipelines.store.pipeline import StorePipeline
from tests.conftest import run_cli

PAGE = """<html><head><meta charset="utf-8"><title>雲南大理警方破獲刷單返利詐騙案</title></head><body>
<article><h1>雲南大理警方破獲刷單返利詐騙案</h1>
<p>近日，雲南大理警方破獲一起刷單返利類電信網路詐騙案件，抓獲犯罪嫌疑人12名，涉案資金3500萬元。</p>
<p>受害人在兼職群裡看到「點讚返利」廣告，按要求下載「速聊」APP後做任務，墊付資金後被騙8萬元。</p>
<p>警方提醒：所有刷單都是詐騙，如接到可疑電話請撥打96110。</p></article></body></html>"""

CONFIG = """
[[sources]]
name = "t"
start_urls = ["https://news.test/"]

[profiles.anti-fraud]
threshold = 9

[[webhooks]]
name = "yunnan"
url = "https://hooks.test/yn"
regions = ["云南"]
types = ["task-scam"]

[[webhooks]]
name = "guangdong"
url = "https://hooks.test/gd"
regions = ["广东"]
"""


class Stats:
    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def inc_value(self, key: str, count: int = 1) -> None:
        self.values[key] = self.values.get(key, 0) + count


class Crawler:
    def __init__(self, settings: dict) -> None:
        self.settings = settings
        self.stats = Stats()
        self.spider = None


def test_crawl_stages_store_tags_and_pending_alerts(pg_url, db, tmp_path):
    db.commit()  # the fixture's migration transaction
    cfg = tmp_path / "sources.toml"
    cfg.write_text(CONFIG, encoding="utf-8")
    crawler = Crawler({"NEWSMON_CONFIG_PATH": str(cfg), "NEWSMON_DATABASE_URL": pg_url})
    item = PageItem(url="https://news.test/a/1.html", final_url="https://news.test/a/1.html", source="t", status=200,
                    headers={"content-type": "text/html; charset=utf-8"}, body=PAGE.encode(), kind="html", depth=1,
                    via="link", fetched_at=datetime.now(UTC))
    item.is_article = True
    ExtractPipeline(crawler).process_item(item)
    item.is_article = True
    NormalisePipeline(crawler).process_item(item)
    ClassifyPipeline(crawler).process_item(item)
    assert item.article["monitor"]["relevant"] is True
    assert [a["name"] for a in item.article["monitor"]["alerts"]] == ["yunnan"]
    store = StorePipeline(crawler)
    store.open_spider()
    store.process_item(item)
    store.close_spider()
    (row,) = db.execute("SELECT id, relevant FROM articles").fetchall()
    tags = article_tags(db, row["id"])
    assert tags["types"] == ["刷单返利"]
    assert [(r["name"], r["province"]) for r in tags["regions"]] == [("大理白族自治州", "云南省")]
    assert (12, "名") in [(int(f["value"]), f["unit"]) for f in tags["figures"]]
    assert (35000000, "元") in [(int(f["value"]), f["unit"]) for f in tags["figures"]]
    assert ("app", "速聊") in [(i["kind"], i["value"]) for i in tags["indicators"]]
    assert [(a["webhook"], a["status"]) for a in list_alerts(db)] == [("yunnan", "pending")]
    assert crawler.stats.values["newsmon/monitor/relevant"] == 1


@pytest.mark.parametrize(("extra", "message"), [
    ('[[webhooks]]\nname = "x"\n', "webhook 'x': key 'url' is missing"),
    ('[[webhooks]]\nname = "x"\nurl = "ftp://a"\n', "webhook 'x': key 'url': bad URL 'ftp://a'"),
    ('[[webhooks]]\nname = "x"\nurl = "https://a.test/"\ntypes = ["lottery"]\n',
     "webhook 'x': key 'types': unknown fraud type 'lottery'"),
    ('[[webhooks]]\nname = "x"\nurl = "https://a.test/"\nprofile = "nope"\n', "webhook 'x': key 'profile': unknown"),
    ('[[webhooks]]\nname = "x"\nurl = "https://a.test/"\nmin_score = "high"\n',
     "webhook 'x': key 'min_score': expected a number"),
    ('[profiles.x]\nthreshold = 3\n', "profile 'x': key 'terms': a profile needs at least one term"),
])
def test_config_errors_name_file_section_key(tmp_path, extra, message):
    cfg = tmp_path / "sources.toml"
    cfg.write_text('[[sources]]\nname = "t"\nstart_urls = ["https://a.test/"]\n' + extra, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_config(cfg)
    assert str(exc.value).startswith(f"{cfg}: {message}")


def test_webhook_defaults(tmp_path):
    cfg = tmp_path / "sources.toml"
    cfg.write_text(CONFIG, encoding="utf-8")
    hooks = load_config(cfg).webhooks
    assert hooks[0] == {"name": "yunnan", "url": "https://hooks.test/yn", "profile": "anti-fraud", "min_score": 9.0,
                        "regions": ["云南"], "types": ["刷单返利"], "enabled": True}


def test_profile_test_cli_explains_term_by_term(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    proc = run_cli("profile", "test", str(page), "--json", "--config", str(tmp_path / "missing.toml"))
    assert proc.returncode == 2 and "config file not found" in proc.stderr
    proc = run_cli("profile", "test", str(page), "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["relevant"] is True
    terms = {r["term"]: r for r in out["explain"]}
    assert terms["刷单返利"]["in_title"] == 1 and terms["刷单返利"]["adds"] == 15.0
    assert sum(r["adds"] for r in out["explain"]) == pytest.approx(out["relevance"], abs=0.01)
    text = run_cli("profile", "test", str(page), cwd=tmp_path).stdout
    assert "RELEVANT" in text and "刷单返利" in text and "大理白族自治州 (云南省)" in text
