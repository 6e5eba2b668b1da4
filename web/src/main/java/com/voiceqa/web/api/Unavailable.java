package com.voiceqa.web.api;

/**
 * Something the server needs is not available right now (no rule pack loaded, no speech model). Thrown by services
 * that also run off HTTP threads (ingest, live rules), so it carries no HTTP status: the API answers it with 503 and
 * its message, which says what to do; elsewhere it is an ordinary failure with that message.
 */
public class Unavailable extends IllegalStateException {

    public Unavailable(String whatToDo) {
        super(whatToDo);
    }
}
