"""Generate tests/newsweb/sites/* and tests/newsweb/expected.json from content.py.

    .venv/bin/python tests/newsweb/tools/build.py

The generated files are committed; edit content.py / this file and re-run rather
than hand-editing generated pages (hand edits are fine too, but then keep
expected.json in sync -- test_newsweb.py checks it).
"""

from __future__ import annotations

import html
import json
import re
import shutil
import struct
import sys
import zlib
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

import opencc

sys.path.insert(0, str(Path(__file__).resolve().parent))
import content as C  # noqa: E402
import seed_text as S  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "sites"
E = html.escape
PINYIN_RE = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
S2T = opencc.OpenCC("s2t")


def strip_tags(s: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def is_li(p: str) -> bool:
    return p.startswith("LI:")


def plain(p: str) -> str:
    return strip_tags(p[3:] if is_li(p) else p)


class Site:
    def __init__(self, name: str, encoding: str):
        self.name = name
        self.encoding = encoding
        self.dir = SITES / name
        self.files: dict[str, str | bytes] = {}

    def put(self, rel: str, data: str | bytes) -> None:
        rel = rel.lstrip("/")
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        self.files[rel] = data

    def write(self) -> None:
        if self.dir.exists():
            shutil.rmtree(self.dir)
        for rel, data in self.files.items():
            f = self.dir / rel
            f.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, bytes):
                f.write_bytes(data)
            else:
                if rel != "site.json" and not rel.endswith(".raw"):
                    enc = self.encoding
                    if rel.endswith(".xml") and self.name == "tw165":
                        enc = "utf-8"
                    data.encode(enc)  # fail early if not encodable
                f.write_text(data, "utf-8")


def png(w: int, h: int, rgb=(200, 30, 30)) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")


def pdf(title: str) -> bytes:
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        None,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    stream = f"BT /F1 18 Tf 72 760 Td ({title}) Tj ET".encode()
    objs[3] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def iso_cn(date: str) -> str:
    """'2021-09-15 08:30' -> '2021-09-15T08:30:00+08:00'."""
    d, t = date.split(" ")
    if len(t) == 5:
        t += ":00"
    return f"{d}T{t}+08:00"


def rfc822(iso: str) -> str:
    from datetime import datetime
    from email.utils import format_datetime
    return format_datetime(datetime.fromisoformat(iso))


def links_of(page_path: str, text: str) -> list[str]:
    """Internal link targets (path+query) of a generated page."""
    out = []
    for m in re.finditer(r'''<a\b[^>]*?\bhref="([^"]*)"''', text, re.I):
        href = html.unescape(m.group(1))
        if href.startswith("{{BASE}}"):
            href = href[len("{{BASE}}"):] or "/"
        if not href or href.startswith(("#", "{{BASE:")) or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", href):
            continue
        u = urljoin("http://x" + page_path, href)
        sp = urlsplit(u)
        out.append(sp.path + ("?" + sp.query if sp.query else ""))
    return out


# =========================================================================== fzrb
FZ_COLUMNS = [
    ("fzxw", "法治新闻"), ("fzzl", "反诈专栏"), ("zfyw", "政法要闻"), ("jingshi", "警事"),
    ("lfjz", "立法"), ("sfgg", "司法"),
]
FZ_ARTICLE_COLUMN = {  # article index -> column slug
    0: "fzzl", 1: "fzzl", 2: "jingshi", 3: "fzzl", 4: "zfyw", 5: "sfgg", 6: "jingshi",
}


def fz_head(title, extra="", keywords="法治网,法治日报,法制日报,政法,反诈", desc="法治网是法治日报社主办的中央重点新闻网站。"):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{E(title)}</title>
<meta name="keywords" content="{E(keywords)}" />
<meta name="description" content="{E(desc)}" />
{extra}<link rel="stylesheet" type="text/css" href="/css/common.css" />
<link rel="alternate" type="application/rss+xml" title="法治网 RSS" href="{{{{BASE}}}}/rss.xml" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
</head>
<body>
"""


def fz_header(active=""):
    nav = ['<li class="{}"><a href="/">首页</a></li>'.format("on" if active == "" else "")]
    for slug, name in FZ_COLUMNS:
        nav.append(f'<li class="{"on" if active == slug else ""}"><a href="/{slug}/">{name}</a></li>')
    nav.append('<li><a href="/tag/duanka.html">专题</a></li>')
    nav.append('<li><a href="/about/">关于我们</a></li>')
    return f"""<div class="topbar">
  <div class="w1200">
    <div class="fl">欢迎访问法治网！今天是<span id="today"></span></div>
    <div class="fr"><a href="javascript:;" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:;" onclick="AddFavorite()">加入收藏</a> | <a href="javascript:;" title="请用手机扫描二维码">手机版</a> | <a href="/admin/login.html">登录</a> | <a href="/rss.xml">RSS订阅</a></div>
  </div>
</div>
<div class="header w1200">
  <div class="logo"><a href="/"><img src="/images/logo.png" alt="法治网" width="320" height="80" /></a></div>
  <div class="search">
    <form action="/search" method="get" target="_blank">
      <input type="text" name="q" class="s_txt" value="" placeholder="请输入关键词" />
      <input type="submit" class="s_btn" value="搜索" />
    </form>
    <p class="hotwords">热搜：<a href="/search?q={quote('反诈')}">反诈</a> <a href="/search?q={quote('断卡')}">断卡</a> <a href="/tag/duanka.html">断卡行动</a></p>
  </div>
</div>
<div class="nav">
  <ul class="w1200 clearfix">
    {"".join(nav)}
  </ul>
</div>
"""


FZ_FOOTER = """<div class="friendlink w1200">
  <span>友情链接：</span>
  <a href="{{BASE:mirror}}/" target="_blank">珠海生活网</a> |
  <a href="{{BASE:tw165}}/" target="_blank">165反詐騙新聞網</a> |
  <a href="{{BASE:alerts}}/" target="_blank">Consumer Alerts</a> |
  <a href="javascript:;">中国长安网</a> |
  <a href="javascript:;">中国法院网</a> |
  <a href="javascript:;">正义网</a>
</div>
<div class="footer">
  <div class="w1200">
    <p><a href="/about/">关于我们</a> | <a href="/about/#contact">联系我们</a> | <a href="/about/#copyright">版权声明</a> | <a href="/about/#ad">广告服务</a> | <a href="/sitemap.html">网站地图</a> | <a href="/admin/secret.html" style="color:#f5f5f5">内部通道</a></p>
    <p>法治日报社 版权所有 未经书面授权禁止转载、摘编、复制或建立镜像</p>
    <p>地址：北京市海淀区花园东路15号 邮编：100191 联系电话：010-84772888 违法和不良信息举报电话：010-84772468</p>
    <p><a href="javascript:;">京ICP备05012345号-1</a>　<img src="/images/gongan.png" width="16" height="16" alt="" />京公网安备 11010802012345号　互联网新闻信息服务许可证：10120170021</p>
  </div>
</div>
<script type="text/javascript" src="/js/common.js"></script>
<script>var _hmt = _hmt || [];</script>
</body>
</html>
"""


def fz_rel_href(from_dir_depth: int, path: str) -> str:
    """TRS-style relative link, e.g. ../content/2021-09/15/content_1.html."""
    return "../" * from_dir_depth + path.lstrip("/")


def fz_sidebar(arts, exclude=None):
    hot = [a for a in arts if a is not exclude]
    hot_items = "\n".join(
        f'      <li><em class="n{i}">{i}</em><a href="{a["path"]}" target="_blank" title="{E(a["title"])}">{E(a["title"])}</a></li>'
        for i, a in enumerate(sorted(hot, key=lambda a: a["path"])[:7], 1))
    rec_items = "\n".join(
        f'      <li><a href="{a["path"]}" target="_blank">{E(a["title"])}</a></li>' for a in hot[::-1][:5])
    return f"""  <div class="side fr">
    <div class="side_box">
      <div class="side_tit"><h3>热点排行</h3><span><a href="/fzxw/">更多&gt;&gt;</a></span></div>
      <ul class="hot_list">
{hot_items}
      </ul>
    </div>
    <div class="side_ad"><a href="javascript:;"><img src="/images/ad_300x250.gif" width="300" height="250" alt="广告" /></a></div>
    <div class="side_box">
      <div class="side_tit"><h3>推荐阅读</h3></div>
      <ul class="list_dot">
{rec_items}
      </ul>
    </div>
    <div class="side_box">
      <div class="side_tit"><h3>专题</h3></div>
      <ul class="list_dot">
      <li><a href="/tag/duanka.html">深入推进“断卡”行动</a></li>
      <li><a href="/fzzl/">全民反诈在行动</a></li>
      <li><a href="/files/report.pdf" target="_blank">2021年电信网络诈骗治理研究报告（PDF）</a></li>
      </ul>
    </div>
    <div class="side_box qrcode"><img src="/images/qrcode.png" alt="扫一扫关注法治网微信" /><p>扫一扫关注法治网微信</p></div>
  </div>
