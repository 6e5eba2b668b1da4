#!/usr/bin/env python3
"""Build bank-m.jsonl: 120 pairs (non_renewal sign line, then a risk-free line on the same topic).

Each entry: (industry, sign_text, risk_free_text, kind)
kind of the risk-free line: aff = affirmation (incl. renewal already signed / committed),
neg = negation of non-renewal, dneg = double negative (不…不 / 哪有不…的道理 / 不…是不可能的),
log = contract dates and paperwork as plain logistics.
"""
import json, re, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "bank-m.jsonl")

PAIRS = [
# ---- software subscriptions ----
("software", "嗯，那个续约的事，到期再说吧。", "续约没问题，你们把新合同发过来就行。", "aff"),
("software", "明年的订阅我们先不续了。", "明年的订阅照常续，这个我们早就定了。", "aff"),
("software", "续费的预算今年还没批下来，先等等吧。", "续费预算上周财务已经批了，你们走流程吧。", "aff"),
("software", "年费到期以后我们就不再续订了。", "年费到期前我们肯定会续订，不会让它断掉。", "aff"),
("software", "那个订阅到期我们就直接取消了啊。", "订阅我们没打算取消，用得挺顺手的。", "neg"),
("software", "这套星图协同的合同，到期就让它自然失效吧。", "星图协同的合同到期日是几月几号来着？我好提前排一下盖章。", "log"),
("software", "我们领导说今年软件服务要重新招标，续约先别谈了。", "软件服务不用招标，续约直接签就行，领导也同意了。", "neg"),
("software", "续签的事我这边先压一压，过阵子再说。", "续签的事我这边已经提交审批了，估计下周能盖章。", "log"),
("software", "订阅这块儿，我们打算到期就停掉。", "订阅这块儿，我们没打算停，放心吧。", "neg"),
("software", "说实话，下一年的年费我们不太想续了。", "说实话，下一年的年费不续是不可能的，大家都离不开它。", "dneg"),
("software", "墨舟办公那几个账号，到期就别续费了。", "墨舟办公那几个账号续费的发票抬头要改一下，你记一下。", "log"),
("software", "合同快到期了，我们内部还没定续不续。", "合同快到期了，我们内部早定了，照旧签。", "aff"),
("software", "续约暂时放一放，等新财年再看吧。", "续约不用等新财年，现在就可以签。", "aff"),
("software", "到期以后这个订阅我们就不要了。", "到期以后这个订阅我们还要，不是不续，是想问问能不能加几个账号。", "dneg"),
("software", "续费通知我们收到了，不过这次应该不续了。", "续费通知我们收到了，没有不续的理由，回头就付款。", "dneg"),
# ---- industrial equipment maintenance contracts ----
("industrial_equipment", "这份维保合同到期了，我们就不续了。", "这份维保合同到期了，续签的章我们下午就盖。", "aff"),
("industrial_equipment", "空压机的保养协议，到期再说吧。", "空压机的保养协议到期后照旧签，还是按年签。", "aff"),
("industrial_equipment", "明年的维保预算厂里还没批，续签先缓一缓。", "明年的维保预算厂里批过了，续签合同你们直接拿来。", "aff"),
("industrial_equipment", "我们集团要求维保服务统一招标，你们这份合同就不直接续了。", "集团统一招标不包括维保，你们这份合同照常续。", "neg"),
("industrial_equipment", "那几台数控机床的维保，我们打算到期就停了。", "那几台数控机床的维保，我们没打算停，还得靠你们。", "neg"),
("industrial_equipment", "锅炉维保合同期满以后，就让它过期吧。", "锅炉维保合同期满是哪天？我让采购提前把续签单子走完。", "log"),
("industrial_equipment", "续约的事我得跟设备科再商量商量，不急。", "续约的事设备科已经点头了，就等你们出合同。", "aff"),
("industrial_equipment", "北辰冷水机组的保养合同，今年就不续了。", "北辰冷水机组的保养合同，今年不可能不续，夏天全靠它。", "dneg"),
("industrial_equipment", "维保这块，我们想先停一年看看。", "维保这块一年都不能停，合同照旧续。", "neg"),
("industrial_equipment", "合同到期之后，你们的保养我们就不用了。", "合同到期之后，保养照样找你们，这个没变。", "aff"),
("industrial_equipment", "续签流程我先不往上报了，到时候再看吧。", "续签流程我已经往上报了，经理签完字就寄给你们。", "log"),
("industrial_equipment", "叉车的年度保养合同，我们到期就不再签了。", "叉车的年度保养合同，续签的原件寄到我们仓库就行。", "log"),
("industrial_equipment", "这份维保协议，老板的意思是到期就终止。", "这份维保协议，老板的意思是到期自动续，不用再来回跑了。", "aff"),
("industrial_equipment", "维保续约今年可能要暂停了。", "维保续约没有暂停的说法，该续照样续。", "neg"),
("industrial_equipment", "下个月维保合同到期，我们就不延了。", "下个月维保合同到期，延期手续需要我们准备哪些材料？", "log"),
# ---- telecom plans ----
("telecom", "这个合约期满了我就不续了。", "这个合约期满了我接着续，用惯了。", "aff"),
("telecom", "宽带到期再说吧，先不急着续。", "宽带到期前帮我续上，别断网就行。", "aff"),
("telecom", "公司那条专线，明年不续费了。", "公司那条专线明年续费的事，财务说月底统一办。", "log"),
("telecom", "集团套餐的续约预算，今年还没批呢。", "集团套餐的续约预算，今年一开年就批了。", "aff"),
("telecom", "合约到期我就打算销户了。", "合约到期我可没打算销户，号码用了十几年了。", "neg"),
("telecom", "这个副卡套餐，到期就停了吧。", "这个副卡套餐没打算停，给我妈用着挺好。", "neg"),
("telecom", "单位的通信服务今年要重新招标，续约先别提了。", "单位的通信服务招标早结束了，续约还是你们。", "aff"),
("telecom", "流量包到期以后，我不续订了。", "流量包到期以后自动续订吧，省得我每个月操心。", "aff"),
("telecom", "合约期一到，我们就不签了。", "合约期一到，你们提前一周打电话提醒我续签就行。", "log"),
("telecom", "续约的事我再想想，到时候再说吧。", "续约的事不用想了，直接给我办。", "aff"),
("telecom", "那个视频会员的订阅，月底我就取消。", "那个视频会员的订阅，月底扣费用哪张卡，我跟你核对一下。", "log"),
("telecom", "店里那几条宽带，合同到了就不续了。", "店里那几条宽带不是不续，是想等合同到了一起续。", "dneg"),
("telecom", "这个套餐我们打算到期就退掉。", "这个套餐我们没打算退，续约照常。", "neg"),
("telecom", "企业专线的合同，到期以后我们不再延续了。", "企业专线的合同到期以后，续签需要带公章还是合同章？", "log"),
("telecom", "老号码的合约，我不想再续了。", "老号码的合约，哪有不续的道理，这号码跟了我半辈子了。", "dneg"),
# ---- bank wealth products ----
("bank_wealth", "这期理财到期了，我就不续投了。", "这期理财到期了，接着续投，还是原来那款。", "aff"),
("bank_wealth", "那笔定期到期再说吧。", "那笔定期到期就转存，不用再问我了。", "aff"),
("bank_wealth", "稳盈那款产品到期，钱我就取出来不买了。", "稳盈那款产品到期那天，资金是当天到账还是隔天？", "log"),
("bank_wealth", "续购的事我先不考虑了。", "续购的事我早考虑好了，到期照样买。", "aff"),
("bank_wealth", "这份理财合同期满我就不续了啊。", "这份理财合同期满我不会不续的，一直挺放心。", "dneg"),
("bank_wealth", "到期以后这笔钱我不打算再放在你们这儿了。", "到期以后这笔钱我没打算挪走，还放你们这儿。", "neg"),
("bank_wealth", "定投协议我想到期就停掉。", "定投协议没打算停，每个月照扣就行。", "neg"),
("bank_wealth", "家里商量了，这笔理财到期就赎回，不续了。", "家里商量了，这笔理财到期继续买，续期手续你帮我办一下。", "aff"),
("bank_wealth", "那个三年期的产品，到期我就不再续约了。", "那个三年期的产品到期日是几号？续约要不要我本人来网点？", "log"),
("bank_wealth", "续存先放一放吧，到时候再看。", "续存不用放，到期直接帮我续上。", "aff"),
("bank_wealth", "我们公司的结构性存款，到期不续做了。", "我们公司的结构性存款，到期续做的申请表我已经填好了。", "log"),
("bank_wealth", "这款年金理财到期我就结束了，不续了。", "这款年金理财我不是不想续，是问问续的时候要不要重新签字。", "dneg"),
("bank_wealth", "金穗那款到期以后，我就不再转投了。", "金穗那款到期以后，转投照旧，你帮我盯着点日子。", "aff"),
("bank_wealth", "理财到期的钱，我想先拿回来，不续了。", "理财到期的钱，没打算拿回来，接着续就好。", "neg"),
("bank_wealth", "那份理财协议，到期了我就不签新的了。", "那份理财协议到期了，新的我肯定签，就是下周才有空去网点。", "aff"),
# ---- food distribution agreements ----
("fmcg_distribution", "今年的经销协议到期，我们就不续签了。", "今年的经销协议到期，续签照旧，区域也不变。", "aff"),
("fmcg_distribution", "代理合同的事，到期再说吧。", "代理合同到期前我就签好新的，不会耽误进货。", "aff"),
("fmcg_distribution", "明年的年度协议，我这边预算还没批下来。", "明年的年度协议预算批了，回头你把合同带过来签。", "aff"),
("fmcg_distribution", "嗯，那个乳品的经销合同，我打算到期就停。", "嗯，那个乳品的经销合同，我没打算停，卖得好着呢。", "neg"),
("fmcg_distribution", "饮料的代理权到期以后，我们不再续了。", "饮料的代理权到期以后，续约材料要交哪几样？", "log"),
("fmcg_distribution", "这份配送协议，到期就让它失效吧。", "这份配送协议到期前，你们发个续约确认函过来就行。", "log"),
("fmcg_distribution", "续约的事我还在犹豫，先别催。", "续约的事我不犹豫，合同拿来就签。", "neg"),
("fmcg_distribution", "我们打算明年把经销合同拿出去重新招标。", "明年的经销合同不招标，直接跟你们续。", "neg"),
("fmcg_distribution", "调味品这块的协议，我到期就不签了。", "调味品这块的协议，不签是不可能的，老客户都认这个牌子。", "dneg"),
("fmcg_distribution", "和你们的供货协议，到期我就准备结束了。", "和你们的供货协议，到期我准备再签三年。", "aff"),
("fmcg_distribution", "速冻食品那份协议，今年就不续了吧。", "速冻食品那份协议续签的日期，定在下个月初怎么样？", "log"),
("fmcg_distribution", "续签先缓缓，等过完年再说。", "续签的事年前就能办，我这边没什么要改的。", "aff"),
("fmcg_distribution", "这份区域代理合同到期以后，我不打算延了。", "这份区域代理合同到期以后，我没打算不延，放心吧。", "dneg"),
("fmcg_distribution", "禾丰面点的经销合同，我想到期就终止。", "禾丰面点的经销合同终止？没有的事，到期照常续。", "neg"),
("fmcg_distribution", "年度协议到期，我们就不再订了。", "年度协议到期，订货照样，合同原件记得寄我一份。", "log"),
# ---- furniture supply contracts ----
("furniture", "这份家具供货合同到期了，我们就不续了。", "家具供货合同到期，续约照旧，款式清单你们更新一下。", "aff"),
("furniture", "办公椅的框架合同，到期再说吧。", "办公椅的框架合同到期就续，这事早定了。", "aff"),
("furniture", "明年的采购合同预算，公司还没批呢，续签不好说。", "明年的采购合同预算批完了，续签就等你们报合同文本。", "log"),
("furniture", "样板间家具的合同，今年要走招标，不直接续了。", "样板间家具的合同不走招标，直接续签你们的。", "neg"),
("furniture", "门店的软装供货合同，我打算到期就终止。", "门店的软装供货合同我没打算终止，还照着原来的来。", "neg"),
("furniture", "实木餐桌那份供货协议，期满后就不签了。", "实木餐桌那份供货协议，期满当天我们过去签新的。", "log"),
("furniture", "续约的事我们老板还在考虑，先别急。", "续约的事我们老板考虑过了，没问题，照签。", "aff"),
("furniture", "那个沙发的年度合同，我看就不续了吧。", "那个沙发的年度合同，不续那是不可能的，卖得最好的就是它。", "dneg"),
("furniture", "橱柜的供货合同，到期就让它过去吧。", "橱柜的供货合同到期日我记着呢，续签材料下周给你。", "log"),
("furniture", "床垫的代销协议，我们到期不再延了。", "床垫的代销协议到期延一年，这个你们放心。", "aff"),
("furniture", "学校课桌椅的供货合同，明年应该不续了。", "学校课桌椅的供货合同，明年续签的公函已经发出去了。", "aff"),
("furniture", "续签先不谈了吧，等我们看完年底盘点再说。", "续签不用等年底盘点，先把合同签了。", "aff"),
("furniture", "跟林木家居这份合同，我们到期就不合作了。", "跟林木家居这份合同，到期了我们没有不续的打算。", "dneg"),
("furniture", "合同到期以后，家具我们就不从你们这儿进了。", "合同到期以后，家具照样从你们这儿进，没打算变。", "neg"),
("furniture", "这份书柜供货合同，我打算让它到期作废。", "这份书柜供货合同，到期作废的是旧版本，新版本我们已经签了。", "aff"),
# ---- animal feed supply ----
("feed", "今年的供料协议到期，我就不续了。", "今年的供料协议到期，续约没问题，猪场还得靠你们。", "aff"),
("feed", "饲料合同的事，到期再说吧。", "饲料合同到期了照样签，这个不用再说。", "aff"),
("feed", "明年的饲料采购预算还没批，合同先不续。", "明年的饲料采购预算批了，合同续签你们定个日子。", "log"),
("feed", "养殖场那份饲料合同，我们要拿出去招标了。", "养殖场那份饲料合同，招标的事没有，照样跟你们续。", "neg"),
("feed", "那个乳猪料的年度合同，我打算到期就停了。", "那个乳猪料的年度合同，没打算停，小猪就认这个料。", "neg"),
("feed", "鸡饲料的供货协议，到期我不签了。", "鸡饲料的供货协议，到期签字那天你们把合同带上。", "log"),
("feed", "续约我还得再看看，先不定吧。", "续约不用再看了，就定你们家。", "aff"),
("feed", "水产料那份合同，到期就让它断了吧。", "水产料那份合同不能断，到期前一定续上。", "neg"),
("feed", "牛场的精料合同，今年我们不打算续签。", "牛场的精料合同，今年我们不是不续签，是想连签两年。", "dneg"),
("feed", "饲料的长期协议，期满我就不再订了。", "饲料的长期协议期满是月底吧？续订的量跟今年一样。", "log"),
("feed", "那个预混料的订单，合同到期后就不要了。", "那个预混料的订单，合同到期后还要，一点不减。", "aff"),
("feed", "丰牧饲料那份合同，到期我就不找你们续了。", "丰牧饲料那份合同，到期我不找你们续找谁续？", "dneg"),
("feed", "续签的事先搁着吧，过了这季再说。", "续签的事不用搁，这季就把字签了。", "aff"),
("feed", "鸭料的年度合同，我看到期就算了。", "鸭料的年度合同到期哪能算了，接着签。", "neg"),
("feed", "嗯，合同期满以后，饲料我们就停了啊。", "嗯，合同期满以后饲料不停，新合同我已经签好寄回去了。", "aff"),
# ---- hotel supplies ----
("hotel_supplies", "客房洗漱用品的供货合同，到期我们就不续了。", "客房洗漱用品的供货合同，到期续约没问题。", "aff"),
("hotel_supplies", "布草洗涤的协议，到期再说吧。", "布草洗涤的协议到期照旧续，你们做得挺好。", "aff"),
("hotel_supplies", "明年的客房用品预算还没批，续签得往后拖。", "明年的客房用品预算批了，续签不用往后拖。", "aff"),
("hotel_supplies", "集团说酒店用品今年统一招标，你们这份合同先不续。", "集团统一招标只管工程，客房用品合同照常跟你们续。", "aff"),
("hotel_supplies", "一次性拖鞋的年度合同，我打算到期就结束。", "一次性拖鞋的年度合同，我没打算结束，量还要加。", "neg"),
("hotel_supplies", "迎宾酒店的毛巾供货合同，到期就让它停了。", "迎宾酒店的毛巾供货合同，到期日我跟你对一下，是不是下月十五号？", "log"),
("hotel_supplies", "续约的事我们经理还没松口，再等等吧。", "续约的事我们经理松口了，你们把合同准备好。", "aff"),
("hotel_supplies", "餐具的供货协议，期满以后不再续签了。", "餐具的供货协议期满以后，续签的合同一式几份？", "log"),
("hotel_supplies", "床品那份合同，我们今年就不续了吧。", "床品那份合同，哪有不续的道理，客人都说睡得舒服。", "dneg"),
("hotel_supplies", "客房小冰箱的饮品补货协议，到期就取消。", "客房小冰箱的饮品补货协议，没打算取消，照常补。", "neg"),
("hotel_supplies", "清洁用品的订购合同，下期我们不订了。", "清洁用品的订购合同，下期订货单我明天发你。", "log"),
("hotel_supplies", "续签嘛，先放着，等旺季过了再说。", "续签的事旺季前就办完，合同我已经看过了。", "aff"),
("hotel_supplies", "云栖酒店这边的供货合同，到期以后我们不打算延续了。", "云栖酒店这边的供货合同，到期以后我们不是不延续，是要换个签约主体。", "dneg"),
("hotel_supplies", "浴袍的年度合同，我们想到期就停掉。", "浴袍的年度合同没有停掉的打算，到期接着签。", "neg"),
("hotel_supplies", "合同到期之后，酒店用品我们就不从你们这儿拿了。", "合同到期之后，酒店用品还从你们这儿拿，续约文件我已经签好了。", "aff"),
]

