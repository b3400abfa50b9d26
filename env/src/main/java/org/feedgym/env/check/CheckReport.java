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
     * @param check    what was checked, e.g. {@code reset determinism under a seed}
     * @param passed   true when nothing violated it
     * @param detail   what was exercised when it passed, or the violations when it did not
     */
    public record Finding(String check, boolean passed, String detail) {
    }

    /**
     * This report with the named checks set aside: each is kept, as passed, with {@code reason}
     * and what it found in its detail.
     */
    public CheckReport notApplicable(List<String> checks, String reason) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(checks.contains(f.check())
                    ? new Finding(f.check(), true, "not applicable: " + reason + "; found: " + f.detail()) : f);
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

    /** One line per check: {@code ok   check (detail)} or {@code FAIL check: detail}. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(f.passed() ? "ok    " + f.check() + " (" + f.detail() + ")" : "FAIL  " + f.check() + ": " + f.detail());
        }
        return out;
    }

    /** Collects violations by check name, then reports each check once. */
    static final class Builder {
        private final List<String> checks = new ArrayList<>();
        private final java.util.Map<String, List<String>> problems = new java.util.HashMap<>();
        private final java.util.Map<String, String> exercised = new java.util.HashMap<>();

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
