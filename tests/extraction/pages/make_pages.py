"""Build the newsmon extraction test pages: real-world Chinese news templates with exact expectations.

Run ``.venv/bin/python -m tests.extraction.pages.make_pages`` to (re)write ``<id>.html`` (raw bytes in the
page's own encoding, sometimes with no or a wrong charset declaration) and ``<id>.json`` (expected
fields plus the fetch context: url and Content-Type header).

The markup reproduces what real outlets and CMSs serve (people.com.cn, news.cn, chinanews, TRS WCM
government sites, cpd.com.cn, chinapeace, legaldaily, WeChat articles, sina/163/qq/sohu, DedeCMS,
PHPCMS, Discuz, LTN/UDN/ETtoday, HK portals, content-farm mirrors): navigation, breadcrumbs, info
lines, font-size and share widgets, captions, video placeholders, related lists, comments, footers.
The article content is written for these tests.

Expected fields (what a human labeller would write down):
* ``text``: the article paragraphs (and subheadings) in order, joined by newlines; standalone
  byline/info/editor lines, captions, 原标题 lines, widgets and lists are not text; a byline or
  dateline printed inside the first paragraph (``新华社北京5月1日电（记者X）…``) stays in it.
* ``author``: the reporters/writers (reporters and correspondents, not photographers of a single
  picture, never the duty editor), space-separated; None when the page names nobody.
* ``outlet``: the labelled source (``来源：``/``稿源：``) as printed; else the wire or the newspaper of
  the byline; else the site's name.
* ``editor``: the duty editors (责任编辑/责编/编辑), space-separated.
* ``published_at``: the publication time (to the minute or second as printed) with its offset;
  pages printing only a day get midnight local time.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES: list[dict] = []


def page(pid: str, tpl, *, enc: str, url: str, title: str, paras: list[str], author: str | None,
         outlet: str | None, editor: str | None, date: str | None, script: str = "Hans", spam: bool = False,
         pinyin: int = 0, header: str | None = "text/html", **kw) -> None:
    lead = kw.pop("lead", [])
    PAGES.append(dict(id=pid, tpl=tpl, enc=enc, url=url, title=title, paras=lead + paras, expect=kw.pop("expect", paras), author=author, outlet=outlet,
                      editor=editor, date=date, script=script, spam=spam, pinyin=pinyin, header=header, **kw))


def ps(paras: list[str], style: str = "") -> str:
    return "".join(f"<p{style}>{x}</p>\n" for x in paras)


FOOT_CN = ("<div class=\"footer\"><p><a href=\"/about/\">关于我们</a> | <a href=\"/contact/\">联系我们</a> | "
           "<a href=\"/ad/\">广告服务</a> | <a href=\"/map/\">网站地图</a></p><p>Copyright © 1997-2024 版权所有 "
           "未经书面授权禁止使用</p><p>京ICP备05036213号 京公网安备11000002000001号</p></div>")


def related(items: list[str], head: str = "相关新闻") -> str:
    lis = "".join(f"<li><a href=\"/n/{i}.html\">{t}</a><span>2024-04-2{i}</span></li>" for i, t in enumerate(items))
    return f"<div class=\"related\"><h3>{head}</h3><ul>{lis}</ul></div>"


REL = ["公安部公布十大高发电信网络诈骗类型", "警惕！这些“高薪兼职”都是骗局", "反诈民警进社区开展宣传活动",
       "银行柜员成功劝阻一起冒充客服诈骗"]


# ----------------------------------------------------------------------------------- templates
def t_people(p):
    by = f"<p class=\"author\">{p['byline']}</p>" if p.get("byline") else ""
    return f"""<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<title>{p['title']}--{p.get('channel', '社会·法治')}--人民网</title>
<meta name="keywords" content="电信诈骗 反诈"/><meta name="description" content="{p['paras'][0][:60]}"/>
<meta name="publishdate" content="{p['date'][:10]}"/><meta name="author" content="{p.get('login', 'zhangliang')}"/>
<meta name="source" content="来源：{p['outlet']}"/></head><body>
<div id="rmw_topline"><a href="http://www.people.com.cn/">人民网首页</a><a href="http://cpc.people.com.cn/">中国共产党新闻网</a>
<a href="http://paper.people.com.cn/">人民日报</a><a href="http://tv.people.com.cn/">视频</a></div>
<div class="layout rm_txt cf"><div class="col col-1 fl">
<div class="channel cf"><a href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a href="http://society.people.com.cn/">{p.get('channel', '社会·法治')}</a></div>
<h3 class="pre">{p.get('pre', '')}</h3><h1>{p['title']}</h1><h4 class="sub"></h4>{by}
<div class="col-1-1 fl">{p['info']} | 来源：<a href="http://paper.people.com.cn/" target="_blank">{p['outlet']}</a></div>
<div class="col-1-1 fr"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a></div>
<div class="rm_txt_con cf">
{ps(p['paras'][:1], ' style="text-indent: 2em;"')}<p style="text-align: center;"><img src="/NMediaFile/2024/0501/a.jpg"/></p>
<p style="text-align: center;">{p.get('caption', '图为民警在社区开展反诈宣传。记者 王伟摄')}</p>
{ps(p['paras'][1:], ' style="text-indent: 2em;"')}
<div class="edit cf">(责编：{p['edit']})</div></div>
<div class="rm_relevant cf"><div class="title">相关新闻</div><ul>{''.join(f'<li><a href="/n1/{i}.html">{t}</a></li>' for i, t in enumerate(REL))}</ul></div>
<div class="rm_ranking"><h2>热点排行</h2><ol><li><a href="/x.html">全国公安机关持续开展夏季治安打击整治行动</a></li></ol></div>
</div></div>
<div class="footer"><p><a href="/gywm/">人民日报社概况</a>|<a href="/about/">关于人民网</a>|<a href="/hr/">招聘英才</a></p>
<p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p><p>Copyright © 1997-2024 by www.people.com.cn. all rights reserved</p></div>
</body></html>"""


def t_xinhua(p):
    d = p["date"]
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="apple-mobile-web-app-capable" content="yes">
<title>{p['title']}-新华网</title><meta name="keywords" content="诈骗,公安"><meta name="description" content="{p['title']}---{p['paras'][0][:40]}">
<meta name="pagetype" content="1"></head><body>
<div class="topBar"><a href="http://www.news.cn/">新华网</a><a href="/politics/">时政</a><a href="/local/">地方</a><a href="/legal/">法治</a>
<a href="/world/">国际</a><a href="/fortune/">财经</a></div>
<div class="header domPC"><div class="header-top clearfix"><div class="header-time left">
<span class="year"><em> {d[:4]}</em></span><span class="day"><em> {d[5:7]}</em>/<em>{d[8:10]}</em></span>
<span class="time"> {d[11:19]}</span></div><div class="source">来源：{p['outlet']}</div>
<div class="header-share"><span>分享到：</span><a>微博</a><a>微信</a></div></div>
<div class="head-line clearfix"><span class="title">{p['title']}</span><span class="btn-audio"></span></div></div>
<div class="main clearfix"><div class="main-left left"><div id="detail"><span id="detailContent">
{ps(p['paras'])}</span>
<div class="video-url"><div class="pageVideo" data-src="https://vodpub6.v.news.cn/x.mp4">视频加载中...</div></div></div>
<div id="articleEdit"><span class="tiyi1 domPC"><a href="javascript:void(0);" class="advise">【纠错】</a></span>
<span class="editor">【责任编辑:{p['edit']} 】</span></div>
<div class="nextpage"></div><div class="xiangguan"><h3 class="tit">相关新闻</h3><ul>{''.join(f'<li><a href="/x{i}.htm">{t}</a></li>' for i, t in enumerate(REL))}</ul></div>
</div></div>
<div class="foot"><p>Copyright © 2000-2024 XINHUANET.com All Rights Reserved.</p><p>制作单位：新华网股份有限公司 版权所有 新华网股份有限公司</p></div>
</body></html>"""


