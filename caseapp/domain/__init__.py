"""Domain objects (frozen dataclasses and StrEnums) and their validation; no I/O."""
