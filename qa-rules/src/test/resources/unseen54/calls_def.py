# Calls for the unseen54 blind test set. Written from the labeling guide only.
# Each call: ind, risk, sc (scenario), tags, t (turns: lines "R：" rep / "C：" customer),
# sig [(category, evidence)], fw [evidence], op [evidence], neg [substring of a customer turn],
# miss [qa booleans that are false]. Turn indexes are resolved by build.py from the evidence.

CALLS = []


def call(**kw):
    CALLS.append(kw)


# 01 b2b_saas none: competitor called, turned down (hard negative + negation)
call(ind="b2b_saas", risk="none",
     sc="客户回访销售团队使用情况，客户提到有别家来推系统但明确不换，约定新功能培训",
     tags=["calm", "hard_negative", "competitor_mention", "negation"],
     t="""R：孙总您好，我是澜图软件的客户经理何佳，耽误您两分钟，想问问咱们销售团队最近系统用得怎么样？
C：还行，挺顺的。
R：那就好。上个月您说新招了一批业务员，账号够用吗？
C：够，上周刚加了五个。
R：对，我后台看到了。他们录客户、写跟进这些，有没有卡住的地方？
C：没有，上手挺快。
R：好的。另外我们下个月会上一个外勤打卡的功能，不另外收费，到时候我给您团队做个半小时的培训？
C：可以。对了，前两天有个叫星桥的也打电话来推他们的系统。
R：哦，他们怎么说的？
C：说便宜点。我没理，我们用惯了，不打算换。
R：谢谢孙总信任。那培训我先约在下月八号下午三点，您看行吗？
C：行，你发个通知给我助理。
R：好的，我今天就发。谢谢孙总，祝您生意兴隆。""")

# 02 industrial_equipment high: spindle broke again, competitor sample, next batch not considered
call(ind="industrial_equipment", risk="high",
     sc="数控机床主轴换件后再次损坏，客户已让别家看样机并表示下批设备不考虑，销售违规承诺",
     tags=["complaint", "quality", "competitor", "non_renewal", "over_promise"],
     t="""R：袁总您好，我是精工数控的区域经理邱明。上次主轴的问题，换件以后用得怎么样？
C：又坏了。
R：又坏了？是同一台吗？
C：同一台，换完不到一个月。
R：是加工的时候异响，还是直接报警停机？
C：报警，停了两天了。
R：袁总，这次我们给您换原厂进口的主轴，换了这个保证十年不出问题。
C：上次你也是这么说的。
R：……这次我让总部的技术专家跟着一起来，把原因查清楚。您看明天下午可以吗？
C：来看可以。不过我们已经让另一家来看过样机了，下一批设备不考虑你们了。
R：袁总，您车间里有我们十几台机子，一直用得也还稳定，下批的事还有没有余地？
C：先把这台修好再说。
R：明白。明天下午两点，我和专家一起到，不修好我们不走。谢谢袁总。""",
     sig=[("quality", "又坏了"), ("competitor", "已经让另一家来看过样机了"),
          ("non_renewal", "下一批设备不考虑你们了")],
     op=["保证十年不出问题"],
     neg=["又坏了", "上次你也是这么说的", "先把这台修好再说"])

# 03 telecom low: mild price complaint, renewal goes on; closing missing
call(ind="telecom", risk="low",
     sc="小店宽带固话续约，客户顺口说月费偏贵但继续用，经理答应申请老客户优惠",
     tags=["calm_renewal", "price", "price_mention", "short"],
     t="""R：您好，吴老板，我是信联电信的客户经理小潘，您店里的宽带和两部固话下个月续约，给您打个电话。
C：嗯，续吧。
R：好的。您店里现在几个人用网？收银和监控都走这条线吧？
C：对，五六个人。
R：那现在的一百兆够用，就按原套餐续。续约的话还送您一年的路由器保修。
C：月费是有点贵，不过先用着吧。
R：我看看能不能给您申请个老客户优惠，周五前给您回话。
C：行。
R：好，那先这样。""",
     sig=[("price", "月费是有点贵")],
     miss=["closing"])

# 04 bank_wealth medium: advisor changed (rep says), nobody called for half a year
call(ind="bank_wealth", risk="medium",
     sc="理财经理交接后首次联系，客户抱怨半年没人联系，约上门做产品对比和风险测评",
     tags=["contact_change", "communication"],
     t="""R：刘先生您好，我是丰和银行滨江支行的理财经理孟洁，原来负责您的陈经理调去分行了，以后您的业务由我来跟。
C：哦，又换人了。
R：是的，不好意思给您添麻烦。我先熟悉一下您的情况，您现在主要是做固收类的，对吧？
C：对。
R：您对收益的要求大概是多少？能接受一点波动吗？
C：别亏就行。
R：明白，那还是以稳为主。您那笔一年期的下个月到期，我看记录里，上次到期是您自己来网点办的？
C：对。说实话，这半年都没人联系过我。
R：这个确实是我们做得不到位，以后每个产品到期前一周我都会先给您打电话。
C：那好。
R：您平时习惯用手机银行看收益，还是来网点看？
C：手机上看。
R：好的，那以后有新产品我先发您手机上，您觉得合适我们再约时间细聊。
C：行。
R：到期这笔，您是想接着做类似的，还是换个期限短一点的？
C：先续着吧，你给我推荐推荐。
R：好的。那我下周三给您上门，带几款适合您的给您对比一下，顺便把您的风险测评更新一下，您看方便吗？
C：周三下午吧。
R：好的，周三下午三点我到您公司。谢谢刘先生，以后有事您随时找我。""",
     sig=[("contact_change", "原来负责您的陈经理调去分行了"),
          ("communication", "这半年都没人联系过我")],
     neg=["又换人了", "这半年都没人联系过我"])

