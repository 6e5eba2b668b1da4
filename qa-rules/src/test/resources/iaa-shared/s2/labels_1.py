# Labels for calls 0041-0059 (ten calls), keyed by id.
def S(turn, category, evidence):
    return {"category": category, "turn": turn, "evidence": evidence}

def Q(greeting, self_intro, needs_discovery, next_step, closing, forbidden_words=(), over_promise=()):
    return {"greeting": greeting, "self_intro": self_intro, "needs_discovery": needs_discovery,
            "forbidden_words": [{"turn": t, "evidence": e} for t, e in forbidden_words],
            "over_promise": [{"turn": t, "evidence": e} for t, e in over_promise],
            "next_step": next_step, "closing": closing}

LABELS = {
    "call-0041": {
        "scenario": "经销商正常补货，业务员推荐低糖酸奶并称绝对最低价、保证一个月卖完，客户试订五十箱",
        "tags": ["calm", "upsell", "over_promise", "short"],
        "labels": {
            "churn_risk": "none",
            "churn_signals": [],
            "qa": Q(True, True, True, True, True,
                    over_promise=[(4, "绝对是最低价"), (4, "保证您一个月就能卖完")]),
            "customer_negative_turns": [],
        },
    },
    "call-0043": {
        "scenario": "衣柜送货延期未通知，客户请假空等，客服承诺周五送达，客户称再不到就退单",
        "tags": ["service", "communication", "non_renewal", "complaint", "short"],
        "labels": {
            "churn_risk": "medium",
            "churn_signals": [
                S(1, "service", "原来说上周六送，到现在都没送来"),
                S(5, "service", "你们上次也是这么说的"),
                S(5, "communication", "每次都是我打电话来问，你们从来不主动通知"),
                S(7, "non_renewal", "周五再不送到我就要退单了"),
            ],
            "qa": Q(True, True, True, True, True),
            "customer_negative_turns": [1, 3, 5],
        },
    },
    "call-0045": {
        "scenario": "猪价低迷养殖户卖猪不补栏，用料从二十多吨降到十吨，行情不好明年可能不养",
        "tags": ["demand_reduction", "silent_churn", "short"],
        "labels": {
            "churn_risk": "medium",
            "churn_signals": [
                S(1, "demand_reduction", "猪价太低了，我这个月卖了两百头"),
                S(1, "demand_reduction", "不打算补栏了"),
                S(3, "demand_reduction", "一个月十吨就够了，以前要二十多吨"),
                S(5, "demand_reduction", "行情不好明年就不养了"),
            ],
            "qa": Q(True, True, True, True, True),
            "customer_negative_turns": [],
        },
    },
    "call-0047": {
        "scenario": "宾馆投诉送货少件、尺寸错误且价格贵，接电话人员态度恶劣，客户表示合同到期不续另找一家",
        "tags": ["service", "price", "non_renewal", "competitor", "complaint", "inbound", "short"],
        "labels": {
            "churn_risk": "high",
            "churn_signals": [
                S(1, "service", "你们今天送的床单又少了二十套"),
                S(1, "service", "上礼拜送的毛巾也是错的尺寸"),
                S(3, "price", "你们价格比别家还贵"),
                S(3, "service", "服务还这样"),
                S(5, "non_renewal", "下个月合同到期我们就不续了"),
                S(5, "competitor", "我另外找一家"),
            ],
            "qa": Q(False, False, False, False, False,
                    forbidden_words=[(4, "爱买不买"), (6, "那随便你")]),
            "customer_negative_turns": [1, 3, 5, 7],
        },
    },
    "call-0049": {
        "scenario": "原对接人赵主管离职，新信息部经理交接不清、偏好别家软件，续约到期再说",
        "tags": ["contact_change", "competitor", "non_renewal", "ambiguous"],
        "labels": {
            "churn_risk": "medium",
            "churn_signals": [
                S(1, "contact_change", "赵主管上个月已经离职了"),
                S(3, "contact_change", "交接得挺简单的"),
                S(5, "demand_reduction", "我们老板想把系统都统一一下"),
                S(5, "competitor", "我在上一家公司用的是另一家的管理软件，觉得还挺好用的"),
                S(7, "non_renewal", "续约的事到期再说吧"),
            ],
            "qa": Q(True, True, True, True, True),
            "customer_negative_turns": [],
        },
    },
    "call-0051": {
        "scenario": "年底询问设备更新计划，客户预算未批、老板要求控制开支，同意先看节能空压机方案",
        "tags": ["upsell", "ambiguous", "demand_reduction", "short"],
        "labels": {
            "churn_risk": "low",
            "churn_signals": [
                S(1, "demand_reduction", "明年的预算还没批下来"),
                S(3, "demand_reduction", "老板说明年要控制开支"),
                S(3, "demand_reduction", "能不换的先不换"),
            ],
            "qa": Q(True, True, True, True, True),
            "customer_negative_turns": [],
        },
    },
    "call-0053": {
        "scenario": "宽带手机满意度回访，客户提到别家运营商来电揽客但明确没打算换",
        "tags": ["hard_negative", "negation", "competitor_mention", "calm", "short"],
        "labels": {
            "churn_risk": "none",
            "churn_signals": [],
            "qa": Q(True, False, True, True, True),
            "customer_negative_turns": [],
        },
    },
    "call-0055": {
        "scenario": "定期到期续存，客户知道他行利率略高但习惯在本行，改为定期加七天理财组合",
        "tags": ["hard_negative", "competitor_mention", "price_mention", "calm_renewal", "short"],
        "labels": {
            "churn_risk": "none",
            "churn_signals": [],
            "qa": Q(True, True, True, True, True),
            "customer_negative_turns": [],
        },
    },
    "call-0057": {
        "scenario": "经销商订货量连续三个月下滑、回答含糊，超市新牌子酸奶促销凶，客户已少量试拿竞品，抱怨久无人拜访",
        "tags": ["silent_churn", "demand_reduction", "competitor", "communication"],
        "labels": {
            "churn_risk": "medium",
            "churn_signals": [
                S(2, "demand_reduction", "您这三个月订货量一直在往下走"),
                S(3, "demand_reduction", "最近生意不好，超市那边也不好做"),
                S(5, "competitor", "现在超市里有个新牌子的，做活动做得挺凶"),
                S(7, "competitor", "也拿了一点，试试看"),
                S(9, "communication", "你们也好久没人来过了"),
            ],
            "qa": Q(False, True, True, True, True),
            "customer_negative_turns": [],
        },
    },
    "call-0059": {
        "scenario": "衣柜安装后回访，客户满意并计划加做书柜和阳台洗衣柜，约周六上门量尺",
        "tags": ["calm", "upsell", "short"],
        "labels": {
            "churn_risk": "none",
            "churn_signals": [],
            "qa": Q(True, True, True, True, True),
            "customer_negative_turns": [],
        },
    },
}
