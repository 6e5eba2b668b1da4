#!/usr/bin/env python3
"""Check bank L: renewal / contract pairs (non_renewal sign vs. risk-free line on the same topic).

Each entry: (industry, sign_text, risk_free_text, kind, flip)
  kind: A = affirmation, N = negation, D = double negative, L = logistics (dates, paperwork,
        renewal already signed or being prepared)
  flip: True when the risk-free line is essentially the sign line with one word flipped.
Writes bank-l.jsonl next to this script and checks it.
"""
import json, os, re, sys
from collections import Counter

PAIRS = [
    # software subscriptions
    ("software", "嗯，续约的事我们先往后放一放吧。", "续约没问题啊，星图协同我们用得挺顺手的。", "A", False),
    ("software", "那个订阅到期再说吧，现在不急着定。", "订阅是下个月十五号到期，续约合同您直接寄到我们行政部就行。", "L", False),
    ("software", "明年的续费预算，财务那边还没批下来。", "明年的续费预算已经批了，财务下周就走付款流程。", "L", False),
    ("software", "今年这个年费合同，我们打算拿出去招标了。", "年费合同不用走招标，我们还是直接跟你们续签。", "N", False),
    ("software", "知行表单的订阅到期以后我们就不续了。", "知行表单的订阅到期了我们也不会不续的，放心吧。", "D", True),
    ("software", "那个订阅我们准备让它到期自动作废。", "订阅到期会自动续费吧？那我把绑定的对公账户再核对一下。", "L", False),
    ("software", "月底我就把自动续费关掉，订阅到期就停了。", "自动续费我没关，订阅到期也没打算停。", "N", False),
    ("software", "续签合同先别发过来了，我们内部还在犹豫。", "续签合同你发过来吧，我这边盖完章就寄回去。", "L", False),
    ("software", "坦白讲，云帆办公的年费明年应该不会再续了。", "云帆办公的年费明年肯定接着续，大家都离不开了。", "A", False),
    ("software", "这一期合同到期以后，账号就不用给我们续了。", "合同到期前把账号续上就行，续约单我上周已经签好了。", "L", False),
    # industrial equipment maintenance contracts
    ("industrial_equipment", "空压机的维保合同，到期再说吧。", "空压机的维保合同到期肯定续，你们的工程师靠得住。", "A", False),
    ("industrial_equipment", "明年的维保预算还没批，续签得往后拖一拖。", "明年的维保预算批下来了，续签的合同我让采购这周发给你。", "L", False),
    ("industrial_equipment", "维保这块的合同，今年我们要重新招标了。", "维保这块的合同不搞招标，还是按老条款跟你们续。", "N", False),
    ("industrial_equipment", "那个维保合同到期我们就不续了，让它停了吧。", "维保合同到期我们可没说不续，照常续就是了。", "D", False),
    ("industrial_equipment", "这台冲床的保养合同，我们不打算再续签了。", "这台冲床的保养合同接着续签，明年照旧按季度来保养。", "A", False),
    ("industrial_equipment", "维保协议到了期，就让它自然失效吧。", "维保协议下个月到期，新协议的盖章页我已经让人送过去了。", "L", False),
    ("industrial_equipment", "恒通机电的年度维保合同，续约的事先缓一缓。", "恒通机电的年度维保合同续约流程走完了，就差法务签字。", "L", False),
    ("industrial_equipment", "维保续费的申请，领导那边一直没签字。", "维保续费的申请领导昨天签了，钱月底到账。", "L", False),
    ("industrial_equipment", "锅炉维保合同到期后，我们就不找你们续了。", "锅炉维保合同到期后，我们不可能不找你们续啊。", "D", True),
    ("industrial_equipment", "嗯，那个维保的续约，我看就算了吧。", "嗯，那个维保的续约就按去年的条款签吧，没问题。", "A", False),
    # telecom plans
    ("telecom", "这个宽带合约到期我就不续了。", "这个宽带合约到期我还续，用着挺稳的。", "A", True),
    ("telecom", "集团专线的续约，我们等到期再说吧。", "集团专线的续约单我们已经签好了，您派人来取一下。", "L", False),
    ("telecom", "那个合约套餐到期以后，我打算直接停掉。", "那个合约套餐到期以后我没打算停，您帮我接着续上。", "N", True),
    ("telecom", "公司的手机套餐合同，今年要拿出来招标。", "公司的手机套餐合同今年不用招标，直接续签就行。", "N", False),
    ("telecom", "明年的通信费预算还没批，续约的事先放着。", "明年的通信费预算批了，续约的材料我下午就提交。", "L", False),
    ("telecom", "融合套餐到期我就不续费了，让它停机吧。", "融合套餐到期是哪天啊？我提前把续费交了，别停机。", "L", False),
    ("telecom", "办公室这条专线，合同到期我们就撤了。", "办公室这条专线合同到期，我们不会不续的。", "D", False),
    ("telecom", "这个流量包订了一年，到期就别再给我续了。", "这个流量包订了一年，到期接着给我续，挺好用的。", "A", True),
    ("telecom", "套餐续约的事我还没想好，可能就不续了。", "套餐续约的事我早想好了，肯定续，您放心。", "A", True),
    ("telecom", "这个五年的合约到期，我们就打算销户了。", "这个五年的合约到期，我们没打算销户，接着用。", "N", True),
    # bank wealth products
    ("bank_wealth", "这款稳盈理财到期以后我就不续投了。", "这款稳盈理财到期以后我接着续投，收益挺稳的。", "A", True),
    ("bank_wealth", "理财到期再说吧，续不续我先不定。", "理财是下周三到期吧？到期那天直接帮我续成一年期的。", "L", False),
    ("bank_wealth", "那笔大额存单到期了我就全取出来，不续存了。", "那笔大额存单到期了我不取，还放在你们这儿续存。", "N", False),
    ("bank_wealth", "公司账户那个理财，续做的预算今年没批下来。", "公司账户那个理财，续做的额度今年批下来了，下周签协议。", "L", False),
    ("bank_wealth", "单位的存款业务今年要拿出来招标，续不续不好说。", "单位的存款业务今年不招标，还是跟你们续签协议。", "N", False),
    ("bank_wealth", "这个季度开放的产品，到期我就赎回，不续了。", "这个季度开放的产品到期，不续是不可能的，照旧滚动。", "D", False),
    ("bank_wealth", "金穗定投的协议到期，我就不打算续签了。", "金穗定投的协议到期我肯定续签，每月照常扣款。", "A", False),
    ("bank_wealth", "那个理财的续期，我看就先缓一缓吧。", "那个理财的续期手续我办完了，短信也收到了。", "L", False),
    ("bank_wealth", "到期的那几笔理财，我准备都不续了。", "到期的那几笔理财，您帮我算一下到账日期，我好安排续投。", "L", False),
    ("bank_wealth", "存款的续存，等到期了再说。", "存款的续存不用等到期再商量，我没打算转走。", "N", False),
    # food distribution agreements
    ("fmcg_distribution", "今年的经销协议，续签的事先放一放。", "今年的经销协议照旧续签，条款跟去年一样就行。", "A", False),
    ("fmcg_distribution", "嗯，乐禾食品的代理合同到期再说吧。", "嗯，乐禾食品的代理合同是年底到期，新合同我让会计先看一遍。", "L", False),
    ("fmcg_distribution", "这份经销合同到期我就不做了。", "这份经销合同到期我也没说不做啊，接着做。", "D", False),
    ("fmcg_distribution", "老板说明年的进货预算没批，续约先别提。", "老板说明年的进货预算批了，续约的合同你带过来签吧。", "L", False),
    ("fmcg_distribution", "区域代理到期我们就不续了，合同就这么结束吧。", "区域代理到期，我们哪能不续，合同肯定接着签。", "D", False),
    ("fmcg_distribution", "那个配送协议，我们准备拿出去招标了。", "那个配送协议我们不拿出去招标，还跟你们签。", "N", True),
    ("fmcg_distribution", "零食的经销权，到期我就让它失效了。", "零食的经销权到期我肯定续，这个牌子卖得好。", "A", False),
    ("fmcg_distribution", "续约的保证金我不打算交了，到期就停。", "续约的保证金我下午就交，收据开给财务小刘。", "L", False),
    ("fmcg_distribution", "调味品这份协议，明年我们不打算续签了。", "调味品这份协议明年续签，我们都商量好了。", "A", True),
    ("fmcg_distribution", "这个合同到期了就到期了吧，我也不想续了。", "这个合同到期，不续是不可能的，新合同公章都盖好了。", "D", False),
    # furniture supply contracts
    ("furniture", "办公家具的供货合同，到期我们就不续了。", "办公家具的供货合同月底到期，续签的版本我已经审完了。", "L", False),
    ("furniture", "酒店客房家具那个框架协议，续签先搁着吧。", "酒店客房家具那个框架协议续签没问题，下周就签。", "A", False),
    ("furniture", "明年的采购预算没批，家具合同续不了。", "明年的采购预算批了，家具合同续约就等你们报价单。", "L", False),
    ("furniture", "门店的家具供货，今年合同到期要重新招标。", "门店的家具供货今年不重新招标，合同直接延一年。", "N", False),
    ("furniture", "木森软床的代理合同，我们到期就不签了。", "木森软床的代理合同，我们到期没打算不签，照旧签。", "D", True),
    ("furniture", "那个定制柜的长期合同，到期就算了吧。", "那个定制柜的长期合同到期肯定续，客户反馈都好。", "A", False),
    ("furniture", "续约的事啊，等合同到期再说吧。", "续约的事啊，合同到期前一周我们碰个头把字签了。", "L", False),
    ("furniture", "沙发的供货协议，我们准备到期终止。", "沙发的供货协议我们不准备终止，到期照样续。", "N", True),
    ("furniture", "学校课桌椅的年度合同，今年不续签了。", "学校课桌椅的年度合同今年续签，盖章件在教务处。", "L", False),
    ("furniture", "那份家具合同我打算让它到期作废，不再续了。", "那份家具合同到期作废？不会的，没有不续的道理。", "D", False),
    # animal feed supply
    ("feed", "猪料的供货合同到期，我就不续了。", "猪料的供货合同到期继续签，你们的料猪吃得好。", "A", False),
    ("feed", "饲料的年度合同，续约到期再说吧。", "饲料的年度合同续约，到期前把新价表发我看看就签。", "L", False),
    ("feed", "场里的饲料预算还没批，续签要往后推。", "场里的饲料预算批了，续签合同放在我桌上了。", "L", False),
    ("feed", "明年的饲料采购，我们打算走招标了。", "明年的饲料采购不走招标，还是跟你们续合同。", "N", False),
    ("feed", "丰牧禽料那份协议，我不准备续签了。", "丰牧禽料那份协议我准备续签，条款照旧。", "A", True),
    ("feed", "合同到期了我们就停了，别再送料了。", "合同到期后接着送料，新合同下周一我去厂里签。", "L", False),
    ("feed", "浓缩料的供货，到期就让它断了吧。", "浓缩料的供货到期我可没打算断，接着供。", "N", False),
    ("feed", "那个鱼料的合同，续不续我看还是先拖着。", "那个鱼料的合同续，肯定续，塘里离不开。", "A", False),
    ("feed", "预混料的长期协议，到期我们就不签了。", "预混料的长期协议到期了，我们不会不签的。", "D", True),
    ("feed", "牛场的饲料合同，老板说到期就终止。", "牛场的饲料合同老板签好了，到期当天自动接上。", "L", False),
    # hotel supplies
    ("hotel_supplies", "客房用品的供货合同，到期我们就不续了。", "客房用品的供货合同到期照旧续，这个我们定了。", "A", False),
    ("hotel_supplies", "布草洗涤的年费合同，到期再说吧。", "布草洗涤的年费合同我已经续了，发票开到集团抬头。", "L", False),
    ("hotel_supplies", "一次性用品的续约预算，集团还没批。", "一次性用品的续约预算集团批了，合同下周盖章。", "L", False),
    ("hotel_supplies", "明年的酒店用品采购要重新招标了。", "明年的酒店用品采购不招标，就跟你们续。", "N", False),
    ("hotel_supplies", "雅舍洗护套装的订购协议，我们不打算续了。", "雅舍洗护套装的订购协议我们没打算停，接着续。", "N", False),
    ("hotel_supplies", "那个床品的供货合同，到期就让它过期吧。", "那个床品的供货合同到期肯定续签，客人都说舒服。", "A", False),
    ("hotel_supplies", "餐具的年度合同，续约的事先往后拖一拖。", "餐具的年度合同续约不用拖，下周三就能把合同签了。", "L", False),
    ("hotel_supplies", "嗯，拖鞋牙具的订单合同到期就取消吧。", "嗯，拖鞋牙具的订单合同到期，不续是不可能的，肯定续。", "D", False),
    ("hotel_supplies", "迷你吧的供货合同，我们到期不想续了。", "迷你吧的供货合同，我们到期还想续，合作挺愉快。", "A", True),
    ("hotel_supplies", "续费通知不用发了，年费合同到期我们就不交了。", "续费通知收到了，年费合同到期前我们把款交了。", "L", False),
]

