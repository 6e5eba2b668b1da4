package com.voiceqa.web.security;

import com.voiceqa.web.config.VoiceQaProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing (form login and HTTP Basic alike): after a few wrong passwords for one username, or
 * more from one address, further attempts are refused for a lockout that doubles with every failure (from
 * {@code voiceqa.login.first-lockout} up to {@code max-lockout}) before the password is even checked. A right
 * password after the lockout clears the username's count; an address's count is forgotten once it stayed quiet for
 * the longest lockout. Memory is bounded: at most {@value #MAX_TRACKED} usernames and addresses each.
 */
@Component
public class LoginThrottle {

    static final int MAX_TRACKED = 10_000;

    private final VoiceQaProperties.Login policy;
    private final Clock clock;
    private final Map<String, Failures> byUser = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    public LoginThrottle(VoiceQaProperties properties) {
        this.policy = properties.login();
        this.clock = Clock.systemUTC();
    }

    /** How long this login attempt must wait, or empty when it may be checked now. */
    public Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(byUser, key(username), now), lockedUntil(byAddress, address, now));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        record(byUser, key(event.getAuthentication().getName()), policy.freeAttemptsPerUser(), now);
        address(event.getAuthentication().getDetails())
                .ifPresent(a -> record(byAddress, a, policy.freeAttemptsPerAddress(), now));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        byUser.remove(key(event.getAuthentication().getName()));
    }

    private void record(Map<String, Failures> failures, String key, int freeAttempts, Instant now) {
        if (key == null || !failures.containsKey(key) && !roomFor(failures, now)) {
            return; // the other map (address or username) still counts this attempt
        }
        failures.compute(key, (k, old) -> {
            int count = (old == null || old.forgotten(now, policy.maxLockout()) ? 0 : old.count()) + 1;
            return new Failures(count, now.plus(lockout(count - freeAttempts)), now);
        });
    }

    /** No lockout for the free attempts, then the first lockout, doubling up to the longest. */
    private Duration lockout(int beyondFree) {
        if (beyondFree <= 0) {
            return Duration.ZERO;
        }
        Duration lockout = policy.firstLockout().multipliedBy(1L << Math.min(beyondFree - 1, 20));
        return lockout.compareTo(policy.maxLockout()) > 0 ? policy.maxLockout() : lockout;
    }

    private boolean roomFor(Map<String, Failures> failures, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> f.forgotten(now, policy.maxLockout()));
        }
        return failures.size() < MAX_TRACKED;
    }

    private Instant lockedUntil(Map<String, Failures> failures, String key, Instant now) {
        Failures f = key == null ? null : failures.get(key);
        return f == null ? now : f.lockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String key(String username) {
        return username == null || username.isBlank() ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Optional<String> address(Object details) {
        return details instanceof WebAuthenticationDetails web ? Optional.ofNullable(web.getRemoteAddress())
                : Optional.empty();
    }

    private record Failures(int count, Instant lockedUntil, Instant last) {

        /** Quiet for the longest lockout since the last failure (and no longer locked): start counting afresh. */
        boolean forgotten(Instant now, Duration maxLockout) {
            return !lockedUntil.isAfter(now) && last.plus(maxLockout).isBefore(now);
        }
    }
}
