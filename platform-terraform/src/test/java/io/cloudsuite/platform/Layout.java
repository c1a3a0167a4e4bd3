package io.cloudsuite.platform;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the checks run: Maven starts tests in the module directory (platform-terraform), the repository is its parent. */
final class Layout {

    private Layout() {}

    static Path terraformDir() {
        Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .toAbsolutePath()
                .normalize();
        if (!Files.isDirectory(dir.resolve("stacks")) || !Files.isDirectory(dir.resolve("modules"))) {
            throw new IllegalStateException(
                    dir + " is not platform-terraform (no stacks/ and modules/): run the tests from Maven");
        }
        return dir;
    }

    static Path repoRoot() {
        return terraformDir().getParent();
    }
}
