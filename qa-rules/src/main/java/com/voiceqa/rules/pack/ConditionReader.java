package com.voiceqa.rules.pack;

import com.voiceqa.rules.pack.MetricCondition.Metric;
import com.voiceqa.rules.pack.Scope.Anchor;
import com.voiceqa.rules.pack.Scope.Relation;
import com.voiceqa.rules.pack.TextOperator.Keywords;
import com.voiceqa.rules.pack.TextOperator.Proximity;
import com.voiceqa.rules.pack.TextOperator.Regex;
import com.voiceqa.rules.pack.TextOperator.Semantic;
import com.voiceqa.rules.semantic.ClauseModel;
import com.voiceqa.rules.pack.TextOperator.Term;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads and validates the conditions and the expression of one rule (see docs/rules.md). */
final class ConditionReader {

    private static final Set<String> TEXT_TYPES = Set.of("keywords", "phrase", "proximity", "regex", "semantic");
    private static final Set<String> SCOPE_FIELDS = Set.of("speaker", "skip", "first", "last", "from", "to", "anchor",
            "negation", "unless");
    private static final Set<String> SPEAKERS = Set.of("", "any", "rep", "customer");

    private ConditionReader() {
    }

    static Condition read(JsonFields f) {
        if (!f.node().isObject()) {
            f.problemHere("a condition must be a JSON object");
            return null;
        }
        String id = f.requiredString("id");
        String type = f.requiredString("type").toLowerCase(Locale.ROOT);
        if (TEXT_TYPES.contains(type)) {
            return readText(f, id, type);
        }
        for (Metric metric : Metric.values()) {
            if (metric.name().toLowerCase(Locale.ROOT).equals(type.replace('-', '_'))) {
                return readMetric(f, id, metric);
            }
        }
        if (!type.isEmpty()) {
            List<String> all = new ArrayList<>(TEXT_TYPES);
            for (Metric m : Metric.values()) {
                all.add(m.name().toLowerCase(Locale.ROOT));
            }
            f.problem("type", "unknown condition type \"" + type + "\"; expected one of " + all.stream().sorted().toList());
        }
        return null;
    }

    private static Condition readText(JsonFields f, String id, String type) {
        Set<String> known = new HashSet<>(SCOPE_FIELDS);
        known.addAll(Set.of("id", "type"));
        TextOperator operator = switch (type) {
            case "keywords" -> {
                known.addAll(Set.of("terms", "match", "pinyin"));
                List<Term> terms = readTerms(f);
                yield new Keywords(terms, readMatch(f, terms.size()), PinyinMatching.of(f.optionalBool("pinyin")));
            }
            case "phrase", "proximity" -> {
                known.addAll(Set.of("terms", "within", "ordered", "pinyin"));
                List<Term> terms = readTerms(f);
                if (terms.size() < 2) {
                    f.problem("terms", type + " needs at least two terms");
                }
                boolean phrase = type.equals("phrase");
                int within = f.nonNegativeInt("within", phrase ? 0 : 10);
                yield new Proximity(terms, within, f.bool("ordered", phrase), PinyinMatching.of(f.optionalBool("pinyin")));
            }
            case "semantic" -> {
                known.addAll(Set.of("model", "label", "above"));
                yield readSemantic(f);
            }
            default -> {
                known.addAll(Set.of("pattern", "exclude", "pinyin"));
                yield Regex.of(readPattern(f, "pattern", true), readPattern(f, "exclude", false),
                        Boolean.TRUE.equals(f.optionalBool("pinyin")));
            }
        };
        f.rejectUnknown(known);
        // a clause model reads negation inside the clause itself; a cue before the clause belongs to another clause
        NegationMode negation = f.choice("negation", NegationMode.class,
                operator instanceof Semantic ? NegationMode.IGNORE : NegationMode.EXCLUDE);
        List<String> unless = f.array("unless", element -> {
            if (!element.node().isString() || element.node().asString().isBlank()) {
                element.problemHere("an unless phrase must be a non-empty string");
                return null;
            }
            return element.node().asString().replaceAll("\\s+", "");
        });
        return new TextCondition(id, operator, readScope(f), negation, unless);
    }

