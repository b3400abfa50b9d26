package org.feedgym.simulator.run;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.feedgym.env.StepOutcomes;

/**
 * Hands each step to several listeners at once on a pool. The listeners must keep state of their
 * own and only read the outcomes (the recorders of one evaluation run do): each still sees every
 * step in order, so what each records is what it would record alone, whatever the thread count.
 * Without a pool they are called one after another, in the order given.
 *
 * <p>A step returns once every listener has finished it; if any threw, the first of them in the
 * order given is rethrown as it was thrown.
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
        int n = listeners.size();
        RuntimeException[] thrown = new RuntimeException[n];
        ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[n];
        for (int i = 0; i < n; i++) {
            StepListener listener = listeners.get(i);
            int slot = i;
            tasks[i] = pool.submit(() -> {
                try {
                    listener.onStep(outcomes);
                } catch (RuntimeException e) {
                    thrown[slot] = e;
                }
            });
        }
        for (ForkJoinTask<?> task : tasks) {
            task.join();
        }
        for (RuntimeException e : thrown) {
            if (e != null) {
                throw e;
            }
        }
    }
}
