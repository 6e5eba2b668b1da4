# -*- coding: utf-8 -*-
"""bank-x: paired Mandarin customer utterances for a churn-signal detector.

Focus: hedges and delays against firm plans, for non_renewal,
demand_reduction and price (40 pairs each, 5 per industry).
Each pair: (industry, category, sign line, partner line).
The sign line carries the category's signal; the partner talks about the
same topic with similar words and carries no churn signal.
All text is original; people, companies and products are invented.

Writes bank-x.jsonl next to this file, reads it back and self-checks.
Exit code 1 on any problem.
"""
import json
import os
import sys
from collections import Counter
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "bank-x.jsonl")

INDUSTRIES = [
    "b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
    "fmcg_distribution", "furniture", "feed", "hotel_supplies",
]
CATEGORIES = [
    "price", "competitor", "service", "quality", "communication",
    "contact_change", "demand_reduction", "non_renewal", "channel_conflict",
]

# (industry, category, sign, partner)
PAIRS = [
    # ------------------------------------------------------------ non_renewal
    ("b2b_saas", "non_renewal", "到期了再看情况吧。", "到期了就直接续。"),
    ("b2b_saas", "non_renewal", "续费预算还没批，先别发合同。", "续费预算已经批了，合同发过来吧。"),
    ("b2b_saas", "non_renewal",
     "明年的年费我们内部还在评估，等三月份合同快到期的时候再给你们答复。",
     "明年的年费我们内部已经评估完了，三月份合同到期前就把续费款打过去。"),
    ("b2b_saas", "non_renewal", "续约先放一放。", "续约按老样子办。"),
    ("b2b_saas", "non_renewal",
     "这套系统我们用是在用，可续不续三年还没拍板，老板说等年底看看效果再定。",
     "这套系统我们一直在用，续三年已经拍板了，老板说年底前把合同签掉。"),

    ("industrial_equipment", "non_renewal", "维保合同到期先不续了。", "维保合同到期接着续。"),
    ("industrial_equipment", "non_renewal",
     "明年的框架协议等领导开完会再议，现在不好说。",
     "明年的框架协议领导开会已经定了，照样跟你们签。"),
    ("industrial_equipment", "non_renewal", "剩下那批备件的订单先撤掉吧。", "剩下那批备件的订单照常发吧。"),
    ("industrial_equipment", "non_renewal",
     "年度服务包续不续，等设备大修完了再决定。",
     "年度服务包我们续，设备大修完了就签字。"),
    ("industrial_equipment", "non_renewal", "框架合同暂时不签。", "框架合同这周就签。"),

    ("telecom", "non_renewal", "专线到期先别续。", "专线到期自动续。"),
    ("telecom", "non_renewal",
     "集团套餐明年续不续，得等总部开会定，现在没法答应你。",
     "集团套餐明年接着续，总部开会已经定了，这事你放心。"),
    ("telecom", "non_renewal",
     "这几条宽带合约到期以后，我们打算先停掉观望一阵。",
     "这几条宽带合约到期以后，我们打算原样再签两年。"),
    ("telecom", "non_renewal", "续约的事，等合约快满了再聊。", "续约的事，今天就能定下来。"),
    ("telecom", "non_renewal", "副卡到期就销掉吧。", "副卡到期接着用吧。"),

    ("bank_wealth", "non_renewal",
     "这笔理财到期我先不续投了，钱放活期里看看情况。",
     "这笔理财到期我接着续投，钱还是放在这个产品里。"),
    ("bank_wealth", "non_renewal", "等到期那天再琢磨吧。", "等到期那天照样续吧。"),
    ("bank_wealth", "non_renewal",
     "定投我想先停几个月，等行情明朗点再看要不要接着投。",
     "定投我打算接着扣，每个月的金额也不变，一直投下去。"),
    ("bank_wealth", "non_renewal", "下个月到期那笔先别帮我续。", "下个月到期那笔直接帮我续。"),
    ("bank_wealth", "non_renewal",
     "大额存单到期了，续不续我跟老伴商量完了再告诉你，现在说不准。",
     "大额存单到期了，我跟老伴商量过了，还是续三年，你帮我办一下。"),

    ("fmcg_distribution", "non_renewal",
     "明年的代理合同，我想等开春看看销量再决定签不签。",
     "明年的代理合同，开春前就签，销量一直挺稳的。"),
    ("fmcg_distribution", "non_renewal", "这款新品以后不进了。", "这款新品以后常进。"),
    ("fmcg_distribution", "non_renewal",
     "经销协议快到期了，续签的事我还没想好。",
     "经销协议快到期了，续签的事我早想好了，接着干。"),
    ("fmcg_distribution", "non_renewal", "年度返利协议先不签。", "年度返利协议今天签。"),
    ("fmcg_distribution", "non_renewal",
     "春节那批订单我退掉了，你跟仓库说一声，别往我这儿发了。",
     "春节那批订单我确认了，你跟仓库说一声，按时往我这儿发。"),

    ("furniture", "non_renewal", "样品区合作到期就撤吧。", "样品区合作到期再延一年。"),
    ("furniture", "non_renewal",
     "酒店那批定制床架的后续单子，我们先叫停，等装修方案定了再讲。",
     "酒店那批定制床架的后续单子，我们照常下，装修方案已经定好了。"),
    ("furniture", "non_renewal", "加盟合同续不续，我还在犹豫。", "加盟合同肯定续，我已经准备好了。"),
    ("furniture", "non_renewal", "这单先退订吧。", "这单先付订金吧。"),
    ("furniture", "non_renewal",
     "明年展厅的租赁家具合同，等我们搬完店再定续不续。",
     "明年展厅的租赁家具合同，等我们搬完店就接着续。"),

    ("feed", "non_renewal", "年度供货协议，等猪价回来再谈续签。", "年度供货协议，猪价怎么样都照旧续签。"),
    ("feed", "non_renewal", "下季度的合同先缓一缓。", "下季度的合同先签下来。"),
    ("feed", "non_renewal",
     "教槽料那个协议到期我就不弄了，后面的货也别再送了。",
     "教槽料那个协议到期我接着弄，后面的货照常送过来。"),
    ("feed", "non_renewal", "续签过了年再议。", "续签过年前办完。"),
    ("feed", "non_renewal",
     "鱼料的长期单子，今年先不签了，看看塘里行情再决定。",
     "鱼料的长期单子，今年照样签，塘里行情我心里有底。"),

    ("hotel_supplies", "non_renewal", "布草洗涤服务到期先停。", "布草洗涤服务到期续上。"),
    ("hotel_supplies", "non_renewal",
     "客房洗漱用品的年度合同，等集团采购会开完了再看续不续。",
     "客房洗漱用品的年度合同，集团采购会已经开完了，接着续。"),
    ("hotel_supplies", "non_renewal", "这批拖鞋的追加单取消掉。", "这批拖鞋的追加单照发。"),
    ("hotel_supplies", "non_renewal",
     "明年还合不合作，我们得等入住率出来再定，你们先别备货。",
     "明年接着合作，入住率出来我们就下单，你们先把货备上。"),
    ("hotel_supplies", "non_renewal", "续约再等等。", "续约就这么定。"),

    # ------------------------------------------------------- demand_reduction
    ("b2b_saas", "demand_reduction", "明年账号要砍掉三十个。", "明年账号要加上三十个。"),
    ("b2b_saas", "demand_reduction",
     "我们部门在裁人，用系统的人少了，席位要往下调。",
     "我们部门在招人，用系统的人多了，席位要往上调。"),
    ("b2b_saas", "demand_reduction", "加模块的事往后推推。", "加模块的事这周落实。"),
    ("b2b_saas", "demand_reduction",
     "分公司合并了，原来三套系统以后只留一套，订阅量肯定下来。",
     "分公司扩张了，原来三套系统以后还要再加一套，订阅量只会上去。"),
    ("b2b_saas", "demand_reduction", "扩容先缓缓。", "扩容马上做。"),

    ("industrial_equipment", "demand_reduction",
     "今年产线少开两条，电机的采购量会压下来不少。",
     "今年产线多开两条，电机的采购量会涨上去不少。"),
    ("industrial_equipment", "demand_reduction", "配电柜先订五台，剩下的等等。", "配电柜先订五台，剩下的下月订。"),
    ("industrial_equipment", "demand_reduction", "这季度订单往后挪一挪。", "这季度订单按时下。"),
    ("industrial_equipment", "demand_reduction",
     "厂里接的活少了，变频器今年就不用备那么多了，上回那个数砍一半都用不完。",
     "厂里接的活多了，变频器今年得多备一些，上回那个数再翻一倍都不一定够。"),
    ("industrial_equipment", "demand_reduction", "备件少拿点。", "备件照旧拿。"),

    ("telecom", "demand_reduction", "门店关了好几个，宽带要撤掉七八条。", "门店新开了好几个，宽带要加装七八条。"),
    ("telecom", "demand_reduction", "流量包降一档吧。", "流量包升一档吧。"),
    ("telecom", "demand_reduction",
     "员工越来越少，集团号码明年预计退掉四十个左右。",
     "员工越来越多，集团号码明年预计新增四十个左右。"),
    ("telecom", "demand_reduction",
     "专线带宽先不扩了，业务量没起来，等下半年再看要不要加。",
     "专线带宽下周就扩，业务量起来了，下半年可能还要再加。"),
    ("telecom", "demand_reduction", "新号先少办几张。", "新号先办二十张。"),

    ("bank_wealth", "demand_reduction", "生意不好做，这期只能少买点。", "生意挺好做，这期可以多买点。"),
    ("bank_wealth", "demand_reduction",
     "厂里资金周转困难，存在你们这儿的钱下个月要取出来一大半去发工资。",
     "厂里资金周转顺利，存在你们这儿的钱下个月还要再加一笔进来。"),
    ("bank_wealth", "demand_reduction", "追加的事缓一缓。", "追加的事今天办。"),
    ("bank_wealth", "demand_reduction",
     "今年公司效益差，员工理财的团购额度要比去年压缩不少。",
     "今年公司效益好，员工理财的团购额度要比去年多出不少。"),
    ("bank_wealth", "demand_reduction", "定投金额减半。", "定投金额不变。"),

    ("fmcg_distribution", "demand_reduction", "这个月进货减个两成吧。", "这个月进货加个两成吧。"),
    ("fmcg_distribution", "demand_reduction",
     "超市那边撤了我们好几个堆头，铺货点少了，下批货我得往后拖半个月。",
     "超市那边给了我们好几个堆头，铺货点多了，下批货我想往前提半个月。"),
    ("fmcg_distribution", "demand_reduction", "先发一部分，剩下的看卖得怎么样。", "先发一部分，剩下的周五一起发。"),
    ("fmcg_distribution", "demand_reduction",
     "我们把两个批发点合成一个了，以后每次订货量都会比原来少。",
     "我们把一个批发点扩成两个了，以后每次订货量都会比原来多。"),
    ("fmcg_distribution", "demand_reduction", "补货晚点再讲。", "补货今天就发。"),

    ("furniture", "demand_reduction",
     "今年楼盘交房少，软装订单跟着少了，沙发这块我们要少拿不少。",
     "今年楼盘交房多，软装订单跟着多了，沙发这块我们要多拿不少。"),
    ("furniture", "demand_reduction", "衣柜的订单推到下季度。", "衣柜的订单定在这季度。"),
    ("furniture", "demand_reduction", "展厅缩小了，样品只留三套。", "展厅扩大了，样品再要三套。"),
    ("furniture", "demand_reduction",
     "酒店改造项目砍掉了两栋楼，原来说好的床和柜子数量要往下调。",
     "酒店改造项目又加了两栋楼，原来说好的床和柜子数量要往上调。"),
    ("furniture", "demand_reduction", "这批少要点。", "这批多要点。"),

    ("feed", "demand_reduction", "存栏压了三成。", "存栏多了三成。"),
    ("feed", "demand_reduction",
     "猪价低，我准备少养一批，下个月的料要少拉几吨。",
     "猪价好，我准备多养一批，下个月的料要多拉几吨。"),
    ("feed", "demand_reduction", "进料先往后拖拖。", "进料按原计划来。"),
    ("feed", "demand_reduction",
     "鸡场腾出两栋鸡舍不养了，蛋鸡料以后每个月用量会掉下去。",
     "鸡场新盖了两栋鸡舍，蛋鸡料以后每个月用量会涨上来。"),
    ("feed", "demand_reduction", "鱼塘今年少放了苗，饲料要得少。", "鱼塘今年多放了苗，饲料要得多。"),

    ("hotel_supplies", "demand_reduction",
     "淡季入住率低，洗漱包这个月先少订两箱。",
     "旺季入住率高，洗漱包这个月要多订两箱。"),
    ("hotel_supplies", "demand_reduction",
     "我们关了一个楼层装修，布草用量得减下来，先按原来的七成送。",
     "我们装修完开了一个新楼层，布草用量得加上去，按原来的一倍半送。"),
    ("hotel_supplies", "demand_reduction", "下单先推一推。", "下单就这两天。"),
    ("hotel_supplies", "demand_reduction",
     "集团收掉了两家分店，以后一次性用品统一采购的量会小不少。",
     "集团新收了两家分店，以后一次性用品统一采购的量会大不少。"),
    ("hotel_supplies", "demand_reduction", "床品这次少补点。", "床品这次照常补。"),

    # ------------------------------------------------------------------ price
    ("b2b_saas", "price", "报价再降点我们再定。", "报价没问题我们就定。"),
    ("b2b_saas", "price",
     "新版本一个席位贵了三成，我们预算扛不住，你们能不能给个折扣。",
     "新版本一个席位涨了三成，功能也多了不少，这个价我们认，按新价签。"),
    ("b2b_saas", "price", "这价格太高了。", "这价格挺合理。"),
    ("b2b_saas", "price",
     "实施费能不能减一点，不然老板那边签不下来。",
     "实施费就按你们报的，老板那边已经签字了。"),
    ("b2b_saas", "price", "年费要是还涨，我们真有点吃不消。", "年费就算涨一点，我们也认，照常续。"),

    ("industrial_equipment", "price", "单价压到八千以内再下单。", "单价就按八千，今天下单。"),
    ("industrial_equipment", "price",
     "这批电缆比上次涨了快百分之十五，你给我让一点，不然这单我不好跟采购交代。",
     "这批电缆比上次涨了快百分之十五，铜价摆在那儿，我理解，这单按原样走。"),
    ("industrial_equipment", "price", "这个价能再便宜点吗？", "这个价能接受，签吧。"),
    ("industrial_equipment", "price",
     "运费你们得包了，不然算下来比预算多出一截。",
     "运费我们自己出，算下来也在预算里头。"),
    ("industrial_equipment", "price", "维修报价贵了。", "维修报价合适。"),

    ("telecom", "price", "套餐降到九十九我就办。", "套餐九十九我现在办。"),
    ("telecom", "price",
     "专线每个月一万二，太贵了，你们能不能跟领导申请个优惠，我们再决定签不签。",
     "专线每个月一万二，我们算过了，这个价合理，这周就签。"),
    ("telecom", "price", "月租能不能少收点？", "月租就这么收吧。"),
    ("telecom", "price",
     "宽带续费怎么又涨了五十，这个价我们小店真负担不起。",
     "宽带续费涨了五十，我看了明细，多了个提速，这个价能接受。"),
    ("telecom", "price", "话费还是太贵。", "话费还算实惠。"),

    ("bank_wealth", "price", "管理费太高了。", "管理费能接受。"),
    ("bank_wealth", "price",
     "这个产品申购费百分之一点五，比我想的多，费率能打个折我再考虑买不买。",
     "这个产品申购费百分之一点五，跟我想的差不多，费率合理，我今天就买。"),
    ("bank_wealth", "price", "手续费免了我再办。", "手续费照收，我今天办。"),
    ("bank_wealth", "price",
     "托管费每年收这么多，一算下来收益都被吃掉了，我心里不太舒服。",
     "托管费每年收这些，一算下来收益还是不错的，我心里有数。"),
    ("bank_wealth", "price", "转账费能免吗？", "转账费照收吧。"),

    ("fmcg_distribution", "price", "出厂价再让两毛，我就进。", "出厂价没问题，我就进。"),
    ("fmcg_distribution", "price",
     "这次每箱提了三块钱，终端根本卖不动，你们不给补贴我这批货不敢订。",
     "这次每箱提了三块钱，终端照样卖得动，不用你们补贴，这批货我照订。"),
    ("fmcg_distribution", "price", "进货价高得离谱。", "进货价还算公道。"),
    ("fmcg_distribution", "price",
     "返点再多给一个点，我回去跟老板商量下单。",
     "返点就按原来的，我回去跟老板说一声下单。"),
    ("fmcg_distribution", "price", "价格不降，旺季的货我先压着不订。", "价格不变，旺季的货我现在就订。"),

    ("furniture", "price", "这套沙发太贵了。", "这套沙发值这个价。"),
    ("furniture", "price",
     "打完折还要三万八，超出我们装修预算一大截，能不能再优惠点，不然我得再想想。",
     "打完折是三万八，在我们装修预算里头，价格合适，就定这套。"),
    ("furniture", "price",
     "定制柜子的报价你们再核一核，单价再降两百我们就签。",
     "定制柜子的报价我们核过了，单价没问题，明天就签。"),
    ("furniture", "price", "加盟费降点吧。", "加盟费就这么交。"),
    ("furniture", "price",
     "出厂价一年涨了两回，我们这种小门店利润太薄了，真顶不住。",
     "出厂价一年调了一回，我们门店利润还算可以，完全顶得住。"),

    ("feed", "price", "一吨再降一百。", "一吨就这个价，行。"),
    ("feed", "price",
     "玉米在跌，你们料价还不动，不降点我这个月先不拉了。",
     "玉米在涨，你们料价也没动，这个月我照样拉。"),
    ("feed", "price", "料价太高，吃不消。", "料价合适，没意见。"),
    ("feed", "price",
     "乳猪料每包贵了十块，你们能给点让利的话，我下批再订。",
     "乳猪料每包涨了十块，效果好我认，下批照订。"),
    ("feed", "price", "价格能谈再签。", "价格谈妥了，签吧。"),

    ("hotel_supplies", "price", "一次性牙刷报价高了。", "一次性牙刷报价合适。"),
    ("hotel_supplies", "price",
     "布草每套涨了八块，我们一个月要换上千套，成本压力太大了，你们再给降一降吧。",
     "布草每套涨了八块，我们一个月要换上千套，算过了还在可控范围，就按新价来。"),
    ("hotel_supplies", "price", "打个九折就下单。", "不打折也下单。"),
    ("hotel_supplies", "price",
     "洗发水单价能不能再让一点，让了我们才好跟老板申请。",
     "洗发水单价就照你们报的来，老板那边点过头了。"),
    ("hotel_supplies", "price", "拖鞋太贵。", "拖鞋划算。"),
]

