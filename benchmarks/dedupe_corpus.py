"""Synthetic syndication corpus: Chinese anti-fraud stories and the copies mirrors make of them.

Stories are built from per-topic sentence pools with different provinces, people and figures,
so two reports on one topic (two 断卡 cases in two provinces) share vocabulary and formulaic
phrasing but not their sentences: the realistic hard negatives. Copies apply what portals and
content farms do: traditional script (OpenCC s2t / s2twp), injected pinyin, truncation, ad and
footer paragraphs, reordered paragraphs, re-edited leads. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SEED_PAGE = Path("/work/shared/seed/mirror-page.txt")

PROVINCES = {
    "江苏": ["南京", "苏州", "无锡", "徐州"], "浙江": ["杭州", "宁波", "温州", "金华"],
    "广东": ["广州", "深圳", "东莞", "佛山"], "四川": ["成都", "绵阳", "宜宾", "南充"],
    "河南": ["郑州", "洛阳", "南阳", "新乡"], "山东": ["济南", "青岛", "临沂", "潍坊"],
    "湖北": ["武汉", "宜昌", "襄阳", "恩施"], "福建": ["福州", "厦门", "泉州", "漳州"],
    "云南": ["昆明", "大理", "曲靖", "红河"], "黑龙江": ["哈尔滨", "大庆", "齐齐哈尔", "牡丹江"],
    "陕西": ["西安", "宝鸡", "咸阳", "榆林"], "湖南": ["长沙", "株洲", "衡阳", "岳阳"],
}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
OUTLETS = ["法治日报", "人民公安报", "新华社", "中国新闻网", "澎湃新闻", "红星新闻", "扬子晚报", "钱江晚报"]
PLATFORMS = ["某短视频平台", "某社交软件", "某游戏交易平台", "某网购平台", "某招聘网站", "某婚恋网站"]

TOPICS: dict[str, dict[str, list[str]]] = {
    "断卡": {
        "name": ["“断卡”行动", "打击治理“两卡”违法犯罪"],
        "lead": [
            "{date}，{city}市公安局召开新闻发布会，通报了一起非法出租出售银行卡、电话卡案件，{n1}名犯罪嫌疑人被依法采取刑事强制措施。",
            "记者{date}从{prov}省公安厅获悉，{city}警方在“断卡”行动中打掉一个收购贩卖“两卡”的团伙，抓获犯罪嫌疑人{n1}名。",
            "{date}，{prov}{city}警方披露，一个以高价收卡为诱饵、专门为电信网络诈骗团伙提供资金通道的犯罪团伙被连根拔起。",
        ],
        "body": [
            "今年{month}月，民警在工作中发现，辖区内多张银行卡短时间内出现大额资金快进快出，单日流水超过{money}万元。",
            "经查，以{name}为首的团伙通过{platform}发布“出租银行卡日赚三百”等广告，诱骗在校学生和务工人员办理银行卡。",
            "犯罪嫌疑人{name}交代，每收购一套“四件套”可获利{n2}百元，转手卖给境外上线后价格翻倍。",
            "专案组历时{n2}个月缜密侦查，摸清了团伙从收卡、运卡到洗钱的完整链条，先后转战{n3}个省份开展收网行动。",
            "收网当天，民警现场查获银行卡{n4}张、手机卡{n5}张、U盾{n3}十余个，涉案资金流水达{money}万元。",
            "{name}今年{age}岁，在家人劝说下主动到派出所投案，并退缴了全部违法所得{n2}千元。",
            "据办案民警介绍，被收购的银行卡大多流向缅北等地的诈骗窝点，被用于接收和转移受害人的被骗资金。",
            "{city}市反诈中心负责人表示，出租、出借、出售银行卡和电话卡，都可能构成帮助信息网络犯罪活动罪。",
            "目前，{n1}名犯罪嫌疑人已被依法移送检察机关审查起诉，案件正在进一步深挖中。",
            "警方同步对{n3}家涉案营业网点开展约谈整改，并将{n4}名“两卡”失信人员纳入惩戒名单。",
            "在该案中，有的学生仅为了几百元的“好处费”，就把自己名下的银行卡交给了陌生人，最终被列入金融惩戒名单。",
            "民警顺藤摸瓜，在{city}一处出租屋内将正在清点银行卡的{name}等人当场抓获。",
        ],
    },
    "刷单": {
        "name": ["刷单返利诈骗", "网络刷单诈骗"],
        "lead": [
            "{date}，{prov}{city}的{name}报警称，自己在网上做“刷单兼职”，前后被骗{money}万元。",
            "“先返小钱，再骗大钱。”{date}，{city}市公安局反诈中心发布一起典型刷单返利诈骗案例。",
            "记者{date}从{city}警方获悉，当地一名{age}岁的宝妈在家做刷单兼职，短短两天被骗走{money}万元积蓄。",
        ],
        "body": [
            "据{name}介绍，{month}月初她在{platform}上看到一则“足不出户日赚五百”的兼职广告，随后添加了对方的联系方式。",
            "对方称只需在指定店铺下单购买商品，完成后即可返还本金和{n2}%的佣金，第一单{n3}十元很快就收到了返款。",
            "尝到甜头后，{name}按照“客服”指引下载了一个名为“{app}”的App，开始接“联单任务”。",
            "当{name}连续垫付{n4}笔款项后，对方却以“操作超时”“卡单”为由要求继续充值才能解冻资金。",
            "直到账户里的{money}万元全部转出，对方将其拉黑，{name}才意识到被骗，随即报警。",
            "接警后，{city}警方立即启动止付冻结机制，成功冻结涉案资金{n2}万余元。",
            "办案民警分析，刷单诈骗的受害人以在校学生、宝妈和待业人员居多，骗子往往利用其想赚“快钱”的心理。",
            "经过{n2}个月侦查，专案组在{prov}{city2}抓获为诈骗团伙提供引流服务的犯罪嫌疑人{n1}名。",
            "民警提醒，所有刷单都是违法行为，所有要求垫付资金的刷单兼职都是诈骗。",
            "{name}后悔地说，自己当时只想着多赚点零花钱，没想到连孩子的学费都搭了进去。",
            "据统计，今年以来{city}共发生刷单返利类诈骗案件{n4}起，占电信网络诈骗发案总数的{n2}成。",
            "在民警的帮助下，{name}被冻结的{n3}万元已按程序返还。",
        ],
    },
    "冒充客服": {
        "name": ["冒充电商物流客服诈骗", "冒充客服退款诈骗"],
        "lead": [
            "{date}，{city}市民{name}接到一个自称“快递客服”的电话，称其包裹丢失可以理赔，结果被骗{money}万元。",
            "“您购买的商品质量有问题，我们给您双倍退款。”{date}，{prov}{city}一女子因为这样一通电话损失{money}万元。",
            "{date}，{city}警方成功破获一起冒充电商客服诈骗案，为受害人挽回损失{n3}万元。",
        ],
        "body": [
            "对方准确说出了{name}的姓名、手机号和购买的商品信息，{name}因此没有怀疑。",
            "随后，“客服”引导{name}下载了一款会议软件并开启屏幕共享，称要“指导操作理赔流程”。",
            "在对方的指引下，{name}在{n4}个网贷平台申请了贷款，并将钱转入所谓的“安全账户”。",
            "转账{n3}笔后，对方又以“流水不足”为由要求继续转账，{name}这才察觉不对劲。",
            "民警调查发现，骗子利用非法获取的公民个人信息精准实施诈骗，受害人很难识别。",
            "{city}警方经过{n2}个月侦查，在{prov}{city2}抓获该团伙成员{n1}人，查获手机{n4}部。",
            "办案民警提醒，正规电商平台的退款理赔都在原平台进行，不会要求消费者下载其他软件或开启屏幕共享。",
            "据统计，{month}月以来，{city}共接报冒充客服类诈骗警情{n4}起，造成损失{money}万元。",
            "{name}的丈夫回忆，当天妻子一直在打电话，自己提醒了两次也没有引起她的注意。",
            "银行工作人员发现{name}的账户异常交易后及时提醒，但此时大部分资金已被转出。",
            "目前，该案仍在进一步侦办中，警方正全力追缴被骗资金。",
        ],
    },
    "投资理财": {
        "name": ["虚假投资理财诈骗", "“杀猪盘”诈骗"],
        "lead": [
            "{date}，{city}一名{age}岁的男子{name}在网上结识“女友”，被引诱投资虚拟货币，最终被骗{money}万元。",
            "记者{date}从{prov}警方获悉，一个以“荐股群”为幌子的虚假投资诈骗团伙被{city}警方打掉，涉案金额{money}万元。",
            "{date}，{city}市公安局通报一起虚假投资理财诈骗案，受害人{name}将毕生积蓄{money}万元转入骗子控制的平台。",
        ],
        "body": [
            "{month}月，{name}在{platform}上认识了一名自称在金融公司工作的女子，两人很快以恋人相称。",
            "对方声称掌握某投资平台的漏洞，稳赚不赔，并多次向{name}展示自己的“盈利截图”。",
            "{name}先是小额投入{n3}千元，几天后便提现成功，赚了{n2}百元，由此深信不疑。",
            "随后，{name}陆续向平台转入{money}万元，平台显示的收益一度超过{n4}万元。",
            "当{name}想要提现时，平台却以“缴纳个人所得税”“账户异常需要解冻”为由要求继续充值。",
            "发现对方失联、平台无法登录后，{name}才意识到被骗，来到{city}市公安局{district}分局报警。",
            "专案组循线追踪，发现该团伙在境外设立窝点，由专人负责“养号”“聊天”“引流”和“洗钱”。",
            "经过{n2}个月的侦查，警方在{prov}、{prov2}等地抓获犯罪嫌疑人{n1}名，冻结涉案资金{n3}百万元。",
            "办案民警表示，凡是网上结识的“高富帅”“白富美”推荐投资理财的，都是诈骗。",
            "据了解，该类诈骗往往周期长、金额大，受害人多为有一定积蓄的中年人。",
            "目前，{n1}名犯罪嫌疑人已被依法刑事拘留，案件正在进一步审理中。",
            "警方已向{name}返还部分被冻结资金{n2}万元。",
        ],
    },
    "冒充公检法": {
        "name": ["冒充公检法诈骗", "冒充警察诈骗"],
        "lead": [
            "{date}，{city}一名{age}岁的退休教师{name}接到“公安局”电话，称其涉嫌洗钱，险些被骗{money}万元。",
            "{date}，{prov}{city}警方成功劝阻一起冒充公检法诈骗，为群众保住{money}万元养老钱。",
            "“你的身份证被人冒用办理了银行卡，涉嫌一起洗钱案。”{date}，{city}市民{name}接到了这样一个电话。",
        ],
        "body": [
            "电话中，对方自称是{prov2}某公安局民警，准确报出了{name}的身份证号码，并发来一份盖有公章的“通缉令”。",
            "对方要求{name}对此事严格保密，不能告诉任何人，否则将立即对其实施逮捕。",
            "随后，对方要求{name}将名下所有存款转入“国家安全账户”接受“资金清查”，并承诺调查结束后原数退还。",
            "{name}在银行柜台要求转账{money}万元时神情紧张，一直在打电话，引起了工作人员的警觉。",
            "接到银行报警后，{city}市公安局{district}分局民警迅速赶到现场，耐心向{name}讲解冒充公检法诈骗的手法。",
            "民警告诉{name}，公安机关不会通过电话办案，更没有所谓的“安全账户”。",
            "起初{name}并不相信，直到民警当着他的面拨打了{prov2}当地公安机关的电话核实，他才如梦初醒。",
            "据介绍，今年以来{city}警方已成功劝阻类似警情{n4}起，避免群众损失{n3}百万元。",
            "{name}连声道谢，表示以后接到此类电话一定会第一时间向派出所核实。",
            "警方分析，此类诈骗多以老年人为目标，利用其对法律程序不熟悉的特点进行恐吓。",
            "民警提醒，公检法机关不会通过电话、网络发送通缉令，也不会要求群众转账汇款。",
        ],
    },
    "贷款": {
        "name": ["网络贷款诈骗", "虚假贷款诈骗"],
        "lead": [
            "{date}，{city}小微企业主{name}急需资金周转，在网上申请“无抵押低息贷款”，结果被骗{money}万元。",
            "{date}，{prov}{city}警方通报一起虚假网络贷款诈骗案件，受害人{name}为了贷款{n4}万元反被骗走{money}万元。",
            "“贷款没到账，倒先交了一堆手续费。”{date}，{city}市民{name}走进派出所报警。",
        ],
        "body": [
            "{month}月，{name}接到一条短信，称可以提供无抵押、低利息、当天放款的贷款服务。",
            "按照对方发来的链接，{name}下载了一个名为“{app}”的贷款App，填写了个人信息并申请了{n4}万元贷款。",
            "不久，App提示“银行卡号填写错误，资金已被冻结”，需要缴纳{n3}千元解冻金。",
            "此后，对方又以“刷流水”“缴纳保证金”“会员费”等名义，要求{name}多次转账。",
            "{name}先后转账{n4}次共计{money}万元，却始终没有收到一分钱贷款。",
            "民警调查发现，这款所谓的贷款App是诈骗团伙自行开发的虚假平台，后台数据可随意修改。",
            "{city}警方联合{prov2}警方开展收网行动，抓获为该平台提供技术支持的犯罪嫌疑人{n1}名。",
            "办案民警介绍，正规贷款机构在放款前不会收取任何费用，凡是要求先交费的都是诈骗。",
            "今年以来，{city}已发生虚假贷款类诈骗案件{n4}起，受害人多为急需资金的小微企业主和个体户。",
            "{name}说，自己当时太着急用钱，根本没有多想。",
            "目前，警方已成功为{name}追回部分损失{n2}万元。",
        ],
    },
}

GENERIC = [
    "{city}市公安局反诈中心负责人表示，将持续保持对电信网络诈骗犯罪的严打高压态势。",
    "据悉，今年以来{city}警方共破获电信网络诈骗案件{n4}起，抓获犯罪嫌疑人{n3}百余名。",
    "{prov}省公安厅相关负责人介绍，全省电信网络诈骗发案数连续{n2}个月同比下降。",
    "下一步，{city}警方将继续深化与银行、通信等部门的协作，全力守护群众的钱袋子。",
]

WARNINGS = [
    "警方提醒：凡是自称公检法要求汇款的，凡是叫你汇款到“安全账户”的，凡是通知中奖、领奖要你先交钱的，"
    "凡是通过网络交友诱导投资赌博的，都是诈骗。如遇可疑情况，请立即拨打110或96110咨询。",
    "反诈民警提醒：不轻信、不透露、不转账，下载安装国家反诈中心App，开启来电预警功能，守好自己的钱袋子。",
]

ADS = [
    "【广告】足不出户月入过万，扫码加入创业群，名额有限先到先得！",
    "热门推荐：三亚豪华酒店特价预订，限时五折起，点击立即抢购。",
    "本站长期招聘兼职编辑，日结工资，有意者请联系客服QQ 2319408468。",
    "亚洲欧美综合网_免费在线观看_最新最全影视资源第一页",
    "【推广】专业办理各类资质证书，快速出证，电话13560388882。",
]
FOOTERS = [
    "联系我们 | 关于我们 | 免责声明 | 广告服务 | 帮助中心 | 意见反馈 | 友情链接 | 收藏本站",
    "作者:佚名 来源:不详",
    "Copyright 2008-2018 © 生活资讯网 版权所有 粤ICP备12345678号",
    "相关文章 栏目导航 本类热门 本类推荐",
]
PINYIN = ["bào", "wǎng", "luò", "wù", "guó", "shì", "jǐng", "zhà", "piàn", "qián", "yín", "háng",
          "diàn", "huà", "xìn", "xī", "fǎ", "zhì", "rén", "mín", "gōng", "ān", "jú", "zhōng"]


@dataclass
class Doc:
    doc_id: str
    story: str  # ground truth: copies of one story share it
    kind: str  # original | exact | trad | pinyin | truncate | ads | reorder | edited | farm
    site: str
    outlet: str | None
    text: str
    title: str


@lru_cache(maxsize=4)
def _cc(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(config)


def _fill(template: str, ctx: dict[str, str]) -> str:
    return template.format(**ctx)


EVENTS = ["通过手机银行向对方提供的账户转账{x}元", "按照对方要求在平台充值{x}元", "从信用卡套现{x}元转给对方",
          "向亲戚借了{x}元汇入指定账户", "又被要求补缴“保证金”{x}元", "在对方指引下申请网贷{x}元并全部转出",
          "用微信扫码支付了{x}元“手续费”", "把理财账户里的{x}元赎回后转了过去"]
QUOTES = ["当时也没多想", "对方说得头头是道", "我一直以为是正规公司", "他们连我的身份证号都知道",
          "每次都说最后一笔", "我怕钱拿不回来只能继续转", "现在想想真是后悔", "家里人都不知道这件事",
          "那几天几乎没合眼", "一开始确实赚到了钱", "对方的语气特别专业", "客服还给我发了工作证照片"]
SAYS = ["懊悔地说", "向记者回忆", "在笔录中说", "红着眼睛说", "告诉民警"]


def _details(rng: random.Random, ctx: dict[str, str]) -> list[str]:
    """Story-specific paragraphs (timeline, quotes): what makes one report unlike another on the topic."""
    day = rng.randint(1, 28)
    events = []
    for _ in range(rng.randint(3, 6)):
        day += rng.randint(0, 2)
        when = f"{ctx['month']}月{day}日{rng.randint(7, 23)}时{rng.randint(0, 59)}分"
        what = rng.choice(EVENTS).format(x=rng.randint(3, 99) * rng.choice([100, 1000, 50]))
        events.append(f"{when}，{ctx['name']}{what}")
    quote = "，".join(rng.sample(QUOTES, 3))
    return ["；".join(events) + "。", f"“{quote}。”{ctx['name']}{rng.choice(SAYS)}。"]


def make_story(rng: random.Random, topic: str, prov: str | None = None) -> tuple[str, list[str]]:
    """One report: a title and 6-10 paragraphs drawn from the topic's pools with fresh facts."""
    pools = TOPICS[topic]
    prov = prov or rng.choice(list(PROVINCES))
    others = [p for p in PROVINCES if p != prov]
    city = rng.choice(PROVINCES[prov])
    prov2 = rng.choice(others)
    ctx = {
        "prov": prov, "city": city, "prov2": prov2, "city2": rng.choice(PROVINCES[prov2]),
        "name": rng.choice(SURNAMES) + rng.choice(["某", "某某", "女士", "先生"]),
        "date": f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "month": str(rng.randint(1, 12)),
        "age": str(rng.randint(19, 78)), "money": str(rng.randint(3, 980)), "platform": rng.choice(PLATFORMS),
        "app": rng.choice(["速贷通", "金融宝", "赚客", "好运来", "易投", "鑫利达", "云返"]),
        "district": rng.choice(["城东", "城西", "高新", "开发区", "江北", "南湖"]),
        "n1": str(rng.randint(3, 60)), "n2": str(rng.randint(2, 9)), "n3": str(rng.randint(2, 9)),
        "n4": str(rng.randint(11, 400)), "n5": str(rng.randint(20, 900)),
    }
    body = rng.sample(pools["body"], k=min(len(pools["body"]), rng.randint(4, 6)))
    paras = [_fill(rng.choice(pools["lead"]), ctx)]
    paras += _details(rng, ctx)
    # two or three sentences per paragraph, like real wire copy
    i = 0
    while i < len(body):
        take = rng.randint(1, 2)
        paras.append("".join(_fill(s, ctx) for s in body[i:i + take]))
        i += take
    if rng.random() < 0.6:
        paras.append(_fill(rng.choice(GENERIC), ctx))
    if rng.random() < 0.7:
        paras.append(rng.choice(WARNINGS))  # shared boilerplate: the template false-positive trap
    title = f"{city}警方破获一起{rng.choice(pools['name'])}案" if rng.random() < 0.5 else \
        f"{prov}{city}：{ctx['name']}遭遇{rng.choice(pools['name'])}"
    return title, paras


