"""Template lines that readability leaves inside the main block on Chinese CMS pages.

Lines are judged one by one (``Tags:``, ``作者:佚名 來源:不詳``, copyright, ICP, contact lines,
share/print/font-size widgets), and a standalone list heading near the end (相关文章, 栏目导航,
上一篇) cuts everything after it, because what follows is navigation, not the story.
"""

from __future__ import annotations

import re

_LINE_PATTERNS = [
    r"^(?:tags?|标签|標籤|关键词|關鍵詞|关键字|關鍵字)\s*[:：]",
    r"^(?:作者|作\s+者)\s*[:：]\s*(?:佚名|不详|不詳|未知|admin)\b.*",
    r"(?:版权所有|版權所有|copyright|©|\(c\)\s*\d{4}|all rights reserved)",
    r"(?:icp\s*[备備证證]|[京沪粤浙苏鲁川鄂湘闽豫冀晋辽吉黑皖赣桂琼渝贵云陕甘青宁新藏蒙津港澳台]icp|公网安备|公網安備|网安备|增值电信业务经营许可证|互联网新闻信息服务许可证)",
    r"^(?:联系电话|聯繫電話|联系我们|聯繫我們|客服qq|客服电话|客服電話|电子邮箱|電子郵箱|投稿邮箱|投稿信箱|联系方式|聯繫方式|举报电话|舉報電話|违法和不良信息举报)",
    r"(?:联系电话|聯繫電話|电话|電話)\s*[:：]?\s*[\d\-]{7,}.*(?:qq|邮箱|郵箱|e-?mail)",
    r"^(?:分享到|分享至|分享：|分享:|打印本页|打印本頁|【打印】|\[打印\]|关闭窗口|關閉窗口|【关闭】|收藏本页|收藏本站|字号|字號|【字号|【字體|字体[:：]|字體[:：]|【大 中 小】|\[大 中 小\]|返回顶部|返回頂部|返回首页|返回首頁|回到顶部|点击进入专题|點擊進入專題|进入专题|推荐给朋友|推薦給朋友|我要纠错|我要糾錯|发表评论|發表評論|查看评论|網友評論|网友评论|微信扫一扫|扫一扫|掃一掃|手机看新闻|手机浏览)",
    r"(?:大\s*中\s*小|【\s*大\s*】\s*【\s*中\s*】\s*【\s*小\s*】)\s*$",
    r"^(?:上一篇|下一篇|上一页|下一页|上一頁|下一頁|上一条|下一条|上一條|下一條|上篇|下篇)\s*[:：]?",
    r"^(?:关于我们|關於我們|联系我们|聯繫我們|免责声明|免責聲明|广告服务|廣告服務|网站地图|網站地圖|帮助中心|幫助中心|意见反馈|意見反饋|友情链接|友情鏈接)(?:\s*[|｜丨]\s*\S+){2,}",
    r"^(?:本文来源|本文來源|转载请注明|轉載請註明|未经授权|未經授權|本网站所刊载|凡本网注明|凡注明|免责声明|免責聲明)",
    r"^[（(]?(?:责任编辑|責任編輯|责编|責編)\s*[:：]",
    r"^(?:点击|點擊)(?:数|數|量|次数)?\s*[:：]\s*\d*",
    r"^(?:阅读|閱讀|浏览|瀏覽)(?:次数|數|数|量)?\s*[:：]\s*\d+",
    r"^(?:扫描二维码|掃描二維碼|长按二维码|關注我們|关注我们)",
    r"^(?:share|share this|print|email|tweet|facebook|twitter|linkedin|whatsapp)\s*$",
    r"^(?:来源|來源)\s*[:：]\s*(?:不详|不詳|本站|网络|網絡|未知|佚名)\s*$",
    r"^[【\[]?(?:字体|字體)\s*[:：]",
    r"^(?:您的位置|您当前的位置|你的位置|你现在的位置|您现在的位置|当前位置|所在位置|當前位置|您現在的位置|目前位置)\s*[:：]",
    r"^[（(]?(?:原标题|原標題)\s*[:：]",
    r"^[-=—]{3,}\s*(?:分隔线|分隔線)?\s*[-=—]*$",
    r"^(?:查看|回复|回覆)\s*[:：]\s*\d+",
    r"^(?:看更多|更多相关|更多相關)",
    r"^(?:视频|視頻)\s*[:：].{0,30}$",
    r"(?:视频加载中|視頻加載中|点击播放|點擊播放|您的浏览器不支持|您的瀏覽器不支援)",
    r"^.{0,12}(?:责任编辑|責任編輯)\s*[:：]\s*\S{0,12}\s*[】\]]?$",
]
_LINE_RE = re.compile("|".join(f"(?:{p})" for p in _LINE_PATTERNS), re.I)

