package org.feedgym.simulator.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr with elapsed time and ETA (the progressbar library), or nothing when
 * switched off ({@code --quiet}) or when stderr is not a terminal.
 */
final class ProgressDisplay implements AutoCloseable {

    private final ProgressBar bar;

    private ProgressDisplay(ProgressBar bar) {
        this.bar = bar;
    }

    /** True when a bar should be drawn: not quiet and attached to a terminal. */
    static boolean wanted(boolean quiet) {
        return !quiet && System.console() != null;
    }

    /** A bar for {@code max} units of {@code unit}, or a silent one when {@code enabled} is false. */
    static ProgressDisplay open(String task, long max, String unit, boolean enabled) {
        if (!enabled) {
            return new ProgressDisplay(null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(" " + unit, 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        return new ProgressDisplay(bar);
    }

    /** Sets the units done so far. */
    synchronized void stepTo(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    /** Adds {@code units} done. */
    synchronized void stepBy(long units) {
        if (bar != null) {
            bar.stepBy(units);
        }
    }

    /** A short message shown after the bar. */
    synchronized void message(String text) {
        if (bar != null) {
            bar.setExtraMessage(text);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
