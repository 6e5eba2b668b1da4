#!/usr/bin/env python3
"""bank-w: paired Mandarin customer utterances for a churn-signal detector.

Each pair = one topic said two ways:
  sign    -> carries the churn signal of `category` (labeling guide definitions)
  partner -> same topic, similar words and length, no churn signal of any category
            (routine business, hard negatives, negations).
Focus: routine business with risky-sounding words (invoices, order changes, delivery
scheduling, procurement paperwork, price lists / quotes, budgets, contract stamping,
a new colleague doing paperwork, online listings, competitors met at trade fairs).

All text is original; people, companies and products are invented.
Writes bank-w.jsonl next to this file, reads it back and self-checks (exit 1 on problems).
"""
import json
import os
import re
import sys
from collections import Counter
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "bank-w.jsonl")
GUIDE = "/work/shared/test-audio/README.md"

CATEGORIES = ["price", "competitor", "service", "quality", "communication",
              "contact_change", "demand_reduction", "non_renewal", "channel_conflict"]
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]

# (category, industry, routine topic of the partner, sign text, partner text)
PAIRS = [
    # ---------------- price ----------------
    ("price", "b2b_saas", "年度预算",
     "发票我收到了，不过明年的报价一下子涨了三成，这个数报进年度预算里，财务肯定要打回来。",
     "发票我收到了，明年的报价跟今年一样，我已经按这个数报进年度预算里了，财务那边没意见。"),
    ("price", "industrial_equipment", "报价处理",
     "同样规格的变频器，别家报的单价比你们低了快一成，我这边不得不掂量一下。",
     "同样规格的变频器，这次的单价跟上回合同一致，我这边直接按这个数下单。"),
    ("price", "telecom", "账单核对",
     "月租又往上调了，每个月多扣二十来块，我一个退休的老头子真有点吃不消。",
     "月租这个月的账单我对过了，扣的跟套餐写的一样，一分钱都没多扣。"),
    ("price", "bank_wealth", "费用说明",
     "这款理财的管理费比去年高了不少，扣完费用到手就没剩几个钱了，我觉得不划算。",
     "这款理财的管理费我在说明书上看到了，跟去年一样，扣完费用到手的跟您讲的差不多。"),
    ("price", "fmcg_distribution", "价格表",
     "新价格表我看了，一箱提了八块，我这小店的利润本来就薄，这么一涨就没得赚了。",
     "新价格表我看了，一箱的价格没动，只是换了个版式，我这边按老规矩照常进货。"),
    ("price", "furniture", "报价处理",
     "这套沙发的报价比我预算高出一大截，你们要是降不下来，我只能先放一放了。",
     "这套沙发的报价在我预算里头，你们把明细发我一份，我拿去给家里人看看。"),
    ("price", "feed", "价格行情",
     "眼下鸡蛋行情这么差，你们的料一吨还要涨一百五，我这个蛋鸡场实在扛不住。",
     "眼下鸡蛋行情还行，你们的料一吨的价格也稳着，我这个蛋鸡场下个月照样按量拉。"),
    ("price", "hotel_supplies", "年度采购单",
     "一次性拖鞋一双涨了两毛，我们一年用几十万双，算下来多出好几万，老板脸都黑了。",
     "一次性拖鞋一双还是原来的价，我们一年用几十万双，老板让我赶紧把年度采购单签了。"),
    ("price", "b2b_saas", "计费方式",
     "按人头收费太贵了。",
     "按人头收费挺清楚。"),
    ("price", "industrial_equipment", "合同盖章",
     "你们这次的维保报价翻了一倍，我拿去给厂长看，他头一句话就问能不能找个便宜点的。",
     "你们这次的维保报价我拿去给厂长看了，他说跟往年差不多，让我尽快走盖章流程。"),
    ("price", "telecom", "续费价格",
     "企业宽带的续费价比新装的还贵，老客户反倒吃亏，这个说不过去吧？",
     "企业宽带的续费价我看了，跟新装的一样，老客户也没吃亏，就按这个办吧。"),
    ("price", "bank_wealth", "申购费",
     "这只基金的申购费你们一点折扣都不给，百分之一点五全额收，我投五十万光手续费就七千多，我老伴儿听了直摇头，说这钱花得太冤枉。",
     "这只基金的申购费你们给打了一折，百分之零点一五，我投五十万手续费才七百多，我老伴儿听了直点头，说这钱花得值。"),
    ("price", "fmcg_distribution", "调价单",
     "厂家这回调价，给我的进货价涨了，零售价却压着不让动，我每卖一件都在往里贴钱。",
     "厂家这回的调价单我收到了，进货价和零售价一起调的，差价还是原来那样，我照常卖。"),
    ("price", "furniture", "报价单明细",
     "报价单上的安装费和搬运费加起来要一千多，快赶上柜子本身的价了，这也太离谱了。",
     "报价单上的安装费和搬运费都写明了，加起来一千出头，跟门店说的一样，我这就付定金。"),

    # ---------------- competitor ----------------
    ("competitor", "feed", "同行推荐被拒",
     "隔壁场用的是丰禾饲料，料肉比比你们的好看，我打算这批小猪也换成他们的试试。",
     "隔壁场用的是丰禾饲料，他们老板也劝过我换，我没答应，这批小猪还用你们的。"),
    ("competitor", "hotel_supplies", "样品处理",
     "上周有家做布草的厂子来酒店送了样品，床单手感不错，我们准备下个月先拿一层楼试用。",
     "上周有家做布草的厂子来酒店送了样品，我看了一眼就让他们拿回去了，床单还是你们家的好用。"),
    ("competitor", "b2b_saas", "测试环境",
     "我们技术部已经在搭星桥的测试环境了，两周以后评估完就要定用哪家。",
     "我们技术部已经在搭你们新版本的测试环境了，两周以后评估完就正式上线。"),
    ("competitor", "industrial_equipment", "展会偶遇",
     "展会上碰到了宏拓机电，他们当场就说三天出方案、价格再让五个点，还约了下周二来我们车间看现场，我们领导挺动心的，让我先把图纸整理一份给他们。",
     "展会上碰到了宏拓机电，他们当场递了名片，想约下周二来我们车间看看，我们领导说不用了，现在的设备用得挺好，让我把你们下一期的保养排上。"),
    ("competitor", "telecom", "营业厅咨询",
     "我已经去对面那家营业厅问过了，他们说号码能原样带过去，我正琢磨要不要转。",
     "我已经去你们营业厅问过了，他们说号码能原样换成新套餐，我下午就过去办。"),
    ("competitor", "bank_wealth", "他行来电被拒",
     "另一家银行的理财经理天天给我打电话，说他们的产品收益高半个点，我那笔钱一到期就想挪过去。",
     "另一家银行的理财经理给我打过电话，说他们收益高半个点，我跟他说不用了，钱还放你们这儿。"),
    ("competitor", "fmcg_distribution", "代理邀约",
     "最近有个做调味品的牌子在找我做区域代理，条件开得挺好，我正在跟他们谈。",
     "最近有个做调味品的牌子在找我做区域代理，我跟他们说了，我只做你们一家，没打算再接。"),
    ("competitor", "furniture", "同类品牌进场",
     "我们家具城新开了一家同类品牌，样式跟你们差不多，价格低一截，我准备把一半展位让给他们。",
     "我们家具城新开了一家同类品牌，样式跟你们差不多，我过去转了一圈，没打算跟他们合作。"),
    ("competitor", "feed", "新品试用",
     "我在试别家的预混料。",
     "我在试你们的新预混料。"),
    ("competitor", "hotel_supplies", "盲测比较",
     "采购部把三家供应商的洗护用品拿来盲测了，你们家排在最后，下个季度多半要换。",
     "采购部把三家供应商的洗护用品拿来盲测了，你们家排在第一，下个季度的单子照常给你们。"),
    ("competitor", "b2b_saas", "朋友推荐被拒",
     "我们老板的朋友推荐了另一套客户管理系统，他已经让我下周约对方过来演示了。",
     "我们老板的朋友也推荐过另一套客户管理系统，他听完说没必要折腾，还是用你们的。"),
    ("competitor", "industrial_equipment", "招标文件",
     "新生产线的空压机这回招标，领导点名要请外地的两家厂商，明说想换个牌子试试。",
     "新生产线的空压机这回招标，标书我们已经做好了，还是照你们的型号写的参数。"),
    ("competitor", "telecom", "专线扩容",
     "公司的专线我们正在跟另一家运营商谈，人家给的带宽翻倍，价钱还一样。",
     "公司的专线我们正在跟你们谈扩容，带宽想翻个倍，价钱你们先出个方案。"),
    ("competitor", "bank_wealth", "收益凭证",
     "我把一部分钱放到证券公司那边买了收益凭证，觉得比你们这儿的产品灵活，后面可能还会再往那边转。",
     "我把一部分钱放到你们这儿买了收益凭证，觉得比活期灵活，后面可能还会再往里追加。"),

    # ---------------- service ----------------
    ("service", "bank_wealth", "风险评估手续",
     "我在网点排了一个半钟头的队，就为签个风险评估，柜台的人还嫌我问得多，爱答不理的。",
     "我在网点没怎么排队，风险评估十来分钟就签完了，柜台的人还耐着性子给我讲了一遍。"),
    ("service", "furniture", "上门安装",
     "床架响了半个月，约了三次师傅都说没空，你们的售后到底还管不管？",
     "床架装好半个月了，约师傅的时候一约就到，装完还把包装带走了，售后挺省心。"),
    ("service", "feed", "技术员上门",
     "猪场出了状况，打给你们技术员，他说这周排满了，让我自己先看着办。",
     "猪场这周要打疫苗，打给你们技术员，他说周三就过来，帮我一起盯着。"),
    ("service", "hotel_supplies", "保养排期",
     "洗衣房那台烘干机坏了一个礼拜，报修单提了两次，工程师到今天都没露面。",
     "洗衣房那台烘干机下礼拜该做年检了，保养单我已经提了，工程师说周二上午过来。"),
    ("service", "b2b_saas", "工单处理",
     "工单提了四天，客服只回了一句收到，报表还是导不出来，我们月底结账全卡住了。",
     "工单是上周四提的，想加个报表模板，客服第二天就配好了，我们月底结账正好用上。"),
    ("service", "industrial_equipment", "配件到货",
     "设备停机等配件等了十天，你们说库存有，结果是从外省调过来的，这期间的损失谁来管？",
     "设备保养要换的配件你们说库存有，昨天就送到了，我们排在周末停机换上。"),
    ("service", "telecom", "宽带移机",
     "家里宽带断了三天，我打了五回客服，每回都让我重启光猫，根本没人上门。",
     "家里宽带要移机，我打了一回客服，第二天师傅就上门了，光猫也帮我装好了。"),
    ("service", "bank_wealth", "分红到账",
     "我这只产品的分红说是上个月发，钱到现在都没到账，问网点的人，谁都说不清楚。",
     "我这只产品的分红说是上个月发，钱月中就到账了，网点的人还发短信跟我说了一声。"),
    ("service", "fmcg_distribution", "配送排期",
     "你们配送车说好上午到，结果我在店门口等到晚上七点，一个电话都没有，冷柜里的雪糕都化了。",
     "你们配送车说好上午到，九点半就停在店门口了，司机还帮我把雪糕一箱箱搬进了冷柜。"),
    ("service", "furniture", "订单改色",
     "换货的事我跟门店说了两回，每回都说在跟厂家沟通，一个月了也没个准话。",
     "换颜色的事我跟门店说了一回，当天就跟厂家沟通好了，下周就能把新的送来。"),
    ("service", "feed", "料塔安装",
     "料塔坏了没人修。",
     "料塔装好了，挺结实。"),
    ("service", "hotel_supplies", "设备回访",
     "那台洗地机送修三个礼拜了，售后一直说在排队，我们大堂只能靠人工拖。",
     "那台洗地机用了三个礼拜了，售后来做过一回回访，我们大堂现在省事多了。"),
    ("service", "b2b_saas", "实施驻场",
     "实施顾问上线前说会驻场一周，结果第二天人就走了，剩下的问题全靠我们自己摸索。",
     "实施顾问上线前说会驻场一周，结果待满一周还多留了一天，问题都帮我们理顺了。"),

    # ---------------- quality ----------------
    ("quality", "industrial_equipment", "交期询问",
     "这批电机装上去不到一个月，已经烧了两台，车间主任现在天天堵着我问。",
     "这批电机装上去一个月了，运行得挺稳，车间主任还让我再问问下一批的交期。"),
    ("quality", "telecom", "信号覆盖",
     "办公室的信号差得要命，电话说两句就断，开个会都开不成。",
     "办公室的信号一直挺好，电话从来不断，开会用手机热点也够。"),
    ("quality", "bank_wealth", "净值报告",
     "去年买的那只混合基金到现在本金缩水了一成半，我心里一点底都没有。",
     "去年买的那只混合基金，净值报告我收到了，收益跟当时说的差不多，我心里有底。"),
    ("quality", "fmcg_distribution", "包装更换",
     "这批汽水有好几箱瓶盖漏气，顾客买回去喝着一点气都没有，好几个拿回来找我。",
     "这批汽水是新换的瓶盖，我拧了几瓶试过，封得挺严，顾客买回去也没说什么。"),
    ("quality", "furniture", "样品对照",
     "餐桌刚用两个月桌面就起泡了，一擦就掉皮，跟店里的样品差得太远了。",
     "餐桌刚用两个月，桌面还跟新的一样，天天擦也不掉色，跟店里的样品一模一样。"),
    ("quality", "feed", "批号记录",
     "换了这批料以后，鸭子吃得明显少了，长得也慢，个头参差不齐，我场长说从没见过这样，怀疑料本身有问题，让我赶紧打电话问问你们。",
     "换了这批料以后，鸭子吃得挺稳，长得也匀，个头齐齐整整，我场长说这批料不错，让我把批号记下来，下回进料照这个批次要。"),
    ("quality", "hotel_supplies", "客人反馈",
     "你们的毛巾洗了三四回就开始掉毛，客人说脸上沾了一层絮。",
     "你们的毛巾洗了三四十回还是软的，客人退房时还问我们在哪儿买的。"),
    ("quality", "b2b_saas", "月底高峰",
     "系统一到月底就卡得打不开，销售们录一张单要等半分钟，大家怨气很大。",
     "系统月底用的人最多，我们看了一下，录一张单还是一两秒就好，大家用得挺顺。"),
    ("quality", "bank_wealth", "分红",
     "这只基金又跌了。",
     "这只基金又分红了。"),
    ("quality", "telecom", "物联网卡",
     "你们给装的物联网卡，设备三天两头掉线，远程抄表经常抄不上来。",
     "你们给装的物联网卡，设备一直在线，远程抄表的数据每天都按时传上来。"),
    ("quality", "bank_wealth", "稳健产品",
     "说是稳健型产品，结果净值跌破了一，这可是我准备给孩子交学费的钱。",
     "说是稳健型产品，净值一直在一以上慢慢涨，这是我准备给孩子交学费的钱，放着挺放心。"),
    ("quality", "fmcg_distribution", "生产日期",
     "这批方便面发到我这儿已经是临期货了，超市那边一看日期就不肯收。",
     "这批方便面发到我这儿是上个月新生产的，超市那边看了日期直接就收了。"),
    ("quality", "furniture", "柜门调试",
     "衣柜的滑轨推两下就卡住，柜门关不严，整面墙看着都是歪的。",
     "衣柜的滑轨推起来很顺，柜门关得严严实实，整面墙看着挺齐整。"),

    # ---------------- communication ----------------
    ("communication", "feed", "业务员拜访",
     "你们业务员半年没来过我场里了，出了新料我都是听别的养殖户说的。",
     "你们业务员上礼拜刚来过我场里，新料的事他一五一十都给我讲了。"),
    ("communication", "hotel_supplies", "样品寄送",
     "上回说好月底把新样品寄过来，我等到现在也没见着，打电话过去也没人回。",
     "上回说好月底把新样品寄过来，前天就到了，你们的人还专门打电话问我收到没有。"),
    ("communication", "b2b_saas", "季度回顾会",
     "合同里写的季度回顾会，一年了一次也没开过，客户经理连消息都不回。",
     "合同里写的季度回顾会，这季度上周刚开过，客户经理会后还把纪要发给我们了。"),
    ("communication", "industrial_equipment", "改造方案",
     "我上个月问的那个改造方案，你们说一周内答复，到今天都没人跟我提过一个字。",
     "我上个月问的那个改造方案，你们一周内就答复了，昨天还派人来现场量了尺寸。"),
    ("communication", "telecom", "规则变更通知",
     "我们单位的集团套餐换了规则，没人提前跟我打个招呼，我是看短信才知道的。",
     "我们单位的集团套餐换了规则，你们客户经理提前一周就来跟我说了，讲得挺明白。"),
    ("communication", "bank_wealth", "产品资讯",
     "一年到头接不到你们一个电话，有什么新政策、新产品，全靠我自己在手机银行上翻。",
     "你们差不多每个月都会给我打个电话，有什么新政策、新产品，理财经理都会先跟我讲。"),
    ("communication", "fmcg_distribution", "物料申请",
     "我要的促销物料申请了三回，你们区域经理每回都说记下了，然后就没了下文。",
     "我要的促销物料申请了一回，你们区域经理当场就记下了，第三天就送到店里了。"),
    ("communication", "furniture", "图纸修改",
     "设计方案改了哪里也不跟我们说一声，图纸发过来我们才看出来，问设计师他也不回消息，装修队那边已经催了好几天，我们两口子干着急。",
     "设计方案改了哪里，设计师都一条条标出来发给我们了，有不明白的地方问他，他马上就回，装修队那边拿到图纸就能开工，我们两口子挺省心。"),
    ("communication", "feed", "水样化验",
     "说好的免费化验水样，我问了三次，每次都说下周，到现在也没人来取。",
     "说好的免费化验水样，你们的人昨天来取走了，说报告下周就能出来。"),
    ("communication", "hotel_supplies", "换季补货",
     "我们开业以后你们就再没人来过，换季要添什么东西，连个问一声的人都没有。",
     "我们开业以后你们的人每个月都来一趟，换季要添什么东西，都是他们先想到的。"),
    ("communication", "b2b_saas", "邮件回复",
     "我发的邮件没人回。",
     "我发的邮件你们回了。"),
    ("communication", "industrial_equipment", "升级通知",
     "设备升级的通知你们只挂在官网上，我们车间压根没人看，出了岔子才知道要打补丁。",
     "设备升级的通知你们挂在官网上，也打了电话给车间主任，我们上周就安排好了。"),
    ("communication", "telecom", "话费核对",
     "上回你们说帮我们单位把话费明细核一遍再回电，说完就没影了，我等了快一个月。",
     "上回你们说帮我们单位把话费明细核一遍再回电，第二天下午就打过来了，讲得清清楚楚。"),

    # ---------------- contact_change ----------------
    ("contact_change", "bank_wealth", "新同事跑手续",
     "一直帮我打理的刘经理走了，新来的那位我一回都没见过，心里有点没底。",
     "一直帮我打理的刘经理还在，新来的那位是她的助理，帮我跑跑手续，我挺放心。"),
    ("contact_change", "fmcg_distribution", "新同事录单",
     "我们店里管进货的换人了，新来的店长说供应商的事他要重新捋一遍。",
     "我们店里管进货的还是老周，新来的小伙子只是帮他录录单子，供应商的事照旧。"),
    ("contact_change", "furniture", "合同盖章",
     "我们公司负责装修采购的那位主管调去分公司了，这边的项目暂时没人拍板。",
     "我们公司负责装修采购的还是那位主管，她这两天出差，合同让助理先拿去盖章。"),
    ("contact_change", "feed", "签单安排",
     "场里原来管采购的是我表哥，他下个月就不干了，往后进什么料得听新场长的。",
     "场里管采购的还是我表哥，他下个月要去外地学习几天，进料的单子他走之前会签好。"),
    ("contact_change", "hotel_supplies", "高层分工",
     "我们酒店换了新的总经理，他从外地带了自己的采购团队过来，头一回开会就说所有供应商的合同都要拿出来重新过一遍，你们最好早点准备。",
     "我们酒店来了个新的副总，管的是餐饮那块，客房用品的采购还是我说了算，他头一回开会也说了，现有供应商的合同照常执行。"),
    ("contact_change", "b2b_saas", "实习生填表",
     "我们这边对接系统的小陈月初辞职走人了，交接做得一团乱，现在谁管这个系统都说不清。",
     "我们这边对接系统的还是小陈，新招的实习生帮她填了几张表，有事你们直接找她就行。"),
    ("contact_change", "industrial_equipment", "带徒弟",
     "你们原来跑我们厂的那个技术员听说调走了，新来的连我们产线是什么型号都不清楚。",
     "你们原来跑我们厂的那个技术员这回带了个徒弟来，说以后还是他负责，徒弟跟着学。"),
    ("contact_change", "telecom", "请假补资料",
     "我们公司对接你们的行政上周辞职了，现在这摊子事我也不知道该交给谁。",
     "我们公司对接你们的还是行政小吴，她上周请了几天假，回来就把资料补给你们。"),
    ("contact_change", "bank_wealth", "固定接待",
     "这两年接待我的人走马灯似的换，刚混熟就又不见了，每回都得从头讲我家的情况。",
     "这两年接待我的一直是同一位，刚开户那会儿就是她，家里什么情况她都清楚，不用我从头讲。"),
    ("contact_change", "fmcg_distribution", "陈列协议",
     "你们片区经理又换了人，前任跟我谈好的陈列费，新来的说他不知道有这回事。",
     "你们片区经理还是那位，跟我谈好的陈列费，他昨天已经把协议盖好章送过来了。"),
    ("contact_change", "furniture", "同事送图纸",
     "之前给我量房的设计师小林说是辞职了，新接手的设计师说要重新上门量一遍。",
     "之前给我量房的设计师小林还在跟我的单子，她同事今天来帮忙送了一趟图纸。"),
    ("contact_change", "feed", "理事长连任",
     "我们合作社的理事长换届了，新上来的那位对饲料这块不熟，以前定下的事他说要再看看。",
     "我们合作社的理事长连任了，饲料这块还是他管，以前定下的事照样办，你们放心。"),
    ("contact_change", "hotel_supplies", "采购岗位",
     "管采购的换人了。",
     "管采购的没换人。"),

    # ---------------- demand_reduction ----------------
    ("demand_reduction", "b2b_saas", "账号开通",
     "公司今年裁了三分之一的人，系统账号用不了那么多了，下一期我们得砍掉一大半。",
     "公司今年招了三分之一的新人，系统账号得加一些，下一期我们打算一起开通。"),
    ("demand_reduction", "industrial_equipment", "备件清单",
     "我们这边有两条产线停了，订单接不上，明年的备件采购量估计只有今年的一半。",
     "我们这边有两条产线在改造，明年开起来，备件采购量估计跟今年差不多，清单下周给你。"),
    ("demand_reduction", "telecom", "移机单",
     "门店关了一多半，那些宽带和电话线路用不上了，我们想这个月先撤掉一批。",
     "门店搬了好几家，那些宽带和电话线路得跟着挪，我们想这个月先把移机单提了。"),
    ("demand_reduction", "bank_wealth", "资金安排",
     "厂里生意不好，手头的闲钱比往年少多了，今年能放在你们这儿理财的顶多一半。",
     "厂里生意还行，手头的闲钱跟往年差不多，今年放在你们这儿理财的还是那个数。"),
    ("demand_reduction", "fmcg_distribution", "订货量",
     "这条街拆迁了一大片，住户搬走了不少，来店里的人少多了，下个月的货我只能要平常的三成，剩下的等人气回来再说。",
     "这条街新盖了一大片楼，住户搬进来不少，来店里的人还是那么多，下个月的货我照平常的量要，口味再多配两样。"),
    ("demand_reduction", "furniture", "送货改期",
     "楼盘交房延期，我们的精装项目停了两个，原定的那批定制柜暂时用不上了。",
     "楼盘交房提前了，我们的精装项目多了两个，原定的那批定制柜得改个送货日期。"),
    ("demand_reduction", "feed", "存栏",
     "今年行情不好，我把母猪淘汰了一百多头，往后每个月的料得少拉一车。",
     "今年行情还行，我这边母猪存栏没变，往后每个月的料还是照三车拉。"),
    ("demand_reduction", "hotel_supplies", "送货地址",
     "我们集团把城东那两家分店转出去了，客房用品的采购量要掉下去一截。",
     "我们集团把城东那两家分店重新装修了，客房用品的采购量不变，就是送货地址要改。"),
    ("demand_reduction", "b2b_saas", "项目组调整",
     "项目组解散了，账号用不了那么多了。",
     "项目组合并了，账号还是那么多。"),
    ("demand_reduction", "industrial_equipment", "分批发货",
     "海外那个大订单黄了，我们下半年开工不足，你们那批耗材先按一半发吧。",
     "海外那个大订单签下来了，我们下半年开工很足，你们那批耗材分两回发吧，仓库放不下。"),
    ("demand_reduction", "telecom", "车载卡更换",
     "我们物流公司的车队卖掉了一半，车载定位卡也得跟着停掉一半。",
     "我们物流公司的车队换了一批新车，车载定位卡得跟着装到新车上，数量还是一样。"),
    ("demand_reduction", "bank_wealth", "定期存款",
     "公司准备收缩业务，账上的流动资金要留着周转，之前说的那笔定期我们就少存点了。",
     "公司准备扩大业务，账上的流动资金挺充足，之前说的那笔定期我们按原来的数存。"),
    ("demand_reduction", "fmcg_distribution", "送货频次",
     "学校放长假，我这小卖部一个多月没什么生意，这段时间就不用给我送货了。",
     "学校放长假前我这小卖部要多备点货，这段时间送货改成每周两回吧。"),

    # ---------------- non_renewal ----------------
    ("non_renewal", "furniture", "续签盖章",
     "我们酒店和你们签的家具维护合同年底到期，老板已经发话了，不再续了。",
     "我们酒店和你们签的家具维护合同年底到期，老板已经签了字，续签的合同这周盖章寄回去。"),
    ("non_renewal", "feed", "协议草稿",
     "今年的供货协议走完这一期就算了，明年我们场里不打算再跟你们订了。",
     "今年的供货协议这一期快走完了，明年我们场里还跟你们订，新协议你先拟个草稿。"),
    ("non_renewal", "hotel_supplies", "招标资料",
     "下个季度的订单我们先不下了，等年底招标结果出来再说。",
     "下个季度的订单我们已经下了，年底招标的资料我也备好了，按流程走就行。"),
    ("non_renewal", "b2b_saas", "自动续费",
     "合同到期以后自动续费那个功能帮我关掉吧，我们明年就不用了。",
     "合同到期以后自动续费那个功能帮我打开吧，省得明年还要再跑一遍流程。"),
    ("non_renewal", "industrial_equipment", "保修合同",
     "你们那份三年的保修合同一到期我们就不签了，往后坏了我们自己找人修。",
     "你们那份三年的保修合同一到期我们接着签，往后坏了还是找你们修，这样省心。"),
    ("non_renewal", "telecom", "合约期",
     "这个号码合约期一满我就去销号，不想再交这份钱了。",
     "这个号码合约期一满我就接着续，用了十几年了，舍不得换。"),
    ("non_renewal", "bank_wealth", "到期续存",
     "这笔定期到期了就直接转出来吧，我不打算在你们这儿续存了。",
     "这笔定期到期了就直接帮我续存吧，利率按到期那天的算就行。"),
    ("non_renewal", "fmcg_distribution", "代理协议",
     "剩下这批货卖完我就不再从你们这儿进了，代理的事也到此为止。",
     "剩下这批货卖完我就接着从你们这儿进，代理协议我已经签好寄给你们了。"),
    ("non_renewal", "furniture", "后续订单",
     "后面的单就取消吧。",
     "后面的单照常下吧。"),
    ("non_renewal", "feed", "按合同送货",
     "你们三天内拉不来料，剩下那几车我就不要了，合同也别往下履行了。",
     "你们三天内把料拉来就行，剩下那几车按合同一车一车往下送，不着急。"),
    ("non_renewal", "hotel_supplies", "洗涤合同",
     "布草洗涤的服务合同下个月到期，我们已经定了收回来自己洗，不跟你们续了。",
     "布草洗涤的服务合同下个月到期，我们已经定了接着跟你们续，合同文本你发我一下。"),
    ("non_renewal", "b2b_saas", "年费与备份",
     "年费我们就交到今年六月，之后的服务就停了吧，数据麻烦你们帮忙全部导出来，账号也一并注销，后面就不劳你们再跟进了。",
     "年费我们今年六月之前交齐，之后的服务照常，数据麻烦你们帮忙多做一份备份，账号再给新来的两个同事开一下，后面还得劳你们多跟进。"),
    ("non_renewal", "industrial_equipment", "合格供应商名单",
     "采购部已经把你们从明年的合格供应商名单里拿掉了，这批交完就结束了。",
     "采购部已经把你们放进明年的合格供应商名单里了，这批交完还有下一批。"),
    ("non_renewal", "telecom", "集团业务",
     "公司的集团彩铃和短信平台，合同到了我们就不续了，这笔钱省下来。",
     "公司的集团彩铃和短信平台，合同到了我们接着续，内容你们帮我们换个新的。"),

    # ---------------- channel_conflict ----------------
    ("channel_conflict", "fmcg_distribution", "区域划分",
     "邻市的批发商把你们的货拉到我这片来卖，一箱比我的进价还便宜，我的货根本走不动。",
     "邻市的批发商也做你们的货，他们守着自己那片，一箱的价格跟我的一样，大家都好卖。"),
    ("channel_conflict", "furniture", "网店标价",
     "你们品牌的网店卖的价格比我门店的进货价还低，顾客拿着手机来跟我比价。",
     "你们品牌的网店卖的价格跟我门店的一样，顾客在网上看好了，还是来我店里下单。"),
    ("channel_conflict", "feed", "厂家下乡",
     "你们厂直接派人下乡给养殖户送料，价格比我这个经销商的还低，那我还代理个什么劲？",
     "你们厂派人下乡给养殖户讲课，讲完都让他们来我这个经销商这里订料，我挺感谢的。"),
    ("channel_conflict", "hotel_supplies", "联合拜访",
     "你们公司绕过我，直接跟我区域里的几家酒店签了供货合同，价格还压得比我低。",
     "你们公司带着我，一起去我区域里的几家酒店谈了供货合同，价格也是按我这边报的。"),
    ("channel_conflict", "industrial_equipment", "官方商城",
     "你们官方商城上了同款配件，标价比给我们代理商的价格还低，客户都跑去网上买了。",
     "你们官方商城上了同款配件，标价跟我们代理商的一样，客户下了单还是分到我们这儿发货。"),
    ("channel_conflict", "b2b_saas", "直销协同",
     "你们直销团队跑去找我签下的客户，报了个比代理价还低的价，这让我怎么做？",
     "你们直销团队帮我去拜访了我签下的客户，报价照我的代理价走，客户挺满意。"),
    ("channel_conflict", "telecom", "线上办卡",
     "你们营业厅自己在网上办卡送的话费比我这个代理点多一倍，客人都不来我这儿办了。",
     "你们营业厅自己在网上办卡送的话费跟我这个代理点一样，客人照样来我这儿办。"),
    ("channel_conflict", "fmcg_distribution", "电商上架",
     "我在电商平台上搜了搜你们的货，价格乱得一塌糊涂，有几家标得比出厂价还低，肯定是有人从别的区域倒过来的。",
     "我在电商平台上搜了搜你们的货，价格都挺统一，跟指导价一个样，我也打算照这个价挂上去，已经跟厂家报备过了。"),
    ("channel_conflict", "furniture", "同城代理",
     "商场里另一家代理你们品牌的店，天天打着清仓的旗号低价甩货，我的客人全被拉过去了。",
     "商场里另一家代理你们品牌的店，主推的是别的系列，跟我不冲突，大家的价格都守得住。"),
    ("channel_conflict", "feed", "同行调货",
     "河对岸那个镇的代理商开着车过来送料，一包便宜十块，我这片的养殖户被他拉走了好几家。",
     "河对岸那个镇的代理商开着车过来拉料，说他那边断了货，从我这儿按价拿了几十包。"),
    ("channel_conflict", "hotel_supplies", "批发平台",
     "你们的货在网上批发平台上随便就能买到，价格比我给酒店的报价还低，客户问我是不是赚黑心钱。",
     "你们的货在网上批发平台上也有，价格跟我给酒店的报价一样，客户问了一句也就放心了。"),
    ("channel_conflict", "industrial_equipment", "新增代理",
     "同一个省里你们又发展了一家代理，专门抢我手上客户的单，报价比我低三个点。",
     "同一个省里你们又发展了一家代理，专门做南边几个市，跟我手上的客户不重叠。"),
    ("channel_conflict", "fmcg_distribution", "外地货",
     "外地货冲进来，价全乱了。",
     "外地货没进来，价很稳。"),
]