def t_chinanews(p):
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{p['title']}-中新网</title><meta name="keywords" content="{p['title']}" />
<meta name="description" content="{p['paras'][0][:80]}" /><meta name="filetype" content="1"><meta name="publishedtype" content="1">
<meta name="pagetype" content="1"><meta name="catalogs" content="sh"></head><body>
<div id="navbar"><a href="/">首页</a><a href="/china/">国内</a><a href="/society/">社会</a><a href="/world/">国际</a><a href="/finance/">财经</a></div>
<div class="content_maincontent_more"><div class="content_left_lj"><a href="/">中新网</a>&gt;<a href="/society/">社会新闻</a>&gt;正文</div>
<h1 class="content_left_title">{p['title']}</h1>
<div class="content_left_time"> {p['info']}　来源：<a href="https://www.chinanews.com.cn/" target="_blank">{p['outlet']}</a>
　<a href="#comment">参与互动</a></div>
<div class="content_desc"><span>【字号 <a>大</a> <a>中</a> <a>小</a>】</span><span>分享到：</span></div>
<div class="left_zw" style="position:relative">
{ps(['　　' + x for x in p['paras']])}
<div id="function_code_page"></div></div>
<div class="adEditor"><div class="left_name"><div class="left_name">【编辑:{p['edit']}】</div></div></div>
<div class="hot_tuijian"><div class="title">更多精彩</div>{related(REL, '相关新闻')}</div></div>
<div class="pagebottom"><p>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</p>
<p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p><p>Copyright ©1999-2024 chinanews.com. All Rights Reserved</p></div>
</body></html>"""


def t_trs(p):
    charset = p.get("decl", "utf-8")
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />' if charset else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>{meta}
<title>{p['title']}_{p['site']}</title><meta name="SiteName" content="{p['site']}"/><meta name="SiteDomain" content="www.test.gov.cn"/>
<meta name="ColumnName" content="{p.get('column', '工作动态')}"/><meta name="ArticleTitle" content="{p['title']}"/>
<meta name="PubDate" content="{p['pubdate']}"/><meta name="ContentSource" content="{p['outlet']}"/>
<meta name="Keywords" content=""/><meta name="Author" content="{p.get('meta_author', p['outlet'])}"/></head><body>
<div class="top"><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/jwzx/">警务资讯</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></div>
<div class="BreadcrumbNav">当前位置：<a href="/">首页</a> &gt; <a href="/jwzx/">{p.get('column', '工作动态')}</a></div>
<div class="article"><h1 class="article-title">{p['title']}</h1>
<div class="pages-date">{p['info']}<span class="font">来源： {p['outlet']}</span>
<span class="font">【字体：<a>大</a> <a>中</a> <a>小</a>】</span><span class="print"><a href="javascript:window.print()">打印</a></span></div>
<div id="UCAP-CONTENT" class="pages_content"><div class="TRS_Editor"><div class="Custom_UnionStyle">
{ps(p['paras'], ' style="text-indent: 2em;"')}</div></div></div>
<div class="editor">{p.get('editline', '')}</div>
<div class="share"><span>扫一扫在手机打开当前页</span></div></div>
<div class="footer"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p><p>主办单位：{p['site']} 网站标识码：1300000001</p>
<p>冀ICP备05003008号 冀公网安备 13010202000001号</p></div></body></html>"""


def t_baidu_spans(p):
    """cpd.com.cn-style info spans (source_baidu / author_baidu / pubtime_baidu / editor_baidu)."""
    ed = f'<span id="editor_baidu">责任编辑：{p["edit"]}</span>' if p.get("edit") else ""
    au = f'<span id="author_baidu">作者：{p["byname"]}</span>' if p.get("byname") else ""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{p['title']}_{p['site']}</title></head><body>
<div class="head"><a href="/">{p['site']}</a><a href="/jw/">警务</a><a href="/fz/">法治</a><a href="/sp/">视频</a></div>
<div class="weizhi">您当前的位置 ：<a href="/">{p['site']}</a> &gt;&gt; <a href="/jw/">要闻</a></div>
<div class="newsTitle"><h1>{p['title']}</h1></div>
<div class="info"><span id="source_baidu">来源：<a href="/">{p['outlet']}</a></span>　{au}
<span id="pubtime_baidu">{p['info']}</span>　{ed}</div>
<div class="zoom" id="fontzoom">
{ps(p['paras'], ' style="text-indent:2em"')}</div>
<div class="bdsharebuttonbox"><a class="bds_more">分享到：</a></div>
{related(REL, '相关阅读')}
<div class="foot">{p['site']} 版权所有 未经授权禁止复制或建立镜像 京ICP备10213006号</div></body></html>"""


def t_chinapeace(p):
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
<title>{p['title']} - 中国长安网</title><meta name="description" content="{p['paras'][0][:50]}"></head><body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/yw/">要闻</a></li><li><a href="/pafz/">平安法治</a></li><li><a href="/ffsh/">反邪</a></li></ul></div>
<div class="crumbs">您的位置：<a href="/">首页</a> &gt; <a href="/pafz/">平安法治</a> &gt; 正文</div>
<div class="article-box"><div class="title"><h2>{p['title']}</h2></div>
<div class="info"><span>{p['info']}</span>　<span>来源：{p['outlet']}</span>　<span class="fontsize">字号：<a>大</a> <a>中</a> <a>小</a></span></div>
<div class="content" id="content">
{ps(p['paras'])}</div>
<div class="author">责任编辑：{p['edit']}</div></div>
{related(REL, '相关文章')}
<div class="footer"><p>主办：中央政法委员会机关 承办：中国长安网</p><p>版权所有 中国长安网 京ICP备12000000号</p></div></body></html>"""


def t_legaldaily(p):
    by = "".join(f"<p>□ {b}</p>" for b in p["blines"])
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{p['title']}_法治网</title><meta property="og:type" content="article"/></head><body>
<div class="top_nav"><a href="/">法治网首页</a><a href="/fzjd/">法治经济</a><a href="/fzsh/">法治社会</a><a href="/gatt/">公安天地</a></div>
<div class="wz">当前位置：<a href="/">首页</a> &gt; <a href="/gatt/">{p.get('column', '公安天地')}</a> &gt; 正文</div>
<div class="content_box"><h1>{p['title']}</h1>
<div class="time"><span>发布时间：{p['info']}</span>　<span>来源：{p['outlet']}</span></div>
<div class="content_text" id="ArticleContent">{by}
{ps(p['paras'])}</div>
<div class="bianji">编辑：{p['edit']}</div></div>
<div class="xg">{related(REL, '相关新闻')}</div>
<div class="foot">法治网 版权所有 Copyright © 2001-2024 京ICP备11021706号</div></body></html>"""


def t_wechat(p):
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<meta property="og:title" content="{p['title']}" /><meta property="og:site_name" content="微信公众平台" />
<meta property="og:type" content="article" /><meta name="author" content="{p.get('meta_author', '')}" />
<title>{p['title']}</title></head><body id="activity-detail" class="zh_CN">
<div class="rich_media_wrp"><div id="img-content" class="rich_media_inner">
<h1 class="rich_media_title" id="activity-name">{p['title']}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{p.get('wx_author', '')}</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{p['account']}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{p['info']}</em>
<em class="rich_media_meta rich_media_meta_text">{p.get('region', '北京')}</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/a.png"/></section>
{''.join(f'<section><span style="font-size:15px;">{x}</span></section>' for x in p['pre_lines'])}
{ps(p['paras'], ' style="line-height:1.75em;"')}
{''.join(f'<p style="text-align:right;"><span style="font-size:12px;color:#888;">{x}</span></p>' for x in p['post_lines'])}
<section><img data-src="https://mmbiz.qpic.cn/qr.png"/></section><p style="text-align:center;">长按二维码关注我们</p></div>
<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读</span><span>在看</span></div></div></div>
<script>var nickname = "{p['account']}"; var ct = "1714530180";</script></body></html>"""


def t_sina(p):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"/><title>{p['title']}|{p.get('kw', '诈骗')}_新浪新闻</title>
<meta name="keywords" content="{p['title']}"/><meta property="og:type" content="news"/>
<meta property="og:title" content="{p['title']}"/><meta property="og:description" content="{p['paras'][0][:50]}"/>
<meta property="article:published_time" content="{p['date']}"/><meta property="article:author" content="{p['outlet']}"/>
<meta name="mediaid" content="{p['outlet']}"/></head><body>
<div class="top-nav"><a href="https://www.sina.com.cn/">新浪首页</a><a href="https://news.sina.com.cn/">新闻</a><a>体育</a><a>财经</a><a>娱乐</a></div>
<div class="main-content w1240"><h1 class="main-title">{p['title']}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">{p['info']}</span>
<a href="https://www.legaldaily.com.cn/" class="source ent-source" target="_blank">{p['outlet']}</a></div>
<div class="top-bar-inner"><a class="comment-count">评论</a><span>大字体</span><span>分享到</span></div></div>
<div class="article" id="article">
{ps(p['paras'])}
<p class="show_author">责任编辑：{p['edit']} </p></div>
<div class="keywords">文章关键词：<a>诈骗</a><a>公安</a></div>
<div id="sina-comment-wrap"><div class="sina-comment-form"><h3>我要反馈</h3></div></div>
<div class="blk-related"><h3>相关新闻</h3>{related(REL, '热门推荐')}</div></div>
<div class="footer"><p>新浪简介 | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | SINA English | 通行证注册 | 产品答疑</p>
<p>Copyright © 1996-2024 SINA Corporation, All Rights Reserved</p></div></body></html>"""


def t_163(p):
    ot = f'<p class="otitle">（原标题：{p["otitle"]}）</p>' if p.get("otitle") else ""
    return f"""<!DOCTYPE HTML><html><head><meta charset="utf-8"/><title>{p['title']}|诈骗|民警_网易订阅</title>
