package org.feedgym.simulator.cli;

import java.io.BufferedInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.feedgym.simulator.report.ReportException;
import org.feedgym.simulator.report.ReportWriter;
import org.feedgym.simulator.run.RunService;
import org.feedgym.simulator.serve.Frames;
import org.feedgym.simulator.serve.ServeSession;
import picocli.CommandLine.Command;

/**
 * {@code feedgym serve}: the world behind binary frames on standard input and output, for the
 * Python package ({@code python/}). Standard output carries frames only: everything else the JVM
 * prints goes to standard error. The process ends when its input ends (the Python side closed or
 * died) or when its parent process exits, so no JVM outlives the Python process that started it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serve environments and evaluations to the Python package (not for interactive use).",
        description = {"Serve environments and evaluations to the Python package over binary frames on",
            "stdin/stdout (see python/README or the README's \"From Python\"). Not for interactive use."})
final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException {
        PrintStream frames = new PrintStream(new FileOutputStream(FileDescriptor.out), false);
        // Library code that prints to System.out must not corrupt the frame stream.
        System.setOut(System.err);
        watchParent();
        ServeSession session = new ServeSession(
                new Frames.Reader(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16)),
                new Frames.Writer(frames), ServeCommand::evaluate, System.err);
        try {
            session.run();
        } catch (IOException e) {
            // The reader of our output is gone: nobody is left to answer.
            System.err.println("feedgym serve: output closed (" + e.getMessage() + "); exiting");
        }
        return 0;
    }

    /** Exits at once when the parent process does (its pipe may still be held open by others). */
    private static void watchParent() {
        ProcessHandle.current().parent().ifPresent(parent ->
                parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
    }

    /** The steps of {@code feedgym run} for one config: run directory, then report.html. */
    private static ServeSession.Evaluated evaluate(org.feedgym.agents.registry.AgentRegistry registry,
                                                   org.feedgym.simulator.config.ConfigLoader loader,
                                                   org.feedgym.simulator.config.LoadedConfig loaded, Path out,
                                                   int threads) throws IOException {
        Path dir = out != null ? out : RunDirectories.defaultDirectory(loaded.config().name());
        // The Python policy is not in the config: runs kept for a resume could be another policy's.
        RunService.Result result = new RunService(registry, loader.mapper(), Clock.systemUTC()).withoutKeptRuns()
                .run(loaded, dir, threads);
        String table = SummaryTable.render(result.summary());
        Path report = null;
        try {
            report = ReportWriter.write(result.directory());
        } catch (ReportException | IOException | RuntimeException e) {
            System.err.println("feedgym serve: the run is complete but its report could not be written (" + e
                    + "); try 'feedgym report " + result.directory() + "'");
        }
        return new ServeSession.Evaluated(result.directory(), report, table);
    }
}
