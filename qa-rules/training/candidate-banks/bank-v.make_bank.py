#!/usr/bin/env python3
"""bank-v: paired customer utterances (Mandarin) for a churn-signal detector.

Focus: weak signs said mildly inside warm, long customer turns (30 to 90
characters) in a healthy relationship, i.e. the kind of turn that makes a call
`low` risk. Each pair is one topic said two ways: the sign line carries one mild
signal of its category; the partner is the same warm turn with the mild sign
replaced by a harmless remark on the same topic (no signal of any category).

All text is original; people, companies and products are invented.

Writes bank-v.jsonl next to this file (odd lines = sign, even lines = partner),
reads it back and self-checks. Exit status 1 on any problem.
"""
import json
import os
import re
import sys
from collections import Counter
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "bank-v.jsonl")

CATEGORIES = [
    "price", "competitor", "service", "quality", "communication",
    "contact_change", "demand_reduction", "non_renewal", "channel_conflict",
]
INDUSTRIES = [
    "b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
    "fmcg_distribution", "furniture", "feed", "hotel_supplies",
]

# (industry, category, cue, evidence, sign text, partner text)
# cue: the kind of mild sign; evidence: shortest phrase of the sign line that
# carries the signal (must be a substring of the sign, absent from the partner).
PAIRS = [
    # ------------------------------------------------------------ price (14)
    ("b2b_saas", "price", "budget_worry", "明年的年费涨了一点",
     "梁经理，你们系统我们用得挺顺手的，大家都说好。就是明年的年费涨了一点，财务那边有点嘀咕，你看能不能帮我们争取个老客户价？",
     "梁经理，你们系统我们用得挺顺手的，大家都说好。明年的年费财务那边已经核过了，没什么问题，你把合同发过来我们走流程就行。"),
    ("b2b_saas", "price", "budget_worry", "对我们这种小团队稍微有点吃力",
     "说实话这套排班模块真帮了大忙，门店店员都离不开了。不过按账号数收费对我们这种小团队稍微有点吃力，要是有个打包价就更好了。",
     "说实话这套排班模块真帮了大忙，门店店员都离不开了。按账号数收费对我们这种小团队也挺灵活的，用几个买几个，算下来挺省心。"),
    ("industrial_equipment", "price", "budget_worry", "配件报价比去年高了一截",
     "钟工，你们那台空压机在车间跑得稳稳当当的，师傅们都放心。就是这次配件报价比去年高了一截，你帮我看看能不能再让一点。",
     "钟工，你们那台空压机在车间跑得稳稳当当的，师傅们都放心。这次配件报价跟去年差不多，我跟老板说一声就能下单，你先备着货。"),
    ("telecom", "price", "minor_complaint", "比新用户贵了些",
     "你们的宽带在我们小区算快的，孩子上网课一点不卡。就是续费的时候发现比新用户贵了些，心里有点不平衡，老用户能不能也照顾照顾？",
     "你们的宽带在我们小区算快的，孩子上网课一点不卡。续费的时候我顺手在营业厅办了，流程挺快，工作人员也耐心，老用户待遇不错。"),
    ("telecom", "price", "budget_worry", "领导觉得稍微偏高",
     "我们公司那几十张卡一直挂在你们这儿，信号没得说。只是最近流量包的单价，领导觉得稍微偏高，让我问问有没有企业档可以选。",
     "我们公司那几十张卡一直挂在你们这儿，信号没得说。最近流量包的用量领导看过了，觉得够用，让我问问账单能不能按月寄给财务。"),
    ("bank_wealth", "price", "budget_worry", "申购费我算了算有点心疼",
     "乔经理，你推荐的那只稳健型产品我拿着挺安心的。就是这回加仓的申购费我算了算有点心疼，要是有费率优惠我就多买一些。",
     "乔经理，你推荐的那只稳健型产品我拿着挺安心的。这回加仓的申购费我也算过了，心里有数，你帮我把手续办了，我多买一些。"),
    ("fmcg_distribution", "price", "budget_worry", "出厂价又往上调了几毛",
     "你们家的果味苏打在我们这片卖得不错，小超市都愿意进。就是这批出厂价又往上调了几毛，我利润薄了点，想商量能不能多给点陈列补贴。",
     "你们家的果味苏打在我们这片卖得不错，小超市都愿意进。这批出厂价跟上次一样，我算了下利润挺稳，想跟你商量下个月的陈列怎么做。"),
    ("fmcg_distribution", "price", "budget_worry", "返点比去年少了一个点",
     "跟你们合作三年了，货走得快，我也放心。只是今年的返点比去年少了一个点，账算下来有点紧，你回去帮我问问领导能不能照顾一下。",
     "跟你们合作三年了，货走得快，我也放心。今年的返点政策我看过了，跟去年一样清楚，你回去帮我问问领导年底的订货会定在哪天。"),
    ("furniture", "price", "budget_worry", "新一季的拿货价贵了一些",
     "你们的实木餐桌客人看了都说做工好，我店里一直摆在门口。就是新一季的拿货价贵了一些，我这边零售价不太好往上提，有点为难。",
     "你们的实木餐桌客人看了都说做工好，我店里一直摆在门口。新一季的拿货价单子我也收到了，零售价我们按原来的思路定，问题不大。"),
    ("furniture", "price", "hesitation", "报价比我预想的高了一截",
     "蔡姐家的全屋定制是我介绍给你们的，她住得挺满意。我自己也想做个书房，就是报价比我预想的高了一截，要是有活动价我就定下来。",
     "蔡姐家的全屋定制是我介绍给你们的，她住得挺满意。我自己也想做个书房，报价跟我预想的差不多，你约个时间来家里量一下尺寸。"),
    ("feed", "price", "budget_worry", "每袋料多出来的那几块钱我得算计着花",
     "你们的蛋鸡料喂下去产蛋率一直挺稳，我很认可。就是最近蛋价往下走，每袋料多出来的那几块钱我得算计着花，能不能给点折扣。",
     "你们的蛋鸡料喂下去产蛋率一直挺稳，我很认可。最近蛋价也还行，每袋料的钱花得值，你下周照老样子给我送二十袋过来就行。"),
    ("feed", "price", "budget_worry", "到手价高了点",
     "老牛，你们的鱼料在塘里投下去不浑水，鱼长得快。今年就是运费加进来以后到手价高了点，我跟合伙人商量的时候他有点意见。",
     "老牛，你们的鱼料在塘里投下去不浑水，鱼长得快。今年运费也是你们包的，到手价很清楚，我跟合伙人商量的时候他也挺满意。"),
    ("hotel_supplies", "price", "budget_worry", "续订的单价涨了些",
     "你们的客房拖鞋和洗漱包我们一直在用，客人评价不错。就是这次续订的单价涨了些，采购部让我再问问，批量大一点能不能降一降。",
     "你们的客房拖鞋和洗漱包我们一直在用，客人评价不错。这次续订的单价采购部已经确认了，让我问问批量大一点能不能分两次送。"),
    ("hotel_supplies", "price", "budget_worry", "每件的洗涤费又加了一点",
     "余经理，你们的布草洗涤服务挺到位，床单摸着就舒服。就是今年每件的洗涤费又加了一点，老板看账的时候皱了下眉头，你帮着想想办法。",
     "余经理，你们的布草洗涤服务挺到位，床单摸着就舒服。今年每件的洗涤费老板看账的时候也说合理，你们继续按现在的节奏来收送就好。"),

    # ------------------------------------------------------- competitor (14)
    ("b2b_saas", "competitor", "comparison", "我想抽空听听他们怎么讲",
     "你们的客服工单系统我们用得挺熟了，跟同事配合也顺。前几天有家叫栖川的来推销，说功能差不多，我想抽空听听他们怎么讲。",
     "你们的客服工单系统我们用得挺熟了，跟同事配合也顺。前几天有家叫栖川的来推销，我说我们用得好好的，就没让他们上门。"),
    ("b2b_saas", "competitor", "comparison", "想拿来跟你们的对比一下",
     "你们的报表功能越来越好用了，老板每周都要看。我们技术主管说朋友公司在用另一款分析工具，想拿来跟你们的对比一下看看。",
     "你们的报表功能越来越好用了，老板每周都要看。我们技术主管说朋友公司也在用你们这款分析工具，还向我们打听了使用心得。"),
    ("industrial_equipment", "competitor", "comparison", "给我推了另一家的样册",
     "秦工，你们的变频柜装好以后一直挺省电的，我们挺满意。最近有个同行给我推了另一家的样册，我收下了，打算有空翻翻看。",
     "秦工，你们的变频柜装好以后一直挺省电的，我们挺满意。最近有个同行还找我要你们的样册，我给他了，打算介绍他跟你联系。"),
    ("industrial_equipment", "competitor", "comparison", "采购想多拉两家报价比一比",
     "你们的叉车在仓库里用着挺皮实，司机也习惯了。下一批添置的时候，采购想多拉两家报价比一比，到时候你们也别介意啊。",
     "你们的叉车在仓库里用着挺皮实，司机也习惯了。下一批添置的时候，采购说还是直接找你们，到时候你提前把型号表发过来。"),
    ("telecom", "competitor", "hesitation", "我听着也有点动心",
     "我们家一直用你们的融合套餐，电视宽带都挺稳。就是最近老有别的运营商打电话来说送手机送话费，我听着也有点动心。",
     "我们家一直用你们的融合套餐，电视宽带都挺稳。最近也有别的运营商打电话来说送手机送话费，我都直接说不用了。"),
    ("telecom", "competitor", "comparison", "物业让我们去听听方案",
     "你们的专线给我们公司用了好几年，稳定性没话说。今年楼里新进来一家运营商，物业让我们去听听方案，我准备去坐一坐。",
     "你们的专线给我们公司用了好几年，稳定性没话说。今年楼里物业组织了一次通信安全讲座，让我们去听听，我准备去坐一坐。"),
    ("bank_wealth", "competitor", "hesitation", "总劝我挪一部分过去",
     "严经理，这两年在你们这儿理财收益还算稳，我挺放心。就是我闺女在另一家银行上班，总劝我挪一部分过去，我还在想。",
     "严经理，这两年在你们这儿理财收益还算稳，我挺放心。我闺女也在银行上班，她看了我的配置，说挺合理，让我继续放着。"),
    ("bank_wealth", "competitor", "comparison", "有家券商的理财顾问约我喝茶",
     "你们的私行服务一直很贴心，生日还有人打电话。最近有家券商的理财顾问约我喝茶，说有新的产品，我答应下周去见一面。",
     "你们的私行服务一直很贴心，生日还有人打电话。最近有个老同学约我喝茶，说想了解一下你们的服务，我答应下周带他去网点。"),
    ("fmcg_distribution", "competitor", "comparison", "有个新牌子的业务员常来",
     "你们的方便面在我这儿一直是主力，货周转也快。最近有个新牌子的业务员常来，样品留了一箱，我说回头尝尝再看。",
     "你们的方便面在我这儿一直是主力，货周转也快。最近你们的业务员常来，新口味的样品留了一箱，我说回头尝尝再看。"),
    ("furniture", "competitor", "comparison", "装修公司又推荐了一个牌子",
     "你们沙发的面料和坐感我都挺喜欢，家里人也认可。就是装修公司又推荐了一个牌子，说性价比高，我打算周末顺路去看看。",
     "你们沙发的面料和坐感我都挺喜欢，家里人也认可。装修公司也说你们的牌子口碑好，我打算周末顺路去店里再坐坐。"),
    ("furniture", "competitor", "comparison", "想开个小范围的比选",
     "我们工程部跟你们合作的办公家具一直不错，交货也准。领导说下个项目想开个小范围的比选，让你们也准备一下方案。",
     "我们工程部跟你们合作的办公家具一直不错，交货也准。领导说下个项目还是交给你们，让你们也提前准备一下方案。"),
    ("feed", "competitor", "comparison", "我想去他场里瞧一眼",
     "你们的教槽料小猪爱吃，拉稀也少，我挺满意。隔壁村有人在用另一家的，说断奶后长得更快，我想去他场里瞧一眼。",
     "你们的教槽料小猪爱吃，拉稀也少，我挺满意。隔壁村有人也想用，听我讲断奶后长得快，我想带你去他场里瞧一眼。"),
    ("hotel_supplies", "competitor", "comparison", "有家新开的厂子给我们寄了样品",
     "你们供的一次性洗护用品香味客人挺喜欢的。最近有家新开的厂子给我们寄了样品，包装挺精致，我们前台也在传着看。",
     "你们供的一次性洗护用品香味客人挺喜欢的。最近你们寄来的新款样品包装挺精致，我们前台也在传着看，都说好看。"),
    ("hotel_supplies", "competitor", "comparison", "会让几家供应商一起报报",
     "这几年酒店的餐具都是从你们这儿进的，耐用不掉瓷。集团今年说要统一采购，我估计会让几家供应商一起报报，你心里有个数。",
     "这几年酒店的餐具都是从你们这儿进的，耐用不掉瓷。集团今年说要统一采购，我估计会推荐你们家给其他门店，你心里有个数。"),

    # ---------------------------------------------------------- service (13)
    ("b2b_saas", "service", "minor_complaint", "客服隔了两天才回",
     "你们的系统整体挺稳的，我们部门用得很开心。就是上回提的那个导出问题，客服隔了两天才回，稍微有点着急，其他都挺好。",
     "你们的系统整体挺稳的，我们部门用得很开心。上回提的那个导出问题，客服当天就回了，讲得也清楚，其他也都挺好。"),
    ("b2b_saas", "service", "minor_complaint", "偶尔要排一会儿队",
     "我们门店用你们的收银软件快一年了，收银员上手很快。就是晚上打客服热线偶尔要排一会儿队，不算大事，跟你提一嘴。",
     "我们门店用你们的收银软件快一年了，收银员上手很快。晚上打客服热线也能很快接通，挺方便的，跟你说一声，谢谢你们。"),
    ("industrial_equipment", "service", "minor_complaint", "工程师比约好的晚到了一天",
     "你们的焊机我们车间用着一直顺手。就是上个月有台保养，工程师比约好的晚到了一天，活儿干得挺细，下回能准时就更好了。",
     "你们的焊机我们车间用着一直顺手。上个月有台保养，工程师按约好的时间准点到了，活儿干得挺细，师傅们都夸他。"),
    ("industrial_equipment", "service", "minor_complaint", "备件比说好的多等了两天",
     "秦工，你们那条输送线运行得不错，产量也上来了。就是上次换皮带，备件比说好的多等了两天，好在没耽误生产，下回能快点就好。",
     "秦工，你们那条输送线运行得不错，产量也上来了。上次换皮带，备件第二天就到了，一点没耽误生产，这个响应速度我挺佩服。"),
    ("telecom", "service", "minor_complaint", "师傅第三天才上门",
     "你们的网络我们店里用着挺好，刷卡从来不掉线。就是上周报了个路由器的小故障，师傅第三天才上门，我们先凑合着用了两天。",
     "你们的网络我们店里用着挺好，刷卡从来不掉线。上周报了个路由器的小故障，师傅当天下午就上门了，换了个新的，挺利索。"),
    ("telecom", "service", "minor_complaint", "让我改天再来，跑了两趟",
     "我跟我爱人的号都在你们这儿办了十来年了，挺有感情的。只是前阵子查话费明细，营业厅的小姑娘说系统忙，让我改天再来，跑了两趟。",
     "我跟我爱人的号都在你们这儿办了十来年了，挺有感情的。前阵子查话费明细，营业厅的小姑娘一下就打出来了，还教我在手机上查。"),
    ("bank_wealth", "service", "minor_complaint", "排号排了快一个钟头",
     "严经理，你们网点的服务一直挺周到。就是上回我来办转账，排号排了快一个钟头，腿都站酸了，别的倒真没什么可挑的。",
     "严经理，你们网点的服务一直挺周到。上回我来办转账，刚拿了号没多久就叫到了，大堂经理还给我倒了杯水，挺暖心。"),
    ("bank_wealth", "service", "minor_complaint", "打客服转了好几个人才弄好",
     "你们的理财经理挺专业的，讲得也明白。就是上个月我在手机银行上赎回遇到个小卡顿，打客服转了好几个人才弄好，有点折腾。",
     "你们的理财经理挺专业的，讲得也明白。上个月我在手机银行上赎回也很顺，有一步不会操作，打客服一个人就给我讲明白了。"),
    ("fmcg_distribution", "service", "minor_complaint", "业务员拖了一周才来处理",
     "你们的酸奶在学校周边卖得挺火。就是上次有几箱临期的想换货，业务员拖了一周才来处理，我这边也不是大事，就是提醒一下。",
     "你们的酸奶在学校周边卖得挺火。上次有几箱临期的想换货，业务员第二天就来处理了，我这边很省心，跟你们合作挺踏实。"),
    ("furniture", "service", "minor_complaint", "师傅比约的时间晚了一个多小时",
     "你们的床垫睡着挺舒服，家里老人都说腰不疼了。就是送货那天师傅比约的时间晚了一个多小时，我请了假在家干等，有点小遗憾。",
     "你们的床垫睡着挺舒服，家里老人都说腰不疼了。送货那天师傅比约的时间还早到了一会儿，装好还帮我把包装带走了，挺贴心。"),
    ("furniture", "service", "minor_complaint", "售后安装排期有点紧",
     "我们店代理你们的橱柜好几年了，客户口碑不错。就是最近售后安装排期有点紧，有个客户等了十来天，我跟他解释了半天。",
     "我们店代理你们的橱柜好几年了，客户口碑不错。最近售后安装排期也很及时，有个客户下单三天就装好了，还专门来店里道谢。"),
    ("feed", "service", "minor_complaint", "隔了两天才有人回话",
     "你们的技术员上次来教我们配料，讲得很实在。就是后来猪场有几头咳嗽，打电话问了一圈，隔了两天才有人回话，好在没什么事。",
     "你们的技术员上次来教我们配料，讲得很实在。后来猪场有几头咳嗽，打电话一问，当天就有人回话，教了几招，现在都好了。"),
    ("hotel_supplies", "service", "minor_complaint", "维修师傅隔了三天才来",
     "你们的咖啡机放在大堂用得挺好，客人也爱喝。就是前阵子出了点小毛病，报修后维修师傅隔了三天才来，我们只好先用手冲顶着。",
     "你们的咖啡机放在大堂用得挺好，客人也爱喝。前阵子到了保养时间，维修师傅主动上门做了清洁，还教我们怎么除水垢。"),

    # ---------------------------------------------------------- quality (13)
    ("b2b_saas", "quality", "minor_complaint", "打卡偶尔会闪退一下",
     "你们的考勤小程序员工都说方便。就是这两周打卡偶尔会闪退一下，重新点进去就好了，不算严重，你们有空帮忙看一眼。",
     "你们的考勤小程序员工都说方便。这两周更新以后打卡更快了，点进去一下就好，大家都说这版做得细心，你们辛苦了。"),
    ("industrial_equipment", "quality", "minor_complaint", "声音比刚装时大了点",
     "你们的水泵装上以后水压一直很足。就是最近有一台声音比刚装时大了点，可能是小问题，你方便的时候派人来听听。",
     "你们的水泵装上以后水压一直很足。最近有一台刚好到了巡检时间，声音跟刚装时一样稳，你方便的时候派人来做个例行保养。"),
    ("industrial_equipment", "quality", "minor_complaint", "有两个指示灯有点暗",
     "这批断路器我们装了三十多个柜子，整体挺好用。就是有两个指示灯有点暗，不影响功能，我跟你们说一下，看看是不是个别现象。",
     "这批断路器我们装了三十多个柜子，整体挺好用。指示灯也挺亮，装起来很方便，我跟你们说一下，下一批还按这个型号来。"),
    ("telecom", "quality", "minor_complaint", "偶尔通话有一点点回声",
     "你们给我们办的那套云电话，用下来挺省事的。就是偶尔通话有一点点回声，客户没说什么，就是我自己听着有点别扭。",
     "你们给我们办的那套云电话，用下来挺省事的。通话也挺清楚的，客户没说什么，我自己听着也舒服，回头再给销售部开几个。"),
    ("bank_wealth", "quality", "minor_complaint", "净值往下掉了一点点",
     "严经理，那只债券基金拿了大半年，整体还是稳的。就是最近两个月净值往下掉了一点点，我也不是很慌，想听听你怎么看。",
     "严经理，那只债券基金拿了大半年，整体还是稳的。最近两个月净值也一直慢慢往上走，我心里挺踏实，想听听你后面怎么安排。"),
    ("bank_wealth", "quality", "minor_complaint", "今年有点拖后腿",
     "你给我配的那个组合，这两年总体是赚的，我挺感激。就是里面那只偏股的今年有点拖后腿，收益比我预期的差一些。",
     "你给我配的那个组合，这两年总体是赚的，我挺感激。里面那只偏股的今年表现也还不错，收益跟我预期的差不多。"),
    ("fmcg_distribution", "quality", "minor_complaint", "有几袋封口没压紧",
     "你们的饼干在我们这边口碑挺好，小孩特别爱吃。就是这一批有几袋封口没压紧，有点受潮，我先挑出来了，下批注意一下就行。",
     "你们的饼干在我们这边口碑挺好，小孩特别爱吃。这一批包装换了新的封口，压得挺紧，我摸着挺结实，下批照这个来就行。"),
    ("fmcg_distribution", "quality", "minor_complaint", "有几件纸箱有点软",
     "跟你们拿的矿泉水一直卖得不错。就是最近有几件纸箱有点软，码高了会塌，不算大问题，你跟厂里反映一下，换个硬点的箱子。",
     "跟你们拿的矿泉水一直卖得不错。最近换的新纸箱挺硬实，码高了也稳当，你跟厂里说一声，这个箱子大家都说好。"),
    ("furniture", "quality", "minor_complaint", "有一扇抽屉推起来有点涩",
     "你们的衣帽间做得真漂亮，邻居来看都夸。就是有一扇抽屉推起来有点涩，不太顺，麻烦你们有空来调一调，不着急。",
     "你们的衣帽间做得真漂亮，邻居来看都夸。抽屉推起来也很顺滑，一点声音都没有，邻居还让我问问你们的电话，想找你们做。"),
    ("furniture", "quality", "minor_complaint", "床边的漆掉了一小块",
     "你们的儿童床我们买了两张，结实又环保，孩子很喜欢。就是有一张床边的漆掉了一小块，不显眼，就是跟你们说一声。",
     "你们的儿童床我们买了两张，结实又环保，孩子很喜欢。床边的漆也很匀，摸着挺光滑，跟你们说一声，我们挺满意。"),
    ("feed", "quality", "minor_complaint", "颗粒碎的稍微多一点",
     "你们的肉鸭料一直挺好用，鸭子出栏也整齐。就是这次来的料颗粒碎的稍微多一点，鸭子挑着吃，不算啥大事，下批留意一下。",
     "你们的肉鸭料一直挺好用，鸭子出栏也整齐。这次来的料颗粒也很完整，鸭子吃得干净，一点都不剩，下批还照这个来。"),
    ("feed", "quality", "minor_complaint", "闻着味道跟以前有点不一样",
     "你们的牛精料喂着奶量一直可以，我挺信得过。就是最近这两批闻着味道跟以前有点不一样，牛吃得也慢了一点，你帮我问问厂里。",
     "你们的牛精料喂着奶量一直可以，我挺信得过。最近这两批闻着还是那个香味，牛吃得也挺欢，你帮我问问厂里下个月还有没有货。"),
    ("hotel_supplies", "quality", "minor_complaint", "有几条边上开始起毛了",
     "你们的浴巾吸水性好，客人反馈一直不错。就是最近洗了几十次以后，有几条边上开始起毛了，不多，就是跟你反映一下。",
     "你们的浴巾吸水性好，客人反馈一直不错。最近洗了几十次以后，还是挺柔软的，边上也挺整齐，跟你说一下，挺耐用。"),

    # ---------------------------------------------------- communication (13)
    ("b2b_saas", "communication", "minor_complaint", "看到界面变了才知道",
     "你们产品本身我们挺认可的，功能也够用。就是最近新版本上线，我们是看到界面变了才知道，要是能提前打声招呼就更好了。",
     "你们产品本身我们挺认可的，功能也够用。最近新版本上线前，你们提前一周就发了通知，还开了培训会，我们准备得挺充分。"),
    ("b2b_saas", "communication", "minor_complaint", "上周发的消息隔了两天才回",
     "杜经理人挺好的，每次问问题都很耐心。就是最近可能太忙了，上周发的消息隔了两天才回，我们也理解，就是提个小建议。",
     "杜经理人挺好的，每次问问题都很耐心。最近虽然挺忙，上周发的消息半小时就回了，我们也很感谢，专门跟你夸夸他。"),
    ("industrial_equipment", "communication", "minor_complaint", "今年好像没怎么见你们的人来走动",
     "你们的设备没得挑，我们用得挺踏实。就是今年好像没怎么见你们的人来走动，以前每季度都来坐坐，有点想念你们的茶话会了。",
     "你们的设备没得挑，我们用得挺踏实。今年你们的人还是每季度都来走动，坐下来聊聊用得怎么样，我们挺喜欢你们的茶话会。"),
    ("industrial_equipment", "communication", "minor_complaint", "我等了一阵还没收到",
     "你们服务一直挺用心的，我们领导也常夸。上次说好要发的能耗分析报告，我等了一阵还没收到，可能你们忙忘了，方便时补一份就行。",
     "你们服务一直挺用心的，我们领导也常夸。上次说好要发的能耗分析报告，我昨天已经收到了，做得挺详细，领导还拿去开会用了。"),
    ("telecom", "communication", "minor_complaint", "后来就没动静了",
     "我们公司跟你们合作挺久了，整体很满意。就是上回问的那个套餐调整，客户经理说回头给我电话，后来就没动静了，你帮我催一下。",
     "我们公司跟你们合作挺久了，整体很满意。上回问的那个套餐调整，客户经理第二天就给我回了电话，讲得挺清楚，你帮我谢谢他。"),
    ("bank_wealth", "communication", "minor_complaint", "这次没接到电话",
     "这几年在你们这儿办业务挺舒心的。就是手上那笔定期快到期了，以前都会有人提醒我，这次没接到电话，我自己翻本子才想起来。",
     "这几年在你们这儿办业务挺舒心的。手上那笔定期快到期了，上周就有人打电话提醒我，还问我后面怎么打算，挺周到的。"),
    ("bank_wealth", "communication", "minor_complaint", "你那边也没来个电话说说情况",
     "严经理，你给我讲的东西我都挺信服的。就是最近市场波动大，你那边也没来个电话说说情况，我心里多少有点没底。",
     "严经理，你给我讲的东西我都挺信服的。最近市场波动大，你那边专门来电话说了说情况，我心里就踏实多了，谢谢你啊。"),
    ("fmcg_distribution", "communication", "minor_complaint", "我是听别的店老板说才知道的",
     "你们的货一直走得挺好，我跟你们合作也挺愉快。就是新品上市的政策，我是听别的店老板说才知道的，你们下回早点跟我通个气。",
     "你们的货一直走得挺好，我跟你们合作也挺愉快。新品上市的政策，你们业务员第一时间就跑来跟我讲了，我准备得挺充分。"),
    ("furniture", "communication", "minor_complaint", "一直没等到电话",
     "你们家的窗帘装好以后效果特别好，我挺满意的。就是之前说好装完要回访一下，一直没等到电话，也没啥事，就是随口说说。",
     "你们家的窗帘装好以后效果特别好，我挺满意的。装完第二天就有人打电话回访，问得挺细，也没啥问题，我随口夸夸。"),
    ("feed", "communication", "minor_complaint", "技术员来场里的次数少了点",
     "你们的料我一直在用，效果没得说。就是今年技术员来场里的次数少了点，可能是片区大了忙不过来，有空还是希望他多来转转。",
     "你们的料我一直在用，效果没得说。今年技术员来场里的次数也不少，片区虽然大了，他还是每个月都来转转，看得挺仔细。"),
    ("feed", "communication", "minor_complaint", "后来好像给忘了",
     "老葛，跟你打交道我放心。就是上次问你那个新鱼料的配方，你说查一下告诉我，后来好像给忘了，我也不急，你有空回我一句。",
     "老葛，跟你打交道我放心。上次问你那个新鱼料的配方，你当天就查好告诉我了，讲得很明白，我已经照着在塘里喂上了。"),
    ("hotel_supplies", "communication", "minor_complaint", "看到车来了才知道的",
     "你们的床品质量我们挺认可。就是上个月调整了送货时间，我们仓库是看到车来了才知道的，提前通知一下就更好了。",
     "你们的床品质量我们挺认可。上个月调整了送货时间，你们提前三天就发了通知，仓库安排得很从容，这点做得真好。"),
    ("hotel_supplies", "communication", "minor_complaint", "到现在还没信儿",
     "我们酒店跟你们合作挺久了，用着放心。就是之前提过想看看新款的茶具样品，说好月底送来，到现在还没信儿，你帮我问问。",
     "我们酒店跟你们合作挺久了，用着放心。之前提过想看看新款的茶具样品，说好月底送来，前天就到了，大家都挺喜欢。"),

    # --------------------------------------------------- contact_change (13)
    ("b2b_saas", "contact_change", "contact_about_to_change", "后面这块估计换小韦来跟",
     "这两年跟你们对接挺顺利的，系统也好用。跟你透个底，我下个月可能要调去分公司，后面这块估计换小韦来跟，到时候我给你们牵个线。",
     "这两年跟你们对接挺顺利的，系统也好用。跟你说一声，我下个月要去分公司出差一周，这期间有事照样找我，我手机一直开着。"),
    ("b2b_saas", "contact_change", "contact_about_to_change", "你年后要换到别的区域了",
     "杜经理，你们团队服务我们一直挺贴心。听说你年后要换到别的区域了？那有点舍不得，新来的同事还请你多带带他。",
     "杜经理，你们团队服务我们一直挺贴心。听说你们团队年后要扩招了？那得恭喜你，到时候还是你来跟我们，我们放心。"),
    ("industrial_equipment", "contact_change", "contact_about_to_change", "设备科长明年可能退休",
     "秦工，你们的设备在我们厂一直用得好好的。就是我们设备科长明年可能退休，接手的人还没定，到时候可能得重新跟你们磨合磨合。",
     "秦工，你们的设备在我们厂一直用得好好的。我们设备科长明年还要带徒弟，说让年轻人也跟你们多学学，到时候你们多教教他们。"),
    ("industrial_equipment", "contact_change", "contact_about_to_change", "可能会交给另一个同事管",
     "你们的货一直很靠谱，合作也省心。我们采购部最近在调整分工，以后你们这条线可能会交给另一个同事管，有啥事你先照样找我。",
     "你们的货一直很靠谱，合作也省心。我们采购部最近在整理供应商档案，你们这条线还是我来管，有啥事你照样先找我就行。"),
    ("telecom", "contact_change", "contact_about_to_change", "可能要交给新来的主管",
     "我们公司的集团号一直是我在管，用得挺好的。不过行政这块下季度可能要交给新来的主管，到时候我把他的电话给你们。",
     "我们公司的集团号一直是我在管，用得挺好的。行政这块下季度要做个年检，到时候我把资料整理好，一起发给你们。"),
    ("bank_wealth", "contact_change", "contact_about_to_change", "你是不是也要动一动",
     "严经理，这几年多亏你帮我打理。听说你们行里要轮岗，你是不是也要动一动？要是换了人，我还得重新跟人家讲一遍我的情况。",
     "严经理，这几年多亏你帮我打理。听说你们行里最近在办客户答谢会，你是不是也要忙一阵？到时候我带老伴一起去凑个热闹。"),
    ("bank_wealth", "contact_change", "contact_about_to_change", "下个月要调去别的支行了",
     "你们网点的服务我一直挺满意。就是原来常帮我办事的那个小伙子，听说下个月要调去别的支行了，挺可惜的，他人特别细心。",
     "你们网点的服务我一直挺满意。常帮我办事的那个小伙子，听说下个月要评上优秀员工了，挺替他高兴的，他人特别细心。"),
    ("fmcg_distribution", "contact_change", "contact_about_to_change", "明年打算让我儿子来管进货了",
     "跟你们做了这么多年生意，一直挺愉快。我这店明年打算让我儿子来管进货了，他年轻，想法多，到时候你们多跟他聊聊。",
     "跟你们做了这么多年生意，一直挺愉快。我这店明年还是我自己管进货，我儿子放假会来帮帮忙，到时候你们也跟他聊聊。"),
    ("fmcg_distribution", "contact_change", "contact_about_to_change", "可能要调去跑别的片区",
     "你们的业务员小乔挺勤快的，我们都喜欢他。听他说下个月可能要调去跑别的片区，那以后是谁来我们这儿，你跟我说一声。",
     "你们的业务员小乔挺勤快的，我们都喜欢他。听他说下个月要带新品来我们这儿做试吃，那具体哪天来，你跟我说一声。"),
    ("furniture", "contact_change", "contact_about_to_change", "店长下个月可能要回老家发展",
     "我们门店跟你们合作挺顺的，上样也及时。我们店长下个月可能要回老家发展，新店长是谁还不知道，到时候你们多费心。",
     "我们门店跟你们合作挺顺的，上样也及时。我们店长下个月要带店员去你们工厂参观学习，到时候你们多费心安排一下。"),
    ("feed", "contact_change", "contact_about_to_change", "以后订料的事估计交给他管",
     "你们的料我们场里一直用着放心。跟你说一下，我们场今年可能要请个专职的场长，以后订料的事估计交给他管，我就退到后面了。",
     "你们的料我们场里一直用着放心。跟你说一下，我们场今年可能要再扩一栋猪舍，以后订料的事还是我来管，量估计还得往上加。"),
    ("hotel_supplies", "contact_change", "contact_about_to_change", "采购经理好像在谈去别的酒店",
     "你们的东西我们酒店用着都挺好。我们采购经理好像在谈去别的酒店，还没最后定，要是真走了，新人来了你们可能得重新介绍一下。",
     "你们的东西我们酒店用着都挺好。我们采购经理最近在谈新一年的采购计划，还是按原来的思路，你们到时候把新品再介绍一下。"),
    ("hotel_supplies", "contact_change", "contact_about_to_change", "客房的事会交给我的副手",
     "余经理，你们跟我们客房部配合得挺默契。我这边下季度可能要转去前厅部，客房的事会交给我的副手，她人也挺好沟通的。",
     "余经理，你们跟我们客房部配合得挺默契。我这边下季度可能要多招两个服务员，客房的事还是我来盯，有事你们照样找我。"),

    # ------------------------------------------------- demand_reduction (13)
    ("b2b_saas", "demand_reduction", "volume_dip", "账号数可能要减几个",
     "你们的系统我们用得挺顺手，大家都说好。就是今年公司业务收缩了一点，人少了几个，续费的时候账号数可能要减几个。",
     "你们的系统我们用得挺顺手，大家都说好。今年公司业务稳中有升，人也多了几个，续费的时候账号数可能还要加几个。"),
    ("industrial_equipment", "demand_reduction", "volume_dip", "刀具的用量估计会比上半年少一点",
     "你们的刀具质量没话说，我们一直用着。就是下半年外贸订单淡了一些，车间开工没那么足，刀具的用量估计会比上半年少一点。",
     "你们的刀具质量没话说，我们一直用着。下半年外贸订单也还可以，车间开工挺足的，刀具的用量估计跟上半年差不多。"),
    ("telecom", "demand_reduction", "volume_dip", "到时候可能少一条线",
     "我们几个门店的宽带都在你们这儿，挺稳定的。就是明年有一家店租约到期，老板还在考虑要不要接着开，到时候可能少一条线。",
     "我们几个门店的宽带都在你们这儿，挺稳定的。明年有一家店租约到期，老板已经续签了，到时候那条线照常用，不用动。"),
    ("telecom", "demand_reduction", "volume_dip", "漫游流量包可能用不了那么多了",
     "你们的套餐我们公司一直在用，大家都挺满意。就是最近外勤岗位调整，出差的人少了，下个月漫游流量包可能用不了那么多了。",
     "你们的套餐我们公司一直在用，大家都挺满意。最近外勤岗位调整，出差的人也不少，下个月漫游流量包还是按原来的量来就行。"),
    ("bank_wealth", "demand_reduction", "budget_worry", "每月的定投我想先从三千降到两千",
     "严经理，你给我打理的账户我一直挺放心。就是今年厂里效益一般，手头闲钱少了些，每月的定投我想先从三千降到两千。",
     "严经理，你给我打理的账户我一直挺放心。今年厂里效益还不错，手头闲钱也够，每月的定投我想就按三千继续扣着。"),
    ("bank_wealth", "demand_reduction", "volume_dip", "可能得先取出来一部分",
     "你们的理财服务我挺满意。就是今年家里要给孩子买房付首付，可能得先取出来一部分，剩下的还放在你们这儿接着打理。",
     "你们的理财服务我挺满意。今年家里给孩子买房的首付已经凑齐了，不用动这边的钱，我的还都放在你们这儿接着打理。"),
    ("fmcg_distribution", "demand_reduction", "volume_dip", "夏天的进货量我估计得比去年少订一些",
     "你们的饮料在我这儿一直卖得挺好。就是今年附近的工地完工了，工人少了不少，夏天的进货量我估计得比去年少订一些。",
     "你们的饮料在我这儿一直卖得挺好。今年附近又开了个工地，工人多了不少，夏天的进货量我估计跟去年差不多，提前备着。"),
    ("fmcg_distribution", "demand_reduction", "volume_dip", "下单的量可能会稍微缩一点",
     "跟你们合作挺踏实的，货款也清楚。就是我们这边有两家小店打算合并成一家，到时候下单的量可能会稍微缩一点。",
     "跟你们合作挺踏实的，货款也清楚。我们这边有两家小店打算重新装修一下，到时候下单的量照旧，送货时间要调一调。"),
    ("furniture", "demand_reduction", "volume_dip", "明年的采购量估计会往下调一点",
     "你们的板材我们工程一直在用，质量稳定。就是今年接的楼盘项目少了两个，明年的采购量估计会往下调一点，跟你提前说声。",
     "你们的板材我们工程一直在用，质量稳定。今年接的楼盘项目还多了两个，明年的采购量估计会往上走一点，跟你提前说声。"),
    ("furniture", "demand_reduction", "volume_dip", "这季度可能少拿几张",
     "我在你们这儿拿床垫好些年了，客人都认。就是今年我们这条街人流少了点，店里卖得慢些，这季度可能少拿几张。",
     "我在你们这儿拿床垫好些年了，客人都认。今年我们这条街人流也不错，店里卖得挺快，这季度照常拿货，你按老样子配。"),
    ("feed", "demand_reduction", "volume_dip", "打算少养一栋",
     "你们的料一直挺管用，鸡长得好。就是今年我岁数大了，打算少养一栋，下半年要的料估计会少一些，你心里先有个数。",
     "你们的料一直挺管用，鸡长得好。今年我儿子回来帮忙了，打算还是养这么多，下半年要的料跟上半年一样，你心里先有个数。"),
    ("feed", "demand_reduction", "volume_dip", "那段时间投料会少一点",
     "你们的虾料我们一直信得过。今年有两口塘要清淤晒塘，空一季，那段时间投料会少一点，等塘子弄好了再照常来。",
     "你们的虾料我们一直信得过。今年有两口塘清完淤已经放苗了，这一季照常投，投料跟去年一样，等收了虾请你来吃。"),
    ("hotel_supplies", "demand_reduction", "volume_dip", "那段时间的订货量可能会少一些",
     "你们的客房用品我们一直用着挺好。就是今年有一层楼要装修，封了两个多月，那段时间的订货量可能会少一些。",
     "你们的客房用品我们一直用着挺好。今年有一层楼刚装修完，重新开放了，接下来的订货量会跟原来一样，你照常安排。"),

    # ------------------------------------------------------ non_renewal (14)
    ("b2b_saas", "non_renewal", "delayed_decision", "现在先不着急签",
     "你们的系统我们用得挺满意，大家也习惯了。续约的事我想等明年开年定了预算再谈，现在先不着急签，你别介意啊。",
     "你们的系统我们用得挺满意，大家也习惯了。续约的事我们已经定了预算，你把合同发过来，这周就可以签，不用等到明年。"),
    ("b2b_saas", "non_renewal", "delayed_decision", "我们想先停一停",
     "杜经理，这一年你们帮我们上线做得挺辛苦的。增值模块到期以后，我们想先停一停，看看明年用不用得上，基础版照常用。",
     "杜经理，这一年你们帮我们上线做得挺辛苦的。增值模块到期以后，我们想接着续，看看明年能不能再多开几个功能。"),
    ("industrial_equipment", "non_renewal", "delayed_decision", "领导说先别急着续",
     "你们的维保服务一直挺靠谱。年底维保合同到期，领导说先别急着续，等看看明年设备的情况再定，不是对你们有意见。",
     "你们的维保服务一直挺靠谱。年底维保合同到期，领导说直接续上，明年设备的情况还是交给你们看着，我们放心。"),
    ("industrial_equipment", "non_renewal", "delayed_decision", "我们老板说到时候再看看",
     "秦工，这几年从你们这儿拿的电机没出过岔子。今年的年度框架协议，我们老板说到时候再看看，先一单一单地下着。",
     "秦工，这几年从你们这儿拿的电机没出过岔子。今年的年度框架协议，我们老板说照去年的签，你下周带着合同过来。"),
    ("telecom", "non_renewal", "hesitation", "我还没想好要不要接着签两年",
     "你们的宽带用着挺好的，没毛病。合约期下个月就满了，我还没想好要不要接着签两年，先这么用着，到时候再琢磨琢磨。",
     "你们的宽带用着挺好的，没毛病。合约期下个月就满了，我想好了接着签两年，你们有空派人来帮我把手续办了。"),
    ("telecom", "non_renewal", "delayed_decision", "续不续等那时候再说",
     "我们公司那条专线用了三年，挺稳定的。合同明年三月到期，老板说到时候看公司要不要搬，续不续等那时候再说。",
     "我们公司那条专线用了三年，挺稳定的。合同明年三月到期，老板说公司不搬了，就在这儿接着干，到时候直接续上。"),
    ("bank_wealth", "non_renewal", "delayed_decision", "续不续的过阵子再考虑",
     "乔经理，那个理财产品下周就到期了，收益还不错，谢谢你。到期后我想先把钱放活期里歇一歇，续不续的过阵子再考虑。",
     "乔经理，那个理财产品下周就到期了，收益还不错，谢谢你。到期后我想接着买同一款，你帮我留意一下新一期什么时候开。"),
    ("bank_wealth", "non_renewal", "hesitation", "续不续我还有点犹豫",
     "你们的保险搭配理财，我觉得设计得挺周到。就是那份附加险明年到期，续不续我还有点犹豫，主险肯定照常交，别的都不变。",
     "你们的保险搭配理财，我觉得设计得挺周到。那份附加险明年到期，我已经决定续了，主险也照常交，别的都不变。"),
    ("fmcg_distribution", "non_renewal", "delayed_decision", "我想先拖一拖",
     "你们的调味品在我们这儿一直卖得稳。今年的年度经销协议，我想先拖一拖，等过完节看看行情再签，不是有什么别的想法。",
     "你们的调味品在我们这儿一直卖得稳。今年的年度经销协议，我想早点签，过完节正好按新协议走，省得到时候手忙脚乱。"),
    ("furniture", "non_renewal", "delayed_decision", "我还想再观望观望",
     "你们的展厅样品给我们店里撑了不少场面。今年的代理合同快到期了，我还想再观望观望，等年后再决定要不要续。",
     "你们的展厅样品给我们店里撑了不少场面。今年的代理合同快到期了，我打算年前就续上，年后好跟着你们上新品。"),
    ("furniture", "non_renewal", "delayed_decision", "暂时不往下订",
     "你们的软装搭配服务做得真不错，我们楼盘样板间很出效果。后面几期的单子，我们想先做完这一期再说，暂时不往下订。",
     "你们的软装搭配服务做得真不错，我们楼盘样板间很出效果。后面几期的单子，我们想趁着这一期的势头，接着往下订。"),
    ("feed", "non_renewal", "delayed_decision", "我想先放一放",
     "你们的料我们用了两年，整体挺满意。明年的供货合同，我想先放一放，等开春看看行情再说续不续，你别多想。",
     "你们的料我们用了两年，整体挺满意。明年的供货合同，我想早点定下来，开春就按新合同走，你把条款发给我看看。"),
    ("hotel_supplies", "non_renewal", "budget_pending", "续不续先等等",
     "你们的香氛服务客人反馈挺好的，大堂味道很舒服。服务期快到了，我们老板说明年预算还没批下来，续不续先等等。",
     "你们的香氛服务客人反馈挺好的，大堂味道很舒服。服务期快到了，我们老板说明年预算已经批下来了，续约直接安排。"),
    ("hotel_supplies", "non_renewal", "delayed_decision", "看看情况再决定签不签年约",
     "这两年你们的一次性用品给我们省了不少心。年度供货协议下个月到期，我们想先按月下单，看看情况再决定签不签年约。",
     "这两年你们的一次性用品给我们省了不少心。年度供货协议下个月到期，我们想直接再签一年，价格和送货都按原来的办。"),

    # ------------------------------------------------- channel_conflict (13)
    ("b2b_saas", "channel_conflict", "uncertain_undercut", "你们官网直接给了他更低的价",
     "跟你们做代理这两年挺愉快的，产品也好卖。就是最近有个客户说你们官网直接给了他更低的价，我不太确定，想跟你核实一下。",
     "跟你们做代理这两年挺愉快的，产品也好卖。最近有个客户说在你们官网看了介绍，又专门来找我下单，你们这个引流做得好。"),
    ("industrial_equipment", "channel_conflict", "uncertain_undercut", "邻市有家经销商在我们这边报了低价",
     "我们代理你们的泵阀在本市卖得还行。就是听说邻市有家经销商在我们这边报了低价，还没核实，你们帮忙留意一下。",
     "我们代理你们的泵阀在本市卖得还行。听说邻市的经销商想来我们这边交流经验，我挺欢迎的，你们帮忙牵个线。"),
    ("telecom", "channel_conflict", "uncertain_undercut", "还多送点流量",
     "我这个代理营业厅跟你们合作挺顺的。就是最近有客户说在你们网上营业厅办同样的套餐还多送点流量，来问我，我有点不好解释。",
     "我这个代理营业厅跟你们合作挺顺的。最近有客户说在你们网上营业厅看好了套餐，专门来店里找我办，我挺高兴的。"),
    ("telecom", "channel_conflict", "uncertain_undercut", "同样的合约机比我便宜一点",
     "我们合作卖手机合约机挺多年了。最近发现街对面那家新开的代办点，同样的合约机比我便宜一点，不知道他们是哪儿拿的货。",
     "我们合作卖手机合约机挺多年了。最近街对面也开了家代办点，卖的是别的东西，跟我们不冲突，大家还互相介绍客人。"),
    ("fmcg_distribution", "channel_conflict", "uncertain_undercut", "好像是从隔壁市过来的",
     "你们的啤酒在我们县里卖得挺好。就是最近有几家小饭馆的货，好像是从隔壁市过来的，价格低一点点，我还没细查，先跟你说说。",
     "你们的啤酒在我们县里卖得挺好。最近有几家小饭馆新开张，专门来找我进货，价格也都谈妥了，我先跟你说说，好备货。"),
    ("fmcg_distribution", "channel_conflict", "uncertain_undercut", "说比我这儿还便宜一点",
     "跟你们合作挺愉快的，费用也兑现得快。就是最近网上旗舰店搞活动，有些老客户拿手机给我看价格，说比我这儿还便宜一点。",
     "跟你们合作挺愉快的，费用也兑现得快。最近网上旗舰店搞活动，有些老客户拿手机给我看，说认得这个牌子，就来我这儿买。"),
    ("fmcg_distribution", "channel_conflict", "uncertain_undercut", "码子看着不像我们区的",
     "你们的纸巾在我这片的便利店铺得挺开。最近有个批发市场的档口在卖同款，码子看着不像我们区的，我先留个心，你也帮我问问。",
     "你们的纸巾在我这片的便利店铺得挺开。最近有个批发市场的档口也想从我这儿拿同款，量还不小，我先留个心，你也帮我备着点。"),
    ("feed", "channel_conflict", "uncertain_undercut", "有人从外县拉了同样的料过来",
     "你们的料在我们镇上口碑挺好。就是最近听养殖户说，有人从外县拉了同样的料过来，一袋便宜几块，我还没见着，先跟你打个招呼。",
     "你们的料在我们镇上口碑挺好。最近听养殖户说，外县的人也在夸这个料，说出栏整齐，我听着挺高兴，先跟你打个招呼。"),
    ("feed", "channel_conflict", "uncertain_undercut", "你们厂里的业务员直接上门给他报了个价",
     "跟你们做饲料代理挺踏实的。就是前几天有个老客户说，你们厂里的业务员直接上门给他报了个价，比我这儿低一点，可能是误会，你帮我问问。",
     "跟你们做饲料代理挺踏实的。前几天有个老客户说，你们厂里的业务员陪我一起上门看过他的场子，讲得很专业，他挺满意。"),
    ("feed", "channel_conflict", "uncertain_undercut", "估计是别的片区流过来的",
     "你们的预混料在我这片卖得挺稳。最近有家兽药店也摆上了同款，价格比我的低一点点，我估计是别的片区流过来的，你们帮着核一下。",
     "你们的预混料在我这片卖得挺稳。最近有家兽药店也帮我代卖了一些，价格跟我的一样，我们两家配合得挺好，你们放心。"),
    ("furniture", "channel_conflict", "uncertain_undercut", "在网上看到同款沙发便宜几百",
     "我们店做你们的品牌好几年了，顾客都认。就是最近有客人说在网上看到同款沙发便宜几百，我不知道是不是你们官方的店。",
     "我们店做你们的品牌好几年了，顾客都认。最近有客人说在网上看到同款沙发，特意来店里坐坐试试，当场就定了。"),
    ("hotel_supplies", "channel_conflict", "uncertain_undercut", "有个外地的供货商也在这边推同款",
     "你们的酒店用品在我们这片的客栈里卖得挺好。就是最近有个外地的供货商也在这边推同款，价格低一点，我还没搞清楚货是哪儿来的。",
     "你们的酒店用品在我们这片的客栈里卖得挺好。最近有个外地来度假的客人住客栈时看到同款，专门打听牌子，我挺高兴的。"),
    ("hotel_supplies", "channel_conflict", "uncertain_undercut", "直接跟几家连锁酒店签了供货",
     "跟你们合作挺顺的，发货也快。就是听说你们厂里最近直接跟几家连锁酒店签了供货，我这边的老客户里会不会也有，心里有点打鼓。",
     "跟你们合作挺顺的，发货也快。听说你们厂里最近评上了几家连锁酒店的优秀供应商，给品牌长了脸，我这边的老客户也更信得过了。"),
]

