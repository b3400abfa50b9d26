package org.feedgym.studies.homogenization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.Summary;
import org.feedgym.simulator.output.Csv;
import org.feedgym.studies.homogenization.StudyResult.Metric;
import org.feedgym.studies.homogenization.StudyResult.ModeSeries;

/**
 * The files of a homogenization run besides the config and manifest (which
 * {@link org.feedgym.simulator.study.StudyRegistry#run} writes, as for every study): {@code summary.json}
 * (per mode and recommender: figures at the last step and at the end of the startup, means over
 * the recommendation steps, and the whole series, each as mean and 95% CI across simulations),
 * {@code timeseries.csv} (one row per mode, recommender and step) and {@code simulations.csv}
 * (one row per mode, recommender and simulation, at the last step).
 */
public final class StudyOutput {

    /** Columns of {@code timeseries.csv}. */
    public static final String[] TIMESERIES_HEADER = {"mode", "recommender", "step", "phase",
        "homogenization_vs_ideal", "homogenization_vs_ideal_ci95_low", "homogenization_vs_ideal_ci95_high",
        "jaccard", "ideal_jaccard_same_pairs", "utility", "utility_ci95_low", "utility_ci95_high",
        "utility_vs_ideal", "utility_vs_ideal_ci95_low", "utility_vs_ideal_ci95_high", "simulations"};

    /** Columns of {@code simulations.csv}. */
    public static final String[] SIMULATIONS_HEADER = {"mode", "recommender", "simulation",
        "final_homogenization_vs_ideal", "final_jaccard", "final_ideal_jaccard_same_pairs", "final_utility",
        "mean_utility_after_startup"};

    private StudyOutput() {
    }

    /** The summary of a finished study. */
    public static ObjectNode summary(ObjectMapper mapper, StudyResult result) {
        HomogenizationConfig c = result.config();
        ObjectNode root = mapper.createObjectNode();
        root.put("study", HomogenizationConfig.STUDY);
        root.put("name", c.name());
        root.put("seed", c.seed());
        root.put("simulations", c.simulations());
        root.put("users", c.users());
        root.put("attributes", c.attributes());
        root.put("itemsPerStep", c.itemsPerStep());
        if (c.randomPairs() > 0) {
            root.put("randomPairs", c.randomPairs());
        }
        ArrayNode modes = root.putArray("modes");
        for (ModeSeries m : result.modes()) {
            ObjectNode mode = modes.addObject();
            mode.put("name", m.mode().name());
            mode.put("training", m.mode().training());
            mode.put("startupSteps", m.mode().startupSteps());
            mode.put("steps", m.mode().steps());
            mode.put("finalStep", m.steps());
            ObjectNode recs = mode.putObject("recommenders");
            for (int r = 0; r < m.kinds().size(); r++) {
                recs.set(m.kinds().get(r).id(), recommender(mapper, m, r, c.randomPairs() > 0));
            }
        }
        return root;
    }

