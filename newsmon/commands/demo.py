"""`newsmon demo`: serve the bundled demo news web on 127.0.0.1, crawl it into the default database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
DEMO_CONFIG = REPO_ROOT / "demo.toml"


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="crawl the bundled demo news web into the default database")
    p.add_argument("--keep-serving", action="store_true", help="keep the demo web running after the crawl")
    p.add_argument("--config", default=str(DEMO_CONFIG), help="demo sources (default: demo.toml)")
    p.set_defaults(func=run)


def load_newsweb() -> Any:
    if not (REPO_ROOT / "tests" / "newsweb" / "__init__.py").exists():
        raise SystemExit("newsmon demo: the demo web (tests/newsweb) ships with the source checkout; "
                         "run it from a clone of the repository")
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    from tests.newsweb import NewsWeb

    return NewsWeb


def demo_ports(config: Any) -> dict[str, int]:
    """Site name -> port, from the demo config's start URLs (demo-fzrb -> fzrb)."""
    from urllib.parse import urlsplit

    ports = {}
    for source in config.sources:
        port = urlsplit(source.start_urls[0]).port
        if source.name.startswith("demo-") and port:
            ports[source.name[len("demo-"):]] = port
    return ports


def run(args: argparse.Namespace) -> int:
    from crawler.runner import crawl
    from newsmon.commands.crawl import SUMMARY_COLUMNS, Progress
    from newsmon.config import load_config
    from newsmon.output import table

    NewsWeb = load_newsweb()
    config = load_config(args.config)
    try:
        web = NewsWeb(ports=demo_ports(config)).start()
    except OSError as exc:
        print(f"newsmon demo: cannot serve the demo web on its ports ({exc}); is another demo running?",
              file=sys.stderr)
        return 1
    with web:
        print(f"demo news web: {', '.join(web.base(s) for s in web.sites)}", file=sys.stderr)
        results = crawl(config.sources, trigger="demo", progress=Progress(), log_level="CRITICAL")
        print()
        table([{"source": r.source, "status": r.status, "run_id": r.run_id, "seconds": round(r.seconds, 1),
                **r.counters} for r in results], SUMMARY_COLUMNS)
        print("\nNext:\n  newsmon articles list\n  newsmon articles show 1\n"
              "  newsmon articles export --format jsonl --output articles.jsonl\n  newsmon runs\n"
              f"  newsmon crawl --all --config {args.config}   # while the demo web runs (--keep-serving)")
        if args.keep_serving:
            import time

            print("\nserving the demo web; Ctrl-C to stop", file=sys.stderr)
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass
    return 1 if any(r.status == "failed" for r in results) else 0
