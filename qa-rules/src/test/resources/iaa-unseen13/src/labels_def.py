# Compact labels for call-u13-01..40.  Format per call:
# risk, signals [(cat, turn, evidence)], qa flags "greeting self_intro needs next closing" as 0/1 string,
# forbidden [(turn, ev)], over [(turn, ev)], neg [turns]
L = {}
def c(n, risk, sig, qa, fb=(), op=(), neg=()):
    L["call-u13-%02d" % n] = dict(risk=risk, sig=list(sig), qa=qa, fb=list(fb), op=list(op), neg=list(neg))

c(1, "high", [("quality",1,"系统卡得要命"),("service",1,"拖了一个多礼拜才给弄好"),
              ("competitor",5,"我们这两周在试用了"),("non_renewal",11,"合同到期我们就不续了")],
  "11111", neg=[1,11,15])
c(2, "none", [], "11111")
c(3, "low", [("non_renewal",5,"到时候再说吧")], "11111")
c(4, "medium", [("contact_change",1,"他上个月就走了"),("communication",3,"到现在也没人回我")], "11111", neg=[3])
c(5, "medium", [("demand_reduction",3,"我们裁了一批人"),("demand_reduction",3,"门店也合并了两家"),
                ("demand_reduction",7,"账号肯定要减")], "01110")
c(6, "high", [("quality",1,"主轴又响了"),("quality",3,"精度也跑了，一批件废了一半"),
              ("service",5,"报修以后等了四天才来人"),("quality",5,"这才半个月又这样"),
              ("competitor",7,"德森已经在给我报价了"),("competitor",11,"再出问题我就真换了")],
  "11111", op=[(6,"百分之百不会再出问题")], neg=[1,3,5,7,11])
c(7, "none", [], "11111")
c(8, "none", [], "11011")
c(9, "medium", [("channel_conflict",3,"你们厂里直接派人去报价，比我的进货价还低"),
                ("channel_conflict",7,"你们厂家直接给终端出价，把我们绕过去了")],
  "11111", fb=[(6,"我管不了")], neg=[1,3,5,7,11])
c(10, "none", [], "11111")
c(11, "high", [("quality",3,"专线一到下午就慢"),("price",5,"一下涨了六百"),
               ("competitor",7,"安宇通信上周来报过价了，同样的带宽两千三"),("price",13,"还是比人家贵七八百"),
               ("non_renewal",15,"合约到期我们就不续了")],
  "11101", fb=[(6,"你跟我说也没用")], neg=[3,5,7,9,13,15,17])
c(12, "none", [], "11111")
c(13, "low", [("communication",3,"后来也没人打")], "10101", neg=[3])
c(14, "medium", [("quality",1,"宽带从上周六就断了"),("service",1,"到今天师傅都没来")],
  "01110", fb=[(4,"你找他们去")], neg=[1,3,5,9])
c(15, "medium", [("channel_conflict",3,"你们网上营业厅办新卡直接送三个月话费，我店里只能送一个月"),
                 ("channel_conflict",5,"你们自己的直销队伍跑到我们片区的小区里摆摊，价格比我们还低"),
                 ("communication",9,"结果也没下文")], "11111", neg=[3,5,9])
c(16, "high", [("contact_change",1,"你们这一年换了几个了"),("contact_change",2,"之前的刘经理调去总行了"),
               ("quality",3,"买了一年亏了百分之十八"),("communication",3,"也没见谁打电话跟我说一声"),
               ("competitor",7,"已经转到东华银行去了"),("competitor",9,"等回本了我也转过去")],
  "11111", op=[(10,"我保证半年之内帮您回本"),(12,"保本保收益")], neg=[1,3,5,11,13])
c(17, "none", [], "11111", op=[(4,"稳赚不赔的")])
c(18, "medium", [("contact_change",2,"吴经理调去分行了")], "11111")
c(19, "high", [("demand_reduction",1,"这笔钱到期我得取出来一大半"),("demand_reduction",1,"外贸单子今年少了一半"),
               ("communication",7,"产品到期了从来没人提前跟我说"),("communication",9,"平时也不见人影")],
  "11111", neg=[7,9])
