package org.feedgym.simulator.fidelity;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A complete fidelity result computed from seeded synthetic logs (a "real" one and two simulated
 * ones whose watch ratios run short and nearly right), for the tests of this and other packages.
 */
public final class FidelityFixture {

    private FidelityFixture() {
    }

    /** The result; the same on every call. */
    public static FidelityResult example() {
        InteractionTable real = Fixtures.synthetic(120, 1.0, 1);
        InteractionTable defaultSim = Fixtures.synthetic(120, 0.6, 2);
        InteractionTable calibrated = Fixtures.synthetic(120, 0.95, 3);
        Selection selection = Selection.likeOrHate();
        InteractionTable r = selection.apply(real);
        InteractionTable d = selection.apply(defaultSim);
        InteractionTable c = selection.apply(calibrated);
        List<TargetFidelity> targets = TargetFidelity.compareAll(Targets.standard(List.of("like", "hate"),
                TargetOptions.defaults()), selection, real, defaultSim, calibrated);
        List<SignalRates> rates = List.of(SignalRates.compare("like", SignalRates.DEFAULT_EDGES, r, d, c),
                SignalRates.compare("hate", SignalRates.DEFAULT_EDGES, r, d, c));
        return new FidelityResult(selection, targets, rates, List.of(likeVsHate(r)),
                List.of(new FittedParameter("response.watchIntercept", -0.1234567, -3, 3, -0.3),
                        new FittedParameter("response.likeSlope", 2.5, 0, 10, 1.5)),
                List.of(new NotIdentified("personas.teen.harmAttraction", 0.8,
                        "the log has no ages and no harm labels for held-out users")),
                new Objective("sum over targets of the squared KS statistic on fitting users", 0.41, 0.052,
                        "CMA-ES, 200 evaluations, population 8, seed 7"));
    }

    /**
     * Like vs hate on the "held-out" half of the users (odd user indices), popularity and the
     * regression fitted on the even half; the "models" score the watch ratio with more or less noise.
     */
    static BehaviourAuc likeVsHate(InteractionTable rows) {
        InteractionTable fitting = rows.filter(i -> rows.user(i) % 2 == 0);
        InteractionTable held = rows.filter(i -> rows.user(i) % 2 == 1);
        double[] noisy = IntStream.range(0, held.size()).mapToDouble(i -> held.watchRatio(i) + Math.sin(i * 12.9898)).toArray();
        double[] close = IntStream.range(0, held.size()).mapToDouble(i -> held.watchRatio(i) + 0.2 * Math.sin(i * 12.9898))
                .toArray();
        return BehaviourAuc.onHeldOut("like-vs-hate", "like", new BehaviourAuc.FeatureRows(fitting, watchRatios(fitting)),
                new BehaviourAuc.FeatureRows(held, watchRatios(held)), noisy, close, 1e-6, 300, 11);
    }

    private static double[][] watchRatios(InteractionTable t) {
        return IntStream.range(0, t.size()).mapToObj(i -> new double[] {t.watchRatio(i)}).toArray(double[][]::new);
    }
}
