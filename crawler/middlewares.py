"""Downloader-side guards: do not download the body of a link that turns out to be a PDF or a video."""

from __future__ import annotations

import logging
from typing import Any

from scrapy import signals
from scrapy.exceptions import StopDownload
from scrapy.logformatter import LogFormatter

NON_HTML_PREFIXES = ("image/", "audio/", "video/", "font/")
NON_HTML_TYPES = {
    "application/pdf", "application/zip", "application/octet-stream", "application/x-rar-compressed",
    "application/msword", "application/vnd.ms-excel", "application/x-msdownload", "application/gzip",
    "application/x-7z-compressed", "application/vnd.android.package-archive",
}


def media_type(content_type: bytes | None) -> str:
    """"text/html; charset=gbk" → "text/html" (lower-case; "" when absent)."""
    return (content_type or b"").decode("latin-1").split(";")[0].strip().lower()


class ContentTypeFilterMiddleware:
    """Stops a page download as soon as headers say it is not a web page (nothing useful, maybe huge)."""

    @classmethod
    def from_crawler(cls, crawler: Any) -> ContentTypeFilterMiddleware:
        mw = cls()
        mw.stats = crawler.stats
        crawler.signals.connect(mw.headers_received, signal=signals.headers_received)
        return mw

    def headers_received(self, headers: Any, body_length: int, request: Any, spider: Any) -> None:
        if request.meta.get("nm_kind") != "html":
            return
        ctype = media_type(headers.get(b"Content-Type"))
        if ctype.startswith(NON_HTML_PREFIXES) or ctype in NON_HTML_TYPES:
            self.stats.inc_value("newsmon/skipped_non_html_early")
            raise StopDownload(fail=False)


class QuietLogFormatter(LogFormatter):
    """Items carry raw page bytes: never dump them into the log."""

    def scraped(self, item: Any, response: Any, spider: Any) -> dict[str, Any]:
        return {"level": logging.DEBUG, "msg": "stored %(url)s", "args": {"url": getattr(item, "url", "?")}}

    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any) -> dict[str, Any]:
        return {"level": logging.INFO, "msg": "dropped %(url)s: %(reason)s",
                "args": {"url": getattr(item, "url", "?"), "reason": str(exception)}}
