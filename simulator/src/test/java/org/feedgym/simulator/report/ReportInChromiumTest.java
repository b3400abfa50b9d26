package org.feedgym.simulator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens reports in headless Chromium, as a reader's browser would: every image must decode, no
 * script error and no console message (a Content-Security-Policy violation, a blocked external
 * load) may occur, and hostile agent names must show as text.
 *
 * <p>The report's own inline script writes {@code data-images}, {@code data-images-loaded} and
 * {@code data-errors} on the {@code html} element at load; {@code --dump-dom} prints the DOM
 * after load, and {@code --enable-logging=stderr} prints console messages as {@code CONSOLE}
 * lines. Skipped, with the reason shown, only where Chromium is not installed; {@code .ci/run}
 * installs it, so CI always runs this.
 */
class ReportInChromiumTest {

    private static final Pattern HTML_TAG = Pattern.compile("<html\\b[^>]*>");

    /** What Chromium saw. */
    record Seen(String dom, String stderr) {

        String attribute(String name) {
            Matcher tag = HTML_TAG.matcher(dom);
            if (!tag.find()) {
                return null;
            }
            Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag.group());
            return m.find() ? m.group(1) : null;
        }

        List<String> consoleLines() {
            return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }
    }

    private static Optional<Path> chromium() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Chromium, or the test is skipped with the reason printed where Maven's output shows it. */
    private static Path requireChromium() {
        Optional<Path> browser = chromium();
        String reason = "chromium is not installed (apt-get install -y chromium); .ci/run installs it";
        if (browser.isEmpty()) {
            System.err.println("ReportInChromiumTest skipped: " + reason);
        }
        assumeTrue(browser.isPresent(), reason);
        return browser.get();
    }

    private static Seen open(Path browser, Path html, Path work) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(work.resolve("profile"));
        Path out = work.resolve("dom.html");
        Path err = work.resolve("stderr.txt");
        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--enable-logging=stderr",
                "--v=0", "--dump-dom", html.toUri().toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s");
        }
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "chromium failed:\n" + stderr);
        return new Seen(dom, stderr);
    }

    private static void assertRendersCleanly(Seen seen, int expectedImages) {
        assertTrue(seen.dom().contains("</main>"), "no DOM dumped:\n" + seen.stderr());
        assertEquals(String.valueOf(expectedImages), seen.attribute("data-images"), "images in the page");
        assertEquals(String.valueOf(expectedImages), seen.attribute("data-images-loaded"), "images that decoded");
        assertEquals("", seen.attribute("data-errors"), "script errors");
        assertEquals(List.of(), seen.consoleLines(), "console messages");
    }

    @Test
    void aSingleRunReportWithHostileAgentNamesRendersEveryImageAndNoError(@TempDir Path dir) throws Exception {
        Path browser = requireChromium();
        Path run = RunDirectories.single(RunDirectories.HOSTILE_CONFIG, dir.resolve("run"));
        Seen seen = open(browser, ReportWriter.write(run), dir);
        // the seven plots of every run and the per-run dot plot (2 replicates)
        assertRendersCleanly(seen, 8);
        // The serialised DOM escapes text nodes again (& < > only): the names arrived as text.
        assertTrue(seen.dom().contains("<strong>" + asText(RunDirectories.HOSTILE) + "</strong>"), "name as text");
        assertTrue(seen.dom().contains(asText(RunDirectories.HOSTILE_ATTRIBUTE)), "name as text");
        try (Stream<String> lines = seen.dom().lines()) {
            assertTrue(lines.noneMatch(l -> l.contains("<img src=\"x\"")), "an injected image element");
        }
    }

    @Test
    void aReportOfAgentsThatLearnRendersTheSpreadAcrossTrainingRuns(@TempDir Path dir) throws Exception {
        Path browser = requireChromium();
        Path run = RunDirectories.single(org.feedgym.simulator.TestConfigs.LEARNERS, dir.resolve("run"));
        Seen seen = open(browser, ReportWriter.write(run), dir);
        // seven plots of every run, per-run dots, performance profile, training return with its
        // band across runs (300 DQN steps end before the first gradient step: no loss plot)
        assertRendersCleanly(seen, 10);
        assertTrue(seen.dom().contains("Performance profile"), "the performance profile");
        assertTrue(seen.dom().contains("CI over 4 training runs"), "learning agents show the run-level interval");
    }

    /** How Chromium serialises a text node holding {@code text}. */
    private static String asText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void aSweepReportRendersEveryImageAndNoError(@TempDir Path dir) throws Exception {
        Path browser = requireChromium();
        Path sweep = RunDirectories.sweep(RunDirectories.SWEEP_CONFIG, dir.resolve("sweep"));
        assertRendersCleanly(open(browser, ReportWriter.write(sweep), dir), 2);
    }

    @Test
    void aSensitivityReportRendersEveryImageAndNoError(@TempDir Path dir) throws Exception {
        Path browser = requireChromium();
        Path out = dir.resolve("sensitivity");
        org.feedgym.simulator.sensitivity.SensitivityFixture.run(
                org.feedgym.simulator.sensitivity.SensitivityFixture.CONFIG, out, 2);
        Path report = ReportWriter.write(out);
        Seen seen = open(browser, report, dir);
        assertRendersCleanly(seen, 3);
        assertTrue(seen.dom().contains("oracle return &gt; random return"), "the conclusions table");
        // The indices in numbers: every parameter's mu* as sensitivity.json has it, and the signed mu.
        org.feedgym.simulator.sensitivity.SensitivityResult r = new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue(out.resolve("sensitivity.json").toFile(),
                        org.feedgym.simulator.sensitivity.SensitivityResult.class);
        assertTrue(seen.dom().contains("μ (signed)"), "the index table");
        for (org.feedgym.simulator.sensitivity.SensitivityResult.Index i : r.metrics().get(0).indices()) {
            assertTrue(seen.dom().contains("<td>" + String.format(java.util.Locale.ROOT, "%.4g", i.muStar()) + "</td>"),
                    i.parameter() + " mu* " + i.muStar());
        }
    }

    @Test
    void aFidelityPageRendersEveryImageAndNoError(@TempDir Path dir) throws Exception {
        Path browser = requireChromium();
        Path out = Files.createDirectories(dir.resolve("calibration"));
        org.feedgym.simulator.fidelity.FidelityResult r = org.feedgym.simulator.fidelity.FidelityFixture.example();
        org.feedgym.simulator.fidelity.FidelityJson.write(r, out);
        Seen seen = open(browser, ReportWriter.writeFidelity(out, "fidelity <test>"), dir);
        assertRendersCleanly(seen, r.targets().size());
        assertTrue(seen.dom().contains("Not identified by this log"), "the not-identified list");
    }
}
