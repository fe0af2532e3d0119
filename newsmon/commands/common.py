"""Options and parsing shared by several commands."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta

from newsmon.config import parse_interval


def add_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", "-c", metavar="PATH",
                        help="sources file (default: $NEWSMON_CONFIG or ./sources.toml)")


def since_value(text: str) -> datetime:
    """--since accepts an ISO date/time or an age such as 24h / 7d."""
    seconds = parse_interval(text)
    if seconds is not None:
        return datetime.now(UTC) - timedelta(seconds=seconds)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an ISO date such as 2024-05-01 or an age such as 24h or 7d, got {text!r}") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, got {value}")
    return value
