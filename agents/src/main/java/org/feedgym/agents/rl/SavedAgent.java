package org.feedgym.agents.rl;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.SavableAgent;

/**
 * The on-disk form of the agents of this package: {@value SavableAgent#DESCRIPTION_FILE} and one
 * DL4J model file per network (weights, configuration and optimiser state). The description:
 * <pre>{@code
 * {"format": 1, "type": "double-dqn", "parameters": {...every parameter...},
 *  "context": {"candidateCount": 10, "observationDimension": 79, "userFeatureCount": 19, "seed": 7},
 *  "trainedSteps": 15000,
 *  "networks": {"q": {"file": "q-network.zip", "summary": "MLP 79-64-64-10 (ReLU, Adam), 9,930 parameters"}}}
 * }</pre>
 */
final class SavedAgent {

    /** Version of the description format. */
    static final int FORMAT = 1;

    private SavedAgent() {
    }

    /** One network file of a saved agent. */
    record NetworkFile(String file, String summary) {
    }

    /** The description file's content. */
    record Description(int format, String type, JsonNode parameters, AgentContext context, long trainedSteps,
                       Map<String, NetworkFile> networks) {
    }

    /** A saved agent read back. */
    record Loaded<P>(String type, P parameters, AgentContext context, long trainedSteps, Map<String, QNetwork> networks) {
    }

    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    /** Writes the networks as {@code <name>-network.zip} and the description. */
    static void write(Path dir, String type, Object parameters, AgentContext context, long trainedSteps,
                      Map<String, QNetwork> networks) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper mapper = mapper();
        Map<String, NetworkFile> files = new LinkedHashMap<>();
        for (Map.Entry<String, QNetwork> e : networks.entrySet()) {
            String file = e.getKey() + "-network.zip";
            e.getValue().save(dir.resolve(file));
            files.put(e.getKey(), new NetworkFile(file, e.getValue().describe()));
        }
        Description d = new Description(FORMAT, type, mapper.valueToTree(parameters), context, trainedSteps, files);
        mapper.writeValue(dir.resolve(SavableAgent.DESCRIPTION_FILE).toFile(), d);
    }

    /**
     * Reads a saved agent.
     *
     * @param types           the types the caller can load
     * @param parametersClass the parameter record of those types
     * @param networkNames    the networks the caller needs
     * @param outputs         the networks needed and the output width each must have, given the
     *                        saved type and context (checked against the model files)
     * @throws IOException naming the file and what is wrong with it
     */
    static <P> Loaded<P> read(Path dir, Set<String> types, Class<P> parametersClass,
                              BiFunction<String, AgentContext, Map<String, Integer>> outputs) throws IOException {
        Path file = dir.resolve(SavableAgent.DESCRIPTION_FILE);
        ObjectMapper mapper = mapper();
        Description d;
        P parameters;
        try {
            d = mapper.readValue(file.toFile(), Description.class);
            if (d.format() != FORMAT) {
                throw new IOException(file + ": format must be " + FORMAT + ", got " + d.format());
            }
            if (!types.contains(d.type())) {
                throw new IOException(file + ": type must be one of " + types + ", got '" + d.type() + "'");
            }
            if (d.parameters() == null || d.context() == null || d.networks() == null) {
                throw new IOException(file + ": parameters, context and networks are required");
            }
            parameters = mapper.treeToValue(d.parameters(), parametersClass);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) {
                throw e;
            }
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Map<String, QNetwork> networks = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> want : outputs.apply(d.type(), d.context()).entrySet()) {
            NetworkFile nf = d.networks().get(want.getKey());
            if (nf == null || nf.file() == null) {
                throw new IOException(file + ": networks." + want.getKey() + " is missing");
            }
            Path networkFile = dir.resolve(nf.file());
            QNetwork net = QNetwork.restore(networkFile);
            if (net.inputs() != d.context().observationDimension() || net.actions() != want.getValue()) {
                throw new IOException(networkFile + ": the network takes " + net.inputs() + " inputs and has "
                        + net.actions() + " outputs; expected " + d.context().observationDimension() + " and "
                        + want.getValue());
            }
            networks.put(want.getKey(), net);
        }
        return new Loaded<>(d.type(), parameters, d.context(), d.trainedSteps(), networks);
    }
}
