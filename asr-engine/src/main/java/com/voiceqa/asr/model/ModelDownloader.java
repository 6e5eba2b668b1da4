package com.voiceqa.asr.model;

import com.voiceqa.asr.ProgressListener;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Downloads a model zip (http, https or file URL), unpacks it next to the cache, verifies every file against the
 * model's manifest and only then moves it into place, so the cache never holds a partial or unverified model.
 */
public final class ModelDownloader {

    /** Models are tens to a few hundred MB; anything much larger is not a model and would fill the disk. */
    static final long MAX_BYTES = 4L << 30;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(15))
            .build();

    /**
     * Installs {@code spec} as {@code cacheRoot/<name>} and returns that directory.
     *
     * @param progress bytes downloaded so far and the total (0 when the server does not say)
     */
    public Path install(ModelSpec spec, Path cacheRoot, ProgressListener progress) {
        Path target = cacheRoot.resolve(spec.name());
        Path work = null;
        try {
            Files.createDirectories(cacheRoot);
            work = Files.createTempDirectory(cacheRoot, "." + spec.name() + "-download-");
            Path zip = work.resolve("model.zip");
            download(spec.url(), zip, progress);
            Path unpacked = work.resolve("unpacked");
            unzip(zip, unpacked);
            Path root = modelRoot(unpacked, spec);
            spec.manifest().verify(root, ProgressListener.NONE);
            try {
                Files.move(root, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                // another process installed the same model meanwhile; theirs is verified too
            }
            return target;
        } catch (IOException e) {
            throw new ModelException("could not install the speech model " + spec.name() + " from " + spec.url()
                    + ": " + e + ". " + ModelResolver.HOW_TO_GET_A_MODEL, e);
        } finally {
            if (work != null) {
                deleteRecursively(work);
            }
        }
    }

    private void download(URI url, Path zip, ProgressListener progress) throws IOException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase();
        switch (scheme) {
            case "file" -> {
                Path source = Path.of(url);
                try (InputStream in = Files.newInputStream(source)) {
                    copy(in, zip, Files.size(source), progress);
                }
            }
            case "http", "https" -> {
                HttpResponse<InputStream> response;
                try {
                    response = http.send(HttpRequest.newBuilder(url).GET().build(),
                            HttpResponse.BodyHandlers.ofInputStream());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("download interrupted", e);
                }
                try (InputStream in = response.body()) {
                    if (response.statusCode() != 200) {
                        throw new IOException("the server answered HTTP " + response.statusCode());
                    }
                    long length = response.headers().firstValueAsLong("Content-Length").orElse(0);
                    copy(in, zip, length, progress);
                }
            }
            default -> throw new IOException("unsupported URL scheme '" + scheme + "' (use https, http or file)");
        }
    }

    private static void copy(InputStream in, Path zip, long total, ProgressListener progress) throws IOException {
        if (total > MAX_BYTES) {
            throw new IOException("the download is " + total + " bytes, more than any speech model");
        }
        byte[] buffer = new byte[1 << 16];
        long done = 0;
        try (OutputStream out = Files.newOutputStream(zip)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                done += n;
                if (done > MAX_BYTES) {
                    throw new IOException("the download exceeds " + MAX_BYTES + " bytes, more than any speech model");
                }
                progress.progress(done, total);
            }
        }
        progress.progress(done, total > 0 ? total : done);
    }

    /** Unpacks a zip, refusing entries that would land outside {@code dir} (zip slip) and runaway sizes. */
    static void unzip(Path zip, Path dir) throws IOException {
        Files.createDirectories(dir);
        long written = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = dir.resolve(entry.getName()).normalize();
                if (!out.startsWith(dir)) {
                    throw new IOException("the zip entry " + entry.getName() + " points outside the model folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                written += Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                if (written > MAX_BYTES) {
                    throw new IOException("the zip unpacks to more than " + MAX_BYTES + " bytes");
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new IOException("the download is not a valid zip file (" + e.getMessage() + ")", e);
        }
    }

    /** The unpacked folder that holds am/: the zip's root or its single top-level folder. */
    private static Path modelRoot(Path unpacked, ModelSpec spec) throws IOException {
        if (Files.isDirectory(unpacked.resolve("am"))) {
            return unpacked;
        }
        try (Stream<Path> children = Files.list(unpacked)) {
            return children.filter(p -> Files.isDirectory(p.resolve("am"))).findFirst()
                    .orElseThrow(() -> new ModelException("the zip from " + spec.url() + " holds no Vosk model "
                            + "(no am/ folder); check the model URL"));
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // leftover temporary files in the cache folder are harmless; the next download uses a new folder
        }
    }
}
