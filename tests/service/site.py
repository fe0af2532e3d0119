"""A tiny news site for service tests: a home page linking article pages, with a settable delay.

The shared test web (tests/newsweb) is session-wide; these tests need a per-test delay that
makes crawls last long enough to overlap, so each test gets its own small server.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PARAGRAPH = ("The city police department warned residents on Tuesday about a new wave of telephone scams in "
             "which callers pretend to be bank staff and ask for one-time passwords. Officers said that no "
             "bank ever asks for such codes and urged people to hang up and call the number on their card. ")


class NewsSite:
    def __init__(self, articles: int = 6, delay: float = 0.0, prefix: str = "news") -> None:
        self.articles = articles
        self.delay = delay  # seconds before each article page is answered
        self.prefix = prefix
        self.hits = 0
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server API
                site.hits += 1
                body, status = site.page(self.path)
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8" if status == 200 else "text/plain")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the crawl was killed: expected
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> NewsSite:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def page(self, path: str) -> tuple[str, int]:
        if path in ("/", "/index.html"):
            links = "".join(f'<li><a href="/{self.prefix}/2024/05/{i:02d}/story-{i}.html">Scam warning number {i}'
                            f"</a></li>" for i in range(1, self.articles + 1))
            return f"<html><head><title>Local News</title></head><body><h1>Latest</h1><ul>{links}</ul></body></html>", 200
        if path.startswith(f"/{self.prefix}/2024/05/") and path.endswith(".html"):
            if self.delay:
                time.sleep(self.delay)
            n = path.rsplit("-", 1)[-1].split(".")[0]
            return (f'<html><head><title>Scam warning number {n}</title><meta property="og:type" content="article">'
                    f'<meta property="article:published_time" content="2024-05-{int(n):02d}T08:00:00+00:00"></head>'
                    f"<body><article><h1>Scam warning number {n}</h1>" + f"<p>{PARAGRAPH} Story {n}.</p>" * 4
                    + "</article></body></html>", 200)
        if path == "/robots.txt":
            return "User-agent: *\nAllow: /\n", 200
        return "not found", 404
