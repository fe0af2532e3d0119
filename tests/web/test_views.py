"""Unit tests of the dashboard's pure view functions and its session/CSRF tokens: exact values."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from scheduler.web import auth, views

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 3, 10, 17, 30, tzinfo=UTC)  # 2026-03-11 01:30 in Shanghai


def test_windows_follow_the_service_time_zone() -> None:
    starts, end = views.windows(NOW, SH)
    assert starts == {"today": datetime(2026, 3, 11, tzinfo=SH), "7d": datetime(2026, 3, 5, tzinfo=SH),
                      "30d": datetime(2026, 2, 10, tzinfo=SH)}
    assert end == datetime(2026, 3, 12, tzinfo=SH)
    utc_starts, _ = views.windows(NOW, ZoneInfo("UTC"))
    assert utc_starts["today"] == datetime(2026, 3, 10, tzinfo=ZoneInfo("UTC"))


def test_formatting() -> None:
    assert views.fmt_dt(NOW, SH) == "2026-03-11 01:30"
    assert views.fmt_dt(datetime(2026, 3, 10, 17, 30), None) == "2026-03-10 17:30"  # naive = UTC
    assert views.fmt_dt(None) == "—"
    assert [views.fmt_seconds(s) for s in (3.14, 125, 7325, None)] == ["3.1 s", "2 min 5 s", "2 h 2 min", "—"]
    assert views.fmt_ago(NOW - timedelta(minutes=5), NOW) == "5 min ago"
    assert views.fmt_ago(NOW + timedelta(hours=6), NOW) == "in 6 h"
    assert views.fmt_ago(NOW - timedelta(days=3, hours=1), NOW) == "3 d ago"
    assert views.fmt_ago(NOW + timedelta(seconds=30), NOW) == "in 30 s"


def test_figures_in_chinese_units() -> None:
    assert views.fmt_figure(Decimal("277000000000"), "元") == "2770亿元"
    assert views.fmt_figure(Decimal("220000"), "起") == "22万起"
    assert views.fmt_figure(Decimal("296000"), "名") == "29.6万名"
    assert views.fmt_figure(Decimal("40.1"), "%") == "40.1%"
    assert views.fmt_figure(Decimal("6821"), "个") == "6821个"
    assert views.fmt_figure(Decimal("881000000"), "元") == "8.81亿元"
    assert views.fmt_figure(1500, "元") == "1500元"


def test_nice_axis() -> None:
    assert [views.nice_axis(n) for n in (0, 1, 4, 5, 6, 9, 11, 23, 140)] == [
        (1, 1), (1, 1), (4, 1), (5, 1), (6, 2), (10, 2), (15, 5), (25, 5), (150, 50)]


def test_stacked_chart_layout_is_exact() -> None:
    first = date(2026, 3, 1)
    rows = [{"day": date(2026, 3, 1), "type": "刷单返利", "stories": 2},
            {"day": date(2026, 3, 1), "type": None, "stories": 1},
            {"day": date(2026, 3, 3), "type": "冒充公检法", "stories": 1},
            {"day": date(2026, 3, 3), "type": "刷单返利", "stories": 1},
            {"day": date(2026, 2, 28), "type": "刷单返利", "stories": 9}]  # before the period: ignored
    chart = views.stacked_chart(rows, first, 4, {"刷单返利": "task-scam"}, width=440, height=134)
    # plot 398 x 100 at (34, 10); 4 slots of 99.5, bars 70% wide and centred; axis 0..3 in steps of 1
    assert (chart.plot_w, chart.plot_h, chart.total) == (398, 100, 5)
    assert chart.yticks == [(110.0, "0"), (76.67, "1"), (43.33, "2"), (10.0, "3")]
    assert [(b.x, b.y, b.w, b.h, b.color, b.title) for b in chart.bars] == [
        (48.92, 43.33, 69.65, 66.67, "#0072B2", "2026-03-01 · 刷单返利: 2"),
        (48.92, 10.0, 69.65, 33.33, views.NO_TYPE_COLOR, "2026-03-01 · 未分类 (no type): 1"),
        (247.93, 76.67, 69.65, 33.33, "#0072B2", "2026-03-03 · 刷单返利: 1"),
        (247.93, 43.33, 69.65, 33.33, "#E69F00", "2026-03-03 · 冒充公检法: 1"),
    ]
    assert chart.xlabels == [(382.25, "03-04")]  # the last day, then every 7th day before it
    assert chart.legend == [
        {"type": "刷单返利", "label": "刷单返利", "english": "task-scam", "color": "#0072B2", "stories": 3},
        {"type": "冒充公检法", "label": "冒充公检法", "english": None, "color": "#E69F00", "stories": 1},
        {"type": None, "label": "未分类 (no type)", "english": None, "color": views.NO_TYPE_COLOR, "stories": 1}]


def test_empty_chart() -> None:
    chart = views.stacked_chart([], date(2026, 3, 1), 30)
    assert chart.bars == [] and chart.legend == [] and chart.total == 0
    assert [label for _, label in chart.yticks] == ["0", "1"]
    assert [label for _, label in chart.xlabels] == ["03-02", "03-09", "03-16", "03-23", "03-30"]


def test_attention_reasons() -> None:
    ok_run = {"status": "ok"}
    sources = [
        {"name": "healthy", "enabled": True, "consecutive_failures": 0, "last_run": ok_run,
         "last_success_at": NOW - timedelta(hours=2), "interval": 3600},
        {"name": "broken", "enabled": True, "consecutive_failures": 3, "last_run": {"status": "timeout"},
         "last_success_at": NOW - timedelta(days=2), "interval": 1800, "backoff_until": NOW + timedelta(hours=1),
         "last_error": "timed out"},
        {"name": "new", "enabled": True, "consecutive_failures": 0, "last_run": None, "last_success_at": None},
        {"name": "stale", "enabled": True, "consecutive_failures": 0, "last_run": ok_run,
         "last_success_at": NOW - timedelta(days=4), "interval": 86400},
        {"name": "off", "enabled": False, "consecutive_failures": 5, "last_run": {"status": "failed"}},
        {"name": "running", "enabled": True, "consecutive_failures": 0, "last_run": {"status": "running"},
         "last_success_at": None, "interval": 600},
    ]
    got = views.attention(sources, NOW)
    assert [(a["name"], a["reasons"]) for a in got] == [
        ("broken", ["3 consecutive failures", "last run timeout", "backing off until 2026-03-10 18:30 UTC",
                    "no successful run for 2 d"]),
        ("new", ["never crawled"]),
        ("stale", ["no successful run for 4 d"]),
    ]
    assert got[0]["last_error"] == "timed out"


def test_quality_flags() -> None:
    assert views.quality_flags({"spam_title": True, "pinyin_stripped": 267, "mojibake_score": 0.985,
                                "mojibake": True}) == [
        {"name": "spam title", "value": "yes", "bad": True},
        {"name": "pinyin stripped", "value": "267", "bad": True},
        {"name": "mojibake score", "value": "0.98", "bad": True}]
    assert views.quality_flags({"spam_title": False, "pinyin_stripped": 0, "mojibake_score": 0.1813}) == [
        {"name": "mojibake score", "value": "0.18", "bad": False}]
    assert views.quality_flags({"mojibake_score": 0.5}) == [{"name": "mojibake score", "value": "0.50", "bad": True}]
    assert views.quality_flags(None) == []


def test_highlight_escapes_before_marking() -> None:
    a, b = views.MARKS
    got = views.highlight(f"…<b>温州{a}断卡{b}行动</b> & {a}<script>{b}")
    assert str(got) == "…&lt;b&gt;温州<mark>断卡</mark>行动&lt;/b&gt; &amp; <mark>&lt;script&gt;</mark>"


def test_small_helpers() -> None:
    assert views.paragraphs("第一段\n\n  第二段 \n") == ["第一段", "第二段"]
    assert views.similarity_label({"jaccard": 0.61, "containment": 0.962}) == "96%"
    assert views.similarity_label({"jaccard": None, "containment": None}) == "—"
    assert views.page_numbers(1, True) == {"prev": None, "next": 2, "page": 1}
    assert views.page_numbers(3, False) == {"prev": 2, "next": None, "page": 3}


def test_clean_raw_html_makes_pages_inert() -> None:
    page = ('<html><head><meta charset="gbk"><base href="http://evil.example/"><title><script>alert(1)</script>'
            '</title><link rel="stylesheet" href="http://cdn.example/x.css"><style>body{background:url(http://t.example/p)}'
            '</style><script src="http://evil.example/x.js"></script></head><body onload="alert(2)">'
            '<h1>标题</h1><p style="color:red">正文<img src="http://203.0.113.9/x.png" onerror="alert(3)"></p>'
            '<a href="javascript:alert(4)">点</a><a href="http://example.com/a">链接</a>'
            '<iframe src="http://evil.example/"></iframe><form action="http://evil.example/"><input></form>'
            '<svg onload="alert(5)"></svg><object data="x.swf"></object></body></html>').encode("gbk")
    out = views.clean_raw_html(page, "gbk")
    low = out.lower()
    for bad in ("<script", "onload", "onerror", "javascript:", "<base", "<link", "<iframe", "<form", "<object",
                "http://evil", "203.0.113.9", "url(", "<meta"):
        assert bad not in low, bad
    assert "<h1>标题</h1>" in out and "正文" in out and 'title="http://example.com/a"' in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out  # the title's text stays text
    assert views.clean_raw_html(b"", None).startswith("<!DOCTYPE html>")
    assert "caf\u00e9" in views.clean_raw_html("<p>café</p>".encode(), "no-such-codec")


def test_session_and_csrf_tokens() -> None:
    token = "s3cret"
    cookie = auth.new_session(token, now=1_000_000)
    nonce = auth.session_nonce(token, cookie, now=1_000_000 + 60)
    assert nonce is not None and cookie.startswith("1000000.")
    assert auth.session_nonce(token, cookie, now=1_000_000 + auth.SESSION_SECONDS + 1) is None  # expired
    assert auth.session_nonce("rotated", cookie, now=1_000_060) is None  # a new token logs everyone out
    issued, n, mac = cookie.split(".")
    assert auth.session_nonce(token, f"{int(issued) + 1}.{n}.{mac}", now=1_000_060) is None  # tampered
    assert auth.session_nonce(token, "garbage", now=1_000_060) is None
    csrf = auth.csrf_token(token, nonce)
    assert auth.csrf_ok(token, nonce, csrf)
    assert not auth.csrf_ok(token, "other-nonce", csrf)
    assert not auth.csrf_ok(token, nonce, None)
    assert auth.bearer_ok(token, "Bearer s3cret") and not auth.bearer_ok(token, "Bearer nope")
    assert not auth.bearer_ok(None, "Bearer s3cret")


def test_same_origin_and_safe_next() -> None:
    assert auth.same_origin("http://127.0.0.1:8080", "same-origin", "http", "127.0.0.1:8080")
    assert auth.same_origin(None, None, "http", "h")  # curl, old browsers: other checks apply
    assert not auth.same_origin("https://evil.example", None, "http", "127.0.0.1:8080")
    assert not auth.same_origin(None, "cross-site", "http", "h")
    assert not auth.same_origin("null", None, "http", "h")  # sandboxed frames
    assert [auth.safe_next(x) for x in ("/ui/runs?x=1", "//evil", "https://evil", "/\\evil", None)] == [
        "/ui/runs?x=1", "/", "/", "/", "/"]
