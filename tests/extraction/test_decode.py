"""decode_html: declared, missing and wrong charsets on real-template Chinese pages."""

from __future__ import annotations

import codecs

from pipelines.extraction import decode_html

TEXT = "法治日报全媒体记者 董凡超：全国电信网络诈骗案件立案数连续3个月同比下降，公安机关持续打击。" * 3


def page(meta: str = "", body: str = TEXT, title: str = "新闻", home: str = "首页") -> str:
    return (f"<html><head>{meta}<title>{title}</title></head><body><div id='nav'><a href='/'>{home}</a></div>"
            f"<div class='content'><p>{body}</p></div></body></html>")


def test_header_charset_utf8():
    d = decode_html(page().encode("utf-8"), "text/html; charset=UTF-8")
    assert (d.encoding, d.source) == ("utf-8", "header")
    assert TEXT in d.text


def test_meta_gb2312_decoded_as_gb18030():
    raw = page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">').encode("gb18030")
    d = decode_html(raw, "text/html")
    assert (d.encoding, d.source) == ("gb18030", "meta")
    assert TEXT in d.text


def test_gb2312_declared_but_gbk_only_chars():
    body = TEXT + "镕基、喆、堃、珺、昇在一起。"  # 镕 喆 堃 are outside GB2312
    raw = page('<meta charset="gb2312">', body).encode("gb18030")
    d = decode_html(raw)
    assert d.encoding == "gb18030"
    assert "镕基、喆、堃、珺" in d.text


def test_gb18030_four_byte_chars():
    body = TEXT + "𠮷野家"
    raw = page('<meta charset="gbk">', body).encode("gb18030")
    assert "𠮷野家" in decode_html(raw).text


def test_no_charset_gbk_detected():
    raw = page(body=TEXT).encode("gbk")
    d = decode_html(raw)
    assert (d.encoding, d.source) == ("gb18030", "detected")
    assert TEXT in d.text


def test_no_charset_utf8_detected():
    d = decode_html(page().encode("utf-8"))
    assert (d.encoding, d.source) == ("utf-8", "detected")


def test_header_utf8_but_bytes_gbk():
    raw = page().encode("gbk")
    d = decode_html(raw, "text/html; charset=utf-8")
    assert (d.encoding, d.source) == ("gb18030", "redecoded")
    assert TEXT in d.text


def test_meta_gbk_but_bytes_utf8():
    raw = page('<meta charset="gbk">').encode("utf-8")
    d = decode_html(raw)
    assert (d.encoding, d.source) == ("utf-8", "redecoded")
    assert TEXT in d.text


def test_latin1_header_but_utf8_bytes():
    raw = page().encode("utf-8")
    d = decode_html(raw, "text/html; charset=ISO-8859-1")
    assert (d.encoding, d.source) == ("utf-8", "redecoded")


def test_big5_declared_decoded_as_cp950():
    body = "記者王小明／台北報導：詐騙集團假冒客服，民眾應提高警覺，撥打165反詐騙專線查證。" * 3
    raw = page('<meta charset="big5">', body, "新聞", "首頁").encode("cp950")
    d = decode_html(raw)
    assert (d.encoding, d.source) == ("cp950", "meta")
    assert body in d.text


def test_big5_with_cp950_only_char():
    body = "碁峰資訊與宏碁公司的記者會，民眾踴躍參加，詐騙集團冒用名義。" * 3  # 碁 is a cp950 extension
    raw = page(body=body, title="新聞", home="首頁").encode("cp950")
    d = decode_html(raw, "text/html; charset=big5")
    assert d.encoding == "cp950"
    assert "碁峰資訊與宏碁" in d.text


def test_big5_hkscs_chars():
    body = "香港記者報導：深水埗的市民在𨋢內遇到詐騙，警方呼籲市民提高警覺。" * 3
    raw = page(body=body, title="新聞", home="首頁").encode("big5hkscs")
    d = decode_html(raw, "text/html; charset=big5")
    assert d.encoding == "big5hkscs"
    assert "深水埗" in d.text


def test_utf8_bom_wins():
    raw = codecs.BOM_UTF8 + page('<meta charset="gbk">').encode("utf-8")
    d = decode_html(raw, "text/html; charset=gbk")
    assert (d.encoding, d.source) == ("utf-8", "bom")
    assert not d.text.startswith("\ufeff")


def test_utf16_bom():
    raw = page().encode("utf-16")
    d = decode_html(raw)
    assert (d.encoding, d.source) == ("utf-16", "bom")
    assert TEXT in d.text


def test_nul_bytes_stripped_and_empty_body():
    d = decode_html(b"<p>a\x00b</p>")
    assert d.text == "<p>ab</p>"
    assert decode_html(b"").text == ""


def test_binary_junk_does_not_raise():
    junk = bytes(range(256)) * 50
    d = decode_html(junk, "application/octet-stream")
    assert isinstance(d.text, str)
    assert "\x00" not in d.text


def test_unknown_charset_label_falls_back():
    d = decode_html(page('<meta charset="x-no-such-charset">').encode("utf-8"))
    assert d.encoding == "utf-8"
