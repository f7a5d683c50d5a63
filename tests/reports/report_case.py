"""A real case in a real store, filled through the services the way a counsellor would: victim,
consent, incidents with perpetrator accounts, proof, leaked information, sessions, evidence
(image files with and without GPS, a link) and takedown requests."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from PIL import ExifTags, Image

from caseapp.domain.cases import (
    AccountRef,
    ContactChannel,
    ContactKind,
    ProofEntry,
    ProofItem,
    Victim,
)
from caseapp.domain.evidence import EvidenceDraft, EvidenceItem
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services import takedowns as takedown_service
from caseapp.store.vault import Vault
from tests.conftest import SIGNER, sign_as

KST = timezone(timedelta(hours=9))
VICTIM_NAME = "김서연"
VICTIM_PHONE = "010-1234-5678"
HOSTILE = "<b>hi</b> & <script>"


def png(seed: int, size: tuple[int, int] = (48, 36)) -> bytes:
    image = Image.new("RGB", size, ((seed * 53) % 256, (seed * 97) % 256, (seed * 31) % 256))
    image.putpixel((seed % size[0], seed % size[1]), (255, 255, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def jpeg_with_gps(seed: int) -> bytes:
    image = Image.new("RGB", (64, 48), (seed % 256, 120, 90))
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS 5D"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[1], gps[2], gps[3], gps[4] = "N", (37.0, 33.0, 59.4), "E", (126.0, 58.0, 40.7)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, exif=exif)
    return out.getvalue()


@dataclass
class FilledCase:
    number: str
    files: list[EvidenceItem]
    link: EvidenceItem | None


def fill_case(vault: Vault, *, police_consent: bool | None = True, files: int = 3,
              takedowns: bool = True, hostile_note: bool = True,
              keep_copies: bool = True, signer: str = SIGNER) -> FilledCase:
    """A deepfake case with everything a police report shows; documents built from it are
    signed by the counsellor profile ``signer``."""
    sign_as(vault, signer)
    summary = ("피해자의 인스타그램 사진으로 만든 합성물이 텔레그램 대화방에 유포되었다. "
               "Note: " + (HOSTILE if hostile_note else ""))
    case = case_service.open_case(vault, pseudonym="민들레-042", tags=["deepfake", "학교"],
                                  legal_categories=["synthetic_sexual_material"], summary=summary)
    case_service.save_victim(vault, case, Victim(
        name=VICTIM_NAME, birth_year=2008, gender="여성", language="ko",
        contacts=(ContactChannel(ContactKind.PHONE, VICTIM_PHONE, "평일 18시 이후"),)))
    given = datetime(2026, 1, 5, 15, 0, tzinfo=KST)
    if police_consent is not None:
        case_service.record_consent(vault, case, "police", True, "written", at=given)
        if police_consent is False:
            case_service.record_consent(vault, case, "police", False, "written",
                                        at=given + timedelta(days=2))
    case_service.record_consent(vault, case, "takedown", True, "verbal", at=given)
    if keep_copies:
        case_service.record_consent(vault, case, "copies", True, "written", at=given)
    case_service.add_incident(
        vault, case, description="'지인능욕방'에 합성물 게시, 학교명과 이름이 함께 유포됨.",
        occurred_at="2026-01-02T23:40:00+09:00", time_zone="Asia/Seoul", platform="telegram",
        place="지인능욕방", legal_category="synthetic_sexual_material",
        perpetrator_relation="같은 학교 학생",
        accounts=[AccountRef("telegram", "@hapsung_bot", "account", "합성장인"),
                  AccountRef("telegram", "-1001234567", "chat_room", "지인능욕방")])
    case_service.add_incident(
        vault, case, description="Threat received from an account abroad.",
        occurred_at="2026-01-03T14:05:00+00:00", time_zone="Europe/London", platform="instagram",
        place="DM", legal_category="sextortion", perpetrator_details=HOSTILE)
    case_service.set_proof(vault, case, ProofEntry(ProofItem.ORIGINAL_PHOTOS, True, "김상담",
                                                   date(2026, 1, 5), "봉인된 USB, 사무실 금고"))
    case_service.add_leaked_info(vault, case, "school", found_where="지인능욕방 게시글",
                                 found_at="2026-01-03", deletion_requested_at="2026-01-06")
    case_service.add_session(vault, case, held_at="2026-01-05T14:00:00+09:00", mode="대면",
                             notes="세션 기록은 보고서에 나오지 않는다")
    items = []
    for i in range(files):
        data = jpeg_with_gps(i) if i == 0 else png(i)
        outcome = evidence_service.ingest_file(
            vault, case, io.BytesIO(data), filename=f"capture_{i:03d}." +
            ("jpg" if i == 0 else "png"),
            draft=EvidenceDraft(platform="telegram", url=f"https://t.me/c/1234567/{1000 + i}",
                                channel_name="지인능욕방", message_id=str(1000 + i),
                                poster_account="@hapsung_bot",
                                captured_at=f"2026-01-04T22:10:{i % 60:02d}+09:00",
                                captured_tz="Asia/Seoul", captured_by="김상담",
                                description=f"캡처 {i}번 {HOSTILE if i == 1 else ''}"))
        items.append(outcome.item)
    link = None
    if takedowns:
        link = evidence_service.add_url_evidence(vault, case,
                                                 "https://t.me/jiin_room/2001").item
        request = takedown_service.create_request(vault, case, "https://t.me/jiin_room/2001",
                                                  "telegram", evidence=[link.id])
        takedown_service.set_status(vault, request.id, "submitted",
                                    at="2026-01-06T10:00:00+09:00", reference="TG-55512")
    return FilledCase(case.number, items, link)
