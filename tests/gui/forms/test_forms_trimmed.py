"""The generated forms import only the Qt names they use (tools/trim_uic_imports.py, run by
the Makefile after pyside6-uic): an unused class costs start-up time when imported."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))
from trim_uic_imports import IMPORT, trim, used_names  # noqa: E402

FORMS = sorted((ROOT / "caseapp" / "gui" / "forms").glob("ui_*.py"))


def test_every_generated_form_imports_only_the_qt_names_it_uses():
    assert FORMS, "make forms has not run"
    for form in FORMS:
        source = form.read_text(encoding="utf-8")
        used = used_names(source)
        imported = {name.strip() for match in IMPORT.finditer(source)
                    for name in (match.group(2) or match.group(4)).split(",") if name.strip()}
        assert imported - used == set(), form.name


def test_trimming_keeps_used_names_and_drops_the_rest():
    source = ("## Created by: Qt User Interface Compiler\n"
              "from PySide6.QtCore import (QCoreApplication, QDate,\n    QMetaObject, Qt)\n"
              "from PySide6.QtGui import (QBrush, QColor)\n"
              "from PySide6.QtWidgets import (QLabel, QWidget)\n\n"
              "class Ui_X(object):\n    def setupUi(self, X):\n"
              "        self.label = QLabel(X)\n"
              "        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)\n"
              "        QMetaObject.connectSlotsByName(X)\n"
              "        QCoreApplication.translate('X', 'x')\n")

    trimmed = trim(source)

    assert "from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)\n" in trimmed
    assert "QtGui" not in trimmed
    assert "from PySide6.QtWidgets import (QLabel)\n" in trimmed
    assert re.search(r"class Ui_X", trimmed)
    compile(trimmed, "form", "exec")
