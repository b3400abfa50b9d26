package org.feedgym.env.check;

import java.util.ArrayList;
import java.util.List;

/**
 * What an environment checker found: one {@link Finding} per named check, in the order run.
 *
 * @param findings every check with its outcome
 */
public record CheckReport(List<Finding> findings) {

    public CheckReport {
        findings = List.copyOf(findings);
    }

    /**
     * One named check.
     *
     * @param check      what was checked, e.g. {@code reset determinism under a seed}
     * @param passed     true when nothing violated it, or when it does not apply
     * @param detail     what was exercised when it passed, the violations when it did not, or why it
     *                   does not apply and what it found
     * @param applicable false when the check was set aside for this environment
     *                   ({@link #notApplicable})
     */
    public record Finding(String check, boolean passed, String detail, boolean applicable) {

        /** A finding of a check that applies. */
        public Finding(String check, boolean passed, String detail) {
            this(check, passed, detail, true);
        }
    }

    /**
     * This report with the named checks set aside: each is kept, as passed, with {@code reason}
     * and what it found in its detail.
     */
    public CheckReport notApplicable(List<String> checks, String reason) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(checks.contains(f.check())
                    ? new Finding(f.check(), true, reason + "; found: " + f.detail(), false) : f);
        }
        return new CheckReport(out);
    }

    /** True when every check passed. */
    public boolean passed() {
        return findings.stream().allMatch(Finding::passed);
    }

    /** The violations, one line each ({@code check: detail}); empty when every check passed. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            if (!f.passed()) {
                out.add(f.check() + ": " + f.detail());
            }
        }
        return out;
    }

    /**
     * One line per check: {@code ok    check (detail)}, {@code FAIL  check: detail}, or, for a check
     * set aside, {@code n/a   check (not applicable: reason; found: ...)}.
     */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            if (!f.applicable()) {
                out.add("n/a   " + f.check() + " (not applicable: " + f.detail() + ")");
            } else {
                out.add(f.passed() ? "ok    " + f.check() + " (" + f.detail() + ")" : "FAIL  " + f.check() + ": " + f.detail());
            }
        }
        return out;
    }

    /**
     * Collects violations by check name, then reports each check once, in the order the checker
     * declares (whether a check first failed or first passed does not move it).
     */
    static final class Builder {
        private final List<String> checks;
        private final java.util.Map<String, List<String>> problems = new java.util.HashMap<>();
        private final java.util.Map<String, String> exercised = new java.util.HashMap<>();

        Builder(List<String> order) {
            checks = new ArrayList<>(order);
        }

        Builder check(String name, String exercisedWhenPassed) {
            if (!checks.contains(name)) {
                checks.add(name);
            }
            exercised.put(name, exercisedWhenPassed);
            return this;
        }

        void fail(String name, String problem) {
            if (!checks.contains(name)) {
                checks.add(name);
            }
            problems.computeIfAbsent(name, k -> new ArrayList<>()).add(problem);
        }

        CheckReport build() {
            List<Finding> out = new ArrayList<>();
            for (String c : checks) {
                List<String> p = problems.get(c);
                if (p == null && !exercised.containsKey(c)) {
                    continue; // declared but not reached (the run stopped early)
                }
                if (p == null) {
                    out.add(new Finding(c, true, exercised.getOrDefault(c, "")));
                } else {
                    String shown = String.join("; ", p.subList(0, Math.min(3, p.size())));
                    out.add(new Finding(c, false, p.size() > 3 ? shown + "; and " + (p.size() - 3) + " more" : shown));
                }
            }
            return new CheckReport(out);
        }
    }
}
