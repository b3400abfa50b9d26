package org.feedgym.simulator.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.feedgym.env.data.InteractionLog;
import org.feedgym.simulator.metrics.Estimate;
import org.feedgym.simulator.metrics.Summary;
import org.feedgym.simulator.output.Csv;

/**
 * The outputs of an offline evaluation: {@code offline.json}, {@code offline.csv} and the table
 * printed on the terminal. Every metric is {@code {mean, ci95Low, ci95High, n}} (undefined values
 * as {@code null}); nothing here depends on timing, so the same config gives the same bytes.
 *
 * <pre>{@code
 * {
 *   "name": ..., "seed": ..., "k": 10, "relevanceThreshold": 4.0,
 *   "log": {"source": "movielens", "signal": "rating", "rows": ..., "users": ..., "items": ..., "droppedRows": 0},
 *   "split": {"method": "temporal", "trainRows": ..., "validationRows": ..., "testRows": ...},
 *   "trainMean": {"validation": {"mse": ..., "mae": ..., "rmse": ...}, "test": {...}},
 *   "recommenders": [
 *     {"name": "mf", "type": "mf", "predictsSignal": true,
 *      "validation": {"users": ..., "rankedUsers": ..., "rows": ...,
 *                     "precisionAtK": ..., "recallAtK": ..., "ndcgAtK": ..., "mse": ..., "mae": ..., "rmse": ...},
 *      "test": {...}}
 *   ]
 * }
 * }</pre>
 * Error metrics are {@code null} for recommenders that do not predict the signal.
 */
public final class OfflineReport {

    /** Metric keys in output order. */
    public static final List<String> METRICS = List.of("precisionAtK", "recallAtK", "ndcgAtK", "mse", "mae", "rmse");

    private static final List<String> CSV_METRICS = List.of("precision_at_k", "recall_at_k", "ndcg_at_k", "mse", "mae",
            "rmse");

    private OfflineReport() {
    }

    /** The {@code offline.json} document. */
    public static ObjectNode json(ObjectMapper mapper, LoadedOffline loaded, OfflineLog data, LogSplit split,
                                  OfflineEvaluator.Errors[] trainMean, List<OfflineEvaluator.Result> results) {
        OfflineConfig c = loaded.config();
        ObjectNode root = mapper.createObjectNode();
        root.put("name", c.name());
        root.put("seed", c.seed());
        root.put("k", c.k());
        root.put("relevanceThreshold", loaded.threshold());
        ObjectNode log = root.putObject("log");
        InteractionLog l = data.log();
        log.put("source", c.source().type());
        log.put("signal", c.source().signal());
        log.put("rows", l.size());
        log.put("users", usersWithRows(l));
        log.put("items", l.itemCount());
        log.put("droppedRows", data.droppedRows());
        ObjectNode s = root.putObject("split");
        s.put("method", c.split().method());
        s.put("train", c.split().train());
        s.put("validation", c.split().validation());
        s.put("test", c.split().test());
        s.put("trainRows", split.count(LogSplit.TRAIN));
        s.put("validationRows", split.count(LogSplit.VALIDATION));
        s.put("testRows", split.count(LogSplit.TEST));
        ObjectNode mean = root.putObject("trainMean");
        errors(mapper, mean.putObject("validation"), trainMean[0]);
        errors(mapper, mean.putObject("test"), trainMean[1]);
        ArrayNode recs = root.putArray("recommenders");
        for (OfflineEvaluator.Result r : results) {
            ObjectNode o = recs.addObject();
            o.put("name", r.name());
            o.put("type", r.type());
            o.put("predictsSignal", r.predictsSignal());
            part(mapper, o.putObject("validation"), r.validation());
            part(mapper, o.putObject("test"), r.test());
        }
        return root;
    }

    /** Users with at least one row. */
    static int usersWithRows(InteractionLog l) {
        int n = 0;
        for (int u = 0; u < l.userCount(); u++) {
            n += l.userEnd(u) > l.userStart(u) ? 1 : 0;
        }
        return n;
    }

    private static void part(ObjectMapper mapper, ObjectNode o, OfflineEvaluator.Part p) {
        o.put("users", p.users());
        o.put("rankedUsers", p.rankedUsers());
        o.put("rows", p.rows());
        o.set("precisionAtK", Summary.toJson(mapper, p.ranking().precision()));
        o.set("recallAtK", Summary.toJson(mapper, p.ranking().recall()));
        o.set("ndcgAtK", Summary.toJson(mapper, p.ranking().ndcg()));
        errors(mapper, o, p.errors());
    }

