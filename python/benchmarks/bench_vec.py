"""Throughput of the Python vector env against the same loop inside the JVM, in one run.

    python python/benchmarks/bench_vec.py [--users 256] [--steps 3000] [--config experiments/quickstart.json]

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
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument("--warmup", type=int, default=500)
    parser.add_argument("--threads", type=int, default=None, help="Java threads (default: all cores)")
    args = parser.parse_args()

    rng = np.random.default_rng(0)
    with feedgym.make_vec(args.config, num_users=args.users, threads=args.threads) as env:
        env.reset(seed=0)
        python_loop(env, args.warmup, rng)  # warms the JIT on the Java side too
        java = env.java_benchmark(args.steps, seed=1)
        steps_py, seconds_py = python_loop(env, args.steps, rng)
        java2 = env.java_benchmark(args.steps, seed=2)
    python_rate = steps_py / seconds_py
    java_rate = (java["userSteps"] + java2["userSteps"]) / (java["seconds"] + java2["seconds"])
    print(f"world {args.config}, {args.users} users, {args.steps} steps, random actions, next-step autoreset,"
          f" {java['threads']} Java thread(s)")
    print(f"  python vector env : {python_rate:12,.0f} user-steps/s  ({steps_py:,} user-steps in {seconds_py:.2f} s)")
    print(f"  java, same loop   : {java_rate:12,.0f} user-steps/s  (two runs: {java['userStepsPerSecond']:,.0f},"
          f" {java2['userStepsPerSecond']:,.0f})")
    print(f"  python / java     : {python_rate / java_rate:12.1%}")
    print(json.dumps({"benchmark": "python-vector-env", "config": args.config, "users": args.users,
                      "steps": args.steps, "threads": java["threads"], "pythonUserStepsPerSecond": round(python_rate),
                      "javaUserStepsPerSecond": round(java_rate), "ratio": round(python_rate / java_rate, 3)}))


if __name__ == "__main__":
    main()
