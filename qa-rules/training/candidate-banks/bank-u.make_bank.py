#!/usr/bin/env python3
"""bank-u: paired Mandarin customer utterances, focus service / communication.

Each pair = (industry, category, sign line, partner line).
The sign line carries the churn signal of `category` (labeling guide
/work/shared/test-audio/README.md); the partner talks about the same topic
with no churn signal of any category.

Writes bank-u.jsonl next to this file, reads it back and self-checks.
Exit 1 on any problem.
"""
import json
import os
import re
import sys
from collections import Counter
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "bank-u.jsonl")

CATEGORIES = ["price", "competitor", "service", "quality", "communication",
              "contact_change", "demand_reduction", "non_renewal", "channel_conflict"]
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]

S, C = "service", "communication"

PAIRS = [
    # ---------------- b2b_saas ----------------
    ("b2b_saas", S,
     "我们提的工单从周一到现在，你们技术支持只回了一句在排查，后面就一直没个结果，我们这边干着急。",
     "我们提的工单周一刚交上去，半小时你们技术支持就回复了，当天下午就有了结果，效率真不错。"),
    ("b2b_saas", S,
     "客服电话拨了十几遍，愣是没人接。",
     "客服电话拨过去，一下就接通了。"),
    ("b2b_saas", S,
     "数据导出的操作我不会，问你们售后，就甩给我一个帮助文档让我自己看，态度特别敷衍，问多了还嫌我烦。",
     "数据导出的操作我不会，问你们售后，对方一步一步带着我弄，讲得特别耐心，我问了好几遍也一样客气。"),
    ("b2b_saas", S,
     "我们报的那个故障两天了，你们还没修好。",
     "我们报的那个故障，你们一小时就修好了。"),
    ("b2b_saas", S,
     "上个月说好给我们做一次系统升级，结果工程师来了两回都没弄完，好几个模块现在还是半截子状态。",
     "上个月说好给我们做一次系统升级，工程师按约定的时间来了，一次就弄完了，几个新模块用着挺顺手。"),
    ("b2b_saas", S,
     "接口对接的事，拖了快一个月了。",
     "接口对接的事，当天下午就弄好了。"),
    ("b2b_saas", S,
     "我们财务那边报的权限设置问题，你们在线客服转了三个人，每个人都让我重新描述一遍，最后还是没处理。",
     "我们财务那边报的权限设置问题，你们在线客服直接转给了对口的同事，不用重新描述，十分钟就处理完了。"),
    ("b2b_saas", S,
     "你们的上门培训一推再推，到现在都没落实。",
     "你们的上门培训按时来了，讲得挺实用。"),
    ("b2b_saas", C,
     "小贺上次说周三给我回电话讲新版本的事，我等了一整周也没等到，最后还是我自己打过去问的。",
     "小贺上次说周三给我回电话讲新版本的事，周三上午就打来了，讲得很细，我这边全都听明白了。"),
    ("b2b_saas", C,
     "你们改版的通知，我们一点都不知道。",
     "你们改版的通知，提前一周就发给我们了。"),
    ("b2b_saas", C,
     "我们提的那几个需求，跟你们讲了好几回，每次都说会转给产品部门，可到现在一点反馈都没有。",
     "我们提的那几个需求，你们转给产品部门以后，每周都有人跟我同步进度，我心里一直很有数。"),
    ("b2b_saas", C,
     "签完合同以后，就再没人跟我们联系过。",
     "签完合同以后，每个月都有人来回访一次。"),
    ("b2b_saas", C,
     "上次开会说要给我们出一份使用情况报告，答应得好好的，结果这事就没下文了，我催了两次也没人理。",
     "上次开会说要给我们出一份使用情况报告，第二天就发到我邮箱了，内容很详细，我们领导也仔细看了。"),
    ("b2b_saas", C,
     "发了三封邮件问开票的事，一封都没回。",
     "发邮件问开票的事，当天就有人回复了。"),
    ("b2b_saas", C,
     "维护停机的时间，为什么不提前告诉我们？",
     "维护停机的时间，你们提前三天就通知了，谢谢。"),

    # ---------------- industrial_equipment ----------------
    ("industrial_equipment", S,
     "那台空压机报修快一周了，你们售后一会儿说没配件，一会儿说师傅在外地，到现在也没派人过来。",
     "那台空压机早上报的修，你们售后下午就派师傅过来了，配件也带齐了，当场就处理好了，真省心。"),
    ("industrial_equipment", S,
     "变频器要报修，售后电话一直打不通。",
     "变频器要做保养，售后电话一打就通。"),
    ("industrial_equipment", S,
     "你们的安装师傅来了以后，线也没接完就走了，打电话问他，他说这不归他管，让我们自己去找厂里。",
     "你们的安装师傅来了以后，线接得整整齐齐，走之前还把注意事项跟我们讲了一遍，让我们放心用。"),
    ("industrial_equipment", S,
     "说好的季度巡检，半年都没来过一次。",
     "说好的季度巡检，每一次都准时来了。"),
    ("industrial_equipment", S,
     "调试的事我已经催了四五回了，每次都说明天派人，明天又明天，我们的生产线就这么干等着。",
     "调试的事我上周跟你们约了一下，说好周四派人，周四一早人就到了，我们的生产线当天就开起来了。"),
    ("industrial_equipment", S,
     "反馈单交上去半个月了，至今石沉大海。",
     "反馈单交上去第二天，就有人来处理了。"),
    ("industrial_equipment", S,
     "配件寄错了两回，每次找你们售后都得从头解释，换一个人接电话就说不清楚情况，实在太折腾了。",
     "配件这回寄得很快，找你们售后也方便，不管是谁接电话都清楚我们的情况，一点都不用折腾。"),
    ("industrial_equipment", S,
     "你们售后说话太冲了，一点都不客气。",
     "你们售后说话很和气，解释得也清楚。"),
    ("industrial_equipment", C,
     "去年说好每季度来厂里看一趟设备运行情况，结果一次都没见着人，电话也不主动打一个。",
     "去年说好每季度来厂里看一趟设备运行情况，你们每次都按时来，走之前还会打电话跟我汇报。"),
    ("industrial_equipment", C,
     "新出的保养规范，也没人通知我们一声。",
     "新出的保养规范，你们第一时间就发过来了。"),
    ("industrial_equipment", C,
     "我上个月托你们问一下扩容方案，你们说问完就告诉我，后来再也没提这事儿，我还得自己追着问。",
     "我上个月托你们问一下扩容方案，你们说问完就告诉我，没过两天就把方案和说明一起发过来了。"),
    ("industrial_equipment", C,
     "发货往后推了，也没人提前跟我说。",
     "发货时间调整了，你们提前就跟我说了。"),
    ("industrial_equipment", C,
     "我跟技术那边反映的情况，你们销售一点都不知道，好像内部从来不传话，每次都得我重讲一遍。",
     "我跟技术那边反映的情况，你们销售第二天就知道了，内部沟通得挺顺，我用不着再重讲一遍。"),
    ("industrial_equipment", C,
     "留言让你们回电，三天了都没动静。",
     "留言让你们回电，半小时就打过来了。"),
    ("industrial_equipment", C,
     "节后复工的安排，你们一句都没跟我们讲。",
     "节后复工的安排，你们提前都跟我们讲好了。"),

    # ---------------- telecom ----------------
    ("telecom", S,
     "宽带报修三天了，我打了好几次客服，每次都说已经登记，师傅什么时候来谁也说不准，孩子上网课都耽误了。",
     "宽带报修那天，我打了一次客服，马上就登记好了，师傅下午准时上门，孩子上网课一点都没耽误。"),
    ("telecom", S,
     "营业厅排了一个钟头，事情还是没办成。",
     "营业厅排了一小会儿，事情当场就办好了。"),
    ("telecom", S,
     "我去营业厅问套餐的事，那个工作人员爱答不理的，问两句就不耐烦，说你自己上网查去。",
     "我去营业厅问套餐的事，那个工作人员特别热情，问了好几遍也不嫌麻烦，还在手机上给我演示。"),
    ("telecom", S,
     "基站的事我报了三回，至今没人来看。",
     "基站的事我报了一回，第二天就有人来看了。"),
    ("telecom", S,
     "专线开通说好五个工作日，现在都过去两周了，催一次说快了，再催一次还是快了，办公室一直用不上。",
     "专线开通说好五个工作日，结果第三天就开通了，装维师傅还顺手帮我们把路由器调好，办公室用得很顺。"),
    ("telecom", S,
     "客服热线转人工，怎么都转不进去。",
     "客服热线转人工，很快就接进去了。"),
    ("telecom", S,
     "装维师傅迟到两个小时，连个招呼都不打。",
     "装维师傅提前打了招呼，准时到的。"),
    ("telecom", C,
     "我们公司那几十张卡的服务调整，没人提前跟我说过，你们客户经理一年到头都联系不上。",
     "我们公司那几十张卡的服务调整，你们客户经理提前就跟我说过了，平时有事找他也很好联系。"),
    ("telecom", C,
     "你们经理说下午回电话，等到晚上也没音信。",
     "你们经理说下午回电话，两点多就打来了。"),
    ("telecom", C,
     "上回我们说要给分公司加几条线，你们经理记在本子上，说第二天给答复，结果之后一个字都没再提。",
     "上回我们说要给分公司加几条线，你们经理记在本子上，第二天上午就来了电话，把方案讲得很清楚。"),
    ("telecom", C,
     "停机检修的时间，你们谁也没跟我说。",
     "停机检修的时间，你们提前发短信告诉我了。"),
    ("telecom", C,
     "我在营业厅登记的事，客服那边查不到，客户经理也不知道，你们三个地方各说各的，我来回跑了好几趟。",
     "我在营业厅登记的事，客服那边一查就有，客户经理也清楚，你们几个地方说法都一样，我一趟就办完了。"),
    ("telecom", C,
     "集团业务的回访，从来没有人来过。",
     "集团业务的回访，每个季度都有人来。"),
    ("telecom", C,
     "之前答应帮我们查一下会议室那条线路的情况，说查完马上告诉我，这都一个月了，我问了三次还是没消息。",
     "之前答应帮我们查一下会议室那条线路的情况，说查完马上告诉我，当天傍晚就打电话来说清楚了，很靠谱。"),
    ("telecom", C,
     "工单处理到哪一步了，我每次都得自己去问。",
     "工单处理到哪一步了，你们每次都主动告诉我。"),

    # ---------------- bank_wealth ----------------
    ("bank_wealth", S,
     "我上周在柜台办转账，等了快两个小时，工作人员说系统有问题让我改天再来，一点解释都没有。",
     "我上周在柜台办转账，等了不到十分钟，工作人员手脚很麻利，还顺便帮我把网银也开通了。"),
    ("bank_wealth", S,
     "挂失的事打了三次热线，还是没办完。",
     "挂失的事打了一次热线，当场就办好了。"),
    ("bank_wealth", S,
     "你们理财热线的客服说话很不客气，我就问了问产品说明书里的条款，她说自己看不懂就别买。",
     "你们理财热线的客服说话很客气，我问了问产品说明书里的条款，她一条一条给我解释得很明白。"),
    ("bank_wealth", S,
     "手机银行登不上，反映了好几天也没处理。",
     "手机银行登不上那回，反映完当天就处理好了。"),
    ("bank_wealth", S,
     "说好给我上门办理老年人的业务，约了两次都没来人，我八十多岁的老母亲在家白等了两个下午。",
     "说好给我上门办理老年人的业务，约的那天工作人员准时来了，对我八十多岁的老母亲特别耐心。"),
    ("bank_wealth", S,
     "预约好的开户，到了网点又说没约上。",
     "预约好的开户，到了网点直接就办上了。"),
    ("bank_wealth", S,
     "打电话反映问题，客服直接把我挂了。",
     "打电话咨询问题，客服很快就帮我查清楚了。"),
    ("bank_wealth", C,
     "我买的那几只产品净值怎么样，从来没人主动跟我说一声，每次都是我打电话去问，问了还得等好几天。",
     "我买的那几只产品净值怎么样，你们理财经理每个月都主动跟我说一声，有什么变化也第一时间告诉我。"),
    ("bank_wealth", C,
     "分红的安排，你们一个字都没跟我提。",
     "分红的安排，你们提前就给我讲明白了。"),
    ("bank_wealth", C,
     "上个月你们说会约个时间来家里跟我讲讲资产配置，我一直等着，结果再没人联系我，这事就不了了之了。",
     "上个月你们说会约个时间来家里跟我讲讲资产配置，第二周理财经理就来了，讲了一个多钟头，我挺满意的。"),
    ("bank_wealth", C,
     "风险评估过期了，也没人通知我。",
     "风险评估快到期了，你们提前通知了我。"),
    ("bank_wealth", C,
     "我之前跟大堂经理说了想调整定投的日期，他说会转告理财经理，可理财经理压根不知道这回事。",
     "我之前跟大堂经理说了想调整定投的日期，他转告理财经理以后，理财经理当天就打电话跟我确认了。"),
    ("bank_wealth", C,
     "讲座的事说好通知我，最后也没通知。",
     "讲座的事说好通知我，前一天就通知了。"),
    ("bank_wealth", C,
     "我这半年打了好几次电话想约理财经理见一面，每次都说他在忙回头联系，然后就没下文了，我都懒得再打了。",
     "我这半年想约理财经理见面，打一次电话就约上了，他每次都提前到，有什么问题当面都讲得很透。"),
    ("bank_wealth", C,
     "市场波动这么大，也没人打个电话来说说。",
     "市场波动这么大，理财经理专门打电话来说了说。"),

    # ---------------- fmcg_distribution ----------------
    ("fmcg_distribution", S,
     "上次那批货少了十几箱，我对完单子发给你们售后，到现在一个多星期了，补发的事还是没人处理。",
     "上次那批货少了十几箱，我对完单子发给你们售后，第二天一早补发的货就到了，处理得挺利索。"),
    ("fmcg_distribution", S,
     "临期品换货，申请了一个月还没批。",
     "临期品换货，申请第二天就批下来了。"),
    ("fmcg_distribution", S,
     "你们的配送司机卸了货就走，让他帮忙搬进仓库，他说不是他的活儿，态度特别差，跟我们店员还吵了起来。",
     "你们的配送司机卸了货，还主动帮忙搬进仓库，码得整整齐齐，跟我们店员处得也挺好。"),
    ("fmcg_distribution", S,
     "店里的冰柜要修，喊了几回都不见人影。",
     "店里的冰柜要检修，喊了一声第二天就来人了。"),
    ("fmcg_distribution", S,
     "陈列物料说好上周送到，一直拖着，我们超市的堆头都空着，问你们业务员，他只会说在走流程。",
     "陈列物料说好上周送到，周二就送来了，我们超市的堆头当天就搭好了，你们业务员还过来帮忙摆了摆。"),
    ("fmcg_distribution", S,
     "费用核销拖了三个月，一直批不下来。",
     "费用核销交上去，半个月就批下来了。"),
    ("fmcg_distribution", S,
     "订货系统里的账号要改个权限，打你们服务热线，每次都让我等通知，等几天又让我重新提交，来回折腾好几遍。",
     "订货系统里的账号要改个权限，打你们服务热线，客服当场就帮我改好了，还教我以后怎么自己操作。"),
    ("fmcg_distribution", S,
     "送货老是晚半天，跟你们说了也不改。",
     "送货都很准时，跟你们说几点就几点到。"),
    ("fmcg_distribution", C,
     "你们的业务员说好隔三岔五来店里坐坐，可这大半年连个电话都没有，新品上市我还是从隔壁店听说的。",
     "你们的业务员隔三岔五就来店里坐坐，这大半年也常打电话，新品一上市他就头一个告诉我了。"),
    ("fmcg_distribution", C,
     "陈列标准改了，我是最后一个知道的。",
     "陈列标准改了，你们第一时间就告诉我了。"),
    ("fmcg_distribution", C,
     "上次我问能不能给我们多配点试吃装，你们区域经理当时答应了，说回去申请完告诉我，之后就没影儿了。",
     "上次我问能不能给我们多配点试吃装，你们区域经理当时答应了，说回去申请完告诉我，三天后就有了准信。"),
    ("fmcg_distribution", C,
     "订单走到哪了，只能靠我自己天天打电话问。",
     "订单走到哪了，你们每天都发消息告诉我。"),
    ("fmcg_distribution", C,
     "我跟你们业务员说过我们店周末不收货，说了不止一次，可每次还是周末送来，看来他根本没跟仓库说。",
     "我跟你们业务员说过我们店周末不收货，他当天就跟仓库讲好了，之后都是工作日送来，一次都没弄错。"),
    ("fmcg_distribution", C,
     "问个到货日期，消息发过去一整天都不回。",
     "问个到货日期，消息发过去几分钟就回了。"),
    ("fmcg_distribution", C,
     "年初说要来开个订货会，后来也没动静了。",
     "年初说要来开个订货会，三月份就开上了。"),

    # ---------------- furniture ----------------
    ("furniture", S,
     "沙发送来的时候少了两个靠垫，我跟你们售后说了三回，每次都说马上补，一个月过去了还是没影子。",
     "沙发送来的时候少了两个靠垫，我跟你们售后说了一声，第二天就补送过来了，还附了张致歉的卡片。"),
    ("furniture", S,
     "安装师傅约了三次，没一次按时来。",
     "安装师傅约了两次，次次都按时来。"),
    ("furniture", S,
     "你们的安装师傅装完衣柜，地上的木屑纸箱全留给我们，说清理不是他们的事，叫我自己打扫。",
     "你们的安装师傅装完衣柜，把地上的木屑纸箱都收拾走了，还用吸尘器吸了一遍，特别细心。"),
    ("furniture", S,
     "床头柜的抽屉要调一下，等了快半个月。",
     "床头柜的抽屉要调一下，师傅第二天就来了。"),
    ("furniture", S,
     "门店客服接电话没听我说完就说要去开会，让我改天再打，我这都打第五次了，事儿还是没着落。",
     "门店客服接电话耐心听我说完，说开完会马上处理，让我下午等电话，下午一点多事儿就有着落了。"),
    ("furniture", S,
     "上门保养的服务，买的时候说有，现在约不上。",
     "上门保养的服务，打个电话就约上了。"),
    ("furniture", S,
     "定制柜子的复尺，一拖再拖也没人来。",
     "定制柜子的复尺，约好时间就来了。"),
    ("furniture", C,
     "我们定制的橱柜到底哪天能装，设计师一直不给准话，我问了好几次，每次都说等工厂通知，然后就没了消息。",
     "我们定制的橱柜到底哪天能装，设计师提前一周就跟我约好了，工厂那边的进度也随时发给我看。"),
    ("furniture", C,
     "板材换了颜色批次，事先一句话都没说。",
     "板材换了颜色批次，你们事先就拍照给我确认了。"),
    ("furniture", C,
     "上次去店里选样品，店长说新款到了第一时间通知我，我等了两个月，还是自己路过店门口才看见的。",
     "上次去店里选样品，店长说新款到了第一时间通知我，新款一到货他就打了电话，还把照片发给了我。"),
    ("furniture", C,
     "设计图改好没有，我问了一周也没人吭声。",
     "设计图改好没有，我一问设计师马上就回了。"),
    ("furniture", C,
     "我跟导购说了家里老人腿脚不方便，想要矮一点的床，结果送来的还是原来那款，这话根本没传到下单的人那里。",
     "我跟导购说了家里老人腿脚不方便，想要矮一点的床，她记下来转给了下单的同事，送来的正好是我要的高度。"),
    ("furniture", C,
     "售后说会来回访，到现在也没回访。",
     "售后说会来回访，上周就回访过了。"),
    ("furniture", C,
     "装修公司那边问了好几次你们的尺寸资料，你们设计说发了，其实根本没发，两边都来问我，弄得我很被动。",
     "装修公司那边要你们的尺寸资料，你们设计当天就直接发过去了，还跟对方核对了一遍，省了我好多事。"),
    ("furniture", C,
     "到货时间，每次都是我追着问。",
     "到货时间，每次都是你们先告诉我。"),

    # ---------------- feed ----------------
    ("feed", S,
     "猪场的料塔报给你们技术服务部四五天了，只说在安排，到现在也没来人看，饲喂全靠人工在顶着。",
     "猪场的料塔要检修，报给你们技术服务部当天就安排了，第二天一早技术员就到了，一上午就弄好了。"),
    ("feed", S,
     "要的兽医技术员，一直派不过来。",
     "要的兽医技术员，第二天就派过来了。"),
    ("feed", S,
     "上次那车料卸的时候，司机嫌我们场里路窄，把料卸在大门口就走了，打电话给你们调度，调度也说没办法。",
     "上次那车料卸的时候，我们场里路窄，司机慢慢倒进来卸好了，你们调度还打电话来问顺不顺利。"),
    ("feed", S,
     "饲料送晚了两天，鸡舍都快断料了。",
     "饲料早送了两天，鸡舍都不愁断料了。"),
    ("feed", S,
     "我们鱼塘的水质检测说好每个月做一次，你们技术员来了一回就再也没来过，打电话也总说下回。",
     "我们鱼塘的水质检测说好每个月做一次，你们技术员每个月都准时来，测完还会把结果讲给我听。"),
    ("feed", S,
     "免疫方案的指导，一直说来又不来。",
     "免疫方案的指导，技术员按时来讲了。"),
    ("feed", S,
     "料袋上的批号查不到，我问了你们客服三次，一会儿让我找业务员一会儿让我找工厂，踢来踢去没人负责。",
     "料袋上的批号我想查一下，问了你们客服一次，她马上帮我查清楚了，还告诉我以后在哪儿自己查。"),
    ("feed", S,
     "对账单有错，找人改了一个月还没改好。",
     "对账单有一处要改，当天就改好了。"),
    ("feed", C,
     "你们的业务员说好每个月来场里看看存栏情况，可两三个月都见不着人，配方调整也不来跟我商量。",
     "你们的业务员说好每个月来场里看看存栏情况，每回都准时来，配方要调整也会先来跟我商量。"),
    ("feed", C,
     "换新配方的事，一点风声都没透给我。",
     "换新配方的事，你们提前就跟我说清楚了。"),
    ("feed", C,
     "上回我问仔猪教槽料的饲喂方法，你们技术员说回去查个资料再打给我，到现在一个多月了都没打来。",
     "上回我问仔猪教槽料的饲喂方法，你们技术员说回去查个资料再打给我，当天晚上就打来讲得很详细。"),
    ("feed", C,
     "送料车次改了，我是到点没见车才知道。",
     "送料车次改了，你们头一天就打电话讲了。"),
    ("feed", C,
     "我跟业务员反映过鸡群采食的情况，他说会转告技术部，结果技术部的人来了一点都不了解，又从头问一遍。",
     "我跟业务员反映过鸡群采食的情况，他转告了技术部，技术部的人来之前就把情况摸清楚了，不用我从头讲。"),
    ("feed", C,
     "说要发给我的养殖手册，一直没见着。",
     "说要发给我的养殖手册，昨天收到了。"),
    ("feed", C,
     "有事找你们，消息总是隔好几天才回。",
     "有事找你们，消息总是一会儿就回。"),

    # ---------------- hotel_supplies ----------------
    ("hotel_supplies", S,
     "上个月少送了几十条浴巾，我们客房经理打了好几次电话让你们补，到现在还没补来，客房都快周转不开了。",
     "上个月少送了几十条浴巾，我们客房经理打了个电话，你们当天下午就补送过来了，客房一点没耽误。"),
    ("hotel_supplies", S,
     "洗涤设备报修三天了，都没人理。",
     "洗涤设备报修第二天，人就来了。"),
    ("hotel_supplies", S,
     "你们那个售后专员说话特别冲，我们就问了问洗护用品能不能换个包装，他直接来一句爱要不要，真让人窝火。",
     "你们那个售后专员说话特别和气，我们问了问洗护用品能不能换个包装，他当场记下来，还给了几个建议。"),
    ("hotel_supplies", S,
     "吹风机寄回去维修，一个月了没消息。",
     "吹风机寄回去维修，一周就修好寄回来了。"),
    ("hotel_supplies", S,
     "开业前说好派人来培训客房服务员怎么用新设备，结果开业都半个月了，人还没来，员工只能自己摸索。",
     "开业前说好派人来培训客房服务员怎么用新设备，开业前三天人就来了，手把手教会了我们每一个员工。"),
    ("hotel_supplies", S,
     "加急的订单，催了五回还没发出来。",
     "加急的订单，上午下单下午就发出来了。"),
    ("hotel_supplies", S,
     "售后热线一到下午就没人接了。",
     "售后热线一到下午也有人接，很方便。"),
    ("hotel_supplies", C,
     "我们酒店要改客房的配置清单，跟你们说了之后就没人来对接，到现在样品没见着，清单也没人跟我核对。",
     "我们酒店要改客房的配置清单，跟你们说了之后马上就有人来对接，样品第二天送到，清单也一项项核对过了。"),
    ("hotel_supplies", C,
     "缺货的事，你们为什么不早点说？",
     "缺货的事，你们早早说了，我们也好安排。"),
    ("hotel_supplies", C,
     "上回展会上你们的人说回去整理一份新品目录寄给我们，我等到现在也没收到，打电话过去也问不出个所以然。",
     "上回展会上你们的人说回去整理一份新品目录寄给我们，不到一周就收到了，里面还夹了一张他的名片。"),
    ("hotel_supplies", C,
     "客户经理的电话，十次有八次打不通。",
     "客户经理的电话，一打就通，人很热情。"),
    ("hotel_supplies", C,
     "我们跟你们业务员说过要分楼层打包，讲了好几遍，货到了还是混在一起，看来他根本没转达给仓库。",
     "我们跟你们业务员说过要分楼层打包，他转达给仓库以后，货到了都按楼层分得清清楚楚，拆箱方便多了。"),
    ("hotel_supplies", C,
     "样品寄没寄出，问了三天没人告诉我。",
     "样品寄出去了，你们马上就告诉我了。"),
    ("hotel_supplies", C,
     "旺季之前说好来店里跟我们碰一碰备货计划，眼看旺季都到了，一个人影都没见着，电话也没打过一个。",
     "旺季之前说好来店里跟我们碰一碰备货计划，你们提前半个月就来了，把各种用品的量都帮我们算好了。"),
    ("hotel_supplies", C,
     "发票的事，说今天给我回复，又没回。",
     "发票的事，说今天给我回复，上午就回了。"),
]

