"""URL identity: every address of one page canonicalises to one article key."""

import pytest

from pipelines.normalise import canonical_url_for
from pipelines.urls import canonicalize

PAGE = "http://www.legaldaily.com.cn/fzxw/content/2021-09/15/content_8592512.html"


@pytest.mark.parametrize("variant", [
    "HTTP://WWW.LEGALDAILY.COM.CN/fzxw/content/2021-09/15/content_8592512.html",
    "http://www.legaldaily.com.cn:80/fzxw/content/2021-09/15/content_8592512.html",
    "http://www.legaldaily.com.cn./fzxw/content/2021-09/15/content_8592512.html",
    "http://www.legaldaily.com.cn/fzxw/content/2021-09/15/content_8592512.html#comments",
    "http://www.legaldaily.com.cn/fzxw/content/2021-09/15/content_8592512.html?utm_source=weibo&spm=1.2",
    "http://www.legaldaily.com.cn/fzxw/content/2021-09/15/content_8592512.html?from=singlemessage&isappinstalled=0",
    "  http://www.legaldaily.com.cn/fzxw/content/2021-09/15/content_8592512.html  ",
])
def test_addresses_of_one_page_are_one_article(variant):
    assert canonicalize(variant) == PAGE


def test_query_order_and_https_default_port():
    assert canonicalize("https://X.cn:443/a?b=2&a=1&fbclid=zz") == canonicalize("https://x.cn/a?a=1&b=2") == \
        "https://x.cn/a?a=1&b=2"
    assert canonicalize("https://x.cn:8443/a") == "https://x.cn:8443/a"  # a real port is identity


def test_canonical_link_same_site_only_and_redirects():
    # after a redirect the spider hands over the final URL; a same-site canonical link wins over it
    assert canonical_url_for("https://m.legaldaily.com.cn/a.html?utm_medium=app",
                             "http://www.legaldaily.com.cn/fzxw/content/2021-09/15/content_8592512.html") == PAGE
    # a mirror that declares the original as canonical stays its own article (and joins the story by text)
    assert canonical_url_for("http://farm.example/html/1.html#top", PAGE) == "http://farm.example/html/1.html"
    assert canonical_url_for("http://x.cn/a.html", "/relative.html") == "http://x.cn/a.html"
    assert canonical_url_for("http://x.cn/a.html", None) == "http://x.cn/a.html"
