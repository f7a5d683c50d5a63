"""The words of an evidence package: the manifest's column headers and values in the
package's language, and its README (the package's language first, then the other), which
says what the package holds, which items are recorded by hash only, and how to check it."""

from __future__ import annotations

from collections.abc import Sequence

from caseapp.domain.evidence import EvidenceItem
from caseapp.i18n import LANGUAGES, N_, translate

README_NAME = "README.txt"
SUMS_NAME = "SHA256SUMS"

# manifest.csv headers; manifest.json keeps the field names themselves
COLUMN_LABELS: dict[str, str] = {
    "code": N_("Evidence no."),
    "kind": N_("Kind"),
    "platform": N_("Platform"),
    "url": N_("URL"),
    "channel_name": N_("Chat room or channel"),
    "channel_id": N_("Chat room or channel ID"),
    "message_id": N_("Message ID"),
    "poster_account": N_("Posted by"),
    "captured_at": N_("Captured at"),
    "captured_tz": N_("Time zone of capture"),
    "captured_by": N_("Captured by"),
    "description": N_("Description"),
    "original_filename": N_("Original file name"),
    "package_file": N_("File in this package"),
    "held_as": N_("In this package"),
    "size": N_("Size (bytes)"),
    "mime": N_("File type (MIME)"),
    "sha256": "SHA-256",
    "md5": "MD5",
    "pdq_hex": "PDQ",
    "pdq_quality": N_("PDQ quality"),
    "width": N_("Width (pixels)"),
    "height": N_("Height (pixels)"),
    "exif_camera": N_("Camera (EXIF)"),
    "exif_taken_at": N_("Taken at (EXIF, camera clock)"),
    "exif_software": N_("Software (EXIF)"),
    "gps_in_original": N_("GPS data in the original"),
    "content_kept": N_("Content kept by the centre"),
    "created_at": N_("Recorded at"),
    "created_by": N_("Recorded by"),
}

HELD_FILE = "file"            # the file is in the package and in SHA256SUMS
HELD_HASH_ONLY = "hash_only"  # a file whose content the centre did not keep: hashes only
HELD_NO_FILE = "no_file"      # a link or a note: nothing to hash
HELD_LABELS = {
    HELD_FILE: N_("file included"),
    HELD_HASH_ONLY: N_("hash only: no file (no consent to keep copies)"),
    HELD_NO_FILE: N_("no file (link or note)"),
}
YES, NO = N_("yes"), N_("no")


def held_as(item: EvidenceItem, package_file: str | None) -> str:
    if package_file:
        return HELD_FILE
    return HELD_HASH_ONLY if item.has_file else HELD_NO_FILE


def column_label(field: str, lang: str) -> str:
    label = COLUMN_LABELS[field]
    return label if label in ("SHA-256", "MD5", "PDQ") else translate(label, lang)


def cell_value(field: str, value: object, lang: str) -> object:
    """A manifest value as the CSV shows it: yes/no and the held-as code in words."""
    if isinstance(value, bool):
        return translate(YES if value else NO, lang)
    if field == "held_as" and isinstance(value, str) and value in HELD_LABELS:
        return translate(HELD_LABELS[value], lang)
    return value


TITLE = N_("Evidence package for case {number}")
MADE = N_("Made on {time} by {actor}, {organisation}.")
HOLDS = N_("This package holds {files} evidence file(s) of the {items} evidence item(s) "
           "recorded for the case, and these files:")
LINE_SUMS = N_("  SHA256SUMS     the SHA-256 of every other file in this package, one per line")
LINE_CSV = N_("  manifest.csv   every evidence item (also those without a file), for a "
              "spreadsheet (UTF-8)")
LINE_JSON = N_("  manifest.json  the same as data, with the exact values")
LINE_README = N_("  README.txt     this text")
HASH_ONLY_HEAD = N_("Recorded by hash only (no file in this package, not in SHA256SUMS):")
HASH_ONLY_WHY = N_("The victim did not consent to the centre keeping copies, so only the "
                   "hashes of these files were recorded. The hashes can be compared with a "
                   "copy found elsewhere; they cannot be checked with SHA256SUMS.")
NO_FILE_HEAD = N_("Links and notes (no file): {count}. They are listed in the manifests.")
CHECK_HEAD = N_("How to check the files")
CHECK_LINUX = N_("Linux, in a terminal in this folder:")
CHECK_MAC = N_("macOS, in Terminal in this folder:")
CHECK_WINDOWS = N_("Windows PowerShell, one file at a time (compare with its line in "
                   "SHA256SUMS):")
CHECK_OK = N_("Every line must end in OK. FAILED means that file differs from what the "
              "centre collected. The SHA-256 of each evidence file must also match the "
              "police report's evidence table.")


def readme(*, number: str, organisation: str, actor: str, made_at: dict[str, str],
           lang: str, items: Sequence[EvidenceItem], files: int,
           hash_only: Sequence[EvidenceItem], no_file: int) -> str:
    """README.txt: the package's language first, then every other language."""
    order = [lang, *(other for other in LANGUAGES if other != lang)]
    parts = []
    for language in order:
        parts.append(_readme_in(language, number=number, organisation=organisation,
                                actor=actor, made_at=made_at[language], items=len(items),
                                files=files, hash_only=hash_only, no_file=no_file))
    return ("\n" + "=" * 72 + "\n\n").join(parts)


def _readme_in(lang: str, *, number: str, organisation: str, actor: str, made_at: str,
               items: int, files: int, hash_only: Sequence[EvidenceItem],
               no_file: int) -> str:
    def tr(msgid: str, **params: object) -> str:
        return translate(msgid, lang, **params)

    lines = [tr(TITLE, number=number), "",
             tr(MADE, time=made_at, actor=actor, organisation=organisation or "—"), "",
             tr(HOLDS, files=files, items=items),
             tr(LINE_SUMS), tr(LINE_CSV), tr(LINE_JSON), tr(LINE_README), ""]
    if hash_only:
        lines.append(tr(HASH_ONLY_HEAD))
        lines += [f"  {item.code}  SHA-256 {item.sha256}" for item in hash_only]
        lines += [tr(HASH_ONLY_WHY), ""]
    if no_file:
        lines += [tr(NO_FILE_HEAD, count=no_file), ""]
    lines += [tr(CHECK_HEAD), "", tr(CHECK_LINUX), "    sha256sum -c SHA256SUMS", "",
              tr(CHECK_MAC), "    shasum -a 256 -c SHA256SUMS", "",
              tr(CHECK_WINDOWS), "    Get-FileHash -Algorithm SHA256 FILE", "",
              tr(CHECK_OK), ""]
    return "\n".join(lines)

