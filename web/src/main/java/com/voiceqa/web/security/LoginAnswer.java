package com.voiceqa.web.security;

/**
 * What a successful login answers with (the dashboard reads who is signed in from it). A port: the users package
 * provides it, so security stays below users.
 */
@FunctionalInterface
public interface LoginAnswer {

    /** The JSON body for the user who just logged in. */
    Object of(CurrentUser user);
}
