#!/usr/bin/env python3
"""bank-q: 120 pairs of Mandarin customer utterances about competitors / switching suppliers.

Each pair = one churn-sign line (category "competitor") followed by a risk-free partner
(category null) on the same topic.  Written from scratch by the data-author helper session.

Running this script writes bank-q.jsonl beside itself, reads it back and self-checks it.
Exit code 0 = no problems, 1 = at least one problem (listed on stderr).

Pair fields kept only here (the jsonl holds text/speaker/category only):
  industry  one of the eight industries of the labeling guide
  kind      what the risk-free partner is:
            loyal    loyalty / staying, in everyday words
            neg      negation (没打算换, 不换, 没在看...)
            dneg     double negative (不是没人来找, 不会不用, 没有哪批不是...)
            refused  a competitor approached / called / invited and was turned down
            neutral  neutral logistics that merely mention another supplier
            compare  compared suppliers (in the past) and stayed
  runon     True when the mention sits in the middle of other business talk
"""
import difflib
import json
import os
import re
import sys
from collections import Counter

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
KINDS = ["loyal", "neg", "dneg", "refused", "neutral", "compare"]
MIN_KIND = {"loyal": 30, "neg": 25, "dneg": 15, "refused": 20, "neutral": 15}

PAIRS = []


def P(industry, kind, comp, null, runon=False):
    PAIRS.append({"industry": industry, "kind": kind, "runon": runon,
                  "competitor": comp, "null": null})


# ---------------------------------------------------------------- b2b_saas
I = "b2b_saas"
P(I, "loyal", "我们这两周在跟另一家做客户管理的谈，人家派人来演示过两回了。",
  "用了三年了，大家都用顺手了，就接着用你们的吧。")
P(I, "neg", "老板让我把蓝舟那家的系统也装上，试一个月，看哪个好用。",
  "换系统这事我们内部压根没提过，你别多想。")
P(I, "refused", "说实话，已经有两个部门偷偷在用别家的审批工具了。",
  "上礼拜有家做考勤软件的打了好几个电话，我都回绝了。")
P(I, "dneg", "我们技术总监一直想换一套开源的，这个月在搭测试环境。",
  "我们财务没一个不说你们这个报表好用的，换啥呀。")
P(I, "neutral", "青禾软件的销售给我们出了个方案，下周要上会讨论。",
  "我们的发票系统是另外一家做的，对接的时候找他们要个接口文档就行。")
P(I, "compare", "下季度我们想拿一部分预算去试试别家的智能客服。",
  "去年把市面上几家都看了一遍，最后还是觉得你们的最稳。")
P(I, "loyal", "导出的问题解决了，谢谢啊，对了，销售部最近在试云雀的系统，培训你们先排着。",
  "培训就定周四下午吧，我们这套用得挺好，接着用，会议室我来订。", runon=True)
P(I, "neg", "有家公司说免费给我们试用半年，老板有点心动。",
  "我们没在看别的软件，就是问问你们新功能啥时候上线。")
P(I, "loyal", "我们跟另外两家都在谈，谁家的方案合适就用谁的。",
  "我们这边人少，换来换去折腾不起，就认准你们了。")
P(I, "refused", "人家的实施顾问已经在我们公司驻场了，先试一个分公司。",
  "那个做同类产品的上门来演示，我们说不需要，人就走了。")
P(I, "dneg", "我不瞒你，我们在考虑把数据迁到别家的云上去。",
  "别家的再好，我也不会不用你们的，数据都在你们这儿呢。")
P(I, "neg", "隔壁公司推荐了一套系统，我们试了两周，感觉还行。",
  "我压根没想过换，你们这套我闭着眼都会用。")
P(I, "refused", "老板说年后换一家。",
  "有个销售天天给我发消息推他们的系统，我直接拉黑了。")
P(I, "neutral", "盖章件我下午寄，另外跟你说一声，星屿那家说能帮我们迁数据，我们在认真考虑，下周培训照常。",
  "盖章件下午寄出去，我们邮箱用的是另一家的，绑定的时候要注意啥，你回头发我。", runon=True)
P(I, "loyal", "集团下面几个子公司已经换成别家的了，我们这边也在排。",
  "我们就用你们的，好使。")

