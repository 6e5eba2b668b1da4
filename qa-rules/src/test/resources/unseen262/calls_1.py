# Calls 01-10 of the unseen262 set. Original text; all people, companies and products are invented.
# signals: (turn, category, evidence); qa spans: (turn, evidence); neg: customer turns with negative emotion.
R, C = "rep", "customer"

CALLS = [
    dict(
        n=1, industry="b2b_saas", risk="none",
        scenario="客户成功经理回访协同软件使用情况，问客户是否在看别家系统，客户否认",
        tags=["negation", "competitor_mention", "calm"],
        turns=[
            (R, "林经理您好，我是星图协同的客户成功经理顾晓雯，今天打过来想跟您聊聊系统这半年的使用情况。"),  # 0
            (C, "顾经理好，你说。"),  # 1
            (R, "咱们现在每天登录的人数大概有多少？审批流程那块用得顺不顺？"),  # 2
            (C, "每天差不多七八十人在用，审批挺顺的。"),  # 3
            (R, "那就好。最近有几家同行在推类似的协同软件，想问一下贵公司有没有在看别的系统？"),  # 4
            (C, "没有，没在看，用惯了不想折腾。"),  # 5
            (R, "明白。另外明年的续费价格保持不变，这点您放心。"),  # 6
            (C, "好，那就行。"),  # 7
            (R, "我们下个月上线报表模块，我下周二下午给您们的管理员做一次线上演示，您看可以吗？"),  # 8
            (C, "可以，周二下午两点吧。"),  # 9
            (R, "好的，周二两点我把会议邀请发过去，谢谢林经理，祝您工作顺利。"),  # 10
        ],
        signals=[],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[],
    ),
    dict(
        n=2, industry="industrial_equipment", risk="low",
        scenario="空压机维保合同快到期，客户想续但今年预算还没批，约好月中再跟进",
        tags=["calm_renewal", "ambiguous", "non_renewal"],
        turns=[
            (R, "宋工您好，我是恒昌机电的销售工程师葛磊，打扰您几分钟。"),  # 0
            (C, "葛工啊，没事，你说。"),  # 1
            (R, "咱们厂那三台空压机的维保合同下个月底到期，想先跟您确认一下续签的事。"),  # 2
            (C, "续是想续，就是今年的预算还没批下来。"),  # 3
            (R, "明白。设备最近运行怎么样？排气压力稳不稳？"),  # 4
            (C, "挺稳的，没出什么毛病。"),  # 5
            (R, "那就好。预算这块大概什么时候能有结果？"),  # 6
            (C, "估计月中吧，财务还在排。"),  # 7
            (R, "好，那我十五号再给您打电话，续签的报价单我今天先发您邮箱。"),  # 8
            (C, "行，你先发过来。"),  # 9
            (R, "好嘞，谢谢宋工，您先忙。"),  # 10
        ],
        signals=[(3, "non_renewal", "预算还没批下来")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[],
    ),
    dict(
        n=3, industry="telecom", risk="medium",
        scenario="政企客户经理发现集团套餐对接人换了，新负责人确认换人并抱怨上月话费多出一截",
        tags=["contact_change", "price_mention", "price"],
        turns=[
            (R, "您好，请问是姚女士吗？我是天澜通信政企部的客户经理韩松。"),  # 0
            (C, "我是，什么事？"),  # 1
            (R, "贵公司的集团套餐之前一直是邹主任跟我对接，这次打给您，是邹主任不管这块了吗？"),  # 2
            (C, "对，邹主任调去分店了，现在归我管。"),  # 3
            (R, "好的，那以后我直接跟您对接。咱们公司现在一共多少张卡在用？流量够不够？"),  # 4
            (C, "四十来张吧，流量倒是够用。"),  # 5
            (R, "上个月有几张卡超出了套餐，所以费用比平时高了一点，不知道您注意到没有？"),  # 6
            (C, "注意到了，上个月多出来三百多块。"),  # 7
            (R, "我理解。我把每张卡的使用明细整理好，周四上午去店里当面跟您过一遍，看哪些可以换成更合适的套餐。"),  # 8
            (C, "行吧，周四上午我在。"),  # 9
            (R, "好的，谢谢姚女士，周四见。"),  # 10
        ],
        signals=[(3, "contact_change", "邹主任调去分店了"), (7, "price", "上个月多出来三百多块")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[7],
    ),
    dict(
        n=4, industry="bank_wealth", risk="high",
        scenario="理财经理告知产品回撤并提到客户已把钱转去他行，客户确认并表示剩余到期也不续，经理违规承诺收益",
        tags=["complaint", "competitor_mention", "over_promise", "quality", "competitor", "non_renewal"],
        turns=[
            (R, "喂，贺先生，我是锦川银行东湖支行的理财经理邵敏。"),  # 0
            (C, "嗯，什么事？"),  # 1
            (R, "您那笔混合型理财这两个月回撤比较大，跟您说一声。"),  # 2
            (C, "回撤？直说吧，亏了百分之九，我自己早看到了。"),  # 3
            (R, "另外我看系统里，您上周把一笔钱转到别的银行了。"),  # 4
            (C, "对，已经转走一半了。"),  # 5
            (R, "贺先生，您先别急着转，我们新出的一款稳健型，年化肯定不低于百分之五，本金绝对安全。"),  # 6
            (C, "上回买的时候你也是这么说的。剩下那笔到期我也不续了。"),  # 7
            (R, "那行吧，您有需要再联系我。"),  # 8
        ],
        signals=[(3, "quality", "亏了百分之九"), (5, "competitor", "已经转走一半了"),
                 (7, "non_renewal", "剩下那笔到期我也不续了")],
        qa=dict(greeting=False, self_intro=True, needs_discovery=False, forbidden_words=[],
                over_promise=[(6, "年化肯定不低于百分之五"), (6, "本金绝对安全")],
                next_step=False, closing=False),
        neg=[3, 7],
    ),
    dict(
        n=5, industry="fmcg_distribution", risk="none",
        scenario="饮料厂业务经理跟经销商核库存谈备货，客户顺口说有果汁厂家找他代理但没答应",
        tags=["hard_negative", "competitor_mention", "negation", "upsell"],
        turns=[
            (R, "曹老板您好，我是清泉饮品华中区的业务经理汤立新。"),  # 0
            (C, "汤经理，你好你好。"),  # 1
            (R, "咱们这个月的茶饮走得怎么样？库存还剩多少？"),  # 2
            (C, "走得还行，库存大概还有三百箱。对了，前几天有个做果汁的厂家来找我代理，我没答应。"),  # 3
            (R, "谢谢曹老板信任。夏天快到了，要不要提前备一点？下个月起有满五百箱返点的政策。"),  # 4
            (C, "行，你给我算算备多少合适。"),  # 5
            (R, "好，我明天中午前把补货方案和返点明细发您微信。"),  # 6
            (C, "好。"),  # 7
            (R, "谢谢曹老板支持，祝生意兴隆。"),  # 8
        ],
        signals=[],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[],
    ),
    dict(
        n=6, industry="furniture", risk="low",
        scenario="家具品牌渠道专员回访经销门店，问明年经销协议续签，店主满意但说到时候再说",
        tags=["calm_renewal", "ambiguous", "non_renewal"],
        turns=[
            (R, "蒋姐您好，我是木言家居渠道部的祁峰，给您打个电话问问店里最近的情况。"),  # 0
            (C, "小祁啊，你好。"),  # 1
            (R, "这个季度咱们店里沙发系列卖得怎么样？样品要不要换一批新款？"),  # 2
            (C, "卖得还可以，样品先不换，去年那批客人挺喜欢的。"),  # 3
            (R, "好的。还有个事，咱们的经销协议年底到期，明年续签您这边怎么考虑？"),  # 4
            (C, "这个到时候再说吧，先把今年的任务做完。"),  # 5
            (R, "明白，不着急。我下个月十号去店里一趟，顺便把明年的政策带给您看。"),  # 6
            (C, "行，来之前打个电话。"),  # 7
            (R, "好嘞，谢谢蒋姐，祝店里生意越来越好。"),  # 8
        ],
        signals=[(5, "non_renewal", "到时候再说吧")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[],
    ),
    dict(
        n=7, industry="feed", risk="medium",
        scenario="饲料技术员问订料为何减少，养殖户确认猪价低已压缩存栏，下月用料减半",
        tags=["demand_reduction", "silent_churn"],
        turns=[
            (R, "梁老板您好，我是丰穗饲料的技术服务员马骏，想问问您场里最近的情况。"),  # 0
            (C, "马技术员啊，你说。"),  # 1
            (R, "咱们场里现在存栏还有多少头？上个月的料好像订得比往常少。"),  # 2
            (C, "对，少了，我现在只留了四百头，前阵子卖掉一批。"),  # 3
            (R, "是因为行情的原因吗？"),  # 4
            (C, "嗯，猪价太低，养多了亏得多。"),  # 5
            (R, "理解。那下个月的料大概还要多少？"),  # 6
            (C, "估计就七八吨，比原来少一半。"),  # 7
            (R, "好，我按八吨给您排。另外我下周三过去看看育肥舍，顺便帮您调一下配方，能省点料钱。"),  # 8
            (C, "那好，你来吧。"),  # 9
            (R, "好的，谢谢梁老板，周三见。"),  # 10
        ],
        signals=[(3, "demand_reduction", "只留了四百头")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[],
    ),
    dict(
        n=8, industry="hotel_supplies", risk="high",
        scenario="酒店布草质量投诉，客户确认在试用别家布草、合同到期大概率不续，客户经理过度承诺",
        tags=["complaint", "competitor_mention", "over_promise", "quality", "competitor", "non_renewal"],
        turns=[
            (R, "陶经理您好，我是锦眠酒店用品的客户经理彭宇。"),  # 0
            (C, "嗯。"),  # 1
            (R, "上周送的那批浴巾，听前台说有客人反映掉毛，是这样吗？"),  # 2
            (C, "不止掉毛，洗两次就发硬，客人投诉好几回了。"),  # 3
            (R, "这个我们很重视。我还听说您这边在试别家的布草？"),  # 4
            (C, "对，在试东岭的，这个月两层楼已经换上了。"),  # 5
            (R, "陶经理，这批是个别问题，下批一根毛都不掉，用三年都跟新的一样。"),  # 6
            (C, "这话你们上次也讲过。合同三月到期，到时候大概率就不续了。"),  # 7
            (R, "那这样，我明天上午带质检报告和新样品过去，当面给您看，换货的事也一并处理。"),  # 8
            (C, "你来吧，但别抱太大希望。"),  # 9
            (R, "好的，谢谢陶经理给机会，明天见。"),  # 10
        ],
        signals=[(3, "quality", "洗两次就发硬"), (5, "competitor", "在试东岭的"),
                 (7, "non_renewal", "大概率就不续了")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[],
                over_promise=[(6, "一根毛都不掉"), (6, "用三年都跟新的一样")],
                next_step=True, closing=True),
        neg=[3, 7, 9],
    ),
    dict(
        n=9, industry="b2b_saas", risk="low",
        scenario="财税软件客户经理告知明年年费上调，客户确认有点贵、要报老板，经理帮申请老客户折扣",
        tags=["price_mention", "calm_renewal", "price"],
        turns=[
            (R, "吴姐您好，我小郑啊，好久没跟您联系了。"),  # 0
            (C, "小郑啊，是有段时间没联系了。"),  # 1
            (R, "咱们财务那边现在开票和报销模块都在用吗？有没有哪里用着不顺手？"),  # 2
            (C, "都在用，报销那块偶尔会卡一下，问题不大。"),  # 3
            (R, "好的，卡的问题我记下来反馈给技术。另外明年标准版的年费要调到一万二，您这边能接受吗？"),  # 4
            (C, "比今年贵了两千，有点肉疼，我得跟老板报一下。"),  # 5
            (R, "理解。老客户续费有九折，我可以帮您申请。"),  # 6
            (C, "那你先申请着吧。"),  # 7
            (R, "好，我这周五之前把申请结果和正式报价发给您。"),  # 8
            (C, "行。"),  # 9
            (R, "谢谢吴姐，有事随时找我。"),  # 10
        ],
        signals=[(5, "price", "贵了两千，有点肉疼")],
        qa=dict(greeting=True, self_intro=False, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[],
    ),
    dict(
        n=10, industry="industrial_equipment", risk="medium",
        scenario="原销售离职后新销售接手，客户确认之前要的配电柜报价一直没人回",
        tags=["contact_change", "communication", "complaint"],
        turns=[
            (R, "您好，是祝工吗？我是宏拓电气的销售任浩，以后由我负责贵厂的业务。"),  # 0
            (C, "你负责？之前那个小田呢？"),  # 1
            (R, "田超上个月已经离职了，他手上的客户都转给我了。"),  # 2
            (C, "怪不得，我上个月要的配电柜报价一直没人回。"),  # 3
            (R, "实在抱歉，交接的时候漏了。您要的是哪个型号？用在哪个车间？"),  # 4
            (C, "新建的二号车间，要六台低压柜，图纸早就发过了。"),  # 5
            (R, "好的，我今天把图纸找出来，明天下午三点前把报价发您。"),  # 6
            (C, "行，这次别再拖了。"),  # 7
            (R, "一定不会。祝工，感谢您的耐心，我明天准时发。"),  # 8
        ],
        signals=[(2, "contact_change", "田超上个月已经离职了"), (3, "communication", "报价一直没人回")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[3, 7],
    ),
]
