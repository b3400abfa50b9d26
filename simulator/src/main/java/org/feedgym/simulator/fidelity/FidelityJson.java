package org.feedgym.simulator.fidelity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.feedgym.simulator.config.Json;

/**
 * Writes {@link FidelityResult} as {@code fidelity.json} and reads it back (for the report).
 *
 * <p>The layout, keys always in this order:
 * <pre>{@code
 * {
 *   "selection": {"name", "anyOf": [signals], "note"},
 *   "targets": [ { "name", "description", "unit", "selection", "selectionBias",
 *                  "ks": {"default": x, "calibrated": y}, "wasserstein": {"default": x, "calibrated": y},
 *                  "n": {"real", "default", "calibrated"},
 *                  "quantiles": {"real": [101 values], "default": [...], "calibrated": [...]} } ],
 *   "signalRatesByWatchRatioBin": [ { "signal", "binLower": [...],
 *                  "real": {"rows": [...], "rate": [...]}, "default": {...}, "calibrated": {...} } ],
 *   "auc": { "like-vs-hate": { "positives", "negatives", "users",
 *                  "model": {"default": {"value", "ci95Low", "ci95High"}, "calibrated": {...}},
 *                  "itemPopularity": {...}, "logisticRegression": {...} } },
 *   "fitted": [ {"parameter", "value", "lower", "upper", "start"} ],
 *   "notIdentified": [ {"parameter", "value", "reason"} ],
 *   "objective": {"description", "default", "calibrated"},
 *   "optimiser": "..."
 * }
 * }</pre>
 * Every non-integer number is rounded to {@value #SIGNIFICANT_DIGITS} significant digits; NaN
 * and infinities are written as {@code null} (JSON has neither) and read back as NaN. Lines end
 * in {@code \n} on every platform, and the file holds no path and no time, so the same result
 * gives the same bytes.
 */
public final class FidelityJson {

    /** File name inside an output directory. */
    public static final String FILE_NAME = "fidelity.json";

    /** Significant digits of written numbers. */
    public static final int SIGNIFICANT_DIGITS = 6;

    private static final MathContext ROUND = new MathContext(SIGNIFICANT_DIGITS);
    private static final ObjectMapper MAPPER = Json.strictMapper();

    private FidelityJson() {
    }

