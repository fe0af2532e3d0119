"""Blog and forum templates: UI-word titles, headlines printed in the text, post listings, blog bylines.

Snippets are written after common layouts (old ASP/FrontPage board viewers, WordPress-style personal
blogs, table-based blog archives with one block per post, Discuz-like threads); every field is exact.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipelines.extraction import extract
from pipelines.extraction.titles import choose_title, is_ui_title

CST = timezone(timedelta(hours=8))

ESSAY_1 = "我们知道，还在奥尔森的理论提出之前，不少西方学者已经对相关的问题进行过不同的研究，提出过不同的理论解释了。"
ESSAY_2 = "规范理论认为集体行动的产生和维持靠的是社会公德与各种道德约束，这些行为规范可以是人们内心反省或社会教育的结果。"
ESSAY_4 = "道义感在争取思想自由的斗争中所起的作用是极其重大的，这种作用是如此重大，以至於许多人要把争取自由的运动称之为道义运动。"
ESSAY_3 = "在我看来，规范性理论触及到集体行动的一个十分重要的方面，人们之所以自愿地投入某一项集体行动，是因为确信目标正确。"


@pytest.mark.parametrize("title", ["显示", "顯示帖子", "查看文章", "新闻内容", "文章详情", "无标题文档", "新建网页 1",
                                   "Untitled Document", "详细内容", "正文"])
def test_ui_word_titles(title):
    assert is_ui_title(title)


@pytest.mark.parametrize("title", ["路是人走出来的(下)", "显示屏价格大跌", "新闻", "查看更多警情通报的方式变了",
                                   "Home Office warns on visas"])
def test_headlines_are_not_ui_titles(title):
    assert not is_ui_title(title)


def test_choose_title_skips_ui_word():
    body = ESSAY_1 + ESSAY_2
    assert choose_title([("title", "显示")], body) == (None, None, False)
    assert choose_title([("title", "显示"), ("h1", "集体行动的理论")], body) == ("集体行动的理论", "h1", False)


# An ASP board viewer (FrontPage): <title> is the script's function, the headline is a centred bold
# paragraph, the author's bare name follows it. Stray markup before <html> pushes <title> into <body>.
BOARD = f"""<p>
<html><head><meta NAME="GENERATOR" Content="Microsoft FrontPage 5.0"><title>显示</title></head>
<body style="background-color: #FFF4E4">
<p align='center'><font color=darkblue><strong>路是人走出来的(下)</strong></font></p>
<hr size='1'>
<p> 胡平<br><br>&nbsp;&nbsp;——论争取自由的方式及其相互关系(下)<br><br>
&nbsp;&nbsp;{ESSAY_1}<br>&nbsp;&nbsp;{ESSAY_2}<br>&nbsp;&nbsp;{ESSAY_3}<br>&nbsp;&nbsp;{ESSAY_4}<br>
<br>——《北京之春》1996年3月号</p>
</body></html>"""


def test_board_viewer_ui_title_headline_and_author():
    e = extract(BOARD.encode("gb18030"), None, "http://board.test/wj/ShowAnnounce.asp?boardID=2&RootID=76")
    assert (e.title, e.title_source) == ("路是人走出来的(下)", "text")
    assert e.author == "胡平"
    assert e.text == "\n".join(["——论争取自由的方式及其相互关系(下)", ESSAY_1, ESSAY_2, ESSAY_3, ESSAY_4, "——《北京之春》1996年3月号"])
    assert e.published_at == datetime(1996, 3, 1, tzinfo=CST)


# A personal blog whose <title> is only the blog's name; the post prints its date, then its headline.
BLOG_NAME_TITLE = f"""<html><head><meta charset="gb2312"><title>多维博客</title></head><body>
<table><tr><td class="logo"><a href="/">多维博客</a></td></tr></table>
<table><tr><td width=666 valign="top">
<P><IMG src="wp-images/blog3_pic1.gif"> Saturday, September 10th, 2005 &nbsp; 10:56 am </p>
<P align=center><FONT size=5>播客热潮迅速蔓延 挑逗传统传媒业</font></p>
<p>{ESSAY_1}</p><p>{ESSAY_2}</p><p>{ESSAY_3}</p><p>{ESSAY_4}</p>
</td></tr></table></body></html>"""


def test_blog_name_title_yields_to_headline_in_text():
    e = extract(BLOG_NAME_TITLE.encode("gb18030"), None, "http://blog.test/?p=9150")
    assert (e.title, e.title_source) == ("播客热潮迅速蔓延 挑逗传统传媒业", "text")
    assert e.text == "\n".join([ESSAY_1, ESSAY_2, ESSAY_3, ESSAY_4])
    assert e.published_at == datetime(2005, 9, 10, 10, 56, tzinfo=CST)


def test_sentence_first_line_is_not_a_headline():
    html = f"""<html><head><title>博客</title></head><body><div class="post">
<p>我真的累了.</p><p>{ESSAY_1}</p><p>{ESSAY_2}</p><p>{ESSAY_3}</p><p>{ESSAY_4}</p></div></body></html>"""
    e = extract(html.encode(), None, "http://blog.test/x")
    assert (e.title, e.title_source) == ("博客", "title")
