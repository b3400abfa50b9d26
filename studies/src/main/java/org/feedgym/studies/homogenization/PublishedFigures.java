package org.feedgym.studies.homogenization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The published figures of the homogenization study and the comparison of a run with them: the
 * one home of those figures, read by {@code feedgym study} (through the {@code "published"} part
 * of {@code summary.json}) and by the study's check test.
 *
 * <p><b>Rule.</b> A FeedGym figure <em>differs</em> from a reference when its 95% interval over
 * simulations misses {@code reference ± tolerance}. When the interval overlaps that band, the figure
 * is <em>consistent</em> if the interval's half-width is at most the tolerance, and
 * <em>inconclusive</em> if it is wider (too few simulations to tell; an interval wider than the band
 * overlaps it whatever the truth). The tolerance is the reproduction's target, 0.02 (the published
 * figures are read from the paper's plots to two decimals; 0.025 for random, published as a range),
 * plus the reference's own sampling error where it has a sizeable one (T-RECS's code run at 20
 * simulations: 0.02); the published single-training plot states its own band, ±0.05.
 *
 * <p><b>Protocol.</b> The references hold for the published protocol only (100 users, K = 20, 10
 * items a step, the published utility model, consumed items kept in the lists, the default MF):
 * {@link #protocolDeviations} names every departure, and a run with any is not compared. A
 * reference is compared when the run has its recommender, a mode of its training schedule and
 * step counts, and (for the random-pairs measure) T-RECS's 800 random pairs. The number of
 * simulations is not part of the protocol: it only widens or narrows the interval.
 *
 * <p><b>Known gaps.</b> Two references are known not to be reproduced (the study's README says
 * why); they are compared all the same and reported as known gaps, so that a gap that closes
 * shows as consistent.
 */
public final class PublishedFigures {

    /** Change in Jaccard vs ideal on most-similar pairs ({@code final.homogenizationVsIdeal}). */
    public static final String MOST_SIMILAR_PAIRS = "homogenizationVsIdeal";
    /** Change in Jaccard vs ideal on random pairs ({@code final.randomPairsVsIdeal}), T-RECS's script's measure. */
    public static final String RANDOM_PAIRS = "randomPairsVsIdeal";
    /** The verdict of a figure whose interval overlaps the band but is wider than it. */
    public static final String INCONCLUSIVE = "inconclusive (interval wider than the band: run more simulations)";
    /** The verdict of a figure without an interval (one simulation). */
    public static final String NOT_JUDGED = "not judged (no interval: run 2 or more simulations)";
    /** The random pairs T-RECS's {@code replication_sim.py} measures. */
    public static final int TRECS_RANDOM_PAIRS = 800;

    /** Where a reference comes from. */
    public enum Source {
        /** The published repeated-training figures. */
        PAPER_REPEATED("Chaney et al. 2018 as replicated by T-RECS (400 simulations), repeated training, read from"
                + " the plot to two decimals"),
        /** T-RECS's own code, single training. */
        TRECS_CODE_SINGLE("T-RECS code 0de83a3 (20 simulations, sampling error about 0.02), single training"),
        /** The published single-training plot. */
        PAPER_SINGLE("Chaney et al. 2018, single training: every recommender within +/-0.05 of the ideal"
                + " (published plot)");

        private final String description;

        Source(String description) {
            this.description = description;
        }

        /** The source in a sentence, as reports print it. */
        public String description() {
            return description;
        }
    }

    private static final double TARGET = 0.02;

    /** A config with every component omitted, so every one takes its published value. */
    private static final HomogenizationConfig PUBLISHED_PROTOCOL = new HomogenizationConfig(
            HomogenizationConfig.STUDY, "published", null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    /**
     * One published figure.
     *
     * @param training     {@code "repeated"} or {@code "single"}
     * @param startupSteps the mode's startup steps
     * @param steps        the mode's steps after the startup
     * @param recommender  the compared recommender
     * @param measure      {@link #MOST_SIMILAR_PAIRS} or {@link #RANDOM_PAIRS}
     * @param value        the reference figure
     * @param tolerance    its band, &ge; 0 (see the class comment)
     * @param source       where the figure comes from
     * @param knownGap     why FeedGym is known not to reproduce it, or null
     */
    public record Reference(String training, int startupSteps, int steps, String recommender, String measure,
                            double value, double tolerance, Source source, String knownGap) {

        public Reference {
            Objects.requireNonNull(training, "training");
            Objects.requireNonNull(recommender, "recommender");
            Objects.requireNonNull(source, "source");
            if (!MOST_SIMILAR_PAIRS.equals(measure) && !RANDOM_PAIRS.equals(measure)) {
                throw new IllegalArgumentException("measure must be " + MOST_SIMILAR_PAIRS + " or " + RANDOM_PAIRS
                        + ", got " + measure);
            }
            if (!(tolerance >= 0)) {
                throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
            }
        }

        /** True when a summary's mode is this reference's schedule. */
        boolean matches(JsonNode mode) {
            return training.equals(mode.path("training").asText()) && mode.path("startupSteps").asInt() == startupSteps
                    && mode.path("steps").asInt() == steps;
        }
    }

    /**
     * A reference compared with a run's figure.
     *
     * @param mode      the run's mode name
     * @param reference the published figure
     * @param mean      FeedGym's mean over simulations
     * @param ci95Low   its 95% interval's lower end
     * @param ci95High  its upper end
     */
    public record Comparison(String mode, Reference reference, double mean, double ci95Low, double ci95High) {

        /** False when there is no interval to judge by (a run of one simulation). */
        public boolean judged() {
            return Double.isFinite(ci95Low) && Double.isFinite(ci95High);
        }

        /** Half the interval's width. */
        public double halfWidth() {
            return (ci95High - ci95Low) / 2;
        }

        /** Wider than the band, with a rounding margin so that a half-width equal to the tolerance is not. */
        private boolean wider() {
            return halfWidth() > reference.tolerance() + 1e-12;
        }

        private boolean overlaps() {
            Reference r = reference;
            return ci95High >= r.value() - r.tolerance() && ci95Low <= r.value() + r.tolerance();
        }

        /** True when the interval overlaps {@code value ± tolerance} and is no wider than it. */
        public boolean consistent() {
            return judged() && overlaps() && !wider();
        }

        /** True when the interval overlaps {@code value ± tolerance} but is wider than it. */
        public boolean inconclusive() {
            return judged() && overlaps() && wider();
        }

        /** True when the interval misses {@code value ± tolerance}. */
        public boolean differs() {
            return judged() && !overlaps();
        }

        /** "consistent", {@value #INCONCLUSIVE}, "differs", "differs (known gap)", or {@value #NOT_JUDGED}. */
        public String verdict() {
            if (!judged()) {
                return NOT_JUDGED;
            }
            if (consistent()) {
                return "consistent";
            }
            if (inconclusive()) {
                return INCONCLUSIVE;
            }
            return reference.knownGap() == null ? "differs" : "differs (known gap)";
        }
    }

    /** Every reference, repeated training first. */
    public static final List<Reference> REFERENCES = List.of(
            repeated("popularity", 0.22, TARGET),
            repeated("content", 0.15, TARGET),
            repeated("mf", 0.09, TARGET),
            repeated("social", 0.09, TARGET),
            // Published as "+0.01 to +0.02": the band covers the whole range.
            repeated("random", 0.015, TARGET + 0.005),
            trecsCode("popularity", MOST_SIMILAR_PAIRS, 0.094, null),
            trecsCode("social", RANDOM_PAIRS, 0.043, null),
            trecsCode("content", RANDOM_PAIRS, -0.004, null),
            trecsCode("random", RANDOM_PAIRS, -0.033,
                    "cause not established; FeedGym's random recommender redraws its vectors every step"),
            paperSingle("content", null),
            paperSingle("mf", null),
            paperSingle("social", null),
            paperSingle("random", null),
            paperSingle("popularity", "T-RECS's own code gives +0.094 too: the +/-0.05 reading of the plot does"
                    + " not hold for popularity"));

    private PublishedFigures() {
    }

    private static Reference repeated(String recommender, double value, double tolerance) {
        return new Reference(ModeConfig.REPEATED, 10, 90, recommender, MOST_SIMILAR_PAIRS, value, tolerance,
                Source.PAPER_REPEATED, null);
    }

    /**
     * Single training against T-RECS's code. Popularity is measured on most-similar pairs: its
     * representation is the same for every user, so its most-similar pairs are random pairs.
     */
    private static Reference trecsCode(String recommender, String measure, double value, String knownGap) {
        return new Reference(ModeConfig.SINGLE, 50, 50, recommender, measure, value, TARGET + 0.02,
                Source.TRECS_CODE_SINGLE, knownGap);
    }

    private static Reference paperSingle(String recommender, String knownGap) {
        return new Reference(ModeConfig.SINGLE, 50, 50, recommender, MOST_SIMILAR_PAIRS, 0.0, 0.05,
                Source.PAPER_SINGLE, knownGap);
    }

    /** The reference from {@code source} for {@code recommender}; fails when there is none. */
    public static Reference reference(Source source, String recommender) {
        for (Reference r : REFERENCES) {
            if (r.source() == source && r.recommender().equals(recommender)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no reference from " + source + " for " + recommender);
    }

    /**
     * How {@code config} departs from the published protocol, one phrase per field ("users 200,
     * published 100"); empty when it follows it.
     */
    public static List<String> protocolDeviations(HomogenizationConfig config) {
        HomogenizationConfig p = PUBLISHED_PROTOCOL;
        List<String> out = new ArrayList<>();
        differs(out, "users", config.users(), p.users());
        differs(out, "attributes", config.attributes(), p.attributes());
        differs(out, "itemsPerStep", config.itemsPerStep(), p.itemsPerStep());
        differs(out, "attentionExponent", config.attentionExponent(), p.attentionExponent());
        differs(out, "knownUtilityMean", config.knownUtilityMean(), p.knownUtilityMean());
        differs(out, "utilitySigma", config.utilitySigma(), p.utilitySigma());
        differs(out, "userParamsScale", config.userParamsScale(), p.userParamsScale());
        differs(out, "itemParamsScale", config.itemParamsScale(), p.itemParamsScale());
        differs(out, "itemParamsConcentration", config.itemParamsConcentration(), p.itemParamsConcentration());
        differs(out, "consumedStayInLists", config.consumedStayInLists(), p.consumedStayInLists());
        MfConfig mf = config.mf();
        MfConfig publishedMf = p.mf();
        differs(out, "mf.factors", mf.factors(), publishedMf.factors());
        differs(out, "mf.regularization", mf.regularization(), publishedMf.regularization());
        differs(out, "mf.confidenceWeight", mf.confidenceWeight(), publishedMf.confidenceWeight());
        differs(out, "mf.iterations", mf.iterations(), publishedMf.iterations());
        differs(out, "mf.cgSteps", mf.cgSteps(), publishedMf.cgSteps());
        differs(out, "mf.initialScale", mf.initialScale(), publishedMf.initialScale());
        return out;
    }

    private static void differs(List<String> out, String field, Object value, Object published) {
        if (!value.equals(published)) {
            out.add(field + " " + value + ", published " + published);
        }
    }

    /**
     * Compares the figures of a study {@code summary.json} with every reference it has a figure
     * for (see the class comment), in {@link #REFERENCES} order. Reads the summary only, so it also
     * serves runs off the published protocol, such as a check's negative control.
     */
    public static List<Comparison> compare(JsonNode summary) {
        List<Comparison> out = new ArrayList<>();
        boolean trecsPairs = summary.path("randomPairs").asInt(0) == TRECS_RANDOM_PAIRS;
        for (Reference r : REFERENCES) {
            if (r.measure().equals(RANDOM_PAIRS) && !trecsPairs) {
                continue;
            }
            for (JsonNode mode : summary.path("modes")) {
                JsonNode e = mode.path("recommenders").path(r.recommender()).path("final").path(r.measure());
                if (r.matches(mode) && e.path("mean").isNumber()) {
                    out.add(new Comparison(mode.path("name").asText(), r, e.path("mean").asDouble(),
                            e.path("ci95Low").asDouble(Double.NaN), e.path("ci95High").asDouble(Double.NaN)));
                }
            }
        }
        return out;
    }

    /**
     * The {@code "published"} part of {@code summary.json}: the rule, and either the protocol's
     * deviations (then nothing is compared) or every comparison with its verdict.
     */
    public static ObjectNode toJson(ObjectMapper mapper, HomogenizationConfig config, JsonNode summary) {
        ObjectNode o = mapper.createObjectNode();
        o.put("rule", "differs when FeedGym's 95% interval over simulations misses the reference +/- its"
                + " tolerance; otherwise consistent when the interval's half-width is at most the tolerance,"
                + " inconclusive when it is wider");
        List<String> deviations = protocolDeviations(config);
        if (!deviations.isEmpty()) {
            o.put("protocol", "differs");
            ArrayNode d = o.putArray("deviations");
            deviations.forEach(d::add);
            return o;
        }
        o.put("protocol", "published");
        List<Comparison> comparisons = compare(summary);
        int consistent = 0;
        int inconclusive = 0;
        int differ = 0;
        ArrayNode figures = o.putArray("figures");
        for (Comparison c : comparisons) {
            Reference r = c.reference();
            ObjectNode f = figures.addObject();
            f.put("mode", c.mode());
            f.put("recommender", r.recommender());
            f.put("measure", r.measure());
            f.put("reference", r.value());
            f.put("tolerance", r.tolerance());
            f.put("source", r.source().description());
            number(f, "mean", c.mean());
            number(f, "ci95Low", c.ci95Low());
            number(f, "ci95High", c.ci95High());
            f.put("verdict", c.verdict());
            if (r.knownGap() != null) {
                f.put("knownGap", r.knownGap());
            }
            consistent += c.consistent() ? 1 : 0;
            inconclusive += c.inconclusive() ? 1 : 0;
            differ += c.differs() ? 1 : 0;
        }
        o.put("compared", comparisons.size());
        o.put("consistent", consistent);
        o.put("inconclusive", inconclusive);
        o.put("differ", differ);
        return o;
    }

    /** JSON has no NaN: a figure without a value is null, as in the rest of the summary. */
    private static void number(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.putNull(field);
        }
    }

    /** The {@code "published"} part as {@code feedgym study} prints it; empty when the summary has none. */
    public static String table(JsonNode published) {
        if (published.isMissingNode()) {
            return "";
        }
        if ("differs".equals(published.path("protocol").asText())) {
            return String.format(Locale.ROOT, "%nNot compared with the published figures: the protocol differs (%s).%n",
                    String.join("; ", textValues(published.path("deviations"))));
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%nAgainst the published figures (differs: FeedGym's 95%% interval misses"
                + " reference +/- tolerance; consistent: it overlaps and is no wider than the band):%n"));
        sb.append(String.format(Locale.ROOT, "%-10s %-12s %-14s %-22s %-26s %s%n", "mode", "recommender", "pairs",
                "reference", "FeedGym", "verdict"));
        List<String> sources = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        int knownGapsDiffering = 0;
        for (JsonNode f : published.path("figures")) {
            String source = f.path("source").asText();
            if (!sources.contains(source)) {
                sources.add(source);
            }
            String verdict = f.path("verdict").asText();
            if (f.has("knownGap") && verdict.startsWith("differs")) {
                knownGapsDiffering++;
                gaps.add(f.path("mode").asText() + " " + f.path("recommender").asText() + ": "
                        + f.path("knownGap").asText());
            }
            sb.append(String.format(Locale.ROOT, "%-10s %-12s %-14s %-22s %-26s %s%n", f.path("mode").asText(),
                    f.path("recommender").asText(),
                    RANDOM_PAIRS.equals(f.path("measure").asText()) ? TRECS_RANDOM_PAIRS + " random" : "most similar",
                    String.format(Locale.ROOT, "%+.3f +/- %.3f [%d]", f.path("reference").asDouble(),
                            f.path("tolerance").asDouble(), sources.indexOf(source) + 1),
                    StudyOutput.interval(f), verdict));
        }
        int compared = published.path("compared").asInt();
        int consistent = published.path("consistent").asInt();
        int inconclusive = published.path("inconclusive").asInt();
        int differ = published.path("differ").asInt();
        sb.append(String.format(Locale.ROOT, "%d of %d consistent; %d inconclusive; %d differ, of which %d known gap%s",
                consistent, compared, inconclusive, differ, knownGapsDiffering, knownGapsDiffering == 1 ? "" : "s"));
        int notJudged = compared - consistent - inconclusive - differ;
        sb.append(notJudged == 0 ? "." : String.format(Locale.ROOT, "; %d not judged (one simulation has no interval).",
                notJudged)).append(System.lineSeparator());
        for (int i = 0; i < sources.size(); i++) {
            sb.append(String.format(Locale.ROOT, "[%d] %s%n", i + 1, sources.get(i)));
        }
        for (String g : gaps) {
            sb.append("known gap, ").append(g).append(System.lineSeparator());
        }
        return sb.toString();
    }

    private static List<String> textValues(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
