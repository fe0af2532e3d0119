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


# ------------------------------------------------------------------ runs of posts
FOOD_1 = "湘菜粤菜兵分两路，新鲜的是，湘菜浓妆淡抹，粤菜却是明艳照人。虽然湖南人喜欢吃辣，但碍于广东的炎热气候，不得不多吃清淡的菜肴。"
FOOD_2 = "小炒则是粤菜的风味。冬天吃腌制的坛子菜，夏天换种吃法，炒黄瓜皮就是这么一道小菜，其实并非真的只吃皮不吃肉。"
TIRED = ("当斑竹半年来, 没有功劳也有苦劳, 而一切都怪我太认真. 当斑竹的好处, 也许是一个, 就是查IP, 但是知道IP后往往更气, "
         "因为往往伤害我的都是我信任或者相信的或者以为是好人. ")


def _archive_post(pid: int, title: str, stamp: str, body: str) -> str:
    return f"""<tr><td valign="top"><a name="{pid}"></a><table width="100%" class="table-bg"><tr><td>
<table width="100%"><tr><td class="post-title" align="left">{title}</td>
<td class="post-title" align="right"><nobr>{stamp}</nobr></td></tr></table></td></tr>
<tr id='p{pid}'><td valign="top"><table width="100%"><tr><td class="post-body">{body}</td></tr>
<tr><td>[<a href="/blogarticle.php?postID={pid}">打印</a>]</td></tr>
<tr><td class="post-footer"><em>由海姑娘张贴 @ <a href="/blogview.php?postID={pid}">{stamp}</a></em>&nbsp;(370)
<a class="comment-link" href="/blogview.php?postID={pid}#mark">共 11 篇评论</a>
<a href="/comment.php?postID={pid}">发表评论 &gt;&gt;&gt;</a></td></tr></table></td></tr></table></td></tr>"""


# A table-based blog archive: one block per post, newest first, each with its own title, time and
# footer. The second post is longer and uses latin commas, which readability prefers.
BLOG_ARCHIVE = f"""<html><head><meta charset="gb2312"><title>海姑娘 | blog.test</title></head><body>
<table><tr><td class="side_nav"><a href="/myindex.php?blogID=1854">查看我的博客目录</a></td></tr></table>
<table width="100%"><tr><td align="center">
{_archive_post(6729, "湘菜粤菜 兵分两路 (图)", "2005-06-14 03:25:55", f"<img src='a.jpg'> {FOOD_1}<br>{FOOD_2}")}
{_archive_post(6569, "澳坛真的累了", "2005-06-13 15:00:14", "我真的累了.<br>" + (TIRED + "<br>") * 4)}
{_archive_post(6401, "侦探小说", "2005-06-12 09:10:00", "读小学的时候, 我就爱看侦探小说, 以及侦探电影. 虽然看不懂, 但是也觉得有味道.")}
</td></tr></table></body></html>"""


def test_blog_archive_takes_the_first_post():
    e = extract(BLOG_ARCHIVE.encode("gb18030"), None, "http://blog.test/archives.php?date=200506&blogID=1854")
    assert e.text == "\n".join([FOOD_1, FOOD_2])
    assert e.author == "海姑娘"
    assert e.published_at == datetime(2005, 6, 14, 3, 25, 55, tzinfo=CST)


def _series(html: str) -> list[list[str]]:
    from pipelines.extraction.blocks import post_series
    from pipelines.extraction.dom import parse_html, strip_junk

    root = parse_html(html)
    strip_junk(root)
    return [[t for t, _ in lines] for lines in post_series(root)]


def test_post_series_found_in_archive():
    assert _series(BLOG_ARCHIVE)[0] == [FOOD_1, FOOD_2]
    assert len(_series(BLOG_ARCHIVE)) == 3


