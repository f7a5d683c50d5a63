"""The core of ``caseapp --self-test``: named steps that exercise a real store in a temporary
data directory (create, unlock, case, evidence, reports, verify, keyring), run in order and
reported one line each. No Qt here; the GUI adds its own steps (``caseapp.gui.selftest_qt``).

A step whose service is not part of this build is reported as "not available in this build"
and does not fail the run; any available step that fails makes the run exit 1, naming it.
The output is a diagnostic for office admins, support and CI, so it stays in English."""

from __future__ import annotations

import importlib
import importlib.util
import io
import os
import platform
import secrets
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

import caseapp
from caseapp.errors import CaseAppError

KOREAN_SAMPLE = "자가 진단: 한글 사건 기록 (테스트)"


class StepStatus(StrEnum):
    PASSED = "ok"
    FAILED = "FAILED"
    SKIPPED = "not run"
    UNAVAILABLE = "n/a"


class StepError(Exception):
    """A check inside a step did not hold; the message says what was expected."""


@dataclass(slots=True)
class SelfTestRun:
    """What the steps share: the temporary folders, the store and what was made in it."""

    root: Path
    passphrase: str
    vault: Any = None
    recovery_code: str = ""
    kit_text: str = ""
    case: Any = None
    evidence: Any = None
    facts: dict[str, str] = field(default_factory=dict)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def out_dir(self) -> Path:
        path = self.root / "out"
        path.mkdir(exist_ok=True)
        return path


@dataclass(frozen=True, slots=True)
class Step:
    name: str
    run: Callable[[SelfTestRun], str]
    # "module" or "module:attribute" alternatives: the step runs when this build has any one
    requires: tuple[str, ...] = ()
    after: tuple[str, ...] = ()  # steps that must have passed first


@dataclass(frozen=True, slots=True)
class StepResult:
    name: str
    status: StepStatus
    detail: str
    seconds: float


def has(requirement: str) -> bool:
    """Whether this build has ``module`` or ``module:attribute``. A module that exists but
    fails to import counts as present, so its step runs and reports the import error (a
    frozen build missing a library must fail, not look like an older build)."""
    module, _, attribute = requirement.partition(":")
    try:
        if importlib.util.find_spec(module) is None:
            return False
    except (ImportError, ValueError):  # a parent package is missing
        return False
    if not attribute:
        return True
    try:
        return hasattr(importlib.import_module(module), attribute)
    except Exception:  # broken, not missing: let the step fail with the real error
        return True


def first_available(*requirements: str) -> str | None:
    return next((r for r in requirements if has(r)), None)


def resolve(requirement: str) -> Any:
    module, _, attribute = requirement.partition(":")
    return getattr(importlib.import_module(module), attribute)


def check(condition: bool, message: str) -> None:
    if not condition:
        raise StepError(message)


# --- the core steps ------------------------------------------------------------------------

def floor_params() -> Any:
    """The lowest Argon2id parameters production allows (m=64 MiB, t=3): the self-test
    proves the real KDF runs without spending the calibrated half second."""
    from caseapp.services import vault as vault_service

    return vault_service.floor_kdf_params(max(1, min(4, os.cpu_count() or 1)))


def step_resources(run: SelfTestRun) -> str:
    from caseapp.paths import resource_path, resources_root

    fonts = sorted(p.name for p in resource_path("fonts").glob("*.ttf"))
    check(any(name.startswith("NanumGothic") for name in fonts),
          f"no Korean font in {resource_path('fonts')}")
    catalogues = sorted(p.name for p in resource_path("locale", "ko").glob("*.po"))
    check(bool(catalogues), f"no Korean message catalogue in {resource_path('locale', 'ko')}")
    qm = sorted(p.name for p in resource_path("translations").glob("*.qm"))
    return (f"{resources_root()}: {len(fonts)} fonts, {len(catalogues)} Korean catalogues, "
            f"{len(qm)} Qt translations")


