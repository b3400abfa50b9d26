package org.feedgym.agents.recommender;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.feedgym.env.random.Seeds;
import org.feedgym.agents.DenseLayers;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The trained state of {@code two-tower}: the item inputs and the two towers.
 *
 * <ul>
 *   <li><b>Item input</b> x_j (length P = F + E): the item's fixed catalog features (F floats,
 *       possibly none) followed by its learned id embedding (E floats, possibly none).</li>
 *   <li><b>Towers</b>: two multilayer perceptrons of the same shape, P → hidden ReLU layers → D,
 *       one for users and one for items, each followed by L2 normalisation. They live in one
 *       SameDiff graph ({@link #graph()}), which also computes the training loss (see
 *       {@link TwoTowerTrainer}) and holds the id embeddings as the variable
 *       {@value #ID_EMBEDDING} (items × E), so that the graph alone carries every trained weight.</li>
 * </ul>
 *
 * <p>Weights are initialised here in plain Java (Xavier normal, zero biases; id embeddings normal
 * with standard deviation 1/√E) from a generator derived from the seed, never from ND4J's global
 * generator. Scoring runs in plain Java on copies of the weights ({@link #refresh()}): one user's
 * vector costs a few microseconds in arrays against ~150 µs for one ND4J call, and the item
 * vectors are computed once per fit. The scratch arrays make this class not thread-safe.
 */
final class TwoTowerNetwork {

    /** Placeholder: user inputs, B × P. */
    static final String USER_INPUT = "userInput";
    /** Placeholder: candidate item inputs, C × P. */
    static final String ITEM_INPUT = "itemInput";
    /** Placeholder: the logQ correction of each candidate, 1 × C (zeros when off). */
    static final String LOG_Q = "logQ";
    /** Placeholder: one-hot labels, B × C (row b has a 1 at its positive's column). */
    static final String LABELS = "labels";
    /** The normalised user vectors, B × D. */
    static final String USER_VECTOR = "userVector";
    /** The normalised candidate item vectors, C × D. */
    static final String ITEM_VECTOR = "itemVector";
    /** The mean softmax cross-entropy over the batch. */
    static final String LOSS = "loss";
    /** The variable holding the id embeddings, items × E (absent when E = 0). */
    static final String ID_EMBEDDING = "itemIdEmbedding";
    /** Added to the squared norm before the square root, so that a zero vector stays zero. */
    static final float NORM_EPSILON = 1e-12f;

    private final SameDiff graph;
    private final int items;
    private final int features;
    private final int idSize;
    private final int inputSize;
    private final int[] widths;
    private final float[] itemFeatures;
    private final float[] ids;
    private final List<String> towerVariables;

    // Plain-Java copies of the tower weights: [layer] → row-major nIn × nOut, and biases.
    private float[][] userWeights;
    private float[][] userBiases;
    private float[][] itemWeights;
    private float[][] itemBiases;
    private float[] itemVectors;
    private final float[] scratchA;
    private final float[] scratchB;
    private final float[] input;

    private TwoTowerNetwork(SameDiff graph, int items, int features, int idSize, int[] widths, float[] itemFeatures,
                            float[] ids, List<String> towerVariables) {
        this.graph = graph;
        this.items = items;
        this.features = features;
        this.idSize = idSize;
        this.inputSize = features + idSize;
        this.widths = widths;
        this.itemFeatures = itemFeatures;
        this.ids = ids;
        this.towerVariables = Collections.unmodifiableList(towerVariables);
        int max = 0;
        for (int w : widths) {
            max = Math.max(max, w);
        }
        this.scratchA = new float[max];
        this.scratchB = new float[max];
        this.input = new float[inputSize];
    }

    /**
     * A freshly initialised network.
     *
     * @param items         item count I (catalog or log)
     * @param itemFeatures  I × F catalog features, row-major (length 0 when F = 0); kept, not copied
     * @param features      F
     * @param parameters    sizes (embeddingSize, idEmbeddingSize, hiddenLayers) and temperature
     * @param seed          the seed of the initial weights
     */
    static TwoTowerNetwork create(int items, float[] itemFeatures, int features, TwoTowerParameters parameters,
                                  long seed) {
        int idSize = parameters.idEmbeddingSize();
        int inputSize = features + idSize;
        if (inputSize == 0) {
            throw new IllegalStateException("agent '" + TwoTowerAgent.TYPE + "' has no item input: without catalog"
                    + " features idEmbeddingSize must be >= 1");
        }
        if (items < 1) {
            throw new IllegalArgumentException("items must be >= 1, got " + items);
        }
        if (itemFeatures.length != (long) items * features) {
            throw new IllegalArgumentException("itemFeatures has " + itemFeatures.length + " values, expected "
                    + items + " × " + features);
        }
        int[] widths = new int[parameters.hiddenLayers().size() + 2];
        widths[0] = inputSize;
        for (int l = 0; l < parameters.hiddenLayers().size(); l++) {
            widths[l + 1] = parameters.hiddenLayers().get(l);
        }
        widths[widths.length - 1] = parameters.embeddingSize();

        RandomGenerator g = Seeds.generator(seed, "two-tower-init", 0);
        float[] ids = new float[items * idSize];
        double idSd = idSize == 0 ? 0 : 1 / Math.sqrt(idSize);
        for (int k = 0; k < ids.length; k++) {
            ids[k] = (float) (g.nextGaussian() * idSd);
        }
        SameDiff sd = SameDiff.create();
        List<String> vars = new ArrayList<>();
        SDVariable userIn = sd.placeHolder(USER_INPUT, DataType.FLOAT, -1, inputSize);
        SDVariable itemIn = sd.placeHolder(ITEM_INPUT, DataType.FLOAT, -1, inputSize);
        SDVariable logQ = sd.placeHolder(LOG_Q, DataType.FLOAT, 1, -1);
        SDVariable labels = sd.placeHolder(LABELS, DataType.FLOAT, -1, -1);
        SDVariable u = tower(sd, "user", userIn, widths, g, vars);
        SDVariable v = tower(sd, "item", itemIn, widths, g, vars);
        if (idSize > 0) {
            sd.var(ID_EMBEDDING, Nd4j.create(ids.clone(), new long[] {items, idSize}, 'c'));
        }
        SDVariable logits = sd.mmul(u, v, false, true, false).mul(1.0 / parameters.temperature()).sub(logQ);
        sd.loss().softmaxCrossEntropy(LOSS, labels, logits, null,
                org.nd4j.autodiff.loss.LossReduce.MEAN_BY_NONZERO_WEIGHT_COUNT, 0.0);
        sd.setLossVariables(LOSS);
        TwoTowerNetwork n = new TwoTowerNetwork(sd, items, features, idSize, widths, itemFeatures, ids, vars);
        n.refresh();
        return n;
    }

    /**
     * A network around an already trained graph (one made by {@link #create} and trained, or read
     * back after saving {@link #graph()}): the tower shapes and the id embeddings come from the
     * graph, the catalog features from the caller.
     *
     * @param graph        the trained graph
     * @param items        item count I the graph was trained for
     * @param itemFeatures I × F catalog features, as at training
     * @param features     F
     * @param parameters   the agent's parameters (their sizes must match the graph)
     * @throws IllegalArgumentException when a shape does not match
     */
    static TwoTowerNetwork install(SameDiff graph, int items, float[] itemFeatures, int features,
                                   TwoTowerParameters parameters) {
        Objects.requireNonNull(graph, "graph");
        int layers = parameters.hiddenLayers().size() + 1;
        int[] widths = new int[layers + 1];
        List<String> vars = new ArrayList<>();
        for (String tower : new String[] {"user", "item"}) {
            for (int l = 0; l < layers; l++) {
                INDArray w = graph.getArrForVarName(tower + "W" + l);
                if (w == null || graph.getArrForVarName(tower + "B" + l) == null) {
                    throw new IllegalArgumentException("graph has no layer " + l + " in the " + tower + " tower;"
                            + " parameters say " + layers + " layers");
                }
                widths[l] = (int) w.size(0);
                widths[l + 1] = (int) w.size(1);
                vars.add(tower + "W" + l);
                vars.add(tower + "B" + l);
            }
        }
        for (int l = 1; l < layers; l++) {
            if (widths[l] != parameters.hiddenLayers().get(l - 1)) {
                throw new IllegalArgumentException("graph's hidden layer " + (l - 1) + " has " + widths[l]
                        + " units; parameters.hiddenLayers says " + parameters.hiddenLayers());
            }
        }
        int idSize = parameters.idEmbeddingSize();
        if (widths[0] != features + idSize || widths[layers] != parameters.embeddingSize()) {
            throw new IllegalArgumentException("graph maps " + widths[0] + " inputs to " + widths[layers]
                    + "; parameters and features say " + (features + idSize) + " to " + parameters.embeddingSize());
        }
        float[] ids = new float[items * idSize];
        if (idSize > 0) {
            INDArray table = graph.getArrForVarName(ID_EMBEDDING);
            if (table == null || table.size(0) != items || table.size(1) != idSize) {
                throw new IllegalArgumentException("graph has no " + items + " × " + idSize + " " + ID_EMBEDDING);
            }
            System.arraycopy(table.dup('c').data().asFloat(), 0, ids, 0, ids.length);
        }
        TwoTowerNetwork n = new TwoTowerNetwork(graph, items, features, idSize, widths, itemFeatures, ids, vars);
        n.refresh();
        return n;
    }

    private static SDVariable tower(SameDiff sd, String name, SDVariable x, int[] widths, RandomGenerator g,
                                    List<String> vars) {
        SDVariable h = x;
        int layers = widths.length - 1;
        for (int l = 0; l < layers; l++) {
            int nIn = widths[l];
            int nOut = widths[l + 1];
            float[] w = new float[nIn * nOut];
            double sd0 = Math.sqrt(2.0 / (nIn + nOut));
            for (int k = 0; k < w.length; k++) {
                w[k] = (float) (g.nextGaussian() * sd0);
            }
            SDVariable weights = sd.var(name + "W" + l, Nd4j.create(w, new long[] {nIn, nOut}, 'c'));
            SDVariable bias = sd.var(name + "B" + l, Nd4j.zeros(DataType.FLOAT, 1, nOut));
            vars.add(weights.name());
            vars.add(bias.name());
            h = sd.mmul(h, weights).add(bias);
            if (l < layers - 1) {
                h = sd.nn().relu(h, 0);
            }
        }
        SDVariable norm = sd.math().sqrt(h.mul(h).sum(true, 1).add(NORM_EPSILON));
        return h.div(name + "Vector", norm);
    }

    /** The SameDiff graph: both towers, the loss and the id embeddings (shared, not copied). */
    SameDiff graph() {
        return graph;
    }

    /** The names of the tower variables (weights then bias per layer, user tower first). */
    List<String> towerVariables() {
        return towerVariables;
    }

    /** Whether a tower variable is a weight matrix (the L2 penalty applies) rather than a bias. */
    static boolean isWeightMatrix(String variable) {
        return variable.startsWith("userW") || variable.startsWith("itemW");
    }

    /** Item count I. */
    int items() {
        return items;
    }

    /** Catalog feature count F. */
    int features() {
        return features;
    }

    /** Id embedding length E. */
    int idSize() {
        return idSize;
    }

    /** Input length P = F + E. */
    int inputSize() {
        return inputSize;
    }

    /** Output length D. */
    int embeddingSize() {
        return widths[widths.length - 1];
    }

    /** The id embeddings, items × E row-major: the array training updates (shared, not copied). */
    float[] ids() {
        return ids;
    }

    /**
     * Adds {@code weight · x_item} to {@code out[offset .. offset + P)}.
     */
    void addInput(int item, float weight, float[] out, int offset) {
        int f = item * features;
        for (int k = 0; k < features; k++) {
            out[offset + k] += weight * itemFeatures[f + k];
        }
        int e = item * idSize;
        int o = offset + features;
        for (int k = 0; k < idSize; k++) {
            out[o + k] += weight * ids[e + k];
        }
    }

    /**
     * Writes into {@code out} (length D) the normalised user vector of a history: the user tower
     * applied to Σ a_k x_{item_k} with a_k = w_k / Σ|w| (all zeros when Σ|w| = 0).
     *
     * @param items   history items, any order
     * @param weights their signals
     * @param n       entries used
     */
    void userVector(int[] items, float[] weights, int n, float[] out) {
        java.util.Arrays.fill(input, 0f);
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += Math.abs(weights[k]);
        }
        if (total > 0) {
            for (int k = 0; k < n; k++) {
                // As in training (TwoTowerTrainer): float weights a_k, zero weights skipped.
                float a = (float) (weights[k] / total);
                if (a != 0f) {
                    addInput(items[k], a, input, 0);
                }
            }
        }
        forward(userWeights, userBiases, input, out, 0);
    }

    /** The normalised item vectors, items × D row-major (computed at {@link #refresh()}; not copied). */
    float[] itemVectors() {
        return itemVectors;
    }

    /** Dot product of {@code user} (length D) and item {@code i}'s vector: the cosine. */
    double score(float[] user, int item) {
        int d = embeddingSize();
        int o = item * d;
        double s = 0;
        for (int k = 0; k < d; k++) {
            s += user[k] * itemVectors[o + k];
        }
        return s;
    }

    /**
     * Copies the graph's tower weights into plain arrays, writes the id embeddings into the graph
     * and recomputes every item vector. Call after training changed the weights.
     */
    void refresh() {
        int layers = widths.length - 1;
        userWeights = new float[layers][];
        userBiases = new float[layers][];
        itemWeights = new float[layers][];
        itemBiases = new float[layers][];
        for (int l = 0; l < layers; l++) {
            userWeights[l] = graph.getArrForVarName("userW" + l).dup('c').data().asFloat();
            userBiases[l] = graph.getArrForVarName("userB" + l).dup('c').data().asFloat();
            itemWeights[l] = graph.getArrForVarName("itemW" + l).dup('c').data().asFloat();
            itemBiases[l] = graph.getArrForVarName("itemB" + l).dup('c').data().asFloat();
        }
        if (idSize > 0) {
            graph.getArrForVarName(ID_EMBEDDING).assign(Nd4j.create(ids, new long[] {items, idSize}, 'c'));
        }
        int d = embeddingSize();
        float[] vectors = new float[items * d];
        for (int i = 0; i < items; i++) {
            java.util.Arrays.fill(input, 0f);
            addInput(i, 1f, input, 0);
            forward(itemWeights, itemBiases, input, vectors, i * d);
        }
        itemVectors = vectors;
    }

    /** One tower in plain Java: ReLU hidden layers, linear output, L2 normalisation into out[offset..]. */
    private void forward(float[][] weights, float[][] biases, float[] x, float[] out, int offset) {
        float[] in = x;
        int layers = weights.length;
        for (int l = 0; l < layers; l++) {
            int nIn = widths[l];
            int nOut = widths[l + 1];
            float[] z = (l & 1) == 0 ? scratchA : scratchB;
            DenseLayers.forward(in, nIn, weights[l], biases[l], nOut, z, l < layers - 1);
            in = z;
        }
        int d = embeddingSize();
        float sq = 0f;
        for (int k = 0; k < d; k++) {
            sq += in[k] * in[k];
        }
        float norm = (float) Math.sqrt(sq + NORM_EPSILON);
        for (int k = 0; k < d; k++) {
            out[offset + k] = in[k] / norm;
        }
    }
}