# --- checks -----------------------------------------------------------------

ALLOWED = re.compile(r"^[\u4e00-\u9fff，。！？、；：“”‘’（）《》…—]+$")

# Phrases quoted as examples in the labeling guide: must not be reused.
GUIDE_EXAMPLES = [
    "套餐说涨就涨，从八十八涨到一百二十八", "你们的单价在市场上偏高", "现在猪价这么低，一吨差两百我也得算",
    "我们这两周已经在试用海川的系统了", "我已经在问携号转网了", "别的饮料厂家也在找我做代理",
    "报修五天了工程师还没来", "我投诉了三次都没人管", "衣柜门板开裂了", "买了半年亏了百分之十二",
    "半个月都没人来店里看一下", "有产品到期也是我自己去问的", "赵主管上个月已经离职了",
    "原来负责您的王经理调到总行了", "你们的投顾一年换了三个", "关了六家门店",
    "猪价太低了，我这个月卖了两百头", "下个月我只能订一半了", "合同到期我们肯定不续了",
    "续约的事到期再说吧", "周五再不送到我就要退单了", "隔壁县的经销商把货窜到我们这边来了",
    "你们厂家直接给他出厂价，绕过我", "我们没打算换系统", "我没答应", "我们全家都用你们的，没打算换",
    "能不换的先不换", "到期再说吧", "三台里面有两台三天两头报过流故障",
]

