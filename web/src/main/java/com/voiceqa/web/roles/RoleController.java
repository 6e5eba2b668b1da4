package com.voiceqa.web.roles;

import com.voiceqa.web.calls.CallDetail;
import com.voiceqa.web.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RoleController {

    private final RoleCorrectionService roles;

    public RoleController(RoleCorrectionService roles) {
        this.roles = roles;
    }

    /** A reviewer swaps or fixes the speakers; the call is scored and indexed again. Answers the updated detail. */
    @PostMapping("/api/calls/{id}/roles")
    public CallDetail correct(@PathVariable String id, @Valid @RequestBody RoleCorrection correction,
                              @AuthenticationPrincipal CurrentUser user) {
        return roles.correct(id, correction, user);
    }
}