# --------------------------------------------------------------- checks
ALLOWED_PUNCT = set("，。、？！：；“”‘’（）《》…—·")
MIN_LEN, MAX_LEN = 30, 90

# Words that should not appear in a partner line (they tend to carry a signal).
PARTNER_BLOCK = [
    "贵", "涨", "偏高", "便宜", "优惠", "折扣", "低价", "心疼", "吃力", "不续", "先不",
    "再说", "犹豫", "观望", "放一放", "缓一缓", "拖一拖", "拖了", "离职", "调去", "调到",
    "换人", "换了人", "窜", "投诉", "少订", "减几", "降到", "缩", "少了", "慢了", "晚了",
    "晚到", "没动静", "忘了", "没收到", "有点", "稍微", "就是", "比一比", "对比", "比选",
    "动心", "试用", "另一家", "另一款", "退休", "轮岗", "不着急签", "等等", "排队",
    "开裂", "坏", "掉了", "闪退", "起毛", "受潮", "不太", "没底", "打鼓",
]
# Phrases too strong for a mild (low-risk) sign line.
SIGN_STRONG = [
    "肯定不续", "不续了", "已经在试用", "投诉了", "退单", "离职了", "已经离职",
    "换掉你们", "不合作", "取消", "携号转网", "关了", "不要了", "换供应商",
]
# Example phrases of the guide; no line may share a long run with them.
GUIDE_EXAMPLES = [
    "套餐说涨就涨，从八十八涨到一百二十八", "你们的单价在市场上偏高", "现在猪价这么低，一吨差两百我也得算",
    "我们这两周已经在试用海川的系统了", "我已经在问携号转网了", "别的饮料厂家也在找我做代理",
    "报修五天了工程师还没来", "我投诉了三次都没人管", "衣柜门板开裂了", "买了半年亏了百分之十二",
    "半个月都没人来店里看一下", "有产品到期也是我自己去问的", "赵主管上个月已经离职了",
    "原来负责您的王经理调到总行了", "你们的投顾一年换了三个", "关了六家门店",
    "猪价太低了，我这个月卖了两百头", "下个月我只能订一半了", "合同到期我们肯定不续了",
    "续约的事到期再说吧", "周五再不送到我就要退单了", "隔壁县的经销商把货窜到我们这边来了",
    "你们厂家直接给他出厂价，绕过我", "我们没打算换系统", "我没答应", "我们全家都用你们的，没打算换",
    "能不换的先不换", "到期再说吧", "三台里面有两台三天两头报过流故障", "您好，王工，我是恒力电气的销售小郑",
]
GUIDE_NAMES = ["海川", "恒力", "云帆", "李敏", "周婷", "王经理", "赵主管", "小郑", "王工"]
GUIDE_RUN = 6          # longest allowed common run with a guide example is GUIDE_RUN - 1
NEAR_COPY_J = 0.45     # char-trigram Jaccard between lines of different pairs
PAIR_MIN_DICE = 0.35   # char-bigram Dice between a sign and its partner
PAIR_LEN_RATIO = (0.75, 1.33)