def seed_story() -> tuple[str, list[str]] | None:
    """The real mirror page of the shared seed, cleaned to its simplified paragraphs (if present)."""
    if not SEED_PAGE.exists():
        return None
    from pipelines.extraction.pinyin import strip_pinyin

    lines = [ln.strip() for ln in SEED_PAGE.read_text(encoding="utf-8").splitlines() if ln.strip()]
    body = [strip_pinyin(ln)[0] for ln in lines[1:] if not ln.startswith(("Tags", "作者", "相關", "欄目", "本類",
                                                                          "聯系", "Copyright", "聯系電話"))]
    return "全国电信网络诈骗案件立案数连续3个月同比下降", [_cc("t2s").convert(p) for p in body]


def inject_pinyin(rng: random.Random, text: str, rate: float = 0.08) -> str:
    out = []
    for ch in text:
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff" and rng.random() < rate:
            out.append(f"({rng.choice(PINYIN)})")
    return "".join(out)


def mirror(rng: random.Random, kind: str, paras: list[str]) -> list[str]:
    """Apply one copying behaviour to the original's paragraphs."""
    p = list(paras)
    if kind == "exact":
        return [x.replace("，", ", ").replace("。", ". ") for x in p]  # re-punctuated, same words
    if kind == "trad":
        return [_cc(rng.choice(["s2t", "s2twp"])).convert(x) for x in p]
    if kind == "pinyin":
        return [inject_pinyin(rng, _cc("s2t").convert(x)) for x in p]
    if kind == "truncate":
        keep = max(2, round(len(p) * rng.uniform(0.45, 0.6)))
        return p[:keep] + ["（未完，点击阅读全文）"]
    if kind == "ads":
        return [rng.choice(ADS)] + p[:3] + [rng.choice(ADS)] + p[3:] + rng.sample(FOOTERS, 2)
    if kind == "reorder":
        middle = p[1:-1]
        rng.shuffle(middle)
        return [p[0], *middle, p[-1]] if len(p) > 2 else p
    if kind == "edited":  # portal re-edit: own lead, one paragraph dropped, source line
        drop = rng.randrange(1, len(p)) if len(p) > 3 else None
        lead = "据" + rng.choice(OUTLETS) + "报道，" + p[0]
        return [lead] + [x for i, x in enumerate(p[1:], 1) if i != drop] + ["（来源：" + rng.choice(OUTLETS) + "）"]
    if kind == "farm":  # content farm: traditional + pinyin + ads + cut to ~60 %
        keep = max(2, round(len(p) * rng.uniform(0.55, 0.7)))
        conv = _cc("s2twp")
        return [rng.choice(ADS)] + [inject_pinyin(rng, conv.convert(x), 0.05) for x in p[:keep]] + \
            rng.sample(FOOTERS, 3)
    raise ValueError(kind)


