"""Fixtures for the dashboard tests: the real `newsmon serve` over the local test news web, and
headless Debian chromium driven by playwright (never a downloaded browser).

One service per module: the service's own first scheduled runs crawl the four test sites (plus a
few recent stories added to fzrb, one with a hostile title), then the tests only read, except
"Crawl now", which adds one older article first so its run finds exactly one new page.
"""

from __future__ import annotations

import html
import os
import re
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from tests.conftest import IN_CI, ROOT
from tests.newsweb import SITES_DIR, NewsWeb
from tests.service.conftest import TOKEN, ServiceProcess, wait_until

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SITES = ["fzrb", "mirror", "tw165", "alerts"]
CST = timezone(timedelta(hours=8))
TEMPLATE_PATH = SITES_DIR / "fzrb" / "content" / "2022-06" / "07" / "content_8735102.html"
HOSTILE_TITLE = "<script>alert(1)</script>冒充客服退款诈骗又现新变种"
# (key, title, paragraphs, days before now (None = today))
RECENT = [
    ("today", "浙江杭州开展断卡行动集中收网 打掉涉诈团伙12个",
     ["11月20日，浙江省杭州市公安局组织开展断卡行动集中收网，打掉非法买卖银行卡、电话卡团伙12个，抓获犯罪嫌疑人63名。",
      "经查，该团伙在网上招募学生和务工人员开办银行卡、电话卡，以每套数百元的价格出售给境外诈骗集团使用。",
      "警方提醒，出租出借、出售银行卡和电话卡属于违法行为，情节严重的将被追究刑事责任。"], None),
    ("3d", "湖南长沙警方破获一起冒充公检法诈骗案 追回被骗资金86万元",
     ["近日，湖南省长沙市公安局岳麓分局成功破获一起冒充公检法诈骗案，抓获犯罪嫌疑人5名，为受害人追回被骗资金86万元。",
      "今年10月，市民李女士接到自称“公安民警”的电话，称其身份信息涉嫌洗钱，要求她将存款转入所谓“安全账户”配合调查。",
      "民警提醒，公检法机关不会通过电话办案，更不存在所谓“安全账户”，接到此类电话请立即挂断并拨打110报警。"], 3),
    ("10d", "四川成都警方提醒：警惕刷单返利新套路",
     ["近期，四川省成都市接连发生多起刷单返利诈骗案件，骗子以“点赞关注就能赚钱”为诱饵，引导受害人下载虚假App。",
      "受害人起初获得小额返利后，被要求完成“联单任务”，投入资金越来越多，最终无法提现，累计损失超过40万元。",
      "警方表示，所有刷单都是诈骗，请广大群众提高警惕，下载国家反诈中心App开启预警功能。"], 10),
    ("hostile", HOSTILE_TITLE,
     ["近日，广东省广州市民陈女士接到自称网购平台客服的电话，称其购买的商品质量有问题可办理退款，随后被诱导下载会议软件共享屏幕。",
      "骗子以“退款需要验证流水”为由，诱导陈女士向所谓“安全账户”转账，陈女士先后被骗5万元。",
      "警方提醒，冒充客服退款诈骗是常见电信网络诈骗手法，正规平台退款无需另行转账。"], None),
]
LATE = ("late", "江苏南京警方打掉一个跨境电信网络诈骗团伙 抓获嫌疑人26名",
        ["近日，江苏省南京市公安局成功打掉一个跨境电信网络诈骗团伙，抓获犯罪嫌疑人26名，涉案金额逾千万元。",
         "经查，该团伙以虚假投资理财平台为幌子，通过社交软件诱骗受害人充值投资，随后关闭平台卷款潜逃。",
         "警方提醒，投资理财要选择正规渠道，切勿轻信网上高收益投资项目。"], 400)


def article_html(path: str, title: str, paragraphs: list[str], when: datetime, *, hostile: bool = False) -> str:
    """An fzrb-template article page; the hostile one carries live script in its raw HTML too."""
    page = TEMPLATE_PATH.read_text("utf-8").replace("/content/2022-06/07/content_8735102.html", path)
    esc = html.escape(title, quote=True)
    page = re.sub(r"<title>.*?</title>", lambda _: f"<title>{esc}_法治网</title>", page, count=1, flags=re.S)
    page = re.sub(r'(<meta property="og:title" content=")[^"]*', lambda m: m.group(1) + esc, page)
    page = re.sub(r'<h1 class="title">.*?</h1>', lambda _: f'<h1 class="title">{esc}</h1>', page, flags=re.S)
    local = when.astimezone(CST)
    page = page.replace("2022-06-07T18:40:00+08:00", local.isoformat(timespec="seconds"))
    page = page.replace("2022-06-07 18:40:00", local.strftime("%Y-%m-%d %H:%M:%S"))
    page = page.replace("2022-06-07", local.strftime("%Y-%m-%d")).replace("18:40", local.strftime("%H:%M"))
    body = "\n".join(f'        <p style="text-indent:2em;">{html.escape(p)}</p>' for p in paragraphs)
    if hostile:
        body += ('\n        <script>alert(1)</script><img src="http://203.0.113.9/x.png" onerror="alert(2)">'
                 '<a href="javascript:alert(3)">点击</a>')
    return re.sub(r'(        <p style="text-indent:2em;">法治日报记者 徐鹏</p>\n)(?:        <p style="text-indent:2em;">.*?</p>\n)+',
                  lambda m: m.group(1) + body + "\n", page, count=1)