c(20, "none", [], "11111", op=[(8,"绝对不会亏的")])
c(21, "high", [("channel_conflict",1,"一箱比我进价还便宜三块"),("service",3,"查了三个月了还在查"),
               ("non_renewal",5,"我现在一箱都不想进了"),("channel_conflict",7,"结果隔壁县照样有"),
               ("competitor",9,"康福食品的业务员来找过我好几趟了"),("non_renewal",11,"下个季度的货我不订了"),
               ("channel_conflict",13,"你们也没帮我把窜货管住啊")],
  "11001", neg=[1,3,5,7,11,13,15])
c(22, "medium", [("channel_conflict",3,"我这片的酒店饭馆现在都找他拿啤酒，一箱比我便宜四块")],
  "00110", fb=[(6,"那随便你")], neg=[3,5,7])
c(23, "none", [], "11111")
c(24, "none", [], "11111", op=[(6,"全市找不到比我们更低的")])
c(25, "medium", [("communication",1,"你都快一个月没露面了"),("quality",3,"离过期就剩五天"),
                 ("service",3,"到现在也没换"),("communication",7,"到现在也没到账"),
                 ("service",9,"就是这服务，让人心里不舒服")], "10111", neg=[1,3,5,7,9])
c(26, "high", [("quality",1,"吊柜的门板有两块是裂的"),("quality",1,"台面也比量的短了三公分"),
               ("service",3,"到现在一个礼拜了也没动静"),("non_renewal",9,"剩下的衣柜我就退单了")],
  "11111", fb=[(6,"你这人怎么听不明白呢")], neg=[1,3,5,7,9])
c(27, "none", [], "11111")
c(28, "low", [("competitor",3,"有个叫优格的牌子来店里谈过"),("competitor",5,"先听听他们的条件")], "11101")
c(29, "medium", [("demand_reduction",3,"城西那家店下个月关了"),("demand_reduction",5,"下季度进货肯定要比以前少"),
                 ("contact_change",7,"我们新来了个采购经理，姓葛，以后归她管")],
  "11111", op=[(14,"保证一个月就能卖空")])
c(30, "high", [("channel_conflict",1,"你们官方网店那个实木餐桌，现在卖三千八，我店里进价都要三千五"),
               ("channel_conflict",5,"你们自己在网上砸我的价"),
               ("competitor",11,"林森家居的招商经理上个礼拜来我店里了"),("competitor",13,"我们这边已经在谈了"),
               ("competitor",13,"明年合同到期，我大概率转他们家"),("competitor",15,"我就跟林森签了")],
  "11000", neg=[1,3,5,7,9,13,15])
c(31, "high", [("demand_reduction",3,"我打算下一批少补点苗"),("price",7,"一吨贵了两百五"),
               ("competitor",7,"还给我拉了两吨试喂"),("price",9,"一吨差两百多"),
               ("competitor",11,"下个月我就换他们的了")],
  "01111", op=[(10,"保证您的猪出栏提前半个月")], neg=[9,11])
c(32, "none", [], "11111")
c(33, "low", [("service",1,"送货的车晚了大半天")], "11110", neg=[1])
c(34, "medium", [("quality",1,"你们那批育肥料有问题"),("quality",1,"日增重掉了一百多克"),
                 ("quality",3,"颗粒也比以前的硬")],
  "11111", fb=[(4,"这肯定是你们自己管理的问题")], neg=[1,5,9])
c(35, "high", [("channel_conflict",1,"现在直接从你们厂里拿料，比我给他们的价还低"),
               ("competitor",5,"隆丰饲料的人上个月就找我了"),("non_renewal",7,"下个月起我就不进你们的料了"),
               ("competitor",7,"库存卖完就换隆丰的")],
  "01010", fb=[(4,"你爱进不进")], neg=[1,3,5,7,9])
c(36, "high", [("contact_change",1,"顾经理不在我们这儿干了"),("competitor",3,"客房用品要换成集团指定的供应商"),
               ("non_renewal",9,"到期以后就不续了")], "10101")
c(37, "none", [], "11011")
c(38, "low", [("quality",1,"有那么几条洗了以后掉毛")], "11111", op=[(4,"以后保证一条都不会掉毛")])
c(39, "low", [("demand_reduction",3,"可能稍微少一点")], "11101")
c(40, "none", [], "11111", op=[(10,"绝对是最低的")])
