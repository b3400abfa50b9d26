"""The child JVM (``<checkout>/feedgym serve``) and the binary frames exchanged with it.

A frame is ``uint32 body length | uint8 op | body``, little-endian; arrays in a body are raw
buffers read with ``numpy.frombuffer``. The Java side is
``org.feedgym.simulator.serve.Frames``; the layouts are listed there and in the README.
"""

from __future__ import annotations

import collections
import json
import os
import select
import shutil
import struct
import subprocess
import sys
import threading
import time
import weakref
from pathlib import Path
from typing import Any

import numpy as np

from .errors import AnswerTimeoutError, ConfigError, FeedGymError, JavaNotFoundError, PolicyError, ServerDiedError

# Requests
OPEN, RESET, STEP, EVALUATE, ACTIONS, ABORT, BENCH, REPLAY, CLOSE = range(1, 10)
# Answers
OPENED, OBSERVED, STEPPED, ACT, EVALUATED, BENCHED, REPLAYED = range(0x81, 0x88)
ERROR = 0xE0
CONFIG_ERROR, REQUEST_ERROR, INTERNAL_ERROR, ABORTED = 1, 2, 3, 4

_HEADER = struct.Struct("<IB")


def feedgym_home() -> Path:
    """The FeedGym checkout: ``$FEEDGYM_HOME``, else the one recorded when the package was built,
    else the checkout this package's files lie in (an editable install or a source tree)."""
    candidates = []
    if os.environ.get("FEEDGYM_HOME"):
        home = Path(os.environ["FEEDGYM_HOME"]).expanduser()
        if not (home / "feedgym").is_file():
            raise FeedGymError(f"FEEDGYM_HOME={home} holds no 'feedgym' launcher; point it at the FeedGym checkout")
        return home.resolve()
    try:
        from . import _home  # written by setup.py at build time

        candidates.append(Path(_home.HOME))
    except ImportError:
        pass
    candidates.extend(Path(__file__).resolve().parents)
    for c in candidates:
        if (c / "feedgym").is_file() and (c / "pom.xml").is_file():
            return c
    raise FeedGymError("cannot find the FeedGym checkout (the folder holding ./feedgym and pom.xml): "
                       "set FEEDGYM_HOME, or install this package from the checkout with 'pip install ./python'")


def _child_environment() -> dict[str, str]:
    env = dict(os.environ)
    java_home = env.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        env["PATH"] = str(Path(java_home) / "bin") + os.pathsep + env.get("PATH", "")
    if shutil.which("java", path=env.get("PATH")) is None:
        raise JavaNotFoundError("FeedGym needs Java 17 or later, and no 'java' was found on PATH or under "
                                "JAVA_HOME; install a JDK 17 (e.g. 'apt-get install openjdk-17-jdk-headless')")
    return env


def _widen_pipes(*streams) -> None:
    """Lets a whole step answer (about 100 KiB for 256 users) sit in the pipe, so that the JVM
    writes it in one go instead of waking this process once per 64 KiB (Linux only; harmless
    elsewhere)."""
    try:
        import fcntl

        for stream in streams:
            fcntl.fcntl(stream.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)
    except (ImportError, OSError):
        pass


# The JVM's one line at start when the launcher enables the Vector API (README, "Speed"): not news.
_INCUBATOR_WARNING = "WARNING: Using incubator modules"


def _shutdown(proc: subprocess.Popen) -> None:
    """Ends the child: close request and end of input first, then a kill if it lingers."""
    if proc.poll() is None:
        try:
            proc.stdin.write(_HEADER.pack(0, CLOSE))
            proc.stdin.close()
        except (OSError, ValueError):
            pass
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    for stream in (proc.stdin, proc.stdout):
        try:
            stream.close()
        except (OSError, ValueError):
            pass


def check_timeout(timeout: float | None) -> float | None:
    """``timeout`` as seconds (a positive number), or None to wait for every answer as long as it
    takes."""
    if timeout is None:
        return None
    t = float(timeout)
    if not 0 < t < float("inf"):  # NaN fails both comparisons
        raise ValueError(f"timeout must be a positive number of seconds or None, got {timeout!r}")
    return t


