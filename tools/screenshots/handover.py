"""Screenshots of handing cases over and receiving them (Work → Hand cases over…, the
one-time passphrase, Work → Receive a handover…), named ``work-handover*.png``."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def shoot_handover(shot: Any, vault: Any, parent: Any, folder: Path) -> None:
    from caseapp.gui import ops
    from caseapp.gui.handover.handover_dialog import HandOverDialog
    from caseapp.gui.handover.passphrase_dialog import BundlePassphraseDialog
    from caseapp.gui.handover.receive_dialog import ReceiveHandoverDialog
    from caseapp.services import case_bundle, cases, store_key
    from tools.screenshots.shoot import wait_until
    from tools.screenshots.work_area import grab

    rows = cases.list_cases(vault).items[:2]
    dialog = HandOverDialog(vault, [r.id for r in rows], parent)
    dialog.show()
    wait_until(lambda: not ops.busy() and dialog.ui.caseList.count() == len(rows))
    dialog.ui.recipientKeyEdit.setText(store_key.public_key(vault).text)
    dialog.ui.recipientKeyEdit.setCursorPosition(0)
    dialog.ui.fileEdit.setText(str(folder / "USB" / "2026-이관.cabundle"))
    wait_until(lambda: not ops.busy())
    grab(shot, dialog, "handover")
    dialog.done(0)

    out = folder / f"handover-{shot.folder.parent.name}.cabundle"
    out.unlink(missing_ok=True)
    result = case_bundle.export_bundle(vault, out, [r.number for r in rows])
    summary = QCoreApplicationTr.summary(len(result.numbers), result.content_files, out)
    passphrase = BundlePassphraseDialog(result.passphrase or "", summary, "", parent)
    passphrase.show()
    grab(shot, passphrase, "handover-passphrase")
    passphrase.done(0)

    from caseapp.services import demo
    from caseapp.services import vault as vault_service
    from tools.screenshots.shoot import PASSPHRASE

    receiving = vault_service.create_store(
        folder / f"receiver-{shot.folder.parent.name}", PASSPHRASE, actor="박서연",
        organisation="무지개 상담센터", params=demo.DEMO_KDF, allow_weak_kdf=True).vault
    receive = ReceiveHandoverDialog(receiving, parent)
    receive.show()
    receive.ui.fileEdit.setText(str(out))
    receive.ui.passphraseEdit.setText("ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456-789A")
    receive.check()
    wait_until(lambda: not ops.busy())
    grab(shot, receive, "receive-handover-wrong")
    receive.ui.passphraseEdit.setText(result.passphrase or "")
    receive.check()
    wait_until(lambda: not ops.busy())
    grab(shot, receive, "receive-handover")
    receive.done(0)
    receiving.close()
    out.unlink(missing_ok=True)


class QCoreApplicationTr:
    """The summary line the hand-over dialog shows, in the current language."""

    @staticmethod
    def summary(count: int, files: int, path: Path) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(
            "HandOverDialog", "%1 case(s) and %2 evidence file(s) written to %3; victims' "
            "details in %4 of them.").replace("%1", str(count)).replace("%2", str(files)) \
            .replace("%3", str(path)).replace("%4", "0")
