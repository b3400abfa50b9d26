package org.feedgym.agents.recommender;

import java.util.List;
import org.feedgym.env.params.ParameterChecks;

/**
 * Parameters of {@code two-tower} ({@link TwoTowerAgent}). Every field may be omitted and gets
 * its default here, so that a resolved config lists every value used.
 *
 * <p>Example: {@code {"type": "two-tower", "embeddingSize": 64, "hiddenLayers": [128], "epochs": 20}}.
 *
 * @param embeddingSize     length D of the user and item vectors the towers output (before L2
 *                          normalisation), in [1, 512]; default 32
 * @param idEmbeddingSize   length E of the learned per-item id embedding that is part of every
 *                          item's input, in [0, 512]; 0 leaves only the catalog features (then a
 *                          catalog is required); default 32
 * @param hiddenLayers      sizes of the hidden ReLU layers of each tower, input side first; 0 to 4
 *                          layers (none: each tower is one linear map), each in [1, 1024];
 *                          default [64]
 * @param catalogFeatures   whether an item's input includes the catalog's features of it (its
 *                          embedding, a one-hot of its topic and its harm score) when there is a
 *                          catalog; default true. Without a catalog (offline KuaiRand) only the id
 *                          embedding is used either way
 * @param epochs            passes over the training examples, in [1, 1000]; default 10
 * @param batchSize         training examples (positive rows) per mini-batch, in [2, 4096]; the
 *                          batch's other positives are each row's in-batch negatives; default 256
 * @param learningRate      Adam step size (towers and id embeddings), in (0, 1]; default 0.01
 * @param l2                L2 penalty on the weight matrices and on the id embeddings of the items
 *                          a batch touches (added to the gradient as {@code l2·w}), in [0, 1];
 *                          default 0
 * @param temperature       τ of the softmax over cosine similarities, logit = cos/τ, in (0, 10];
 *                          default 0.05. It shapes training only: ranking by cos/τ is ranking by cos
 * @param negatives         items drawn uniformly (with replacement; duplicates merged) per batch
 *                          as extra negatives beside the in-batch ones, in [0, 10,000]; default 64
 * @param logQCorrection    whether each candidate's logit is corrected by the log of its chance of
 *                          being in a batch (Yi et al. 2019), so that popular items are not
 *                          penalised for being sampled as negatives more often; default true
 * @param positiveThreshold a training row is a positive example when its signal is at least this
 *                          (finite); default (null): the training log's mean signal, which makes
 *                          MovieLens ratings &ge; 4, KuaiRand likes and above-average watch fractions
 *                          positive
 * @param history           recent items (rows) of a user the user tower reads, in [1, 200];
 *                          default 50. Online: the evaluation user's last items; offline: the
 *                          user's last training rows; in training: the rows before the example's row
 * @param trainingUsers     training users logged by {@code train}, in [1, 1,000,000]; default 500
 * @param loggingPolicy     the policy that produces the training log: {@code random} (default) or
 *                          {@code popularity}
 * @param signal            what counts as a rating: {@code watch} (default; watch fraction),
 *                          {@code reward} or {@code like}
 */
public record TwoTowerParameters(Integer embeddingSize, Integer idEmbeddingSize, List<Integer> hiddenLayers,
                                 Boolean catalogFeatures, Integer epochs, Integer batchSize, Double learningRate,
                                 Double l2, Double temperature, Integer negatives, Boolean logQCorrection,
                                 Double positiveThreshold, Integer history, Integer trainingUsers,
                                 String loggingPolicy, String signal) {

    public TwoTowerParameters {
        embeddingSize = ParameterChecks.intIn("embeddingSize", embeddingSize, 32, 1, 512);
        idEmbeddingSize = ParameterChecks.intIn("idEmbeddingSize", idEmbeddingSize, 32, 0, 512);
        hiddenLayers = ParameterChecks.layerSizes("hiddenLayers", hiddenLayers, List.of(64), 0, 4, 1024);
        catalogFeatures = catalogFeatures == null || catalogFeatures;
        epochs = ParameterChecks.intIn("epochs", epochs, 10, 1, 1000);
        batchSize = ParameterChecks.intIn("batchSize", batchSize, 256, 2, 4096);
        learningRate = ParameterChecks.doubleAboveAtMost("learningRate", learningRate, 0.01, 0, 1);
        l2 = ParameterChecks.doubleIn("l2", l2, 0, 0, 1);
        temperature = ParameterChecks.doubleAboveAtMost("temperature", temperature, 0.05, 0, 10);
        negatives = ParameterChecks.intIn("negatives", negatives, 64, 0, 10_000);
        logQCorrection = logQCorrection == null || logQCorrection;
        if (positiveThreshold != null && !Double.isFinite(positiveThreshold)) {
            throw new IllegalArgumentException("positiveThreshold must be finite, got " + positiveThreshold);
        }
        history = ParameterChecks.intIn("history", history, 50, 1, 200);
        trainingUsers = ParameterChecks.intIn("trainingUsers", trainingUsers, 500, 1, 1_000_000);
        loggingPolicy = ParameterChecks.oneOf("loggingPolicy", loggingPolicy, "random", LogCollector.LOGGING_POLICIES);
        signal = ParameterChecks.oneOf("signal", signal, "watch", Signal.IDS);
    }

    /** Every default. */
    public static TwoTowerParameters defaults() {
        return new TwoTowerParameters(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }
}
