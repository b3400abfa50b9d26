package org.feedgym.agents.rl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.feedgym.agents.AgentContext;
import org.feedgym.agents.SavableAgent;
import org.feedgym.agents.registry.AgentFiles;

/**
 * The saved form of the agents of this package: the shared {@link AgentFiles} description whose
 * state names one DL4J model file per network (weights, configuration and optimiser state):
 * <pre>{@code
 * "state": {"trainedSteps": 15000,
 *           "networks": {"q": {"file": "q-network.zip", "summary": "MLP 79-64-64-10 (ReLU, Adam), 9,930 parameters"}}}
 * }</pre>
 */
final class SavedAgent {

    private SavedAgent() {
    }

    /** One network file of a saved agent. */
    record NetworkFile(String file, String summary) {
    }

    /** The state of {@value SavableAgent#DESCRIPTION_FILE}. */
    record State(long trainedSteps, Map<String, NetworkFile> networks) {
    }

    /** A saved agent read back. */
    record Loaded<P>(String type, P parameters, AgentContext context, long trainedSteps, Map<String, Mlp> networks) {
    }

    /** Writes the networks as {@code <name>-network.zip}, then the description. */
    static void write(Path dir, String type, Object parameters, AgentContext context, long trainedSteps,
                      Map<String, Mlp> networks) throws IOException {
        Files.createDirectories(dir);
        Map<String, NetworkFile> files = new LinkedHashMap<>();
        for (Map.Entry<String, Mlp> e : networks.entrySet()) {
            String file = e.getKey() + "-network.zip";
            e.getValue().save(dir.resolve(file));
            files.put(e.getKey(), new NetworkFile(file, e.getValue().describe()));
        }
        AgentFiles.write(dir, type, parameters, context, new State(trainedSteps, files));
    }

    /**
     * Reads a saved agent.
     *
     * @param types           the types the caller can load
     * @param parametersClass the parameter record of those types
     * @param loading         the context of the world the agent is loaded into
     * @param hiddenLayers    the hidden layer sizes the parameters give every network
     * @param outputs         the networks needed and the output width each must have, given the
     *                        saved type and context (checked against the model files)
     * @throws IOException naming the file and what is wrong with it
     */
    static <P> Loaded<P> read(Path dir, Set<String> types, Class<P> parametersClass, AgentContext loading,
                              Function<P, List<Integer>> hiddenLayers,
                              BiFunction<String, AgentContext, Map<String, Integer>> outputs) throws IOException {
        AgentFiles.Saved<P, State> d = AgentFiles.read(dir, types, parametersClass, State.class, loading);
        Path file = dir.resolve(SavableAgent.DESCRIPTION_FILE);
        if (d.state().trainedSteps() < 0) {
            throw new IOException(file + ": $.state.trainedSteps must be >= 0, got " + d.state().trainedSteps());
        }
        List<Integer> hidden = hiddenLayers.apply(d.parameters());
        if (d.state().networks() == null) {
            throw new IOException(file + ": $.state.networks is required");
        }
        Map<String, Mlp> networks = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> want : outputs.apply(d.type(), d.context()).entrySet()) {
            NetworkFile nf = d.state().networks().get(want.getKey());
            if (nf == null || nf.file() == null) {
                throw new IOException(file + ": $.state.networks." + want.getKey() + " is missing");
            }
            Path networkFile = dir.resolve(nf.file());
            Mlp net = Mlp.restore(networkFile);
            if (net.inputs() != d.context().observationDimension() || net.outputs() != want.getValue()) {
                throw new IOException(networkFile + ": the network takes " + net.inputs() + " inputs and has "
                        + net.outputs() + " outputs; expected " + d.context().observationDimension() + " and "
                        + want.getValue());
            }
            if (!net.hiddenSizes().equals(hidden)) {
                throw new IOException(networkFile + ": the network's hidden layers are " + net.hiddenSizes()
                        + "; $.parameters.hiddenLayers in " + file + " says " + hidden);
            }
            networks.put(want.getKey(), net);
        }
        return new Loaded<>(d.type(), d.parameters(), d.context(), d.state().trainedSteps(), networks);
    }
}