"""


def build_fzrb() -> dict:
    site = Site("fzrb", "utf-8")
    arts = C.FZRB
    by_date = sorted(arts, key=lambda a: a["date"], reverse=True)
    n = len(arts)
    expected_articles = []

    for idx, a in enumerate(arts):
        col = FZ_ARTICLE_COLUMN[idx]
        colname = dict(FZ_COLUMNS)[col]
        iso = iso_cn(a["date"])
        pos = by_date.index(a)
        newer = by_date[pos - 1] if pos > 0 else None
        older = by_date[pos + 1] if pos + 1 < n else None
        related = [b for b in by_date if b is not a and set(b["tags"]) & set(a["tags"])][:4]
        if len(related) < 3:
            related += [b for b in by_date if b is not a and b not in related][: 3 - len(related)]
        body = []
        if a["byline"]:
            body.append(f'<p style="text-indent:2em;">{E(a["byline"])}</p>')
        img = a.get("image")
        subheads = a.get("subheads", set())
        for i, p in enumerate(a["paras"]):
            if i == 2 and img:
                body.append(f'<p style="text-align:center;"><a href="{img[0]}" target="_blank"><img src="{img[0]}" border="0" alt="" style="max-width:600px;" /></a></p>')
                body.append(f'<p class="pictext" style="text-align:center;color:#666;font-size:14px;">{E(img[1])}</p>')
            if p in subheads:
                body.append(f'<p style="text-indent:2em;"><strong>{E(p)}</strong></p>')
            else:
                pp = E(p).replace("国家反诈中心App", '<a href="/search?q=%E5%9B%BD%E5%AE%B6%E5%8F%8D%E8%AF%88%E4%B8%AD%E5%BF%83" target="_blank">国家反诈中心App</a>', 1)
                body.append(f'<p style="text-indent:2em;">{pp}</p>')
        info_author = f"　作者：{a['author']}" if a["author"] else ""
        extra = f"""<meta name="publishdate" content="{a['date']}:00" />
<meta name="source" content="{E(a['source'])}" />
<meta name="author" content="{E(a['author'] or '')}" />
<meta name="ColumnName" content="{colname}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{E(a['title'])}" />
<meta property="og:url" content="{{{{BASE}}}}{a['path']}" />
<meta property="og:site_name" content="法治网" />
<meta property="og:description" content="{E(a['summary'])}" />
<meta property="article:published_time" content="{iso}" />
<link rel="canonical" href="{{{{BASE}}}}{a['path']}" />
"""
        tags = " ".join(f'<a href="/search?q={quote(t)}" target="_blank">{E(t)}</a>' for t in a["tags"])
        rel_items = "\n".join(
            f'        <li><a href="{b["path"]}" target="_blank">{E(b["title"])}</a><span>{b["date"][:10]}</span></li>' for b in related)
        prevnext = []
        prevnext.append(f'<p>上一篇：<a href="{newer["path"]}">{E(newer["title"])}</a></p>' if newer else "<p>上一篇：没有了</p>")
        prevnext.append(f'<p>下一篇：<a href="{older["path"]}">{E(older["title"])}</a></p>' if older else "<p>下一篇：没有了</p>")
        sub = f'\n      <h2 class="subtitle">{E(a["subtitle"])}</h2>' if a.get("subtitle") else ""
        page = fz_head(f"{a['title']}_法治网", extra, keywords=",".join(a["tags"]), desc=a["summary"]) + fz_header(col) + f"""<div class="w1200 clearfix">
  <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/{col}/">{colname}</a> &gt; 正文</div>
  <div class="main fl">
    <div class="article">
      <h1 class="title">{E(a['title'])}</h1>{sub}
      <div class="info clearfix">
        <span class="fl">{a['date']}　来源：{E(a['source'])}{info_author}</span>
        <span class="fr fontsize">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a> | <a href="javascript:window.print()">打印</a> | <a href="javascript:window.close()">关闭</a></span>
      </div>
      <div class="share bdsharebuttonbox">分享到：<a href="javascript:;" class="bds_weixin" title="分享到微信">微信</a><a href="javascript:;" class="bds_tsina" title="分享到新浪微博">微博</a><a href="javascript:;" class="bds_qzone" title="分享到QQ空间">QQ空间</a><a href="javascript:;" class="bds_more">更多</a></div>
      <div class="content" id="zoom">
        <div class="TRS_Editor">
{chr(10).join("        " + b for b in body)}
        </div>
      </div>
      <div class="editor">【责任编辑：{E(a['editor'])}】</div>
      <div class="keywords">关键词：{tags}</div>
      <div class="prevnext">
        {"".join(prevnext)}
      </div>
      <div class="related">
        <div class="tit"><h3>相关文章</h3></div>
        <ul class="list_dot">
{rel_items}
        </ul>
      </div>
      <div class="comment">
        <div class="tit"><h3>网友评论</h3><span>已有<em>3</em>条评论</span></div>
        <form action="/comment/post" method="post">
          <textarea name="content" rows="4" cols="80" placeholder="文明上网，理性发言"></textarea>
          <input type="hidden" name="docid" value="{a['path'].rsplit('_', 1)[-1][:-5]}" />
          <input type="submit" value="发表评论" />
        </form>
        <ul class="comment_list">
          <li><span class="user">北京网友</span><span class="time">{a['date'][:10]}</span><p>反诈宣传要常抓不懈，点赞！</p></li>
          <li><span class="user">江苏南京网友</span><span class="time">{a['date'][:10]}</span><p>家里老人一定要多提醒。</p></li>
          <li><span class="user">广东深圳网友</span><span class="time">{a['date'][:10]}</span><p>转发给家人看看。</p></li>
        </ul>
      </div>
    </div>
  </div>
{fz_sidebar(by_date, a)}</div>
""" + FZ_FOOTER
        site.put(a["path"], page)
        expected_articles.append(dict(
            path=a["path"], title=a["title"], text="\n".join(plain(p) for p in a["paras"]),
            author=a["author"], outlet=a["source"], published_at=iso, lang="zh"))

    # ---- list pages
    def list_items(items, depth):
        return "\n".join(
            f'        <li><span class="date">{b["date"][:10]}</span><a href="{fz_rel_href(depth, b["path"])}" target="_blank" title="{E(b["title"])}">{E(b["title"])}</a><p class="summary">{E(b["summary"])}</p></li>'
            for b in items)

    def list_page(slug, name, items, page_no, total_pages, fname_fmt, crumb_name=None, marker=False):
        pages = []
        if total_pages > 1:
            first = fname_fmt(0)
            pages.append(f'<a href="{first}">首页</a>')
            pages.append(f'<a href="{fname_fmt(page_no - 1)}">上一页</a>' if page_no > 0 else '<span class="disabled">上一页</span>')
            for k in range(total_pages):
                pages.append(f'<span class="current">{k + 1}</span>' if k == page_no else f'<a href="{fname_fmt(k)}">{k + 1}</a>')
            pages.append(f'<a href="{fname_fmt(page_no + 1)}">下一页</a>' if page_no + 1 < total_pages else '<span class="disabled">下一页</span>')
            pages.append(f'<a href="{fname_fmt(total_pages - 1)}">尾页</a>')
            pages.append(f"<span>共{total_pages}页</span>")
        mk = "\n        <!--newsweb:links-->" if marker else ""
        return fz_head(f"{name}_法治网") + fz_header(slug) + f"""<div class="w1200 clearfix">
  <div class="crumbs">当前位置：<a href="/">首页</a> &gt; {crumb_name or name}</div>
  <div class="main fl">
    <div class="col_tit"><h2>{name}</h2></div>
    <div class="list_box">
      <ul class="list_news">{mk}
{list_items(items, 1)}
      </ul>
    </div>
    <div class="page" id="pagenav">{" ".join(pages)}</div>
  </div>
{fz_sidebar(by_date)}</div>
""" + FZ_FOOTER

    per = 3
    chunks = [by_date[i:i + per] for i in range(0, n, per)]
    fmt = lambda k: "index.html" if k == 0 else f"index_{k}.html"  # noqa: E731
    for k, ch in enumerate(chunks):
        site.put(f"/fzxw/{fmt(k)}", list_page("fzxw", "法治新闻", ch, k, len(chunks), fmt, marker=(k == 0)))
    for slug, name in FZ_COLUMNS[1:]:
        items = [b for i, b in enumerate(arts) if FZ_ARTICLE_COLUMN[i] == slug]
        items.sort(key=lambda b: b["date"], reverse=True)
        site.put(f"/{slug}/index.html", list_page(slug, name, items, 0, 1, fmt))
    duanka = [b for b in by_date if "断卡" in b["tags"] or "断卡" in "".join(b["paras"])]
    site.put("/tag/duanka.html", list_page("", "断卡行动", duanka, 0, 1, fmt, crumb_name="专题 &gt; 断卡行动").replace('href="../', 'href="../'))
    site.put("/search.html", list_page("", "搜索结果", [b for b in by_date if b is not arts[-1]], 0, 1, fmt,
                                       crumb_name="搜索结果").replace(
        '<div class="col_tit"><h2>搜索结果</h2></div>',
        '<div class="col_tit"><h2>搜索结果</h2></div>\n    <div class="search_info">找到相关结果约 6 条，用时 0.02 秒</div>').replace('href="../content', 'href="/content'))

    # ---- home
    top = by_date[0]
    seed = arts[0]
    headline = f"""    <div class="headline">
      <h2><a href="{seed['path']}" target="_blank">{E(seed['title'])}</a></h2>
      <p>{E(seed['summary'])}<a href="{seed['path']}" target="_blank">[详细]</a></p>
      <p class="related_tit"><a href="/content/2021-11/02/content_8620415.html" target="_blank">温州打掉涉“两卡”团伙42个</a> | <a href="/tag/duanka.html" target="_blank">专题：深入推进“断卡”行动</a> | <a href="/search?q={quote('反诈')}" target="_blank">更多反诈报道</a></p>
    </div>
"""
    focus = "\n".join(
        f'        <li><a href="{b["path"]}" target="_blank"><img src="/images/focus_{i}.png" alt="" width="480" height="300" /></a><p><a href="{b["path"]}" target="_blank">{E(b["title"])}</a></p></li>'
        for i, b in enumerate(by_date[:4], 1))

    def col_block(slug, name, items):
        lis = "\n".join(f'        <li><a href="{b["path"]}" target="_blank">{E(b["title"])}</a><span>{b["date"][5:10]}</span></li>' for b in items)
        return f"""    <div class="col_block">
      <div class="col_tit"><h3><a href="/{slug}/">{name}</a></h3><span><a href="/{slug}/">更多&gt;&gt;</a></span></div>
      <ul class="list_dot">
{lis}
      </ul>
    </div>