# 05 fmcg_distribution none: summer restock, upsell
call(ind="fmcg_distribution", risk="none",
     sc="夏季备货，经销商主动加量，约定陈列拍照和到货时间",
     tags=["calm", "upsell", "short"],
     t="""R：胡老板您好，我是清泉饮品的区域经理小严，天热起来了，跟您对一下下个月的货。
C：正要找你。
R：您那边上个月冰红茶和矿泉水走得怎么样？
C：矿泉水卖得快，仓库快空了。
R：那下个月矿泉水我给您多配三百箱？冰红茶保持原来的量？
C：矿泉水加五百，冰红茶加一百。
R：好的。我们下月有个夏季陈列奖励，冰柜陈列满一个月，每箱返两块，您这边冰柜的位置够吗？
C：够，门口那两台。
R：冰柜的温度最近正常吧？
C：正常。
R：那我周三过去给您拍陈列照片，货周四一早到。
C：好。
R：谢谢胡老板，祝您生意越来越好。""")

# 06 furniture low: sample catalogue never arrived, otherwise healthy dealer
call(ind="furniture", risk="low",
     sc="家具经销商日常沟通，新品反馈好，客户提到样册一直没收到，约定团购活动方案",
     tags=["calm", "communication", "short"],
     t="""R：您好，苗老板，我是森邦家具华东区的渠道经理黎昊，最近店里生意怎么样？
C：还可以。
R：新款的沙发上样了吗？顾客反馈如何？
C：上了两款，问的人挺多。
R：那就好。我们下个月有个团购活动，总部出广告费，您店里要参加吗？
C：可以参加。就是上次说寄的样册一直没收到。
R：不好意思，这个是我漏了。我今天下午就给您寄快递，明天能到。
C：行。
R：团购活动的方案我周五前发您，您看完报个名额。谢谢苗老板。""",
     sig=[("communication", "寄的样册一直没收到")])

# 07 feed medium: broiler farmer cuts one house after repeated losses
call(ind="feed", risk="medium",
     sc="肉鸡养殖户连续亏损，下批少上一栋，技术员按新量排料并推荐分期付料款",
     tags=["demand_reduction", "silent_churn"],
     t="""R：您好，是石大姐吧？我是康禾饲料的技术员小白，您这批肉鸡快出栏了吧？想问问情况。
C：下周出。
R：这批长得怎么样？体重达标了吗？
C：还行。这批出完我少上一栋。
R：少上一栋？是鸡价的原因吗？
C：亏了好几批了，撑不住。
R：理解，今年大家都难。那下批大概上多少只？
C：两万五吧，原来四万。
R：下批用的还是原来那个品种的苗吗？
C：对，没换。
R：好的，那我把下批的料按两万五的量给您排。另外我们有个分期付料款的政策，能缓缓资金压力，下周一我过去跟您细说？
C：你来吧。
R：好，周一上午到。谢谢石大姐，您保重身体。""",
     sig=[("demand_reduction", "这批出完我少上一栋")],
     neg=["亏了好几批了，撑不住"])

# 08 hotel_supplies high: towels pill, group trialling another supplier, next order stopped (big account)
call(ind="hotel_supplies", risk="high",
     sc="酒店集团毛巾起球多店投诉，采购已在两家店试用别家样品，下月订单暂停",
     tags=["big_account", "complaint", "quality", "competitor", "non_renewal"],
     t="""R：您好，骆总，我是恒洁酒店用品的大客户经理鲍宁，您集团十二家店的毛巾浴巾是我们在供，打个电话了解一下使用情况。
C：你来得正好。毛巾洗了几次就起球。
R：是哪一批的？我让质检查一下。
C：上个月那批，好几家店都投诉了。
R：非常抱歉。您那边是自己洗涤还是外包给洗衣厂？洗涤温度大概多少？
C：外包的，一直是这家，以前没问题。
R：明白，那多半是我们这批纱线的问题。这批我们全部换新，运费我们承担。
C：换是应该的。
R：除了毛巾，浴巾和地巾有没有类似的情况？
C：暂时没听说。
R：好的。骆总，我还想问一下，明年集团新开的店，布草这块是怎么安排的？
C：采购部已经定了另一家的样品，在两家店试用。
R：骆总，能不能给我们一个机会，换新之后跟他们放在一起比一比？
C：换可以，下个月的单先停了。
R：明白。我后天把新的一批先送到两家旗舰店，下周一我带质检报告去集团跟您汇报。
C：行吧。
R：谢谢骆总，给您添麻烦了。""",
     sig=[("quality", "毛巾洗了几次就起球"),
          ("competitor", "定了另一家的样品，在两家店试用"),
          ("non_renewal", "下个月的单先停了")],
     neg=["毛巾洗了几次就起球", "好几家店都投诉了"])

# 09 b2b_saas low: renewal "到时候再说" from a satisfied customer
call(ind="b2b_saas", risk="low",
     sc="人事系统使用回访，提前续费优惠被客户以忙为由推后，约二月再联系",
     tags=["calm", "non_renewal", "ambiguous", "short"],
     t="""R：周经理您好，我是青禾软件的客户成功经理邓雨，给您打个电话，看看咱们考勤和薪资模块最近用得顺不顺。
C：顺，挺好的。
R：上个月算工资那几天，系统有没有卡顿或者算错的情况？
C：没有。
R：那太好了。咱们门店这边现在一共多少人在用？
C：一百二十来个吧。
R：好的。还有个事，咱们的年费是明年三月到期，现在有个提前续费的优惠，能打九折。
C：续费的事到时候再说吧，现在忙。
R：明白，不打扰您。那我二月初再给您打电话，先把续费方案发您邮箱，您有空看一眼。
C：行。
R：谢谢周经理，祝您工作顺利。""",
     sig=[("non_renewal", "续费的事到时候再说")])

# 10 industrial_equipment none: inbound delivery question; greeting missing
call(ind="industrial_equipment", risk="none",
     sc="水厂客户来电询问变压器安装时间，技术支持确认现场条件并安排安装",
     tags=["inbound", "calm", "short"],
     t="""R：喂，哪位？
C：我是城东水厂的，姓傅，买过你们的变压器。
R：哦，傅工，我是鼎立电力设备的技术支持小程。您有什么事？
C：新的那台什么时候能来装？
R：我查一下……您的订单是下周一发货，周三到现场。现场那边基础做好了吗？
C：做好了。
R：电缆沟呢？
C：也好了。
R：那就没问题。周三上午我们安装队跟车过去，当天装完，周四做试验。
C：好，到时候我安排人接。
R：行，谢谢傅工，有事您直接打我这个电话。""",
     miss=["greeting"])