# ------------------------------------------------------------------ checks
ALLOWED_PUNCT = set("，。？！、：；“”‘’（）《》…—")
# phrases that would make a partner line carry a signal (partners must avoid them)
PARTNER_BLACKLIST = ["到期再说", "不续", "不再续", "离职", "辞职", "调走", "窜货", "太贵", "涨了",
                     "涨价", "亏了", "退单", "投诉", "取消", "销号", "砍掉", "撤掉", "停掉",
                     "不用了，我们", "没人回", "没人来", "没人管", "少拉", "只能要", "换成他们",
                     "便宜十块", "比我低", "比你们低", "试用", "不打算再跟"]


def bigrams(s):
    s = re.sub(r"[，。？！、：；“”‘’（）《》…—]", "", s)
    return {s[i:i + 2] for i in range(len(s) - 1)} or {s}


def jacc(a, b):
    return len(a & b) / max(1, len(a | b))


def guide_examples():
    """Example phrases from the guide's category table (only to check we did not reuse them)."""
    if not os.path.exists(GUIDE):
        return []
    out = []
    for line in open(GUIDE, encoding="utf-8"):
        m = re.match(r"\|\s*`(\w+)`\s*\|.*\|(.*)\|\s*$", line)
        if m and m.group(1) in CATEGORIES:
            out += [p.strip() for p in re.split(r"[/（）]", m.group(2)) if p.strip()]
    return [re.sub(r"[^\u4e00-\u9fff]", "", p) for p in out if re.search(r"[\u4e00-\u9fff]", p)]


