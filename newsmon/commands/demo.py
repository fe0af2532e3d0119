"""`newsmon demo`: serve the bundled demo news web on 127.0.0.1, crawl it into the default database."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="crawl the bundled demo news web into the default database")
    p.add_argument("--keep-serving", action="store_true", help="keep the demo web running after the crawl")
    p.set_defaults(func=run)


def load_newsweb() -> Any:
    if not (REPO_ROOT / "tests" / "newsweb" / "__init__.py").exists():
        raise SystemExit("newsmon demo: the demo web (tests/newsweb) ships with the source checkout; "
                         "run it from a clone of the repository")
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    from tests.newsweb import NewsWeb

    return NewsWeb


def demo_config(web: Any) -> str:
    lines = ["# written by `newsmon demo` for the local demo web", "[defaults]", "download_delay = 0",
             'schedule = "5m"', "max_depth = 3", ""]
    for site in web.sites:
        base = web.base(site)
        lines += ["[[sources]]", f'name = "demo-{site}"', f'start_urls = ["{base}/"]', ""]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from crawler.runner import crawl
    from newsmon.commands.crawl import SUMMARY_COLUMNS, Progress
    from newsmon.config import load_config
    from newsmon.output import table

    NewsWeb = load_newsweb()
    with NewsWeb() as web:
        cfg_path = Path(tempfile.mkdtemp(prefix="newsmon-demo-")) / "demo.toml"
        cfg_path.write_text(demo_config(web), encoding="utf-8")
        config = load_config(cfg_path)
        print(f"demo news web: {', '.join(web.base(s) for s in web.sites)}", file=sys.stderr)
        results = crawl(config.sources, trigger="demo", progress=Progress(), log_level="ERROR")
        print()
        table([{"source": r.source, "status": r.status, "run_id": r.run_id, "seconds": round(r.seconds, 1),
                **r.counters} for r in results], SUMMARY_COLUMNS)
        print("\nNext:\n  newsmon articles list\n  newsmon articles show 1\n"
              "  newsmon articles export --format jsonl --output articles.jsonl\n  newsmon runs\n"
              f"  newsmon crawl --all --config {cfg_path}   # while the demo web runs (--keep-serving)")
        if args.keep_serving:
            import time

            print("\nserving the demo web; Ctrl-C to stop", file=sys.stderr)
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass
    return 1 if any(r.status == "failed" for r in results) else 0
