#!/usr/bin/env python3
"""bank-r: 120 pairs of customer utterances about contracts, renewal and
continuing to order.  Each pair = one non_renewal churn-sign line followed by
a risk-free partner line (category null) on the same topic.

Writes bank-r.jsonl beside this file, reads it back and self-checks.
Exit status 1 if any check fails.

Kinds of the risk-free line:
  A = affirmation / reassurance of renewal in everyday words
  C = confirming the next order / next contract concretely
  N = negation of leaving ("没说不续啊")
  D = double negative ("不可能不续")
  L = neutral contract logistics (paperwork, invoices, signing procedure)
run_on = True when the mention sits in the middle of other business talk.
"""
import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "bank-r.jsonl")

# (industry, kind, run_on, non_renewal line, risk-free line)
PAIRS = [
    # ---------------------------------------------------------------- b2b_saas
    ("b2b_saas", "A", False,
     "这套系统合同到期以后，我们就不再续费了。",
     "续费没啥好说的，照续。"),
    ("b2b_saas", "N", False,
     "续约的事啊，等到期了再说吧，现在我也定不下来。",
     "我什么时候说过不续了？你别听岔了。"),
    ("b2b_saas", "A", False,
     "我们老板的意思是今年用完就停，不再签了。",
     "明年接着用，老板那边已经点过头了。"),
    ("b2b_saas", "L", False,
     "那几个账号下个月到期，到时候就让它停掉吧。",
     "续费的发票开我们财务那个抬头就行，要专票。"),
    ("b2b_saas", "D", False,
     "你们先别提续约了，合作我们打算暂停一段。",
     "也不是说不续，续是肯定续的，就是法务要先把合同看一遍。"),
    ("b2b_saas", "C", False,
     "续费就算了，不用了。",
     "下一年的订阅单我这周就提交，你等着收就行。"),
    ("b2b_saas", "N", False,
     "合同今年底到期，我们这边决定不续约了。",
     "没有要停的意思啊，系统我们天天都在用呢。"),
    ("b2b_saas", "L", False,
     "年费那个续约单我不打算签了，你们别准备了。",
     "续约合同你发个电子版给我，盖章走线上签就行吧？"),
    ("b2b_saas", "A", True,
     "上周报表导出那个问题已经弄好了，对了，明年的续约我们就不做了，数据你们帮忙导一份出来。",
     "审批流那个节点我们又加了一级，续约你那边照常安排，再就是下周的培训能不能改到周三。"),
    ("b2b_saas", "A", False,
     "这个合同到期就终止吧，我们这边已经定了。",
     "放心吧，合同一到期我们第一时间就续上。"),
    ("b2b_saas", "D", False,
     "下个周期的订阅，我们不打算买了。",
     "不续是不可能的，全公司的单子都在这个系统上跑。"),
    ("b2b_saas", "N", False,
     "坦白跟你说，明年这个服务我们不准备续了。",
     "没人说要断掉啊，你们该准备续约就准备。"),
    ("b2b_saas", "A", False,
     "这一年的合同签完就到头了，以后不合作了。",
     "续约的事你就别操心了，到时候还跟你们签。"),
    ("b2b_saas", "L", False,
     "等合同到期再看吧，续不续我现在心里真没底。",
     "续约要走我们的采购系统，你们先把供应商信息更新一下。"),
    ("b2b_saas", "C", True,
     "接口文档我已经转给技术了，续费这边我们就不续了，到期前把历史数据给我们备份一份。",
     "新版本上线的通知我看到了，明年的订阅单今天下午就发你，顺便把培训课件也发一份。"),

    # ----------------------------------------------------- industrial_equipment
    ("industrial_equipment", "A", False,
     "维保合同到期我们就不续了，以后自己的人修。",
     "维保还是你们来做，续约的事年前就办了。"),
    ("industrial_equipment", "N", False,
     "明年的框架协议，我们不打算再签了。",
     "谁说框架协议不签了？我没讲过这话。"),
    ("industrial_equipment", "C", False,
     "备件那个年度采购，今年做完就停了。",
     "明年的备件单子我已经报上去了，还是按老规矩从你们这儿订。"),
    ("industrial_equipment", "A", False,
     "这批变频器到了以后，后面就不再下单了。",
     "后面的电机照样找你们订，这个你放一百个心。"),
    ("industrial_equipment", "D", False,
     "合作先暂停吧，后续的订单我们先不下了。",
     "后面的单子不可能不给你们，车间里全是你们的设备。"),
    ("industrial_equipment", "L", False,
     "续约先放放，到期再说。",
     "续签的合同是寄纸质的还是走电子签，你们定一个。"),
    ("industrial_equipment", "N", False,
     "我跟你讲实话，下个年度的合同不准备签了。",
     "没打算停啊，该续照续。"),
    ("industrial_equipment", "A", True,
     "三号线那台空压机上周已经调好了，维保合同到期我们就不续了，剩下的备件月底前发过来。",
     "二号车间那两台电机跑得挺稳，明年的维保接着签，到时候还是每季度来巡检一回。"),
    ("industrial_equipment", "L", False,
     "这个保养合同，我们打算提前终止。",
     "合同里的付款节点能不能跟去年一样，分两次付。"),
    ("industrial_equipment", "A", False,
     "以后的配件我们就不再订了，这批是最后一单。",
     "配件一直从你们这里拿，往后也一样。"),
    ("industrial_equipment", "D", False,
     "维保续不续，我现在还真说不好，到时候再看吧。",
     "维保没有不续的道理，这些设备离不了你们。"),
    ("industrial_equipment", "N", False,
     "年底合同一到期，这个合作就到此为止吧。",
     "没说要结束合作呀，你别多想。"),
    ("industrial_equipment", "C", False,
     "下季度的订单我们先停了，什么时候恢复不好说。",
     "下季度那二十台的订单，月底前我就把合同发给你。"),
    ("industrial_equipment", "A", False,
     "续签的事你们就不用跑了，我们不续。",
     "续签你们准备好文件过来就行，我这边没问题。"),
    ("industrial_equipment", "L", True,
     "验收单我已经签好寄回去了，后面那期的合同我们就不签了，尾款财务下周付。",
     "开票信息我下午发你，续签的合同样本也一起发过来，我让法务先看条款。"),

    # ------------------------------------------------------------------ telecom
    ("telecom", "A", False,
     "宽带合约到期我就不续了，直接停机就行。",
     "宽带合约到了接着续，我家一天都离不开网。"),
    ("telecom", "N", False,
     "我们公司那条专线到期以后就不要了。",
     "专线没说不要啊，我们办公全靠它呢。"),
    ("telecom", "L", False,
     "集团账户那几十张卡，合同到期就全部销户。",
     "集团账户续约要带营业执照原件吗，还是复印件就行？"),
    ("telecom", "A", False,
     "套餐别续了，月底停掉。",
     "套餐续上，老样子。"),
    ("telecom", "D", False,
     "续约的事我现在不想谈，到期再说吧。",
     "我又不是不续，就是想问清楚哪天来签。"),
    ("telecom", "N", False,
     "合约期一满，我就把这个号注销了。",
     "号我可没打算注销，用了十几年了。"),
    ("telecom", "C", False,
     "你们别再打电话问续约了，我们定了不续。",
     "下一年的专线合同你们照常发过来，我这边照签。"),
    ("telecom", "A", True,
     "上个月的话费单我已经收到了，宽带到期就不续了，你顺便帮我查一下积分还有多少。",
     "你先帮我查一下这个月流量还剩多少，宽带合约到期给我接着续，发票寄到公司地址。"),
    ("telecom", "L", False,
     "这个监控流量的业务，下个月开始我们暂停。",
     "续约的合同我找谁签字，是去营业厅还是你们上门？"),
    ("telecom", "A", False,
     "到期以后这几条线路我们就拆了，不续了。",
     "这几条线路续约没问题，照老样子来。"),
    ("telecom", "N", False,
     "我想把合约提前解了，剩下的月份不用了。",
     "提前解约？没这个想法，我压根没动过这念头。"),
    ("telecom", "N", False,
     "明年的集团合同我们不签了，就到这儿。",
     "谁跟你讲明年不签的？没这回事，合同照签。"),
    ("telecom", "C", False,
     "副卡到期都停了吧。",
     "副卡到期全部续上，再加一张。"),
    ("telecom", "A", False,
     "续不续约的，等我们开完会再说，现在别问了。",
     "续约的事早就定了，开会也就是走个过场。"),
    ("telecom", "L", True,
     "营业厅那边的发票我拿到了，专线合同到期我们就停，设备你们到时候上门拆走。",
     "营业厅那边的发票我拿到了，专线续约的合同要几份原件，我好让行政提前盖章。"),

    # ------------------------------------------------------------- bank_wealth
    ("bank_wealth", "A", False,
     "这期理财到期我就不续了，钱直接转出来。",
     "这期到了接着续，本金利息一起滚进去。"),
    ("bank_wealth", "N", False,
     "定投我打算停掉，下个月起就别扣了。",
     "定投没说要停啊，照扣。"),
    ("bank_wealth", "C", False,
     "那个产品到期以后，我就不再买了。",
     "下一期那个产品你帮我预约上，到期直接续。"),
    ("bank_wealth", "L", False,
     "到期再说吧，续不续我还没想好。",
     "续投的话我是要到网点签字，还是手机上点一下就行？"),
    ("bank_wealth", "D", False,
     "我们家这笔钱到期后就全部赎回，不放了。",
     "这笔钱我不可能不续，放你们这儿我心里踏实。"),
    ("bank_wealth", "A", False,
     "往后的产品我就不买了。",
     "往后有新的一期照样给我留着，我都买。"),
    ("bank_wealth", "N", False,
     "这份年金保险的续期保费，我不打算交了。",
     "续期保费我没打算断，到日子你提醒我一声就行。"),
    ("bank_wealth", "A", True,
     "昨天在网点办的那张卡已经激活了，那笔理财到期就不续了，你帮我看看密码器怎么用。",
     "你帮我把工资卡的短信提醒开一下，那笔理财到期还是续，再把我闺女的卡绑上。"),
    ("bank_wealth", "L", False,
     "这一期结束我就不做了，钱我要拿回来。",
     "到期续投中间有没有空档，续上以后哪天起息？"),
    ("bank_wealth", "D", False,
     "下个季度的产品，我不打算再认购了。",
     "下季度不认购是不可能的，我每个季度都等着呢。"),
    ("bank_wealth", "A", False,
     "大额存单到期我就取出来，不续存了。",
     "大额存单到期帮我原样续存，省得再跑一趟。"),
    ("bank_wealth", "N", False,
     "合作就先停一停吧，到期的钱我先拿走。",
     "我又没讲要把钱取走，你紧张什么。"),
    ("bank_wealth", "C", False,
     "续存那个事你别给我办了，到期我自己来取。",
     "续存就按上次说的办，到期直接转进新的那一期。"),
    ("bank_wealth", "A", False,
     "这个账户里的产品到期以后，我不准备再续了。",
     "老客户了，肯定续啊。"),
    ("bank_wealth", "L", True,
     "你先帮我查一下这张卡上个月的流水，这期理财到了就赎回吧，然后把手机银行密码重置一下。",
     "你先帮我查一下这张卡上个月的流水，续投的协议要我本人过来签吗，我周六才有空。"),

    # ------------------------------------------------------- fmcg_distribution
    ("fmcg_distribution", "A", False,
     "代理合同到期我们就不签了，这个牌子不做了。",
     "这个牌子我们做得顺手，代理合同接着签。"),
    ("fmcg_distribution", "C", False,
     "下个季度的货我就不订了，你们别给我排了。",
     "下个季度的货照老样子给我排上，品种都照旧。"),
    ("fmcg_distribution", "N", False,
     "经销协议到期以后，咱们的合作就先暂停吧。",
     "我没说要停合作，协议到了照续。"),
    ("fmcg_distribution", "A", False,
     "年货那批订完以后，后面就不再进了。",
     "年货订完接着进春季的货，这个你放心。"),
    ("fmcg_distribution", "L", False,
     "续约的事到期再说，我现在也拿不准。",
     "续签协议你先发我电子版，我打印出来盖好章寄回去。"),
    ("fmcg_distribution", "D", False,
     "这一单走完我就不再拿货了，合作到此为止。",
     "你们的货我哪能不进，店里天天有人点名要。"),
    ("fmcg_distribution", "N", False,
     "我们打算终止经销合同，手续你们看怎么办。",
     "终止合同？没有的事，你从哪儿听来的。"),
    ("fmcg_distribution", "C", True,
     "上次那批饮料的货款昨天打过去了，下季度的订货我们就停了，剩下的库存你们看怎么弄。",
     "仓库那边说冷柜明天到，下季度的订单我今晚就报给你，还是按上季度的品种来。"),
    ("fmcg_distribution", "A", False,
     "新的一年，我们不准备再签你们家的代理了。",
     "新一年的代理协议你拿来，我签字没二话。"),
    ("fmcg_distribution", "L", False,
     "先别发货了，后面的订单全部取消。",
     "后面的订单我都走系统下，你看一下发货单上的地址对不对。"),
    ("fmcg_distribution", "D", False,
     "这个品牌我们到年底就不做了，不续了。",
     "这个品牌不续？不可能不续，我们做了八年了。"),
    ("fmcg_distribution", "N", False,
     "合作先停一段，货先别送了。",
     "谁说要停货了，我可没讲过这话，照常送。"),
    ("fmcg_distribution", "A", False,
     "续约就不谈了，我们这边已经决定不做了。",
     "续约的事就这么定了，咱们接着一块干。"),
    ("fmcg_distribution", "L", False,
     "明年开春的订货会我们就不来了，货也不订了。",
     "明年开春的订货会定在哪天，我好提前把车票买了。"),
    ("fmcg_distribution", "L", True,
     "对了，端午那批促销物料已经收到了，下半年的经销合同我们就不续签了，账你们核对一下。",
     "端午那批促销物料已经收到了，下半年经销合同续签要几份，法人章和公章都要盖吗？"),

    # --------------------------------------------------------------- furniture
    ("furniture", "A", False,
     "加盟合同到期我们就不续了，这事已经定了。",
     "加盟合同到期接着续，门头都不用换。"),
    ("furniture", "C", False,
     "下一批样品你们别发了，以后我们不订了。",
     "下一批样品你们照常发，新款的订单我月初就下。"),
    ("furniture", "N", False,
     "今年这批工程单做完，后面的就不跟你们签了。",
     "后面的工程单我没说不签，照样是你们的。"),
    ("furniture", "A", False,
     "年度供货协议到期，我们不打算续了。",
     "年度供货协议续一年没问题，条款照旧。"),
    ("furniture", "L", False,
     "续签这事儿啊，等合同到期了再看吧，我还没拿定主意。",
     "续签的时候把送货安装的条款也写进去，跟原来一样就行。"),
    ("furniture", "D", False,
     "进货先停停，缓一缓。",
     "沙发这块我们不会不进的，卖得正好。"),
    ("furniture", "N", False,
     "床垫那个系列，到期以后就不再续订了。",
     "床垫那个系列我从来没提过要停，续订单照发。"),
    ("furniture", "A", True,
     "上周送来的那套餐桌客人挺满意，展厅合作的合同到期我们就不签了，样品你们到时候拉回去。",
     "新款的色卡我已经让店员贴墙上了，展厅合同到期续签就行，下周你们来量一下新展位。"),
    ("furniture", "C", False,
     "这个月的单子下完，以后就不再订了。",
     "这个月的单子下完，下个月的我也先给你报上。"),
    ("furniture", "L", False,
     "以后工程这块的合作，我们就先不做了。",
     "工程合作的合同是按项目签还是按年签，你们给个模板。"),
    ("furniture", "D", False,
     "合同到了期，咱们就各走各的吧。",
     "咱们合作这么多年了，续约哪有不续的。"),
    ("furniture", "N", False,
     "我跟老板商量过了，加盟的事到此为止。",
     "老板没说不干了，他就是问问续约要带什么材料。"),
    ("furniture", "A", False,
     "衣柜的年度订单，我们明年不下了。",
     "衣柜的年度订单明年接着下，数量跟今年差不多。"),
    ("furniture", "L", False,
     "续约的文件不用寄了，我们不签。",
     "续约的文件寄到店里就行，收件人写店长。"),
    ("furniture", "A", True,
     "你们那个展会的邀请函我收到了，明年的供货合同我们不打算续了，展会我可能也不去了。",
     "你们那个展会的邀请函我收到了，到时候一定去，明年的供货合同顺便在展会上续了。"),

    # -------------------------------------------------------------------- feed
    ("feed", "C", False,
     "这一批料喂完，下个月我就不订了。",
     "这批料喂完，下个月的料还是照常给我拉二十吨。"),
    ("feed", "A", False,
     "供料合同到期我们就不续了，场里已经定了。",
     "供料合同到期接着续，场里都认你们的料。"),
    ("feed", "N", False,
     "下一季的料你先别备了，我们暂停。",
     "我没说暂停啊，下一季的料该备就备。"),
    ("feed", "L", False,
     "续签的事到期再看吧，我现在说不好。",
     "续签合同要场长签字，还是我签就行？"),
    ("feed", "A", False,
     "往后的猪料就算了，合作先到这儿。",
     "往后的猪料还是你们供，这个没啥好说的。"),
    ("feed", "D", False,
     "明年的饲料合同，我们不打算签了。",
     "明年的合同不签不行啊，我这几千头猪等着吃呢。"),
    ("feed", "N", False,
     "鸡场这边的料，月底以后就停了吧。",
     "鸡场的料可没说要停，月底照样送。"),
    ("feed", "A", True,
     "上回送来的那批预混料猪吃得挺好，年底合同到期我们就不续了，这个月的账你们先对一下。",
     "兽医昨天来场里看过了，一切正常，年底的供料合同接着续，这个月记得把对账单寄来。"),
    ("feed", "L", False,
     "这个合作就先停了，后面的料一吨都不要了。",
     "后面的料款是月结还是一批一结，合同上写清楚。"),
    ("feed", "C", False,
     "鱼塘那边的料，下个季度我们不订了。",
     "鱼塘那边下个季度的料我先订上，开春就要用。"),
    ("feed", "D", False,
     "到期了这个合同就作废吧，不签新的了。",
     "新合同哪有不签的，你把条款拿来我看看。"),
    ("feed", "N", False,
     "你们的料我们打算停一阵，先不进了。",
     "谁说停料了？一天都停不了。"),
    ("feed", "A", False,
     "下批货不用送了，不订了。",
     "下批货照常送，不变。"),
    ("feed", "L", False,
     "明年续不续签，等我们年底合计合计再说吧。",
     "明年续签要不要交保证金，交的话打到哪个账户？"),
    ("feed", "A", True,
     "刚才我让司机去卸货了，这份供料协议到期以后就算了，你们的人走之前把单子签一下。",
     "刚才司机已经把料卸到二号仓了，协议到期肯定接着续，你让送货师傅走前把单子签了。"),

    # ---------------------------------------------------------- hotel_supplies
    ("hotel_supplies", "A", False,
     "布草的年度合同到期，我们就不续了。",
     "布草的年度合同续是肯定续的，你们准备好就行。"),
    ("hotel_supplies", "C", False,
     "下个季度的一次性用品，我们不订了。",
     "下个季度的一次性用品我这周就下单，数量照旧。"),
    ("hotel_supplies", "N", False,
     "洗涤那块的合作，下个月起先暂停。",
     "洗涤合作照常，我什么时候说过要停？"),
    ("hotel_supplies", "L", False,
     "续约你先别问，到期再说。",
     "续约合同是我们酒店这边出，还是用你们的模板？"),
    ("hotel_supplies", "A", False,
     "客房用品那个框架协议，我们准备提前终止。",
     "客房用品那个框架协议续签我已经报给总经理了，他同意了。"),
    ("hotel_supplies", "D", False,
     "这是最后一批订单了，以后就不下了。",
     "以后的订单不会不给你们，酒店开一天就要用一天。"),
    ("hotel_supplies", "N", False,
     "明年我们酒店不准备续签你们的供货合同了。",
     "明年的供货合同没人说不签，流程正在走。"),
    ("hotel_supplies", "A", True,
     "上周那批拖鞋已经入库了，年底的供货合同我们就不续了，剩下那点尾款下周结。",
     "这周三我们有个大会场要布置，供货合同那边你放心续，先把会场的桌布给我补齐。"),
    ("hotel_supplies", "L", False,
     "餐具这块以后我们就不订了，合同也不续。",
     "餐具续订的合同，发票能不能按月开？"),
    ("hotel_supplies", "C", False,
     "我们集团下了通知，合作到期就结束。",
     "集团的通知下来了，明年的采购单照旧给你们，下月初就到。"),
    ("hotel_supplies", "D", False,
     "下一期的合同就不签了，就这样吧。",
     "下一期合同不签是不可能的，我们整个酒店都在用。"),
    ("hotel_supplies", "N", False,
     "洗护用品那个续订，我们考虑了一下，不要了。",
     "续订我可没取消，照发。"),
    ("hotel_supplies", "A", False,
     "年底一到期，这个合作就停了吧。",
     "年底接着合作，这还用说。"),
    ("hotel_supplies", "L", False,
     "续不续我现在给不了你准话，到期再看。",
     "续约的盖章页你们先寄过来，我们这边走流程大概一周。"),
    ("hotel_supplies", "A", True,
     "总台那边又要了两箱房卡套，明年客房用品的合同我们不签了，这两箱你们先送过来。",
     "总台那边又要了两箱房卡套，明年客房用品的合同照签不误，这两箱你们今天先送过来。"),
]

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
KIND_MIN = {"A": 35, "N": 25, "D": 15, "L": 25}
ALLOWED = re.compile(r"^[\u4e00-\u9fff，。？！、]+$")
NEG_CHARS = set("不没别未无")
# words that would carry another churn category (price, competitor, contact
# change, service, quality, communication, demand reduction, channel conflict)
OTHER_CATEGORY = ["贵", "便宜", "涨价", "降价", "价格", "报价", "别家", "别的厂",
                  "其他家", "另一家", "试用", "离职", "调走", "换人", "换了人",
                  "投诉", "没人管", "没人来", "没人回", "坏了", "质量", "故障",
                  "亏", "少订", "减少", "减半", "一半", "关店", "关了", "窜货",
                  "生意不好", "不景气", "转网"]