# 11 telecom high: already signed with another carrier; rep forbidden phrase
call(ind="telecom", risk="high",
     sc="企业宽带专线续约，客户已与别家运营商签约，嫌专线贵，经理一度说禁语",
     tags=["competitor", "price", "non_renewal"],
     t="""R：您好，陆总，我是远通电信的客户经理姜涛，您公司那二十条宽带和专线，月底合同到期，想跟您约个时间谈续约。
C：不用约了，我们已经跟另一家签了。
R：啊？陆总，这么突然，是哪方面不满意？
C：价格。你们一条专线比他们贵一千多。
R：陆总，我们的网络质量您是知道的，这几年没出过大问题。
C：质量差不多，价格差太多。
R：那您爱换就换吧，我也没办法。
C：你这什么态度？
R：对不起陆总，是我说话不对。我今天回去跟领导申请个特价，明天中午前给您一个新报价，您看还有机会吗？
C：合同都签了，到月底这边就停了。
R：明白，那我明天还是把报价发您，万一以后用得着。谢谢陆总这几年的支持。""",
     sig=[("competitor", "已经跟另一家签了"), ("price", "一条专线比他们贵一千多"),
          ("non_renewal", "到月底这边就停了")],
     fw=["那您爱换就换吧"],
     neg=["你这什么态度"])

# 12 feed none: pig farm, cheaper competitor turned down (hard negative)
call(ind="feed", risk="none",
     sc="猪场送料前电话，了解存栏和采食，客户提到别家便宜五十但没换",
     tags=["calm", "hard_negative", "competitor_mention", "price_mention", "negation"],
     t="""R：老潘，您好！我是丰牧饲料的技术服务员小任，这周过来给您送料，顺便看看猪群。先问问，您现在存栏多少头？
C：八百多。
R：育肥的那批长得怎么样？料肉比还行吧？
C：还行，挺好的。
R：那就好。最近天热，采食量掉没掉？
C：掉了一点，正常。
R：饮水器这两天检查过没有？天热水压不够，猪喝水少了也会少吃料。
C：上周修过一个。
R：那就好。保育舍那批小猪呢？拉稀的多不多？
C：不多，就两三头。
R：那问题不大，我这次来顺便帮您看看。
C：好，你来看看。
R：那我这次多带两包防暑的添加剂，免费给您加上。
C：行。对了，上次有个饲料厂来推，比你们便宜五十一吨。
R：哦，您怎么考虑的？
C：没要，用惯了你们的，换料猪还得适应。
R：谢谢潘哥。那我周四早上七点到，您让人开一下门。
C：好。
R：好的，谢谢潘哥，您忙。""")

# 13 hotel_supplies medium: contact transferred, samples promised but never brought; closing missing
call(ind="hotel_supplies", risk="medium",
     sc="宾馆客房部对接人调走，新负责人抱怨样品迟迟没换，客人嫌洗护用品味道冲",
     tags=["contact_change", "communication", "quality", "short"],
     t="""R：您好，我是宜居酒店用品的销售经理冉冬，请问是海悦宾馆客房部吗？
C：是，你找谁？
R：我找邓经理，上次跟他约好来换洗浴用品的样品。
C：邓经理上个月调走了，现在我负责，我姓龙。
R：龙经理您好。样品的事我这边耽误了，真不好意思。
C：上次说来换样品，到现在也没人来。
R：这是我的问题。您现在客房用的是我们家的洗发水和沐浴露，客人有什么反馈吗？
C：说味道太冲。
R：那正好，新样品是淡香型的。我明天下午三点送过去，您看行吗？
C：行。
R：好，那先这样。""",
     sig=[("contact_change", "邓经理上个月调走了"),
          ("communication", "上次说来换样品，到现在也没人来"),
          ("quality", "味道太冲")],
     neg=["上次说来换样品，到现在也没人来"],
     miss=["closing"])

# 14 fmcg_distribution medium: cross-region goods (窜货)
call(ind="fmcg_distribution", risk="medium",
     sc="经销商订货减少，原因是邻市窜货低价冲击，经理要批次码追查并约周五面谈",
     tags=["channel_conflict", "complaint"],
     t="""R：您好，是德丰商行的谢老板吧？我是金穗粮油的区域经理方宇，这个月您的订货比平时少了一截，我打电话问问情况。
C：少是正常的。隔壁市的货跑到我们这边来了，比我拿货价还低。
R：您说的是哪个品种，我们家的大米吗？
C：就是你们家的五公斤装，超市里卖得比我批发价还低。
R：这个情况我们一定查。您能不能拍一下箱子上的批次码发给我？我们靠批次码能查到是哪个经销商出的货。
C：可以，我下午拍。
R：您那边现在库存还压着多少？
C：两百多袋。
R：好的。查实了我们按规定处罚，您这段时间的差价损失，我也跟公司申请补贴。
C：光补贴不行，得把窜货管住。
R：明白。我这周五去您店里一趟，把处理结果当面跟您说。
C：行，周五我在。
R：谢老板，谢谢您，这事我一定给您办好。""",
     sig=[("channel_conflict", "隔壁市的货跑到我们这边来了")],
     neg=["隔壁市的货跑到我们这边来了", "光补贴不行，得把窜货管住"])

# 15 furniture high: own direct store undercuts dealer; dealer negotiating with another brand
call(ind="furniture", risk="high",
     sc="家具经销商停止订货，厂家直营店在对面低价，客户在谈别的品牌代理，威胁撤店",
     tags=["channel_conflict", "competitor", "non_renewal", "complaint"],
     t="""R：您好，严总，我是雅舍家居的大区经理季洋，您这个季度的订货单还没下，我打个电话问问。
C：不下了。
R：严总，出什么事了？
C：你们自己开的直营店就在我对面，卖得比我便宜。
R：直营店的价格是总部定的，我也反映过……
C：反映有用吗？我在跟另一个品牌谈代理了。
R：严总，您在我们这做了八年，我不想看您走。您现在店里压了多少库存？
C：一百多万。
R：这样，库存的部分我去申请按进价回收一部分，直营店的价格我这周找总部要个说法。周四我去您店里面谈，行吗？
C：你来吧，但是我话说在前面，没说法我就撤店。
R：明白，周四上午我到。谢谢严总这么多年的支持。""",
     sig=[("non_renewal", "不下了"),
          ("channel_conflict", "直营店就在我对面，卖得比我便宜"),
          ("competitor", "在跟另一个品牌谈代理了"),
          ("non_renewal", "没说法我就撤店")],
     neg=["直营店就在我对面", "反映有用吗", "没说法我就撤店"])