"""
    blocks = col_block("fzxw", "法治新闻", by_date[:6])
    for slug, name in FZ_COLUMNS[1:]:
        items = [b for i, b in enumerate(arts) if FZ_ARTICLE_COLUMN[i] == slug]
        blocks += col_block(slug, name, sorted(items, key=lambda b: b["date"], reverse=True))
    home = fz_head("法治网_法治日报社主办_中央重点新闻网站") + fz_header("") + f"""<div class="w1200 clearfix">
  <div class="main fl">
{headline}    <div class="focus" id="focus">
      <ul>
{focus}
      </ul>
    </div>
    <div class="col_block latest">
      <div class="col_tit"><h3>最新发布</h3></div>
      <ul class="list_dot">
        <!--newsweb:links-->
{chr(10).join(f'        <li><a href="{b["path"]}" target="_blank">{E(b["title"])}</a><span class="date">{b["date"][:10]}</span></li>' for b in by_date)}
      </ul>
    </div>
{blocks}    <div class="col_block download">
      <div class="col_tit"><h3>资料下载</h3></div>
      <ul class="list_dot">
        <li><a href="/files/report.pdf" target="_blank">2021年电信网络诈骗治理研究报告</a>（PDF，1页）</li>
        <li><a href="/uploadfile/2021/0915/20210915083012345.png" target="_blank">国新办发布会现场图片</a></li>
      </ul>
    </div>
  </div>
{fz_sidebar(by_date)}</div>
""" + FZ_FOOTER
    site.put("/index.html", home)

    about = fz_head("关于我们_法治网") + fz_header("about") + """<div class="w1200 clearfix">
  <div class="crumbs">当前位置：<a href="/">首页</a> &gt; 关于我们</div>
  <div class="main fl about">
    <h2>关于我们</h2>
    <p>法治网是法治日报社主办的中央重点新闻网站，以“传播法治声音、服务法治建设”为宗旨。</p>
    <h3 id="contact">联系我们</h3>
    <p>地址：北京市海淀区花园东路15号　邮编：100191　电话：010-84772888　邮箱：fzw@example.cn</p>
    <h3 id="copyright">版权声明</h3>
    <p>凡本网注明“来源：法治日报”或“来源：法治网”的所有作品，版权均属于法治日报社，未经授权不得转载。</p>
    <h3 id="ad">广告服务</h3>
    <p>广告热线：010-84772999</p>
  </div>
</div>
""" + FZ_FOOTER
    site.put("/about/index.html", about)
    smap_links = "\n".join(f'    <li><a href="/{s}/">{nm}</a></li>' for s, nm in FZ_COLUMNS)
    site.put("/sitemap.html", fz_head("网站地图_法治网") + fz_header("map") + f"""<div class="w1200 clearfix">
  <div class="crumbs">当前位置：<a href="/">首页</a> &gt; 网站地图</div>
  <div class="main sitemap">
    <h2>网站地图</h2>
    <ul>
{smap_links}
    <li><a href="/tag/duanka.html">专题：断卡行动</a></li>
    <li><a href="/rss.xml">RSS订阅</a></li>
    </ul>
  </div>
</div>
""" + FZ_FOOTER)
    site.put("/admin/login.html", fz_head("后台管理系统登录") + """<div class="login"><form action="/admin/login.do" method="post"><input name="user" /><input name="pwd" type="password" /><input type="submit" value="登录" /></form></div>
<p><a href="/admin/secret.html">忘记密码</a></p>
</body>
</html>
""")
    site.put("/admin/secret.html", fz_head("内部资料 请勿外传") + """<div class="main"><h1>内部通讯录（测试：礼貌爬虫不应抓取此页）</h1><p>This page is disallowed by robots.txt. A polite crawler never fetches it.</p></div>
</body>
</html>
""")
    site.put("/404.html", fz_head("404 页面不存在_法治网") + fz_header("404") + """<div class="w1200 error404">
  <div class="err_img"><img src="/images/404.png" alt="404" /></div>
  <h2>抱歉，您访问的页面不存在或已被删除！</h2>
  <p>请检查您输入的网址是否正确，或者<a href="/">返回首页</a>继续浏览。</p>
  <p><span id="sec">5</span>秒后自动跳转到首页……</p>
</div>
""" + FZ_FOOTER)

    # ---- feeds and sitemaps
    items = "\n".join(f"""    <item>
      <title>{E(b['title'], quote=False)}</title>
      <link>{{{{BASE}}}}{b['path']}</link>
      <guid isPermaLink="true">{{{{BASE}}}}{b['path']}</guid>
      <pubDate>{rfc822(iso_cn(b['date']))}</pubDate>
      <source url="{{{{BASE}}}}/rss.xml">{E(b['source'])}</source>
      <category>{E(b['tags'][0])}</category>
      <description><![CDATA[{b['summary']}]]></description>
    </item>""" for b in by_date)
    site.put("/rss.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>法治网 - 法治新闻</title>
    <link>{{{{BASE}}}}/</link>
    <atom:link href="{{{{BASE}}}}/rss.xml" rel="self" type="application/rss+xml" />
    <description>法治网最新法治新闻</description>
    <language>zh-cn</language>
    <copyright>法治日报社 版权所有</copyright>
    <lastBuildDate>{rfc822(iso_cn(top['date']))}</lastBuildDate>
    <ttl>60</ttl>
    <!--newsweb:items-->
{items}
  </channel>
</rss>
""")
    site.put("/sitemap_index.xml", """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap>
    <loc>{{{{BASE}}}}/sitemap_news.xml</loc>
    <lastmod>{}</lastmod>
  </sitemap>
  <sitemap>
    <loc>{{{{BASE}}}}/sitemap_content.xml</loc>
    <lastmod>{}</lastmod>
  </sitemap>
</sitemapindex>
""".format(iso_cn(top["date"]), iso_cn(top["date"])))
    news = "\n".join(f"""  <url>
    <loc>{{{{BASE}}}}{b['path']}</loc>
    <news:news>
      <news:publication>
        <news:name>法治网</news:name>
        <news:language>zh</news:language>
      </news:publication>
      <news:publication_date>{iso_cn(b['date'])}</news:publication_date>
      <news:title>{E(b['title'], quote=False)}</news:title>
      <news:keywords>{E(",".join(b['tags']), quote=False)}</news:keywords>
    </news:news>
  </url>""" for b in by_date)
    site.put("/sitemap_news.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <!--newsweb:items-->
{news}
</urlset>
""")
    urls = [("/", top["date"], "hourly", "1.0")] + [(f"/{s}/", top["date"], "daily", "0.8") for s, _ in FZ_COLUMNS]
    urls += [(b["path"], b["date"], "never", "0.6") for b in by_date]
    plain_urls = "\n".join(f"""  <url>
    <loc>{{{{BASE}}}}{p}</loc>
    <lastmod>{iso_cn(d)}</lastmod>
    <changefreq>{cf}</changefreq>
    <priority>{pr}</priority>
  </url>""" for p, d, cf, pr in urls)
    site.put("/sitemap_content.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <!--newsweb:items-->
{plain_urls}
</urlset>
""")
    site.put("/robots.txt", """# robots.txt for 法治网
User-agent: *
Disallow: /admin/
Disallow: /comment/
Crawl-delay: 1

User-agent: BadBot
Disallow: /

Sitemap: {{BASE}}/sitemap_index.xml
""")
    site.put("/files/report.pdf", pdf("2021 Telecom Fraud Governance Report"))
    site.put("/uploadfile/2021/0915/20210915083012345.png", png(64, 40))
    site.put("/images/ad_300x250.gif", GIF)
    lm = {"default": iso_cn(top["date"])}
    for b in arts:
        lm[b["path"]] = iso_cn(b["date"])
    lm["/robots.txt"] = "2021-01-01T00:00:00+08:00"
    site.put("site.json", json.dumps({
        "title": "法治网", "lang": "zh", "encoding": "utf-8", "charset_label": "utf-8",
        "routes": {"/search": "search.html"},
        "overrides": {"/rss.xml": {"content_type": "application/rss+xml; charset=utf-8"}},
        "feeds": {"/rss.xml": "rss"},
        "sitemaps": {"/sitemap_news.xml": "news", "/sitemap_content.xml": "urlset"},
        "link_pages": ["/", "/fzxw/"],
        "link_template": '<li><a href="{href}" target="_blank">{text}</a><span class="date">{date}</span></li>',
        "big": {"/big.html": {"size": 12582912}, "/big-chunked.html": {"size": 12582912, "chunked": True}},
        "last_modified": lm,
    }, ensure_ascii=False, indent=2) + "\n")
    return dict(site=site, articles=expected_articles, feeds=["/rss.xml"],
                sitemaps=["/sitemap_index.xml", "/sitemap_news.xml", "/sitemap_content.xml"],
                robots="/robots.txt", robots_disallowed=["/admin/login.html", "/admin/secret.html"],
                binary=["/files/report.pdf", "/uploadfile/2021/0915/20210915083012345.png"],
                extra_endpoints={"big": ["/big.html", "/big-chunked.html"]})


# =========================================================================== mirror
PINYIN = {}
for _p in S.MIRROR_SEED + [S.MIRROR_BYLINE]:
    for _m in re.finditer(r"(.)\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)", _p):
        if "\u4e00" <= _m.group(1) <= "\u9fff" and _m.group(1) != "鴦":
            PINYIN[_m.group(1)] = _m.group(2)

