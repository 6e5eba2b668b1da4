package com.voiceqa.web.cli;

/**
 * {@code ./voiceqa web}: the dashboard and REST API of a cluster, over the database and index the analytics role
 * writes; no gateway, no recognizer, no call processing.
 */
public final class WebCommand extends RoleCommand {

    public WebCommand() {
        super("web", false, 8080);
    }

    @Override
    public String usage() {
        return "--db JDBC_URL [--db-user U --db-password P] --index opensearch:URL|lucene:DIR [--data DIR] [--port P]"
                + "  the dashboard and API of a cluster (http://localhost:8080/)";
    }
}
