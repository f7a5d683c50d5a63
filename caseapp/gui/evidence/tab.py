"""Evidence section of the case window: add files (drop or choose, many at once; streamed in
an Op with a bar per file and one overall, cancellable), record links and notes, the list of
items with their hashes, the blurred preview, per-item verification, the chain of custody and
the evidence package for police. Every change is immediate (its own audited transaction);
nothing here waits for the case window's Save."""

from __future__ import annotations

import html
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QHeaderView, QMessageBox, QWidget

from caseapp.errors import Cancelled, CaseAppError
from caseapp.gui import file_dialogs, labels
from caseapp.gui.case_tab import CaseContext, CaseTab
from caseapp.gui.changes import Area
from caseapp.gui.evidence.custody_dialog import CustodyDialog
from caseapp.gui.evidence.details_dialog import EvidenceDetailsDialog, draft_from
from caseapp.gui.evidence.model import EvidenceModel, format_size
from caseapp.gui.forms.ui_evidence_tab import Ui_EvidenceTab
from caseapp.gui.navigation import open_case_at
from caseapp.gui.ops import Op, Relay
from caseapp.gui.text_args import fill, resolve_particles
from caseapp.gui.written_files import offer_folder

if TYPE_CHECKING:
    from caseapp.domain.cases import Case
    from caseapp.domain.consent import ConsentRecord, ConsentScope
    from caseapp.domain.evidence import EvidenceItem, IngestOutcome, VerifyResult
    from caseapp.domain.hash_lists import HashListMatch
    from caseapp.domain.takedowns import TakedownRequest
    from caseapp.gui.evidence.account_link_dialog import AccountLinkDialog
    from caseapp.gui.ops import Task
    from caseapp.gui.takedowns.dialogs import ReuploadDialog
    from caseapp.services.cases import SharedAccount
    from caseapp.services.chat_import import ChatImportResult
    from caseapp.services.evidence_package import PackageResult

log = logging.getLogger(__name__)

CODE, KIND, PLATFORM, WHERE, CAPTURED, SIZE, SHA256, CHECK = range(8)
BAR_STEPS = 1000


# --- what an ingest did -----------------------------------------------------------------------
@dataclass(slots=True)
class FileOutcome:
    name: str
    outcome: IngestOutcome | None = None
    error: BaseException | None = None
    cancelled: bool = False


@dataclass(slots=True)
class IngestRun:
    files: list[FileOutcome] = field(default_factory=list)
    total: int = 0
    cancelled: bool = False

    @property
    def added(self) -> list[EvidenceItem]:
        return [f.outcome.item for f in self.files if f.outcome is not None]