COPY_KINDS = ("exact", "trad", "pinyin", "truncate", "ads", "reorder", "edited", "farm")


def corpus(stories: int = 20, negatives_per_story: int = 1, copies: int = 6, seed: int = 7) -> list[Doc]:
    """`stories` originals each with `copies` mirror copies, plus same-topic different stories
    (each with two copies of their own) so that negatives are as close as real ones."""
    rng = random.Random(seed)
    topics = list(TOPICS)
    docs: list[Doc] = []
    bases: list[tuple[str, str, list[str]]] = []
    for i in range(stories):
        topic = topics[i % len(topics)]
        title, paras = make_story(rng, topic)
        bases.append((f"s{i}", title, paras))
        for j in range(negatives_per_story):  # same topic, another province: a different story
            t2, p2 = make_story(rng, topic)
            bases.append((f"s{i}n{j}", t2, p2))
    seeded = seed_story()
    if seeded:
        bases.append(("seed", *seeded))
    site_no = 0
    for story, title, paras in bases:
        outlet = rng.choice(OUTLETS)
        docs.append(Doc(f"{story}/original", story, "original", f"{outlet}.example", outlet,
                        "\n".join(paras), title))
        n = copies if "n" not in story else 2
        for kind in rng.sample(COPY_KINDS, k=min(n, len(COPY_KINDS))):
            site_no += 1
            copy_outlet = outlet if kind in ("edited", "exact") else None
            docs.append(Doc(f"{story}/{kind}", story, kind, f"mirror{site_no % 40}.example", copy_outlet,
                            "\n".join(mirror(rng, kind, paras)), title))
    rng.shuffle(docs)
    return docs
