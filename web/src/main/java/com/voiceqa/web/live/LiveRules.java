package com.voiceqa.web.live;

import com.voiceqa.asr.AsrEngine;
import com.voiceqa.rules.AlertEvent;
import com.voiceqa.rules.LiveEvaluation;
import com.voiceqa.rules.RuleHit;
import com.voiceqa.rules.pack.RulePack;
import com.voiceqa.web.pipeline.SpeechEngine;
import com.voiceqa.web.rules.RuleBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * The rules that listen to a call while it is spoken. Their alerts go to {@link LiveHub}; what they found is
 * settled against the stored evaluation when the call ends ({@link LiveCallTracker}).
 */
@Component
class LiveRules {

    private static final Logger log = LoggerFactory.getLogger(LiveRules.class);

    private final RuleBook rules;
    private final SpeechEngine speech;
    private final LiveHub hub;

    LiveRules(RuleBook rules, SpeechEngine speech, LiveHub hub) {
        this.rules = rules;
        this.speech = speech;
        this.hub = hub;
    }

    /** Starts listening to a call; empty when no pack of the recognizer's language is active or the packs fail. */
    Optional<LiveEvaluation> watch(String callId) {
        try {
            // Only packs of the model's language listen: Chinese rules on an English transcript raise false alerts.
            String language = speech.engine().map(AsrEngine::language).orElse(RulePack.DEFAULT_LANGUAGE);
            return rules.engine(language).map(engine -> engine.live(callId, this::alert));
        } catch (RuntimeException e) {
            log.warn("call {} runs without live rules: {}", callId, e.getMessage());
            return Optional.empty();
        }
    }

    private void alert(AlertEvent event) {
        hub.alert(alertOf(event.callId(), event.hit(), event.utteranceEnd()));
    }

    /** The live page's alert for a finding, said at {@code utteranceEnd} seconds into the call. */
    static LiveCall.Alert alertOf(String callId, RuleHit hit, double utteranceEnd) {
        return new LiveCall.Alert(callId, hit.ruleId(), hit.ruleName(), hit.category(), hit.severity().label(),
                hit.evidence().isEmpty() ? null : hit.evidence().getLast(), utteranceEnd, Instant.now());
    }
}
