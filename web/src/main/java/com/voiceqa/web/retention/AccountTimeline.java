package com.voiceqa.web.retention;

import com.voiceqa.web.api.Ref;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One account's history as the churn rate reads it.
 *
 * @param since   the first day it was our customer: the earliest of its creation, its first call and its first
 *                status entry
 * @param owner   its current owner (the rep whose figures it counts in), or null
 * @param team    the owner's team, or null
 * @param changes its status history, oldest first (by effective date, then entry order)
 * @param value   its annual value, or null when not recorded
 * @param tier    {@link AccountTier}: key, standard or unrated
 */
public record AccountTimeline(Ref account, LocalDate since, Ref owner, Ref team, List<StatusChange> changes,
                              Double value, String tier) {

    /** Its status at the start of {@code day} (changes dated before it), or empty when it was not a customer yet. */
    public Optional<AccountStatus> statusAtStartOf(LocalDate day) {
        if (!since.isBefore(day)) {
            return Optional.empty();
        }
        AccountStatus status = AccountStatus.ACTIVE;
        for (StatusChange change : changes) {
            if (!change.date().isBefore(day)) {
                break;
            }
            status = change.status();
        }
        return Optional.of(status);
    }

    /** Whether it was a customer when {@code day} began: it existed and its latest status was not lost. */
    public boolean customerAtStartOf(LocalDate day) {
        return statusAtStartOf(day).map(AccountStatus::isCustomer).orElse(false);
    }

    /** Its first loss within [from, to], if any (a loss later undone by a win-back still counts: it happened). */
    public Optional<StatusChange> firstLossBetween(LocalDate from, LocalDate to) {
        return between(from, to, AccountStatus.LOST).findFirst();
    }

    /** Whether it was won back within [from, to]. */
    public boolean wonBackBetween(LocalDate from, LocalDate to) {
        return between(from, to, AccountStatus.WON_BACK).findAny().isPresent();
    }

    /** Its current status: the newest entry, or active. */
    public AccountStatus current() {
        return changes.isEmpty() ? AccountStatus.ACTIVE : changes.getLast().status();
    }

    private java.util.stream.Stream<StatusChange> between(LocalDate from, LocalDate to, AccountStatus status) {
        return changes.stream().filter(c -> c.status() == status && !c.date().isBefore(from) && !c.date().isAfter(to));
    }
}
