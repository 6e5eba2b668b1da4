package com.voiceqa.web.handover;

import com.voiceqa.web.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Rep departure and account handover (docs/api.md, "Rep departure"). */
@RestController
public class HandoverController {

    private final HandoverService handover;

    public HandoverController(HandoverService handover) {
        this.handover = handover;
    }

    @GetMapping("/api/handover")
    public List<HandoverAccount> pending(@AuthenticationPrincipal CurrentUser user) {
        return handover.pending(user);
    }

    @PostMapping("/api/accounts/reassign")
    public Map<String, Integer> reassign(@Valid @RequestBody ReassignRequest body, @AuthenticationPrincipal CurrentUser user) {
        return Map.of("reassigned", handover.reassign(body, user));
    }

    @GetMapping("/api/accounts/{id}/owners")
    public List<OwnerChange> owners(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return handover.history(id, user);
    }
}
