"""Loaded by every Python child process a test starts (tests/conftest.py puts this folder on
PYTHONPATH): network sockets and name lookups fail there as they do in the test process
(pytest-socket), so a CLI, crash-writer or self-test child cannot reach the network either.
Unix sockets and loopback (D-Bus, the keyring, socketpair) stay allowed."""

from __future__ import annotations

import os
import socket

_BLOCKED = {socket.AF_INET, socket.AF_INET6}


class NetworkBlockedInTests(RuntimeError):
    """Not an OSError: code that tolerates network failures must not swallow this."""


_LOOPBACK = {"127.0.0.1", "::1", "localhost", "", None}


def _check(address: object) -> None:
    host = address[0] if isinstance(address, tuple) and address else address
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if host not in _LOOPBACK:
        raise NetworkBlockedInTests(f"a test's child process tried to reach {host!r}")


if os.environ.get("CASEAPP_TEST_BLOCK_NETWORK") == "1":
    # Connections, not socket objects, are refused: Windows builds socketpair() (and asyncio
    # its self-pipe) from loopback TCP sockets.
    _Socket = socket.socket

    class _GuardedSocket(_Socket):
        def connect(self, address: object) -> None:
            if self.family in _BLOCKED:
                _check(address)
            super().connect(address)  # type: ignore[arg-type]

        def connect_ex(self, address: object) -> int:
            if self.family in _BLOCKED:
                _check(address)
            return super().connect_ex(address)  # type: ignore[arg-type]

        def sendto(self, data: bytes, *args: object) -> int:  # type: ignore[override]
            if self.family in _BLOCKED:
                _check(args[-1])
            return super().sendto(data, *args)  # type: ignore[arg-type,call-overload]

    _real_getaddrinfo = socket.getaddrinfo

    def _local_lookup(host: object, *args: object, **kwargs: object) -> list[object]:
        _check((host,))
        return _real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type,no-any-return]

    socket.socket = _GuardedSocket  # type: ignore[misc]
    socket.getaddrinfo = _local_lookup  # type: ignore[assignment]
