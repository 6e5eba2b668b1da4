package com.voiceqa.web.roles;

import com.voiceqa.asr.diarize.Roles;
import com.voiceqa.core.Segment;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.calls.CallDetail;
import com.voiceqa.web.calls.CallService;
import com.voiceqa.web.pipeline.CallIngest;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.Role;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies a reviewer's {@link RoleCorrection} to a stored call and scores it again, so the role-scoped rules, the
 * per-role metrics and the search index follow the corrected speakers. Corrected segments get confidence 1 (a person
 * decided). A whole-call swap also swaps the per-role metrics; single-segment fixes leave the acoustic metrics as
 * they were measured.
 */
@Service
public class RoleCorrectionService {

    private final CallService calls;
    private final CallIngest ingest;

    public RoleCorrectionService(CallService calls, CallIngest ingest) {
        this.calls = calls;
        this.ingest = ingest;
    }

    public CallDetail correct(String callId, RoleCorrection correction, CurrentUser user) {
        if (user.role() == Role.REP) {
            throw ApiException.forbidden("only managers and admins correct speakers; ask your manager to fix this call");
        }
        CallRecord call = calls.record(callId, user);
        List<Segment> segments = corrected(call.utterances(), correction);
        var metrics = correction.swap() && call.metrics() != null
                ? call.metrics().withRolesSwapped(Roles.REP, Roles.CUSTOMER) : call.metrics();
        ingest.rescore(new CallRecord(callId, call.metadata(), segments, metrics));
        return calls.detail(callId, user);
    }

    private static List<Segment> corrected(List<Segment> utterances, RoleCorrection correction) {
        for (Map.Entry<Integer, String> fix : correction.segments().entrySet()) {
            if (fix.getKey() < 0 || fix.getKey() >= utterances.size()) {
                throw ApiException.badRequest("segment " + fix.getKey() + " does not exist; the call has segments 0 to "
                        + (utterances.size() - 1));
            }
            if (!fix.getValue().equals(Roles.REP) && !fix.getValue().equals(Roles.CUSTOMER)) {
                throw ApiException.badRequest("segment " + fix.getKey() + ": role must be rep or customer, not "
                        + fix.getValue());
            }
        }
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < utterances.size(); i++) {
            Segment s = utterances.get(i);
            String role = correction.swap() ? swapped(s.speaker()) : s.speaker();
            boolean touched = correction.swap() || correction.segments().containsKey(i);
            role = correction.segments().getOrDefault(i, role);
            segments.add(touched ? s.withSpeaker(role, 1.0) : s);
        }
        return segments;
    }

    /** Rep and customer exchanged; any other speaker name (an unknown channel role) stays. */
    private static String swapped(String speaker) {
        return speaker.equals(Roles.REP) || speaker.equals(Roles.CUSTOMER) ? Roles.other(speaker) : speaker;
    }
}
