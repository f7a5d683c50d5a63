"""Police report data made in the tests: a case with incidents, proof, leaks, accounts, evidence
items (with hashes, custody and a GPS warning) and takedowns, in plain domain objects."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta, timezone

from caseapp.domain.cases import (
    AccountKind,
    Case,
    CaseStatus,
    ContactChannel,
    ContactKind,
    Incident,
    LeakedInfo,
    LeakKind,
    PerpetratorAccount,
    ProofEntry,
    ProofItem,
    RiskLevel,
    Victim,
)
from caseapp.domain.consent import ConsentMethod, ConsentRecord, ConsentScope
from caseapp.domain.evidence import (
    CustodyAction,
    CustodyEvent,
    EvidenceItem,
    EvidenceKind,
    ExifFacts,
)
from caseapp.domain.legal import LegalCategory
from caseapp.domain.platforms import Platform
from caseapp.reports.police_report import (
    AccountEntry,
    EvidenceEntry,
    IdentityWithheld,
    PoliceReportData,
    TakedownEntry,
    TakedownStep,
)

KST = timezone(timedelta(hours=9))
LONDON = timezone(timedelta(hours=0))
GENERATED = datetime(2026, 3, 14, 16, 30, 5, tzinfo=KST)
HOSTILE = "<b>hi</b> & <script>"
VICTIM_NAME = "김서연"


def sha(i: int) -> str:
    return hashlib.sha256(f"evidence {i}".encode()).hexdigest()


def md5(i: int) -> str:
    return hashlib.md5(f"evidence {i}".encode()).hexdigest()


def case(summary: str = "") -> Case:
    created = datetime(2026, 2, 20, 1, 5, tzinfo=UTC)
    return Case(id=1, number="2026-0012", pseudonym="민들레-042", status=CaseStatus.ACTIVE,
                risk=RiskLevel.HIGH, counsellor_id=1,
                legal_categories=(LegalCategory.SYNTHETIC_SEXUAL_MATERIAL,),
                tags=("deepfake", "학교"), summary=summary or (
                    "피해자의 인스타그램 사진으로 만든 합성물이 텔레그램 대화방에 유포되었다. "
                    "학교명과 이름이 함께 게시되었다."), created_at=created, updated_at=created)


def evidence_item(i: int, *, case_number: str = "2026-0012", description: str = "",
                  gps: bool = False, kind: EvidenceKind = EvidenceKind.FILE) -> EvidenceItem:
    has_file = kind in (EvidenceKind.FILE, EvidenceKind.CHAT_LOG)
    return EvidenceItem(
        id=i, case_id=1, code=f"E-{case_number}-{i:03d}", kind=kind, platform=Platform.TELEGRAM,
        url=f"https://t.me/c/1234567/{1000 + i}", channel_name="지인능욕방",
        channel_id="-1001234567", message_id=str(1000 + i), poster_account="@hapsung_bot",
        captured_at=datetime(2026, 2, 21, 22, 10, i % 60, tzinfo=KST), captured_tz="Asia/Seoul",
        captured_by="김상담",
        description=description or f"대화방에 게시된 합성 이미지 캡처 {i}번. 게시자 닉네임 표시.",
        original_filename=f"capture_{i:03d}.png" if has_file else None,
        size=123_456 + i if has_file else None, mime="image/png" if has_file else None,
        sha256=sha(i) if has_file else None, md5=md5(i) if has_file else None,
        pdq_hex=None, pdq_quality=None, width=1080 if has_file else None,
        height=1920 if has_file else None, duration_seconds=None,
        exif=ExifFacts(camera="Galaxy S23", has_gps=gps) if gps else None,
        warnings=("gps_present",) if gps else (), content_kept=has_file and i % 5 != 0,
        created_at=datetime(2026, 2, 21, 13, 15, tzinfo=UTC), created_by="김상담")


def custody(i: int) -> tuple[CustodyEvent, ...]:
    return (CustodyEvent(id=i * 10, evidence_id=i, action=CustodyAction.ACQUIRED,
                         at=datetime(2026, 2, 21, 13, 15, tzinfo=UTC), actor="김상담",
                         details={"source": "screenshot from the victim's phone"}),
            CustodyEvent(id=i * 10 + 1, evidence_id=i, action=CustodyAction.VERIFIED,
                         at=datetime(2026, 3, 1, 2, 0, tzinfo=UTC), actor="이지원"))


def consents(police: bool | None = True) -> dict[ConsentScope, ConsentRecord | None]:
    found: dict[ConsentScope, ConsentRecord | None] = {s: None for s in ConsentScope}
    if police is not None:
        found[ConsentScope.POLICE] = ConsentRecord(
            id=1, case_id=1, scope=ConsentScope.POLICE, granted=police,
            given_at=datetime(2026, 2, 22, 15, 0, tzinfo=KST), method=ConsentMethod.WRITTEN,
            recorded_by="김상담", recorded_at=datetime(2026, 2, 22, 6, 1, tzinfo=UTC))
    found[ConsentScope.TAKEDOWN] = ConsentRecord(
        id=2, case_id=1, scope=ConsentScope.TAKEDOWN, granted=True, given_at=date(2026, 2, 20),
        method=ConsentMethod.VERBAL, recorded_by="김상담",
        recorded_at=datetime(2026, 2, 20, 6, 1, tzinfo=UTC))
    return found


def victim() -> Victim:
    return Victim(name=VICTIM_NAME, preferred_name="서연", birth_year=2008, gender="여성",
                  language="ko",
                  contacts=(ContactChannel(ContactKind.PHONE, "010-1234-5678", "평일 18시 이후"),),
                  do_not_contact_by=(ContactKind.LETTER,))


def incidents() -> tuple[Incident, ...]:
    made = datetime(2026, 2, 20, 1, 5, tzinfo=UTC)
    account = PerpetratorAccount(id=1, platform=Platform.TELEGRAM, handle="@hapsung_bot",
                                 kind=AccountKind.ACCOUNT, display_names=("합성장인",))
    return (
        Incident(id=1, case_id=1,
                 description="피해자의 인스타그램 사진을 이용한 합성물이 '지인능욕방'에 게시됨.",
                 occurred_at=datetime(2026, 2, 1, 23, 40, tzinfo=KST),
                 time_zone="Asia/Seoul", platform=Platform.TELEGRAM, place="지인능욕방",
                 legal_category=LegalCategory.SYNTHETIC_SEXUAL_MATERIAL,
                 perpetrator_relation="같은 학교 학생", perpetrator_details="",
                 accounts=(account,), created_at=made, updated_at=made),
        Incident(id=2, case_id=1, description="Offender messaged from London demanding money.",
                 occurred_at=datetime(2026, 2, 10, 14, 5, tzinfo=LONDON),
                 time_zone="Europe/London", platform=Platform.INSTAGRAM, place="DM",
                 legal_category=LegalCategory.SEXTORTION, perpetrator_relation="unknown",
                 perpetrator_details=HOSTILE, accounts=(), created_at=made, updated_at=made),
        Incident(id=3, case_id=1, description="Re-upload noticed by a friend.",
                 occurred_at=date(2026, 2, 18), time_zone="", platform=None, place="",
                 legal_category=None, perpetrator_relation="", perpetrator_details="",
                 accounts=(), created_at=made, updated_at=made),
    )


def report_data(n_evidence: int = 3, *, include_victim: bool = False,
                withheld: IdentityWithheld | None = IdentityWithheld.NO_CONSENT,
                police: bool | None = True, thumbnails: dict[int, bytes] | None = None,
                summary: str = "", **overrides: object) -> PoliceReportData:
    evidence = tuple(
        EvidenceEntry(evidence_item(i, gps=(i == 2),
                                    kind=EvidenceKind.URL if i == 3 else EvidenceKind.FILE),
                      custody(i), (thumbnails or {}).get(i))
        for i in range(1, n_evidence + 1))
    account = PerpetratorAccount(id=1, platform=Platform.TELEGRAM, handle="@hapsung_bot",
                                 kind=AccountKind.ACCOUNT, display_names=("합성장인", "admin"),
                                 note="방장 계정")
    channel = PerpetratorAccount(id=2, platform=Platform.TELEGRAM, handle="-1001234567",
                                 kind=AccountKind.CHAT_ROOM, display_names=("지인능욕방",))
    values: dict[str, object] = dict(
        organisation="서울 디지털성범죄 피해자 지원센터", report_id="RPT-2026-0012-01",
        generated_at=GENERATED, prepared_by="김상담", case=case(summary),
        consents=consents(police), victim=victim() if include_victim else None,
        withheld=None if include_victim else withheld, addressed_to="서울 서초경찰서 사이버수사팀",
        victim_requests="가해자 처벌과 게시물 삭제를 원함.",
        organisation_details={"address": "서울시 중구 세종대로 1", "phone": "02-000-0000",
                              "email": "help@example.org"},
        incidents=incidents(),
        proof=(ProofEntry(ProofItem.ORIGINAL_PHOTOS, True, "김상담", date(2026, 2, 22),
                          "봉인된 USB, 사무실 금고"),
               ProofEntry(ProofItem.ID_CHECK, True, "김상담", date(2026, 2, 22))),
        leaks=(LeakedInfo(id=1, case_id=1, kind=LeakKind.SCHOOL, found_where="지인능욕방 게시글",
                          found_at=date(2026, 2, 21), deletion_requested_at=date(2026, 2, 22)),
               LeakedInfo(id=2, case_id=1, kind=LeakKind.NAME, found_where="X 게시물")),
        accounts=(AccountEntry(account, other_cases=3), AccountEntry(channel)),
        evidence=evidence,
        takedowns=(
            TakedownEntry(target="https://t.me/c/1234567/1001", recipient="Telegram",
                          channel="abuse@telegram.org", status="삭제됨",
                          submitted_at=datetime(2026, 2, 22, 10, 0, tzinfo=KST),
                          reference="TG-55512", removed_at=date(2026, 2, 24),
                          history=(TakedownStep(datetime(2026, 2, 22, 10, 0, tzinfo=KST),
                                                "제출됨"),
                                   TakedownStep(date(2026, 2, 24), "삭제됨"))),
            TakedownEntry(target="https://t.me/c/1234567/1001", recipient="방송통신심의위원회",
                          status="접수됨", submitted_at=date(2026, 2, 23)),
        ),
        sessions=2, first_session=datetime(2026, 2, 20, 10, 0, tzinfo=KST),
        include_thumbnails=thumbnails is not None,
    )
    values.update(overrides)
    return PoliceReportData(**values)  # type: ignore[arg-type]
