package com.voiceqa.web;

import com.voiceqa.web.support.Postgres;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link CallsApiTest} against PostgreSQL: the same migrations, queries and answers as on the embedded database. */
@EnabledIf(value = Postgres.CONFIGURED, disabledReason = Postgres.SKIPPED)
class PostgresCallsApiTest extends CallsApiTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}
