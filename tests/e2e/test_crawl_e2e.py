"""End to end: `newsmon crawl --all` over the local test news web into a real PostgreSQL.

Every source is given only its home page; discovery (feeds, robots.txt sitemaps, list pages,
pagination) is newsmon's job. Exact stored values come from tests/newsweb/expected.json.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
from psycopg.rows import dict_row

from tests.conftest import run_cli
from tests.newsweb import NewsWeb, load_expected

EXPECTED = load_expected()
SITES = [s for s in EXPECTED if not s.startswith("_")]
FIELDS = ("title", "text", "author", "outlet", "lang")


def write_config(web: NewsWeb, path: Path) -> Path:
    lines = ["[defaults]", "download_delay = 0", "max_depth = 2", ""]
    for site in SITES:
        lines += ["[[sources]]", f'name = "{site}"', f'start_urls = ["{web.base(site)}/"]', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def web():
    with NewsWeb() as w:
        yield w


@pytest.fixture(scope="module")
def crawled(web, pg_server, tmp_path_factory):
    """One full crawl of every site into a fresh database (shared by the read-only tests below)."""
    import uuid

    name = f"newsmon_e2e_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = pg_server.rsplit("/", 1)[0] + "/" + name
    cfg = write_config(web, tmp_path_factory.mktemp("cfg") / "sources.toml")
    env = {"NEWSMON_DATABASE_URL": url}
    proc = run_cli("crawl", "--all", "--config", str(cfg), env=env)
    log = web.records()
    yield {"url": url, "cfg": cfg, "env": env, "proc": proc, "log": log}
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def query(url: str, sql: str, params: tuple = ()) -> list[dict]:
    with psycopg.connect(url, row_factory=dict_row) as conn:
        return conn.execute(sql, params).fetchall()


def test_crawl_succeeds_with_summary_table(crawled):
    proc = crawled["proc"]
    assert proc.returncode == 0, proc.stderr
    header = [line for line in proc.stdout.splitlines() if line.startswith("source")][0].split()
    assert header == ["source", "status", "pages", "304s", "new", "updated", "unchanged", "errors", "seconds", "run"]
    runs = query(crawled["url"], "SELECT source, status, trigger, articles_new FROM crawl_runs ORDER BY id")
    assert [(r["source"], r["status"], r["trigger"]) for r in runs] == [(s, "ok", "manual") for s in SITES]
    assert {r["source"]: r["articles_new"] for r in runs} == {s: len(EXPECTED[s]["articles"]) for s in SITES}


@pytest.mark.parametrize("site", SITES)
def test_exactly_the_articles_are_stored(crawled, web, site):
    rows = query(crawled["url"], "SELECT canonical_url FROM articles WHERE source = %s", (site,))
    base = web.base(site)
    assert sorted(r["canonical_url"][len(base):] for r in rows) == sorted(a["path"] for a in EXPECTED[site]["articles"])


@pytest.mark.parametrize("site, path", [(s, a["path"]) for s in SITES for a in EXPECTED[s]["articles"]])
def test_stored_fields_are_exact(crawled, web, site, path):
    expected = next(a for a in EXPECTED[site]["articles"] if a["path"] == path)
    rows = query(crawled["url"], "SELECT * FROM articles WHERE canonical_url = %s", (web.base(site) + path,))
    assert len(rows) == 1
    row = rows[0]
    assert {f: row[f] for f in FIELDS} == {f: expected[f] for f in FIELDS}
    want = datetime.fromisoformat(expected["published_at"]) if expected["published_at"] else None
    assert row["published_at"] == want
    assert row["site"] == web.base(site).split("://", 1)[1]
    assert row["raw_html"] is not None and row["content_hash"]


@pytest.mark.parametrize("site", SITES)
def test_list_tag_search_pages_are_never_articles(crawled, web, site):
    base = web.base(site)
    stored = {r["canonical_url"] for r in query(crawled["url"], "SELECT canonical_url FROM articles")}
    for path in EXPECTED[site]["non_articles"]:
        assert base + path not in stored
    fetched_lists = query(crawled["url"], "SELECT url FROM pages WHERE source = %s AND kind = 'list'", (site,))
    assert base + "/" in {r["url"] for r in fetched_lists}


@pytest.mark.parametrize("site", SITES)
def test_robots_disallowed_and_binary_paths(crawled, site):
    requested = {r["path"] for r in crawled["log"] if r["site"] == site}
    for path in EXPECTED[site].get("robots_disallowed", []):
        assert path not in requested
    paths = [r["path"] for r in crawled["log"] if r["site"] == site]
    assert paths.count("/robots.txt") == 1  # fetched once per run, by Scrapy's middleware, also for sitemaps
    stored = {r["canonical_url"] for r in query(crawled["url"], "SELECT canonical_url FROM articles")}
    for path in EXPECTED[site].get("binary", []):
        assert not any(u.endswith(path) for u in stored)


def test_feeds_and_sitemaps_were_discovered_from_the_home_page(crawled):
    requested = {(r["site"], r["path"]) for r in crawled["log"]}
    assert ("fzrb", "/rss.xml") in requested  # <link rel=alternate> on the home page
    assert ("fzrb", "/sitemap_index.xml") in requested  # Sitemap: line of robots.txt
    assert ("fzrb", "/sitemap_news.xml") in requested  # listed by the sitemap index
    assert ("tw165", "/atom.xml") in requested


def test_mirror_copies_join_the_original_story(crawled, web):
    """The seed story: stored once as a cluster, the GBK traditional-script mirror linked to it."""
    def cluster_of(site, path):
        return query(crawled["url"], "SELECT cluster_id FROM articles WHERE canonical_url = %s",
                     (web.base(site) + path,))[0]["cluster_id"]

    seed = cluster_of("fzrb", "/content/2021-09/15/content_8592512.html")
    shuadan = cluster_of("fzrb", "/content/2022-03/09/content_8685577.html")
    assert cluster_of("mirror", "/html/2021/0916/12345.html") == seed
    assert cluster_of("mirror", "/html/2022/0310/12388.html") == shuadan
    assert cluster_of("mirror", "/plus/view.php?aid=12402") not in (seed, shuadan)
    clusters = query(crawled["url"], "SELECT cluster_id, count(*) AS n FROM articles GROUP BY cluster_id")
    assert sorted(c["n"] for c in clusters) == [1] * 14 + [2, 2]  # 18 articles, 16 stories
    story = query(crawled["url"], "SELECT * FROM clusters WHERE id = %s", (seed,))[0]
    assert story["member_count"] == 2 and story["original_outlet"] == "法治日报"
    first = query(crawled["url"], "SELECT url, author FROM articles WHERE id = %s",
                  (story["earliest_article_id"],))[0]
    assert first["url"].startswith(web.base("fzrb")) and first["author"] == "董凡超"
    from pipelines.store import clusters

    with psycopg.connect(crawled["url"], row_factory=dict_row) as conn:
        page = clusters.get_cluster(conn, seed, limit=1)  # bounded member list, similarity still measured
    assert page["member_count"] == 2 and len(page["members"]) == 1
    assert page["members"][0]["url"].startswith(web.base("fzrb")) and page["members"][0]["jaccard"] > 0.5


def test_export_jsonl_has_the_documented_fields(crawled, tmp_path):
    out = tmp_path / "articles.jsonl"
    proc = run_cli("articles", "export", "--format", "jsonl", "--output", str(out), env=crawled["env"])
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == sum(len(EXPECTED[s]["articles"]) for s in SITES)
    assert proc.stderr.strip() == f"exported {len(records)} articles to {out}"
    required = {"id", "url", "canonical_url", "source", "site", "title", "text", "author", "outlet",
                "published_at", "lang", "fetched_at", "first_seen_at", "cluster_id", "relevant"}
    assert all(required <= set(r) for r in records)
    seed = next(r for r in records if r["url"].endswith("/content/2021-09/15/content_8592512.html"))
    assert seed["published_at"].endswith("+00:00") or seed["published_at"][-6] in "+-"


def test_articles_list_and_show(crawled, web):
    listing = run_cli("articles", "list", "--source", "fzrb", "--limit", "3", env=crawled["env"])
    assert listing.returncode == 0
    assert listing.stdout.splitlines()[0].split() == ["id", "source", "published", "title", "author", "outlet"]
    assert len(listing.stdout.splitlines()) == 2 + 3
    seed = EXPECTED["fzrb"]["articles"][0]
    show = run_cli("articles", "show", web.base("fzrb") + seed["path"], env=crawled["env"])
    assert show.returncode == 0
    assert f"         title: {seed['title']}" in show.stdout.splitlines()
    assert show.stdout.rstrip("\n").endswith(seed["text"].splitlines()[-1])
    missing = run_cli("articles", "show", "999999", env=crawled["env"])
    assert missing.returncode == 1 and missing.stderr.strip() == "newsmon: no article with id or URL '999999'"


def test_sources_and_runs_commands(crawled):
    proc = run_cli("sources", "--config", str(crawled["cfg"]), env=crawled["env"])
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert lines[0].split()[:4] == ["source", "on", "schedule", "articles"]
    assert [line.split()[0] for line in lines[2:]] == SITES
    runs = run_cli("runs", "--limit", "2", env=crawled["env"])
    assert runs.returncode == 0 and len(runs.stdout.splitlines()) == 4


def test_reextract_rewrites_rows_from_stored_html(crawled, web):
    seed = EXPECTED["fzrb"]["articles"][0]
    url = web.base("fzrb") + seed["path"]
    with psycopg.connect(crawled["url"]) as conn:  # as if stored by an older, worse extractor
        conn.execute("UPDATE articles SET title = 'old title', author = NULL WHERE canonical_url = %s", (url,))
    total = sum(len(EXPECTED[s]["articles"]) for s in SITES)
    proc = run_cli("articles", "reextract", env=crawled["env"])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"re-extracted {total} articles: 1 changed, {total - 1} unchanged, 0 failed"
    row = query(crawled["url"], "SELECT title, author FROM articles WHERE canonical_url = %s", (url,))[0]
    assert (row["title"], row["author"]) == (seed["title"], seed["author"])


def test_second_crawl_adds_nothing_and_uses_conditional_requests(crawled, web):
    before = query(crawled["url"], "SELECT count(*) AS n FROM articles")[0]["n"]
    web.clear_log()
    proc = run_cli("crawl", "--all", "--config", str(crawled["cfg"]), env=crawled["env"])
    assert proc.returncode == 0, proc.stderr
    assert query(crawled["url"], "SELECT count(*) AS n FROM articles")[0]["n"] == before
    last = query(crawled["url"], """SELECT source, articles_new, articles_updated, status FROM crawl_runs
                                   ORDER BY id DESC LIMIT %s""", (len(SITES),))
    assert all((r["articles_new"], r["articles_updated"], r["status"]) == (0, 0, "ok") for r in last)
    records = web.records()
    conditional = [r for r in records if r["if_none_match"] or r["if_modified_since"]]
    assert conditional, "no conditional request was sent"
    home = [r for r in records if r["site"] == "fzrb" and r["path"] == "/"]
    assert home and home[0]["status"] == 304
    # old articles (published long before this run) are not fetched again
    article_paths = {a["path"] for a in EXPECTED["fzrb"]["articles"]}
    assert not [r for r in records if r["site"] == "fzrb" and r["path"] in article_paths]
