"""What a request targets: a web address kept exactly as entered (Unicode hosts and paths
included) or an account/channel, checked without touching the network; and the two ways to
show a target safely: with invisible and direction-changing characters made visible, and as
an all-ASCII equivalent (IDNA host, percent-encoded path) that any web form accepts."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit, urlunsplit

from caseapp.domain import fields
from caseapp.domain.platforms import Platform
from caseapp.domain.takedowns import TargetKind
from caseapp.errors import BadInput
from caseapp.evidence.links import parse_link
from caseapp.i18n import N_

_BLANKS = " \t\u00a0\u3000\ufeff"
# Characters that change how the rest of a line is drawn or are invisible: shown as [U+XXXX].
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069"
                        "\ufeff\ufff9-\ufffb]")
# Percent-encoding keeps URL syntax characters (and existing %XX escapes) as they are.
_URL_SAFE = "/:?#[]@!$&'()*+,;=%~-._"


def check_target(kind: TargetKind, value: object) -> tuple[str, Platform | None]:
    """The target as it will be stored (surrounding blanks removed, nothing else changed)
    and the platform read from a URL. Raises BadInput for a malformed URL, a non-web scheme
    or an empty or multi-line account."""
    if kind is TargetKind.URL:
        if not isinstance(value, str):
            raise BadInput(N_("The link is empty."))
        try:
            parsed = parse_link(value)
        except BadInput as exc:
            raise BadInput(N_("The web address cannot be used for a takedown request: "
                              "{problem}"), problem=exc.message()) from None
        try:
            platform: Platform | None = Platform(parsed.platform.value)
        except ValueError:
            platform = None
        return fields.text(parsed.url, N_("Web address")), platform
    text = fields.text(value, N_("Account or channel"))
    text = text.strip(_BLANKS)
    if not text:
        raise BadInput(N_("The account or channel cannot be empty."))
    if any(ch in text for ch in "\r\n"):
        raise BadInput(N_("The account or channel must be on one line."))
    return text, None


def visible(text: str) -> str:
    """``text`` with control, zero-width and bidirectional-override characters shown as
    ``[U+XXXX]``, so a disguised address cannot pass for another on a screen or in print."""
    return _INVISIBLE.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def ascii_form(url: str) -> str | None:
    """The same address in ASCII only (IDNA host, percent-encoded UTF-8 elsewhere), or None
    when ``url`` is ASCII already or cannot be converted. A web form that refuses Unicode
    takes this form; it names the same resource."""
    if url.isascii():
        return None
    text = url if "://" in url[:12] else "https://" + url
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        ascii_host = host.encode("idna").decode("ascii") if host and not host.isascii() \
            else host
    except (ValueError, UnicodeError):
        return None
    netloc = parts.netloc
    if host:
        userinfo, _, hostport = netloc.rpartition("@")
        # hostname is lower-cased by urlsplit; replace the host as written, case-insensitively
        start = hostport.lower().find(host)
        if start >= 0:
            hostport = hostport[:start] + ascii_host + hostport[start + len(host):]
        netloc = f"{userinfo}@{hostport}" if userinfo else hostport
    netloc = quote(netloc, safe=_URL_SAFE)
    out = urlunsplit((parts.scheme, netloc, quote(parts.path, safe=_URL_SAFE),
                      quote(parts.query, safe=_URL_SAFE), quote(parts.fragment, safe=_URL_SAFE)))
    return out if out.isascii() else None


def display_lines(kind: TargetKind, target: str) -> list[str]:
    """The target for a letter or a screen: the exact text (invisible characters made
    visible) and, for a non-ASCII URL, its ASCII form on a second line."""
    lines = [visible(target)]
    if kind is TargetKind.URL:
        alt = ascii_form(target)
        if alt is not None:
            lines.append(alt)
    return lines
