package com.voiceqa.web.accounts;

import com.voiceqa.web.security.CallAudience;
import com.voiceqa.web.users.UserRepository;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/**
 * The names the transcript index knows teams and accounts by, read from the database at search time (here, beside
 * the accounts it reads, so search depends only on the {@code security.CallAudience.IndexNames} port).
 */
@Component
class DatabaseIndexNames implements CallAudience.IndexNames {

    private final UserRepository users;
    private final AccountRepository accounts;

    DatabaseIndexNames(UserRepository users, AccountRepository accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    public Optional<String> team(long teamId) {
        return users.teamName(teamId);
    }

    @Override
    public Set<String> accountsOwnedBy(long userId) {
        return accounts.namesOwnedBy(userId);
    }
}
