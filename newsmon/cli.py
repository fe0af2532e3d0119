"""`newsmon` command line: every command reads and writes through the store's functions."""

from __future__ import annotations

import argparse
import sys

from newsmon.commands import articles, clusters, crawl, db, demo, extract, monitor, serve, sources
from newsmon.config import ConfigError
from pipelines.store import DatabaseError

EXIT_CONFIG = 2
EXIT_DATABASE = 3
COMMAND_MODULES = (crawl, sources, articles, clusters, extract, db, demo, serve, monitor)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsmon",
        description="Scheduled news-monitoring crawler: discover, extract, cluster and store news in PostgreSQL.",
        epilog="Database: NEWSMON_DATABASE_URL, or an embedded PostgreSQL under NEWSMON_HOME when unset.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except ConfigError as exc:
        print(f"newsmon: config error: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except DatabaseError as exc:
        print(f"newsmon: database error: {exc}", file=sys.stderr)
        return EXIT_DATABASE
    except KeyboardInterrupt:
        print("newsmon: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
