package com.voiceqa.rules.pack;

import com.voiceqa.rules.Severity;
import com.voiceqa.rules.risk.CallRiskModel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads rule packs from JSON (format: docs/rules.md) and validates them completely: every problem is reported at
 * once, naming the rule, the field and what is wrong. Packs are plain data, so they can be (re)loaded at run time.
 */
public final class RuleLoader {

    /** Packs bigger than this are refused: a rule pack is hand-written configuration, not a data dump. */
    public static final int MAX_PACK_BYTES = 4 * 1024 * 1024;

    /** The built-in packs, as classpath resources. */
    public static final List<String> BUILT_IN = List.of(
            "/com/voiceqa/rules/packs/churn-signals.json",
            "/com/voiceqa/rules/packs/quality-inspection.json");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> PACK_FIELDS = Set.of("pack", "version", "kind", "name", "description",
            "dimensions", "risk", "shared", "rules", "language");
    private static final Set<String> RULE_FIELDS = Set.of("id", "name", "description", "category", "dimension",
            "severity", "points", "veto", "required", "conditions", "expression");

    private RuleLoader() {
    }

    /** The built-in churn-signal and quality-inspection packs. */
    public static List<RulePack> builtInPacks() {
        List<RulePack> packs = new ArrayList<>();
        for (String resource : BUILT_IN) {
            try (InputStream in = RuleLoader.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in rule pack missing from the classpath: " + resource);
                }
                packs.add(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return packs;
    }

    /** Loads one pack file. */
    public static RulePack load(Path file) throws IOException {
        if (Files.size(file) > MAX_PACK_BYTES) {
            throw new RuleValidationException(List.of(file + ": pack is larger than " + MAX_PACK_BYTES
                    + " bytes; split it into several packs"));
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    /**
     * Parses and validates one pack.
     *
     * @param json   the pack document
     * @param source name used in error messages (file name)
     * @throws RuleValidationException listing every problem found
     */
    public static RulePack parse(String json, String source) {
        if (json.length() > MAX_PACK_BYTES) {
            throw new RuleValidationException(List.of(source + ": pack is larger than " + MAX_PACK_BYTES + " bytes"));
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new RuleValidationException(List.of(source + ": not valid JSON: " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new RuleValidationException(List.of(source + ": a rule pack must be a JSON object"));
        }
        List<String> problems = new ArrayList<>();
        JsonFields pack = new JsonFields(root, source + ": pack", "", problems);
        pack.rejectUnknown(PACK_FIELDS);
        String id = pack.requiredString("pack");
        String version = pack.requiredString("version");
        PackKind kind = pack.has("kind") ? pack.choice("kind", PackKind.class, PackKind.QUALITY) : null;
        if (kind == null) {
            pack.problem("kind", "is required: \"churn\" or \"quality\"");
            kind = PackKind.QUALITY;
        }
        Map<String, Double> dimensions = readDimensions(pack);
        RiskModel risk = pack.has("risk") ? readRisk(pack.child("risk", root.get("risk"))) : RiskModel.DEFAULT;
        List<Condition> shared = pack.array("shared", ConditionReader::read);
        List<Rule> rules = readRules(root, source, kind, dimensions, shared, problems);
        if (!problems.isEmpty()) {
            throw new RuleValidationException(problems);
        }
        String language = pack.string("language", RulePack.DEFAULT_LANGUAGE);
        if (!language.matches("[a-z]{2}")) {
            pack.problem("language", "must be an ISO 639-1 code such as \"zh\" or \"en\"");
        }
        if (!problems.isEmpty()) {
            throw new RuleValidationException(problems);
        }
        return new RulePack(id, version, kind, pack.string("name", id), dimensions, risk, rules, language);
    }

    /** Parses a single rule (a draft from the rule editor) in the context of a pack, for dry runs. */
    public static Rule parseRule(String json, RulePack context) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new RuleValidationException(List.of("draft rule: not valid JSON: " + e.getOriginalMessage()));
        }
        List<String> problems = new ArrayList<>();
        if (node == null || !node.isObject()) {
            throw new RuleValidationException(List.of("draft rule: a rule must be a JSON object"));
        }
        Rule rule = readRule(node, "draft", context.kind(), context.dimensions(), List.of(), problems, 0);
        if (!problems.isEmpty()) {
            throw new RuleValidationException(problems);
        }
        return rule;
    }

    private static Map<String, Double> readDimensions(JsonFields pack) {
        Map<String, Double> dimensions = new LinkedHashMap<>();
        if (!pack.has("dimensions")) {
            return dimensions;
        }
        JsonNode node = pack.node().get("dimensions");
        if (!node.isObject()) {
            pack.problem("dimensions", "must be an object of dimension name to full marks");
            return dimensions;
        }
        JsonFields fields = pack.child("dimensions", node);
        for (String name : node.propertyNames()) {
            double max = fields.number(name, -1);
            // 0 is allowed: a dimension that is tracked (its findings shown) but does not count towards the score.
            if (max < 0) {
                fields.problem(name, "full marks must be a number >= 0 (0 = tracked, not scored)");
            }
            dimensions.put(name, max);
        }
        return dimensions;
    }

    private static RiskModel readRisk(JsonFields risk) {
        risk.rejectUnknown(Set.of("weights", "thresholds", "model"));
        String model = risk.has("model") ? riskModel(risk, risk.requiredString("model")) : null;
        Map<Severity, Double> weights = new EnumMap<>(RiskModel.DEFAULT.weights());
        if (risk.has("weights")) {
            JsonFields w = risk.child("weights", risk.node().get("weights"));
            for (String name : w.node().propertyNames()) {
                Severity severity = null;
                try {
                    severity = Severity.parse(name);
                } catch (IllegalArgumentException e) {
                    w.problem(name, "unknown severity; use info, low, medium, high or critical");
                }
                if (severity != null) {
                    weights.put(severity, w.number(name, 0));
                }
            }
        }
        RiskModel d = RiskModel.DEFAULT;
        if (!risk.has("thresholds")) {
            return new RiskModel(weights, d.low(), d.medium(), d.high(), model);
        }
        JsonFields t = risk.child("thresholds", risk.node().get("thresholds"));
        t.rejectUnknown(Set.of("low", "medium", "high"));
        double low = t.number("low", d.low());
        double medium = t.number("medium", d.medium());
        double high = t.number("high", d.high());
        if (!(low <= medium && medium <= high)) {
            t.problem("high", "thresholds must satisfy low <= medium <= high");
        }
        return new RiskModel(weights, low, medium, high, model);
    }

    /** The name of a call-level risk model that loads, or a problem reported on the field. */
    private static String riskModel(JsonFields risk, String name) {
        try {
            CallRiskModel.named(name);
            return name;
        } catch (RuntimeException e) {
            risk.problem("model", e.getMessage());
            return null;
        }
    }

    private static List<Rule> readRules(JsonNode root, String source, PackKind kind, Map<String, Double> dimensions,
                                        List<Condition> shared, List<String> problems) {
        List<Rule> rules = new ArrayList<>();
        JsonNode array = root.get("rules");
        if (array == null || !array.isArray() || array.isEmpty()) {
            problems.add(source + ": pack, field 'rules': must be a non-empty array of rules");
            return rules;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            Rule rule = readRule(array.get(i), source, kind, dimensions, shared, problems, i);
            if (rule != null && !rule.id().isEmpty() && !ids.add(rule.id())) {
                problems.add(source + ": rule '" + rule.id() + "' (rules[" + i + "]), field 'id': duplicate rule id");
            }
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private static Rule readRule(JsonNode node, String source, PackKind kind, Map<String, Double> dimensions,
                                 List<Condition> shared, List<String> problems, int index) {
        String label = node != null && node.has("id") ? "'" + node.get("id").asString("?") + "'" : "#" + index;
        String where = source + ": rule " + label + " (rules[" + index + "])";
        if (node == null || !node.isObject()) {
            problems.add(where + ": must be a JSON object");
            return null;
        }
        JsonFields f = new JsonFields(node, where, "", problems);
        f.rejectUnknown(RULE_FIELDS);
        String id = f.requiredString("id");
        String category = f.requiredString("category");
        String dimension = f.string("dimension", "");
        if (kind == PackKind.QUALITY && !dimensions.containsKey(dimension)) {
            f.problem("dimension", "must name one of the pack's dimensions " + dimensions.keySet()
                    + ", got \"" + dimension + "\"");
        }
        Severity severity = f.choice("severity", Severity.class, Severity.MEDIUM);
        double points = f.number("points", 0);
        boolean veto = f.bool("veto", false);
        boolean required = f.bool("required", false);
        List<Condition> conditions = f.array("conditions", ConditionReader::read);
        if (!f.has("conditions") || conditions.isEmpty() && f.node().get("conditions").isEmpty()) {
            f.problem("conditions", "must list at least one condition");
        }
        conditions = ConditionReader.withShared(f, conditions, shared);
        Expression expression = ConditionReader.readExpression(f, conditions);
        ConditionReader.checkAnchors(f, conditions);
        return new Rule(id, f.string("name", id), f.string("description", ""), category, dimension, severity,
                points, veto, required, conditions, expression);
    }
}
