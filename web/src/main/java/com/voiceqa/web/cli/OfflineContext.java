package com.voiceqa.web.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command's own small Spring context over a data folder, with the product stopped: the folder's lock is held for
 * as long as the context is open, and the context holds only what {@code configuration} imports (no web server, no
 * gateway), logging warnings only.
 */
public final class OfflineContext implements AutoCloseable {

    private final DataFolderLock lock;
    private final ConfigurableApplicationContext context;

    private OfflineContext(DataFolderLock lock, ConfigurableApplicationContext context) {
        this.lock = lock;
        this.context = context;
    }

    /** Throws a one-line {@code UserError} when another process holds the folder. */
    public static OfflineContext open(Class<?> configuration, Path folder, List<String> springArgs) {
        List<String> args = new ArrayList<>(springArgs);
        args.add("--voiceqa.data-dir=" + folder);
        args.add("--logging.level.root=WARN");
        DataFolderLock lock = DataFolderLock.acquire(folder, 0);
        try {
            return new OfflineContext(lock, new SpringApplicationBuilder(configuration).web(WebApplicationType.NONE)
                    .logStartupInfo(false).run(args.toArray(String[]::new)));
        } catch (RuntimeException e) {
            try {
                lock.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() throws IOException {
        try {
            context.close();
        } finally {
            lock.close();
        }
    }
}
