package com.voiceqa.web.users;

/** Published when an enabled user is disabled (a rep who left), so their accounts can be handed over. */
public record UserDisabled(long userId) {
}
