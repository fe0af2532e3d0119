"""Scrapy stage: run the pure extractor on every fetched HTML page."""

from __future__ import annotations

import logging
from typing import Any

from pipelines.extraction import extract
from pipelines.stage import Stage

log = logging.getLogger(__name__)


class ExtractPipeline(Stage):
    def process_item(self, item: Any) -> Any:
        if item.kind != "html" or not item.body:
            return item
        try:
            item.extracted = extract(item.body, item.headers, item.final_url,
                                     default_tz=getattr(self.source, "timezone", None))
        except Exception as exc:  # the extractor must not raise; if it does, keep crawling
            log.warning("extraction failed for %s: %r", item.final_url, exc)
            self.inc("newsmon/errors/extraction")
            item.kind = "skipped"
        return item
