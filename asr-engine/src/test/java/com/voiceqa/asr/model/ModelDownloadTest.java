package com.voiceqa.asr.model;

import com.sun.net.httpserver.HttpServer;
import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.TestResources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Download, unpack and verify, served by a real local HTTP server: a zip built here from the English test model
 * (laid out like the official Vosk zips: one top-level model folder).
 */
class ModelDownloadTest {

    private static final String NAME = "vosk-model-small-en-us-0.15";
    private static HttpServer server;
    private static Path zip;
    private static ChecksumManifest manifest;

    @TempDir
    static Path shared;

    @BeforeAll
    static void serveModelZip() throws IOException {
        Path model = TestResources.testModel();
        zip = shared.resolve(NAME + ".zip");
        StringBuilder sums = new StringBuilder("# test manifest\n");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
             Stream<Path> files = Files.walk(model)) {
            out.setLevel(Deflater.BEST_SPEED);
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = model.relativize(file).toString().replace('\\', '/');
                out.putNextEntry(new ZipEntry(NAME + "/" + relative));
                Files.copy(file, out);
                out.closeEntry();
                sums.append(ChecksumManifest.sha256(file)).append("  ").append(Files.size(file)).append("  ")
                        .append(relative).append('\n');
            }
        }
        manifest = ChecksumManifest.parse(sums.toString());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/models/", exchange -> {
            if (!exchange.getRequestURI().getPath().equals("/models/" + NAME + ".zip")) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, Files.size(zip));
            try (OutputStream body = exchange.getResponseBody()) {
                Files.copy(zip, body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static URI url(String file) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/models/" + file);
    }

    @Test
    void downloadsVerifiesCachesAndLoads(@TempDir Path cache) {
        List<long[]> progress = new ArrayList<>();
        ModelResolver resolver = new ModelResolver(new ModelSpec(NAME, url(NAME + ".zip"), manifest), cache, null,
                new ModelDownloader());
        Path model = resolver.resolve(null, (done, total) -> progress.add(new long[] {(long) done, (long) total}));

        assertEquals(cache.resolve(NAME), model);
        manifest.verify(model, (d, t) -> { });
        assertFalse(progress.isEmpty(), "download progress reported");
        long[] last = progress.getLast();
        assertEquals(last[1], last[0], "progress ends at the total");
        assertTrue(last[1] > 30_000_000L, "total is the zip size: " + last[1]);
        try (Stream<Path> leftovers = Files.list(cache)) {
            assertEquals(List.of(model), leftovers.toList(), "no temporary download left in the cache");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        try (AsrEngine engine = AsrEngine.load(AsrConfig.of(model))) {
            assertEquals("en", engine.language());
            assertEquals(16_000, engine.modelSampleRate());
        }

        AtomicLong secondCall = new AtomicLong();
        assertEquals(model, resolver.resolve(null, (d, t) -> secondCall.incrementAndGet()));
        assertEquals(0, secondCall.get(), "a cached model is not downloaded again");
    }

    @Test
    void checksumMismatchIsDetectedAndNothingIsCached(@TempDir Path cache) {
        List<ChecksumManifest.Entry> tampered = new ArrayList<>(manifest.entries());
        ChecksumManifest.Entry mdl = tampered.stream().filter(e -> e.path().equals("am/final.mdl")).findFirst().orElseThrow();
        tampered.set(tampered.indexOf(mdl), new ChecksumManifest.Entry("0".repeat(64), mdl.bytes(), mdl.path()));
        ModelResolver resolver = new ModelResolver(new ModelSpec(NAME, url(NAME + ".zip"),
                new ChecksumManifest(tampered)), cache, null, new ModelDownloader());

        ModelException e = assertThrows(ModelException.class, () -> resolver.resolve(null, (d, t) -> { }));
        assertTrue(e.getMessage().contains("am/final.mdl has the wrong sha256"), e.getMessage());
        assertFalse(Files.exists(cache.resolve(NAME)), "an unverified model must not land in the cache");
        assertEquals(0, cache.toFile().list().length, "temporary files removed");
    }

    @Test
    void damagedFileInAnInstalledModelIsDetected(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("conf"));
        Files.writeString(dir.resolve("conf/model.conf"), "--beam=10.0\n");
        ChecksumManifest expected = ChecksumManifest.parse(
                "0000000000000000000000000000000000000000000000000000000000000000  12  conf/model.conf\n"
                        + "0000000000000000000000000000000000000000000000000000000000000000  5  am/final.mdl\n");
        ModelException e = assertThrows(ModelException.class, () -> expected.verify(dir, (d, t) -> { }));
        assertTrue(e.getMessage().contains("conf/model.conf has the wrong sha256"), e.getMessage());
        assertTrue(e.getMessage().contains("am/final.mdl is missing"), e.getMessage());
    }

    @Test
    void worksFromALocalFileUrl(@TempDir Path cache) {
        ModelResolver resolver = new ModelResolver(new ModelSpec(NAME, zip.toUri(), manifest), cache, null,
                new ModelDownloader());
        assertEquals(cache.resolve(NAME), resolver.resolve(null, (d, t) -> { }));
    }

    @Test
    void httpErrorsAndNonZipDownloadsSayWhatToDo(@TempDir Path cache) throws IOException {
        ModelResolver missing = new ModelResolver(new ModelSpec(NAME, url("nope.zip"), manifest), cache, null,
                new ModelDownloader());
        ModelException notFound = assertThrows(ModelException.class, () -> missing.resolve(null, (d, t) -> { }));
        assertTrue(notFound.getMessage().contains("HTTP 404"), notFound.getMessage());
        assertTrue(notFound.getMessage().contains("--model DIR"), notFound.getMessage());

        Path notZip = cache.resolve("not-a-zip.zip");
        Files.writeString(notZip, "<html>proxy login</html>");
        ModelResolver garbage = new ModelResolver(new ModelSpec(NAME, notZip.toUri(), manifest),
                cache.resolve("c"), null, new ModelDownloader());
        ModelException e = assertThrows(ModelException.class, () -> garbage.resolve(null, (d, t) -> { }));
        assertTrue(e.getMessage().contains("holds no Vosk model") || e.getMessage().contains("not a valid zip"),
                e.getMessage());
    }

    @Test
    void mandarinManifestShipsWithEveryFileOfTheModel() {
        ChecksumManifest mandarin = ModelSpec.mandarin().manifest();
        assertEquals(14, mandarin.entries().size());
        assertEquals(68_292_271L, mandarin.entries().stream().mapToLong(ChecksumManifest.Entry::bytes).sum());
        assertEquals(URI.create("https://alphacephei.com/vosk/models/vosk-model-small-cn-0.22.zip"),
                ModelSpec.mandarin().url());
    }
}
