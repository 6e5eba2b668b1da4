package com.voiceqa.rules.match;

import com.voiceqa.rules.pack.PinyinMatching;
import com.voiceqa.rules.pack.NegationMode;
import com.voiceqa.rules.pack.TextCondition;
import com.voiceqa.rules.pack.TextOperator;
import com.voiceqa.rules.pack.TextOperator.Keywords;
import com.voiceqa.rules.pack.TextOperator.Proximity;
import com.voiceqa.rules.pack.TextOperator.Regex;
import com.voiceqa.rules.pack.TextOperator.Semantic;
import com.voiceqa.rules.semantic.ClauseModel;
import com.voiceqa.rules.pack.TextOperator.Term;
import com.voiceqa.rules.text.Negation;
import com.voiceqa.rules.text.Pinyin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds exactly where an operator matches in one utterance and applies negation. The Lucene monitor only tells
 * WHICH utterances can match; this class finds the character spans (evidence) and the reasons for rejection.
 */
final class TextLocator {

    private TextLocator() {
    }

    static List<Occurrence> locate(TextCondition condition, Utterance utterance) {
        TextOperator operator = condition.operator();
        List<Occurrence> found = switch (operator) {
            case Keywords k -> keywords(k, utterance);
            case Proximity p -> proximity(p, utterance);
            case Regex r -> regex(r, utterance);
            case Semantic s -> semantic(s, utterance);
        };
        if (found.isEmpty()) {
            return found;
        }
        String cancel = unlessPhrase(condition.unless(), utterance.normalized());
        List<Occurrence> out = new ArrayList<>(found.size());
        for (Occurrence o : found) {
            Occurrence judged = applyNegation(o, condition.negation(), utterance.normalized());
            out.add(cancel == null ? judged : judged.reject("cancelled by '" + cancel + "' in the same utterance"));
        }
        return out;
    }

    private static String unlessPhrase(List<String> unless, String text) {
        for (String phrase : unless) {
            if (text.contains(phrase)) {
                return phrase;
            }
        }
        return null;
    }

    private static Occurrence applyNegation(Occurrence o, NegationMode mode, String text) {
        if (mode == NegationMode.IGNORE) {
            return o;
        }
        String cue = Negation.cueBefore(text, o.start());
        if (mode == NegationMode.EXCLUDE && cue != null) {
            return o.reject("negated by '" + cue.strip() + "'");
        }
        if (mode == NegationMode.ONLY && cue == null) {
            return o.reject("not negated (the condition asks for negated forms only)");
        }
        return o;
    }

    /**
     * Clauses the model scores above the threshold; clauses that came within half of it are kept as rejected, so a
     * dry run shows how close a miss was.
     */
    private static List<Occurrence> semantic(Semantic s, Utterance u) {
        List<Occurrence> out = new ArrayList<>();
        ClauseModel model = ClauseModel.named(s.model());
        for (ClauseModel.Scored clause : model.score(u.normalized(), "customer".equals(u.speaker()), u.previous(),
                u.next())) {
            double p = clause.probabilities().get(s.label());
            Occurrence o = new Occurrence(u.index(), clause.span().start(), clause.span().end(), 0, null);
            if (p > s.above()) {
                out.add(o);
            } else if (p > s.above() / 2) {
                out.add(o.reject(String.format(java.util.Locale.ROOT, "model says %.2f for %s, below %.2f", p,
                        s.label(), s.above())));
            }
        }
        return out;
    }

    private static List<Occurrence> keywords(Keywords k, Utterance u) {
        List<Occurrence> out = new ArrayList<>();
        for (int t = 0; t < k.terms().size(); t++) {
            termOccurrences(k.terms().get(t), t, k.pinyin(), u, out);
        }
        return out;
    }

