package com.voiceqa.web.demo;

import java.util.List;
import java.util.Map;

/**
 * Invented customer companies for the sample calls (the labeled calls name people, not the customer's company):
 * two per industry, so accounts collect several calls and show a risk trend.
 */
final class DemoAccounts {

    private static final Map<String, List<String>> BY_INDUSTRY = Map.of(
            "b2b_saas", List.of("星河物流", "远景贸易"),
            "industrial_equipment", List.of("华泰机械厂", "东升五金"),
            "telecom", List.of("孙氏家庭套餐", "金桥超市"),
            "bank_wealth", List.of("城南张氏家庭", "李氏个人理财"),
            "fmcg_distribution", List.of("陈记商贸", "永兴批发部"),
            "furniture", List.of("黄女士家装", "锦绣公寓"),
            "feed", List.of("刘家养殖场", "丰收饲养合作社"),
            "hotel_supplies", List.of("海悦酒店", "云栖民宿"));

    private DemoAccounts() {
    }

    /** Every demo account's name. */
    static List<String> all() {
        return BY_INDUSTRY.values().stream().flatMap(List::stream).sorted().toList();
    }

    /** The account of the call: the two accounts of an industry alternate with the rep, so each has one owner. */
    static String name(String industry, int ordinal) {
        List<String> names = BY_INDUSTRY.getOrDefault(industry, List.of("其他客户甲", "其他客户乙"));
        return names.get(ordinal % 2);
    }
}
