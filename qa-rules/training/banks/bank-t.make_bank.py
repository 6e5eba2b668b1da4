#!/usr/bin/env python3
"""bank-t: 120 pairs of Mandarin customer utterances (sign line + risk-free partner).

Each pair: (industry, category, kind, run_on, sign_text, null_text)
  category: contact_change / channel_conflict / demand_reduction (of the sign line)
  kind: kind of the risk-free partner line:
    pos   = positive / stable statement (same person, smooth welcomed handover,
            orderly territory, growth, stable or larger orders)
    neg   = negation
    dneg  = double negative
    logi  = neutral logistics (invoice, delivery address, plain quantities)
    other = confirmation question, or a problem said to be long resolved
  run_on: True when the mention sits in the middle of other business talk.

Writes bank-t.jsonl beside this file, reads it back and self-checks.
Exit code 1 on any problem.
"""
import difflib
import json
import os
import re
import sys
from collections import Counter

CC, CH, DR = "contact_change", "channel_conflict", "demand_reduction"

PAIRS = [
    # ---------------- b2b_saas ----------------
    ("b2b_saas", CC, "pos", False,
     "负责这套系统的周主管上个月已经离职了，现在是行政兼着看。",
     "系统这块还是周主管在管，他用得挺顺手的，你有事直接找他就行。"),
    ("b2b_saas", CC, "neg", False,
     "我们信息部整个换了一拨人，以前跟你们对接的那几个都不在了。",
     "信息部人没动，还是老几位。"),
    ("b2b_saas", CC, "logi", True,
     "账号那边你先帮我开五个，对了，以后续费审批不归我了，转给财务的孙经理，合同你照常发过来。",
     "发票还是开给我们行政部，地址没变，收件人还是写孙经理，她管报销。"),
    ("b2b_saas", CC, "dneg", False,
     "你们这边客户经理一年换了三个，我都不知道该找谁。",
     "你们小吴跟了我们三年了，没有哪次需求他不清楚的。"),
    ("b2b_saas", CC, "pos", False,
     "我下周就调去分公司了，这个项目以后由新来的郑工接手。",
     "郑工下周正式接手这个项目，我俩已经交接好了，他比我还熟，挺好的。"),
    ("b2b_saas", CH, "neg", False,
     "隔壁省的代理跑到我们这儿来报价，比我们的代理价还低。",
     "这边区域划得清清楚楚，别的代理从来没过来抢过单子。"),
    ("b2b_saas", CH, "neg", False,
     "你们原厂销售直接去找我的客户签了，把我们代理商绕过去了。",
     "原厂销售从来没单独去见过我的客户，单子都走我们这边签。"),
    ("b2b_saas", CH, "logi", True,
     "回款下周一打过去，还有，你们官网直销价比我们渠道价还低，客户都去官网下单了。",
     "回款下周一打过去，另外下个季度的授权码麻烦提前发我邮箱，我好给客户装。"),
    ("b2b_saas", CH, "dneg", False,
     "有个外地的代理商把你们的软件低价卖到我们市里了，好几个老客户都问我。",
     "你们的区域保护我们没有不满意的，外地代理一个都没进来。"),
    ("b2b_saas", CH, "pos", False,
     "你们新签的二级代理专撬我的老客户。",
     "新签的二级代理跟我们分得很清楚，他做县里，我做市区，合作挺好。"),
    ("b2b_saas", DR, "pos", False,
     "公司今年裁了一半人，账号用不了那么多，续的时候得砍掉三十个。",
     "今年又招了四十多个人，账号不够用了，你再给我加五十个。"),
    ("b2b_saas", DR, "logi", False,
     "今年信息化预算砍了一大半，模块只能少买几个了。",
     "模块还是按上次报的那几个买，订单我今天下午走流程。"),
    ("b2b_saas", DR, "neg", False,
     "我们关了三个分公司，用系统的人一下子少了一百多。",
     "分公司一个都没关，人员也没怎么变，用量跟去年差不多。"),
    ("b2b_saas", DR, "pos", False,
     "业务一直在缩，明年的席位估计要减一半。",
     "明年新开两个事业部，席位肯定还得往上加，回头你给我做个方案。"),
    ("b2b_saas", DR, "dneg", False,
     "外贸订单少了很多，系统里每个月的单量只剩原来的三成。",
     "外贸单子一直稳，没有哪个月单量不过万的。"),

    # ---------------- industrial_equipment ----------------
    ("industrial_equipment", CC, "pos", False,
     "王科长退休了，采购归生产部了。",
     "王科长还在设备科，采购还是他拍板，有事你照常找他。"),
    ("industrial_equipment", CC, "other", False,
     "你们原来那个售后的刘工是不是调走了？现在来的人都不认识。",
     "刘工下周来做保养吧？他对我们这条线熟，来了我们放心。"),
    ("industrial_equipment", CC, "logi", True,
     "那批变频器到了，我让仓库验过了，对了，我月底就不在这个厂了，以后有事找我们副总。",
     "那批变频器到了，仓库验过了没问题，送货单我签好了，发票你开给我们厂财务就行。"),
    ("industrial_equipment", CC, "neg", False,
     "采购经理换人了，新来的姓蒋，很多事我也说不上话了。",
     "采购那边没换人，还是老搭档，这几年合作一直顺。"),
    ("industrial_equipment", CC, "pos", False,
     "片区经理又换了，两年换了四个。",
     "你们片区经理一直是小韩，两年了，有啥事一个电话就办了。"),
    ("industrial_equipment", CH, "pos", False,
     "邻市的经销商把你们的断路器低价拉到我们区域来卖了。",
     "你们划的区域大家都守着，市场挺规矩，我这边出货一直稳。"),
    ("industrial_equipment", CH, "dneg", False,
     "你们厂里直接给那家工地报了出厂价，我跟了半年的项目就这么没了。",
     "项目上的事你们厂里没有一回不是先跟我商量的，这点我挺认。"),
    ("industrial_equipment", CH, "neg", False,
     "网上有店在卖你们的电机，价格比我进货价还低，货从哪来的你们查查。",
     "网上我也搜过，没看到有人乱卖你们的电机，价格都挺统一。"),
    ("industrial_equipment", CH, "logi", True,
     "下个月那个项目要十台水泵，你先排产，还有啊，省外那家代理又在我们这儿截单，这事你们得管管。",
     "开发区那个项目要十台水泵，麻烦先排产，货送到三号路工地，到了找仓库老马签收。"),
    ("industrial_equipment", CH, "pos", False,
     "你们新开的直营店就在我隔壁，卖的价跟我的批发价一样。",
     "你们直营店只做展示不零售，客户都往我这儿引，这个安排挺好。"),
    ("industrial_equipment", CH, "other", False,
     "有人把别的区的货窜过来了，标签都撕了，我这边的客户被抢走好几家。",
     "前年那阵子乱窜货的事，你们处理得很干脆，这两年一直很太平。"),
    ("industrial_equipment", DR, "pos", False,
     "今年订单少，我们停了两条线，备件要得也就少了。",
     "厂里订单排到明年了，新上的两条线下个月投产，备件得比去年多备一倍。"),
    ("industrial_equipment", DR, "neg", False,
     "厂子要搬到外地去，这边只留个小车间，设备基本不添了。",
     "厂子不搬，这边还要扩一个车间，设备该添的照样添。"),
    ("industrial_equipment", DR, "pos", False,
     "我们今年产量砍了三成，配件的量也得跟着往下调。",
     "这个月产量上来了，配件你按上次的两倍给我备。"),
    ("industrial_equipment", DR, "logi", False,
     "老板说今年设备投入一分钱都不加，年初报的那几台先不买了。",
     "年初报的那几台照计划买，采购单下周走完，货直接发到二号厂房。"),

    # ---------------- telecom ----------------
    ("telecom", CC, "neg", False,
     "以前给我们公司办专线的那个客户经理走了，现在打电话都是别人接。",
     "我们公司的专线客户经理没换过，一直是小石，人挺靠谱。"),
    ("telecom", CC, "logi", False,
     "我们行政换人了，话费这块以后是新来的宋姐管。",
     "话费账单还是每月五号发到行政邮箱，宋姐那边收了会按时付。"),
    ("telecom", CC, "neg", False,
     "你们营业厅经理又调走了，集团号换了新人接。",
     "营业厅经理没调走，集团号还是他在弄。"),
    ("telecom", CC, "pos", True,
     "那二十张卡都激活了，信号也还行，不过我下个月要调去外地了，卡的事你以后跟我们小孔对接。",
     "新办的二十张卡都激活了，信号挺好，后面加卡还是找我，我一直管这块。"),
    ("telecom", CC, "dneg", False,
     "我们网络这块外包给别的公司了，以后跟你们联系的是外包那边的人。",
     "网络这块我们没打算外包，也不是没人管，还是信息科老顾负责。"),
    ("telecom", CC, "other", False,
     "你们给我换的这个新经理我都没见过面，原来的小秦去哪了？",
     "小秦这周哪天有空来一趟？我们想当面把明年的套餐定下来。"),
    ("telecom", CH, "pos", False,
     "你们自己的营业厅跟我们代理点抢客户，办卡还多送东西。",
     "营业厅跟我们代理点各做各的片区，客户分得清楚，相安无事。"),
    ("telecom", CH, "neg", False,
     "隔壁街那家代理把外区的号卡拿过来低价放，我这边根本卖不动。",
     "隔壁那几家代理都挺规矩，没见谁拿外区的卡过来放。"),
    ("telecom", CH, "logi", False,
     "你们线上渠道直接放宽带优惠，比我们代理点能给的低一大截。",
     "宽带这个月的装机单我汇总好了，一共三十八户，明天一早发给你。"),
    ("telecom", DR, "pos", False,
     "公司搬到小办公室了，人少了一半，宽带降到一百兆就够了。",
     "公司又扩了一层楼，宽带得升级了。"),
    ("telecom", DR, "pos", False,
     "门店关了三家，那几条专线你帮我看看怎么处理。",
     "今年又多开了三家门店，每家都要拉一条专线，你尽快安排。"),
    ("telecom", DR, "dneg", False,
     "业务不好做，套餐统一降一档吧。",
     "员工套餐我们没有不用满的，还是按现在这档办。"),
    ("telecom", DR, "logi", True,
     "发票我收到了，金额没错，就是我们明年生意要收一收，视频会议那个业务得少开几个账号。",
     "发票我收到了，金额没错，下个月的视频会议账号还是十二个，扣款照旧走对公账户。"),
    ("telecom", DR, "neg", False,
     "工厂订单少了，很多工人回家了，物联网卡用不上那么多了。",
     "工厂订单一点没少，物联网卡这批先用着，不够再找你加。"),
    ("telecom", DR, "pos", False,
     "我们项目部撤了两个，对讲集群的用户数要往下减。",
     "项目部今年新添了两个，对讲集群再给我开六十个用户。"),

    # ---------------- bank_wealth ----------------
    ("bank_wealth", CC, "pos", False,
     "原来给我管理财的小贺调到别的支行去了，现在谁管我都不清楚。",
     "我的理财一直是小贺在管，人实在，讲得也明白，我挺放心。"),
    ("bank_wealth", CC, "dneg", False,
     "这一年给我打电话的理财经理就换了三拨，名字都记不住。",
     "这几年给我打电话的都是同一个经理，我有啥问题没有他答不上来的。"),
    ("bank_wealth", CC, "logi", False,
     "我们公司财务换了，以后对公理财的事是新来的杜会计跟你们谈。",
     "对公理财的到账通知你发给杜会计就行，回单寄到公司前台。"),
    ("bank_wealth", CC, "pos", False,
     "我儿子接手公司了，账上的钱以后都是他在打理。",
     "公司交给我儿子了，他跟你们的经理早就熟，交接得挺顺，我也省心。"),
    ("bank_wealth", CC, "logi", True,
     "上个月那笔存款到期转进来了，对了，跟我对接的那个经理说是辞职了，你帮我问问现在归谁管。",
     "上个月那笔存款到期转进来了，你帮我看看到账没有，顺便把对账单打一份，我周五去拿。"),
    ("bank_wealth", CC, "neg", False,
     "家里的账以后我不管了，都交给我爱人，你们有事找她。",
     "账一直是我管，我爱人不操这个心。"),
    ("bank_wealth", CC, "pos", False,
     "原来的沈经理不做了，现在换了个刚来的小姑娘跟我。",
     "沈经理还在你们行，上周还给我打电话聊了聊市场，挺专业的。"),
    ("bank_wealth", CC, "dneg", False,
     "我们单位的资金以后统一归集团管，这边的理财不归我做主了。",
     "单位的资金还是我这边做主，集团那边从来没有不同意过。"),
    ("bank_wealth", DR, "pos", False,
     "今年生意不好做，手上的闲钱少了，定投先减到每月一千。",
     "今年生意还行，手上宽裕点，定投每月再加两千。"),
    ("bank_wealth", DR, "neg", False,
     "公司效益不行，理财额度我只能拿出去年的一半。",
     "公司效益没受影响，理财额度跟去年一样，按原计划买。"),
    ("bank_wealth", DR, "logi", True,
     "那个风险测评我做完了，结果还是稳健型，不过我们厂今年缩减了规模，能拿出来买理财的钱少多了。",
     "那个风险测评我做完了，结果是稳健型，下周三的产品你给我留五十万额度，我去柜台签字。"),
    ("bank_wealth", DR, "pos", False,
     "店铺关了两间，资金周转紧，下一期的理财就先少买点。",
     "这两年铺子越开越多，账上一直有富余，下期理财你给我多留点额度。"),
    ("bank_wealth", DR, "dneg", False,
     "出口生意缩了，账上的钱得留着周转，大额存单只能买以前的三分之一。",
     "出口生意一直稳，账上的钱不是不够，是放着也浪费，大额存单照常买。"),
    ("bank_wealth", DR, "logi", False,
     "孩子出国要用钱，我这边理财规模得往下压一压。",
     "孩子的学费我已经单独留出来了，理财这边还按原来的金额，你帮我下单吧。"),
    ("bank_wealth", DR, "neg", False,
     "养殖场规模缩了一半，我在你们这儿的理财也得跟着少。",
     "养殖场规模一点没缩，你们这儿的理财我也不打算动。"),

    # ---------------- fmcg_distribution ----------------
    ("fmcg_distribution", CC, "pos", False,
     "你们这个片区的业务员又换人了，新来的连我店在哪都不知道。",
     "你们片区的小邓跑了我们三年了，每周都来，货架摆得比我还上心。"),
    ("fmcg_distribution", CC, "other", False,
     "我老婆不管店里的进货了，以后订货你都找我。",
     "这周的订货单还是我老婆报给你吧？她比我清楚仓库里还剩多少。"),
    ("fmcg_distribution", CC, "logi", True,
     "这周那五十箱饮料先别急着送，等我腾腾库房，还有个事，我们店交给我侄子管了，以后订货找他。",
     "这周那五十箱饮料周四上午送过来，卸在后门，到了给我打电话，我下楼点货。"),
    ("fmcg_distribution", CH, "pos", False,
     "邻县那个批发商的货成车往我们镇上拉，卖得比我进价都低。",
     "今年各县的货都管得挺严，我们镇上价格稳，我这边卖得也顺。"),
    ("fmcg_distribution", CH, "neg", False,
     "你们厂家直接给超市供货了，我这个经销商成摆设了。",
     "超市那边厂家没直接插手，还是走我这儿供货，一箱都不少。"),
    ("fmcg_distribution", CH, "dneg", False,
     "现在网上平台卖你们的方便面，比我给小卖部的批发价还便宜。",
     "网上那些平台我看了，没有哪家不是按指导价卖的，我们心里踏实。"),
    ("fmcg_distribution", CH, "pos", False,
     "你们新招的那个二批商专门往我的片区铺货，抢我的终端。",
     "新来的二批商就做城北，我做城南，井水不犯河水，挺好的。"),
    ("fmcg_distribution", CH, "logi", True,
     "上批酱油卖得差不多了，你再给我报个三百箱，唉，最近老有人从外省调货过来低价甩，我这边压力挺大。",
     "上批酱油卖得差不多了，你再给我发三百箱，还是老地址，货款我收到货当天就转。"),
    ("fmcg_distribution", CH, "neg", False,
     "你们业务员私底下给别的区的店发货，价格压得比我低。",
     "你们业务员从来没往别的区乱发过货，这点我一直挺服气。"),
    ("fmcg_distribution", CH, "other", False,
     "有人拿着撕了码的货到处卖，一看就是从别的地方窜来的。",
     "去年那批撕码的货查出来以后，你们处理得干净，现在市场上一箱都见不着了。"),
    ("fmcg_distribution", CH, "pos", False,
     "你们搞的社区团购直接送到家，我那些夫妻店客户都不从我这拿货了。",
     "社区团购你们交给我们来做，我那些夫妻店也跟着一起卖，两头都不耽误。"),
    ("fmcg_distribution", DR, "pos", False,
     "镇上年轻人都出去打工了，店里的饮料一个月比一个月走得慢，这次只要一百箱。",
     "镇上新开了个工业园，饮料走得飞快，这次给我来两百箱。"),
    ("fmcg_distribution", DR, "neg", False,
     "我们关了两个门市，以后订货量估计得减一半。",
     "门市一个没关，你照常排。"),
    ("fmcg_distribution", DR, "logi", False,
     "今年我打算收缩一下，只做县城，乡下那些点不跑了，货自然要得少。",
     "县城和乡下的点我都照样跑，下周先要二百八十箱，分两车送。"),
    ("fmcg_distribution", DR, "dneg", False,
     "超市那边的账期拖得厉害，我资金转不动，下个月少进点吧。",
     "超市回款挺快的，我手上的钱没有不够周转的时候，下个月照常进。"),

    # ---------------- furniture ----------------
    ("furniture", CC, "pos", False,
     "带我们店的区域经理辞职了，听说换了个从别的省调来的。",
     "带我们店的还是老区域经理，他懂行，店里的陈列都是他帮着弄的。"),
    ("furniture", CC, "neg", False,
     "我把店盘给我表弟了，以后进货跟他联系。",
     "店没转让，还是我自己在看，进货照常跟我联系。"),
    ("furniture", CC, "pos", True,
     "那套沙发客户挺满意的，样品你再给我补两件，另外店长小冯下个月就不干了，新店长还没定。",
     "那套沙发客户挺满意的，样品你再给我补两件，店长小冯干得挺好，我刚给她涨了工资。"),
    ("furniture", CC, "dneg", False,
     "设计师半年换了两个。",
     "给我们配的设计师一直没换，我们出的方案没有一套她不过问的。"),
    ("furniture", CH, "pos", False,
     "你们网上旗舰店的价比我店里的零售价低了一截，客人都拿手机比给我看。",
     "你们网上旗舰店跟我们门店价格统一，网上下单还分给我们送装，挺合理的。"),
    ("furniture", CH, "neg", False,
     "市里又开了一家你们的直营店，离我不到一公里。",
     "市里没再开别的门店，就我这一家，你们答应的保护区域一直守着。"),
    ("furniture", CH, "logi", False,
     "隔壁市的代理商跑到我们这儿的小区里发传单，还报了更低的价。",
     "小区的团购单我这周整理好了，一共二十二户，下周一起下单。"),
    ("furniture", CH, "pos", True,
     "展厅改完了挺好看，谢谢支持，就一件事，你们工程部直接接了我们这的楼盘精装单，没跟我打招呼。",
     "展厅改完了挺好看，谢谢支持，楼盘精装单你们工程部也是交给我来跟，这么配合挺舒服。"),
    ("furniture", CH, "dneg", False,
     "有家店拿着别的区的货在我们这儿清仓甩卖，跟我抢客户。",
     "这边的店没有一家不守规矩的，谁也不会跑到别人地盘上卖。"),
    ("furniture", CH, "neg", False,
     "你们厂的工程渠道把我谈好的酒店单子截走了。",
     "酒店那单厂里没插手，下周跟我签。"),
    ("furniture", DR, "pos", False,
     "今年房子卖得差，装修的人少，店里的进货量我得砍一半。",
     "今年小区交房多，装修的人扎堆，店里的货我得多备一倍。"),
    ("furniture", DR, "pos", False,
     "我关了一家分店，只留这一个门面，样品也少要点。",
     "我又在新城区开了一家分店，样品得按两套店来配。"),
    ("furniture", DR, "logi", False,
     "商场那个店位到期不租了，以后就一个小门面，拿货量肯定得缩。",
     "商场那个店位装修好了，下周三把那批样品送过去，走货梯，到了找物业登记。"),
    ("furniture", DR, "neg", False,
     "我们公司工装项目接得少了，今年定的家具量也会少很多。",
     "工装项目今年一个没少接，家具量你按去年的量先备着。"),
    ("furniture", DR, "logi", False,
     "老板说今年压缩开支，新办公室的家具先只配一半。",
     "新办公室的家具按清单来，一共六十张工位，送货前一天给我打电话。"),

    # ---------------- feed ----------------
    ("feed", CC, "pos", False,
     "我们场的技术场长走了，以后进料的事是新来的邹场长拍板。",
     "进料的事还是场长拍板，他用你们的料好多年了，认这个牌子。"),
    ("feed", CC, "other", False,
     "跑我们这片的技术员调到外省去了，换了个新来的。",
     "你们技术员这礼拜什么时候过来？我想让他帮着看看小猪的料。"),
    ("feed", CC, "pos", True,
     "料都到了，卸得挺快，我跟你说一声，今年起猪场交给我儿子管了，进料的事以后你跟他谈。",
     "料都到了，卸得挺快，我儿子今年也回来帮忙了，进料还是我定，他跟着学。"),
    ("feed", CC, "dneg", False,
     "合作社理事长换届了，采购以后归新上来的老翟管。",
     "采购还是老翟管，没人不服他。"),
    ("feed", CH, "pos", False,
     "隔壁乡的经销商把你们的料拉到我们村里卖，每包便宜十块。",
     "各乡的经销商都守着自己的片，我们村里的料都是从我这儿走。"),
    ("feed", CH, "neg", False,
     "你们厂的业务员直接去养殖户家里卖料，把我这个经销商跳过去了。",
     "你们厂的业务员下乡都带着我，从来没有背着我直接卖给养殖户。"),
    ("feed", CH, "dneg", False,
     "你们给大场直供的料，有人倒出来往散户那边卖，价比我还低。",
     "大场直供的料都是专车专送，没有一包不进场的，外面根本见不着。"),
    ("feed", CH, "logi", True,
     "这个月的料款我明天转，上次说的那个返利别忘了，还有，邻县的货又窜过来了，你们得查一查。",
     "这个月的料款我明天转，返利单你拍照发我，下批料还是二十吨，周六前送到。"),
    ("feed", CH, "neg", False,
     "你们在镇上又发展了一个经销点，离我的门市就隔一条街。",
     "你们没在镇上再设经销点，这么多年就我一家，说话算话。"),
    ("feed", CH, "other", False,
     "有人往我们这儿甩外省的同款料，包装一样，价格低一截。",
     "前两年外省那批货的事早就处理完了，现在我们这儿的料价都是统一的。"),
    ("feed", CH, "logi", False,
     "你们网上卖预混料还包邮，养殖户都跑网上买去了。",
     "预混料这个月要八十包，送到我门市后院，我好分给养殖户。"),
    ("feed", DR, "pos", False,
     "行情不好，我把母猪淘了一半，料肯定要得少了。",
     "今年行情好，我又补了一百头母猪，下个月料得加量。"),
    ("feed", DR, "neg", False,
     "鸡场改成半年一批了，这样下来全年的料也就以前的一半。",
     "鸡场没改批次，料跟去年一个量。"),
    ("feed", DR, "dneg", False,
     "环保查得严，我们拆了两栋猪舍，用料得往下减。",
     "环保检查我们都过了，没有一栋猪舍不达标的，用料照旧。"),
    ("feed", DR, "pos", False,
     "鱼塘退了一半，鱼料只能少订了。",
     "今年又承包了二十亩鱼塘，鱼料要比去年多订不少。"),

    # ---------------- hotel_supplies ----------------
    ("hotel_supplies", CC, "pos", False,
     "我们酒店的采购主管换了，以后订布草是新来的葛主管负责。",
     "布草一直是葛主管在订，她对你们的货挺认可的。"),
    ("hotel_supplies", CC, "neg", False,
     "采购改成集团统一管了。",
     "酒店没并进集团，采购还是我们自己管，跟以前一样。"),
    ("hotel_supplies", CC, "logi", True,
     "上回那批拖鞋质量挺好，客人没说啥，对了，我下个月就调到别的门店了，以后有事找前厅的殷经理。",
     "上回那批拖鞋质量挺好，这次还是要两千双，送到酒店后门，找前厅的殷经理签收。"),
    ("hotel_supplies", CC, "dneg", False,
     "你们对接我们的业务换得太勤了，这一年都来了四个人。",
     "对接我们的一直是你们小柏，没有哪次下单他不当天回复的。"),
    ("hotel_supplies", CC, "pos", False,
     "我们管家部的经理退休了，客房用品以后归行政部管。",
     "管家部经理明年才退，接班的人她已经带了半年了，交接得顺顺当当，我们都挺满意。"),
    ("hotel_supplies", CH, "pos", False,
     "你们厂家自己开了网店卖一次性用品，酒店直接从网上下单，不找我了。",
     "你们网店只卖零散的，酒店的大单都还转给我来做，这样分工挺好。"),
    ("hotel_supplies", CH, "neg", False,
     "外地的批发商把同样的洗漱包拉到我们市里，报的价比我低。",
     "外地批发商没进过我们市里，这边的酒店洗漱包都是我在供。"),
    ("hotel_supplies", CH, "logi", False,
     "你们厂的销售绕过我，直接跟那家连锁酒店签了年单。",
     "那家连锁酒店的年单我签下来了，合同下午传给你，首批货下周二要。"),
    ("hotel_supplies", CH, "pos", True,
     "这个季度的对账单我核完了，没什么问题，就是最近总有人拿你们的床品低价窜到我这片，客户老问我。",
     "这个季度的对账单我核完了，都对得上，床品这片市场你们管得好，价格一直很稳。"),
    ("hotel_supplies", CH, "dneg", False,
     "你们给网上平台的供货价，比给我这个代理的还低。",
     "网上平台的供货你们也是走我这边，我不可能不知道价，这块挺透明的。"),
    ("hotel_supplies", DR, "pos", False,
     "这两年入住率一直往下掉，客房用品的订量得减三成。",
     "暑假房间天天满，用品翻倍送。"),
    ("hotel_supplies", DR, "pos", False,
     "我们集团关了两家店，床品那块订单要少不少。",
     "集团今年又签了两家新店，床品的单子后面还要往上加。"),
    ("hotel_supplies", DR, "logi", False,
     "酒店在装修，关了两层楼，一次性用品这几个月先少要点。",
     "酒店装修完了，新开的两层楼，一次性用品按每层三百套配，周五前送到。"),
    ("hotel_supplies", DR, "neg", False,
     "会议接待少了一大半，餐厅那边的餐具今年不添了。",
     "会议接待一点没少，餐厅的餐具今年也照样要添一批。"),
    ("hotel_supplies", DR, "dneg", False,
     "老板说今年预算卡得紧，布草能少换就少换。",
     "布草老板从来不会不批。"),
]

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "bank-t.jsonl")

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
ALLOWED = re.compile(r"^[\u4e00-\u9fff，。？！、]+$")
NEGATORS = set("不没无非别未")
KIND_MIN = {"pos": 35, "neg": 25, "dneg": 15, "logi": 20}


