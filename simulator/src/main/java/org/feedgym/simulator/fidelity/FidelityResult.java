package org.feedgym.simulator.fidelity;

import java.util.List;
import java.util.Objects;

/**
 * Everything {@code fidelity.json} holds: per target the distances of the default and the
 * calibrated model to the real log, signal rates by watch-ratio bin, per-behaviour AUCs, the
 * fitted parameters and those the log cannot identify, and the objective with its optimiser.
 * No paths and no times, so two runs on the same inputs write the same bytes.
 *
 * @param selection     the rows real and simulated logs were cut to before comparing
 * @param targets       per target, in the order they were computed
 * @param signalRates   per signal, rates by watch-ratio bin
 * @param auc           per behaviour
 * @param fitted        the fitted parameters
 * @param notIdentified parameters left at their configured values
 * @param objective     the objective and optimiser, or {@code null} before any fit
 */
public record FidelityResult(Selection selection, List<TargetFidelity> targets, List<SignalRates> signalRates, List<BehaviourAuc> auc,
                             List<FittedParameter> fitted, List<NotIdentified> notIdentified, Objective objective) {

    /** Copies the lists. */
    public FidelityResult {
        Objects.requireNonNull(selection, "selection");
        targets = List.copyOf(targets);
        signalRates = List.copyOf(signalRates);
        auc = List.copyOf(auc);
        fitted = List.copyOf(fitted);
        notIdentified = List.copyOf(notIdentified);
        if (targets.stream().map(TargetFidelity::name).distinct().count() != targets.size()) {
            throw new IllegalArgumentException("target names must be distinct, got "
                    + targets.stream().map(TargetFidelity::name).toList());
        }
    }
}
