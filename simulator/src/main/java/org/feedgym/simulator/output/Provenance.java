package org.feedgym.simulator.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.feedgym.agents.rl.BlasKernels;

/**
 * Facts about the software a run used, read from the classpath without loading any of it:
 * versions of the main dependencies (from their {@code pom.properties}), the declared ND4J
 * backend, and the FeedGym git commit when the launcher passed it.
 */
public final class Provenance {

    private static final String[][] DEPENDENCIES = {
        {"org.deeplearning4j", "rl4j-core"},
        {"org.deeplearning4j", "deeplearning4j-nn"},
        {"org.nd4j", "nd4j-native"},
        {"com.fasterxml.jackson.core", "jackson-databind"},
        {"org.apache.commons", "commons-csv"},
        {"info.picocli", "picocli"},
        {"me.tongfei", "progressbar"},
    };

    private Provenance() {
    }

    /** groupId:artifactId → version, for the dependencies found on the classpath. */
    public static Map<String, String> dependencyVersions() {
        Map<String, String> versions = new LinkedHashMap<>();
        for (String[] d : DEPENDENCIES) {
            String v = version(d[0], d[1]);
            if (v != null) {
                versions.put(d[0] + ":" + d[1], v);
            }
        }
        return versions;
    }

    /**
     * The ND4J backend the classpath declares (the CPU backend with this platform's natives),
     * without initialising ND4J: runs whose agents never touch ND4J do not pay its start-up.
     */
    public static String nd4jBackend() {
        String v = version("org.nd4j", "nd4j-native");
        if (v == null) {
            return "none";
        }
        for (String platform : new String[] {"linux-x86_64", "linux-arm64", "macosx-x86_64", "macosx-arm64",
            "windows-x86_64"}) {
            if (Provenance.class.getResource("/META-INF/native-image/" + platform + "/jnind4jcpu/") != null
                    || Provenance.class.getResource("/org/nd4j/nativeblas/" + platform + "/") != null) {
                return "nd4j-native " + v + " (CPU, " + platform + " natives; OpenBLAS kernels "
                        + BlasKernels.describe() + ")";
            }
        }
        return "nd4j-native " + v + " (CPU, no natives for this platform found)";
    }

    /** The git commit FeedGym was built from, as passed by the launcher, or {@code unknown}. */
    public static String gitCommit() {
        String fromProperty = System.getProperty("feedgym.gitCommit");
        if (fromProperty != null && !fromProperty.isBlank()) {
            return fromProperty;
        }
        String fromEnv = System.getenv("FEEDGYM_GIT_COMMIT");
        return fromEnv == null || fromEnv.isBlank() ? "unknown" : fromEnv;
    }

    private static String version(String group, String artifact) {
        String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Provenance.class.getResourceAsStream(path)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }
}
