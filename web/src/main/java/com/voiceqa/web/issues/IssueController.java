package com.voiceqa.web.issues;

import com.voiceqa.web.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Account issues and their follow-up (docs/api.md, "Account issues"). */
@RestController
public class IssueController {

    private final IssueService issues;

    public IssueController(IssueService issues) {
        this.issues = issues;
    }

    @GetMapping("/api/accounts/{id}/issues")
    public List<AccountIssue> forAccount(@PathVariable long id, @RequestParam(defaultValue = "false") boolean all,
                                         @AuthenticationPrincipal CurrentUser user) {
        return issues.forAccount(id, all, user);
    }

    @PutMapping("/api/accounts/{id}/issues/{issueId}")
    public AccountIssue change(@PathVariable long id, @PathVariable long issueId, @Valid @RequestBody IssueChange body,
                               @AuthenticationPrincipal CurrentUser user) {
        return issues.change(id, issueId, body, user);
    }

    @GetMapping("/api/issues")
    public List<AccountIssue> unresolved(@RequestParam(defaultValue = "false") boolean overdue,
                                         @AuthenticationPrincipal CurrentUser user) {
        return issues.unresolved(overdue, user);
    }
}
