package com.voiceqa.web.security;

import com.voiceqa.rules.index.SearchScope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may see a call, the one rule behind the calls SQL scope ({@link VisibilityScope#calls}), the live page and the
 * search index: administrators see every call, a manager the calls made in their team, a rep their own calls and
 * every call of the accounts they own (a rep who takes an account over sees its whole history). The rule is decided
 * once, in {@link #of}, as the ids a visible call may have (its rep, its team, the owner of its account); the SQL
 * condition, the live page's check and the index scope are three translations of those ids, not three rules, so the
 * list, the live page and search cannot drift apart.
 */
public final class CallAudience {

    private final boolean everyCall;
    private final Long rep;
    private final Long team;
    private final Long accountOwner;

    private CallAudience(boolean everyCall, Long rep, Long team, Long accountOwner) {
        this.everyCall = everyCall;
        this.rep = rep;
        this.team = team;
        this.accountOwner = accountOwner;
    }

    /** The rule: a call is visible to {@code user} when its rep, its team or its account's owner is the one named. */
    public static CallAudience of(CurrentUser user) {
        return switch (user.role()) {
            case ADMIN -> new CallAudience(true, null, null, null);
            case MANAGER -> new CallAudience(false, null, user.teamId(), null);
            case REP -> new CallAudience(false, user.id(), null, user.id());
        };
    }

    /** The rule over calls aliased {@code c}; the owner of the call's account is read from {@code accounts}. */
    VisibilityScope sql() {
        if (everyCall) {
            return VisibilityScope.everything();
        }
        List<String> any = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (rep != null) {
            any.add("c.rep_id = :scopeRep");
            params.put("scopeRep", rep);
        }
        if (team != null) {
            any.add("c.team_id = :scopeTeam");
            params.put("scopeTeam", team);
        }
        if (accountOwner != null) {
            any.add("c.account_id IN (SELECT id FROM accounts WHERE owner_id = :scopeOwner)");
            params.put("scopeOwner", accountOwner);
        }
        return any.isEmpty() ? VisibilityScope.nothing()
                : new VisibilityScope("(" + String.join(" OR ", any) + ")", Map.copyOf(params));
    }

    /** The rule over one call's facts (the live page, which holds its calls in memory). */
    public boolean sees(Long repId, Long teamId, Long accountOwnerId) {
        return everyCall || rep != null && rep.equals(repId) || team != null && team.equals(teamId)
                || accountOwner != null && accountOwner.equals(accountOwnerId);
    }

    /**
     * The rule in the search index's terms, which knows calls by the ids of their rep, team and account: the owner's
     * accounts are looked up once per search ({@code owned}), so an account handed over moves its calls' visibility
     * at once, without re-indexing them.
     */
    public SearchScope index(OwnedAccounts owned) {
        if (everyCall) {
            return SearchScope.ALL;
        }
        return SearchScope.anyOf(rep == null ? Set.of() : Set.of(rep), team == null ? Set.of() : Set.of(team),
                accountOwner == null ? Set.of() : owned.accountsOwnedBy(accountOwner));
    }

    /** The ids of the accounts a user owns, for {@link #index}. */
    public interface OwnedAccounts {

        Set<Long> accountsOwnedBy(long userId);
    }
}
