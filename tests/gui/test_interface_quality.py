"""Korean-first interface quality, checked over every window and dialog tests/gui/windows.py
walks (the wizard, lock screen, case window, the evidence, takedown and report areas and every
dialog their buttons open), in both languages: no two controls share an Alt key, the Korean
interface shows no English word outside the allow-list and no retired glossary term, every
form has a tab order. Clipping at 100 % and 200 % is test_accessibility's scaling probe."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.gui import interface_checks
from tests.gui.windows import all_windows


def _walk(store_dir, tmp_path, check) -> list[str]:
    problems: set[str] = set()
    for name, window in all_windows(store_dir, tmp_path):
        problems.update(f"{name}: {p}" for p in check(window))
    return sorted(problems)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_no_two_controls_in_a_window_share_an_alt_key(lang, qtbot, korean_store, tmp_path,
                                                      no_keyring):
    from caseapp.gui import language

    language.apply(lang)
    clashes = _walk(korean_store, tmp_path, interface_checks.mnemonic_clashes)
    assert not clashes, "shared Alt keys:\n" + "\n".join(clashes)
def test_the_korean_interface_shows_no_english_and_no_retired_term(qtbot, korean_store,
                                                                   tmp_path, no_keyring):
    from caseapp.gui import language

    language.apply("ko")
    problems = _walk(korean_store, tmp_path, lambda w: [
        *interface_checks.english_in_korean(w), *interface_checks.retired_terms_shown(w)])
    assert not problems, "\n".join(problems)


def test_dialogs_are_walked_with_tab_in_reading_order(qtbot, korean_store, tmp_path,
                                                      no_keyring):
    problems = _walk(korean_store, tmp_path, interface_checks.tab_order_problems)
    assert not problems, "\n".join(problems)


def test_every_designer_form_is_among_the_windows_walked(qtbot, korean_store, tmp_path,
                                                         no_keyring, monkeypatch):
    """A new form (ui/*.ui) is checked by the tests above only once tests/gui/windows.py
    opens it: this fails until it does."""
    import importlib

    built: set[str] = set()
    forms = sorted(p.stem for p in (ROOT / "ui").glob("*.ui"))
    for stem in forms:
        module = importlib.import_module(f"caseapp.gui.forms.ui_{stem}")
        for name in dir(module):
            cls = getattr(module, name)
            if name.startswith("Ui_") and isinstance(cls, type):
                original = cls.setupUi

                def recording(self, *args, _stem=stem, _original=original):
                    built.add(_stem)
                    return _original(self, *args)

                monkeypatch.setattr(cls, "setupUi", recording)
    _walk(korean_store, tmp_path, lambda _w: [])
    missing = sorted(set(forms) - built)
    assert not missing, "not walked (add to tests/gui/windows.py): " + ", ".join(missing)
