package org.feedgym.simulator.run;

import org.feedgym.env.StepOutcomes;

/** Observes every step of a population from outside the loop (metrics, writers, progress). */
@FunctionalInterface
public interface StepListener {

    /** Called after each population step with its outcomes (a live view: copy what you keep). */
    void onStep(StepOutcomes outcomes);
}
