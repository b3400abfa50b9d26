package org.feedgym.simulator.fidelity;

import java.util.Objects;

/**
 * How close one target's simulated distribution is to the real one, for the default and the
 * calibrated user model: Kolmogorov–Smirnov statistic and 1-Wasserstein distance to the real
 * sample, and each sample in brief for the ECDF plot.
 *
 * @param name          the target's name
 * @param description   what one value is
 * @param unit          the values' unit ({@code ""} for ratios and shares)
 * @param selection     the name of the selection the rows went through
 * @param selectionBias how the selection distorts this target
 * @param ks            KS statistic of each model's sample against the real one
 * @param wasserstein   1-Wasserstein distance of each model's sample to the real one, in {@code unit}
 * @param real          the real sample in brief
 * @param defaultModel  the default model's sample in brief
 * @param calibrated    the calibrated model's sample in brief
 */
public record TargetFidelity(String name, String description, String unit, String selection, String selectionBias,
                             DefaultVsCalibrated ks, DefaultVsCalibrated wasserstein, Sample real,
                             Sample defaultModel, Sample calibrated) {

    /** Checks that nothing is null. */
    public TargetFidelity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(selectionBias, "selectionBias");
        Objects.requireNonNull(ks, "ks");
        Objects.requireNonNull(wasserstein, "wasserstein");
        Objects.requireNonNull(real, "real");
        Objects.requireNonNull(defaultModel, "defaultModel");
        Objects.requireNonNull(calibrated, "calibrated");
    }

    /**
     * Compares one target on rows that already went through the selection.
     *
     * @param target     the target
     * @param selection  the selection the rows went through (for the record)
     * @param real       selected real rows
     * @param defaultSim selected rows simulated with the default parameters
     * @param calibrated selected rows simulated with the calibrated parameters
     */
    public static TargetFidelity compare(Target target, Selection selection, InteractionTable real,
                                         InteractionTable defaultSim, InteractionTable calibrated) {
        double[] r = target.values(real);
        double[] d = target.values(defaultSim);
        double[] c = target.values(calibrated);
        String bias = selection.anyOf().isEmpty() ? "none: every row is kept" : target.selectionBias();
        return new TargetFidelity(target.name(), target.description(), target.unit(),
                selection.name(), bias,
                new DefaultVsCalibrated(Distances.kolmogorovSmirnov(d, r), Distances.kolmogorovSmirnov(c, r)),
                new DefaultVsCalibrated(Distances.wasserstein1(d, r), Distances.wasserstein1(c, r)),
                Sample.of(r), Sample.of(d), Sample.of(c));
    }

    /**
     * Compares several targets after putting all three sets of rows through the same selection,
     * so simulated rows are filtered exactly as the real log was.
     *
     * @param targets    the targets, in the order of the result
     * @param selection  the rows to keep
     * @param real       real rows (held-out users)
     * @param defaultSim rows simulated with the default parameters
     * @param calibrated rows simulated with the calibrated parameters
     */
    public static java.util.List<TargetFidelity> compareAll(java.util.List<Target> targets, Selection selection,
                                                            InteractionTable real, InteractionTable defaultSim,
                                                            InteractionTable calibrated) {
        InteractionTable r = selection.apply(real);
        InteractionTable d = selection.apply(defaultSim);
        InteractionTable c = selection.apply(calibrated);
        return targets.stream().map(t -> compare(t, selection, r, d, c)).toList();
    }
}