# 16 bank_wealth low: fee higher than online platforms, customer stays
call(ind="bank_wealth", risk="low",
     sc="基金定投开户回访，客户提到申购费比网上平台高，经理告知下月费率优惠",
     tags=["calm", "price", "price_mention", "short"],
     t="""R：您好，罗女士，我是兴华银行的客户经理邵晨，您上个月开的基金定投，给您做个回访，看看有没有什么不清楚的地方。
C：没有，挺好。
R：每月扣款的日子是十号，您记得吧？金额合适吗？会不会有压力？
C：不大。就是你们的申购费比网上平台高一点。
R：是的，网上平台有折扣。我们这边下个月开始，定投申购费也打一折，我到时候帮您调过来。
C：那行。
R：另外您还有什么想了解的吗？
C：没了。
R：下个月十号扣款前我给您发条短信确认费率。谢谢罗女士，祝您生活顺心。""",
     sig=[("price", "申购费比网上平台高一点")])

# 17 industrial_equipment medium: compressor down, repair three days late, being handled
call(ind="industrial_equipment", risk="medium",
     sc="铸造厂空压机启动跳闸，报修三天无人上门，售后主管安排备用机和次日工程师",
     tags=["complaint", "service", "quality"],
     t="""R：您好，是恒远铸造的罗厂长吧？我是金牛机电售后部的主管彭涛，看到您昨天打了投诉电话，我来跟进一下。
C：你们总算有人打电话了。
R：实在抱歉。您说的是那台螺杆空压机停机了对吧？现在什么情况？
C：报修三天了，师傅还没到。车间一半停着。
R：是我们调度没排好。停的那台是压力上不去，还是直接启动不了？
C：启动不了，一开就跳闸。
R：跳闸之前有没有异响或者温度报警？
C：没注意。
R：好的。您车间现在另外那两台还在跑吗？负荷重不重？
C：在跑，两台顶三台，天天满负荷。
R：那两台上次保养是什么时候？
C：记不清了，半年前吧。
R：明白，那两台也得留意。我已经跟附近的服务站协调好，明天早上八点前工程师带着配件到您厂里。
C：明天八点，别再放鸽子了。
R：不会，我亲自盯着，工程师到了我给您打电话。这段时间我们先给您调一台备用机过去，今天下午就送。
C：那行，下午几点？
R：三点前到。顺便让司机看一下另外两台的油位。
C：好。
R：罗厂长，这次给您添麻烦了，谢谢您的耐心。""",
     sig=[("service", "报修三天了，师傅还没到"), ("quality", "一开就跳闸")],
     neg=["总算有人打电话了", "报修三天了，师傅还没到", "别再放鸽子了"])

# 18 telecom none: group SIM renewal with upsell; price hesitation, explicit "没打算换"
call(ind="telecom", risk="none",
     sc="物流公司集团卡续约升级流量，客户提到别家来问但全公司没打算换",
     tags=["calm_renewal", "upsell", "hard_negative", "negation", "competitor_mention", "price_mention"],
     t="""R：您好，请问是蓝湾物流的汪经理吗？我是信达通信政企部的客户经理秦朗。
C：是，什么事？
R：您公司那四十多张集团卡的合约下个月到期，我想跟您聊聊续约和升级的事。现在大家流量够用吗？
C：司机那边老说不够。
R：主要是导航和传单据用得多吧？一个月大概超多少？
C：不清楚，财务说超出的钱不少。
R：那正好，我们新的集团套餐每张卡每月多二十个吉的流量，月费只多十块。
C：多十块……四十几张也不少。
R：对，不过现在司机超出的流量费，每个月加起来应该不止这个数。我把上三个月的账单拉出来给您对比一下。
C：你拉吧。前两天有别家来问，我们全公司都用你们的，没打算换。
R：谢谢汪经理支持。另外新来的司机要开卡的话，您提前一天跟我说，我直接送到场站。
C：好。
R：还有一个，您办公室那条宽带也是跟集团卡一起到期的，现在网速够用吗？
C：够用。
R：那宽带就按原来的续，不动了。
C：嗯。
R：那我明天上午把对比表发您邮箱，您看完觉得合适，我们下周二签。
C：行。
R：谢谢汪经理，祝您生意红火。""")

# 19 b2b_saas medium: admin left, new staff never trained
call(ind="b2b_saas", risk="medium",
     sc="项目协同软件原管理员离职，新对接人抱怨没人培训，活跃账号下降，约上门培训",
     tags=["contact_change", "communication", "silent_churn"],
     t="""R：您好，请问是马工吗？我是云杉协同的客户经理唐凯，之前一直是跟你们的刘主管对接。
C：刘主管上个月走了，现在这块我管。
R：哦，这样，那以后就麻烦您了。我看后台最近活跃账号少了不少，想问问是什么情况？
C：新来的几个不会用。
R：明白。刘主管在的时候，我们给他做过两次培训，新来的同事可能没赶上。
C：你们也没人来讲过，我都是自己摸索。
R：这个是我们没跟上，抱歉。您现在主要用哪几块？任务看板还是工时统计？
C：就看板，工时那块没人填。
R：好的。那我这样安排，下周二上午我带个实施同事去你们公司，给项目组做一个小时的培训，把工时填报也配好，您看可以吗？
C：周二上午可以，十点以后。
R：好，十点半到。我今天先把培训提纲发您微信。
C：嗯。
R：谢谢马工，辛苦您了。""",
     sig=[("contact_change", "刘主管上个月走了"), ("communication", "你们也没人来讲过")],
     neg=["你们也没人来讲过"])