ALLOWED = re.compile(r"^[\u4e00-\u9fff，。？！、；：“”‘’…（）—]+$")

def check(rows):
    problems = []
    if len(PAIRS) != 80:
        problems.append(f"expected 80 pairs, got {len(PAIRS)}")
    ind = Counter(p[0] for p in PAIRS)
    for k, v in ind.items():
        if v != 10:
            problems.append(f"industry {k}: {v} pairs")
    texts = [r["text"] for r in rows]
    for t, c in Counter(texts).items():
        if c > 1:
            problems.append(f"duplicate: {t}")
    for t in texts:
        if not 8 <= len(t) <= 60:
            problems.append(f"length {len(t)}: {t}")
        if not ALLOWED.match(t):
            problems.append(f"bad chars: {t}")
    flips = sum(p[4] for p in PAIRS)
    if flips > len(PAIRS) // 3:
        problems.append(f"too many one-word flips: {flips}")
    return problems

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for _, sign, free, _, _ in PAIRS:
        rows.append({"text": sign, "speaker": "customer", "category": "non_renewal"})
        rows.append({"text": free, "speaker": "customer", "category": None})
    problems = check(rows)
    with open(os.path.join(here, "bank-l.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("pairs per industry:", dict(Counter(p[0] for p in PAIRS)))
    print("risk-free kinds:", dict(Counter(p[3] for p in PAIRS)))
    print("one-word flips:", sum(p[4] for p in PAIRS))
    print(f"{len(rows)} lines, {len(problems)} problems")
    for p in problems:
        print("  -", p)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
