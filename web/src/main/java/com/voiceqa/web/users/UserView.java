package com.voiceqa.web.users;

import com.voiceqa.web.api.Ref;

/** A user as the API shows it (never with the password hash). */
public record UserView(long id, String username, String displayName, String role, Ref team, boolean enabled) {
}
