# Labels for calls 0061-0079 (ten calls), keyed by id.
from labels_1 import S, Q

LABELS = {
    "call-0061": {
        "scenario": "猪料回访，别家业务员降价一百并送预混料，客户没答应，照常订二十吨",
        "tags": ["hard_negative", "negation", "competitor_mention", "price_mention", "short"],
        "labels": {
            "churn_risk": "none",
            "churn_signals": [],
            "qa": Q(True, True, True, True, True),
            "customer_negative_turns": [],
        },
    },
    "call-0063": {
        "scenario": "酒店用品合同年底到期，客户总体满意但续约到期再说，明年装修关一层楼用量会变",
        "tags": ["ambiguous", "non_renewal", "demand_reduction", "short"],
        "labels": {
            "churn_risk": "low",
            "churn_signals": [
                S(5, "non_renewal", "到期再说吧"),
                S(5, "demand_reduction", "要关一层楼，用量会有变化"),
            ],
            "qa": Q(True, True, True, False, True),
            "customer_negative_turns": [],
        },
    },
    "call-0065": {
        "scenario": "集团大客户季度回顾：关分公司裁员账号缩减，系统宕机响应慢，信息中心评估两家竞品并做了迁移测试，续约看评估",
        "tags": ["big_account", "demand_reduction", "quality", "service", "competitor", "price", "non_renewal"],
        "labels": {
            "churn_risk": "high",
            "churn_signals": [
                S(3, "demand_reduction", "我们今年关了三个区域的分公司"),
                S(3, "demand_reduction", "销售团队砍了两百多人"),
                S(5, "demand_reduction", "明年最多保留五百个账号"),
                S(7, "quality", "上个月系统宕机那次"),
                S(7, "service", "你们的客服四个小时才响应"),
                S(9, "service", "问题到现在还没彻底解决"),
                S(9, "quality", "这个月又卡了两次"),
                S(11, "competitor", "集团信息中心已经在评估另外两家"),
                S(11, "non_renewal", "续不续约看评估结果"),
                S(13, "demand_reduction", "现在预算砍了"),
                S(13, "price", "你们的单价在市场上偏高"),
                S(15, "competitor", "其中一家三天就把客户数据导过去了"),
                S(23, "non_renewal", "最后还是要看评估结论"),
            ],
            "qa": Q(True, True, True, True, True),
            "customer_negative_turns": [7, 9],
        },
    },
    "call-0067": {
        "scenario": "大客户明年框架协议，新供应商报价低百分之十五并已在车间试装，采购要求降价否则分一半份额，销售称绝对比对方便宜",
        "tags": ["big_account", "competitor", "price", "service", "over_promise"],
        "labels": {
            "churn_risk": "high",
            "churn_signals": [
                S(3, "competitor", "今年有一家新的供应商来找我们"),
                S(3, "price", "报价比你们低百分之十五"),
                S(5, "competitor", "他们已经在我们二号车间试装了两台"),
                S(7, "price", "如果你们价格降不下来"),
                S(7, "competitor", "明年的框架协议要分一半给他们"),
                S(9, "price", "老板只看报价单"),
                S(13, "service", "你们有一批柜子晚了十天"),
                S(17, "price", "差价超过百分之五我们就很难说服老板了"),
            ],
            "qa": Q(True, True, True, True, True,
                    over_promise=[(16, "绝对比他们的便宜")]),
            "customer_negative_turns": [],
        },
    },
    "call-0069": {
        "scenario": "连锁便利店效益不好关店拆六条专线，下半年可能再关并压缩通信费，经理推荐商务宽带并申请减免违约金",
        "tags": ["demand_reduction", "calm"],
        "labels": {
            "churn_risk": "medium",
            "churn_signals": [
                S(3, "demand_reduction", "关了六家门店"),
                S(5, "demand_reduction", "下半年可能还要再关几家"),
                S(5, "demand_reduction", "总部也在压缩通信费用"),
            ],
            "qa": Q(True, True, True, True, True),
            "customer_negative_turns": [],
        },
    },
    "call-0071": {
        "scenario": "私行大客户转出两千万部分放他行家族信托，抱怨投顾一年换三个只推产品，投顾又承诺保证收益后致歉并约传承方案",
        "tags": ["big_account", "competitor", "contact_change", "communication", "over_promise"],
        "labels": {
            "churn_risk": "high",
            "churn_signals": [
                S(3, "competitor", "有一部分我放到另一家银行的家族信托了"),
                S(5, "contact_change", "你们的投顾一年换了三个"),
                S(5, "communication", "每次来都是推产品"),
                S(5, "communication", "没人真正了解我家里的情况"),
            ],
            "qa": Q(True, True, True, True, True,
                    over_promise=[(8, "收益保证每年不低于五个点")]),
            "customer_negative_turns": [5, 9],
        },
    },
    "call-0073": {
        "scenario": "经销商抱怨业务员半月不来、电话不接、物料和破损未处理，业务员推给市场部后道歉，订单减半",
        "tags": ["communication", "service", "competitor", "demand_reduction", "complaint", "short"],
        "labels": {
            "churn_risk": "medium",
            "churn_signals": [
                S(1, "communication", "半个月都没人来店里看一下"),
                S(1, "communication", "上次打你电话也不接"),
                S(3, "service", "我上个月要的促销物料到现在也没给"),
                S(3, "service", "破损的货也没给换"),
                S(5, "competitor", "人家别的厂的业务员一个礼拜来两次，还帮我理货"),
                S(9, "demand_reduction", "先减一半吧"),
                S(9, "demand_reduction", "最近也卖得一般"),
            ],
            "qa": Q(False, True, False, True, True,
                    forbidden_words=[(4, "你找他们去")]),
            "customer_negative_turns": [1, 3, 5],
        },
    },
    "call-0075": {
        "scenario": "原设计师离职由新设计师接手，客户担心效果图拖期、对换人不放心并在看另一家方案，约周六上门讲方案",
        "tags": ["contact_change", "competitor", "communication", "short"],
        "labels": {
            "churn_risk": "medium",
            "churn_signals": [
                S(0, "contact_change", "之前负责您家方案的林设计师离职了"),
                S(1, "contact_change", "我们方案改了三稿，都是跟他聊的"),
                S(3, "communication", "之前说好这周出效果图的，现在是不是又要拖了"),
                S(5, "contact_change", "换了人我有点不放心"),
                S(5, "competitor", "我也在看另外一家的方案"),
            ],
            "qa": Q(True, True, True, True, True),
            "customer_negative_turns": [],
        },
    },
    "call-0077": {
        "scenario": "饲料经销商质问厂家绕过自己直供大猪场并有邻县窜货，少了一小半量，威胁少提货且有别家厂拉拢",
        "tags": ["channel_conflict", "demand_reduction", "competitor", "complaint", "big_account"],
        "labels": {
            "churn_risk": "high",
            "churn_signals": [
                S(1, "channel_conflict", "你们厂是不是直接给王家庄那个大猪场供货了"),
                S(3, "channel_conflict", "那个猪场本来是我的客户"),
                S(3, "channel_conflict", "你们厂家直接给他出厂价，绕过我"),
                S(5, "channel_conflict", "当初签经销协议的时候可没说这个片区还有直供"),
                S(5, "channel_conflict", "邻县的经销商也在往我这边低价窜货"),
                S(9, "demand_reduction", "下个月我就少提货"),
                S(9, "competitor", "另外两家饲料厂的经理上周还请我吃饭"),
            ],
            "qa": Q(True, True, True, True, True),
            "customer_negative_turns": [1, 3, 5, 9],
        },
    },
    "call-0079": {
        "scenario": "酒店集团年度招标前回访，毛巾质量下降门店投诉、售后响应慢，两家新供应商报价低百分之十二，招标公开不保证中标",
        "tags": ["big_account", "quality", "service", "competitor", "price"],
        "labels": {
            "churn_risk": "high",
            "churn_signals": [
                S(3, "quality", "今年下半年你们的毛巾质量明显下降"),
                S(3, "quality", "洗了十几次就起球发硬"),
                S(3, "quality", "好几家门店的客人都投诉了"),
                S(5, "service", "出问题以后你们的响应太慢"),
                S(5, "service", "门店反馈了两个礼拜才有人去处理"),
                S(7, "competitor", "今年有两家新供应商来参加了我们的比价"),
                S(7, "price", "他们同规格的产品报价比你们低百分之十二"),
                S(11, "competitor", "我不能保证你们一定中"),
            ],
            "qa": Q(True, True, True, True, True),
            "customer_negative_turns": [],
        },
    },
}
