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

    /** Whether the built-in quality pack finds {@code item} met in a call of these {@code speaker:text} lines. */
    private static boolean meets(String item, String... lines) {
        try (RuleEngine engine = new RuleEngine(RuleLoader.builtInPacks())) {
            return engine.evaluate(call("c", lines)).hitsFor(item).stream().noneMatch(RuleHit::missing);
        }
    }

    /** Whether the built-in quality pack finds {@code item} in a call whose rep says {@code repSays} after the opening. */
    private static boolean repMeets(String item, String repSays) {
        return meets(item, "rep:您好我是恒力电气的小郑", "customer:嗯", "rep:" + repSays, "customer:好的");
    }

    private static boolean asksAboutNeeds(String repSays) {
        return repMeets("needs_discovery", repSays);
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
    void questionWordsOfTwoOrMoreCharactersAreHeardBySound() {
        assertTrue(asksAboutNeeds("您那边现在存栏夺少头"), "多少 as 夺少");
        assertTrue(asksAboutNeeds("你们车间有梅有备用的泵"), "有没有 as 有梅有");
        assertFalse(asksAboutNeeds("那边的货我们已经发了"), "那 is not read as 哪");
    }

    private static boolean agreesNextStep(String repSays) {
        return repMeets("next_step", repSays);
    }

    @Test
    void aNextStepIsHeardWhenItsTimeWordIsAHomophone() {
        assertTrue(agreesNextStep("那我名天过去给您演示一下"), "明天 as 名天");
        assertTrue(agreesNextStep("下舟一我上门拜访您"), "下周 as 下舟");
        assertFalse(agreesNextStep("好的我知道了有需要再联系"));
    }

    @Test
    void aNextStepHasADayDateOrClockTimeAndAnAction() {
        assertTrue(agreesNextStep("我这边登记一下三个工作日内安排师傅上门"));
        assertTrue(agreesNextStep("那周六上午九点半我在支行等您"));
        assertTrue(agreesNextStep("好的我下个月十号再约您过一遍"));
        assertFalse(agreesNextStep("到时候有需要您直接给我打电话"), "到时候 names no time");
        assertFalse(agreesNextStep("您这个套餐下个月到期了"), "到期 is no arrival");
        assertFalse(agreesNextStep("您把订单号发我一下我帮您查"), "a bare 号 is no date");
    }

    @Test
    void theRepsOpeningSaysWhyTheyCallAndIsNoNextStep() {
        assertFalse(meets("next_step", "rep:您好我是恒力电气的小郑您的维保合同下个月到期今天打电话想跟您确认一下",
                "customer:嗯我们再看看", "rep:好的谢谢您"));
    }

    @Test
    void aSelfIntroductionIsHeardWhenTheRecognizerDropsItsVerb() {
        assertTrue(meets("self_intro", "rep:您好王工我恒力电气的销售经理小郑", "customer:嗯你说"), "我是 heard as 我");
    }

    @Test
    void anyQuestionWithMaAfterTheOpeningAsksAboutTheCustomer() {
        assertTrue(asksAboutNeeds("您家里有小孩吗"));
        assertTrue(asksAboutNeeds("是客流少了吗"));
        assertFalse(asksAboutNeeds("合同发您了您看了吗"), "checking a document was read is no question about needs");
        assertFalse(asksAboutNeeds("我周四过去行吗"), "a proposal is no question about needs");
        assertFalse(asksAboutNeeds("我都说了你听不懂吗"), "a rhetorical question is a forbidden phrase, not discovery");
    }

    private static boolean greets(String firstRepTurn) {
        return meets("greeting", "rep:" + firstRepTurn, "customer:嗯你说");
    }

    @Test
    void aGreetingIsHeardWhenTheRecognizerLosesOrGarblesItsFirstCharacter() {
        assertTrue(greets("您好王工我是恒力电气的小郑"));
        assertTrue(greets("您浩王工我是恒力电气的小郑"), "好 by sound");
        assertTrue(greets("薪好曹经理我是恒力电气的小郑"), "您 garbled into a character that is no homophone");
        assertTrue(greets("好王工我是恒力电气的小郑"), "您 lost");
        assertTrue(greets("您请问是许先生吗我是浦江银行的理财经理"), "好 lost");
        assertFalse(greets("喂郝老板我是正禾饲料的邹平"), "a surname that sounds like 好 is no greeting");
        assertFalse(greets("喂王姐吧我是城通移动的小白"));
        assertFalse(greets("好的您说"));
        assertFalse(greets("好久没联系了王总最近怎么样"));
        assertFalse(greets("那好我明天再打给您"));
    }

    @Test
    void theBuiltInQualityPackStillReadsPunctuatedQuestions() {
        assertTrue(asksAboutNeeds("您那边现在存栏多少头？"));
        assertEquals(false, asksAboutNeeds("好的，我记下了。"));
    }
}
