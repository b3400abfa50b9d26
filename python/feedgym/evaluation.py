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
from .errors import PolicyError


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
    ignored) and ``replicate``. ``users`` and ``replicates`` override the config's evaluation.
    Raises :class:`feedgym.ConfigError` for a bad config and re-raises what the policy raises.
    """
    req = _bridge.config_request(config)
    req.update(name=name, baselines=baselines)
    if out is not None:
        req["out"] = os.fspath(out)
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
                actions = np.asarray(actions).astype(np.int32).reshape(n)
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
