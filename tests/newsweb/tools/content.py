"""Article data for the test news web (single source of truth for pages + expected.json).

Paragraph strings may contain simple inline markup (<strong>, <a>); the expected
text is the tag-stripped paragraph.  Fictional stories; names are invented.
"""

from seed_text import FZRB_SEED

# --------------------------------------------------------------------------- fzrb
# Each: id, path, column, title, date (Asia/Shanghai, no offset on the page), source,
# author (None = no author), byline (standalone paragraph before the body or None),
# editor, tags, summary, paras
FZRB = [
    dict(
        path="/content/2021-09/15/content_8592512.html",
        title="全国电信网络诈骗案件立案数连续3个月同比下降",
        subtitle="公安部：打击治理电信网络诈骗犯罪工作取得阶段性明显成效",
        date="2021-09-15 08:30", source="法治日报", author="董凡超",
        byline="法治日报全媒体记者 董凡超", editor="王小明",
        tags=["电信网络诈骗", "断卡", "国新办发布会"],
        summary="今年6月至8月，全国电信网络诈骗案件立案数连续3个月同比下降。",
        paras=FZRB_SEED, subheads={"保持严打高压态势", "深入推进断卡行动", "全力开展宣传防范"},
        image=("/uploadfile/2021/0915/20210915083012345.png", "9月15日，国务院新闻办公室举行新闻发布会。法治日报全媒体记者 董凡超 摄"),
    ),
    dict(
        path="/content/2021-11/02/content_8620415.html",
        title="温州“断卡”行动打掉涉“两卡”违法犯罪团伙42个",
        date="2021-11-02 07:45", source="法治日报", author="张维",
        byline="法治日报全媒体记者 张维", editor="李思远",
        tags=["断卡", "两卡"],
        summary="浙江温州警方开展“断卡”专项行动以来，打掉涉“两卡”违法犯罪团伙42个。",
        paras=[
            "记者近日从浙江省温州市公安局获悉，今年以来，温州警方深入推进“断卡”行动，累计打掉涉“两卡”违法犯罪团伙42个，抓获犯罪嫌疑人1360余名，清理涉诈银行账户2.3万余个、电话卡4.1万余张。",
            "“不少年轻人以为把自己的银行卡借给别人用一下、每张卡能拿几百元好处费，是无本万利的买卖，其实已经在帮诈骗分子‘洗钱’。”温州市公安局反诈中心负责人介绍，今年侦破的一起案件中，犯罪团伙专门在高校周边和务工人员聚集区收购银行卡，再以每套1500元至3000元的价格转卖给境外诈骗团伙，涉案流水超过2亿元。",
            "为了从源头上铲除“两卡”滋生土壤，温州警方联合人民银行、通信管理等部门，对一人名下开立多张银行卡、多个支付账户的情况开展排查，对短期内频繁转账、夜间大额交易等异常账户实施风险提示和交易限制。",
            "与此同时，各地派出所民警走进校园、企业和村居，开展“断卡”宣传。“出租出借出售银行卡、电话卡，不仅会被列入惩戒名单，限制非柜面业务，情节严重的还会被追究刑事责任。”瑞安市一名社区民警在宣讲时提醒。",
            "检察机关也同步发力。温州市人民检察院相关负责人表示，对于初犯、偶犯且涉案金额较小的在校学生，坚持教育挽救为主；对于组织收购、贩卖“两卡”的职业卡商，依法从严追诉，形成有力震慑。",
            "下一步，温州警方将持续保持高压严打态势，紧盯“卡头”“卡商”等关键人员，深挖背后的洗钱通道，坚决斩断为电信网络诈骗犯罪提供支撑的黑灰产业链条。",
        ],
    ),
    dict(
        path="/content/2022-01/18/content_8662031.html",
        title="“我是公安局的，你涉嫌洗钱” 民警上门劝阻守住七旬老人30万元",
        date="2022-01-18 09:12", source="法治日报", author="邓君",
        byline="法治日报记者 邓君", editor="王小明",
        tags=["冒充公检法", "劝阻"],
        summary="一名七旬老人接到自称“公安局民警”的电话后准备转账30万元，民警及时上门劝阻。",
        paras=[
            "“您千万不要转账，给您打电话的根本不是警察！”1月15日上午，四川省成都市公安局武侯区分局民警赶到辖区一户居民家中，成功劝阻了一起冒充公检法诈骗，为72岁的张大爷守住了30万元养老钱。",
            "当天9时许，武侯区反诈中心接到预警信息：辖区一名老人正在与境外可疑号码长时间通话，存在被骗风险。值班民警立即拨打老人电话，但电话一直处于占线状态。民警随即联系社区网格员，一同赶往老人家中。",
            "进门时，张大爷正拿着存折准备出门。原来，他接到一名自称“北京市公安局民警”的电话，对方准确说出了他的姓名和身份证号码，称他的银行账户涉嫌一起洗钱大案，需要配合调查，并通过视频向他展示了所谓的“逮捕令”。对方要求他将存款全部转入“安全账户”进行“资金清查”，还叮嘱他不能告诉任何人，否则将被“立即拘捕”。",
            "民警向张大爷耐心解释：公检法机关不会通过电话、视频办案，更不存在所谓的“安全账户”，凡是要求转账到“安全账户”的都是诈骗。在民警和网格员的反复劝说下，张大爷终于醒悟，连声道谢。",
            "警方提示，冒充公检法诈骗的常见手法是：先以涉嫌洗钱、快递藏毒、医保卡违规等名义制造恐慌，再发送伪造的通缉令、逮捕令，最后诱导受害人转账或下载屏幕共享软件。接到此类电话，请第一时间挂断，并拨打110或96110核实。",
        ],
    ),
    dict(
        path="/content/2022-03/09/content_8685577.html",
        title="刷单返利类诈骗居高不下 “先尝甜头”后陷“连环套”",
        date="2022-03-09 10:05", source="法治日报", author="蔡岩红",
        byline="法治日报记者 蔡岩红", editor="赵明",
        tags=["刷单返利", "电信网络诈骗"],
        summary="刷单返利类诈骗已成为发案率最高的诈骗类型之一，大学生、宝妈等群体成为主要受害人群。",
        paras=[
            "“动动手指就能赚钱，日结工资，在家就能做。”看到这样的兼职广告，不少人心动不已。记者从公安机关了解到，刷单返利类诈骗已成为发案率最高、造成损失最大的诈骗类型之一，在校学生、待业人员和宝妈等群体是主要受害人群。",
            "今年2月，江苏南京的大学生小刘在社交平台上看到一则招聘“网店刷单员”的广告。按照对方指引，他下载了一款聊天软件并进入“任务群”。第一单，小刘垫付了58元，很快收到了63元返款。尝到甜头后，他按要求做起了“联单任务”，垫付金额也从几百元涨到了上万元。",
            "当小刘要求提现时，“客服”却以“操作超时”“账户冻结”为由，要求他继续充值“解冻”。前后不到3个小时，小刘共被骗4.6万元，其中大部分是通过网络贷款平台借来的。",
            "办案民警介绍，刷单返利诈骗通常分三步走：先以小额返利取得信任，再以“连单”“升级任务”诱导大额投入，最后以各种理由拒绝提现并拉黑受害人。近期，一些诈骗团伙还将刷单与虚假投资理财、网络游戏充值等手法叠加，迷惑性更强。",
            "北京市某律师事务所律师表示，刷单本身就是违法行为，扰乱了正常的网络交易秩序。参与刷单不仅得不到法律保护，一旦发现自己被骗，往往还因担心被追责而不敢报警，这也让诈骗分子更加肆无忌惮。",
            "警方提醒，所有刷单都是诈骗。凡是要求先垫付资金的兼职，都不要相信；遇到可疑情况，可通过国家反诈中心App进行核验，如不慎被骗，应立即拨打110报警。",
        ],
    ),
    dict(
        path="/content/2021-04/08/content_8477893.html",
        title="国家反诈中心App上线 专家提醒：安装后记得开启来电预警",
        date="2021-04-08 15:20", source="法治网", author=None,
        byline=None, editor="李思远",
        tags=["国家反诈中心App"],
        summary="国家反诈中心App集合了来电预警、短信预警、App自检、身份核实等功能。",
        paras=[
            "由公安部刑事侦查局组织开发的国家反诈中心App，近日在各大应用市场正式上线。这款App集合了来电预警、短信预警、App自检、风险查询、身份核实和举报线索等多项功能，被网友称为“手机上的反诈民警”。",
            "据介绍，用户完成注册并开启“来电预警”功能后，当接到疑似诈骗电话或收到涉诈短信时，App会及时弹出风险提示；“App自检”功能可以对手机中安装的应用进行扫描，识别仿冒的贷款、投资理财类涉诈应用；“风险查询”功能则可以对陌生的支付账户、网址、QQ号和微信号进行风险核验。",
            "“不少用户下载后只是简单注册，并没有开启来电预警和短信预警，这样就大大降低了App的防护效果。”中国人民公安大学一位从事网络安全研究的教授提醒，安装后应在设置中打开相关权限，并如实填写常住地区，以便接收所在地的预警劝阻信息。",
            "针对部分群众担心的个人信息安全问题，公安机关有关负责人表示，国家反诈中心App严格遵守个人信息保护的相关规定，用户数据仅用于反诈预警和劝阻，不会用于其他用途。",
            "据悉，App上线以来，各地公安机关通过App推送的预警信息，已成功劝阻多起正在进行中的诈骗，为群众避免了大量经济损失。",
        ],
    ),
    dict(
        path="/content/2022-05/12/content_8718290.html",
        title="打击整治养老诈骗专项行动全面展开 瞄准“保健品”“以房养老”等陷阱",
        date="2022-05-12 08:00", source="法治日报", author="刘欣",
        byline="法治日报全媒体记者 刘欣", editor="赵明",
        tags=["养老诈骗", "专项行动"],
        summary="打击整治养老诈骗专项行动聚焦“保健品”“以房养老”“养老服务”等领域。",
        paras=[
            "为期半年的打击整治养老诈骗专项行动正在全国范围内展开。记者从多地政法机关了解到，专项行动聚焦以提供“养老服务”、投资“养老项目”、销售“养老产品”、宣称“以房养老”、代办“养老保险”、开展“养老帮扶”为名实施的诈骗犯罪，依法严打、全面整治。",
            "“一开始他们免费量血压、送鸡蛋，还带我们去旅游，比亲儿子还亲。”家住河南郑州的李阿姨告诉记者，去年她在一家“健康讲座”中先后花费8万余元购买了所谓能“治百病”的保健品，直到身体不适去医院检查，才发现这些产品根本没有任何治疗效果。",
            "办案民警介绍，养老诈骗团伙往往利用老年人渴望健康长寿、希望资产保值增值的心理，通过“情感攻势”获取信任，再以高额回报、稀缺资源等为诱饵实施诈骗。有的团伙打着“以房养老”的旗号，诱骗老人抵押房产，最终导致老人“钱房两空”。",
            "在专项行动中，各地公安机关强化线索摸排，对涉嫌养老诈骗的案件快侦快破；检察机关对重大案件提前介入，引导侦查取证；法院依法从严惩处，并加大追赃挽损力度，最大限度挽回老年人损失。",
            "专家建议，子女要多关心家中老人，常回家看看，帮助老人识别各类骗局；老年人对于“免费午餐”“高额回报”要保持警惕，遇到需要交钱的“养老项目”，务必先与家人商量，并通过正规渠道核实。",
        ],
    ),
    dict(
        path="/content/2022-06/07/content_8735102.html",
        title="高考首日 交警铁骑护送忘带准考证考生赶赴考场",
        date="2022-06-07 18:40", source="法治日报", author="徐鹏",
        byline="法治日报记者 徐鹏", editor="王小明",
        tags=["交警", "高考护考"],
        summary="高考首日，一名考生将准考证落在家中，交警铁骑往返20公里接力送达。",
        paras=[
            "“警察叔叔，我的准考证忘在家里了！”6月7日7时50分许，在山东省济南市历下区一处高考考点外执勤的交警，接到一名考生的紧急求助。",
            "执勤民警了解到，考生小王家住10公里外的槐荫区，父亲已经赶回家中取证，但早高峰道路拥堵，很可能赶不上开考时间。民警立即通过对讲机向指挥中心报告，指挥中心随即调派两名铁骑队员，与考生父亲约定在经十路一处路口会合。",
            "8时12分，铁骑队员在约定地点接到准考证后，一路开启警灯，沿途各路口民警配合疏导交通，仅用时11分钟就将准考证送到考点门口，距离考生入场截止时间还有不到10分钟。",
            "据了解，高考期间，济南市公安局交警支队在全市各考点周边设置临时禁停区域，每个考点安排警力定点值守，并开通“护考直通车”服务热线，为有需要的考生提供帮助。",
            "交警部门提醒，考生和家长出门前要认真检查准考证、身份证等证件，合理规划出行路线和时间，遇到紧急情况可以及时向现场执勤民警求助或拨打122报警电话。",
        ],
    ),
]