def step_korean_messages(run: SelfTestRun) -> str:
    from datetime import UTC, datetime

    from babel.dates import format_datetime

    from caseapp.i18n import translate

    msgid = "The passphrase is not correct."
    korean = translate(msgid, "ko")
    check(korean != msgid, "the Korean catalogue did not translate a core message")
    when = format_datetime(datetime(2024, 3, 1, 9, 30, tzinfo=UTC), "full", locale="ko_KR",
                           tzinfo=UTC)
    check("2024" in when and "3월" in when, f"babel's Korean dates look wrong: {when!r}")
    return f"{korean} / {when}"


def step_create_store(run: SelfTestRun) -> str:
    from caseapp.services import vault as vault_service

    params = floor_params()
    created = vault_service.create_store(run.data_dir, run.passphrase,
                                         organisation="자가 진단 센터", actor="self-test",
                                         params=params)
    run.recovery_code, run.kit_text = created.recovery_code, created.kit_text
    created.vault.close()
    check(vault_service.store_exists(run.data_dir), "keyslots.json was not written")
    return f"SQLCipher store, Argon2id m={params.memory_kib} KiB t={params.time_cost}"


def step_wrong_passphrase(run: SelfTestRun) -> str:
    from caseapp.errors import WrongSecret
    from caseapp.services import vault as vault_service

    before = {p.name: p.read_bytes() for p in run.data_dir.iterdir() if p.is_file()}
    try:
        vault = vault_service.unlock(run.data_dir, passphrase=run.passphrase + " wrong",
                                     actor="self-test")
    except WrongSecret:
        pass
    else:
        vault.close()
        raise StepError("a wrong passphrase unlocked the store")
    after = {p.name: p.read_bytes() for p in run.data_dir.iterdir() if p.is_file()}
    check(before == after, "a refused unlock changed files in the data directory")
    return "refused, data directory unchanged"


def step_unlock(run: SelfTestRun) -> str:
    from caseapp.services import vault as vault_service

    start = time.perf_counter()
    run.vault = vault_service.unlock(run.data_dir, passphrase=run.passphrase, actor="self-test")
    return f"unlocked in {time.perf_counter() - start:.2f} s"


CASE_SERVICE = "caseapp.services.cases:open_case"


def step_create_case(run: SelfTestRun) -> str:
    open_case = resolve(CASE_SERVICE)
    run.case = open_case(run.vault, summary=KOREAN_SAMPLE, tags=["deepfake"])
    number = getattr(run.case, "number", "")
    if has("caseapp.services.cases:get_case"):  # read it back through SQLCipher
        again = resolve("caseapp.services.cases:get_case")(run.vault, run.case.id)
        check(again.summary == KOREAN_SAMPLE, "the Korean summary did not read back intact")
    return f"case {number}, Korean summary stored and read back"


EVIDENCE_SERVICES = ("caseapp.services.evidence:ingest_file",)


