"""Base for Scrapy item pipeline stages: access to the crawl's source and stats without the
deprecated `spider` argument."""

from __future__ import annotations

from typing import Any


class Stage:
    def __init__(self, crawler: Any = None) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> Stage:
        return cls(crawler)

    @property
    def spider(self) -> Any:
        return getattr(self.crawler, "spider", None)

    @property
    def source(self) -> Any:
        return getattr(self.spider, "source", None)

    def inc(self, key: str, count: int = 1) -> None:
        if self.crawler is not None:
            self.crawler.stats.inc_value(key, count)