# 20 fmcg_distribution low: pushing a new snack, slow month; no discovery, no next step
call(ind="fmcg_distribution", risk="low",
     sc="业务员推新品锅巴，客户说天冷走货慢暂不加新品，业务员未问需求也未约下一步",
     tags=["upsell", "demand_reduction", "short"],
     t="""R：您好，卢老板，我是好味来食品的业务员小孔。我们新出了一款辣味的锅巴，想给您推荐一下，口味挺受欢迎的。
C：嗯。
R：一箱二十四包，进价比老款便宜五毛，零售价一样，利润空间大一些。
C：这个月走得慢，天冷了，先不加新品。
R：这款在别的店卖得挺好，您先拿两箱试试也行。
C：先不了。
R：那好，您什么时候想要了跟我说一声。
C：行。
R：谢谢卢老板，打扰了。""",
     sig=[("demand_reduction", "这个月走得慢")],
     miss=["needs_discovery", "next_step"])

# 21 feed low: dairy farm, supply agreement "到年底再看"
call(ind="feed", risk="low",
     sc="奶牛场明年供货协议沟通，客户满意但说协议到年底再看，约十二月送草稿",
     tags=["calm", "non_renewal", "ambiguous"],
     t="""R：您好，是贺场长吗？我是青岭饲料的客户经理马骏，年底快到了，想跟您聊聊明年精补料的供货协议。
C：哦，马经理。
R：今年咱们的料，牛吃着怎么样？产奶量稳不稳？
C：稳，挺好的。
R：夏天那阵子热应激，单产掉得多吗？
C：掉了一点，很快回来了。
R：那就好。您现在泌乳牛有多少头？明年有扩群的打算吗？
C：三百二十头，明年不扩。
R：好的。明年的协议我们价格基本不动，量还按今年的来，您看怎么样？
C：协议的事到年底再看吧，现在还早。
R：没问题。那我十二月初把协议草稿带过去，您先看看条款。
C：行。
R：谢谢贺场长，祝您牧场越办越好。""",
     sig=[("non_renewal", "协议的事到年底再看吧")])

# 22 hotel_supplies none: inbound reorder of amenities
call(ind="hotel_supplies", risk="none",
     sc="酒店采购来电补货牙刷拖鞋，客服建议加备梳子浴帽并约定后天送货",
     tags=["inbound", "calm", "upsell", "short"],
     t="""R：您好，洁悦酒店用品，我是客服小邱，请问有什么可以帮您？
C：我是云栖酒店的采购，姓韦，要补一批牙刷和拖鞋。
R：韦经理您好。牙刷和拖鞋都要上次那个款吗？
C：对，一样的。
R：数量呢？最近入住率高的话，我建议梳子和浴帽也一起备点，您那边还剩多少？
C：也不多了。牙刷拖鞋各五千，梳子浴帽各两千。
R：好的，我记下了。后天上午给您送到，送货前一小时司机给您打电话。
C：好。
R：谢谢韦经理，祝您生意兴隆。""")

# 23 bank_wealth high: fund loss, full redemption, money moved to another bank; over-promise
call(ind="bank_wealth", risk="high",
     sc="客户基金亏损后全部赎回并把钱转到他行，理财经理违规承诺年底回本",
     tags=["quality", "non_renewal", "competitor", "over_promise", "complaint"],
     t="""R：戴先生您好，我是盛泰银行的理财经理顾远，您昨天在手机银行上申请赎回那只混合基金，我打电话跟您确认一下。
C：对，全赎了。
R：戴先生，现在赎回的话亏损就落实了，您是担心后面继续跌吗？
C：买了一年亏了百分之十八，还等什么。
R：理解您的心情。其实这只基金的经理很有经验，您再拿一拿，我保证年底前回本。
C：你保证？去年买的时候你也说稳。
R：……那我换个说法，市场回暖的可能性是有的。
C：不用说了，钱我转到别的银行去了。
R：好的，尊重您的决定。赎回款明天到账，我今天下午把到账明细发到您手机上。
C：嗯。
R：谢谢戴先生，以后有需要我再为您服务。""",
     sig=[("non_renewal", "全赎了"), ("quality", "买了一年亏了百分之十八"),
          ("competitor", "钱我转到别的银行去了")],
     op=["保证年底前回本"],
     neg=["还等什么", "去年买的时候你也说稳", "不用说了"])

# 24 furniture none: after-install follow-up, adds bookshelf; over-promise
call(ind="furniture", risk="none",
     sc="全屋定制安装后回访，客户满意并加订书架，顾问违规承诺板材二十年不变形",
     tags=["calm", "upsell", "over_promise", "short"],
     t="""R：您好，请问是邹女士吗？我是木语家居的客服顾问小吕，您家上周装的全屋柜子，给您做个回访。
C：是我，装得挺好的。
R：那太好了。柜门开关顺不顺？有没有哪里不平或者有缝的？
C：都挺好，师傅也干净。
R：谢谢您认可。您当时说书房还想加个书架，现在还需要吗？
C：要的，你们有什么款？
R：跟您家柜子同一个板材的有两款，一款开放式，一款带玻璃门。我们的板材保证二十年不变形。
C：带门的吧，防灰。
R：好的，我让设计师明天上午十点上门量尺寸，您在家吗？
C：在。
R：好的，谢谢邹女士，祝您住得舒心。""",
     op=["保证二十年不变形"])

# 25 b2b_saas high: group unifying on another vendor, quote thirty percent higher (big account)
call(ind="b2b_saas", risk="high",
     sc="集团统一选型采购平台，报价高出三成且倾向换别家，大客户经理违规承诺最低价后争取演示机会",
     tags=["big_account", "price", "competitor", "over_promise"],
     t="""R：钱总监您好，我是明岸云的大客户经理宋雯，上周听说贵集团在做信息系统的统一选型，想跟您了解一下情况。
C：对，在做。
R：咱们的采购平台在集团下面十二家子公司都在用，这次选型对我们影响挺大的。集团这次主要看哪些方面？
C：主要是价格，还有跟财务系统打通。
R：财务打通这块我们有现成的接口方案，去年给两家子公司做过。现在子公司那边用着有什么不满意的地方吗？
C：子公司没什么意见。
R：那就好。价格的话，您现在的顾虑在哪里？
C：你们报价比另外两家高三成。
R：钱总监，我们的价格绝对是全行业最低价。
C：最低价？那高三成怎么算的？
R：抱歉，我刚才说得不严谨。我的意思是同样的功能，我们还有让利的空间。
C：集团倾向统一用一家，现在看可能不是你们。
R：明白。决策大概什么时候定？
C：月底。
R：那能不能给我们一次机会，这周五下午我带方案团队去集团，当面做一次对比演示，价格也重新报？
C：周五可以，两点，就半小时。
R：好的，两点准时到。演示前我先把子公司的使用数据整理一份发您。
C：行。
R：谢谢钱总监，麻烦您了。""",
     sig=[("price", "报价比另外两家高三成"), ("competitor", "现在看可能不是你们")],
     op=["绝对是全行业最低价"],
     neg=["那高三成怎么算的"])

