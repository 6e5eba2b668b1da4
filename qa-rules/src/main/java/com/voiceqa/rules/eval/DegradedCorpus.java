package com.voiceqa.rules.eval;

import com.voiceqa.core.Segment;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.channel.RecognizerChannel;

import java.util.ArrayList;
import java.util.List;

/**
 * Labeled calls passed through a {@link RecognizerChannel}. Turns keep their index, speaker and times, so the gold
 * labels, which name turns, still score the predictions; only the text changes.
 */
final class DegradedCorpus {

    private DegradedCorpus() {
    }

    static List<CorpusCall> of(List<CorpusCall> calls, RecognizerChannel channel) {
        if (!channel.degradation().stripPunctuation()) {
            return calls;
        }
        List<CorpusCall> out = new ArrayList<>(calls.size());
        for (CorpusCall c : calls) {
            out.add(new CorpusCall(degrade(c.call(), channel), c.labels()));
        }
        return out;
    }

    static CallRecord degrade(CallRecord call, RecognizerChannel channel) {
        List<Segment> turns = new ArrayList<>();
        for (int t = 0; t < call.utterances().size(); t++) {
            Segment s = call.utterances().get(t);
            turns.add(new Segment(s.speaker(), s.start(), s.end(), channel.pass(call.callId() + "#" + t, s.text()),
                    List.of()));
        }
        return new CallRecord(call.callId(), call.metadata(), turns, call.metrics());
    }
}
