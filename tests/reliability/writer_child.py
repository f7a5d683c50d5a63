"""A writer process for the reliability suite (tests and benchmarks/reliability.py): random
cases, incidents, evidence ingests, takedown requests, takedown and case status changes, each
printed after it committed, so a parent can kill
it at any moment and check that everything reported is still there. Not used by the app."""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

# The statuses a request moves through here, in order (the checker accepts a status further
# along than the last one reported: the writer may die between a commit and its report).
TAKEDOWN_PATH = ("draft", "submitted", "acknowledged", "no_response")


def main(argv: list[str]) -> int:
    from caseapp.services import cases as case_service
    from caseapp.services import evidence as evidence_service
    from caseapp.services import takedowns
    from caseapp.services import vault as vault_service

    data_dir, passphrase, seed, ops = Path(argv[0]), argv[1], int(argv[2]), int(argv[3])
    scratch = Path(argv[4])
    rng = random.Random(seed)
    vault = vault_service.unlock(data_dir, passphrase=passphrase, actor="writer")
    cases = [row.number for row in case_service.list_cases(vault).items]
    requests = [r.code for number in cases for r in takedowns.list_requests(vault, number)
                if r.status.value in TAKEDOWN_PATH[:-1]]
    for i in range(ops):
        kind = rng.choice(("case", "incident", "file", "url", "takedown", "tdstatus",
                           "casestatus") if cases else ("case",))
        if kind == "tdstatus" and not requests:
            kind = "takedown"
        if kind == "case":
            case = case_service.open_case(vault, pseudonym=f"w{seed}-{i}", tags=["deepfake"])
            for scope in ("copies", "takedown"):
                case_service.record_consent(vault, case, scope, True, "written")
            cases.append(case.number)
            print("case", case.number, flush=True)
        elif kind == "takedown":
            number = rng.choice(cases)
            if not case_service.has_consent(vault, number, "takedown"):
                case_service.record_consent(vault, number, "takedown", True, "written")
            request = takedowns.create_request(vault, number, f"https://t.me/leak{seed}/{i}",
                                               "telegram")
            requests.append(request.code)
            print("tdstatus", request.code, request.status.value, flush=True)
        elif kind == "tdstatus":
            code = rng.choice(requests)
            current = takedowns.get_request(vault, code).status.value
            following = TAKEDOWN_PATH[TAKEDOWN_PATH.index(current) + 1]
            moved = takedowns.set_status(vault, code, following)
            if following == TAKEDOWN_PATH[-1]:
                requests.remove(code)
            print("tdstatus", code, moved.status.value, flush=True)
        elif kind == "casestatus":
            number = rng.choice(cases)
            if case_service.get_case(vault, number).status.value == "intake":
                case_service.change_status(vault, number, "active", reason="writer")
                print("casestatus", number, "active", flush=True)
        elif kind == "incident":
            incident = case_service.add_incident(vault, rng.choice(cases),
                                                 description=f"사건 {seed}-{i}")
            print("incident", incident.id, flush=True)
        elif kind == "file":
            path = scratch / f"f{seed}-{i}.bin"
            path.write_bytes(os.urandom(rng.randrange(1, 3 << 20)))
            outcome = evidence_service.ingest_file(vault, rng.choice(cases), path)
            print("evidence", outcome.item.code, outcome.item.sha256, flush=True)
            path.unlink()
        else:
            item = evidence_service.add_url_evidence(
                vault, rng.choice(cases), f"https://t.me/chan{seed}/{i}").item
            print("evidence", item.code, "-", flush=True)
    vault.close()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
