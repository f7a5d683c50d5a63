"""Make the sample documents in this folder from synthetic demo data (no real person).

    .venv/bin/python docs/samples/make_samples.py [OUT_DIR]

A throw-away demo store (``caseapp.services.demo``) provides the cases; one Korean and one English
case become a deepfake case of a minor (허위영상물 and 아동·청소년성착취물) and get evidence
through the services, as a counsellor would record it: Telegram screenshots (abstract generated
images, one carrying GPS data), a chat export, an X screenshot kept by hash only, X and Telegram
links, proof of victimhood, leaked information and takedown requests. Written: the police report
in Korean and English, the Korean case's letter to each recipient, the statutory
신고·삭제요청서 and its evidence package. ``tests/reports/test_samples.py`` builds the same set
and reads it back."""

from __future__ import annotations

import io
import random
import shutil
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PIL import ExifTags, Image, ImageDraw, ImageFilter

from caseapp.domain.cases import AccountRef, CaseQuery, ProofEntry, ProofItem
from caseapp.domain.evidence import EvidenceDraft, EvidenceKind
from caseapp.services import cases as case_service
from caseapp.services import demo, evidence_package, reports
from caseapp.services import evidence as evidence_service
from caseapp.services import takedowns as takedown_service
from caseapp.services import vault as vault_service
from caseapp.store.vault import Vault

HERE = Path(__file__).resolve().parent
KST = timezone(timedelta(hours=9))