class Server:
    """One ``feedgym serve`` child process. Not thread-safe: one request at a time.

    ``timeout`` (seconds, or None) bounds the wait for each answer once it is set; the opening of
    an environment is not bounded, since the first start may build the project.
    """

    timeout: float | None = None

    def __init__(self) -> None:
        home = feedgym_home()
        env = _child_environment()
        self._stderr: collections.deque[str] = collections.deque(maxlen=60)
        try:
            self._proc = subprocess.Popen([str(home / "feedgym"), "serve"], stdin=subprocess.PIPE,
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0,
                                          cwd=os.getcwd(), env=env)
        except OSError as e:
            raise ServerDiedError(f"cannot start {home / 'feedgym'} serve: {e}") from None
        self._out = self._proc.stdin
        self._in = self._proc.stdout
        _widen_pipes(self._out, self._in)
        self._reader = threading.Thread(target=self._drain_stderr, name="feedgym-stderr", daemon=True)
        self._reader.start()
        # Ends the child when this object is collected or the interpreter exits.
        self._finalizer = weakref.finalize(self, _shutdown, self._proc)
        self.closed = False

    def _drain_stderr(self) -> None:
        for raw in iter(self._proc.stderr.readline, b""):
            line = raw.decode("utf-8", "replace").rstrip("\n")
            if line.startswith(_INCUBATOR_WARNING):
                continue
            self._stderr.append(line)
            if line.startswith("feedgym:") or os.environ.get("FEEDGYM_VERBOSE"):
                print(line, file=sys.stderr, flush=True)
        self._proc.stderr.close()

    @property
    def pid(self) -> int:
        return self._proc.pid

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._finalizer()

    # ------------------------------------------------------------------ frames

    def _closed_with_tail(self) -> str:
        """Marks this server closed once its process has ended; the end of its stderr."""
        self._reader.join(timeout=2)
        self.closed = True
        return "\n".join(self._stderr) or "(no output on stderr)"

    def _died(self) -> ServerDiedError:
        try:
            code = self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            code = self._proc.wait()
        tail = self._closed_with_tail()
        return ServerDiedError(f"the FeedGym JVM exited with code {code}; its last words on stderr:\n{tail}")

    def send(self, op: int, *parts: Any) -> None:
        if self.closed:
            raise FeedGymError("the environment is closed")
        body = b"".join(p if isinstance(p, (bytes, bytearray, memoryview)) else p.tobytes() for p in parts)
        data = memoryview(_HEADER.pack(len(body), op) + body)
        try:
            while data:
                n = self._out.write(data)
                data = data[n:]
        except (BrokenPipeError, ConnectionResetError, ValueError, OSError):
            raise self._died() from None

    def _timed_out(self) -> AnswerTimeoutError:
        waited = self.timeout
        self._proc.kill()
        self._proc.wait()
        tail = self._closed_with_tail()
        return AnswerTimeoutError(f"the FeedGym JVM did not answer within {waited:g} s (timeout); it was stopped and "
                                  f"the environment is closed. Its last words on stderr:\n{tail}")

    def _read_exact(self, n: int, deadline: float | None) -> bytearray:
        buf = bytearray(n)
        view = memoryview(buf)
        got = 0
        while got < n:
            if deadline is not None:
                left = deadline - time.monotonic()
                ready = left > 0 and select.select([self._in], [], [], left)[0]
                if not ready:
                    raise self._timed_out()
            try:
                r = self._in.readinto(view[got:])
            except (OSError, ValueError):
                r = 0
            if not r:
                raise self._died()
            got += r
        return buf

    def receive(self) -> tuple[int, bytearray]:
        """The next answer; an error frame is raised as the matching exception."""
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        length, op = _HEADER.unpack(self._read_exact(5, deadline))
        body = self._read_exact(length, deadline)
        if op == ERROR:
            kind, message = body[0], body[1:].decode("utf-8")
            if kind == CONFIG_ERROR:
                raise ConfigError(message)
            if kind == ABORTED:
                raise PolicyError(message)
            if kind == REQUEST_ERROR:
                raise FeedGymError(message)
            raise FeedGymError(message + ("\n" + "\n".join(list(self._stderr)[-20:]) if self._stderr else ""))
        return op, body

    def request(self, op: int, *parts: Any, expect: int) -> bytearray:
        try:
            self.send(op, *parts)
            got, body = self.receive()
        except (KeyboardInterrupt, SystemExit):
            # Interrupted between a request and its answer: the stream is out of step for good.
            self.close()
            raise
        if got != expect:
            raise FeedGymError(f"protocol error: expected answer 0x{expect:x}, got 0x{got:x}")
        return body

    def json_request(self, op: int, payload: dict, expect: int) -> dict:
        return json.loads(bytes(self.request(op, json.dumps(payload).encode("utf-8"), expect=expect)))


def config_request(config: Any) -> dict:
    """The config part of an open or evaluate request: a path the JVM reads itself (relative to
    the current directory, as the user wrote it), or a dict sent as JSON text."""
    if isinstance(config, (str, os.PathLike)):
        return {"config": os.fspath(config)}
    if isinstance(config, dict):
        return {"configText": json.dumps(config), "source": "<dict>"}
    raise TypeError(f"config must be a path or a dict, got {type(config).__name__}")


class Reader:
    """Cuts a frame body into numpy arrays, in order (no copies: views into the body)."""

    def __init__(self, body: bytearray) -> None:
        self.body = body
        self.pos = 0

    def array(self, dtype: Any, count: int, shape: tuple | None = None) -> np.ndarray:
        a = np.frombuffer(self.body, dtype=dtype, count=count, offset=self.pos)
        self.pos += a.nbytes
        return a.reshape(shape) if shape is not None else a

    def u32(self) -> int:
        (v,) = struct.unpack_from("<I", self.body, self.pos)
        self.pos += 4
        return v


def int32_actions(acts: np.ndarray, active: np.ndarray | None = None) -> tuple[np.ndarray | None, int, str]:
    """Actions as the int32 a frame carries, under ``env.step``'s rule (``Discrete(K).contains``)
    short of the range check FeedGym makes: ``(narrow, -1, "")`` when they pass, else
    ``(None, u, why)`` for the first user ``u`` whose action breaks it. ``why`` is ``"integer"`` when
    the array is not of integers (floats, even ``2.0``, would be truncated; ``u`` is the first value
    that is not even a whole number, else 0) and ``"range"`` when ``u``'s value does not fit int32
    (a cast would wrap it into range; only users marked in ``active`` count when it is given)."""
    if not np.issubdtype(acts.dtype, np.integer):
        return None, next((i for i in range(acts.size) if not _whole(acts[i])), 0), "integer"
    narrow = acts.astype(np.int32)
    wrapped = narrow != acts
    if active is not None:
        wrapped &= active
    bad = np.flatnonzero(wrapped)
    return (None, int(bad[0]), "range") if bad.size else (narrow, -1, "")


def _whole(value: Any) -> bool:
    """True for a whole number (``2``, ``2.0``); false for ``1.7``, ``nan``, ``inf``, ``None``..."""
    try:
        return float(value).is_integer()
    except (TypeError, ValueError, OverflowError):
        return False
