# -*- coding: utf-8 -*-
# Calls 21-30 of the unseen250 set (inbound: the customer calls the rep).
R, C = "rep", "customer"

CALLS = [
    dict(
        id="call-u250-21", industry="fmcg_distribution", risk="none",
        scenario="经销商来电给中秋礼盒加货，业务员顺势推坚果礼盒",
        tags=["inbound", "calm", "upsell", "price_mention"],
        turns=[
            (C, "喂，小詹啊，我老温。"),  # 0
            (R, "温老板您好！我是禾丰食品的詹宇，您说。"),  # 1
            (C, "中秋的礼盒我要加货，原来订的三百箱不够，再加两百箱。"),  # 2
            (R, "好嘞，加两百箱没问题。另外我们新出了坚果礼盒，今年卖得特别火，您也带一百箱吧。"),  # 3
            (C, "坚果的多少钱一箱？"),  # 4
            (R, "进货价一箱一百八，零售能卖到两百八。"),  # 5
            (C, "利润还可以，那先来五十箱试试。"),  # 6
            (R, "行，两百箱月饼礼盒加五十箱坚果，我下午把订单发您确认，大后天一早从仓库发车。"),  # 7
            (C, "好，收到货我给你转款。"),  # 8
            (R, "谢谢温老板，祝您中秋生意兴隆！"),  # 9
        ],
        signals=[],
        qa=dict(greeting=True, self_intro=True, needs_discovery=False, next_step=True, closing=True,
                forbidden=[], over=[]),
        neg=[],
    ),
    dict(
        id="call-u250-22", industry="furniture", risk="low",
        scenario="顾客来电问沙发送货时间，说装修超支，儿童房家具可能要缓一缓",
        tags=["inbound", "calm", "ambiguous", "demand_reduction"],
        turns=[
            (R, "您好，木语家居，我是导购员罗晶晶，有什么能帮您？"),  # 0
            (C, "罗小姐你好，我是上个月在你们店订沙发的，姓任。想问问沙发什么时候能送。"),  # 1
            (R, "任先生好。您的单子我查一下，是那套灰色的三人位布艺沙发对吧？"),  # 2
            (C, "对。"),  # 3
            (R, "工厂这周五出货，下周二之前给您送到。您家现在装修到哪一步了？地板铺好了吗？"),  # 4
            (C, "地板铺好了，就差软装。本来说儿童房那套床和书桌也在你们家订，现在装修超支了，可能得缓缓。"),  # 5
            (R, "理解理解。儿童房那套的活动价我给您保留到月底，您想订了跟我说一声就行。"),  # 6
            (C, "好，到时候看吧。"),  # 7
            (R, "行，周一我先给您打电话约送货的具体时间。"),  # 8
            (C, "好的。"),  # 9
            (R, "谢谢任先生，祝您新家入住顺利。"),  # 10
        ],
        signals=[("demand_reduction", 5, "现在装修超支了，可能得缓缓")],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, next_step=True, closing=True,
                forbidden=[], over=[]),
        neg=[],
    ),
    dict(
        id="call-u250-23", industry="fmcg_distribution", risk="medium",
        scenario="镇上超市老板来电要求下月调味品减半：两家分店关门，另抱怨上次送货晚了一周",
        tags=["inbound", "complaint", "demand_reduction", "service"],
        turns=[
            (R, "喂，哪位？"),  # 0
            (C, "我是东坡镇的邬老板，开超市的。"),  # 1
            (R, "哦，邬老板您好，我是味源调味品的业务员邵伟。怎么了？"),  # 2
            (C, "下个月的酱油醋你给我减一半。我那两个分店年后都关了，就剩总店一家，用不了那么多。"),  # 3
            (R, "关店了？是生意不好做吗？"),  # 4
            (C, "房租涨了，人也少了，开一个亏一个。还有啊，上回你们的货晚了一个礼拜才到，货架空了好几天。"),  # 5
            (R, "那次是物流公司路上出了问题，实在对不起。"),  # 6
            (C, "以后可别再这样了，货架空着比少进货还难受。"),  # 7
            (R, "一定不会了。减量我给您报上去，以后您的货我周一单独排车，周三前送到。"),  # 8
            (C, "行，周三前到就行。"),  # 9
            (R, "好，那就先这样。"),  # 10
        ],
        signals=[
            ("demand_reduction", 3, "那两个分店年后都关了"),
            ("service", 5, "上回你们的货晚了一个礼拜才到"),
        ],
        qa=dict(greeting=False, self_intro=True, needs_discovery=True, next_step=True, closing=False,
                forbidden=[], over=[]),
        neg=[5, 7],
    ),
    dict(
        id="call-u250-24", industry="fmcg_distribution", risk="high",
        scenario="县级代理商来电投诉邻县窜货和品牌旗舰店低价，扬言不签明年合同、竞品正在拉拢",
        tags=["inbound", "complaint", "competitor_mention", "over_promise",
              "channel_conflict", "non_renewal", "competitor"],
        turns=[
            (R, "您好，清源乳业，我是区域经理柯文斌。"),  # 0
            (C, "柯经理，我是安平的代理商甘建华。你们管不管事？北乡那个代理把你们的纯牛奶一箱便宜五块拉到我们县里卖，超市都去他那儿拿货了。"),  # 1
            (R, "甘总，您先消消气。这个情况从什么时候开始的？您手上有证据吗？"),  # 2
            (C, "一个多月了，箱子上的批号我都拍下来了。还有你们自己网上的旗舰店，搞活动比我的进货价还低，你让我怎么卖？"),  # 3
            (R, "电商那边的事您别问我。"),  # 4
            (C, "我不问你问谁？这个月我的量掉了三成。我把话放这儿，这个季度你们不处理，明年的代理合同我不签了，对面那家酸奶厂天天请我吃饭。"),  # 5
            (R, "甘总，对不起，我刚才态度不对。批号照片您发我，我明天就报给大区，北乡那边这周内让他们把货收回去。"),  # 6
            (C, "旗舰店呢？"),  # 7
            (R, "旗舰店的价格我向您保证，下个月起绝对不会低于您的进货价。"),  # 8
            (C, "你说话算数才行。下周五之前我要看到结果。"),  # 9
            (R, "好，下周五之前我给您一个书面的处理结果。谢谢甘总先跟我说。"),  # 10
        ],
        signals=[
            ("channel_conflict", 1, "把你们的纯牛奶一箱便宜五块拉到我们县里卖"),
            ("channel_conflict", 3, "你们自己网上的旗舰店，搞活动比我的进货价还低"),
            ("non_renewal", 5, "明年的代理合同我不签了"),
            ("competitor", 5, "对面那家酸奶厂天天请我吃饭"),
        ],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, next_step=True, closing=True,
                forbidden=[(4, "电商那边的事您别问我")],
                over=[(8, "绝对不会低于您的进货价")]),
        neg=[1, 3, 5],
    ),
    dict(
        id="call-u250-25", industry="furniture", risk="none",
        scenario="定制家居老客户来电报喜入住并加做鞋柜，比过别家便宜的但选择留下，设计师夸大环保承诺",
        tags=["inbound", "upsell", "hard_negative", "competitor_mention", "price_mention", "over_promise"],
        turns=[
            (R, "您好，栖木全屋定制，我是设计师包蕾。"),  # 0
            (C, "包设计师你好，我是翠湖苑的单女士。跟你说一声，我们上周搬进去了，衣柜用着特别好，我婆婆都夸。"),  # 1
            (R, "太好了，谢谢您特意告诉我！住进去以后有没有哪里用着不顺手的？"),  # 2
            (C, "都挺好，就是玄关空着，想再做个鞋柜。我同事说她在别家做的，便宜三成。"),  # 3
            (R, "鞋柜您想做到顶的，还是半高带换鞋凳的？家里几口人，鞋多不多？"),  # 4
            (C, "五口人，鞋子一大堆，做到顶的吧。便宜那家我去看了，板材闻着有味儿，家里有小孩，我还是在你们家做。"),  # 5
            (R, "您放心，我们的板材绝对零甲醛，用一辈子都不会变形。"),  # 6
            (C, "那就好。什么时候能来量尺寸？"),  # 7
            (R, "这周六上午我带量尺师傅过去，量完下周一出图纸给您看。"),  # 8
            (C, "周六上午可以。"),  # 9
            (R, "好的，周六见，谢谢单女士，祝您全家住得舒心！"),  # 10
        ],
        signals=[],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, next_step=True, closing=True,
                forbidden=[], over=[(6, "绝对零甲醛"), (6, "用一辈子都不会变形")]),
        neg=[],
    ),
    dict(
        id="call-u250-26", industry="furniture", risk="low",
        scenario="顾客来电报修实木床翻身作响，整体满意，售后先让自己拧螺丝后安排上门",
        tags=["inbound", "calm", "quality"],
        turns=[
            (R, "喂，森宅家居售后。"),  # 0
            (C, "你好，我去年在你们那儿买了一张实木床，最近一翻身就咯吱咯吱响。"),  # 1
            (R, "您贵姓？订单是用哪个手机号下的？"),  # 2
            (C, "我姓阎，手机号尾号是三七六二。"),  # 3
            (R, "查到了，阎先生。是床头那边响，还是床板中间响？"),  # 4
            (C, "中间，应该是排骨架那块。别的倒没什么，床挺结实的，就是这个响声晚上有点吵。"),  # 5
            (R, "多半是排骨架的螺丝松了。您自己先拿扳手紧一紧。"),  # 6
            (C, "我家没那种扳手。"),  # 7
            (R, "那我给您约个师傅，后天下午上门紧固，再换两个静音垫片，不收费。"),  # 8
            (C, "好，后天下午我在家。"),  # 9
            (R, "好的，师傅出发前会联系您，感谢您的来电。"),  # 10
        ],
        signals=[("quality", 1, "一翻身就咯吱咯吱响")],
        qa=dict(greeting=False, self_intro=False, needs_discovery=True, next_step=True, closing=True,
                forbidden=[], over=[]),
        neg=[],
    ),
    dict(
        id="call-u250-27", industry="furniture", risk="medium",
        scenario="顾客来电投诉橱柜吊柜门安装不齐、叫师傅回调十天没人来，原想再订衣柜也要再想想",
        tags=["inbound", "complaint", "quality", "service", "non_renewal"],
        turns=[
            (R, "您好，木语家居，我是店长许婧。"),  # 0
            (C, "许店长，我是锦绣花园的柏先生。你们上上周装的橱柜，吊柜门跟柜体对不齐，缝大得能塞进一根手指。"),  # 1
            (R, "柏先生您好。是哪几扇门对不齐？台面那边有没有问题？"),  # 2
            (C, "左边三扇，台面还行。问题是我打了三回电话叫安装师傅回来调，都说这两天来，到今天十天了人影都没见。"),  # 3
            (R, "实在对不起。这段时间我们安装队换了队长，排单有点乱。"),  # 4
            (C, "你们内部乱不乱我不管。我本来还想在你们这儿订两个房间的衣柜，现在得再想想了。"),  # 5
            (R, "我理解。我明天上午亲自带安装队长过去，当场调好，调不好我们直接换门板。"),  # 6
            (C, "明天几点？"),  # 7
            (R, "九点到。您看这样行吗？"),  # 8
            (C, "行，九点，别再放我鸽子。"),  # 9
            (R, "一定不会，谢谢柏先生再给我们一次机会。"),  # 10
        ],
        signals=[
            ("quality", 1, "吊柜门跟柜体对不齐"),
            ("service", 3, "到今天十天了人影都没见"),
            ("non_renewal", 5, "订两个房间的衣柜，现在得再想想了"),
        ],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, next_step=True, closing=True,
                forbidden=[], over=[]),
        neg=[1, 3, 5, 9],
    ),
    dict(
        id="call-u250-28", industry="fmcg_distribution", risk="high",
        scenario="便利店连锁采购来电通知一百二十家店下架薯片海苔：供价上涨、竞品毛利更高且合同已在走流程",
        tags=["inbound", "big_account", "price_mention", "competitor_mention",
              "non_renewal", "price", "competitor"],
        turns=[
            (R, "你好，脆香食品华东区，哪位？"),  # 0
            (C, "我是邻家便利采购部的魏婷婷，找一下负责我们系统的人。"),  # 1
            (R, "魏经理，我就是，我姓滕。"),  # 2
            (C, "滕经理，我先通知你一声，下个月起你们的薯片和海苔在我们一百二十家店里全部下架。"),  # 3
            (R, "啊？这么突然？是卖得不好吗？"),  # 4
            (C, "你们上个月供价一下子涨了百分之十二，毛利薄得没法做。嘉禾零食给的毛利比你们高六个点，条码费也全免。"),  # 5
            (R, "涨价是公司定的，我也没办法，您要下就下吧。"),  # 6
            (C, "你这话说的，我们合作四年了，你就这个态度？"),  # 7
            (R, "抱歉魏经理，我着急了。您那边现在哪几个单品卖得最好？我回去申请一个专项供价补贴。"),  # 8
            (C, "原味薯片和芝麻海苔。不过我跟你说实话，嘉禾的合同我们已经在走流程了。"),  # 9
            (R, "明白了，那我争取一下，有消息再联系您。"),  # 10
            (C, "嗯。"),  # 11
        ],
        signals=[
            ("non_renewal", 3, "一百二十家店里全部下架"),
            ("price", 5, "供价一下子涨了百分之十二"),
            ("competitor", 5, "嘉禾零食给的毛利比你们高六个点"),
            ("competitor", 9, "嘉禾的合同我们已经在走流程了"),
        ],
        qa=dict(greeting=True, self_intro=False, needs_discovery=True, next_step=False, closing=False,
                forbidden=[(6, "您要下就下吧")], over=[]),
        neg=[7],
    ),
    dict(
        id="call-u250-29", industry="feed", risk="none",
        scenario="养猪户来电报喜扩栏，加订乳猪料并咨询新猪舍消毒，提到别家推销已不理会",
        tags=["inbound", "calm", "upsell", "hard_negative", "negation", "competitor_mention"],
        turns=[
            (C, "喂，是祁技术员吧？我杨家湾老覃。"),  # 0
            (R, "覃大哥您好！我是丰牧饲料的祁明，好久没听到您声音了。"),  # 1
            (C, "跟你报个喜，我新盖的猪舍下个月完工，母猪要从六十头加到一百头。"),  # 2
            (R, "恭喜恭喜！那保育料的用量得跟着加。现在仔猪多少天断奶？料肉比怎么样？"),  # 3
            (C, "二十一天断奶，料肉比还行。就是想问问新猪舍进猪前消毒要注意啥。"),  # 4
            (R, "空栏至少七天，先冲洗再用火碱，干透了再熏蒸。我把流程写好发您微信。"),  # 5
            (C, "好。料的话你先给我下个月加三吨乳猪料。前两天也有别家饲料的来推销，我没理他。"),  # 6
            (R, "谢谢覃大哥信任。三吨乳猪料我十号给您送到，顺便去新猪舍看看。"),  # 7
            (C, "行，十号我在场里。"),  # 8
            (R, "好嘞，谢谢覃大哥，祝您猪场越办越旺！"),  # 9
        ],
        signals=[],
        qa=dict(greeting=True, self_intro=True, needs_discovery=True, next_step=True, closing=True,
                forbidden=[], over=[]),
        neg=[],
    ),
    dict(
        id="call-u250-30", industry="feed", risk="low",
        scenario="渔场老板来电问秋季鱼料配方，顺带说鱼价低、明年可能少放苗",
        tags=["inbound", "calm", "ambiguous", "demand_reduction"],
        turns=[
            (R, "你好。"),  # 0
            (C, "你好，是渔丰饲料的车经理吗？我是南湖渔场的阮志刚。"),  # 1
            (R, "是我，阮老板好。您有什么事？"),  # 2
            (C, "天凉了，想问问草鱼的料要不要换成秋季配方。"),  # 3
            (R, "水温现在多少度？鱼一天吃几遍？"),  # 4
            (C, "水温二十二三度，一天喂两遍，吃得还行。"),  # 5
            (R, "那可以换了，秋季料蛋白高两个点，有利于长膘过冬。我按老价格给您发。"),  # 6
            (C, "好。不过跟你说一声，今年鱼价压得低，明年塘里可能少放点苗，还没最后定。"),  # 7
            (R, "理解。秋季料五吨这周四给您送过去，明年的放苗计划定了您告诉我，我帮您算算料。"),  # 8
            (C, "行。"),  # 9
            (R, "那就周四送到，再见。"),  # 10
        ],
        signals=[("demand_reduction", 7, "明年塘里可能少放点苗")],
        qa=dict(greeting=True, self_intro=False, needs_discovery=True, next_step=True, closing=False,
                forbidden=[], over=[]),
        neg=[],
    ),
]
