package com.voiceqa.rules;

import com.voiceqa.core.Segment;
import com.voiceqa.core.TranscriptListener;
import com.voiceqa.core.metrics.CallMetrics;
import com.voiceqa.rules.CompiledRules.Outcome;
import com.voiceqa.rules.match.Occurrence;
import com.voiceqa.rules.match.Utterance;
import com.voiceqa.rules.semantic.AdjacentTurn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Incremental evaluation of a call in progress. Each final segment is matched on arrival against all lexical
 * conditions (only the new utterance goes through the monitor), and the utterance before it once more, now that its
 * reply is known (a clause model may read the next turn); then every rule's expression is re-checked over the call so
 * far, which is cheap. A rule's first finding raises an {@link AlertEvent} before {@link #onSegment}
 * returns, so the alert follows the end of the utterance by the matching time (milliseconds).
 *
 * <p>Churn findings are alerted once the call so far passes its pack's risk gate; findings held back until then are
 * alerted together with the one that tips it. {@code required} rules (greeting, closing…) can only be judged on the
 * whole call and raise no alerts. Utterance indexes in alerts are in arrival order. Thread-safe (calls are serialized).
 *
 * <p>There is no second, live verdict on a call: once it has ended, the call is evaluated as a whole by
 * {@link RuleEngine#evaluate} (on its final speaker roles, which for mono audio may differ from the provisional ones
 * the live rules heard), and the live alerts are settled against that one evaluation.
 */
public final class LiveEvaluation implements TranscriptListener {

    private final String callId;
    private final RuleEngine engine;
    private final AlertListener listener;
    private final List<Utterance> utterances = new ArrayList<>();
    private final Map<Integer, List<Occurrence>> occurrences = new HashMap<>();
    private final Set<String> alerted = new HashSet<>();

    LiveEvaluation(String callId, RuleEngine engine, AlertListener listener) {
        this.callId = callId;
        this.engine = engine;
        this.listener = listener;
    }

    @Override
    public synchronized void onSegment(Segment segment) {
        if (segment.text().isBlank()) {
            return;
        }
        Utterance u = Utterance.of(utterances.size(), segment);
        if (!utterances.isEmpty()) {
            Utterance last = utterances.getLast();
            u = u.withNeighbours(last.asAdjacent(), AdjacentTurn.NONE);
            reread(last.withNeighbours(last.previous(), u.asAdjacent()));
        }
        utterances.add(u);
        locate(u);
        List<Outcome> outcomes = engine.compiled().evaluate(utterances, occurrences, null);
        List<RuleHit> all = EvaluationAssembler.findings(outcomes);
        List<RuleHit> findings = EvaluationAssembler.reported(engine.packs(), all,
                engine.packs().stream().map(p -> ChurnDecision.of(p, all, utterances)).toList());
        for (RuleHit hit : findings) {
            if (!hit.missing() && alerted.add(hit.packId() + "/" + hit.ruleId())) {
                listener.onAlert(new AlertEvent(callId, hit, segment.end(), System.nanoTime()));
            }
        }
    }

    private void locate(Utterance u) {
        engine.compiled().locate(List.of(u)).forEach((key, found) ->
                occurrences.computeIfAbsent(key, k -> new ArrayList<>()).addAll(found));
    }

    /**
     * Matches an utterance again now that the reply after it is known: a clause model that reads the next turn may
     * say something else of it (a model that does not answers from its cache, so this costs only the lexical match).
     */
    private void reread(Utterance withReply) {
        utterances.set(withReply.index(), withReply);
        occurrences.values().forEach(found -> found.removeIf(o -> o.utterance() == withReply.index()));
        locate(withReply);
    }
}