class EvidenceTab(CaseTab):
    key = "evidence"
    order = 60
    hashes_exported = Signal(int)  # how many items were written as a hash list

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_EvidenceTab()
        self.ui.setupUi(self)
        self.model = EvidenceModel(self)
        self.run: IngestRun | None = None
        self._ingest: Op | None = None
        self._pending: list[Path] = []
        self._consents: dict[ConsentScope, ConsentRecord | None] = {}
        self._progress_state: tuple[int, int, str] = (0, 0, "")
        for label in (self.ui.fileLabel, self.ui.overallLabel, self.ui.consentHint,
                      self.ui.resultsTitle, self.ui.detailsLabel, self.ui.dropHint):
            label.setTextFormat(Qt.TextFormat.PlainText)
        table = self.ui.evidenceTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((CODE, 125), (KIND, 55), (PLATFORM, 75), (CAPTURED, 120),
                              (SIZE, 70), (SHA256, 105), (CHECK, 80)):
            table.setColumnWidth(column, width)
        table.setColumnHidden(CHECK, True)  # shown once something was verified
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        table.doubleClicked.connect(lambda _i: self.edit_details())
        # The list gets most of the width: its "URL or file name" column stretches and must
        # stay readable next to the fixed columns (it was squeezed to a few letters).
        self.ui.splitter.setStretchFactor(0, 4)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([880, 280])
        self.ui.preview.setMaximumHeight(300)
        self.ui.detailSide.setStretchFactor(0, 0)
        self.ui.detailSide.setStretchFactor(1, 1)
        self.ui.preview.vault = context.vault
        self.ui.preview.focus_scope = self
        self.ui.progressFrame.hide()
        self.ui.resultsFrame.hide()
        self.ui.fileBar.setRange(0, BAR_STEPS)
        self.ui.overallBar.setRange(0, BAR_STEPS)
        self.ui.resultsView.anchorClicked.connect(self.follow_link)
        a = self.ui
        a.addFilesButton.clicked.connect(self.choose_files)
        a.addLinkButton.clicked.connect(lambda: self.add_details("link"))
        a.addNoteButton.clicked.connect(lambda: self.add_details("note"))
        a.importChatButton.clicked.connect(self.import_chat)
        a.verifySelectedButton.clicked.connect(lambda: self.verify(selected_only=True))
        a.verifyAllButton.clicked.connect(lambda: self.verify(selected_only=False))
        a.exportButton.clicked.connect(self.export_package)
        a.editButton.clicked.connect(self.edit_details)
        a.custodyButton.clicked.connect(self.show_custody)
        a.takedownButton.clicked.connect(self.request_takedown)
        a.linkAccountButton.clicked.connect(lambda: self.link_account())
        a.copyHashButton.clicked.connect(self.copy_hash)
        a.exportHashesButton.clicked.connect(self.ask_export_hashes)
        a.cancelButton.clicked.connect(self.cancel_ingest)
        a.closeResultsButton.clicked.connect(self.close_results)
        self._actions: list[tuple[QAction, Callable[[], str]]] = []
        for text, slot, keys in (
                (lambda: self.tr("Copy SHA-256"), self.copy_hash, QKeySequence.StandardKey.Copy),
                (lambda: self.tr("Edit details…"), self.edit_details, None),
                (lambda: self.tr("Chain of custody…"), self.show_custody, None),
                (lambda: self.tr("Request takedown…"), self.request_takedown, None)):
            action = QAction(text(), table)
            if keys is not None:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            table.addAction(action)
            self._actions.append((action, text))
        self.setAcceptDrops(True)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Evidence")

    # --- loading ---------------------------------------------------------------------------
    def load(self, case: Case) -> None:
        from caseapp.services import cases, evidence, hash_lists

        selected = self.selected_ids()
        listed: dict[int, list[HashListMatch]] = {}
        for match in hash_lists.matches(self.context.vault, case=case.id):
            listed.setdefault(match.evidence_id, []).append(match)
        self.model.listed = listed
        self.model.set_items(evidence.list_evidence(self.context.vault, case.id))
        self._consents = cases.consent_state(self.context.vault, case.id)
        self._show_consent()
        self.select_ids(selected)
        self._selection_changed()

    def _granted(self, scope: str) -> bool:
        from caseapp.domain.consent import ConsentScope

        record = self._consents.get(ConsentScope(scope))
        return record is not None and record.granted

    def _show_consent(self) -> None:
        lines = []
        if self._granted("copies"):
            lines.append(self.tr("Files are kept encrypted in this case (the victim agreed to "
                                 "keep copies)."))
        else:
            lines.append(self.tr("No consent to keep copies: files are hashed and their "
                                 "content is discarded; only the hashes are kept."))
        if not self._granted("police"):
            lines.append(self.tr("Exporting for police needs the victim's consent to share "
                                 "with police."))
        self.ui.consentHint.setText(" ".join(lines))

    # --- selection -------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.ui.evidenceTable.selectionModel().selectedRows()})
        return [self.model.items[r].id for r in rows if r < len(self.model.items)]

    def selected_items(self) -> list[EvidenceItem]:
        wanted = set(self.selected_ids())
        return [i for i in self.model.items if i.id in wanted]

    def current_item(self) -> EvidenceItem | None:
        index = self.ui.evidenceTable.currentIndex()
        selected = self.selected_ids()
        current = self.model.item_at(index.row()) if index.isValid() else None
        if current is not None and current.id in selected:
            return current
        return self.selected_items()[0] if selected else None

    def select_ids(self, ids: list[int]) -> None:
        table = self.ui.evidenceTable
        selection = table.selectionModel()
        selection.clearSelection()
        first = True
        for evidence_id in ids:
            row = self.model.row_of(evidence_id)
            if row < 0:
                continue
            flags = QItemSelectionModel.SelectionFlag.Select | \
                QItemSelectionModel.SelectionFlag.Rows
            if first:
                selection.setCurrentIndex(self.model.index(row, 0), flags)
                table.scrollTo(self.model.index(row, 0))
                first = False
            else:
                selection.select(self.model.index(row, 0), flags)

    def select_evidence(self, evidence_id: int) -> None:
        self.select_ids([evidence_id])
        self.ui.evidenceTable.setFocus()

    def _selection_changed(self) -> None:
        item = self.current_item()
        self.ui.preview.show_item(item)
        self.ui.detailsLabel.setText(self._details(item) if item is not None else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected_items()
        one = len(selected) == 1
        busy = self._ingest is not None
        a = self.ui
        a.editButton.setEnabled(one)
        a.custodyButton.setEnabled(one)
        a.linkAccountButton.setEnabled(one)
        a.copyHashButton.setEnabled(any(i.sha256 for i in selected))
        a.exportHashesButton.setEnabled(any(i.sha256 for i in (selected or self.model.items)))
        a.takedownButton.setEnabled(bool(selected))
        a.verifySelectedButton.setEnabled(any(i.has_file for i in selected))
        a.verifyAllButton.setEnabled(any(i.has_file for i in self.model.items))
        a.exportButton.setEnabled(bool(self.model.items) and not busy)

    def _details(self, item: EvidenceItem) -> str:
        from caseapp.evidence.warning_codes import EvidenceWarning
        from caseapp.gui import language

        lines = [f"{item.code} · {labels.core_label(item.kind)}"]

        def add(label: str, value: object) -> None:
            if value not in (None, ""):
                lines.append(f"{label}: {value}")

        add(self.tr("Platform"), labels.core_label(item.platform))
        add(self.tr("Link"), item.url)
        add(self.tr("Channel or chat room"), item.channel_name)
        add(self.tr("Channel ID"), item.channel_id)
        add(self.tr("Message ID"), item.message_id)
        add(self.tr("Poster account"), item.poster_account)
        if item.captured_at is not None:
            when = labels.format_when(item.captured_at)
            add(self.tr("Captured at"), f"{when} {item.captured_tz}".strip())
        add(self.tr("Captured by"), item.captured_by)
        add(self.tr("File name"), item.original_filename)
        if item.size is not None:
            exact = fill(self.tr("%1 bytes"), QLocale().toString(item.size))
            size = format_size(item.size)
            add(self.tr("Size"), size if item.size < 1024 else f"{size} ({exact})")
        add(self.tr("Type"), item.mime)
        if item.width and item.height:
            add(self.tr("Dimensions"), f"{item.width} × {item.height}")
        if item.sha256:
            lines.append(f"SHA-256: {item.sha256[:32]}\n{item.sha256[32:]}")
        add("MD5", item.md5)
        if item.pdq_hex:
            add(self.tr("PDQ quality"), item.pdq_quality)
        exif = item.exif
        if exif is not None:
            add(self.tr("Camera"), exif.camera)
            add(self.tr("Taken at (EXIF)"), exif.taken_at)
            add(self.tr("Software"), exif.software)
            if exif.has_gps:
                lines.append(self.tr("The original contains GPS location data."))
        if item.has_file:
            lines.append(self.tr("Content kept in the encrypted store.") if item.content_kept
                         else self.tr("Content not kept (no consent to keep copies)."))
        for match in self.model.listed.get(item.id, ()):
            lines.append("⚠ " + self.list_match_text(match))
        for code in item.warnings:
            try:
                lines.append("⚠ " + EvidenceWarning(code).message(language.current()))
            except ValueError:
                lines.append("⚠ " + code)
        add(self.tr("Added"), f"{labels.format_local(item.created_at)} · {item.created_by}")
        if item.description:
            lines.append("")
            lines.append(item.description)
        return "\n".join(lines)

    def list_match_text(self, match: HashListMatch) -> str:
        """One hash-list match as the counsellor reads it: whose list, which, how."""
        from caseapp.domain.hash_lists import MatchMethod

        if match.method is MatchMethod.PDQ:
            how = self.tr("similar image, PDQ distance %1").replace("%1", str(match.distance))
        elif match.method is MatchMethod.MD5:
            how = self.tr("same MD5")
        else:
            how = self.tr("same SHA-256")
        return (self.tr("On the hash list “%1” from %2 (%3).").replace("%1", match.list_label)
                .replace("%2", match.source).replace("%3", how))

    # --- adding files ---------------------------------------------------------------------
    def choose_files(self) -> None:
        paths = file_dialogs.ask_open_paths(self, self.tr("Add evidence files"))
        if paths:
            self.add_paths(paths)

    def _local_paths(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        data = event.mimeData()
        if data is None or not data.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._local_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_paths(paths)

    def add_paths(self, paths: list[Path]) -> None:
        """Add files as evidence (folders are skipped). While an import runs, more files
        wait their turn."""
        files = [p for p in paths if p.is_file()]
        skipped = len(paths) - len(files)
        if skipped:
            self.context.status(self.tr("%n item(s) skipped: only files can be added, not "
                                        "folders.", "", skipped))
        if not files:
            return
        if self._ingest is not None:
            self._pending.extend(files)
            self.ui.overallLabel.setText(self._overall_text())
            return
        self._ask_then_ingest(files)

    def _ask_then_ingest(self, files: list[Path]) -> None:
        """Without consent to keep copies nothing is read before the counsellor chooses:
        record the consent now, keep only the hashes, or cancel."""
        from caseapp.domain.consent import ConsentScope
        from caseapp.gui import consent_prompt
        from caseapp.services import cases

        if cases.has_consent(self.context.vault, self.context.case.id, ConsentScope.COPIES):
            self._start_ingest(files)
            return

        def answered(choice: str) -> None:
            if choice == consent_prompt.HASH_ONLY:
                self._start_ingest(files, hash_only=True)
            elif choice == consent_prompt.RECORD:
                consent_prompt.record_consent_here(
                    self, self.context, ConsentScope.COPIES,
                    self.tr("The files are added once the consent is recorded."),
                    then=lambda: self._ask_then_ingest(files))

        consent_prompt.ask_copies_choice(self, len(files), answered)

    def _start_ingest(self, files: list[Path], *, hash_only: bool = False) -> None:
        from caseapp.services import evidence

        vault, case_id = self.context.vault, self.context.case.id
        relay = Relay(self, self._on_progress)
        count = len(files)

        def work(task: Task) -> IngestRun:
            run = IngestRun(total=count)
            sizes = []
            for path in files:
                try:
                    sizes.append(os.path.getsize(path))
                except OSError:
                    sizes.append(0)
            grand = sum(sizes) or 1
            before = 0
            for index, path in enumerate(files):
                if task.cancelled:
                    run.cancelled = True
                    break
                relay.send("file", index, count, path.name, final=True)

                def progress(done: int, total: int | None, _before: int = before,
                             _size: int = sizes[index], _index: int = index) -> None:
                    relay.send("bytes", _index, done, total or _size or 1, _before + done,
                               grand)

                try:
                    outcome = evidence.ingest_file(vault, case_id, path, progress=progress,
                                                   cancel=task.cancel_event,
                                                   hash_only=hash_only)
                    run.files.append(FileOutcome(path.name, outcome=outcome))
                except Cancelled:
                    run.files.append(FileOutcome(path.name, cancelled=True))
                    run.cancelled = True
                    break
                except CaseAppError as exc:
                    run.files.append(FileOutcome(path.name, error=exc))
                except OSError as exc:
                    run.files.append(FileOutcome(path.name, error=exc))
                before += sizes[index]
                relay.send("bytes", index, 1, 1, before, grand, final=True)
            return run

        self.run = None
        self.ui.resultsFrame.hide()
        self.ui.progressFrame.show()
        self.ui.fileBar.setValue(0)
        self.ui.overallBar.setValue(0)
        self.ui.cancelButton.setEnabled(True)
        self._progress_state = (0, count, "")
        self.ui.fileLabel.setText(self.tr("Preparing…"))
        self.ui.overallLabel.setText(self._overall_text())
        op = Op(self, op=work, success=self._ingested, failure=self._ingest_failed,
                changes=self.context.changes(Area.EVIDENCE))
        self._ingest = op
        self._update_buttons()
        op.run_in_background()
        log.info("ingest of %d file(s) started", count)

    def _overall_text(self) -> str:
        index, count, _name = self._progress_state
        text = self.tr("File %1 of %2").replace("%1", str(min(index + 1, count))) \
            .replace("%2", str(count))
        if self._pending:
            text += " · " + self.tr("%n more waiting", "", len(self._pending))
        return text

    # Any: the values' shape depends on ``kind`` (file: index, count, name; bytes: done, total)
    def _on_progress(self, kind: str, *values: Any) -> None:  # noqa: ANN401
        if self._ingest is None:
            return
        if kind == "file":
            index, count, name = values
            self._progress_state = (index, count, name)
            self.ui.fileLabel.setText(self.tr("Adding %1").replace("%1", str(name)))
            self.ui.fileBar.setValue(0)
            self.ui.overallLabel.setText(self._overall_text())
        elif kind == "bytes":
            _index, done, total, all_done, all_total = values
            self.ui.fileBar.setValue(min(BAR_STEPS, int(done / max(total, 1) * BAR_STEPS)))
            self.ui.overallBar.setValue(min(BAR_STEPS,
                                            int(all_done / max(all_total, 1) * BAR_STEPS)))

    def cancel_ingest(self) -> None:
        if self._ingest is not None:
            self._pending.clear()
            self.ui.cancelButton.setEnabled(False)
            self.ui.fileLabel.setText(self.tr("Cancelling… the file being added is not kept."))
            self._ingest.cancel()

    def _finish_ingest(self) -> None:
        self._ingest = None
        self.ui.progressFrame.hide()
        self._update_buttons()

    def _ingested(self, run: IngestRun) -> None:
        self._finish_ingest()
        self.run = run
        self.show_results()
        added = [i.id for i in run.added]
        if added:
            self.select_ids(added)
        log.info("ingest finished: %d added, cancelled=%s", len(added), run.cancelled)
        if self._pending and not run.cancelled:
            files, self._pending = self._pending, []
            self._ask_then_ingest(files)

    def _ingest_failed(self, exc: BaseException) -> None:
        from caseapp.gui.error_dialog import show_error

        self._finish_ingest()
        self._pending.clear()
        if not isinstance(exc, Cancelled):
            show_error(self, exc)

    # --- what happened to each file --------------------------------------------------------
    def show_results(self) -> None:
        run = self.run
        if run is None:
            return
        from caseapp.evidence.warning_codes import EvidenceWarning
        from caseapp.gui import language
        from caseapp.gui.error_dialog import user_message

        added = len(run.added)
        problems = sum(1 for f in run.files if f.error is not None)
        matched = sum(1 for f in run.files if f.outcome is not None and f.outcome.matches)
        on_lists = sum(1 for f in run.files
                       if f.outcome is not None and f.outcome.list_matches)
        title = self.tr("%n file(s) added.", "", added)
        if problems:
            title += " " + self.tr("%n file(s) could not be added.", "", problems)
        if matched:
            title += " " + self.tr("%n file(s) match evidence already stored: see below.", "",
                                   matched)
        if on_lists:
            title += " " + self.tr("%n file(s) are on a known-material hash list: see below.",
                                   "", on_lists)
        if run.cancelled:
            title += " " + self.tr("Cancelled: the file being added when you cancelled was "
                                   "not stored; files not yet started were not added.")
        self.ui.resultsTitle.setText(title)
        out = []
        for f in run.files:
            name = html.escape(f.name)
            if f.outcome is not None:
                item = f.outcome.item
                out.append(f"<p><b>✓ {name}</b> → "
                           f"<a href='item:{item.id}'>{html.escape(item.code)}</a>")
                for match in f.outcome.matches:
                    here = match.case_number == self.context.case.number
                    target = f"case:{html.escape(match.case_number)}#{match.evidence_id}"
                    link = f"<a href='{target}'>"
                    if match.exact:
                        text = self.tr("Duplicate: the same file (identical SHA-256) is already "
                                       "evidence %1 in case %2.")
                    elif match.video_percent is not None:
                        text = self.tr("Looks like evidence %1 in case %2 (similar video, "
                                       "%3% of frames match).")
                    else:
                        text = self.tr("Looks like evidence %1 in case %2 (similar image, "
                                       "PDQ distance %3).")
                    shown = (f"{match.video_percent:.0f}" if match.video_percent is not None
                             else str(match.distance))
                    text = resolve_particles(html.escape(text), 1, match.code).replace("%3", shown)
                    code = html.escape(match.code)
                    number = html.escape(match.case_number)
                    text = text.replace("%1", f"{link}{code}</a>")
                    text = text.replace("%2", number if here else f"{link}{number}</a>")
                    out.append(f"<br>⚠ {text}")
                    chain = self._reupload_chain(match.evidence_id) if here else None
                    if chain is not None:
                        offer = html.escape(self.tr(
                            "Open a re-upload request linked to %1")).replace(
                            "%1", html.escape(chain.code))
                        out.append(f"<br>→ <a href='reupload:{item.id}#{match.evidence_id}'>"
                                   f"{offer}</a>")
                for hit in f.outcome.list_matches:
                    out.append(f"<br>⚠ {html.escape(self.list_match_text(hit))}")
                for code in f.outcome.warnings:
                    try:
                        message = EvidenceWarning(code).message(language.current())
                    except ValueError:
                        message = code
                    out.append(f"<br>⚠ {html.escape(message)}")
                out.append("</p>")
            elif f.cancelled:
                out.append(f"<p><b>✗ {name}</b>: "
                           f"{html.escape(self.tr('cancelled, not stored.'))}</p>")
            elif f.error is not None:
                if isinstance(f.error, CaseAppError):
                    reason = user_message(f.error)
                else:
                    reason = self.tr("The file could not be read (%1).").replace(
                        "%1", getattr(f.error, "strerror", None) or type(f.error).__name__)
                out.append(f"<p><b>✗ {name}</b>: {html.escape(reason)}</p>")
        self.ui.resultsView.setHtml("".join(out))
        self.ui.resultsFrame.show()

    def _reupload_chain(self, evidence_id: int) -> TakedownRequest | None:
        """The latest sent request covering ``evidence_id``, where a re-upload links."""
        from caseapp.services import takedowns

        found = takedowns.reupload_candidates(self.context.vault, [evidence_id])
        return found[-1] if found else None

    def open_reupload(self, new_id: int, matched_id: int) -> ReuploadDialog | None:
        """One step from a likely re-upload found at ingest to the linked request."""
        from caseapp.gui.takedowns.dialogs import ReuploadDialog

        previous = self._reupload_chain(matched_id)
        if previous is None:
            return None
        dialog = ReuploadDialog(self.context, previous, None, self, match=(new_id, matched_id))
        dialog.created.connect(lambda r: self.context.status(
            fill(self.tr("Re-upload request %1 created and linked."), r.code)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def link_account(self) -> AccountLinkDialog | None:
        """Tie the selected item to a perpetrator account or channel."""
        from caseapp.gui.evidence.account_link_dialog import AccountLinkDialog

        selected = self.selected_items()
        if len(selected) != 1:
            return None
        dialog = AccountLinkDialog(self.context, selected[0], self)

        def linked(shared: SharedAccount) -> None:
            if shared.other_cases:
                text = fill(self.tr("%1 is linked. This account appears in %n other case(s): "
                                    "%2", "", len(shared.other_cases)),
                            shared.account.handle, ", ".join(shared.other_cases))
            else:
                text = fill(self.tr("%1 is linked. This account appears in no other case."),
                            shared.account.handle)
            self.context.status(text)

        dialog.linked.connect(linked)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def close_results(self) -> None:
        self.run = None
        self.ui.resultsFrame.hide()
        self.ui.resultsView.clear()

    def follow_link(self, url: QUrl) -> None:
        """``item:ID`` selects an item of this case; ``case:NUMBER#ID`` opens another case
        at that item."""
        from caseapp.services import cases

        scheme = url.scheme()
        if scheme == "reupload":
            if url.path().isdigit() and url.fragment().isdigit():
                self.open_reupload(int(url.path()), int(url.fragment()))
        elif scheme == "item":
            self.select_evidence(int(url.path()))
        elif scheme == "case":
            number = url.path()
            evidence_id = int(url.fragment()) if url.fragment().isdigit() else None
            if number == self.context.case.number:
                if evidence_id is not None:
                    self.select_evidence(evidence_id)
                return
            other = cases.get_case(self.context.vault, number)

            def select(tab: CaseTab) -> None:
                if evidence_id is not None and isinstance(tab, EvidenceTab):
                    tab.select_evidence(evidence_id)

            open_case_at(self, other.id, "evidence", select)

    # --- links, notes, details -------------------------------------------------------------
    def add_details(self, mode: str) -> None:
        from caseapp.services import evidence

        vault, case_id = self.context.vault, self.context.case.id

        def save(values: dict[str, Any]) -> EvidenceItem:
            if mode == "link":
                return evidence.add_url_evidence(vault, case_id, values["url"],
                                                 draft=draft_from(values, "url")).item
            return evidence.add_note_evidence(vault, case_id, draft_from(values, "note"))

        def done(item: EvidenceItem) -> None:
            self.select_evidence(item.id)
            self.context.status(fill(self.tr("Added %1."), item.code))

        dialog = EvidenceDetailsDialog(mode, save, done, parent=self,
                                       changes=self.context.changes(Area.EVIDENCE))
        dialog.setObjectName("evidenceLinkDialog" if mode == "link" else "evidenceNoteDialog")
        dialog.open()

    def edit_details(self) -> None:
        from caseapp.services import evidence

        items = self.selected_items()
        if len(items) != 1:
            return
        item = items[0]
        vault = self.context.vault

        def save(values: dict[str, Any]) -> EvidenceItem:
            return evidence.update_evidence(vault, item.id, draft_from(values, item.kind.value))

        def done(updated: EvidenceItem) -> None:
            self.select_evidence(updated.id)
            self.context.status(self.tr("Saved the details of %1.").replace("%1", updated.code))

        dialog = EvidenceDetailsDialog("edit", save, done, item=item, parent=self,
                                       changes=self.context.changes(Area.EVIDENCE))
        dialog.setObjectName("evidenceDetailsDialog")
        dialog.open()

    def import_chat(self) -> None:
        """Messages of a chat export as evidence (the dialog reads and imports in Ops)."""
        from caseapp.gui.evidence.chat_import_dialog import ChatImportDialog

        dialog = ChatImportDialog(self.context.vault, self.context.case, self,
                                  on_imported=self._chat_imported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _chat_imported(self, result: ChatImportResult) -> None:
        text = self.tr("%n message(s) imported as evidence.", "", len(result.created))
        if result.skipped:
            text += " " + self.tr("%n were already in this case.", "", result.skipped)
        self.context.status(text)

    def show_custody(self) -> None:
        items = self.selected_items()
        if len(items) != 1:
            return
        dialog = CustodyDialog(self.context.vault, items[0], self)
        dialog.setObjectName("custodyDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def copy_hash(self) -> None:
        hashes = [i.sha256 for i in self.selected_items() if i.sha256]
        if not hashes:
            return
        QApplication.clipboard().setText("\n".join(hashes))
        self.context.status(self.tr("Copied %n SHA-256 value(s).", "", len(hashes)))

    def ask_export_hashes(self) -> None:
        from caseapp.gui.file_dialogs import ask_save_path, documents_dir

        suggested = documents_dir() / f"{self.context.case.number}-hashes.csv"
        path = ask_save_path(self, self.tr("Export hashes as a hash list"), suggested,
                             self.tr("CSV hash list (*.csv);;Text hash list (*.txt)"))
        if path is not None:
            self.export_hashes(path)

    def export_hashes(self, path: Path) -> None:
        """The selected items' hashes (all the case's files when none is selected), as a
        hash list in the import format; .txt writes the text form."""
        from caseapp.services import hash_lists

        vault, case = self.context.vault, self.context.case
        codes = [i.code for i in self.selected_items() if i.sha256]
        fmt = "txt" if path.suffix.lower() == ".txt" else "csv"

        def written(count: int) -> None:
            self.context.status(fill(self.tr("%1 item(s) written as a hash list to %2."),
                                     count, path.name))
            self.hashes_exported.emit(count)

        self.context.run(lambda: hash_lists.export_case_hashes(vault, case.id, path, fmt=fmt,
                                                               items=codes),
                         success=written)

    def request_takedown(self) -> None:
        from caseapp.gui.takedowns.dialogs import start_takedown

        items = self.selected_items()
        if items:
            start_takedown(self.context, items, self)

    # --- verification ------------------------------------------------------------------------
    def verify(self, selected_only: bool) -> None:
        from caseapp.services import evidence

        vault, case_id = self.context.vault, self.context.case.id
        ids = self.selected_ids() if selected_only else None
        if selected_only and not ids:
            return

        def work(task: Task) -> list[VerifyResult]:
            return evidence.verify_evidence(vault, case_id, progress=task.progress,
                                            cancel=task.cancel_event, evidence_ids=ids)

        Op(self, op=work, success=self._verified,
           changes=self.context.changes(Area.EVIDENCE)).with_progress(
            self.tr("Checking the stored evidence against its SHA-256…"),
            cancellable=True).run_in_background()

    def _verified(self, results: list[VerifyResult]) -> None:
        self.model.set_checks(results)
        self.ui.evidenceTable.setColumnHidden(CHECK, False)
        checked = [r for r in results if r.checked]
        bad = [r for r in results if not r.ok]
        if not bad:
            self.context.status(self.tr("%n item(s) checked: every stored copy matches its "
                                        "SHA-256.", "", len(checked)))
            return
        from caseapp.services.evidence import translate_problem

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Evidence check"),
                          self.tr("%n item(s) do not check out. Do not hand them over until "
                                  "this is resolved; restore them from a backup if you can.",
                                  "", len(bad)),
                          QMessageBox.StandardButton.Ok, self.window())
        box.setObjectName("verifyProblems")
        box.setDetailedText("\n".join(f"{r.code}: {translate_problem(r)}" for r in bad))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- package for police ------------------------------------------------------------------
    def export_package(self) -> None:
        from caseapp.errors import ConsentMissing
        from caseapp.gui.consent_prompt import offer_consent
        from caseapp.services import cases, evidence_package

        vault, case = self.context.vault, self.context.case
        try:
            cases.require_consent(vault, case.id, "police")
        except ConsentMissing as exc:
            # record it right here and carry on with the same selection, or go to Consent
            offer_consent(self, self.context, exc, retry=self.export_package)
            return
        suggested = file_dialogs.documents_dir() / f"evidence-{case.number}.zip"
        target = file_dialogs.ask_save_path(
            self, self.tr("Export the evidence package"), suggested,
            self.tr("ZIP archive (*.zip);;Folder (*)"))
        if target is None:
            return
        as_zip = target.suffix.lower() == ".zip"
        from caseapp.gui import language

        lang = language.current()

        def work(task: Task) -> PackageResult:
            return evidence_package.build_package(vault, case.id, target, as_zip=as_zip,
                                                  lang=lang, progress=task.progress,
                                                  cancel=task.cancel_event)

        Op(self, op=work, success=self._exported,
           changes=self.context.changes(Area.EVIDENCE)).with_progress(
            self.tr("Writing the evidence package…"), cancellable=True).run_in_background()

    def _exported(self, result: PackageResult) -> None:
        self.context.status(self.tr("Evidence package written: %1").replace(
            "%1", str(result.path)))
        text = (self.tr("%1 items (%2 files) with SHA256SUMS, a manifest and a README were "
                        "written to:\n%3").replace("%1", str(result.items))
                .replace("%2", str(result.files)).replace("%3", str(result.path)))
        if result.hash_only:
            text += "\n\n" + self.tr(
                "Recorded by hash only, no file in the package (no consent to keep copies): "
                "%1").replace("%1", ", ".join(result.hash_only))
        offer_folder(self, self.tr("Evidence package written"), text, result.path)

    # --- CaseTab ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.model.retranslate()
        for action, text in self._actions:
            action.setText(text())
        self._show_consent()
        item = self.current_item()
        self.ui.detailsLabel.setText(self._details(item) if item is not None else "")
        if self._ingest is not None:
            self.ui.overallLabel.setText(self._overall_text())
        if self.run is not None:
            self.show_results()

    def shutdown(self) -> None:
        if self._ingest is not None:
            self._pending.clear()
            self._ingest.cancel()
        self.ui.preview.clear()
        self.model.set_items([])
        self.close_results()
        self.ui.detailsLabel.clear()


TABS = [EvidenceTab]