def abstract_image(seed: int, *, gps: bool = False) -> bytes:
    """Coloured shapes on a gradient: stands in for a screenshot, shows nothing."""
    rng = random.Random(seed)
    image = Image.new("RGB", (480, 360), (rng.randrange(256), rng.randrange(256), 160))
    draw = ImageDraw.Draw(image)
    for _ in range(14):
        x, y = rng.randrange(440), rng.randrange(320)
        draw.ellipse((x, y, x + rng.randrange(30, 160), y + rng.randrange(30, 120)),
                     fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    image = image.filter(ImageFilter.GaussianBlur(2))
    out = io.BytesIO()
    if gps:
        exif = Image.Exif()
        exif[0x010F], exif[0x0110] = "Samsung", "Galaxy S23"
        info = exif.get_ifd(ExifTags.IFD.GPSInfo)
        info[1], info[2], info[3], info[4] = "N", (37.0, 33.0, 59.4), "E", (126.0, 58.0, 40.7)
        image.save(out, "JPEG", quality=88, exif=exif)
    else:
        image.save(out, "PNG")
    return out.getvalue()


def find_case(vault: Vault, language: str) -> str:
    page = case_service.list_cases(vault, CaseQuery(limit=200))
    for row in page.items:
        if case_service.reveal_victim(vault, row.number).language == language:
            return row.number
    raise SystemExit(f"no demo case in {language}")


def enrich(vault: Vault, number: str, korean: bool, now: datetime) -> None:
    """Record what a counsellor would over the last two weeks (relative to ``now``, so the
    dates follow the demo case's own)."""
    day = [(now - timedelta(days=14 - n)).replace(hour=10, minute=0, second=0, microsecond=0)
           for n in range(14)]

    def at(n: int, hour: int = 10, minute: int = 0) -> str:
        return day[n].replace(hour=hour, minute=minute).isoformat()

    # the X screenshot came in before the victim agreed to the centre keeping copies: only its
    # hashes were recorded
    x_shot = abstract_image(90 + (0 if korean else 10))
    for scope in ("police", "takedown", "identify"):
        try:
            case_service.record_consent(vault, number, scope, True, "written",
                                        at=(now - timedelta(minutes=6)).isoformat())
        except Exception:  # a scope an older store does not know
            pass
    x_post = evidence_service.ingest_file(
        vault, number, io.BytesIO(x_shot), filename="x_post.png", hash_only=True,
        draft=EvidenceDraft(platform="x", url="https://x.com/jiin_acc/status/18934567",
                            poster_account="@jiin_acc", captured_at=at(2, 23, 5),
                            captured_tz="Asia/Seoul",
                            captured_by="김상담" if korean else "Sam Ortega",
                            description=("X 게시물 캡처. 합성 이미지와 학교명이 함께 게시됨."
                                         if korean else
                                         "Screenshot of the X post with the image and the "
                                         "school's name.")))
    case_service.record_consent(vault, number, "copies", True, "written",
                                at=(now - timedelta(minutes=5)).isoformat())
    case_service.update_case(vault, number, legal_categories=[
        "synthetic_sexual_material", "minor_exploitation_material"])
    room = "지인능욕방" if korean else "campus exposed"
    case_service.update_case(vault, number, summary=(
        "피해자의 SNS 사진으로 만든 합성 이미지가 텔레그램 대화방에 학교명·이름과 함께 유포되었다. "
        "피해자는 친구의 제보로 알게 되어 센터에 연락했다." if korean else
        "Images made from the victim's public photos were posted with her first name and "
        "school in a Telegram group. A friend told her; she contacted the centre."))
    case_service.set_proof(vault, number, ProofEntry(
        ProofItem.ORIGINAL_PHOTOS, True, "김상담" if korean else "Sam Ortega", day[4].date(),
        "봉인된 USB, 사무실 금고 (봉인 번호 S-0042)" if korean
        else "Sealed USB stick in the office safe (seal S-0042)"))
    case_service.set_proof(vault, number, ProofEntry(ProofItem.ID_CHECK, True,
                                                     "김상담" if korean else "Sam Ortega",
                                                     day[4].date()))
    case_service.add_leaked_info(vault, number, "school",
                                 found_where=f"{room} 게시글" if korean else f"posts in {room}",
                                 found_at=day[2].date().isoformat(),
                                 deletion_requested_at=day[5].date().isoformat())
    case_service.add_leaked_info(vault, number, "name", found_where="X",
                                 found_at=day[3].date().isoformat())
    case_service.add_incident(
        vault, number, occurred_at=at(1, 22, 40), time_zone="Asia/Seoul", platform="telegram",
        place=room, legal_category="synthetic_sexual_material",
        description=("합성 이미지가 대화방에 게시되고 관리자 계정이 추가 요청을 받음."
                     if korean else
                     "The images were posted and the room's admin took further requests."),
        accounts=[AccountRef("telegram", "@hapsung_bot", "account", "합성장인"),
                  AccountRef("telegram", "-1001873650021", "chat_room", room)])
    captured_by = "김상담" if korean else "Sam Ortega"
    for i in range(4):
        data = abstract_image(i + (0 if korean else 10), gps=(i == 0))
        name = f"capture_{i + 1:02d}.{'jpg' if i == 0 else 'png'}"
        evidence_service.ingest_file(
            vault, number, io.BytesIO(data), filename=name,
            draft=EvidenceDraft(
                platform="telegram", url=f"https://t.me/c/1873650021/{4100 + i}",
                channel_name=room, channel_id="-1001873650021", message_id=str(4100 + i),
                poster_account="@hapsung_bot", captured_at=at(2, 22, 10 + i),
                captured_tz="Asia/Seoul", captured_by=captured_by,
                description=(f"대화방 게시물 캡처 {i + 1}. 게시자 닉네임과 학교명이 함께 보임."
                             if korean else
                             f"Screenshot {i + 1} of the post; the poster's name and the "
                             "school are visible.")))
    chat = ("[2026-03-01 22:09] 합성장인: 요청 받음\n[2026-03-01 22:10] 합성장인: (이미지)\n"
            if korean else "[2026-03-01 22:09] the editor: request taken\n")
    evidence_service.ingest_file(
        vault, number, io.BytesIO(chat.encode("utf-8")), filename="chat_export.txt",
        draft=EvidenceDraft(kind=EvidenceKind.CHAT_LOG, platform="telegram", channel_name=room,
                            captured_at=at(3), captured_tz="Asia/Seoul",
                            captured_by=captured_by,
                            description=("대화방 내보내기 일부" if korean
                                         else "Part of a chat export")))
    link = evidence_service.add_url_evidence(vault, number, "https://t.me/jiin_room/2001").item
    x_link = evidence_service.add_url_evidence(
        vault, number, "https://x.com/jiin_acc/status/1893456789012345678?s=20&t=ab12").item
    request = takedown_service.create_request(vault, number, "https://t.me/c/1873650021/4100",
                                              "telegram")
    takedown_service.set_status(vault, request.id, "submitted", at=at(5), reference="TG-55512")
    takedown_service.set_status(vault, request.id, "removed", at=at(7, 9),
                                verified_at=at(7, 11))
    takedown_service.create_request(vault, number, "https://x.com/jiin_acc/status/18934567",
                                    "x", evidence=[x_post.item.id, x_link.id])
    second = takedown_service.create_request(vault, number, "https://t.me/jiin_room/2001", "kcsc",
                                             evidence=[link.id])
    takedown_service.set_status(vault, second.id, "submitted", at=at(6, 14),
                                reference="KCSC-2026-0318")
    known = {r.key for r in takedown_service.list_recipients(vault)}
    for key in ("d4u", "police"):  # the support centre's referral, the police referral
        if key in known:
            takedown_service.create_request(vault, number, "https://t.me/jiin_room/2001", key,
                                            evidence=[link.id])


def sign_as(vault: Vault, name: str) -> None:
    """Documents are signed by the counsellor profile that makes them."""
    try:
        counsellor = case_service.get_counsellor(vault, name)
    except Exception:
        counsellor = case_service.add_counsellor(vault, name, "supervisor")
    vault.actor = counsellor.name


def make(out: Path) -> dict[str, Path]:
    """Write every sample into ``out``; returns them by name."""
    written: dict[str, Path] = {}
    with tempfile.TemporaryDirectory() as tmp:
        vault = demo.create_demo_store(Path(tmp) / "data", n_cases=30, seed=7)
        try:
            vault_service.set_organisation(vault, "서울 디지털성범죄 피해자 지원센터 (데모)")
            vault_service.set_organisation_details(vault, address="서울특별시 중구 세종대로 110",
                                                   phone="02-000-0000",
                                                   email="help@demo.example.org")
            sign_as(vault, "김상담")
            ko_case, en_case = find_case(vault, "ko"), find_case(vault, "en")
            now = datetime.now(KST).replace(microsecond=0)
            enrich(vault, ko_case, korean=True, now=now)
            enrich(vault, en_case, korean=False, now=now)
            written["police_report_ko.pdf"] = out / "police_report_ko.pdf"
            reports.build_police_report(
                vault, ko_case, written["police_report_ko.pdf"], lang="ko",
                include_identity=True, include_thumbnails=True,
                addressed_to="서울 서초경찰서 사이버수사팀",
                victim_requests=("게시물의 신속한 삭제와 유포자 수사를 원함. "
                                 "가족에게 알려지지 않기를 원함."),
                generated_at=now)
            written["police_report_en.pdf"] = out / "police_report_en.pdf"
            reports.build_police_report(
                vault, en_case, written["police_report_en.pdf"], lang="en",
                addressed_to="Cyber Investigation Team, Seocho Police Station",
                victim_requests="Removal of the images and an investigation of whoever posted "
                                "them.", generated_at=now)
            for request in takedown_service.list_requests(vault, ko_case):
                key = request_key(vault, request)
                name = f"letter_{key}_ko.pdf"
                written[name] = out / name
                takedown_service.write_letter(vault, request.id, written[name], lang="ko")
                if key == "x":
                    written["statutory_form_ko.pdf"] = out / "statutory_form_ko.pdf"
                    takedown_service.write_letter(vault, request.id,
                                                  written["statutory_form_ko.pdf"],
                                                  form="statutory", lang="ko")
            package = out / "evidence_package_ko.zip"
            package.unlink(missing_ok=True)
            written["evidence_package_ko.zip"] = evidence_package.build_package(
                vault, ko_case, package, as_zip=True, lang="ko").path
        finally:
            vault.close()
    return written


def request_key(vault: Vault, request: object) -> str:
    """The directory key of a request's recipient (for the file name)."""
    recipient_id = getattr(request, "recipient_id", None)
    for recipient in takedown_service.list_recipients(vault, include_inactive=True):
        if recipient.id == recipient_id:
            return str(recipient.key)
    return str(getattr(request, "code", "request"))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as staging:
        written = make(Path(staging))
        for name, path in written.items():
            shutil.copyfile(path, out / name)
            print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
