"""A small local "news web" for end-to-end crawl tests.

Every site under ``sites/<name>/`` (a directory with a ``site.json``) is served
by its own threaded HTTP server on 127.0.0.1 with an ephemeral port::

    with NewsWeb() as web:
        web.base("fzrb")            # -> "http://127.0.0.1:54321"
        web.requested_paths("fzrb") # paths fetched so far

Files are stored in UTF-8 on disk and encoded to the site's encoding when
served.  ``{{BASE}}`` is replaced by the site's base URL and ``{{BASE:other}}``
by another site's base URL.  Files ending in ``.raw`` are served verbatim
(``/x.html`` falls back to ``x.html.raw``), as are binary types (pdf, images).

See README.md in this folder for the site map and site.json keys.
"""

from __future__ import annotations

import copy
import email.utils
import hashlib
import html
import json
import re
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

__all__ = ["NewsWeb", "SITES_DIR", "EXPECTED_PATH", "load_expected"]

HERE = Path(__file__).resolve().parent
SITES_DIR = HERE / "sites"
EXPECTED_PATH = HERE / "expected.json"

MAX_DELAY = 30.0
LINKS_MARKER = "<!--newsweb:links-->"
ITEMS_MARKER = "<!--newsweb:items-->"

TEXT_TYPES = {
    ".html": "text/html; charset={charset}",
    ".htm": "text/html; charset={charset}",
    ".shtml": "text/html; charset={charset}",
    ".xml": "application/xml; charset={charset}",
    ".txt": "text/plain; charset={charset}",
    ".json": "application/json; charset={charset}",
    ".css": "text/css; charset={charset}",
    ".js": "application/javascript; charset={charset}",
}
BINARY_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".ico": "image/x-icon",
    ".zip": "application/zip",
    ".doc": "application/msword",
    ".bin": "application/octet-stream",
}

ERROR_PAGE = """<!DOCTYPE html>
<html>
<head><title>{code} {reason}</title></head>
<body>
<center><h1>{code} {reason}</h1></center>
<hr><center>nginx/1.18.0</center>
</body>
</html>
"""


def load_expected() -> dict:
    return json.loads(EXPECTED_PATH.read_text("utf-8"))


def _parse_iso(value: str) -> float:
    return datetime.fromisoformat(value).timestamp()


def _http_date(ts: float) -> str:
    return email.utils.formatdate(int(ts), usegmt=True)


class _Resource:
    __slots__ = ("body", "content_type", "status", "last_modified", "headers", "stream")

    def __init__(self, body=b"", content_type="text/html", status=200, last_modified=None,
                 headers=None, stream=None):
        self.body = body
        self.content_type = content_type
        self.status = status
        self.last_modified = last_modified
        self.headers = headers or {}
        self.stream = stream  # (size, chunked, encoding) for /big.html-like endpoints


class _Site:
    def __init__(self, name: str, directory: Path):
        self.name = name
        self.dir = directory
        cfg_path = directory / "site.json"
        self.config = json.loads(cfg_path.read_text("utf-8")) if cfg_path.exists() else {}
        self.encoding = self.config.get("encoding", "utf-8")
        self.charset_label = self.config.get("charset_label", self.encoding)
        self.server: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None
        self.port: int | None = None

    @property
    def base(self) -> str:
        if self.port is None:
            raise RuntimeError("NewsWeb not started")
        return f"http://127.0.0.1:{self.port}"


