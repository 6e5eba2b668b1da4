package com.voiceqa.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rep phrasings the built-in quality pack's compliance items must flag, or must leave alone: forbidden words (禁语:
 * rude, deflecting, blaming the customer) and over-promises (违规承诺). The flagged ones are the kinds two fresh
 * authors' calls showed the pack missing at stop 23 (quality pack 2026.12.8, docs/packs-history.md) and in the development calls
 * at stop 25 (quality pack 2026.12.11), reworded here.
 */
class CompliancePhrasingTest {

    private static boolean flags(String item, String repSays) {
        try (RuleEngine engine = RuleEngine.builtIn()) {
            CallEvaluation e = engine.evaluate(TestCalls.call("compliance", "rep:您好，我是恒力电气的小郑",
                    "customer:你们这个设备老出毛病", "rep:" + repSays, "customer:那我再想想"));
            return e.hitsFor(item).stream().anyMatch(hit -> !hit.missing());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"那随便您吧，反正我们就这个价", "这个我管不了，您找售后", "您跟我说也没用，我又不是厂家",
            "那是你们自己操作的问题", "这肯定是您那边电压的问题", "这个真怪不了我们"})
    void deflectingOrBlamingTheCustomerIsAForbiddenPhrase(String repSays) {
        assertTrue(flags("forbidden_words", repSays), repSays);
    }

    @ParameterizedTest
    @ValueSource(strings = {"是不是您那边电压的问题？我们派人去看看", "这是我们的问题，我马上给您处理",
            "您说的我都记下了，我回去跟领导汇报"})
    void askingAboutACauseOrOwningTheProblemIsNot(String repSays) {
        assertFalse(flags("forbidden_words", repSays), repSays);
    }

    @ParameterizedTest
    @ValueSource(strings = {"我保证这批货一个月就能卖空", "全省您都找不到比我们更便宜的", "用了我们的料，保证比谁家的都长得快",
            "放心，最多半年肯定回本"})
    void anUnrealisticGuaranteeIsAnOverPromise(String repSays) {
        assertTrue(flags("over_promise", repSays), repSays);
    }

    @ParameterizedTest
    @ValueSource(strings = {"我们争取明天上午把配件送到", "质量保证条款都写在合同里了", "窜货的按合同扣他们的保证金",
            "收益这个我不能跟您保证，净值会有波动", "这种事谁也不敢打包票"})
    void aCommitmentWithoutGuaranteeAWarrantyClauseADepositOrARefusalIsNot(String repSays) {
        assertFalse(flags("over_promise", repSays), repSays);
    }

    /**
     * Quality pack 2026.12.11: the labeled calls treat any guarantee a rep gives as one (200 of the 224 rep turns with 保证
     * in 1,883 calls are labeled over-promises, dated repairs and deliveries included); the rest are deposits, clauses
     * and refusals, above.
     */
    @ParameterizedTest
    @ValueSource(strings = {"我们保证明天上午把配件送到", "以后保证二十四小时到", "我跟您保证下个月绝对上线", "这个价全市没有比这更便宜的了",
            "我们这沙发十年都不会坏"})
    void anyGuaranteeARepGivesIsAnOverPromise(String repSays) {
        assertTrue(flags("over_promise", repSays), repSays);
    }

    @ParameterizedTest
    @ValueSource(strings = {"这个你找厂家去", "这事您跟我们大区经理说去", "电商那边的定价我管不着", "你自己不看短信怪谁",
            "爱续不续吧", "你要转就转", "这个跟我们的货没关系"})
    void sendingTheCustomerElsewhereOrTakeItOrLeaveItIsAForbiddenPhrase(String repSays) {
        assertTrue(flags("forbidden_words", repSays), repSays);
    }

    @ParameterizedTest
    @ValueSource(strings = {"我帮您找厂家去问问", "我回去跟领导说，明天给您答复"})
    void goingToSomeoneOnTheCustomersBehalfIsNot(String repSays) {
        assertFalse(flags("forbidden_words", repSays), repSays);
    }
}
