"""A second process for the one-store-one-writer tests: it holds a store (or any folder) the
way another CaseApp program would, says "ready" on stdout, and lets go when its standard
input closes or says "quit". Not used by the app.

    python -m tests.store.store_holder open DATA_DIR PASSPHRASE   # an unlocked vault
    python -m tests.store.store_holder exclusive FOLDER           # an exclusive folder lock
    python -m tests.store.store_holder shared FOLDER              # a shared one (a backup
                                                                  # writing to a repository)
    python -m tests.store.store_holder write DATA_DIR PASSPHRASE  # holds cases.db's write
                                                                  # lock inside a transaction
    python -m tests.store.store_holder ingest DATA_DIR PASSPHRASE # holds evidence.db's write
                                                                  # lock inside an ingest
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    mode, folder = argv[0], Path(argv[1])
    if mode in ("exclusive", "shared"):
        from caseapp.store import store_lock

        held = store_lock.exclusive(folder) if mode == "exclusive" else \
            store_lock.shared(folder)
        print("ready", flush=True)
        sys.stdin.readline()
        held.release()
        return 0
    from caseapp.services import vault as vault_service

    vault = vault_service.unlock(folder, passphrase=argv[2], actor="holder")
    if mode == "write":
        vault.cases.execute("BEGIN IMMEDIATE")
        vault.cases.execute("INSERT INTO meta (key, value) VALUES ('holder', 'x')")
    elif mode == "ingest":
        from caseapp.store import evidence_repo

        sink = evidence_repo.ContentSink(vault.evidence, vault.evidence_lock)
        for index in range(64):  # 64 MiB in one transaction: spills to the file, EXCLUSIVE
            sink.write_chunk(index, bytes(1 << 20))
    print("ready", flush=True)
    sys.stdin.readline()
    if mode == "write":
        vault.cases.execute("COMMIT")
    elif mode == "ingest":
        sink.abort()
    vault.close()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
