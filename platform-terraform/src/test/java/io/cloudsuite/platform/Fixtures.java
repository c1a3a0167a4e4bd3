package io.cloudsuite.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * HCL snippets under src/test/resources/fixtures. They end in .tf.txt so that neither terraform fmt nor the
 * checks of the real tree pick them up; tests parse them, or copy them into a temporary tree as .tf.
 */
final class Fixtures {

    private Fixtures() {}

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Hcl.TfFile tf(String name) {
        return Hcl.parse(name, text(name));
    }

    static void copy(String name, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
