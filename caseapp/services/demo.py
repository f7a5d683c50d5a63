"""Synthetic Korean and English cases for ``caseapp --demo``, tests and benchmarks. Every name,
room, channel and story is made up from parts; no real person is described. Fast enough for
100,000 cases (it writes through the repository's bulk path)."""

from __future__ import annotations

import logging
import random
import secrets
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from caseapp.domain.cases import (
    AccountKind,
    AccountRef,
    CaseStatus,
    ContactChannel,
    ContactKind,
    CounsellorRole,
    Guardian,
    IncidentDraft,
    RiskLevel,
    SessionDraft,
    Victim,
)
from caseapp.domain.consent import ConsentMethod, ConsentScope
from caseapp.domain.legal import LegalCategory, clean_categories
from caseapp.domain.platforms import Platform
from caseapp.security.keyslots import Argon2Params
from caseapp.store import case_repo
from caseapp.store.case_repo import CaseBundle
from caseapp.store.vault import Vault

log = logging.getLogger(__name__)

KST = timezone(timedelta(hours=9))
BATCH = 5_000
DEMO_CASES = 300

SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = ("서연", "민준", "지우", "하은", "도윤", "수아", "예준", "지민", "시우", "하린",
         "유진", "은서", "채원", "지호", "다은", "준서", "서윤", "현우", "소율", "예린",
         "가은", "윤아", "태희", "나연")
EN_FIRST = ("Alex", "Jamie", "Riley", "Morgan", "Taylor", "Casey", "Jordan", "Avery", "Quinn",
            "Rowan", "Skyler", "Emerson")
EN_LAST = ("Carter", "Lee", "Park", "Ellis", "Moreno", "Nguyen", "Hart", "Brooks", "Kim",
           "Patel", "Quinn", "Sato")
PSEUDO_KO = ("민들레", "해바라기", "나비", "별빛", "초롱", "바람", "구름", "다람쥐",
             "은하수", "새벽", "노을", "봄비", "이슬", "솔잎", "푸른숲", "달빛")
PSEUDO_EN = ("Robin", "Willow", "Maple", "River", "Sparrow", "Juniper", "Harbor", "Aurora",
             "Cedar", "Finch")

ROOMS_KO = ("지인능욕방", "겹지인방", "딥페이크 합성방", "고등학교 동문방", "대학 과방 합성",
            "지역 지인방", "n번방 후속방", "연예인 합성 요청방", "사진 교환방", "비밀 공유방",
            "능욕 요청 채널", "합성 의뢰방")
ROOMS_EN = ("deepfake requests", "ex leaks", "campus exposed", "trade room", "nudify bot",
            "private vault", "classmates pics")
SCHOOLS = ("한빛고", "푸른중", "새솔여고", "동산대", "미래대", "Riverside High", "Oak College")
TELEGRAM_HANDLES = ("jiin_room", "hapsung_bot", "deep_kr", "neungyok", "secret_share",
                    "nudify", "leak_vault", "gyeop_jiin", "exposed_kr", "requests_room")
DISPLAY_KO = ("관리자", "합성장인", "익명의 방장", "지인방 운영자", "요청받음", "딥페이크 제작자")
DISPLAY_EN = ("admin", "the editor", "requests", "vault keeper", "bot owner")

INCIDENT_KO = (
    "피해자의 인스타그램 사진을 이용한 합성물이 텔레그램 '{room}'에 게시됨. 학교명과 이름이 함께 "
    "유포됨.",
    "'{room}'에서 지인이 피해자 사진으로 합성 의뢰를 함. 피해자가 친구의 제보로 알게 됨.",
    "가해자가 '{room}' 링크와 함께 영상을 퍼뜨리겠다고 협박하며 돈을 요구함.",
    "전 연인이 촬영한 영상이 '{room}'에 유포됨. 피해자 연락처도 함께 올라옴.",
    "SNS 프로필 사진이 도용되어 '{room}' 채널에 합성 이미지로 올라옴.",
)
INCIDENT_EN = (
    "Images made from the victim's public photos were posted in '{room}' with her first name "
    "and school.",
    "A classmate asked '{room}' for a deepfake of the victim; a friend sent her a screenshot.",
    "The offender threatened to send a video to her family unless she paid; linked '{room}'.",
    "Intimate images shared by an ex-partner appeared in '{room}'.",
)
SESSION_NOTES_KO = ("초기 상담. 피해 상황과 현재 안전 확인. 증거 수집 방법 안내.",
                    "삭제 지원 진행 상황 공유. 불안감 호소, 수면 문제 있음.",
                    "경찰 신고 절차 설명. 보호자 동석 희망.",
                    "재유포 확인 후 추가 삭제 요청. 심리 지원 기관 연계 논의.")
