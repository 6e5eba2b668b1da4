package com.voiceqa.rules.index;

import com.voiceqa.rules.TranscriptIndexContract;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

/** The index contract on embedded Lucene: each name is a directory under the test's temporary folder. */
class LuceneTranscriptIndexTest extends TranscriptIndexContract {

    @TempDir
    Path dir;

    @Override
    protected TranscriptIndex open(String name) throws IOException {
        return LuceneTranscriptIndex.open(dir.resolve(name));
    }
}