    private static void errors(ObjectMapper mapper, ObjectNode o, OfflineEvaluator.Errors e) {
        for (String m : List.of("mse", "mae", "rmse")) {
            if (e == null) {
                o.putNull(m);
            } else {
                o.set(m, Summary.toJson(mapper, m.equals("mse") ? e.mse() : m.equals("mae") ? e.mae() : e.rmse()));
            }
        }
    }

    private static Estimate metric(OfflineEvaluator.Part p, String m) {
        OfflineEvaluator.Errors e = p.errors();
        return switch (m) {
            case "precisionAtK" -> p.ranking().precision();
            case "recallAtK" -> p.ranking().recall();
            case "ndcgAtK" -> p.ranking().ndcg();
            default -> e == null ? null : m.equals("mse") ? e.mse() : m.equals("mae") ? e.mae() : e.rmse();
        };
    }

    /**
     * {@code offline.csv}: one row per recommender and part ({@code validation}, {@code test}),
     * plus the train-mean reference ({@code recommender} = {@code train-mean}), with each metric's
     * mean, interval and n; empty cells where a metric does not apply.
     */
    public static String csv(int k, OfflineEvaluator.Errors[] trainMean, List<OfflineEvaluator.Result> results)
            throws IOException {
        List<String> header = new ArrayList<>(List.of("recommender", "type", "part", "k", "users", "ranked_users",
                "rows"));
        for (String m : CSV_METRICS) {
            header.add(m);
            header.add(m + "_ci95_low");
            header.add(m + "_ci95_high");
            header.add(m + "_n");
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                .setRecordSeparator("\n").get())) {
            for (OfflineEvaluator.Result r : results) {
                for (String partName : List.of("validation", "test")) {
                    OfflineEvaluator.Part part = partName.equals("test") ? r.test() : r.validation();
                    List<String> row = new ArrayList<>(List.of(r.name(), r.type(), partName, Integer.toString(k),
                            Integer.toString(part.users()), Integer.toString(part.rankedUsers()),
                            Integer.toString(part.rows())));
                    for (String m : METRICS) {
                        cells(row, metric(part, m));
                    }
                    p.printRecord(row);
                }
            }
            for (int i = 0; i < 2; i++) {
                List<String> row = new ArrayList<>(List.of("train-mean", "reference", i == 0 ? "validation" : "test",
                        Integer.toString(k), "", "", Integer.toString(trainMean[i].mse().n())));
                for (int c = 0; c < 3; c++) {
                    cells(row, null);
                }
                cells(row, trainMean[i].mse());
                cells(row, trainMean[i].mae());
                cells(row, trainMean[i].rmse());
                p.printRecord(row);
            }
        }
        return out.toString();
    }

    private static void cells(List<String> row, Estimate e) {
        if (e == null) {
            row.addAll(List.of("", "", "", ""));
            return;
        }
        row.add(Csv.num(e.mean()));
        row.add(Csv.num(e.ci95Low()));
        row.add(Csv.num(e.ci95High()));
        row.add(Integer.toString(e.n()));
    }

    /** The terminal table of the test part: mean ± half-width of the 95% interval. */
    public static String table(int k, OfflineEvaluator.Errors testMean, List<OfflineEvaluator.Result> results) {
        StringBuilder b = new StringBuilder();
        // 24 characters: a bracketed interval, 0.0007 [0.0000, 0.0015], fits as well as 0.0007 ± 0.0008.
        String head = "%-16s | %-24s | %-24s | %-24s | %-24s | %-24s | %s%n";
        b.append(String.format(Locale.ROOT, head, "recommender", "P@" + k, "R@" + k, "NDCG@" + k, "RMSE", "MAE",
                "users"));
        for (OfflineEvaluator.Result r : results) {
            OfflineEvaluator.Part t = r.test();
            b.append(String.format(Locale.ROOT, head, r.name(), pm(t.ranking().precision()), pm(t.ranking().recall()),
                    pm(t.ranking().ndcg()), t.errors() == null ? "-" : pm(t.errors().rmse()),
                    t.errors() == null ? "-" : pm(t.errors().mae()), t.rankedUsers()));
        }
        b.append(String.format(Locale.ROOT, head, "(train mean)", "-", "-", "-", pm(testMean.rmse()), pm(testMean.mae()),
                "-"));
        return b.toString();
    }

    /** {@code 0.1234 ± 0.0056} ({@code 0.0007 [0.0000, 0.0015]} when not symmetric), as {@link Estimate#format}. */
    static String pm(Estimate e) {
        return e.format("%.4f");
    }
}
