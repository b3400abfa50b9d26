package org.feedgym.simulator.metrics;

import java.util.ArrayList;
import java.util.List;
import org.feedgym.env.SupplyDay;
import org.feedgym.simulator.run.ReplicateRecord;

/** Builds {@link Summary.Supply} from the training runs' supply days. */
final class SupplySummary {

    private SupplySummary() {
    }

    /** The supply summary over {@code runs}, or {@code null} when no run had creators. */
    static Summary.Supply of(List<ReplicateRecord> runs) {
        if (runs.stream().allMatch(r -> r.supply().isEmpty())) {
            return null;
        }
        int n = runs.size();
        double[] harmful = new double[n];
        double[] exposure = new double[n];
        double[] lastEntropy = new double[n];
        int lastDay = 0;
        for (int r = 0; r < n; r++) {
            List<SupplyDay> days = runs.get(r).supply();
            long uploads = 0;
            long harmfulUploads = 0;
            long shown = 0;
            long newShown = 0;
            for (SupplyDay d : days) {
                uploads += d.uploads();
                harmfulUploads += d.harmfulUploads();
                shown += d.itemsShown();
                newShown += d.newItemsShown();
                lastDay = Math.max(lastDay, d.day());
            }
            harmful[r] = uploads == 0 ? Double.NaN : (double) harmfulUploads / uploads;
            exposure[r] = shown == 0 ? Double.NaN : (double) newShown / shown;
            lastEntropy[r] = days.isEmpty() ? Double.NaN : days.get(days.size() - 1).catalogEntropyBits();
        }
        List<Summary.SupplyDay> perDay = new ArrayList<>();
        for (int day = 1; day <= lastDay; day++) {
            double[] share = new double[n];
            double[] entropy = new double[n];
            double[] fresh = new double[n];
            for (int r = 0; r < n; r++) {
                SupplyDay d = day(runs.get(r).supply(), day);
                share[r] = d == null ? Double.NaN : d.harmfulUploadShare();
                entropy[r] = d == null ? Double.NaN : d.catalogEntropyBits();
                fresh[r] = d == null ? Double.NaN : d.newItemExposureShare();
            }
            perDay.add(new Summary.SupplyDay(day, ValueRange.UNIT.estimate(share),
                    ValueRange.NON_NEGATIVE.estimate(entropy), ValueRange.UNIT.estimate(fresh)));
        }
        return new Summary.Supply(ValueRange.UNIT.estimate(harmful), ValueRange.UNIT.estimate(exposure),
                ValueRange.NON_NEGATIVE.estimate(lastEntropy), perDay);
    }

    private static SupplyDay day(List<SupplyDay> days, int day) {
        for (SupplyDay d : days) {
            if (d.day() == day) {
                return d;
            }
        }
        return null;
    }
}
