package com.voiceqa.web;

import com.voiceqa.web.support.Postgres;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SecurityBoundariesTest} against PostgreSQL: the role boundaries hold on the production database too. */
@EnabledIf(value = Postgres.CONFIGURED, disabledReason = Postgres.SKIPPED)
class PostgresSecurityBoundariesTest extends SecurityBoundariesTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}