# --------------------------------------------------------------------------- mirror
# The mirror copies: (1) the seed story, (2) a copy of the fzrb 刷单 story,
# (3) a different story.  Text is traditional script; pinyin is injected at build
# time for characters in PINYIN; mojibake sequences are written literally here.
MIRROR_OTHER = [
    dict(
        path="/html/2022/0310/12388.html",
        copy_of="/content/2022-03/09/content_8685577.html",
        date="2022-03-10 14:22:07",
        author="蔡巖紅", outlet="法治日報",
        byline="法治日報記者 蔡巖紅",
        # paragraphs are produced by s2t conversion of the fzrb story, then these
        # replacements introduce mojibake like the seed page
        mojibake=[("返款。嚐到甜頭後", "返款!嚐韃鸚頭後"), ("聊天軟件並進入", "聊天軟件並進?")],
        tags="刷單 返利 詐騙 甜頭 連環",
    ),
    dict(
        path="/plus/view.php?aid=12402",
        file="plus/view_12402.html",
        copy_of=None, date=None, author=None, outlet=None, byline=None,
        tags="大閘蟹 提貨券 騙局 中秋",
        paras=[
            "中秋將至,不少市民在網上購買大閘蟹提貨券作為節日禮品。記者調查發現,部分商家以低價提貨券為誘餌,收款後以“缺貨”“已過提貨期”等理由拒絕發貨,甚至直接失聯。",
            "市民陳女士告訴記者,她在某社交平台上看到一則“888型大閘蟹禮券只要99元”的廣告,付款後收到了一張印刷精美的提貨券。可當她按券上的電話預約提貨時,對方先是推說“蟹還沒上市”,後來乾脆關機。",
            "據了解,這類提貨券大多由個人或小作坊私自印製,背後沒有真實的貨源,有的商家甚至將同一批卡號重復出售給多名買家。一旦出現糾紛,消費者往往難以找到對方主體,維權成本較高。",
            "業內人士提醒,購買提貨券應選擇有實體門店或正規電商平台的商家,不要輕信價格明顯低於市場價的“福利券”;收到提貨券後應盡快預約提貨,並保存好付款記錄和聊天記錄。如發現被騙,應及時向市場監管部門投訴或向公安機關報案。",
        ],
        mojibake=[("不少市民在網上", "不少市民在網?上")],
    ),
]