    private static ObjectNode recommender(ObjectMapper mapper, ModeSeries m, int r, boolean randomPairs) {
        boolean ideal = r == 0;
        int last = m.steps() - 1;
        int startup = m.mode().startupSteps();
        ObjectNode o = mapper.createObjectNode();
        ObjectNode fin = o.putObject("final");
        if (!ideal) {
            fin.set(Metric.HOMOGENIZATION_VS_IDEAL.key(),
                    Summary.toJson(mapper, m.estimate(Metric.HOMOGENIZATION_VS_IDEAL, r, last)));
            fin.set(Metric.JACCARD.key(), Summary.toJson(mapper, m.estimate(Metric.JACCARD, r, last)));
            fin.set(Metric.IDEAL_JACCARD_SAME_PAIRS.key(),
                    Summary.toJson(mapper, m.estimate(Metric.IDEAL_JACCARD_SAME_PAIRS, r, last)));
            if (randomPairs) {
                fin.set(Metric.RANDOM_PAIRS_VS_IDEAL.key(),
                        Summary.toJson(mapper, m.estimate(Metric.RANDOM_PAIRS_VS_IDEAL, r, last)));
            }
        }
        fin.set(Metric.UTILITY.key(), Summary.toJson(mapper, m.estimate(Metric.UTILITY, r, last)));
        if (!ideal) {
            fin.set(Metric.UTILITY_VS_IDEAL.key(), Summary.toJson(mapper, m.estimate(Metric.UTILITY_VS_IDEAL, r, last)));
        }
        if (!ideal && startup > 0) {
            ObjectNode st = o.putObject("startup");
            st.set("homogenizationVsIdealAtEnd",
                    Summary.toJson(mapper, m.estimate(Metric.HOMOGENIZATION_VS_IDEAL, r, startup - 1)));
            st.set("homogenizationVsIdealMean",
                    Summary.toJson(mapper, Estimate.of(m.meanOver(Metric.HOMOGENIZATION_VS_IDEAL, r, 0, startup))));
            double maxAbs = 0;
            for (int t = 0; t < startup; t++) {
                maxAbs = Math.max(maxAbs, Math.abs(m.estimate(Metric.HOMOGENIZATION_VS_IDEAL, r, t).mean()));
            }
            st.put("maxAbsMeanHomogenizationVsIdeal", maxAbs);
        }
        ObjectNode after = o.putObject("meanAfterStartup");
        after.set(Metric.UTILITY.key(), Summary.toJson(mapper, Estimate.of(m.meanOver(Metric.UTILITY, r, startup,
                m.steps()))));
        if (!ideal) {
            after.set(Metric.UTILITY_VS_IDEAL.key(), Summary.toJson(mapper,
                    Estimate.of(m.meanOver(Metric.UTILITY_VS_IDEAL, r, startup, m.steps()))));
        }
        ObjectNode series = o.putObject("series");
        List<Metric> metrics = ideal ? List.of(Metric.UTILITY)
                : List.of(Metric.HOMOGENIZATION_VS_IDEAL, Metric.UTILITY, Metric.UTILITY_VS_IDEAL);
        for (Metric metric : metrics) {
            ObjectNode s = series.putObject(metric.key());
            ArrayNode mean = s.putArray("mean");
            ArrayNode low = s.putArray("ci95Low");
            ArrayNode high = s.putArray("ci95High");
            for (int t = 0; t < m.steps(); t++) {
                Estimate e = m.estimate(metric, r, t);
                add(mean, e.mean());
                add(low, e.ci95Low());
                add(high, e.ci95High());
            }
        }
        return o;
    }

    /** Six significant digits (the series are long; the CSV has the same precision, {@link Csv}). */
    private static void add(ArrayNode a, double v) {
        if (Double.isFinite(v)) {
            a.add(Csv.round(v));
        } else {
            a.addNull();
        }
    }

