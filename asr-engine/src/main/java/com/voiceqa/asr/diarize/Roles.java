package com.voiceqa.asr.diarize;

/** The two roles of a sales call, as the rules and metrics name them. */
public final class Roles {

    public static final String REP = "rep";
    public static final String CUSTOMER = "customer";

    private Roles() {
    }

    /** The other role of a two-party call. */
    public static String other(String role) {
        return switch (role) {
            case REP -> CUSTOMER;
            case CUSTOMER -> REP;
            default -> throw new IllegalArgumentException("not a call role: " + role + " (expected rep or customer)");
        };
    }
}
