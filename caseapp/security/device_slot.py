"""Quick unlock on this computer: a random secret kept in the OS keyring. Only secure
backends count; keyring's fail/null/plaintext backends mean "not available"."""

from __future__ import annotations

import base64
import contextlib
import logging
import os

from caseapp.errors import KeyringUnavailable

log = logging.getLogger(__name__)

SERVICE = "CaseApp quick unlock"
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def backend_name() -> str:
    import keyring

    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def is_secure_backend(backend: object) -> bool:
    module = type(backend).__module__
    if module.startswith(_INSECURE_MODULES):
        return False
    priority = getattr(backend, "priority", 0)
    try:
        return float(priority) > 0
    except (TypeError, ValueError):
        return False


def available() -> bool:
    try:
        import keyring

        backend = keyring.get_keyring()
        if hasattr(backend, "backends"):  # a chainer: secure only if a member is
            return any(is_secure_backend(b) for b in backend.backends)
        return is_secure_backend(backend)
    except Exception as exc:  # any keyring import or D-Bus failure means "not available"
        log.info("keyring unavailable: %s", type(exc).__name__)
        return False


def store_secret(store_id: str) -> bytes:
    import keyring

    if not available():
        raise KeyringUnavailable()
    secret = os.urandom(32)
    try:
        keyring.set_password(SERVICE, store_id, base64.b64encode(secret).decode("ascii"))
    except Exception as exc:
        log.warning("keyring refused the secret: %s", type(exc).__name__)
        raise KeyringUnavailable() from None
    return secret


def load_secret(store_id: str) -> bytes | None:
    if not available():
        return None
    import keyring

    try:
        value = keyring.get_password(SERVICE, store_id)
    except Exception as exc:
        log.info("keyring read failed: %s", type(exc).__name__)
        return None
    return base64.b64decode(value) if value else None


def delete_secret(store_id: str) -> None:
    if not available():
        return
    import keyring
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):
        keyring.delete_password(SERVICE, store_id)
