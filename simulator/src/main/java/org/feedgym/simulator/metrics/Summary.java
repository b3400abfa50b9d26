package org.feedgym.simulator.metrics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.feedgym.simulator.config.Json;

/**
 * {@code summary.json} of a run, written and read by Jackson: for every agent each metric as an
 * {@link Estimate} {@code {mean, ci95Low, ci95High, n}}, the {@link Metric.Use#BY_PERSONA} metrics
 * per persona, the vulnerable-to-control ratios, and the paired differences to the baseline. What
 * each metric means is in {@link MetricRegistry}; {@link SummaryBuilder} computes the summary.
 *
 * <p>Maps keep their order (metric order of the registry, persona order of the config), so files
 * stay diff-friendly. A field that does not apply (an agent that failed has no metrics) is left
 * out, not written as {@code null}.
 *
 * <p>Figures across training runs sit beside the episode-level ones: {@code runLevel} (an interval
 * over the means of the replicates, each an independent training run), {@code iqm} (interquartile
 * mean with a stratified bootstrap interval), and for agents that learn
 * {@code runLevelDifference} (paired differences averaged per run, then over runs) and
 * {@code probabilityOfImprovement} over the baseline; see {@link RunLevel}. They are nullable
 * components, left out when null, so files written before them read as before.
 *
 * @param experiment the config's name
 * @param seed       the config's root seed
 * @param baseline   the agent paired differences are taken against; written even when null
 * @param agents     every agent in config order, failed ones included
 * @param runInterval how {@code runLevel} intervals are formed: {@code "t"} or
 *                   {@code "cluster-bootstrap"}; null in files written before run-level figures
 */
