"""When each source runs: triggers from the config, first runs from the recorded runs, back-off.

The schedule is never stored: at start-up (and on reload) every job is rebuilt from the config
plus the last *scheduled* run recorded in PostgreSQL, so a restart neither skips nor doubles runs:

* interval ("30m"): next run = last scheduled start + interval; overdue (or never run) -> now,
  once, however many slots were missed. Runs then follow every interval, plus a random jitter of
  up to `jitter` × interval (at most 5 minutes) so sources with equal intervals spread out.
* cron ("0 */6 * * *"): next run = first cron time after the last scheduled start; if that time
  passed while the service was down -> one catch-up run now. A source with no recorded run waits
  for its first cron time (cron says "at these times").

Back-off: after `failure_backoff` consecutive failed or timed-out runs a source's scheduled runs
wait 2×, 4×, 8×... its interval after the last failure (capped at `max_backoff`); slots inside
that window are skipped (logged, not recorded as runs). Manual and API triggers ignore back-off;
one successful run resets the count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from newsmon.config import SERVICE_DEFAULTS, Config, Source, parse_interval

MAX_JITTER_SECONDS = 300.0


@dataclass(frozen=True)
class Plan:
    """A source's trigger and its first run after (re)start."""

    trigger: BaseTrigger
    first_run: datetime | None
    interval: float  # seconds between runs (for cron: between its next two times)


def service_settings(config: Config) -> dict[str, Any]:
    return {**SERVICE_DEFAULTS, **config.service}


def source_timezone(source: Source, config: Config) -> ZoneInfo:
    return ZoneInfo(source.timezone or service_settings(config)["timezone"])


def schedule_key(source: Source) -> tuple[Any, ...]:
    """What a reload compares to decide whether a source's job must be rebuilt."""
    return (source.schedule, source.timezone, source.enabled)


def plan(source: Source, config: Config, last_scheduled_at: datetime | None, now: datetime) -> Plan:
    tz = source_timezone(source, config)
    now = now.astimezone(tz)
    seconds = parse_interval(source.schedule)
    if seconds is not None:
        due = now if last_scheduled_at is None else max(now, last_scheduled_at + timedelta(seconds=seconds))
        jitter = min(seconds * float(service_settings(config)["jitter"]), MAX_JITTER_SECONDS)
        trigger = IntervalTrigger(seconds=seconds, start_date=due, timezone=tz, jitter=jitter or None)
        return Plan(trigger, due, seconds)
    trigger = CronTrigger.from_crontab(source.schedule, timezone=tz)
    if last_scheduled_at is None:
        first = trigger.get_next_fire_time(None, now)
    else:
        slot = trigger.get_next_fire_time(None, last_scheduled_at.astimezone(tz) + timedelta(seconds=1))
        first = now if slot is not None and slot <= now else slot
    return Plan(trigger, first, cron_interval(trigger, now))


def cron_interval(trigger: BaseTrigger, now: datetime) -> float:
    first = trigger.get_next_fire_time(None, now)
    second = trigger.get_next_fire_time(first, first + timedelta(seconds=1)) if first else None
    return (second - first).total_seconds() if first and second else 86400.0


def backoff_until(failures: int, last_failure_at: datetime | None, interval: float,
                  config: Config) -> datetime | None:
    """End of the back-off window, or None when the source is not backing off."""
    settings = service_settings(config)
    threshold = int(settings["failure_backoff"])
    if not threshold or failures < threshold or last_failure_at is None:
        return None
    delay = min(interval * 2 ** (failures - threshold + 1), float(settings["max_backoff"]))
    return last_failure_at + timedelta(seconds=delay)


def next_runs(config: Config, state: dict[str, dict[str, Any]], now: datetime) -> dict[str, dict[str, Any]]:
    """Per configured source: next run and back-off, computed as a starting service would."""
    out: dict[str, dict[str, Any]] = {}
    for source in config.sources:
        st = state.get(source.name, {})
        if not source.enabled:
            out[source.name] = {"next_run": None, "backoff_until": None}
            continue
        p = plan(source, config, st.get("last_scheduled_at"), now)
        until = backoff_until(st.get("consecutive_failures") or 0, st.get("last_failure_at"), p.interval, config)
        nxt = p.first_run
        if until is not None and nxt is not None and until > nxt:
            nxt = until if parse_interval(source.schedule) is not None else p.trigger.get_next_fire_time(None, until)
        out[source.name] = {"next_run": nxt, "backoff_until": until if until and until > now else None}
    return out
