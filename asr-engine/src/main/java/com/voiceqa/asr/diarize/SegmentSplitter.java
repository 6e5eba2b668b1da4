package com.voiceqa.asr.diarize;

import com.voiceqa.asr.text.TextNormalizer;
import com.voiceqa.core.Segment;
import com.voiceqa.core.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives the recognizer's segments of a mono channel their speakers: each word takes the role of the turn at its
 * middle, and a segment is cut where the role changes between two words (the recognizer ends utterances at pauses,
 * which a quick reply or a barge-in does not leave). A segment without word timings takes the role of its middle.
 */
final class SegmentSplitter {

    private SegmentSplitter() {
    }

    static List<Segment> split(List<Segment> segments, Diarization diarization, TextNormalizer text) {
        List<Segment> out = new ArrayList<>();
        for (Segment segment : segments) {
            if (diarization.turns().isEmpty()) {
                out.add(segment.withSpeaker(Roles.REP, 0.5));
            } else if (segment.words().isEmpty()) {
                SpeakerTurn turn = diarization.turnAt((segment.start() + segment.end()) / 2);
                out.add(segment.withSpeaker(turn.role(), turn.confidence()));
            } else {
                splitAtChanges(segment, diarization, text, out);
            }
        }
        return out;
    }

    private static void splitAtChanges(Segment segment, Diarization diarization, TextNormalizer text,
                                       List<Segment> out) {
        List<Word> run = new ArrayList<>();
        SpeakerTurn runTurn = null;
        double confidenceSum = 0;
        for (Word word : segment.words()) {
            SpeakerTurn turn = diarization.turnAt((word.start() + word.end()) / 2);
            if (runTurn != null && !turn.role().equals(runTurn.role())) {
                out.add(piece(segment, run, runTurn.role(), confidenceSum / run.size(), text));
                run = new ArrayList<>();
                confidenceSum = 0;
            }
            runTurn = turn;
            run.add(word);
            confidenceSum += turn.confidence();
        }
        out.add(piece(segment, run, runTurn.role(), confidenceSum / run.size(), text));
    }

    private static Segment piece(Segment whole, List<Word> words, String role, double confidence, TextNormalizer text) {
        if (words.size() == whole.words().size()) {
            return whole.withSpeaker(role, round(confidence));
        }
        return new Segment(role, words.getFirst().start(), words.getLast().end(),
                text.join(words.stream().map(Word::word).toList()), words, round(confidence));
    }

    private static double round(double p) {
        return Math.round(p * 1000) / 1000.0;
    }
}
