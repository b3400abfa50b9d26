package org.feedgym.agents.recommender;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.feedgym.agents.TrainingDivergedException;
import org.feedgym.agents.TrainingLog;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.env.random.Seeds;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Trains a {@link TwoTowerNetwork} on a log with the sampled softmax of Yi et al. 2019
 * ("Sampling-bias-corrected neural modeling for large corpus item recommendations", RecSys).
 *
 * <p><b>Examples.</b> Every row whose signal reaches the positive threshold is one example: user
 * u, positive item i, and as u's input the signal-weighted mean of the inputs of the
 * {@code history} rows of u just before it (the log is in time order per user), so the model
 * learns to predict what a user meets next from what came before, as it is used.
 *
 * <p><b>Batches.</b> B examples (shuffled each epoch) and C candidates: the batch's distinct
 * positive items (the in-batch negatives of every other row) and {@code negatives} items drawn
 * uniformly from all items (mixed negative sampling, Yang et al. 2020), duplicates merged so that
 * no row has its own positive as a negative. The loss is the mean over rows of
 * <pre>{@code
 *   −log softmax_c( cos(u_b, v_c)/τ − log q_c )[positive of b]
 * }</pre>
 * with q_c the chance that item c is among a batch's candidates (from its share of positives and
 * the uniform draw; 1 when {@code logQCorrection} is off).
 *
 * <p><b>Computation.</b> ND4J sees only mini-batches: the user and candidate inputs (B × P and C ×
 * P) are assembled in plain Java and the SameDiff graph returns the loss, the towers' gradients
 * and the gradients with respect to both inputs. The towers are updated by ND4J's Adam; the id
 * embeddings, a large table of which a batch touches few rows, by a lazy (sparse) Adam in plain
 * Java that updates only the touched rows, as TensorFlow's LazyAdam does. (SameDiff's gather and
 * its scatter-add gradient cost about 2 µs per row on one core here, over 20 ms per batch for the
 * histories alone; the arithmetic in Java costs well under one.) Same seed, same weights.
 */
final class TwoTowerTrainer {

    private static final double BETA1 = Adam.DEFAULT_ADAM_BETA1_MEAN_DECAY;
    private static final double BETA2 = Adam.DEFAULT_ADAM_BETA2_VAR_DECAY;
    private static final double EPSILON = Adam.DEFAULT_ADAM_EPSILON;

    private final TwoTowerParameters parameters;
    private final long seed;

    /**
     * @param parameters validated parameters
     * @param seed       the seed of initialisation, shuffling and negative sampling
     */
    TwoTowerTrainer(TwoTowerParameters parameters, long seed) {
        this.parameters = parameters;
        this.seed = seed;
    }

    /** The positive threshold used on {@code log}: the parameter, or the log's mean signal. */
    double threshold(InteractionLog log) {
        return parameters.positiveThreshold() != null ? parameters.positiveThreshold() : log.meanSignal();
    }

    /**
     * Fits a fresh network to {@code log}, recording one point per epoch: step = examples so far,
     * episode = epoch, return = NaN, loss = the epoch's mean loss.
     *
     * @param items        item count I (at least the log's)
     * @param itemFeatures I × F catalog features
     * @param features     F
     * @throws TrainingDivergedException when a batch's loss is NaN or infinite
     * @throws IllegalStateException     when no row reaches the positive threshold
     */
    TwoTowerNetwork fit(InteractionLog log, int items, float[] itemFeatures, int features, TrainingLog trainingLog)
            throws TrainingDivergedException {
        double threshold = threshold(log);
        int[] examples = positives(log, threshold);
        if (examples.length == 0) {
            throw new IllegalStateException("agent '" + TwoTowerAgent.TYPE + "': no training row has a signal >= "
                    + threshold + " (positiveThreshold); nothing to learn from");
        }
        TwoTowerNetwork net = TwoTowerNetwork.create(items, itemFeatures, features, parameters,
                Seeds.derive(seed, "two-tower-network", 0));
        new Run(log, net, examples).epochs(trainingLog);
        net.refresh();
        return net;
    }

    /** Rows with signal &ge; threshold, in log order. */
    static int[] positives(InteractionLog log, double threshold) {
        int[] rows = new int[log.size()];
        int n = 0;
        for (int r = 0; r < log.size(); r++) {
            if (log.signal(r) >= threshold) {
                rows[n++] = r;
            }
        }
        return Arrays.copyOf(rows, n);
    }