<meta name="keywords" content="诈骗,民警"/><meta name="description" content="{p['paras'][0][:60]}"/>
<meta property="og:title" content="{p['title']}"/><meta property="og:type" content="article"/>
<meta property="article:author" content="网易"/><meta property="og:release_date" content="{p['date'][:19].replace('T', ' ')}"/></head><body>
<div class="N-nav-channel"><a href="https://news.163.com/">新闻</a><a>体育</a><a>NBA</a><a>娱乐</a><a>财经</a><a>股票</a></div>
<div class="post_main"><h1 class="post_title">{p['title']}</h1>
<div class="post_info">{p['info']}　来源: <a href="#">{p['outlet']}</a><span class="post_info_share">举报</span></div>
<div class="post_body">{ot}
{ps(p['paras'])}
<p class="f_center"><img src="https://nimg.ws.126.net/x.jpg"/><br/>{p.get('caption', '（图片来源：网络）')}</p></div>
<div class="post_statement"><span class="post_statement_text">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</span></div>
<div class="post_author">本文来源：{p['outlet']}  责任编辑：{p['edit']}</div>
<div class="post_comment"><h3>网易热评</h3><div class="tie-item">网友评论：这种骗局太多了</div></div>
<div class="post_recommends"><h3>相关推荐</h3>{related(REL, '热点新闻')}</div></div>
<div class="N-footer">网易公司版权所有 ©1997-2024</div></body></html>"""


def t_qq(p):
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{p['title']}_腾讯新闻</title>
<meta name="keywords" content="{p['title']}"><meta name="description" content="{p['paras'][0][:60]}">
<meta name="apub:time" content="{p['date'][:19].replace('T', ' ')}"></head><body>
<div class="header"><a href="//www.qq.com">腾讯网</a><a>新闻</a><a>视频</a><a>图片</a><a>军事</a><a>体育</a><a>NBA</a></div>
<div class="LEFT"><h1>{p['title']}</h1><div class="media-info"><a class="author"><span>{p['account']}</span></a>
<span class="a_time">{p['info']}</span><span>发布于{p.get('region', '北京')}</span></div>
<div class="content-article">
{''.join(f'<p class="one-p">{x}</p>' for x in p['paras'])}
<div class="qqvideo"><txpdiv>视频：反诈民警提醒</txpdiv></div>
<p class="one-p">{p['tail_src']}</p></div>
<div class="related"><h3>相关推荐</h3>{related(REL, '热点精选')}</div></div>
<div class="footer">Copyright © 1998 - 2024 Tencent. All Rights Reserved 腾讯公司 版权所有</div></body></html>"""


def t_sohu(p):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{p['title']}_诈骗_民警_公安</title>
<meta property="og:type" content="news"/><meta property="og:title" content="{p['title']}"/>
<meta property="og:release_date" content="{p['date'][:19].replace('T', ' ')}"/><meta name="mediaid" content="{p['account']}"/>
<meta property="og:url" content="{p['url']}"/></head><body>
<header class="head"><a href="//www.sohu.com">搜狐首页</a><a>新闻</a><a>体育</a><a>汽车</a><a>房产</a><a>旅游</a><a>教育</a></header>
<div class="text"><div class="text-title"><h1>{p['title']}<span class="article-tag"></span></h1>
<div class="article-info"><span class="time" id="news-time" data-val="1714530180000">{p['info']}</span>
<span data-role="original-link">来源: <a href="#">{p['outlet']}</a></span></div></div>
<article class="article" id="mp-editor">
<p>原标题：{p['otitle']}</p>
{ps(p['paras'])}
<p><a href="//www.sohu.com/?strategyid=00001" target="_blank" title="点击进入搜狐首页" id="backsohucom">返回搜狐，查看更多</a></p>
<p data-role="editor-name">责任编辑：<span></span></p></article>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div id="comment_area"><h3>评论</h3></div></div>
<div class="footer">Copyright © 2024 Sohu All Rights Reserved. 搜狐公司 版权所有</div></body></html>"""


def t_dede(p):
    decl = p.get("decl")
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={decl}" />' if decl else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>{meta}
<title>{p['title_tag']}</title><meta name="keywords" content="{p.get('kw', '')}" /><meta name="description" content="{p['paras'][0][:40]}" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" /></head><body class="articleview">
<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="{p['site']}"/></a></h1></div></div>
<div class="nav w960 center"><ul><li><a href="/">主页</a></li><li><a href="/a/xinwen/">{p.get('col', '新闻资讯')}</a></li><li><a href="/a/shenghuo/">生活</a></li></ul></div></div>
<div class="w960 center clear mt1"><div class="pleft"><div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/a/xinwen/">{p.get('col', '新闻资讯')}</a> &gt; </div>
<div class="viewbox"><div class="title"><h2>{p['h2']}</h2></div>
<div class="info"><small>时间:</small>{p['info']}<small>来源:</small>{p.get('src', '未知')} <small>作者:</small>{p.get('byname', 'admin')} <small>点击:</small>
<script src="/plus/count.php?view=yes&aid=12402&mid=1" type='text/javascript' language="javascript"></script>次</div>
<div class="intro">{p['paras'][0][:60]}...</div>
<div class="content"><table width='100%'><tr><td>
{p['body_html']}
</td></tr></table></div>
<div class="dede_pages"><ul class="pagelist"></ul></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href='/a/xinwen/12401.html'>{REL[1]}</a> </li><li>下一篇：没有了 </li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=12402" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid=12402&title={p['h2']}" target="_blank">挑错</a></li>
<li id="act-pus"><a href="/plus/recommend.php?aid=12402" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div></div>
<div class="pright"><div class="commend mt1"><dl class="tbox light"><dt class='light'><strong>推荐内容</strong></dt><dd class='light'><ul class="d4">
<li><a href="/a/1.html">{REL[0]}</a><p>近日，公安部公布了十大高发电信网络诈骗类型...</p></li></ul></dd></dl></div>
<div class="hot mt1"><dl class="tbox light"><dt class='light'><strong>热点内容</strong></dt><dd class='light'><ul class="c1 ico2">
{''.join(f'<li><a href="/a/{i}.html">{t}</a></li>' for i, t in enumerate(REL))}</ul></dd></dl></div></div></div>
<div class="footer w960 center mt1 clear"><div class="footer_left"></div><div class="footer_body"><p class="powered">Powered by <a href="http://www.dedecms.com" title="织梦内容管理系统(DedeCMS)"><strong>DedeCMS</strong></a> © 2004-2024 <a href="http://www.desdev.cn">DesDev</a> Inc.<br />
<div class="copyright">Copyright &copy; 2002-2024 DEDECMS. 织梦科技 版权所有&nbsp;&nbsp;粤ICP备08007488号</div></p></div></div></body></html>"""


def t_phpcms(p):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{p['title']} - {p.get('col', '社会新闻')} - {p['site']}</title><meta name="keywords" content="{p['title']}">
<meta name="description" content="{p['paras'][0][:40]}"></head><body>
<div class="header"><div class="logo"><a href="/"><img src="/statics/images/logo.png" /></a></div>
<div class="nav-bar"><map><ul class="nav-site cu-span"><li><a href="/"><span>首页</span></a></li><li class="line">|</li><li><a href="/html/news/"><span>新闻</span></a></li><li class="line">|</li><li><a href="/html/shehui/"><span>社会</span></a></li></ul></map></div></div>
<div class="main"><div class="col-left"><div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/html/shehui/">{p.get('col', '社会新闻')}</a> &gt;  正文</div>
<div id="Article"><h1>{p['title']}<br /><span>{p['info']}&nbsp;&nbsp;&nbsp;来源：{p.get('src', '')}&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a> 点击:<span id="hits"></span></span></h1>
<div class="content">
{p['body_html']}
</div>
<div id="pages" class="text-c"></div>
<p style="margin-bottom:10px"><strong>相关热词搜索：</strong><a href="/tag/1">诈骗</a> <a href="/tag/2">民警</a></p>
<p class="f14"><strong>上一篇：</strong><a href="/html/shehui/1.html">{REL[0]}</a><br /><strong>下一篇：</strong><a href="/html/shehui/3.html">{REL[2]}</a></p>
<div class="related"><h5 class="blue fn">延伸阅读</h5><ul class="list blue lh24 f14">{''.join(f'<li>·<a href="/r{i}.html">{t}</a><span>(2024-04-2{i})</span></li>' for i, t in enumerate(REL))}</ul></div>
<div id="comment_iframe"><h5>网友评论</h5><p>已有0条评论</p></div></div></div></div>
<div class="footer"><p class="info">Copyright &#169; 2006-2024 PHPCMS V9 {p['site']} 版权所有<br />豫ICP备12009891号-1</p></div></body></html>"""


