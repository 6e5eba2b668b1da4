package com.voiceqa.web;

import com.voiceqa.web.support.Postgres;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link RetentionApiTest} against PostgreSQL: the same history, dates and figures as on the embedded database. */
class PostgresRetentionApiTest extends RetentionApiTest {

    @BeforeAll
    static void requirePostgres() {
        Assumptions.assumeTrue(Postgres.configured(), "VOICEQA_TEST_POSTGRES_URL not set: PostgreSQL tests skipped");
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}
