package com.voiceqa.web.retention;

import com.voiceqa.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Account outcomes and churn figures (docs/api.md, "Retention"). */
@RestController
public class RetentionController {

    private final AccountStatusService statuses;
    private final RetentionService retention;

    public RetentionController(AccountStatusService statuses, RetentionService retention) {
        this.statuses = statuses;
        this.retention = retention;
    }

    @GetMapping("/api/accounts/{id}/status")
    public AccountOutcome status(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return statuses.outcome(id, user);
    }

    @PutMapping("/api/accounts/{id}/status")
    public AccountOutcome changeStatus(@PathVariable long id, @Valid @RequestBody StatusRequest body,
                                       @AuthenticationPrincipal CurrentUser user) {
        return statuses.change(id, body, user);
    }

    @GetMapping("/api/retention")
    public RetentionFigures figures(@RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) Long team,
                                    @RequestParam(required = false) Long rep,
                                    @RequestParam(required = false) String tier,
                                    @AuthenticationPrincipal CurrentUser user) {
        return retention.figures(from, to, team, rep, tier, user);
    }

    @GetMapping("/api/retention/signals")
    public List<SignalLift> signals(@RequestParam(defaultValue = "90") @Min(1) @Max(730) int days,
                                    @AuthenticationPrincipal CurrentUser user) {
        return retention.lift(days, user);
    }

    @PutMapping("/api/accounts/{id}/value")
    public AccountOutcome value(@PathVariable long id, @Valid @RequestBody ValueRequest body,
                                @AuthenticationPrincipal CurrentUser user) {
        return statuses.setValue(id, body.value(), user);
    }

    /** @param value the account's annual value, in the company's currency */
    public record ValueRequest(@NotNull Double value) {
    }

    @GetMapping("/api/retention/trend")
    public List<RetentionFigures> trend(@RequestParam(defaultValue = "6") @Min(1) @Max(24) int periods,
                                        @RequestParam(defaultValue = "30") @Min(1) @Max(366) int days,
                                        @AuthenticationPrincipal CurrentUser user) {
        return retention.trend(periods, days, user);
    }
}
