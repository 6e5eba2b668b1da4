package com.voiceqa.web.contacts;

import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.api.Days;
import com.voiceqa.web.retention.OutcomeRepository;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Records orders and contracts. Who may record and read an account's events is who may see the account
 * ({@link VisibilityScope#accounts}): a rep their own accounts, a manager their team's, an admin all; any other
 * account is {@code 404}, as if it did not exist.
 */
@Service
public class AccountEventService {

    static final Set<String> KINDS = Set.of("order", "contract");
    private static final double MAX_AMOUNT = 1e15;

    private final AccountEventRepository events;
    private final OutcomeRepository accounts;
    private final Clock clock;

    public AccountEventService(AccountEventRepository events, OutcomeRepository accounts, Clock clock) {
        this.events = events;
        this.accounts = accounts;
        this.clock = clock;
    }

    public List<AccountEvent> list(long accountId, CurrentUser user) {
        requireVisible(accountId, user);
        return events.list(accountId);
    }

    public AccountEvent record(long accountId, NewAccountEvent event, CurrentUser user) {
        requireVisible(accountId, user);
        if (!KINDS.contains(event.kind())) {
            throw ApiException.badRequest("类型应为 order（订单）或 contract（合同） / kind must be order or contract");
        }
        if (event.amount() != null && !(event.amount() >= 0 && event.amount() <= MAX_AMOUNT)) {
            throw ApiException.badRequest("金额应为 0 或正数 / amount must be a non-negative amount");
        }
        LocalDate day = Days.notAfter(LocalDate.now(clock), "date", event.date());
        String note = event.note() == null || event.note().isBlank() ? null : event.note().trim();
        long id = events.insert(accountId, event.kind(), day.atStartOfDay(clock.getZone()).toInstant(), event.amount(),
                note, user.id(), clock.instant());
        return events.list(accountId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    private void requireVisible(long accountId, CurrentUser user) {
        if (!accounts.visible(accountId, VisibilityScope.accounts(user))) {
            throw ApiException.notFound("account " + accountId);
        }
    }
}
