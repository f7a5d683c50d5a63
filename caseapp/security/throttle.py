"""A growing delay after repeated wrong passphrases or codes. The count lives outside the
data directory (so a failed unlock changes no file there) and is reported into the audit
chain at the next successful unlock."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from pathlib import Path
from typing import Any

from caseapp.errors import TooManyAttempts
from caseapp.paths import state_dir

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 3
MAX_DELAY = 300.0


def delay_after(failures: int) -> float:
    """0 s for the first three mistakes, then 2, 4, 8 … seconds, at most five minutes."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (failures - FREE_ATTEMPTS + 1))


class UnlockThrottle:
    def __init__(self, store_id: str, folder: Path | None = None) -> None:
        self.store_id = store_id
        self.path = (folder or state_dir()) / f"unlock-{store_id}.json"

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                return data
        except (OSError, ValueError):
            pass
        return {"failures": 0, "last_failure": 0.0, "unreported": []}

    def _write(self, data: dict[str, Any]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:  # a read-only home must not stop an unlock
            log.warning("could not record unlock attempt: %s", type(exc).__name__)

    def seconds_to_wait(self, now: float | None = None) -> float:
        data = self._read()
        wait = float(data["last_failure"]) + delay_after(int(data["failures"])) - (
            now if now is not None else time.time())
        return max(0.0, wait)

    def check(self) -> None:
        wait = self.seconds_to_wait()
        if wait > 0:
            raise TooManyAttempts(seconds=int(wait + 0.999))

    def failed(self) -> float:
        data = self._read()
        now = time.time()
        data["failures"] = int(data["failures"]) + 1
        data["last_failure"] = now
        data["unreported"] = [*list(data.get("unreported", []))[-99:], now]
        self._write(data)
        return delay_after(int(data["failures"]))

    def succeeded(self) -> list[float]:
        """Reset the count; return the failure times not yet written to the audit chain."""
        data = self._read()
        unreported = [float(t) for t in data.get("unreported", [])]
        if data["failures"] or unreported:
            with contextlib.suppress(OSError):
                self.path.unlink()
        return unreported