# ---------------------------------------------------------------- industrial_equipment
I = "industrial_equipment"
P(I, "compare", "你们的变频器我们在跟另一个牌子的做对比测试，下个月出结果。",
  "三家的样机都测过了，还是你们的跑得最稳，就定你们的。")
P(I, "refused", "锐川的人来了好几趟，说他们的空压机省电，我们准备换两台试试。",
  "锐川那边也来过，我跟他们说我们设备都是成套的，不动。")
P(I, "loyal", "新厂房打算上别家的设备了。",
  "新厂房那条线还是上你们的，老师傅都熟你们的机器。")
P(I, "neg", "采购部让三家都报了方案，下周比一比就定。",
  "这次采购没让别家报，就是跟你们谈谈细节。")
P(I, "refused", "调试报告看了没问题，另外有家机床厂请我们去参观，我们下周二过去，发票你记得开。",
  "调试报告我签了，有家机床厂约我去参观，我说没空不去，你们发票抓紧开。", runon=True)
P(I, "dneg", "我们在试用一台别家的激光切割机，效果还可以。",
  "不是没人给我们推别的切割机，可我们一台都没试过。")
P(I, "loyal", "说句实话，我们领导想把维保转给另一家做。",
  "维保还找你们，你们的师傅对我们这几台机器门儿清。")
P(I, "neg", "有家做电机的厂子找我们，说给做定制，我们挺感兴趣的。",
  "我们没打算找别的电机厂，电机订单还是走你们这边。")
P(I, "neutral", "隔壁厂换了进口设备，我们老板也动了心思。",
  "隔壁厂用的是别家的设备，我们两家的备件还常互相借。")
P(I, "loyal", "那批轴承下周三到吧，还有，别家说三个月就能把我们的线全换掉，我们在合计，交期你帮我问问。",
  "轴承下周三到就行，我们厂这些年用的都是你们的，工人都习惯了，交期你帮我问下。", runon=True)
P(I, "dneg", "我们已经让另一家的工程师来现场看过了，在出改造方案。",
  "别家改造方案再好，我们也没有不先找你们商量的道理。")
P(I, "refused", "海岭机械说可以派人长期驻厂，我们正在比较。",
  "海岭机械想派人来驻厂，我们没同意，用不着。")
P(I, "neg", "这批泵阀我们分了一半给别的厂家做，先看看。",
  "泵阀这块我们一直只找你们，没想过分给别人。")
P(I, "neg", "有个外地厂家来推他们的焊机，说先送一台给我们用着。",
  "焊机我们没打算换，外地那些牌子我们也不了解。")
P(I, "neutral", "下一批设备招标，我们已经邀请另外三家来投了。",
  "冷却塔是另一家装的，你们师傅来调机的时候别碰那边的管子。")

# ---------------------------------------------------------------- telecom
I = "telecom"
P(I, "refused", "另一家运营商来我们小区摆摊，说转过去送宽带，我真有点想转。",
  "小区里有别的运营商摆摊拉人办卡，我没理他们。")
P(I, "neg", "我已经去营业厅问过转网要带啥材料了。",
  "转网？没想过，号用十几年了。")
P(I, "loyal", "我们公司那几十条线，领导说要比比别家的方案。",
  "公司那几十条线一直是你们的，领导也说挺好，就这么用着。")
P(I, "loyal", "我家里人都换到别的运营商了，就剩我这个号了。",
  "我们一家老小都是你们的号，交费办事都在一块，挺方便的。")
P(I, "dneg", "人家说我过去的话，宽带免费给装，我在考虑。",
  "别家说免费装宽带，我也不是没听说，可我懒得换。")
P(I, "compare", "我同事用的那家，他老说好，我想换过去试试。",
  "我跟同事的手机比过，两家差不多，还是用你们的。")
P(I, "refused", "账单收到了，对了，别家运营商约了周五上门看专线，我答应了，积分咋兑换？",
  "账单我看了，没毛病，前两天有别家打电话推专线，我给挂了，积分能换流量吗？", runon=True)
P(I, "neg", "我想先办张别家的副卡试试。",
  "副卡我就在你们这儿办，别家的卡我不办。")
P(I, "neg", "你们这个号我准备不用了，转到别家去，手续麻烦不？",
  "我这个号不转，就想问问能不能再加一张副卡。")
