package com.voiceqa.web.security;

import java.util.Map;

/**
 * The SQL condition that limits rows to what a user may see: reps their own calls and accounts, managers their
 * team's, admins everything. Every query over calls or accounts ANDs one of these in, so the rule lives in one place.
 *
 * @param sql    a condition over the given table alias, with named parameters
 * @param params values for the named parameters
 */
public record VisibilityScope(String sql, Map<String, Object> params) {

    /** No limit: administrators, and system jobs that act for no user (rebuilding the search index). */
    public static VisibilityScope everything() {
        return new VisibilityScope("1=1", Map.of());
    }

    /** Calls (alias {@code c}) the user may see: {@link CallAudience}'s rule, as SQL. */
    public static VisibilityScope calls(CurrentUser user) {
        return CallAudience.of(user).sql();
    }

    /** Accounts (alias {@code a}) the user may see: reps the accounts they own, managers those owned in their team. */
    public static VisibilityScope accounts(CurrentUser user) {
        return switch (user.role()) {
            case ADMIN -> everything();
            case MANAGER -> user.teamId() == null ? nothing()
                    : new VisibilityScope("a.owner_id IN (SELECT id FROM users WHERE team_id = :scopeTeam)",
                    Map.of("scopeTeam", user.teamId()));
            case REP -> new VisibilityScope("a.owner_id = :scopeUser", Map.of("scopeUser", user.id()));
        };
    }

    /** Users (alias {@code u}) the user may list. */
    public static VisibilityScope users(CurrentUser user) {
        return switch (user.role()) {
            case ADMIN -> everything();
            case MANAGER -> teamScope("u.team_id", user);
            case REP -> new VisibilityScope("u.id = :scopeUser", Map.of("scopeUser", user.id()));
        };
    }

    private static VisibilityScope teamScope(String column, CurrentUser user) {
        return user.teamId() == null ? nothing()
                : new VisibilityScope(column + " = :scopeTeam", Map.of("scopeTeam", user.teamId()));
    }

    static VisibilityScope nothing() {
        return new VisibilityScope("1=0", Map.of());
    }
}
