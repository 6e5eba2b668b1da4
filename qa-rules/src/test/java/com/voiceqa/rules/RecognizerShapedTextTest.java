package com.voiceqa.rules;

import com.voiceqa.rules.pack.RuleLoader;
import com.voiceqa.rules.pack.RulePack;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.voiceqa.rules.TestCalls.call;
import static com.voiceqa.rules.TestCalls.churnPack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules read text as a recognizer hands it over: no punctuation, homophones in place of the right characters. */
class RecognizerShapedTextTest {

    private static boolean found(String conditionJson, String customerSays) {
        RulePack pack = churnPack("{\"id\": \"r\", \"name\": \"r\", \"category\": \"non_renewal\", \"severity\": \"high\","
                + " \"conditions\": [" + conditionJson + "]}");
        try (RuleEngine engine = new RuleEngine(List.of(pack))) {
            return !engine.findings(call("c", "rep:您好", "customer:" + customerSays)).isEmpty();
        }
    }

    @Test
    void termsOfThreeCharactersOrMoreMatchBySoundByDefault() {
        String longTerm = "{\"id\": \"1\", \"type\": \"keywords\", \"terms\": [\"终止合作\"]}";
        assertTrue(found(longTerm, "我们打算中止合做了"));
        String shortTerm = "{\"id\": \"1\", \"type\": \"keywords\", \"terms\": [\"解约\"]}";
        assertFalse(found(shortTerm, "今年要节约成本"), "two-character forms collide by chance (解约/节约)");
        String off = "{\"id\": \"1\", \"type\": \"keywords\", \"pinyin\": false, \"terms\": [\"终止合作\"]}";
        assertFalse(found(off, "我们打算中止合做了"));
        String all = "{\"id\": \"1\", \"type\": \"keywords\", \"pinyin\": true, \"terms\": [\"解约\"]}";
        assertTrue(found(all, "今年要节约成本"));
    }

    private static boolean asksAboutNeeds(String repSays) {
        try (RuleEngine engine = new RuleEngine(RuleLoader.builtInPacks())) {
            CallEvaluation e = engine.evaluate(call("c", "rep:您好我是恒力电气的小郑", "customer:嗯", "rep:" + repSays,
                    "customer:好的"));
            return e.hitsFor("needs_discovery").stream().noneMatch(RuleHit::missing);
        }
    }

    @Test
    void aQuestionAboutNeedsIsHeardWithoutAQuestionMark() {
        assertTrue(asksAboutNeeds("您那边现在存栏多少头"));
        assertTrue(asksAboutNeeds("明年的量您有啥打算"));
        assertTrue(asksAboutNeeds("信号不好是一直这样还是最近才这样"));
        assertTrue(asksAboutNeeds("您目前的用量还够吗"));
        assertFalse(asksAboutNeeds("我们新出了一款饲料价格很实惠"));
        assertFalse(asksAboutNeeds("那您看什么时候方便我过去一趟"));
    }

    @Test
    void theBuiltInQualityPackStillReadsPunctuatedQuestions() {
        assertTrue(asksAboutNeeds("您那边现在存栏多少头？"));
        assertEquals(false, asksAboutNeeds("好的，我记下了。"));
    }
}