def ngrams(s, n):
    s = re.sub(r"[^\u4e00-\u9fff]", "", s)
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def dice(a, b):
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def longest_common_run(a, b):
    best = 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
        prev = cur
    return best


def text_problems(t):
    out = []
    if not isinstance(t, str) or not t:
        return ["empty or non-string text"]
    bad = [c for c in t if not ("\u4e00" <= c <= "\u9fff" or c in ALLOWED_PUNCT)]
    if bad:
        out.append("disallowed characters %r" % "".join(sorted(set(bad))))
    if not (MIN_LEN <= len(t) <= MAX_LEN):
        out.append("length %d outside %d..%d" % (len(t), MIN_LEN, MAX_LEN))
    if t[-1] not in "。！？…":
        out.append("does not end with sentence punctuation")
    return out


def main():
    problems = []

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    # ---- write
    with open(OUT, "w", encoding="utf-8") as f:
        for ind, cat, cue, ev, sign, partner in PAIRS:
            f.write(json.dumps({"text": sign, "speaker": "customer", "category": cat},
                               ensure_ascii=False) + "\n")
            f.write(json.dumps({"text": partner, "speaker": "customer", "category": None},
                               ensure_ascii=False) + "\n")

    # ---- read back
    with open(OUT, "rb") as f:
        raw = f.read()
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("problem: not UTF-8: %s" % e)
        print("1 problems")
        sys.exit(1)
    if "\\u" in content:
        bad("file", "escaped unicode found (ensure_ascii must be False)")
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != 240:
        bad("file", "expected 240 lines, got %d" % len(lines))
    recs = []
    for i, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            bad("line %d" % i, "bad JSON: %s" % e)
            continue
        recs.append(r)
        if not isinstance(r, dict) or set(r) != {"text", "speaker", "category"}:
            bad("line %d" % i, "keys must be exactly text, speaker, category")
            continue
        if r["speaker"] != "customer":
            bad("line %d" % i, "speaker must be customer")
        if i % 2 == 1:
            if r["category"] not in CATEGORIES:
                bad("line %d" % i, "odd line needs a guide category, got %r" % r["category"])
        elif r["category"] is not None:
            bad("line %d" % i, "even line must have category null")
        for p in text_problems(r["text"]):
            bad("line %d" % i, p)

    # ---- the file matches the data
    if len(recs) == 240:
        for k, (ind, cat, cue, ev, sign, partner) in enumerate(PAIRS):
            if recs[2 * k]["text"] != sign or recs[2 * k + 1]["text"] != partner \
                    or recs[2 * k]["category"] != cat:
                bad("pair %d" % (k + 1), "file does not match data")

    # ---- pair-level checks
    if len(PAIRS) != 120:
        bad("data", "expected 120 pairs, got %d" % len(PAIRS))
    texts = []
    for k, (ind, cat, cue, ev, sign, partner) in enumerate(PAIRS, 1):
        w = "pair %d" % k
        if ind not in INDUSTRIES:
            bad(w, "unknown industry %r" % ind)
        if cat not in CATEGORIES:
            bad(w, "unknown category %r" % cat)
        if ev not in sign:
            bad(w, "evidence not in sign line")
        if ev in partner:
            bad(w, "evidence also in partner line")
        for word in PARTNER_BLOCK:
            if word in partner:
                bad(w, "partner contains signal-like word %r" % word)
        for word in SIGN_STRONG:
            if word in sign:
                bad(w, "sign line too strong for low risk: %r" % word)
        for t in (sign, partner):
            for name in GUIDE_NAMES:
                if name in t:
                    bad(w, "uses the guide's name %r" % name)
            for ex in GUIDE_EXAMPLES:
                run = longest_common_run(t, ex)
                if run >= GUIDE_RUN:
                    bad(w, "shares a %d-char run with guide example %r" % (run, ex))
        ratio = len(partner) / len(sign)
        if not (PAIR_LEN_RATIO[0] <= ratio <= PAIR_LEN_RATIO[1]):
            bad(w, "partner/sign length ratio %.2f" % ratio)
        d = dice(ngrams(sign, 2), ngrams(partner, 2))
        if d < PAIR_MIN_DICE:
            bad(w, "partner too different from sign (bigram dice %.2f)" % d)
        if sign == partner:
            bad(w, "sign equals partner")
        texts.append((k, sign))
        texts.append((k, partner))

    # ---- duplicates and near copies across pairs
    seen = {}
    for k, t in texts:
        if t in seen:
            bad("pair %d" % k, "duplicate text (also pair %d)" % seen[t])
        seen.setdefault(t, k)
    grams = [(k, t, ngrams(t, 3)) for k, t in texts]
    max_j = 0.0
    for (k1, t1, g1), (k2, t2, g2) in combinations(grams, 2):
        if k1 == k2:
            continue
        j = jaccard(g1, g2)
        max_j = max(max_j, j)
        if j >= NEAR_COPY_J:
            bad("pairs %d/%d" % (k1, k2), "near copy (trigram jaccard %.2f)" % j)

    # ---- balance
    cat_n = Counter(p[1] for p in PAIRS)
    ind_n = Counter(p[0] for p in PAIRS)
    for c in CATEGORIES:
        if not (12 <= cat_n[c] <= 15):
            bad("balance", "category %s has %d pairs" % (c, cat_n[c]))
    for i in INDUSTRIES:
        if not (13 <= ind_n[i] <= 17):
            bad("balance", "industry %s has %d pairs" % (i, ind_n[i]))

    for p in problems:
        print("problem:", p)
    print("pairs per category:", ", ".join("%s %d" % (c, cat_n[c]) for c in CATEGORIES))
    print("pairs per industry:", ", ".join("%s %d" % (i, ind_n[i]) for i in INDUSTRIES))
    lens = [len(t) for _, t in texts]
    print("text length: min %d, max %d, mean %.1f; max cross-pair trigram jaccard %.2f"
          % (min(lens), max(lens), sum(lens) / len(lens), max_j))
    print("wrote %s: %d lines, %d pairs, %d problems"
          % (os.path.basename(OUT), len(lines), len(PAIRS), len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
