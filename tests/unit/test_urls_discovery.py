import pytest

from crawler.discovery import is_non_html, is_pagination, url_shape
from crawler.feeds import parse_feed, parse_sitemap, sitemaps_in_robots
from pipelines.normalise import canonical_url_for, content_hash
from pipelines.urls import canonicalize, registrable_domain, same_site, site_of


@pytest.mark.parametrize("url, expected", [
    ("HTTP://WWW.Legaldaily.com.cn:80/index.html#top", "http://www.legaldaily.com.cn/index.html"),
    ("https://news.x.cn:443/a/123.html?utm_source=wx&b=2&a=1&spm=a2c", "https://news.x.cn/a/123.html?a=1&b=2"),
    ("https://x.cn/a.html?from=timeline&isappinstalled=0", "https://x.cn/a.html"),
    ("https://x.cn/a.html;jsessionid=ABC123?id=7", "https://x.cn/a.html?id=7"),
    ("https://x.cn", "https://x.cn/"),
    ("http://127.0.0.1:8080/content/2021-09/15/content_1.html", "http://127.0.0.1:8080/content/2021-09/15/content_1.html"),
    ("https://x.cn/search?q=%E5%8F%8D%E8%AF%88", "https://x.cn/search?q=%E5%8F%8D%E8%AF%88"),
    # GBK percent-encoding survives (not re-decoded as UTF-8)
    ("http://x.cn/search.asp?keyword=%B7%B4%D5%A9&utm_source=a", "http://x.cn/search.asp?keyword=%B7%B4%D5%A9"),
    # sid / source / from can be data; from=timeline is WeChat's share tag
    ("http://x.cn/list.php?sid=12&page=2", "http://x.cn/list.php?page=2&sid=12"),
    ("http://x.cn/a.html?from=timeline&id=3", "http://x.cn/a.html?id=3"),
    ("http://x.cn/a.html?from=beijing", "http://x.cn/a.html?from=beijing"),
    ("http://[::1]:8080/a", "http://[::1]:8080/a"),
])
def test_canonicalize(url, expected):
    assert canonicalize(url) == expected


def test_registrable_domain():
    assert registrable_domain("news.legaldaily.com.cn") == "legaldaily.com.cn"
    assert registrable_domain("m.x.cn") == "x.cn"
    assert registrable_domain("www.bbc.co.uk") == "bbc.co.uk"
    assert registrable_domain("127.0.0.1:8080") == "127.0.0.1:8080"


def test_malformed_port_raises_value_error():
    with pytest.raises(ValueError):
        canonicalize("http://x.cn:80a/b.html")


def test_www_of_a_shared_suffix_is_one_site():
    assert site_of("https://www.gov.cn/xinwen/") == "www.gov.cn"
    assert not same_site("http://www.mps.gov.cn/a.html", site_of("https://www.gov.cn/"))


def test_site_and_same_site():
    assert site_of("https://www.legaldaily.com.cn/x") == "legaldaily.com.cn"
    assert site_of("http://127.0.0.1:8123/") == "127.0.0.1:8123"
    assert same_site("http://news.legaldaily.com.cn/a.html", "legaldaily.com.cn")
    assert not same_site("http://legaldaily.com.cn.evil.com/a.html", "legaldaily.com.cn")
    assert not same_site("http://127.0.0.1:8124/", "127.0.0.1:8123")


def test_canonical_link_only_counts_on_the_same_site():
    page = "http://mirror.example/html/2021/0915/12345.html?utm_medium=x"
    assert canonical_url_for(page, "http://www.legaldaily.com.cn/a.html") == "http://mirror.example/html/2021/0915/12345.html"
    assert canonical_url_for(page, "http://mirror.example/html/2021/0915/12345.html") == \
        "http://mirror.example/html/2021/0915/12345.html"
    # a template canonical pointing at the home page or a section is ignored
    assert canonical_url_for(page, "http://mirror.example/") == "http://mirror.example/html/2021/0915/12345.html"
    assert canonical_url_for(page, "http://mirror.example/html/shehui/list_12_2.html") == \
        "http://mirror.example/html/2021/0915/12345.html"
    assert canonical_url_for("http://m.x.cn/a/123456.html", "http://www.x.cn/a/123456.html") == "http://www.x.cn/a/123456.html"


def test_content_hash_ignores_spacing_and_punctuation():
    assert content_hash("标题", "第一段。\n第二段！") == content_hash("标题", "第一段 第二段")
    assert content_hash("标题", "第一段") != content_hash("标题", "第二段")