SPAM_TITLES = [
    "六合彩开奖结果_澳门赌场网址_北京赛车pk10开奖直播_时时彩计划网_真人百家乐官网",
    "澳门新葡京娱乐场_365体育投注_足球比分即时比分_六合彩资料大全_彩票计划群",
    "真人百家乐官网_时时彩平台_澳门银河娱乐城_香港六合彩开奖记录_pk10计划",
    "北京赛车pk10_幸运飞艇开奖_澳门赌场网址_体育投注平台_六合彩开奖直播现场",
]


def inject_pinyin(s: str) -> str:
    return "".join(ch + (f"({PINYIN[ch]})" if ch in PINYIN else "") for ch in s)


def farm_punct(s: str) -> str:
    return s.replace("，", ",").replace("：", ":").replace("；", ";")


MR_FOOTER = """<div class="footer">
  <div class="footer_nav"><a href="/html/about/">聯系我們</a> | <a href="/html/about/">關於我們</a> | <a href="/html/about/">免責聲明</a> | <a href="/html/about/">廣告服務</a> | <a href="/html/about/">幫助中心</a> | <a href="/html/about/">意見反饋</a> | <a href="/html/about/">友情鏈接</a> | <a href="javascript:window.external.AddFavorite(location.href,document.title)">收藏本站</a></div>
  <div class="copyright">
    <p>  Copyright 2008-2018 &copy; 珠海生活網版權所有 </p>
    <p>聯系電話:13560388882  客服QQ:<a href="tencent://message/?uin=2319408468">2319408468</a> 電子郵箱:<a href="mailto:2319408468@qq.com">2319408468@qq.com</a></p>
    <p><a href="javascript:;">粵ICP備12345678號-2</a></p>
  </div>
</div>
<script src="/templets/default/js/tongji.js" type="text/javascript"></script>
<div style="display:none"><a href="javascript:;">六合彩開獎結果</a><a href="javascript:;">澳門賭場網址</a><a href="javascript:;">真人百家樂</a></div>
</body>
</html>
"""

MR_COLUMNS = [("shehui", "社會新聞"), ("fazhi", "法治在線"), ("shenghuo", "生活資訊")]


