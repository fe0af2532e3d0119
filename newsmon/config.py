"""Sources configuration: one TOML file, validated up front so a bad file stops everything.

A mistake in a config that runs unattended is found only when a crawl silently does nothing,
so every problem is reported with the file, the source and the key, before anything runs.
"""

from __future__ import annotations

import math
import os
import re
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DEFAULT_CONFIG = "sources.toml"

# key -> (python types accepted, description used in messages)
SOURCE_KEYS: dict[str, tuple[tuple[type, ...], str]] = {
    "name": ((str,), "a string"),
    "start_urls": ((list,), "a list of URLs"),
    "feeds": ((list,), "a list of URLs"),
    "sitemaps": ((list,), "a list of URLs"),
    "allow": ((list,), "a list of regular expressions"),
    "deny": ((list,), "a list of regular expressions"),
    "max_depth": ((int,), "a whole number"),
    "max_pages": ((int,), "a whole number"),
    "schedule": ((str,), 'an interval such as "30m" or a 5-field cron string'),
    "enabled": ((bool,), "true or false"),
    "timezone": ((str,), 'a time zone name such as "Asia/Shanghai"'),
    "time_limit": ((int, float, str), 'seconds or an interval such as "20m"'),
    "download_delay": ((int, float), "seconds"),
    "concurrency": ((int,), "a whole number"),
    "obey_robots": ((bool,), "true or false"),
    "refresh_age": ((str, int, float), 'an interval such as "2d"'),
}
URL_LIST_KEYS = ("start_urls", "feeds", "sitemaps")
REGEX_LIST_KEYS = ("allow", "deny")
TOP_LEVEL_KEYS = ("defaults", "sources", "service", "profiles", "webhooks")

DEFAULTS: dict[str, Any] = {
    "feeds": [],
    "sitemaps": [],
    "allow": [],
    "deny": [],
    "max_depth": 2,
    "max_pages": 500,
    "schedule": "1h",
    "enabled": True,
    "timezone": None,
    "time_limit": "30m",
    "download_delay": 0.25,
    "concurrency": 8,
    "obey_robots": True,
    "refresh_age": "2d",
}

# [service] key -> (python types accepted, description used in messages); read by `newsmon serve`
SERVICE_KEYS: dict[str, tuple[tuple[type, ...], str]] = {
    "host": ((str,), "a host name or IP address"),
    "port": ((int,), "a port number"),
    "timezone": ((str,), 'a time zone name such as "Asia/Shanghai"'),
    "api_token_env": ((str,), "the name of an environment variable"),
    "open_read": ((bool,), "true or false"),
    "grace_seconds": ((int, float, str), 'seconds or an interval such as "30s"'),
    "kill_margin": ((int, float, str), 'seconds or an interval such as "30s"'),
    "failure_backoff": ((int,), "a whole number (0 turns back-off off)"),
    "max_backoff": ((int, float, str), 'seconds or an interval such as "1d"'),
    "max_parallel": ((int,), "a whole number"),
    "jitter": ((int, float), "a fraction of the interval between 0 and 1"),
    "alert_interval": ((int, float, str), 'seconds or an interval such as "15s"'),
    "alert_backoff": ((int, float, str), 'seconds or an interval such as "30s"'),
}
SERVICE_DEFAULTS: dict[str, Any] = {
    "host": "127.0.0.1",
    "port": 8080,
    "timezone": "UTC",
    "api_token_env": "NEWSMON_API_TOKEN",
    "open_read": False,
    "grace_seconds": 30.0,
    "kill_margin": 30.0,
    "failure_backoff": 3,
    "max_backoff": 86400.0,
    "max_parallel": 4,
    "jitter": 0.1,
    "alert_interval": 15.0,  # how often the leader delivers pending webhook alerts
    "alert_backoff": 30.0,  # first retry delay of a failed delivery (doubles each attempt)
}

INTERVAL_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")
INTERVAL_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


class ConfigError(Exception):
    """A problem in the sources file; the message names file, source and key."""


