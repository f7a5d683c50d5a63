"""From the evidence tab, an item is linked to a perpetrator account that another case
already knows; the status says so, and the link is in the store."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caseapp.gui import ops
from tests.gui.conftest import open_vault, unlock
from tests.gui.evidence.test_evidence_tab import click_row, open_section
from tests.gui.takedowns.test_takedowns_tab import ok_button, visible_dialog


def test_link_an_item_to_an_account_seen_in_another_case(qtbot, store_dir, sample_cases,
                                                         window):
    from caseapp.domain.cases import AccountRef
    from caseapp.gui.evidence.account_link_dialog import AccountLinkDialog
    from caseapp.services import cases, evidence

    mine, other = sample_cases["푸른별"], sample_cases["Willow"]
    vault = open_vault(store_dir)
    try:
        incident = cases.add_incident(vault, other, description="유포", platform="telegram")
        account = cases.link_account(vault, incident.id, AccountRef("telegram", "@spreader"))
        incident_here = cases.add_incident(vault, mine, description="같은 방", platform="telegram")
        cases.link_account(vault, incident_here.id, AccountRef("telegram", "@spreader"))
        item = evidence.add_url_evidence(vault, mine, "https://t.me/spreader/7").item
    finally:
        vault.close()
    unlock(qtbot, window)
    _editor, tab = open_section(qtbot, window, mine, "evidence")
    row = next(r for r, i in enumerate(tab.model.items) if i.id == item.id)
    click_row(qtbot, tab.ui.evidenceTable, row)
    assert tab.ui.linkAccountButton.isEnabled()
    qtbot.mouseClick(tab.ui.linkAccountButton, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(AccountLinkDialog)
    combo = dialog.ui.accountCombo
    assert combo.itemData(0) == account.id and "in 1 other case" in combo.itemText(0)
    with qtbot.waitSignal(dialog.linked, timeout=10_000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)
    assert f"appears in 1 other case: {other}" in window.ui.statusBar.currentMessage()
    check = open_vault(store_dir)
    try:
        linked = evidence.accounts_of_item(check, item.id)
        assert [s.account.id for s in linked] == [account.id]
    finally:
        check.close()
