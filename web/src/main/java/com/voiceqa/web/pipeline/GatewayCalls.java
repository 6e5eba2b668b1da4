package com.voiceqa.web.pipeline;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** What call recovery needs to know from the device gateway after a restart. */
public interface GatewayCalls {

    /** Whether the gateway runs in this process; when it does not, its spool is not read and device calls wait. */
    boolean isRunning();

    /**
     * Ids of the calls the gateway recovered from its spool at this start: it ends each of them itself (at once, or
     * when the badge resumes and ends it) and publishes its end, so recovery leaves them alone.
     */
    Set<String> recoveredCallIds();

    /** The final recording of an ended device call, if the gateway wrote one. */
    Optional<Path> recording(String deviceId, String callId);
}
