"""Use cases the GUI and the CLI both call: one place for the rules. Each module is the
verbs of one area (vault, cases, evidence, takedowns, reports, backup)."""
