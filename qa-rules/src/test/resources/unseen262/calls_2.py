# Calls 11-20 of the unseen262 set. Original text; all people, companies and products are invented.
# signals: (turn, category, evidence); qa spans: (turn, evidence); neg: customer turns with negative emotion.
R, C = "rep", "customer"

CALLS = [
    dict(
        n=11, industry="telecom", risk="high",
        scenario="客户在营业厅咨询转网，客户经理回电，客户确认因资费上涨要转走，经理推脱",
        tags=["complaint", "price_mention", "competitor_mention", "price", "competitor"],
        turns=[
            (R, "关先生您好，我是天澜通信的客户经理贾婷，看到您前天在营业厅问了转网的事，给您回个电话。"),  # 0
            (C, "对，我是想转走。"),  # 1
            (R, "方便说一下是什么原因吗？"),  # 2
            (C, "没打招呼每个月多扣我二十块，我还是翻账单才发现的。"),  # 3
            (R, "那是原来的优惠期到了，合同里有写。"),  # 4
            (C, "谁签合同会一条一条看？反正我已经在看别家的套餐了。"),  # 5
            (R, "这个我也没办法，规定就是这样。"),  # 6
            (C, "那就转吧，月底前我就去办。"),  # 7
            (R, "关先生您先别急，我帮您查查有没有能保留的优惠，明天中午前给您回电话。"),  # 8
            (C, "你看着办吧。"),  # 9
            (R, "好的，那明天再联系您。"),  # 10
        ],
        signals=[(1, "competitor", "我是想转走"), (3, "price", "每个月多扣我二十块"),
                 (5, "competitor", "在看别家的套餐了"), (7, "competitor", "那就转吧")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True,
                forbidden_words=[(6, "这个我也没办法")], over_promise=[],
                next_step=True, closing=False),
        neg=[3, 5, 7, 9],
    ),
    dict(
        n=12, industry="bank_wealth", risk="none",
        scenario="客户经理见客户取走定期，担心转去他行，客户否认，是给孙子交学费，约好到期续存",
        tags=["negation", "calm"],
        turns=[
            (R, "钱阿姨您好，我是锦川银行南湖支行的客户经理柯蔓。"),  # 0
            (C, "哦，小柯啊。"),  # 1
            (R, "我看您上周取了一笔定期，想问问是不是对我们哪里不满意，转到别的银行去了？"),  # 2
            (C, "没有没有，是给孙子交学费用了，没转别处。"),  # 3
            (R, "那就好，是我多想了。剩下的钱您是打算继续存定期，还是想看看稳一点的理财？"),  # 4
            (C, "还是存定期吧，我不想折腾。"),  # 5
            (R, "好的，下周一您那笔三年期到期，我帮您留着额度，您上午过来就行。"),  # 6
            (C, "行，周一上午我过去。"),  # 7
            (R, "好的，谢谢钱阿姨，您注意身体。"),  # 8
        ],
        signals=[],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[],
    ),
    dict(
        n=13, industry="fmcg_distribution", risk="low",
        scenario="调味品区域经理问有没有外区窜货，经销商说偶尔见过几箱、不算事，顺带推新品",
        tags=["channel_conflict", "ambiguous", "upsell"],
        turns=[
            (R, "喂，葛老板，我是味源调味品的区域经理钟凯。"),  # 0
            (C, "钟经理，啥事？"),  # 1
            (R, "想问问您那边最近有没有发现别的区的货流过来？有几个经销商反映了。"),  # 2
            (C, "偶尔见过几箱，量不大，不算什么事。"),  # 3
            (R, "好，您要是再看到，把批号拍给我，我来查。咱们现在酱油一个月走多少？"),  # 4
            (C, "一千二百箱上下，跟去年差不多。"),  # 5
            (R, "挺稳的。下个月新品蚝油要上，给您先配五十箱试试？"),  # 6
            (C, "行，先试试看。"),  # 7
            (R, "好，我后天安排发货，到了跟您说。"),  # 8
            (C, "好。"),  # 9
            (R, "那先这样。"),  # 10
        ],
        signals=[(3, "channel_conflict", "偶尔见过几箱")],
        qa=dict(greeting=False, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=False),
        neg=[],
    ),
    dict(
        n=14, industry="furniture", risk="medium",
        scenario="定制家具售后回访，客户确认书柜抽屉滑轨两周没修好，客服约周六上门但推卸责任",
        tags=["complaint", "service", "communication"],
        turns=[
            (R, "任先生您好，我是栖居定制的客服专员方琳，给您做一下安装后的回访。"),  # 0
            (C, "你们总算打电话来了。"),  # 1
            (R, "上次您反馈书柜抽屉滑轨有问题，师傅过去修好了吗？"),  # 2
            (C, "没修好，来了一趟说缺配件，到现在快两个星期了。"),  # 3
            (R, "非常抱歉。配件我刚查了，已经到仓库了。"),  # 4
            (C, "那什么时候来装？"),  # 5
            (R, "这周六上午十点安排师傅上门，您看方便吗？"),  # 6
            (C, "周六可以。这次再不来我就去平台投诉了。"),  # 7
            (R, "明白。不过配件慢是工厂发货的事，跟我们客服没关系。"),  # 8
            (C, "我不管是谁的事，我只认你们。"),  # 9
            (R, "好的好的，周六一定到，谢谢任先生。"),  # 10
        ],
        signals=[(1, "communication", "总算打电话来了"), (3, "service", "到现在快两个星期了")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True,
                forbidden_words=[(8, "跟我们客服没关系")], over_promise=[],
                next_step=True, closing=True),
        neg=[1, 3, 7, 9],
    ),
    dict(
        n=15, industry="feed", risk="high",
        scenario="养鸡户两个月没订料，业务员来电，客户确认已换用别家饲料，嫌贵且长得慢，预混料也停了",
        tags=["silent_churn", "competitor_mention", "over_promise", "competitor", "price", "quality",
              "non_renewal"],
        turns=[
            (R, "白大哥，我卢刚，金禾饲料的，您这两个月怎么没订料了？"),  # 0
            (C, "换了，现在用的是瑞谷的。"),  # 1
            (R, "是我们哪里做得不好吗？"),  # 2
            (C, "你们的料一吨比人家贵一百五，鸡长得还慢。"),  # 3
            (R, "那批小鸡料确实有客户说长得慢，我们已经改配方了。"),  # 4
            (C, "改不改跟我关系不大了，人家送货上门还给赊账。"),  # 5
            (R, "白大哥，我们也可以赊，您回来用，我保证您出栏体重比瑞谷的高。"),  # 6
            (C, "别了，先用着看吧。"),  # 7
            (R, "那您那边还用我们的预混料吗？"),  # 8
            (C, "预混料也停了。"),  # 9
            (R, "行吧。"),  # 10
        ],
        signals=[(1, "competitor", "现在用的是瑞谷的"), (3, "price", "一吨比人家贵一百五"),
                 (3, "quality", "鸡长得还慢"), (5, "competitor", "人家送货上门还给赊账"),
                 (9, "non_renewal", "预混料也停了")],
        qa=dict(greeting=False, self_intro=True, needs_discovery=True, forbidden_words=[],
                over_promise=[(6, "我保证您出栏体重比瑞谷的高")],
                next_step=False, closing=False),
        neg=[3, 5],
    ),
    dict(
        n=16, industry="hotel_supplies", risk="none",
        scenario="核对下季度洗护用品订单，客户提到别家报价便宜但样品不好，继续合作并加量",
        tags=["hard_negative", "price_mention", "competitor_mention", "calm"],
        turns=[
            (R, "孔经理您好，我是华栖酒店用品的苏晴，下季度的洗护用品订单想跟您核一下。"),  # 0
            (C, "苏晴你好，正好我也想找你。"),  # 1
            (R, "您请说。"),  # 2
            (C, "前两天有家供应商来报价，洗发水每瓶比你们便宜一毛五。"),  # 3
            (R, "明白。您这边是怎么考虑的？"),  # 4
            (C, "我们试了他们的样品，味道太冲，客人不会喜欢，还是用你们的。"),  # 5
            (R, "谢谢孔经理信任。下季度入住率预计怎么样？我好帮您估算数量。"),  # 6
            (C, "旺季，估计八成以上，按上季度多两成备吧。"),  # 7
            (R, "好，我明天下午把订单明细发您确认，下周一发货。"),  # 8
            (C, "可以。"),  # 9
            (R, "感谢孔经理，祝您工作顺利。"),  # 10
        ],
        signals=[],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[],
    ),
    dict(
        n=17, industry="b2b_saas", risk="medium",
        scenario="采购软件后台活跃账号大降，客户成功经理询问，客户确认部门不怎么用、推广负责人已离职",
        tags=["silent_churn", "contact_change", "demand_reduction", "ambiguous"],
        turns=[
            (R, "苗主管您好，我是易采云的客户成功经理邓宁。"),  # 0
            (C, "你好。"),  # 1
            (R, "我看后台数据，贵公司这两个月登录的账号从六十个降到了十几个，是业务上有什么调整吗？"),  # 2
            (C, "嗯，是少了，有些部门不怎么用了。"),  # 3
            (R, "是系统哪里不好用吗？"),  # 4
            (C, "也说不上，就是大家习惯了原来的表格。"),  # 5
            (R, "之前负责推广的谭经理还在吗？"),  # 6
            (C, "谭经理年初走了，现在没人专门管这个。"),  # 7
            (R, "明白。那我下周四过去，给各部门再做一次培训，您帮忙约一下人？"),  # 8
            (C, "我问问吧，不一定约得齐。"),  # 9
            (R, "好的，谢谢苗主管，有结果您告诉我。"),  # 10
        ],
        signals=[(3, "demand_reduction", "有些部门不怎么用了"), (7, "contact_change", "谭经理年初走了")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[],
    ),
    dict(
        n=18, industry="industrial_equipment", risk="high",
        scenario="钢厂大客户谈明年框架协议，客户确认售后慢、已在测试竞品变频器并准备重新招标，销售推脱",
        tags=["big_account", "complaint", "competitor_mention", "service", "competitor", "non_renewal"],
        turns=[
            (R, "严部长您好，我是恒昌机电大客户部的秦朗，想跟您聊聊明年框架协议的事。"),  # 0
            (C, "秦经理，我也正想跟你说这事。"),  # 1
            (R, "您请讲。"),  # 2
            (C, "今年报修的变频器，你们工程师平均一个礼拜才到现场，产线等不起。"),  # 3
            (R, "这个情况我知道，主要是工程师人手紧，不过售后那块不是我负责的。"),  # 4
            (C, "你不负责谁负责？我们是跟你们公司签的合同。"),  # 5
            (R, "抱歉，我说错话了。这事我回去推动。听说三号线最近换了一批设备，是在做什么测试吗？"),  # 6
            (C, "对，在用鼎泰的变频器做对比测试。"),  # 7
            (R, "测试多久了？效果怎么样？"),  # 8
            (C, "两个月了，响应比你们快。明年框架协议我们打算重新招标，不一定给你们了。"),  # 9
            (R, "严部长，我明白了。我下周二带售后总监一起过去，当面给您一个整改方案。"),  # 10
            (C, "来可以，但招标的事已经定了。"),  # 11
            (R, "好的，谢谢严部长，下周二见。"),  # 12
        ],
        signals=[(3, "service", "平均一个礼拜才到现场"), (7, "competitor", "在用鼎泰的变频器做对比测试"),
                 (9, "non_renewal", "不一定给你们了")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True,
                forbidden_words=[(4, "售后那块不是我负责的")], over_promise=[],
                next_step=True, closing=True),
        neg=[3, 5, 9, 11],
    ),
    dict(
        n=19, industry="telecom", risk="none",
        scenario="宽带续约回访，经理问涨十块是否有顾虑、有没有别家上门推销，客户都否认",
        tags=["negation", "price_mention", "competitor_mention", "calm_renewal"],
        turns=[
            (R, "庞女士您好，我是远航通信的客户经理范磊，给您做一下宽带的续约回访。"),  # 0
            (C, "你好。"),  # 1
            (R, "您店里的宽带下个月到期，这两年网速用得怎么样？"),  # 2
            (C, "挺好的，收银和监控都没掉过线。"),  # 3
            (R, "那就好。续约后资费每月会多十块，不知道您这边会不会有顾虑？"),  # 4
            (C, "十块钱无所谓，不影响。"),  # 5
            (R, "好的。最近有别家上门推宽带吗？"),  # 6
            (C, "有人来发过传单，我没理，换来换去麻烦。"),  # 7
            (R, "明白。那我这周五带续约单去您店里，您签个字就行。"),  # 8
            (C, "行，周五下午我在。"),  # 9
            (R, "谢谢庞女士，祝您生意红火。"),  # 10
        ],
        signals=[],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=True, closing=True),
        neg=[],
    ),
    dict(
        n=20, industry="bank_wealth", risk="low",
        scenario="大额存单到期提醒，客户说对面银行利率高一点、再比比，没有约定下一步",
        tags=["competitor_mention", "ambiguous", "competitor"],
        turns=[
            (R, "冯先生您好，我是岚山银行的理财经理夏雨。"),  # 0
            (C, "你好。"),  # 1
            (R, "您那笔大额存单月底到期，我们这期的利率是二点一，跟您说一声。"),  # 2
            (C, "二点一啊，我听说对面那家有二点二的。"),  # 3
            (R, "是有几家稍高一点，不过我们这边可以给您配积分和体检权益。"),  # 4
            (C, "那我再比比，也不差这一点。"),  # 5
            (R, "好的，您近期有什么资金安排吗？比如孩子上学或者买房？"),  # 6
            (C, "暂时没有，就是放着。"),  # 7
            (R, "那您到期前考虑好了跟我说就行。"),  # 8
            (C, "好。"),  # 9
            (R, "谢谢冯先生，祝您生活愉快。"),  # 10
        ],
        signals=[(3, "competitor", "对面那家有二点二的")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[], over_promise=[],
                next_step=False, closing=True),
        neg=[],
    ),
]