@pytest.mark.parametrize("url, shape", [
    ("http://www.legaldaily.com.cn/", "list"),
    ("http://x.cn/content/2021-09/15/content_8592512.html", "article"),
    ("http://www.gov.cn/xinwen/2021-09/15/content_5637351.htm", "article"),
    ("http://www.mps.gov.cn/n2254098/n4904352/c8123456/content.html", "unknown"),
    ("http://x.cn/html/2021/0915/12345.html", "article"),
    ("http://x.cn/fzxw/t20210914_123456.html", "article"),
    ("https://consumer.example/2024/03/fake-delivery-texts-are-back", "article"),
    ("http://x.cn/fzxw/index_2.html", "list"),
    ("http://x.cn/fzxw/index.html", "list"),
    ("http://x.cn/tag/duanka.html", "list"),
    ("https://alerts.example/category/scams/page/2/", "list"),
    ("http://x.cn/search?q=反诈", "list"),
    ("http://x.cn/list.php?page=3", "list"),
    ("https://a.example/2024/05/01/romance-scams-on-the-rise/", "article"),  # WordPress post with a slash
    ("https://a.example/news/some-long-slug-here-now/", "article"),
    ("https://a.example/2024/05/", "list"),  # month archive
    ("http://x.cn/index.php?m=content&c=index&a=show&catid=12&id=345", "article"),  # PHPCMS
    ("http://x.cn/plus/view.php?aid=12402", "article"),  # DedeCMS
    ("https://w.example/?p=1234", "article"),  # WordPress post id
    ("https://w.example/?p=2", "list"),  # ... but a small p is a page number
    ("http://x.cn/html/shehui/list_12_2.html", "list"),
])
def test_url_shape(url, shape):
    assert url_shape(url) == shape


def test_pagination_and_non_html():
    assert is_pagination("http://x.cn/fzxw/index_2.html", "下一页")
    assert is_pagination("http://x.cn/fzxw/index_2.html", "2")
    assert is_pagination("https://a.example/category/scams/page/2/", "Next »")
    assert not is_pagination("http://x.cn/content/2021-09/15/content_8592512.html", "全国电信网络诈骗案件立案数连续3个月同比下降")
    assert is_non_html("http://x.cn/files/report.PDF") and not is_non_html("http://x.cn/a.shtml")
    assert not is_pagination("http://x.cn/html/2021/0916/12.html", "")  # an image link to an article
    assert not is_pagination("https://w.example/?p=1234", "")
    assert is_pagination("http://x.cn/html/shehui/list_12_2.html", "2")


def test_gzip_sitemaps_are_capped():
    import gzip

    from crawler import feeds

    bomb = gzip.compress(b"<urlset>" + b" " * (feeds.MAX_UNZIPPED + 1000))
    assert len(bomb) < 200_000
    assert len(feeds.maybe_gunzip(bomb)) == feeds.MAX_UNZIPPED
    assert feeds.maybe_gunzip(b"\x1f\x8bnot gzip") == b""


RSS = b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>
<item><title>a</title><link>http://x.cn/a/1.html</link><pubDate>Tue, 14 Sep 2021 08:00:00 +0800</pubDate></item>
<item><title>b</title><link>http://x.cn/a/2.html</link><pubDate>Wed, 15 Sep 2021 08:00:00 +0800</pubDate></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="big5"?><feed xmlns="http://www.w3.org/2005/Atom"><title>防詐</title>
<entry><title>假投資</title><link rel="alternate" href="http://tw.example/news/1001.html"/><id>tag:1001</id>
<updated>2024-03-05T10:20:00+08:00</updated></entry></feed>""".encode("big5")


def test_feeds_rss_and_atom():
    assert [e.url for e in parse_feed(RSS)] == ["http://x.cn/a/2.html", "http://x.cn/a/1.html"]
    assert [e.url for e in parse_feed(ATOM)] == ["http://tw.example/news/1001.html"]


def test_sitemaps():
    index = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>http://x.cn/sitemap-news.xml</loc></sitemap></sitemapindex>"""
    news = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
      xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>http://x.cn/a/1.html</loc><news:news><news:publication_date>2021-09-14</news:publication_date>
      <news:title>t</news:title></news:news></url>
      <url><loc>http://x.cn/a/2.html</loc><lastmod>2021-09-15</lastmod></url></urlset>"""
    assert parse_sitemap(index) == ("sitemapindex", [type(parse_sitemap(index)[1][0])("http://x.cn/sitemap-news.xml")])
    kind, entries = parse_sitemap(news)
    assert kind == "urlset"
    assert [e.url for e in entries] == ["http://x.cn/a/2.html", "http://x.cn/a/1.html"]
    assert parse_sitemap(b"\x00\x01garbage") == ("invalid", [])
    assert sitemaps_in_robots("User-agent: *\nDisallow: /admin/\nSitemap: http://x.cn/sitemap_index.xml\n") == [
        "http://x.cn/sitemap_index.xml"]


@pytest.mark.parametrize("value, expected", [
    ("javascript:openWin('/html/2021/0915/123.html')", "/html/2021/0915/123.html"),
    ('javascript:window.open("http://x.cn/a/1.shtml?id=3","_blank")', "http://x.cn/a/1.shtml?id=3"),
    ("JavaScript:go('list_2.html')", "list_2.html"),
    ("javascript:void(0)", None),
    ("/content/2021-09/15/content_1.html", "/content/2021-09/15/content_1.html"),
])
def test_javascript_links_are_unwrapped(value, expected):
    from crawler.discovery import unwrap_js_link

    assert unwrap_js_link(value) == expected