def make_test_image(path: Path) -> Path:
    """A small generated JPEG with structure (so the perceptual hash has something to see)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (256, 192), (236, 240, 244))
    draw = ImageDraw.Draw(image)
    for i in range(0, 256, 16):
        draw.rectangle((i, (i * 3) % 192, i + 12, (i * 3) % 192 + 40), fill=(40 + i // 2, 90, 160))
    draw.ellipse((80, 40, 200, 160), outline=(20, 30, 40), width=6)
    image.save(path, "JPEG", quality=90)
    return path


def step_ingest_image(run: SelfTestRun) -> str:
    """With consent to keep copies, so the image goes into the encrypted content store (and
    is re-read by "verify everything"); the perceptual hash proves Pillow, numpy and pdqhash
    work."""
    import hashlib

    from caseapp.services import cases as case_service

    ingest = resolve(EVIDENCE_SERVICES[0])
    for scope in ("copies", "police"):
        case_service.record_consent(run.vault, run.case.id, scope, True, "written",
                                    note="self-test")
    source = make_test_image(run.out_dir / "self-test.jpg")
    expected = hashlib.sha256(source.read_bytes()).hexdigest()
    outcome = ingest(run.vault, run.case.id, source)
    run.evidence = item = outcome.item
    check(item.sha256 == expected, "the stored SHA-256 differs from the file's")
    check(item.content_kept, "the image content was not kept despite consent")
    check(bool(item.pdq_hex), "no perceptual (PDQ) hash was computed for the image")
    return f"evidence {item.code}: JPEG stored encrypted, SHA-256 {expected[:12]}…, PDQ ok"


def step_video_frames(_run: SelfTestRun) -> str:
    """Encode three seconds of generated video with FFmpeg's own MPEG-4 encoder and hash its
    frames the way video evidence is: proves PyAV and its bundled FFmpeg libraries load."""
    import io

    import av
    from PIL import Image, ImageDraw

    from caseapp.evidence.video import analyse_video

    out = io.BytesIO()
    with av.open(out, "w", format="mp4") as movie:
        stream = movie.add_stream("mpeg4", rate=5)
        stream.width, stream.height, stream.pix_fmt = 160, 120, "yuv420p"
        for n in range(15):
            image = Image.new("RGB", (160, 120), (30, 60 + n * 8, 120))
            ImageDraw.Draw(image).ellipse((10 + n * 6, 20, 70 + n * 6, 80), fill=(240, 220, 40))
            for packet in stream.encode(av.VideoFrame.from_image(image)):
                movie.mux(packet)
        for packet in stream.encode():
            movie.mux(packet)
    analysis = analyse_video(out.getvalue())
    facts = analysis.facts
    check(facts is not None, "the generated video could not be decoded")
    assert facts is not None
    check(len(facts.frames) == 3, f"expected 3 frame hashes, got {len(facts.frames)}")
    return f"FFmpeg {av.ffmpeg_version_info}: 3 s of MPEG-4 decoded, 3 frame hashes"


# The service that gathers a case (with consent checks) and writes the police report PDF.
POLICE_REPORT_SERVICES = ("caseapp.services.reports:build_police_report",
                          "caseapp.services.documents:build_police_report")


def step_police_report(run: SelfTestRun) -> str:
    build = resolve(first_available(*POLICE_REPORT_SERVICES) or POLICE_REPORT_SERVICES[0])
    out = run.out_dir / "police-report.pdf"
    if has("caseapp.services.signer:signing_profile"):
        # documents are signed by a counsellor profile: the throw-away store gets one
        resolve("caseapp.services.cases:add_counsellor")(run.vault, run.vault.actor)
    case_id = getattr(run.case, "id", run.case)
    build(run.vault, case_id, out, lang="ko")
    return pdf_facts(out)


def step_recovery_kit(run: SelfTestRun) -> str:
    from caseapp.services.documents import write_recovery_kit

    out = run.out_dir / "recovery-kit.pdf"
    write_recovery_kit(run.vault, out, run.recovery_code, run.kit_text, lang="ko")
    return pdf_facts(out)


def pdf_facts(path: Path) -> str:
    """A PDF that opens, has pages and embeds the Korean font (so Hangul is not tofu)."""
    import pikepdf

    check(path.exists() and path.stat().st_size > 0, f"{path.name} was not written")
    data = path.read_bytes()
    check(data.startswith(b"%PDF-"), f"{path.name} is not a PDF")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pages = len(pdf.pages)
        fonts = {str(font.get("/BaseFont", "")) for page in pdf.pages
                 for font in (page.Resources.get("/Font") or {}).values()}
    check(pages > 0, f"{path.name} has no pages")
    check(any("Nanum" in f for f in fonts), f"{path.name} does not embed the Korean font")
    return f"{path.name}: {pages} page(s), {len(data) // 1024} KiB, Korean font embedded"


def step_verify(run: SelfTestRun) -> str:
    from caseapp.services.verification import verify_all

    run.vault.checkpoint()
    problems = verify_all(run.vault)
    check(not problems, "; ".join(problems[:3]))
    return "databases, page HMACs, audit chain and stored evidence clean"


def keyring_facts() -> dict[str, str]:
    """The backend keyring chose, whether CaseApp counts it as secure, and what is bundled."""
    from importlib import metadata

    import keyring
    import keyring.backend

    from caseapp.services import vault as vault_service

    chosen = vault_service.quick_unlock_backend()
    secure = vault_service.quick_unlock_available()
    viable = sorted({f"{type(b).__module__}.{type(b).__name__}"
                     for b in keyring.backend.get_all_keyring()})
    bundled = sorted(ep.name for ep in metadata.entry_points(group="keyring.backends"))
    del keyring
    return {
        "Keyring backend": chosen,
        "Keyring secure": "yes" if secure else
        "no secure keyring: quick unlock is unavailable, the passphrase is always needed",
        "Keyring backends usable": ", ".join(viable) or "none",
        "Keyring backends bundled": ", ".join(bundled) or "none",
    }


def step_keyring(run: SelfTestRun) -> str:
    facts = keyring_facts()
    run.facts.update(facts)
    chosen, secure = facts["Keyring backend"], facts["Keyring secure"] == "yes"
    if not secure:
        return f"{chosen}: not secure, quick unlock off"
    # A secure keyring is there: prove the quick-unlock round trip works, then remove it.
    from caseapp.services import vault as vault_service

    vault_service.enable_device_unlock(run.vault)
    try:
        check(vault_service.device_unlock_enabled(run.data_dir),
              "the keyring did not keep the quick-unlock secret")
        again = vault_service.unlock(run.data_dir, device=True, actor="self-test")
        again.close()
    finally:
        vault_service.disable_device_unlock(run.vault)
    return f"{chosen}: secure, quick unlock round trip ok"


def step_pdf_encryption(run: SelfTestRun) -> str:
    import pikepdf

    out = run.out_dir / "encrypted.pdf"
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        pdf.save(out, encryption=pikepdf.Encryption(owner=secrets.token_hex(8),
                                                    user="self-test", R=6))
    with pikepdf.open(out, password="self-test") as pdf:  # noqa: S106 - throw-away test file
        check(pdf.is_encrypted, "the PDF was not encrypted")
    return "AES-256 PDF written and reopened"


def core_steps() -> list[Step]:
    return [
        Step("bundled resources", step_resources),
        Step("Korean messages and dates", step_korean_messages),
        Step("create store", step_create_store),
        Step("wrong passphrase refused", step_wrong_passphrase, after=("create store",)),
        Step("unlock", step_unlock, after=("create store",)),
        Step("create case with Korean text", step_create_case,
             requires=(CASE_SERVICE,), after=("unlock",)),
        Step("ingest generated image", step_ingest_image,
             requires=EVIDENCE_SERVICES, after=("create case with Korean text",)),
        Step("police report PDF", step_police_report,
             requires=POLICE_REPORT_SERVICES, after=("ingest generated image",)),
        Step("recovery kit PDF", step_recovery_kit,
             requires=("caseapp.reports.recovery_kit:build_recovery_kit",), after=("unlock",)),
        Step("PDF encryption", step_pdf_encryption),
        Step("video frame hashes", step_video_frames),
        Step("keyring", step_keyring, after=("unlock",)),
        Step("verify everything", step_verify, after=("unlock",)),
    ]


# --- running -------------------------------------------------------------------------------

def _available(step: Step) -> bool:
    return not step.requires or first_available(*step.requires) is not None


def describe_error(exc: BaseException) -> str:
    if isinstance(exc, StepError):
        return str(exc)
    if isinstance(exc, CaseAppError):
        return f"{type(exc).__name__}: {exc}"
    frame = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" ({Path(frame[0].filename).name}:{frame[0].lineno})" if frame else ""
    return f"{type(exc).__name__}: {exc}{where}"


@contextmanager
def temporary_environment(root: Path) -> Iterator[None]:
    """Throttle state and the data directory both under the temporary root, so the self-test
    never touches the counsellor's real data or unlock history."""
    saved = {name: os.environ.get(name) for name in ("CASEAPP_STATE_DIR", "CASEAPP_DATA_DIR")}
    os.environ["CASEAPP_STATE_DIR"] = str(root / "state")
    os.environ["CASEAPP_DATA_DIR"] = str(root / "data")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def header() -> str:
    kind = "frozen build" if getattr(sys, "frozen", False) else "development"
    return (f"CaseApp {caseapp.__version__} self-test ({kind}; Python "
            f"{platform.python_version()}, {platform.system()} {platform.machine()})")


