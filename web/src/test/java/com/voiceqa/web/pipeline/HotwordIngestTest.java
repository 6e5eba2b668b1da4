package com.voiceqa.web.pipeline;

import com.voiceqa.core.Segment;
import com.voiceqa.web.config.VoiceQaProperties;
import com.voiceqa.web.support.ServerTest;
import com.voiceqa.web.support.TestCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's hot-word lexicon through the real ingest path (rules, search index, database): a competitor's name
 * the recognizer misheard is found by its right spelling, while the stored transcript keeps what was heard.
 */
class HotwordIngestTest extends ServerTest {

    @Autowired
    TestCalls calls;

    @Autowired
    VoiceQaProperties properties;

    private Path lexicon() {
        return Path.of(properties.dataDir(), "hotwords.csv");
    }

    @AfterEach
    void removeLexicon() throws IOException {
        Files.deleteIfExists(lexicon());
    }

    @Test
    void aMisheardNameIsSearchableByItsRightSpellingAndTheTranscriptStaysRaw() throws IOException {
        List<Segment> heard = List.of(
                new Segment("rep", 0, 4, "您好，我是客户经理，想跟您聊聊明年的合作。", List.of()),
                new Segment("customer", 5, 9, "我们下个月开始试用澜沧数科的系统了。", List.of()));
        String before = calls.store(calls.newAccount(), "hotword-before-", heard);
        assertThat(search("\"楠仓数科\"")).doesNotContain(before); // not even by sound: the recognizer heard l for n

        Files.writeString(lexicon(), "# 竞品，权重 8 也接受 n/l 之类的口音混淆\n楠仓数科,,8\n");
        String after = calls.store(calls.newAccount(), "hotword-after-", heard);

        assertThat(search("\"楠仓数科\"")).contains(after).doesNotContain(before);
        JsonNode detail = as("admin").get("/api/calls/" + after).json();
        assertThat(detail.get("segments").get(1).get("text").asString()).contains("澜沧数科");
    }

    @Test
    void aLexiconWithErrorsIsNotAppliedAndIngestGoesOn() throws IOException {
        Files.writeString(lexicon(), "楠仓数科,,99\n");
        String id = calls.store(calls.newAccount(), "hotword-bad-", List.of(
                new Segment("customer", 0, 4, "我们在试用澜沧数科的系统。", List.of())));
        assertThat(as("admin").get("/api/calls/" + id).status()).isEqualTo(200);
        assertThat(search("\"楠仓数科\"")).doesNotContain(id);
    }

    private List<String> search(String q) {
        JsonNode result = as("admin").get("/api/search?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).json();
        return result.get("items").valueStream().map(item -> item.get("callId").asString()).toList();
    }
}
