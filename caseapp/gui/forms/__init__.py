"""Generated Qt Designer forms: ``ui/NAME.ui`` compiled by ``pyside6-uic`` (the Makefile's
``forms`` target) into ``ui_NAME.py`` here. Never edit the generated modules; edit the .ui
file and rebuild. The Python classes in ``caseapp.gui`` add behaviour only."""
