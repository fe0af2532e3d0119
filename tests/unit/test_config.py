from pathlib import Path

import pytest

from newsmon.config import ConfigError, load_config, parse_interval
from tests.conftest import run_cli

GOOD = """
[defaults]
max_depth = 3
schedule = "30m"

[[sources]]
name = "legaldaily"
start_urls = ["http://www.legaldaily.com.cn/"]

[[sources]]
name = "ftc"
start_urls = ["https://consumer.ftc.gov/consumer-alerts"]
feeds = ["https://consumer.ftc.gov/feed"]
deny = ["/es/"]
max_depth = 1
schedule = "0 */6 * * *"
enabled = false
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_apply_and_source_overrides(tmp_path):
    cfg = load_config(write(tmp_path, GOOD))
    a, b = cfg.sources
    assert (a.name, a.max_depth, a.schedule, a.max_pages, a.enabled, a.feeds) == (
        "legaldaily", 3, "30m", 500, True, [])
    assert (b.max_depth, b.schedule, b.enabled, b.deny) == (1, "0 */6 * * *", False, ["/es/"])
    assert [s.name for s in cfg.enabled_sources] == ["legaldaily"]


def test_home_page_alone_is_a_valid_source(tmp_path):
    cfg = load_config(write(tmp_path, '[[sources]]\nname = "x"\nstart_urls = ["https://site.example/"]\n'))
    assert cfg.sources[0].start_urls == ["https://site.example/"]
    assert cfg.sources[0].max_depth == 2


@pytest.mark.parametrize("text, message", [
    ('[[sources]]\nname = "a"\nstart_urls = ["https://x.cn/"]\nmax_dpth = 2\n',
     "source 'a': unknown key 'max_dpth'"),
    ('[[sources]]\nname = "a"\nstart_urls = ["https://x.cn/"]\nmax_depth = "two"\n',
     "source 'a': key 'max_depth': expected a whole number, got 'two'"),
    ('[[sources]]\nname = "a"\nstart_urls = ["https://x.cn/"]\nenabled = 1\n',
     "source 'a': key 'enabled': expected true or false, got 1"),
    ('[[sources]]\nname = "a"\nstart_urls = ["https://x.cn/"]\ndeny = ["(unclosed"]\n',
     "source 'a': key 'deny': bad regex '(unclosed': missing ), unterminated subpattern at position 0"),
    ('[[sources]]\nname = "a"\nstart_urls = ["ftp://x.cn/"]\n',
     "source 'a': key 'start_urls': bad URL 'ftp://x.cn/': must start with http:// or https://"),
    ('[[sources]]\nname = "a"\nstart_urls = ["https://x.cn/"]\n[[sources]]\nname = "a"\nstart_urls = ["https://y.cn/"]\n',
     "source 'a': key 'name': duplicate source name 'a'"),
    ('[[sources]]\nname = "a"\nstart_urls = ["https://x.cn/"]\nschedule = "every day"\n',
     "source 'a': key 'schedule': expected an interval like \"30m\" or 5 cron fields, got 2 field(s) (got 'every day')"),
    ('[[sources]]\nname = "a"\nstart_urls = ["https://x.cn/"]\nschedule = "61 * * * *"\n',
     "source 'a': key 'schedule': invalid cron expression"),
    ('[defaults]\nname = "x"\n', "[defaults]: unknown key 'name'"),
    ('[[sources]]\nstart_urls = ["https://x.cn/"]\n', "source #1: key 'name' is missing"),
    ('[[sources]]\nname = "a"\n', "source 'a': key 'start_urls': give at least one start URL, feed or sitemap"),
    ('[sourcez]\n', "unknown top-level key 'sourcez'"),
    ('[[sources]]\nname = "a"\nstart_urls = ["https://x.cn/"]\ndownload_delay = nan\n',
     "source 'a': key 'download_delay': expected a finite number, got nan"),
    ('[[sources]]\nname = "a"\nstart_urls = ["https://x.cn/"]\ntime_limit = inf\n',
     "source 'a': key 'time_limit': expected a finite number, got inf"),
    ('[[sources]\nname = "a"\n', "invalid TOML"),
])
def test_bad_file_names_file_source_and_key(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(err.value).startswith(f"{path}: ")
    assert message in str(err.value)


def test_missing_file_message(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")


def test_cli_exits_2_and_runs_nothing_on_bad_config(tmp_path):
    path = write(tmp_path, '[[sources]]\nname = "a"\nstart_urls = ["https://x.cn/"]\nmax_pages = 0\n')
    proc = run_cli("crawl", "--all", "--config", str(path),
                   env={"NEWSMON_DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"})
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        f"newsmon: config error: {path}: source 'a': key 'max_pages': must be at least 1, got 0")


def test_config_env_variable_is_used(tmp_path):
    path = write(tmp_path, GOOD)
    proc = run_cli("crawl", "nosuch", env={"NEWSMON_CONFIG": str(path),
                                            "NEWSMON_DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"})
    assert proc.returncode == 2
    assert "no source named 'nosuch' (configured: legaldaily, ftc)" in proc.stderr


@pytest.mark.parametrize("text, seconds", [("5s", 5), ("30m", 1800), ("2h", 7200), ("1d", 86400), ("0s", None),
                                           ("*/5 * * * *", None), (90, 90.0)])
def test_parse_interval(text, seconds):
    assert parse_interval(text) == seconds


def test_shipped_sources_file_is_valid():
    root = Path(__file__).resolve().parents[2]
    cfg = load_config(root / "sources.toml")
    names = [s.name for s in cfg.sources]
    assert "legaldaily" in names and "ftc-alerts" in names
    assert all(s.start_urls for s in cfg.sources)
