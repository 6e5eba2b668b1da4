package com.voiceqa.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The one argument both launchers take: where to write the address once the engine serves. */
final class ReadyFile {

    private ReadyFile() {
    }

    static Path of(String[] args, String main) {
        if (args.length != 1 || args[0].startsWith("-")) {
            System.err.println("usage: java -cp ... " + main + " READY_FILE   (the address is written there once it serves)");
            System.exit(2);
        }
        return Path.of(args[0]).toAbsolutePath();
    }

    /** Written under a temporary name and moved into place, so a reader never sees half an address. */
    static void announce(Path file, String address) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, List.of(address));
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
