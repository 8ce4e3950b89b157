"""Pytest plugin: the suite must never open a network socket (cxcareer is an offline app).

Why: "offline" is a promise to people whose career data is personal; a dependency that phones
home, or a test that quietly needs the internet, should fail CI rather than pass on a laptop.

Every ``connect``/``connect_ex`` of an ``AF_INET``/``AF_INET6`` socket and every
``socket.create_connection`` is recorded with the test that made it and refused with
:class:`NetworkAttempt` (an ``OSError``, so code under test sees an ordinary failure). Unix
sockets are allowed (PostgreSQL tests use one). Since code may swallow the ``OSError``, the
session finish check fails the run whenever anything was recorded. Subprocesses are not covered.

Register with ``pytest_plugins = ["tests.no_network"]`` in the top-level ``conftest.py``.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

__all__ = ["GUARD", "NetworkAttempt", "NetworkGuard"]

_INET = (socket.AF_INET, socket.AF_INET6)


class NetworkAttempt(ConnectionRefusedError):
    """Raised instead of opening a network connection during the tests."""


class NetworkGuard:
    """Wraps the socket entry points; ``attempts`` lists (test id, address) pairs."""

    def __init__(self) -> None:
        self.attempts: list[tuple[str, str]] = []
        self.current_test = "<outside any test>"
        self._saved: dict[str, Callable[..., Any]] = {}

    @property
    def installed(self) -> bool:
        return bool(self._saved)

    def _record(self, address: object) -> NetworkAttempt:
        self.attempts.append((self.current_test, repr(address)))
        return NetworkAttempt(f"network access is not allowed in tests: {address!r}")

    def install(self) -> None:
        if self.installed:
            return
        guard = self
        original_connect = socket.socket.connect
        original_connect_ex = socket.socket.connect_ex
        original_create = socket.create_connection

        def connect(sock: socket.socket, address: Any) -> None:
            if sock.family in _INET:
                raise guard._record(address)
            original_connect(sock, address)

        def connect_ex(sock: socket.socket, address: Any) -> int:
            if sock.family in _INET:
                raise guard._record(address)
            return original_connect_ex(sock, address)

        def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
            raise guard._record(address)

        self._saved = {
            "connect": original_connect,
            "connect_ex": original_connect_ex,
            "create_connection": original_create,
        }
        socket.socket.connect = connect  # type: ignore[method-assign,assignment]
        socket.socket.connect_ex = connect_ex  # type: ignore[method-assign,assignment]
        socket.create_connection = create_connection

    def uninstall(self) -> None:
        if not self.installed:
            return
        socket.socket.connect = self._saved["connect"]  # type: ignore[method-assign]
        socket.socket.connect_ex = self._saved["connect_ex"]  # type: ignore[method-assign]
        socket.create_connection = self._saved["create_connection"]
        self._saved = {}

    @contextmanager
    def catching(self) -> Iterator[list[tuple[str, str]]]:
        """For the guard's own test: attempts made inside are returned, not held against the run."""
        was_installed = self.installed
        self.install()
        start = len(self.attempts)
        caught: list[tuple[str, str]] = []
        try:
            yield caught
        finally:
            caught.extend(self.attempts[start:])
            del self.attempts[start:]
            if not was_installed:
                self.uninstall()


GUARD = NetworkGuard()


def pytest_configure(config: pytest.Config) -> None:
    GUARD.install()


def pytest_unconfigure(config: pytest.Config) -> None:
    GUARD.uninstall()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    GUARD.current_test = item.nodeid
    try:
        return (yield)
    finally:
        GUARD.current_test = "<outside any test>"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if GUARD.attempts:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if not GUARD.attempts:
        return
    terminalreporter.section("network access attempted", sep="=", red=True)
    for test, address in GUARD.attempts:
        terminalreporter.line(f"{test}: {address}", red=True)
    terminalreporter.line("cxcareer is offline: no test may open a network socket.", red=True)
