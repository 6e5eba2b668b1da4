package com.voiceqa.rules.pack;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads typed fields of one JSON object and records every problem instead of stopping at the first, so that a rule
 * author sees all mistakes at once. {@code where} prefixes each message (e.g. "rule 'x', field 'conditions[0].").
 */
final class JsonFields {

    private final JsonNode node;
    private final String where;
    private final String prefix;
    private final List<String> problems;

    JsonFields(JsonNode node, String where, String prefix, List<String> problems) {
        this.node = node;
        this.where = where;
        this.prefix = prefix;
        this.problems = problems;
    }

    JsonNode node() {
        return node;
    }

    JsonFields child(String name, JsonNode child) {
        return new JsonFields(child, where, prefix + name + ".", problems);
    }

    String path(String field) {
        return prefix + field;
    }

    void problem(String field, String message) {
        problems.add(where + ", field '" + prefix + field + "': " + message);
    }

    /** A problem with this node itself (an array element, for instance). */
    void problemHere(String message) {
        String self = prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
        problems.add(where + ", field '" + self + "': " + message);
    }

    boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    /** Records a problem for every field not in {@code known} (catches typos such as "negtion"). */
    void rejectUnknown(Set<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problem(name, "unknown field; expected one of " + known.stream().sorted().toList());
            }
        }
    }

    String string(String field, String fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode v = node.get(field);
        if (!v.isString() && !v.isNumber()) {
            problem(field, "must be a string, got " + v);
            return fallback;
        }
        return v.asString();
    }

    String requiredString(String field) {
        String value = string(field, null);
        if (value == null || value.isBlank()) {
            if (!has(field)) {
                problem(field, "is required");
            } else if (value != null) {
                problem(field, "must not be blank");
            }
            return "";
        }
        return value;
    }

    double number(String field, double fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode v = node.get(field);
        if (!v.isNumber()) {
            problem(field, "must be a number, got " + v);
            return fallback;
        }
        return v.asDouble();
    }

    int nonNegativeInt(String field, int fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode v = node.get(field);
        if (!v.isIntegralNumber() || v.asLong() < 0 || v.asLong() > Integer.MAX_VALUE) {
            problem(field, "must be an integer >= 0, got " + v);
            return fallback;
        }
        return v.asInt();
    }

    boolean bool(String field, boolean fallback) {
        Boolean v = optionalBool(field);
        return v == null ? fallback : v;
    }

    /** The field's value, or {@code null} when it is absent (or invalid, with a problem). */
    Boolean optionalBool(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        if (!v.isBoolean()) {
            problem(field, "must be true or false, got " + v);
            return null;
        }
        return v.asBoolean();
    }

    /** An enum constant by its lower-case name (dashes or underscores), or the fallback with a problem. */
    <E extends Enum<E>> E choice(String field, Class<E> type, E fallback) {
        String raw = string(field, null);
        if (raw == null) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(raw.trim().replace('-', '_'))) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(java.util.Locale.ROOT));
        }
        problem(field, "must be one of " + names + ", got \"" + raw + "\"");
        return fallback;
    }

    /** Each element of an array field mapped with {@code reader}; an absent field gives an empty list. */
    <T> List<T> array(String field, Function<JsonFields, T> reader) {
        List<T> out = new ArrayList<>();
        if (!has(field)) {
            return out;
        }
        JsonNode v = node.get(field);
        if (!v.isArray()) {
            problem(field, "must be an array, got " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            T item = reader.apply(new JsonFields(v.get(i), where, prefix + field + "[" + i + "].", problems));
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    int problemCount() {
        return problems.size();
    }
}
