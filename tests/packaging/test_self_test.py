"""``caseapp --self-test`` as an office admin or CI runs it: a child process, no display.
Runs against the development install, or against the frozen build when packaging/ci.sh sets
CASEAPP_FROZEN_APP."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging.selftest_runner import (
    FROZEN_APP,
    clean_env,
    run_self_test,
    secret_service_wrapper,
)

FAIL_BACKEND = "keyring.backends.fail.Keyring"


def _leftovers(tmp: Path) -> list[str]:
    return sorted(p.name for p in (tmp / "tmp").glob("caseapp-selftest-*"))


def test_self_test_passes_without_a_display_and_deletes_its_data(tmp_path: Path):
    real_data = tmp_path / "real-data"
    real_data.mkdir()
    env = clean_env(tmp_path, PYTHON_KEYRING_BACKEND=FAIL_BACKEND,
                    CASEAPP_DATA_DIR=str(real_data))

    outcome = run_self_test(env)

    assert outcome.code == 0, outcome.out + outcome.err
    assert outcome.out.rstrip().endswith("SELF-TEST PASSED")
    assert outcome.fact("Qt platform") == "offscreen"
    for step in ("create store", "unlock", "wrong passphrase refused", "verify everything",
                 "Korean font and widget grab", "Qt plugins for Korean users",
                 "JPEG image plugin", "Qt Korean translation"):
        assert outcome.step(step).startswith("ok"), outcome.out
    assert outcome.fact("Temporary data deleted") == "yes"
    assert _leftovers(tmp_path) == []
    assert list(real_data.iterdir()) == []  # the counsellor's data directory is never touched


def test_steps_missing_from_this_build_are_named_not_failed(tmp_path: Path):
    outcome = run_self_test(clean_env(tmp_path, PYTHON_KEYRING_BACKEND=FAIL_BACKEND))

    assert outcome.code == 0, outcome.out + outcome.err
    listed = outcome.fact("Steps run").split("not available in this build: ", 1)[1]
    for name in filter(None, (n.strip() for n in listed.split(","))):
        if name != "none":
            assert outcome.step(name).startswith("n/a")


def test_no_keyring_means_passphrase_only_and_still_passes(tmp_path: Path):
    outcome = run_self_test(clean_env(tmp_path, PYTHON_KEYRING_BACKEND=FAIL_BACKEND))

    assert outcome.code == 0, outcome.out + outcome.err
    assert outcome.fact("Keyring backend") == FAIL_BACKEND
    assert outcome.fact("Keyring secure").startswith("no secure keyring")
    assert "quick unlock off" in outcome.step("keyring")


def test_keyring_backends_are_bundled_and_plaintext_ones_are_not(tmp_path: Path):
    outcome = run_self_test(clean_env(tmp_path, PYTHON_KEYRING_BACKEND=FAIL_BACKEND))

    bundled = outcome.fact("Keyring backends bundled").split(", ")
    assert {"SecretService", "KWallet", "chainer"} <= set(bundled)
    if FROZEN_APP:  # keyrings.alt may be installed for development, never shipped
        assert not any(name in bundled for name in ("file", "Gnome", "multi", "Google"))


def test_an_insecure_backend_is_found_but_not_trusted(tmp_path: Path):
    """Backend discovery through PYTHON_KEYRING_BACKEND works; a backend that keeps nothing
    safe (keyring's null backend) is reported as not secure and quick unlock stays off."""
    env = clean_env(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")

    outcome = run_self_test(env)

    assert outcome.code == 0, outcome.out + outcome.err
    assert outcome.fact("Keyring backend") == "keyring.backends.null.Keyring"
    assert outcome.fact("Keyring secure").startswith("no secure keyring")


def test_a_running_secret_service_is_found_and_quick_unlock_works(tmp_path: Path):
    wrapper = secret_service_wrapper(tmp_path)
    if wrapper is None:
        pytest.skip("needs dbus-run-session and gnome-keyring-daemon (apt: dbus gnome-keyring)")
    env = clean_env(tmp_path, XDG_RUNTIME_DIR=str(tmp_path / "run"),
                    CASEAPP_TEST_KEYRING_PASSWORD="self-test keyring")

    outcome = run_self_test(env, wrapper=wrapper)

    assert outcome.code == 0, outcome.out + outcome.err
    assert outcome.fact("Keyring backend") == "keyring.backends.SecretService.Keyring"
    assert outcome.fact("Keyring secure") == "yes"
    assert "quick unlock round trip ok" in outcome.step("keyring")
    assert _leftovers(tmp_path) == []
