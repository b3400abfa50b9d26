import os
import signal
import subprocess
import sys
import textwrap
import time

import numpy as np
import pytest

import feedgym


def _gone(pid: int, timeout: float = 20.0) -> bool:
    end = time.time() + timeout
    while time.time() < end:
        try:
            os.kill(pid, 0)
            with open(f"/proc/{pid}/stat") as f:
                if f.read().split()[2] == "Z":
                    return True
        except (ProcessLookupError, FileNotFoundError):
            return True
        time.sleep(0.1)
    return False


def test_a_jvm_killed_mid_episode_raises_a_feedgym_error(quickstart):
    env = feedgym.make_vec(quickstart, num_users=4)
    env.reset(seed=1)
    env.step(np.zeros(4, dtype=np.int64))
    os.kill(env.pid, signal.SIGKILL)
    with pytest.raises(feedgym.ServerDiedError, match="exited with code"):
        for _ in range(5):
            env.step(np.zeros(4, dtype=np.int64))
    env.close()


def test_close_and_the_context_manager_end_the_jvm(quickstart):
    with feedgym.make(quickstart) as env:
        pid = env.pid
        env.reset(seed=0)
    assert _gone(pid)
    venv = feedgym.make_vec(quickstart, num_users=2)
    pid = venv.pid
    venv.close()
    venv.close()  # closing twice is allowed
    assert _gone(pid)


def _child(code: str, quickstart: str) -> subprocess.Popen:
    script = textwrap.dedent(f"""
        import sys, feedgym
        env = feedgym.make_vec({quickstart!r}, num_users=2)
        env.reset(seed=0)
        print(env.pid, flush=True)
        {code}
    """)
    return subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)


def test_interpreter_exit_ends_the_jvm(quickstart):
    child = _child("", quickstart)
    pid = int(child.stdout.readline())
    child.wait(timeout=60)
    assert _gone(pid)


def test_a_killed_parent_leaves_no_jvm(quickstart):
    child = _child("import time; time.sleep(600)", quickstart)
    pid = int(child.stdout.readline())
    child.kill()
    child.wait()
    assert _gone(pid)


def _stopped(pid: int, timeout: float = 10.0) -> bool:
    """Waits until every thread of ``pid`` is stopped (state T in /proc)."""
    end = time.time() + timeout
    while time.time() < end:
        states = []
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{tid}/stat") as f:
                    states.append(f.read().rsplit(")", 1)[1].split()[0])
            except FileNotFoundError:
                pass
        if states and all(s in ("T", "t") for s in states):
            return True
        time.sleep(0.02)
    return False


def test_a_jvm_that_stops_answering_is_stopped_after_the_timeout(quickstart):
    env = feedgym.make_vec(quickstart, num_users=4, timeout=3)
    env.reset(seed=1)
    env.step(np.zeros(4, dtype=np.int64))  # answers in time: the timeout only bounds a wait
    pid = env.pid
    os.kill(pid, signal.SIGSTOP)  # alive but silent, as a hung JVM
    assert _stopped(pid), "the JVM did not stop"  # the signal lands asynchronously
    start = time.monotonic()
    with pytest.raises(feedgym.AnswerTimeoutError, match=r"did not answer within 3 s"):
        env.step(np.zeros(4, dtype=np.int64))
    assert 2.5 < time.monotonic() - start < 30
    assert _gone(pid)
    with pytest.raises(feedgym.FeedGymError, match="closed"):
        env.step(np.zeros(4, dtype=np.int64))
    env.close()


@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf"), "soon"])
def test_a_timeout_that_is_not_a_positive_number_is_refused_before_any_jvm_starts(quickstart, bad):
    with pytest.raises(ValueError):
        feedgym.make(quickstart, timeout=bad)
