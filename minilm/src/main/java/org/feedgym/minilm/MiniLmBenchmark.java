package org.feedgym.minilm;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.feedgym.env.data.DataPaths;
import org.feedgym.env.data.ReadOptions;
import org.feedgym.env.data.TikTokVideos;

/**
 * MiniLM speed: sentences per second for the full and the quantized model on the first
 * {@code n} TikTok transcripts (after a warm-up of 128), with the model load time and the peak
 * heap. No cache is involved.
 * <pre>{@code java -Xmx1g -XX:+UseParallelGC -cp ... org.feedgym.minilm.MiniLmBenchmark [n] [threads]}</pre>
 */
public final class MiniLmBenchmark {

    private MiniLmBenchmark() {
    }

    /** Runs the benchmark and returns the figures in output order. */
    public static Map<String, Object> run(List<String> texts, int threads) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("benchmark", "minilm");
        out.put("texts", texts.size());
        out.put("threads", threads);
        out.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        for (boolean quantized : new boolean[] {false, true}) {
            String name = quantized ? "minilm-q" : "minilm";
            MiniLmEmbedder e = new MiniLmEmbedder(quantized, threads);
            long t0 = System.nanoTime();
            e.embed(texts.subList(0, Math.min(128, texts.size())), s -> { });
            double warm = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            e.embed(texts, s -> { });
            double seconds = (System.nanoTime() - t1) / 1e9;
            out.put(name + ".loadAndWarmupSeconds", Math.round(warm * 100) / 100.0);
            out.put(name + ".seconds", Math.round(seconds * 100) / 100.0);
            out.put(name + ".sentencesPerSecond", Math.round(texts.size() / seconds));
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        out.put("peakHeapMiB", peak >> 20);
        return out;
    }

    /** Prints the figures. Arguments: number of texts (default 2000), threads (default: processors). */
    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Path root = DataPaths.root().orElseThrow(() -> new IllegalStateException("shared/data not found"));
        List<String> texts = TikTokVideos.read(root.resolve("tiktok-claims"), ReadOptions.LENIENT).transcripts();
        run(texts.subList(0, Math.min(n, texts.size())), threads).forEach((k, v) -> System.out.println(k + ": " + v));
    }
}
