package com.voiceqa.web.security;

import com.voiceqa.rules.index.SearchScope;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see a call, the one rule behind the calls SQL scope ({@link VisibilityScope#calls}), the live page and the
 * search index: administrators see every call, a manager the calls made in their team, a rep their own calls and
 * every call of the accounts they own (a rep who takes an account over sees its whole history). Each consumer
 * describes a call by the same three facts (rep, team, owner of its account); this class alone decides which fact
 * counts for whom, so the list, the live page and search cannot drift apart.
 */
public final class CallAudience {

    private final CurrentUser user;

    private CallAudience(CurrentUser user) {
        this.user = user;
    }

    public static CallAudience of(CurrentUser user) {
        return new CallAudience(user);
    }

    /** The rule over calls aliased {@code c}; the owner of the call's account is read from {@code accounts}. */
    VisibilityScope sql() {
        return switch (user.role()) {
            case ADMIN -> new VisibilityScope("1=1", Map.of());
            case MANAGER -> user.teamId() == null ? VisibilityScope.nothing()
                    : new VisibilityScope("c.team_id = :scopeTeam", Map.of("scopeTeam", user.teamId()));
            case REP -> new VisibilityScope("(c.rep_id = :scopeUser OR c.account_id IN "
                    + "(SELECT id FROM accounts WHERE owner_id = :scopeUser))", Map.of("scopeUser", user.id()));
        };
    }

    /** The rule over one call's facts (the live page, which holds its calls in memory). */
    public boolean sees(Long repId, Long teamId, Long accountOwnerId) {
        return switch (user.role()) {
            case ADMIN -> true;
            case MANAGER -> user.teamId() != null && user.teamId().equals(teamId);
            case REP -> Long.valueOf(user.id()).equals(repId) || Long.valueOf(user.id()).equals(accountOwnerId);
        };
    }

    /** The rule in the search index's terms, which knows calls by rep, team and account names. */
    public SearchScope index(IndexNames names) {
        return switch (user.role()) {
            case ADMIN -> SearchScope.ALL;
            case MANAGER -> user.teamId() == null ? SearchScope.NONE
                    : names.team(user.teamId()).map(SearchScope::ofTeam).orElse(SearchScope.NONE);
            case REP -> SearchScope.anyOf(Set.of(user.username()), Set.of(), names.accountsOwnedBy(user.id()));
        };
    }

    /** How the search index names the people, teams and accounts the rule speaks of by id. */
    public interface IndexNames {

        Optional<String> team(long teamId);

        Set<String> accountsOwnedBy(long userId);
    }
}
