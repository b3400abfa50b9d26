package org.feedgym.agents.rl;

import org.deeplearning4j.rl4j.learning.IEpochTrainer;
import org.deeplearning4j.rl4j.learning.ILearning;
import org.deeplearning4j.rl4j.learning.listener.TrainingListener;
import org.deeplearning4j.rl4j.util.IDataManager;

/**
 * An RL4J {@link TrainingListener} that lets training go on at every event; FeedGym's listeners
 * extend it and override only the events they observe.
 */
abstract class ContinuingListener implements TrainingListener {

    @Override
    public ListenerResponse onTrainingStart() {
        return ListenerResponse.CONTINUE;
    }

    @Override
    public void onTrainingEnd() {
    }

    @Override
    public ListenerResponse onNewEpoch(IEpochTrainer trainer) {
        return ListenerResponse.CONTINUE;
    }

    @Override
    public ListenerResponse onEpochTrainingResult(IEpochTrainer trainer, IDataManager.StatEntry entry) {
        return ListenerResponse.CONTINUE;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public ListenerResponse onTrainingProgress(ILearning learning) {
        return ListenerResponse.CONTINUE;
    }
}
