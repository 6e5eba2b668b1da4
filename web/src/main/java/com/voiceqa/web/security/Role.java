package com.voiceqa.web.security;

import java.util.Locale;

/** What a user may see and change (docs/api.md, "Roles and what they see"). */
public enum Role {
    ADMIN, MANAGER, REP;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String label) {
        try {
            return valueOf(label.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + label + "': use admin, manager or rep");
        }
    }
}
