package com.voiceqa.web.cli;

import java.nio.file.Path;

/**
 * Where an instance keeps everything (database, search index, spool, recordings): {@code --data DIR}, else
 * {@code ~/.voiceqa} for the real instance and {@code ~/.voiceqa/demo} for {@code --demo}, so demo users and sample
 * calls never end up in the real instance. The commands pass the folder on as {@code voiceqa.data-dir}.
 */
public final class DataFolder {

    private DataFolder() {
    }

    public static Path resolve(String explicit, boolean demo) {
        if (explicit != null) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        Path home = Path.of(home(), ".voiceqa");
        return demo ? home.resolve("demo") : home;
    }

    /** {@code ~} as the shell means it: $HOME (Java's user.home ignores it on Linux and reads the password file). */
    private static String home() {
        String home = System.getenv("HOME");
        return home == null || home.isBlank() ? System.getProperty("user.home") : home;
    }
}
