"""Files a user runs without our code: compose file, systemd unit, scrapy.cfg, console script."""

from __future__ import annotations

import configparser
import subprocess
import sys
import tomllib

import yaml

from newsmon.cli import build_parser
from tests.conftest import ROOT


def test_compose_runs_postgres_and_the_service_with_a_health_check():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert set(services) == {"db", "newsmon"}
    app = services["newsmon"]
    assert "exec newsmon serve --host 0.0.0.0 --port 8080" in app["command"]
    assert app["environment"]["NEWSMON_DATABASE_URL"] == "postgresql://newsmon:newsmon@db:5432/newsmon"
    assert app["depends_on"]["db"]["condition"] == "service_healthy"
    assert "http://127.0.0.1:8080/health" in " ".join(app["healthcheck"]["test"])
    assert services["db"]["healthcheck"]["test"][0] == "CMD-SHELL"


def test_systemd_unit_starts_the_service():
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.read_string((ROOT / "deploy" / "newsmon.service").read_text(encoding="utf-8"))
    assert "newsmon serve" in unit["Service"]["ExecStart"]
    assert unit["Service"]["ExecReload"].endswith("kill -HUP $MAINPID")


def test_scrapy_cfg_and_console_script():
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "scrapy.cfg")
    assert cfg["settings"]["default"] == "crawler.settings"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["newsmon"] == "newsmon.cli:main"
    proc = subprocess.run([sys.executable, "-m", "newsmon", "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    commands = build_parser()._subparsers._group_actions[0].choices  # noqa: SLF001 - argparse has no API
    assert {"crawl", "sources", "runs", "articles", "extract", "db", "demo", "serve", "schedule", "clusters",
            "search", "stats", "profile", "alerts"} <= set(commands)