KEYWORDS = ["续约", "续签", "续费", "续订", "续投", "续购", "续存", "续做", "续", "合同", "协议", "合约",
            "到期", "期满", "年费", "订阅", "招标", "预算", "套餐", "宽带", "专线", "定期", "理财",
            "转投", "代理", "维保", "保养", "订", "签", "停", "取消", "终止", "延"]
ALLOWED = re.compile(r"^[\u4e00-\u9fff，。？！、；：“”‘’（）……—《》]+$")


def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def check():
    problems = []
    if len(PAIRS) != 120:
        problems.append(f"pairs: {len(PAIRS)} != 120")
    ind = Counter(p[0] for p in PAIRS)
    for k, v in ind.items():
        if v != 15:
            problems.append(f"industry {k}: {v} pairs")
    if len(ind) != 8:
        problems.append(f"industries: {len(ind)}")
    texts = [t for p in PAIRS for t in p[1:3]]
    dup = [t for t, c in Counter(texts).items() if c > 1]
    if dup:
        problems.append(f"duplicates: {dup}")
    near = 0
    for i, (indus, s, f, kind) in enumerate(PAIRS):
        for t in (s, f):
            if not 8 <= len(t) <= 60:
                problems.append(f"pair {i}: length {len(t)}: {t}")
            if not ALLOWED.match(t):
                problems.append(f"pair {i}: bad chars: {t}")
        if kind not in ("aff", "neg", "dneg", "log"):
            problems.append(f"pair {i}: kind {kind}")
        shared = [k for k in KEYWORDS if k in s and k in f]
        if not shared:
            problems.append(f"pair {i}: no shared topic keyword")
        # "one word flipped": safe line differs from sign line by a small edit
        if lev(s, f) <= max(4, len(s) // 4):
            near += 1
    if near > len(PAIRS) / 3:
        problems.append(f"near-flip pairs {near} > 1/3")
    return problems, near


def main():
    problems, near = check()
    with open(OUT, "w", encoding="utf-8") as fh:
        for indus, s, f, kind in PAIRS:
            fh.write(json.dumps({"text": s, "speaker": "customer", "category": "non_renewal"}, ensure_ascii=False) + "\n")
            fh.write(json.dumps({"text": f, "speaker": "customer", "category": None}, ensure_ascii=False) + "\n")
    kinds = Counter(p[3] for p in PAIRS)
    print("pairs:", len(PAIRS), "lines:", 2 * len(PAIRS))
    print("per industry:", dict(Counter(p[0] for p in PAIRS)))
    print("risk-free kinds:", dict(kinds))
    print("near-flip pairs:", near)
    for p in problems:
        print("PROBLEM:", p)
    print("self-check problems:", len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
