package org.feedgym.simulator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.feedgym.simulator.report.ReportException;
import org.feedgym.simulator.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code feedgym report RUN_DIR}: writes {@code report.html} into a run directory (single run or
 * sweep) from the files already there. {@code run} does the same when it finishes.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write report.html into a run directory (single run or sweep).",
            "One self-contained file: the config in brief, agents with 95%% CIs and paired",
            "differences, harm by persona, and plots. 'run' writes it too; this writes it again."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "a directory written by 'feedgym run'")
    Path directory;

    @Override
    public Integer call() {
        try {
            Path report = ReportWriter.write(directory);
            System.out.println("Report written to " + report);
            return 0;
        } catch (ReportException e) {
            System.err.println("error: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        } catch (IOException e) {
            System.err.println("error: cannot write the report: " + e.getMessage());
            return FeedGymCli.EXIT_BAD_INPUT;
        }
    }
}
