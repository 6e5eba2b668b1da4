package com.voiceqa.rules.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A boolean expression over condition ids: ids, {@code !}, {@code &&}, {@code ||} and parentheses, e.g.
 * {@code 1 && (2 || !3)}. {@code &&} binds tighter than {@code ||}. Ids are letters, digits, {@code _} and {@code -}.
 */
public sealed interface Expression {

    boolean evaluate(Predicate<String> conditionTrue);

    /** Ids referenced without an odd number of {@code !} in front: their hits are the rule's evidence. */
    void collectPositive(boolean negated, Set<String> into);

    /** All referenced ids. */
    void collectAll(Set<String> into);

    record Ref(String id) implements Expression {
        public boolean evaluate(Predicate<String> conditionTrue) {
            return conditionTrue.test(id);
        }

        public void collectPositive(boolean negated, Set<String> into) {
            if (!negated) {
                into.add(id);
            }
        }

        public void collectAll(Set<String> into) {
            into.add(id);
        }

        @Override
        public String toString() {
            return id;
        }
    }

    record Not(Expression operand) implements Expression {
        public boolean evaluate(Predicate<String> conditionTrue) {
            return !operand.evaluate(conditionTrue);
        }

        public void collectPositive(boolean negated, Set<String> into) {
            operand.collectPositive(!negated, into);
        }

        public void collectAll(Set<String> into) {
            operand.collectAll(into);
        }

        @Override
        public String toString() {
            return "!" + operand;
        }
    }

    /** {@code &&} ({@code and = true}) or {@code ||} over two or more operands. */
    record Junction(boolean and, List<Expression> operands) implements Expression {
        public Junction {
            operands = List.copyOf(operands);
        }

        public boolean evaluate(Predicate<String> conditionTrue) {
            for (Expression operand : operands) {
                if (operand.evaluate(conditionTrue) != and) {
                    return !and;
                }
            }
            return and;
        }

        public void collectPositive(boolean negated, Set<String> into) {
            operands.forEach(o -> o.collectPositive(negated, into));
        }

        public void collectAll(Set<String> into) {
            operands.forEach(o -> o.collectAll(into));
        }

        @Override
        public String toString() {
            List<String> parts = operands.stream().map(Object::toString).toList();
            return "(" + String.join(and ? " && " : " || ", parts) + ")";
        }
    }

    /** Parses an expression; throws {@link IllegalArgumentException} naming the position of a syntax error. */
    static Expression parse(String source) {
        return new Parser(source).parseAll();
    }

    /** The conjunction of all ids: the default when a rule gives no expression. */
    static Expression allOf(List<String> ids) {
        List<Expression> refs = new ArrayList<>();
        ids.forEach(id -> refs.add(new Ref(id)));
        return refs.size() == 1 ? refs.getFirst() : new Junction(true, refs);
    }

    /** Recursive-descent parser: or := and ('||' and)* ; and := unary ('&&' unary)* ; unary := '!' unary | atom. */
    final class Parser {
        private final String src;
        private int pos;

        Parser(String src) {
            this.src = src;
        }

        Expression parseAll() {
            Expression e = parseOr();
            skipSpace();
            if (pos < src.length()) {
                throw error("unexpected '" + src.charAt(pos) + "'");
            }
            return e;
        }

        private Expression parseOr() {
            List<Expression> parts = new ArrayList<>(List.of(parseAnd()));
            while (accept("||")) {
                parts.add(parseAnd());
            }
            return parts.size() == 1 ? parts.getFirst() : new Junction(false, parts);
        }

        private Expression parseAnd() {
            List<Expression> parts = new ArrayList<>(List.of(parseUnary()));
            while (accept("&&")) {
                parts.add(parseUnary());
            }
            return parts.size() == 1 ? parts.getFirst() : new Junction(true, parts);
        }

        private Expression parseUnary() {
            if (accept("!")) {
                return new Not(parseUnary());
            }
            if (accept("(")) {
                Expression inner = parseOr();
                if (!accept(")")) {
                    throw error("missing ')'");
                }
                return inner;
            }
            skipSpace();
            int start = pos;
            while (pos < src.length() && isIdChar(src.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw error(pos < src.length() ? "unexpected '" + src.charAt(pos) + "'" : "unexpected end");
            }
            return new Ref(src.substring(start, pos));
        }

        private boolean accept(String token) {
            skipSpace();
            if (src.startsWith(token, pos)) {
                pos += token.length();
                return true;
            }
            return false;
        }

        private void skipSpace() {
            while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
                pos++;
            }
        }

        private static boolean isIdChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-';
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at position " + pos + " of '" + src + "'");
        }
    }
}