@dataclass(frozen=True)
class Source:
    name: str
    start_urls: list[str]
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    allow: list[str] = field(default_factory=list)
    deny: list[str] = field(default_factory=list)
    max_depth: int = 2
    max_pages: int = 500
    schedule: str = "1h"
    enabled: bool = True
    timezone: str | None = None
    time_limit: float = 1800.0
    download_delay: float = 0.25
    concurrency: int = 8
    obey_robots: bool = True
    refresh_age: float = 172800.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class Config:
    path: Path
    sources: list[Source]
    service: dict[str, Any] = field(default_factory=dict)
    profiles: dict[str, Any] = field(default_factory=dict)  # raw [profiles.NAME] tables (validated)
    webhooks: list[dict[str, Any]] = field(default_factory=list)  # validated [[webhooks]] entries

    def source(self, name: str) -> Source:
        for s in self.sources:
            if s.name == name:
                return s
        known = ", ".join(s.name for s in self.sources) or "none"
        raise ConfigError(f"{self.path}: no source named {name!r} (configured: {known})")

    @property
    def enabled_sources(self) -> list[Source]:
        return [s for s in self.sources if s.enabled]


def parse_interval(value: str | int | float) -> float | None:
    """Seconds for "5s"/"30m"/"2h"/"1d"/"1w" or a bare number; None when it is not an interval."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if 0 < value < math.inf else None  # nan and inf are not intervals
    m = INTERVAL_RE.match(value)
    if not m:
        return None
    seconds = float(m.group(1)) * INTERVAL_UNITS[m.group(2)]
    return seconds if seconds > 0 else None


def _is_cron(value: str) -> str | None:
    """None when value is a valid 5-field cron string, else the reason."""
    fields = value.split()
    if len(fields) != 5:
        return f"expected an interval like \"30m\" or 5 cron fields, got {len(fields)} field(s)"
    try:
        from apscheduler.triggers.cron import CronTrigger

        CronTrigger.from_crontab(value, timezone="UTC")
    except ValueError as exc:
        return f"invalid cron expression: {exc}"
    return None


def resolve_path(path: str | os.PathLike[str] | None) -> Path:
    """--config beats NEWSMON_CONFIG beats ./sources.toml."""
    if path:
        return Path(path)
    env = os.environ.get("NEWSMON_CONFIG")
    return Path(env) if env else Path(DEFAULT_CONFIG)


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    cfg_path = resolve_path(path)
    try:
        raw = cfg_path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{cfg_path}: config file not found (use --config PATH or NEWSMON_CONFIG)") from None
    except OSError as exc:
        raise ConfigError(f"{cfg_path}: cannot read config file: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{cfg_path}: not UTF-8 text (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{cfg_path}: invalid TOML: {exc}") from None
    config = parse_config(data, cfg_path)
    _LOADED[:] = [config]
    return config


_LOADED: list[Config] = []


def last_loaded() -> Config | None:
    """The config this process loaded last (the crawl's pipeline stages read profiles and webhooks)."""
    return _LOADED[0] if _LOADED else None


def parse_config(data: dict[str, Any], cfg_path: Path) -> Config:
    for key in data:
        if key not in TOP_LEVEL_KEYS:
            raise ConfigError(
                f"{cfg_path}: unknown top-level key {key!r} (expected: {', '.join(TOP_LEVEL_KEYS)})"
            )
    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict):
        raise ConfigError(f"{cfg_path}: [defaults] must be a table")
    _check_keys(defaults, cfg_path, "[defaults]", allow_name=False)
    raw_sources = data.get("sources", [])
    if not isinstance(raw_sources, list) or not all(isinstance(s, dict) for s in raw_sources):
        raise ConfigError(f"{cfg_path}: 'sources' must be an array of tables ([[sources]])")
    service = data.get("service", {})
    if not isinstance(service, dict):
        raise ConfigError(f"{cfg_path}: [service] must be a table")
    service = _check_service(service, cfg_path)

    sources: list[Source] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw_sources, start=1):
        name = entry.get("name")
        where = f"source #{index}" if not isinstance(name, str) else f"source {name!r}"
        if "name" not in entry:
            raise ConfigError(f"{cfg_path}: {where}: key 'name' is missing")
        if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", name):
            raise ConfigError(
                f"{cfg_path}: {where}: key 'name': expected letters, digits, '-', '_' or '.', got {name!r}"
            )
        if name in seen:
            raise ConfigError(f"{cfg_path}: {where}: key 'name': duplicate source name {name!r}")
        seen.add(name)
        _check_keys(entry, cfg_path, where, allow_name=True)
        merged = {**DEFAULTS, **defaults, **entry}
        if not merged.get("start_urls") and not merged.get("feeds") and not merged.get("sitemaps"):
            raise ConfigError(
                f"{cfg_path}: {where}: key 'start_urls': give at least one start URL, feed or sitemap"
            )
        merged.setdefault("start_urls", [])
        merged["time_limit"] = _seconds(merged["time_limit"], cfg_path, where, "time_limit")
        merged["refresh_age"] = _seconds(merged["refresh_age"], cfg_path, where, "refresh_age")
        sources.append(Source.from_dict(merged))
    profiles, webhooks = _check_monitoring(data, cfg_path)
    return Config(path=cfg_path, sources=sources, service=service, profiles=profiles, webhooks=webhooks)


