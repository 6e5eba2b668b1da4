package com.voiceqa.web.live;

import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.EngineLoad;
import com.voiceqa.web.pipeline.SpeechEngine;
import com.voiceqa.web.rules.RuleBook;
import com.voiceqa.web.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.Collection;

@RestController
@RequestMapping("/api/live")
public class LiveController {

    private final LiveHub hub;
    private final SpeechEngine speech;
    private final GatewayBridge gateway;
    private final RuleBook rules;

    public LiveController(LiveHub hub, SpeechEngine speech, GatewayBridge gateway, RuleBook rules) {
        this.hub = hub;
        this.speech = speech;
        this.gateway = gateway;
        this.rules = rules;
    }

    @GetMapping("/calls")
    public Collection<LiveCall> calls(@AuthenticationPrincipal CurrentUser user) {
        return hub.visibleCalls(user);
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(@AuthenticationPrincipal CurrentUser user) {
        return hub.subscribe(user);
    }

    @GetMapping("/status")
    public Status status(@AuthenticationPrincipal CurrentUser user) {
        String notice = (speech.notice(user.isAdmin()) + " " + speech.languageNotice(rules.languages())).trim();
        return new Status(speech.engine().isPresent(), notice,
                new Status.Ports(gateway.webSocketPort(), gateway.badgePort()),
                speech.engine().map(AsrEngine::load).orElse(null));
    }

    /** @param capacity live capacity, backlog and recognizer pool; null when live ASR is off */
    public record Status(boolean asr, String message, Ports gateway, EngineLoad capacity) {
        public record Ports(int websocketPort, int badgePort) {
        }
    }
}
