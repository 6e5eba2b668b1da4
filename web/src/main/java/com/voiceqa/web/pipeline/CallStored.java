package com.voiceqa.web.pipeline;

/**
 * Published (as a Spring application event, on the ingesting thread) once a call and its findings are stored, so
 * features that build on calls (account issues) follow without the pipeline knowing them.
 */
public record CallStored(String callId) {
}