P(I, "loyal", "别家营业厅的人天天给我打电话，让我过去办，我都有点动心了。",
  "我就认你们楼下这个营业厅，离得近，办事的人也熟。")
P(I, "neutral", "发票抬头写全称，还有我们公司在走流程，准备把宽带换成别家的，你们知道一下。",
  "发票抬头写全称，公司宽带是另一家的，不归你们管，我就问问这几张卡的流量。", runon=True)
P(I, "dneg", "另一家的业务员说能帮我保留号码转过去，我在想要不要转。",
  "不是别家没来找，是我根本不打算动这个号。")
P(I, "loyal", "在用别家的卡，比比看。",
  "用惯你们的了，别的不琢磨。")
P(I, "neutral", "跟你说实话，我们老板已经签了别家的意向书了。",
  "我们老板用的是另一家的号，有通知发我这个号就行。")
P(I, "dneg", "我看别家的套餐挺实在的，回头去问问。",
  "我没说不用你们的，问别家套餐的是我亲戚，不是我。")

# ---------------------------------------------------------------- bank_wealth
I = "bank_wealth"
P(I, "refused", "别的银行的客户经理约我下周去喝茶，说有款产品不错。",
  "别的银行的客户经理约过我，我说最近忙，推了。")
P(I, "loyal", "我已经把一部分钱转到另一家银行买理财了。",
  "钱我都放你们这儿，图个踏实。")
P(I, "neg", "我儿子让我把钱挪到他们单位合作的那家银行去。",
  "我没打算把钱挪走，我儿子就是随口一说。")
P(I, "compare", "我在比两家的大额存单，哪家合适就放哪家。",
  "存单我问了好几家，转了一圈，最后还是回你们这儿办的。")
P(I, "refused", "隔壁那家银行的理财经理天天给我打电话，我都想去看看了。",
  "另一家银行的人打电话给我推基金，我说我有固定的银行了。")
P(I, "loyal", "定期下个月到，你提醒我一声，到了我打算转去券商那边，朋友帮我开好户了，卡密码也要改。",
  "定期到了你提醒我，还接着在你们这儿存，对了，卡密码我想改一下。", runon=True)
P(I, "dneg", "另一家银行说给我办白金卡，条件比你们这儿宽，我在考虑。",
  "别家说给我办白金卡，我不是不知道，可我在你们这儿待惯了。")
P(I, "neg", "我打算把工资卡换到另一家去，他们网点离我家近。",
  "工资卡我不换，别家网点再近我也不去。")
P(I, "loyal", "有家私人银行的人上门了，说帮我做资产配置，我觉得人家挺专业。",
  "配置还让你们做，信得过。")
P(I, "neutral", "下午我去网点补张卡，另外说一下，我们公司的结算户准备开到另一家银行去，领导定的。",
  "下午去网点补张卡，公司还有个户在另一家银行，是发工资用的，你们这个户照常走结算。", runon=True)
P(I, "dneg", "有个网上平台的理财我在试，买了一点先看看。",
  "网上那些理财我一个没碰，没有你们推荐我是不会乱买的。")
P(I, "neutral", "我那张卡里的钱下个月要转走，别家的人都帮我安排好了。",
  "下个月要从卡里转一笔钱到另一家银行，是给我女儿交学费的。")
P(I, "loyal", "这个产品到期我就赎了，钱打算放到别家去。",
  "这个产品到期了接着买你们的，我也懒得跑别的银行。")
P(I, "refused", "我老伴在另一家银行开了户，一直让我也过去。",
  "我老伴让我去别家开户，我没去，年纪大了不想折腾。")
P(I, "neg", "有家银行说钱转过去送一桶油，楼下好几个都转了，我也想转。",
  "送啥我也不挪，钱就放这儿。")

# ---------------------------------------------------------------- fmcg_distribution
I = "fmcg_distribution"
P(I, "refused", "另一个饮料牌子来找我，想让我做他们的区域代理，我在谈。",
  "有个做饮料的也找过我做代理，我一口回绝了，顾不过来。")
P(I, "neutral", "我仓库已经进了一批别家的零食，先放店里试卖。",
  "仓库里那批别家的零食是客户寄存的，不占你们的位置。")
