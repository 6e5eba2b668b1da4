package com.voiceqa.web.accounts;

import com.voiceqa.web.api.Db;
import com.voiceqa.web.pipeline.AccountNames;
import com.voiceqa.web.security.CallAudience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Customer accounts: looked up by name, created on first mention. */
@Repository
public class AccountRepository implements AccountNames, CallAudience.OwnedAccounts {

    private final JdbcClient jdbc;

    public AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> id(String name) {
        return jdbc.sql("SELECT id FROM accounts WHERE name = :n").param("n", name).query(Long.class).optional();
    }

    /** Ids of the accounts {@code ownerId} looks after (a rep's search scope: {@link CallAudience#index}). */
    @Override
    public Set<Long> accountsOwnedBy(long ownerId) {
        return Set.copyOf(jdbc.sql("SELECT id FROM accounts WHERE owner_id = :o").param("o", ownerId)
                .query(Long.class).list());
    }

    /** Who looks after the account, if anyone. */
    public Optional<Long> owner(long accountId) {
        return jdbc.sql("SELECT owner_id FROM accounts WHERE id = :id AND owner_id IS NOT NULL").param("id", accountId)
                .query(Long.class).optional();
    }

    @Override
    public long ensure(String name, Long ownerId) {
        return id(name).orElseGet(() -> {
                    GeneratedKeyHolder keys = new GeneratedKeyHolder();
                    jdbc.sql("INSERT INTO accounts (name, owner_id, created_at) VALUES (:n, :o, :now)")
                            .param("n", name).param("o", ownerId).param("now", Db.utc(Instant.now()))
                            .update(keys, "id");
                    return keys.getKeyAs(Long.class);
                });
    }
}