class NewsWeb:
    """Serve every site in ``root`` (default: ``tests/newsweb/sites``) on 127.0.0.1."""

    def __init__(self, root: str | Path | None = None, ports: dict[str, int] | None = None):
        self.root = Path(root) if root else SITES_DIR
        self.ports = dict(ports or {})  # fixed ports (the demo); others get ephemeral ones
        self._sites: dict[str, _Site] = {}
        for d in sorted(self.root.iterdir()):
            if d.is_dir() and (d / "site.json").exists():
                self._sites[d.name] = _Site(d.name, d)
        order = ["fzrb", "mirror", "tw165", "alerts"]
        self.sites: list[str] = sorted(self._sites, key=lambda s: (order.index(s) if s in order else 99, s))
        self._lock = threading.RLock()
        self.log: list[dict] = []
        self._overlay: dict[tuple[str, str], tuple[str | bytes, float]] = {}
        self._touched: dict[tuple[str, str], float] = {}
        self._extra_links: dict[tuple[str, str], list[str]] = {}
        self._extra_items: dict[str, list[dict]] = {}
        self._delays: dict[tuple[str, str], float] = {}
        self._statuses: dict[tuple[str, str], list] = {}
        self._redirects: dict[tuple[str, str], tuple[int, str]] = {}
        self._started = False

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> NewsWeb:
        if self._started:
            return self
        for site in self._sites.values():
            handler = type(f"Handler_{site.name}", (_Handler,), {"web": self, "site": site})
            server = ThreadingHTTPServer(("127.0.0.1", self.ports.get(site.name, 0)), handler)
            server.daemon_threads = True
            site.server = server
            site.port = server.server_address[1]
            site.thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                                           name=f"newsweb-{site.name}", daemon=True)
            site.thread.start()
        self._started = True
        return self

    def stop(self) -> None:
        for site in self._sites.values():
            if site.server is not None:
                site.server.shutdown()
                site.server.server_close()
                site.server = None
            if site.thread is not None:
                site.thread.join(timeout=5)
                site.thread = None
        self._started = False

    def __enter__(self) -> NewsWeb:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # ------------------------------------------------------------------ info
    def base(self, site: str) -> str:
        return self._site(site).base

    def url(self, site: str, path: str = "/") -> str:
        return self.base(site) + path

    def bases(self) -> dict[str, str]:
        return {name: self.base(name) for name in self.sites}

    def site_config(self, site: str) -> dict:
        return copy.deepcopy(self._site(site).config)

    def site_for_url(self, url: str) -> str | None:
        netloc = urlsplit(url).netloc
        for name, s in self._sites.items():
            if s.port is not None and netloc == f"127.0.0.1:{s.port}":
                return name
        return None

    def _site(self, site: str) -> _Site:
        try:
            return self._sites[site]
        except KeyError:
            raise KeyError(f"unknown site {site!r}; known: {self.sites}") from None

    # ------------------------------------------------------------------ log
    def _record(self, rec: dict) -> None:
        with self._lock:
            self.log.append(rec)

    def records(self, site: str | None = None) -> list[dict]:
        with self._lock:
            return [dict(r) for r in self.log if site is None or r["site"] == site]

    def requested_paths(self, site: str | None = None) -> list[str]:
        return [r["path"] for r in self.records(site)]

    def clear_log(self) -> None:
        with self._lock:
            self.log.clear()

    # ------------------------------------------------------------------ mutation
    def set_file(self, site: str, path: str, content: str | bytes) -> None:
        """Add or replace the file served at URL ``path`` (str: encoded + {{BASE}}; bytes: raw)."""
        key = self._resource_key(self._site(site), path)
        with self._lock:
            self._overlay[(site, key)] = (content, time.time())

    def remove_file(self, site: str, path: str) -> None:
        """Make ``path`` 404 (also hides on-disk files)."""
        key = self._resource_key(self._site(site), path)
        with self._lock:
            self._overlay[(site, key)] = (None, time.time())

    def add_link(self, site: str, list_path: str, href: str, text: str, date: str = "") -> None:
        """Insert a link at the ``<!--newsweb:links-->`` marker of the page at ``list_path``."""
        s = self._site(site)
        key = self._resource_key(s, list_path)
        tpl = s.config.get("link_template", '<li><a href="{href}">{text}</a> <span>{date}</span></li>')
        item = tpl.format(href=html.escape(href), text=html.escape(text), date=html.escape(date))
        with self._lock:
            self._extra_links.setdefault((site, key), []).insert(0, item)
            self._touched[(site, key)] = time.time()

    def add_feed_item(self, site: str, path: str, title: str, published: str | None = None,
                      summary: str = "", author: str = "") -> None:
        """Add an entry to every feed and sitemap of the site (newest first)."""
        s = self._site(site)
        published = published or datetime.now(UTC).astimezone().isoformat(timespec="seconds")
        entry = {"path": path, "title": title, "published": published, "summary": summary, "author": author}
        now = time.time()
        with self._lock:
            self._extra_items.setdefault(site, []).insert(0, entry)
            for p in list(s.config.get("feeds", {})) + list(s.config.get("sitemaps", {})):
                self._touched[(site, self._resource_key(s, p))] = now

    def add_article(self, site: str, path: str, html_text: str, *, title: str | None = None,
                    published: str | None = None, summary: str = "", author: str = "",
                    link_pages: list[str] | None = None) -> None:
        """Publish a new article: serve it, link it from the site's list pages, add it to feeds/sitemaps."""
        s = self._site(site)
        if title is None:
            m = re.search(r"<title[^>]*>(.*?)</title>", html_text, re.S | re.I)
            title = html.unescape(m.group(1)).strip() if m else path
        self.set_file(site, path, html_text)
        date = (published or "")[:10]
        for lp in link_pages if link_pages is not None else s.config.get("link_pages", ["/"]):
            self.add_link(site, lp, path, title, date)
        self.add_feed_item(site, path, title, published, summary, author)

    def set_delay(self, site: str, path_prefix: str, seconds: float) -> None:
        """Delay responses whose path starts with ``path_prefix`` (bounded to 30 s; 0 removes)."""
        self._site(site)
        seconds = max(0.0, min(float(seconds), MAX_DELAY))
        with self._lock:
            if seconds:
                self._delays[(site, path_prefix)] = seconds
            else:
                self._delays.pop((site, path_prefix), None)

    def set_redirect(self, site: str, path: str, location: str | None, code: int = 301) -> None:
        """Answer ``path`` with a redirect to ``location`` (absolute, may name another site); None clears."""
        self._site(site)
        with self._lock:
            if location is None:
                self._redirects.pop((site, path), None)
            else:
                self._redirects[(site, path)] = (code, location)

    def set_status(self, site: str, path: str, code: int | None, times: int | None = None) -> None:
        """Force status ``code`` for ``path`` (exact path, query ignored unless given).

        ``times=None`` means always; ``times=1`` means only the next request.  ``code=None`` clears.
        """
        self._site(site)
        with self._lock:
            if code is None:
                self._statuses.pop((site, path), None)
            else:
                self._statuses[(site, path)] = [int(code), times]

    def reset(self) -> None:
        """Drop all overlays, extra links/items, delays and forced statuses (log is kept)."""
        with self._lock:
            self._overlay.clear()
            self._touched.clear()
            self._extra_links.clear()
            self._extra_items.clear()
            self._delays.clear()
            self._statuses.clear()
            self._redirects.clear()

    # ------------------------------------------------------------------ resolution
    def _resource_key(self, s: _Site, path: str) -> str:
        """URL path (optionally with query) -> relative file name inside the site dir."""
        parts = urlsplit(path)
        upath = unquote(parts.path) or "/"
        routes = s.config.get("routes", {})
        if parts.query and f"{upath}?{parts.query}" in routes:
            return routes[f"{upath}?{parts.query}"]
        if upath in routes:
            return routes[upath]
        if upath.endswith("/"):
            upath += "index.html"
        return upath.lstrip("/")

    def _delay_for(self, site: str, path: str) -> float:
        with self._lock:
            best = ("", 0.0)
            for (sname, prefix), sec in self._delays.items():
                if sname == site and path.startswith(prefix) and len(prefix) >= len(best[0]):
                    best = (prefix, sec)
            return best[1]

    def _forced_status(self, site: str, path: str) -> int | None:
        with self._lock:
            for key in ((site, path), (site, urlsplit(path).path)):
                entry = self._statuses.get(key)
                if entry:
                    code, times = entry
                    if times is not None:
                        entry[1] = times - 1
                        if entry[1] <= 0:
                            del self._statuses[key]
                    return code
            return None

    def _content_type(self, s: _Site, key: str, override: dict) -> tuple[str, bool]:
        """(content type, is_text) for resource ``key``."""
        name = key[:-4] if key.endswith(".raw") else key
        ext = Path(name).suffix.lower()
        if "content_type" in override:
            ctype = override["content_type"]
        elif ext in s.config.get("content_types", {}):
            ctype = s.config["content_types"][ext]
        elif ext in TEXT_TYPES:
            ctype = TEXT_TYPES[ext].format(charset=s.charset_label)
        elif ext in BINARY_TYPES:
            ctype = BINARY_TYPES[ext]
        else:
            ctype = "application/octet-stream"
        is_text = ext in TEXT_TYPES or ext in s.config.get("content_types", {})
        return ctype, is_text and not key.endswith(".raw")

    def _render_text(self, s: _Site, key: str, text: str) -> str:
        if "{{BASE" in text:
            text = text.replace("{{BASE}}", s.base)
            for other in self._sites.values():
                if other.port is not None:
                    text = text.replace(f"{{{{BASE:{other.name}}}}}", other.base)
        with self._lock:
            links = list(self._extra_links.get((s.name, key), ()))
            items = list(self._extra_items.get(s.name, ()))
        if LINKS_MARKER in text and links:
            text = text.replace(LINKS_MARKER, LINKS_MARKER + "\n" + "\n".join(links))
        if ITEMS_MARKER in text and items:
            fmt = None
            for p, kind in list(s.config.get("feeds", {}).items()) + list(s.config.get("sitemaps", {}).items()):
                if self._resource_key(s, p) == key:
                    fmt = kind
            if fmt:
                text = text.replace(ITEMS_MARKER, ITEMS_MARKER + "\n" + "\n".join(
                    _format_item(fmt, s, it) for it in items))
        return text

    def _last_modified(self, s: _Site, key: str, url_path: str, file_mtime: float | None) -> float:
        table = s.config.get("last_modified", {})
        lm = None
        for k in (url_path, "/" + key):
            if k in table:
                lm = _parse_iso(table[k])
                break
        if lm is None:
            lm = _parse_iso(table["default"]) if "default" in table else (file_mtime or 0.0)
        with self._lock:
            touched = self._touched.get((s.name, key))
        if file_mtime is not None and file_mtime > lm and (s.name, key) in self._overlay:
            lm = file_mtime
        if touched and touched > lm:
            lm = touched
        return float(int(lm))

    def _resolve(self, s: _Site, raw_path: str) -> _Resource:
        parts = urlsplit(raw_path)
        url_path = unquote(parts.path) or "/"
        cfg = s.config
        overrides = cfg.get("overrides", {})
        override = overrides.get(raw_path) or overrides.get(url_path) or {}

        big = cfg.get("big", {}).get(url_path)
        if big:
            ctype = s.config.get("content_types", {}).get(".html") or TEXT_TYPES[".html"].format(
                charset=s.charset_label)
            return _Resource(content_type=ctype, last_modified=_parse_iso(cfg.get("last_modified", {}).get(
                "default", "2021-01-01T00:00:00+08:00")), stream=(int(big["size"]), bool(big.get("chunked")),
                                                                  s.encoding))

        key = self._resource_key(s, raw_path)
        content: str | bytes | None = None
        mtime: float | None = None
        with self._lock:
            ov = self._overlay.get((s.name, key))
        if ov is not None:
            content, mtime = ov
            if content is None:
                return self._not_found(s)
        else:
            base_dir = s.dir.resolve()
            for cand_key in (key, key + ".raw"):
                f = (s.dir / cand_key).resolve()
                if base_dir in f.parents and f.is_file() and f.name != "site.json":
                    key = cand_key
                    content = f.read_bytes()
                    break
            if content is None:
                return self._not_found(s)

        ctype, is_text = self._content_type(s, key, override)
        if isinstance(content, str) and not is_text:
            content = content.encode(override.get("encoding", s.encoding))
        if is_text:
            text = content.decode("utf-8") if isinstance(content, bytes) else content
            text = self._render_text(s, key, text)
            body = text.encode(override.get("encoding", s.encoding))
        else:
            body = content
        lm = self._last_modified(s, key, url_path, mtime)
        return _Resource(body=body, content_type=ctype, status=int(override.get("status", 200)),
                         last_modified=lm, headers=override.get("headers", {}))

    def _not_found(self, s: _Site) -> _Resource:
        f = s.dir / "404.html"
        if f.exists():
            body = self._render_text(s, "404.html", f.read_text("utf-8")).encode(s.encoding)
        else:
            body = ERROR_PAGE.format(code=404, reason="Not Found").encode()
        ctype = s.config.get("content_types", {}).get(".html") or TEXT_TYPES[".html"].format(
            charset=s.charset_label)
        return _Resource(body=body, content_type=ctype, status=404)


