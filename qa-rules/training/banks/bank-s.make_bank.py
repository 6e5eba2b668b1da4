#!/usr/bin/env python3
"""bank-s: 120 pairs of Mandarin customer utterances (price / quality churn sign + risk-free partner).

Each pair: (industry, category, sign_text, null_text, null_kind, runon)
  category  : "price" or "quality" (category of the sign line; the partner is always null)
  null_kind : accept (acceptance / praise), neg (negation), dneg (double negative),
              logi (neutral logistics), fixed (past problem fixed well)
  runon     : True when the sign mention sits in the middle of other business talk

Writes bank-s.jsonl beside this file, reads it back and self-checks; exits 1 on any problem.
"""
import json
import os
import re
import sys
from collections import Counter
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "bank-s.jsonl")

P, Q = "price", "quality"
A, N, D, L, F = "accept", "neg", "dneg", "logi", "fixed"

PAIRS = [
    # ---------------- b2b_saas (8 price, 7 quality) ----------------
    ("b2b_saas", P, "你们这个系统一年八万多，说实话对我们这种小公司来说太贵了。",
     "年费这个数我跟老板报过了，他说能接受，就按这个来。", A, False),
    ("b2b_saas", P, "今年每个账号又涨了三十块，财务那边一看就不乐意了。",
     "价钱倒不是问题，主要是想问问培训怎么安排。", N, False),
    ("b2b_saas", P, "下周一新门店上线，顺便说下，新一年报价比去年高了快一半，我真扛不住，门店账号你们先帮我开好。",
     "麻烦把新版的报价单发我邮箱，我下午要拿去走采购流程。", L, True),
    ("b2b_saas", P, "外面同样功能的报价比你们便宜一大截，这差价我们得好好掂量。",
     "这个价格吧，我也不是说不认，就是想确认下包不包含实施费。", D, False),
    ("b2b_saas", P, "按用户数收费太坑了，人一多账单就翻倍。",
     "贵是贵了点，但省下来的人工比这个多，值。", A, False),
    ("b2b_saas", P, "增值模块还要单独收钱，一个报表功能就要两万，太离谱了。",
     "上次多扣的那笔钱你们财务已经退回来了，处理得挺利索。", F, False),
    ("b2b_saas", P, "预算就这么多，你们这价格我们实在是负担不起了。",
     "费用方面我们没什么意见，合同按去年的条款走就行。", N, False),
    ("b2b_saas", P, "说好的优惠今年突然取消了，等于变相涨价，我们很难接受。",
     "发票抬头改成我们新的公司全称，税号我等下微信发你。", L, False),
    ("b2b_saas", Q, "系统老是卡，一到月底结账就转圈，根本用不了。",
     "这系统现在用得挺顺手的，财务那几个小姑娘都说好用，月底结账也快多了。", A, False),
    ("b2b_saas", Q, "月底要做审计，你们导出来的数据老对不上，审计的人来之前先把账号权限给我理一下吧？",
     "你们这个数据导出，我还真没遇到过不准的时候。", D, True),
    ("b2b_saas", Q, "昨天又宕机了两个小时，前台的单子全录不进去。",
     "上个月那次登录不上的问题，你们当天就修好了，后来一直挺稳。", F, False),
    ("b2b_saas", Q, "手机端的那个审批一点就闪退，领导都骂了好几回了。",
     "手机端没出过什么毛病，审批点了就走。", N, False),
    ("b2b_saas", Q, "新版本上线之后好多功能都找不到了，还一堆小问题。",
     "新版本的操作手册有没有？发我一份，我给同事培训用。", L, False),
    ("b2b_saas", Q, "报表跑一次要等十几分钟，这效率太差了。",
     "报表速度比原来快多了，几秒钟就出来，大家都挺满意。", A, False),
    ("b2b_saas", Q, "数据同步经常丢单，客户下的单我们这边看不到。",
     "同步这块做得真不错，门店一下单后台马上就能看到。", A, False),

    # ---------------- industrial_equipment (8 price, 7 quality) ----------------
    ("industrial_equipment", P, "你们这台空压机报价比去年贵了两万多，我们老板看了直摇头。",
     "这个价我们认，设备好用比什么都强。", A, False),
    ("industrial_equipment", P, "配件价格涨得太厉害了，一个轴承都要八百。",
     "配件价格还算公道，我们没觉得贵。", N, False),
    ("industrial_equipment", P, "说到底我们最在意价钱，你们这单价放市面上是真的偏贵。",
     "你们这价格，也不能说不合理，一分钱一分货嘛。", D, False),
    ("industrial_equipment", P, "下礼拜三那批变频器先发一半过来，另外维保费一年三万也太高了，你跟领导说说，安装队我来协调。",
     "变频器的技术参数表和报价单一起发我，我这边好走审批。", L, True),
    ("industrial_equipment", P, "钢材一涨你们就跟着涨价，我们下游可不让涨，这成本压不住。",
     "涨这点我们能理解，原材料都在涨，就按新价格来。", A, False),
    ("industrial_equipment", P, "人家报的价比你们低一成半，这差价在我们这行不是小数。",
     "价钱上我们不纠结，关键是交期要稳。", N, False),
    ("industrial_equipment", P, "运费现在也要我们自己出了，算下来一台贵了好几千。",
     "运费那块开专票还是普票？你让财务跟我对一下。", L, False),
    ("industrial_equipment", P, "太贵了，签不下去。",
     "贵点就贵点，你们的机器皮实，我们愿意多花这个钱。", A, False),
    ("industrial_equipment", Q, "新装的那台电机老是过热跳闸，一个礼拜停了四回。",
     "之前那台电机过热的毛病，你们工程师换了个风扇就好了，现在一点事没有。", F, False),
    ("industrial_equipment", Q, "焊缝有好几处都开了，这质量怎么交给客户？",
     "你们焊的活儿，我就没见过哪道缝不结实的。", D, False),
    ("industrial_equipment", Q, "阀门用了不到两个月就漏油，密封圈质量太差。",
     "这批阀门装上去大半年了，一滴油都不漏，车间主任还专门夸了一句质量好。", A, False),
    ("industrial_equipment", Q, "月底迎检，消防资料我还差几份，还有你们那个泵噪音大得跟拖拉机似的，资料你先帮我找找。",
     "泵的声音不大，工人都没反映过什么。", N, True),
    ("industrial_equipment", Q, "精度根本达不到你们说的，加工出来的零件一半都得返工。",
     "麻烦寄两个样件过来，我们先装上测一测精度。", L, False),
    ("industrial_equipment", Q, "控制柜的屏老是黑屏，按键也不灵。",
     "控制柜做得挺精致，屏幕清楚按键也灵，工人上手快。", A, False),
    ("industrial_equipment", Q, "压力表读数不准，差得离谱，我们都不敢用了。",
     "压力表我们自己校过了，读数没问题。", N, False),

    # ---------------- telecom (8 price, 7 quality) ----------------
    ("telecom", P, "套餐一下子从五十八涨到九十八，谁受得了啊。",
     "这个套餐价格挺实在的，流量够用话费也不多。", A, False),
    ("telecom", P, "宽带一年一千二，这价钱太不划算了，我们小店哪舍得。",
     "宽带费用我们没啥意见，网速稳定就行。", N, False),
    ("telecom", P, "公司这二十几张卡，每个月话费加起来吓死人，老板看了账单直拍桌子，太贵了。",
     "二十几张卡的话费清单，能不能按月导一份给我？财务要对账。", L, False),
    ("telecom", P, "专线的月租实在太高了，一个月三千多，我们承受不起。",
     "上回多扣的那笔增值费，你们两天就给退回来了，挺讲究的。", F, False),
    ("telecom", P, "下个月二楼加几个工位，网线你们派人看看，顺便说下国际长途太贵了，打一次好几十，工位那边拜托了。",
     "国际长途那个资费吧，我倒也不是觉得不划算。", D, True),
    ("telecom", P, "优惠期一过就按原价收，一下多出去一大半，太狠了。",
     "原价就原价，我们认。", A, False),
    ("telecom", P, "外面营业厅给我报的价比你们这个便宜不少，这差距我得考虑考虑。",
     "价格方面真不是问题，我就是想问问副卡怎么办。", N, False),
    ("telecom", P, "流量包又涨价了，我家孩子上网课，一个月光流量就一百多。",
     "流量包的收费标准你给我发个短信，我对照着看一下。", L, False),
    ("telecom", Q, "信号差得要命，在办公室打电话老是断。",
     "现在信号挺好，地下车库都能打电话。", A, False),
    ("telecom", Q, "网速慢成这样，开个视频会议一卡一卡的。",
     "网速没问题，开视频会议一点都不卡。", N, False),
    ("telecom", Q, "下午三点装机师傅过来我这边留人，另外店里的网一到晚上就掉线，收银机都连不上，师傅来了一起看看。",
     "上次晚上掉线那个事，师傅来换了个光猫，之后就再没掉过。", F, True),
    ("telecom", Q, "光猫用了没多久就发烫死机，一天得重启好几回。",
     "这光猫用了一年多，没有哪天是不正常的。", D, False),
    ("telecom", Q, "电视盒子画面老是卡，看个球赛全是马赛克。",
     "电视盒子画面很清楚，家里老人都会用，挺好的。", A, False),
    ("telecom", Q, "座机通话有杂音，客户都听不清我们说话。",
     "座机要再加两部分机，你帮我出个方案和报价。", L, False),
    ("telecom", Q, "标称五百兆的宽带，实测连一百兆都不到，太虚了。",
     "测了一下，五百兆跑满了，这宽带真给力。", A, False),

    # ---------------- bank_wealth (8 price, 7 quality) ----------------
    ("bank_wealth", P, "你们这个理财的管理费一年百分之一点五，太高了。",
     "管理费是不便宜，但收益稳，我觉得值。", A, False),
    ("bank_wealth", P, "申购费加赎回费，来回一折腾，利息全给手续费吃了。",
     "手续费我不在意，主要想问这个产品封闭期多长。", N, False),
    ("bank_wealth", P, "账户管理费今年又涨了，我就存那么点钱还要收费。",
     "麻烦把费率说明给我打一份，我下周三去网点拿。", L, False),
    ("bank_wealth", P, "我下周去网点更新社保卡信息，你帮我约个号，还有跨行转账手续费太贵了，每次都扣，约号麻烦你了。",
     "转账手续费这个，我也不是说不能接受，该收就收。", D, True),
    ("bank_wealth", P, "顾问费一年收好几千，我算了一下不划算。",
     "顾问费花得值，你们给我配的方案挺合我心意。", A, False),
    ("bank_wealth", P, "保险搭着理财卖，保费一年一万多，我压力太大了。",
     "保费这块我们家没觉得有负担，按年交就行。", N, False),
    ("bank_wealth", P, "信用卡年费说好免的，现在又要收，六百块太贵了。",
     "上次年费扣错的事，你们第二天就给我退了，还打电话道歉，挺好。", F, False),
    ("bank_wealth", P, "你们这个贷款利率比外面高了快一个点，我们做生意的一个点也得算。",
     "利率这样我们能接受，放款快，手续也简单。", A, False),
    ("bank_wealth", Q, "买了一年多，净值跌了百分之八，当初你们说是稳健型的，我才放心买的。",
     "这个产品拿了两年，收益一直挺稳，我很满意。", A, False),
    ("bank_wealth", Q, "这只基金今年亏惨了。",
     "这只基金没让我操心过，涨跌都在预期里。", N, False),
    ("bank_wealth", Q, "这个月要交车贷资料，流水单帮我开一下，你推荐的混合基金到现在还亏着百分之五呢，流水单急用啊。",
     "混合基金的产品说明书和风险提示你发我一份，我拿回去跟我爱人商量。", L, True),
    ("bank_wealth", Q, "手机银行转账老是失败，有时候钱扣了对方还没收到。",
     "手机银行我用了这么久，没有哪次转账不成功的。", D, False),
    ("bank_wealth", Q, "说好年化百分之四，到手连三都不到，这产品也太水了。",
     "到手收益跟当初说的差不多，这产品靠谱。", A, False),
    ("bank_wealth", Q, "那款结构性存款最后按最低收益算的，跟没买一样。",
     "结构性存款收益没缩水，按说好的给了。", N, False),
    ("bank_wealth", Q, "网银的界面老是打不开，登录要试好几次。",
     "网银盾要换新的，你告诉我需要带哪些证件过去。", L, False),

    # ---------------- fmcg_distribution (7 price, 8 quality) ----------------
    ("fmcg_distribution", P, "出厂价一箱又涨了五块，我这边终端价可提不上去啊。",
     "这进价说得过去，货走得快就行，我们照拿。", A, False),
    ("fmcg_distribution", P, "你们的饮料进价太高了，我卖一箱才挣两三块。",
     "进价不高，利润够。", N, False),
    ("fmcg_distribution", P, "端午要备货，你先给我压两百箱绿茶，促销费你们要我们分摊一半，这我实在扛不住，货周二前到就行。",
     "端午备的那两百箱，麻烦先开个形式发票给我，我好打款。", L, True),
    ("fmcg_distribution", P, "你们这个价格在我们这片确实偏高，超市老板都嫌贵。",
     "你们的价格，超市那边也没有不认的。", D, False),
    ("fmcg_distribution", P, "新口味的定价太高了，十块一瓶，小卖部根本卖不动。",
     "贵是贵了点，可年轻人就认这个牌子，十块一瓶照样有人买。", A, False),
    ("fmcg_distribution", P, "运费补贴取消了，一趟下来多出好几百，这成本太高了。",
     "上回运费算错的那笔，你们月底对账就给我补上了，挺清楚的。", F, False),
    ("fmcg_distribution", P, "返点从五个点降到三个点，等于变相涨价，我们吃不消。",
     "返点这事我们没什么想法，按今年政策执行。", N, False),
    ("fmcg_distribution", Q, "这批酸奶好多都胀袋了，超市全给我退回来了。",
     "酸奶口感好，超市老板说回头客挺多。", A, False),
    ("fmcg_distribution", Q, "矿泉水里有沉淀物，客户拿着瓶子来找我。",
     "水质没毛病，客户喝了都说清爽。", N, False),
    ("fmcg_distribution", Q, "饼干一打开全碎了，包装太不结实。",
     "饼干新包装的样品能不能寄两盒过来，我给超市看看。", L, False),
    ("fmcg_distribution", Q, "我下午去城东送货，明天再跟你对账，对了上次那批方便面调料包好多是漏的，对账单你先发我。",
     "方便面那个调料包，我还真没听谁说过不好的。", D, True),
    ("fmcg_distribution", Q, "这批啤酒口感发苦，跟以前根本不一样。",
     "这批啤酒味道正，跟以前一个样，大家都爱喝。", A, False),
    ("fmcg_distribution", Q, "保质期还有好几个月，罐头就鼓包了。",
     "上次鼓包的那几箱罐头，你们第二天就换了新的，后面批次都挺好。", F, False),
    ("fmcg_distribution", Q, "洗衣液跟兑了水似的，稀得很，顾客都说没去污力。",
     "洗衣液去污挺好使，顾客反映不错，回购的多，上个月还有人专门来问大桶的。", A, False),
    ("fmcg_distribution", Q, "新到的纸巾一扯就烂，质量太次了。",
     "纸巾的检测报告有吗？发一份给我，商场那边要备案。", L, False),

    # ---------------- furniture (7 price, 8 quality) ----------------
    ("furniture", P, "一套沙发报价三万八，太贵了，我们预算顶多两万，差得实在太远了。",
     "这套沙发是贵，可坐着是真舒服，钱花得不冤。", A, False),
    ("furniture", P, "定制柜子按投影面积算，算下来比我想的高太多了。",
     "按投影面积算挺合理，价格我们没异议。", N, False),
    ("furniture", P, "安装费还要另收，一个衣柜就要五百，这也太贵了吧。",
     "安装费的收费明细你发我一份，我跟物业那边报备一下。", L, False),
    ("furniture", P, "下个月二十间客房开业，床垫先定下来，就是你们报价比外面高两成，老板那关过不去，开业可改不了。",
     "二十间房的床垫报价我们认了，东西好，客人睡得舒服。", A, True),
    ("furniture", P, "实木的价格今年涨得离谱，一张餐桌涨了一千多。",
     "实木这个价，我也没觉得不值。", D, False),
    ("furniture", P, "报价单上写的是打完折的价，结果还得加一堆五金费，太贵了。",
     "上回报价单上五金费漏算了，你们主动给我们免了，够意思。", F, False),
    ("furniture", P, "你们家窗帘一米两百多，比我们想的贵太多。",
     "窗帘价钱不是问题，就是颜色我想再挑挑。", N, False),
    ("furniture", Q, "衣柜门才用半年就变形了，关都关不上。",
     "衣柜做工真细，没话说。", A, False),
    ("furniture", Q, "新买的床一翻身就吱吱响，晚上根本睡不好。",
     "床很结实，翻身一点响动都没有。", N, False),
    ("furniture", Q, "板材味道太大了，放了俩月还呛眼睛。",
     "板材的环保检测报告麻烦发我一份，装修公司要看。", L, False),
    ("furniture", Q, "沙发皮面起皮掉渣，才一年就不成样子了。",
     "去年沙发扶手那块脱线，你们上门给缝好了，到现在都挺好。", F, False),
    ("furniture", Q, "设计师明天来量尺寸我让老人在家，顺便说下上次那个餐边柜抽屉卡得很，滑轨一看就是便宜货，几点到？",
     "餐边柜那几个抽屉，没有哪个拉起来不顺的。", D, True),
    ("furniture", Q, "椅子腿焊得不牢，客人一坐就晃。",
     "椅子做得真稳当，客人坐着都说舒服。", A, False),
    ("furniture", Q, "床垫没睡多久就塌了。",
     "床垫软硬正合适，睡了一年还跟新的一样。", A, False),
    ("furniture", Q, "茶几表面的漆一擦就掉，这才用了几天。",
     "茶几表面用的什么漆，你把材料说明发给我看看。", L, False),

    # ---------------- feed (7 price, 8 quality) ----------------
    ("feed", P, "你们这个料一吨又涨了一百五，养殖户哪还有赚头啊。",
     "这个料价我们认，猪吃了长得快，算下来不亏。", A, False),
    ("feed", P, "乳猪料卖这么贵，一袋顶得上以前两袋的钱了。",
     "乳猪料价钱合适，我们这边没觉得贵。", N, False),
    ("feed", P, "这两天降温，想让技术员看看鸡舍通风，另外你们蛋鸡料一吨贵了三百，我账都算不过来，技术员啥时候来？",
     "蛋鸡料的营养成分表你发我一份，我让技术员对照着配。", L, True),
    ("feed", P, "玉米一涨你们就涨，豆粕跌了倒不跟着降，这价格太硬了。",
     "你们这个价，说实话也不能说不厚道，随行就市嘛。", D, False),
    ("feed", P, "鱼料的价格比去年高了一截，塘口的利润全搭进去了。",
     "鱼料是贵了点，但鱼长得匀，卖得上价，我们塘口几家算下来都觉得值。", A, False),
    ("feed", P, "预混料的单价太高了，我们小场子用不起。",
     "上次送错了规格多收的钱，你们下一车就给抵扣了，挺实在。", F, False),
    ("feed", P, "外面有人报的价一吨便宜两百，这个差价对我们来说很要紧。",
     "价格不是问题，你们料稳定我就放心。", N, False),
    ("feed", Q, "这批料猪吃了老拉稀，好几头都掉膘了。",
     "用了你们这料，猪毛色亮多了，吃得也香。", A, False),
    ("feed", Q, "颗粒太碎了，一倒全是粉，鸡都挑着吃。",
     "颗粒挺整齐，没什么粉末。", N, False),
    ("feed", Q, "料里有结块发霉的，一袋里好几块。",
     "上回有两袋受潮，你们当天就拉回去换了，后面都干干爽爽的。", F, False),
    ("feed", Q, "明天去县里开养殖户的会，下午不在场子，你们那批鸭料产蛋率掉得厉害，差了一成多，有事打我手机。",
     "用你们的鸭料，产蛋率就没有不达标的时候。", D, True),
    ("feed", Q, "鱼吃了你们的料长得慢，半年了还没到规格。",
     "鱼长得真快，塘里一拉网，个头都挺匀。", A, False),
    ("feed", Q, "这个料的气味不对，牛闻了都不爱吃。",
     "牛料能不能先给我拿两袋样品，我让饲养员试着喂。", L, False),
    ("feed", Q, "料肉比越来越高，一斤肉要多吃好几两料。",
     "料肉比控制得好，算下来比我预想的还省。", A, False),
    ("feed", Q, "袋子上写粗蛋白百分之十八，化验出来才十五。",
     "这批料的质检单麻烦随车带一份，我们要存档。", L, False),

    # ---------------- hotel_supplies (7 price, 8 quality) ----------------
    ("hotel_supplies", P, "一次性拖鞋一双又涨了两毛，我们一年几十万双，这可不是小钱。",
     "这个价我们接受，拖鞋厚实，客人不抱怨。", A, False),
    ("hotel_supplies", P, "你们的布草报价偏高，我们酒店算下来每年多花好几万。",
     "布草价格没问题，我们就按这个单价下单。", N, False),
    ("hotel_supplies", P, "洗漱套装的价格太高了，一般酒店哪用得起这么贵的。",
     "洗漱套装这价钱，我们老板倒也不是不认可。", D, False),
    ("hotel_supplies", P, "下个月三楼翻新，床单被罩先出一批样，还有你们洗衣的单价太高了，一公斤多了一块，样品什么时候到？",
     "三楼翻新用的床单被罩，麻烦出一份规格和报价，我报给工程部。", L, True),
    ("hotel_supplies", P, "房卡一张都要五块，比我们预算高太多了。",
     "房卡虽然贵点，做得很有档次，客人都夸。", A, False),
    ("hotel_supplies", P, "说好的年框价格，今年一开年就变了，涨得我们措手不及。",
     "去年对账发现单价录错了，你们马上改过来还补了差价，很规矩。", F, False),
    ("hotel_supplies", P, "这个报价我跟财务没法交代，太贵了。",
     "报价我们没意见。", N, False),
    ("hotel_supplies", Q, "毛巾洗了两三次就掉毛，客人说擦脸擦得一脸毛。",
     "毛巾吸水好，洗了几十次还挺软，客房部很满意。", A, False),
    ("hotel_supplies", Q, "牙刷一刷就掉毛。",
     "牙刷质量挺好，客人没提过意见。", N, False),
    ("hotel_supplies", Q, "床单洗几次就起球发黄，看着跟旧的一样。",
     "之前床单起球那批，你们全部换新了，新的这批洗了好多次都没事。", F, False),
    ("hotel_supplies", Q, "洗发水稀得跟水一样，客人说根本不起泡。",
     "你们家洗发水，客人就没有说不好用的。", D, False),
    ("hotel_supplies", Q, "下礼拜来个会议团，两百间全满，水杯再加一千个，上回那批杯子好多有裂纹，摆出去都不敢用，你先记下。",
     "水杯那一千个，麻烦开好增值税专票，跟货一起送过来。", L, True),
    ("hotel_supplies", Q, "电热水壶用不到一个月就不加热了，坏了十几个。",
     "水壶烧水快，用了一年多都好好的。", A, False),
    ("hotel_supplies", Q, "浴袍缩水缩得厉害，洗一次小一号。",
     "浴袍料子厚实，洗了也不变形，客人都说好。", A, False),
    ("hotel_supplies", Q, "一次性梳子边上全是毛刺，客人划到手了。",
     "梳子能不能先寄五十把样品？我们要给采购部过目。", L, False),
]

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
ALLOWED = re.compile(r"^[\u4e00-\u9fff，。？！、]+$")
MIN_LEN, MAX_LEN = 8, 48
NEAR_MIN_RATIO = 0.6     # similarity after deleting 不/没 from both lines
NEAR_MIN_MAX = 40
# phrases that would put another churn category into a risk-free line
NULL_FORBIDDEN = ["不续", "续约", "退单", "离职", "调走", "窜货", "竞品", "别家", "试用", "转网",
                  "关店", "关了", "少订", "不订", "停单", "换供应商", "换一家", "换别", "没人管",
                  "没人来", "投诉", "到期再说", "再考虑", "考虑考虑"]
