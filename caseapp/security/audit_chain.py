"""The audit hash chain: each event carries HMAC-SHA256(audit key, previous hash ‖ canonical
event). Changing, removing or reordering an event breaks every later link."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

GENESIS = b"\x00" * 32


@dataclass(frozen=True, slots=True)
class ChainEvent:
    seq: int
    at: str
    actor: str
    action: str
    object_type: str
    object_id: str
    details: str  # canonical JSON text
    epoch: int

    def canonical(self) -> bytes:
        body = [self.seq, self.at, self.actor, self.action, self.object_type, self.object_id,
                self.details, self.epoch]
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def canonical_details(details: dict[str, Any]) -> str:
    return json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str)


def link(key: bytes, prev_hash: bytes, event: ChainEvent) -> bytes:
    return hmac.new(key, prev_hash + event.canonical(), hashlib.sha256).digest()


def check(key: bytes, prev_hash: bytes, event: ChainEvent, stored_hash: bytes) -> bool:
    return hmac.compare_digest(link(key, prev_hash, event), stored_hash)
