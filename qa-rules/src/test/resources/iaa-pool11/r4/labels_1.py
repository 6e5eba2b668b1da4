# Labels for calls 1-10 of /work/data/agree-in-B (sorted by file name)
def S(cat, turn, ev): return {"category": cat, "turn": turn, "evidence": ev}
def E(turn, ev): return {"turn": turn, "evidence": ev}
def QA(g, si, nd, ns, cl, fw=(), op=()):
    return {"greeting": g, "self_intro": si, "needs_discovery": nd,
            "forbidden_words": list(fw), "over_promise": list(op), "next_step": ns, "closing": cl}

LABELS = {
 "call-u241-02": dict(
    scenario="医药配送季度回访，客户提到润通配送费更低来接触过，但明确没有换配送商的打算",
    tags=["hard_negative", "negation", "competitor_mention", "price_mention", "calm"],
    churn_risk="none", churn_signals=[],
    qa=QA(True, True, True, True, True), neg=[]),
 "call-u241-04": dict(
    scenario="饲料技术回访猪场，生产情况良好，集团要求明年压采购成本、预算未批",
    tags=["ambiguous", "price_mention", "price", "non_renewal"],
    churn_risk="low",
    churn_signals=[S("price", 5, "采购成本要再压一压"), S("non_renewal", 5, "预算也还没批下来")],
    qa=QA(True, True, True, True, True), neg=[]),
 "call-u241-06": dict(
    scenario="医院专线到期续约，客户满意按原条件续约，并约方案推进分院组网",
    tags=["calm_renewal", "upsell"],
    churn_risk="none", churn_signals=[],
    qa=QA(True, True, True, True, True), neg=[]),
 "call-u241-08": dict(
    scenario="检验科分析仪维修配件迟迟未到，客户因医保控费检测量下降将少订试剂",
    tags=["complaint", "service", "demand_reduction"],
    churn_risk="medium",
    churn_signals=[S("service", 1, "到现在配件还没到"),
                   S("demand_reduction", 5, "生化项目量比去年同期少了将近两成"),
                   S("demand_reduction", 5, "试剂肯定要少订一些")],
    qa=QA(True, True, True, True, True), neg=[1, 3]),
 "call-u241-12": dict(
    scenario="SaaS季度回访，客户提到低价竞品接触总经理但已回绝，约演示新功能",
    tags=["hard_negative", "negation", "competitor_mention", "price_mention", "upsell"],
    churn_risk="none", churn_signals=[],
    qa=QA(True, True, True, True, True), neg=[]),
 "call-u242-02": dict(
    scenario="空压机停机四天售后不到，客户已拉进锐风样机顶用，扬言不续保养合同；销售推诿后道歉",
    tags=["complaint", "service", "quality", "competitor_mention", "competitor", "non_renewal"],
    churn_risk="high",
    churn_signals=[S("service", 3, "你们售后说来说来，人影都没有"),
                   S("quality", 7, "开机十来分钟就停"),
                   S("competitor", 7, "已经把锐风的一台样机拉进来先顶着用了"),
                   S("non_renewal", 11, "年底那个保养合同我们不打算再签了")],
    qa=QA(False, True, True, True, True, fw=[E(4, "我们销售这边真管不了")]),
    neg=[1, 3, 5, 7, 11, 13]),
 "call-u242-04": dict(
    scenario="理财经理交接后首次联系，客户抱怨大半年没人联系、基金亏损，新经理违规承诺后约见面",
    tags=["contact_change", "communication", "quality", "over_promise", "complaint"],
    churn_risk="medium",
    churn_signals=[S("contact_change", 2, "周经理上个月调到市分行去了"),
                   S("communication", 3, "这大半年根本没人给我打过电话"),
                   S("quality", 5, "还亏着百分之八")],
    qa=QA(True, True, True, True, True, op=[E(6, "年底之前肯定能涨回来")]),
    neg=[3, 5, 7]),
 "call-u242-06": dict(
    scenario="沙发售后回访，客户比较隔壁家书柜虽便宜但质量差，仍选本店并约量尺",
    tags=["hard_negative", "competitor_mention", "price_mention", "upsell"],
    churn_risk="none", churn_signals=[],
    qa=QA(True, True, True, True, True), neg=[]),
 "call-u242-08": dict(
    scenario="酒店布草年度沟通，客户满意，新店采购预算集团未批且全面压缩开支",
    tags=["ambiguous", "upsell", "price"],
    churn_risk="low",
    churn_signals=[S("price", 5, "今年集团抠得很，啥都要砍一刀")],
    qa=QA(True, True, True, True, False), neg=[]),
 "call-u242-14": dict(
    scenario="定制橱柜维修回访，客户满意；新房定制推荐被客户表示到时再说、会多家比较",
    tags=["calm", "upsell", "competitor_mention"],
    churn_risk="none", churn_signals=[],
    qa=QA(True, True, True, False, True), neg=[]),
}
