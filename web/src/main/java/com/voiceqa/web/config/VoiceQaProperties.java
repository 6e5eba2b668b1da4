package com.voiceqa.web.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Paths are bound as text and resolved against the working directory here: Spring's own Path conversion would
 * resolve relative paths inside the web application instead.
 *
 * <p>Everything an operator may set, under the prefix {@code voiceqa}. The HTTP port is Spring's {@code server.port}
 * ({@code voiceqa.http-port} in {@code application.properties} feeds it); the database is Spring's
 * {@code spring.datasource.*} (embedded H2 under the data directory unless a PostgreSQL URL is given).
 *
 * @param dataDir   holds the database, the search index, the gateway's spool and the recordings; the commands set
 *                  it (see {@code cli.DataFolder}: one rule for the default, so nothing lands in a second place)
 * @param modelDir  Vosk model directory; {@code null} means the production default (Mandarin) under the data
 *                  directory's {@code models/}; when it is missing the product runs with live ASR off
 * @param sharedDir the team's shared fixtures ({@code ../shared}), where {@code --demo} finds the labeled calls
 * @param demo      load the labeled sample calls and create demo users at startup
 * @param demoPassword fixed password for the demo users (tests); empty means generate and print them
 * @param adminPassword password of the {@code admin} created on first start; empty means generate and print it once
 * @param gateway   device ingest ports
 * @param upload    limits for recorded-call uploads
 * @param login     password-guessing throttle (docs/SECURITY.md)
 * @param luceneDir where the embedded Lucene index lives; empty means {@code <data>/index}
 * @param roles     what this process does; all of them unless a cluster command ({@code ./voiceqa analytics},
 *                  {@code ./voiceqa web}) names fewer
 */
@ConfigurationProperties("voiceqa")
public record VoiceQaProperties(
        String dataDir,
        String modelDir,
        @DefaultValue("../shared") String sharedDir,
        @DefaultValue("false") boolean demo,
        @DefaultValue("") String demoPassword,
        @DefaultValue("") String adminPassword,
        @DefaultValue Gateway gateway,
        @DefaultValue Upload upload,
        @DefaultValue Login login,
        @DefaultValue("") String luceneDir,
        @DefaultValue({"gateway", "asr", "analytics", "web"}) Set<ProcessRole> roles) {

    /**
     * @param enabled                  start the gateway's listeners with the product
     * @param websocketPort            vosk-server compatible WebSocket port
     * @param badgePort                badge TCP protocol port
     * @param maxConnectionsPerAddress open device connections one remote address may hold (raise it when many badges
     *                                 share one NAT address)
     * @param staleCallTimeout         a badge call no connection owned for this long is ended with its audio
     * @param warmRecognizers          speech recognizers warmed in the background at start, so the first calls keep
     *                                 real time
     * @param warmSpeech               a WAV recording of speech in the model's language to warm them on (empty:
     *                                 synthetic sound, which warms them far less)
     */
    public record Gateway(@DefaultValue("true") boolean enabled,
                          @DefaultValue("2700") int websocketPort,
                          @DefaultValue("2701") int badgePort,
                          @DefaultValue("256") int maxConnectionsPerAddress,
                          @DefaultValue("30m") Duration staleCallTimeout,
                          @DefaultValue("16") int warmRecognizers,
                          @DefaultValue("") String warmSpeech) {
    }

    /** @param maxBytes largest WAV accepted by {@code POST /api/calls} */
    public record Upload(@DefaultValue("200MB") DataSize maxBytes) {
    }

    public VoiceQaProperties {
        if (dataDir == null || dataDir.isBlank()) {
            throw new IllegalArgumentException("voiceqa.data-dir is not set: start the product with ./voiceqa serve");
        }
    }

    /**
     * @param freeAttemptsPerUser    wrong passwords for one username before it is locked
     * @param freeAttemptsPerAddress wrong passwords from one address before it is locked
     * @param firstLockout           the first lockout; each further failure doubles it
     * @param maxLockout             the longest lockout; failures are forgotten after this long without one
     */
    public record Login(@DefaultValue("5") int freeAttemptsPerUser,
                        @DefaultValue("30") int freeAttemptsPerAddress,
                        @DefaultValue("2s") Duration firstLockout,
                        @DefaultValue("15m") Duration maxLockout) {
    }

    /** Whether this process runs {@code role} (every role in one process unless a cluster command chose). */
    public boolean runs(ProcessRole role) {
        return roles.contains(role);
    }

    public Path dataPath() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** The model directory the operator named, or null. */
    public Path modelPath() {
        return modelDir == null || modelDir.isBlank() ? null : Path.of(modelDir).toAbsolutePath().normalize();
    }

    public Path sharedPath() {
        return Path.of(sharedDir).toAbsolutePath().normalize();
    }

    public Path indexDir() {
        return luceneDir.isBlank() ? dataPath().resolve("index") : Path.of(luceneDir).toAbsolutePath().normalize();
    }

    public Path recordingsDir() {
        return dataPath().resolve("recordings");
    }
}
