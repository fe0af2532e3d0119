"""The dashboard over plain HTTP against the real service: auth, CSRF, escaping, security headers."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from tests.service.conftest import ServiceProcess, wait_until

from .conftest import HOSTILE_TITLE, TOKEN, Dashboard, write_config

PAGES = ["/", "/ui/sources", "/ui/runs", "/ui/stories", "/ui/stories?q=断卡"]


def login(base: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=10, follow_redirects=False)
    r = client.post("/ui/login", data={"token": TOKEN, "next": "/ui/sources"}, headers={"Origin": base})
    assert r.status_code == 303 and r.headers["location"] == "/ui/sources"
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    return client


def csrf_of(html_text: str) -> str:
    return re.search(r'<meta name="csrf-token" content="([^"]+)"', html_text).group(1)


def test_pages_need_login_unless_reads_are_open(dashboard: Dashboard) -> None:
    for path in PAGES:
        r = httpx.get(dashboard.url + path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/ui/login?next="), path
    assert httpx.get(dashboard.url + "/ui/runs/1/progress").status_code == 401
    wrong = httpx.post(dashboard.url + "/ui/login", data={"token": "nope"})
    assert wrong.status_code == 401 and "Wrong token" in wrong.text
    # the bearer token works for pages too (scripts, curl)
    bearer = httpx.get(dashboard.url + "/ui/sources", headers={"Authorization": f"Bearer {TOKEN}"})
    assert bearer.status_code == 200 and "fzrb" in bearer.text
    client = login(dashboard.url)
    for path in PAGES:
        r = client.get(path)
        assert r.status_code == 200, (path, r.text[:300])
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert r.headers["x-frame-options"] == "DENY" and r.headers["x-content-type-options"] == "nosniff"
        # no outside host: every src/href that loads something is local
        for url in re.findall(r'<(?:script|link|img|iframe)[^>]+(?:src|href)="([^"]+)"', r.text):
            assert url.startswith("/"), (path, url)
    # the JSON API is untouched and still wants the bearer token, not the cookie
    assert client.get("/runs").status_code == 401
    assert client.get("/health").status_code == 200


def test_open_read_serves_pages_but_crawl_still_needs_login(dashboard: Dashboard, tmp_path: Path) -> None:
    cfg = write_config(tmp_path / "open.toml", dashboard.web, {"open_read": True})
    svc = ServiceProcess(dashboard.db_url, cfg, tmp_path / "open.log").start()  # a standby: reads only
    try:
        r = httpx.get(svc.url + "/ui/sources")
        assert r.status_code == 200 and "Log in</a> to start crawls" in r.text and "Crawl now" not in r.text
        assert httpx.get(svc.url + "/").status_code == 200
        refused = httpx.post(svc.url + "/ui/sources/fzrb/crawl", headers={"Accept": "application/json"})
        assert refused.status_code == 401
    finally:
        svc.stop()


def test_crawl_now_refuses_without_csrf_or_cross_site(dashboard: Dashboard) -> None:
    client = login(dashboard.url)
    token = csrf_of(client.get("/ui/sources").text)
    json_accept = {"Accept": "application/json"}
    api_runs = dashboard.sql("SELECT count(*) AS n FROM crawl_runs WHERE trigger = 'api'")[0]["n"]
    no_csrf = client.post("/ui/sources/fzrb/crawl", headers=json_accept)
    assert no_csrf.status_code == 403 and "CSRF" in no_csrf.json()["detail"]
    forged = client.post("/ui/sources/fzrb/crawl", headers={**json_accept, "X-CSRF-Token": token[:-2] + "xx"})
    assert forged.status_code == 403
    cross = client.post("/ui/sources/fzrb/crawl", headers={**json_accept, "X-CSRF-Token": token,
                                                             "Origin": "https://evil.example"})
    assert cross.status_code == 403 and "cross-site" in cross.json()["detail"]
    cross_fetch = client.post("/ui/sources/fzrb/crawl", headers={**json_accept, "X-CSRF-Token": token,
                                                                   "Sec-Fetch-Site": "cross-site"})
    assert cross_fetch.status_code == 403
    # another session's CSRF token is worthless with this cookie
    other = csrf_of(login(dashboard.url).get("/ui/sources").text)
    assert client.post("/ui/sources/fzrb/crawl", headers={**json_accept, "X-CSRF-Token": other}).status_code == 403
    # no cookie at all: log in first
    assert httpx.post(dashboard.url + "/ui/sources/fzrb/crawl", headers={**json_accept, "X-CSRF-Token": token}
                      ).status_code == 401
    unknown = client.post("/ui/sources/nope/crawl", headers={**json_accept, "X-CSRF-Token": token})
    assert unknown.status_code == 404
    assert dashboard.sql("SELECT count(*) AS n FROM crawl_runs WHERE trigger = 'api'")[0]["n"] == api_runs
    # login is refused cross-site too, and never redirects off-site
    assert httpx.post(dashboard.url + "/ui/login", data={"token": TOKEN},
                      headers={"Origin": "https://evil.example"}).status_code == 403
    off = httpx.post(dashboard.url + "/ui/login", data={"token": TOKEN, "next": "//evil.example/x"})
    assert off.status_code == 303 and off.headers["location"] == "/"


def test_crawl_now_without_javascript(dashboard: Dashboard) -> None:
    """The plain form: POST with the csrf field, 303 to the run page, which refreshes itself (noscript)."""
    client = login(dashboard.url)
    token = csrf_of(client.get("/ui/sources").text)
    r = client.post("/ui/sources/alerts/crawl", data={"csrf": token}, headers={"Origin": dashboard.url})
    assert r.status_code == 303 and r.headers["location"].startswith("/ui/runs/")
    run_id = int(r.headers["location"].rsplit("/", 1)[1])
    page = client.get(r.headers["location"]).text
    assert f"Run #{run_id}" in page
    wait_until(lambda: client.get(f"/ui/runs/{run_id}/progress").json()["status"] != "running", 30, "the run")
    progress = client.get(f"/ui/runs/{run_id}/progress").json()
    assert progress["status"] == "ok" and progress["source"] == "alerts" and progress["pages_fetched"] + progress["pages_not_modified"] > 0
    done = client.get(f"/ui/runs/{run_id}").text
    assert 'http-equiv="refresh"' not in done and 'data-status="ok"' in done


def test_logout_needs_csrf_and_clears_the_session(dashboard: Dashboard) -> None:
    client = login(dashboard.url)
    token = csrf_of(client.get("/").text)
    assert client.post("/ui/logout", data={"csrf": "wrong"}).status_code == 403
    out = client.post("/ui/logout", data={"csrf": token})
    assert out.status_code == 303 and 'newsmon_session=""' in out.headers["set-cookie"]
    assert client.get("/", follow_redirects=False).status_code == 303


def test_hostile_title_is_escaped_everywhere(dashboard: Dashboard) -> None:
    client = login(dashboard.url)
    article_id = dashboard.article_id(dashboard.paths["hostile"])
    row = dashboard.sql("SELECT title, cluster_id FROM articles WHERE id = %s", article_id)[0]
    assert row["title"] == HOSTILE_TITLE  # stored as the page said it
    pages = [client.get("/ui/stories?q=冒充客服退款").text, client.get(f"/ui/stories/{row['cluster_id']}").text,
             client.get("/ui/stories").text]
    for text in pages:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;冒充客服退款诈骗又现新变种" in text
        assert "<script>alert" not in text
    raw = client.get(f"/ui/articles/{article_id}/raw")
    assert raw.status_code == 200
    assert raw.headers["content-security-policy"].startswith("sandbox; default-src 'none'")
    assert raw.headers["x-frame-options"] == "SAMEORIGIN"
    body = raw.text.lower()
    assert "<script" not in body and "onerror" not in body and "javascript:" not in body
    assert "203.0.113.9" not in body and "冒充客服退款诈骗" in raw.text
    story = client.get(f"/ui/stories/{row['cluster_id']}?raw={article_id}").text
    assert f'<iframe sandbox="" src="/ui/articles/{article_id}/raw"' in story


@pytest.mark.parametrize("path", ["/ui/stories/999999", "/ui/runs/999999", "/ui/articles/999999"])
def test_missing_things_are_404_pages(dashboard: Dashboard, path: str) -> None:
    r = login(dashboard.url).get(path)
    assert r.status_code == 404 and "No " in r.text


def test_bad_filters_are_messages_not_errors(dashboard: Dashboard) -> None:
    client = login(dashboard.url)
    r = client.get("/ui/stories?since=yesterday&q=诈骗")
    assert r.status_code == 200 and "is not a date" in r.text
    r = client.get("/ui/runs?status=bogus&since=2020-01-01")
    assert r.status_code == 200 and "#1</a>" in r.text


def test_nul_in_parameters_is_a_400_not_a_500(dashboard: Dashboard) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    for path in ["/ui/stories?source=%00", "/ui/stories?region=a%00b", "/ui/runs?source=%00",
                 "/articles?source=%00", "/articles?q=%E8%AF%88%00"]:
        r = httpx.get(dashboard.url + path, headers=headers)
        assert r.status_code == 400 and r.json()["detail"] == "request parameters must not contain NUL characters", path
