"""Scrapy stage: score, tag and index every article with the monitoring profiles (pipelines.monitor).

Runs after normalise and before the store; the store writes the results in the article's own
transaction. Alerts are only *decided* here (which webhooks match); the store records them as
pending rows and delivery happens outside the crawl (`deliver_pending`), so a slow or failing
receiver never holds up crawling. Any error here is logged and the article is stored untagged.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pipelines.monitor import analyse
from pipelines.monitor.alerting import matching_webhooks
from pipelines.monitor.profiles import Profile, default_profile, load_profiles
from pipelines.stage import Stage

log = logging.getLogger(__name__)


def monitoring_config(path: str | None = None) -> tuple[dict[str, Profile], str, list[dict[str, Any]]]:
    """Profiles, default profile name and webhooks: from `path`, else the config this process loaded,
    else $NEWSMON_CONFIG / ./sources.toml when present, else the shipped profile and no webhooks."""
    from newsmon.config import ConfigError, last_loaded, load_config, resolve_path

    config = None
    try:
        if path:
            config = load_config(path)
        else:
            config = last_loaded()
            if config is None and Path(resolve_path(None)).exists():
                config = load_config(None)
    except ConfigError as exc:
        log.warning("monitoring uses the shipped profile: %s", exc)
    if config is None:
        shipped = default_profile()
        return {shipped.name: shipped}, shipped.name, []
    profiles, default = load_profiles(config.profiles)
    return profiles, default, list(config.webhooks)


class ClassifyPipeline(Stage):
    def __init__(self, crawler: Any = None) -> None:
        super().__init__(crawler)
        path = crawler.settings.get("NEWSMON_CONFIG_PATH") if crawler is not None else None
        self.profiles, self.default, self.webhooks = monitoring_config(path)

    def process_item(self, item: Any) -> Any:
        article = getattr(item, "article", None)
        if not getattr(item, "is_article", False) or article is None:
            return item
        try:
            profile = self.profiles[self.default]
            analysis = analyse(article.get("title"), article.get("text_simplified") or article.get("text"), profile,
                               lang=article.get("lang"))
            result = analysis.to_dict()
            result["search_vector"] = analysis.search_vector
            if self.webhooks:
                result["alerts"] = matching_webhooks(self.webhooks, self.profiles, analysis, article.get("title") or "",
                                                     article.get("text_simplified") or "", self.default)
            article["monitor"] = result
            self.inc("newsmon/monitor/relevant" if analysis.relevant else "newsmon/monitor/not_relevant")
        except Exception as exc:  # noqa: BLE001 - tagging must never stop a crawl
            log.warning("monitoring analysis failed for %s: %r", getattr(item, "final_url", "?"), exc)
            self.inc("newsmon/errors/monitor")
        return item
