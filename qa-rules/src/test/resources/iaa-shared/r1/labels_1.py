# Labels for calls 0001-0019. signals: (category, turn, evidence); spans: (turn, evidence)
T, F = True, False

def qa(g, s, n, ns, c, fw=(), op=()):
    return {"greeting": g, "self_intro": s, "needs_discovery": n,
            "forbidden_words": list(fw), "over_promise": list(op),
            "next_step": ns, "closing": c}

LABELS = {
 "call-0001": dict(
    scenario="客户经理与周经理确认销售管理系统续约，客户满意并计划增加三个账号，约定当天下午发报价",
    tags=["calm_renewal", "calm", "short"],
    churn_risk="none", signals=[],
    qa=qa(T, T, T, T, T), neg=[]),
 "call-0003": dict(
    scenario="变频器频繁报过流故障导致产线停机，客户称老板要换回原品牌，销售承诺百分之百不会坏并约次日上门调试",
    tags=["quality", "complaint", "competitor", "over_promise", "short"],
    churn_risk="high",
    signals=[("quality", 1, "三台里面有两台三天两头报过流故障"),
             ("competitor", 5, "要换回原来那个牌子了")],
    qa=qa(T, T, T, T, T, op=[(4, "百分之百不会坏的")]), neg=[1, 5]),
 "call-0005": dict(
    scenario="套餐优惠到期资费上涨未通知，客户投诉客服说不清，客户经理推诿，客户已在咨询携号转网",
    tags=["complaint", "price", "price_mention", "competitor", "competitor_mention", "service", "communication"],
    churn_risk="high",
    signals=[("price", 3, "套餐说涨就涨，从八十八涨到一百二十八"),
             ("communication", 3, "也没人通知我"),
             ("service", 5, "我打客服热线问了两次，都说不清楚"),
             ("price", 7, "隔壁那家运营商一百块钱流量比你们多一倍"),
             ("competitor", 7, "我已经在问携号转网了"),
             ("price", 11, "那算下来也不便宜")],
    qa=qa(T, T, T, F, T, fw=[(6, "这不归我管")]), neg=[3, 5, 7, 11]),
 "call-0007": dict(
    scenario="理财到期提醒，客户提到别家银行三点二的产品，理财经理推荐一年期产品并违规承诺保本，客户周三来办理",
    tags=["hard_negative", "competitor_mention", "over_promise", "short"],
    churn_risk="none", signals=[],
    qa=qa(T, T, T, T, T, op=[(4, "保证收益"), (4, "一分钱都不会亏")]), neg=[]),
 "call-0009": dict(
    scenario="经销商投诉隔壁县窜货低价冲击，本月停止订货，并称别的饮料厂家也在找他代理，区域经理承诺周五前给处理结果",
    tags=["complaint", "channel_conflict", "non_renewal", "competitor", "competitor_mention"],
    churn_risk="high",
    signals=[("channel_conflict", 1, "隔壁县的经销商把货窜到我们这边来了"),
             ("non_renewal", 7, "这个月我一箱都不订了"),
             ("competitor", 15, "别的饮料厂家也在找我做代理")],
    qa=qa(T, T, T, T, T), neg=[1, 3, 7, 15]),
 "call-0011": dict(
    scenario="客户来电投诉衣柜门板开裂、异味大、售后不回应，经理推诿说不归他管，客户暂停沙发订单",
    tags=["inbound", "complaint", "quality", "service", "non_renewal"],
    churn_risk="high",
    signals=[("quality", 2, "衣柜门板开裂了"),
             ("quality", 2, "柜子里面味道特别大"),
             ("service", 4, "每次都说登记了，就没下文"),
             ("non_renewal", 8, "客厅那套沙发的订单我先不下了")],
    qa=qa(F, F, T, T, F, fw=[(5, "这不归我管")]), neg=[2, 4, 6, 8, 10]),
 "call-0013": dict(
    scenario="猪料涨价，竞品业务员报价每吨便宜两百，养殖户打算先拿竞品五吨试用，销售申请大客户价次日回话",
    tags=["price", "price_mention", "competitor", "competitor_mention", "short"],
    churn_risk="high",
    signals=[("price", 1, "价格又涨了一百五一吨，有点扛不住"),
             ("competitor", 3, "金穗的业务员昨天来了，同样的育肥料一吨便宜两百"),
             ("price", 5, "一吨差两百我也得算"),
             ("competitor", 5, "我打算先拿他们五吨试试")],
    qa=qa(T, T, T, T, T), neg=[1]),
 "call-0015": dict(
    scenario="酒店一次性洗漱用品年度合同续签，入住率上升用量增加，客户对大瓶装方案感兴趣，约定周五前发方案",
    tags=["calm_renewal", "upsell", "calm", "short"],
    churn_risk="none", signals=[],
    qa=qa(T, T, T, T, T), neg=[]),
 "call-0017": dict(
    scenario="续约沟通中客户抱怨报表导出卡死，已在试用海川系统且价格便宜三成，月底前不定续约，客户成功经理约周四演示",
    tags=["competitor", "competitor_mention", "price", "price_mention", "quality", "non_renewal"],
    churn_risk="high",
    signals=[("quality", 3, "数据导出经常卡死"),
             ("competitor", 5, "我们这两周已经在试用海川的系统了"),
             ("competitor", 7, "他们的营销自动化做得更全"),
             ("price", 7, "价格上也比你们便宜差不多三成"),
             ("non_renewal", 9, "续约的事我们这个月底之前不会定")],
    qa=qa(T, T, T, T, T), neg=[3, 5]),
 "call-0019": dict(
    scenario="客户新上包装线需配电柜和变频器，提到别家报价便宜一成但仍倾向老供应商，销售约定发方案并到现场查看",
    tags=["hard_negative", "competitor_mention", "price_mention", "upsell", "short"],
    churn_risk="none", signals=[],
    qa=qa(T, T, T, T, T), neg=[]),
}