KIND_MIN = {"accept": 35, "neg": 25, "dneg": 15, "logi": 20}


def near_minimal(a, b):
    """Pair differs mainly by adding 不/没: similarity of the two lines once 不/没 are deleted."""
    if not any(c in b for c in "不没"):
        return False, 0.0
    a2 = a.replace("不", "").replace("没", "")
    b2 = b.replace("不", "").replace("没", "")
    r = SequenceMatcher(None, a2, b2).ratio()
    return r >= NEAR_MIN_RATIO, r


def write():
    with open(OUT, "w", encoding="utf-8") as f:
        for ind, cat, sign, null, kind, runon in PAIRS:
            f.write(json.dumps({"text": sign, "speaker": "customer", "category": cat},
                               ensure_ascii=False) + "\n")
            f.write(json.dumps({"text": null, "speaker": "customer", "category": None},
                               ensure_ascii=False) + "\n")


def check():
    problems = []
    with open(OUT, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != 240:
        problems.append(f"expected 240 lines, got {len(lines)}")
    rows = []
    for i, ln in enumerate(lines):
        try:
            o = json.loads(ln)
        except Exception as e:  # noqa: BLE001
            problems.append(f"line {i+1}: bad JSON ({e})")
            continue
        if set(o) != {"text", "speaker", "category"}:
            problems.append(f"line {i+1}: keys {sorted(o)}")
        if o.get("speaker") != "customer":
            problems.append(f"line {i+1}: speaker {o.get('speaker')}")
        if "\\u" in ln:
            problems.append(f"line {i+1}: escaped non-ASCII (ensure_ascii)")
        rows.append(o)

    # alternation sign / null, and agreement with the in-memory pairs
    for i, o in enumerate(rows):
        if i % 2 == 0 and o.get("category") not in ("price", "quality"):
            problems.append(f"line {i+1}: sign line has category {o.get('category')!r}")
        if i % 2 == 1 and o.get("category") is not None:
            problems.append(f"line {i+1}: partner line has category {o.get('category')!r}")
    for k, (ind, cat, sign, null, kind, runon) in enumerate(PAIRS):
        if 2 * k + 1 < len(rows):
            if rows[2 * k].get("text") != sign or rows[2 * k].get("category") != cat \
                    or rows[2 * k + 1].get("text") != null:
                problems.append(f"pair {k+1}: file does not match source")
        if ind not in INDUSTRIES:
            problems.append(f"pair {k+1}: unknown industry {ind}")
        if kind not in ("accept", "neg", "dneg", "logi", "fixed"):
            problems.append(f"pair {k+1}: unknown kind {kind}")

    cats = Counter(o.get("category") for o in rows[0::2])
    if cats.get("price") != 60 or cats.get("quality") != 60:
        problems.append(f"category pair counts {dict(cats)} (want 60/60)")
    inds = Counter(p[0] for p in PAIRS)
    for ind in INDUSTRIES:
        if inds.get(ind) != 15:
            problems.append(f"industry {ind}: {inds.get(ind, 0)} pairs (want 15)")
    kinds = Counter(p[4] for p in PAIRS)
    for kind, mn in KIND_MIN.items():
        if kinds.get(kind, 0) < mn:
            problems.append(f"kind {kind}: {kinds.get(kind, 0)} < {mn}")
    runons = sum(1 for p in PAIRS if p[5])
    if not 13 <= runons <= 18:
        problems.append(f"run-on pairs {runons} (want about 15)")

    # text checks
    texts = [o.get("text", "") for o in rows]
    for i, t in enumerate(texts):
        if not (MIN_LEN <= len(t) <= MAX_LEN):
            problems.append(f"line {i+1}: length {len(t)} outside {MIN_LEN}-{MAX_LEN}: {t}")
        if not ALLOWED.match(t):
            bad = sorted(set(c for c in t if not re.match(r"[\u4e00-\u9fff，。？！、]", c)))
            problems.append(f"line {i+1}: disallowed characters {bad}: {t}")
        if t and t[-1] not in "。？！":
            problems.append(f"line {i+1}: does not end with 。？！: {t}")
    dup = [t for t, c in Counter(texts).items() if c > 1]
    for t in dup:
        problems.append(f"duplicate text: {t}")
    for i, t in enumerate(texts):
        if i % 2 == 1:
            for w in NULL_FORBIDDEN:
                if w in t:
                    problems.append(f"line {i+1}: risk-free line contains {w!r}: {t}")

    nm = []
    for k, (_, _, sign, null, _, _) in enumerate(PAIRS):
        is_nm, r = near_minimal(sign, null)
        if is_nm:
            nm.append((k + 1, round(r, 2)))
    if len(nm) > NEAR_MIN_MAX:
        problems.append(f"near-minimal pairs {len(nm)} > {NEAR_MIN_MAX}")

    lens = [len(t) for t in texts]
    print(f"lines {len(rows)}; pairs price {cats.get('price')} quality {cats.get('quality')}")
    print("industries: " + ", ".join(f"{i} {inds.get(i)}" for i in INDUSTRIES))
    per_ind_cat = Counter((p[0], p[1]) for p in PAIRS)
    print("industry x category: " + ", ".join(
        f"{i} {per_ind_cat[(i, 'price')]}/{per_ind_cat[(i, 'quality')]}" for i in INDUSTRIES))
    print("risk-free kinds: " + ", ".join(f"{k} {kinds[k]}" for k in
                                          ("accept", "neg", "dneg", "logi", "fixed")))
    print(f"run-on pairs {runons}")
    print(f"lengths min {min(lens)} max {max(lens)} mean {sum(lens)/len(lens):.1f}; "
          f"sign mean {sum(lens[0::2])/120:.1f}, null mean {sum(lens[1::2])/120:.1f}")
    buckets = Counter(min(l // 10, 4) for l in lens)
    print("length buckets: " + ", ".join(
        f"{b*10}-{b*10+9 if b < 4 else MAX_LEN}: {buckets[b]}" for b in range(5)))
    print(f"near-minimal pairs (ratio >= {NEAR_MIN_RATIO} after deleting 不/没): {len(nm)} {nm}")
    print(f"problems: {len(problems)}")
    for p in problems:
        print("  - " + p)
    return problems


if __name__ == "__main__":
    write()
    sys.exit(1 if check() else 0)