    /** One training run: the batch buffers, the optimiser state and the loop. */
    private final class Run {
        private final InteractionLog log;
        private final TwoTowerNetwork net;
        private final int[] examples;
        private final int items;
        private final int p;
        private final int f;
        private final int e;
        private final int batch;
        private final int history;
        private final float[] logQ;
        private final Map<String, GradientUpdater> updaters = new HashMap<>();
        private final List<String> gradientNames = new ArrayList<>();
        private final float[] m;
        private final float[] v;
        private final float[] idGradient;
        private final boolean[] touched;
        private final int[] touchedList;
        private final int[] column;
        private final int[] candidates;
        private final int[] label;
        private final int[] historyStart;
        private final double[] historyTotal;
        private final RandomGenerator shuffle = Seeds.generator(seed, "two-tower-shuffle", 0);
        private final RandomGenerator negativeDraws = Seeds.generator(seed, "two-tower-negatives", 0);
        private int iteration;

        Run(InteractionLog log, TwoTowerNetwork net, int[] examples) {
            this.log = log;
            this.net = net;
            this.examples = examples.clone();
            this.items = net.items();
            this.p = net.inputSize();
            this.f = net.features();
            this.e = net.idSize();
            this.batch = Math.min(parameters.batchSize(), examples.length);
            this.history = parameters.history();
            this.logQ = logQ();
            Adam adam = new Adam(parameters.learningRate(), BETA1, BETA2, EPSILON);
            for (String name : net.towerVariables()) {
                INDArray w = net.graph().getArrForVarName(name);
                GradientUpdater u = new AdamUpdater(adam);
                u.setStateViewArray(Nd4j.zeros(DataType.FLOAT, 1, 2 * w.length()), w.shape(), w.ordering(), true);
                updaters.put(name, u);
                gradientNames.add(name);
            }
            gradientNames.add(TwoTowerNetwork.USER_INPUT);
            gradientNames.add(TwoTowerNetwork.ITEM_INPUT);
            net.graph().createGradFunction(TwoTowerNetwork.USER_INPUT, TwoTowerNetwork.ITEM_INPUT);
            this.m = new float[items * e];
            this.v = new float[items * e];
            this.idGradient = new float[items * e];
            this.touched = new boolean[items];
            this.touchedList = new int[items];
            this.column = new int[items];
            Arrays.fill(column, -1);
            this.candidates = new int[batch + parameters.negatives()];
            this.label = new int[batch];
            this.historyStart = new int[batch];
            this.historyTotal = new double[batch];
        }

        /**
         * log q_j for every item: the chance that j is among a batch's candidates, from the chance
         * that one of B positives drawn from the examples is j and that one of the N uniform
         * draws is j (zeros when the correction is off).
         */
        private float[] logQ() {
            float[] q = new float[items];
            if (!parameters.logQCorrection()) {
                return q;
            }
            int[] count = new int[items];
            for (int r : examples) {
                count[log.item(r)]++;
            }
            double missUniform = Math.pow(1 - 1.0 / items, parameters.negatives());
            for (int j = 0; j < items; j++) {
                double missInBatch = Math.pow(1 - (double) count[j] / examples.length, batch);
                double hit = 1 - missInBatch * missUniform;
                // An item that is never a positive and never drawn (N = 0) is never a candidate.
                q[j] = hit > 0 ? (float) Math.log(hit) : 0f;
            }
            return q;
        }

        void epochs(TrainingLog trainingLog) throws TrainingDivergedException {
            long steps = 0;
            for (int epoch = 0; epoch < parameters.epochs(); epoch++) {
                for (int r = examples.length - 1; r > 0; r--) {
                    int j = shuffle.nextInt(r + 1);
                    int t = examples[r];
                    examples[r] = examples[j];
                    examples[j] = t;
                }
                double lossSum = 0;
                for (int from = 0; from < examples.length; from += batch) {
                    int b = Math.min(batch, examples.length - from);
                    double loss = step(from, b);
                    steps += b;
                    if (!Double.isFinite(loss)) {
                        throw new TrainingDivergedException(TwoTowerAgent.TYPE, steps, "loss", loss);
                    }
                    lossSum += loss * b;
                }
                trainingLog.record(steps, epoch, Double.NaN, lossSum / examples.length, Double.NaN);
            }
        }

