"""`newsmon clusters list|show` against a real database, run as a child process."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime

from benchmarks.dedupe_corpus import make_story, mirror
from tests.conftest import run_cli
from tests.dedupe.helpers import store


def _fill(db) -> int:
    rng = random.Random(4)
    _, paras = make_story(random.Random(70), "刷单")
    store(db, "http://origin.example/1.html", "\n".join(paras), outlet="法治日报",
          published_at=datetime(2024, 5, 1, 9, tzinfo=UTC))
    store(db, "http://mirror.example/2.html", "\n".join(mirror(rng, "trad", paras)),
          published_at=datetime(2024, 5, 2, 9, tzinfo=UTC))
    _, placed = store(db, "http://farm.example/3.html", "\n".join(mirror(rng, "truncate", paras)))
    store(db, "http://other.example/4.html", "\n".join(make_story(random.Random(71), "刷单")[1]))
    db.commit()
    return placed.cluster_id


def test_clusters_list_and_show(db, pg_url):
    cid = _fill(db)
    env = {"NEWSMON_DATABASE_URL": pg_url}
    out = run_cli("clusters", "list", "--min-size", "2", "--json", env=env, check=True).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["id"], r["member_count"], r["site_count"], r["original_outlet"]) for r in rows] == [
        (cid, 3, 3, "法治日报")]
    assert rows[0]["sites"] == ["farm.example", "mirror.example", "origin.example"]
    assert len(run_cli("clusters", "list", "--json", env=env, check=True).stdout.splitlines()) == 2
    assert run_cli("clusters", "list", "--since", "2099-01-01", env=env, check=True).stdout.strip() == "no clusters"

    shown = json.loads(run_cli("clusters", "show", str(cid), "--json", env=env, check=True).stdout)
    members = [(m["site"], m["outlet"], m["published_at"], m["jaccard"] == 1.0) for m in shown["members"]]
    assert members == [("origin.example", "法治日报", "2024-05-01T09:00:00+00:00", True),
                       ("mirror.example", None, "2024-05-02T09:00:00+00:00", False),
                       ("farm.example", None, None, False)]
    assert shown["members"][2]["containment"] >= 0.8
    text = run_cli("clusters", "show", str(cid), env=env, check=True).stdout
    assert "original_outlet: 法治日报" in text and "farm.example" in text and "C=" in text
    missing = run_cli("clusters", "show", "999999", env=env)
    assert missing.returncode == 1 and "no cluster with id 999999" in missing.stderr


def test_export_carries_cluster_id(db, pg_url):
    cid = _fill(db)
    out = run_cli("articles", "export", env={"NEWSMON_DATABASE_URL": pg_url}, check=True).stdout
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["cluster_id"] == cid for r in records] == [True, True, True, False]
