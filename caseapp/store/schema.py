"""Numbered SQL migrations (``migrations/<db>/NNNN_name.sql``), applied in order inside one
transaction each; the schema version is ``PRAGMA user_version``."""

from __future__ import annotations

import re
from importlib import resources

from caseapp.errors import SchemaTooNew
from caseapp.store.connection import Connection, DbSpec

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def available(spec: DbSpec) -> list[tuple[int, str]]:
    folder = resources.files("caseapp.store.migrations") / spec.migrations
    found: list[tuple[int, str]] = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    numbers = [n for n, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migrations for {spec.filename} are not numbered 1..n: {numbers}")
    return found


def latest_version(spec: DbSpec) -> int:
    return len(available(spec))


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_not_newer(conn: Connection, spec: DbSpec) -> int:
    """Refuse a database written by a newer app before anything writes to it."""
    found = current_version(conn)
    known = latest_version(spec)
    if found > known:
        raise SchemaTooNew(name=spec.filename, found=found, known=known)
    return found


def migrate(conn: Connection, spec: DbSpec) -> int:
    version = check_not_newer(conn, spec)
    for number, sql in available(spec):
        if number <= version:
            continue
        # executescript runs the whole file; BEGIN/COMMIT around it make it one transaction
        # and a failure rolls the file back, leaving user_version at the last good number.
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
        except Exception:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        version = number
    return version