        /** One mini-batch of examples[from .. from + b): returns its mean loss. */
        private double step(int from, int b) {
            int c = 0;
            for (int k = 0; k < b; k++) {
                int item = log.item(examples[from + k]);
                if (column[item] < 0) {
                    column[item] = c;
                    candidates[c++] = item;
                }
                label[k] = column[item];
            }
            for (int k = 0; k < parameters.negatives(); k++) {
                int item = negativeDraws.nextInt(items);
                if (column[item] < 0) {
                    column[item] = c;
                    candidates[c++] = item;
                }
            }
            float[] userInput = new float[b * p];
            for (int k = 0; k < b; k++) {
                int row = examples[from + k];
                historyStart[k] = Math.max(log.userStart(log.user(row)), row - history);
                double total = 0;
                for (int h = historyStart[k]; h < row; h++) {
                    total += Math.abs(log.signal(h));
                }
                historyTotal[k] = total;
                if (total > 0) {
                    for (int h = historyStart[k]; h < row; h++) {
                        float a = (float) (log.signal(h) / total);
                        if (a != 0f) {
                            net.addInput(log.item(h), a, userInput, k * p);
                        }
                    }
                }
            }
            float[] itemInput = new float[c * p];
            float[] q = new float[c];
            for (int k = 0; k < c; k++) {
                net.addInput(candidates[k], 1f, itemInput, k * p);
                q[k] = logQ[candidates[k]];
            }
            float[] labels = new float[b * c];
            for (int k = 0; k < b; k++) {
                labels[k * c + label[k]] = 1f;
            }
            Map<String, INDArray> placeholders = new HashMap<>();
            placeholders.put(TwoTowerNetwork.USER_INPUT, Nd4j.create(userInput, new long[] {b, p}, 'c'));
            placeholders.put(TwoTowerNetwork.ITEM_INPUT, Nd4j.create(itemInput, new long[] {c, p}, 'c'));
            placeholders.put(TwoTowerNetwork.LOG_Q, Nd4j.create(q, new long[] {1, c}, 'c'));
            placeholders.put(TwoTowerNetwork.LABELS, Nd4j.create(labels, new long[] {b, c}, 'c'));
            OutAndGrad result = net.graph().calculateGradientsAndOutputs(placeholders,
                    List.of(TwoTowerNetwork.LOSS), gradientNames);
            double loss = result.getOutputs().get(TwoTowerNetwork.LOSS).getDouble(0);
            Map<String, INDArray> gradients = result.getGradients();
            if (Double.isFinite(loss)) {
                updateTowers(gradients);
                if (e > 0) {
                    updateIds(from, b, c, gradients);
                }
            }
            for (int k = 0; k < c; k++) {
                column[candidates[k]] = -1;
            }
            iteration++;
            return loss;
        }

        private void updateTowers(Map<String, INDArray> gradients) {
            for (String name : net.towerVariables()) {
                INDArray w = net.graph().getArrForVarName(name);
                INDArray g = gradients.get(name);
                if (parameters.l2() > 0 && TwoTowerNetwork.isWeightMatrix(name)) {
                    g.addi(w.mul(parameters.l2()));
                }
                updaters.get(name).applyUpdater(g, iteration, 0);
                w.subi(g);
            }
        }

        /**
         * Spreads the input gradients onto the id embeddings they came from and takes a lazy Adam
         * step on the touched rows (in the order first touched, so the sums are deterministic).
         */
        private void updateIds(int from, int b, int c, Map<String, INDArray> gradients) {
            float[] gu = gradients.get(TwoTowerNetwork.USER_INPUT).dup('c').data().asFloat();
            float[] gi = gradients.get(TwoTowerNetwork.ITEM_INPUT).dup('c').data().asFloat();
            int n = 0;
            for (int k = 0; k < b; k++) {
                int row = examples[from + k];
                if (!(historyTotal[k] > 0)) {
                    continue;
                }
                for (int h = historyStart[k]; h < row; h++) {
                    float a = (float) (log.signal(h) / historyTotal[k]);
                    if (a != 0f) {
                        n = accumulate(log.item(h), a, gu, k * p + f, n);
                    }
                }
            }
            for (int k = 0; k < c; k++) {
                n = accumulate(candidates[k], 1f, gi, k * p + f, n);
            }
            float[] ids = net.ids();
            double t = iteration + 1;
            double lr = parameters.learningRate() * Math.sqrt(1 - Math.pow(BETA2, t)) / (1 - Math.pow(BETA1, t));
            float l2 = parameters.l2().floatValue();
            for (int s = 0; s < n; s++) {
                int j = touchedList[s];
                int o = j * e;
                for (int k = 0; k < e; k++) {
                    float g = idGradient[o + k] + l2 * ids[o + k];
                    m[o + k] = (float) (BETA1 * m[o + k] + (1 - BETA1) * g);
                    v[o + k] = (float) (BETA2 * v[o + k] + (1 - BETA2) * g * g);
                    ids[o + k] -= (float) (lr * m[o + k] / (Math.sqrt(v[o + k]) + EPSILON));
                    idGradient[o + k] = 0f;
                }
                touched[j] = false;
            }
        }

        private int accumulate(int item, float a, float[] gradient, int offset, int n) {
            if (!touched[item]) {
                touched[item] = true;
                touchedList[n++] = item;
            }
            int o = item * e;
            for (int k = 0; k < e; k++) {
                idGradient[o + k] += a * gradient[offset + k];
            }
            return n;
        }
    }
}