# --------------------------------------------------------------------------- tw165
TW165 = [
    dict(
        path="/news/20240305/1028.html",
        title="假投資詐騙再進化 冒用宏碁名義推「歐元穩定幣」 婦人半年被騙680萬",
        dt="2024-03-05T10:20:00+08:00", shown="2024/03/05 10:20",
        author="王小明", byline="記者王小明／台北報導", tags=["假投資", "虛擬貨幣"],
        summary="詐騙集團冒用知名企業名義，以「歐元穩定幣」為餌，誘騙民眾投資。",
        paras=[
            "刑事警察局今（5）日公布最新詐騙統計，假投資詐騙仍是財損金額最高的類型。台北市一名60多歲的林姓婦人，在社群平台看到冒用宏碁公司名義的「企業內部認購」廣告，加入LINE群組後，被「助理老師」一步步引導投資所謂的「歐元穩定幣」，半年內陸續匯出680萬元，直到無法出金才驚覺受騙。",
            "據了解，詐團宣稱該幣種與歐元1:1掛鉤，「每單位€1，保證年化報酬30%」，還在假APP上顯示帳面獲利不斷增加。林婦第一次小額出金確實拿到了錢，因此深信不疑，後來不僅拿出退休金，還向親友借款加碼投入。",
            "警方指出，這類假投資詐騙常見手法是先在臉書、IG投放名人或知名企業的假廣告，再把被害人拉進「投資群組」，群組內多數成員其實都是詐團安排的「暗樁」，會不斷貼出獲利截圖營造氣氛。當被害人投入大筆資金後，詐團便以「繳稅」「保證金」「帳戶異常」等名義要求再匯款。",
            "宏碁公司也發出聲明表示，公司從未發行任何虛擬貨幣，也不會透過社群群組招攬民眾投資，已針對冒名廣告向平台檢舉並報案。",
            "刑事局提醒，投資前應先確認業者是否為金管會核准的合法機構，凡是保證獲利、穩賺不賠的投資都是詐騙；若有疑問，可撥打165反詐騙諮詢專線查證。",
        ],
    ),
    dict(
        path="/news/20240312/1035.html",
        title="「解除分期付款」詐騙又來了 網購後接到假客服電話 男子遭騙27萬",
        dt="2024-03-12T14:05:00+08:00", shown="2024/03/12 14:05",
        author="陳怡君", byline="記者陳怡君／台中報導", tags=["解除分期付款", "假客服"],
        summary="台中一名男子網購後接到假客服來電，被要求操作ATM「解除分期」。",
        paras=[
            "台中市一名30歲的張姓男子上個月在網路上購買運動鞋，數天後接到自稱購物網站客服的電話，對方準確說出他的訂單內容，並稱因「系統作業疏失」，誤將他設定為高級會員，每月將自動扣款，必須配合銀行人員「解除分期付款」。",
            "隨後，一名自稱銀行專員的男子來電，指示張男前往ATM依照指示操作，還要求他開通網路銀行並提供驗證碼。張男前後操作了5次，帳戶內的27萬元積蓄全被轉走，事後才發現受騙，趕緊到派出所報案。",
            "第六分局偵查隊表示，「解除分期付款」是近年來最常見的詐騙手法之一，歹徒多半透過非法管道取得個資，再假冒電商客服與銀行人員接力行騙。警方強調，ATM只能用來提款和轉帳，無法「解除設定」，銀行人員也不會要求民眾操作ATM或提供驗證碼。",
            "警方呼籲，接到類似電話應立即掛斷，並主動撥打購物網站或銀行的官方客服專線查證；來電顯示開頭有「+」號的境外號碼，更要提高警覺。",
        ],
    ),
    dict(
        path="/news/20240320/1047.html",
        title="假網拍賣低價演唱會門票 20多名歌迷受害 警逮車手",
        dt="2024-03-20T09:30:00+08:00", shown="2024/03/20 09:30",
        author="林志豪", byline="記者林志豪／高雄報導", tags=["假網拍", "車手"],
        summary="詐團在社群平台兜售低價演唱會門票，收款後封鎖買家。",
        paras=[
            "知名樂團即將在高雄舉辦演唱會，門票開賣即秒殺，詐騙集團也趁機出手。高雄市警察局刑警大隊日前破獲一個假網拍詐騙集團，逮捕負責提款的22歲車手，初步清查已有20多名歌迷受害，財損總計約41萬元。",
            "警方調查，詐團在社群平台成立「演唱會門票轉讓」社團，以低於原價的價格兜售門票，並貼出偽造的購票截圖取信買家。歌迷匯款後，對方又以「需要加收實名制手續費」為由要求補款，最後直接封鎖帳號、人間蒸發。",
            "一名受害的大學生說，賣家的帳號有很多好評，聊天時態度也很親切，完全沒想到會是詐騙。警方則提醒，許多「好評」其實是詐團用大量人頭帳號互相留言製造的假象。",
            "刑警大隊呼籲，購買演唱會門票應透過官方售票系統，不要在社群平台或私下交易；遇到要求先匯款、加價補款的賣家，就是詐騙。",
        ],
    ),
    dict(
        path="/news/20240402/1062.html",
        title="「猜猜我是誰」老梗仍有效 8旬翁險被騙 超商店員機警攔阻",
        dt="2024-04-02T16:45:00+08:00", shown="2024/04/02 16:45",
        author="黃淑芬", byline="記者黃淑芬／新北報導", tags=["猜猜我是誰", "超商攔阻"],
        summary="一名80多歲老翁接到「猜猜我是誰」電話，超商店員機警報警攔阻。",
        paras=[
            "新北市一名80多歲的黃姓老翁日前接到陌生來電，對方開口就說「阿公，猜猜我是誰？」黃翁直覺以為是在外地工作的孫子，對方隨即順著話說自己換了新號碼，過幾天又來電哭訴「跟朋友做生意急需周轉」，要黃翁先匯15萬元救急。",
            "黃翁不疑有他，拿著存摺到住家附近的超商，準備透過ATM轉帳。超商店員見老翁神情緊張、一邊講電話一邊操作，主動上前關心，發覺狀況不對，立即通報派出所。員警到場後向黃翁說明詐騙手法，並協助他撥打孫子原本的手機號碼，才確認孫子人好好的在上班，根本沒有借錢這回事。",
            "三峽分局表示，「猜猜我是誰」雖然是多年前的老手法，但對長輩仍然相當有效。歹徒會先讓被害人自己說出親友的名字，再冒充該親友借錢，甚至搭配變聲軟體或AI合成語音，更難辨識。",
            "警方提醒，接到自稱親友換號碼的電話，一定要回撥原本的號碼確認；家中長輩也可以和子女約定「通關密語」。分局也頒發感謝狀給機警的店員，感謝她守住老人家的血汗錢。",
        ],
    ),
]

