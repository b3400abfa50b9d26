package org.feedgym.simulator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.feedgym.simulator.fidelity.FidelityFixture;
import org.feedgym.simulator.fidelity.FidelityJson;
import org.feedgym.simulator.fidelity.FidelityResult;
import org.feedgym.simulator.fidelity.NotIdentified;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FidelityReportTest {

    @Test
    void theFidelityPageIsTheSameBytesWhenWrittenTwice(@TempDir Path dir) throws Exception {
        FidelityJson.write(FidelityFixture.example(), dir);
        String first = Files.readString(ReportWriter.writeFidelity(dir, "KuaiRand"), StandardCharsets.UTF_8);
        String second = Files.readString(ReportWriter.writeFidelity(dir, "KuaiRand"), StandardCharsets.UTF_8);
        assertEquals(first, second);
    }

    @Test
    void thePageShowsEveryTargetTheAucsTheFitAndWhatIsNotIdentified(@TempDir Path dir) throws Exception {
        FidelityResult r = FidelityFixture.example();
        FidelityJson.write(r, dir);
        String html = Files.readString(ReportWriter.writeFidelity(dir, "KuaiRand"), StandardCharsets.UTF_8);
        for (var t : r.targets()) {
            assertTrue(html.contains("<strong>" + t.name() + "</strong>"), t.name());
            assertTrue(html.contains(org.feedgym.simulator.report.Html.escape(t.selectionBias())), t.name());
        }
        assertEquals(r.targets().size(), html.split("<img ", -1).length - 1, "one ECDF chart per target");
        assertTrue(html.contains("like-vs-hate"));
        assertTrue(html.contains("logistic regression") && html.contains("item popularity"));
        assertTrue(html.contains("<code>response.watchIntercept</code>"));
        assertTrue(html.contains("<code>personas.teen.harmAttraction</code>"));
        assertTrue(html.contains("CMA-ES, 200 evaluations"));
        assertTrue(html.contains("like rate by watch ratio") && html.contains("[3, ∞)"));
    }

    @Test
    void theCloserOfEachPairIsBold(@TempDir Path dir) throws Exception {
        FidelityResult r = FidelityFixture.example();
        String html = FidelityReport.section(r);
        var ks = r.targets().get(0).ks();
        // The fixture's calibrated model is the closer one on watch ratio.
        assertTrue(ks.calibrated() < ks.defaultModel());
        assertTrue(html.contains("<td>" + Fmt.num(ks.defaultModel()) + "</td><td><strong>" + Fmt.num(ks.calibrated())
                + "</strong></td>"), html);
    }

    @Test
    void textFromTheConfigIsEscaped() throws Exception {
        FidelityResult r = FidelityFixture.example();
        List<NotIdentified> hostile = new ArrayList<>(r.notIdentified());
        hostile.add(new NotIdentified("<img src=x onerror=alert(1)>", 1, "\"quoted\" & <b>bold</b>"));
        String html = FidelityReport.section(new FidelityResult(r.selection(), r.targets(), r.signalRates(), r.auc(),
                r.fitted(), hostile, r.objective()));
        assertFalse(html.contains("<img src=x"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains("&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;"));
    }

    @Test
    void aDirectoryWithoutFidelityJsonIsNamed(@TempDir Path dir) {
        ReportException e = assertThrows(ReportException.class, () -> ReportWriter.writeFidelity(dir, "x"));
        assertEquals(dir + ": has no fidelity.json", e.getMessage());
    }

    @Test
    void anUnreadableFidelityJsonIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("fidelity.json"), "{\"targets\": []}");
        ReportException e = assertThrows(ReportException.class, () -> ReportWriter.writeFidelity(dir, "x"));
        assertEquals(dir.resolve("fidelity.json") + ": cannot be read: not a fidelity.json: missing key selection",
                e.getMessage());
    }

    @Test
    void aRunsReportIncludesTheSectionWhenItsDirectoryHoldsFidelityJson(@TempDir Path dir) throws Exception {
        Path run = RunDirectories.single(org.feedgym.simulator.TestConfigs.SMALL, dir.resolve("run"));
        String without = Files.readString(ReportWriter.write(run), StandardCharsets.UTF_8);
        assertFalse(without.contains("id=\"fidelity\""));
        FidelityJson.write(FidelityFixture.example(), run);
        String with = Files.readString(ReportWriter.write(run), StandardCharsets.UTF_8);
        assertTrue(with.contains("<h2 id=\"fidelity\">How real are the simulated users?</h2>"));
        assertTrue(with.contains("fidelity.json). Write it again"), "the footer names the file");
    }
}
