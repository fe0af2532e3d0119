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


def test_rel_next_pages_keep_the_list_depth(pg_url, tmp_path):
    """A list that names its next page only in <link rel="next"> still leads to that page's articles."""
    src = "/2024/03/21/missed-delivery-text-scam/"
    moved = "/2024/06/01/missed-delivery-text-scam-again/"
    with NewsWeb() as web:
        base = web.base("alerts")
        article = (SITES_DIR / "alerts" / src.strip("/") / "index.html").read_text("utf-8").replace(src, moved)
        web.set_file("alerts", moved, article)
        web.set_file("alerts", "/archive/", '<html><head><link rel="next" href="/archive/older.html"></head>'
                     '<body><p>Archive</p></body></html>')
        web.set_file("alerts", "/archive/older.html", f'<html><body><ul><li><a href="{moved}">Missed delivery</a></li>'
                     '</ul></body></html>')
        cfg = tmp_path / "s.toml"
        cfg.write_text(f'[[sources]]\nname = "a"\nstart_urls = ["{base}/archive/"]\nmax_depth = 1\n'
                       'download_delay = 0\nobey_robots = false\nsitemaps = []\n', encoding="utf-8")
        proc = run_cli("crawl", "a", "--config", str(cfg), env={"NEWSMON_DATABASE_URL": pg_url})
        requested = {r["path"] for r in web.records("alerts")}
    assert proc.returncode == 0, proc.stderr
    assert "/archive/older.html" in requested and moved in requested
    with psycopg.connect(pg_url) as conn:
        urls = [r[0] for r in conn.execute("SELECT canonical_url FROM articles")]
    assert base + moved in urls
