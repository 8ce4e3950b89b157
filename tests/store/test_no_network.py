"""The no-network guard really catches attempts, allows unix sockets, and fails a run."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.no_network import GUARD, NetworkAttempt

ROOT = Path(__file__).resolve().parents[2]
PYTEST = [sys.executable, "-m", "pytest", "-q"]


def closed_port() -> int:
    """A local TCP port nobody listens on (bound and released, never connected)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_a_connection_to_a_closed_local_port_is_detected() -> None:
    port = closed_port()
    with GUARD.catching() as caught:
        with (
            socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock,
            pytest.raises(NetworkAttempt),
        ):
            sock.connect(("127.0.0.1", port))
        with (
            socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock6,
            pytest.raises(NetworkAttempt),
        ):
            sock6.connect_ex(("::1", port))
        with pytest.raises(NetworkAttempt):
            socket.create_connection(("127.0.0.1", port), timeout=1)
    assert len(caught) == 3
    assert str(port) in caught[0][1]


def test_unix_sockets_are_allowed(tmp_path: Path) -> None:
    path = str(tmp_path / "s")
    with (
        GUARD.catching() as caught,
        socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server,
        socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client,
    ):
        server.bind(path)
        server.listen(1)
        client.connect(path)
    assert caught == []


def test_a_run_that_touched_the_network_fails(tmp_path: Path) -> None:
    (tmp_path / "test_sneaky.py").write_text(
        "import socket\n"
        "def test_swallows_the_error():\n"
        "    try:\n"
        "        socket.create_connection(('192.0.2.1', 80), timeout=1)\n"
        "    except OSError:\n"
        "        pass\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [*PYTEST, "-p", "tests.no_network", "-p", "no:cacheprovider", "test_sneaky.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "1 passed" in done.stdout  # the test itself passed ...
    assert "network access attempted" in done.stdout  # ... but the run failed, and says why
    assert "test_sneaky.py::test_swallows_the_error" in done.stdout
