package com.voiceqa.gateway.ws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hypothesis in progress of each channel of a call, for the one reply a vosk client gets per chunk. Mono calls
 * have one entry, so every reply carries the current partial as vosk-server's does. For stereo calls each reply
 * carries one channel's partial, tagged by role: a channel whose text changed since it was last shown goes first,
 * otherwise the channels take turns, so neither channel's hypothesis overwrites or starves the other's.
 * Written on ASR worker threads, read on the connection's event loop.
 */
final class PartialBoard {

    /** One channel's partial: {@code speaker} is its role. */
    record Shown(String speaker, String text) {
    }

    private final Map<String, String> texts = new LinkedHashMap<>();
    private final List<String> changed = new ArrayList<>();
    private final List<String> speakers;
    private int turn;

    PartialBoard(List<String> speakers) {
        this.speakers = List.copyOf(speakers);
        this.speakers.forEach(s -> texts.put(s, ""));
    }

    synchronized void update(String speaker, String text) {
        if (texts.containsKey(speaker) && !text.equals(texts.put(speaker, text)) && !changed.contains(speaker)) {
            changed.add(speaker);
        }
    }

    /** The channel's utterance ended: its final result replaces the partial. */
    void clear(String speaker) {
        update(speaker, "");
    }

    /** The partial for the next reply. */
    synchronized Shown next() {
        String speaker = changed.isEmpty() ? speakers.get(turn++ % speakers.size()) : changed.removeFirst();
        return new Shown(speaker, texts.get(speaker));
    }
}
