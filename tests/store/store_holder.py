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
                                                                  # lock in a long write
    python -m tests.store.store_holder content-writing DATA_DIR PASSPHRASE TEXT
    python -m tests.store.store_holder content-finalised DATA_DIR PASSPHRASE TEXT
                                      # a content save to be killed midway (TEXT repeated)
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
        # A long write to evidence.db (content of older stores was kept in chunk rows; a
        # large deletion or a migration holds it the same way): 64 MiB in one transaction
        # spills to the file and takes the EXCLUSIVE lock.
        vault.evidence.execute("BEGIN IMMEDIATE")
        cid = vault.evidence.execute("INSERT INTO content (sha256, created_at) VALUES"
                                     " ('', '2000-01-01')").lastrowid
        for index in range(64):
            vault.evidence.execute("INSERT INTO chunk (content_id, idx, data) VALUES (?, ?, ?)",
                                   (cid, index, bytes(1 << 20)))
    elif mode in ("content-writing", "content-finalised"):
        # A save of evidence content killed by the test: while its chunks are written, or
        # after its file was renamed into place and its row inserted but not committed.
        import hashlib

        from caseapp.store import evidence_repo

        sink = evidence_repo.ContentSink(vault.evidence, vault.evidence_lock)
        data = argv[3].encode("utf-8") * 200_000
        chunks = [data[i:i + (1 << 20)] for i in range(0, len(data), 1 << 20)]
        for index, chunk in enumerate(chunks):
            sink.write_chunk(index, chunk)
        if mode == "content-finalised":
            sink.finalise(hashlib.sha256(data).hexdigest())
    print("ready", flush=True)
    sys.stdin.readline()
    if mode == "write":
        vault.cases.execute("COMMIT")
    elif mode == "ingest":
        vault.evidence.execute("ROLLBACK")
    vault.close()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
