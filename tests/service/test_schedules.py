"""Schedule rebuilding from recorded runs, back-off and [service] validation (no processes)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from newsmon.config import ConfigError, parse_config
from scheduler.schedules import backoff_until, next_runs, plan

NOW = datetime(2024, 5, 1, 5, 0, tzinfo=UTC)  # 13:00 in Shanghai


def config(schedule: str = "30m", service: dict | None = None, **extra):
    data = {"sources": [{"name": "s", "start_urls": ["http://example.com/"], "schedule": schedule, **extra}]}
    if service is not None:
        data["service"] = service
    return parse_config(data, Path("t.toml"))


def test_interval_follows_the_last_recorded_run() -> None:
    cfg = config("30m")
    src = cfg.sources[0]
    assert plan(src, cfg, None, NOW).first_run == NOW  # never ran: now
    last = NOW - timedelta(minutes=10)
    assert plan(src, cfg, last, NOW).first_run == last + timedelta(minutes=30)  # restart does not double
    assert plan(src, cfg, NOW - timedelta(hours=5), NOW).first_run == NOW  # missed slots: one run now
    assert plan(src, cfg, None, NOW).trigger.jitter == pytest.approx(180)  # 10% of 30 min


def test_cron_in_the_source_time_zone() -> None:
    cfg = config("0 */6 * * *", timezone="Asia/Shanghai")
    src = cfg.sources[0]
    sh = ZoneInfo("Asia/Shanghai")
    six = datetime(2024, 5, 1, 6, 0, tzinfo=sh)
    # ran at 06:00, restarted at 08:00 -> 12:00 local, not now
    p = plan(src, cfg, six, datetime(2024, 5, 1, 8, 0, tzinfo=sh))
    assert p.first_run == datetime(2024, 5, 1, 12, 0, tzinfo=sh) and p.interval == 6 * 3600
    # down over the 12:00 slot -> one catch-up run at restart
    assert plan(src, cfg, six, NOW).first_run == NOW
    # never ran: the next cron time
    assert plan(src, cfg, None, NOW).first_run == datetime(2024, 5, 1, 18, 0, tzinfo=sh)


def test_backoff_doubles_and_is_capped() -> None:
    cfg = config("1h", service={"failure_backoff": 3, "max_backoff": "6h"})
    assert backoff_until(2, NOW, 3600, cfg) is None
    assert backoff_until(3, NOW, 3600, cfg) == NOW + timedelta(hours=2)
    assert backoff_until(4, NOW, 3600, cfg) == NOW + timedelta(hours=4)
    assert backoff_until(9, NOW, 3600, cfg) == NOW + timedelta(hours=6)
    assert backoff_until(9, NOW, 3600, config("1h", service={"failure_backoff": 0})) is None
    state = {"s": {"last_scheduled_at": NOW - timedelta(minutes=5), "consecutive_failures": 3,
                   "last_failure_at": NOW - timedelta(minutes=5)}}
    shown = next_runs(cfg, state, NOW)["s"]
    assert shown["backoff_until"] == NOW + timedelta(minutes=115) == shown["next_run"]


@pytest.mark.parametrize(("service", "message"), [
    ({"port": 0}, "[service]: key 'port': must be between 1 and 65535"),
    ({"prot": 1}, "[service]: unknown key 'prot'"),
    ({"open_read": "yes"}, "[service]: key 'open_read': expected true or false"),
    ({"grace_seconds": "soon"}, "[service]: key 'grace_seconds'"),
    ({"timezone": "Mars/Base"}, "[service]: key 'timezone': unknown time zone"),
    ({"max_parallel": 0}, "[service]: key 'max_parallel': must be at least 1"),
])
def test_service_section_is_validated(service: dict, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        config(service=service)
    assert str(err.value).startswith("t.toml: ") and message in str(err.value)


def test_service_defaults() -> None:
    svc = config(service={"grace_seconds": "1m"}).service
    assert svc["grace_seconds"] == 60 and svc["host"] == "127.0.0.1" and svc["api_token_env"] == "NEWSMON_API_TOKEN"
