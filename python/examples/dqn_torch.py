"""A small DQN (Mnih et al. 2015) in PyTorch, trained on FeedGym's vector env and evaluated with
feedgym.evaluate, so it lands in FeedGym's tables beside the baselines with the same metrics and
confidence intervals. Needs torch (`pip install torch`; the package itself does not).

    python python/examples/dqn_torch.py [--steps 3000] [--users 64]

The Q-network scores the K candidates from the whole observation vector. The vector env runs in
next-step autoreset mode: a step whose previous step ended a user's episode carries no transition
for that user (its action was ignored), so it is left out of the replay buffer. Terminated
transitions do not bootstrap; truncated ones (the step limit) do.
"""

from __future__ import annotations

import argparse

import numpy as np
import torch
from torch import nn

import feedgym


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default=str(feedgym.feedgym_home() / "experiments" / "quickstart.json"))
    parser.add_argument("--users", type=int, default=64)
    parser.add_argument("--steps", type=int, default=3000, help="vector steps of training")
    parser.add_argument("--eval-users", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    env = feedgym.make_vec(args.config, num_users=args.users)
    dim, k, n = env.single_observation_space.shape[0], env.single_action_space.n, env.num_envs
    # Unbounded features (minutes, steps, sessions, durations) are small in practice; clip for safety.
    q = nn.Sequential(nn.Linear(dim, 128), nn.ReLU(), nn.Linear(128, 128), nn.ReLU(), nn.Linear(128, k))
    target = nn.Sequential(nn.Linear(dim, 128), nn.ReLU(), nn.Linear(128, 128), nn.ReLU(), nn.Linear(128, k))
    target.load_state_dict(q.state_dict())
    optimiser = torch.optim.Adam(q.parameters(), lr=1e-3)
    gamma, batch, capacity = 0.95, 256, 200_000
    buf_obs = np.zeros((capacity, dim), np.float32)
    buf_next = np.zeros((capacity, dim), np.float32)
    buf_act = np.zeros(capacity, np.int64)
    buf_rew = np.zeros(capacity, np.float32)
    buf_term = np.zeros(capacity, np.float32)
    size, pos = 0, 0

    obs, _ = env.reset(seed=args.seed)
    restarted = np.zeros(n, dtype=bool)  # users whose previous step ended their episode
    returns, running = [], np.zeros(n)
    for step in range(args.steps):
        epsilon = max(0.05, 1.0 - step / (0.6 * args.steps))
        with torch.no_grad():
            greedy = q(torch.from_numpy(np.clip(obs, -10, 10))).argmax(1).numpy()
        explore = rng.random(n) < epsilon
        actions = np.where(explore, rng.integers(0, k, size=n), greedy)
        next_obs, rewards, terminated, truncated, _ = env.step(actions)
        valid = ~restarted
        m = int(valid.sum())
        idx = (pos + np.arange(m)) % capacity
        buf_obs[idx], buf_next[idx] = obs[valid], next_obs[valid]
        buf_act[idx], buf_rew[idx], buf_term[idx] = actions[valid], rewards[valid], terminated[valid]
        pos, size = (pos + m) % capacity, min(size + m, capacity)
        running[valid] += rewards[valid]
        ended = terminated | truncated
        returns.extend(running[ended].tolist())
        running[ended] = 0
        restarted = ended
        obs = next_obs

        if size >= batch:
            j = rng.integers(0, size, size=batch)
            o, a = torch.from_numpy(np.clip(buf_obs[j], -10, 10)), torch.from_numpy(buf_act[j])
            with torch.no_grad():
                nq = target(torch.from_numpy(np.clip(buf_next[j], -10, 10))).max(1).values
                y = torch.from_numpy(buf_rew[j]) + gamma * (1 - torch.from_numpy(buf_term[j])) * nq
            loss = nn.functional.smooth_l1_loss(q(o).gather(1, a[:, None]).squeeze(1), y)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
        if step % 250 == 0:
            target.load_state_dict(q.state_dict())
            recent = np.mean(returns[-200:]) if returns else float("nan")
            print(f"step {step:5d}  epsilon {epsilon:.2f}  episodes {len(returns):5d}  mean return (last 200) {recent:.2f}")
    env.close()

    q.eval()

    def policy(batch_obs: np.ndarray) -> np.ndarray:
        with torch.no_grad():
            return q(torch.from_numpy(np.clip(batch_obs, -10, 10))).argmax(1).numpy()

    result = feedgym.evaluate(args.config, policy, name="torch-dqn", users=args.eval_users, replicates=1)
    print(result.table)
    print("run directory:", result.directory)


if __name__ == "__main__":
    main()
