package com.voiceqa.asr.cli;

import com.voiceqa.asr.BadgeRenders;
import com.voiceqa.asr.LabeledAudioCall;
import com.voiceqa.asr.TestResources;
import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TranscribeCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void clearSettings() {
        System.clearProperty("voiceqa.cache.dir");
        System.clearProperty("voiceqa.model.url");
        System.clearProperty("voiceqa.model");
    }

    private int run(String... args) throws Exception {
        CliCommand command = ServiceLoader.load(CliCommand.class).stream().map(ServiceLoader.Provider::get)
                .filter(c -> c.name().equals("transcribe")).findFirst().orElseThrow();
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String digits() {
        return TestResources.realEnglish("digits-16k.wav").toString();
    }

    @Test
    void printsSegmentsAndMetrics() throws Exception {
        assertEquals(0, run(digits(), "--model", TestResources.testModel().toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("digits-16k.wav: 8.3 s, 16000 Hz, 1 channel(s)"), text);
        assertTrue(text.contains("[0:00.84 - ") && text.matches("(?s).*] rep +one zero zero zero one.*"),
                "one voice on mono audio is the wearer, the rep: " + text);
        assertTrue(text.contains("Metrics") && text.contains("talk 100 %"), text);
    }

    @Test
    void jsonIsOneObjectWithSegmentsAndMetrics() throws Exception {
        assertEquals(0, run(digits(), "--json", "--model", TestResources.testModel().toString(), "--channels", "customer"));
        String json = out.toString(StandardCharsets.UTF_8).trim();
        assertEquals(1, json.lines().count(), "one line of JSON");
        JsonNode root = JsonMapper.builder().build().readTree(json);
        JsonNode first = root.get("segments").get(0);
        assertEquals("customer", first.get("speaker").asString(), "a role given for the one channel is kept");
        assertEquals(0.84, first.get("start").asDouble(), 0.3);
        assertEquals("one", first.get("words").get(0).get("word").asString());
        assertTrue(first.get("words").get(0).has("conf"));
        assertEquals(8.308, root.get("metrics").get("durationSeconds").asDouble(), 0.01);
    }

    @Test
    void monoBadgeAudioIsToldApartIntoRepAndCustomerWithConfidences() throws Exception {
        LabeledAudioCall call = LabeledAudioCall.all().stream().filter(c -> c.id().equals("call-0003")).findFirst()
                .orElseThrow();
        Path badge = BadgeRenders.render(call, BadgeRenders.Mix.WEARER_6DB);
        assertEquals(0, run(badge.toString(), "--json", "--model", TestResources.testModel().toString()));
        JsonNode root = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        Set<String> speakers = new HashSet<>();
        for (JsonNode segment : root.get("segments")) {
            speakers.add(segment.get("speaker").asString());
            double confidence = segment.get("speakerConfidence").asDouble();
            assertTrue(confidence >= 0.5 && confidence <= 1, segment.toString());
        }
        assertEquals(Set.of("rep", "customer"), speakers);
        assertEquals("rep", root.get("segments").get(0).get("speaker").asString(), "the rep opens call-0003");
        assertEquals("customer", root.get("metrics").get("channels").get(1).get("role").asString(), "metrics per role");
    }

    @Test
    void showsProgressOnLongRecordings() throws Exception {
        Path call = TestResources.shared().resolve("test-audio/calls/call-0003.wav");
        assertEquals(0, run(call.toString(), "--json", "--model", TestResources.testModel().toString()));
        String progress = err.toString(StandardCharsets.UTF_8);
        assertTrue(progress.lines().filter(line -> line.startsWith("transcribing ")).count() >= 5
                && progress.contains("transcribing 100%"), progress);
        assertFalse(progress.contains("\r"), "not a terminal: plain progress lines, no bar redrawn with carriage returns");
        JsonNode metrics = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8)).get("metrics");
        assertEquals("rep", metrics.get("channels").get(0).get("role").asString());
        assertEquals(1, metrics.get("overlaps").size());
    }

    @Test
    void clearErrors(@TempDir Path dir) throws Exception {
        String model = TestResources.testModel().toString();
        assertMessage(assertThrows(UserError.class, () -> run()), "which recording?");
        assertMessage(assertThrows(UserError.class, () -> run(dir.resolve("none.wav").toString())), "no such file");
        Path text = Files.writeString(dir.resolve("notes.wav"), "not audio");
        assertMessage(assertThrows(UserError.class, () -> run(text.toString(), "--model", model)), "not a WAV file");
        assertMessage(assertThrows(UserError.class, () -> run(digits(), "--model", model, "--channels", "rep,customer")),
                "1 channel(s) but the layout names 2 role(s)");
        assertMessage(assertThrows(UserError.class, () -> run(digits(), "--frobnicate")), "unexpected argument");
        assertMessage(assertThrows(UserError.class, () -> run(digits(), "--model")), "--model needs a value");
        assertMessage(assertThrows(UserError.class, () -> run(digits(), "--model", dir.toString())),
                "am/final.mdl is missing");
    }

    @Test
    void missingModelSaysWhatToDo(@TempDir Path dir) {
        System.setProperty("voiceqa.cache.dir", dir.resolve("cache").toString());
        System.setProperty("voiceqa.model.url", dir.resolve("unreachable.zip").toUri().toString());
        System.setProperty("voiceqa.model", ""); // hides a VOICEQA_MODEL the developer may have set
        UserError e = assertThrows(UserError.class, () -> run(digits()));
        assertMessage(e, "--model DIR");
        assertMessage(e, "VOICEQA_MODEL");
    }

    private static void assertMessage(UserError e, String expected) {
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
