"""`newsmon search | stats | alerts | profile list` against a real database (child processes)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from tests.conftest import run_cli

from .helpers import add_article

TEXT_T = "香港警方破獲一宗電信網路詐騙案，騙徒冒充客服，以快遞遺失理賠為由騙取市民款項。"


def test_cli_commands(db, pg_url, tmp_path):
    add_article(db, "https://c.test/1", "香港破獲電信網路詐騙案", TEXT_T, published=datetime(2026, 3, 5, tzinfo=UTC),
                hooks=[{"name": "ops", "url": "http://127.0.0.1:9/closed", "profile": "anti-fraud", "min_score": 8}])
    db.commit()
    env = {"NEWSMON_DATABASE_URL": pg_url}
    out = run_cli("search", "电信网络诈骗", "--json", env=env, cwd=tmp_path, check=True).stdout
    (hit,) = [json.loads(line) for line in out.splitlines()]
    assert hit["url"] == "https://c.test/1" and "【電信網路詐騙】" in hit["snippet"]  # shown in its own script
    assert run_cli("search", "冒充客服", "--region", "香港", "--type", "delivery", env=env, cwd=tmp_path,
                   check=True).stdout.startswith("[")
    assert "no matches" in run_cli("search", "冒充客服", "--region", "广东", env=env, cwd=tmp_path).stdout
    csv = run_cli("stats", "--by", "region", "--format", "csv", env=env, cwd=tmp_path, check=True).stdout
    assert csv.splitlines() == ["region,stories,articles", "香港特别行政区,1,1"]
    alerts = run_cli("alerts", "list", "--json", env=env, cwd=tmp_path, check=True).stdout
    assert json.loads(alerts.splitlines()[0])["status"] == "pending"
    retry = run_cli("alerts", "retry", "--timeout", "2", env=env, cwd=tmp_path, check=True).stdout
    assert "retry 1" in retry
    profiles = run_cli("profile", "list", env=env, cwd=tmp_path, check=True).stdout
    assert profiles.startswith("anti-fraud (default): threshold 8")