WEBHOOK_KEYS: dict[str, tuple[tuple[type, ...], str]] = {
    "name": ((str,), "a string"),
    "url": ((str,), "an http(s) URL"),
    "profile": ((str,), "a profile name"),
    "min_score": ((int, float), "a number"),
    "regions": ((list,), "a list of region names"),
    "types": ((list,), "a list of fraud types"),
    "enabled": ((bool,), "true or false"),
}


def _check_monitoring(data: dict[str, Any], cfg_path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """[profiles.NAME] tables and [[webhooks]] entries (topic monitoring, see pipelines.monitor)."""
    from pipelines.monitor.profiles import ProfileError, load_profiles

    profiles = data.get("profiles", {})
    if not isinstance(profiles, dict):
        raise ConfigError(f"{cfg_path}: [profiles] must be a table of [profiles.NAME] tables")
    try:
        known, default = load_profiles(profiles)
    except ProfileError as exc:
        raise ConfigError(f"{cfg_path}: {exc}") from None
    raw = data.get("webhooks", [])
    if not isinstance(raw, list) or not all(isinstance(w, dict) for w in raw):
        raise ConfigError(f"{cfg_path}: 'webhooks' must be an array of tables ([[webhooks]])")
    webhooks: list[dict[str, Any]] = []
    for index, entry in enumerate(raw, start=1):
        name = entry.get("name")
        where = f"webhook {name!r}" if isinstance(name, str) else f"webhook #{index}"
        for key in ("name", "url"):
            if key not in entry:
                raise ConfigError(f"{cfg_path}: {where}: key {key!r} is missing")
        for key, value in entry.items():
            if key not in WEBHOOK_KEYS:
                raise ConfigError(f"{cfg_path}: {where}: unknown key {key!r} (known keys: {', '.join(WEBHOOK_KEYS)})")
            types, desc = WEBHOOK_KEYS[key]
            if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
                raise ConfigError(f"{cfg_path}: {where}: key {key!r}: expected {desc}, got {value!r}")
        if any(w["name"] == name for w in webhooks):
            raise ConfigError(f"{cfg_path}: {where}: key 'name': duplicate webhook name {name!r}")
        problem = _url_problem(entry["url"])
        if problem:
            raise ConfigError(f"{cfg_path}: {where}: key 'url': bad URL {entry['url']!r}: {problem}")
        profile_name = entry.get("profile", default)
        if profile_name not in known:
            raise ConfigError(f"{cfg_path}: {where}: key 'profile': unknown profile {profile_name!r}"
                              f" (known: {', '.join(known)})")
        profile = known[profile_name]
        for key in ("regions", "types"):
            for item in entry.get(key, []):
                if not isinstance(item, str) or not item.strip():
                    raise ConfigError(f"{cfg_path}: {where}: key {key!r}: expected names, got {item!r}")
                if key == "types" and profile.fraud_type(item) is None:
                    names = ", ".join(f"{t.name} ({t.label})" for t in profile.types)
                    raise ConfigError(f"{cfg_path}: {where}: key 'types': unknown fraud type {item!r} (known: {names})")
        webhooks.append({"name": name, "url": entry["url"], "profile": profile_name,
                         "min_score": float(entry.get("min_score", profile.threshold)),
                         "regions": list(entry.get("regions", [])),
                         "types": [profile.fraud_type(t).name for t in entry.get("types", [])],
                         "enabled": entry.get("enabled", True)})
    return profiles, webhooks


def _seconds(value: Any, cfg_path: Path, where: str, key: str) -> float:
    seconds = parse_interval(value)
    if seconds is None:
        raise ConfigError(f"{cfg_path}: {where}: key {key!r}: expected seconds or an interval like \"20m\", got {value!r}")
    return seconds


def _check_service(service: dict[str, Any], cfg_path: Path) -> dict[str, Any]:
    """[service] keys checked like source keys; returns them merged over SERVICE_DEFAULTS."""
    where = "[service]"
    for key, value in service.items():
        if key not in SERVICE_KEYS:
            raise ConfigError(f"{cfg_path}: {where}: unknown key {key!r} (known keys: {', '.join(SERVICE_KEYS)})")
        types, desc = SERVICE_KEYS[key]
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise ConfigError(f"{cfg_path}: {where}: key {key!r}: expected {desc}, got {value!r}")
        if key == "port" and not 1 <= value <= 65535:
            raise ConfigError(f"{cfg_path}: {where}: key 'port': must be between 1 and 65535, got {value}")
        elif key in ("max_parallel",) and value < 1:
            raise ConfigError(f"{cfg_path}: {where}: key {key!r}: must be at least 1, got {value}")
        elif key == "failure_backoff" and value < 0:
            raise ConfigError(f"{cfg_path}: {where}: key 'failure_backoff': must not be negative, got {value}")
        elif key == "jitter" and not 0 <= value <= 1:
            raise ConfigError(f"{cfg_path}: {where}: key 'jitter': must be between 0 and 1, got {value}")
        elif key == "api_token_env" and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", value):
            raise ConfigError(f"{cfg_path}: {where}: key 'api_token_env': not a variable name: {value!r}")
        elif key == "timezone":
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError):
                raise ConfigError(f"{cfg_path}: {where}: key 'timezone': unknown time zone {value!r}") from None
    merged = {**SERVICE_DEFAULTS, **service}
    for key in ("grace_seconds", "kill_margin", "max_backoff", "alert_interval", "alert_backoff"):
        value = merged[key]
        seconds = 0.0 if value == 0 and not isinstance(value, bool) else parse_interval(value)
        if seconds is None:
            raise ConfigError(
                f"{cfg_path}: {where}: key {key!r}: expected seconds or an interval like \"30s\", got {value!r}")
        merged[key] = seconds
    return merged


