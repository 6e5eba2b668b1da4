package com.voiceqa.web.support;

import com.voiceqa.web.VoiceQaCli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real product ({@code ./voiceqa serve}) in a child JVM on this test's classpath, on ports the operating system
 * picks (read back from its log), so that a test can kill it with SIGKILL and start it again on the same data.
 */
public final class ProductProcess implements AutoCloseable {

    private static final Pattern HTTP_PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern GATEWAY_PORTS = Pattern.compile("device gateway listening: WebSocket (\\d+) .*badges (\\d+)");
    private static final Duration POLL = Duration.ofMillis(100);

    private final Process process;
    private final Path log;
    private final int httpPort;
    private final int webSocketPort;
    private final int badgePort;

    private ProductProcess(Process process, Path log, int httpPort, int webSocketPort, int badgePort) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
        this.webSocketPort = webSocketPort;
        this.badgePort = badgePort;
    }

    /**
     * Starts {@code serve} on {@code data} and waits until it is ready: its readiness probe answers 200 once the
     * start-up runners (first admin, demo) and the ready listeners (call recovery) have run.
     *
     * @param log where the process's output goes (appended, so one file can hold several runs)
     */
    public static ProductProcess start(Path data, Path model, String adminPassword, Path log, Duration timeout)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "--enable-native-access=ALL-UNNAMED",
                "-Djna.encoding=UTF-8", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                VoiceQaCli.class.getName(), "serve", "--data", data.toString(), "--model", model.toString(),
                "--server.port=0", "--voiceqa.gateway.websocket-port=0", "--voiceqa.gateway.badge-port=0",
                "--voiceqa.admin-password=" + adminPassword, "--management.endpoint.health.probes.enabled=true"));
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String output = output(log, logStart);
            Matcher http = HTTP_PORT.matcher(output);
            Matcher gateway = GATEWAY_PORTS.matcher(output);
            if (http.find() && gateway.find() && ready(Integer.parseInt(http.group(1)))) {
                return new ProductProcess(process, log, Integer.parseInt(http.group(1)),
                        Integer.parseInt(gateway.group(1)), Integer.parseInt(gateway.group(2)));
            }
            if (!process.isAlive()) {
                throw new AssertionError("the product exited with " + process.exitValue() + " while starting:\n" + output);
            }
            Thread.sleep(POLL);
        }
        process.destroyForcibly();
        throw new AssertionError("the product did not start within " + timeout + ":\n" + output(log, logStart));
    }

    private static boolean ready(int httpPort) throws InterruptedException {
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(10)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static String output(Path log, long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
                StandardCharsets.UTF_8);
    }

    public int httpPort() {
        return httpPort;
    }

    public int webSocketPort() {
        return webSocketPort;
    }

    public int badgePort() {
        return badgePort;
    }

    /** SIGKILL: no shutdown hook, no flush, no graceful stop of anything. Returns the exit code (137). */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the product did not die within 30 s of SIGKILL");
        }
        return process.exitValue();
    }

    /** The whole log of every run written to this process's log file, for assertion messages. */
    public String log() throws IOException {
        return output(log, 0);
    }

    /** Stops the product gracefully (SIGTERM), forcibly if it does not stop within 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
