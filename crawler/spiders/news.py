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
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError

from crawler import discovery, feeds
from crawler.items import PageItem
from crawler.middlewares import media_type
from newsmon.config import Source, load_config
from pipelines.normalise import body_hash
from pipelines.store.db import connect
from pipelines.store.pages import KnownPage, known_pages
from pipelines.urls import canonicalize, same_site, site_of

HTML_TYPES = ("text/html", "application/xhtml+xml")
REL_NEXT_XPATH = ("//a[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href"
                  " | //link[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href")
MAX_PAGINATION = 10  # next-page links followed per list without spending depth
FEED_LINK_XPATH = (
    "//link[@rel='alternate' and (contains(@type,'rss') or contains(@type,'atom'))]/@href"
)


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, source: Source | str | None = None, config: str | None = None, run_id: int | None = None,
                 refresh_all: bool | str = False, **kwargs: Any) -> None:
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
        self.requested: set[str] = set()
        # frames/iframes carry the content of older government CMS pages; javascript: links are unwrapped
        self.link_extractor = LinkExtractor(unique=True, canonicalize=False, strip=True,
                                            tags=("a", "area", "frame", "iframe"), attrs=("href", "src"),
                                            process_value=discovery.unwrap_js_link)
        self.sitemaps_seen: set[str] = set()
        self.refresh_all = str(refresh_all).lower() in ("1", "true", "yes")
        self.known: dict[str, KnownPage] = {}
        self.now = datetime.now(UTC)

    # -- requests ---------------------------------------------------------------------------------
    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.robots_parsed, signal=signals.robots_parsed)
        return spider

    def robots_parsed(self, robotparser: Any, request: Any) -> None:
        """Sitemap: lines of a robots.txt that Scrapy's RobotsTxtMiddleware fetched for us."""
        parsed = getattr(robotparser, "rp", None)  # Protego, Scrapy's default parser
        sites = set(self.sites)
        if request is not None and request.meta.get("nm_via") == "start":
            sites.add(site_of(request.url))  # a start page that redirected to another host
        for url in list(getattr(parsed, "sitemaps", None) or []):
            if any(same_site(url, s) for s in sites):
                req = self._sitemap_request(url)
                if req is not None:
                    self.crawler.engine.crawl(req)

    def load_known_pages(self) -> None:
        """Validators and article ages from earlier runs (empty on a first crawl)."""
        url = self.settings.get("NEWSMON_DATABASE_URL")
        if not url or not self.settings.getbool("NEWSMON_INCREMENTAL", True):
            return
        with connect(url) as conn:
            self.known = known_pages(conn, self.source.name)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self.load_known_pages()
        for url in self.source.feeds:
            yield self._meta_request(url, self.parse_feed, "feed", priority=30)
        for url in self.source.sitemaps:
            yield self._sitemap_request(url)
        # robots.txt leads to sitemaps. Obeyed, Scrapy's middleware fetches it once per host and we
        # read its Sitemap: lines from the parsed file (robots_parsed); not obeyed, we fetch it ourselves.
        if not self.source.obey_robots:
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
        if url in self.sitemaps_seen or len(self.sitemaps_seen) >= 50 or self._denied(url):
            return None
        self.sitemaps_seen.add(url)
        return self._meta_request(url, self.parse_sitemap, "sitemap", priority=25)

    def _allowed(self, url: str) -> bool:
        if not url.startswith(("http://", "https://")) or discovery.is_non_html(url):
            return False
        if not any(same_site(url, s) for s in self.sites):
            return False
        return not self._denied(url)

    def _denied(self, url: str) -> bool:
        return any(p.search(url) for p in self.deny)

    def _page_request(self, url: str, depth: int, via: str, priority: int = 0, force: bool = False,
                      hops: int = 0) -> scrapy.Request | None:
        try:
            url = canonicalize(url)
        except ValueError:  # a bad port or host in one link must not end the feed or page it came from
            self.crawler.stats.inc_value("newsmon/bad_urls")
            return None
        if url in self.requested:  # nav links repeat on every page: count each URL once
            return None
        if not force and not self._allowed(url):
            return None
        known = self.known.get(url)
        headers: dict[str, str] = {}
        if known is not None and known.kind == "article" and not self.refresh_all:
            age = (self.now - known.article_time).total_seconds() if known.article_time else 0.0
            if age > self.source.refresh_age:
                self.crawler.stats.inc_value("newsmon/articles_not_rechecked")  # old news does not change
                return None
        if known is not None and known.kind in ("article", "list"):
            headers = conditional_headers(known)
        if self.pages_scheduled >= self.source.max_pages:
            self.crawler.stats.inc_value("newsmon/pages_over_limit")
            return None
        self.pages_scheduled += 1
        self.requested.add(url)
        return scrapy.Request(url, callback=self.parse_page, errback=self.on_error, priority=priority,
                              headers=headers or None,
                              meta={"nm_kind": "html", "nm_depth": depth, "nm_via": via, "nm_hops": hops,
                                    "handle_httpstatus_list": [304],
                                    "nm_known_kind": known.kind if known else None})

    # -- callbacks --------------------------------------------------------------------------------
    def parse_page(self, response: Response) -> Iterator[Any]:
        if response.meta.get("nm_via") == "start" and not any(same_site(response.url, s) for s in self.sites):
            # the configured home page moved (new domain, www, https): its links belong to the source
            self.sites.add(site_of(response.url))
            self.logger.info("start page %s redirected to %s: crawling that site too",
                             original_url(response), response.url)
            if not self.source.obey_robots:  # obeyed: the middleware reads the new host's robots.txt
                root = f"{urlsplit(response.url).scheme}://{urlsplit(response.url).netloc}"
                yield self._meta_request(root + "/robots.txt", self.parse_robots, "robots", priority=40,
                                         dont_obey=True)
        if response.status == 304:
            yield from self.not_modified(response)
            return
        ctype = _content_type(response)
        if not isinstance(response, TextResponse) or (ctype and not ctype.startswith(HTML_TYPES)):
            if feeds.looks_like_feed(response.body) or feeds.looks_like_sitemap(response.body):
                yield from self.parse_feed(response) if feeds.looks_like_feed(response.body) else \
                    self.parse_sitemap(response)
                return
            self.crawler.stats.inc_value("newsmon/skipped_non_html")
            yield self._item(response, "skipped", keep_body=False)
            return
        page = self._item(response, "html")
        depth = response.meta.get("nm_depth", 0)
        links: list[tuple[str, bool]] = []
        if response.status < 400:
            nexts = self._rel_next(response)
            links = [(link.url, link.url in nexts or discovery.is_pagination(link.url, link.text))
                     for link in self.link_extractor.extract_links(response) if self._allowed(link.url)]
            seen = {url for url, _ in links}
            links += [(url, True) for url in sorted(nexts - seen) if self._allowed(url)]  # <link rel=next>
            # stored even at max_depth: a later run may reach this page higher up and replay them on 304
            page.links = [url for url, _ in links]  # set before the item leaves: the store may flush at once
        yield page
        if response.status >= 400:
            return
        yield from self._follow_feeds(response)
        if depth < self.source.max_depth:
            yield from self._follow(links, depth, response.meta.get("nm_hops", 0))

    @staticmethod
    def _rel_next(response: TextResponse) -> set[str]:
        """Pages a list declares as its next page (rel="next" on <a> or <link>)."""
        try:
            hrefs = response.xpath(REL_NEXT_XPATH).getall()
        except ValueError:
            return set()
        return {urljoin(response.url, h.strip()) for h in hrefs if h.strip()}

    def _follow(self, links: list[tuple[str, bool]], depth: int, hops: int = 0) -> Iterator[scrapy.Request]:
        for url, pagination in links:
            # a list's next pages keep its depth, but only for MAX_PAGINATION pages (archives are endless)
            pagination = pagination and hops < MAX_PAGINATION
            shape = discovery.url_shape(url)
            priority = 10 if shape == "article" else (5 if pagination else 0)
            req = self._page_request(url, depth if pagination else depth + 1,
                                     "pagination" if pagination else "link", priority,
                                     hops=hops + 1 if pagination else 0)
            if req is not None:
                yield req

    def not_modified(self, response: Response) -> Iterator[Any]:
        """304: nothing to extract; a list page still leads to the links it had last time."""
        item = self._item(response, "not_modified", keep_body=False)
        item.known_kind = response.meta.get("nm_known_kind")
        yield item
        known = self.known.get(item.url)
        depth = response.meta.get("nm_depth", 0)
        if known is not None and known.kind == "list" and depth < self.source.max_depth:
            yield from self._follow([(u, discovery.is_pagination(u)) for u in known.links], depth,
                                    response.meta.get("nm_hops", 0))

    def _follow_feeds(self, response: TextResponse) -> Iterator[scrapy.Request]:
        if response.meta.get("nm_depth", 0) != 0:
            return
        try:
            hrefs = response.xpath(FEED_LINK_XPATH).getall()
        except ValueError:
            return
        for href in hrefs[:5]:
            url = urljoin(response.url, href.strip())
            if any(same_site(url, s) for s in self.sites) and not self._denied(url):
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
        self._note_unchanged(response, "feeds")
        for entry in feeds.parse_feed(body):
            req = self._page_request(urljoin(response.url, entry.url), self.source.max_depth, "feed", priority=15)
            if req is not None:
                yield req

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        kind, entries = feeds.parse_sitemap(response.body)
        yield self._item(response, "sitemap")
        self._note_unchanged(response, "sitemaps")
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

    def _note_unchanged(self, response: Response, what: str) -> None:
        """Feeds and sitemaps are fetched whole (servers send stale validators) and compared by hash.

        Unchanged ones are still read: entries an earlier run could not fetch (page budget, time
        limit, 5xx) must get another chance, and known old articles cost no request anyway.
        """
        known = self.known.get(original_url(response))
        if known is not None and known.content_hash == body_hash(response.body):
            self.crawler.stats.inc_value(f"newsmon/{what}_unchanged")

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
            url=original_url(response),
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


def original_url(response: Response) -> str:
    """The URL as linked, before redirects: the key later runs look pages up by."""
    redirects = response.meta.get("redirect_urls")
    if redirects:
        return redirects[0]
    return response.request.url if response.request else response.url


def conditional_headers(known: KnownPage) -> dict[str, str]:
    headers = {}
    if known.etag:
        headers["If-None-Match"] = known.etag
    if known.last_modified:
        headers["If-Modified-Since"] = known.last_modified
    return headers


def _content_type(response: Response) -> str:
    return media_type(response.headers.get(b"Content-Type"))
