package com.voiceqa.rules;

import com.voiceqa.core.Segment;
import com.voiceqa.core.metrics.CallMetrics;
import com.voiceqa.core.metrics.ChannelMetrics;
import com.voiceqa.core.metrics.Interval;
import com.voiceqa.core.metrics.Overlap;
import com.voiceqa.rules.match.RegexBudget;
import com.voiceqa.rules.pack.RuleLoader;
import com.voiceqa.rules.pack.RulePack;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.voiceqa.rules.TestCalls.call;
import static com.voiceqa.rules.TestCalls.churnPack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleEngineTest {

    private static List<RuleHit> hits(String ruleJson, CallRecord call) {
        try (RuleEngine engine = new RuleEngine(List.of(churnPack(ruleJson)))) {
            return engine.evaluate(call).hits();
        }
    }

    private static List<Integer> turns(String ruleJson, CallRecord call) {
        return hits(ruleJson, call).stream().flatMap(h -> h.evidence().stream()).map(Evidence::utterance)
                .distinct().sorted().toList();
    }

    @Test
    void negationCancelsAMatchUnlessTheRuleAsksForNegatedForms() {
        String swap = """
                {"id": "switch", "category": "competitor", "conditions": [
                  {"id": "1", "type": "keywords", "terms": ["换供应商|换一家"], "speaker": "customer"}]}""";
        CallRecord c = call("c1", "customer:我们没打算换供应商，你放心。", "customer:不过老板说要换一家试试。",
                "customer:不是我说，换一家也行。");
        assertEquals(List.of(1, 2), turns(swap, c), "没打算 negates turn 0; a negation in an earlier clause does not");
        String cheap = """
                {"id": "price", "category": "price", "conditions": [
                  {"id": "1", "type": "keywords", "terms": ["贵"], "speaker": "customer"}]}""";
        assertEquals(List.of(1), turns(cheap, call("c2", "customer:你们这个不贵。", "customer:你们这个太贵了。")));
        String lapse = """
                {"id": "lapse", "category": "non_renewal", "conditions": [
                  {"id": "1", "type": "keywords", "terms": ["不续约|不续了"], "negation": "ignore"}]}""";
        assertEquals(List.of(0), turns(lapse, call("c3", "customer:明年我们不续约了。")), "不续约 IS non-renewal");
        String onlyNegated = """
                {"id": "unhappy", "category": "x", "conditions": [
                  {"id": "1", "type": "keywords", "terms": ["满意"], "negation": "only"}]}""";
        assertEquals(List.of(1), turns(onlyNegated, call("c4", "customer:挺满意的。", "customer:我们很不满意。")));
    }

    @Test
    void churnRiskOfTheFindingsThatStillCountDropsWhenSomeAreDismissed() {
        try (RuleEngine engine = RuleEngine.builtIn()) {
            CallEvaluation evaluation = engine.evaluate(call("r", "customer:你们价格太贵了，隔壁报价比你们便宜两成。",
                    "customer:说实话我们已经在试用别家的系统了。", "customer:合同到期我们就不续约了。"));
            assertTrue(evaluation.churnRisk().compareTo(ChurnRisk.NONE) > 0, "the call carries churn signals");
            assertEquals(evaluation.churnRisk(), engine.churnRisk(evaluation.hits()), "all findings: the call's risk");
            assertEquals(ChurnRisk.NONE, engine.churnRisk(List.of()), "every finding dismissed: no risk");
        }
    }

    @Test
    void keywordsAnyAllAtLeastNWithSynonyms() {
        CallRecord c = call("k", "customer:价格太高了", "customer:报价太高，交期也慢", "customer:报价偏高，交期慢，服务也差");
        String all = """
                {"id": "a", "category": "x", "conditions": [
                  {"id": "1", "type": "keywords", "terms": ["价格|报价", "高"], "match": "all"}]}""";
        assertEquals(List.of(0, 1, 2), turns(all, c));
        String atLeast2 = """
                {"id": "a", "category": "x", "conditions": [
                  {"id": "1", "type": "keywords", "terms": ["报价", "交期", "服务"], "match": 3}]}""";
        assertEquals(List.of(2), turns(atLeast2, c));
    }

    @Test
    void proximityAndPhraseWithinNCharacters() {
        CallRecord c = call("p", "customer:合同下个月到期", "customer:合同的事，我们下季度再谈，到期了再说", "customer:到期的合同");
        String near = """
                {"id": "n", "category": "x", "conditions": [
                  {"id": "1", "type": "proximity", "terms": ["合同", "到期"], "within": 4}]}""";
        assertEquals(List.of(0, 2), turns(near, c));
        String phrase = """
                {"id": "n", "category": "x", "conditions": [
                  {"id": "1", "type": "phrase", "terms": ["合同", "到期"], "within": 4}]}""";
        assertEquals(List.of(0), turns(phrase, c), "a phrase is ordered");
    }

    @Test
    void pinyinToleratesHomophoneAsrErrors() {
        CallRecord c = call("py", "customer:你们的包价太高了");
        String strict = """
                {"id": "q", "category": "price", "conditions": [{"id": "1", "type": "keywords", "terms": ["报价"]}]}""";
        String tolerant = """
                {"id": "q", "category": "price", "conditions": [{"id": "1", "type": "keywords", "terms": ["报价"], "pinyin": true}]}""";
        assertEquals(List.of(), turns(strict, c));
        List<RuleHit> h = hits(tolerant, c);
        assertEquals("包价", h.getFirst().evidence().getFirst().text());
    }

    @Test
    void regexWithExclusion() {
        String rule = """
                {"id": "g", "category": "over_promise", "conditions": [{"id": "1", "type": "regex",
                  "pattern": "保证.{0,6}(收益|赚)", "exclude": "保证条款"}]}""";
        assertEquals(List.of(0), turns(rule, call("r", "rep:我保证您稳稳赚钱", "rep:合同里有质量保证条款，保证收益不在其中")));
    }

    @Test
    void aRegexReadBySoundMatchesARecognizersHomophonesAtTheSameOffsets() {
        String bySound = """
                {"id": "i", "category": "self_intro", "conditions": [{"id": "1", "type": "regex", "pinyin": true,
                  "pattern": "我是[^，。]{2,8}的[^，。的]{1,4}", "exclude": "不是"}]}""";
        CallRecord asr = call("h", "rep:喂 窝事云帆软件得小李", "rep:我实在不好意思", "rep:我是说 部是这样");
        List<RuleHit> h = hits(bySound, asr);
        assertEquals(List.of(0), turns(bySound, asr), "窝事…得 sounds like 我是…的; the other turns have no 的");
        assertEquals("窝事云帆软件得小李", h.getFirst().evidence().getFirst().text());
        assertEquals(List.of(), turns(bySound, call("n", "rep:我是云帆软件的小李 布是推销")),
                "the exclusion is read by sound too: 布是 sounds like 不是");
        String exact = bySound.replace("\"pinyin\": true,", "");
        assertEquals(List.of(), turns(exact, asr), "without pinyin a regex reads the characters as written");
    }

    @Test
    void aCatastrophicallyBacktrackingRegexIsAbortedWithAClearError() {
        String redos = """
                {"id": "r", "category": "over_promise", "conditions": [{"id": "1", "type": "regex",
                  "pattern": "^(.*?){11}\\\\d"}]}""";
        CallRecord c = call("x", "rep:您好，我是云帆软件的李敏，今天给您打电话是想确认一下续约的报价和上线的时间安排");
        RegexBudget.TooExpensive e = assertThrows(RegexBudget.TooExpensive.class, () -> hits(redos, c));
        assertTrue(e.getMessage().contains("正则表达式") && e.getMessage().contains("/^(.*?){11}\\d/"), e.getMessage());
        String sane = """
                {"id": "r", "category": "over_promise", "conditions": [{"id": "1", "type": "regex",
                  "pattern": "^(.*?)报价"}]}""";
        assertEquals(List.of(0), turns(sane, c), "ordinary patterns stay far inside the budget");
    }

    @Test
    void scopeBySpeakerRangeTimeAndAnchor() {
        CallRecord c = call("s", "rep:您好，我是云帆软件的李敏", "customer:您好", "rep:最近用得怎么样？", "customer:别家来找过我",
                "customer:我想试试他们的", "rep:谢谢您，再见");
        String firstRep = """
                {"id": "g", "category": "greeting", "conditions": [
                  {"id": "1", "type": "keywords", "terms": ["您好"], "speaker": "rep", "first": 1}]}""";
        assertEquals(List.of(0), turns(firstRep, c));
        String lastRep = """
                {"id": "c", "category": "closing", "conditions": [
                  {"id": "1", "type": "keywords", "terms": ["谢谢|您好"], "speaker": "rep", "last": 1}]}""";
        assertEquals(List.of(5), turns(lastRep, c));
        String afterOpening = """
                {"id": "n", "category": "next_step", "conditions": [
                  {"id": "1", "type": "keywords", "terms": ["您好|怎么样|谢谢"], "speaker": "rep", "skip": 1}]}""";
        assertEquals(List.of(2, 5), turns(afterOpening, c), "the rep's first utterance is skipped, the others are read");
        String skipThenFirst = """
                {"id": "n", "category": "next_step", "conditions": [
                  {"id": "1", "type": "keywords", "terms": ["您好|怎么样|谢谢"], "speaker": "rep", "skip": 1, "first": 1}]}""";
        assertEquals(List.of(2), turns(skipThenFirst, c), "first counts the utterances after the skipped ones");
        String window = """
                {"id": "w", "category": "x", "conditions": [
                  {"id": "1", "type": "keywords", "terms": ["您好"], "from": 4, "to": 10}]}""";
        assertEquals(List.of(1), turns(window, c), "utterance 1 starts at 5 s");
        String anchored = """
                {"id": "t", "category": "competitor", "conditions": [
                  {"id": "rival", "type": "keywords", "terms": ["别家"]},
                  {"id": "try", "type": "keywords", "terms": ["试试"], "speaker": "customer",
                   "anchor": {"condition": "rival", "relation": "after", "within": 1}}],
                 "expression": "try"}""";
        assertEquals(List.of(4), turns(anchored, c));
        CallRecord far = call("f", "customer:别家来找过我", "rep:哦", "rep:是吗", "customer:我想试试");
        assertEquals(List.of(), turns(anchored, far), "the trial is two utterances after the rival, anchor allows one");
    }

    @Test
    void booleanExpressionOverConditions() {
        String rule = """
                {"id": "e", "category": "x", "conditions": [
                  {"id": "1", "type": "keywords", "terms": ["换"]}, {"id": "2", "type": "keywords", "terms": ["价格"]},
                  {"id": "3", "type": "keywords", "terms": ["没答应"], "negation": "ignore"}],
                 "expression": "1 && (2 || !3)"}""";
        assertEquals(1, hits(rule, call("a", "customer:想换")).size());
        assertEquals(0, hits(rule, call("b", "customer:想换", "customer:我没答应")).size());
        assertEquals(1, hits(rule, call("c", "customer:想换", "customer:我没答应", "customer:价格再说")).size());
    }

    @Test
    void aQuoteInsideAnotherQuoteOfTheSameUtteranceIsOneEvidence() {
        String rule = """
                {"id": "d", "category": "price", "conditions": [
                  {"id": "1", "type": "keywords", "terms": ["太贵"]}, {"id": "2", "type": "keywords", "terms": ["价格太贵了"]}],
                 "expression": "1 || 2"}""";
        List<Evidence> evidence = hits(rule, call("d", "customer:你们这个价格太贵了", "customer:还是太贵")).getFirst()
                .evidence();
        assertEquals(List.of("价格太贵了", "太贵"), evidence.stream().map(Evidence::text).toList());
    }

    @Test
    void evidenceSpansPointIntoTheOriginalTextWithVoskSpaces() {
        Segment vosk = new Segment("customer", 12.5, 14.0, "你们 的 报价 太 高 了", List.of());
        CallRecord c = new CallRecord("v", new CallMetadata("", "", "", "", Instant.EPOCH, 14), List.of(vosk), null);
        RuleHit h = hits("""
                {"id": "q", "category": "price", "conditions": [{"id": "1", "type": "keywords", "terms": ["报价太高"]}]}""", c)
                .getFirst();
        Evidence e = h.evidence().getFirst();
        assertEquals("报价 太 高", vosk.text().substring(e.charStart(), e.charEnd()));
        assertEquals("报价太高", e.text());
        assertEquals(12.5, e.startSeconds());
        assertEquals("customer", e.speaker());
    }

    @Test
    void metricConditionsUseTheCallMetrics() {
        CallMetrics metrics = new CallMetrics(300, List.of(
                new ChannelMetrics("rep", List.of(), 200, 0.8, 95, 3, 320),
                new ChannelMetrics("customer", List.of(), 50, 0.2, 10, 0, 180)),
                List.of(new Interval(100, 109)), 9, 6, List.of(new Interval(100, 109)),
                List.of(new Overlap(40, 41, "rep", "customer")));
        CallRecord base = call("m", "rep:您好");
        CallRecord withMetrics = new CallRecord("m", base.metadata(), base.utterances(), metrics);
        String rule = """
                {"id": "talky", "category": "x", "conditions": [
                  {"id": "1", "type": "silence", "above": 8}, {"id": "2", "type": "interruptions", "speaker": "rep", "above": 2},
                  {"id": "3", "type": "talk_ratio", "speaker": "rep", "above": 0.7}, {"id": "4", "type": "monologue", "speaker": "rep", "above": 60},
                  {"id": "5", "type": "speech_rate", "speaker": "rep", "above": 300}, {"id": "6", "type": "duration", "below": 600}]}""";
        List<RuleHit> h = hits(rule, withMetrics);
        assertEquals(1, h.size());
        assertTrue(h.getFirst().evidence().stream().anyMatch(e -> e.startSeconds() == 100 && e.endSeconds() == 109));
        assertTrue(h.getFirst().evidence().stream().anyMatch(e -> e.text().equals("rep interrupted customer")));
        assertEquals(0, hits(rule, base).size(), "without metrics acoustic conditions are false");
        assertEquals(0, hits(rule.replace("\"above\": 8", "\"above\": 10"), withMetrics).size());
    }

    @Test
    void scoringDeductsPerDimensionAddsBonusesAndVetoes() {
        RulePack qa = RuleLoader.parse("""
                {"pack": "qa", "version": "1", "kind": "quality", "dimensions": {"开场": 20, "合规": 30, "加分": 10},
                 "rules": [
                  {"id": "greet", "category": "greeting", "dimension": "开场", "points": -10, "required": true,
                   "conditions": [{"id": "1", "type": "keywords", "terms": ["您好"], "speaker": "rep", "first": 1}]},
                  {"id": "rude", "category": "forbidden_words", "dimension": "合规", "points": -15,
                   "conditions": [{"id": "1", "type": "keywords", "terms": ["爱买不买"], "negation": "ignore"}]},
                  {"id": "promise", "category": "over_promise", "dimension": "合规", "points": -30, "veto": true,
                   "conditions": [{"id": "1", "type": "keywords", "terms": ["保证收益"]}]},
                  {"id": "empathy", "category": "empathy", "dimension": "加分", "points": 10,
                   "conditions": [{"id": "1", "type": "keywords", "terms": ["理解您"]}]}]}""", "qa");
        try (RuleEngine engine = new RuleEngine(List.of(qa))) {
            CallEvaluation e = engine.evaluate(call("s1", "rep:喂，哪位？", "rep:爱买不买。"));
            assertEquals(60, e.maxScore());
            assertEquals(10 + 15 + 0, e.score(), "greeting -10, rude -15, no empathy bonus");
            assertTrue(e.hitsFor("greeting").getFirst().missing());
            assertEquals(List.of("rude"), e.dimensions().get(1).ruleIds());
            CallEvaluation good = engine.evaluate(call("s2", "rep:您好", "rep:我理解您的心情"));
            assertEquals(60, good.score());
            CallEvaluation vetoed = engine.evaluate(call("s3", "rep:您好", "rep:我们保证收益"));
            assertTrue(vetoed.vetoed());
            assertEquals(0, vetoed.score());
        }
    }

    @Test
    void churnRiskAddsUpTheMostSevereFindingPerCategoryAboveTheRiskGate() {
        try (RuleEngine engine = TestCalls.gateEngine()) {
            assertEquals(ChurnRisk.NONE, engine.evaluate(call("n", "rep:您好，最近用得怎么样？",
                    "customer:挺好的。别家也来找过我，我没答应，没打算换。")).churnRisk());
            assertEquals(ChurnRisk.HIGH, engine.evaluate(call("h", "rep:您好",
                    "customer:合同到期我们就不续了，已经在试用别家的系统。")).churnRisk());

            CallRecord oneWeakCategory = call("w", "rep:您好", "customer:今年生意不好，关了两家店。");
            CallEvaluation gated = engine.evaluate(oneWeakCategory);
            assertEquals(ChurnRisk.NONE, gated.churnRisk(), "one category of weak evidence stays below the risk gate");
            assertEquals(List.of(), gated.churnSignals());
            assertTrue(engine.findings(oneWeakCategory).stream().anyMatch(h -> h.category().equals("demand_reduction")),
                    "the rule's own finding is still there for review");

            CallEvaluation several = engine.evaluate(call("m", "rep:您好，最近怎么样？",
                    "customer:今年生意不好，关了两家店，你们的价格又比别家贵不少。",
                    "rep:我们的售后一直是最快的。", "customer:快什么呀，上个月报修的机器到现在都没人来看。"));
            assertTrue(several.churnRisk().compareTo(ChurnRisk.LOW) >= 0, several.churnSignals().toString());
            java.util.Set<String> found = several.churnSignals().stream().map(RuleHit::category)
                    .collect(java.util.stream.Collectors.toSet());
            assertTrue(found.containsAll(java.util.Set.of("demand_reduction", "price", "service")), found.toString());
        }
    }

    @Test
    void dryRunExplainsMissesWithReasons() {
        RulePack pack = churnPack("""
                {"id": "switch", "category": "competitor", "conditions": [
                  {"id": "1", "type": "keywords", "terms": ["换供应商"], "speaker": "customer"}]}""");
        CallRecord c = call("d", "rep:您是不是想换供应商？", "customer:我们没打算换供应商。");
        try (RuleEngine engine = new RuleEngine(List.of(pack))) {
            RuleExplanation why = engine.explain("switch", c);
            assertFalse(why.matched());
            List<RuleExplanation.Rejection> rejected = why.conditions().getFirst().rejected();
            assertEquals(2, rejected.size());
            assertTrue(rejected.get(0).reason().contains("spoken by rep"), rejected.get(0).reason());
            assertTrue(rejected.get(1).reason().contains("negated by '没打算'"), rejected.get(1).reason());
        }
        var draft = RuleLoader.parseRule("""
                {"id": "draft", "category": "competitor", "conditions": [
                  {"id": "1", "type": "keywords", "terms": ["换供应商"], "negation": "ignore"}]}""", pack);
        RuleExplanation dry = RuleEngine.dryRun(draft, pack, c);
        assertTrue(dry.matched());
        assertEquals(2, dry.conditions().getFirst().hits().size());
    }

    @Test
    void accountTrendOrdersCallsAndFindsTheDirection() {
        Instant t = Instant.parse("2026-10-01T00:00:00Z");
        AccountRiskTrend trend = AccountRiskTrend.of("acme", List.of(
                new AccountRiskTrend.Point("c3", t.plusSeconds(300), ChurnRisk.HIGH, List.of("competitor", "price")),
                new AccountRiskTrend.Point("c1", t, ChurnRisk.NONE, List.of()),
                new AccountRiskTrend.Point("c2", t.plusSeconds(100), ChurnRisk.LOW, List.of("price"))));
        assertEquals(List.of("c1", "c2", "c3"), trend.points().stream().map(AccountRiskTrend.Point::callId).toList());
        assertEquals(ChurnRisk.HIGH, trend.current());
        assertEquals(AccountRiskTrend.Direction.RISING, trend.direction());
        assertEquals(2, trend.categories().get("price"));
    }
}
