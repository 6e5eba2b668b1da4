package com.voiceqa.web.handover;

import com.voiceqa.web.api.Ref;

/** An account whose owner is disabled and that waits for a new owner. */
public record HandoverAccount(Ref account, Ref owner, Ref team) {
}