# 26 industrial_equipment low: plant trimming spare-parts spending
call(ind="industrial_equipment", risk="low",
     sc="变频器备件季度计划沟通，客户说厂里压开支备件少买，销售精简清单",
     tags=["calm", "demand_reduction", "ambiguous"],
     t="""R：郑科长，您好！我是申城传动的销售经理钟浩，季度末了，想跟您对一下下个季度的备件计划。
C：嗯，你说。
R：上个季度咱们拿了二十台变频器和一批滤波器，现在库里还剩多少？
C：还有几台。
R：那几条产线现在开机情况怎么样？满负荷吗？
C：差不多。不过今年厂里压开支，备件能少买就少买。
R：理解。那我建议关键的那两款留个安全库存，其他的按需要拿，我把清单精简一下。
C：可以。
R：那我周四前把精简后的清单和报价发您，您看完我们再定。
C：好。
R：谢谢郑科长，打扰您了。""",
     sig=[("demand_reduction", "备件能少买就少买")])

# 27 telecom medium: layoffs, lines cancelled; no self-intro, no closing
call(ind="telecom", risk="medium",
     sc="贸易公司裁员后集团号陆续停机，回访人员建议降档套餐",
     tags=["silent_churn", "demand_reduction", "short"],
     t="""R：您好，请问是鑫达贸易的邵会计吗？给您做个集团业务的回访。
C：是，你说。
R：我看您公司的集团号最近陆续停了十几个，是有什么情况吗？
C：公司裁了一半人。
R：哦，这样。那剩下的号码用量怎么样？
C：也少了，好多人不怎么打了。
R：那要不要我帮您把套餐降一档，每个月能省不少。
C：可以，你弄吧。
R：那我明天上午把降档方案发给您，您确认后下周一生效。
C：行吧。
R：嗯，好的，那就这样。""",
     sig=[("demand_reduction", "公司裁了一半人")],
     miss=["self_intro", "closing"])

# 28 fmcg_distribution high: late delivery, switching dairy brand; greeting missing, forbidden phrase
call(ind="fmcg_distribution", risk="high",
     sc="酸奶到货晚四天临期，经销商要换乳品厂并暂停本月进货，业务经理推给物流",
     tags=["complaint", "service", "competitor", "non_renewal"],
     t="""R：喂，曹老板，我是旺家乳业的业务经理陶然，您上个月那批酸奶的货款……
C：货款？你们那批货晚到了四天，一半快过期了。
R：物流的事您找物流去，我们这边是按时发货的。
C：你说什么？
R：不是，曹老板，我的意思是我去跟物流核实。快过期的那部分您有多少？
C：八十多箱。
R：过期的我给您申请退换。除了这批，最近店里别的货走得怎么样？
C：一般。另一家乳品厂给我的条件更好，下个季度我准备换他们。
R：曹老板，您做我们家的货五年了，条件方面我可以去申请，您给我一周时间。
C：一周后再说。这个月的货先不要了。
R：好，我下周三之前把退换和新的返利方案一起给您送过去。谢谢曹老板。""",
     sig=[("service", "那批货晚到了四天"), ("competitor", "下个季度我准备换他们"),
          ("non_renewal", "这个月的货先不要了")],
     fw=["您找物流去"],
     neg=["那批货晚到了四天", "你说什么"],
     miss=["greeting"])

# 29 feed high: fish not growing, switching to another brand; forbidden, no closing
call(ind="feed", risk="high",
     sc="草鱼吃料不长，隔壁塘用别家料长得快，客户准备下批换料，销售说推责禁语",
     tags=["complaint", "quality", "competitor"],
     t="""R：您好，柯老板，我是海润水产饲料的销售经理聂飞，您塘里的草鱼最近吃料怎么样？
C：吃是吃，就是不长。
R：不长？投喂量和水温您方便说一下吗？
C：按你们说的喂的。一个月了，才长了一两。
R：柯老板，长得慢有很多原因，水质、密度都有关系，这个不关我们的事。
C：不关你们事？隔壁塘口用海澄的料，一样的水，长得比我快。
R：我不是那个意思。我明天上午带化验箱过去测一下水，顺便取料样回去检测。
C：你测吧。下一批我准备换海澄的了。
R：柯老板，等结果出来再定行吗？
C：再说吧。
R：好，那明天见。""",
     sig=[("quality", "就是不长"), ("competitor", "隔壁塘口用海澄的料"),
          ("competitor", "下一批我准备换海澄的了")],
     fw=["这个不关我们的事"],
     neg=["就是不长", "才长了一两", "不关你们事"],
     miss=["closing"])

# 30 hotel_supplies low: another linen supplier sent a quote, not yet looked at
call(ind="hotel_supplies", risk="low",
     sc="布草使用回访，客户提到别家报了价还没看，经理约定下周五送明年方案",
     tags=["calm", "competitor", "competitor_mention", "ambiguous", "short"],
     t="""R：您好，卓经理，我是瑞丰纺织的客户经理向阳，我们给您酒店供的布草用了快一年了，打个电话问问情况。
C：挺好。
R：床单洗了这么多次，有没有发黄或者起球的？
C：没有。
R：那就好。明年的采购计划您那边什么时候定？
C：下个月吧。有家做布草的给我们报了个价，我还没看。
R：理解。我们这边也会给您出明年的方案，老客户价格上会有照顾，您可以一起比较。
C：行。
R：那我下周五之前把方案送到您办公室。谢谢卓经理。""",
     sig=[("competitor", "有家做布草的给我们报了个价")])

