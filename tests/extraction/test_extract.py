"""extract() end to end on real-template snippets, plus malformed input that must never raise."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipelines.extraction import Extracted, extract

P1 = "今年6月至8月，全國電信網絡詐騙案件立案數連續3個月同比下降。公安部副部長杜航偉介紹公安機關懲治電信網絡詐騙犯罪相關情況時透露。"
P2 = "《法治日報》記者發現，發布會披露的多組數據均印證：近期以來高發多發、人民群眾深惡痛絕的電信網絡詐騙犯罪快速上升勢頭迎來拐點。"
P3 = "今年1月至8月，全國共破獲電信網絡詐騙案件22萬起，抓獲犯罪嫌疑人29.6萬名，同比分別上升40.1%、104.4%。"

MIRROR = f"""<!DOCTYPE html><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>亚洲欧美偷拍综合网_亚洲日本情欲片_另类综合第一页欧美丝袜第一区_欧美v日韩v国产</title></head>
<body><div class="header"><h1><a href="/"><img src="/logo.gif" alt="珠海生活網"/></a></h1>
<ul id="nav"><li><a href="/">首頁</a></li><li><a href="/html/shehui/">社會新聞</a></li></ul></div>
<div class="place"><strong>當前位置:</strong> <a href="/">主頁</a> &gt; <a href="/html/shehui/">社會新聞</a></div>
<div class="content"><table><tr><td>
<p>法治日報(bào)全媒體記者 董凡超</p>
<p>{P1.replace("報", "報(bào)", 1)}</p><p>{P2}</p><p>保持嚴(yán)打高壓態(tài)勢</p><p>{P3}</p>
</td></tr></table></div>
<div class="tags">Tags:<a href="/t/1">犯罪</a> <a href="/t/2">快速</a></div>
<div class="info"><small>作者:佚名 來源:不詳 發布時間:2021-09-16 10:05:21</small> 點擊:次</div>
<div class="context"><ul><li>上一篇:沒有了</li><li>下一篇:<a href="/x.html">刷單返利類詐騙居高不下</a></li></ul></div>
<dl><dt><strong>相關文章</strong></dt><dd><ul><li><a href="/y.html">警惕大閘蟹提貨券騙局</a></li></ul></dd></dl>
<div class="footer">Copyright 2008-2018 © 珠海生活網版權所有 聯系電話:13560388882 客服QQ:2319408468</div>
</body></html>"""


def test_mirror_page_gbk_with_spam_title_and_pinyin():
    e = extract(MIRROR.encode("gb18030"), {"content-type": "text/html"}, "http://www.zhuhai.test/html/2021/0916/12345.html")
    assert e.encoding == "gb18030"
    assert e.title is None and e.title_source is None and e.spam_title is True
    assert e.text == "\n".join([P1, P2, "保持嚴打高壓態勢", P3])
    assert e.author == "董凡超"
    assert e.outlet == "法治日報"
    assert e.editor is None
    assert e.published_at == datetime(2021, 9, 16, 10, 5, 21, tzinfo=timezone(timedelta(hours=8)))
    assert (e.lang, e.script) == ("zh", "Hant")
    assert e.pinyin_stripped == 3
    assert e.text_simplified.startswith("今年6月至8月，全国电信网络诈骗案件立案数连续3个月同比下降。")
    assert e.paragraphs == 4
    assert e.mojibake_score == 0.0


NEWS = """<html lang="zh-CN"><head><meta charset="utf-8">
<title>温州“断卡”行动打掉涉“两卡”违法犯罪团伙42个_法治网</title>
<meta property="og:type" content="article">
<link rel="canonical" href="/content/2021-11/02/content_8620415.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"温州“断卡”行动打掉涉“两卡”违法犯罪团伙42个","datePublished":"2021-11-02T07:45:00+08:00"}</script>
</head><body><div class="nav"><a href="/">首页</a> <a href="/fzxw/">法治新闻</a></div>
<div class="article"><h1>温州“断卡”行动打掉涉“两卡”违法犯罪团伙42个</h1>
<div class="info">来源：法治日报 2021-11-02 07:45</div>
<div class="content"><p>法治日报记者 张维</p>
<p>记者近日从浙江省温州市公安局获悉，今年以来，温州警方深入推进“断卡”行动，累计打掉涉“两卡”违法犯罪团伙42个。</p>
<p>为了从源头上铲除“两卡”滋生土壤，温州警方联合人民银行、通信管理等部门开展排查，对异常账户实施风险提示和交易限制。</p>
<p>责任编辑：王小明</p></div></div>
<div class="footer">版权所有 法治网 京ICP备12345678号</div></body></html>"""


def test_portal_article_fields():
    e = extract(NEWS.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"}, "http://www.legaldaily.test/a/b.html")
    assert e.title == "温州“断卡”行动打掉涉“两卡”违法犯罪团伙42个"
    assert e.title_source == "json-ld"
    assert e.author == "张维"
    assert e.outlet == "法治日报"
    assert e.editor == "王小明"
    assert e.published_at.isoformat() == "2021-11-02T07:45:00+08:00"
    assert e.canonical_url == "http://www.legaldaily.test/content/2021-11/02/content_8620415.html"
    assert e.og_type == "article"
    assert e.jsonld_types == ["NewsArticle"]
    assert e.text.splitlines()[0].startswith("记者近日从浙江省温州市公安局获悉")
    assert e.paragraphs == 2
    assert "责任编辑：王小明" in e.boilerplate_removed
    assert (e.lang, e.script, e.spam_title) == ("zh", "Hans", False)
    d = e.to_dict()
    assert d["published_at"] == "2021-11-02T07:45:00+08:00"


def test_default_tz_for_naive_times():
    html = ("<html><head><meta name='publishdate' content='2024-03-21 10:30'></head><body><p>"
            + "Scammers send texts about missed deliveries to steal your money and information. " * 5
            + "</p></body></html>").encode()
    e = extract(html, None, "https://alerts.test/x", default_tz="America/New_York")
    assert e.published_at.isoformat() == "2024-03-21T10:30:00-04:00"
    assert extract(html, None, "https://alerts.test/x").published_at.isoformat() == "2024-03-21T10:30:00+00:00"


@pytest.mark.parametrize("body", [
    b"", b"\x00\x00\x00", bytes(range(256)) * 100, b"<html><body><p>unclosed <div><table><tr><td>x",
    b"<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>", b"\xff\xfe\x00<\x00h",
    b"<html>" + b"<div>" * 5000 + b"deep" + b"</div>" * 5000 + b"</html>", b"%PDF-1.4 binary \x00\x01\x02",
])
def test_malformed_input_never_raises(body):
    e = extract(body, {"CONTENT-TYPE": "text/html; charset=gbk"}, "http://x.test/")
    assert isinstance(e, Extracted)
    assert "\x00" not in e.text
    e.to_dict()


def test_huge_page_returns_empty_text():
    e = extract(b"<html><body><p>" + b"a" * 13_000_000 + b"</p></body></html>", None, "http://x.test/")
    assert e.text == "" and e.text_chars == 0


def test_headers_any_case_and_bytes_values():
    raw = NEWS.replace('<meta charset="utf-8">', "").encode("gb18030")
    e = extract(raw, {b"Content-Type": [b"text/html; charset=GBK"]}, "http://x.test/")
    assert e.encoding == "gb18030" and e.author == "张维"


def test_list_page_signals():
    items = "".join(f"<li><a href='/a{i}.html'>法治新闻标题第{i}条关于电信诈骗</a><span>2021-09-1{i % 10}</span></li>"
                    for i in range(40))
    e = extract(f"<html><body><ul>{items}</ul></body></html>".encode(), None, "http://x.test/list/")
    assert (e.link_density, e.text, e.paragraphs) == (0.6117, "", 0)
