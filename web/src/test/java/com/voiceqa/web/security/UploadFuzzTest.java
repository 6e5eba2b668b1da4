package com.voiceqa.web.security;

import com.voiceqa.asr.TestResources;
import com.voiceqa.web.VoiceQaApplication;
import com.voiceqa.web.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random upload headers and parameters against the real upload endpoint, with a speech model loaded so every input
 * reaches the WAV reader and the channel layout: the answer is always 202 (a usable recording) or a 4xx whose
 * message says what is wrong, never a 5xx, and no message shows a server directory. Every tenth upload is a usable
 * recording with valid parameters, which must be accepted: so the run always reaches the pipeline behind the checks,
 * whatever the seed (a random upload is usable only a few times in a hundred).
 */
@SpringBootTest(classes = VoiceQaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"voiceqa.demo=false", "voiceqa.admin-password=" + UploadFuzzTest.PASSWORD,
                "voiceqa.gateway.enabled=false"})
@DirtiesContext
class UploadFuzzTest {

    static final String PASSWORD = "fuzz-pass-2026";
    private static final int CASES = 150;
    private static final int USABLE_EVERY = 10;
    private static final long SEED = Long.getLong("voiceqa.fuzz.seed", System.nanoTime());
    private static Path data;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        data = Files.createTempDirectory("voiceqa-fuzz");
        registry.add("voiceqa.data-dir", data::toString);
        registry.add("voiceqa.shared-dir", () -> TestResources.shared().toString());
        registry.add("voiceqa.model-dir", () -> TestResources.testModel().toString());
    }

    @Test
    void randomUploadsGetAClearAnswerNeverAServerError() {
        Random random = new Random(SEED);
        ApiClient admin = ApiClient.basic(port, "admin", PASSWORD);
        List<String> problems = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (int i = 0; i < CASES; i++) {
            boolean usable = i % USABLE_EVERY == 0;
            Upload upload = usable ? Upload.usable(random) : Upload.random(random);
            String contentType = usable ? upload.multipartType() : upload.contentType(random);
            ApiClient.Response r = admin.postRaw("/api/calls", contentType, upload.body());
            statuses.merge(r.status(), 1, Integer::sum);
            String message = r.status() == 202 ? "" : r.json().path("message").asString("");
            if (usable && r.status() != 202) {
                problems.add(upload + " -> a usable recording was refused: " + r);
            } else if (r.status() >= 500 || r.status() < 400 && r.status() != 202) {
                problems.add(upload + " -> " + r);
            } else if (r.status() != 202 && message.length() < 10) {
                problems.add(upload + " -> no message that says what to do: " + r);
            } else if (r.text().contains(data.toString()) || r.text().contains(System.getProperty("user.home"))) {
                problems.add(upload + " -> shows a server path: " + r);
            }
        }
        assertThat(problems).as("seed " + SEED + " (rerun with -Dvoiceqa.fuzz.seed=" + SEED + ")").isEmpty();
        // The inputs reach every layer: the usable recordings are accepted, the rest fail in several different ways.
        assertThat(statuses.getOrDefault(202, 0)).as("answers by status " + statuses)
                .isGreaterThanOrEqualTo(CASES / USABLE_EVERY);
        assertThat(statuses.keySet().stream().filter(s -> s >= 400).count()).as("answers by status " + statuses)
                .isGreaterThanOrEqualTo(2);
    }

    /** One multipart upload: a WAV-ish file with random header fields, a random file name and parameters. */
    private record Upload(String fileName, String fileType, byte[] file, Map<String, String> fields, String boundary) {

        private static final List<String> ROLES = List.of("rep", "customer", "mixed", "rep,customer", "customer,rep",
                "", " ", "agent", "<img src=x onerror=alert(1)>", "rep,customer,mixed", "rep,,customer", ",",
                "REP", "r\u0000ep", "x".repeat(41), "客户");
        private static final List<String> NAMES = List.of("call.wav", "../../etc/passwd", "..", "a\u0000b.wav",
                "通话.wav", "x".repeat(300) + ".wav", "", "con.wav", "\"quoted\".wav", "%2e%2e/x.wav");
        private static final List<String> TYPES = List.of("audio/wav", "audio/x-wav", "text/plain", "application/json",
                "application/octet-stream", "garbage", "audio/wav; charset=\"x\"");
        private static final int[] RATES = {0, 1, 7_999, 8_000, 16_000, 44_100, 48_000, 48_001, 96_000, Integer.MAX_VALUE, -1};
        private static final int[] CHANNELS = {0, 1, 2, 3, 8, 65_535};
        private static final int[] BITS = {0, 8, 12, 16, 24, 32, 64};
        private static final int[] FORMATS = {1, 3, 0xFFFE, 2, 0};

        static Upload random(Random random) {
            // A third are well-formed 16-bit PCM, so the parameters (channels, rep, startedAt...) are reached too.
            boolean sane = random.nextInt(3) == 0;
            byte[] wav = sane ? wav(1, 1 + random.nextInt(2), 16_000, 16, 2 * random.nextInt(2_000), random, true)
                    : wav(pick(random, FORMATS), pick(random, CHANNELS), pick(random, RATES), pick(random, BITS),
                    random.nextInt(4_000), random, true);
            byte[] file = switch (random.nextInt(6)) {
                case 0 -> java.util.Arrays.copyOf(wav, random.nextInt(wav.length + 1)); // truncated anywhere
                case 1 -> randomBytes(random, random.nextInt(2_000));
                default -> wav;
            };
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            if (random.nextBoolean()) {
                fields.put("channels", ROLES.get(random.nextInt(ROLES.size())));
            }
            if (random.nextInt(3) == 0) {
                fields.put("startedAt", random.nextBoolean() ? "2026-11-01T09:00:00Z" : "yesterday");
            }
            if (random.nextInt(3) == 0) {
                fields.put("rep", random.nextBoolean() ? "999999" : "x");
            }
            if (random.nextInt(3) == 0) {
                fields.put("account", random.nextBoolean() ? "测试客户" : "y".repeat(201));
            }
            return new Upload(NAMES.get(random.nextInt(NAMES.size())), TYPES.get(random.nextInt(TYPES.size())), file,
                    fields, "fuzz" + random.nextInt(1_000_000));
        }

        /** A well-formed 16 kHz 16-bit recording, mono or stereo, with a plain name and parameters that fit it. */
        static Upload usable(Random random) {
            int channels = 1 + random.nextInt(2);
            byte[] wav = wav(1, channels, 16_000, 16, 2 * channels * (1 + random.nextInt(2_000)), random, false);
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            if (random.nextBoolean()) {
                fields.put("channels", channels == 1 ? "rep" : "rep,customer");
            }
            return new Upload("call.wav", "audio/wav", wav, fields, "fuzz" + random.nextInt(1_000_000));
        }

        String multipartType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        /** Mostly multipart/form-data; sometimes a content type the endpoint does not take, or a broken boundary. */
        String contentType(Random random) {
            return switch (random.nextInt(10)) {
                case 0 -> "application/json";
                case 1 -> "multipart/form-data";
                case 2 -> "audio/wav";
                default -> multipartType();
            };
        }

        byte[] body() {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + fileType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return body.toByteArray();
        }

        /**
         * A RIFF/WAVE file with these header fields and {@code dataBytes} of silence (never NaN: that is H3's test); if
         * {@code lieAboutSizes}, the RIFF or data size is sometimes wrong, as a broken recorder writes it.
         */
        private static byte[] wav(int format, int channels, int rate, int bits, int dataBytes, Random random,
                                  boolean lieAboutSizes) {
            int blockAlign = channels * bits / 8;
            int riffSize = lieAboutSizes && random.nextInt(10) == 0 ? -1 : 36 + dataBytes;
            ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
            b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(riffSize).put("WAVE".getBytes(StandardCharsets.US_ASCII));
            b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) format)
                    .putShort((short) channels).putInt(rate).putInt(rate * blockAlign).putShort((short) blockAlign)
                    .putShort((short) bits);
            int dataSize = lieAboutSizes && random.nextInt(10) == 0 ? dataBytes * 4 : dataBytes;
            b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataSize);
            return b.array();
        }

        private static byte[] randomBytes(Random random, int n) {
            byte[] bytes = new byte[n];
            random.nextBytes(bytes);
            return bytes;
        }

        private static int pick(Random random, int[] values) {
            return values[random.nextInt(values.length)];
        }

        @Override
        public String toString() {
            return "upload(" + fileName.substring(0, Math.min(40, fileName.length())) + ", " + fields + ", "
                    + file.length + " bytes, header " + java.util.HexFormat.of().formatHex(file, 0, Math.min(44, file.length))
                    + ")";
        }
    }
}