    private static Semantic readSemantic(JsonFields f) {
        String model = f.has("model") ? f.requiredString("model") : Semantic.DEFAULT_MODEL;
        String label = f.requiredString("label");
        double above = f.number("above", 0.5);
        if (above <= 0 || above >= 1) {
            f.problem("above", "must be a probability between 0 and 1 (exclusive), got " + above);
        }
        try {
            ClauseModel clauseModel = ClauseModel.named(model);
            if (!label.isEmpty() && !clauseModel.labels().contains(label)) {
                f.problem("label", "model '" + model + "' has no label \"" + label + "\"; it knows "
                        + clauseModel.labels());
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            f.problem("model", e.getMessage());
        }
        return new Semantic(model, label, above);
    }

    private static List<Term> readTerms(JsonFields f) {
        List<Term> terms = f.array("terms", element -> {
            if (!element.node().isString() || element.node().asString().isBlank()) {
                element.problemHere("a term must be a non-empty string (synonyms separated by |)");
                return null;
            }
            List<String> forms = new ArrayList<>();
            for (String form : element.node().asString().split("\\|")) {
                String clean = form.strip().replaceAll("\\s+", "");
                if (!clean.isEmpty()) {
                    forms.add(clean);
                }
            }
            return forms.isEmpty() ? null : new Term(forms);
        });
        if (terms.isEmpty() && f.has("terms")) {
            f.problem("terms", "must list at least one term");
        } else if (!f.has("terms")) {
            f.problem("terms", "is required");
        }
        return terms;
    }

    private static int readMatch(JsonFields f, int termCount) {
        if (!f.has("match")) {
            return 1;
        }
        JsonNode v = f.node().get("match");
        if (v.isString() && v.asString().equals("any")) {
            return 1;
        }
        if (v.isString() && v.asString().equals("all")) {
            return Math.max(1, termCount);
        }
        if (v.isIntegralNumber() && v.asInt() >= 1 && v.asInt() <= Math.max(1, termCount)) {
            return v.asInt();
        }
        f.problem("match", "must be \"any\", \"all\" or a number from 1 to the number of terms (" + termCount
                + "), got " + v);
        return 1;
    }

    private static Pattern readPattern(JsonFields f, String field, boolean required) {
        String source = required ? f.requiredString(field) : f.string(field, null);
        if (source == null || source.isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(source);
        } catch (PatternSyntaxException e) {
            f.problem(field, "invalid regular expression: " + e.getDescription() + " near index " + e.getIndex());
            return null;
        }
    }

    private static Scope readScope(JsonFields f) {
        String speaker = f.string("speaker", "").toLowerCase(Locale.ROOT);
        if (!SPEAKERS.contains(speaker)) {
            f.problem("speaker", "must be \"rep\", \"customer\" or \"any\", got \"" + speaker + "\"");
        }
        int skip = f.nonNegativeInt("skip", 0);
        int first = f.nonNegativeInt("first", 0);
        int last = f.nonNegativeInt("last", 0);
        if (first > 0 && last > 0) {
            f.problem("last", "give either first or last, not both");
        }
        double from = f.number("from", 0);
        double to = f.number("to", Double.POSITIVE_INFINITY);
        if (from < 0 || to <= from) {
            f.problem("to", "time window must satisfy 0 <= from < to (seconds)");
        }
        Anchor anchor = null;
        if (f.has("anchor")) {
            JsonFields a = f.child("anchor", f.node().get("anchor"));
            if (!a.node().isObject()) {
                f.problem("anchor", "must be an object {\"condition\": id, \"relation\": before|after|around, \"within\": N}");
            } else {
                a.rejectUnknown(Set.of("condition", "relation", "within"));
                anchor = new Anchor(a.requiredString("condition"), a.choice("relation", Relation.class, Relation.AROUND),
                        a.nonNegativeInt("within", 0));
            }
        }
        return new Scope(speaker.equals("any") ? "" : speaker, skip, first, last, from, to, anchor);
    }

    private static Condition readMetric(JsonFields f, String id, Metric metric) {
        f.rejectUnknown(Set.of("id", "type", "speaker", "above", "below"));
        String speaker = f.string("speaker", "").toLowerCase(Locale.ROOT);
        if (metric.perSpeaker() && !(speaker.equals("rep") || speaker.equals("customer"))) {
            f.problem("speaker", metric.name().toLowerCase(Locale.ROOT) + " is per speaker: give \"rep\" or \"customer\"");
        }
        double above = f.number("above", Double.NaN);
        double below = f.number("below", Double.NaN);
        if (Double.isNaN(above) && Double.isNaN(below)) {
            f.problem("above", "give a bound: above and/or below");
        }
        return new MetricCondition(id, metric, speaker, above, below);
    }

    /** Parses the rule's expression (default: all conditions) and checks that it references existing conditions. */
    static Expression readExpression(JsonFields rule, List<Condition> conditions) {
        List<String> ids = conditions.stream().map(Condition::id).toList();
        Set<String> unique = new HashSet<>();
        for (String id : ids) {
            if (!id.isEmpty() && !unique.add(id)) {
                rule.problem("conditions", "duplicate condition id \"" + id + "\"");
            }
        }
        if (!rule.has("expression")) {
            return ids.isEmpty() ? new Expression.Ref("") : Expression.allOf(ids);
        }
        Expression expression;
        try {
            expression = Expression.parse(rule.string("expression", ""));
        } catch (IllegalArgumentException e) {
            rule.problem("expression", e.getMessage());
            return new Expression.Ref("");
        }
        Set<String> referenced = new HashSet<>();
        expression.collectAll(referenced);
        for (String id : referenced) {
            if (!unique.contains(id)) {
                rule.problem("expression", "refers to condition \"" + id + "\", which is not defined; defined: " + ids);
            }
        }
        return expression;
    }

    /**
     * Adds the pack's shared conditions that the rule's expression uses and the rule does not define itself (a
     * rule's own condition of the same id wins), so common guards are written once per pack.
     */
    static List<Condition> withShared(JsonFields rule, List<Condition> conditions, List<Condition> shared) {
        if (shared.isEmpty() || !rule.has("expression")) {
            return conditions;
        }
        Set<String> own = new HashSet<>();
        conditions.forEach(c -> own.add(c.id()));
        Set<String> referenced = new HashSet<>();
        try {
            Expression.parse(rule.string("expression", "")).collectAll(referenced);
        } catch (IllegalArgumentException e) {
            return conditions; // reported by readExpression
        }
        List<Condition> out = new ArrayList<>(conditions);
        for (Condition c : shared) {
            if (referenced.contains(c.id()) && !own.contains(c.id())) {
                out.add(c);
            }
        }
        return out;
    }

    /** Anchors must point at another existing condition, and anchor chains must not loop. */
    static void checkAnchors(JsonFields rule, List<Condition> conditions) {
        Map<String, String> anchorOf = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (Condition c : conditions) {
            ids.add(c.id());
            if (c instanceof TextCondition t && t.scope().anchor() != null) {
                anchorOf.put(c.id(), t.scope().anchor().conditionId());
            }
        }
        for (Map.Entry<String, String> e : anchorOf.entrySet()) {
            if (!ids.contains(e.getValue())) {
                rule.problem("conditions", "condition \"" + e.getKey() + "\" is anchored to \"" + e.getValue()
                        + "\", which is not defined");
                continue;
            }
            Set<String> seen = new HashSet<>();
            String at = e.getKey();
            while (at != null && seen.add(at)) {
                at = anchorOf.get(at);
            }
            if (at != null) {
                rule.problem("conditions", "anchors form a loop through condition \"" + e.getKey() + "\"");
            }
        }
    }
}
