package com.voiceqa.web.support;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;

/**
 * A fresh H2 file database in a directory with the product's Flyway migrations applied, for tests of one component
 * against the real schema without starting the product (a file database, like the product's default: H2's
 * in-memory mode closed the database under Spring's per-statement connections).
 */
public final class MigratedDatabase {

    private MigratedDatabase() {
    }

    public static JdbcClient in(Path dir) {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
        db.setUser("sa");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        return JdbcClient.create(db);
    }
}
