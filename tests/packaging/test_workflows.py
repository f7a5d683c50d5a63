"""The build workflow for Windows and macOS, checked here because it cannot run here: it
builds with the same spec and script as ``make package``, runs the built app's self-test
before anything else, makes and tests the per-user installer and the disk image, and
uploads them. (The schema lint of the YAML runs in ``make lint``.)"""

from __future__ import annotations

import re
import tomllib

import pytest
from ruamel.yaml import YAML

from tests.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "desktop-builds.yml"
ISS = ROOT / "packaging" / "windows" / "caseapp.iss"


@pytest.fixture(scope="module")
def jobs() -> dict:
    return YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]


def job_on(jobs: dict, runner: str) -> dict:
    found = [job for job in jobs.values() if job["runs-on"] == runner]
    assert len(found) == 1, f"one job on {runner}"
    return found[0]


def commands(job: dict) -> list[str]:
    return [step.get("run", "") for step in job["steps"]]


def index_of(job: dict, pattern: str) -> int:
    for number, text in enumerate(commands(job)):
        if re.search(pattern, text):
            return number
    raise AssertionError(f"no step runs {pattern!r}")


@pytest.mark.parametrize("runner", ["windows-latest", "macos-latest"])
def test_each_runner_builds_with_the_same_spec_then_self_tests(jobs, runner):
    job = job_on(jobs, runner)
    build = index_of(job, r"packaging[\\/]build\.py")
    assert index_of(job, r"caseapp(\.exe)?\"? .*--self-test|--self-test") > build
    assert any(step.get("uses", "").startswith("actions/setup-python@") for step in job["steps"])
    uploads = [s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert uploads and uploads[0]["with"]["if-no-files-found"] == "error"


def test_windows_job_compiles_and_exercises_the_inno_setup_installer(jobs):
    job = job_on(jobs, "windows-latest")
    iscc = index_of(job, r"packaging\\windows\\caseapp\.iss")
    test = index_of(job, r"/VERYSILENT")
    assert test > iscc
    installed = commands(job)[test]
    assert r"Programs\CaseApp" in installed and "CaseApp.lnk" in installed
    assert "keep-me.txt" in installed and "/DELETEDATA" in installed
    upload = next(s for s in job["steps"] if "upload-artifact" in s.get("uses", ""))
    assert "-setup.exe" in upload["with"]["path"]


def test_macos_job_makes_a_disk_image(jobs):
    job = job_on(jobs, "macos-latest")
    assert index_of(job, r"hdiutil create") > index_of(job, r"packaging/build\.py")
    upload = next(s for s in job["steps"] if "upload-artifact" in s.get("uses", ""))
    assert ".dmg" in upload["with"]["path"]


def test_workflow_python_satisfies_the_project(jobs):
    workflow = YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))
    version = tuple(int(p) for p in workflow["env"]["PYTHON_VERSION"].split("."))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    minimum = tuple(int(p) for p in re.findall(r"\d+", project["requires-python"]))
    assert version >= minimum


def test_signing_secrets_never_reach_a_command_line_through_an_expression(jobs):
    """Secrets go through env: an expression inside ``run`` would be pasted into the script."""
    for job in jobs.values():
        for text in commands(job):
            assert "secrets." not in text


def test_installer_is_per_user_and_keeps_data_unless_asked():
    script = ISS.read_text(encoding="utf-8")
    setup = dict(re.findall(r"^(\w+)=(.*)$", script.split("[Setup]")[1].split("\n[")[0], re.M))
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # never asks for admin rights
    assert setup["DefaultDirName"] == r"{userpf}\{#AppName}"  # %LOCALAPPDATA%\Programs
    assert re.search(r'^Name: "\{userprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"',
                     script, re.M), "Start menu entry"
    code = script.split("[Code]")[1]
    assert "MB_DEFBUTTON2" in code and "IDNO" in code  # the question defaults to keeping
    assert "Delete := DeleteDataRequested()" in code  # silent: only with /DELETEDATA
