# Labels for calls 31-40 of /work/data/agree-in-B (sorted by file name)
from labels_1 import S, E, QA

LABELS = {
 "call-u247-02": dict(
    scenario="注塑机液压站反复漏油维修不彻底，客户已借启辰样机试用，扩产订单可能转给启辰；销售违规承诺",
    tags=["complaint", "quality", "service", "competitor", "over_promise"],
    churn_risk="high",
    churn_signals=[S("quality", 7, "四台里面三台都出过问题，液压站漏油"),
                   S("service", 9, "师傅每次来了换个密封圈就走，根本没找原因"),
                   S("competitor", 11, "老板已经让我们从启辰那边借了一台样机"),
                   S("competitor", 13, "明年那十台扩产的订单就给启辰了")],
    qa=QA(True, True, True, True, True, op=[E(10, "修完以后绝对不会再漏一滴油")]),
    neg=[7, 9, 11, 13]),
 "call-u247-04": dict(
    scenario="银行事务性回访（改地址、换卡），理财到期客户满意但儿子买房，续不续到时再看",
    tags=["calm", "ambiguous", "non_renewal"],
    churn_risk="low",
    churn_signals=[S("non_renewal", 7, "到期以后要不要续，我到时候再看吧")],
    qa=QA(True, True, True, True, True), neg=[]),
 "call-u247-06": dict(
    scenario="定制衣柜送装预约，客户提到森居更便宜但认为五金差，仍选本品牌并加做鞋柜",
    tags=["hard_negative", "competitor_mention", "price_mention", "upsell"],
    churn_risk="none", churn_signals=[],
    qa=QA(True, True, True, True, True), neg=[]),
 "call-u247-08": dict(
    scenario="酒店布草对单，床品整体更换预算未批，总部要求多找两家比价",
    tags=["ambiguous", "upsell", "price", "competitor_mention"],
    churn_risk="low",
    churn_signals=[S("price", 7, "总部今年控制成本"),
                   S("competitor", 9, "可能要多找两家比一比")],
    qa=QA(True, False, True, True, True), neg=[]),
 "call-u247-13": dict(
    scenario="零食经销商对单，两家超市关门或被收购走货减三成，考虑缩减零食，抱怨区域经理不来",
    tags=["demand_reduction", "communication", "complaint"],
    churn_risk="medium",
    churn_signals=[S("demand_reduction", 7, "一家关门了，另一家被连锁收购了"),
                   S("demand_reduction", 9, "是不是把零食这块缩一缩"),
                   S("communication", 11, "今年我一次都没见过"),
                   S("communication", 11, "有什么政策都是我自己去打听")],
    qa=QA(False, True, True, True, True), neg=[11]),
 "call-u248-02": dict(
    scenario="螺杆机维保回访，客户满意想续签，但集团维保预算未批",
    tags=["calm_renewal", "ambiguous", "non_renewal"],
    churn_risk="low",
    churn_signals=[S("non_renewal", 7, "明年的维保预算还没批下来")],
    qa=QA(False, True, True, True, True), neg=[]),
 "call-u248-04": dict(
    scenario="老客户存款和理财到期，客户已答应女婿把资金全部转到海港银行私行，经理违规承诺收益",
    tags=["competitor", "non_renewal", "over_promise", "big_account"],
    churn_risk="high",
    churn_signals=[S("competitor", 9, "他们私行那边给我配了个专门的团队"),
                   S("non_renewal", 9, "下个月到期的钱，还有这两只产品赎回来，都转过去")],
    qa=QA(True, True, True, True, True,
          op=[E(10, "我保证一年下来收益不低于百分之四"), E(10, "比他们那边只高不低")]),
    neg=[]),
 "call-u248-06": dict(
    scenario="设计工作室回访，别墅项目确定用本品牌，小户型业主嫌柜体单价高，推简配系列",
    tags=["calm", "price_mention", "price", "upsell"],
    churn_risk="low",
    churn_signals=[S("price", 5, "嫌你们柜体单价高")],
    qa=QA(True, True, True, True, True), neg=[]),
 "call-u248-08": dict(
    scenario="酒店用品回访，客户告知集团已与另一家签全国框架协议，五一订单可能是最后一单",
    tags=["competitor", "non_renewal", "big_account"],
    churn_risk="high",
    churn_signals=[S("competitor", 9, "集团总部上个月跟另一家用品公司签了全国框架协议"),
                   S("non_renewal", 9, "你们这个五一的单子，可能就是最后一单了")],
    qa=QA(True, True, True, True, False), neg=[]),
 "call-u248-11": dict(
    scenario="家庭融合套餐续约涨价，客户已去对面营业厅谈好下月整体携号转网，经理推诿后申请老用户价",
    tags=["price", "competitor", "price_mention"],
    churn_risk="high",
    churn_signals=[S("price", 7, "新装宽带的一个月才一百二十八"),
                   S("competitor", 9, "五个号加宽带下个月整体搬过去"),
                   S("price", 9, "人家一个月一百五十九")],
    qa=QA(True, True, True, True, True, fw=[E(8, "跟我说也没用")]),
    neg=[]),
}