    /** The JSON text, ending in a newline. */
    public static String write(FidelityResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode selection = root.putObject("selection").put("name", result.selection().name());
        result.selection().anyOf().forEach(selection.putArray("anyOf")::add);
        selection.put("note", result.selection().note());
        ArrayNode targets = root.putArray("targets");
        for (TargetFidelity t : result.targets()) {
            ObjectNode o = targets.addObject();
            o.put("name", t.name()).put("description", t.description()).put("unit", t.unit())
                    .put("selection", t.selection()).put("selectionBias", t.selectionBias());
            pair(o.putObject("ks"), t.ks());
            pair(o.putObject("wasserstein"), t.wasserstein());
            o.putObject("n").put("real", t.real().n()).put("default", t.defaultModel().n())
                    .put("calibrated", t.calibrated().n());
            ObjectNode q = o.putObject("quantiles");
            numbers(q.putArray("real"), t.real().quantiles());
            numbers(q.putArray("default"), t.defaultModel().quantiles());
            numbers(q.putArray("calibrated"), t.calibrated().quantiles());
        }
        ArrayNode rates = root.putArray("signalRatesByWatchRatioBin");
        for (SignalRates s : result.signalRates()) {
            ObjectNode o = rates.addObject().put("signal", s.signal());
            numbers(o.putArray("binLower"), s.edges());
            rates(o.putObject("real"), s.real());
            rates(o.putObject("default"), s.defaultModel());
            rates(o.putObject("calibrated"), s.calibrated());
        }
        ObjectNode auc = root.putObject("auc");
        for (BehaviourAuc b : result.auc()) {
            ObjectNode o = auc.putObject(b.behaviour()).put("positives", b.positives()).put("negatives", b.negatives())
                    .put("users", b.users());
            ObjectNode model = o.putObject("model");
            estimate(model.putObject("default"), b.modelDefault());
            estimate(model.putObject("calibrated"), b.modelCalibrated());
            estimate(o.putObject("itemPopularity"), b.itemPopularity());
            estimate(o.putObject("logisticRegression"), b.logisticRegression());
        }
        ArrayNode fitted = root.putArray("fitted");
        for (FittedParameter p : result.fitted()) {
            ObjectNode o = fitted.addObject().put("parameter", p.parameter());
            number(o, "value", p.value());
            number(o, "lower", p.lower());
            number(o, "upper", p.upper());
            number(o, "start", p.start());
        }
        ArrayNode missing = root.putArray("notIdentified");
        for (NotIdentified p : result.notIdentified()) {
            ObjectNode o = missing.addObject().put("parameter", p.parameter());
            number(o, "value", p.value());
            o.put("reason", p.reason());
        }
        Objective objective = result.objective();
        if (objective == null) {
            root.putNull("objective");
            root.putNull("optimiser");
        } else {
            ObjectNode o = root.putObject("objective").put("description", objective.description());
            number(o, "default", objective.atDefault());
            number(o, "calibrated", objective.atCalibrated());
            root.put("optimiser", objective.optimiser());
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    /** Writes {@code fidelity.json} into a directory and returns the file. */
    public static Path write(FidelityResult result, Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        Files.writeString(file, write(result), StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Reads what {@link #write(FidelityResult)} wrote.
     *
     * @throws IOException when the text is not such a file; the message names the JSON path
     */
    public static FidelityResult read(String json) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        try {
            JsonNode sel = required(root, "selection");
            Selection selection = new Selection(text(sel, "name"), StreamSupport.stream(required(sel, "anyOf").spliterator(),
                    false).map(JsonNode::asText).toList(), text(sel, "note"));
            List<TargetFidelity> targets = new ArrayList<>();
            for (JsonNode t : required(root, "targets")) {
                JsonNode n = required(t, "n");
                JsonNode q = required(t, "quantiles");
                targets.add(new TargetFidelity(text(t, "name"), text(t, "description"), text(t, "unit"),
                        text(t, "selection"), text(t, "selectionBias"), pair(required(t, "ks")),
                        pair(required(t, "wasserstein")),
                        new Sample(required(n, "real").intValue(), doubles(required(q, "real"))),
                        new Sample(required(n, "default").intValue(), doubles(required(q, "default"))),
                        new Sample(required(n, "calibrated").intValue(), doubles(required(q, "calibrated")))));
            }
            List<SignalRates> rates = new ArrayList<>();
            for (JsonNode s : required(root, "signalRatesByWatchRatioBin")) {
                rates.add(new SignalRates(text(s, "signal"), doubles(required(s, "binLower")),
                        rates(required(s, "real")), rates(required(s, "default")), rates(required(s, "calibrated"))));
            }
            List<BehaviourAuc> auc = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = required(root, "auc").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode b = e.getValue();
                JsonNode model = required(b, "model");
                auc.add(new BehaviourAuc(e.getKey(), required(b, "positives").intValue(),
                        required(b, "negatives").intValue(), required(b, "users").intValue(),
                        estimate(required(model, "default")), estimate(required(model, "calibrated")),
                        estimate(required(b, "itemPopularity")), estimate(required(b, "logisticRegression"))));
            }
            List<FittedParameter> fitted = new ArrayList<>();
            for (JsonNode p : required(root, "fitted")) {
                fitted.add(new FittedParameter(text(p, "parameter"), number(p, "value"), number(p, "lower"),
                        number(p, "upper"), number(p, "start")));
            }
            List<NotIdentified> notIdentified = new ArrayList<>();
            for (JsonNode p : required(root, "notIdentified")) {
                notIdentified.add(new NotIdentified(text(p, "parameter"), number(p, "value"), text(p, "reason")));
            }
            JsonNode o = required(root, "objective");
            Objective objective = o.isNull() ? null : new Objective(text(o, "description"), number(o, "default"),
                    number(o, "calibrated"), text(root, "optimiser"));
            return new FidelityResult(selection, targets, rates, auc, fitted, notIdentified, objective);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("not a fidelity.json: " + e.getMessage(), e);
        }
    }

    /** Rounds to {@value #SIGNIFICANT_DIGITS} significant digits; NaN and infinities stay as they are. */
    static double round(double v) {
        return Double.isFinite(v) && v != 0 ? new BigDecimal(v).round(ROUND).doubleValue() : v == 0 ? 0.0 : v;
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, round(v));
        } else {
            o.putNull(key);
        }
    }

    private static void numbers(ArrayNode a, List<Double> values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(round(v));
            } else {
                a.addNull();
            }
        }
    }

    private static void pair(ObjectNode o, DefaultVsCalibrated p) {
        number(o, "default", p.defaultModel());
        number(o, "calibrated", p.calibrated());
    }

    private static void rates(ObjectNode o, SignalRates.Rates r) {
        ArrayNode rows = o.putArray("rows");
        r.rows().forEach(rows::add);
        numbers(o.putArray("rate"), r.rate());
    }

    private static void estimate(ObjectNode o, AucEstimate e) {
        number(o, "value", e.value());
        number(o, "ci95Low", e.ci95Low());
        number(o, "ci95High", e.ci95High());
    }

    private static JsonNode required(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing key " + key);
        }
        return v;
    }

    private static String text(JsonNode node, String key) {
        return required(node, key).asText();
    }

    private static double number(JsonNode node, String key) {
        JsonNode v = required(node, key);
        return v.isNull() ? Double.NaN : v.doubleValue();
    }

    private static List<Double> doubles(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(v -> v.isNull() ? Double.NaN : v.doubleValue())
                .toList();
    }

    private static DefaultVsCalibrated pair(JsonNode o) {
        return new DefaultVsCalibrated(number(o, "default"), number(o, "calibrated"));
    }

    private static SignalRates.Rates rates(JsonNode o) {
        return new SignalRates.Rates(StreamSupport.stream(required(o, "rows").spliterator(), false)
                .map(JsonNode::intValue).toList(), doubles(required(o, "rate")));
    }

    private static AucEstimate estimate(JsonNode o) {
        return new AucEstimate(number(o, "value"), number(o, "ci95Low"), number(o, "ci95High"));
    }
}
