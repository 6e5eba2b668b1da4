package com.voiceqa.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rep phrasings the built-in quality pack's compliance items must flag, or must leave alone: forbidden words (禁语:
 * rude, deflecting, blaming the customer) and over-promises (违规承诺). The flagged ones are the kinds two fresh
 * authors' calls showed the pack missing at stop 23 (quality pack 2026.12.8, docs/rules.md), reworded here.
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
    @ValueSource(strings = {"我们保证明天上午把配件送到", "质量保证条款都写在合同里了"})
    void aDeliveryCommitmentOrAWarrantyClauseIsNot(String repSays) {
        assertFalse(flags("over_promise", repSays), repSays);
    }
}