    /** All occurrences of any form of a term; overlapping occurrences of a shorter form inside a longer are kept once. */
    private static void termOccurrences(Term term, int termIndex, PinyinMatching pinyin, Utterance u,
                                        List<Occurrence> out) {
        int before = out.size();
        String haystack = u.lower();
        for (String form : term.forms()) {
            String needle = form.toLowerCase(java.util.Locale.ROOT);
            for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
                addUnlessCovered(out, before, new Occurrence(u.index(), at, at + needle.length(), termIndex, null));
            }
            if (pinyin.appliesTo(form)) {
                pinyinOccurrences(form, termIndex, u, out, before);
            }
        }
    }

    private static void pinyinOccurrences(String form, int termIndex, Utterance u, List<Occurrence> out, int before) {
        List<String> syllables = Pinyin.syllables(form);
        if (syllables.size() != form.length() || syllables.isEmpty()) {
            return;
        }
        String[] text = u.pinyin();
        outer:
        for (int at = 0; at + syllables.size() <= text.length; at++) {
            for (int i = 0; i < syllables.size(); i++) {
                if (!syllables.get(i).equals(text[at + i])) {
                    continue outer;
                }
            }
            addUnlessCovered(out, before, new Occurrence(u.index(), at, at + syllables.size(), termIndex, null));
        }
    }

    private static void addUnlessCovered(List<Occurrence> out, int from, Occurrence candidate) {
        for (int i = from; i < out.size(); i++) {
            Occurrence o = out.get(i);
            if (o.start() <= candidate.start() && candidate.end() <= o.end()) {
                return;
            }
            if (candidate.start() <= o.start() && o.end() <= candidate.end()) {
                out.set(i, candidate);
                return;
            }
        }
        out.add(candidate);
    }

    /** Chains one occurrence of every term, each within {@code withinChars} of the previous one. */
    private static List<Occurrence> proximity(Proximity p, Utterance u) {
        List<List<Occurrence>> perTerm = new ArrayList<>();
        for (int t = 0; t < p.terms().size(); t++) {
            List<Occurrence> occ = new ArrayList<>();
            termOccurrences(p.terms().get(t), t, p.pinyin(), u, occ);
            if (occ.isEmpty()) {
                return List.of();
            }
            perTerm.add(occ);
        }
        List<Occurrence> out = new ArrayList<>();
        for (Occurrence first : perTerm.getFirst()) {
            int start = first.start();
            int end = first.end();
            boolean complete = true;
            for (int t = 1; t < perTerm.size() && complete; t++) {
                Occurrence next = nearest(perTerm.get(t), start, end, p.withinChars(), p.ordered());
                if (next == null) {
                    complete = false;
                } else {
                    start = Math.min(start, next.start());
                    end = Math.max(end, next.end());
                }
            }
            if (complete) {
                out.add(new Occurrence(u.index(), start, end, 0, null));
            }
        }
        return out;
    }

    private static Occurrence nearest(List<Occurrence> options, int start, int end, int within, boolean ordered) {
        Occurrence best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Occurrence o : options) {
            int gap;
            if (o.start() >= end) {
                gap = o.start() - end;
            } else if (!ordered && o.end() <= start) {
                gap = start - o.end();
            } else {
                continue;
            }
            if (gap <= within && gap < bestGap) {
                best = o;
                bestGap = gap;
            }
        }
        return best;
    }

    private static List<Occurrence> regex(Regex r, Utterance u) {
        String text = r.bySound() ? u.sounds() : u.normalized();
        List<Occurrence> out = new ArrayList<>();
        Matcher m = RegexBudget.matcher(r.searched(), text);
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(new Occurrence(u.index(), m.start(), m.end(), 0, null));
            }
        }
        if (!out.isEmpty() && r.searchedExclude() != null) {
            Matcher ex = RegexBudget.matcher(r.searchedExclude(), text);
            if (ex.find()) {
                String reason = "exclusion pattern matched '" + u.normalized().substring(ex.start(), ex.end()) + "'";
                out.replaceAll(o -> o.reject(reason));
            }
        }
        return out;
    }
}
