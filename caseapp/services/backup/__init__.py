"""Backups and restore. A backup holds consistent copies of both encrypted databases,
``keyslots.json`` and a manifest (versions, row counts, audit chain head, SHA-256 of each
part); it is as encrypted as the data directory itself.

Two forms share one restore path:
- a single file (``.cabk``, a tar archive: :mod:`.single_file`);
- a repository folder of content-addressed chunks of the encrypted files plus one snapshot
  manifest per backup (:mod:`.repository`): unchanged evidence is not copied again
  (SQLCipher rewrites only the pages that change, so most chunks of a growing evidence store
  repeat).
Reading either form back is :mod:`.restore`."""

from caseapp.services.backup.parts import (
    MANIFEST,
    PARTS,
    BackupResult,
    DamagedBackup,
    RestoreResult,
    last_backup_at,
)
from caseapp.services.backup.repository import (
    PruneResult,
    create_repository_backup,
    list_snapshots,
    prune_repository,
)
from caseapp.services.backup.restore import (
    BackupSummary,
    describe_backup,
    read_manifest,
    restore_backup,
    snapshots,
    snapshots_of,
    verify_backup,
)
from caseapp.services.backup.single_file import create_backup

__all__ = [
    "MANIFEST",
    "PARTS",
    "BackupResult",
    "BackupSummary",
    "DamagedBackup",
    "PruneResult",
    "RestoreResult",
    "create_backup",
    "create_repository_backup",
    "describe_backup",
    "last_backup_at",
    "list_snapshots",
    "prune_repository",
    "read_manifest",
    "restore_backup",
    "snapshots",
    "snapshots_of",
    "verify_backup",
]