def write():
    with open(OUT, "w", encoding="utf-8") as f:
        for _ind, cat, _kind, _ro, sign, null in PAIRS:
            f.write(json.dumps({"text": sign, "speaker": "customer", "category": cat},
                               ensure_ascii=False) + "\n")
            f.write(json.dumps({"text": null, "speaker": "customer", "category": None},
                               ensure_ascii=False) + "\n")


def near_minimal(sign, null):
    """True when the two lines differ only by a few negator characters."""
    ops = [op for op in difflib.SequenceMatcher(None, sign, null, autojunk=False).get_opcodes()
           if op[0] != "equal"]
    if not ops:
        return True
    changed = ""
    for tag, i1, i2, j1, j2 in ops:
        changed += sign[i1:i2] + null[j1:j2]
    return len(changed) <= 6 and all(c in NEGATORS or c in "有了，。" for c in changed)


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
    for n, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except Exception as e:  # noqa: BLE001
            problems.append(f"line {n}: bad json: {e}")
            continue
        if set(obj) != {"text", "speaker", "category"}:
            problems.append(f"line {n}: keys {sorted(obj)}")
        if obj.get("speaker") != "customer":
            problems.append(f"line {n}: speaker {obj.get('speaker')!r}")
        rows.append(obj)
    if len(PAIRS) != 120:
        problems.append(f"expected 120 pairs in source, got {len(PAIRS)}")

    cat_count = Counter()
    ind_count = Counter()
    ind_cat = Counter()
    kind_count = Counter()
    runon = 0
    nm = 0
    for p, (ind, cat, kind, ro, sign, null) in enumerate(PAIRS):
        a = rows[2 * p] if 2 * p < len(rows) else {}
        b = rows[2 * p + 1] if 2 * p + 1 < len(rows) else {}
        if a.get("category") not in (CC, CH, DR):
            problems.append(f"pair {p + 1}: sign line category {a.get('category')!r}")
        if b.get("category", "missing") is not None:
            problems.append(f"pair {p + 1}: partner line category {b.get('category')!r}")
        if a.get("text") != sign or b.get("text") != null or a.get("category") != cat:
            problems.append(f"pair {p + 1}: file does not match source")
        if ind not in INDUSTRIES:
            problems.append(f"pair {p + 1}: unknown industry {ind}")
        if kind not in ("pos", "neg", "dneg", "logi", "other"):
            problems.append(f"pair {p + 1}: unknown kind {kind}")
        if kind == "neg" and not any(c in NEGATORS for c in null):
            problems.append(f"pair {p + 1}: negation line without negator: {null}")
        if kind == "dneg" and sum(null.count(c) for c in NEGATORS) < 2:
            problems.append(f"pair {p + 1}: double negative with <2 negators: {null}")
        cat_count[cat] += 1
        ind_count[ind] += 1
        ind_cat[(ind, cat)] += 1
        kind_count[kind] += 1
        runon += ro
        if near_minimal(sign, null):
            nm += 1

    for c in (CC, CH, DR):
        if cat_count[c] != 40:
            problems.append(f"category {c}: {cat_count[c]} pairs, expected 40")
    for i in INDUSTRIES:
        if ind_count[i] != 15:
            problems.append(f"industry {i}: {ind_count[i]} pairs, expected 15")
    for k, m in KIND_MIN.items():
        if kind_count[k] < m:
            problems.append(f"kind {k}: {kind_count[k]} < {m}")
    if not 12 <= runon <= 18:
        problems.append(f"run-on pairs {runon}, expected about 15")
    if nm > 40:
        problems.append(f"near-minimal pairs {nm} > 40")

    texts = [r.get("text", "") for r in rows]
    dup = [t for t, k in Counter(texts).items() if k > 1]
    for t in dup:
        problems.append(f"duplicate text: {t}")
    lens = []
    for n, t in enumerate(texts, 1):
        L = len(t)
        lens.append(L)
        if not 8 <= L <= 48:
            problems.append(f"line {n}: length {L} outside 8-48: {t}")
        if not ALLOWED.match(t):
            bad = sorted(set(c for c in t if not ALLOWED.match(c)))
            problems.append(f"line {n}: disallowed characters {bad}: {t}")

    print("lines:", len(rows), "pairs:", len(PAIRS))
    print("categories:", dict(cat_count))
    print("industries:", dict(ind_count))
    print("industry x category:",
          {i: [ind_cat[(i, c)] for c in (CC, CH, DR)] for i in INDUSTRIES})
    print("risk-free kinds:", dict(kind_count))
    print("run-on pairs:", runon, " near-minimal (negator-only) pairs:", nm)
    if lens:
        print("length min/max/mean: %d/%d/%.1f" % (min(lens), max(lens), sum(lens) / len(lens)))
    print("problems:", len(problems))
    for p in problems:
        print("  -", p)
    return problems


if __name__ == "__main__":
    write()
    sys.exit(1 if check() else 0)
