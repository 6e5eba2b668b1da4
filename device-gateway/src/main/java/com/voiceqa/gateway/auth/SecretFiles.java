package com.voiceqa.gateway.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/** The one check for files holding secrets (device lists, keys): only their owner may read them. */
public final class SecretFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private SecretFiles() {
    }

    /**
     * The file's permissions (e.g. {@code rw-r--r--}) when users other than its owner may access it; empty when it is
     * owner-only, or on a file system without POSIX permissions.
     */
    public static Optional<String> exposedPermissions(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return OWNER_ONLY.containsAll(permissions)
                    ? Optional.empty() : Optional.of(PosixFilePermissions.toString(permissions));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}
