package com.voiceqa.web.silence;

import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/** {@code GET /api/silence}: open disengagement warnings of the accounts the user may see. */
@RestController
public class SilenceController {

    private final SilenceRepository silence;
    private final Clock clock;

    public SilenceController(SilenceRepository silence, Clock clock) {
        this.silence = silence;
        this.clock = clock;
    }

    @GetMapping("/api/silence")
    public List<SilenceWarning> warnings(@AuthenticationPrincipal CurrentUser user) {
        return silence.list(VisibilityScope.accounts(user), clock.instant());
    }
}
