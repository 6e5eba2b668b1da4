package com.voiceqa.web.accounts;

import com.voiceqa.web.api.Page;
import com.voiceqa.web.security.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/accounts")
public class AccountController {

    private final AccountService accounts;

    public AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    public Page<AccountSummary> list(@RequestParam(defaultValue = "risk") String sort,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                                     @AuthenticationPrincipal CurrentUser user) {
        return accounts.list(sort, page, size, user);
    }

    @GetMapping("/{id}")
    public AccountDetail detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return accounts.detail(id, user);
    }
}
