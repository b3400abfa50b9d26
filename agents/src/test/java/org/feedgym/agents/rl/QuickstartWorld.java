package org.feedgym.agents.rl;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.feedgym.env.world.WorldConfig;

/**
 * The world of {@code experiments/quickstart.json}, read from that file so that the tests train
 * and evaluate on exactly the world users run (the simulator's config loader is not reachable
 * from {@code agents}: its "world" object is bound to {@link WorldConfig} with Jackson here, as
 * the loader binds it, unknown keys rejected).
 */
final class QuickstartWorld {

    private QuickstartWorld() {
    }

    /** The parsed {@code world} object of {@code experiments/quickstart.json}. */
    static WorldConfig config() {
        Path file = locate();
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            JsonNode world = mapper.readTree(file.toFile()).get("world");
            if (world == null) {
                throw new IllegalStateException(file + " has no \"world\" object");
            }
            return mapper.treeToValue(world, WorldConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Surefire runs in the module's folder; the experiments folder is its sibling. */
    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("experiments").resolve("quickstart.json");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("experiments/quickstart.json not found above " + Path.of("").toAbsolutePath());
    }
}
