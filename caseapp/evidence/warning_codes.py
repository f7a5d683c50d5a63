"""Warning codes attached to evidence (GPS in a photo, a damaged image, …): stable strings a
record or report can keep, each with a translatable message for the counsellor."""

from __future__ import annotations

from enum import StrEnum

from caseapp.i18n import N_, translate


class EvidenceWarning(StrEnum):
    EMPTY_FILE = "empty_file"
    GPS_PRESENT = "gps_present"
    IMAGE_TOO_LARGE = "image_too_large"
    IMAGE_DAMAGED = "image_damaged"
    IMAGE_UNREADABLE = "image_unreadable"
    PDQ_LOW_QUALITY = "pdq_low_quality"
    VIDEO_DAMAGED = "video_damaged"
    VIDEO_PARTLY_HASHED = "video_partly_hashed"

    def message(self, lang: str | None = None) -> str:
        return translate(_MESSAGES[self], lang)


_MESSAGES: dict[EvidenceWarning, str] = {
    EvidenceWarning.EMPTY_FILE: N_("The file is empty (0 bytes)."),
    EvidenceWarning.GPS_PRESENT: N_(
        "The photo contains GPS location data. It is not copied into reports; take care "
        "when sharing the original file."
    ),
    EvidenceWarning.IMAGE_TOO_LARGE: N_(
        "The image is too large to open safely (possible decompression bomb). Its hashes "
        "were recorded, but no preview or image facts."
    ),
    EvidenceWarning.IMAGE_DAMAGED: N_(
        "The image is damaged or incomplete. Its hashes were recorded, but no preview or "
        "image facts."
    ),
    EvidenceWarning.IMAGE_UNREADABLE: N_(
        "The image format could not be read. Its hashes were recorded, but no preview or "
        "image facts."
    ),
    EvidenceWarning.PDQ_LOW_QUALITY: N_(
        "The image has too little detail for reliable similarity matching. Its PDQ hash is "
        "kept but not used to find re-uploads."
    ),
    EvidenceWarning.VIDEO_DAMAGED: N_(
        "The video could not be decoded: it is damaged, incomplete or in a format the app "
        "cannot read. Its file hashes were recorded, but no frame hashes or preview, so "
        "copies of it cannot be recognised."
    ),
    EvidenceWarning.VIDEO_PARTLY_HASHED: N_(
        "The video is very long: only its first hour was used to recognise copies of it."
    ),
}
