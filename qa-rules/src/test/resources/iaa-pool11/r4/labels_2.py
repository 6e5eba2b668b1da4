# Labels for calls 11-20 of /work/data/agree-in-B (sorted by file name)
from labels_1 import S, E, QA

LABELS = {
 "call-u243-02": dict(
    scenario="轴承备货核单，客户提到南方厂家报价低百分之八但没理会，同意试用加强款",
    tags=["hard_negative", "negation", "competitor_mention", "price_mention", "upsell"],
    churn_risk="none", churn_signals=[],
    qa=QA(True, True, True, True, True), neg=[]),
 "call-u243-04": dict(
    scenario="生产执行系统使用回访，客户今年预算已用完，明年续费和新模块要等一月预算会",
    tags=["ambiguous", "upsell", "non_renewal"],
    churn_risk="low",
    churn_signals=[S("non_renewal", 5, "明年续费连同新模块，得等一月份预算会定了才知道")],
    qa=QA(True, True, True, True, True), neg=[]),
 "call-u243-06": dict(
    scenario="工厂专线带宽升级，客户提到远联通信报价更低但直接挂了，签升级单",
    tags=["hard_negative", "negation", "competitor_mention", "price_mention", "upsell"],
    churn_risk="none", churn_signals=[],
    qa=QA(True, True, True, True, True), neg=[]),
 "call-u243-08": dict(
    scenario="酒店布草补货核对，年底协议到期，集团在讨论统一招标，明年采购不确定",
    tags=["ambiguous", "contact_change", "non_renewal"],
    churn_risk="low",
    churn_signals=[S("non_renewal", 5, "明年不好说"),
                   S("contact_change", 5, "集团在讨论所有门店统一招标")],
    qa=QA(True, True, True, True, True), neg=[]),
 "call-u243-11": dict(
    scenario="客户来电催减速机发货，销售查进度并安排发车，客户顺带发来新询价",
    tags=["inbound", "calm"],
    churn_risk="none", churn_signals=[],
    qa=QA(False, False, True, True, True), neg=[]),
 "call-u244-02": dict(
    scenario="空压机维保合同到期续约，客户满意但续约款需等财务审批",
    tags=["calm_renewal", "ambiguous", "non_renewal"],
    churn_risk="low",
    churn_signals=[S("non_renewal", 5, "续约的钱要等财务批下来才能定")],
    qa=QA(True, True, True, True, False), neg=[]),
 "call-u244-04": dict(
    scenario="私行大客户两千万理财亏损，他行私行团队已上门，客户表示到期转走，经理违规承诺收益",
    tags=["big_account", "quality", "competitor_mention", "competitor", "non_renewal", "over_promise", "complaint"],
    churn_risk="high",
    churn_signals=[S("quality", 3, "不赚还倒亏六十多万"),
                   S("competitor", 5, "另一家银行的私行团队已经上门两次了"),
                   S("non_renewal", 7, "到期那天钱我就转走了")],
    qa=QA(True, True, True, True, True,
          op=[E(6, "收益四个点以上我给您打包票"), E(6, "下一期肯定能让您回本")]),
    neg=[1, 3, 7, 9]),
 "call-u244-06": dict(
    scenario="家具年度供货协议续约，单价上涨百分之四，客户理解并表示会续",
    tags=["calm_renewal", "hard_negative", "price_mention"],
    churn_risk="none", churn_signals=[],
    qa=QA(True, True, False, True, True), neg=[]),
 "call-u244-08": dict(
    scenario="一次性用品质量问题换货一个月未落实，销售推诿，客户已试竞品并决定合同到期换供应商",
    tags=["complaint", "quality", "service", "competitor", "price", "non_renewal"],
    churn_risk="high",
    churn_signals=[S("quality", 1, "牙刷一刷就掉毛"),
                   S("quality", 1, "拖鞋底子薄得跟纸一样"),
                   S("service", 3, "换货的影子都没见着"),
                   S("competitor", 7, "另外一家供应商的报价我手上已经有了"),
                   S("price", 7, "同样的配置便宜百分之十二"),
                   S("competitor", 7, "样品我们也试过了，比你们的好"),
                   S("non_renewal", 9, "合同到期我们就换那家")],
    qa=QA(True, True, True, True, True,
          fw=[E(4, "跟我说也没用"), E(4, "我这边只管销售")]),
    neg=[1, 3, 5, 9, 11]),
 "call-u244-11": dict(
    scenario="商铺宽带固话合约到期提醒，客户满意不升级，续约到期再说",
    tags=["calm_renewal", "ambiguous", "non_renewal", "short"],
    churn_risk="low",
    churn_signals=[S("non_renewal", 5, "等到期那几天我再琢磨琢磨")],
    qa=QA(True, False, True, False, True), neg=[]),
}