def _check_keys(entry: dict[str, Any], cfg_path: Path, where: str, *, allow_name: bool) -> None:
    for key, value in entry.items():
        if key not in SOURCE_KEYS or (key == "name" and not allow_name):
            known = ", ".join(k for k in SOURCE_KEYS if allow_name or k != "name")
            raise ConfigError(f"{cfg_path}: {where}: unknown key {key!r} (known keys: {known})")
        types, desc = SOURCE_KEYS[key]
        # bool is an int subclass: reject true/false where a number is expected
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise ConfigError(f"{cfg_path}: {where}: key {key!r}: expected {desc}, got {value!r}")
        if isinstance(value, float) and not math.isfinite(value):
            raise ConfigError(f"{cfg_path}: {where}: key {key!r}: expected a finite number, got {value!r}")
        if key in URL_LIST_KEYS:
            for item in value:
                problem = _url_problem(item)
                if problem:
                    raise ConfigError(f"{cfg_path}: {where}: key {key!r}: bad URL {item!r}: {problem}")
        elif key in REGEX_LIST_KEYS:
            for item in value:
                if not isinstance(item, str):
                    raise ConfigError(f"{cfg_path}: {where}: key {key!r}: expected a regex string, got {item!r}")
                try:
                    re.compile(item)
                except re.error as exc:
                    raise ConfigError(f"{cfg_path}: {where}: key {key!r}: bad regex {item!r}: {exc}") from None
        elif key in ("max_depth", "max_pages", "concurrency"):
            low = 0 if key == "max_depth" else 1
            if value < low:
                raise ConfigError(f"{cfg_path}: {where}: key {key!r}: must be at least {low}, got {value}")
        elif key == "schedule":
            if parse_interval(value) is None:
                reason = _is_cron(value)
                if reason:
                    raise ConfigError(f"{cfg_path}: {where}: key 'schedule': {reason} (got {value!r})")
        elif key == "timezone":
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError):
                raise ConfigError(f"{cfg_path}: {where}: key 'timezone': unknown time zone {value!r}") from None
        elif key == "download_delay" and value < 0:
            raise ConfigError(f"{cfg_path}: {where}: key 'download_delay': must not be negative")


def _url_problem(url: Any) -> str | None:
    if not isinstance(url, str):
        return "not a string"
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        return "must start with http:// or https://"
    if not parts.hostname:
        return "has no host"
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        return "has a bad port"
    return None
