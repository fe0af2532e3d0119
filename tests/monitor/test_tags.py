"""Fraud types, regions (ambiguous names), key figures with 万/亿 and scam indicators: exact values."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipelines.monitor import analyse
from pipelines.monitor.figures import figures_en, figures_zh, key_figures
from pipelines.monitor.fraudtypes import classify
from pipelines.monitor.indicators import scam_indicators
from pipelines.monitor.profiles import default_profile
from pipelines.monitor.regions import find_regions, resolve_name


def names(text: str, title: str | None = None) -> list[tuple[str, str | None]]:
    return [(r.name, r.province) for r in find_regions(text, title)]


# ------------------------------------------------------------------ fraud types

@pytest.mark.parametrize(("title", "body", "expected"), [
    ("警惕刷单返利诈骗", "对方以做任务、垫付返利为由诱骗受害人刷单。", ["刷单返利"]),
    ("一男子陷入杀猪盘", "对方在婚恋网站结识受害人，网恋数月后诱导其在虚假投资平台投资理财。",
     ["虚假投资理财", "网络婚恋交友"]),
    ("冒充公检法诈骗又出新招", "骗子冒充公安民警，称其涉嫌洗钱，要求把钱转入安全账户。", ["冒充公检法"]),
    ("快递丢失要理赔？小心冒充客服诈骗", "骗子冒充快递客服，以快递丢失理赔为由实施诈骗。", ["冒充电商物流客服"]),
    ("Police warn of romance scams on dating apps", "Victims met scammers on dating apps; the romance turned to "
     "requests for money.", ["网络婚恋交友"]),
    ("Pig-butchering investment scam", "A fake crypto trading platform promised guaranteed returns.",
     ["虚假投资理财"]),
])
def test_fraud_types(title, body, expected):
    assert sorted(t.name for t in classify(default_profile(), title, body)) == sorted(expected)


def test_fraud_type_lookup_by_label_and_alias():
    p = default_profile()
    assert p.fraud_type("romance").name == "网络婚恋交友"
    assert p.fraud_type("杀猪盘").name == "虚假投资理财"
    assert p.fraud_type("delivery").name == "冒充电商物流客服"
    assert p.fraud_type("nope") is None
    assert len(p.types) == 10


# ------------------------------------------------------------------ regions

def test_province_prefix_resolves_city():
    assert names("黑龙江大庆警方通报") == [("大庆市", "黑龙江省")]
    assert names("云南大理一女子被骗") == [("大理白族自治州", "云南省")]
    assert names("青海海西州公安局") == [("海西蒙古族藏族自治州", "青海省")]


def test_hainan_province_versus_qinghai_prefecture():
    assert names("海南警方提醒") == [("海南省", "海南省")]
    assert names("青海海南州破获一起案件") == [("海南藏族自治州", "青海省")]


def test_jilin_province_and_city():
    assert names("吉林警方提醒") == [("吉林省", "吉林省")]
    assert names("吉林市公安局") == [("吉林市", "吉林省")]
    assert names("吉林省吉林市") == [("吉林市", "吉林省")]


def test_chaoyang_needs_context():
    assert names("朝阳群众提供线索") == []
    assert names("北京朝阳警方") == [("朝阳区", "北京市")]
    assert names("辽宁朝阳一男子被骗") == [("朝阳市", "辽宁省")]
    assert names("朝阳市民警提醒", "辽宁警方") == [("辽宁省", "辽宁省"), ("朝阳市", "辽宁省")]
    # bare 朝阳 with Beijing named elsewhere in the document
    assert names("北京市公安局通报：朝阳一居民被骗。") == [("北京市", "北京市"), ("朝阳区", "北京市")]


def test_common_words_are_not_places():
    assert names("中山大学教授提醒学生防范诈骗") == []
    assert names("他在三明治店打工，买了大理石台面") == []
    assert names("中山市公安局") == [("中山市", "广东省")]
    assert names("广东中山") == [("中山市", "广东省")]


def test_special_regions_and_countries():
    assert names("香港警方与澳门司警联手，在缅北和柬埔寨西港打击电诈") == [
        ("香港特别行政区", "香港特别行政区"), ("澳门特别行政区", "澳门特别行政区"), ("缅甸", None), ("柬埔寨", None)]
    assert names("台湾警方") == [("台湾省", "台湾省")]
    assert names("Police in Hong Kong and Cambodia") == [("香港特别行政区", "香港特别行政区"), ("柬埔寨", None)]


def test_mentions_counted_and_districts():
    regions = find_regions("上海浦东新区警方提醒……浦东一居民被骗。")
    assert [(r.name, r.city, r.mentions) for r in regions] == [("浦东新区", "上海市", 2)]


def test_gazetteer_is_complete_for_prefecture_level():
    from pipelines.monitor.regions import gazetteer

    g = gazetteer()
    provinces = [p for p in g.places if p.level == "province"]
    assert len(provinces) == 34
    mainland_cities = [p for p in g.places if p.level == "city" and p.province != "台湾省" and p.name != "雄安新区"]
    assert len(mainland_cities) >= 333


def test_resolve_filter_names():
    assert resolve_name("广东") == "广东省"
    assert resolve_name("大理") == "大理白族自治州"
    assert resolve_name("Hong Kong") == "香港特别行政区"
    assert resolve_name("火星") == "火星"


# ------------------------------------------------------------------ key figures

def fig(text: str) -> list[tuple[Decimal, str, str]]:
    return [(f.value, f.unit, f.subject) for f in figures_zh(text)]


def test_figures_with_wan_and_yi():
    assert fig("2023年，全国公安机关共破获电信网络诈骗案件22万起，抓获犯罪嫌疑人3.1万名。") == [
        (Decimal(220000), "起", "破获电信网络诈骗案件"), (Decimal(31000), "名", "抓获犯罪嫌疑人")]
    assert fig("紧急止付涉案资金2770亿元。") == [(Decimal(277000000000), "元", "紧急止付涉案资金")]
    assert fig("成功避免796万名群众受骗。") == [(Decimal(7960000), "名", "成功避免群众受骗")]
    assert fig("涉案金额达1.2亿余元，同比下降12.3%。") == [
        (Decimal(120000000), "元", "涉案金额"), (Decimal("12.3"), "%", "下降")]
    assert fig("累计拦截诈骗电话1,234次") == [(Decimal(1234), "次", "拦截诈骗电话")]


def test_dates_ordinals_and_single_counts_are_not_figures():
    assert fig("2024年3月5日，第3名被告人被判处有期徒刑5年。") == []
    assert fig("一名男子在1个月内被骗。") == []


def test_english_figures():
    got = [(f.value, f.unit) for f in figures_en("Americans lost $12.5 billion to scams, and 2,300 victims "
                                                  "reported romance fraud in 2024.")]
    assert got == [(Decimal(12500000000), "USD"), (Decimal(2300), "victims")]


def test_key_figures_only_from_topic_sentences():
    text = "今年粮食产量达6.5亿吨。全市共破获电信网络诈骗案件1200余起。"
    assert [(f.value, f.unit) for f in key_figures(default_profile(), text)] == [(Decimal(1200), "起")]


# ------------------------------------------------------------------ scam indicators

def test_scam_indicators():
    text = ("受害人接到自称客服的电话（号码为0755-12345678），对方让其下载“云聊”APP并开启屏幕共享，"
            "随后登录www.abc-invest.top输入验证码。警方提醒，接到可疑电话请拨打96110，或下载国家反诈中心APP。"
            "另一名受害人被诱导访问https://kuaixun.vip/reg?id=3 并联系13912345678。")
    got = [(i.kind, i.value, i.official) for i in scam_indicators(text)]
    assert got == [
        ("url", "www.abc-invest.top", False), ("domain", "abc-invest.top", False),
        ("phone", "075512345678", False), ("app", "云聊", False), ("phone", "96110", True),
        ("app", "国家反诈中心", True), ("url", "https://kuaixun.vip/reg?id=3", False), ("domain", "kuaixun.vip", False),
        ("phone", "13912345678", False)]


def test_defanged_domain_and_english_app():
    got = [(i.kind, i.value) for i in scam_indicators("Do not visit scam-site[.]com; the app called CoinFlex is fake.")]
    assert got == [("domain", "scam-site.com"), ("app", "CoinFlex")]


def test_official_hosts():
    got = [(i.value, i.official) for i in scam_indicators("Report to reportfraud.ftc.gov or www.cyberpolice.cn, "
                                                          "not to ftc-refund.top.")]
    assert got == [("www.cyberpolice.cn", True), ("reportfraud.ftc.gov", True), ("cyberpolice.cn", True),
                   ("ftc-refund.top", False)]


def test_short_numbers_need_a_phone_word():
    assert scam_indicators("共破获案件12381起") == []


# ------------------------------------------------------------------ whole analysis

def test_analyse_traditional_page():
    a = analyse("黑龍江大慶警方破獲電信詐騙案", "近日，黑龙江大庆警方破获一起电信网络诈骗案件，涉案资金1200万元。"
                "受害人被冒充公检法的诈骗分子要求将钱转入安全账户。")
    d = a.to_dict()
    assert d["relevant"] and d["relevance"] == 40.5
    assert [t["name"] for t in d["types"]] == ["冒充公检法"]
    assert [(r["name"], r["province"]) for r in d["regions"]] == [("大庆市", "黑龙江省")]
    assert [(f["value"], f["unit"], f["subject"]) for f in d["figures"]] == [(12000000, "元", "涉案资金")]


def test_approximate_amounts_before_the_multiplier():
    from pipelines.monitor.figures import key_figures
    from pipelines.monitor.profiles import default_profile

    got = [(f.to_dict()["value"], f.unit, f.subject)
           for f in key_figures(default_profile(), "该电信诈骗团伙涉案金额3000余万元，骗取2000多万元。")]
    assert got == [(30000000, "元", "该电信诈骗团伙涉案金额"), (20000000, "元", "骗取")]
