package org.feedgym.simulator.bench;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Another FeedGym build (an earlier checkout, built) whose {@code bench env} runs in this JVM, in a
 * class loader of its own, so that the current code and the earlier one can be measured in
 * alternation under the same machine load ({@link EnvBenchmark#compare}).
 *
 * <p>The build is found as the launcher finds it: {@code simulator/target/feedgym-simulator.jar}
 * and the jars of {@code simulator/target/lib} under the checkout. Its classes are loaded with the
 * platform class loader as parent, so none of the current build's classes can stand in for them.
 * The earlier {@code EnvBenchmark.run(Settings)} is called through reflection with the six-number
 * settings every build since the benchmark's first version accepts (users, items, K, d, threads,
 * passes), so the earlier build uses its own default neighbour table.
 */
public final class BaselineBuild implements AutoCloseable {

    private static final String BENCHMARK = "org.feedgym.simulator.bench.EnvBenchmark";

    private final Path checkout;
    private final URLClassLoader loader;

    private BaselineBuild(Path checkout, URLClassLoader loader) {
        this.checkout = checkout;
        this.loader = loader;
    }

    /**
     * Opens the build of the checkout at {@code checkout}.
     *
     * @throws IllegalArgumentException when the checkout has no built simulator jar, with the
     *                                  command that builds it
     */
    public static BaselineBuild open(Path checkout) {
        Path target = checkout.resolve("simulator").resolve("target");
        Path jar = target.resolve("feedgym-simulator.jar");
        Path lib = target.resolve("lib");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            throw new IllegalArgumentException("--baseline " + checkout + ": no FeedGym build there (" + jar
                    + " or " + lib + " is missing); build it with: (cd " + checkout
                    + " && mvn -B -q -DskipTests -pl simulator -am package)");
        }
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> jars = Files.list(lib)) {
            urls.add(jar.toUri().toURL());
            for (Path p : jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                urls.add(p.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("--baseline " + checkout + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("--baseline " + checkout + ": cannot list " + lib + ": " + e.getMessage(), e);
        }
        return of(checkout, urls);
    }

    /** A build whose classes and dependencies are at {@code urls}, named by {@code checkout}. */
    static BaselineBuild of(Path checkout, List<URL> urls) {
        URLClassLoader loader = new URLClassLoader("feedgym-baseline", urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
        try {
            Class.forName(BENCHMARK, false, loader);
        } catch (ClassNotFoundException e) {
            close(loader);
            throw new IllegalArgumentException("--baseline " + checkout + ": its build has no " + BENCHMARK, e);
        }
        return new BaselineBuild(checkout, loader);
    }

    /** The class loader the earlier build's classes come from. */
    ClassLoader loader() {
        return loader;
    }

    /** The checkout this build came from. */
    public Path checkout() {
        return checkout;
    }

    /**
     * Runs the earlier build's {@code bench env} with these settings and returns its figures.
     *
     * @throws IllegalStateException when the earlier build's benchmark cannot be called or fails
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> runEnv(int users, int items, int candidates, int dimensions, int threads, int passes) {
        Thread current = Thread.currentThread();
        ClassLoader before = current.getContextClassLoader();
        current.setContextClassLoader(loader);
        try {
            Class<?> benchmark = Class.forName(BENCHMARK, true, loader);
            Class<?> settings = Class.forName(BENCHMARK + "$Settings", true, loader);
            Constructor<?> make = settings.getConstructor(int.class, int.class, int.class, int.class, int.class,
                    int.class);
            Method run = benchmark.getMethod("run", settings);
            return (Map<String, Object>) run.invoke(null, make.newInstance(users, items, candidates, dimensions,
                    threads, passes));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the baseline build's bench env failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the baseline build at " + checkout + " has no usable "
                    + BENCHMARK + ".run(Settings(users, items, candidates, dimensions, threads, passes)): " + e, e);
        } finally {
            current.setContextClassLoader(before);
        }
    }

    @Override
    public void close() {
        close(loader);
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            System.err.println("warning: could not close the baseline class loader: " + e.getMessage());
        }
    }
}