# Headings after which the rest of the block is navigation / related lists.
_TAIL_RE = re.compile(
    r"^[►▶▲■●★◆>»\s]*[【\[]?\s*(?:相关文章|相關文章|相关阅读|相關閱讀|相关新闻|相關新聞|相关链接|相關鏈接|相关报道|相關報導|延伸阅读|延伸閱讀|"
    r"推荐阅读|推薦閱讀|热门推荐|熱門推薦|本类热门|本類熱門|本类推荐|本類推薦|栏目导航|欄目導航|猜你喜欢|猜你喜歡|"
    r"热点推荐|熱點推薦|最新文章|热门文章|熱門文章|精彩推荐|精彩推薦|更多精彩|今日推荐|图片新闻|圖片新聞|"
    r"网友评论|網友評論|发表评论|發表評論|相关推荐|相關推薦|热门评论|热门新闻|熱門新聞|更多新闻|更多新聞|"
    r"related articles|related stories|related news|read more|more from|you may also like|recommended)\s*[】\]]?\s*[:：]?\s*$",
    re.I,
)


# Footer statements: once one appears in the latter part of the block, the rest is page footer.
_FOOTER_RE = re.compile(
    r"(?:^(?:版权声明|版權聲明|免责声明|免責聲明|法律声明|法律聲明)|著作权法|著作權法|未经(?:书面)?(?:许可|授权).{0,20}(?:转载|使用|复制)|"
    r"未經(?:書面)?(?:許可|授權).{0,20}(?:轉載|使用|複製)|版权所有|版權所有|copyright|all rights reserved|icp\s*[备備证證]|"
    r"公网安备|公網安備|违法和不良信息举报|違法和不良信息舉報|国新网|互联网新闻信息服务许可)",
    re.I,
)


# Photo captions and credits printed as paragraphs under a picture.
_CAPTION_RE = re.compile(
    r"(?:(?:摄|攝|摄影|攝影|供图|供圖|资料图|資料圖|资料图片|資料圖片|翻摄|翻攝|图片来源[:：]\S+|圖片來源[:：]\S+|图片来源网络|圖片來源網路)"
    r"\s*[)）]?$|^(?:图为|圖為|图：|圖：|图/|圖／|▲|△)|^[（(]\s*(?:图|圖)(?:片)?\s*[/／:：])"
)


def is_caption(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= 80 and bool(_CAPTION_RE.search(s))


def is_footer_line(line: str) -> bool:
    return bool(_FOOTER_RE.search(line))


def is_boilerplate_line(line: str) -> bool:
    s = line.strip()
    if not s:
        return False
    if len(s) > 200:
        return False
    return bool(_LINE_RE.search(s))


def is_tail_heading(line: str) -> bool:
    return bool(_TAIL_RE.match(line.strip()))


def clean_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    """Return (kept lines, removed lines)."""
    kept: list[str] = []
    removed: list[str] = []
    total = sum(len(x) for x in lines) or 1
    seen = 0
    cut = False
    for line in lines:
        if cut:
            removed.append(line)
            continue
        if (is_tail_heading(line) or is_footer_line(line)) and seen > total * 0.5:
            cut = True
            removed.append(line)
            continue
        if is_boilerplate_line(line) or is_caption(line):
            removed.append(line)
        else:
            kept.append(line)
        seen += len(line)
    return kept, removed
