"""``caseapp-admin``: the command line for office admins and scripts. Every command calls
the same services as the GUI. Exit codes: 0 ok, 1 a problem found, 2 usage or bad input."""

from __future__ import annotations

from caseapp.cli.main import main

__all__ = ["main"]