def _format_item(fmt: str, s: _Site, it: dict) -> str:
    link = s.base + it["path"]
    title = html.escape(it["title"], quote=False)
    pub = it["published"]
    dt = datetime.fromisoformat(pub)
    if fmt == "rss":
        author = f"\n      <author>{html.escape(it['author'])}</author>" if it.get("author") else ""
        return (f"    <item>\n      <title>{title}</title>\n      <link>{link}</link>\n"
                f"      <guid isPermaLink=\"true\">{link}</guid>\n"
                f"      <pubDate>{email.utils.format_datetime(dt)}</pubDate>{author}\n"
                f"      <description><![CDATA[{it.get('summary', '')}]]></description>\n    </item>")
    if fmt == "atom":
        return (f"  <entry>\n    <title>{title}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{link}\"/>\n"
                f"    <id>{link}</id>\n    <published>{pub}</published>\n    <updated>{pub}</updated>\n"
                f"    <summary>{html.escape(it.get('summary', ''))}</summary>\n  </entry>")
    if fmt == "news":
        lang = s.config.get("lang", "zh")
        return (f"  <url>\n    <loc>{link}</loc>\n    <news:news>\n      <news:publication>\n"
                f"        <news:name>{html.escape(s.config.get('title', s.name))}</news:name>\n"
                f"        <news:language>{lang}</news:language>\n      </news:publication>\n"
                f"      <news:publication_date>{pub}</news:publication_date>\n"
                f"      <news:title>{title}</news:title>\n    </news:news>\n  </url>")
    # plain urlset
    return f"  <url>\n    <loc>{link}</loc>\n    <lastmod>{pub}</lastmod>\n    <changefreq>never</changefreq>\n  </url>"


