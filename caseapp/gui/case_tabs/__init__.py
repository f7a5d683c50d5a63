"""The built-in sections of the case window (overview, identity, consent, timeline,
sessions). Each module exposes ``TABS``; ``caseapp.gui.case_editor.TAB_MODULES`` lists them
and is where other areas add theirs."""
