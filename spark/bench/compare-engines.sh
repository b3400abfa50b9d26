#!/usr/bin/env bash
# Benchmark: the same sweep on the local thread pool and on Spark local[N], alternately, ROUNDS
# times each. Prints, per run, the wall time of the whole command (JVM, Spark start-up, report),
# the sweep time from its manifest (first trial started to summary written: no start-up) and
# trials per second over the sweep time; and checks that every run's summary.json is
# byte-identical to the first. Run ./feedgym once with and once without --engine spark first, so
# that no build is timed.
#
#   spark/bench/compare-engines.sh [CONFIG] [ROUNDS] [N]
#   (defaults: spark/bench/study-slice.json, 3, 2)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
config="${1:-$root/spark/bench/study-slice.json}"
rounds="${2:-3}"
n="${3:-2}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

seconds() { date -d "$1" +%s.%N; }
field() { sed -n "s/^  \"$2\" : \"\{0,1\}\([^\",]*\)\"\{0,1\},\{0,1\}$/\1/p" "$1" | head -n 1; }

printf '%-6s %-12s %5s %8s %9s %9s\n' round engine trials "wall s" "sweep s" "trials/s"
first=""
for r in $(seq 1 "$rounds"); do
  for engine in local spark; do
    out="$tmp/$engine-$r"
    args=(sweep "$config" --out "$out" --threads "$n" -q)
    if [ "$engine" = spark ]; then args+=(--engine spark --master "local[$n]"); fi
    t0="$(date +%s.%N)"
    "$root/feedgym" "${args[@]}" > /dev/null
    t1="$(date +%s.%N)"
    m="$out/manifest.json"
    trials="$(field "$m" trials)"
    sweep="$(echo "$(seconds "$(field "$m" endTime)") - $(seconds "$(field "$m" startTime)")" | bc -l)"
    printf '%-6s %-12s %5d %8.1f %9.1f %9.2f\n' "$r" "$engine" "$trials" "$(echo "$t1 - $t0" | bc -l)" "$sweep" \
      "$(echo "$trials / $sweep" | bc -l)"
    if [ -z "$first" ]; then first="$out/summary.json"
    elif ! cmp -s "$first" "$out/summary.json"; then echo "summary.json of $engine round $r DIFFERS" >&2; exit 1; fi
  done
done
echo "every summary.json byte-identical"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