# ---------------------------------------------------------------- checking
ALLOWED_PUNCT = set("，。？！、；：“”‘’（）《》…—·")
# Phrases from the labeling guide's examples that must not be reused.
GUIDE_PHRASES = [
    "到期再说", "肯定不续", "只能订一半", "能不换的先不换", "没打算换",
    "单价在市场上偏高", "说涨就涨", "一吨差两百", "猪价太低了",
    "关了六家门店", "我没答应", "退单",
]
# A partner line must carry no hedge, delay, reduction or price complaint.
PARTNER_BANNED = [
    "再说", "再讲", "再看", "再议", "再定", "再决定", "再聊", "考虑", "想想",
    "先不", "不续", "暂停", "暂时", "停掉", "先停", "叫停", "缓", "推", "拖", "挪",
    "少订", "少拿", "少要", "少拉", "少养", "少放", "少买", "少办", "少补", "少了",
    "减", "砍", "压", "贵", "便宜", "优惠", "降", "折扣", "让", "太高", "高了",
    "没批", "还没", "犹豫", "取消", "退", "撤", "观望", "等等", "吃不消",
    "扛不住", "负担不起", "顶不住", "不进", "不签", "不弄", "销掉", "先别",
    "一半", "免", "晚点",
]
# Words that would bring in other categories; banned in every line.
OTHER_CATEGORY = [
    "别家", "别的厂", "其他厂家", "换一家", "换供应商", "试用", "转网", "携号",
    "离职", "调走", "换人", "新来的", "没人管", "投诉", "报修", "坏了", "开裂",
    "亏了", "窜货", "没人来", "回电话",
]
SIGN_CUES = {
    "non_renewal": ["续", "到期", "停", "撤", "退", "取消", "不签", "先别", "不进",
                    "不弄", "销掉", "再议", "先缓"],
    "demand_reduction": ["少", "减", "砍", "压", "推", "拖", "挪", "缓", "降",
                         "下调", "往下", "撤", "退掉", "掉下去", "小不少", "等等",
                         "晚点", "只留", "下来", "取出来", "不扩", "看卖得怎么样"],
    "price": ["价", "贵", "费", "便宜", "折", "降", "让", "优惠", "涨", "太高",
              "返点", "提了", "补贴", "少收"],
}
SHORT_MIN, SHORT_MAX = 4, 15