def mr_head(title: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{E(title)}</title>
<meta name="keywords" content="六合彩开奖结果,澳门赌场网址,北京赛车pk10,时时彩计划" />
<meta name="description" content="{E(title)}" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
</head>
<body class="articleview">
<div class="header_top">
  <div class="w960 center">
    <span id="time" class="time">珠海生活網 - 珠海本地生活資訊門戶</span>
    <div class="toplinks"><a href="/member/">會員中心</a>|<a href="/plus/heightsearch.php">高級搜索</a>|<a href="javascript:;">設為首頁</a>|<a href="javascript:;">加入收藏</a></div>
  </div>
</div>
<div class="header">
  <div class="top w960 center">
    <div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="珠海生活網"/></a></h1></div>
    <div class="banner"><a href="javascript:;"><img src="/uploads/allimg/banner_ad.gif" alt="六合彩開獎結果 點擊查看" /></a></div>
  </div>
  <div class="module blue mT10 wrapper w963">
    <div id="navMenu">
      <ul>
        <li><a href="/"><span>首頁</span></a></li>
""" + "".join(f'        <li><a href="/html/{s}/"><span>{n}</span></a></li>\n' for s, n in MR_COLUMNS) + """        <li><a href="/html/shehui/list_12_2.html"><span>往期回顧</span></a></li>
        <li><a href="/tags.php"><span>TAG標籤</span></a></li>
      </ul>
    </div>
  </div>
</div>
"""


def build_mirror(fz_by_path: dict) -> dict:
    site = Site("mirror", "gbk")
    stories = []
    # 1. seed copy
    stories.append(dict(
        path="/html/2021/0916/12345.html", title_spam=SPAM_TITLES[0], byline=S.MIRROR_BYLINE,
        page_paras=S.MIRROR_SEED, date="2021-09-16 10:05:21",
        tags=S.MIRROR_FOOTER[0][len("Tags:"):].split(), author="董凡超", outlet="法治日報",
        list_title="全國電信網絡詐騙案件立案數連續3個月同比下降"))
    # 2. copy of fzrb 刷单 story, 3. different story
    for k, m in enumerate(C.MIRROR_OTHER, 1):
        if m["copy_of"]:
            src = fz_by_path[m["copy_of"]]
            paras = [S2T.convert(p) for p in src["paras"]]
            list_title = S2T.convert(src["title"])
        else:
            paras = list(m["paras"])
            list_title = "警惕!「大閘蟹提貨券」騙局又來了"
        for old, new in m["mojibake"]:
            hit = [i for i, p in enumerate(paras) if old in p]
            assert hit, old
            paras[hit[0]] = paras[hit[0]].replace(old, new, 1)
        paras = [inject_pinyin(farm_punct(p)) for p in paras]
        stories.append(dict(
            path=m["path"], file=m.get("file"), title_spam=SPAM_TITLES[k],
            byline=inject_pinyin(m["byline"]) if m["byline"] else None, page_paras=paras,
            date=m["date"], tags=m["tags"].split(), author=m["author"], outlet=m["outlet"],
            list_title=list_title))

    hot = "\n".join(f'          <li><a href="{s["path"]}">{E(s["list_title"])}</a></li>' for s in stories)

    def sidebar():
        return """  <div class="pright">
    <div class="commend mt1">
      <dl class="tbox light"><dt class="light"><strong>欄目導航</strong></dt>
        <dd class="light"><ul class="d4">
""" + "".join(f'          <li><a href="/html/{s}/">{n}</a></li>\n' for s, n in MR_COLUMNS) + f"""        </ul></dd>
      </dl>
    </div>
    <div class="commend mt1">
      <dl class="tbox light"><dt class="light"><strong>本類熱門</strong></dt>
        <dd class="light"><ul class="c1 ico2">
{hot}
        </ul></dd>
      </dl>
    </div>
    <div class="commend mt1">
      <dl class="tbox light"><dt class="light"><strong>本類推薦</strong></dt>
        <dd class="light"><ul class="c1 ico2">
{hot}
        </ul></dd>
      </dl>
    </div>
    <div class="ad"><a href="javascript:;"><img src="/uploads/allimg/ad_250x250.gif" alt="澳門賭場網址" /></a></div>
  </div>
"""

    expected = []
    for i, s in enumerate(stories):
        others = [o for o in stories if o is not s]
        body = []
        if s["byline"]:
            body.append(f"<p>{E(s['byline'])}</p>")
        body += [f"<p>{E(p)}</p>" for p in s["page_paras"]]
        tags = " ".join(f'<a href="/tags.php?/{quote(t)}/">{E(t)}</a>' for t in s["tags"])
        info = "作者:佚名 來源:不詳" + (f" 發布時間:{s['date']}" if s["date"] else "")
        prev_ = stories[i - 1] if i > 0 else None
        next_ = stories[i + 1] if i + 1 < len(stories) else None
        page = mr_head(s["title_spam"]) + f"""<div class="w960 center clear mt1">
  <div class="pleft">
    <div class="place"><strong>當前位置:</strong> <a href="/">主頁</a> &gt; <a href="/html/shehui/">社會新聞</a> &gt;</div>
    <div class="viewbox">
      <div class="content">
        <table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td>
{chr(10).join("        " + b for b in body)}
        </td></tr></table>
      </div>
      <div class="tags">Tags:{tags} </div>
      <div class="info"><small>{info}</small> 點擊:<script src="/plus/count.php?view=yes&amp;aid={12345 + i}&amp;mid=1" type="text/javascript" language="javascript"></script>次</div>
      <div class="context">
        <ul>
          <li>上一篇:{f'<a href="{prev_["path"]}">{E(prev_["list_title"])}</a>' if prev_ else "沒有了"} </li>
          <li>下一篇:{f'<a href="{next_["path"]}">{E(next_["list_title"])}</a>' if next_ else "沒有了"} </li>
        </ul>
      </div>
      <div class="boxoff"><strong>------分隔線----------------------------</strong></div>
      <div class="handle">
        <div class="digg"><a onclick="javascript:postDigg('good',{12345 + i})">頂一下</a> <a onclick="javascript:postDigg('bad',{12345 + i})">踩一下</a></div>
      </div>
    </div>
    <div class="xiangguan">
      <dl class="tbox"><dt><strong>相關文章</strong></dt>
        <dd><ul class="c1 ico2">
""" + "".join(f'          <li><a href="{o["path"]}">{E(o["list_title"])}</a></li>\n' for o in others) + """        </ul></dd>
      </dl>
    </div>
    <div class="feedback">
      <form action="/plus/feedback_ajax.php" method="post" name="feedback"><textarea name="msg" cols="60" rows="5"></textarea><input type="submit" value="發表評論" /></form>
    </div>
  </div>
""" + sidebar() + "</div>\n" + MR_FOOTER
        site.put(s.get("file") or s["path"], page)
        author = s["author"]
        expected.append(dict(
            path=s["path"], title=None,
            text="\n".join(PINYIN_RE.sub("", p) for p in s["page_paras"]),
            author=author, outlet=s["outlet"],
            published_at=iso_cn(s["date"]) if s["date"] else None, lang="zh"))

    # list pages (DedeCMS list_12_N.html)
    fmt = lambda k: "/html/shehui/" if k == 0 else f"/html/shehui/list_12_{k + 1}.html"  # noqa: E731
    chunks = [[s] for s in stories]
    for k, ch in enumerate(chunks):
        pages = ['<li><a href="/html/shehui/">首頁</a></li>']
        if k > 0:
            pages.append(f'<li><a href="{fmt(k - 1)}">上一頁</a></li>')
        for j in range(len(chunks)):
            pages.append(f'<li class="thisclass">{j + 1}</li>' if j == k else f'<li><a href="{fmt(j)}">{j + 1}</a></li>')
        if k + 1 < len(chunks):
            pages.append(f'<li><a href="{fmt(k + 1)}">下一頁</a></li>')
        pages.append(f'<li><a href="{fmt(len(chunks) - 1)}">末頁</a></li>')
        pages.append(f'<li><span class="pageinfo">共 <strong>{len(chunks)}</strong>頁<strong>{len(stories)}</strong>條</span></li>')
        items = "\n".join(f"""        <li>
          <a href="{s['path']}" class="title">{E(s['list_title'])}</a>
          <span class="info"><small>日期:</small>{(s['date'] or '2021-09-20')[:10]} <small>點擊:</small>{137 * (j + 3)} <small>好評:</small>0</span>
          <p class="intro">{E(PINYIN_RE.sub('', s['page_paras'][0])[:60])}...</p>
        </li>""" for j, s in enumerate(ch))
        mk = "\n        <!--newsweb:links-->" if k == 0 else ""
        page = mr_head(f"社會新聞_{SPAM_TITLES[3]}").replace('<body class="articleview">', '<body class="articlelist">') + f"""<div class="w960 center clear mt1">
  <div class="pleft">
    <div class="place"><strong>當前位置:</strong> <a href="/">主頁</a> &gt; <a href="/html/shehui/">社會新聞</a> &gt;</div>
    <div class="listbox">
      <ul class="e2">{mk}
{items}
      </ul>
    </div>
    <div class="dede_pages"><ul class="pagelist">{"".join(pages)}</ul></div>
  </div>
""" + sidebar() + "</div>\n" + MR_FOOTER
        site.put(fmt(k), page)
    for slug, name in MR_COLUMNS[1:]:
        items = "\n".join(f'        <li><a href="{s["path"]}" class="title">{E(s["list_title"])}</a></li>' for s in stories)
        site.put(f"/html/{slug}/", mr_head(f"{name}_{SPAM_TITLES[2]}") + f"""<div class="w960 center clear mt1">
  <div class="pleft">
    <div class="place"><strong>當前位置:</strong> <a href="/">主頁</a> &gt; <a href="/html/{slug}/">{name}</a> &gt;</div>
    <div class="listbox"><ul class="e2">
{items}
    </ul></div>
    <div class="dede_pages"><ul class="pagelist"><li class="thisclass">1</li><li><span class="pageinfo">共 <strong>1</strong>頁<strong>{len(stories)}</strong>條</span></li></ul></div>
  </div>
""" + sidebar() + "</div>\n" + MR_FOOTER)
    all_tags = sorted({t for s in stories for t in s["tags"]})
    site.put("/tags.html", mr_head(f"TAG標籤_{SPAM_TITLES[1]}") + """<div class="w960 center clear mt1">
  <div class="pleft"><div class="place"><strong>當前位置:</strong> <a href="/">主頁</a> &gt; TAG標籤</div>
  <div class="tagbox"><ul>
""" + "".join(f'    <li><a href="/tags.php?/{quote(t)}/">{E(t)}</a></li>\n' for t in all_tags) + """  </ul></div>
  <div class="listbox"><ul class="e2">
""" + "".join(f'    <li><a href="{s["path"]}">{E(s["list_title"])}</a></li>\n' for s in stories) + """  </ul></div></div>
</div>
""" + MR_FOOTER)
    site.put("/html/about/", mr_head("關於我們_珠海生活網") + """<div class="w960 center clear mt1"><div class="pleft">
<h2>關於我們</h2><p>珠海生活網是珠海本地生活資訊門戶,內容來源於網絡,如有侵權請聯系刪除。</p>
<p>聯系電話:13560388882 客服QQ:2319408468</p></div></div>
""" + MR_FOOTER)
    # home page
    blocks = ""
    for slug, name in MR_COLUMNS:
        blocks += f"""    <div class="listbox"><dl class="tbox"><dt><strong><a href="/html/{slug}/">{name}</a></strong><span class="more"><a href="/html/{slug}/">更多</a></span></dt>
      <dd><ul class="d1 ico3">
""" + "".join(f'        <li><span>{(s["date"] or "2021-09-20")[5:10]}</span><a href="{s["path"]}">{E(s["list_title"])}</a></li>\n' for s in stories) + """      </ul></dd></dl></div>
"""
    tagcloud = " ".join(f'<a href="/tags.php?/{quote(t)}/">{E(t)}</a>' for t in all_tags)
    home = mr_head(SPAM_TITLES[0] + "_珠海生活網").replace('<body class="articleview">', '<body>') + f"""<div class="w960 center clear mt1">
  <div class="pleft">
    <div class="focus"><a href="{stories[0]['path']}"><img src="/uploads/allimg/210916/1-210916100521.jpg" alt="" /></a></div>
    <div class="listbox"><dl class="tbox"><dt><strong>最新文章</strong></dt><dd><ul class="d1 ico3">
        <!--newsweb:links-->
""" + "".join(f'        <li><a href="{s["path"]}">{E(s["list_title"])}</a></li>\n' for s in stories) + f"""    </ul></dd></dl></div>
{blocks}    <div class="tagcloud">熱門標籤:{tagcloud}</div>
    <div class="flink"><strong>友情鏈接:</strong> <a href="{{{{BASE:fzrb}}}}/">法治網</a> <a href="javascript:;">珠海旅遊網</a> <a href="javascript:;">澳門賭場網址</a> <a href="javascript:;">六合彩開獎結果</a> <a href="javascript:;">北京賽車pk10</a></div>
  </div>
""" + sidebar() + "</div>\n" + MR_FOOTER
    site.put("/index.html", home)
    site.put("/404.html", mr_head("404 Not Found") + """<div class="w960 center"><h2>對不起,您訪問的頁面不存在!</h2><p><a href="/">返回首頁</a></p></div>
""" + MR_FOOTER)
    site.put("/html/2021/0916/broken.html.raw",
             mr_head(SPAM_TITLES[2]).encode("gbk") + "<div class=\"content\"><p>".encode("gbk")
             + "全國電信網絡詐騙案件".encode("gbk") + b"\xff\xfe\x81" + "立案數連續".encode()
             + b"</p></div>\n</body></html>\n")
    site.put("site.json", json.dumps({
        "title": "珠海生活網", "lang": "zh", "encoding": "gbk", "charset_label": "gb2312",
        "content_types": {".html": "text/html"},
        "routes": {"/plus/view.php?aid=12402": "plus/view_12402.html", "/tags.php": "tags.html"},
        "link_pages": ["/", "/html/shehui/"],
        "link_template": '<li><a href="{href}">{text}</a></li>',
        "last_modified": {"default": "2022-03-10T14:22:07+08:00",
                          "/html/2021/0916/12345.html": "2021-09-16T10:05:21+08:00"},
    }, ensure_ascii=False, indent=2) + "\n")
    return dict(site=site, articles=expected, feeds=[], sitemaps=[], robots=None, robots_disallowed=[],
                binary=[], extra_endpoints={"broken": ["/html/2021/0916/broken.html"]})


# =========================================================================== tw165
TW_TAG_SLUG = {}


def tw_tag_url(t: str) -> str:
    return "/tag/" + quote(t)


def tw_head(title, extra="", desc="165反詐騙新聞網，提供最新詐騙手法與防詐資訊。"):
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)}</title>
<meta name="description" content="{E(desc)}">
{extra}<link rel="alternate" type="application/atom+xml" title="165反詐騙新聞網" href="{{{{BASE}}}}/atom.xml">
<link rel="stylesheet" href="/assets/css/main.css?v=20240301">
</head>
<body>
<div id="fb-root"></div>
<header class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="/assets/img/logo.png" alt="165反詐騙新聞網"></a>
    <nav class="main-nav">
      <ul>
        <li><a href="/">首頁</a></li>
        <li><a href="/news/list">最新消息</a></li>
        <li><a href="{tw_tag_url('假投資')}">假投資</a></li>
        <li><a href="{tw_tag_url('解除分期付款')}">解除分期</a></li>
        <li><a href="{tw_tag_url('假網拍')}">假網拍</a></li>
        <li><a href="{tw_tag_url('猜猜我是誰')}">猜猜我是誰</a></li>
        <li><a href="/about.html">關於我們</a></li>
      </ul>
    </nav>
    <div class="member"><a href="/member/login.html">會員登入</a> | <a href="/member/register.html">註冊</a></div>
  </div>
</header>
"""


TW_FOOTER = """<footer class="site-footer">
  <div class="container">
    <ul class="footer-links"><li><a href="/about.html">關於我們</a></li><li><a href="/about.html#privacy">隱私權政策</a></li><li><a href="/about.html#contact">聯絡我們</a></li><li><a href="/atom.xml">RSS訂閱</a></li></ul>
    <p>反詐騙諮詢專線：165　地址：臺北市中正區忠孝東路一段1號　服務電話：(02)2345-6789</p>
    <p>Copyright &copy; 2024 165反詐騙新聞網 版權所有，轉載請註明出處</p>
  </div>
</footer>
<script src="/assets/js/main.js"></script>
</body>
</html>
"""


def build_tw165() -> dict:
    site = Site("tw165", "cp950")
    arts = sorted(C.TW165, key=lambda a: a["dt"], reverse=True)
    expected = []

    def side():
        return """  <aside class="sidebar">
    <section class="widget hot-news"><h3>熱門新聞</h3><ol>
""" + "".join(f'      <li><a href="{b["path"]}">{E(b["title"])}</a></li>\n' for b in sorted(arts, key=lambda b: b["path"])) + """    </ol></section>
    <section class="widget banner"><a href="javascript:;"><img src="/assets/img/165_banner.png" alt="165全民防騙"></a></section>
    <section class="widget tags"><h3>熱門標籤</h3><p>
""" + " ".join(f'<a href="{tw_tag_url(t)}">#{E(t)}</a>' for t in sorted({t for b in arts for t in b["tags"]})) + """
    </p></section>
  </aside>
"""

    for _i, a in enumerate(arts):
        body = "\n".join(f"      <p>{E(p)}</p>" for p in a["paras"])
        rel = [b for b in arts if b is not a][:3]
        extra = f"""<meta property="og:type" content="article">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:url" content="{{{{BASE}}}}{a['path']}">
<meta property="og:description" content="{E(a['summary'])}">
<meta property="og:site_name" content="165反詐騙新聞網">
<meta property="article:published_time" content="{a['dt']}">
<link rel="canonical" href="{{{{BASE}}}}{a['path']}">
"""
        page = tw_head(f"{a['title']} | 165反詐騙新聞網", extra, a["summary"]) + f"""<main class="container">
  <div class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/news/list">最新消息</a> &gt; <span>{E(a['tags'][0])}</span></div>
  <article class="news-article">
    <header>
      <h1>{E(a['title'])}</h1>
      <div class="meta"><span class="reporter">{E(a['byline'])}</span> <time datetime="{a['dt']}">{a['shown']}</time></div>
      <div class="share"><a href="javascript:;" class="line">LINE分享</a> <a href="javascript:;" class="fb">臉書分享</a> <a href="javascript:;" class="copy">複製連結</a></div>
    </header>
    <div class="article-body">
{body}
    </div>
    <div class="article-tags">標籤：{" ".join(f'<a href="{tw_tag_url(t)}">{E(t)}</a>' for t in a["tags"])}</div>
    <div class="article-note">※165反詐騙諮詢專線提醒您：接到可疑電話請先掛斷查證。</div>
    <section class="related"><h3>延伸閱讀</h3><ul>
""" + "".join(f'      <li><a href="{b["path"]}">{E(b["title"])}</a></li>\n' for b in rel) + """    </ul></section>
    <section class="comments"><h3>留言</h3><div class="fb-comments" data-width="100%" data-numposts="5"></div></section>
  </article>
""" + side() + "</main>\n" + TW_FOOTER
        site.put(a["path"], page)
        expected.append(dict(path=a["path"], title=a["title"], text="\n".join(a["paras"]), author=a["author"],
                             outlet="165反詐騙新聞網", published_at=a["dt"], lang="zh"))

    def card(b):
        return f"""      <li class="news-card">
        <a href="{b['path']}"><img src="/assets/img/thumb.png" alt=""></a>
        <h3><a href="{b['path']}">{E(b['title'])}</a></h3>
        <p>{E(b['summary'])}</p>
        <time datetime="{b['dt']}">{b['shown'][:10]}</time>
      </li>"""

    def listing(title, crumb, items, pager="", marker=False):
        mk = "\n      <!--newsweb:links-->" if marker else ""
        return tw_head(f"{title} | 165反詐騙新聞網") + f"""<main class="container">
  <div class="breadcrumb"><a href="/">首頁</a> &gt; <span>{E(crumb)}</span></div>
  <section class="news-list"><h2>{E(title)}</h2>
    <ul>{mk}
{chr(10).join(card(b) for b in items)}
    </ul>
    {pager}
  </section>
""" + side() + "</main>\n" + TW_FOOTER

    per = 2
    chunks = [arts[i:i + per] for i in range(0, len(arts), per)]
    for k, ch in enumerate(chunks):
        links = []
        if k > 0:
            links.append(f'<a class="prev" href="/news/list?page={k}">&laquo; 上一頁</a>')
        for j in range(len(chunks)):
            links.append(f'<span class="current">{j + 1}</span>' if j == k else f'<a href="/news/list?page={j + 1}">{j + 1}</a>')
        if k + 1 < len(chunks):
            links.append(f'<a class="next" href="/news/list?page={k + 2}">下一頁 &raquo;</a>')
        site.put(f"/news/list_{k + 1}.html", listing("最新消息", "最新消息", ch, f'<nav class="pager">{" ".join(links)}</nav>', marker=(k == 0)))
    tags = sorted({t for b in arts for t in b["tags"]})
    tag_routes = {}
    for n, t in enumerate(tags, 1):
        fname = f"tag/t{n}.html"
        tag_routes["/tag/" + t] = fname
        site.put(fname, listing(f"#{t}", f"標籤：{t}", [b for b in arts if t in b["tags"]]))
    site.put("/about.html", tw_head("關於我們 | 165反詐騙新聞網") + """<main class="container"><article class="page">
<h1>關於我們</h1><p>165反詐騙新聞網彙整各地警方發布的最新詐騙案例與防詐宣導。</p>
<h2 id="privacy">隱私權政策</h2><p>本站不會蒐集您的個人資料。</p>
<h2 id="contact">聯絡我們</h2><p>服務電話：(02)2345-6789　電子信箱：service@example.tw</p>
</article></main>
""" + TW_FOOTER)
    site.put("/member/login.html", tw_head("會員登入") + "<main><form method=\"post\" action=\"/member/login.do\"><input name=\"id\"><input name=\"pw\" type=\"password\"></form></main>\n" + TW_FOOTER)
    site.put("/member/register.html", tw_head("會員註冊") + "<main><p>註冊功能維護中</p></main>\n" + TW_FOOTER)
    top = arts[0]
    home = tw_head("165反詐騙新聞網 - 全民防騙 從你我做起") + f"""<main class="container home">
  <section class="headline">
    <a href="{top['path']}"><img src="/assets/img/headline.png" alt=""></a>
    <h2><a href="{top['path']}">{E(top['title'])}</a></h2>
    <p>{E(top['summary'])}</p>
  </section>
  <section class="news-list latest"><h2>最新消息 <a class="more" href="/news/list">看更多</a></h2>
    <ul>
      <!--newsweb:links-->
{chr(10).join(card(b) for b in arts)}
    </ul>
    <nav class="pager"><a href="/news/list?page=2">下一頁 &raquo;</a></nav>
  </section>
  <section class="topics"><h2>詐騙手法專區</h2><ul>
""" + "".join(f'    <li><a href="{tw_tag_url(t)}">{E(t)}</a></li>\n' for t in tags) + """  </ul></section>
  <section class="picks"><h2>編輯精選</h2><ul>
""" + "".join(f'    <li><a href="{b["path"]}">{E(b["title"])}</a></li>\n' for b in sorted(arts, key=lambda b: b["path"])) + """  </ul></section>
  <section class="keywords"><h2>熱門關鍵字</h2><p>
""" + " ".join(f'<a href="{tw_tag_url(t)}">{E(t)}</a>' for t in tags) + """
  </p></section>
  <section class="friend-links"><h2>相關連結</h2><a href="{{BASE:fzrb}}/">法治網</a> <a href="{{BASE:alerts}}/">Consumer Alerts</a></section>
""" + side() + "</main>\n" + TW_FOOTER
    site.put("/index.html", home)
    site.put("/404.html", tw_head("找不到網頁 | 165反詐騙新聞網") + """<main class="container"><h1>404 找不到您要的網頁</h1><p>網頁可能已被移除或網址輸入錯誤。<a href="/">回首頁</a></p></main>
""" + TW_FOOTER)
    entries = "\n".join(f"""  <entry>
    <title>{E(b['title'], quote=False)}</title>
    <link rel="alternate" type="text/html" href="{{{{BASE}}}}{b['path']}"/>
    <id>tag:165news.example.tw,2024:{b['path'].rsplit('/', 1)[-1][:-5]}</id>
    <published>{b['dt']}</published>
    <updated>{b['dt']}</updated>
    <author><name>{E(b['author'])}</name></author>
    <summary>{E(b['summary'], quote=False)}</summary>
  </entry>""" for b in arts)
    site.put("/atom.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-TW">
  <title>165反詐騙新聞網</title>
  <subtitle>最新詐騙手法與防詐資訊</subtitle>
  <link rel="alternate" type="text/html" href="{{{{BASE}}}}/"/>
  <link rel="self" type="application/atom+xml" href="{{{{BASE}}}}/atom.xml"/>
  <id>tag:165news.example.tw,2024:feed</id>
  <updated>{top['dt']}</updated>
  <!--newsweb:items-->
{entries}
</feed>
""")
    site.put("/robots.txt", """User-agent: *
Disallow: /member/
Disallow: /api/
""")
    lm = {"default": top["dt"]}
    for b in arts:
        lm[b["path"]] = b["dt"]
    routes = {"/news/list": "news/list_1.html"}
    for k in range(len(chunks)):
        routes[f"/news/list?page={k + 1}"] = f"news/list_{k + 1}.html"
    routes.update(tag_routes)
    site.put("site.json", json.dumps({
        "title": "165反詐騙新聞網", "lang": "zh-TW", "encoding": "cp950", "charset_label": "big5",
        "content_types": {".html": "text/html; charset=big5"},
        "routes": routes,
        "overrides": {"/atom.xml": {"encoding": "utf-8", "content_type": "application/atom+xml; charset=utf-8"}},
        "feeds": {"/atom.xml": "atom"},
        "link_pages": ["/", "/news/list"],
        "link_template": '<li class="news-card"><h3><a href="{href}">{text}</a></h3><time>{date}</time></li>',
        "last_modified": lm,
    }, ensure_ascii=False, indent=2) + "\n")
    return dict(site=site, articles=expected, feeds=["/atom.xml"], sitemaps=[], robots="/robots.txt",
                robots_disallowed=["/member/login.html", "/member/register.html"], binary=[], extra_endpoints={})


# =========================================================================== alerts
AL_NAV = [("/", "Home"), ("/category/scams/", "Scams"), ("/category/identity-theft/", "Identity Theft"),
          ("/tag/phishing/", "Phishing"), ("/about/", "About")]


def slug_author(name: str) -> str:
    return name.lower().replace(" ", "-")


def al_head(title, extra="", body_class="home"):
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)}</title>
<link rel="alternate" type="application/rss+xml" title="Consumer Alerts &raquo; Feed" href="{{{{BASE}}}}/feed/">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3" media="all">
<link rel="stylesheet" id="alerts-style-css" href="/wp-content/themes/alerts/style.css?ver=1.2.0" media="all">
<link rel="https://api.w.org/" href="{{{{BASE}}}}/wp-json/">
<meta name="generator" content="WordPress 6.4.3">
{extra}</head>
<body class="{body_class} wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden">
  <div class="cookie-notice-container"><span id="cn-notice-text">We use cookies to understand how you use our site and to improve your experience. By continuing to use this site, you accept our use of cookies.</span>
  <a href="javascript:;" id="cn-accept-cookie" class="cn-button">Accept</a> <a href="/about/#privacy" class="cn-more-info">Privacy policy</a></div>
</div>
<header id="masthead" class="site-header">
  <div class="site-branding"><p class="site-title"><a href="/" rel="home">Consumer Alerts</a></p><p class="site-description">Scam warnings and money tips from consumer protection staff</p></div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
""" + "".join(f'    <li class="menu-item"><a href="{h}">{t}</a></li>\n' for h, t in AL_NAV) + """    <li class="menu-item"><a href="/wp-admin/">Log in</a></li>
  </ul></nav>
  <form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label><input type="submit" class="search-submit" value="Search"></form>
</header>
<div id="content" class="site-content">
"""


def al_sidebar(arts):
    return """<aside id="secondary" class="widget-area">
  <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Alerts</h2><ul>
""" + "".join(f'    <li><a href="{b["path"]}">{E(b["title"])}</a></li>\n' for b in arts) + """  </ul></section>
  <section class="widget newsletter"><h2 class="widget-title">Get Consumer Alerts by email</h2>
    <form action="/subscribe" method="post"><input type="email" name="email" placeholder="Your email address"><button type="submit">Subscribe</button></form>
    <p class="small">We never share your address. Unsubscribe at any time.</p></section>
  <section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>
    <li class="cat-item"><a href="/category/scams/">Scams</a> (4)</li>
    <li class="cat-item"><a href="/category/identity-theft/">Identity Theft</a> (2)</li>
  </ul></section>
  <section class="widget widget_tag_cloud"><h2 class="widget-title">Tags</h2><div class="tagcloud">
""" + " ".join(f'<a href="/tag/{t}/" class="tag-cloud-link">{n}</a>' for t, n in sorted({(t, n) for b in arts for t, n in zip(b["tags"], b["tag_names"], strict=False)})) + """
  </div></section>
  <section class="widget most-read"><h2 class="widget-title">Most Read</h2><ol>
""" + "".join(f'    <li><a href="{b["path"]}">{E(b["title"])}</a></li>\n' for b in sorted(arts, key=lambda b: b["path"])) + """  </ol></section>
  <section class="widget ad"><div class="ad-slot" data-ad="sidebar-300x250">Advertisement</div></section>
</aside>
"""


AL_FOOTER = """</div><!-- #content -->
<footer id="colophon" class="site-footer">
  <nav class="footer-topics"><h2>Topics</h2><a href="/category/scams/">Scams</a> <a href="/category/identity-theft/">Identity Theft</a> <a href="/tag/phishing/">Phishing</a> <a href="/tag/text-messages/">Text Messages</a> <a href="/tag/romance-scams/">Romance Scams</a> <a href="/tag/online-dating/">Online Dating</a> <a href="/tag/investment-scams/">Investment Scams</a> <a href="/tag/cryptocurrency/">Cryptocurrency</a></nav>
  <nav class="footer-nav"><a href="/about/">About</a> | <a href="/about/#privacy">Privacy Policy</a> | <a href="/about/#contact">Contact</a> | <a href="/feed/">RSS</a> | <a href="mailto:alerts@example.org">alerts@example.org</a></nav>
  <p class="site-info">&copy; 2024 Consumer Alerts. All rights reserved. Report fraud: <a href="tel:+18773824357">1-877-382-4357</a></p>
</footer>
<script src="/wp-content/themes/alerts/js/navigation.js?ver=1.2.0" id="alerts-navigation-js"></script>
</body>
</html>
"""


def build_alerts() -> dict:
    site = Site("alerts", "utf-8")
    arts = sorted(C.ALERTS, key=lambda a: a["dt"], reverse=True)
    expected = []

    def summary_card(b):
        return f"""  <article class="post type-post status-publish format-standard hentry category-scams">
    <header class="entry-header"><h2 class="entry-title"><a href="{b['path']}" rel="bookmark">{E(b['title'])}</a></h2>
    <div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{b['dt']}">{b['shown']}</time></span> <span class="byline">by <a href="/author/{slug_author(b['author'])}/">{E(b['author'])}</a></span></div></header>
    <div class="entry-summary"><p>{E(b['summary'])} <a class="more-link" href="{b['path']}">Read more<span class="screen-reader-text"> &ldquo;{E(b['title'])}&rdquo;</span></a></p></div>
  </article>"""

    for a in arts:
        jsonld = json.dumps({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
            "datePublished": a["dt"], "dateModified": a["dt"],
            "author": {"@type": "Person", "name": a["author"], "url": "{{{{BASE}}}}/author/{}/".format(slug_author(a["author"]))},
            "publisher": {"@type": "Organization", "name": "Consumer Alerts",
                          "logo": {"@type": "ImageObject", "url": "{{BASE}}/wp-content/uploads/logo.png"}},
            "mainEntityOfPage": "{{BASE}}" + a["path"], "description": a["summary"],
        }, ensure_ascii=False, indent=1)
        extra = f"""<link rel="canonical" href="{{{{BASE}}}}{a['path']}">
<meta name="description" content="{E(a['summary'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:url" content="{{{{BASE}}}}{a['path']}">
<meta property="article:published_time" content="{a['dt']}">
<meta name="author" content="{E(a['author'])}">
<script type="application/ld+json">
{jsonld}
</script>
"""
        parts, in_list = [], False
        for i, p in enumerate(a["paras"]):
            if is_li(p) and not in_list:
                parts.append('<ul class="wp-block-list">')
                in_list = True
            if not is_li(p) and in_list:
                parts.append("</ul>")
                in_list = False
            parts.append(f"<li>{E(plain(p))}</li>" if is_li(p) else f"<p>{E(p)}</p>")
            if i == 1 and a.get("image"):
                parts.append(f'<figure class="wp-block-image size-large"><a href="{a["image"][0]}"><img src="{a["image"][0]}" alt="" width="640" height="400"></a><figcaption class="wp-element-caption">{E(a["image"][1])}</figcaption></figure>')
        if in_list:
            parts.append("</ul>")
        rel = [b for b in arts if b is not a][:3]
        tag_links = ", ".join(f'<a href="/tag/{t}/" rel="tag">{n}</a>' for t, n in zip(a["tags"], a["tag_names"], strict=False))
        page = al_head(f"{a['title']} | Consumer Alerts", extra, "post-template-default single single-post") + f"""<main id="primary" class="site-main">
<nav class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/category/scams/">Scams</a> &raquo; <span class="current">{E(a['title'])}</span></nav>
<article id="post-{zlib.crc32(a['path'].encode()) % 9000 + 1000}" class="post type-post status-publish hentry category-scams">
  <header class="entry-header">
    <h1 class="entry-title">{E(a['title'])}</h1>
    <div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/{slug_author(a['author'])}/">{E(a['author'])}</a></span></span> <span class="sep">|</span> <span class="posted-on"><time class="entry-date published" datetime="{a['dt']}">{a['shown']}</time></span></div>
    <div class="share-buttons"><span>Share:</span> <a href="javascript:;" class="share-facebook">Facebook</a> <a href="javascript:;" class="share-x">X</a> <a href="javascript:;" class="share-linkedin">LinkedIn</a> <a href="mailto:?subject={quote(a['title'])}" class="share-email">Email</a></div>
  </header>
  <div class="entry-content">
{chr(10).join("    " + x for x in parts)}
  </div>
  <footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/scams/" rel="category tag">Scams</a></span> <span class="tags-links">Tagged {tag_links}</span></footer>
</article>
<div class="author-box"><h2>About the author</h2><p><a href="/author/{slug_author(a['author'])}/">{E(a['author'])}</a> is a consumer education specialist.</p></div>
<section class="related-posts"><h2>Related posts</h2><ul>
""" + "".join(f'  <li><a href="{b["path"]}">{E(b["title"])}</a> <time datetime="{b["dt"]}">{b["shown"]}</time></li>\n' for b in rel) + f"""</ul></section>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on &ldquo;{E(a['title'])}&rdquo;</h2>
<ol class="comment-list">
  <li class="comment"><footer class="comment-meta"><b class="fn">Linda K.</b> <time datetime="{a['dt']}">{a['shown']}</time></footer><div class="comment-content"><p>I got one of these last week. Thanks for the warning!</p></div></li>
  <li class="comment"><footer class="comment-meta"><b class="fn">Robert</b> <time datetime="{a['dt']}">{a['shown']}</time></footer><div class="comment-content"><p>Sharing this with my parents.</p></div></li>
</ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p><textarea id="comment" name="comment" cols="45" rows="8"></textarea><input name="author" type="text"><input name="email" type="email"><input name="submit" type="submit" value="Post Comment"></form></div>
</div>
</main>
""" + al_sidebar(arts) + AL_FOOTER
        site.put(a["path"], page)
        expected.append(dict(path=a["path"], title=a["title"], text="\n".join(plain(p) for p in a["paras"]),
                             author=a["author"], outlet="Consumer Alerts", published_at=a["dt"], lang="en"))

    def archive(title, items, pager="", marker=False, body_class="archive category"):
        mk = "\n<!--newsweb:links-->" if marker else ""
        return al_head(f"{title} | Consumer Alerts", "", body_class) + f"""<main id="primary" class="site-main">
<header class="page-header"><h1 class="page-title">{E(title)}</h1></header>{mk}
{chr(10).join(summary_card(b) for b in items)}
{pager}
</main>
""" + al_sidebar(arts) + AL_FOOTER

    site.put("/category/scams/", archive("Category: Scams", arts[:3],
                                         '<nav class="navigation pagination"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span> <a class="page-numbers" href="/category/scams/page/2/">2</a> <a class="next page-numbers" href="/category/scams/page/2/">Next &raquo;</a></div></nav>'))
    site.put("/category/scams/page/2/", archive("Category: Scams", arts[3:],
                                                '<nav class="navigation pagination"><div class="nav-links"><a class="prev page-numbers" href="/category/scams/">&laquo; Previous</a> <a class="page-numbers" href="/category/scams/">1</a> <span aria-current="page" class="page-numbers current">2</span></div></nav>'))
    site.put("/category/identity-theft/", archive("Category: Identity Theft", [b for b in arts if "phishing" in b["tags"]]))
    for t, n in sorted({(t, n) for b in arts for t, n in zip(b["tags"], b["tag_names"], strict=False)}):
        site.put(f"/tag/{t}/", archive(f"Tag: {n}", [b for b in arts if t in b["tags"]], body_class="archive tag"))
    for au in sorted({b["author"] for b in arts}):
        site.put(f"/author/{slug_author(au)}/", archive(f"Author: {au}", [b for b in arts if b["author"] == au], body_class="archive author"))
    site.put("/about/", al_head("About | Consumer Alerts", "", "page") + """<main id="primary" class="site-main"><article class="page"><h1 class="entry-title">About</h1>
<div class="entry-content"><p>Consumer Alerts publishes short warnings about scams and tips to protect your money.</p>
<h2 id="privacy">Privacy Policy</h2><p>We collect minimal analytics data.</p>
<h2 id="contact">Contact</h2><p>Email alerts@example.org.</p></div></article></main>
""" + al_sidebar(arts) + AL_FOOTER)
    site.put("/", archive("Latest consumer alerts", arts,
                          '<nav class="navigation posts-navigation"><div class="nav-links"><div class="nav-previous"><a href="/category/scams/page/2/">Older posts</a></div></div></nav>',
                          marker=True, body_class="home blog"))
    site.put("/404.html", al_head("Page not found | Consumer Alerts", "", "error404") + """<main id="primary" class="site-main"><section class="error-404 not-found"><header class="page-header"><h1 class="page-title">Oops! That page can&rsquo;t be found.</h1></header>
<div class="page-content"><p>It looks like nothing was found at this location. Maybe try one of the links below or a search?</p></div></section></main>
""" + al_sidebar(arts) + AL_FOOTER)
    items = "\n".join(f"""    <item>
      <title>{E(b['title'], quote=False)}</title>
      <link>{{{{BASE}}}}{b['path']}</link>
      <dc:creator><![CDATA[{b['author']}]]></dc:creator>
      <pubDate>{rfc822(b['dt'])}</pubDate>
      <category><![CDATA[Scams]]></category>
      <guid isPermaLink="false">{{{{BASE}}}}/?p={zlib.crc32(b['path'].encode()) % 9000 + 1000}</guid>
      <description><![CDATA[{b['summary']}]]></description>
    </item>""" for b in arts)
    site.put("/feed/index.xml", f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Consumer Alerts</title>
    <atom:link href="{{{{BASE}}}}/feed/" rel="self" type="application/rss+xml" />
    <link>{{{{BASE}}}}/</link>
    <description>Scam warnings and money tips</description>
    <lastBuildDate>{rfc822(arts[0]['dt'])}</lastBuildDate>
    <language>en-US</language>
    <generator>https://wordpress.org/?v=6.4.3</generator>
    <!--newsweb:items-->
{items}
  </channel>
</rss>
""")
    urls = "\n".join(f"""  <url>
    <loc>{{{{BASE}}}}{b['path']}</loc>
    <lastmod>{b['dt']}</lastmod>
  </url>""" for b in arts)
    site.put("/sitemap.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="/wp-sitemap.xsl"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url>
    <loc>{{{{BASE}}}}/</loc>
    <lastmod>{arts[0]['dt']}</lastmod>
  </url>
  <!--newsweb:items-->
{urls}
</urlset>
""")
    site.put("/robots.txt", """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php

Sitemap: {{BASE}}/sitemap.xml
""")
    site.put("/wp-admin/index.html", al_head("Log In | Consumer Alerts") + "<main><p>Admin area (disallowed by robots.txt).</p></main>\n" + AL_FOOTER)
    site.put("/wp-content/uploads/2024/03/fake-delivery-text.png", png(80, 120, (30, 90, 200)))
    lm = {"default": arts[0]["dt"]}
    for b in arts:
        lm[b["path"]] = b["dt"]
    site.put("site.json", json.dumps({
        "title": "Consumer Alerts", "lang": "en", "encoding": "utf-8", "charset_label": "UTF-8",
        "routes": {"/feed/": "feed/index.xml"},
        "overrides": {"/feed/": {"content_type": "application/rss+xml; charset=UTF-8"}},
        "feeds": {"/feed/": "rss"}, "sitemaps": {"/sitemap.xml": "urlset"},
        "link_pages": ["/"],
        "link_template": '<article class="post"><h2 class="entry-title"><a href="{href}">{text}</a></h2><time>{date}</time></article>',
        "last_modified": lm,
    }, ensure_ascii=False, indent=2) + "\n")
    return dict(site=site, articles=expected, feeds=["/feed/"], sitemaps=["/sitemap.xml"], robots="/robots.txt",
                robots_disallowed=["/wp-admin/"], binary=["/wp-content/uploads/2024/03/fake-delivery-text.png"],
                extra_endpoints={})


# =========================================================================== main
def file_for(site: Site, cfg: dict, path: str) -> str | None:
    sp = urlsplit(path)
    from urllib.parse import unquote
    up = unquote(sp.path)
    routes = cfg.get("routes", {})
    if sp.query and f"{up}?{sp.query}" in routes:
        key = routes[f"{up}?{sp.query}"]
    elif up in routes:
        key = routes[up]
    else:
        key = (up + "index.html" if up.endswith("/") else up).lstrip("/")
    if key in site.files:
        return key
    if key + ".raw" in site.files:
        return key + ".raw"
    return None


def main() -> None:
    results = {}
    fz = build_fzrb()
    results["fzrb"] = fz
    results["mirror"] = build_mirror({a["path"]: a for a in C.FZRB})
    results["tw165"] = build_tw165()
    results["alerts"] = build_alerts()
    expected = {"_doc": (
        "Ground truth for tests/newsweb (generated by tools/build.py). text = body paragraphs in page "
        "order joined by \\n, page's own script, injected pinyin removed, mojibake kept; excludes headline, "
        "info line, standalone byline, editor line, captions, tags/related/share. author/outlet as written "
        "on the page. published_at: ISO 8601 with offset (+08:00 when the page gives none).")}
    if SITES.exists():
        for d in SITES.iterdir():
            if d.is_dir() and d.name not in results:
                shutil.rmtree(d)
    for name, r in results.items():
        site: Site = r["site"]
        cfg = json.loads(site.files["site.json"])
        site.write()
        article_paths = {a["path"] for a in r["articles"]}
        special = set(r["feeds"]) | set(r["sitemaps"]) | set(r["binary"]) | set(r["robots_disallowed"])
        links, dead = set(), set()
        for rel, data in site.files.items():
            if isinstance(data, str) and (rel.endswith(".html")) and not rel.startswith(("admin/", "member/", "wp-admin/")):
                if rel == "404.html":
                    continue
                for href in links_of("/" + rel, data):
                    links.add(href)
        non_articles = []
        for href in sorted(links):
            if href in article_paths or href in special:
                continue
            if any(href.startswith(p) for p in r["robots_disallowed"]):
                continue
            f = file_for(site, cfg, href)
            if f is None:
                dead.add(href)
            elif f.endswith((".html", ".htm")):
                non_articles.append(href)
        home = "/"
        if home in non_articles:
            non_articles.remove(home)
        non_articles.insert(0, home)
        expected[name] = {
            "base_title": cfg.get("title"),
            "encoding": cfg["encoding"],
            "declared_charset": {"fzrb": "utf-8", "mirror": "gb2312 (meta only, none in header)",
                                 "tw165": "big5", "alerts": "utf-8"}[name],
            "content_type": cfg.get("content_types", {}).get(".html", f"text/html; charset={cfg['charset_label']}"),
            "articles": r["articles"],
            "non_articles": non_articles,
            "feeds": r["feeds"],
            "sitemaps": r["sitemaps"],
            "robots": r["robots"],
            "robots_disallowed": r["robots_disallowed"],
            "binary": r["binary"],
            "dead_links": sorted(dead),
            **r["extra_endpoints"],
        }
        print(name, len(r["articles"]), "articles,", len(non_articles), "non-articles,", len(dead), "dead links")
    (ROOT / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
