package com.voiceqa.web.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PostgreSQL server the PostgreSQL variants of the API tests run against, from VOICEQA_TEST_POSTGRES_URL /
 * _USER / _PASSWORD (or the system properties voiceqa.test.postgres.url / .user / .password). .ci/run starts one and
 * sets them. Without them the PostgreSQL tests are skipped on a developer machine but FAIL in CI (CI=true), so a CI
 * run can never pass without having tested PostgreSQL.
 */
public final class Postgres {

    /** For {@code @EnabledIf}: a skipped class is reported as skipped with {@link #SKIPPED}, not as zero tests. */
    public static final String CONFIGURED = "com.voiceqa.web.support.Postgres#configured";
    public static final String SKIPPED = "PostgreSQL tests skipped: no database configured. Set VOICEQA_TEST_POSTGRES_URL "
            + "(e.g. jdbc:postgresql://localhost:5432/voiceqa_test) with _USER and _PASSWORD; .ci/run starts one";

    private Postgres() {
    }

    public static boolean configured() {
        String url = setting("url");
        if (url == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI must test PostgreSQL but VOICEQA_TEST_POSTGRES_URL is not set: .ci/run "
                    + "installs and starts PostgreSQL and exports it; check its output");
        }
        return url != null;
    }

    public static void register(DynamicPropertyRegistry registry) {
        Path data = tempDir();
        registry.add("voiceqa.test.data-dir", data::toString);
        registry.add("spring.datasource.url", () -> setting("url"));
        registry.add("spring.datasource.username", () -> orDefault(setting("user"), "voiceqa"));
        registry.add("spring.datasource.password", () -> orDefault(setting("password"), ""));
    }

    private static String setting(String name) {
        String property = System.getProperty("voiceqa.test.postgres." + name);
        String value = property != null ? property : System.getenv("VOICEQA_TEST_POSTGRES_" + name.toUpperCase());
        return value == null || value.isBlank() ? null : value;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("voiceqa-web-postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
