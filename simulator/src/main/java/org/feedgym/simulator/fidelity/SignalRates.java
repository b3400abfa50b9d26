package org.feedgym.simulator.fidelity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The rate of one signal in each watch-ratio bin, real against default and calibrated: a table
 * for the report. Bin {@code k} holds rows with {@code edges[k] ≤ watch ratio < edges[k+1]}; the
 * last bin is open above. Rows with an unknown watch ratio are left out.
 *
 * @param signal       the signal, e.g. {@code "like"}
 * @param edges        lower bin edges, strictly increasing, the first one 0
 * @param real         real rows per bin and the signal's rate
 * @param defaultModel the same for the default model's rows
 * @param calibrated   the same for the calibrated model's rows
 */
public record SignalRates(String signal, List<Double> edges, Rates real, Rates defaultModel, Rates calibrated) {

    /** Bin edges of the report: quarters up to 1, then replays. */
    public static final List<Double> DEFAULT_EDGES = List.of(0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0);

    /** Validates and copies. */
    public SignalRates {
        Objects.requireNonNull(signal, "signal");
        edges = List.copyOf(edges);
        for (int k = 1; k < edges.size(); k++) {
            if (!(edges.get(k) > edges.get(k - 1))) {
                throw new IllegalArgumentException("edges must increase strictly, got " + edges);
            }
        }
        Objects.requireNonNull(real, "real");
        Objects.requireNonNull(defaultModel, "defaultModel");
        Objects.requireNonNull(calibrated, "calibrated");
    }

    /**
     * Rows and signal rate per bin.
     *
     * @param rows per bin, the number of rows
     * @param rate per bin, the share of them with the signal (NaN for an empty bin)
     */
    public record Rates(List<Integer> rows, List<Double> rate) {

        /** Copies. */
        public Rates {
            rows = List.copyOf(rows);
            rate = List.copyOf(rate);
            if (rows.size() != rate.size()) {
                throw new IllegalArgumentException("rows and rate must have one entry per bin, got " + rows.size()
                        + " and " + rate.size());
            }
        }

        /** Counts a table's rows per bin. */
        public static Rates of(InteractionTable table, String signal, List<Double> edges) {
            int[] n = new int[edges.size()];
            int[] hits = new int[edges.size()];
            double[] lower = edges.stream().mapToDouble(Double::doubleValue).toArray();
            for (int r = 0; r < table.size(); r++) {
                double w = table.watchRatio(r);
                if (Double.isNaN(w) || w < lower[0]) {
                    continue;
                }
                int pos = Arrays.binarySearch(lower, w);
                int bin = pos >= 0 ? pos : -pos - 2;
                n[bin]++;
                if (table.signal(signal, r)) {
                    hits[bin]++;
                }
            }
            return new Rates(Arrays.stream(n).boxed().toList(), java.util.stream.IntStream.range(0, n.length)
                    .mapToObj(k -> n[k] == 0 ? Double.NaN : hits[k] / (double) n[k]).toList());
        }
    }

    /** The table of one signal on three sets of rows that already went through the selection. */
    public static SignalRates compare(String signal, List<Double> edges, InteractionTable real,
                                      InteractionTable defaultSim, InteractionTable calibrated) {
        return new SignalRates(signal, edges, Rates.of(real, signal, edges), Rates.of(defaultSim, signal, edges),
                Rates.of(calibrated, signal, edges));
    }
}
