package org.feedgym.agents.rl;

import org.deeplearning4j.rl4j.space.Encodable;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An observation vector as RL4J sees it: a 1 × n float array (RL4J puts the batch on dimension
 * 0). Never skipped: FeedGym has no frame skipping.
 */
final class FeedState implements Encodable {

    private final INDArray data;

    /** Copies {@code vector} into a new 1 × n float array. */
    FeedState(float[] vector) {
        this.data = Nd4j.create(vector, new long[] {1, vector.length}, 'c');
    }

    private FeedState(INDArray data) {
        this.data = data;
    }

    @Override
    @Deprecated
    public double[] toArray() {
        return data.toDoubleVector();
    }

    @Override
    public boolean isSkipped() {
        return false;
    }

    @Override
    public INDArray getData() {
        return data;
    }

    @Override
    public Encodable dup() {
        return new FeedState(data.dup());
    }
}