# 31 industrial_equipment none: switchgear quote, slightly pricier but customer stays
call(ind="industrial_equipment", risk="none",
     sc="配电柜报价跟进，客户说比另一家贵一点但仍选本公司，约定发合同",
     tags=["hard_negative", "price_mention", "competitor_mention", "short"],
     t="""R：林工您好，我是华跃电气的销售小曹，上周给您报的那批低压配电柜，您那边看得怎么样了？
C：看了，比另一家贵一点。
R：嗯，差多少您方便说吗？
C：一台差个几百块。
R：明白。我们用的是自产的断路器，交期能压到十五天，售后在您市里有服务点。您这次项目的工期紧吗？
C：紧，下个月要送电。这些我知道，所以还是定你们的。
R：谢谢林工。那数量还是八台对吧？有没有要加的配置？
C：八台，不加。
R：柜体颜色还是按图纸上的浅灰？
C：对。
R：好的，我明天上午把合同发您，签完我们就排产。
C：行。
R：谢谢林工，祝您工作顺利。""")

# 32 bank_wealth none: deposit maturity, another bank called but declined; over-promise
call(ind="bank_wealth", risk="none",
     sc="老客户定期到期提醒，客户说别的银行来电没答应，理财经理违规说稳赚不赔",
     tags=["calm", "hard_negative", "negation", "competitor_mention", "over_promise", "short"],
     t="""R：黄叔叔您好，我是江汇银行东门支行的理财经理小苏，您那笔三年的定期下周五到期了，提醒您一下。
C：哦，我知道。
R：这笔钱您有安排吗？还是继续存？
C：还存着吧，养老的钱，不动。
R：那您可以考虑我们新出的一款养老储蓄，利率比普通定期高一点，这种稳赚不赔的，您放心。
C：高多少？
R：三年期比普通定期高零点三。
C：前两天别的银行也给我打电话了，我没答应，在你们这存了十几年了。
R：谢谢黄叔叔信任。那您周五上午过来，我提前把单子准备好。
C：好，我周五上午去。
R：好的，谢谢黄叔叔，您路上慢点。""",
     op=["稳赚不赔"])

# 33 furniture medium: table finish blistering, a week without a visit
call(ind="furniture", risk="medium",
     sc="新餐桌漆面起泡，客户等了一周没人上门，售后安排上门并申请换新桌面",
     tags=["complaint", "quality", "service"],
     t="""R：您好，请问是华先生吗？我是栖木家居售后中心的专员小魏，您前天反映餐桌的问题，我来跟进一下。
C：对。桌面的漆起泡了，才买了两个月。
R：真抱歉。起泡的地方大概多大？是放过热的东西吗？
C：没有，就是正常吃饭。巴掌那么大一块。
R：好的。另外您说之前一直没人上门，这个是我们排期出了问题。
C：等了一个星期没人来，打了三次电话。
R：实在对不起。您家里除了餐桌，同一批买的椅子和餐边柜有没有类似的情况？
C：那倒没有。
R：换新桌面的话，颜色您还要原来的胡桃色吗？
C：一样的。
R：好的。尺寸我按订单上的一米六给您下单。
C：对。
R：好的。我已经安排了维修师傅，明天下午两点到四点上门，如果修不好就直接给您换桌面。
C：换新的吧，修了也难看。
R：好的，我跟主管申请，今天下班前给您回电话确认换新。
C：行，别又没消息了。
R：不会的，谢谢华先生的耐心，给您添麻烦了。""",
     sig=[("quality", "桌面的漆起泡了"), ("service", "等了一个星期没人来")],
     neg=["才买了两个月", "等了一个星期没人来", "别又没消息了"])

# 34 b2b_saas high: inventory bug, ticket ignored, trialling another vendor, won't renew; forbidden
call(ind="b2b_saas", risk="high",
     sc="进销存系统库存对不上、工单一周没人回，客户不续费并在试用别家，经理说推诿禁语后道歉",
     tags=["complaint", "non_renewal", "service", "quality", "competitor"],
     t="""R：冯老板您好，我是数禾软件的客户经理韩磊，您的系统年费下个月十五号到期，我打电话跟您确认一下续费。
C：不续了。
R：冯老板，是出了什么问题吗？方便跟我说说吗？
C：上个月库存对不上，提了工单一个礼拜没人回。
R：工单是技术支持那边处理的，这个不归我们部门管，不过我可以帮您催一下。
C：你看，就是这样。
R：不好意思冯老板，我刚才说得不对，这个事我来跟到底。您那个库存差异现在还在吗？差了多少？
C：还在，差了两百多件。我们已经在试用别家的了。
R：是哪家方便说吗？
C：不方便。
R：理解。您那边现在一天大概多少张出入库单？
C：三四百张。
R：理解。那这样，我今天下午四点前让技术主管直接给您打电话，先把库存的问题解决掉，续费的事您再考虑，行吗？
C：你先把问题解决了再说。
R：好的，四点前一定有人联系您。谢谢冯老板，给您添麻烦了。""",
     sig=[("non_renewal", "不续了"), ("quality", "库存对不上"),
          ("service", "提了工单一个礼拜没人回"), ("competitor", "已经在试用别家的了")],
     fw=["这个不归我们部门管"],
     neg=["不续了", "一个礼拜没人回", "你看，就是这样", "你先把问题解决了再说"])

# 35 feed low: sow farm asks for a discount because hog prices are low; greeting missing
call(ind="feed", risk="low",
     sc="母猪场月度送料确认，客户因猪价低要求让价，业务员承诺次日答复",
     tags=["calm", "price", "price_mention", "short"],
     t="""R：喂，王老板，我是禾旺饲料的业务员田亮，这个月的料给您按原来的量送吗？
C：按原来的。
R：好的。您场里母猪存栏现在还是三百头左右？
C：差不多。
R：教槽料这批仔猪吃着怎么样？
C：可以。猪价不好，你们价格能不能再让点？
R：这个我去跟经理申请一下，一吨能不能让个二三十块，明天中午前给您答复。
C：行，你问问。
R：好的，谢谢王老板。""",
     sig=[("price", "你们价格能不能再让点")],
     miss=["greeting"])

