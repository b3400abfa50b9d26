package org.feedgym.simulator.cli;

import org.feedgym.simulator.output.Manifest;
import picocli.CommandLine;

/** Prints the version stamped at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"feedgym " + Manifest.buildVersion() + " (Java " + System.getProperty("java.version") + ")"};
    }
}