P(I, "loyal", "这季我准备少进你们的，多进点橙湾那家的货。",
  "这季还是主推你们的，货架最好的位置给你们留着。")
P(I, "dneg", "好几个厂家的业务员在我这儿排队，说给我更多支持。",
  "别家的业务员不是没来过，可我下面的店没有一家不摆你们的货。")
P(I, "neutral", "上周的货到了，数量对，对了，我在跟另一个饮料厂家谈代理，下周的订单晚两天报。",
  "上周的货点清了，乳品那块是另一家在供，跟你们不冲突，下周订单周三报给你。", runon=True)
P(I, "neg", "老板发话了，明年换个厂家做。",
  "老板没说要换，明年还跟你们干。")
P(I, "refused", "有个新牌子说给我们独家，铺货全包，我们挺想接的。",
  "新牌子说给我们独家，我们没接，你们的货都卖不过来。")
P(I, "loyal", "我下面两个县已经在铺别家的货了。",
  "我下面这几个县的网点全铺的是你们的货，老板们都认。")
P(I, "refused", "别家的区域经理请我吃了两回饭了，想让我转过去做他们的。",
  "别家的区域经理想请我吃饭，我没去，咱这么多年交情摆在这儿。")
P(I, "compare", "我在比你们和另一家的支持政策，哪家给力跟哪家。",
  "几家的支持政策我都摸了一遍，还是跟你们干踏实。")
P(I, "neutral", "冰柜我打算换成另一个牌子的了，人家白给放。",
  "门口那个冰柜是另一个牌子放的，你们的货也能摆进去，人家同意了。")
P(I, "dneg", "我这边好几个二批商都在问别的牌子，我也想跟着转。",
  "二批商问别的牌子不稀奇，我是不会不进你们货的。")
P(I, "loyal", "那几箱促销装周五前到吧，说白了，谁给的支持多我就跟谁，不一定是你们了。",
  "促销装周五前到就行，我这店就是靠你们的货起来的，一直跟着你们干，海报多给几张。", runon=True)
P(I, "neg", "我们已经跟另一个厂家签了三个月的试销协议。",
  "试销协议我们只跟你们签，别的厂家来了我们也不签。")
P(I, "neg", "我在考虑做别家的总代，你们这个牌子可能就顾不上了。",
  "我没考虑做别家的总代，就守着你们这一个牌子做深做透。")

# ---------------------------------------------------------------- furniture
I = "furniture"
P(I, "loyal", "我们店在跟另一家工厂谈，想把沙发换成他们的。",
  "沙发还拿你们的，顾客认。")
P(I, "refused", "有家做板式家具的厂子给我寄了样品，摆在店里看顾客啥反应。",
  "有个厂子要给我寄样品，我说不用寄了，店里摆不下别家的。")
P(I, "neg", "下季的床垫，我们准备分一半给别家做。",
  "床垫这块就你们一家，我们从来没找过第二家。")
P(I, "compare", "我去家具展转了一圈，跟三个厂家都留了电话，回来在谈。",
  "家具展我也去转了，看了一圈，还是你们家的做工细，回来就下单。")
P(I, "neutral", "客房家具的图纸我转给你了，还有，另一家已经出了一版方案，我们在比，样板间你们先做着。",
  "客房家具的图纸我转给你了，窗帘是另一家做的，你们量尺寸时跟他们师傅碰一下。", runon=True)
P(I, "dneg", "说实话我们在考虑换个供货的，人家能做定制。",
  "能做定制的厂家不是没有，但我们没想过不跟你们做。")
P(I, "refused", "样品床明天几点来装？另外有家实木厂约我们周六去看厂，想让我们代理，对账单月底前给我。",
  "明天上午装样品床，我在店里等，有个实木厂约我看厂，我没应，对账单月底前发我。", runon=True)
P(I, "loyal", "隔壁那个品牌的老板拉我做他们的加盟，我有点想换招牌了。",
  "我这块招牌挂了七年了，顾客都认，换啥招牌。")
P(I, "neutral", "我已经让另一家出了套方案，今天下午他们来量店。",
  "今天下午做灯箱的那家来量店，你们的展架先别挪位置。")
