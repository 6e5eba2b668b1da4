# Calls 21-30 of the unseen262 set. Original text; all people, companies and products are invented.
# signals: (turn, category, evidence); qa spans: (turn, evidence); neg: customer turns with negative emotion.
R, C = "rep", "customer"

CALLS = [
    dict(
        n=21, industry="fmcg_distribution", risk="medium",
        scenario="乳业渠道经理问网店低价的事，经销商确认线上价比他进货价还低，抱怨承诺总不兑现",
        tags=["complaint", "channel_conflict", "communication", "price_mention"],
        turns=[
            (R, "鲁老板您好，我是蜜丰乳业的渠道经理蔡明。"),  # 0
            (C, "蔡经理，你来得正好。"),  # 1
            (R, "听业务员说，您对网上旗舰店的价格有意见？"),  # 2
            (C, "有，你们网店一箱牛奶比我的进货价还便宜五块，超市都不从我这拿了。"),  # 3
            (R, "这个情况总部已经知道了，下个月会统一线上价格。"),  # 4
            (C, "每次都说下个月。我这个月进货先减三成。"),  # 5
            (R, "理解您的难处。您这边现在库存有多少？临期的多吗？"),  # 6
            (C, "一千多箱，临期的有两百来箱。"),  # 7
            (R, "临期的我帮您申请调换，这周五前给您答复。"),  # 8
            (C, "行，你先把这个办了。"),  # 9
            (R, "好，感谢鲁老板，我周五前一定回您。"),  # 10
        ],
        signals=[(3, "channel_conflict", "网店一箱牛奶比我的进货价还便宜五块"),
                 (5, "communication", "每次都说下个月")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[3, 5],
    ),
    dict(
        n=22, industry="furniture", risk="high",
        scenario="家具区域经理问经销商是否在谈别的品牌，客户确认、嫌出厂价两次上调，合同到期不签",
        tags=["competitor_mention", "price_mention", "over_promise", "competitor", "price", "non_renewal"],
        turns=[
            (R, "姜总，我詹浩，松韵家具的，最近店里忙不忙？"),  # 0
            (C, "还行吧。"),  # 1
            (R, "听说您在谈另一个品牌的代理？"),  # 2
            (C, "是，已经谈得差不多了，下个月就进样品。"),  # 3
            (R, "是出厂价的原因吗？今年我们确实调了两次。"),  # 4
            (C, "调两次谁扛得住？利润都快没了。"),  # 5
            (R, "姜总，明年我保证给您全省最低的拿货价，别家谁都比不了。"),  # 6
            (C, "晚了，合同到期我就不签了，展厅要腾出来给新品牌。"),  # 7
            (R, "那您看能不能至少保留一半的展位？"),  # 8
            (C, "这个再说吧。"),  # 9
            (R, "好，那先这样。"),  # 10
        ],
        signals=[(3, "competitor", "已经谈得差不多了"), (5, "price", "调两次谁扛得住"),
                 (7, "non_renewal", "合同到期我就不签了")],
        qa=dict(greeting=False, self_intro=True, needs_discovery=True, forbidden_words=[],
                over_promise=[(6, "保证给您全省最低的拿货价")],
                next_step=False, closing=False),
        neg=[5, 7],
    ),
    dict(
        n=23, industry="feed", risk="none",
        scenario="鱼料涨价提前告知，养殖户表示原料都涨、能理解，照常下单",
        tags=["hard_negative", "price_mention", "calm"],
        turns=[
            (R, "金大姐您好，我是禾润饲料的业务经理温博。"),  # 0
            (C, "小温啊，你好。"),  # 1
            (R, "塘里的鱼最近吃食怎么样？天热了有没有浮头？"),  # 2
            (C, "吃得挺好，早上有点浮头，开了增氧机就好了。"),  # 3
            (R, "那就好。这个月鱼料每吨涨了八十，跟您提前说一下。"),  # 4
            (C, "知道，豆粕都涨了，这个正常，不差这点。"),  # 5
            (R, "谢谢理解。那下批还是按十五吨给您送？"),  # 6
            (C, "对，十五吨，周末前送到就行。"),  # 7
            (R, "好，我安排周六上午送到塘口。"),  # 8
            (C, "好嘞。"),  # 9
            (R, "谢谢金大姐，祝今年丰收。"),  # 10
        ],
        signals=[],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[],
    ),
    dict(
        n=24, industry="hotel_supplies", risk="low",
        scenario="酒店用品销售向民宿推新款毛巾，客户说今年预算紧、旧的先用着，销售没问需求",
        tags=["upsell", "ambiguous", "demand_reduction"],
        turns=[
            (R, "邱老板您好，我是素宿酒店用品的侯佳。"),  # 0
            (C, "你好。"),  # 1
            (R, "我们新出了一款加厚的竹纤维毛巾，吸水特别好，想推荐给您的民宿换一批。"),  # 2
            (C, "今年预算压得紧，旧的还能用就先用着。"),  # 3
            (R, "明白。这款下个月起有八折，您要是改主意了正好赶上。"),  # 4
            (C, "到时候看看吧。"),  # 5
            (R, "好的，我先寄一条样品给您，这周内寄出。"),  # 6
            (C, "行，寄来看看。"),  # 7
            (R, "谢谢邱老板，祝您生意兴隆。"),  # 8
        ],
        signals=[(3, "demand_reduction", "今年预算压得紧")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=False, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[],
    ),
    dict(
        n=25, industry="b2b_saas", risk="high",
        scenario="集团大客户续约沟通，客户确认明年不续、统一换竞品，报价低四成，宕机处理慢",
        tags=["big_account", "competitor_mention", "price_mention", "non_renewal", "competitor", "price",
              "service", "quality"],
        turns=[
            (R, "阎总您好，我是星图协同大客户部的杜衡，关于贵集团明年续约的事，想跟您沟通一下。"),  # 0
            (C, "杜经理，正好，我们这边已经有结论了。"),  # 1
            (R, "您说。"),  # 2
            (C, "明年不续了，集团决定统一换成越岭的平台。"),  # 3
            (R, "是价格方面的原因吗？"),  # 4
            (C, "有这个原因，越岭的报价比你们低了将近四成。"),  # 5
            (R, "那这两年的服务您还满意吗？"),  # 6
            (C, "也一般，上次系统宕机半天，你们到第二天才给说法。"),  # 7
            (R, "这个是我们的问题。阎总，还有商量的余地吗？我们可以重新报价。"),  # 8
            (C, "合同已经在走流程了，不太可能。"),  # 9
            (R, "我明白。数据迁移这块我们会全力配合，我下周一把迁移方案发给贵集团信息中心。"),  # 10
            (C, "好，这个你们配合好就行。"),  # 11
            (R, "谢谢阎总这几年的支持。"),  # 12
        ],
        signals=[(3, "non_renewal", "明年不续了"), (3, "competitor", "统一换成越岭的平台"),
                 (5, "price", "报价比你们低了将近四成"), (7, "quality", "系统宕机半天"),
                 (7, "service", "到第二天才给说法")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[7],
    ),
    dict(
        n=26, industry="industrial_equipment", risk="none",
        scenario="水泵销售以为客户采购换了人，客户否认，顺便安排离心泵半年保养",
        tags=["negation", "calm"],
        turns=[
            (R, "鲍工您好，我是振邦泵业的销售黎志远。"),  # 0
            (C, "小黎，你好。"),  # 1
            (R, "我听说贵厂采购这块最近换人了，以后是不是要跟新的负责人对接？"),  # 2
            (C, "没换，还是我管，你听岔了，是隔壁车间换了主任。"),  # 3
            (R, "哦，那是我搞错了。咱们那两台离心泵最近运转正常吗？"),  # 4
            (C, "正常，到了半年保养的时候了，你们顺便安排一下。"),  # 5
            (R, "好的，我明天上午让售后带着保养包过去。"),  # 6
            (C, "行，明天上午我在泵房。"),  # 7
            (R, "好的，谢谢鲍工，您先忙。"),  # 8
        ],
        signals=[],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[],
    ),
    dict(
        n=27, industry="telecom", risk="low",
        scenario="专线提速方案跟进，客户说老板嫌每月多八百有点贵，经理答应申请折扣",
        tags=["upsell", "price_mention", "price", "ambiguous"],
        turns=[
            (R, "喂，聂主管，我是天澜通信政企部的萧然，上次说的专线提速的事，想跟您再确认一下。"),  # 0
            (C, "哦，萧经理，这个事我跟老板汇报了。"),  # 1
            (R, "老板怎么说？"),  # 2
            (C, "他觉得提速是好事，就是嫌每月多出来的八百块有点贵。"),  # 3
            (R, "明白。您现在的专线高峰期卡不卡？仓库扫码那块够用吗？"),  # 4
            (C, "高峰期偶尔慢一点，大部分时候够用。"),  # 5
            (R, "那我回去申请一下，看能不能按三年合约给您打个折，下周三之前给您新方案。"),  # 6
            (C, "行，你弄好了发我。"),  # 7
            (R, "好的，那就这样。"),  # 8
        ],
        signals=[(3, "price", "嫌每月多出来的八百块有点贵")],
        qa=dict(greeting=False, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=False),
        neg=[],
    ),
    dict(
        n=28, industry="bank_wealth", risk="medium",
        scenario="新理财经理接手，客户确认一年换了两个经理、基金到期没人通知，决定先赎回一部分",
        tags=["contact_change", "communication", "non_renewal", "complaint"],
        turns=[
            (R, "邬女士您好，我是岚山银行城北支行的理财经理石悦，从这个月起由我为您服务。"),  # 0
            (C, "又换人了？"),  # 1
            (R, "是的，之前的钟经理去分行营业部了，他的客户交给了我。"),  # 2
            (C, "一年换了两个了，每次都要从头说一遍。"),  # 3
            (R, "给您添麻烦了。我看您有一笔基金上个月就过了封闭期，之前有人跟您说过吗？"),  # 4
            (C, "没人说，还是我自己在手机上看到的。"),  # 5
            (R, "这是我们工作没做到位。您这笔钱是想继续投，还是先赎回来？"),  # 6
            (C, "我先赎一部分吧，剩下的再看看。"),  # 7
            (R, "好，我周四上午给您做一个资产配置的方案，您来网点还是我电话给您讲？"),  # 8
            (C, "电话讲吧。"),  # 9
            (R, "好的，周四上午十点给您打电话，谢谢邬女士。"),  # 10
        ],
        signals=[(2, "contact_change", "钟经理去分行营业部了"), (3, "contact_change", "一年换了两个了"),
                 (5, "communication", "没人说"), (7, "non_renewal", "先赎一部分")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[1, 3, 5],
    ),
    dict(
        n=29, industry="fmcg_distribution", risk="high",
        scenario="经销商投诉邻县窜货和厂家直供超市，区域经理推给总部，客户确认已有别的品牌找他并停货",
        tags=["complaint", "channel_conflict", "competitor_mention", "service", "competitor", "non_renewal"],
        turns=[
            (R, "芮老板您好，我是味源调味品的区域经理钟凯。"),  # 0
            (C, "钟经理，我正要找你。"),  # 1
            (R, "我猜是邻县窜货那件事。"),  # 2
            (C, "对，邻县的货这个月又窜过来了，比我的价低一块五。"),  # 3
            (R, "这个我上报了，正在查批号。"),  # 4
            (C, "查了三个月了。还有，县里那家连锁超市，你们公司是不是直接给他供货了？"),  # 5
            (R, "是，那是总部大客户部谈的，您有意见去找总部。"),  # 6
            (C, "好，那我也不跟你们耗了，已经有两个牌子找我做代理，下个月我就停你们的货。"),  # 7
            (R, "芮老板，您先别冲动，我后天过去，当面跟您谈补差价的方案。"),  # 8
            (C, "你来也行，但这个月的货我就不订了。"),  # 9
            (R, "好的，后天上午到，谢谢芮老板。"),  # 10
        ],
        signals=[(3, "channel_conflict", "邻县的货这个月又窜过来了"), (5, "service", "查了三个月了"),
                 (5, "channel_conflict", "你们公司是不是直接给他供货了"),
                 (7, "competitor", "已经有两个牌子找我做代理"), (7, "non_renewal", "下个月我就停你们的货"),
                 (9, "non_renewal", "这个月的货我就不订了")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=False,
                forbidden_words=[(6, "您有意见去找总部")], over_promise=[],
                next_step=True, closing=True),
        neg=[3, 5, 7, 9],
    ),
    dict(
        n=30, industry="furniture", risk="none",
        scenario="家居顾问回访沙发使用，客户满意，顺势推荐岩板茶几，顾问夸大承诺",
        tags=["calm", "upsell", "over_promise"],
        turns=[
            (R, "武女士您好，我是木言家居滨江店的家居顾问俞洁，您上个月在我们店买了一套布艺沙发，想回访一下。"),  # 0
            (C, "哦，你好。"),  # 1
            (R, "沙发用着怎么样？坐感和颜色跟家里搭不搭？"),  # 2
            (C, "挺好的，家里人都说舒服。"),  # 3
            (R, "那太好了。您之前看中的那款岩板茶几，这周有活动，比原价便宜六百。"),  # 4
            (C, "是吗？我正好想配一个。"),  # 5
            (R, "这款台面是进口岩板，用一辈子都不会有划痕。"),  # 6
            (C, "那我周末过去看看实物。"),  # 7
            (R, "好的，周六您几点方便？我给您留着样品。"),  # 8
            (C, "下午三点左右吧。"),  # 9
            (R, "好的，周六下午三点见，谢谢武女士。"),  # 10
        ],
        signals=[],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[],
                over_promise=[(6, "用一辈子都不会有划痕")],
                next_step=True, closing=True),
        neg=[],
    ),
]
