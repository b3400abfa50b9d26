package org.feedgym.simulator.run;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.feedgym.env.StepOutcomes;

/**
 * Hands each step to several listeners at once on a pool. The listeners must keep state of their
 * own and only read the outcomes (the recorders of one evaluation run do): each still sees every
 * step in order, so what each records is what it would record alone, whatever the thread count.
 * Without a pool they are called one after another, in the order given.
 */
final class ConcurrentListeners implements StepListener {

    private final List<StepListener> listeners;
    private final ForkJoinPool pool;

    /**
     * @param listeners independent listeners
     * @param pool      the pool to call them on, or null for the calling thread
     */
    ConcurrentListeners(List<StepListener> listeners, ForkJoinPool pool) {
        this.listeners = List.copyOf(listeners);
        this.pool = pool;
    }

    @Override
    public void onStep(StepOutcomes outcomes) {
        if (pool == null || listeners.size() == 1) {
            for (StepListener listener : listeners) {
                listener.onStep(outcomes);
            }
            return;
        }
        pool.submit(() -> listeners.parallelStream().forEach(listener -> listener.onStep(outcomes))).join();
    }
}
