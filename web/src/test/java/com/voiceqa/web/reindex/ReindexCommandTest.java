package com.voiceqa.web.reindex;

import com.voiceqa.core.cli.UserError;
import com.voiceqa.rules.index.LuceneTranscriptIndex;
import com.voiceqa.rules.index.SearchRequest;
import com.voiceqa.rules.index.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code ./voiceqa reindex} on a real H2 database and the embedded Lucene index of a data folder. */
class ReindexCommandTest {

    @TempDir
    Path data;

    @Test
    void rebuildsTheIndexFromTheDatabaseWithProgressAndDropsWhatTheDatabaseNoLongerHas() throws Exception {
        run(); // migrates the empty database
        insertCall("c-1", "done", "customer", "报价太高了，我们在试用海川的系统");
        insertCall("c-2", "done", "rep", "明天把续约报价发您");
        insertCall("c-3", "processing", "rep", "报价还在转写");

        String printed = run();

        assertThat(printed).contains("rebuilding the Lucene index in " + data.resolve("index"))
                .contains("done, 2 calls indexed");
        try (var index = LuceneTranscriptIndex.open(data.resolve("index"))) {
            SearchResult quote = index.search(SearchRequest.text("报价"));
            assertThat(quote.hits()).extracting(SearchResult.CallHit::callId).containsExactlyInAnyOrder("c-1", "c-2");
            assertThat(quote.hits().getFirst().snippets()).isNotEmpty();
            assertThat(index.search(SearchRequest.text("海川")).total()).isEqualTo(1);
        }

        try (Connection db = database()) {
            db.createStatement().execute("DELETE FROM calls WHERE id = 'c-1'");
        }
        assertThat(run()).contains("done, 1 calls indexed");
        try (var index = LuceneTranscriptIndex.open(data.resolve("index"))) {
            assertThat(index.search(SearchRequest.text("海川")).total()).as("a deleted call leaves the index").isZero();
        }
    }

    @Test
    void refusesUnknownArguments() {
        assertThatThrownBy(() -> new ReindexCommand().run(List.of("--data", data.toString(), "--force"),
                System.out, System.err)).isInstanceOf(UserError.class).hasMessageContaining("unknown argument '--force'");
    }

    private void insertCall(String id, String status, String speaker, String text) throws Exception {
        try (Connection db = database()) {
            PreparedStatement call = db.prepareStatement("INSERT INTO calls (id, source, status, progress, device, "
                    + "started_at, duration_s, vetoed, created_at) VALUES (?, 'upload', ?, 1, 'badge-1', "
                    + "CURRENT_TIMESTAMP, 10, FALSE, CURRENT_TIMESTAMP)");
            call.setString(1, id);
            call.setString(2, status);
            call.execute();
            PreparedStatement segment = db.prepareStatement("INSERT INTO segments (call_id, idx, speaker, start_s, "
                    + "end_s, content, words_json) VALUES (?, 0, ?, 1.5, 4, ?, '[]')");
            segment.setString(1, id);
            segment.setString(2, speaker);
            segment.setString(3, text);
            segment.execute();
        }
    }

    private String run() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new ReindexCommand().run(List.of("--data", data.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db/voiceqa"), "sa", "");
    }
}
