package org.feedgym.simulator.calibration;

import java.util.ArrayList;
import java.util.List;
import org.feedgym.simulator.fidelity.Distances;
import org.feedgym.simulator.fidelity.InteractionTable;
import org.feedgym.simulator.fidelity.Selection;
import org.feedgym.simulator.fidelity.SignalRates;
import org.feedgym.simulator.fidelity.Target;

/**
 * The simulated-method-of-moments objective: after real and simulated rows went through the same
 * selection, the weighted sum over targets of the Kolmogorov–Smirnov statistic between the real
 * and the simulated sample. For a replay ({@link #replay}), plus per signal the real-row-weighted mean absolute difference of the signal's
 * rate by watch-ratio bin. When like and hate are both compared, one more term: over the rows kept
 * on both sides (simulated row {@code i} answers real row {@code i}, the same exposure), the share
 * whose simulated reaction (like, hate, both) differs from the logged one. This is the part of a
 * like/hate-only log that is identified row by row, P(like | like or hate) on that exposure; the
 * distribution terms alone do not tie a reaction to its item (a fit could make hates follow the
 * cosine the wrong way and still match every distribution). It is a share of the jointly kept rows,
 * so it does not reward keeping more rows. A target or bin empty on either side contributes 1
 * (the largest KS distance), so the search is pushed away from parameters that keep no rows.
 * Lower is closer.
 */
public final class MomentObjective {

    /**
     * One target of the sum with its weight.
     *
     * @param target the target
     * @param weight its weight, &ge; 0
     */
    public record Term(Target target, double weight) {

        /** Checks the weight. */
        public Term {
            java.util.Objects.requireNonNull(target, "target");
            if (!(weight >= 0)) {
                throw new IllegalArgumentException("weight must be >= 0, got " + weight);
            }
        }
    }

    private final List<Term> targets;
    private final Selection selection;
    private final List<String> signals;
    private final List<double[]> realValues = new ArrayList<>();
    private final List<SignalRates.Rates> realRates = new ArrayList<>();
    private final InteractionTable real;
    private final boolean[] realKept;
    private final boolean reactions;

    /**
     * The objective of a replay: simulated row {@code i} answers real row {@code i}.
     *
     * @param targets   the targets compared, with weights
     * @param selection the selection both sides go through
     * @param signals   the signals whose rates by watch-ratio bin are compared
     * @param real      the real rows, before selection
     */
    public static MomentObjective replay(List<Term> targets, Selection selection, List<String> signals,
                                         InteractionTable real) {
        return new MomentObjective(targets, selection, signals, real, true);
    }

    /**
     * The objective of simulated users living freely: their rows answer no real row, so only
     * the weighted KS terms count (no rates by bin, no reaction term).
     *
     * @param targets   the targets compared, with weights
     * @param selection the selection both sides go through
     * @param real      the real rows, before selection
     */
    public static MomentObjective freeRunning(List<Term> targets, Selection selection, InteractionTable real) {
        return new MomentObjective(targets, selection, List.of(), real, false);
    }

    private MomentObjective(List<Term> targets, Selection selection, List<String> signals, InteractionTable real,
                            boolean rowAligned) {
        this.targets = List.copyOf(targets);
        this.selection = selection;
        this.signals = List.copyOf(signals);
        InteractionTable kept = selection.apply(real);
        this.real = real;
        this.realKept = new boolean[real.size()];
        for (int r : selection.keptRows(real)) {
            realKept[r] = true;
        }
        this.reactions = rowAligned && signals.contains("like") && signals.contains("hate");
        for (Term t : targets) {
            realValues.add(t.target().values(kept));
        }
        for (String s : signals) {
            realRates.add(SignalRates.Rates.of(kept, s, SignalRates.DEFAULT_EDGES));
        }
    }

    /** A sentence for the report. */
    public String description() {
        return "sum over the targets (" + String.join(", ", targets.stream().map(MomentObjective::term).toList())
                + ") of weight × the KS statistic between real and simulated rows after the selection '"
                + selection.name() + "'" + (signals.isEmpty() ? "" : ", plus for " + String.join(" and ", signals)
                + " the mean absolute difference of the signal's rate by watch-ratio bin (weighted by real rows)")
                + (reactions ? ", plus the share of the rows kept on both sides whose simulated like/hate differs from"
                + " the logged one on the same exposure" : "") + "; fitting users, common random numbers";
    }

    private static String term(Term t) {
        return t.weight() == 1 ? t.target().name()
                : t.target().name() + " × " + java.math.BigDecimal.valueOf(t.weight()).stripTrailingZeros().toPlainString();
    }

    /** The objective at simulated rows (before selection). */
    public double value(InteractionTable simulated) {
        InteractionTable kept = selection.apply(simulated);
        double sum = 0;
        for (int k = 0; k < targets.size(); k++) {
            double[] real = realValues.get(k);
            if (real.length == 0) {
                continue;
            }
            Term t = targets.get(k);
            if (t.weight() == 0) {
                continue;
            }
            double[] sim = t.target().values(kept);
            sum += t.weight() * (sim.length == 0 ? 1 : Distances.kolmogorovSmirnov(sim, real));
        }
        for (int k = 0; k < signals.size(); k++) {
            sum += rateGap(realRates.get(k), SignalRates.Rates.of(kept, signals.get(k), SignalRates.DEFAULT_EDGES));
        }
        if (reactions) {
            if (simulated.size() != real.size()) {
                throw new IllegalArgumentException("a replay's simulated rows must answer the real rows one to one: "
                        + simulated.size() + " simulated, " + real.size() + " real");
            }
            int both = 0;
            int differ = 0;
            for (int r : selection.keptRows(simulated)) {
                if (realKept[r]) {
                    both++;
                    if (simulated.signal("like", r) != real.signal("like", r)
                            || simulated.signal("hate", r) != real.signal("hate", r)) {
                        differ++;
                    }
                }
            }
            sum += both == 0 ? 1 : differ / (double) both;
        }
        return sum;
    }

    private static double rateGap(SignalRates.Rates real, SignalRates.Rates sim) {
        int total = real.rows().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        double gap = 0;
        for (int b = 0; b < real.rows().size(); b++) {
            int n = real.rows().get(b);
            if (n > 0) {
                double s = sim.rate().get(b);
                gap += n / (double) total * (Double.isNaN(s) ? 1 : Math.abs(s - real.rate().get(b)));
            }
        }
        return gap;
    }
}