def t_discuz(p):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{p['title']} - {p.get('forum', '社会杂谈')} -  {p['site']} -  Powered by Discuz!</title>
<meta name="keywords" content="{p['title']}" /><meta name="generator" content="Discuz! X3.4" /><meta name="author" content="Discuz! Team and Comsenz UI Team" /></head><body id="nv_forum" class="pg_viewthread">
<div id="toptb" class="cl"><div class="z"><a href="/">设为首页</a><a href="/">收藏本站</a></div><div class="y"><a href="member.php?mod=register">立即注册</a><a>登录</a></div></div>
<div id="hd"><div id="nv"><ul><li><a href="/forum.php">论坛</a></li><li><a href="/home.php">家园</a></li></ul></div></div>
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">{p['site']}</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-2-1.html">{p.get('forum', '社会杂谈')}</a> <em>&rsaquo;</em> <a href="thread-1234-1-1.html">{p['title']}</a></div></div>
<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">2381</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">12</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{p['title']}</span></h1></td></tr></table>
<div id="post_1"><table id="pid1" class="plhin" summary="pid1" cellspacing="0" cellpadding="0"><tr><td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="space-uid-88.html" target="_blank" class="xw1">{p['user']}</a></div></div>
<div><div class="avatar"><img src="uc_server/avatar.php?uid=88"/></div><dl class="pil cl"><dt>积分</dt><dd>1062</dd></dl></div></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&ptid=1234&pid=1" id="postnum1">楼主</a></strong>
<div class="pti"><div class="authi"><img class="authicn vm" src="static/image/common/online_member.gif" /><em id="authorposton1">发表于 {p['info']}</em><span class="pipe">|</span><a href="#">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_1">
{'<br />'.join(p['paras'])}
</td></tr></table></div></div></div></td></tr></table></div>
<div id="post_2"><table class="plhin"><tr><td class="pls"><div class="authi"><a class="xw1" href="space-uid-90.html">路人甲乙丙</a></div></td>
<td class="plc"><div class="authi"><em id="authorposton2">发表于 2024-5-3 09:12</em></div><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_2">感谢分享，已转给家里老人看了。</td></tr></table></div></td></tr></table></div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="/archiver/">Archiver</a><span class="pipe">|</span><a href="/forum.php?mobile=yes">手机版</a><span class="pipe">|</span><strong><a href="/">{p['site']}</a></strong></p></div>
<div id="frt"><p>Powered by <strong><a href="http://www.discuz.net">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2024 <a href="http://www.comsenz.com">Comsenz Inc.</a></p></div></div></body></html>"""


def t_ltn(p):
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>{p['title']} - {p.get('col', '社會')} - 自由時報電子報</title>
<meta property="og:title" content="{p['title']} - 自由時報電子報"/><meta property="og:type" content="article"/>
<meta property="og:site_name" content="自由時報電子報"/><meta name="pubdate" content="{p['date']}"/>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{p['title']}",
"datePublished":"{p['date']}","author":{{"@type":"Person","name":"{p.get('ld_author', '自由時報')}"}},
"publisher":{{"@type":"Organization","name":"自由時報"}}}}</script></head><body>
<div class="header"><a href="/">自由時報</a><a href="/list/breakingnews">即時</a><a>政治</a><a>社會</a><a>生活</a><a>國際</a></div>
<div class="breadcrumbs"><a href="/">首頁</a> &gt; <a href="/list/breakingnews/society">社會</a></div>
<div class="whitecon article"><h1>{p['title']}</h1>
<div class="text boxTitle boxText" data-desc="內容頁">
<div class="function boxTitle"><span class="time">{p['info']}</span><a class="share">分享</a><a class="fb">Facebook</a><a class="line">Line</a></div>
<div class="photo boxTitle"><img src="https://img.ltn.com.tw/x.jpg"/><p>{p['caption']}</p></div>
{ps(p['paras'])}
<p class="appE1121"><a href="https://ltn.onelink.me/x">不用抽 不用搶 現在用APP看新聞 保證天天中獎</a> <a>點我下載APP</a> <a>按我看活動辦法</a></p>
</div><div class="related"><h3>相關新聞</h3><ul><li><a>詐騙集團假冒檢警 婦人險被騙走百萬</a></li><li><a>165反詐騙專線提醒民眾</a></li></ul></div></div>
<div class="footer">自由時報版權所有不得轉載 © 2024 The Liberty Times. All Rights Reserved.</div></body></html>"""


def t_udn(p):
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{p['title']} | 社會 | 聯合新聞網</title><meta name="description" content="{p['paras'][0][:40]}"></head><body>
<div id="nav"><a href="/">聯合新聞網</a><a href="/news/cate/2/6639">要聞</a><a>社會</a><a>地方</a><a>兩岸</a><a>國際</a></div>
<div id="story_body"><div class="story_bady_info"><h1 class="story_art_title">{p['title']}</h1>
<div class="story_bady_info_author"><span>{p['info']}</span>{p['byline']}</div></div>
<div id="story_body_content"><div class="photo_center"><figure><img src="https://pgw.udn.com.tw/x.jpg"/><figcaption>{p['caption']}</figcaption></figure></div>
{ps(p['paras'])}
<div class="story_tags">看更多相關新聞<a>詐騙</a><a>警察</a></div></div>
<div class="story_list"><h3>延伸閱讀</h3><ul><li><a>假檢警詐騙 老翁交付現金遭攔阻</a></li><li><a>刑事局公布最新詐騙手法</a></li></ul></div></div>
<div id="footer">聯合線上公司 著作權所有 © 2024 udn.com. All Rights Reserved.</div></body></html>"""


def t_ettoday(p):
    return f"""<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{p['title']} | ETtoday社會新聞 | ETtoday新聞雲</title>
<meta property="og:title" content="{p['title']} | ETtoday社會新聞 | ETtoday新聞雲"/><meta property="og:type" content="article"/>
<meta name="section" property="article:section" content="社會"/><meta name="pubdate" property="article:published_time" content="{p['date']}"/>
<meta property="og:site_name" content="ETtoday新聞雲"/></head><body>
<div class="header_1"><a href="/">ETtoday新聞雲</a><a>政治</a><a>社會</a><a>生活</a><a>國際</a><a>大陸</a></div>
<div class="part_menu_5"><a href="/">首頁</a> &gt; <a href="/news/society">社會</a></div>
<article><header><h1 class="title" itemprop="headline">{p['title']}</h1></header>
<time class="date" itemprop="datePublished" datetime="{p['date']}">{p['info']}</time>
<div class="story" itemprop="articleBody">
<p>{p['byline']}</p>
<p><img src="//cdn2.ettoday.net/images/x.jpg"/></p><p><strong>{p['caption']}</strong></p>
{ps(p['paras'])}
<p><strong>►延伸閱讀</strong></p><p><a href="/news/1.htm">假投資真詐騙！他被騙光退休金</a></p></div></article>
<div class="part_tag_1"><a>詐騙</a><a>刑事局</a></div>
<div class="footer">ETtoday新聞雲 Copyright © 2024 ETtoday.net All Rights Reserved.</div></body></html>"""


def t_hk(p):
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={p.get('decl', 'big5')}">
<title>{p['title']}︱{p['site']}</title></head><body>
<div class="topnav"><a href="/">首頁</a><a>港聞</a><a>兩岸</a><a>國際</a><a>財經</a><a>體育</a></div>
<div class="breadcrumb"><a href="/">{p['site']}</a> &gt; <a href="/hk/">港聞</a></div>
<div class="article"><h1 class="headline">{p['title']}</h1>
<div class="article-info"><span class="publish">{p['info']}</span>　<span class="fontsize">字體大小：<a>小</a><a>中</a><a>大</a></span></div>
<div class="article-body">
{ps(p['paras'])}
<div class="photo"><img src="/img/x.jpg"/><span class="caption">{p['caption']}</span></div></div>
<div class="more"><h3>相關新聞</h3><ul><li><a>警方破獲跨境洗黑錢集團</a></li><li><a>假冒入境處職員騙案上升</a></li></ul></div></div>
<div class="footer">© {p['site']}版權所有 不得轉載</div></body></html>"""


def t_mirror(p):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>{p.get('meta', '')}<title>{p['title_tag']}</title>
<meta name="keywords" content="{p['title_tag']}" /><meta name="description" content="{p['title_tag']}" /></head><body>
<div class="top"><a href="/">首頁</a> | <a href="/html/news/">新聞</a> | <a href="/html/shehui/">社會</a> | <a href="/html/yule/">娛樂</a></div>
<div class="place"><strong>當前位置:</strong> <a href="/">主頁</a> &gt; <a href="/html/news/">新聞</a> &gt; </div>
<div class="viewbox"><div class="title"><h2>{p['h2']}</h2></div>
<div class="content"><table width="100%"><tr><td>
{p['body_html']}
</td></tr></table></div>
<div class="info">{p['tailinfo']}</div>
<div class="context"><ul><li>上一篇：<a href="/a.html">網購退款要當心</a></li><li>下一篇：沒有了</li></ul></div>
<dl class="tbox"><dt><strong>相關文章</strong></dt><dd><ul><li><a href="/b.html">警方破獲特大網絡賭博案</a></li></ul></dd></dl>
<dl class="tbox"><dt><strong>欄目導航</strong></dt><dd><ul><li><a href="/c/">社會新聞</a></li></ul></dd></dl></div>
<div class="footer"><p>聯系我們 | 關於我們 | 免責聲明 | 廣告服務 | 幫助中心 | 友情鏈接</p><p>Copyright 2008-2024 © {p['site']}版權所有</p></div></body></html>"""


def t_plain_gov(p):
    """County-level government/police site on an old CMS: table layout, info line with 发布时间/浏览次数."""
    decl = p.get("decl")
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={decl}">' if decl else ""
    return f"""<html><head>{meta}<title>{p['title_tag']}</title></head><body topmargin="0">
