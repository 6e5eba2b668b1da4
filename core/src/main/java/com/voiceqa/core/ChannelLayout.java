package com.voiceqa.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which speaker role each interleaved audio channel carries: {@code [mixed]} for a single microphone,
 * {@code [rep, customer]} for a stereo call recording with the rep on the left.
 *
 * <p>Roles come from devices (badge handshake, WebSocket {@code layout}) and from uploaders, and end up in the
 * transcript, the database and the dashboard. This constructor is the one place they are checked: only the roles in
 * {@link #ROLES} exist, so nothing else (markup, long strings, control characters) gets past the ingest.
 */
public record ChannelLayout(List<String> roles) {

    /** Every speaker role the product knows. */
    public static final Set<String> ROLES = Set.of("rep", "customer", "mixed");

    public static final ChannelLayout MONO = new ChannelLayout(List.of("mixed"));
    public static final ChannelLayout REP_CUSTOMER = new ChannelLayout(List.of("rep", "customer"));

    public ChannelLayout {
        if (roles.isEmpty() || roles.size() > 2) {
            throw new IllegalArgumentException("a channel layout has 1 or 2 channels, one role each (rep, customer or mixed), got " + roles.size());
        }
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException("unknown speaker role '" + printable(role)
                        + "': each channel is rep, customer or mixed (e.g. rep,customer for stereo, left first)");
            }
        }
        roles = List.copyOf(roles);
    }

    /** Parses "rep,customer" (one role per channel, left first). */
    public static ChannelLayout parse(String commaSeparated) {
        List<String> roles = Arrays.stream(commaSeparated.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .toList();
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("empty channel layout: give one role per channel, e.g. rep,customer");
        }
        return new ChannelLayout(roles);
    }

    /** The default layout for a channel count: mono is "mixed", stereo is rep (left) and customer (right). */
    public static ChannelLayout forChannels(int channels) {
        return switch (channels) {
            case 1 -> MONO;
            case 2 -> REP_CUSTOMER;
            default -> throw new IllegalArgumentException("only mono or stereo audio is supported, got " + channels + " channels");
        };
    }

    /** The rejected role as it may be quoted back in an error: short, and without control characters. */
    private static String printable(String role) {
        String visible = String.valueOf(role).replaceAll("\\p{Cntrl}", "?");
        return visible.length() <= 40 ? visible : visible.substring(0, 40) + "…";
    }

    /** One microphone for both speakers (a badge): the engine tells rep and customer apart by voice. */
    public boolean needsDiarization() {
        return roles.size() == 1 && roles.getFirst().equals(MONO.role(0));
    }

    public int channels() {
        return roles.size();
    }

    public String role(int channel) {
        return roles.get(channel);
    }
}
