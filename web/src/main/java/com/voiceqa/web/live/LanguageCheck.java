package com.voiceqa.web.live;

import com.voiceqa.web.pipeline.SpeechEngine;
import com.voiceqa.web.rules.RuleBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Warns the operator at startup when the speech model's language matches no rule pack (see SpeechEngine). */
@Component
class LanguageCheck {

    private static final Logger log = LoggerFactory.getLogger(LanguageCheck.class);

    private final SpeechEngine speech;
    private final RuleBook rules;

    LanguageCheck(SpeechEngine speech, RuleBook rules) {
        this.speech = speech;
        this.rules = rules;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnOnMismatch() {
        String notice = speech.languageNotice(rules.languages());
        if (!notice.isEmpty()) {
            log.warn("\n*** {}", notice);
        }
    }
}
