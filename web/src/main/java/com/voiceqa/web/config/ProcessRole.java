package com.voiceqa.web.config;

/**
 * What a VoiceQA process does ({@code voiceqa.roles}). {@code ./voiceqa serve} runs all of them in one process, as
 * the default; a cluster runs them as separate processes from the one jar, joined by Kafka (docs/ARCHITECTURE.md,
 * "Deployments").
 */
public enum ProcessRole {
    /** Devices connect here: the Netty gateway and its spool. */
    GATEWAY,
    /** A speech recognizer (the {@code AsrEngine}): live transcripts, uploads and recovered calls are decoded here. */
    ASR,
    /** The one writer of calls: rules, search index and database for every finished call. */
    ANALYTICS,
    /** The dashboard and REST API over the database and index. */
    WEB
}