def is_cjk(ch):
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF


def main():
    problems = []

    def bad(msg):
        problems.append(msg)

    # write
    with open(OUT, "w", encoding="utf-8") as f:
        for ind, cat, sign, partner in PAIRS:
            f.write(json.dumps({"text": sign, "speaker": "customer", "category": cat},
                               ensure_ascii=False) + "\n")
            f.write(json.dumps({"text": partner, "speaker": "customer", "category": None},
                               ensure_ascii=False) + "\n")

    # read back
    with open(OUT, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("not UTF-8:", e)
        sys.exit(1)
    if "\\u" in text:
        bad("escaped unicode found (ensure_ascii not False?)")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != 240:
        bad("line count %d != 240" % len(lines))
    rows = []
    for i, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except ValueError as e:
            bad("line %d: bad JSON %s" % (i, e))
            continue
        rows.append(r)
        if not isinstance(r, dict) or set(r.keys()) != {"text", "speaker", "category"}:
            bad("line %d: keys %r" % (i, list(r) if isinstance(r, dict) else r))
            continue
        if r["speaker"] != "customer":
            bad("line %d: speaker %r" % (i, r["speaker"]))
        t = r["text"]
        if not isinstance(t, str) or not t:
            bad("line %d: empty text" % i)
            continue
        for ch in t:
            if not (is_cjk(ch) or ch in ALLOWED_PUNCT):
                bad("line %d: disallowed char %r in %s" % (i, ch, t))
        if not is_cjk(t[0]):
            bad("line %d: starts with punctuation" % i)
        if t[-1] not in "。？！":
            bad("line %d: no sentence-final punctuation" % i)
        if i % 2 == 1:
            if r["category"] not in CATEGORIES:
                bad("line %d: sign category %r" % (i, r["category"]))
        else:
            if r["category"] is not None:
                bad("line %d: partner category %r" % (i, r["category"]))
        for g in GUIDE_PHRASES:
            if g in t:
                bad("line %d: reuses guide phrase %s" % (i, g))
        for w in OTHER_CATEGORY:
            if w in t:
                bad("line %d: other-category word %s" % (i, w))

    # pair-level checks
    if len(rows) == 240:
        for k in range(120):
            s, p = rows[2 * k], rows[2 * k + 1]
            ind, cat = PAIRS[k][0], PAIRS[k][1]
            if s.get("text") != PAIRS[k][2] or p.get("text") != PAIRS[k][3] or s.get("category") != cat:
                bad("pair %d: read-back mismatch" % (k + 1))
            st, pt = s["text"], p["text"]
            if st == pt:
                bad("pair %d: identical lines" % (k + 1))
            if not any(c in st for c in SIGN_CUES.get(cat, [])):
                bad("pair %d: sign line has no %s cue: %s" % (k + 1, cat, st))
            pt_chk = pt.replace("拖鞋", "")
            for w in PARTNER_BANNED:
                if w in pt_chk:
                    bad("pair %d: partner contains signal word %s: %s" % (k + 1, w, pt))
            ls, lp = len(st), len(pt)
            if not (0.6 <= lp / ls <= 1.6):
                bad("pair %d: lengths %d/%d too different" % (k + 1, ls, lp))
            sim = SequenceMatcher(None, st, pt).ratio()
            if sim < 0.3:
                bad("pair %d: sign/partner share too little (%.2f)" % (k + 1, sim))
            if ind not in INDUSTRIES:
                bad("pair %d: industry %r" % (k + 1, ind))

        # near copies across pairs
        texts = [(k, r["text"]) for k, r in ((j // 2, rows[j]) for j in range(240))]
        seen = Counter(t for _, t in texts)
        for t, n in seen.items():
            if n > 1:
                bad("duplicate text: %s" % t)
        for a in range(240):
            for b in range(a + 1, 240):
                ka, ta = texts[a]
                kb, tb = texts[b]
                if ka == kb:
                    continue
                r = SequenceMatcher(None, ta, tb).ratio()
                if r >= 0.7:
                    bad("near copy (%.2f) pair %d / pair %d: %s | %s" % (r, ka + 1, kb + 1, ta, tb))

    # distribution
    cat_n = Counter(p[1] for p in PAIRS)
    ind_n = Counter(p[0] for p in PAIRS)
    for c in ("non_renewal", "demand_reduction", "price"):
        if cat_n[c] != 40:
            bad("category %s has %d pairs, want 40" % (c, cat_n[c]))
    for ind in INDUSTRIES:
        if not 13 <= ind_n[ind] <= 17:
            bad("industry %s has %d pairs" % (ind, ind_n[ind]))
    cell = Counter((p[1], p[0]) for p in PAIRS)
    short_pairs = sum(1 for p in PAIRS if all(SHORT_MIN <= len(x) <= SHORT_MAX for x in p[2:]))
    short_lines = sum(1 for p in PAIRS for x in p[2:] if SHORT_MIN <= len(x) <= SHORT_MAX)
    long_lines = sum(1 for p in PAIRS for x in p[2:] if len(x) > SHORT_MAX)
    if short_pairs < 30:
        bad("only %d short pairs" % short_pairs)

    for m in problems:
        print("PROBLEM:", m)
    print("pairs per category:", dict(sorted(cat_n.items())))
    print("pairs per industry:", dict(sorted(ind_n.items())))
    print("pairs per category x industry:", sorted(set(cell.values())))
    lens = [len(x) for p in PAIRS for x in p[2:]]
    print("short lines (%d-%d chars): %d, long lines (>%d): %d, short pairs: %d, length min/max: %d/%d"
          % (SHORT_MIN, SHORT_MAX, short_lines, SHORT_MAX, long_lines, short_pairs, min(lens), max(lens)))
    print("bank-x: %d lines, %d pairs, %d problems" % (len(lines), len(PAIRS), len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
