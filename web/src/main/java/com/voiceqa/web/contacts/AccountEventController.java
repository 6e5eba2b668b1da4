package com.voiceqa.web.contacts;

import com.voiceqa.web.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code /api/accounts/{id}/events}: an account's orders and contracts (docs/api.md, "Account events"). */
@RestController
public class AccountEventController {

    private final AccountEventService events;

    public AccountEventController(AccountEventService events) {
        this.events = events;
    }

    @GetMapping("/api/accounts/{id}/events")
    public List<AccountEvent> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return events.list(id, user);
    }

    @PostMapping("/api/accounts/{id}/events")
    @ResponseStatus(HttpStatus.CREATED)
    public AccountEvent record(@PathVariable long id, @Valid @RequestBody NewAccountEvent body,
                               @AuthenticationPrincipal CurrentUser user) {
        return events.record(id, body, user);
    }
}