# 36 hotel_supplies none: annual contract renewed, bigger cleaner drums
call(ind="hotel_supplies", risk="none",
     sc="年度供货合同续签，客户新开一店加量两成，清洁剂改大桶装",
     tags=["calm_renewal", "upsell", "price_mention"],
     t="""R：您好，简总，我是禾润酒店用品的客户经理段瑶，年度供货合同下个月到期，跟您确认一下续签的事。
C：续，没问题。
R：谢谢简总。今年用下来，一次性用品和清洁剂这几样，店里有没有觉得哪里要调整的？
C：清洁剂换个大桶装吧，省事。
R：好的，大桶装单价还能便宜一点。您今年开了新店，用量会多多少？
C：多一家，加两成吧。
R：新店的房型跟老店一样吗？要不要配套的洗衣房用品？
C：一样。洗衣房的先不用。
R：明白。那合同价格跟去年一样，量加两成，清洁剂改大桶。我周三把合同发您，您签好我周五来取。
C：行。价格跟去年一样就好。
R：是的，不涨。谢谢简总，祝新店开张大吉。""")

# 37 bank_wealth low: may move some money if another bank pays more; no next step
call(ind="bank_wealth", risk="low",
     sc="持仓回访，客户对现有产品满意，但说别家利率高可能挪一部分，经理未约具体下一步",
     tags=["calm", "competitor", "ambiguous", "short"],
     t="""R：何女士您好，我是恒信银行的客户经理江帆，最近市场波动大，给您打个电话看看您的持仓。
C：嗯，还好。
R：您那个稳健型的产品这半年是小赚的，还满意吗？
C：还行。
R：您手上还有一笔活期比较多，有没有打算做点配置？是短期要用，还是可以放一年？
C：一年内不用。不过别家利率高的话我可能挪一点过去。
R：理解，我们也有一年期的产品，收益跟市场上差不多，风险等级也低。
C：你发我看看。
R：好的，有需要您随时联系我。谢谢何女士，祝您生活愉快。""",
     sig=[("competitor", "别家利率高的话我可能挪一点过去")],
     miss=["next_step"])

# 38 fmcg_distribution high: maker supplies online platforms cheaper than dealer cost, contract not signed (big account)
call(ind="fmcg_distribution", risk="high",
     sc="连锁系统大客户不签下季度合同，厂家线上供货价低于其进价且今年涨价，总监约周一带方案",
     tags=["big_account", "non_renewal", "channel_conflict", "price", "complaint"],
     t="""R：您好，蔡总，我是百润食品的大客户总监任杰，下季度的供货合同下周要签了，我想先跟您沟通一下。
C：正好，我也想跟你说。下季度的合同我们不签了。
R：蔡总，咱们合作这么多年，是哪里出了问题？
C：你们直接给线上平台供货，价格比我们的进价还低，顾客拿着手机跟店员比价。
R：这个情况我了解，线上是总部电商部在做，价格我们正在统一。
C：统一了半年了。
R：是，进度确实慢，我回去再催。除了线上的问题，门店这边还有什么让您不满意的？
C：你们的进价今年还涨了一成。
R：涨价是原料成本的原因，不过对您这样的系统客户，我可以申请单独的价格保护。您四十家门店现在月销大概多少？
C：比去年少了三成。
R：主要是哪几个品类掉得多？
C：饼干和膨化。
R：门店那边我们的促销员，这几个月还到位吗？
C：到位，人没问题。
R：好，那促销员我们继续保留。
C：嗯。
R：饼干和膨化正好是线上冲得最厉害的两个品类。那我这样，下周一我带着价格保护方案和电商控价的书面承诺去您总部，您给我们半小时。
C：可以，周一上午十点。不过你要是拿不出东西，就不用来了。
R：明白。谢谢蔡总，周一见。""",
     sig=[("non_renewal", "下季度的合同我们不签了"),
          ("channel_conflict", "你们直接给线上平台供货，价格比我们的进价还低"),
          ("price", "进价今年还涨了一成")],
     neg=["价格比我们的进价还低", "统一了半年了", "你们的进价今年还涨了一成", "拿不出东西，就不用来了"])

# 39 furniture medium: mall closed a floor, dealer shop halved; no self-intro
call(ind="furniture", risk="medium",
     sc="家具经销商所在商场关层，店面缩小订货减少，渠道经理建议换小户型样品",
     tags=["demand_reduction", "silent_churn", "short"],
     t="""R：殷老板，您好，好久没联系了，最近店里怎么样？
C：不太行。
R：怎么了？
C：商场关了一层，我的店面缩了一半。
R：那现在展厅里能摆几套样品？
C：五六套吧。
R：那我建议您把样品换成小户型的组合，占地少，走得也快。订货的话您现在按什么节奏？
C：一个月订一次，量少了。
R：明白。我明天把小户型的样品清单发您，下周二我过去跟您一起挑。
C：行。
R：谢谢殷老板，有困难您随时说。""",
     sig=[("demand_reduction", "我的店面缩了一半")],
     miss=["self_intro"])

# 40 telecom medium: enterprise line outages, hotline unanswered; handled
call(ind="telecom", risk="medium",
     sc="印刷厂专线一周断网两次且客服难打通，政企客服经理说明原因并安排上门测试和减免",
     tags=["complaint", "quality", "service"],
     t="""R：您好，是德顺印务的许主任吗？我是联讯通信政企客服的经理杜薇，您昨天反映专线的问题，我来回访一下。
C：是我。这周网断了两次了。
R：非常抱歉。两次大概都是什么时间，断了多久？
C：周一上午一个小时，昨天下午半个多小时。打客服半天没人接。
R：这个是我们的问题。我查了一下，是你们楼外的一段光缆被施工挖断过，已经换了新的。客服电话那边我也反馈了。
C：换了就行。我们下周要赶一批活，不能再断。
R：明白。你们下周是全天开机吗？晚上也有人在线传稿吗？
C：对，三班倒。
R：那我让机房把你们这条线标成重点保障。今天下午我安排工程师上门再测一次线路，五点前给您测试报告。另外这个月的月租我给您申请减免一周。
C：好吧。
R：您那边平时是谁管网络？以后有问题我让工程师直接联系他。
C：找小魏，我让他加你。
R：下周一我再给您打电话确认一下情况。谢谢许主任，给您添麻烦了。""",
     sig=[("quality", "网断了两次了"), ("service", "打客服半天没人接")],
     neg=["这周网断了两次了", "打客服半天没人接"])
