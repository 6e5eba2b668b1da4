# Calls u241-31 .. u241-40. Turn tuples: ("R", text) = rep, ("C", text) = customer.
# signals: (category, turn, evidence); qa spans: (turn, evidence); neg: customer turn indexes.

CALLS = [
dict(
    id="call-u241-31", industry="fmcg_distribution", risk="none",
    scenario="药企商务经理与连锁药房采购对秋冬季备货，门店扩张、品种不在集采范围，客户无意更换品种",
    tags=["negation", "hard_negative", "price_mention", "upsell", "calm"],
    turns=[
        ("R", "温经理您好，我是立康制药的商务经理戴晴，想跟您对一下秋冬季的备货计划。"),  # 0
        ("C", "戴经理好，正好我们也在排计划。"),  # 1
        ("R", "去年秋冬季咱们的止咳糖浆和感冒颗粒卖得怎么样？今年的门店数有变化吗？"),  # 2
        ("C", "去年卖得不错，还断过两次货。今年门店从四十二家增加到五十家，量肯定要往上走。"),  # 3
        ("R", "那今年我们提前两个月备货，分两批发。另外想问一下，集采这一块，您担不担心对零售价格有影响？"),  # 4
        ("C", "这两个品种都不在集采范围里，再说零售端的顾客更看重牌子，价格上没什么压力，我们也不准备调整这两个品种。"),  # 5
        ("R", "好的。那我这周四把分批到货的计划表和陈列支持方案发给您，下周一再到总部跟您当面确认。"),  # 6
        ("C", "行，周一下午我在总部。"),  # 7
        ("R", "好的，谢谢温经理，祝您生意兴隆。"),  # 8
    ],
    signals=[],
    qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[],
            over_promise=[], next_step=True, closing=True),
    neg=[],
),
dict(
    id="call-u241-32", industry="industrial_equipment", risk="high",
    scenario="口腔连锁采购来电投诉牙椅反复故障、工程师拖延，售后人员甩锅推诿，客户称新店已选定别家设备并不再续延保",
    tags=["inbound", "complaint", "quality", "service", "competitor", "non_renewal", "big_account"],
    turns=[
        ("C", "喂，是鑫齿医疗的售后吗？我是皓美口腔的采购负责人甘露。"),  # 0
        ("R", "喂，对，说吧。"),  # 1
        ("C", "我们三号店的两台牙椅，这个月第三次出问题了，水路堵，手机一踩就停，病人躺在椅子上干等。"),  # 2
        ("R", "水路堵一般是你们没按要求做管路消毒，你们自己回去翻翻说明书。"),  # 3
        ("C", "我们每天都有消毒记录，要不要我拍给你看？上个月报修，你们的工程师拖了一个星期才来。"),  # 4
        ("R", "工程师就那么几个，全市的诊所都要跑，排不过来也很正常。"),  # 5
        ("C", "那我跟你说清楚，我们集团下半年新开的四家门店，牙椅已经定了别家的，跟你们的延保合同明年到期也不续了。"),  # 6
        ("R", "那是你们的事，随你们定。这次的故障明天派人过去。"),  # 7
        ("C", "明天上午十点之前必须到，不然这件事我们要找你们区域总监谈。"),  # 8
        ("R", "知道了。"),  # 9
    ],
    signals=[
        ("quality", 2, "这个月第三次出问题了"),
        ("service", 4, "工程师拖了一个星期才来"),
        ("competitor", 6, "牙椅已经定了别家的"),
        ("non_renewal", 6, "延保合同明年到期也不续了"),
    ],
    qa=dict(greeting=False, self_intro=False, needs_discovery=False,
            forbidden_words=[(3, "你们自己回去翻翻说明书"), (7, "随你们定")],
            over_promise=[], next_step=True, closing=False),
    neg=[2, 4, 6, 8],
),
dict(
    id="call-u241-33", industry="hotel_supplies", risk="medium",
    scenario="酒店用品供应商回访度假酒店，原采购经理调往集团，新负责人认为单价偏高，集团推行统一采购目录，客户经理未约定具体跟进",
    tags=["contact_change", "price", "price_mention", "non_renewal", "ambiguous"],
    turns=[
        ("R", "您好，请问是云栖度假酒店采购部吗？我是锦程酒店用品的客户经理邬晓，找一下原来的采购经理包姐。"),  # 0
        ("C", "你好，包经理上个月已经调到集团总部去了，这边的采购现在由我负责，我姓闫。"),  # 1
        ("R", "闫经理您好，以后还请多关照。想了解一下，最近客房的布草和易耗品用下来，有没有什么问题？"),  # 2
        ("C", "质量没什么问题。不过我接手以后对比了一下，你们的毛巾和浴袍单价比集团其他酒店的供应商高了一截，这个我需要一个说法。"),  # 3
        ("R", "我们的毛巾是长绒棉的，克重也高一些，不过价格我可以回去跟公司再申请一下。"),  # 4
        ("C", "集团现在推行统一采购目录，下半年所有门店的客房用品可能都要按目录来，你们不在目录里的话，我也没办法。"),  # 5
        ("R", "明白。那进目录需要走什么流程？"),  # 6
        ("C", "要总部采购中心组织评审，具体时间我也不清楚，你们自己跟总部联系吧。"),  # 7
        ("R", "好的，那我们先想办法跟总部对接一下。"),  # 8
        ("C", "嗯。"),  # 9
        ("R", "谢谢闫经理，以后多联系。"),  # 10
    ],
    signals=[
        ("contact_change", 1, "包经理上个月已经调到集团总部去了"),
        ("price", 3, "单价比集团其他酒店的供应商高了一截"),
        ("non_renewal", 5, "你们不在目录里的话，我也没办法"),
    ],
    qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[],
            over_promise=[], next_step=False, closing=True),
    neg=[],
),
dict(
    id="call-u241-34", industry="feed", risk="medium",
    scenario="饲料厂区域经理联系乡镇经销商，经销商不满厂家直供其原有大猪场且未事先沟通，镇上散户持续退出",
    tags=["channel_conflict", "communication", "demand_reduction", "complaint"],
    turns=[
        ("R", "易老板您好，我是沃田饲料的区域经理庞越，想跟您对一下这个月的提货计划。"),  # 0
        ("C", "庞经理，提货先不说，我问你个事，你们厂里是不是直接给镇上的金穗猪场送货了？价格比我拿货还低。"),  # 1
        ("R", "金穗那边是公司大客户部签的直供协议，按规定存栏五千头以上的猪场由公司直供。"),  # 2
        ("C", "规定我理解，可那家场原来是我的客户，一年要走三百多吨料，你们一个规定就拿走了，也没人提前跟我商量。"),  # 3
        ("R", "这个沟通确实不到位，跟您道歉。除了金穗，您现在其他客户的情况怎么样？"),  # 4
        ("C", "散户越来越少，今年镇上又退了十几户，我的量本来就在往下走。"),  # 5
        ("R", "明白。金穗那边的直供，我去跟公司申请按吨给您一点服务费补偿，另外下周四我带技术员过来，帮您一起跑一跑周边的中型场。"),  # 6
        ("C", "补偿能下来的话，我还愿意跟你们干。你先去申请吧。"),  # 7
        ("R", "好的，申请结果下周四来的时候当面跟您说。谢谢易老板。"),  # 8
    ],
    signals=[
        ("channel_conflict", 1, "直接给镇上的金穗猪场送货了"),
        ("communication", 3, "也没人提前跟我商量"),
        ("demand_reduction", 5, "今年镇上又退了十几户"),
    ],
    qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[],
            over_promise=[], next_step=True, closing=True),
    neg=[1, 3],
),
dict(
    id="call-u241-35", industry="telecom", risk="low",
    scenario="运营商客户经理向医学检验实验室推荐专线提速，客户有需求但运营费用紧、审批未定，客户经理夸口全年零故障",
    tags=["upsell", "price_mention", "price", "over_promise", "ambiguous"],
    turns=[
        ("R", "卢主任您好，我是信达移动政企部的客户经理庄凯，想跟您聊聊实验室专线带宽升级的事。"),  # 0
        ("C", "庄经理你好，你说。"),  # 1
        ("R", "现在实验室每天往合作医院回传的报告和图像大概有多少？高峰的时候传得慢不慢？"),  # 2
        ("C", "每天三四千份报告，病理切片的图像比较大，下午高峰的时候确实要排队。"),  # 3
        ("R", "那升级到千兆就很合适，我们的专线保证全年一次故障都不会有，您完全不用担心。"),  # 4
        ("C", "一次故障都没有不现实，你别这么说。升级我们是想升，但是今年运营费用卡得紧，多出来的月租不一定批得下来。"),  # 5
        ("R", "理解。我们可以申请三个月的免费提速体验，您先看效果，再决定要不要走审批。下周一就能开通。"),  # 6
        ("C", "体验可以，开通前跟信息科说一声。"),  # 7
        ("R", "好的，谢谢卢主任，祝您工作顺利。"),  # 8
    ],
    signals=[
        ("price", 5, "多出来的月租不一定批得下来"),
    ],
    qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[],
            over_promise=[(4, "保证全年一次故障都不会有")], next_step=True, closing=True),
    neg=[],
),
dict(
    id="call-u241-36", industry="bank_wealth", risk="high",
    scenario="理财经理致电医药公司老板劝阻基金赎回，客户亏损且客户经理频繁更换，已接受他行私行方案、资金到账即转走，经理违规承诺下月回本",
    tags=["quality", "contact_change", "competitor", "non_renewal", "over_promise", "complaint", "big_account"],
    turns=[
        ("R", "焦总您好，听说您昨天在手机银行上把那两只基金的赎回申请提交了，我打个电话问一下。"),  # 0
        ("C", "对，提交了。买了一年半，亏了百分之十八，我不想再等了。"),  # 1
        ("R", "现在赎回太可惜了，医药板块已经跌到底了，下个月一定能涨回来，您再拿一拿。"),  # 2
        ("C", "你去年也是这么说的。而且你们一年里连着换了两个客户经理，我的情况每次都要重新讲一遍。"),  # 3
        ("R", "人员调整是行里的安排，我现在接手了，肯定会好好服务您。"),  # 4
        ("C", "不用了。鼎盛银行的私人银行已经给我做了一个资产配置方案，赎回的钱到账以后我就转过去。"),  # 5
        ("R", "焦总，您再考虑考虑，我明天上午到您公司当面给您做个分析，好吗？"),  # 6
        ("C", "明天我在开经销商大会，没空。就这样吧。"),  # 7
        ("R", "好的，那您忙，谢谢焦总。"),  # 8
    ],
    signals=[
        ("quality", 1, "亏了百分之十八"),
        ("contact_change", 3, "连着换了两个客户经理"),
        ("competitor", 5, "鼎盛银行的私人银行已经给我做了一个资产配置方案"),
        ("non_renewal", 5, "赎回的钱到账以后我就转过去"),
    ],
    qa=dict(greeting=True, self_intro=False, needs_discovery=False, forbidden_words=[],
            over_promise=[(2, "下个月一定能涨回来")], next_step=True, closing=True),
    neg=[1, 3, 7],
),
dict(
    id="call-u241-37", industry="furniture", risk="none",
    scenario="家具企业回访医院后勤处职工宿舍项目，新值班楼项目比价中有更低报价，但客户因环保等级倾向继续合作",
    tags=["hard_negative", "competitor_mention", "price_mention", "upsell"],
    turns=[
        ("R", "龚科长您好，我是森逸家具的项目经理向东，医院职工宿舍那批家具交付快半年了，给您做个回访。"),  # 0
        ("C", "向经理好。家具都挺好，年轻医生们反映书桌和衣柜用着挺实在。"),  # 1
        ("R", "那太好了。听说医院明年还要改造一栋值班楼，大概有多少间房？"),  # 2
        ("C", "四十间左右。这次后勤处要求至少三家比价，有一家报价比你们低了一成多。"),  # 3
        ("R", "理解，比价是正常流程。"),  # 4
        ("C", "不过我们看了他们的样品，板材的环保等级达不到我们的要求，院里对甲醛控制很严。综合下来还是倾向用你们，价格差一点可以接受。"),  # 5
        ("R", "谢谢龚科长。那我下周三把值班楼的设计方案和环保检测报告一起送过去，方便您走比价流程。"),  # 6
        ("C", "好，周三下午我在后勤处。"),  # 7
        ("R", "好的，谢谢龚科长，祝您工作顺利。"),  # 8
    ],
    signals=[],
    qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[],
            over_promise=[], next_step=True, closing=True),
    neg=[],
),
dict(
    id="call-u241-38", industry="b2b_saas", risk="low",
    scenario="冷链温控监测平台回访医药物流客户，运行良好并计划增车，对接人透露下月可能调往华南、接手人未定",
    tags=["ambiguous", "contact_change", "upsell"],
    turns=[
        ("R", "您好，黎经理，我是冷链通科技的客户经理武峥，给您做一下冷链温控平台的季度回访。"),  # 0
        ("C", "武经理你好。"),  # 1
        ("R", "这个季度疫苗和生物制品的冷藏车，温度报警多不多？有没有漏报的情况？"),  # 2
        ("C", "报警比上季度少，没有漏报。上个月药监来飞行检查，温度记录直接导出来，检查组挺满意的。"),  # 3
        ("R", "那太好了。下半年您这边冷藏车会不会增加？我们的探头可以提前备货。"),  # 4
        ("C", "可能加四台。不过跟你说一声，我下个月可能要调到华南分公司，这边接手的人还没定，到时候我介绍给你。"),  # 5
        ("R", "谢谢黎经理提醒。那新增四台车的探头，我这周五把报价发给您，趁您还在这边先把采购流程走上。"),  # 6
        ("C", "可以，周五发我就行。"),  # 7
        ("R", "好的，谢谢黎经理，祝您工作顺利。"),  # 8
    ],
    signals=[
        ("contact_change", 5, "我下个月可能要调到华南分公司"),
    ],
    qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[],
            over_promise=[], next_step=True, closing=True),
    neg=[],
),
dict(
    id="call-u241-39", industry="fmcg_distribution", risk="high",
    scenario="医药商业公司客户经理联系县医院药剂科，医共体配送企业遴选落选、下月停止配送，缺货率成硬伤，客户经理甩锅推诿",
    tags=["non_renewal", "service", "competitor", "price", "complaint", "big_account"],
    turns=[
        ("R", "喂，柏主任，我是瑞沣医药的客户经理尤斌，下个月的配送计划我这边准备好了，给您报一下。"),  # 0
        ("C", "尤经理，先别报了。县医共体这次只保留两家配送企业，你们没在里面，下个月起我们的药品就不从你们这儿走了。"),  # 1
        ("R", "怎么会这样？我们配送了这么多年。"),  # 2
        ("C", "评分的时候，缺货率是硬指标。你们去年有好几个基药品种断供一个多月，临床意见很大，我也替你们解释不了。"),  # 3
        ("R", "断供是上游厂家的问题，不是我们配送的问题，您跟医共体说清楚啊。"),  # 4
        ("C", "医共体只看结果。另外中选的两家里有一家是本县的国企，配送费率比你们低，还承诺乡镇卫生院当天送达。"),  # 5
        ("R", "那这个结果就是不讲道理，我们也没什么好说的，你们爱用谁用谁。"),  # 6
        ("C", "尤经理，话不能这么说。还有一批退货和票据没结清，你们抓紧派人来对账。"),  # 7
        ("R", "对账的事你找我们财务吧。"),  # 8
        ("C", "那就这样吧。"),  # 9
    ],
    signals=[
        ("non_renewal", 1, "下个月起我们的药品就不从你们这儿走了"),
        ("service", 3, "有好几个基药品种断供一个多月"),
        ("competitor", 5, "有一家是本县的国企"),
        ("price", 5, "配送费率比你们低"),
    ],
    qa=dict(greeting=False, self_intro=True, needs_discovery=False,
            forbidden_words=[(6, "你们爱用谁用谁"), (8, "对账的事你找我们财务吧")],
            over_promise=[], next_step=False, closing=False),
    neg=[3, 7],
),
dict(
    id="call-u241-40", industry="industrial_equipment", risk="none",
    scenario="空压机厂家回访制药厂设备部，无油空压机运行合格，国产品牌低价报价但客户明确新冻干车间沿用原品牌",
    tags=["negation", "hard_negative", "competitor_mention", "price_mention", "upsell"],
    turns=[
        ("R", "您好，请问是华甄制药设备部的牛部长吗？我是恒远压缩机的销售经理邢涛，给您做个设备使用回访。"),  # 0
        ("C", "是我，邢经理你好。"),  # 1
        ("R", "固体制剂车间那两台无油空压机运行一年多了，压缩空气的含油和露点检测都还正常吧？"),  # 2
        ("C", "都正常，去年药监的认证检查，压缩空气那一项一次就过了。"),  # 3
        ("R", "那就好。听说你们明年要新建一个冻干车间，用气量大概有多少？"),  # 4
        ("C", "初步估算每分钟三十立方左右。前段时间也有国产品牌来报过价，便宜不少，但是制药厂对洁净压缩空气要求高，设备部内部已经定了，新车间还是沿用你们的机型，不考虑更换品牌。"),  # 5
        ("R", "感谢牛部长的信任。我下周二带技术工程师到现场看一下新车间的管路布局，一周内出选型方案。"),  # 6
        ("C", "周二可以，上午九点在设备部门口等你们。"),  # 7
        ("R", "好的，谢谢牛部长，祝您工作顺利。"),  # 8
    ],
    signals=[],
    qa=dict(greeting=True, self_intro=True, needs_discovery=True, forbidden_words=[],
            over_promise=[], next_step=True, closing=True),
    neg=[],
),
]
