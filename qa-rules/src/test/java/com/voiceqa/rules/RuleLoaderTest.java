package com.voiceqa.rules;

import com.voiceqa.rules.pack.MetricCondition;
import com.voiceqa.rules.pack.PackKind;
import com.voiceqa.rules.pack.Rule;
import com.voiceqa.rules.pack.RuleLoader;
import com.voiceqa.rules.pack.RulePack;
import com.voiceqa.rules.pack.RuleValidationException;
import com.voiceqa.rules.pack.TextCondition;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleLoaderTest {

    @Test
    void builtInPacksLoadWithVersionsAndKinds() {
        List<RulePack> packs = RuleLoader.builtInPacks();
        assertEquals(List.of("churn-signals", "quality-inspection"), packs.stream().map(RulePack::id).toList());
        assertEquals(PackKind.CHURN, packs.get(0).kind());
        assertTrue(packs.get(0).rules().size() >= 9);
        assertTrue(packs.stream().allMatch(p -> !p.version().isBlank()));
        // every churn category of the corpus schema has at least one rule
        List<String> categories = packs.get(0).rules().stream().map(Rule::category).distinct().toList();
        for (String c : List.of("price", "competitor", "service", "quality", "communication", "contact_change",
                "demand_reduction", "non_renewal", "channel_conflict")) {
            assertTrue(categories.contains(c), "no rule for " + c);
        }
        double fullMarks = packs.get(1).dimensions().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(100.0, fullMarks, "a flawless call scores 100, not more");
    }

    @Test
    void everyProblemNamesRuleFieldAndWhatIsWrong() {
        String json = """
                {"pack": "p", "version": "1", "kind": "churn", "rules": [
                  {"id": "r1", "category": "price", "severity": "huge",
                   "conditions": [{"id": "1", "type": "keywords", "terms": ["贵"], "within": "abc", "negtion": "ignore"}]},
                  {"id": "r2", "category": "price",
                   "conditions": [{"id": "1", "type": "regex", "pattern": "([a"},
                                  {"id": "2", "type": "proximity", "terms": ["a", "b"], "within": -1}],
                   "expression": "1 && 3"},
                  {"id": "r1", "category": "x", "conditions": [{"id": "1", "type": "silence"}]}
                ]}""";
        RuleValidationException e = assertThrows(RuleValidationException.class, () -> RuleLoader.parse(json, "p.json"));
        List<String> p = e.problems();
        assertHas(p, "rule 'r1' (rules[0]), field 'severity': must be one of [info, low, medium, high, critical], got \"huge\"");
        assertHas(p, "rule 'r1' (rules[0]), field 'conditions[0].within': unknown field");
        assertHas(p, "rule 'r1' (rules[0]), field 'conditions[0].negtion': unknown field");
        assertHas(p, "rule 'r2' (rules[1]), field 'conditions[0].pattern': invalid regular expression");
        assertHas(p, "rule 'r2' (rules[1]), field 'conditions[1].within': must be an integer >= 0, got -1");
        assertHas(p, "rule 'r2' (rules[1]), field 'expression': refers to condition \"3\", which is not defined");
        assertHas(p, "rule 'r1' (rules[2]), field 'id': duplicate rule id");
        assertHas(p, "rule 'r1' (rules[2]), field 'conditions[0].above': give a bound");
        assertTrue(p.stream().allMatch(s -> s.startsWith("p.json: ")), p.toString());
    }

    @Test
    void anchorsMustExistAndNotLoop() {
        String json = """
                {"pack": "p", "version": "1", "kind": "churn", "rules": [{"id": "r", "category": "c", "conditions": [
                  {"id": "1", "type": "keywords", "terms": ["a"], "anchor": {"condition": "2", "relation": "after"}},
                  {"id": "2", "type": "keywords", "terms": ["b"], "anchor": {"condition": "1", "relation": "before"}},
                  {"id": "3", "type": "keywords", "terms": ["c"], "anchor": {"condition": "9"}}]}]}""";
        List<String> p = assertThrows(RuleValidationException.class, () -> RuleLoader.parse(json, "p")).problems();
        assertHas(p, "anchors form a loop");
        assertHas(p, "anchored to \"9\", which is not defined");
    }

    @Test
    void hostileInputGetsAClearErrorNotACrash() throws Exception {
        assertHas(assertThrows(RuleValidationException.class, () -> RuleLoader.parse("{\"pack\": ", "x")).problems(),
                "x: not valid JSON");
        assertHas(assertThrows(RuleValidationException.class, () -> RuleLoader.parse("[1,2]", "x")).problems(),
                "a rule pack must be a JSON object");
        assertHas(assertThrows(RuleValidationException.class, () -> RuleLoader.parse("{}", "x")).problems(),
                "field 'pack': is required");
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThrows(RuleValidationException.class, () -> RuleLoader.parse(deep, "deep"));
        Path big = Files.createTempFile("pack", ".json");
        try {
            Files.write(big, new byte[RuleLoader.MAX_PACK_BYTES + 1]);
            assertHas(assertThrows(RuleValidationException.class, () -> RuleLoader.load(big)).problems(), "larger than");
        } finally {
            Files.delete(big);
        }
    }

    @Test
    void parsesAllConditionKindsAndSharedConditions() {
        RulePack pack = RuleLoader.parse("""
                {"pack": "p", "version": "2", "kind": "quality", "dimensions": {"合规": 30},
                 "shared": [{"id": "calm", "type": "keywords", "terms": ["谢谢"]}],
                 "rules": [{"id": "r", "category": "c", "dimension": "合规", "points": -5, "veto": true,
                   "conditions": [
                     {"id": "1", "type": "keywords", "terms": ["报价|价格", "高"], "match": "all", "pinyin": true,
                      "speaker": "customer", "first": 3, "from": 1, "to": 60, "negation": "only", "unless": ["不高"]},
                     {"id": "2", "type": "interruptions", "speaker": "rep", "above": 2},
                     {"id": "3", "type": "phrase", "terms": ["合同", "到期"], "within": 2}],
                   "expression": "1 && (2 || !3) && !calm"}]}""", "p");
        Rule r = pack.rules().getFirst();
        assertEquals(4, r.conditions().size(), "the shared condition is added to the rule that uses it");
        TextCondition t = assertInstanceOf(TextCondition.class, r.conditions().getFirst());
        assertEquals("customer", t.scope().speaker());
        assertEquals(List.of("不高"), t.unless());
        assertInstanceOf(MetricCondition.class, r.conditions().get(1));
        assertTrue(r.veto());
    }

    @Test
    void qualityRulesMustNameADeclaredDimension() {
        List<String> p = assertThrows(RuleValidationException.class, () -> RuleLoader.parse("""
                {"pack": "p", "version": "1", "kind": "quality", "dimensions": {"开场": 20},
                 "rules": [{"id": "g", "category": "greeting", "dimension": "开头",
                            "conditions": [{"id": "1", "type": "keywords", "terms": ["您好"]}]}]}""", "p")).problems();
        assertHas(p, "rule 'g' (rules[0]), field 'dimension': must name one of the pack's dimensions [开场], got \"开头\"");
    }

    static void assertHas(List<String> problems, String fragment) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(fragment)),
                "expected a problem containing\n  " + fragment + "\nin\n  " + String.join("\n  ", problems));
    }
}