def run_steps(steps: Sequence[Step], out: TextIO, *,
              cleanup: Callable[[SelfTestRun], None] | None = None) -> int:
    """Run every step in order, print one line each and a summary; 0 when every available
    step passed, 1 otherwise (the failed steps are named)."""
    print(header(), file=out, flush=True)
    root = Path(tempfile.mkdtemp(prefix="caseapp-selftest-"))
    run = SelfTestRun(root=root, passphrase="자가진단 " + secrets.token_urlsafe(18))
    results: list[StepResult] = []
    passed: set[str] = set()
    unavailable: set[str] = set()
    width = max(len(s.name) for s in steps)
    try:
        with temporary_environment(root):
            for step in steps:
                start = time.perf_counter()
                blocked = [name for name in step.after if name not in passed]
                if not _available(step) or any(name in unavailable for name in blocked):
                    result = StepResult(step.name, StepStatus.UNAVAILABLE,
                                        "not available in this build", 0.0)
                    unavailable.add(step.name)
                elif blocked:
                    result = StepResult(step.name, StepStatus.SKIPPED,
                                        f"needs '{blocked[0]}', which did not pass", 0.0)
                else:
                    try:
                        detail = step.run(run)
                        result = StepResult(step.name, StepStatus.PASSED, detail,
                                            time.perf_counter() - start)
                        passed.add(step.name)
                    except Exception as exc:  # a self-test reports every failure, then goes on
                        result = StepResult(step.name, StepStatus.FAILED, describe_error(exc),
                                            time.perf_counter() - start)
                results.append(result)
                print(f"  {result.status.value:<6} {result.name:<{width}}  {result.detail}"
                      + (f" [{result.seconds:.2f} s]" if result.seconds >= 0.05 else ""),
                      file=out, flush=True)
    finally:
        cleaned = _clean_up(run, cleanup)
    for name, value in run.facts.items():
        print(f"{name}: {value}", file=out)
    print(f"Temporary data deleted: {'yes' if cleaned else 'NO: ' + str(root)}", file=out)
    failed = [r.name for r in results if r.status in (StepStatus.FAILED, StepStatus.SKIPPED)]
    ran = [r.name for r in results if r.status is not StepStatus.UNAVAILABLE]
    missing = [r.name for r in results if r.status is StepStatus.UNAVAILABLE]
    print(f"Steps run: {len(ran)}; not available in this build: "
          f"{', '.join(missing) if missing else 'none'}", file=out)
    if failed or not cleaned:
        what = ", ".join(failed) if failed else "deleting the temporary data"
        print(f"SELF-TEST FAILED: {what}", file=out, flush=True)
        return 1
    print("SELF-TEST PASSED", file=out, flush=True)
    return 0


def _clean_up(run: SelfTestRun, cleanup: Callable[[SelfTestRun], None] | None) -> bool:
    if cleanup is not None:
        try:
            cleanup(run)
        except Exception as exc:  # cleanup must still delete the data
            print(f"  cleanup: {describe_error(exc)}", file=sys.stderr)
    if run.vault is not None and getattr(run.vault, "is_open", False):
        run.vault.close()
    shutil.rmtree(run.root, ignore_errors=True)
    return not run.root.exists()


def main(argv: Sequence[str] | None = None) -> int:
    """The core steps alone (no Qt): ``python -m caseapp.selftest``."""
    del argv
    return run_steps(core_steps(), sys.stdout)


if __name__ == "__main__":
    raise SystemExit(main())
