package org.feedgym.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.feedgym.env.data.DataPaths;
import org.feedgym.env.data.DatasetRegistry;
import org.feedgym.env.data.MappedLog;
import org.feedgym.env.world.CatalogConfig;
import org.feedgym.simulator.config.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The README's two column mappings ("Your own log") parse as configs and read the real files they name. */
class ReadmeLogExamplesTest {

    private static List<CatalogConfig> examples() throws IOException {
        String readme = Files.readString(StudyRuns.EXPERIMENTS.resolve("..").resolve("README.md"));
        String section = readme.substring(readme.indexOf("### Your own log"), readme.indexOf("## Running on a cluster"));
        Matcher m = Pattern.compile("```json\\n(\"catalog\": \\{.*?\\n\\})\\n```", Pattern.DOTALL).matcher(section);
        ObjectMapper mapper = Json.strictMapper();
        List<CatalogConfig> out = new ArrayList<>();
        while (m.find()) {
            JsonNode catalog = mapper.readTree("{" + m.group(1) + "}").get("catalog");
            out.add(mapper.treeToValue(catalog, CatalogConfig.class));
        }
        return out;
    }

    private static List<Integer> countsOf(MappedLog log) {
        int likes = 0;
        int hates = 0;
        for (int r = 0; r < log.size(); r++) {
            likes += log.signal("like", r) ? 1 : 0;
            hates += log.signal("hate", r) ? 1 : 0;
        }
        return List.of(log.size(), log.userCount(), log.itemCount(), likes, hates);
    }

    @Test
    void theKuaiRandAndMovieLensMappingsReadTheirFiles() throws IOException {
        List<CatalogConfig> examples = examples();
        assertEquals(2, examples.size(), "two examples in the README section");
        assertTrue(examples.stream().allMatch(c -> c.type().equals("log")));
        Assumptions.assumeTrue(DataPaths.root().isPresent(), "shared/data not found: real-data test skipped");
        assertEquals(List.of(41_828, 664, 9_359, 33_745, 8_083),
                countsOf(DatasetRegistry.builtIn().readLog(examples.get(0))));
        MappedLog ratings = DatasetRegistry.builtIn().readLog(examples.get(1));
        assertEquals(List.of(100_836, 610, 9_724), countsOf(ratings).subList(0, 3));
    }
}
