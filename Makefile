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

# uic imports ~35 Qt classes into every form whether used or not; PySide6 builds each
# class (and its enums) on first import, so the forms keep only what they use (start-up).
caseapp/gui/forms/ui_%.py: ui/%.ui $(STAMP) tools/trim_uic_imports.py
	$(BIN)/pyside6-uic --from-imports $< -o $@
	$(BIN)/python tools/trim_uic_imports.py $@

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

forms: $(UI_PY)
translations: $(QM_FILES)

# Refresh the one Qt Linguist catalogue per language from every GUI source and form (as
# Picard globs its sources), then translate the new entries in resources/translations/
# caseapp_ko.ts; English keeps only plural forms.
GUI_SOURCES = $(shell find caseapp/gui -name '*.py' -not -path 'caseapp/gui/forms/*' | sort)
ts: $(STAMP)
	$(BIN)/pyside6-lupdate -locations relative -no-obsolete $(GUI_SOURCES) $(UI_FILES) -ts resources/translations/caseapp_ko.ts
	$(BIN)/pyside6-lupdate -locations relative -no-obsolete -pluralonly $(GUI_SOURCES) $(UI_FILES) -ts resources/translations/caseapp_en.ts

run: $(STAMP) forms translations
	QT_QPA_PLATFORM= $(BIN)/python -m caseapp $(ARGS)

demo: $(STAMP) forms translations
	QT_QPA_PLATFORM= $(BIN)/python -m caseapp --demo

lint: $(STAMP) forms
	$(BIN)/ruff check $(wildcard caseapp tests benchmarks packaging tools)
	$(BIN)/lint-imports
	$(BIN)/mypy caseapp
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

test: lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

package: $(STAMP) forms translations
	$(BIN)/python -m pip install --quiet -e '.[package]'
	$(BIN)/python packaging/numpy_noblas.py
	$(BIN)/python packaging/build.py

bench: $(STAMP)
	for f in benchmarks/*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

screenshots: $(STAMP) forms translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.shoot docs/screenshots

clean:
	rm -rf build dist .pytest_cache caseapp/gui/forms/ui_*.py resources/translations/*.qm