SESSION_NOTES_EN = ("First session: safety check, what happened, how evidence is kept.",
                    "Update on takedowns; the victim reports anxiety and poor sleep.",
                    "Explained the police report process; wants a friend present.",
                    "Re-upload found; new takedown requests; referral to therapy discussed.")
NEXT_STEPS = ("다음 주 재연락", "삭제 요청 결과 확인", "Call back Friday after 18:00",
              "Check takedown replies", "경찰서 동행 일정 조율", "")
RELATIONS = ("지인", "같은 학교 학생", "전 연인", "모르는 사람", "classmate", "ex-partner",
             "unknown", "")
TAGS = ("deepfake", "ncii", "sextortion", "grooming", "minor_victim", "재유포", "학교",
        "urgent follow-up")
COUNSELLORS = (("김상담", CounsellorRole.COUNSELLOR), ("이지원", CounsellorRole.COUNSELLOR),
               ("박수진", CounsellorRole.SUPERVISOR), ("Sam Ortega", CounsellorRole.COUNSELLOR),
               ("최하나", CounsellorRole.COUNSELLOR), ("Dana Whitfield", CounsellorRole.SUPERVISOR))
STATUS_WEIGHTS = ((CaseStatus.INTAKE, 10), (CaseStatus.ACTIVE, 35),
                  (CaseStatus.AWAITING_TAKEDOWN, 20), (CaseStatus.REFERRED_TO_POLICE, 10),
                  (CaseStatus.CLOSED, 25))
RISK_WEIGHTS = ((RiskLevel.LOW, 25), (RiskLevel.MEDIUM, 45), (RiskLevel.HIGH, 22),
                (RiskLevel.CRITICAL, 8))
PLATFORM_WEIGHTS = ((Platform.TELEGRAM, 55), (Platform.X, 12), (Platform.INSTAGRAM, 12),
                    (Platform.KAKAOTALK, 8), (Platform.DISCORD, 5), (Platform.WEBSITE, 6),
                    (Platform.OTHER, 2))

Progress = Callable[[int, int], None]


def _weighted(rng: random.Random, pairs: tuple[tuple[object, int], ...]) -> object:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def _korean_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _english_name(rng: random.Random) -> str:
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


def _ensure_counsellors(vault: Vault, now: datetime) -> list[int]:
    conn = vault.cases
    ids = []
    for name, role in COUNSELLORS:
        found = case_repo.counsellor_by_name(conn, name)
        ids.append(found.id if found else
                   case_repo.insert_counsellor(conn, name, role, True, now).id)
    return ids


def _account_pool(vault: Vault, rng: random.Random, size: int, now: datetime) -> list[int]:
    """Perpetrator accounts and channels; a few appear in many cases (as in real work)."""
    ids = []
    for i in range(size):
        platform = _weighted(rng, PLATFORM_WEIGHTS)
        assert isinstance(platform, Platform)
        base = rng.choice(TELEGRAM_HANDLES)
        handle = (f"@{base}_{i}" if platform is not Platform.WEBSITE
                  else f"https://{base}{i}.example")
        kind = rng.choice((AccountKind.ACCOUNT, AccountKind.CHANNEL, AccountKind.CHAT_ROOM))
        name = rng.choice(DISPLAY_KO + DISPLAY_EN)
        ids.append(case_repo.ensure_account(vault.cases, AccountRef(platform, handle, kind, name),
                                            now))
    return ids


def _moment_in(rng: random.Random, start: datetime, end: datetime) -> datetime:
    span = max(1, int((end - start).total_seconds()))
    return start + timedelta(seconds=rng.randrange(span))