@JsonPropertyOrder({"experiment", "seed", "baseline", "runInterval", "agents"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Summary(String experiment, long seed,
                      @JsonInclude(JsonInclude.Include.ALWAYS) String baseline, String runInterval,
                      List<AgentSummary> agents) {

    public Summary {
        agents = List.copyOf(agents);
    }

    /** A summary without run-level figures (as written before them). */
    public Summary(String experiment, long seed, String baseline, List<AgentSummary> agents) {
        this(experiment, seed, baseline, null, agents);
    }

    /** The agent called {@code id}, if the summary has one. */
    public Optional<AgentSummary> agent(String id) {
        return agents.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * The supply side of a world with creators ({@code world.creators}), each figure an estimate
     * over training runs (one value per run; 95% t interval).
     *
     * @param harmfulUploadShare   harmful share of every item uploaded during the run
     * @param newItemExposureShare share of all items shown that were uploaded during the run
     * @param lastDayCatalogEntropyBits topic entropy of the showable catalog on the last day reached
     * @param days                 day by day, from day 1
     */
    @JsonPropertyOrder({"harmfulUploadShare", "newItemExposureShare", "lastDayCatalogEntropyBits", "days"})
    public record Supply(Estimate harmfulUploadShare, Estimate newItemExposureShare,
                         Estimate lastDayCatalogEntropyBits, List<SupplyDay> days) {
        public Supply {
            days = List.copyOf(days);
        }
    }

    /**
     * One simulated day of the supply side over training runs (runs that did not reach the day
     * are left out of its estimates).
     *
     * @param day                  the day, from 1
     * @param harmfulUploadShare   harmful share of the day's uploads
     * @param catalogEntropyBits   topic entropy of the items showable from this day on, in bits
     * @param newItemExposureShare share of the day's shown items that were uploaded during the run
     */
    @JsonPropertyOrder({"day", "harmfulUploadShare", "catalogEntropyBits", "newItemExposureShare"})
    public record SupplyDay(int day, Estimate harmfulUploadShare, Estimate catalogEntropyBits,
                            Estimate newItemExposureShare) {
    }

    /** Whether an agent finished its evaluation. */
    public enum Status {
        @JsonProperty("ok") OK,
        @JsonProperty("failed") FAILED
    }

    /**
     * One agent's results.
     *
     * @param id                  the agent's name in the config
     * @param type                its registry type
     * @param status              ok or failed
     * @param error               why it failed; null when ok
     * @param episodes            episodes evaluated; null when failed
     * @param replicates          replicates evaluated; null when failed
     * @param metrics             metric key → estimate over episodes (per-replicate metrics: over
     *                            replicates), in registry order; null when failed
     * @param byPersona           persona → its figures, in config order; null when failed
     * @param vulnerableToControl the vulnerable ÷ control ratios; null when failed or when either
     *                            persona is absent
     * @param pairedDifference    agent − baseline over matched episodes; null for the baseline
     *                            itself, when failed, or when there is no baseline that finished
     * @param learns              true when the agent trained before evaluation, so that each
     *                            replicate is a training run; null when failed or in older files
     * @param runLevel            per-episode metric key → the mean of the replicates' (training
     *                            runs') means with a 95% interval over runs ({@code n} = runs),
     *                            formed as {@link Summary#runInterval} says; null when failed
     * @param iqm                 {@link Metric.Use#ACROSS_RUNS} metric key → interquartile mean of
     *                            all episodes with a stratified bootstrap 95% interval; null when failed
     * @param runLevelDifference  for an agent that learns: agent − baseline averaged over matched
     *                            episodes within each run, then a t interval over runs; else null
     * @param probabilityOfImprovement for an agent that learns: per {@link Metric.Use#ACROSS_RUNS}
     *                            metric P(agent run beats baseline run), with a stratified
     *                            bootstrap 95% interval; else null
     * @param runMeans            {@link Metric.Use#ACROSS_RUNS} metric key → each replicate's
     *                            (training run's) mean in replicate order, null where a run has
     *                            no defined value; what the report's per-run dot plot and
     *                            performance profile draw. Null when failed
     * @param versusRanker        for an intervention whose ranker the config also evaluates bare:
     *                            its paired differences against that ranker; else null
     * @param supply              in a world with creators, the supply side over training runs
     *                            ({@link Supply}); null otherwise
     * @param userSide            the user-side interventions the agent's users ran under, by type,
     *                            innermost first (their parameters are in config.resolved.json);
     *                            null when there were none
     */
    @JsonPropertyOrder({"id", "type", "userSide", "status", "error", "episodes", "replicates", "learns", "metrics", "runLevel",
        "iqm", "runMeans", "byPersona", "vulnerableToControl", "pairedDifference", "runLevelDifference",
        "probabilityOfImprovement", "versusRanker", "supply"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgentSummary(String id, String type, Status status, String error, Integer episodes,
                               Integer replicates, Map<String, Estimate> metrics, Map<String, PersonaSummary> byPersona,
                               VulnerableToControl vulnerableToControl, PairedDifference pairedDifference,
                               Boolean learns, Map<String, Estimate> runLevel, Map<String, Estimate> iqm,
                               PairedDifference runLevelDifference, PairedDifference probabilityOfImprovement,
                               Map<String, List<Double>> runMeans, RankerComparison versusRanker, Supply supply,
                               List<String> userSide) {

        /** An agent summary of a world without creators, for an agent compared with no bare ranker. */
        public AgentSummary(String id, String type, Status status, String error, Integer episodes,
                            Integer replicates, Map<String, Estimate> metrics, Map<String, PersonaSummary> byPersona,
                            VulnerableToControl vulnerableToControl, PairedDifference pairedDifference,
                            Boolean learns, Map<String, Estimate> runLevel, Map<String, Estimate> iqm,
                            PairedDifference runLevelDifference, PairedDifference probabilityOfImprovement,
                            Map<String, List<Double>> runMeans) {
            this(id, type, status, error, episodes, replicates, metrics, byPersona, vulnerableToControl,
                    pairedDifference, learns, runLevel, iqm, runLevelDifference, probabilityOfImprovement, runMeans,
                    null, null, null);
        }

        public AgentSummary {
            if (id == null || type == null || status == null) {
                throw new IllegalArgumentException("an agent summary needs id, type and status, got " + id + ", "
                        + type + ", " + status);
            }
            metrics = metrics == null ? null : ordered(metrics);
            byPersona = byPersona == null ? null : ordered(byPersona);
            runLevel = runLevel == null ? null : ordered(runLevel);
            iqm = iqm == null ? null : ordered(iqm);
            userSide = userSide == null || userSide.isEmpty() ? null : List.copyOf(userSide);
            if (runMeans != null) {
                Map<String, List<Double>> copy = new LinkedHashMap<>();
                // Not List.copyOf: a run with no defined value is a null entry.
                runMeans.forEach((k, v) -> copy.put(k, Collections.unmodifiableList(new java.util.ArrayList<>(v))));
                runMeans = Collections.unmodifiableMap(copy);
            }
        }

        /** An agent summary without figures across training runs (as written before them). */
        public AgentSummary(String id, String type, Status status, String error, Integer episodes, Integer replicates,
                            Map<String, Estimate> metrics, Map<String, PersonaSummary> byPersona,
                            VulnerableToControl vulnerableToControl, PairedDifference pairedDifference) {
            this(id, type, status, error, episodes, replicates, metrics, byPersona, vulnerableToControl,
                    pairedDifference, null, null, null, null, null, null, null, null, null);
        }

        /** The summary of an agent that failed. */
        public static AgentSummary failed(String id, String type, String error) {
            return failed(id, type, error, null);
        }

        /** The summary of an agent that failed, whose users ran under these user-side interventions. */
        public static AgentSummary failed(String id, String type, String error, List<String> userSide) {
            return new AgentSummary(id, type, Status.FAILED, error, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, userSide);
        }

        /** True when the agent trained before evaluation (each replicate a training run). */
        @JsonIgnore
        public boolean learner() {
            return Boolean.TRUE.equals(learns);
        }

        /** The run-level estimate of a metric, when the summary has one. */
        public Optional<Estimate> runLevel(Metric metric) {
            return Optional.ofNullable(runLevel == null ? null : runLevel.get(metric.key()));
        }

        /**
         * The estimate a table shows by default: run-level for an agent that learns (when the
         * summary has it), the episode-level one otherwise.
         */
        public Optional<Estimate> shown(Metric metric) {
            return learner() && runLevel(metric).isPresent() ? runLevel(metric) : metric(metric);
        }

        /** Each training run's mean of a metric (null for a run without one), when the summary has them. */
        public Optional<List<Double>> runMeans(Metric metric) {
            return Optional.ofNullable(runMeans == null ? null : runMeans.get(metric.key()));
        }

        /** P(this agent's run beats the baseline's) for a metric, when there is one. */
        public Optional<Estimate> probabilityOfImprovement(Metric metric) {
            return Optional.ofNullable(probabilityOfImprovement == null ? null
                    : probabilityOfImprovement.differences().get(metric.key()));
        }

        /** True when the agent finished its evaluation. */
        @JsonIgnore
        public boolean ok() {
            return status == Status.OK;
        }

        /** The estimate of a metric; empty when this summary has none for it (or the agent failed). */
        public Optional<Estimate> metric(Metric metric) {
            return Optional.ofNullable(metrics == null ? null : metrics.get(metric.key()));
        }

        /** The paired difference of a metric to the baseline, when there is one. */
        public Optional<Estimate> difference(Metric metric) {
            return Optional.ofNullable(pairedDifference == null ? null : pairedDifference.differences().get(metric.key()));
        }

        /** One persona's figures, when the summary has them. */
        public Optional<PersonaSummary> persona(String persona) {
            return Optional.ofNullable(byPersona == null ? null : byPersona.get(persona));
        }
    }

    /**
     * One persona's figures for one agent; in JSON {@code {"episodes": n, "<metric>": estimate, ...}}.
     *
     * @param episodes episodes of users of this persona
     * @param metrics  metric key → estimate over those episodes, in registry order
     */
    @JsonSerialize(using = PersonaSummary.Writer.class)
    @JsonDeserialize(using = PersonaSummary.Reader.class)
    public record PersonaSummary(int episodes, Map<String, Estimate> metrics) {

        public PersonaSummary {
            metrics = ordered(metrics);
        }

        /** The estimate of a metric, if this persona has one. */
        public Optional<Estimate> metric(Metric metric) {
            return Optional.ofNullable(metrics.get(metric.key()));
        }

        static final class Writer extends Flat.Writer<PersonaSummary> {
            Writer() {
                super(PersonaSummary.class, (p, g) -> g.writeNumberField("episodes", p.episodes()),
                        PersonaSummary::metrics);
            }
        }

        static final class Reader extends Flat.Reader<PersonaSummary> {
            Reader() {
                super(PersonaSummary.class, List.of("episodes"), (o, m) -> new PersonaSummary(o.path("episodes").asInt(), m));
            }
        }
    }

    /**
     * Ratios of the vulnerable persona's mean to the control persona's, with bootstrap 95% CIs; in
     * JSON {@code {"vulnerable": p, "control": q, "<metric>": estimate, ...}}.
     *
     * @param vulnerable the numerator's persona
     * @param control    the denominator's persona
     * @param ratios     metric key → ratio estimate, in registry order
     */
    @JsonSerialize(using = VulnerableToControl.Writer.class)
    @JsonDeserialize(using = VulnerableToControl.Reader.class)
    public record VulnerableToControl(String vulnerable, String control, Map<String, Estimate> ratios) {

        public VulnerableToControl {
            ratios = ordered(ratios);
        }

        static final class Writer extends Flat.Writer<VulnerableToControl> {
            Writer() {
                super(VulnerableToControl.class, (r, g) -> {
                    g.writeStringField("vulnerable", r.vulnerable());
                    g.writeStringField("control", r.control());
                }, VulnerableToControl::ratios);
            }
        }

        static final class Reader extends Flat.Reader<VulnerableToControl> {
            Reader() {
                super(VulnerableToControl.class, List.of("vulnerable", "control"), (o, m) ->
                        new VulnerableToControl(o.path("vulnerable").asText(), o.path("control").asText(), m));
            }
        }
    }

    /**
     * An intervention against the same ranker without it, on the same users (and, for a ranker
     * that learns, the same training runs: {@code harm-filter(dqn)} wraps the network {@code dqn}
     * trained in that replicate).
     *
     * @param ranker    the bare ranker's name
     * @param paired    {@link Metric.Use#PAIRED_DIFFERENCE} metric key → intervention − ranker over
     *                  episodes matched by (replicate, user)
     * @param byPersona persona → the same paired differences for the
     *                  {@link Metric.Use#BY_PERSONA} metrics among that persona's users
     * @param runLevel  for a ranker that learns: the differences averaged within each training run,
     *                  then a t interval over runs; else null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"ranker", "paired", "byPersona", "runLevel"})
    public record RankerComparison(String ranker, Map<String, Estimate> paired,
                                   Map<String, Map<String, Estimate>> byPersona, Map<String, Estimate> runLevel) {

        public RankerComparison {
            paired = ordered(paired);
            if (byPersona != null) {
                Map<String, Map<String, Estimate>> copy = new LinkedHashMap<>();
                byPersona.forEach((k, v) -> copy.put(k, ordered(v)));
                byPersona = Collections.unmodifiableMap(copy);
            }
            runLevel = runLevel == null ? null : ordered(runLevel);
        }
    }

    /**
     * Paired differences agent − baseline over episodes matched by (replicate, user); in JSON
     * {@code {"baseline": name, "<metric>": estimate, ...}}.
     *
     * @param baseline    the baseline agent
     * @param differences metric key → difference estimate, in registry order
     */
    @JsonSerialize(using = PairedDifference.Writer.class)
    @JsonDeserialize(using = PairedDifference.Reader.class)
    public record PairedDifference(String baseline, Map<String, Estimate> differences) {

        public PairedDifference {
            differences = ordered(differences);
        }

        static final class Writer extends Flat.Writer<PairedDifference> {
            Writer() {
                super(PairedDifference.class, (d, g) -> g.writeStringField("baseline", d.baseline()),
                        PairedDifference::differences);
            }
        }

        static final class Reader extends Flat.Reader<PairedDifference> {
            Reader() {
                super(PairedDifference.class, List.of("baseline"),
                        (o, m) -> new PairedDifference(o.path("baseline").asText(), m));
            }
        }
    }

    /**
     * Reads {@code summary.json}. Fields this version does not know (added by a newer FeedGym) are
     * passed over, so an older report still shows what it knows.
     *
     * @throws NotARunSummary when the file is a JSON object without an {@code agents} list (the
     *                        summary of a study, say)
     * @throws IOException    when the file cannot be read or parsed into a summary
     */
    public static Summary read(Path file) throws IOException {
        JsonNode tree = READER.readTree(file.toFile());
        if (tree == null || !tree.isObject()) {
            // Empty, or not an object: Jackson's own reading names the problem.
            return READER.readValue(file.toFile(), Summary.class);
        }
        if (!tree.hasNonNull("agents")) {
            throw new NotARunSummary();
        }
        return READER.treeToValue(tree, Summary.class);
    }

    /**
     * A JSON file read as a run's {@code summary.json} that is not one: it has no {@code agents}
     * list. The message says so in words, to follow the file's name.
     */
    public static final class NotARunSummary extends IOException {

        private static final long serialVersionUID = 1L;

        NotARunSummary() {
            super("not the summary of a run: it has no \"agents\" list, which every summary.json of"
                    + " 'feedgym run' has");
        }
    }

    /** The summary as FeedGym writes it: indented JSON and a final newline. */
    public String toJson(ObjectMapper mapper) throws IOException {
        return mapper.writeValueAsString(this) + "\n";
    }

    /** {@code {mean, ci95Low, ci95High, n}} with NaN written as null, for outputs still built as trees. */
    public static ObjectNode toJson(ObjectMapper mapper, Estimate e) {
        return mapper.valueToTree(e);
    }

    private static final ObjectMapper READER = Json.strictMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** An unmodifiable copy that keeps the order ({@link Map#copyOf} would not). */
    static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * JSON of an object that holds a few named fields and then one estimate per metric key, side by
     * side: the shape {@code byPersona}, {@code vulnerableToControl} and {@code pairedDifference}
     * have had since the first summary.
     */
    static final class Flat {

        private Flat() {
        }

        interface Head<T> {
            void write(T value, JsonGenerator gen) throws IOException;
        }

        interface Make<T> {
            T make(ObjectNode node, Map<String, Estimate> estimates);
        }

        abstract static class Writer<T> extends StdSerializer<T> {
            private static final long serialVersionUID = 1L;
            private final transient Head<T> head;
            private final transient Function<T, Map<String, Estimate>> estimates;

            Writer(Class<T> type, Head<T> head, Function<T, Map<String, Estimate>> estimates) {
                super(type);
                this.head = head;
                this.estimates = estimates;
            }

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartObject();
                head.write(value, gen);
                for (Map.Entry<String, Estimate> e : estimates.apply(value).entrySet()) {
                    gen.writeFieldName(e.getKey());
                    provider.defaultSerializeValue(e.getValue(), gen);
                }
                gen.writeEndObject();
            }
        }

        abstract static class Reader<T> extends StdDeserializer<T> {
            private static final long serialVersionUID = 1L;
            private final transient List<String> head;
            private final transient Make<T> make;

            Reader(Class<T> type, List<String> head, Make<T> make) {
                super(type);
                this.head = head;
                this.make = make;
            }

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonNode node = ctxt.readTree(p);
                if (!(node instanceof ObjectNode object)) {
                    throw JsonMappingException.from(p, "expected an object of " + head + " and estimates, got " + node);
                }
                Map<String, Estimate> estimates = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!head.contains(e.getKey())) {
                        estimates.put(e.getKey(), ctxt.readTreeAsValue(e.getValue(), Estimate.class));
                    }
                }
                return make.make(object, estimates);
            }
        }
    }
}
