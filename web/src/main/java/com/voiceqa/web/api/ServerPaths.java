package com.voiceqa.web.api;

import com.voiceqa.web.config.VoiceQaProperties;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the server's directories out of messages users see: a file name in an exception (a rejected upload, a
 * recording that could not be read) would otherwise tell anyone who can log in where the data lives. Every API error
 * and every stored call failure passes through {@link #redact}; the server log keeps the full paths.
 */
@Component
public class ServerPaths {

    /** Directory → what users see instead, most specific first (the data directory may lie under the home). */
    private final Map<String, String> replacements = new LinkedHashMap<>();

    public ServerPaths(VoiceQaProperties properties) {
        Map<String, String> dirs = new LinkedHashMap<>();
        dirs.put(properties.dataPath().toString(), "<data>");
        if (properties.modelPath() != null) {
            dirs.put(properties.modelPath().toString(), "<model>");
        }
        dirs.put(properties.sharedPath().toString(), "<shared>");
        dirs.put(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString(), "<tmp>");
        dirs.put(Path.of("").toAbsolutePath().toString(), "<working dir>");
        dirs.put(System.getProperty("user.home"), "~");
        dirs.entrySet().stream().filter(e -> e.getKey().length() > 1)
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .forEach(e -> replacements.putIfAbsent(e.getKey(), e.getValue()));
    }

    /** The message with every server directory replaced by a placeholder such as {@code <data>}. */
    public String redact(String message) {
        if (message == null) {
            return null;
        }
        String redacted = message;
        for (Map.Entry<String, String> dir : replacements.entrySet()) {
            redacted = redacted.replace(dir.getKey(), dir.getValue());
        }
        return redacted;
    }
}
