package com.voiceqa.web.pipeline;

import com.voiceqa.core.Segment;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.hotword.HotwordLexicon;
import com.voiceqa.web.config.VoiceQaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * The operator's hot-word lexicon ({@code hotwords.csv} in the data directory, format of {@link HotwordLexicon}):
 * product, company and competitor names the recognizer misspells are rewritten before rules and the search index
 * read a transcript, while the stored transcript stays as the recognizer wrote it. The file is read again when it
 * changes, so an edit applies to the next call without a restart; a file with errors keeps the previous lexicon
 * (the log says which lines to fix) rather than stopping ingest.
 */
@Component
public class Hotwords {

    private static final Logger log = LoggerFactory.getLogger(Hotwords.class);

    private final Path file;
    private Loaded loaded = new Loaded(HotwordLexicon.empty(), null);

    public Hotwords(VoiceQaProperties properties) {
        this.file = Path.of(properties.dataDir(), "hotwords.csv");
    }

    /** What rules and the index read: the call with its utterances corrected. */
    public CallRecord correct(CallRecord call) {
        return lexicon().correct(call);
    }

    /** What the live rules read of a final segment. */
    public Segment correct(Segment segment) {
        return lexicon().correct(segment);
    }

    private synchronized HotwordLexicon lexicon() {
        FileTime modified = modified();
        if (modified == null ? loaded.modified() != null : !modified.equals(loaded.modified())) {
            loaded = read(modified);
        }
        return loaded.lexicon();
    }

    private Loaded read(FileTime modified) {
        if (modified == null) {
            return new Loaded(HotwordLexicon.empty(), null);
        }
        try {
            HotwordLexicon lexicon = HotwordLexicon.load(file);
            log.info("hot-word lexicon {}: {} terms", file, lexicon.words().size());
            return new Loaded(lexicon, modified);
        } catch (IOException | IllegalArgumentException e) {
            log.warn("hot-word lexicon {} not applied, the previous one stays: {}", file, e.getMessage());
            return new Loaded(loaded.lexicon(), modified);
        }
    }

    private FileTime modified() {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null; // no lexicon file: nothing to correct
        }
    }

    private record Loaded(HotwordLexicon lexicon, FileTime modified) {
    }
}