class _Handler(BaseHTTPRequestHandler):
    web: NewsWeb
    site: _Site
    protocol_version = "HTTP/1.1"
    server_version = "nginx/1.18.0"
    sys_version = ""

    def log_message(self, format, *args):  # noqa: A002 - silence stderr logging
        pass

    def do_HEAD(self):
        self._serve(head=True)

    def do_GET(self):
        self._serve(head=False)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(min(length, 1 << 20))
        self._send_simple(405, "Method Not Allowed")

    def _send_simple(self, code: int, reason: str, head: bool = False) -> None:
        body = ERROR_PAGE.format(code=code, reason=reason).encode()
        self._log(code)
        self.send_response(code)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        if code == 503:
            self.send_header("Retry-After", "1")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _log(self, status: int) -> None:
        self.web._record({
            "site": self.site.name,
            "method": self.command,
            "path": self.path,
            "status": status,
            "if_none_match": self.headers.get("If-None-Match"),
            "if_modified_since": self.headers.get("If-Modified-Since"),
            "user_agent": self.headers.get("User-Agent"),
            "time": time.time(),
        })

    def _serve(self, head: bool) -> None:
        try:
            self._serve_inner(head)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True

    def _serve_inner(self, head: bool) -> None:
        web, s = self.web, self.site
        path = self.path
        if path.startswith("http://") or path.startswith("https://"):
            sp = urlsplit(path)
            path = sp.path + ("?" + sp.query if sp.query else "")
            self.path = path
        delay = web._delay_for(s.name, path)
        if delay:
            time.sleep(delay)
        with web._lock:
            redirect = web._redirects.get((s.name, path))
        if redirect is not None:
            self._log(redirect[0])
            self.send_response(redirect[0])
            self.send_header("Location", redirect[1])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        forced = web._forced_status(s.name, path)
        if forced is not None and forced != 200:
            reasons = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Temporarily Unavailable",
                       504: "Gateway Time-out", 403: "Forbidden", 404: "Not Found", 429: "Too Many Requests",
                       410: "Gone"}
            self._send_simple(forced, reasons.get(forced, "Error"), head)
            return
        res = web._resolve(s, path)
        etag = None
        if res.status == 200 and res.stream is None:
            etag = f'"{hashlib.sha1(res.body).hexdigest()[:20]}"'
            inm = self.headers.get("If-None-Match")
            ims = self.headers.get("If-Modified-Since")
            not_modified = False
            if inm is not None:
                tags = [t.strip() for t in inm.split(",")]
                not_modified = "*" in tags or etag in tags or ("W/" + etag) in tags
            elif ims is not None and res.last_modified is not None:
                try:
                    ims_ts = email.utils.parsedate_to_datetime(ims).timestamp()
                    not_modified = res.last_modified <= ims_ts
                except (TypeError, ValueError):
                    not_modified = False
            if not_modified:
                self._log(304)
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", _http_date(res.last_modified))
                self.end_headers()
                return
        self._log(res.status)
        self.send_response(res.status)
        self.send_header("Content-Type", res.content_type)
        for k, v in res.headers.items():
            self.send_header(k, v)
        if res.stream is not None:
            size, chunked, enc = res.stream
            self.send_header("Last-Modified", _http_date(res.last_modified))
            if chunked:
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Content-Length", str(size))
            self.end_headers()
            if not head:
                self._stream(size, chunked)
            return
        if etag:
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", _http_date(res.last_modified))
        self.send_header("Content-Length", str(len(res.body)))
        self.end_headers()
        if not head:
            self.wfile.write(res.body)

    def _stream(self, size: int, chunked: bool) -> None:
        head = b"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>big</title></head><body>\n"
        line = b"<p>" + b"0123456789abcdef" * 8 + b"</p>\n"
        sent = 0
        buf = bytearray(head)
        while sent < size:
            while len(buf) < 65536:
                buf += line
            chunk = bytes(buf[: min(65536, size - sent)])
            del buf[: len(chunk)]
            if chunked:
                self.wfile.write(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
            else:
                self.wfile.write(chunk)
            sent += len(chunk)
        if chunked:
            self.wfile.write(b"0\r\n\r\n")
