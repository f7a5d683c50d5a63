"""Case bundle export and import of one case with 64 MB of evidence files, against the
baseline of an encrypted backup of the same store measured in the same run (both read the
evidence store and write one encrypted file), and the raw chunk stream alone."""

from __future__ import annotations

import io
import os
import tempfile
import time
from pathlib import Path

from caseapp.security import bundle_crypto
from caseapp.security.keyslots import Argon2Params
from caseapp.services import backup, case_bundle, cases, evidence, store_key
from caseapp.services import vault as vault_service

PASS = "benchmark passphrase that is long enough 꾸러미"
FILES, FILE_MB = 8, 8


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> None:
    os.environ.setdefault("CASEAPP_STATE_DIR", tempfile.mkdtemp())
    params = Argon2Params(65536, 3, 1)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sender = vault_service.create_store(root / "a", PASS, params=params).vault
        receiver = vault_service.create_store(root / "b", PASS, params=params).vault
        case = cases.open_case(sender)
        for scope in ("copies", "transfer"):
            cases.record_consent(sender, case, scope, True, "written")
        for n in range(FILES):
            path = root / f"video-{n}.mp4"
            path.write_bytes(os.urandom(FILE_MB << 20))
            evidence.ingest_file(sender, case, path)
            path.unlink()
        megabytes = FILES * FILE_MB
        _r, t_backup = timed(lambda: backup.create_backup(sender, root / "x.cabk"))
        key = store_key.public_key(receiver)
        out, t_export = timed(lambda: case_bundle.export_bundle(
            sender, root / "c.cabundle", recipient_key=key))
        _i, t_import = timed(lambda: case_bundle.import_bundle(receiver, out.path))
        payload = os.urandom(megabytes << 20)

        def stream() -> None:
            sink = io.BytesIO()
            writer = bundle_crypto.BundleWriter(sink, bundle_crypto.Sealing(recipient=key))
            writer.write(payload)
            writer.finish()

        _s, t_stream = timed(stream)
        print(f"{megabytes} MB of evidence in one case")
        print(f"  encrypted backup (baseline): {t_backup:6.2f} s  {megabytes / t_backup:6.1f} MB/s")
        print(f"  bundle export (store key):   {t_export:6.2f} s  {megabytes / t_export:6.1f} MB/s"
              f"  ×{t_export / t_backup:.2f} of the backup")
        print(f"  bundle import (2 passes):    {t_import:6.2f} s  {megabytes / t_import:6.1f} MB/s"
              f"  ×{t_import / t_backup:.2f} of the backup")
        print(f"  chunk stream alone:          {t_stream:6.2f} s  {megabytes / t_stream:6.1f} MB/s")
        print(f"  bundle size / evidence: {out.path.stat().st_size / (megabytes << 20):.4f}")
        sender.close()
        receiver.close()


if __name__ == "__main__":
    main()
