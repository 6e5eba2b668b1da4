# Labels for calls 21-30 of /work/data/agree-in-B (sorted by file name)
from labels_1 import S, E, QA

LABELS = {
 "call-u245-02": dict(
    scenario="空压机半年保养预约，机器运行正常，约定下周二上门",
    tags=["calm", "short"],
    churn_risk="none", churn_signals=[],
    qa=QA(True, True, True, True, True), neg=[]),
 "call-u245-04": dict(
    scenario="理财到期提醒，客户回答含糊，到期安排说不准",
    tags=["ambiguous", "non_renewal", "short"],
    churn_risk="low",
    churn_signals=[S("non_renewal", 3, "到时候看吧，说不准")],
    qa=QA(True, True, True, False, True), neg=[]),
 "call-u245-06": dict(
    scenario="家具经销商备货，客户回答冷淡，城西店关门，下月订货减半",
    tags=["silent_churn", "demand_reduction", "short"],
    churn_risk="medium",
    churn_signals=[S("demand_reduction", 5, "六套吧"),
                   S("demand_reduction", 5, "城西那个店月底关了")],
    qa=QA(False, True, True, True, True), neg=[]),
 "call-u245-08": dict(
    scenario="毛巾浴巾下季度报价，客户嫌比去年贵，要先比价，回答简短",
    tags=["price_mention", "price", "competitor_mention", "short"],
    churn_risk="medium",
    churn_signals=[S("price", 5, "比去年贵了一点"),
                   S("competitor", 5, "我们先比一比")],
    qa=QA(True, True, True, True, True), neg=[]),
 "call-u245-11": dict(
    scenario="话费多扣投诉回电，查明孙子开通会员并退费，客户拒绝别家拉客表示不会换",
    tags=["complaint", "hard_negative", "negation", "competitor_mention"],
    churn_risk="none", churn_signals=[],
    qa=QA(True, True, True, True, True), neg=[1, 5]),
 "call-u246-02": dict(
    scenario="空压机维修拖了一周，机器噪音变大，客户外贸订单下滑停线，配件只按需采购",
    tags=["complaint", "service", "quality", "demand_reduction"],
    churn_risk="medium",
    churn_signals=[S("service", 1, "师傅拖了一个礼拜才来"),
                   S("quality", 3, "声音比以前大"),
                   S("demand_reduction", 5, "今年的单子少了一大截"),
                   S("demand_reduction", 5, "两条线停了一条"),
                   S("demand_reduction", 7, "以后配件耗材我也是用多少买多少咯")],
    qa=QA(False, True, True, True, False), neg=[1, 3, 5]),
 "call-u246-04": dict(
    scenario="理财到期提醒，客户满意但换季进货可能要用钱，续不续到时再说",
    tags=["calm", "ambiguous", "non_renewal"],
    churn_risk="low",
    churn_signals=[S("non_renewal", 5, "续不续的，到时候再讲咯")],
    qa=QA(True, True, True, True, True), neg=[]),
 "call-u246-06": dict(
    scenario="餐饮店桌椅回访，客户开新店要十五六套，虽嫌价格略贵仍认可本品牌",
    tags=["hard_negative", "price_mention", "upsell"],
    churn_risk="none", churn_signals=[],
    qa=QA(True, True, True, True, True), neg=[]),
 "call-u246-08": dict(
    scenario="民宿投诉毛巾起球且一次性用品涨价，已试别家样品，表示年底不再续签；客服违规承诺",
    tags=["complaint", "quality", "price", "competitor", "non_renewal", "over_promise"],
    churn_risk="high",
    churn_signals=[S("quality", 3, "洗了三四回就起球掉毛"),
                   S("price", 5, "每套又涨了两毛钱"),
                   S("competitor", 7, "朋友介绍了一家做布草的，样品已经寄过来了"),
                   S("non_renewal", 9, "年底我就不跟你们签了")],
    qa=QA(True, True, True, True, True,
          op=[E(6, "我们新批次的毛巾用两年都不会起一个球")]),
    neg=[3, 5, 7, 9, 11]),
 "call-u246-15": dict(
    scenario="旅店洗涤剂月度对单，淡季客少本月少拿，客户对产品放心",
    tags=["calm", "demand_reduction", "ambiguous"],
    churn_risk="low",
    churn_signals=[S("demand_reduction", 3, "这个月先少拿点咯，拿两桶算了")],
    qa=QA(True, True, True, True, True), neg=[]),
}