def _bundle(rng: random.Random, year: int, seq: int, created: datetime, now: datetime,
            counsellors: list[int], accounts: list[int], actor: str) -> CaseBundle:
    korean = rng.random() < 0.8
    room = rng.choice(ROOMS_KO if korean else ROOMS_EN)
    if rng.random() < 0.3:
        room = f"{rng.choice(SCHOOLS)} {room}"
    status = _weighted(rng, STATUS_WEIGHTS)
    risk = _weighted(rng, RISK_WEIGHTS)
    assert isinstance(status, CaseStatus) and isinstance(risk, RiskLevel)
    minor = rng.random() < 0.3
    tags = set(rng.sample(TAGS, rng.randint(0, 3)))
    if minor:
        tags.add("minor_victim")
    category = rng.choice(list(LegalCategory)) if rng.random() < 0.85 else None
    if minor and category is not None and rng.random() < 0.5:
        category = LegalCategory.MINOR_EXPLOITATION_MATERIAL
    categories: tuple[LegalCategory, ...] = () if category is None else (category,)
    if minor and category is LegalCategory.SYNTHETIC_SEXUAL_MATERIAL:
        # a deepfake of a minor falls under both laws
        categories = (category, LegalCategory.MINOR_EXPLOITATION_MATERIAL)
    elif category is not None and rng.random() < 0.2:
        categories = clean_categories((category, LegalCategory.SEXTORTION))
    updated = max(created, min(now - timedelta(minutes=rng.randint(0, 6_000)),
                               created + timedelta(days=rng.randint(0, 200),
                                                   seconds=rng.randint(0, 86_399))))
    birth = now.year - (rng.randint(13, 17) if minor else rng.randint(18, 45))
    name = _korean_name(rng) if korean else _english_name(rng)
    contacts = [ContactChannel(ContactKind.PHONE, f"010-{rng.randint(1000, 9999)}-"
                               f"{rng.randint(1000, 9999)}", "평일 18시 이후" if korean
                               else "weekdays after 6pm")]
    if rng.random() < 0.5:
        contacts.append(ContactChannel(ContactKind.KAKAOTALK if korean else ContactKind.EMAIL,
                                       f"user{rng.randint(100, 99999)}" if korean
                                       else f"user{rng.randint(100, 99999)}@example.org"))
    victim = Victim(
        name=name, preferred_name=name[1:] if korean else name.split()[0], birth_year=birth,
        gender=rng.choice(("여성", "남성", "논바이너리", "female", "male", "")),
        language="ko" if korean else "en", contacts=tuple(contacts),
        do_not_contact_by=(ContactKind.LETTER,) if rng.random() < 0.3 else (),
        guardian=Guardian(_korean_name(rng) if korean else _english_name(rng),
                          "어머니" if korean else "mother", "010-0000-0000") if minor else None)
    consents = []
    for scope in ConsentScope:
        if rng.random() < 0.7:
            given = _moment_in(rng, created, updated).astimezone(KST)
            method = ConsentMethod.GUARDIAN if minor else rng.choice(
                (ConsentMethod.VERBAL, ConsentMethod.WRITTEN))
            consents.append((scope, True, given, method, actor, ""))
            if rng.random() < 0.05:
                consents.append((scope, False, given + timedelta(days=3), method, actor, ""))
    incidents = []
    for _ in range(rng.randint(1, 3)):
        platform = _weighted(rng, PLATFORM_WEIGHTS)
        assert isinstance(platform, Platform)
        occurred = (created - timedelta(days=rng.randint(0, 60), minutes=rng.randint(0, 1440)))
        text = rng.choice(INCIDENT_KO if korean else INCIDENT_EN).format(room=room)
        linked: tuple[int, ...] = ()
        if accounts and rng.random() < 0.6:
            # square of a uniform: low indexes (the busiest channels) come up far more often
            linked = tuple({accounts[int(len(accounts) * rng.random() ** 2)]
                            for _ in range(rng.randint(1, 2))})
        incidents.append((IncidentDraft(
            description=text, occurred_at=occurred.astimezone(KST).replace(microsecond=0),
            time_zone="Asia/Seoul" if korean else rng.choice(("Asia/Seoul", "Europe/London")),
            platform=platform, place=room, legal_category=category,
            perpetrator_relation=rng.choice(RELATIONS)), linked))
    sessions = []
    for i in range(rng.randint(0, 3)):
        held = (created + timedelta(days=7 * i, hours=rng.randint(0, 8))).astimezone(KST)
        sessions.append(SessionDraft(
            held_at=held.replace(microsecond=0), counsellor_id=rng.choice(counsellors),
            duration_minutes=rng.choice((30, 45, 50, 60, 90)),
            mode=rng.choice(("전화", "대면", "화상", "phone", "in person")),
            notes=rng.choice(SESSION_NOTES_KO if korean else SESSION_NOTES_EN),
            next_steps=rng.choice(NEXT_STEPS)))
    pseudo = (f"{rng.choice(PSEUDO_KO)}-{rng.randint(1, 999):03d}" if korean
              else f"{rng.choice(PSEUDO_EN)}-{rng.randint(1, 999):03d}")
    return CaseBundle(
        year=year, seq=seq, pseudonym=pseudo, status=status, risk=risk,
        counsellor_id=rng.choice(counsellors), legal_categories=categories,
        tags=tuple(sorted(tags)), summary="", created_at=created, updated_at=updated,
        victim=victim, consents=tuple(consents), incidents=tuple(incidents),
        sessions=tuple(sessions))


