# Labels for calls 1-10 of /work/data/agree-in-B (sorted by file name).
# Per call: scenario, tags, risk, signals [(category, turn, evidence)],
# qa flags (greeting, self_intro, needs_discovery, next_step, closing),
# forbidden [(turn, evidence)], over_promise [(turn, evidence)], neg [customer turn indexes].
LABELS = {
 "call-u241-02": dict(
  scenario="医药配送季度回访，客户提到有配送商以更低配送费接触，但明确没有更换打算",
  tags=["calm", "hard_negative", "negation", "competitor_mention", "price_mention"],
  risk="none", signals=[],
  qa=dict(greeting=True, self_intro=True, needs_discovery=True, next_step=True, closing=True),
  forbidden=[], over_promise=[], neg=[]),
 "call-u241-04": dict(
  scenario="饲料技术服务回访，猪场生产稳定，集团要求明年压采购成本且预算未批",
  tags=["calm", "ambiguous", "price_mention", "price"],
  risk="low", signals=[("price", 5, "明年各场的采购成本要再压一压")],
  qa=dict(greeting=True, self_intro=True, needs_discovery=True, next_step=True, closing=True),
  forbidden=[], over_promise=[], neg=[]),
 "call-u241-06": dict(
  scenario="医院专线到期续约，客户满意并有分院组网新需求，约周五签约",
  tags=["calm_renewal", "upsell"],
  risk="none", signals=[],
  qa=dict(greeting=True, self_intro=True, needs_discovery=True, next_step=True, closing=True),
  forbidden=[], over_promise=[], neg=[]),
 "call-u241-08": dict(
  scenario="诊断设备维修配件迟迟未到影响科室，医保控费导致检验量下降、试剂要少订",
  tags=["complaint", "service", "demand_reduction"],
  risk="medium", signals=[("service", 1, "到现在配件还没到"),
                           ("demand_reduction", 5, "生化项目量比去年同期少了将近两成"),
                           ("demand_reduction", 5, "试剂肯定要少订一些")],
  qa=dict(greeting=True, self_intro=True, needs_discovery=True, next_step=True, closing=True),
  forbidden=[], over_promise=[], neg=[1, 3]),
 "call-u241-12": dict(
  scenario="医药营销软件季度回访，竞品报价低三成被客户回绝，约演示新功能",
  tags=["calm", "upsell", "hard_negative", "negation", "competitor_mention", "price_mention"],
  risk="none", signals=[],
  qa=dict(greeting=True, self_intro=True, needs_discovery=True, next_step=True, closing=True),
  forbidden=[], over_promise=[], neg=[]),
 "call-u242-02": dict(
  scenario="空压机停机四天售后不到，客户已引入竞品样机并表示年底不续保养合同，销售推脱后道歉",
  tags=["complaint", "service", "quality", "competitor", "non_renewal", "competitor_mention"],
  risk="high", signals=[("service", 3, "售后说来说来，人影都没有"),
                         ("quality", 7, "开机十来分钟就停"),
                         ("competitor", 7, "已经把锐风的一台样机拉进来先顶着用了"),
                         ("non_renewal", 11, "年底那个保养合同我们不打算再签了")],
  qa=dict(greeting=False, self_intro=True, needs_discovery=True, next_step=True, closing=True),
  forbidden=[(4, "我们销售这边真管不了")], over_promise=[], neg=[1, 3, 5, 7, 11, 13]),
 "call-u242-04": dict(
  scenario="理财经理交接后首次联系，客户抱怨长期无人联系且基金亏损，经理违规承诺能涨回来",
  tags=["contact_change", "communication", "quality", "over_promise", "complaint"],
  risk="medium", signals=[("contact_change", 2, "周经理上个月调到市分行去了"),
                           ("communication", 3, "这大半年根本没人给我打过电话"),
                           ("quality", 5, "到现在还亏着百分之八")],
  qa=dict(greeting=True, self_intro=True, needs_discovery=True, next_step=True, closing=True),
  forbidden=[], over_promise=[(6, "年底之前肯定能涨回来")], neg=[3, 5, 7]),
 "call-u242-06": dict(
  scenario="沙发送货回访，客户比较过隔壁便宜的书柜但嫌质量差，仍选本店并约量尺",
  tags=["calm", "upsell", "hard_negative", "competitor_mention", "price_mention"],
  risk="none", signals=[],
  qa=dict(greeting=True, self_intro=True, needs_discovery=True, next_step=True, closing=True),
  forbidden=[], over_promise=[], neg=[]),
 "call-u242-08": dict(
  scenario="酒店布草明年新店采购，客户满意但集团预算未批且处处压成本，先出方案",
  tags=["upsell", "ambiguous", "price_mention", "price"],
  risk="low", signals=[("price", 5, "今年集团抠得很，啥都要砍一刀")],
  qa=dict(greeting=True, self_intro=True, needs_discovery=True, next_step=True, closing=False),
  forbidden=[], over_promise=[], neg=[]),
 "call-u242-14": dict(
  scenario="定制柜维修回访满意，推老客户回购活动，客户新房要多看几家再说",
  tags=["calm", "upsell", "ambiguous", "competitor_mention"],
  risk="low", signals=[("competitor", 7, "她肯定也得多看几家比比")],
  qa=dict(greeting=True, self_intro=True, needs_discovery=True, next_step=False, closing=True),
  forbidden=[], over_promise=[], neg=[]),
}
