"""Article-or-list decisions on every page of the local test news web, without a crawl."""

from __future__ import annotations

import urllib.error
import urllib.request
from types import SimpleNamespace

import pytest

from pipelines.extraction import extract
from pipelines.pagetype import classify_page
from tests.newsweb import NewsWeb, load_expected

EXPECTED = load_expected()
SITES = [s for s in EXPECTED if not s.startswith("_")]


@pytest.fixture(scope="module")
def pages():
    """(site, path) -> (url, extracted) for every article and non-article page."""
    out = {}
    with NewsWeb() as web:
        for site in SITES:
            for path in [a["path"] for a in EXPECTED[site]["articles"]] + EXPECTED[site]["non_articles"]:
                url = web.base(site) + path
                try:
                    with urllib.request.urlopen(url, timeout=10) as resp:
                        out[(site, path)] = (url, extract(resp.read(), dict(resp.headers), url))
                except urllib.error.HTTPError:
                    continue
    return out


@pytest.mark.parametrize("site", SITES)
def test_every_article_is_an_article(pages, site):
    wrong = []
    for a in EXPECTED[site]["articles"]:
        url, ex = pages[(site, a["path"])]
        ok, score, reasons = classify_page(url, ex, "link")
        if not ok:
            wrong.append((a["path"], score, reasons))
    assert wrong == []


@pytest.mark.parametrize("site", SITES)
def test_no_list_tag_or_search_page_is_an_article(pages, site):
    wrong = []
    for path in EXPECTED[site]["non_articles"]:
        if (site, path) not in pages:
            continue
        url, ex = pages[(site, path)]
        ok, score, reasons = classify_page(url, ex, "link")
        if ok:
            wrong.append((path, score, reasons))
    assert wrong == []


def signals(**kw):
    base = dict(text_chars=800, link_density=0.1, paragraphs=8, published_at=None, og_type=None, jsonld_types=[])
    return SimpleNamespace(**{**base, **kw})


def test_short_text_is_never_an_article():
    assert classify_page("http://x.cn/a/2021/0915/1.html", signals(text_chars=40, og_type="article")) == (
        False, -10.0, ["main text too short (40)"])


def test_allow_patterns_refine_articles_only():
    ok, _, reasons = classify_page("http://x.cn/english/2021/0915/1.html", signals(), allow=["/content/"])
    assert not ok and reasons[-1] == "URL matches no 'allow' pattern"
    assert classify_page("http://x.cn/content/2021/0915/1.html", signals(), allow=["/content/"])[0]


def test_semantic_markup_does_not_rescue_a_link_farm_list():
    ex = signals(og_type="article", link_density=0.6, text_chars=400, paragraphs=2)
    assert not classify_page("http://x.cn/news/index_3.html", ex)[0]
