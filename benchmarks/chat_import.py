"""Chat export reading and import at scale: a 200,000-message Telegram Desktop export (JSON
and HTML) and KakaoTalk conversation are read whole, and imported into a fresh store, while
peak memory is measured. The baseline is the same work on a 20,000-message export in the same
run: bounded memory shows as a peak ratio near 1 while the file is ten times larger. Each
measurement runs in a fresh process; "peak MiB" is that process's peak resident memory
(interpreter and libraries included), "growth" the part above the same process's memory
just before the work started.

    .venv/bin/python benchmarks/chat_import.py [--messages 200000] [--import-messages N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KST = timezone(timedelta(hours=9))
START = datetime(2024, 1, 1, 9, 0, tzinfo=KST)
SENDERS = [("Dark Lord 🕶", "user5012345678"), ("김하늘", "user4400112233"),
           ("익명의 회원", "user7788990011")]
TEXTS = ["여기 올린 사진 봐라 지우려면 돈 보내", "제발 지워주세요", "ok",
         "a longer message with a link https://t.me/some_room/123 and more words " * 3,
         "줄바꿈이\n있는\n메시지"]


def _message(n: int) -> tuple[datetime, tuple[str, str], str]:
    return START + timedelta(seconds=37 * n), SENDERS[n % 3], TEXTS[n % len(TEXTS)]


def write_json(path: Path, count: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('{\n "name": "Big room",\n "type": "private_supergroup",\n "id": 1987654321,'
                 '\n "messages": [')
        for n in range(count):
            at, (name, uid), text = _message(n)
            fh.write(("," if n else "") + "\n  " + json.dumps({
                "id": n + 1, "type": "message", "date": at.replace(tzinfo=None).isoformat(),
                "date_unixtime": str(int(at.timestamp())), "from": name, "from_id": uid,
                "text": text, "text_entities": [{"type": "plain", "text": text}]},
                ensure_ascii=False))
        fh.write("\n ]\n}\n")


def write_html(folder: Path, count: int) -> None:
    from html import escape

    folder.mkdir()
    per_page = 1000
    for page in range(0, count, per_page):
        name = "messages.html" if page == 0 else f"messages{page // per_page + 1}.html"
        parts = ['<!DOCTYPE html><html><head><meta charset="utf-8"/></head><body>'
                 '<div class="page_wrap"><div class="page_header"><div class="content">'
                 '<div class="text bold">Big room</div></div></div>'
                 '<div class="page_body chat_page"><div class="history">']
        for n in range(page, min(count, page + per_page)):
            at, (sender, _), text = _message(n)
            parts.append(
                f'\n<div class="message default clearfix" id="message{n + 1}">\n'
                f'<div class="body">\n<div class="pull_right date details" '
                f'title="{at:%d.%m.%Y %H:%M:%S} UTC+09:00">\n{at:%H:%M}\n</div>\n'
                f'<div class="from_name">\n{escape(sender)}\n</div>\n<div class="text">\n'
                f'{escape(text).replace(chr(10), "<br>")}\n</div>\n</div>\n</div>')
        parts.append("</div></div></div></body></html>\n")
        (folder / name).write_text("".join(parts), encoding="utf-8")


def write_kakao(path: Path, count: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("Big room 님과 카카오톡 대화\n저장한 날짜 : 2025-01-01 00:00:00\n\n")
        day = None
        for n in range(count):
            at, (sender, _), text = _message(n)
            if at.date() != day:
                day = at.date()
                fh.write(f"--------------- {at.year}년 {at.month}월 {at.day}일 "
                         f"{'월화수목금토일'[at.weekday()]}요일 ---------------\n")
            hour = at.hour % 12 or 12
            fh.write(f"[{sender}] [{'오전' if at.hour < 12 else '오후'} {hour}:{at:%M}] "
                     f"{text}\n")


CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from caseapp.services.chat_preview import scan_export
{setup}
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
{work}
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"elapsed": elapsed, "peak_kib": peak, "before_kib": before,
                  "count": count}}))
"""


def in_child(work: str, setup: str = "") -> dict[str, float]:
    code = CHILD.format(root=str(ROOT), setup=setup, work=work)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _row(label: str, count: int, size: float | None, found: dict[str, float],
         base: dict[str, float] | None) -> str:
    peak = found["peak_kib"] / 1024
    growth = (found["peak_kib"] - found["before_kib"]) / 1024
    ratio = growth / max((base or found)["peak_kib"] - (base or found)["before_kib"], 1) * 1024
    size_text = f"{size:>8.1f}" if size is not None else f"{'':>8}"
    return (f"{label:<16}{count:>10}{size_text}{found['elapsed']:>9.2f}"
            f"{count / found['elapsed']:>10.0f}{peak:>10.1f}{growth:>9.1f}{ratio:>12.2f}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--baseline", type=int, default=20_000)
    parser.add_argument("--import-messages", type=int, default=200_000)
    args = parser.parse_args()
    header = (f"{'':<16}{'messages':>10}{'MB':>8}{'seconds':>9}{'msg/s':>10}"
              f"{'peak MiB':>10}{'growth':>9}{'growth x base':>14}")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        print("reading a whole export (preview)")
        print(header)
        for label, writer, name in (("telegram-json", write_json, "result.json"),
                                    ("telegram-html", write_html, "html"),
                                    ("kakao-text", write_kakao, "talk.txt")):
            baseline = None
            for count in (args.baseline, args.messages):
                path = base / f"{count}-{name}"
                writer(path, count)
                size = (sum(p.stat().st_size for p in path.iterdir()) if path.is_dir()
                        else path.stat().st_size)
                found = in_child(f"count = scan_export(Path({str(path)!r})).messages")
                assert found["count"] == count, (found, count)
                print(_row(label, count, size / 1e6, found, baseline))
                baseline = baseline or found
        if args.import_messages:
            print("\nimporting every message into a fresh store (KakaoTalk text)")
            print(header)
            baseline = None
            for run, count in enumerate((args.baseline, args.import_messages)):
                path = base / f"import-{run}.txt"
                write_kakao(path, count)
                data = base / f"store-{run}"
                found = in_child(IMPORT.format(path=str(path), data=str(data)), IMPORT_SETUP
                                 .format(data=str(data)))
                assert found["count"] == count, (found, count)
                print(_row("import", count, path.stat().st_size / 1e6, found, baseline))
                baseline = baseline or found
    return 0


IMPORT_SETUP = """
from caseapp.security.keyslots import Argon2Params
from caseapp.services import cases as case_service
from caseapp.services import vault as vault_service
from caseapp.services.chat_import import import_chat_export
Path({data!r}).mkdir()
store = vault_service.create_store(Path({data!r}), "benchmark passphrase 2026",
    organisation="Bench", actor="bench",
    params=Argon2Params(memory_kib=1024, time_cost=1, parallelism=1), allow_weak_kdf=True)
case = case_service.open_case(store.vault)
"""
IMPORT = ("count = len(import_chat_export(store.vault, case, Path({path!r}), "
          "zone='Asia/Seoul').created)")


if __name__ == "__main__":
    raise SystemExit(main())
