"""Throughput of the Python vector env against the same loop inside the JVM, in one run.

    python python/benchmarks/bench_vec.py [--users 256] [--steps 5000] [--rounds 5] [--config ...]

Both loops step N users of the config's world with uniformly random actions (numpy on the Python
side, FeedGym's generator on the Java side) and reset every user the step after its episode
ends (next-step autoreset, by mask). A user-step is one item shown to one user. The Java figure
comes from the serving JVM itself (the `bench` request: a fresh vector environment of the same
world, N and threads, no frames), so the ratio is what the pipe and numpy cost.
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np

import feedgym


def python_loop(env, steps: int, rng: np.random.Generator) -> tuple[int, float]:
    n, k = env.num_envs, env.single_action_space.n
    user_steps = 0
    start = time.perf_counter()
    for _ in range(steps):
        _, _, _, _, infos = env.step(rng.integers(0, k, size=n))
        user_steps += int(np.count_nonzero(infos["_item"]))
    return user_steps, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", default=str(feedgym.feedgym_home() / "experiments" / "quickstart.json"))
    parser.add_argument("--users", type=int, default=256)
    parser.add_argument("--steps", type=int, default=5000, help="steps of each loop, over all rounds")
    parser.add_argument("--warmup", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5, help="alternations of the two loops (default 5)")
    parser.add_argument("--threads", type=int, default=None, help="Java threads (default: all cores)")
    args = parser.parse_args()

    rng = np.random.default_rng(0)
    chunk = max(1, args.steps // args.rounds)
    py, java = [], []
    with feedgym.make_vec(args.config, num_users=args.users, threads=args.threads) as env:
        env.reset(seed=0)
        python_loop(env, args.warmup, rng)  # warms the JIT on the Java side too
        # Alternate the two loops in chunks, so that a change of load on the machine hits both.
        for r in range(args.rounds):
            figures = env.java_benchmark(chunk, seed=r)
            java.append(figures["userSteps"] / figures["seconds"])
            threads = figures["threads"]
            steps, seconds = python_loop(env, chunk, rng)
            py.append(steps / seconds)
    python_rate, java_rate = float(np.median(py)), float(np.median(java))
    print(f"world {args.config}, {args.users} users, {args.rounds} rounds of {chunk} steps each, random actions,"
          f" next-step autoreset, {threads} Java thread(s); medians over the rounds")
    print(f"  python vector env : {python_rate:12,.0f} user-steps/s  (rounds: {', '.join(f'{x:,.0f}' for x in py)})")
    print(f"  java, same loop   : {java_rate:12,.0f} user-steps/s  (rounds: {', '.join(f'{x:,.0f}' for x in java)})")
    print(f"  python / java     : {python_rate / java_rate:12.1%}")
    print(json.dumps({"benchmark": "python-vector-env", "config": args.config, "users": args.users,
                      "steps": chunk * args.rounds, "rounds": args.rounds, "threads": threads,
                      "pythonUserStepsPerSecond": round(python_rate), "javaUserStepsPerSecond": round(java_rate),
                      "ratio": round(python_rate / java_rate, 3)}))


if __name__ == "__main__":
    main()
