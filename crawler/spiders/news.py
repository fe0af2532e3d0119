"""One generic spider for every source: feeds, sitemaps, robots.txt and list pages lead to articles.

Which page is an article is decided later from the page itself (pipelines.pagetype); here we only
discover and fetch, following in-site links up to max_depth (pagination does not cost depth) and
never more than max_pages pages per run.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.linkextractors import LinkExtractor

from crawler import discovery, feeds
from crawler.items import PageItem
from newsmon.config import Source, load_config
from pipelines.urls import canonicalize, same_site, site_of

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_LINK_XPATH = (
    "//link[@rel='alternate' and (contains(@type,'rss') or contains(@type,'atom'))]/@href"
)


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, source: Source | str | None = None, config: str | None = None, run_id: int | None = None,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if source is None:
            raise ValueError("NewsSpider needs a source: scrapy crawl news -a source=NAME [-a config=PATH]")
        if isinstance(source, str):
            source = load_config(config).source(source)
        self.source = source
        self.run_id = int(run_id) if run_id is not None else None
        self.sites = {site_of(u) for u in (*source.start_urls, *source.feeds, *source.sitemaps)}
        self.deny = [re.compile(p) for p in source.deny]
        self.pages_scheduled = 0
        self.link_extractor = LinkExtractor(unique=True, canonicalize=False, strip=True)
        self.sitemaps_seen: set[str] = set()

    # -- requests ---------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.source.feeds:
            yield self._meta_request(url, self.parse_feed, "feed", priority=30)
        for url in self.source.sitemaps:
            yield self._sitemap_request(url)
        if self.source.obey_robots:
            for root in sorted({f"{urlsplit(u).scheme}://{urlsplit(u).netloc}" for u in self.source.start_urls}):
                yield self._meta_request(root + "/robots.txt", self.parse_robots, "robots", priority=40,
                                         dont_obey=True)
        for url in self.source.start_urls:
            req = self._page_request(url, depth=0, via="start", priority=20, force=True)
            if req is not None:
                yield req

    def _meta_request(self, url: str, callback: Any, kind: str, priority: int, dont_obey: bool = False
                      ) -> scrapy.Request:
        meta = {"nm_kind": kind, "nm_depth": 0, "nm_via": kind, "handle_httpstatus_list": [404, 410]}
        if dont_obey:
            meta["dont_obey_robotstxt"] = True
        return scrapy.Request(url, callback=callback, errback=self.on_error, priority=priority, meta=meta,
                              dont_filter=False)

    def _sitemap_request(self, url: str) -> scrapy.Request | None:
        if url in self.sitemaps_seen or len(self.sitemaps_seen) >= 50:
            return None
        self.sitemaps_seen.add(url)
        return self._meta_request(url, self.parse_sitemap, "sitemap", priority=25)

    def _allowed(self, url: str) -> bool:
        if not url.startswith(("http://", "https://")) or discovery.is_non_html(url):
            return False
        if not any(same_site(url, s) for s in self.sites):
            return False
        return not any(p.search(url) for p in self.deny)

    def _page_request(self, url: str, depth: int, via: str, priority: int = 0, force: bool = False
                      ) -> scrapy.Request | None:
        url = canonicalize(url)
        if not force and not self._allowed(url):
            return None
        if self.pages_scheduled >= self.source.max_pages:
            self.crawler.stats.inc_value("newsmon/pages_over_limit")
            return None
        self.pages_scheduled += 1
        return scrapy.Request(url, callback=self.parse_page, errback=self.on_error, priority=priority,
                              meta={"nm_kind": "html", "nm_depth": depth, "nm_via": via})

    # -- callbacks --------------------------------------------------------------------------------
    def parse_page(self, response: Response) -> Iterator[Any]:
        ctype = _content_type(response)
        if not isinstance(response, TextResponse) or (ctype and not ctype.startswith(HTML_TYPES)):
            if feeds.looks_like_feed(response.body) or feeds.looks_like_sitemap(response.body):
                yield from self.parse_feed(response) if feeds.looks_like_feed(response.body) else \
                    self.parse_sitemap(response)
                return
            self.crawler.stats.inc_value("newsmon/skipped_non_html")
            yield self._item(response, "skipped", keep_body=False)
            return
        yield self._item(response, "html")
        if response.status >= 400:
            return
        depth = response.meta.get("nm_depth", 0)
        yield from self._follow_feeds(response)
        if depth >= self.source.max_depth:
            return
        for link in self.link_extractor.extract_links(response):
            pagination = discovery.is_pagination(link.url, link.text)
            shape = discovery.url_shape(link.url)
            priority = 10 if shape == "article" else (5 if pagination else 0)
            req = self._page_request(link.url, depth if pagination else depth + 1,
                                     "pagination" if pagination else "link", priority)
            if req is not None:
                yield req

    def _follow_feeds(self, response: TextResponse) -> Iterator[scrapy.Request]:
        if response.meta.get("nm_depth", 0) != 0:
            return
        try:
            hrefs = response.xpath(FEED_LINK_XPATH).getall()
        except ValueError:
            return
        for href in hrefs[:5]:
            url = urljoin(response.url, href.strip())
            if self._allowed(url) or any(same_site(url, s) for s in self.sites):
                yield self._meta_request(url, self.parse_feed, "feed", priority=30)

    def parse_feed(self, response: Response) -> Iterator[Any]:
        body = feeds.maybe_gunzip(response.body)
        if not feeds.looks_like_feed(body):
            if feeds.looks_like_sitemap(body):
                yield from self.parse_sitemap(response)
                return
            # A "feed" that is really a web page: treat it as a start page rather than fail.
            if isinstance(response, TextResponse):
                response.meta["nm_depth"] = 0
                yield from self.parse_page(response)
            return
        yield self._item(response, "feed")
        for entry in feeds.parse_feed(body):
            req = self._page_request(urljoin(response.url, entry.url), self.source.max_depth, "feed", priority=15)
            if req is not None:
                yield req

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        kind, entries = feeds.parse_sitemap(response.body)
        yield self._item(response, "sitemap")
        if kind == "sitemapindex":
            for entry in entries:
                if any(same_site(entry.url, s) for s in self.sites):
                    req = self._sitemap_request(entry.url)
                    if req is not None:
                        yield req
        elif kind == "urlset":
            for entry in entries:
                req = self._page_request(entry.url, self.source.max_depth, "sitemap", priority=12)
                if req is not None:
                    yield req
        else:
            self.crawler.stats.inc_value("newsmon/errors/bad_sitemap")

    def parse_robots(self, response: Response) -> Iterator[Any]:
        yield self._item(response, "robots", keep_body=False)
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        for url in feeds.sitemaps_in_robots(response.text):
            if any(same_site(url, s) for s in self.sites):
                req = self._sitemap_request(url)
                if req is not None:
                    yield req

    def on_error(self, failure: Any) -> None:
        request = getattr(failure, "request", None)
        if failure.check(IgnoreRequest) and "robots.txt" in failure.getErrorMessage():
            self.crawler.stats.inc_value("newsmon/robots_forbidden")  # obeying robots is not an error
            return
        kind = failure.type.__name__ if getattr(failure, "type", None) else "Error"
        if failure.check(HttpError):
            kind = f"http_{failure.value.response.status}"
        self.crawler.stats.inc_value(f"newsmon/errors/{kind}")
        self.logger.warning("fetch failed: %s (%s)", request.url if request else "?", failure.getErrorMessage())

    # -- items ------------------------------------------------------------------------------------
    def _item(self, response: Response, kind: str, keep_body: bool = True) -> PageItem:
        headers = {k.decode("latin-1").lower(): b", ".join(v).decode("latin-1")
                   for k, v in response.headers.items()}
        if kind == "html" and response.status >= 400:
            kind = "skipped"
        return PageItem(
            url=response.request.url if response.request else response.url,
            final_url=response.url,
            source=self.source.name,
            status=response.status,
            headers=headers,
            body=response.body if keep_body else b"",
            kind=kind,
            depth=response.meta.get("nm_depth", 0),
            via=response.meta.get("nm_via", "link"),
            fetched_at=datetime.now(UTC),
            content_type=_content_type(response) or None,
        )


def _content_type(response: Response) -> str:
    raw = response.headers.get(b"Content-Type") or b""
    return raw.decode("latin-1").split(";")[0].strip().lower()
