"""Self-check: the test news web serves what expected.json says it serves."""

from __future__ import annotations

import html
import re
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import urljoin, urlsplit

import pytest

from tests.newsweb import NewsWeb, load_expected

EXP = load_expected()
SITES = ["fzrb", "mirror", "tw165", "alerts"]
PINYIN_RE = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
UA = "newsweb-selfcheck/1.0"


@pytest.fixture(scope="module")
def web():
    with NewsWeb() as w:
        yield w


def fetch(url, headers=None, method="GET"):
    req = urllib.request.Request(url, headers={"User-Agent": UA, **(headers or {})}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def decode(site, body):
    return body.decode(EXP[site]["encoding"])


def page_text(s: str) -> str:
    s = re.sub(r"<script\b.*?</script>", "", s, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def links(base_path: str, s: str) -> list[str]:
    out = []
    for m in re.finditer(r'<(?:a|link)\b[^>]*?href="([^"]*)"|<loc>([^<]+)</loc>', s):
        href = html.unescape(m.group(1) or m.group(2)).strip()
        if not href or re.match(r"^(javascript|mailto|tel|tencent):", href) or href.startswith("#"):
            continue
        u = urljoin("http://h" + base_path, href) if not href.startswith("http") else href
        out.append(u)
    return out


def test_sites_and_bases(web):
    assert web.sites == SITES
    for s in SITES:
        b = web.base(s)
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", b)
    assert len({web.base(s) for s in SITES}) == 4


@pytest.mark.parametrize("site", SITES)
def test_every_listed_path(web, site):
    e = EXP[site]
    base = web.base(site)
    for a in e["articles"]:
        st, hd, body = fetch(base + a["path"])
        assert st == 200, a["path"]
        assert hd["Content-Type"] == e["content_type"]
        assert "ETag" in hd and "Last-Modified" in hd
    for p in e["non_articles"] + e["feeds"] + e["sitemaps"] + e["robots_disallowed"]:
        st, _, _ = fetch(base + p)
        assert st == 200, p
    for p in e["binary"]:
        st, hd, body = fetch(base + p)
        assert st == 200, p
        assert hd["Content-Type"].startswith(("application/pdf", "image/"))
        assert body[:4] in (b"%PDF", b"\x89PNG", b"GIF8")
    for p in e["dead_links"]:
        st, _, _ = fetch(base + p)
        assert st == 404, p
    st, hd, body = fetch(base + "/no/such/page.html")
    assert st == 404 and len(body) > 300
    decode(site, body)


@pytest.mark.parametrize("site", SITES)
def test_article_text_in_page(web, site):
    for a in EXP[site]["articles"]:
        _, _, body = fetch(web.base(site) + a["path"])
        s = decode(site, body)
        if site == "mirror":
            s = PINYIN_RE.sub("", s)
        txt = page_text(s)
        for para in a["text"].split("\n"):
            assert para in txt, (a["path"], para[:30])
        if a["title"]:
            assert a["title"] in txt
        assert a["author"] is None or a["author"] in txt
        assert a["lang"] in ("zh", "en")
        assert a["published_at"] is None or re.search(r"[+-]\d\d:\d\d$", a["published_at"])
        # no boilerplate in the expected text
        for bad in ("责任编辑", "來源:", "Tags:", "相关文章", "Share:", "法治日报全媒体记者", "Related posts"):
            assert bad not in a["text"]


def test_encodings(web):
    # mirror: header without charset, meta says gb2312, bytes are GBK (traditional chars)
    st, hd, body = fetch(web.base("mirror") + EXP["mirror"]["articles"][0]["path"])
    assert hd["Content-Type"] == "text/html"
    assert b'charset=gb2312' in body
    with pytest.raises(UnicodeDecodeError):
        body.decode("gb2312")
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert "法治日報(bào)全媒體記者 董凡超" in body.decode("gb18030")
    assert "痹趪鴦(wù)院" in body.decode("gbk")
    # tw165: big5 header, strict big5 fails, cp950 works (€ and 碁)
    path = "/news/20240305/1028.html"
    st, hd, body = fetch(web.base("tw165") + path)
    assert hd["Content-Type"] == "text/html; charset=big5"
    with pytest.raises(UnicodeDecodeError):
        body.decode("big5")
    s = body.decode("cp950")
    assert "€" in s and "宏碁" in s
    # atom feed is served as UTF-8 by a per-path override
    st, hd, body = fetch(web.base("tw165") + "/atom.xml")
    assert hd["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert "宏碁" in body.decode("utf-8")
    # broken raw page is served verbatim
    st, hd, body = fetch(web.base("mirror") + "/html/2021/0916/broken.html")
    assert st == 200 and b"\xff\xfe\x81" in body


def test_base_substitution(web):
    for site in SITES:
        for p in EXP[site]["feeds"] + EXP[site]["sitemaps"] + [EXP[site]["articles"][0]["path"]]:
            _, _, body = fetch(web.base(site) + p)
            assert b"{{BASE" not in body
    _, _, body = fetch(web.base("fzrb") + "/robots.txt")
    s = body.decode()
    assert f"Sitemap: {web.base('fzrb')}/sitemap_index.xml" in s and "Disallow: /admin/" in s
    _, _, body = fetch(web.base("fzrb") + "/sitemap_news.xml")
    assert b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' in body
    assert web.base("fzrb").encode() + b"/content/2021-09/15/content_8592512.html" in body
    _, _, body = fetch(web.base("fzrb") + "/")
    assert web.base("mirror").encode() in body  # cross-site {{BASE:mirror}}


def test_conditional_get(web):
    url = web.url("fzrb", "/content/2021-09/15/content_8592512.html")
    st, hd, body = fetch(url)
    etag, lm = hd["ETag"], hd["Last-Modified"]
    assert lm == "Wed, 15 Sep 2021 00:30:00 GMT"
    assert fetch(url, {"If-None-Match": etag})[0] == 304
    assert fetch(url, {"If-Modified-Since": lm})[0] == 304
    assert fetch(url, {"If-Modified-Since": "Tue, 14 Sep 2021 00:00:00 GMT"})[0] == 200
    assert fetch(url, {"If-None-Match": '"nope"'})[0] == 200
    st, hd2, body2 = fetch(url)
    assert hd2["ETag"] == etag and body2 == body
    # ETag is a hash of the body: changing the page changes it
    web.set_file("fzrb", "/content/2021-09/15/content_8592512.html", body.decode() + "<!-- edited -->")
    try:
        st, hd3, _ = fetch(url, {"If-None-Match": etag, "If-Modified-Since": lm})
        assert st == 200 and hd3["ETag"] != etag
    finally:
        web.reset()


def test_reachability(web):
    """Every article is linked within 2 hops of the home page, or listed in a feed/sitemap."""
    for site in SITES:
        e = EXP[site]
        base = web.base(site)
        seen, frontier = set(), ["/"]
        for _ in range(2):
            nxt = []
            for p in frontier:
                if p in seen:
                    continue
                seen.add(p)
                st, hd, body = fetch(base + p)
                if st != 200 or not hd.get("Content-Type", "").startswith("text/html"):
                    continue
                for u in links(p, decode(site, body)):
                    sp = urlsplit(u)
                    if f"{sp.scheme}://{sp.netloc}" in (base, "http://h"):
                        nxt.append(sp.path + ("?" + sp.query if sp.query else ""))
            frontier = nxt
        reached = seen | set(frontier)
        for p in e["feeds"] + e["sitemaps"]:
            _, _, body = fetch(base + p)
            for u in links("/", body.decode("utf-8")):
                reached.add(u.replace(base, ""))
        for a in e["articles"]:
            assert a["path"] in reached, (site, a["path"])


def test_log_and_helpers(web):
    web.clear_log()
    fetch(web.url("alerts", "/feed/"), {"If-None-Match": '"x"'})
    fetch(web.url("alerts", "/nothing?q=1"))
    recs = web.records("alerts")
    assert [r["path"] for r in recs] == ["/feed/", "/nothing?q=1"]
    assert recs[0]["status"] == 200 and recs[1]["status"] == 404
    assert recs[0]["if_none_match"] == '"x"' and recs[0]["user_agent"] == UA
    assert recs[0]["method"] == "GET" and isinstance(recs[0]["time"], float)
    assert web.requested_paths("alerts") == ["/feed/", "/nothing?q=1"]
    assert web.requested_paths("fzrb") == []


def test_add_article(web):
    try:
        for i in range(3):
            path = f"/content/2024-06/0{i + 1}/content_99000{i}.html"
            web.add_article("fzrb", path, f"<html><head><title>新文章{i}</title></head><body><p>正文{i}</p></body></html>",
                            title=f"新增反诈文章{i}", published=f"2024-06-0{i + 1}T09:00:00+08:00")
            assert fetch(web.url("fzrb", path))[0] == 200
        home = decode("fzrb", fetch(web.url("fzrb", "/"))[2])
        lst = decode("fzrb", fetch(web.url("fzrb", "/fzxw/"))[2])
        rss = fetch(web.url("fzrb", "/rss.xml"))[2].decode()
        news = fetch(web.url("fzrb", "/sitemap_news.xml"))[2].decode()
        for i in range(3):
            path = f"/content/2024-06/0{i + 1}/content_99000{i}.html"
            assert path in home and path in lst
            assert web.base("fzrb") + path in rss and web.base("fzrb") + path in news
        assert "新增反诈文章2" in home
        web.add_article("tw165", "/news/20240601/2001.html", "<html><body>新文章</body></html>", title="新文章",
                        published="2024-06-01T10:00:00+08:00")
        assert "/news/20240601/2001.html" in fetch(web.url("tw165", "/atom.xml"))[2].decode()
        assert "/news/20240601/2001.html" in decode("tw165", fetch(web.url("tw165", "/news/list"))[2])
    finally:
        web.reset()
    assert fetch(web.url("fzrb", "/content/2024-06/01/content_990000.html"))[0] == 404


def test_failure_knobs(web):
    try:
        web.set_status("alerts", "/feed/", 503, times=1)
        assert fetch(web.url("alerts", "/feed/"))[0] == 503
        assert fetch(web.url("alerts", "/feed/"))[0] == 200
        web.set_status("alerts", "/about/", 500)
        assert fetch(web.url("alerts", "/about/"))[0] == 500
        assert fetch(web.url("alerts", "/about/"))[0] == 500
        web.set_status("alerts", "/about/", None)
        assert fetch(web.url("alerts", "/about/"))[0] == 200
        web.set_delay("tw165", "/news/", 0.5)
        t = time.time()
        fetch(web.url("tw165", "/news/list"))
        assert time.time() - t >= 0.45
        web.set_delay("tw165", "/news/", 1000)
        assert web._delays[("tw165", "/news/")] == 30.0
    finally:
        web.reset()
    st, hd, _ = fetch(web.url("fzrb", "/big.html"), method="HEAD")
    assert st == 200 and int(hd["Content-Length"]) >= 12 * 1024 * 1024
    st, hd, body = fetch(web.url("fzrb", "/big-chunked.html"))
    assert st == 200 and hd.get("Transfer-Encoding") == "chunked" and len(body) == 12582912


def test_concurrent_requests(web):
    errors = []

    def worker():
        try:
            for p in EXP["fzrb"]["non_articles"][:8]:
                assert fetch(web.url("fzrb", p))[0] == 200
        except Exception as exc:  # pragma: no cover
            errors.append(exc)

    ts = [threading.Thread(target=worker) for _ in range(6)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert not errors
