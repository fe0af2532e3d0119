"""Unit tests of the rule modules: pinyin, boilerplate, titles, bylines, dates, script, mojibake."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipelines.extraction.boilerplate import clean_lines, is_boilerplate_line
from pipelines.extraction.bylines import parse_line, trailing_names
from pipelines.extraction.charsets import mojibake_score
from pipelines.extraction.dates import date_from_url, find_dates, parse_date
from pipelines.extraction.pinyin import strip_pinyin
from pipelines.extraction.script import detect_lang, detect_script, to_simplified
from pipelines.extraction.titles import choose_title, is_spam, strip_site_suffix


# ------------------------------------------------------------------ pinyin
@pytest.mark.parametrize("raw,clean,n", [
    ("法治日報(bào)全媒體記者 董凡超", "法治日報全媒體記者 董凡超", 1),
    ("網(wǎng)絡(luò)詐騙", "網絡詐騙", 2),
    ("痹趪鴦(wù)院新聞辦", "痹趪鴦院新聞辦", 1),
    ("報(bao4)道", "報道", 1),
    ("耶a(chǎn)業鏈", "耶a業鏈", 1),
    ("學(xué)生和女(nǚ)士", "學生和女士", 2),
])
def test_pinyin_removed(raw, clean, n):
    assert strip_pinyin(raw) == (clean, n)


@pytest.mark.parametrize("text", [
    "（2021）年第3号", "据美国有线电视新闻网(CNN)报道", "(记者 张三)", "条款(a)项", "见附件(一)", "斬?cái)嗪",
])
def test_real_parentheses_kept(text):
    assert strip_pinyin(text) == (text, 0)


def test_toneless_pinyin_only_on_injected_pages():
    assert strip_pinyin("我的(de)书") == ("我的(de)书", 0)
    assert strip_pinyin("報(bào)網(wǎng)的(de)书") == ("報網的书", 3)


# ------------------------------------------------------------------ boilerplate
@pytest.mark.parametrize("line", [
    "Tags:犯罪 快速 上升", "作者:佚名 來源:不詳", "Copyright 2008-2018 © 珠海生活網版權所有", "京ICP备12345678号",
    "聯系電話:13560388882  客服QQ:2319408468 電子郵箱:2319408468@qq.com", "上一篇:没有了", "下一篇：温州打掉团伙",
    "责任编辑：王小明", "【字号：大 中 小】", "分享到：", "点击进入专题", "【打印】", "版权所有：法治网",
    "关于我们 | 联系我们 | 免责声明 | 广告服务",
])
def test_boilerplate_lines(line):
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", ["记者在前期采访中了解到，各地公安机关进行了探索。", "保持严打高压态势", "Tags are useful"])
def test_body_lines_kept(line):
    assert not is_boilerplate_line(line)


def test_tail_heading_cuts_related_list():
    body = ["第一段正文内容很长很长很长。" * 3, "第二段正文。" * 3, "相關文章", "刷單返利類詐騙居高不下", "欄目導航"]
    kept, removed = clean_lines(body)
    assert kept == body[:2]
    assert removed == body[2:]


# ------------------------------------------------------------------ titles
def test_site_suffix_removed():
    assert strip_site_suffix("全国电信网络诈骗案件立案数连续3个月同比下降_新华网") == "全国电信网络诈骗案件立案数连续3个月同比下降"
    assert strip_site_suffix("温州断卡行动打掉团伙42个 - 人民网") == "温州断卡行动打掉团伙42个"
    assert strip_site_suffix("「猜猜我是誰」老梗仍有效 | 165反詐騙新聞網") == "「猜猜我是誰」老梗仍有效"
    assert strip_site_suffix("Romance scams - Consumer Alerts", ["Romance scams"]) == "Romance scams"


BODY = "今年6月至8月，全国电信网络诈骗案件立案数连续3个月同比下降。公安部副部长杜航伟介绍。" * 5


@pytest.mark.parametrize("title", [
    "亚洲欧美偷拍综合网_亚洲日本情欲片_另类综合第一页欧美丝袜第一区_欧美v日韩v国产",
    "六合彩开奖结果_澳门赌场网址_北京赛车pk10开奖直播_时时彩计划网_真人百家乐官网",
])
def test_spam_titles(title):
    assert is_spam(title, BODY)


def test_real_title_not_spam():
    assert not is_spam("全国电信网络诈骗案件立案数连续3个月同比下降", BODY)


def test_choose_title_skips_spam_and_keeps_cjk_punctuation():
    cands = [("h1", "“我是公安局的，你涉嫌洗钱” 民警上门劝阻"), ("title", "“我是公安局的，你涉嫌洗钱” 民警上门劝阻_法治网")]
    assert choose_title(cands, "民警上门劝阻，我是公安局的，你涉嫌洗钱。" * 5) == (
        "“我是公安局的，你涉嫌洗钱” 民警上门劝阻", "h1", False)
    spam = [("title", "亚洲欧美偷拍综合网_亚洲日本情欲片_另类综合第一页欧美丝袜第一区_欧美v日韩v国产")]
    assert choose_title(spam, BODY) == (None, None, True)


# ------------------------------------------------------------------ bylines
@pytest.mark.parametrize("line,authors,outlet", [
    ("法治日报全媒体记者 董凡超", ["董凡超"], "法治日报"),
    ("法治日報(bào)全媒體記者 董凡超".replace("(bào)", ""), ["董凡超"], "法治日報"),
    ("本报记者 张三 李四", ["张三", "李四"], None),
    ("记者王小明／台北報導", ["王小明"], None),
    ("《法治日报》记者 蔡岩红", ["蔡岩红"], "法治日报"),
    ("本报实习生 刘国栋 周炜", ["刘国栋", "周炜"], None),
    ("新京报记者 彭冲 山东冠县报道", ["彭冲"], "新京报"),
    ("作者：赵培", ["赵培"], None),
    ("文/李楠", ["李楠"], None),
    ("By Jane Doe and Marcus Lee", ["Jane Doe", "Marcus Lee"], None),
    ("ggjjzhzz 发表于 2005-9-15 11:46:00", ["ggjjzhzz"], None),
    ("[ 黄宇 ] 来源：[ 国际金融报 ]", ["黄宇"], None),
])
def test_bylines(line, authors, outlet):
    b = parse_line(line)
    assert b.authors == authors
    assert b.outlet == outlet
    assert b.is_meta_line


@pytest.mark.parametrize("line", [
    "作者:佚名 來源:不詳", "作者：admin", "来源：本站", "作者：[no-author]", "作者：UNKNOWN",
])
def test_placeholders_are_nobody(line):
    b = parse_line(line)
    assert b.authors == [] and b.outlet is None


def test_editor_is_not_author():
    b = parse_line("责任编辑：王小明")
    assert (b.authors, b.editor) == ([], "王小明")
    b = parse_line("来源：巴彦淖尔日报 编辑：苏亮")
    assert (b.authors, b.outlet, b.editor) == ([], "巴彦淖尔日报", "苏亮")


def test_reporter_in_running_text_is_not_a_byline():
    assert parse_line("《法治日报》记者发现，发布会披露的多组数据均印证：近期以来高发多发的诈骗犯罪迎来拐点。").authors == []


def test_trailing_names():
    assert trailing_names("过一个平安、祥和的新春佳节。（常书香 马丹阳 ）") == ["常书香", "马丹阳"]
    assert trailing_names("利益再分配的过程吗？”（姚峰 上海报道）") == ["姚峰"]
    assert trailing_names("全文到此结束。（完）") == []


# ------------------------------------------------------------------ dates
@pytest.mark.parametrize("text,want", [
    ("2021年9月14日 10:23", (datetime(2021, 9, 14, 10, 23), True)),
    ("发布时间：2021-09-14 10:23:01", (datetime(2021, 9, 14, 10, 23, 1), True)),
    ("2021-09-14", (datetime(2021, 9, 14), False)),
    ("2021/09/14 下午3:05", (datetime(2021, 9, 14, 15, 5), True)),
    ("BUSINESS.SOHU.COM 2004年7月16日08:19", (datetime(2004, 7, 16, 8, 19), True)),
    ("9/17/2004 5:54:13 AM", (datetime(2004, 9, 17, 5, 54, 13), True)),
    ("Posted by Michael on November 19, 2019, 6:21 AM EST", (datetime(2019, 11, 19, 6, 21), True)),
])
def test_text_dates(text, want):
    assert find_dates(text)[0] == want


def test_iso_with_offset():
    dt, has_time = parse_date("2024-04-02T16:45:00+08:00")
    assert has_time and dt.isoformat() == "2024-04-02T16:45:00+08:00"


@pytest.mark.parametrize("url,day", [
    ("http://www.zhuhai.cn/html/2021/0914/12345.html", datetime(2021, 9, 14)),
    ("http://www.gov.cn/xinwen/2021-09/15/content_1.htm", datetime(2021, 9, 15)),
    ("http://www.mps.gov.cn/n2254098/c/t20210914_123.html", datetime(2021, 9, 14)),
    ("https://example.com/2024/05/02/investment-scams/", datetime(2024, 5, 2)),
    ("https://165.gov.tw/news/20240402/1062.html", datetime(2024, 4, 2)),
])
def test_url_dates(url, day):
    assert date_from_url(url) == day


def test_url_without_date():
    assert date_from_url("http://example.com/plus/view.php?aid=12402") is None


# ------------------------------------------------------------------ script / lang / mojibake
def test_script_and_simplified():
    hant = "全國電信網絡詐騙案件立案數連續3個月同比下降，軟體資訊網路。"
    assert detect_script(hant) == "Hant"
    assert detect_script("全国电信网络诈骗案件立案数连续3个月同比下降。") == "Hans"
    assert detect_script("Investment scams promising crypto riches are everywhere now.") == "Latn"
    assert to_simplified(hant, "Hant") == "全国电信网络诈骗案件立案数连续3个月同比下降，软件信息网络。"
    assert detect_lang(hant) == "zh"
    assert detect_lang("Investment scams promising crypto riches: what to know before you invest.") == "en"


def test_mojibake_score():
    assert mojibake_score("全國電信網絡詐騙案件立案數連續3個月同比下降，在國務院新聞辦今天舉行的發布會上。") == 0.0
    assert mojibake_score("同比下降!痹趪鴦院新聞辦今天舉行") > 0.0
    assert mojibake_score("中文".encode().decode("gb18030", "replace") * 10) > 0.3


def test_mojibake_flags_byte_shifted_runs_not_clean_text():
    from pipelines.extraction.charsets import MOJIBAKE_THRESHOLD

    seed = open("/work/shared/seed/mirror-page.txt", encoding="utf-8").read() if __import__("os").path.exists(
        "/work/shared/seed/mirror-page.txt") else "當?shù)仉娫p案件，徹底斬?cái)嗪诨耶a業鏈。" * 3
    assert mojibake_score(seed) >= 0.9
    assert mojibake_score("當?shù)仉娫p案件，徹底斬?cái)嗪诨耶a業鏈，同比下降!痹趪鴦院新聞辦。") >= MOJIBAKE_THRESHOLD
    clean = "全國電信網絡詐騙案件立案數連續3個月同比下降。記者王喆、李堃採訪了民警，你知道嗎?他說：要當心！" * 20
    assert mojibake_score(clean) < MOJIBAKE_THRESHOLD
