package com.voiceqa.web.rules;

import com.voiceqa.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.util.List;

@RestController
@RequestMapping("/api")
public class RuleController {

    private final RuleService rules;

    public RuleController(RuleService rules) {
        this.rules = rules;
    }

    @GetMapping("/rules")
    public List<RuleService.PackInfo> list() {
        return rules.list();
    }

    @GetMapping("/rules/{packId}")
    public RuleService.PackDocument get(@PathVariable String packId) {
        return rules.get(packId);
    }

    @GetMapping("/rules/{packId}/versions")
    public List<RuleService.VersionInfo> versions(@PathVariable String packId) {
        return rules.versions(packId);
    }

    @GetMapping("/rules/{packId}/versions/{version}")
    public RuleService.PackDocument version(@PathVariable String packId, @PathVariable int version) {
        return rules.version(packId, version);
    }

    @PostMapping("/rules/validate")
    public RuleService.Validation validate(@Valid @RequestBody Draft body) {
        return rules.validate(body.pack());
    }

    @PostMapping("/rules")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    public RuleService.PackDocument create(@Valid @RequestBody Draft body, @AuthenticationPrincipal CurrentUser user) {
        return rules.save(null, body.pack(), body.comment(), true, user);
    }

    @PutMapping("/rules/{packId}")
    @PreAuthorize("hasRole('ADMIN')")
    public RuleService.PackDocument update(@PathVariable String packId, @Valid @RequestBody Draft body,
                                           @AuthenticationPrincipal CurrentUser user) {
        return rules.save(packId, body.pack(), body.comment(), false, user);
    }

    @PostMapping("/rules/dry-run")
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    public RuleService.DryRun dryRun(@Valid @RequestBody DryRunRequest body, @AuthenticationPrincipal CurrentUser user) {
        return rules.dryRun(body.callId(), body.pack(), user);
    }

    @GetMapping("/scoring")
    public List<RuleService.Scheme> scoring() {
        return rules.scoring();
    }

    public record Draft(@NotNull JsonNode pack, @Size(max = 500) String comment) {
    }

    public record DryRunRequest(@NotBlank @Size(max = 64) String callId, JsonNode pack) {
    }
}