def main():
    # write
    with open(OUT, "w", encoding="utf-8") as f:
        for cat, ind, topic, sign, partner in PAIRS:
            f.write(json.dumps({"text": sign, "speaker": "customer", "category": cat},
                               ensure_ascii=False) + "\n")
            f.write(json.dumps({"text": partner, "speaker": "customer", "category": None},
                               ensure_ascii=False) + "\n")

    problems = []
    # read back
    with open(OUT, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != 240:
        problems.append(f"expected 240 lines, got {len(lines)}")
    recs = []
    for i, ln in enumerate(lines, 1):
        try:
            r = json.loads(ln)
        except Exception as e:  # noqa
            problems.append(f"line {i}: bad json {e}")
            continue
        if "\\u" in ln:
            problems.append(f"line {i}: escaped unicode (ensure_ascii)")
        if list(r.keys()) != ["text", "speaker", "category"]:
            problems.append(f"line {i}: keys {list(r.keys())}")
        if r.get("speaker") != "customer":
            problems.append(f"line {i}: speaker {r.get('speaker')}")
        t = r.get("text")
        if not isinstance(t, str) or not t:
            problems.append(f"line {i}: empty text")
            t = ""
        bad = [c for c in t if not ("\u4e00" <= c <= "\u9fff" or c in ALLOWED_PUNCT)]
        if bad:
            problems.append(f"line {i}: disallowed chars {''.join(sorted(set(bad)))!r}")
        if t and t[-1] not in "。？！…":
            problems.append(f"line {i}: no final punctuation")
        if i % 2 == 1:
            if r.get("category") not in CATEGORIES:
                problems.append(f"line {i}: sign line category {r.get('category')!r}")
        else:
            if r.get("category") is not None:
                problems.append(f"line {i}: partner line category must be null")
        recs.append(r)

    # pair-level checks
    cat_counts, ind_counts = Counter(), Counter()
    for k, (cat, ind, topic, sign, partner) in enumerate(PAIRS):
        cat_counts[cat] += 1
        ind_counts[ind] += 1
        if ind not in INDUSTRIES:
            problems.append(f"pair {k}: bad industry {ind}")
        if cat not in CATEGORIES:
            problems.append(f"pair {k}: bad category {cat}")
        if 2 * k + 1 < len(recs):
            if recs[2 * k]["text"] != sign or recs[2 * k + 1]["text"] != partner \
                    or recs[2 * k]["category"] != cat:
                problems.append(f"pair {k}: read-back mismatch")
        if sign == partner:
            problems.append(f"pair {k}: sign == partner")
        ratio = len(partner) / len(sign)
        if not (0.6 <= ratio <= 1.67):
            problems.append(f"pair {k}: length ratio {ratio:.2f}")
        shared = len(set(sign) & set(partner)) / max(1, min(len(set(sign)), len(set(partner))))
        if shared < 0.35:
            problems.append(f"pair {k}: partner shares too few characters ({shared:.2f})")
        for w in PARTNER_BLACKLIST:
            if w in partner:
                problems.append(f"pair {k}: partner contains signal phrase {w!r}")
    for cat in CATEGORIES:
        if not 13 <= cat_counts[cat] <= 14:
            problems.append(f"category {cat}: {cat_counts[cat]} pairs")
    for ind in INDUSTRIES:
        if not 14 <= ind_counts[ind] <= 16:
            problems.append(f"industry {ind}: {ind_counts[ind]} pairs")

    # uniqueness / near copies across pairs
    texts = [t for p in PAIRS for t in (p[3], p[4])]
    dup = [t for t, c in Counter(texts).items() if c > 1]
    for t in dup:
        problems.append(f"duplicate text {t}")
    bgs = [(bigrams(p[3]), bigrams(p[4])) for p in PAIRS]
    max_j = 0.0
    for a, b in combinations(range(len(PAIRS)), 2):
        j = max(jacc(x, y) for x in bgs[a] for y in bgs[b])
        max_j = max(max_j, j)
        if j >= 0.45:
            problems.append(f"pairs {a} and {b} are near copies (bigram jaccard {j:.2f})")

    # no reuse of the guide's example phrases (any shared run of 7+ characters)
    for ex in guide_examples():
        for t in texts:
            tt = re.sub(r"[^\u4e00-\u9fff]", "", t)
            for s in range(0, max(0, len(ex) - 6)):
                if ex[s:s + 7] in tt:
                    problems.append(f"text reuses guide phrase {ex[s:s+7]!r}: {t}")
                    break

    lens = [len(t) for t in texts]
    print(f"pairs per category: {dict(cat_counts)}")
    print(f"pairs per industry: {dict(ind_counts)}")
    print(f"text length min/median/max: {min(lens)}/{sorted(lens)[len(lens)//2]}/{max(lens)}; "
          f"max cross-pair bigram jaccard {max_j:.2f}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"bank-w: {len(lines)} lines, {len(PAIRS)} pairs, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
