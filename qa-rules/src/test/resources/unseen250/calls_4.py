# -*- coding: utf-8 -*-
# Calls 31-40 of the unseen250 set (inbound: the customer calls the rep).
R, C = "rep", "customer"

CALLS = [
    dict(
        id="call-u250-31", industry="feed", risk="medium",
        scenario="养猪户因毛猪价低淘汰母猪、来电把育肥料从十吨减到六吨，并嫌比镇上饲料贵",
        tags=["inbound", "price_mention", "demand_reduction", "price"],
        turns=[
            (R, "您好，丰牧饲料，我是业务员廖峰。"),  # 0
            (C, "小廖，我老曲。下个月的育肥料你少给我送点，我圈里淘汰了三十多头母猪，存栏少了一小半。"),  # 1
            (R, "曲大哥，怎么一下淘汰这么多？现在存栏还有多少？"),  # 2
            (C, "毛猪价一直起不来，养一头亏一头，留着也是填窟窿。现在还剩四百来头，十吨改成六吨吧。"),  # 3
            (R, "明白，六吨我给您调。"),  # 4
            (C, "还有，你们这料一吨比镇上那家贵一百五，以前猪价好我不计较，现在不一样了。"),  # 5
            (R, "我们的料转化率高，算下来不比他们贵。"),  # 6
            (C, "道理我懂，可现金流扛不住啊。"),  # 7
            (R, "这样，我回去跟经理申请，这个季度按老客户价每吨给您让八十，明天中午前给您回话。"),  # 8
            (C, "行，你尽量。"),  # 9
            (R, "一定尽力，谢谢曲大哥，这阵子不容易，您多保重。"),  # 10
        ],
        signals=[
            ("demand_reduction", 1, "存栏少了一小半"),
            ("price", 5, "一吨比镇上那家贵一百五"),
        ],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, next_step=True, closing=True,
                forbidden=[], over=[]),
        neg=[7],
    ),
    dict(
        id="call-u250-32", industry="furniture", risk="high",
        scenario="装饰公司采购来电投诉样板间餐桌开裂、交货延误，后两个楼盘订单转给别家工厂",
        tags=["inbound", "complaint", "big_account", "competitor_mention", "over_promise",
              "quality", "service", "non_renewal", "competitor"],
        turns=[
            (R, "喂，哪位？"),  # 0
            (C, "我是筑家装饰的采购经理萧雅。你们是不是不想做我们的生意了？"),  # 1
            (R, "萧经理您好，我是橡树湾家具的大客户经理鲍晨。出什么事了？"),  # 2
            (C, "上个月那批样板间的餐桌，十二张里有五张桌面裂了缝。交货还比合同晚了二十天，我们的开盘活动差点开天窗。"),  # 3
            (R, "您别急，裂缝大概多长？是实木面还是贴皮的？"),  # 4
            (C, "实木的，最长一条快一尺了。剩下两个楼盘的软装订单，我们决定不给你们做了，已经跟另一家工厂签了意向。"),  # 5
            (R, "萧经理，五张桌面我们全部免费换新。我向您保证，以后我们的货一天都不会晚。"),  # 6
            (C, "一天都不会晚？这话你们去年也说过。"),  # 7
            (R, "我理解您不信。换新的桌面下周三之前送到，后天我带厂长去您公司，当面谈后面两个楼盘的事。"),  # 8
            (C, "换桌面是你们该做的。后面的单子你们来谈也行，但我不保证结果。"),  # 9
            (R, "明白，谢谢萧经理，后天见。"),  # 10
        ],
        signals=[
            ("quality", 3, "十二张里有五张桌面裂了缝"),
            ("service", 3, "交货还比合同晚了二十天"),
            ("non_renewal", 5, "我们决定不给你们做了"),
            ("competitor", 5, "已经跟另一家工厂签了意向"),
        ],
        qa=dict(greeting=False, self_intro=True, needs_discovery=True, next_step=True, closing=True,
                forbidden=[], over=[(6, "以后我们的货一天都不会晚")]),
        neg=[1, 3, 7],
    ),
    dict(
        id="call-u250-33", industry="hotel_supplies", risk="none",
        scenario="酒店采购来电修改订单：新店提前开业加浴巾、拖鞋换可降解款，问差价后接受",
        tags=["inbound", "calm", "upsell", "price_mention"],
        turns=[
            (R, "您好，洁雅酒店用品，我是客户经理丁倩。"),  # 0
            (C, "丁经理好，我是云栖酒店的采购房晓东。我们上周那张订单要改一下。"),  # 1
            (R, "房经理您好，您想怎么改？是数量还是规格？"),  # 2
            (C, "浴巾从四百条加到六百条，我们城东新店提前开业了。另外拖鞋换成可降解的那款。"),  # 3
            (R, "恭喜新店开业！新店有多少间房？牙具套装要不要一起备上？"),  # 4
            (C, "一百二十间，牙具上个月刚进过。可降解拖鞋比原来的贵多少？"),  # 5
            (R, "一双贵两毛钱。"),  # 6
            (C, "可以接受，就换吧。"),  # 7
            (R, "好的。修改后的订单我半小时内发您确认，周五上午两家店分开送货。"),  # 8
            (C, "好，辛苦了。"),  # 9
            (R, "不辛苦，谢谢房经理，祝新店开业大吉！"),  # 10
        ],
        signals=[],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, next_step=True, closing=True,
                forbidden=[], over=[]),
        neg=[],
    ),
    dict(
        id="call-u250-34", industry="hotel_supplies", risk="low",
        scenario="精品酒店老板来电夸床单并补订枕套，年度合同续不续还没想",
        tags=["inbound", "calm_renewal", "ambiguous", "non_renewal"],
        turns=[
            (R, "喂，卓老板，您好！"),  # 0
            (C, "小汤啊，跟你说个事。我们客房的床单洗了几十次还挺白的，不错。"),  # 1
            (R, "谢谢卓老板夸奖！您今天打电话是要补货吗？"),  # 2
            (C, "补一点，枕套再来两百个。另外今年的年度合同年底就满了，续不续的我还没想，等年底了再商量。"),  # 3
            (R, "好的。您那边明年有什么新计划吗？客房是要加还是要改？"),  # 4
            (C, "在考虑把顶楼改成几间套房，还没定。"),  # 5
            (R, "套房的床品规格不一样，要不要我先做个方案？"),  # 6
            (C, "不急，定了再说。"),  # 7
            (R, "行，枕套两百个我后天给您送过去。"),  # 8
            (C, "好。"),  # 9
            (R, "谢谢卓老板，有事您随时招呼。"),  # 10
        ],
        signals=[("non_renewal", 3, "续不续的我还没想")],
        qa=dict(greeting=True, self_intro=False, needs_discovery=True, next_step=True, closing=True,
                forbidden=[], over=[]),
        neg=[],
    ),
    dict(
        id="call-u250-35", industry="feed", risk="medium",
        scenario="饲料门市老板来电催返利，进货量悄悄下滑、答话含糊，抱怨半年没人来、货架要摆别的牌子",
        tags=["inbound", "silent_churn", "competitor_mention",
              "demand_reduction", "communication", "competitor"],
        turns=[
            (R, "喂，哪位？"),  # 0
            (C, "我，北岗镇饲料门市的裘德胜。上个季度的返利什么时候给结？"),  # 1
            (R, "哦，裘老板。返利月底结。你这两个月进货少了好多啊。"),  # 2
            (C, "嗯，最近是少了点。"),  # 3
            (R, "我们新出的那款蛋鸡料效果特别好，你多进点。"),  # 4
            (C, "再说吧。说实话你们也有小半年没人来门市看过了，货卖成啥样也没人问。"),  # 5
            (R, "最近片区人手少，我一个人跑三个镇。"),  # 6
            (C, "那是你们的事。别的牌子的人三天两头来我店里，我货架上也得摆点别的。"),  # 7
            (R, "返利我月底一定给你结清。"),  # 8
            (C, "行吧，那就这样。"),  # 9
            (R, "好，就这样。"),  # 10
        ],
        signals=[
            ("demand_reduction", 3, "最近是少了点"),
            ("communication", 5, "有小半年没人来门市看过了"),
            ("competitor", 7, "我货架上也得摆点别的"),
        ],
        qa=dict(greeting=False, self_intro=False, needs_discovery=False, next_step=True, closing=False,
                forbidden=[], over=[]),
        neg=[5, 7],
    ),
    dict(
        id="call-u250-36", industry="feed", risk="high",
        scenario="大型牧场场长来电：精补料发霉致牛群腹泻，即日起停用并已换别家，原业务员走后无人跟进",
        tags=["inbound", "complaint", "big_account", "competitor_mention", "over_promise",
              "quality", "non_renewal", "competitor", "contact_change", "communication"],
        turns=[
            (R, "您好，沃田饲料，我是大客户经理邢斌。"),  # 0
            (C, "邢经理，我是草原红牧场的场长巴特尔。你们上礼拜送的那批精补料有霉味，我们两百多头牛吃了拉稀，奶量掉了两成。"),  # 1
            (R, "场长，有没有留样？兽医看过了吗？现在牛的情况怎么样？"),  # 2
            (C, "兽医看了，说就是饲料的问题。剩下的料我全封存了。从今天起你们的料一袋都别送了，我们已经换了别家的。"),  # 3
            (R, "我们出厂都检过的，您自己仓库潮了别赖我们。"),  # 4
            (C, "你说什么？我仓库是新盖的！你们上回那个业务员小丁走了以后，连个来看料的人都没有。"),  # 5
            (R, "对不起，我话说重了。我今天下午就带质检员和我们的兽医过去取样，三天内出检测报告。"),  # 6
            (C, "检测你们做，我们也送第三方。结果要是饲料的问题，奶的损失你们得赔。"),  # 7
            (R, "应该的。我向您保证，只要您继续用我们的料，以后每一批都绝对没问题。"),  # 8
            (C, "先把这事弄清楚再说别的。"),  # 9
            (R, "好，下午三点前我们到牧场。"),  # 10
            (C, "嗯。"),  # 11
        ],
        signals=[
            ("quality", 1, "那批精补料有霉味"),
            ("non_renewal", 3, "你们的料一袋都别送了"),
            ("competitor", 3, "已经换了别家的"),
            ("contact_change", 5, "业务员小丁走了以后"),
            ("communication", 5, "连个来看料的人都没有"),
        ],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, next_step=True, closing=False,
                forbidden=[(4, "别赖我们")], over=[(8, "以后每一批都绝对没问题")]),
        neg=[1, 3, 5, 7],
    ),
    dict(
        id="call-u250-37", industry="industrial_equipment", risk="none",
        scenario="泵业公司采购来电报喜中标水厂项目，要四十台电机并议价，比过另两家后定下",
        tags=["inbound", "upsell", "hard_negative", "price_mention", "competitor_mention"],
        turns=[
            (R, "您好，请讲。"),  # 0
            (C, "你好，我是盛远泵业的采购甄国栋，想找你们的销售史经理。"),  # 1
            (R, "我就是史浩。甄经理您好，好久不见。"),  # 2
            (C, "史经理，跟你说个好消息，我们中标了一个水厂的改造项目，需要四十台十五千瓦的电机。"),  # 3
            (R, "恭喜！工期是怎么安排的？电机要多高的防护等级？"),  # 4
            (C, "三个月内分两批交，户外用的，防护要高一点。价格能不能比上次再优惠点？量大了。"),  # 5
            (R, "四十台的话我可以申请项目价，大概再让三个点。"),  # 6
            (C, "行，比我问的另外两家都合适，就定你们了。"),  # 7
            (R, "好的，明天上午我把正式报价和交期表发您，下周一把合同送过去。"),  # 8
            (C, "好。"),  # 9
            (R, "谢谢甄经理照顾生意，合作愉快！"),  # 10
        ],
        signals=[],
        qa=dict(greeting=True, self_intro=False, needs_discovery=True, next_step=True, closing=True,
                forbidden=[], over=[]),
        neg=[],
    ),
    dict(
        id="call-u250-38", industry="hotel_supplies", risk="low",
        scenario="酒店客房部来电反映一批壁挂洗发液泵头滴漏，整体满意，售后寄新泵头并回收检测",
        tags=["inbound", "calm", "quality"],
        turns=[
            (R, "您好，悦宾酒店用品，我是售后专员阚磊。"),  # 0
            (C, "你好，我是枫林酒店客房部的经理闻露。你们上个月送的壁挂洗发液瓶，有十几个往下滴。"),  # 1
            (R, "闻经理您好。是瓶身漏还是泵头漏？一共装了多少个？"),  # 2
            (C, "泵头那里滴，这一批一共装了三百个。"),  # 3
            (R, "那多半是这一批泵头的密封圈有问题。"),  # 4
            (C, "以前的都好好的，就这一批。其实你们的东西我们一直用着挺满意的。"),  # 5
            (R, "谢谢您理解。我明天上午给您快递二十个新泵头，后天就能到，坏的麻烦您留几个，我们回收给厂里检测。"),  # 6
            (C, "行，我让服务员收好。"),  # 7
            (R, "好的，新泵头到了您要是装上还滴，直接给我打电话。"),  # 8
            (C, "好的。"),  # 9
            (R, "感谢闻经理，祝您工作顺利。"),  # 10
        ],
        signals=[("quality", 1, "有十几个往下滴")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, next_step=True, closing=True,
                forbidden=[], over=[]),
        neg=[],
    ),
    dict(
        id="call-u250-39", industry="hotel_supplies", risk="medium",
        scenario="酒店集团采购来电告知自己调岗、新总监可能带来原供应商，湖滨店闭店装修停货",
        tags=["inbound", "big_account", "competitor_mention",
              "contact_change", "competitor", "demand_reduction"],
        turns=[
            (C, "喂，小蒲，在忙吗？"),  # 0
            (R, "不忙不忙，鞠姐您好，您说。"),  # 1
            (C, "跟你说两件事。第一，我下个月调到集团财务去了，采购这块换成一个新来的总监，姓冷。"),  # 2
            (R, "恭喜鞠姐高升！冷总监是从哪儿来的？他对供应商有什么想法吗？"),  # 3
            (C, "听说是从别的酒店集团挖过来的，他以前合作的供应商可能会带过来，你心里有个数。"),  # 4
            (R, "明白了。第二件事呢？"),  # 5
            (C, "第二，湖滨那家店要闭店装修大半年，那边的布草和客用品都先停了。"),  # 6
            (R, "其他几家店的量会不会受影响？现在每个月大概要多少？"),  # 7
            (C, "其他店不变。湖滨停了，一个月大概少十万左右的货。"),  # 8
            (R, "好的鞠姐，谢谢您提前告诉我。您走之前能不能帮我引荐一下冷总监？我下周想去拜访他。"),  # 9
            (C, "行，他下周三到岗，我周四带你过去见一面。"),  # 10
            (R, "太好了，那就周四。鞠姐这几年一直照顾我们，真心谢谢您，祝您在新岗位一切顺利！"),  # 11
        ],
        signals=[
            ("contact_change", 2, "我下个月调到集团财务去了"),
            ("competitor", 4, "他以前合作的供应商可能会带过来"),
            ("demand_reduction", 6, "湖滨那家店要闭店装修大半年"),
        ],
        qa=dict(greeting=True, self_intro=False, needs_discovery=True, next_step=True, closing=True,
                forbidden=[], over=[]),
        neg=[],
    ),
    dict(
        id="call-u250-40", industry="hotel_supplies", risk="high",
        scenario="酒店采购来电投诉第三次送错货，总经理已决定剩余订单不要、合同到期换供应商，竞品已送样",
        tags=["inbound", "complaint", "competitor_mention", "over_promise",
              "service", "non_renewal", "competitor"],
        turns=[
            (R, "喂。"),  # 0
            (C, "是悦宾的武经理吗？我是金港大酒店的采购殷海波。"),  # 1
            (R, "是我，殷经理，什么事？"),  # 2
            (C, "我们上周订的一次性用品又送错了，要的是竹柄牙刷，送来的是塑料的。这已经是第三次了。"),  # 3
            (R, "那是仓库发的，我又管不了仓库。"),  # 4
            (C, "我每次都只能找你，你管不了我找谁？我们总经理已经发话了，剩下那半年的订单不要了，合同到期就换供应商。"),  # 5
            (R, "殷经理，别啊，我们的价格全省没有比这个更低的了，您换了肯定吃亏。"),  # 6
            (C, "价格低有什么用？环保牙刷换不来，客人都投诉到点评网站上了。恒洁那边已经把样品送过来了，价格跟你们差不多，人家一个电话半天就到。"),  # 7
            (R, "是我错了，殷经理。您现在客房缺多少竹柄牙刷？我今天下午自己开车给您送过去。"),  # 8
            (C, "三千支。送来是应该的，订单的事我不会改主意了。"),  # 9
            (R, "好，今天下午五点前送到。"),  # 10
            (C, "嗯。"),  # 11
        ],
        signals=[
            ("service", 3, "又送错了"),
            ("non_renewal", 5, "剩下那半年的订单不要了"),
            ("competitor", 7, "恒洁那边已经把样品送过来了"),
        ],
        qa=dict(greeting=False, self_intro=False, needs_discovery=True, next_step=True, closing=False,
                forbidden=[(4, "我又管不了仓库")], over=[(6, "全省没有比这个更低的了")]),
        neg=[3, 5, 7],
    ),
]
