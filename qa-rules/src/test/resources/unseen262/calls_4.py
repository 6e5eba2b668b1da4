# Calls 31-40 of the unseen262 set. Original text; all people, companies and products are invented.
# signals: (turn, category, evidence); qa spans: (turn, evidence); neg: customer turns with negative emotion.
R, C = "rep", "customer"

CALLS = [
    dict(
        n=31, industry="feed", risk="low",
        scenario="业务员问牛场有没有新牌子饲料上门，客户确认来过、说更便宜，留了电话还没定",
        tags=["competitor_mention", "price_mention", "ambiguous", "competitor", "price"],
        turns=[
            (R, "包大哥您好，我小聂啊，这两天路过您那边，想问问牛场的情况。"),  # 0
            (C, "小聂啊，你说。"),  # 1
            (R, "现在存栏多少头？精料一天喂多少？"),  # 2
            (C, "一百二十头，一天差不多一吨出头。"),  # 3
            (R, "挺好。听说最近有家新牌子的业务员在咱们镇上跑，去过您那儿吗？"),  # 4
            (C, "来过，说价钱比你们便宜，我留了个电话，还没想好。"),  # 5
            (R, "明白。您要是觉得价格上有压力，我回去跟经理申请一下，量大可以给您点优惠。"),  # 6
            (C, "行，你问问。"),  # 7
            (R, "好，我后天给您回话。"),  # 8
            (C, "好。"),  # 9
            (R, "谢谢包大哥，您忙。"),  # 10
        ],
        signals=[(5, "price", "价钱比你们便宜"), (5, "competitor", "我留了个电话")],
        qa=dict(greeting=True, self_intro=False, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[],
    ),
    dict(
        n=32, industry="hotel_supplies", risk="medium",
        scenario="酒店采购负责人换人，新负责人确认一栋楼关闭装修、客房减少，一次性用品订单下降",
        tags=["contact_change", "demand_reduction"],
        turns=[
            (R, "毕经理您好，我是锦眠酒店用品的客户经理彭宇，以前一直跟贵酒店的葛经理对接。"),  # 0
            (C, "葛经理已经不在了，现在采购是我负责。"),  # 1
            (R, "好的，以后请多关照。这个季度的一次性用品订单比上季度少了不少，是入住情况有变化吗？"),  # 2
            (C, "对，我们关了一栋楼在装修，客房少了一百多间。"),  # 3
            (R, "明白。那装修大概什么时候完工？"),  # 4
            (C, "说是年底，具体不好说。"),  # 5
            (R, "那这段时间订单先按现在的量走，每个月初我跟您确认一次数量，您看可以吗？"),  # 6
            (C, "可以。"),  # 7
            (R, "好的，谢谢毕经理，下个月一号我再跟您联系。"),  # 8
        ],
        signals=[(1, "contact_change", "葛经理已经不在了"), (3, "demand_reduction", "关了一栋楼在装修")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[],
    ),
    dict(
        n=33, industry="b2b_saas", risk="none",
        scenario="档案管理软件年底续费确认，经理担心预算压缩影响续费，客户否认并提出扩容",
        tags=["negation", "calm_renewal", "upsell"],
        turns=[
            (R, "桑经理，我是慧档云的客户经理尹航，年底了，跟您确认一下续费的事。"),  # 0
            (C, "尹经理你好。"),  # 1
            (R, "之前您提过今年公司在压缩开支，续费预算会不会受影响？"),  # 2
            (C, "不会，预算上个月就批了，照常续。"),  # 3
            (R, "太好了。咱们现在存了多少份合同档案？空间快满了吗？"),  # 4
            (C, "用了七成左右吧，明年估计要扩容。"),  # 5
            (R, "那续费的时候我一起给您报一个扩容的价，周五之前发给您。"),  # 6
            (C, "好。"),  # 7
            (R, "谢谢桑经理，祝您新年快乐。"),  # 8
        ],
        signals=[],
        qa=dict(greeting=False, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[],
    ),
    dict(
        n=34, industry="industrial_equipment", risk="low",
        scenario="机床销售直接推备件套餐，客户说今年厂里订单一般只买两套轴承，销售夸口五年不用换",
        tags=["upsell", "ambiguous", "demand_reduction", "over_promise"],
        turns=[
            (R, "乔厂长您好，我是精铸机床的庄毅，给您报一下下半年的备件套餐。"),  # 0
            (C, "你说。"),  # 1
            (R, "主轴轴承、导轨滑块加刀塔一套，今年打包价四万八，比单买省一成多。"),  # 2
            (C, "今年厂里订单一般，备件先少买点，轴承先来两套就行。"),  # 3
            (R, "好的。我们这款轴承质量没得说，装上去保证五年不用换。"),  # 4
            (C, "行，先两套。"),  # 5
            (R, "那我下周一发货，周三前到您厂里。"),  # 6
            (C, "好。"),  # 7
            (R, "谢谢乔厂长，您忙。"),  # 8
        ],
        signals=[(3, "demand_reduction", "今年厂里订单一般")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=False, forbidden_words=[],
                over_promise=[(4, "保证五年不用换")],
                next_step=True, closing=True),
        neg=[],
    ),
    dict(
        n=35, industry="telecom", risk="medium",
        scenario="宽带频繁掉线投诉回电，客户确认一天断四五次、上次没修好，说再修不好就换别家",
        tags=["complaint", "quality", "service", "competitor"],
        turns=[
            (R, "甘老板您好，我是远航通信的投诉处理专员沈佳，关于您昨天的投诉给您回电。"),  # 0
            (C, "哦，是投诉的事啊。"),  # 1
            (R, "您反映店里的宽带从周一开始老断，是吗？"),  # 2
            (C, "对，一天断四五次，顾客扫码付不了钱。"),  # 3
            (R, "实在抱歉。装维师傅上次去看过吗？"),  # 4
            (C, "来过一次，换了个水晶头就走了，根本没解决。"),  # 5
            (R, "明白了，这种情况多半是外线的问题。我已经给您升级成加急工单，今天下午五点前线路组的师傅会上门。"),  # 6
            (C, "行，今天再修不好，我就换别家了。"),  # 7
            (R, "您放心，我会一直跟进，修好后我再给您打电话确认。"),  # 8
            (C, "好。"),  # 9
            (R, "谢谢甘老板的耐心，给您添麻烦了。"),  # 10
        ],
        signals=[(3, "quality", "一天断四五次"), (5, "service", "根本没解决"),
                 (7, "competitor", "我就换别家了")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[3, 5, 7],
    ),
    dict(
        n=36, industry="bank_wealth", risk="high",
        scenario="私人银行大客户专户亏损，客户确认在谈券商团队、年后转户，投顾指责客户又违规承诺收益",
        tags=["big_account", "complaint", "over_promise", "quality", "competitor"],
        turns=[
            (R, "褚总您好，我是锦川银行私人银行部的投资顾问龙啸。"),  # 0
            (C, "嗯，说吧。"),  # 1
            (R, "您的专户今年整体回撤了一些，我想约您聊一下调仓。"),  # 2
            (C, "一些？三千万的盘子亏了两百多万，你管这叫一些？"),  # 3
            (R, "主要是权益部分受了市场影响。另外听说您最近在接触券商那边的团队。"),  # 4
            (C, "对，在跟鼎信证券谈，年后把账户转过去。"),  # 5
            (R, "褚总，这也跟您当初自己选的风险等级有关，您非要买高风险的，我也提醒过。"),  # 6
            (C, "你这是在怪我？"),  # 7
            (R, "不是不是，我说错了。您再给我一次机会，调仓之后明年收益稳稳拿到百分之十五。"),  # 8
            (C, "这话我不会再信了。"),  # 9
            (R, "那我下周三到您公司当面汇报调仓方案，您看行吗？"),  # 10
            (C, "你来吧，但转户的事我已经定了。"),  # 11
            (R, "好的，谢谢褚总，下周三见。"),  # 12
        ],
        signals=[(3, "quality", "亏了两百多万"), (5, "competitor", "在跟鼎信证券谈"),
                 (5, "competitor", "年后把账户转过去"), (11, "competitor", "转户的事我已经定了")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=False,
                forbidden_words=[(6, "您非要买高风险的")],
                over_promise=[(8, "收益稳稳拿到百分之十五")],
                next_step=True, closing=True),
        neg=[3, 7, 9, 11],
    ),
    dict(
        n=37, industry="fmcg_distribution", risk="none",
        scenario="饼干业务员对月单，客户提到别的牌子在搞买二送一但老顾客不受影响，照常订货",
        tags=["hard_negative", "competitor_mention", "calm"],
        turns=[
            (R, "屈老板您好，我小霍，过来跟您对一下这个月的单子。"),  # 0
            (C, "小霍啊，来吧。"),  # 1
            (R, "这个月苏打饼干和夹心饼干各要多少箱？店里卖得怎么样？"),  # 2
            (C, "苏打的走得快，要八十箱，夹心的四十箱。"),  # 3
            (R, "好的，我记下了。最近店里还有什么需要我们配合的？"),  # 4
            (C, "对了，另一个牌子在我们这片搞买二送一，不过老顾客认你们的口味，没怎么受影响。"),  # 5
            (R, "那就好，有情况您随时跟我说。周四上午我把货送到您仓库。"),  # 6
            (C, "行。"),  # 7
            (R, "谢谢屈老板，祝生意兴隆。"),  # 8
        ],
        signals=[],
        qa=dict(greeting=True, self_intro=False, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[],
    ),
    dict(
        n=38, industry="furniture", risk="low",
        scenario="办公家具销售跟进新办公区项目，客户说扩招可能推后、工位数不一定，没有约定下一步",
        tags=["ambiguous", "demand_reduction"],
        turns=[
            (R, "盛总监您好，我是松韵家具办公事业部的柏然。"),  # 0
            (C, "你好，柏经理。"),  # 1
            (R, "上次您说下半年新办公区要上两百个工位，这个项目现在进展到哪一步了？"),  # 2
            (C, "公司还在评估，扩招可能往后推，工位数也不一定有两百个了。"),  # 3
            (R, "明白。那现有办公区的椅子用着还行吗？有没有需要维修的？"),  # 4
            (C, "都挺好，没什么问题。"),  # 5
            (R, "那好，项目有新的进展您随时联系我。"),  # 6
            (C, "好的。"),  # 7
            (R, "谢谢盛总监，祝您工作顺利。"),  # 8
        ],
        signals=[(3, "demand_reduction", "扩招可能往后推")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=False, closing=True),
        neg=[],
    ),
    dict(
        n=39, industry="feed", risk="medium",
        scenario="蛋鸡场换了场长，新场长确认原场长调走、饲料厂三个月没人来，考虑换回原来用的别家料",
        tags=["contact_change", "communication", "competitor_mention", "price_mention", "competitor", "price"],
        turns=[
            (R, "您好，请问是车场长吗？我是丰穗饲料的区域经理易峰。"),  # 0
            (C, "是我，我刚接手这个场没多久。"),  # 1
            (R, "原来的洪场长是调走了吗？"),  # 2
            (C, "对，老板把他调到新场去了，这边现在我说了算。"),  # 3
            (R, "好的，以后多关照。您接手以后，咱们场里的产蛋率怎么样？"),  # 4
            (C, "还行，九成左右。不过我得说，你们的人快三个月没来过场里了。"),  # 5
            (R, "这是我们疏忽了，以后我每个月来一趟。听说您原来那个场用的是别家的料？"),  # 6
            (C, "是，价格比你们低一些，我在考虑要不要换过来。"),  # 7
            (R, "明白。下周二我带营养师过来，把您的配方和价格一起对一下。"),  # 8
            (C, "行，你来了再说。"),  # 9
            (R, "好的，谢谢车场长，下周二见。"),  # 10
        ],
        signals=[(3, "contact_change", "老板把他调到新场去了"), (5, "communication", "快三个月没来过场里了"),
                 (7, "price", "价格比你们低一些"), (7, "competitor", "在考虑要不要换过来")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[5],
    ),
    dict(
        n=40, industry="hotel_supplies", risk="high",
        scenario="连锁酒店集团客用品重新招标，客户确认不让投标、门店断货、已谈好两家新供应商，经理失言",
        tags=["big_account", "complaint", "over_promise", "non_renewal", "service", "competitor"],
        turns=[
            (R, "喂，柴总，我魏凡，华栖酒店用品的。"),  # 0
            (C, "魏经理，有事说吧。"),  # 1
            (R, "听说集团今年的客用品要重新招标？"),  # 2
            (C, "对，已经发标了，你们这次可以不用来投了。"),  # 3
            (R, "柴总，是我们哪里做得不好吗？"),  # 4
            (C, "上半年十几家门店断货，催了多少次你们都说在路上。"),  # 5
            (R, "那是物流公司的问题，我们也催了，说了您也不懂物流那边的情况。"),  # 6
            (C, "我不懂？那你跟招标小组解释去吧。新供应商我们已经谈好了两家。"),  # 7
            (R, "对不起柴总，我刚才说话冲了。现有合同还有三个月，这段时间我保证一次都不会断货。"),  # 8
            (C, "随你吧。"),  # 9
            (R, "好，那我先挂了。"),  # 10
        ],
        signals=[(3, "non_renewal", "你们这次可以不用来投了"), (5, "service", "十几家门店断货"),
                 (7, "competitor", "新供应商我们已经谈好了两家")],
        qa=dict(greeting=False, self_intro=True, needs_discovery=True,
                forbidden_words=[(6, "说了您也不懂")],
                over_promise=[(8, "保证一次都不会断货")],
                next_step=False, closing=False),
        neg=[3, 5, 7, 9],
    ),
]
