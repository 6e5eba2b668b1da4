package com.voiceqa.web.cli;

/**
 * {@code ./voiceqa analytics}: the cluster's call store. Reads call events, audio and transcript segments from Kafka,
 * writes each finished call's recording under {@code --data}, scores it and writes database and index. Its HTTP port
 * (a free one unless {@code --port}) serves {@code /actuator/health}.
 */
public final class AnalyticsCommand extends RoleCommand {

    public AnalyticsCommand() {
        super("analytics", true, 0);
    }

    @Override
    public String usage() {
        return "--kafka HOST:PORT --db JDBC_URL [--db-user U --db-password P] --index opensearch:URL|lucene:DIR "
                + "--data DIR [--port P]  store the cluster's calls (rules, index, database, recordings)";
    }
}
