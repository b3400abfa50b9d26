"""``feedgym.evaluate``: a Python policy inside FeedGym's own evaluation."""

from __future__ import annotations

import inspect
import json
import os
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np

from . import _bridge
from ._bridge import Reader, Server
from .errors import FeedGymError, PolicyError


@dataclass(frozen=True)
class Evaluation:
    """A finished evaluation: its run directory (``summary.json``, ``episodes.csv``,
    ``report.html``... as ``feedgym run`` writes them), the summary table FeedGym prints, and
    ``summary.json`` read back."""

    directory: Path
    report: Path | None
    table: str
    agent: str
    summary: dict = field(repr=False)

    def __str__(self) -> str:
        return self.table


def _arity(policy: Callable) -> int:
    try:
        params = inspect.signature(policy).parameters.values()
    except (TypeError, ValueError):
        return 1
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    if any(p.kind == p.VAR_POSITIONAL for p in params) or len(positional) >= 2:
        return 2
    return 1


def _shown(value: Any) -> str:
    """An action as the user wrote it: ``1.7``, ``nan``, ``True``, ``4294967296``."""
    if isinstance(value, np.generic):
        value = value.item()
    return repr(value)


def _policy_actions(answer: Any, n: int, k: int, active: np.ndarray) -> np.ndarray:
    """The policy's answer as the int32[N] of the ACTIONS frame, or :class:`PolicyError` naming the
    first user whose action breaks the rule and its value.

    The rule is ``env.step``'s (``Discrete(K).contains``): an action is an integer, so a float
    answer is refused, ``1.7`` and ``nan`` as well as ``2.0``, rather than truncated. Whether an
    active user's action is in [0, K) is checked by FeedGym; here only values that int32 cannot
    hold are refused with that rule, since casting would wrap them into range."""
    if answer is None:
        raise PolicyError(f"the policy returned None for {n} users; it must return one candidate index per "
                          f"user (did it forget to return its actions?)")
    acts = np.asarray(answer)
    if acts.size != n:
        raise PolicyError(f"the policy returned {acts.size} actions for {n} users; it must return one "
                          f"candidate index per user")
    acts = acts.reshape(n)
    narrow, u, why = _bridge.int32_actions(acts, active)
    if why == "integer":
        raise PolicyError(f"the policy chose action {_shown(acts[u])} for user {u}; actions must be integers "
                          f"(candidate indices in [0, {k})), as env.step requires, got {acts.dtype} actions")
    if why == "range":
        raise PolicyError(f"the policy chose action {_shown(acts[u])} for user {u}; actions must be in [0, {k})")
    return narrow


def evaluate(config: Any, policy: Callable, *, name: str = "python", out: str | os.PathLike | None = None,
             users: int | None = None, replicates: int | None = None, baselines: bool = True,
             threads: int | None = None) -> Evaluation:
    """Evaluates ``policy`` with FeedGym's evaluation of ``config`` (a path or a dict) and writes a
    normal run directory, where the policy is the agent ``name`` (type ``python``) beside the
    config's own agents (unless ``baselines=False``), with the same users, seeds, metrics and
    confidence intervals.

    ``policy(obs)`` or ``policy(obs, info)`` gets the observation batch of all evaluation users
    (float32, N × dim, as from :func:`feedgym.make_vec`) and returns N candidate indices; ``info``
    holds ``candidates`` (N × K catalog ids), ``active`` (N booleans: actions of ended users are
    ignored) and ``replicate``. ``users`` and ``replicates`` override the config's evaluation;
    ``threads`` (default: the machine's cores) are FeedGym's worker threads.

    The policy is called from this thread only, one batch at a time, and the replicates ask it one
    after another in replicate order (replicate 0's batches, then replicate 1's...) whatever
    ``threads`` is; the threads step each replicate's users and run the config's own agents. So a
    deterministic policy, even one that keeps state such as a seeded numpy generator, writes the same
    ``summary.json`` and ``episodes.csv`` on any thread count.

    Actions follow ``env.step``'s rule: integers (an integer array; floats, even ``2.0``, are
    refused rather than truncated), each in [0, K) for an active user. Raises
    :class:`feedgym.ConfigError` for a bad config, :class:`feedgym.PolicyError` naming the user and
    the value for an action that breaks the rule, and re-raises what the policy raises.
    """
    req = _bridge.config_request(config)
    req.update(name=name, baselines=baselines)
    if out is not None:
        req["out"] = os.fspath(out)
        if os.path.exists(req["out"]) and not (os.path.isdir(req["out"]) and not os.listdir(req["out"])):
            # Said here in Python's words (the run's own check speaks of the CLI's --out).
            raise FeedGymError(f"out={req['out']!r} exists and is not an empty directory; choose another out= "
                               f"or remove it")
    if users is not None:
        req["users"] = int(users)
    if replicates is not None:
        req["replicates"] = int(replicates)
    if threads is not None:
        req["threads"] = int(threads)
    two = _arity(policy) == 2
    server = Server()
    try:
        server.send(_bridge.EVALUATE, json.dumps(req).encode("utf-8"))
        while True:
            op, body = server.receive()
            if op == _bridge.EVALUATED:
                done = json.loads(bytes(body))
                directory = Path(done["directory"])
                summary = json.loads((directory / "summary.json").read_text(encoding="utf-8"))
                return Evaluation(directory, Path(done["report"]) if done.get("report") else None, done["table"],
                                  done["agent"], summary)
            if op != _bridge.ACT:
                raise _bridge.FeedGymError(f"protocol error: unexpected answer 0x{op:x} during an evaluation")
            r = Reader(body)
            replicate, n, dim, k = r.u32(), r.u32(), r.u32(), r.u32()
            features = r.array(np.float32, n * dim, (n, dim))
            candidates = r.array(np.int32, n * k, (n, k))
            active = r.array(np.uint8, n).view(np.bool_)
            try:
                if two:
                    actions = policy(features, {"candidates": candidates, "active": active, "replicate": replicate})
                else:
                    actions = policy(features)
                actions = _policy_actions(actions, n, k, active)
            except BaseException as e:
                message = "the policy raised " + "".join(traceback.format_exception_only(type(e), e)).strip()
                try:
                    server.send(_bridge.ABORT, message.encode("utf-8"))
                    server.receive()
                except PolicyError:
                    pass
                except _bridge.FeedGymError:
                    pass
                raise
            server.send(_bridge.ACTIONS, actions)
    finally:
        server.close()
