"""Reporter, outlet and editor from byline / info lines (``法治日报全媒体记者 董凡超``, ``来源：新华网``).

The reporter is the person who wrote the story; 责任编辑 (the duty editor) is kept separately,
and CMS placeholders (佚名, 不详, admin, ``[no-author]``) are never reported as anyone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

HAN = r"\u3400-\u9fff\uf900-\ufaff"
PLACEHOLDERS = {
    "佚名", "不详", "不詳", "未知", "unknown", "[no-author]", "no-author", "admin", "administrator", "匿名",
    "本站", "本网", "本網", "网络", "網絡", "网路", "網路", "互联网", "互聯網", "转载", "轉載", "原创", "原創",
    "管理员", "管理員", "编辑部", "小编", "佚名.", "none", "null", "anonymous", "staff", "未知来源", "网友",
    "网络整理", "网络转载", "综合", "綜合", "本站原创", "本站整理", "本文", "此文", "原文", "全文",
}

_OUTLET_WORDS = r"(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|报|報|网|網|社|台|电视台|電視台|频道|頻道|杂志|雜誌|周刊|週刊|新闻|新聞|客户端|客戶端)"
_REPORTER_ROLE = (
    r"(?:全媒体|全媒體|融媒体|融媒體|首席|特约|特約|见习|見習|实习|實習|驻\S{1,4}|駐\S{1,4}|特派|主任|资深|資深)?"
    r"(?:记者|記者)"
)
_TRIGGER = re.compile(
    r"(?P<pre>[《〈]?(?P<outlet>[" + HAN + r"A-Za-z]{2,14}?)[》〉]?(?:\s*[/／|｜]\s*)?)?(?P<role>" + _REPORTER_ROLE
    + r"|通讯员|通訊員|实习生|實習生|见习生|見習生|特约撰稿人|撰稿人|撰文|作者|文字|撰稿|文|By|BY|by)\s*(?:[:：/／|｜]\s*)?"
)
_NAME_STOP = re.compile(
    r"(报道|報導|報道|发自|發自|摄影|攝影|摄|攝|电|電|讯|訊|编译|編譯|整理|综合|綜合|采写|採寫|联合|聯合|制图|製圖|视频|視頻|供稿)$"
)
_SPLIT = re.compile(r"[\s、，,;；/／|｜&＆和及]+")
_EDITOR = re.compile(r"(?:责任编辑|責任編輯|责编|責編|编辑|編輯|主编|主編|值班编辑)\s*[:：]?\s*"
                     r"([" + HAN + r"A-Za-z·．. ]{2,20}(?:\s*[、，,]\s*[" + HAN + r"·]{2,6}){0,3})")
_SOURCE = re.compile(r"(?:来源|來源|来自|來自|出处|出處|稿源|新闻来源|新聞來源|消息来源|Source)\s*[:：]\s*"
                     r"([^\s|｜/／【】\[\]()（）]{2,30})", re.I)
_AUTHOR_LABEL = re.compile(r"(?:作者|作\s+者|撰文|文字|撰稿|执笔人|執筆人|执笔|執筆|发布者|發布者|发表者|發表者|发布人|發布人|楼主|樓主|博主|发帖人|Author)\s*[:：]\s*"
                           r"([^\s|｜【】\[\]()（）,，:：]{1,30}(?:\s+[" + HAN + r"]{2,4}(?![" + HAN + r"]*\s*[:：])){0,4})", re.I)
_LABEL_TAIL = re.compile(r"(来源|來源|编辑|編輯|责任|責任|时间|時間|发布|發布|日期|点击|點擊|浏览|瀏覽|阅读|閱讀|字号|字號|作者|审核|審核|"
                         r"举报|舉報|分享|收藏|评论|評論|参与互动|參與互動|打印).*$")
_BY_EN = re.compile(r"^\s*By\s+([A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3})*)")


_POSTED_BY = re.compile(r"^(?:作者\s*[:：]?\s*)?([^\s:：(（\[【]{2,20})\s*(?:发表于|發表於|发布于|發佈於|发表时间|posted\s+(?:on|at))", re.I)
# Blog post footers: "由海姑娘张贴 @ 2005-06-14 03:25", "由 张三 发表于 2005-06-14", "Posted by Jane Doe at 10:56".
_POSTED_BY_FOOTER = re.compile(r"^(?:由\s*([^\s:：@(（\[【]{2,20}?)\s*(?:张贴|張貼|发表|發表|发布|發佈|发帖|發帖|贴出|貼出)"
                               r"(?:于|於|在|时间|時間)?(?=\s*(?:@|[:：]|\d|$|\(|（|\|))"
                               r"|posted\s+by\s+([\w.'\-]+(?:\s+[\w.'\-]+){0,3}?)\s*(?:@|\bat\b|\bon\b|\||$))", re.I)
_BEFORE_SOURCE = re.compile(r"^[\[【(（]?\s*([" + HAN + r"]{2,4})\s*[\]】)）]?\s+(?:来源|來源)\s*[:：]")


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    editor: str | None = None
    labelled_outlet: bool = False  # the outlet comes from a 来源/稿源 label
    is_meta_line: bool = False  # the line is metadata (byline/info) rather than body text


_CMS_NAMES = re.compile(r"(discuz|comsenz|phpwind|dedecms|wordpress|joomla|drupal|phpcms|empirecms|帝国|织梦|"
                        r"powered|team\b|出版社|publishers?\b|期刊|百科|wiki|贡献者|contributors?)", re.I)


def clean_person(name: str) -> str | None:
    """Normalise one person name; None for placeholders, CMS/software credits and non-names."""
    n = name.strip(" \t:：·.,，。、()（）[]【】<>《》\"'“”")
    if re.fullmatch(r"[" + HAN + r"](?:\s+[" + HAN + r"]){1,2}", n):
        n = re.sub(r"\s+", "", n)  # names padded to a fixed width: "赵 培"
    if _CMS_NAMES.search(n):
        return None
    n = re.sub(r"^(?:本报|本報|本台|本刊|本网|本網)", "", n)
    if not n or n.lower() in PLACEHOLDERS or n in PLACEHOLDERS:
        return None
    if re.search(r"\d", n) or len(n) > 40:
        return None
    return n


def clean_outlet(name: str | None) -> str | None:
    if not name:
        return None
    n = name.strip(" \t:：·.,，。、()（）[]【】<>《》\"'“”")
    n = re.sub(r"(?:全媒体|全媒體|融媒体|融媒體)$", "", n)
    if re.search(r"[=<>{}\"]|https?:", n) or not re.search(r"[^\W\d_]", n):
        return None
    if not n or n.lower() in PLACEHOLDERS or n in PLACEHOLDERS or len(n) < 2:
        return None
    if n in ("本报", "本報", "本台", "本刊", "本网", "本網"):
        return None
    return n


def _split_names(rest: str) -> list[str]:
    """Names after a reporter trigger: 2–4 hanzi tokens, stopping at suffixes like 报道/摄."""
    rest = re.split(r"[)）】\]〕］」]|(?:\d)", rest, maxsplit=1)[0]
    rest = re.split(r"[／/]\s*[" + HAN + r"]{1,6}(?:报导|報導|报道|報道|电|電)", rest)[0]
    out: list[str] = []
    for tok in _SPLIT.split(rest):
        tok = tok.strip()
        if not tok:
            continue
        if re.fullmatch(r"(?:通讯员|通訊員|记者|記者|实习生|實習生|见习记者)", tok):
            continue
        tok = re.sub(r"^(?:通讯员|通訊員|实习生|實習生|本报记者|记者|記者)", "", tok)
        if out and _NAME_STOP.search(tok) and len(tok) > 3:
            break  # "彭冲 山东冠县报道": the place before 报道 is not a name
        tok2 = _NAME_STOP.sub("", tok)
        while tok2 != tok:
            tok = tok2
            tok2 = _NAME_STOP.sub("", tok)
        if re.fullmatch(r"[" + HAN + r"]{2,4}", tok) or re.fullmatch(r"[" + HAN + r"]{1,3}[·•][" + HAN + r"]{1,6}", tok):
            out.append(tok)
        elif re.fullmatch(r"[" + HAN + r"]{5,}", tok):
            break
        elif re.fullmatch(r"[A-Za-z][\w.'\-]*", tok) and out == []:
            continue
        else:
            break
        if len(out) >= 8:
            break
    return out


def parse_line(line: str) -> Byline:
    """Read reporter/outlet/editor from one line; mark short pure metadata lines."""
    b = Byline()
    s = line.strip()
    if not s:
        return b
    compact = len(s) <= 60
    m = _EDITOR.search(s)
    if m and (compact or m.start() > len(s) - 30):
        ed = _LABEL_TAIL.sub("", m.group(1)).strip()
        eds = [e for e in re.split(r"\s*[、，,]\s*", ed) if e]
        eds = [re.split(r"\s{1,}", e)[0] if re.match(r"[" + HAN + r"]", e) else e for e in eds]
        eds = [x for x in (clean_person(re.sub(r"_[A-Za-z]*\d+$", "", e)) for e in eds) if x]
        ed = " ".join(eds) if eds else None
        if ed and not s[max(0, m.start() - 2):m.start()].endswith(("责任", "責任")):
            b.editor = ed
        if compact and m.start() < 3:
            b.is_meta_line = True
    m = _SOURCE.search(s)
    if m and compact:
        src = _LABEL_TAIL.sub("", m.group(1))
        if looks_like_name(src) and not re.search(_OUTLET_WORDS + "$", src):
            b.authors.append(src)  # "来源: 尹娟": a person given as the source wrote the piece
        else:
            b.outlet = clean_outlet(src)
            b.labelled_outlet = b.outlet is not None
        b.is_meta_line = True
    m = _AUTHOR_LABEL.search(s)
    if m and compact:
        val = _LABEL_TAIL.sub("", m.group(1)).strip()
        val = re.split(r"[：:]", val)[0]
        if re.fullmatch(r"[" + HAN + r"](?:\s+[" + HAN + r"]){1,2}", val):
            val = re.sub(r"\s+", "", val)
        names = [n for n in (clean_person(x) for x in _SPLIT.split(val)) if n]
        b.authors.extend(names)
        b.is_meta_line = True
    if not b.authors and compact:
        m = _POSTED_BY_FOOTER.match(s) or _POSTED_BY.match(s) or _BEFORE_SOURCE.match(s)
        if m:
            p = clean_person(m.group(1) or m.group(2) or "")
            if p:
                b.authors.append(p)
                b.is_meta_line = True
    if not b.authors and compact:
        m = _BY_EN.match(s)
        if m:
            for part in re.split(r"\s*(?:,|\band\b|&)\s*", m.group(1)):
                p = clean_person(part)
                if p:
                    b.authors.append(p)
            b.is_meta_line = len(s) < 80
    if not b.authors and compact and re.search(r"(?:摄|攝|摄影|攝影|翻摄|翻攝)\s*[)）]?\s*$", s):
        b.is_meta_line = True  # photo credit under a picture: the photographer, not the writer
        return b
    if not b.authors:
        for m in _TRIGGER.finditer(s):
            role = m.group("role")
            if role in ("文", "By", "BY", "by", "作者", "文字", "撰文", "撰稿"):
                # "文/张三" needs the slash; 作者 handled above; By handled above.
                if role == "文" and not re.match(r"文\s*[/／|｜:：]", s[m.start("role"):]):
                    continue
                if role != "文":
                    continue
            in_paren = re.search(r"[（(【\[〔［「][^）)】\]〕］」]{0,25}$", s[:m.start("role")]) is not None
            sentence = len(s) > 25 and s.rstrip()[-1:] in "。！？!?；;"
            if (not compact or sentence) and not in_paren:
                continue  # a reporter mentioned in running text ("记者发现…") is not a byline
            rest = s[m.end():]
            names = _split_names(rest)
            if not names:
                continue
            # "本报记者 X" / "法治日报全媒体记者 X" / "《法治日报》记者 X"
            before = s[:m.start("role")]
            outlet = None
            if m.group("outlet") and re.search(_OUTLET_WORDS + r"$", m.group("outlet")):
                outlet = m.group("outlet")
                outlet = re.sub(r"^.*?(?:电|電|讯|訊)[（(]?", "", outlet) or outlet
            elif re.search(r"[《〈]([^》〉]{2,14})[》〉]\s*$", before):
                outlet = re.search(r"[《〈]([^》〉]{2,14})[》〉]\s*$", before).group(1)  # type: ignore[union-attr]
            if outlet and not b.outlet:
                b.outlet = clean_outlet(outlet)
            b.authors.extend(n for n in names if n not in b.authors)
            if len(s) <= 40 or (m.start() < 3 and len(s) <= 60):
                b.is_meta_line = True
            break
    return b


_WIRE = re.compile(r"^[（(]?(?P<outlet>新华社|新華社|中新社|中新网|中新網|人民网|人民網|央视网|央視網|中国日报网|中央社|法新社|路透社|美联社|美聯社)"
                   r"[" + HAN + r"]{0,8}\d{1,2}月\d{1,2}日(?:电|電|讯|訊)")


_NEWS_FLASH = re.compile(r"^(?P<outlet>[" + HAN + r"]{2,8}?" + _OUTLET_WORDS + r")(?:讯|訊)\s*[（(]")
_WIRE_NAMES = re.compile(r"^[（(]?\s*((?:[" + HAN + r"]{2,4}[\s、]+){0,5}[" + HAN + r"]{2,4})\s*[)）]")


def wire_outlet(line: str) -> str | None:
    """Outlet of a dateline such as ``新华社北京9月15日电`` or ``新京报讯（记者 X）``."""
    s = line.strip()
    m = _WIRE.match(s)
    if m:
        return m.group("outlet")
    m = _NEWS_FLASH.match(s)
    if m and m.group("outlet") not in ("本报", "本報", "本网", "本網", "本台", "本刊"):
        return m.group("outlet")
    return None


def wire_names(line: str) -> list[str]:
    """Names in a dateline parenthesis without a role: ``中新网杭州4月29日电(童笑雨 应进)``."""
    s = line.strip()
    m = _WIRE.match(s)
    if not m:
        return []
    n = _WIRE_NAMES.match(s[m.end():].lstrip())
    if not n:
        return []
    names = [x for x in re.split(r"[\s、]+", n.group(1)) if x]
    if any(x in _NOT_NAMES or re.search(r"(报道|報導|记者|記者|电|電|图|圖)$", x) for x in names):
        return []
    return names


_TRAILING_NAMES = re.compile(r"[（(]\s*((?:[" + HAN + r"]{2,4}\s*[ 、]\s*){0,5}[" + HAN + r"]{2,4})\s*[)）]\s*$")
_NOT_NAMES = {"完", "图", "图文", "组图", "資料圖", "资料图", "待续", "全文完", "未完", "未完待续", "记者", "原标题",
              "实习", "下同", "同上", "截图", "视频", "音频", "摄影", "供图", "配图", "网络图片", "来源网络", "据新华社"}


def trailing_names(line: str) -> list[str]:
    """Reporter names in a closing parenthesis (``…新春佳节。（常书香 马丹阳 ）``)."""
    m = _TRAILING_NAMES.search(line)
    if not m:
        return []
    inner = m.group(1)
    if re.search(r"(?:记者|記者|通讯员|通訊員)", line[m.start():]):
        return []
    names = [n for n in re.split(r"[\s、]+", inner) if n]
    if len(names) > 1 and re.search(r"(报道|報導|报导|報道|电|電|讯|訊)$", names[-1]):
        names = names[:-1]  # "（姚峰 上海报道）": the place is not a name
    if any(n in _NOT_NAMES or re.search(r"(图|圖|摄|攝|报|報|社|网|網|编|編|完|续|續)$", n) for n in names):
        return []
    if len(names) == 1 and len(names[0]) > 3:
        return []
    return names


_LABEL_ONLY = re.compile(r"^(?:作者|作\s*者|来源|來源|编辑|編輯|责任编辑|責任編輯|执笔人|发布日期|發布日期|发布时间|發布時間|日期|时间|時間|"
                         r"出处|出處|稿源|发布者|发表者)\s*[:：]$")


def merge_label_lines(lines: list[str]) -> list[str]:
    """Join a bare label line (``作者：``) with the value on the next line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if _LABEL_ONLY.match(ln.strip()) and nxt and len(nxt) <= 30 and not re.search(r"[:：]", nxt):
            out.append(ln.strip() + lines[i + 1].strip())
            i += 2
            continue
        out.append(ln)
        i += 1
    return out


SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
    "金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪"
    "庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
    "滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁"
    "沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝茉"
    "張劉陳楊黃趙吳週孫馬鄭謝羅許韓馮鄧蕭葉蘇魏呂盧薑鍾譚陸範賈韋鄒閆顧龔萬錢嚴覃戴莊聶魯嶽翟詹歐蘭俞紀費衛龐顏湯倪"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "歐陽", "司馬")


def looks_like_name(s: str) -> bool:
    """A bare 2–4 hanzi token that starts with a common surname (for unlabelled author lines)."""
    s = s.strip()
    if not re.fullmatch(r"[" + HAN + r"]{2,4}", s):
        return False
    if s.startswith(COMPOUND_SURNAMES):
        return len(s) in (3, 4)
    return s[0] in SURNAMES and len(s) <= 3
