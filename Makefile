# CaseApp developer loop. Every target creates .venv itself when missing.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
UI_FILES := $(wildcard ui/*.ui)
UI_PY := $(patsubst ui/%.ui,caseapp/gui/forms/ui_%.py,$(UI_FILES))
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

export QT_QPA_PLATFORM ?= offscreen

.PHONY: run demo test lint package bench screenshots forms translations clean ts

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

caseapp/gui/forms/ui_%.py: ui/%.ui $(STAMP)
	$(BIN)/pyside6-uic --from-imports $< -o $@

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

forms: $(UI_PY)
translations: $(QM_FILES)

# Refresh the Qt Linguist sources of the desktop app's first part (unlock, case list, case
# window, settings) from its code and forms; then translate the new entries in
# resources/translations/caseapp_ko.ts (English keeps only plural forms). Other areas keep
# their own caseapp_AREA_LANG.ts beside it; every caseapp*_LANG.qm is loaded.
GUI_PART1_PY := $(addprefix caseapp/gui/,app.py case_editor.py case_list.py case_list_model.py \
	error_dialog.py labels.py main_window.py new_case_dialog.py ops.py passphrase_fields.py \
	profile_picker.py recovery_dialog.py recovery_kit.py recovery_kit_dialog.py \
	settings_dialog.py setup_wizard.py unlock_screen.py workspace.py \
	case_tabs/overview.py case_tabs/identity.py case_tabs/consent.py case_tabs/timeline.py \
	case_tabs/sessions.py)
GUI_PART1_UI := $(addprefix ui/,case_consent_tab.ui case_editor.ui case_identity_tab.ui \
	case_list.ui case_overview_tab.ui case_sessions_tab.ui case_timeline_tab.ui \
	change_passphrase_dialog.ui error_report_dialog.ui main_window.ui new_case_dialog.ui \
	passphrase_fields.ui profile_picker.ui recovery_dialog.ui recovery_kit_dialog.ui \
	recovery_kit_panel.ui settings_dialog.ui setup_language_page.ui \
	setup_organisation_page.ui setup_passphrase_page.ui setup_profile_page.ui \
	setup_quick_unlock_page.ui setup_recovery_page.ui unlock_screen.ui)
ts: $(STAMP)
	$(BIN)/pyside6-lupdate -locations relative -no-obsolete $(GUI_PART1_PY) $(GUI_PART1_UI) -ts resources/translations/caseapp_ko.ts
	$(BIN)/pyside6-lupdate -locations relative -no-obsolete -pluralonly $(GUI_PART1_PY) $(GUI_PART1_UI) -ts resources/translations/caseapp_en.ts

run: $(STAMP) forms translations
	QT_QPA_PLATFORM= $(BIN)/python -m caseapp $(ARGS)

demo: $(STAMP) forms translations
	QT_QPA_PLATFORM= $(BIN)/python -m caseapp --demo

lint: $(STAMP) forms
	$(BIN)/ruff check $(wildcard caseapp tests benchmarks packaging tools)
	$(BIN)/lint-imports
	$(BIN)/mypy caseapp

test: lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

package: $(STAMP) forms translations
	$(BIN)/python -m pip install --quiet -e '.[package]'
	$(BIN)/python packaging/build.py

bench: $(STAMP)
	for f in benchmarks/*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

screenshots: $(STAMP) forms translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m caseapp.gui.screenshots docs/screenshots

clean:
	rm -rf build dist .pytest_cache caseapp/gui/forms/ui_*.py resources/translations/*.qm
