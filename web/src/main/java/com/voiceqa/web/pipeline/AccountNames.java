package com.voiceqa.web.pipeline;

/**
 * Where an uploaded call's named account comes from. The pipeline stores calls for accounts it does not manage:
 * {@code accounts.AccountRepository} implements this, so the pipeline does not depend on the accounts package (which
 * builds on stored calls through their issues).
 */
public interface AccountNames {

    /** The account's id; a new account is owned by {@code ownerId} (the rep who first talked to it). */
    long ensure(String name, Long ownerId);
}