def test_sections_of_one_article_are_not_a_series():
    # Sections sharing one parent, and sections in separate undated wrappers, are one text.
    siblings = f"""<html><body><div class="article"><div class="section">{ESSAY_1}</div>
<div class="section">{ESSAY_2}</div><div class="section">{ESSAY_3}</div></div><p>2021-01-01</p></body></html>"""
    wrapped = f"""<html><body><div class="box"><div class="text">{ESSAY_1}</div></div><div class="ad">广告</div>
<div class="box"><div class="text">{ESSAY_2}</div></div></body></html>"""
    assert _series(siblings) == [] and _series(wrapped) == []


def test_comment_list_is_not_a_series():
    comments = "".join(f"""<li class="comment"><div class="meta">网友{i} 2021-03-0{i} 10:00</div>
<div class="comment-text">{ESSAY_2}</div></li>""" for i in range(1, 4))
    html = f"""<html><body><div class="content"><p>{ESSAY_1}</p><p>{ESSAY_3}</p></div>
<ol class="commentlist">{comments}</ol></body></html>"""
    assert _series(html) == []


# ------------------------------------------------------------------ blog bylines
@pytest.mark.parametrize("line,name", [
    ("由海姑娘张贴 @ 2005-06-14 03:25:55 (370) 共 11 篇评论 发表评论 >>>", "海姑娘"),
    ("由 张三 发表于 2005-06-14 10:00", "张三"),
    ("由张三发表于2005-06-14", "张三"),
    ("Posted by Jane Doe at 10:56 AM | 3 comments", "Jane Doe"),
])
def test_blog_footer_bylines(line, name):
    from pipelines.extraction.bylines import parse_line

    b = parse_line(line)
    assert (b.authors, b.is_meta_line) == ([name], True)


@pytest.mark.parametrize("line", ["由此发表了看法", "由于天气原因发布了预警", "Posted by admin at 10:56"])
def test_not_blog_footer_bylines(line):
    from pipelines.extraction.bylines import parse_line

    assert parse_line(line).authors == []


SIDEBAR = """<td class="profile"><a href="http://blog.test/?author=102" title="[太小心]的博客"><u>太小心</u></a>
<span>[作者简介] (个人情况保密)</span><ul>
<a href="http://blog.test/?pc=0&#038;author=102">未归类</a> (88)<br><a href="http://blog.test/?pc=85&#038;author=102">歷史</a>
<li><a href='http://blog.test/?m=200604&author=102'>April 2006</a></li>
<li><a href='http://blog.test/?m=200603&author=102'>March 2006</a></li></ul>
<ul><li>〖<a href="http://blog.test/?author=1470" title="[century]的博客">century</a>〗回复: <a href="/?p=667">《旧文》</a></li></ul></td>"""


def test_blog_owner_from_author_archive_links():
    html = f"""<html><head><title>多维博客</title></head><body><table><tr><td>
<p>Saturday, September 10th, 2005 10:56 am</p><p align=center><font size=5>播客热潮迅速蔓延 挑逗传统传媒业</font></p>
<p>{ESSAY_1}</p><p>{ESSAY_2}</p><p>{ESSAY_3}</p><p>{ESSAY_4}</p></td>{SIDEBAR}</tr></table></body></html>"""
    e = extract(html.encode("gb18030"), None, "http://blog.test/?p=9150")
    assert e.author == "太小心"
    assert e.title == "播客热潮迅速蔓延 挑逗传统传媒业"


def test_group_blog_author_list_names_nobody():
    from pipelines.extraction.core import _author_archive_name
    from pipelines.extraction.dom import parse_html

    links = "".join(f'<li><a href="/author/{slug}/">{name}</a></li>' for slug, name in
                    [("zhang", "张三"), ("li", "李四"), ("wang", "王五")])
    assert _author_archive_name(parse_html(f"<html><body><ul>{links}</ul></body></html>")) is None
    one = '<a href="https://blog.test/author/jane-doe/" rel="author">Jane Doe</a>'
    assert _author_archive_name(parse_html(f"<html><body><p>{one}</p></body></html>")) == "Jane Doe"
