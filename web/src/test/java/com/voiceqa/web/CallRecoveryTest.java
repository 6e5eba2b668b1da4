package com.voiceqa.web;

import com.voiceqa.asr.TestResources;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;
import com.voiceqa.rules.index.SearchRequest;
import com.voiceqa.rules.index.SearchScope;
import com.voiceqa.web.api.Db;
import com.voiceqa.web.config.VoiceQaProperties;
import com.voiceqa.web.pipeline.CallIngest;
import com.voiceqa.web.pipeline.CallRecovery;
import com.voiceqa.web.pipeline.CallStore;
import com.voiceqa.web.pipeline.NewCall;
import com.voiceqa.web.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recovery's building blocks against the real database, index and decoder (the whole crash is
 * {@link ProductCrashRecoveryTest}): registering and processing a call again stores it once, and startup recovery
 * leaves none of an earlier run's calls processing.
 */
@SpringBootTest(classes = VoiceQaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"voiceqa.admin-password=recovery-pass-2026", "voiceqa.gateway.websocket-port=0",
                "voiceqa.gateway.badge-port=0"})
class CallRecoveryTest {

    @Autowired
    CallStore store;
    @Autowired
    CallIngest ingest;
    @Autowired
    CallRecovery recovery;
    @Autowired
    SearchIndex index;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VoiceQaProperties properties;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        Path data = Files.createTempDirectory("voiceqa-recovery");
        registry.add("voiceqa.data-dir", data::toString);
        registry.add("voiceqa.model-dir", () -> TestResources.testModel().toString());
    }

    @Test
    void aCallRegisteredAgainIsOneRowThatKeepsItsFirstAttribution() {
        String id = "call-" + UUID.randomUUID();
        long admin = jdbc.sql("SELECT id FROM users WHERE username = 'admin'").query(Long.class).single();
        store.register(call(id, "device", admin, null));
        NewCall again = store.register(call(id, "device", null, null));
        assertEquals(admin, again.repId(), "the first registration's rep stands");
        assertEquals(1L, count("SELECT COUNT(*) FROM calls WHERE id = :id", id));
    }

    @Test
    void aCallProcessedTwiceHasOneTranscriptOneScoreAndOneIndexDocument() {
        String id = "call-" + UUID.randomUUID();
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        NewCall call = store.register(call(id, "upload", null, null));
        List<Segment> transcript = List.of(
                new Segment("rep", 0, 2, "hello this is the support team " + word, List.of()),
                new Segment("customer", 2.5, 4, "we may cancel the contract", List.of()));
        double first = ingest.finish(call, 4, transcript, null).score();
        double second = ingest.finish(call, 4, transcript, null).score();

        assertEquals(first, second);
        assertEquals(2L, count("SELECT COUNT(*) FROM segments WHERE call_id = :id", id), "one transcript");
        long hits = count("SELECT COUNT(*) FROM rule_hits WHERE call_id = :id", id);
        ingest.finish(call, 4, transcript, null);
        assertEquals(hits, count("SELECT COUNT(*) FROM rule_hits WHERE call_id = :id", id), "one set of findings");
        assertEquals(1, index.search(SearchRequest.text(word), SearchScope.ALL).total(), "one index document");
        assertTrue(store.isDone(id));
    }

    @Test
    void startupRecoveryLeavesNoCallOfAnEarlierRunProcessing() throws Exception {
        Path digits = TestResources.realEnglish("digits-16k.wav");
        Path uploaded = properties.recordingsDir().resolve("upload-" + UUID.randomUUID() + ".wav");
        Files.createDirectories(uploaded.getParent());
        Files.copy(digits, uploaded);
        String queuedUpload = earlierRun(call("upload-" + UUID.randomUUID(), "upload", null, uploaded));
        String lostUpload = earlierRun(call("upload-" + UUID.randomUUID(), "upload", null,
                properties.recordingsDir().resolve("gone.wav")));
        CallId badgesOwnId = CallId.random();
        String endedDeviceCall = earlierRun(call(new CallKey(new DeviceId("badge-7"), badgesOwnId).productId(),
                "device", null, null));
        Path recording = properties.recordingsDir().resolve("badge-7").resolve(badgesOwnId + ".wav");
        Files.createDirectories(recording.getParent());
        Files.copy(digits, recording);
        String lostDeviceCall = earlierRun(call(UUID.randomUUID().toString(), "device", null, null));
        String thisRunsCall = store.register(call(UUID.randomUUID().toString(), "device", null, null)).id();

        recovery.recover();

        assertEquals("failed", status(lostUpload));
        assertTrue(error(lostUpload).contains("gone.wav is missing"), error(lostUpload));
        assertEquals("failed", status(lostDeviceCall));
        assertTrue(error(lostDeviceCall).contains("recording was lost"), error(lostDeviceCall));
        assertEquals("processing", status(thisRunsCall), "a call of this run is its own work in progress");
        for (String id : List.of(queuedUpload, endedDeviceCall)) {
            awaitFinished(id);
            assertEquals("done", status(id), error(id));
            assertTrue(jdbc.sql("SELECT content FROM segments WHERE call_id = :id").param("id", id)
                    .query(String.class).list().toString().contains("zero"), "transcribed " + id);
        }
        assertEquals(recording.toString(), jdbc.sql("SELECT audio_path FROM calls WHERE id = :id")
                .param("id", endedDeviceCall).query(String.class).single(), "the recording is attached");
    }

    private static NewCall call(String id, String source, Long rep, Path audio) {
        return new NewCall(id, source, rep, null, source.equals("device") ? "badge-7" : source, Instant.now(), 0,
                audio, ChannelLayout.MONO);
    }

    /** Registers a call as a process that has since crashed did. */
    private String earlierRun(NewCall call) {
        store.register(call);
        jdbc.sql("UPDATE calls SET created_at = :then WHERE id = :id")
                .param("then", Db.utc(Instant.now().minus(Duration.ofHours(1))))
                .param("id", call.id()).update();
        return call.id();
    }

    private void awaitFinished(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (status(id).equals("processing") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private String status(String id) {
        return jdbc.sql("SELECT status FROM calls WHERE id = :id").param("id", id).query(String.class).single();
    }

    private String error(String id) {
        return jdbc.sql("SELECT COALESCE(error, '') FROM calls WHERE id = :id").param("id", id).query(String.class)
                .single();
    }

    private long count(String sql, String id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