P(I, "neg", "我们老板在看另一家的餐椅，说款式新。",
  "餐椅我们老板看都没看别家的，直接说就订你们的。")
P(I, "refused", "有个做全屋定制的品牌想跟我合作，让我在店里给他们留块地方。",
  "做全屋定制的找我合作，我跟他说我已经做你们的了，做好一家就行。")
P(I, "dneg", "我们在试一个新厂家的衣柜，先卖两套看看。",
  "新厂家的衣柜我不是没见过，可没有一个比得上你们的。")
P(I, "neg", "工装项目那边，甲方推荐了一个厂家，我们在对接。",
  "甲方推荐的厂家我们没对接，工装还是按原计划用你们的。")
P(I, "loyal", "别的工厂的业务员说给我们店包装修，条件是换他们的货。",
  "店里装修我们自己弄，货还是你们的，这个不变。")
P(I, "loyal", "我准备明年把主打的产品线换成另一家的。",
  "明年主打的还是你们这个系列，我们都规划好了。")

# ---------------------------------------------------------------- feed
I = "feed"
P(I, "loyal", "我这一栏猪在试别家的料，喂一个月看看长得咋样。",
  "我这几栏猪一直吃你们的料，长得好，接着用。")
P(I, "refused", "另一个饲料厂的技术员天天来我场里转，说送我几吨试试。",
  "别的饲料厂的技术员来我场里，我跟他说不用了，我有固定的。")
P(I, "dneg", "我们村好几户都换了另一家的料，我也想跟着换。",
  "村里不是没人换别家的料，可我没动过，你们的料我信。")
P(I, "compare", "我在比两家的预混料，看哪家的效果好就用哪家。",
  "两家的预混料我都喂过，最后还是觉得你们的稳当，以后就用你们的。")
P(I, "refused", "疫苗下周打，兽医说的，另外有家新饲料厂让我先拉两吨试试，我答应了，你们的料周四送。",
  "兽医说疫苗下周打，新开那个饲料厂来拉生意，被我打发走了，料还是周四送来吧。", runon=True)
P(I, "neutral", "跟你说实话，鱼塘那边我已经换了别家的料了。",
  "鱼塘那边用的一直是另一家的鱼料，你们管猪料，两不耽误。")
P(I, "neg", "我小舅子做饲料代理，非让我用他们家的，我在考虑。",
  "我小舅子也做饲料，可我没打算用他的，亲戚归亲戚。")
P(I, "refused", "有个厂家说只要我换他们的料，就派技术员常驻我这儿。",
  "有厂家说派技术员常驻让我换料，我没应下，你们的技术员就挺好。")
P(I, "loyal", "我打算下批鸡苗就用别家的料了。",
  "下批鸡苗还用你们的料。")
P(I, "neutral", "这个月的账我下午过去结，合作社开会定了，明年统一采购另一家的饲料，你们心里有个准备。",
  "这个月的账下午过去结，合作社的兽药是另一家供的，饲料还是你们的，单子我报上去了。", runon=True)
P(I, "dneg", "另一家的业务员把料拉到我门口了，说先喂着看。",
  "别家硬要把料卸我门口，我没让，我这场子就没用过不是你们家的料。")
P(I, "loyal", "我表哥的猪场用了别家的料，说出栏快，我准备也换。",
  "我表哥那边用啥我不管，我这场子就认你们的料。")
P(I, "neg", "我这两天在跟一个饲料厂谈，他们给我做定制配方。",
  "定制配方我不找别人，还是让你们的技术员来配。")
P(I, "neg", "别家的两吨料我已经订了。",
  "下个月的料我只订你们的，别家的一斤也不订。")
P(I, "loyal", "场长说另一家的料转化率高，让我拉点回来对比着喂。",
  "场长说了，就用你们的料。")

# ---------------------------------------------------------------- hotel_supplies
I = "hotel_supplies"
P(I, "loyal", "我们在试另一家的一次性用品，先放两层楼用着。",
  "客房用品一直是你们的，客人没说过不好，我们接着用。")
P(I, "compare", "集团采购那边让我们比三家的布草，下个月定。",
  "布草我们比过好几回了，最后都落在你们家，省心。")