def publish(web: NewsWeb, story: tuple[str, str, list[str], int | None], now: datetime, n: int) -> str:
    key, title, paragraphs, days = story
    if days is None:  # halfway between midnight (UTC, the service's zone) and now: always "today"
        midnight = datetime(now.year, now.month, now.day, tzinfo=UTC)
        when = midnight + (now - midnight) / 2
    else:
        when = now - timedelta(days=days)
    path = f"/content/{when:%Y-%m}/{when:%d}/content_77{n:04d}.html"
    web.add_article("fzrb", path, article_html(path, title, paragraphs, when, hostile=key == "hostile"),
                    title=title, published=when.astimezone(CST).isoformat(timespec="seconds"))
    return path


def write_config(path: Path, web: NewsWeb, service: dict[str, Any] | None = None) -> Path:
    lines = ["[service]", 'timezone = "UTC"']
    lines += [f"{k} = {str(v).lower() if isinstance(v, bool) else repr(v)}" for k, v in (service or {}).items()]
    lines += ["", "[defaults]", "download_delay = 0", "max_depth = 2", ""]
    for site in SITES:
        lines += ["[[sources]]", f'name = "{site}"', f'start_urls = ["{web.base(site)}/"]', 'schedule = "6h"', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


class Dashboard:
    """The running service plus what the tests need to know about the data behind it."""

    def __init__(self, svc: ServiceProcess, web: NewsWeb, db_url: str, paths: dict[str, str], cfg: Path) -> None:
        self.svc, self.web, self.db_url, self.paths, self.cfg = svc, web, db_url, paths, cfg

    @property
    def url(self) -> str:
        return self.svc.url

    def sql(self, query: str, *params: Any) -> list[dict[str, Any]]:
        with psycopg.connect(self.db_url, row_factory=dict_row) as conn:
            return conn.execute(query, params or None).fetchall()

    def article_id(self, path: str) -> int:
        return self.sql("SELECT id FROM articles WHERE url = %s", self.web.base("fzrb") + path)[0]["id"]


@pytest.fixture(scope="package")
def dashboard(pg_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dashboard]:
    name = f"newsmon_web_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    db_url = pg_server.rsplit("/", 1)[0] + "/" + name
    tmp = tmp_path_factory.mktemp("web")
    web = NewsWeb().start()
    svc = None
    try:
        now = datetime.now(UTC)
        paths = {story[0]: publish(web, story, now, i) for i, story in enumerate(RECENT)}
        cfg = write_config(tmp / "sources.toml", web)
        svc = ServiceProcess(db_url, cfg, tmp / "service.log").start()
        dash = Dashboard(svc, web, db_url, paths, cfg)
        # an interval source that never ran is crawled at once: the service's first runs fill the database
        wait_until(lambda: len(dash.sql("SELECT 1 FROM crawl_runs WHERE status <> 'running'")) >= len(SITES), 60,
                   "the first scheduled crawl of every test site")
        bad = dash.sql("SELECT source, status, error FROM crawl_runs WHERE status <> 'ok'")
        assert not bad, bad
        yield dash
    finally:
        if svc is not None:
            svc.stop()
        web.stop()
        with psycopg.connect(pg_server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def browser_problem() -> str | None:
    if not os.path.exists(CHROMIUM):
        how = "run `make test` as root (it installs Debian's chromium) or `apt-get install chromium`"
        return f"no browser: {CHROMIUM} is missing ({how})"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[dev]')"
    return None


@pytest.fixture(scope="package")
def browser() -> Iterator[Any]:
    """Headless Debian chromium; skips with the reason when none exists (fails under CI=true)."""
    problem = browser_problem()
    if problem:
        if IN_CI:
            pytest.fail(f"CI=true but {problem}")
        pytest.skip(problem)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser: Any, dashboard: Dashboard) -> Iterator[Any]:
    """A fresh browser context logged in through the login form; records dialogs and outside requests."""
    context = browser.new_context(viewport={"width": 1280, "height": 860}, locale="zh-CN")
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.outside = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    local = ("http://127.0.0.1:", "data:", "about:", "blob:")
    context.on("request", lambda r: None if r.url.startswith(local) else pg.outside.append(r.url))
    pg.goto(dashboard.url + "/ui/login?next=/")
    pg.fill("#token", TOKEN)
    with pg.expect_navigation():
        pg.click("form.login button[type=submit]")
    try:
        yield pg
    finally:
        context.close()


def screenshot(pg: Any, name: str, tmp_path: Path) -> Path:
    """Full-page PNG; into docs/screenshots when NEWSMON_SCREENSHOTS=1 (how the README images are made)."""
    folder = ROOT / "docs" / "screenshots" if os.environ.get("NEWSMON_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"{name}.png"
    pg.screenshot(path=str(out), full_page=True)
    return out