# hesitation phrasings that must not appear in any risk-free line
HESITATION = ["再说", "再看", "拿不准", "说不好", "没底", "定不下来", "缓一缓"]
# bare churn phrasings: allowed only inside negation (N) and double-negative
# (D) lines, where they are negated on purpose (hard negatives)
CHURN_PHRASE = ["不续了", "不订了", "不签了", "不要了", "算了", "到此为止",
                "作废", "暂停", "停掉", "终止", "解约", "注销", "销户", "赎回"]


def near_minimal(a, b):
    """True when a and b differ only by inserted/deleted 不没别未无 chars."""
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    diff = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace":
            return False
        diff.extend(a[i1:i2] if tag == "delete" else b[j1:j2])
    return bool(diff) and all(ch in NEG_CHARS for ch in diff)


def write():
    with open(OUT, "w", encoding="utf-8") as f:
        for _ind, _kind, _run, churn, safe in PAIRS:
            f.write(json.dumps({"text": churn, "speaker": "customer",
                                "category": "non_renewal"},
                               ensure_ascii=False) + "\n")
            f.write(json.dumps({"text": safe, "speaker": "customer",
                                "category": None},
                               ensure_ascii=False) + "\n")


def check():
    problems = []
    with open(OUT, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    rows = []
    for n, line in enumerate(lines, 1):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            problems.append("line %d: bad json: %s" % (n, e))
    if "\\u" in raw:
        problems.append("file contains \\u escapes (ensure_ascii not false)")
    if len(rows) != 240:
        problems.append("expected 240 lines, got %d" % len(rows))
    for n, r in enumerate(rows):
        want = "non_renewal" if n % 2 == 0 else None
        if set(r) != {"text", "speaker", "category"}:
            problems.append("line %d: keys %s" % (n + 1, sorted(r)))
        if r.get("speaker") != "customer":
            problems.append("line %d: speaker %r" % (n + 1, r.get("speaker")))
        if r.get("category") != want:
            problems.append("line %d: category %r, want %r"
                            % (n + 1, r.get("category"), want))
        t = r.get("text", "")
        if not (8 <= len(t) <= 48):
            problems.append("line %d: length %d: %s" % (n + 1, len(t), t))
        if not ALLOWED.match(t):
            bad = sorted(set(ch for ch in t
                             if not re.match(r"[\u4e00-\u9fff，。？！、]", ch)))
            problems.append("line %d: disallowed chars %r: %s" % (n + 1, bad, t))
        for w in OTHER_CATEGORY:
            if w in t:
                problems.append("line %d: other-category word %r: %s" % (n + 1, w, t))
        if want is None:
            kind = PAIRS[n // 2][1] if n // 2 < len(PAIRS) else "?"
            words = HESITATION + ([] if kind in "ND" else CHURN_PHRASE)
            for w in words:
                if w in t:
                    problems.append("line %d: churn phrasing %r in risk-free "
                                    "%s line: %s" % (n + 1, w, kind, t))
    texts = [r.get("text") for r in rows]
    for t, c in collections.Counter(texts).items():
        if c > 1:
            problems.append("duplicate text x%d: %s" % (c, t))
    # the file must match PAIRS exactly
    expect = []
    for p in PAIRS:
        expect += [p[3], p[4]]
    if texts != expect:
        problems.append("file text differs from PAIRS")
    ind = collections.Counter(p[0] for p in PAIRS)
    for i in INDUSTRIES:
        if ind.get(i, 0) != 15:
            problems.append("industry %s has %d pairs, want 15" % (i, ind.get(i, 0)))
    for i in ind:
        if i not in INDUSTRIES:
            problems.append("unknown industry %s" % i)
    kinds = collections.Counter(p[1] for p in PAIRS)
    for k, m in KIND_MIN.items():
        if kinds.get(k, 0) < m:
            problems.append("kind %s: %d < %d" % (k, kinds.get(k, 0), m))
    for k in kinds:
        if k not in "ACNDL":
            problems.append("unknown kind %s" % k)
    runs = sum(1 for p in PAIRS if p[2])
    if not (12 <= runs <= 18):
        problems.append("run-on pairs %d, want about 15" % runs)
    nm = [p for p in PAIRS if near_minimal(p[3], p[4])]
    if len(nm) > 40:
        problems.append("near-minimal pairs %d > 40" % len(nm))
    # report
    lens = [len(t) for t in texts]
    print("lines: %d  pairs: %d" % (len(rows), len(PAIRS)))
    print("industries:", dict(ind))
    print("kinds:", dict(sorted(kinds.items())), " run-on pairs:", runs)
    print("near-minimal (不/没 only) pairs:", len(nm))
    if lens:
        print("length min %d max %d mean %.1f" % (min(lens), max(lens),
                                                  sum(lens) / len(lens)))
        buckets = collections.Counter(
            "8-12" if L <= 12 else "13-20" if L <= 20 else "21-30" if L <= 30
            else "31-48" for L in lens)
        print("length buckets:", dict(sorted(buckets.items())))
    print("problems: %d" % len(problems))
    for p in problems:
        print("  -", p)
    return problems


if __name__ == "__main__":
    write()
    sys.exit(1 if check() else 0)
