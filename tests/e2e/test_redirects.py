"""Moved home pages and redirected article links: the crawl follows the move and remembers the link."""

from __future__ import annotations

import psycopg
from psycopg.rows import dict_row

from tests.conftest import run_cli
from tests.newsweb import SITES_DIR, NewsWeb, load_expected


def test_a_moved_home_page_and_redirected_articles(pg_url, tmp_path):
    expected = load_expected()["fzrb"]
    env = {"NEWSMON_DATABASE_URL": pg_url}
    with NewsWeb() as web:
        old, new = web.base("mirror"), web.base("fzrb")
        web.set_redirect("mirror", "/", new + "/")  # the configured address moved to another host
        seed = expected["articles"][0]["path"]
        hidden = "/content/2021-09/16/content_8592999.html"  # linked only through a short link
        page = (SITES_DIR / "fzrb" / seed.lstrip("/")).read_text("utf-8").replace(seed, hidden)
        web.set_file("fzrb", hidden, page.replace("全国电信网络诈骗案件立案数连续3个月同比下降", "短链接后的文章"))
        web.set_redirect("fzrb", "/a/8592999", new + hidden)
        web.add_link("fzrb", "/", "/a/8592999", "短链接")
        cfg = tmp_path / "s.toml"
        cfg.write_text(f'[[sources]]\nname = "moved"\nstart_urls = ["{old}/"]\ndownload_delay = 0\n', encoding="utf-8")
        first = run_cli("crawl", "moved", "--config", str(cfg), env=env)
        web.clear_log()
        second = run_cli("crawl", "moved", "--config", str(cfg), env=env)
        log = web.records("fzrb")
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    with psycopg.connect(pg_url, row_factory=dict_row) as conn:
        stored = sorted(r["canonical_url"] for r in conn.execute("SELECT canonical_url FROM articles"))
        short = conn.execute("SELECT url, final_url, kind FROM pages WHERE url = %s", (new + "/a/8592999",)).fetchone()
    assert stored == sorted([new + a["path"] for a in expected["articles"]] + [new + hidden])
    assert short == {"url": new + "/a/8592999", "final_url": new + hidden, "kind": "article"}
    assert ("/sitemap_index.xml", 200) in {(r["path"], r["status"]) for r in log}  # robots.txt of the new host
    # second run: the short link is known, so the article behind it is not fetched again
    assert [r["status"] for r in log if r["path"] in (seed, hidden, "/a/8592999")] == []
