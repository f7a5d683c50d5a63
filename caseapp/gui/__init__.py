"""The Qt desktop app: the only package that imports PySide6. A thin shell over
``caseapp.services``: widgets ask services for everything and run slow work through
``gui.ops``."""