# --------------------------------------------------------------------------- alerts
ALERTS = [
    dict(
        path="/2024/02/14/romance-scammers-dont-take-holidays/",
        title="Romance scammers don’t take holidays. Here’s how to spot them.",
        dt="2024-02-14T09:00:00-05:00", shown="February 14, 2024",
        author="Jane Doe", tags=["romance-scams", "online-dating"], tag_names=["Romance Scams", "Online Dating"],
        summary="Romance scammers create fake profiles to build trust, then ask for money.",
        paras=[
            "Valentine’s Day is a good time to talk about romance scams, but the truth is that romance scammers work all year long. They create fake profiles on dating sites, social media, and messaging apps, then reach out with flattering messages. Some spend weeks or months building what feels like a real relationship before they ever mention money.",
            "Last year, people reported losing more than a billion dollars to romance scams, and the median individual loss was higher than for any other type of impersonation scam. Many people who lost money say the relationship started on social media, often with an unexpected friendly message.",
            "Romance scammers are good at making excuses. They say they can’t meet in person or video chat because they’re working on an oil rig, serving in the military overseas, or caring for a sick relative. Then comes the request: money for a plane ticket, a medical bill, customs fees, or a “can’t-miss” investment they want to share with you.",
            "Here are some signs that an online love interest might be a scammer:",
            "LI:They tell you to pay with gift cards, cryptocurrency, or a wire transfer. Nobody legitimate insists on those payment methods, because once the money is sent it’s nearly impossible to get back.",
            "LI:They want to move the conversation off the dating site right away, to a messaging app or text. Scammers know that dating sites may shut down fake profiles.",
            "LI:They promise to meet in person, but something always comes up. If you’ve been talking for months and still haven’t met, be cautious.",
            "Before you send money to anyone you’ve only met online, talk to someone you trust. Try a reverse image search of the person’s profile pictures; if the photos show up under other names, that’s a red flag. And if you think you’ve been targeted, stop contacting the scammer and report it at ReportFraud.ftc.gov.",
        ],
    ),
    dict(
        path="/2024/03/21/missed-delivery-text-scam/",
        title="That “missed delivery” text is probably a scam",
        dt="2024-03-21T10:30:00-04:00", shown="March 21, 2024",
        author="Marcus Lee", tags=["phishing", "text-messages"], tag_names=["Phishing", "Text Messages"],
        summary="Fake delivery notices try to get you to click a link and pay a small redelivery fee.",
        paras=[
            "You get a text that says a package couldn’t be delivered because the address was incomplete. To reschedule, you just need to click a link and pay a small redelivery fee. Maybe you are expecting a package, so it seems legit. But it’s a scam.",
            "Scammers send these fake delivery notices because they know so many of us shop online. The link takes you to a website that looks like it belongs to the postal service or a shipping company. It asks for your name, address, date of birth, and credit card number. Anything you enter goes straight to the scammer, who can use it to make charges or open accounts in your name.",
            "Some versions of the scam skip the payment page and try to get you to download an app that installs malware on your phone. Others ask you to reply with a code, which can give the scammer access to one of your accounts.",
            "Here’s what to do if you get an unexpected text about a delivery. Don’t click any links and don’t reply. If you’re expecting a package, go directly to the shipping company’s website or app, or use the tracking number from the store where you made the purchase. Legitimate carriers don’t charge redelivery fees by text.",
            "Then report the message. You can forward it to 7726 (SPAM) to help your wireless provider block similar texts, and report it to the FTC. Finally, delete the message so you don’t accidentally tap the link later.",
        ],
        image=("/wp-content/uploads/2024/03/fake-delivery-text.png", "An example of a fake delivery text message."),
    ),
    dict(
        path="/2024/04/09/unpaid-toll-text-phishing/",
        title="Got a text about unpaid tolls? It’s phishing",
        dt="2024-04-09T08:15:00-04:00", shown="April 9, 2024",
        author="Priya Raman", tags=["phishing", "text-messages"], tag_names=["Phishing", "Text Messages"],
        summary="Texts claiming you owe unpaid tolls are a phishing scheme.",
        paras=[
            "Thousands of people across the country have reported getting text messages that claim they owe money for unpaid tolls. The messages say you need to pay a balance, often around five dollars, within a day or two to avoid a late fee. They include a link that looks similar to a real toll agency’s website.",
            "The texts are phishing. Scammers want you to click the link and enter your payment information or personal details. The web addresses change constantly, and many of them use a toll service name followed by extra words or odd domain endings.",
            "Toll agencies say they don’t send payment requests this way. If you think you might owe a toll, check your account using the official website or app for the toll service in your state, or call the customer service number on your statement. Don’t use any link or phone number from the text.",
            "If you already clicked the link and entered your card number, contact your bank or card issuer right away and ask them to reverse the charge. If you gave your Social Security number, visit IdentityTheft.gov to find out what steps to take. And report the text to the FTC so law enforcement can see the trends.",
        ],
    ),
    dict(
        path="/2024/05/02/investment-scams-crypto-promises/",
        title="Investment scams promising crypto riches: what to know",
        dt="2024-05-02T13:00:00-04:00", shown="May 2, 2024",
        author="Jane Doe", tags=["investment-scams", "cryptocurrency"], tag_names=["Investment Scams", "Cryptocurrency"],
        summary="Scammers promise big returns from crypto trading platforms that are fake.",
        paras=[
            "Investment scams were the costliest type of fraud reported last year, and many of them involved cryptocurrency. The pitch often starts on social media or in a group chat, where someone claims to have made a fortune with a trading platform or an investment coach and offers to show you how.",
            "At first, the platform seems to work. You invest a small amount and watch your balance grow on the dashboard. You might even be allowed to withdraw a little money, which makes the whole thing look real. Encouraged, you invest more, sometimes borrowing money or cashing out retirement savings.",
            "Then you try to withdraw your profits, and the problems begin. The platform says you need to pay taxes, fees, or a security deposit first. Whatever you pay, there is always another fee. Eventually the site disappears, and so does your money.",
            "Remember: nobody can guarantee that you’ll make money, and anyone who promises big returns with no risk is lying. Don’t mix online dating and investment advice; a new online friend who wants to teach you about crypto is a well-known scam pattern. And never pay for an investment with gift cards or by sending cryptocurrency to someone you’ve only met online.",
            "Before you invest, search the name of the company or platform along with words like “review,” “scam,” or “complaint.” Check whether the person or firm is registered with securities regulators. If you’ve lost money to an investment scam, report it to the FTC and to the SEC.",
        ],
    ),
]
