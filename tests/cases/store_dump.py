"""Every row of every table of cases.db, for "the database is unchanged" asserts."""

from __future__ import annotations

from typing import Any


def dump(vault: Any) -> dict[str, list[tuple[Any, ...]]]:
    conn = vault.cases
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'case_fts_%' ORDER BY name")]
    found: dict[str, list[tuple[Any, ...]]] = {}
    for table in tables:
        if table == "case_fts":
            rows = conn.execute("SELECT rowid, doc FROM case_fts ORDER BY rowid").fetchall()
        else:
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
        found[table] = sorted(tuple(r) for r in rows) if table != "case_fts" else rows
    return found


def audit_actions(vault: Any, object_id: str | None = None) -> list[str]:
    sql = "SELECT action FROM audit_event"
    params: tuple[Any, ...] = ()
    if object_id is not None:
        sql += " WHERE object_id = ?"
        params = (object_id,)
    return [r[0] for r in vault.cases.execute(sql + " ORDER BY seq", params)]