P(I, "refused", "有家做洗涤的来找我们，说能连布草带洗涤一起包了。",
  "做洗涤的那家想连布草一起包，我没同意，布草还是你们的。")
P(I, "loyal", "新开的那家分店，用品我们打算交给别家了。",
  "新分店也用你们的，顺手。")
P(I, "neutral", "对账单核完了没问题，另外经理看中一家做香氛的，想把大堂的换成他们的，下周货照常送。",
  "对账单核完了，大堂香氛本来就是另一家在做，跟你们没关系，下周货照常送。", runon=True)
P(I, "neg", "别的供应商给我们送了一批样品，客人反馈还行，在考虑。",
  "样品我们没收，用品不换。")
P(I, "dneg", "我们老板的朋友开了个用品厂，老板想照顾一下他的生意。",
  "老板朋友也做用品，老板说朋友归朋友，不是不给面子，供货还是你们来。")
P(I, "refused", "有家做拖鞋牙刷的报了个方案，我们采购挺满意的。",
  "有家做拖鞋牙刷的上门推销，我们采购没见。")
P(I, "loyal", "那批浴袍周三能到吧，跟你说一声，下半年的布草我们准备换供应商了，浴袍尾款月底结。",
  "浴袍周三到就行，下半年布草还是你们供，量跟上半年差不多，尾款月底结清。", runon=True)
P(I, "neutral", "我们已经让另外两家送了样，这周测洗涤次数。",
  "洗衣房的设备是另一家的，你们的布草送过来直接进洗衣房就行。")
P(I, "dneg", "另一家说能给我们印酒店的标志，我们正在谈细节。",
  "印标志这活儿谁家都说能干，我们没有哪批不是找你们印的。")
P(I, "loyal", "我们连锁那几家店都在用别家的了，就剩我们这家还用你们的。",
  "我们连锁这几家店用的都是你们的，统一着好管。")
P(I, "neg", "集团说明年的用品要公开招标，我们这边倾向换一家。",
  "集团开会没提换供应商的事，明年用品照旧。")
P(I, "neg", "有个做床品的厂家请我们经理去参观了，回来说不错。",
  "我们经理没去看别的床品厂，床品就用你们的。")
P(I, "dneg", "我们在谈另一家的洗护用品，想给客房换个档次。",
  "客房洗护不是没人来推，我们一个也没换，就你们的。")


# ================================================================ checks
ALLOWED = re.compile(r"^[\u4e00-\u9fff，。？！、]+$")
MIN_LEN, MAX_LEN = 8, 48
MAX_NEAR_MINIMAL = 40
# words that would put a line into another churn category (price, service, contact change,
# non-renewal ...); none may appear in a risk-free line, and the price ones not in a
# competitor line either (competitor lines are meant to carry one category only)
OTHER_CATEGORY_WORDS = ["贵", "涨价", "便宜", "单价", "价格", "价钱", "报价", "投诉", "没人管",
                        "报修", "离职", "调走", "换人", "不续", "退单", "到期再说", "开裂",
                        "亏了", "窜货", "关店", "少订"]
PRICE_WORDS = ["贵", "涨价", "便宜", "单价", "价格", "价钱", "报价"]
# example strings quoted in the labeling guide: the bank must not reuse them
GUIDE_EXAMPLES = ["我们这两周已经在试用海川的系统了", "我已经在问携号转网了",
                  "别的饮料厂家也在找我做代理", "我们没打算换系统", "我没答应",
                  "我们全家都用你们的，没打算换", "能不换的先不换", "到期再说吧"]


