package org.feedgym.agents.rl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.random.RandomGenerator;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.rl4j.network.ac.ActorCriticLoss;
import org.deeplearning4j.util.ModelSerializer;
import org.feedgym.agents.DenseLayers;
import org.feedgym.env.random.Seeds;
import org.feedgym.env.ObservationBatch;
import org.nd4j.adapters.OutputAdapter;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * A DL4J multilayer perceptron from an observation vector to one output row (ReLU hidden layers,
 * Adam), with one of three output heads ({@link Head}): Q-values, one per action (the network of
 * DQN and N-step Q); a state value (A3C's value network); action probabilities (A3C's policy
 * network). Which one a network is shows in its head and in the name its agent saves it under
 * ({@code q}, {@code value}, {@code policy}).
 *
 * <p>Weights are initialised here in plain Java (Xavier: normal with standard deviation
 * {@code sqrt(2 / (fanIn + fanOut))}, zero biases) from a generator derived from the agent's seed
 * and handed to DL4J, so that ND4J's global random generator is never used. (Left to itself,
 * {@code MultiLayerNetwork.init()} reseeds and draws from {@code Nd4j.getRandom()}.)
 *
 * <p>Every call into ND4J is a mini-batch: rows of observation vectors in, rows of outputs out.
 * The outputs of a single observation ({@link #outputOne}) are computed in plain Java on a copy
 * of the weights instead, because one ND4J forward pass costs about 150 µs of native-call overhead
 * against a few µs of arithmetic; the copy is refreshed lazily after the weights change.
 * Not thread-safe.
 */
final class Mlp {

    /** Rows per forward pass when acting for a population; bounds the size of one ND4J call. */
    static final int MAX_ROWS_PER_PASS = 8192;

    private final MultiLayerNetwork net;
    private final int inputs;
    private final int outputs;
    /** Row-major (nIn × nOut) weights and the biases of each layer, or null when stale. */
    private float[][] javaWeights;
    private float[][] javaBiases;

    /** What the output layer computes. */
    enum Head {
        /** One Q-value per action: identity activation, mean squared error. */
        Q("q-network"),
        /** A state value (one output): identity activation, mean squared error. */
        VALUE("value-network"),
        /** Action probabilities: softmax activation, RL4J's actor-critic loss (policy gradient with entropy bonus). */
        POLICY("policy-network");

        /** The component the initial weights' seed is derived with; fixed, or new agents' weights change. */
        final String seedComponent;

        Head(String seedComponent) {
            this.seedComponent = seedComponent;
        }
    }

    private Mlp(MultiLayerNetwork net) {
        this.net = net;
        this.inputs = net.layerInputSize(0);
        this.outputs = net.layerSize(net.getnLayers() - 1);
    }

    /**
     * A freshly initialised network with the given output head.
     *
     * @param head         what the output layer computes
     * @param inputs       observation length
     * @param outputs      output width (K for Q and policy heads, 1 for a value head)
     * @param hidden       hidden layer sizes, input side first
     * @param learningRate Adam step size
     * @param seed         the seed of the initial weights (each head derives its own generator)
     */
    static Mlp create(Head head, int inputs, int outputs, List<Integer> hidden, double learningRate, long seed) {
        NeuralNetConfiguration.ListBuilder b = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(learningRate))
                .weightInit(WeightInit.XAVIER)
                .list();
        int nIn = inputs;
        for (int h : hidden) {
            b.layer(new DenseLayer.Builder().nIn(nIn).nOut(h).activation(Activation.RELU).build());
            nIn = h;
        }
        OutputLayer.Builder out = head == Head.POLICY
                ? new OutputLayer.Builder(new ActorCriticLoss()).activation(Activation.SOFTMAX)
                : new OutputLayer.Builder(LossFunctions.LossFunction.MSE).activation(Activation.IDENTITY);
        b.layer(out.nIn(nIn).nOut(outputs).build());
        MultiLayerConfiguration conf = b.build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        float[] initial = initialParameters(inputs, outputs, hidden, Seeds.derive(seed, head.seedComponent, 0));
        net.init(Nd4j.create(initial, new long[] {1, initial.length}, 'c'), false);
        return new Mlp(net);
    }

    private static int parameterCount(int inputs, int outputs, List<Integer> hidden) {
        long n = 0;
        int nIn = inputs;
        for (int h : hidden) {
            n += (long) nIn * h + h;
            nIn = h;
        }
        n += (long) nIn * outputs + outputs;
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("network too large: " + n + " parameters");
        }
        return (int) n;
    }

    /** DL4J's flattened layout: per layer the weights (nIn × nOut) then the nOut biases. */
    private static float[] initialParameters(int inputs, int outputs, List<Integer> hidden, long seed) {
        float[] p = new float[parameterCount(inputs, outputs, hidden)];
        RandomGenerator g = Seeds.generator(seed);
        int offset = 0;
        int nIn = inputs;
        for (int l = 0; l <= hidden.size(); l++) {
            int nOut = l < hidden.size() ? hidden.get(l) : outputs;
            double sd = Math.sqrt(2.0 / (nIn + nOut));
            for (int i = 0; i < nIn * nOut; i++) {
                p[offset++] = (float) (g.nextGaussian() * sd);
            }
            offset += nOut;
            nIn = nOut;
        }
        return p;
    }

    /** Reads a network written by {@link #save}. */
    static Mlp restore(Path file) throws IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IOException(file + ": the model file is missing");
        }
        try {
            return new Mlp(ModelSerializer.restoreMultiLayerNetwork(file.toFile(), true));
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": not a DL4J model file (" + e.getMessage() + ")", e);
        }
    }

    /** Writes the network, its configuration and the optimiser state as a DL4J model file. */
    void save(Path file) throws IOException {
        ModelSerializer.writeModel(net, file.toFile(), true);
    }

    /** The DL4J network (shared, not copied). */
    MultiLayerNetwork network() {
        return net;
    }

    int inputs() {
        return inputs;
    }

    /** The output width: K for the Q and policy heads, 1 for the value head. */
    int outputs() {
        return outputs;
    }

    /** The sizes of the hidden layers, input side first. */
    List<Integer> hiddenSizes() {
        List<Integer> sizes = new java.util.ArrayList<>();
        for (int l = 0; l < net.getnLayers() - 1; l++) {
            sizes.add((int) net.layerSize(l));
        }
        return sizes;
    }

    /** An independent copy (weights and optimiser state). */
    Mlp copy() {
        return new Mlp(net.clone());
    }

    /** Overwrites this network's weights with {@code other}'s. */
    void copyWeightsFrom(Mlp other) {
        net.setParams(other.net.params());
        javaWeights = null;
    }

    /** For example {@code MLP 79-64-64-10 (ReLU, Adam), 10,250 parameters}. */
    String describe() {
        StringBuilder sb = new StringBuilder("MLP ").append(inputs);
        for (int l = 0; l < net.getnLayers(); l++) {
            sb.append('-').append(net.layerSize(l));
        }
        return sb.append(" (ReLU, Adam), ").append(String.format("%,d", net.numParams())).append(" parameters")
                .toString();
    }

    /**
     * The outputs of {@code n} observations in one forward pass.
     *
     * @param rows row-major n × inputs; exactly {@code n * inputs} long
     * @return row-major n × outputs
     */
    float[] output(float[] rows, int n) {
        return output(Nd4j.create(rows, new long[] {n, inputs}, 'c'), n);
    }

    /**
     * The outputs of the {@code n} rows of {@code x} in one forward pass. The output is copied out of
     * DL4J's output workspace (an {@code OutputAdapter}) instead of being detached into a new
     * off-heap array, which spares the garbage collector one native buffer per call.
     */
    float[] output(INDArray x, int n) {
        return net.output(x, null, null, (OutputAdapter<float[]>) out -> rowMajor(out[0], n));
    }

    /** Fits one mini-batch and returns the loss (DL4J's score: mean squared error over outputs). */
    double fit(float[] rows, float[] labels, int n) {
        return fit(Nd4j.create(rows, new long[] {n, inputs}, 'c'), Nd4j.create(labels, new long[] {n, outputs}, 'c'));
    }

    /** Fits one mini-batch ({@code x}: n × inputs, {@code y}: n × outputs) and returns the loss. */
    double fit(INDArray x, INDArray y) {
        return fit(x, y, null);
    }

    /**
     * As {@link #fit(INDArray, INDArray)}, with a per-output label mask (n × outputs, 1 where an
     * output has a target, 0 where it is left out of the loss and the gradient), or null for none.
     */
    double fit(INDArray x, INDArray y, INDArray labelMask) {
        net.fit(x, y, null, labelMask);
        javaWeights = null;
        return net.score();
    }

    /**
     * The outputs of one observation, computed in plain Java on a copy of the network's weights
     * (equal to {@link #output} up to float rounding).
     */
    float[] outputOne(float[] x) {
        if (javaWeights == null) {
            copyWeightsToJava();
        }
        float[] h = x;
        int layers = javaWeights.length;
        for (int l = 0; l < layers; l++) {
            int nOut = javaBiases[l].length;
            float[] z = new float[nOut];
            DenseLayers.forward(h, h.length, javaWeights[l], javaBiases[l], nOut, z, l < layers - 1);
            h = z;
        }
        return h;
    }

    private void copyWeightsToJava() {
        int layers = net.getnLayers();
        float[][] w = new float[layers][];
        float[][] b = new float[layers][];
        for (int l = 0; l < layers; l++) {
            w[l] = net.getLayer(l).getParam("W").dup('c').data().asFloat();
            b[l] = net.getLayer(l).getParam("b").dup('c').data().asFloat();
        }
        javaBiases = b;
        javaWeights = w;
    }

    /**
     * The values of an n × outputs array in row-major order. ({@code INDArray.toFloatMatrix()}
     * costs one native call per row: about 1.7 ms for 64 rows, more than the forward pass.)
     */
    private float[] rowMajor(INDArray out, int n) {
        INDArray c = out.ordering() == 'c' && !out.isView() && out.data().length() == (long) n * outputs
                ? out : out.dup('c');
        return c.data().asFloat();
    }

    /**
     * Copies {@code values} into the float array {@code target} (same length, row-major, not a
     * view) in one native copy. ND4J's {@code DataBuffer.setData(float[])} puts one element at a
     * time through an indexer; for a 512-row batch that was the largest Java-side cost of a
     * vectorised DQN update.
     */
    static void load(INDArray target, float[] values) {
        org.nd4j.linalg.api.buffer.DataBuffer data = target.data();
        if (data.dataType() == DataType.FLOAT && data.length() == values.length && !target.isView()
                && data.addressPointer() instanceof org.bytedeco.javacpp.FloatPointer pointer) {
            pointer.put(values, 0, values.length);
        } else {
            data.setData(values);
        }
    }

    /** Index of the largest of {@code q[from .. from+count)}; ties go to the lowest index. */
    static int argmax(float[] q, int from, int count) {
        int best = 0;
        float bestValue = q[from];
        for (int a = 1; a < count; a++) {
            if (q[from + a] > bestValue) {
                bestValue = q[from + a];
                best = a;
            }
        }
        return best;
    }

    /**
     * The greedy action of every active user: one forward pass over the active users'
     * observation vectors (in passes of at most {@link #MAX_ROWS_PER_PASS} rows).
     */
    void greedy(ObservationBatch batch, int[] actionsOut) {
        greedy(batch, actionsOut, null);
    }

    /**
     * As {@link #greedy(ObservationBatch, int[])}, also writing each active user's Q-values into
     * {@code qOut} (N × K row-major) when it is given.
     */
    void greedy(ObservationBatch batch, int[] actionsOut, double[] qOut) {
        int n = batch.users();
        int dim = batch.dimension();
        if (dim != inputs || batch.candidateCount() != outputs) {
            throw new IllegalArgumentException("observations are " + dim + " long with " + batch.candidateCount()
                    + " candidates; this network takes " + inputs + " inputs and scores " + outputs + " actions");
        }
        int[] rows = new int[n];
        int active = 0;
        for (int u = 0; u < n; u++) {
            if (batch.active(u)) {
                rows[active++] = u;
            }
        }
        for (int from = 0; from < active; from += MAX_ROWS_PER_PASS) {
            int m = Math.min(MAX_ROWS_PER_PASS, active - from);
            float[] x = new float[m * dim];
            for (int i = 0; i < m; i++) {
                batch.copyVector(rows[from + i], x, i * dim);
            }
            float[] q = output(x, m);
            for (int i = 0; i < m; i++) {
                actionsOut[rows[from + i]] = argmax(q, i * outputs, outputs);
                if (qOut != null) {
                    for (int a = 0; a < outputs; a++) {
                        qOut[rows[from + i] * outputs + a] = q[i * outputs + a];
                    }
                }
            }
        }
    }
}
