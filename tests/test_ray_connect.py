"""--ray-address is checked before ray.init (batch/ray_data.py reach): a TCP connect, then Ray's own GCS
handshake, each bounded. Only a TCP connect was checked: any server listening there passed, and
ray.init then waited on it for many minutes. Servers here listen on 127.0.0.1 only; skipped where Ray
is not installed."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Iterator

import pytest

pytest.importorskip("ray")

from summariser.batch import ray_data  # noqa: E402
from summariser.core.errors import ConfigError  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


class NotRay:
    """A TCP server on 127.0.0.1 that is not Ray: it accepts, then says nothing (`silent`), or answers
    an HTTP status line and hangs up (`http`)."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.sock.getsockname()[1])
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:  # closed by stop()
                return
            if self.mode == "http":
                try:
                    conn.recv(4096)
                    conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                except OSError:
                    pass
                conn.close()
            else:
                self.held.append(conn)

    def stop(self) -> None:
        self.sock.close()
        for conn in self.held:
            conn.close()
        self.thread.join(timeout=5)


@pytest.fixture
def silent_server() -> Iterator[NotRay]:
    server = NotRay("silent")
    yield server
    server.stop()


@pytest.fixture
def http_server() -> Iterator[NotRay]:
    server = NotRay("http")
    yield server
    server.stop()


def test_a_tcp_server_that_is_not_ray_fails_the_check_within_its_bound(silent_server: NotRay,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ray_data, "HANDSHAKE_TIMEOUT", 8.0, raising=False)
    t0 = time.monotonic()
    with pytest.raises(ConfigError, match=r"127\.0\.0\.1:\d+ is not a Ray cluster.*within 8 s"):
        ray_data.reach(f"127.0.0.1:{silent_server.port}", 5)
    assert time.monotonic() - t0 < 20


def test_the_cli_exits_2_naming_an_address_that_is_not_a_ray_cluster(tmp_path: Path, http_server: NotRay) -> None:
    """The whole command, in a process of its own (a hang is killed at 120 s, and fails the test)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARISER_", "OPENAI_", "RAY_ADDRESS"))}
    env |= {"SUMMARISER_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    script = ("import sys; from summariser.batch import ray_data; ray_data.HANDSHAKE_TIMEOUT = 8.0; "
              "from summariser.cli.main import main; main(sys.argv[1:])")
    address = f"127.0.0.1:{http_server.port}"
    command = [sys.executable, "-c", script, "run", "--runner", "ray", str(ROOT / "examples" / "articles"), "-o",
               str(tmp_path / "out"), "--ray-address", address]
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             start_new_session=True)
    t0 = time.monotonic()
    try:
        _, err = child.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        pytest.fail(f"the run was still waiting on {address} after 120 s")
    assert child.returncode == 2 and f"{address} is not a Ray cluster" in err, err
    assert time.monotonic() - t0 < 60
    assert not (tmp_path / "out" / "records.jsonl").exists()


def test_a_real_ray_head_passes_the_check(tmp_path: Path) -> None:
    """The check must not refuse a cluster: a local Ray head (no token), started by a process of the
    test's own, which shuts it down when its stdin closes."""
    script = ("import sys, ray; ray.init(num_cpus=1, include_dashboard=False, log_to_driver=False); "
              "print(ray.get_runtime_context().gcs_address, flush=True); sys.stdin.read(); ray.shutdown()")
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAY_")} | {"RAY_AUTH_MODE": "disabled"}
    head = subprocess.Popen([sys.executable, "-c", script], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    assert head.stdout is not None and head.stdin is not None
    try:
        gcs = head.stdout.readline().strip()
        assert gcs.rpartition(":")[2].isdigit(), gcs
        t0 = time.monotonic()
        ray_data.reach(gcs, 15, 60)
        assert time.monotonic() - t0 < 30
    finally:
        head.stdin.close()
        try:
            head.wait(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(head.pid, signal.SIGKILL)
            head.wait()


def test_a_cluster_that_wants_a_token_is_named_as_such(monkeypatch: pytest.MonkeyPatch) -> None:
    """What Ray's GCS client says of a cluster with token authentication, when this machine has no token."""
    said = ("ray.exceptions.AuthenticationError: RPC error: InvalidAuthToken: Authentication token is missing "
            "or incorrect. Note: RAY_AUTH_MODE is currently 'disabled' (not 'token').")

    def health_check(command: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
        assert "health-check" in command and command[command.index("--address") + 1] == "10.0.0.5:6379"
        return subprocess.CompletedProcess(command, 1, "", f"Traceback (most recent call last):\n  ...\n{said}\n")

    monkeypatch.setattr(subprocess, "run", health_check)
    with pytest.raises(ConfigError, match="refused this machine's token: ray.exceptions.AuthenticationError"):
        ray_data._gcs_handshake("10.0.0.5:6379", 5)
