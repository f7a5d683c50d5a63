"""Start and stop :mod:`tests.store.store_holder` from a test."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import ROOT


@contextmanager
def holding(mode: str, folder: Path, *extra: str) -> Iterator[subprocess.Popen[str]]:
    """Another process holding ``folder`` in ``mode`` until the block ends."""
    child = subprocess.Popen([sys.executable, "-m", "tests.store.store_holder", mode,
                              str(folder), *extra], cwd=ROOT, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        if line.strip() != "ready":
            child.kill()
            raise AssertionError(f"holder did not start: {line!r} {child.stderr.read()}")
        yield child
    finally:
        if child.poll() is None:
            try:
                child.communicate("quit\n", timeout=60)
            except subprocess.TimeoutExpired:
                child.kill()
                child.communicate()