<table width="1000" align="center"><tr><td><img src="/images/banner.jpg"></td></tr>
<tr><td class="nav"><a href="/">首页</a> | <a href="/gk/">政务公开</a> | <a href="/jf/">警方动态</a> | <a href="/fz/">反诈专栏</a> | <a href="/fw/">便民服务</a></td></tr></table>
<table width="1000" align="center"><tr><td width="250" valign="top"><div class="lm">栏目导航</div><ul><li><a href="/fz/1/">案例通报</a></li><li><a href="/fz/2/">防骗知识</a></li></ul></td>
<td valign="top"><div class="dqwz">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/fz/">反诈专栏</a></div>
<table width="100%"><tr><td align="center" class="bt"><font size="4"><b>{p['title']}</b></font></td></tr>
<tr><td align="center" class="xx">{p['info']}</td></tr>
<tr><td class="zw">{p['body_html']}</td></tr>
<tr><td align="right">{p.get('tail', '')}</td></tr>
<tr><td align="center"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr></table></td></tr></table>
<table width="1000" align="center"><tr><td class="foot" align="center">版权所有：{p['site']} 技术支持：某某网络科技有限公司<br>地址：某某路1号 邮编：050000 备案号：冀ICP备09012345号</td></tr></table></body></html>"""


PAGES_DEF = []  # filled by pages.py


# ----------------------------------------------------------------------------------- pages
def bhtml(paras: list[str], indent: str = "　　") -> str:
    return "".join(f"<p>{indent}{x}</p>\n" for x in paras)


page("zh01", t_people, enc="gbk", url="http://society.people.com.cn/n1/2024/0501/c1008-40227391.html",
     title="公安部：今年以来破获电信网络诈骗案件12.6万起", info="2024年05月01日10:23", outlet="人民网－人民日报",
     paras=["人民网北京5月1日电 （记者张天培）记者从公安部获悉，今年以来，全国公安机关持续推进打击治理电信网络诈骗犯罪工作，共破获电信网络诈骗案件12.6万起，抓获犯罪嫌疑人18.5万名。",
            "公安部刑侦局有关负责人介绍，当前刷单返利、虚假投资理财、虚假网络贷款、冒充电商物流客服、冒充公检法等5类诈骗案件发案占比近八成，是群众防范的重点。",
            "该负责人提醒，凡是要求下载陌生App、共享屏幕、转账到“安全账户”的，都是诈骗。"],
     edit="杨虹、黄子娟", author="张天培", editor="杨虹 黄子娟", date="2024-05-01T10:23:00+08:00")
page("zh02", t_people, enc="gbk", url="http://society.people.com.cn/n1/2024/0428/c1008-40225530.html",
     title="守好老年人的“钱袋子”", pre="多地开展打击整治养老诈骗专项行动", info="2024年04月28日05:41", outlet="人民网－人民日报",
     byline="本报记者 陈圆圆 通讯员 李晓东",
     paras=["“免费领鸡蛋、听讲座，最后花三万多元买了一堆保健品。”回忆起去年的经历，家住江西南昌的刘大爷至今懊悔不已。",
            "今年以来，江西省公安机关会同有关部门深入开展打击整治养老诈骗专项行动，侦破养老诈骗案件217起，追赃挽损1.3亿元。",
            "专家建议，子女要多陪伴、多沟通，社区要把防范宣传做到老年人身边。"],
     edit="罗知之、白宇", author="陈圆圆 李晓东", editor="罗知之 白宇", date="2024-04-28T05:41:00+08:00")
page("zh03", t_people, enc="gbk", url="http://legal.people.com.cn/n1/2024/0426/c42510-40224107.html",
     title="反诈宣传要“接地气”更要“入人心”", channel="法治", info="2024年04月26日16:12", outlet="人民网－法治频道",
     login="wangxin", caption="资料图",
     paras=["近年来，各地反诈宣传形式不断创新，短视频、情景剧、快板书轮番上阵，群众防骗意识明显增强。",
            "但也要看到，骗子的话术也在不断翻新。宣传内容如果千篇一律、流于形式，就难以真正走进群众心里。",
            "让反诈宣传“接地气”，关键在于精准。针对老年人、学生、宝妈等不同群体，要讲他们听得懂的案例，说他们记得住的提示。"],
     edit="刘洁妍", author=None, editor="刘洁妍", date="2024-04-26T16:12:00+08:00")
page("zh04", t_xinhua, enc="utf-8", url="http://www.news.cn/legal/20240501/3f2a1c9e8b7d4e6fa0b1c2d3e4f5a6b7/c.html",
     title="我国持续推进“断卡”行动 累计打掉涉“两卡”犯罪团伙4.4万个", outlet="新华网",
     paras=["新华社北京5月1日电（记者任沁沁、熊丰）记者1日从公安部获悉，全国公安机关会同有关部门深入推进“断卡”行动，累计打掉涉“两卡”违法犯罪团伙4.4万个。",
            "“两卡”是指手机卡、物联网卡和银行卡、支付账户等。公安部提醒，出租出借、出售“两卡”涉嫌违法犯罪，切勿因贪图小利沦为诈骗分子的“工具人”。",
            "下一步，公安机关将持续加大打击力度，依法严惩开卡贩卡、帮助取现转账的违法犯罪人员。"],
     edit="李萌", author="任沁沁 熊丰", editor="李萌", date="2024-05-01T19:12:35+08:00")
page("zh05", t_xinhua, enc="utf-8", url="http://www.news.cn/local/20240428/9d8c7b6a5f4e4d3c2b1a0f9e8d7c6b5a/c.html",
     title="福建：“银发课堂”教老人识破养老诈骗", outlet="新华社",
     paras=["新华社福州4月28日电（记者 林超）走进福州市鼓楼区温泉街道社区活动中心，“银发课堂”正在进行。民警用情景剧还原了“以房养老”“养老公寓”等诈骗套路。",
            "“原来投资养老项目还有这么多门道，以后再有人上门推销，我先给儿子打电话。”听完课的陈阿姨说。",
            "据了解，福州市已开展“银发课堂”300余场，覆盖老年群众2万余人次。"],
     edit="刘阳", author="林超", editor="刘阳", date="2024-04-28T09:30:12+08:00")
page("zh06", t_chinanews, enc="utf-8", url="https://www.chinanews.com.cn/sh/2024/05-01/10208765.shtml",
     title="冒充“公检法”诈骗花样翻新 警方提醒：警察不会网上办案", info="2024年05月01日 10:23", outlet="中国新闻网",
     paras=["中新网北京5月1日电 (记者 张素)“您涉嫌一起洗钱案，请配合调查。”近期，冒充公检法诈骗出现新变化，骗子通过伪造“通缉令”“逮捕证”，诱导受害人进入视频会议接受所谓“审讯”。",
            "北京警方介绍，此类诈骗往往以“保密”为由，要求受害人独处并切断与家人的联系，随后以“资金清查”名义骗取钱款。",
            "警方提醒，公检法机关不会通过电话、网络办案，更不存在所谓“安全账户”。遇到此类情况，请立即挂断电话并拨打110核实。(完)"],
     edit="张子怡", author="张素", editor="张子怡", date="2024-05-01T10:23:00+08:00")
page("zh07", t_chinanews, enc="utf-8", url="https://www.chinanews.com.cn/sh/2024/04-29/10207533.shtml",
     title="浙江杭州：“反诈小剧场”开进校园", info="2024年04月29日 16:05", outlet="中国新闻网",
     paras=["中新网杭州4月29日电(童笑雨 应进 张宇)“游戏装备低价卖，先交保证金”……29日，一场“反诈小剧场”在杭州市拱墅区一所中学上演，学生们轮番扮演“骗子”和“受害人”。",
            "当地警方介绍，针对青少年的网络游戏交易诈骗、追星诈骗近期有所抬头，以情景剧形式开展宣传，学生参与度更高。",
            "据悉，今年以来，拱墅警方已走进辖区学校开展反诈宣传60余场。(完)"],
     edit="黄钰涵", author="童笑雨 应进 张宇", editor="黄钰涵", date="2024-04-29T16:05:00+08:00")
page("zh08", t_trs, enc="utf-8", url="https://www.mps.gov.cn/n2253534/n2253535/c9511234/content.html",
     title="公安部部署开展打击治理跨境电信网络诈骗犯罪专项行动", site="中华人民共和国公安部", info="2024-05-01 10:23　",
     pubdate="2024-05-01 10:23", outlet="公安部网站", column="公安要闻", editline="【我要纠错】 责任编辑：王硕",
     paras=["近日，公安部召开视频会议，部署开展打击治理跨境电信网络诈骗犯罪专项行动。",
            "会议要求，各地公安机关要坚持打防管控一体推进，紧盯境外诈骗窝点和境内“黑灰产”，持续开展集群打击，全力压降发案、挽回损失。",
            "会议强调，要加强国际执法合作，推动境外诈骗窝点清理工作取得更大成效，切实维护人民群众财产安全。"],
     author=None, editor="王硕", date="2024-05-01T10:23:00+08:00")
page("zh09", t_trs, enc="gbk", decl="gb2312", url="http://gat.hebei.gov.cn/jwzx/yjfk/202404/t20240425_12345.html",
     title="警惕！这五类电信网络诈骗高发", site="河北省公安厅", info="发布时间：2024-04-25 16:30:12　", pubdate="2024-04-25 16:30",
     outlet="河北省公安厅", column="预警防控",
     paras=["近期，我省电信网络诈骗案件中，以下五类诈骗高发，请广大群众提高警惕。",
            "一、刷单返利类诈骗。以“动动手指就能赚钱”为诱饵，先小额返利再诱导大额投入。",
            "二、虚假投资理财类诈骗。通过网络交友、荐股群等方式诱导受害人在虚假平台投资。",
            "三、虚假网络贷款类诈骗。以“无抵押、低利息、秒到账”为幌子，收取各种费用。",
            "四、冒充电商物流客服类诈骗。以商品质量问题理赔、快递丢失赔偿为由实施诈骗。",
            "五、冒充公检法类诈骗。以涉嫌洗钱等犯罪为由，要求将资金转入“安全账户”。"],
     author=None, editor=None, date="2024-04-25T16:30:12+08:00")
page("zh10", t_trs, enc="gbk", decl=None, header="text/html", url="http://www.sxgajt.gov.cn/jwzx/gzdt/202404/t20240422_88123.html",
     title="省公安厅召开全省打击治理电信网络诈骗犯罪工作推进会", site="山西省公安厅", info="2024年04月22日 09:30　",
     pubdate="2024-04-22 09:30", outlet="山西省公安厅",
     paras=["4月22日，省公安厅召开全省打击治理电信网络诈骗犯罪工作推进会，总结一季度工作，部署下阶段任务。",
            "会议指出，一季度全省电信网络诈骗发案数同比下降15.3%，但刷单返利、虚假投资理财类案件仍居高位。",
            "会议要求，各级公安机关要强化预警劝阻，落实“见面劝阻”措施，最大限度减少群众损失。"],
     author=None, editor=None, date="2024-04-22T09:30:00+08:00")
page("zh11", t_baidu_spans, enc="gbk", url="http://www.cpd.com.cn/n10216060/n10216158/c48000123/content.html",
     title="“喆”字号专案组：千里追踪跨境诈骗团伙", site="中国警察网", info="2024-04-30 08:36:11", outlet="人民公安报",
     byname="王喆 刘鹏", edit="刘苗苗",
     paras=["4月中旬，经过三个月的缜密侦查，湖南省长沙市公安局成功打掉一个为境外诈骗集团提供资金转移服务的犯罪团伙，抓获犯罪嫌疑人43名。",
            "“这个团伙分工明确，有人负责收购银行卡，有人负责跑分洗钱。”专案组民警介绍，团伙通过虚拟货币将赃款转移至境外。",
            "目前，案件正在进一步侦办中。"],
     author="王喆 刘鹏", editor="刘苗苗", date="2024-04-30T08:36:11+08:00")
page("zh12", t_baidu_spans, enc="gbk", url="http://www.cpd.com.cn/n15737398/n26490099/c48001567/content.html",
     title="民警火速出击 成功拦截一起“杀猪盘”诈骗", site="中国警察网", info="2024-04-18 17:20:45", outlet="中国警察网",
     edit="张珂",
     paras=["本网讯（通讯员 田野）4月16日，辽宁省大连市公安局甘井子分局反诈中心接到预警：辖区一名女子正在向陌生账户大额转账。",
            "民警立即赶到该女子家中。原来，该女子在网上结识一名自称“海外工程师”的男子，对方以投资博彩网站漏洞为由诱导其充值。",
            "经过民警耐心劝说，该女子终于醒悟，避免了20万元损失。"],
     author="田野", editor="张珂", date="2024-04-18T17:20:45+08:00")
page("zh13", t_chinapeace, enc="utf-8", url="http://www.chinapeace.gov.cn/chinapeace/c100007/2024-04/26/content_12738901.shtml",
     title="多地检察机关依法从严惩治帮信犯罪", info="2024-04-26 09:51:58", outlet="法治日报", edit="刘涵",
     lead=["法治日报全媒体记者 董凡超 通讯员 王敏"],
     paras=["帮助信息网络犯罪活动罪（以下简称帮信罪）已成为刑事案件起诉人数排名第三的罪名。记者近日采访发现，多地检察机关坚持依法从严惩治，同时注重源头治理。",
            "帮信犯罪嫌疑人中，年轻人占比较高，不少是在校学生。一些人被“日赚千元”“躺着赚钱”吸引，出租出借银行卡，最终身陷囹圄。",
            "检察官提醒，银行卡、电话卡仅限本人使用，切莫为了蝇头小利成为电诈犯罪的帮凶。"],
     author="董凡超 王敏", editor="刘涵", date="2024-04-26T09:51:58+08:00")
page("zh14", t_legaldaily, enc="utf-8", url="http://www.legaldaily.com.cn/Police/content/2024-05/01/content_8991234.html",
     title="浙江破获特大刷单返利诈骗案", info="2024-05-01 08:00:00", outlet="法治日报", edit="王思晗",
     blines=["本报记者 张维", "本报通讯员 吴凡"],
     paras=["近日，浙江省温州市公安局破获一起特大刷单返利诈骗案，抓获犯罪嫌疑人56名，涉案金额1.2亿余元。",
            "据介绍，该团伙以“点赞关注赚佣金”为名招揽受害人，前期小额返利取得信任，随后以“连单任务”“操作失误需补单”等理由骗取钱财。",
            "警方提醒，所有刷单都是诈骗，切勿相信“轻松赚钱”的宣传。"],
     author="张维 吴凡", editor="王思晗", date="2024-05-01T08:00:00+08:00")
page("zh15", t_legaldaily, enc="utf-8", url="http://www.legaldaily.com.cn/Police/content/2024-04/20/content_8987654.html",
     title="揭开“AI换脸”诈骗的面纱", info="2024-04-20 07:39:10", outlet="法治日报", edit="张一", column="法治社会",
     blines=["本报记者 战海峰"],
     paras=["“视频里明明是我儿子的脸，声音也一模一样。”回想起那次视频通话，王女士仍心有余悸。",
            "新型手法层出不穷",
            "利用人工智能技术合成他人面部和声音实施诈骗，是近年来出现的新型诈骗手法。业内人士指出，只需几秒钟的视频素材，就能生成以假乱真的“数字分身”。",
            "防范需要多方发力",
            "专家建议，涉及转账汇款时，务必通过电话、当面等多种渠道核实对方身份。"],
     author="战海峰", editor="张一", date="2024-04-20T07:39:10+08:00")
page("zh16", t_wechat, enc="utf-8", url="https://mp.weixin.qq.com/s/Yq3kX7bT9mN2pL5vR8cW1A",
     title="紧急提醒！这类“退款”电话千万别信", account="平安北京", info="2024-05-01 10:23", pre_lines=[],
     post_lines=["文字：刘畅 王蒙", "编辑：李想", "来源：北京市公安局刑侦总队"],
     paras=["近期，北京警方接到多起冒充电商客服诈骗的报警。骗子以“商品质量问题”“快递丢失”为由联系受害人，称可以办理双倍退款。",
            "随后，骗子引导受害人下载会议软件并开启屏幕共享，从而获取银行卡密码和验证码，将卡内资金转走。",
            "警方提醒：正规客服不会要求您开启屏幕共享，遇到“退款”电话，请通过官方平台核实。"],
     outlet="北京市公安局刑侦总队", author="刘畅 王蒙", editor="李想", date="2024-05-01T10:23:00+08:00")
page("zh17", t_wechat, enc="utf-8", url="https://mp.weixin.qq.com/s/Pb7uZ2dK4hJ6tG8sE1fW3Q",
     title="刷单返利？先让你尝点甜头再掏空你的钱包", account="江苏反诈", info="2024年04月27日 18:30", region="江苏",
     pre_lines=["作者：周宁"], post_lines=["来源：江苏反诈", "编辑：陈晨 审核：王刚"],
     paras=["“宝妈在家带娃，每天轻松赚200元。”看到这样的广告，家住南京的小李动了心。",
            "按照客服指引，小李完成了三单点赞任务，很快收到了15元佣金。随后，她被拉入一个“高级任务群”，被要求垫付资金完成“连单”。",
            "等小李投入了4万余元后，对方以“操作超时”为由拒绝返款，小李这才意识到被骗。"],
     outlet="江苏反诈", author="周宁", editor="陈晨", date="2024-04-27T18:30:00+08:00")
page("zh18", t_sina, enc="utf-8", url="https://news.sina.com.cn/s/2024-05-01/doc-inatxyzw1234567.shtml",
     title="虚假投资理财诈骗何以屡屡得手", info="2024年05月01日 07:53", outlet="法治日报", edit="李昂",
     lead=["法治日报全媒体记者 韩丹东 见习记者 王意天"],
     paras=["“老师”带你炒股、“内幕消息”稳赚不赔……虚假投资理财诈骗已成为造成群众损失最大的诈骗类型之一。",
            "记者调查发现，此类诈骗通常先通过短视频平台、社交软件引流，再将受害人拉入所谓的“投资群”，由“托儿”晒收益营造氛围。",
            "受访专家认为，应当强化平台责任，对荐股引流类信息加强审核。"],
     author="韩丹东 王意天", editor="李昂", date="2024-05-01T07:53:00+08:00")
page("zh19", t_sina, enc="utf-8", url="https://news.sina.com.cn/s/2024-04-29/doc-inatabcd7654321.shtml",
     title="男子出售银行卡获利3000元 被判帮信罪", info="2024年04月29日 12:10", outlet="新京报", edit="刘德宾",
     paras=["新京报讯（记者 吴淋姝）将自己名下的银行卡出售给他人，获利3000元，结果银行卡被用于电信诈骗资金流转。近日，北京市海淀区人民法院审结了这起案件。",
            "法院经审理查明，被告人明知他人利用信息网络实施犯罪，仍提供银行卡，情节严重，其行为已构成帮助信息网络犯罪活动罪。",
            "最终，法院判处其有期徒刑七个月，并处罚金5000元。"],
     author="吴淋姝", editor="刘德宾", date="2024-04-29T12:10:00+08:00")
page("zh20", t_163, enc="utf-8", url="https://www.163.com/dy/article/J0ABCDEF0514R9P4.html",
     title="大学生兼职“跑分”，结果把自己“跑”进了看守所", info="2024-05-01 10:23:45", outlet="中国青年报",
     otitle="“跑分”兼职背后的陷阱", edit="王晓武_NF5619",
     lead=["中青报·中青网记者 李丽"],
     paras=["“只需要提供银行卡，每流水1万元就能提成100元。”某高校大三学生小张在网上看到这则兼职信息后，很快就加入了对方的“团队”。",
            "两个月后，小张被警方抓获。原来，他的银行卡被用来转移电信诈骗赃款，涉案金额达80余万元。",
            "办案民警表示，“跑分”实质上是帮助诈骗分子洗钱，参与者可能构成帮信罪甚至掩饰、隐瞒犯罪所得罪。"],
     author="李丽", editor="王晓武", date="2024-05-01T10:23:45+08:00")
page("zh21", t_qq, enc="utf-8", url="https://new.qq.com/rain/a/20240430A05XYZ00",
     title="重庆警方发布五一假期防骗提示", account="平安重庆", info="2024-04-30 12:05", region="重庆",
     tail_src="（来源：重庆市公安局）",
     paras=["五一假期将至，不少市民计划外出旅游。重庆警方提醒，假期出行需警惕以下几类诈骗。",
            "一是虚假机票退改签诈骗。收到“航班取消”短信时，务必通过航空公司官方渠道核实。",
            "二是虚假旅游套餐诈骗。不要轻信网上“超低价”旅游团，谨防交了定金后对方失联。"],
     outlet="重庆市公安局", author=None, editor=None, date="2024-04-30T12:05:00+08:00")
page("zh22", t_sohu, enc="utf-8", url="https://www.sohu.com/a/775123456_260616",
     title="上海破获一起跨境网络赌博案，涉案资金超10亿元", account="澎湃新闻", info="2024-04-29 14:20", outlet="澎湃新闻",
     otitle="涉案资金超10亿！上海警方破获跨境网络赌博案",
     lead=["澎湃新闻记者 葛明宁"],
     paras=["4月29日，澎湃新闻记者从上海市公安局获悉，上海警方近日成功破获一起跨境网络赌博案，抓获犯罪嫌疑人32名，涉案资金超10亿元。",
            "经查，该团伙在境外架设赌博网站，通过社交软件招揽境内人员参赌，并利用大量银行卡、第三方支付账户转移资金。",
            "目前，犯罪嫌疑人均已被依法采取刑事强制措施，案件正在进一步审理中。"],
     author="葛明宁", editor=None, date="2024-04-29T14:20:00+08:00")
Z23 = ["近日，家住城东的王女士接到一个自称“市公安局民警”的电话，称她的身份信息被人冒用，涉嫌一起洗钱案件。",
       "对方随后发来一张盖有公章的“逮捕令”，并要求王女士下载一款App配合“远程审讯”。王女士越想越不对劲，挂断电话后到附近派出所求助。",
       "民警提醒，公检法机关不会通过电话办案，更不会发送“逮捕令”等法律文书照片，遇到类似情况请第一时间拨打110。"]
page("zh23", t_dede, enc="gbk", decl=None, header="text/html", url="http://www.xxsh.test/a/xinwen/2024/0427/12402.html",
     title="冒充公检法诈骗又出新花样", title_tag="冒充公检法诈骗又出新花样_新闻资讯_xx生活网", h2="冒充公检法诈骗又出新花样",
     site="xx生活网", info="2024-04-27 10:17", paras=Z23, body_html=bhtml(Z23),
     outlet=None, author=None, editor=None, date="2024-04-27T10:17:00+08:00")
Z24 = ["新华社南宁4月26日电（记者 黄浩铭）记者26日从广西壮族自治区公安厅获悉，广西警方近期开展打击涉诈“黑灰产”集中收网行动，抓获犯罪嫌疑人1100余名。",
       "行动中，警方打掉非法买卖“两卡”、引流推广、技术支撑等涉诈“黑灰产”团伙80余个，查扣涉案手机、电脑等设备3000余台。",
       "广西警方表示，将持续保持高压严打态势，坚决斩断诈骗犯罪的“帮凶链条”。"]
page("zh24", t_dede, enc="gbk", decl="utf-8", header="text/html", url="http://www.bgxw.test/a/xinwen/2024/0426/8871.html",
     title="广西警方开展打击涉诈“黑灰产”集中收网行动", title_tag="广西警方开展打击涉诈“黑灰产”集中收网行动_新闻资讯_北港新闻网",
     h2="广西警方开展打击涉诈“黑灰产”集中收网行动", site="北港新闻网", info="2024-04-26 18:02", src="新华网", byname="佚名",
     paras=Z24, body_html=bhtml(Z24), outlet="新华网", author="黄浩铭", editor=None, date="2024-04-26T18:02:00+08:00")
Z25 = ["扬子晚报/紫牛新闻记者 邹伟 通讯员 苏公宣",
       "“我在网上认识了一个‘富婆’，说要介绍工作给我。”4月20日，苏州市民小王走进派出所，说出了这段离奇经历。",
       "原来，小王在社交软件上结识了一名自称“富婆”的女子，对方声称可以介绍高薪工作，但需要先缴纳“会员费”“保证金”。小王前后转账1.8万元后，对方将其拉黑。",
       "警方提醒，“富婆重金求子”“高薪招聘男公关”等都是老套路，切莫贪图便宜掉入陷阱。"]
page("zh25", t_phpcms, enc="gbk", url="http://www.jsxw.test/html/shehui/2024/0423/3312.html",
     title="轻信“富婆”介绍工作 男子被骗1.8万元", site="江苏新闻在线", info="2024-04-23 15:42:10", src="扬子晚报",
     paras=Z25[1:], body_html=bhtml(Z25, ""), outlet="扬子晚报", author="邹伟 苏公宣", editor=None,
     date="2024-04-23T15:42:10+08:00")
page("zh26", t_discuz, enc="gbk", url="http://bbs.hbsq.test/thread-1234-1-1.html",
     title="提醒家里老人！我妈差点被“养老项目”骗了", site="海边社区", user="海边的小鱼", info="2024-5-2 21:37",
     paras=["上周我妈跟着小区里几个阿姨去听了一个“养老公寓”的讲座，回来就说要投十万块钱，说是每年返息12%，到期还能免费入住。",
            "我一听就觉得不对，赶紧上网查了一下，这家公司根本没有养老机构备案，网上还有好多人说被骗了。",
            "后来我陪我妈去了趟派出所，民警说这就是典型的养老诈骗，最近已经有好几个老人上当了。大家一定要多提醒家里老人！"],
     outlet=None, author="海边的小鱼", editor=None, date="2024-05-02T21:37:00+08:00")
page("zh27", t_ltn, enc="utf-8", url="https://news.ltn.com.tw/news/society/breakingnews/4651234", script="Hant",
     title="假檢警詐騙再現 婦人險交付200萬元現金", info="2024/05/01 10:23", caption="警方提醒民眾，檢警不會要求交付現金。（記者王冠仁翻攝）",
     paras=["〔記者王冠仁／台北報導〕台北市一名60多歲婦人日前接到自稱「健保局」人員的電話，稱其健保卡遭人冒用，隨後轉接給假冒的「檢察官」，要求她交付200萬元現金作為「監管帳戶」保證金。",
            "婦人前往銀行臨櫃提領時，行員察覺有異，立即通報警方。員警到場後耐心說明，婦人才驚覺遇上詐騙。",
            "警方呼籲，檢警機關不會以電話辦案，更不會要求民眾交付現金或監管帳戶，如有疑問請撥打165反詐騙專線查證。"],
     outlet="自由時報", author="王冠仁", editor=None, date="2024-05-01T10:23:00+08:00")
page("zh28", t_udn, enc="cp950", url="https://udn.com/news/story/7315/7935123", script="Hant",
     title="假投資詐騙橫行 刑事局：保證獲利都是假的", info="2024-04-30 18:25", byline="聯合報 / 記者林孟潔／台北即時報導",
     caption="刑事局提醒民眾小心假投資詐騙。記者林孟潔／攝影",
     paras=["刑事警察局今天公布最新統計，今年第一季假投資詐騙財損金額高居各類詐騙之首，占整體財損近六成。",
            "刑事局指出，詐團常在社群平台投放名人推薦股票的廣告，誘導民眾加入LINE群組，再以「保證獲利」「穩賺不賠」話術吸引投資。",
            "刑事局提醒，任何標榜保證獲利的投資管道都是詐騙，民眾切勿輕信。"],
     outlet="聯合報", author="林孟潔", editor=None, date="2024-04-30T18:25:00+08:00")
page("zh29", t_ettoday, enc="utf-8", url="https://www.ettoday.net/news/20240501/2731234.htm", script="Hant",
     title="網購解除分期付款？他聽信假客服 一夜被騙走50萬", info="2024年05月01日 10:23", byline="記者張君豪／台北報導",
     caption="▲刑事局提醒，網購業者不會要求操作ATM解除設定。（圖／記者張君豪攝）",
     paras=["一名30歲男子日前接到自稱網購平台客服的來電，稱他因系統錯誤被設定為批發商，每月將自動扣款。",
            "對方隨後轉接假冒銀行人員，指示他操作網路銀行「解除設定」，男子照做後才發現帳戶內50萬元積蓄全被轉走。",
            "警方呼籲，網購平台與銀行都不會要求民眾操作ATM或網銀解除分期，接到類似電話應立即撥打165查證。"],
     outlet="ETtoday新聞雲", author="張君豪", editor=None, date="2024-05-01T10:23:00+08:00")
page("zh30", t_hk, enc="cp950", url="https://www.hkpost.test/hk/article/20240501/180512.html", script="Hant", site="港聞速遞",
     title="假冒入境處職員騙案上升 警方籲市民提高警覺", info="發佈時間：2024/05/01 14:36",
     caption="警方提醒市民小心電話騙案。資料圖片",
     paras=["警方表示，今年首季錄得的假冒政府部門職員電話騙案較去年同期上升約三成，受害人多為外籍家庭傭工及長者。",
            "騙徒通常自稱入境處或警務處職員，聲稱受害人涉及刑事案件，要求對方提供網上銀行登入資料以「協助調查」。",
            "警方呼籲市民，如接獲可疑來電，應立即掛線並致電「防騙易熱線18222」查詢。"],
     outlet=None, author=None, editor=None, date="2024-05-01T14:36:00+08:00")
S1 = "今年6月至8月，全國電信網絡詐騙案件立案數連續3個月同比下降"
page("zh31", t_mirror, enc="gbk", header="text/html", url="http://www.zhsh.test/html/shehui/2021/0916/12345.html", script="Hant",
     title=None, spam=True, pinyin=5, site="珠海生活網",
     title_tag="亚洲欧美偷拍综合网_亚洲日本情欲片_另类综合第一页欧美丝袜第一区_欧美v日韩v国产",
     h2="亚洲欧美偷拍综合网_亚洲日本情欲片_另类综合第一页欧美丝袜第一区",
     body_html=("<p>法治日報(bào)全媒體記者 董凡超</p>\n<p>“" + S1 + "!痹趪鴦(wù)院新聞辦今天舉行的新聞發(fā)布會上，公安部副部長杜航偉介紹相關情況時透露。</p>\n"
                "<p>《法治日報(bào)》記者發現，發布會披露的多組數據均印證：電信網絡詐騙犯罪快速上升勢頭迎來拐點，打擊治理工作取得階段性明顯成效。</p>\n"
                "<p>深入推進斷卡行動</p>\n<p>非法銀行卡、電話卡是滋生電信網絡詐騙犯罪的根源。公安機關聯合有關部門開展“斷卡”行動，徹底斬?cái)嗪诨耶a(chǎn)業鏈。</p>\n"),
     tailinfo="作者:佚名 來源:不詳 發布時間:2021-09-16 10:05:21",
     paras=["“" + S1 + "!痹趪鴦院新聞辦今天舉行的新聞發布會上，公安部副部長杜航偉介紹相關情況時透露。",
            "《法治日報》記者發現，發布會披露的多組數據均印證：電信網絡詐騙犯罪快速上升勢頭迎來拐點，打擊治理工作取得階段性明顯成效。",
            "深入推進斷卡行動",
            "非法銀行卡、電話卡是滋生電信網絡詐騙犯罪的根源。公安機關聯合有關部門開展“斷卡”行動，徹底斬?cái)嗪诨耶a業鏈。"],
     outlet="法治日報", author="董凡超", editor=None, date="2021-09-16T10:05:21+08:00")
page("zh32", t_mirror, enc="utf-8", header="text/html; charset=utf-8", url="http://www.ylcs.test/html/news/20240420/887.html",
     script="Hant", spam=True, pinyin=6, site="娛樂城資訊網",
     title="刷單返利騙局盯上大學生 警方破案追回30萬元",
     title_tag="真人百家樂_澳門葡京娛樂城_時時彩計劃網_六合彩開獎結果",
     h2="刷單返利騙局盯上大學生 警方破案追回30萬元",
     body_html=("<p>新華社記者 王鵬</p>\n<p>大學生小陳在網(wǎng)上看到“刷單兼職”廣告後，按要求下載App做任務，前後被騙(piàn)30萬元。</p>\n"
                "<p>警方接到報(bào)案後迅速成立專案組，順著資金流向追查，最終在廣東抓獲犯罪嫌疑人12名，追回被騙資金30萬元。</p>\n"
                "<p>警方提醒，網(wǎng)絡(luò)刷單本身就是違法行為(wéi)，所謂“高額返利”都是誘餌。</p>\n"),
     tailinfo="發布時間：2024-04-20 來源：網絡",
     paras=["大學生小陳在網上看到“刷單兼職”廣告後，按要求下載App做任務，前後被騙30萬元。",
            "警方接到報案後迅速成立專案組，順著資金流向追查，最終在廣東抓獲犯罪嫌疑人12名，追回被騙資金30萬元。",
            "警方提醒，網絡刷單本身就是違法行為，所謂“高額返利”都是誘餌。"],
     outlet="新華社", author="王鵬", editor=None, date="2024-04-20T00:00:00+08:00")
Z33 = ["近日，我局成功破获一起冒充电商客服诈骗案，为受害群众挽回损失8万余元。",
       "4月10日，辖区居民张某报警称，其接到自称某电商平台客服的电话，对方称其购买的商品存在质量问题，可为其办理退款，随后诱导其通过多个网贷平台贷款并转账。",
       "接警后，我局立即成立专案组开展侦查，于4月17日在外省将犯罪嫌疑人李某抓获。",
       "警方提醒广大群众，接到自称客服的退款电话时，务必通过官方渠道核实，切勿向陌生账户转账。"]
page("zh33", t_plain_gov, enc="gbk", decl="gbk", url="http://www.yqga.test/fz/1/2024-04-19/1325.html",
     title="我局破获一起冒充电商客服诈骗案", title_tag="我局破获一起冒充电商客服诈骗案-永清县公安局", site="永清县公安局",
     info="发布时间：2024年04月19日　浏览次数：1325　来源：永清县公安局　作者：刘建军", body_html=bhtml(Z33), paras=Z33,
     outlet="永清县公安局", author="刘建军", editor=None, date="2024-04-19T00:00:00+08:00")
Z34 = ["4月15日，市反诈中心联合多部门在市民广场开展“全民反诈在行动”集中宣传活动。",
       "活动现场，民警通过展板展示、发放宣传资料、现场讲解等方式，向市民介绍常见诈骗手法和防范技巧，并指导群众下载安装“国家反诈中心”App。",
       "据统计，本次活动共发放宣传资料5000余份，帮助群众下载安装“国家反诈中心”App1200余人次。",
       "（通讯员 孙浩）"]
page("zh34", t_plain_gov, enc="utf-8", decl="gb2312", url="http://www.jzfz.test/fz/2/2024-04-16/552.html",
     title="市反诈中心开展“全民反诈在行动”集中宣传活动", title_tag="市反诈中心开展“全民反诈在行动”集中宣传活动",
     site="某市公安局", info="日期：2024-04-16　来源：市反诈中心　编辑：赵蕾", body_html=bhtml(Z34), paras=Z34[:3],
     outlet="市反诈中心", author="孙浩", editor="赵蕾", date="2024-04-16T00:00:00+08:00")
page("zh35", t_chinanews, enc="utf-8", url="https://www.chinanews.com.cn/gn/2024/05-01/10208801.shtml",
     title="五一假期首日全社会跨区域人员流动量预计超2.9亿人次", info="2024年05月01日 21:47", outlet="中国新闻网",
     paras=["中新网5月1日电 据交通运输部网站消息，5月1日，全社会跨区域人员流动量预计超过2.9亿人次，环比增长36.8%。",
            "其中，铁路客运量预计2040万人次，公路人员流动量预计2.7亿人次，水路客运量预计180万人次，民航客运量预计205万人次。",
            "交通运输部提醒，假期出行高峰期间，广大旅客请合理安排出行时间，注意交通安全。"],
     edit="刘欢", author=None, editor="刘欢", date="2024-05-01T21:47:00+08:00")


def build() -> None:
    for p in PAGES:
        html = p["tpl"](p)
        (HERE / f"{p['id']}.html").write_bytes(html.encode(p["enc"], errors="xmlcharrefreplace"))
        exp = {
            "url": p["url"], "content_type": p["header"], "encoding_written": p["enc"], "template": p["tpl"].__name__[2:],
            "title": p["title"], "text": "\n".join(p["expect"]), "author": p["author"], "outlet": p["outlet"],
            "editor": p["editor"], "published_at": p["date"], "lang": "zh", "script": p["script"],
            "spam_title": p["spam"], "pinyin_stripped": p["pinyin"],
        }
        (HERE / f"{p['id']}.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    build()
    print(f"{len(PAGES)} pages written to {HERE}")
