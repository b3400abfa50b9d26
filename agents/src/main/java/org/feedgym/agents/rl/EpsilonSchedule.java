package org.feedgym.agents.rl;

/**
 * A linearly annealed exploration rate: {@code start} at step 0, falling linearly to {@code end}
 * at step {@code annealSteps} and staying there.
 *
 * @param start       rate at step 0, in [0, 1]
 * @param end         final rate, in [0, start]
 * @param annealSteps steps to reach {@code end}; 0 means {@code end} from the start
 */
public record EpsilonSchedule(double start, double end, long annealSteps) {

    public EpsilonSchedule {
        if (!(start >= 0 && start <= 1)) {
            throw new IllegalArgumentException("start must be in [0, 1], got " + start);
        }
        if (!(end >= 0 && end <= start)) {
            throw new IllegalArgumentException("end must be in [0, start], got " + end);
        }
        if (annealSteps < 0) {
            throw new IllegalArgumentException("annealSteps must be >= 0, got " + annealSteps);
        }
    }

    /** The rate at environment step {@code step} (0-based). */
    public double value(long step) {
        if (step >= annealSteps) {
            return end;
        }
        return start + (end - start) * ((double) step / annealSteps);
    }
}