    /** Writes {@code timeseries.csv}. */
    public static void writeTimeSeries(Path file, StudyResult result) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(TIMESERIES_HEADER).setRecordSeparator("\n").get();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, format)) {
            List<Object> row = new ArrayList<>();
            for (ModeSeries m : result.modes()) {
                for (int r = 0; r < m.kinds().size(); r++) {
                    for (int t = 0; t < m.steps(); t++) {
                        row.clear();
                        row.add(m.mode().name());
                        row.add(m.kinds().get(r).id());
                        row.add(t + 1);
                        row.add(t < m.mode().startupSteps() ? "startup" : "recommend");
                        Estimate h = m.estimate(Metric.HOMOGENIZATION_VS_IDEAL, r, t);
                        row.add(Csv.num(h.mean()));
                        row.add(Csv.num(h.ci95Low()));
                        row.add(Csv.num(h.ci95High()));
                        row.add(Csv.num(m.estimate(Metric.JACCARD, r, t).mean()));
                        row.add(Csv.num(m.estimate(Metric.IDEAL_JACCARD_SAME_PAIRS, r, t).mean()));
                        Estimate u = m.estimate(Metric.UTILITY, r, t);
                        row.add(Csv.num(u.mean()));
                        row.add(Csv.num(u.ci95Low()));
                        row.add(Csv.num(u.ci95High()));
                        Estimate d = r == 0 ? new Estimate(Double.NaN, Double.NaN, Double.NaN, 0)
                                : m.estimate(Metric.UTILITY_VS_IDEAL, r, t);
                        row.add(Csv.num(d.mean()));
                        row.add(Csv.num(d.ci95Low()));
                        row.add(Csv.num(d.ci95High()));
                        row.add(m.simulations());
                        out.printRecord(row);
                    }
                }
            }
        }
    }

    /** Writes {@code simulations.csv}. */
    public static void writeSimulations(Path file, StudyResult result) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(SIMULATIONS_HEADER).setRecordSeparator("\n").get();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, format)) {
            for (ModeSeries m : result.modes()) {
                int last = m.steps() - 1;
                int startup = m.mode().startupSteps();
                for (int r = 0; r < m.kinds().size(); r++) {
                    double[] h = m.values(Metric.HOMOGENIZATION_VS_IDEAL, r, last);
                    double[] j = m.values(Metric.JACCARD, r, last);
                    double[] ij = m.values(Metric.IDEAL_JACCARD_SAME_PAIRS, r, last);
                    double[] u = m.values(Metric.UTILITY, r, last);
                    double[] ua = m.meanOver(Metric.UTILITY, r, startup, m.steps());
                    for (int sim = 0; sim < m.simulations(); sim++) {
                        out.printRecord(m.mode().name(), m.kinds().get(r).id(), sim, Csv.num(h[sim]), Csv.num(j[sim]),
                                Csv.num(ij[sim]), Csv.num(u[sim]), Csv.num(ua[sim]));
                    }
                }
            }
        }
    }

    /** The summary as a table, as {@code feedgym study} prints it: per mode and recommender, figures at the last step. */
    public static String table(JsonNode summary) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s study '%s': %d simulations x %d users, K = %d%n",
                summary.path("study").asText(), summary.path("name").asText(), summary.path("simulations").asInt(),
                summary.path("users").asInt(), summary.path("attributes").asInt()));
        for (JsonNode mode : summary.path("modes")) {
            sb.append(String.format(Locale.ROOT, "%nmode %s (%d startup + %d steps), at step %d:%n",
                    mode.path("name").asText(), mode.path("startupSteps").asInt(), mode.path("steps").asInt(),
                    mode.path("finalStep").asInt()));
            sb.append(String.format(Locale.ROOT, "%-12s %-26s %-26s %-10s %s%n", "recommender",
                    "homogenization vs ideal", "same at end of startup", "utility", "utility vs ideal"));
            mode.path("recommenders").fields().forEachRemaining(e -> {
                JsonNode fin = e.getValue().path("final");
                JsonNode st = e.getValue().path("startup").path("homogenizationVsIdealAtEnd");
                sb.append(String.format(Locale.ROOT, "%-12s %-26s %-26s %-10s %s%n", e.getKey(),
                        interval(fin.path("homogenizationVsIdeal")), interval(st),
                        number(fin.path("utility").path("mean")), interval(fin.path("utilityVsIdeal"))));
            });
        }
        return sb.toString();
    }

    /**
     * A figure of the summary as "mean [low, high]", the mean alone when it has no interval (one
     * simulation), "-" when there is none.
     */
    static String interval(JsonNode e) {
        if (e.isMissingNode() || e.path("mean").isNull()) {
            return "-";
        }
        if (!e.path("ci95Low").isNumber() || !e.path("ci95High").isNumber()) {
            return String.format(Locale.ROOT, "%+.3f", e.path("mean").asDouble());
        }
        return String.format(Locale.ROOT, "%+.3f [%+.3f, %+.3f]", e.path("mean").asDouble(),
                e.path("ci95Low").asDouble(), e.path("ci95High").asDouble());
    }

    private static String number(JsonNode v) {
        return v.isMissingNode() || v.isNull() ? "-" : String.format(Locale.ROOT, "%.4f", v.asDouble());
    }
}