def near_minimal(comp, null):
    """A pair is near-minimal when the two lines are mostly the same string and the
    risk-free one only adds a negator (不/没/别) to it."""
    sm = difflib.SequenceMatcher(None, comp, null, autojunk=False)
    added = "".join(null[j1:j2] for op, i1, i2, j1, j2 in sm.get_opcodes() if op in ("insert", "replace"))
    strict = comp.replace("不", "").replace("没", "") == null.replace("不", "").replace("没", "")
    return strict or (sm.ratio() >= 0.6 and any(ch in added for ch in "不没别"))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "bank-q.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for p in PAIRS:
            f.write(json.dumps({"text": p["competitor"], "speaker": "customer", "category": "competitor"},
                               ensure_ascii=False) + "\n")
            f.write(json.dumps({"text": p["null"], "speaker": "customer", "category": None},
                               ensure_ascii=False) + "\n")

    problems = []
    with open(out, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    rows = []
    for n, line in enumerate(lines, 1):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            problems.append(f"line {n}: not JSON ({e})")
    if "\\u" in raw:
        problems.append("file contains \\u escapes (ensure_ascii not false?)")

    if len(rows) != 240:
        problems.append(f"{len(rows)} lines, expected 240")
    if len(PAIRS) != 120:
        problems.append(f"{len(PAIRS)} pairs, expected 120")

    for n, r in enumerate(rows, 1):
        want = "competitor" if n % 2 == 1 else None
        if set(r) != {"text", "speaker", "category"}:
            problems.append(f"line {n}: keys {sorted(r)}")
        if r.get("speaker") != "customer":
            problems.append(f"line {n}: speaker {r.get('speaker')!r}")
        if r.get("category") != want:
            problems.append(f"line {n}: category {r.get('category')!r}, expected {want!r}")
        t = r.get("text", "")
        if not (MIN_LEN <= len(t) <= MAX_LEN):
            problems.append(f"line {n}: length {len(t)} outside {MIN_LEN}-{MAX_LEN}: {t}")
        if not ALLOWED.match(t):
            bad = sorted({ch for ch in t if not re.match(r"[\u4e00-\u9fff，。？！、]", ch)})
            problems.append(f"line {n}: characters not allowed {bad}: {t}")
        for g in GUIDE_EXAMPLES:
            if g in t:
                problems.append(f"line {n}: reuses guide example {g!r}")
        words = OTHER_CATEGORY_WORDS if want is None else PRICE_WORDS
        for w in words:
            if w in t:
                problems.append(f"line {n}: contains {w!r} (other churn category): {t}")

    texts = [r.get("text") for r in rows]
    for t, c in Counter(texts).items():
        if c > 1:
            problems.append(f"duplicate text x{c}: {t}")

    ind = Counter(p["industry"] for p in PAIRS)
    for i in INDUSTRIES:
        if ind[i] != 15:
            problems.append(f"industry {i}: {ind[i]} pairs, expected 15")
    for i in ind:
        if i not in INDUSTRIES:
            problems.append(f"unknown industry {i}")
    # pairs are grouped by industry in file order (lines 1-30 = first industry, ...)
    for k, p in enumerate(PAIRS):
        if p["industry"] != INDUSTRIES[k // 15]:
            problems.append(f"pair {k + 1}: industry {p['industry']} out of order")

    kinds = Counter(p["kind"] for p in PAIRS)
    for k in kinds:
        if k not in KINDS:
            problems.append(f"unknown kind {k}")
    for k, m in MIN_KIND.items():
        if kinds[k] < m:
            problems.append(f"kind {k}: {kinds[k]} < {m}")

    runon = sum(p["runon"] for p in PAIRS)
    if not 12 <= runon <= 18:
        problems.append(f"{runon} run-on pairs, expected about 15")

    nm = [k + 1 for k, p in enumerate(PAIRS) if near_minimal(p["competitor"], p["null"])]
    if len(nm) > MAX_NEAR_MINIMAL:
        problems.append(f"{len(nm)} near-minimal pairs > {MAX_NEAR_MINIMAL}")

    lens = [len(t) for t in texts]
    print(f"wrote {out}")
    print(f"lines {len(rows)}, pairs {len(PAIRS)}")
    print("industries:", dict(ind))
    print("risk-free kinds:", {k: kinds[k] for k in KINDS})
    print(f"run-on pairs: {runon}")
    print(f"near-minimal pairs: {len(nm)} {nm}")
    print(f"length min {min(lens)}, max {max(lens)}, mean {sum(lens) / len(lens):.1f}; "
          f"competitor mean {sum(lens[0::2]) / 120:.1f}, null mean {sum(lens[1::2]) / 120:.1f}")
    buckets = Counter("8-15" if l <= 15 else "16-25" if l <= 25 else "26-35" if l <= 35 else "36-48"
                      for l in lens)
    print("length buckets:", dict(sorted(buckets.items())))
    if problems:
        print(f"{len(problems)} problems:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("0 problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
