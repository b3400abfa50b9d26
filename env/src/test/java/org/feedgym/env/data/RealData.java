package org.feedgym.env.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates a real dataset folder, or skips the calling test with the reason. */
final class RealData {

    private RealData() {
    }

    static Path folder(String name) {
        Path root = DataPaths.root().orElse(null);
        assumeTrue(root != null, "shared/data not found (set -D" + DataPaths.PROPERTY + " or "
                + DataPaths.VARIABLE + "): real-data test skipped");
        Path dir = root.resolve(name);
        assumeTrue(Files.isDirectory(dir), dir + " is absent: real-data test skipped");
        return dir;
    }
}