def generate(vault: Vault, n_cases: int, seed: int = 0, *, years: int = 3,
             now: datetime | None = None, progress: Progress | None = None) -> int:
    """Add ``n_cases`` synthetic cases opened over the last ``years`` years. Same seed, same
    cases (apart from numbers when the store already has some). Writes in batches of
    5,000 cases, one transaction each; one audit event records the run."""
    rng = random.Random(seed)
    now = now or datetime.now(UTC)
    start = now - timedelta(days=365 * years)
    created_times = sorted(_moment_in(rng, start, now) for _ in range(n_cases))
    with vault.write():
        counsellors = _ensure_counsellors(vault, now)
        accounts = _account_pool(vault, rng, max(5, n_cases // 20), now)
        account_words = case_repo.account_words(vault.cases)
    done = 0
    while done < n_cases:
        chunk = created_times[done:done + BATCH]
        with vault.write() as conn:
            by_year: dict[int, list[datetime]] = {}
            for created in chunk:
                by_year.setdefault(created.astimezone(KST).year, []).append(created)
            bundles: list[CaseBundle] = []
            for year, times in by_year.items():
                first = case_repo.reserve_numbers(conn, year, len(times))
                bundles.extend(_bundle(rng, year, first + i, created, now, counsellors,
                                       accounts, vault.actor)
                               for i, created in enumerate(times))
            case_repo.bulk_insert(conn, bundles, account_words)
        done += len(chunk)
        if progress:
            progress(done, n_cases)
    with vault.write():
        vault.audit("demo.generated", "store", "", count=n_cases, seed=seed)
    log.info("generated %d demo cases", n_cases)
    return n_cases


# Argon2 floor parameters are for real stores. A demo store is thrown away and holds only
# synthetic data, so it is created with a fast KDF and a random passphrase nobody needs.
DEMO_KDF = Argon2Params(memory_kib=1024, time_cost=1, parallelism=1)


def create_demo_store(folder: Path | None = None, n_cases: int = DEMO_CASES, *,
                      seed: int = 0) -> Vault:
    """A throw-away store in ``folder`` (a new temporary folder when None) filled with
    ``n_cases`` synthetic cases, unlocked. ``caseapp --demo`` opens this."""
    from caseapp.services import vault as vault_service

    target = Path(folder) if folder is not None else Path(tempfile.mkdtemp(prefix="caseapp-"
                                                                             "demo-"))
    created = vault_service.create_store(
        target / "data" if folder is None else target, secrets.token_urlsafe(24),
        organisation="Demo Centre / 데모 상담소", actor="김상담", params=DEMO_KDF,
        allow_weak_kdf=True, check_strength=False)
    try:
        generate(created.vault, n_cases, seed=seed)
    except BaseException:
        created.vault.close()
        raise
    return created.vault