# Words that would put a partner line under another category or read as a complaint.
PARTNER_BANNED = [
    "没人", "没回", "不回", "还没", "一直没", "没消息", "没下文", "没动静", "催", "敷衍", "不客气",
    "打不通", "没来", "不来", "拖", "踢", "冲", "窝火", "折腾了", "没影",
    # other categories
    "续", "到期再说", "竞", "别家", "别的厂", "换一家", "换家", "试用", "涨", "太贵", "便宜", "价",
    "离职", "调走", "换人", "窜", "退单", "少订", "关店", "关了", "缩减", "不做了", "不合作", "投诉",
    "亏", "开裂", "质量",
]
# Something in a sign line must mark it as negative.
SIGN_MARKERS = ["没", "不", "拖", "催", "冲", "差", "敷衍", "晚", "迟", "错", "踢", "窝火", "折腾",
                "一推再推", "石沉大海", "过期", "挂了", "最后一个", "追着", "别买", "爱要不要", "隔好几天",
                "等了", "打不通", "都得自己", "只能靠我"]


def bigrams(s):
    s = re.sub(r"[，。！？、；：“”‘’（）《》…—]", "", s)
    return {s[i:i + 2] for i in range(len(s) - 1)}


def jacc(a, b):
    A, B = bigrams(a), bigrams(b)
    return len(A & B) / max(1, len(A | B))


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for ind, cat, sign, partner in PAIRS:
            f.write(json.dumps({"text": sign, "speaker": "customer", "category": cat},
                               ensure_ascii=False) + "\n")
            f.write(json.dumps({"text": partner, "speaker": "customer", "category": None},
                               ensure_ascii=False) + "\n")

    problems = []

    def bad(msg):
        problems.append(msg)

    # read back
    with open(OUT, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != 240:
        bad(f"expected 240 lines, got {len(lines)}")
    recs = []
    for i, ln in enumerate(lines, 1):
        try:
            r = json.loads(ln)
        except Exception as e:  # noqa
            bad(f"line {i}: not JSON: {e}")
            continue
        if list(r.keys()) != ["text", "speaker", "category"]:
            bad(f"line {i}: keys {list(r.keys())}")
        if r.get("speaker") != "customer":
            bad(f"line {i}: speaker {r.get('speaker')}")
        t = r.get("text")
        if not isinstance(t, str) or not ALLOWED.match(t):
            bad(f"line {i}: disallowed characters in {t!r}")
        if i % 2 == 1:
            if r.get("category") not in CATEGORIES:
                bad(f"line {i}: sign category {r.get('category')!r}")
        else:
            if r.get("category") is not None:
                bad(f"line {i}: partner category must be null")
        recs.append(r)
    if "\\u" in raw:
        bad("file contains \\u escapes (ensure_ascii)")

    # pairs from the file
    pairs = [(recs[k], recs[k + 1]) for k in range(0, len(recs) - 1, 2)]
    if len(pairs) != 120:
        bad(f"expected 120 pairs, got {len(pairs)}")

    # data-level checks
    texts = Counter()
    n_long_lines = 0
    for idx, (ind, cat, sign, partner) in enumerate(PAIRS):
        tag = f"pair {idx + 1} ({ind}/{cat})"
        if ind not in INDUSTRIES:
            bad(f"{tag}: unknown industry")
        if cat not in ("service", "communication"):
            bad(f"{tag}: category outside the bank's focus")
        texts[sign] += 1
        texts[partner] += 1
        ls, lp = len(sign), len(partner)
        long_s, long_p = 30 <= ls <= 80, 30 <= lp <= 80
        if long_s != long_p:
            bad(f"{tag}: length class differs ({ls} vs {lp})")
        if ls > 80 or lp > 80:
            bad(f"{tag}: too long ({ls}/{lp})")
        if min(ls, lp) < 10:
            bad(f"{tag}: too short ({ls}/{lp})")
        if not (0.75 <= ls / lp <= 1.33):
            bad(f"{tag}: lengths not similar ({ls} vs {lp})")
        n_long_lines += long_s + long_p
        sim = jacc(sign, partner)
        if sim < 0.15:
            bad(f"{tag}: sign and partner share too few words (jaccard {sim:.2f})")
        if sign == partner:
            bad(f"{tag}: identical lines")
        for w in PARTNER_BANNED:
            if w in partner:
                bad(f"{tag}: partner contains {w!r}")
        if not any(m in sign for m in SIGN_MARKERS):
            bad(f"{tag}: sign has no negative marker")
        for ex in GUIDE_EXAMPLES:
            exs = re.sub(r"[，。]", "", ex)
            for t in (sign, partner):
                tt = re.sub(r"[，。！？、；：“”]", "", t)
                if exs in tt:
                    bad(f"{tag}: reuses guide example {ex!r}")
                # no 7-character run shared with a guide example
                for k in range(len(exs) - 6):
                    if exs[k:k + 7] in tt:
                        bad(f"{tag}: 7-char overlap with guide example {ex!r}")
                        break
        if recs and idx * 2 + 1 < len(recs):
            if recs[idx * 2]["text"] != sign or recs[idx * 2 + 1]["text"] != partner:
                bad(f"{tag}: file does not match data")
            if recs[idx * 2]["category"] != cat:
                bad(f"{tag}: file category mismatch")
    for t, n in texts.items():
        if n > 1:
            bad(f"duplicate text: {t}")

    # near copies between different pairs
    for (i, a), (j, b) in combinations(enumerate(PAIRS), 2):
        for x in (a[2], a[3]):
            for y in (b[2], b[3]):
                s = jacc(x, y)
                if s >= 0.5:
                    bad(f"near copy pairs {i + 1}/{j + 1} (jaccard {s:.2f}): {x} | {y}")

    # balance
    cat_n = Counter(p[1] for p in PAIRS)
    ind_n = Counter(p[0] for p in PAIRS)
    if cat_n != Counter({"service": 60, "communication": 60}):
        bad(f"category counts {dict(cat_n)}")
    for ind in INDUSTRIES:
        if not 14 <= ind_n[ind] <= 16:
            bad(f"industry {ind}: {ind_n[ind]} pairs")
    if not 100 <= n_long_lines <= 140:
        bad(f"long lines {n_long_lines} of 240, want about half")

    for p in problems:
        print("PROBLEM:", p)
    print("pairs per category:", dict(cat_n))
    print("pairs per industry:", {k: ind_n[k] for k in INDUSTRIES})
    print("pairs per industry x category:",
          {k: (sum(1 for p in PAIRS if p[0] == k and p[1] == S),
               sum(1 for p in PAIRS if p[0] == k and p[1] == C)) for k in INDUSTRIES})
    print(f"long lines (30-80 chars): {n_long_lines} of {len(PAIRS) * 2}")
    print(f"{OUT}: {len(lines)} lines, {len(pairs)} pairs, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
