"""Paste-a-link parsing: from a link to a post, a chat or an account, fill in what can be
read from it (platform, channel name or id, message id, account, invite). The link itself
is kept exactly as pasted, apart from surrounding blanks; nothing here goes to the network.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import SplitResult, parse_qs, urlsplit

from caseapp.domain.platforms import Platform
from caseapp.errors import BadInput
from caseapp.i18n import N_


@dataclass(frozen=True, slots=True)
class ParsedLink:
    platform: Platform
    url: str  # as pasted, without surrounding blanks
    host: str | None = None  # as written (not lower-cased, IDN not converted)
    channel: str | None = None  # public channel/chat name (Telegram username)
    channel_id: str | None = None  # numeric or opaque id of a channel/chat room
    message_id: str | None = None  # post, status, message or shortcode
    account: str | None = None  # poster or profile account
    invite: str | None = None  # invite code of a private chat (the chat itself is unknown)
    server_id: str | None = None  # Discord server (guild)


_BLANKS = (
    " \t\r\n\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff"
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_PORT_AFTER = re.compile(r"\d{1,5}(?=[/?#]|$)")
_WEB_SCHEMES = frozenset({"http", "https"})
_OTHER_SCHEMES = frozenset({"ftp", "ftps", "sftp"})
_BAD_HOST_CHARS = re.compile(r"[\s<>\"'{}|\\^`%/?#@\[\]]")
_DIGITS = re.compile(r"\d{1,25}")
_TG_USER = re.compile(r"[A-Za-z0-9_]{2,64}")
_TG_INVITE = re.compile(r"[A-Za-z0-9_-]{4,64}")
_X_USER = re.compile(r"[A-Za-z0-9_]{1,30}")
_IG_USER = re.compile(r"[A-Za-z0-9._]{1,30}")
_IG_CODE = re.compile(r"[A-Za-z0-9_-]{4,64}")
_CODE = re.compile(r"[A-Za-z0-9_-]{1,64}")

_TG_RESERVED = frozenset(
    {
        "addstickers",
        "addemoji",
        "addtheme",
        "addlist",
        "setlanguage",
        "share",
        "proxy",
        "socks",
        "login",
        "iv",
        "confirmphone",
        "invoice",
        "bg",
        "boost",
        "contact",
        "k",
        "a",
        "z",
    }
)
_X_RESERVED = frozenset(
    {
        "home",
        "explore",
        "search",
        "notifications",
        "messages",
        "settings",
        "hashtag",
        "intent",
        "share",
        "login",
        "logout",
        "signup",
        "tos",
        "privacy",
        "compose",
        "i",
        "download",
        "en",
    }
)
_IG_RESERVED = frozenset(
    {
        "explore",
        "accounts",
        "direct",
        "about",
        "legal",
        "developer",
        "web",
        "stories",
        "p",
        "reel",
        "reels",
        "tv",
        "emails",
        "challenge",
        "privacy",
        "session",
        "api",
    }
)


def _bad(message: str, **params: str) -> BadInput:
    return BadInput(message, **params)


def parse_link(url: str) -> ParsedLink:
    """Platform and identifiers read from a pasted link. Raises :class:`BadInput` (with a
    translated message) for an empty or malformed link or a non-web scheme such as
    ``javascript:``."""
    if not isinstance(url, str):
        raise _bad(N_("The link is empty."))
    text = url.strip(_BLANKS)
    if not text:
        raise _bad(N_("The link is empty."))
    if _CONTROL.search(text):
        raise _bad(N_("The link contains line breaks or control characters."))
    scheme_match = _SCHEME.match(text)
    if scheme_match and not _is_host_and_port(text, scheme_match):
        scheme = scheme_match.group(1).lower()
        if scheme == "tg":
            return _telegram_deep_link(text)
        if scheme not in _WEB_SCHEMES | _OTHER_SCHEMES:
            raise _bad(
                N_("Only web links (http or https) can be recorded as links: {scheme}"),
                scheme=scheme[:20],
            )
        if not text[scheme_match.end() :].startswith("//"):
            raise _bad(N_("The link has no web address (host) in it."))
        target = text
    else:
        scheme = "https"
        target = "https:" + text if text.startswith("//") else "https://" + text
    try:
        parts = urlsplit(target)
        parts.port  # noqa: B018 - validates the port, raising ValueError
    except ValueError:
        raise _bad(N_("The web address in the link is not valid.")) from None
    host = _host_as_written(parts.netloc)
    if not host:
        raise _bad(N_("The link has no web address (host) in it."))
    if not _host_ok(host):
        raise _bad(N_("The web address in the link is not valid."))
    if not scheme_match and "." not in host.strip(".") and not host.startswith("["):
        # a pasted word ("hello") is not a link; with an explicit scheme any host is taken
        raise _bad(N_("This does not look like a link."))
    if scheme in _OTHER_SCHEMES:
        return ParsedLink(Platform.OTHER, text, host)
    key = host.lower().rstrip(".")
    segments = [s for s in parts.path.split("/") if s]
    for matcher, parser in _PARSERS:
        if matcher(key):
            return parser(text, host, key, segments, parts)
    return ParsedLink(Platform.WEBSITE, text, host)


def _is_host_and_port(text: str, scheme_match: re.Match[str]) -> bool:
    """``example.com:8080/x`` is a host and port without a scheme; ``javascript:1`` is not."""
    name = scheme_match.group(1).lower()
    return (
        ("." in name or name == "localhost")
        and name not in _WEB_SCHEMES | _OTHER_SCHEMES
        and _PORT_AFTER.match(text, scheme_match.end()) is not None
    )


def _host_as_written(netloc: str) -> str:
    host = netloc.rpartition("@")[2]
    if host.startswith("["):
        return host.partition("]")[0] + "]" if "]" in host else ""
    return host.partition(":")[0]


def _host_ok(host: str) -> bool:
    if host.startswith("["):
        return re.fullmatch(r"\[[0-9A-Fa-f:.]+\]", host) is not None
    if _BAD_HOST_CHARS.search(host) or any(not ch.isprintable() for ch in host):
        return False
    labels = host.rstrip(".").split(".")
    return all(labels) and all(not (lab.startswith("-") or lab.endswith("-")) for lab in labels)


def _strip_prefixes(key: str) -> str:
    for prefix in ("www.", "mobile.", "m."):
        if key.startswith(prefix):
            return key[len(prefix) :]
    return key


# --- Telegram -------------------------------------------------------------------------

_TG_HOSTS = frozenset({"t.me", "telegram.me", "telegram.dog"})


def _is_telegram(key: str) -> bool:
    base = _strip_prefixes(key)
    return base in _TG_HOSTS or any(base.endswith("." + h) for h in _TG_HOSTS)


def _telegram(text: str, host: str, key: str, seg: list[str], _: SplitResult) -> ParsedLink:
    base = _strip_prefixes(key)
    if base not in _TG_HOSTS:  # <channel>.t.me
        start = len(key) - len(base)
        user = host.rstrip(".")[start : start + base.index(".")]
        message = seg[-1] if seg and _DIGITS.fullmatch(seg[-1]) else None
        return ParsedLink(
            Platform.TELEGRAM,
            text,
            host,
            channel=user if _TG_USER.fullmatch(user) else None,
            message_id=message,
        )
    found: dict[str, str | None] = {}
    if seg and seg[0] == "s":  # t.me/s/<channel>/<id>: the web preview of a channel
        seg = seg[1:]
    if not seg:
        pass
    elif seg[0].startswith("+"):
        code = seg[0][1:]
        if _DIGITS.fullmatch(code):  # t.me/+<phone number>: a contact link
            found["account"] = seg[0]
        elif _TG_INVITE.fullmatch(code):
            found["invite"] = code
    elif seg[0] == "joinchat" and len(seg) > 1 and _TG_INVITE.fullmatch(seg[1]):
        found["invite"] = seg[1]
    elif seg[0] == "c" and len(seg) > 1 and _DIGITS.fullmatch(seg[1]):
        # t.me/c/<internal id>/[<topic>/]<message>: a private channel or group; the Bot API
        # id is -100<internal id>.
        found["channel_id"] = seg[1]
        numbers = [s for s in seg[2:4] if _DIGITS.fullmatch(s)]
        if numbers:
            found["message_id"] = numbers[-1]
    elif seg[0].lower() not in _TG_RESERVED and _TG_USER.fullmatch(seg[0]):
        # t.me/<channel>/[<topic>/]<message>
        found["channel"] = seg[0]
        numbers = [s for s in seg[1:3] if _DIGITS.fullmatch(s)]
        if numbers:
            found["message_id"] = numbers[-1]
    return ParsedLink(Platform.TELEGRAM, text, host, **found)


def _telegram_deep_link(text: str) -> ParsedLink:
    """tg://resolve?domain=<channel>&post=<id>, tg://privatepost?channel=<id>&post=<id>,
    tg://join?invite=<hash>."""
    try:
        parts = urlsplit(text)
        query = parse_qs(parts.query)
    except ValueError:
        raise _bad(N_("The web address in the link is not valid.")) from None
    action = parts.netloc.lower()

    def one(name: str, pattern: re.Pattern[str]) -> str | None:
        values = query.get(name) or [""]
        return values[0] if pattern.fullmatch(values[0]) else None

    if action == "resolve":
        return ParsedLink(
            Platform.TELEGRAM,
            text,
            channel=one("domain", _TG_USER),
            message_id=one("post", _DIGITS),
        )
    if action == "privatepost":
        return ParsedLink(
            Platform.TELEGRAM,
            text,
            channel_id=one("channel", _DIGITS),
            message_id=one("post", _DIGITS),
        )
    if action == "join":
        return ParsedLink(Platform.TELEGRAM, text, invite=one("invite", _TG_INVITE))
    return ParsedLink(Platform.TELEGRAM, text)


# --- X (Twitter) ----------------------------------------------------------------------

_X_HOSTS = frozenset(
    {"x.com", "twitter.com", "fxtwitter.com", "vxtwitter.com", "fixupx.com", "fixvx.com"}
)


def _is_x(key: str) -> bool:
    return _strip_prefixes(key) in _X_HOSTS


def _x(text: str, host: str, key: str, seg: list[str], _: SplitResult) -> ParsedLink:
    found: dict[str, str | None] = {}
    if len(seg) >= 3 and seg[0] == "i" and seg[-2] in ("status", "statuses"):
        if _DIGITS.fullmatch(seg[-1]):  # x.com/i/web/status/<id>
            found["message_id"] = seg[-1]
    elif seg and seg[0].lower() not in _X_RESERVED and _X_USER.fullmatch(seg[0]):
        found["account"] = seg[0]
        if len(seg) >= 3 and seg[1] in ("status", "statuses") and _DIGITS.fullmatch(seg[2]):
            found["message_id"] = seg[2]
    return ParsedLink(Platform.X, text, host, **found)


# --- Instagram ------------------------------------------------------------------------

_IG_HOSTS = frozenset({"instagram.com", "instagr.am"})


def _is_instagram(key: str) -> bool:
    return _strip_prefixes(key) in _IG_HOSTS


def _instagram(text: str, host: str, key: str, seg: list[str], _: SplitResult) -> ParsedLink:
    found: dict[str, str | None] = {}
    post_kinds = ("p", "reel", "reels", "tv")
    if len(seg) >= 2 and seg[0] in post_kinds and _IG_CODE.fullmatch(seg[1]):
        found["message_id"] = seg[1]
    elif len(seg) >= 2 and seg[0] == "stories" and _IG_USER.fullmatch(seg[1]):
        found["account"] = seg[1]
        if len(seg) >= 3 and _DIGITS.fullmatch(seg[2]):
            found["message_id"] = seg[2]
    elif seg and seg[0].lower() not in _IG_RESERVED and _IG_USER.fullmatch(seg[0]):
        found["account"] = seg[0]  # instagram.com/<user>/ or /<user>/p/<code>/
        if len(seg) >= 3 and seg[1] in post_kinds and _IG_CODE.fullmatch(seg[2]):
            found["message_id"] = seg[2]
    return ParsedLink(Platform.INSTAGRAM, text, host, **found)


# --- KakaoTalk ------------------------------------------------------------------------


def _is_kakao(key: str) -> bool:
    return key in ("open.kakao.com", "pf.kakao.com", "qr.kakao.com")


def _kakao(text: str, host: str, key: str, seg: list[str], _: SplitResult) -> ParsedLink:
    found: dict[str, str | None] = {}
    if key == "open.kakao.com" and len(seg) >= 2 and _CODE.fullmatch(seg[1]):
        if seg[0] == "o":  # open chat room: the code identifies the room
            found["channel_id"] = seg[1]
        elif seg[0] == "me":  # open profile
            found["account"] = seg[1]
    elif key == "pf.kakao.com" and seg and _CODE.fullmatch(seg[0]):  # Kakao channel
        found["account"] = seg[0]
    return ParsedLink(Platform.KAKAOTALK, text, host, **found)


# --- Discord --------------------------------------------------------------------------

_DISCORD_HOSTS = frozenset(
    {
        "discord.com",
        "discordapp.com",
        "ptb.discord.com",
        "canary.discord.com",
        "discord.gg",
        "cdn.discordapp.com",
        "media.discordapp.net",
    }
)


def _is_discord(key: str) -> bool:
    return _strip_prefixes(key) in _DISCORD_HOSTS


def _discord(text: str, host: str, key: str, seg: list[str], _: SplitResult) -> ParsedLink:
    found: dict[str, str | None] = {}
    base = _strip_prefixes(key)
    if base == "discord.gg":
        if seg and _CODE.fullmatch(seg[0]):
            found["invite"] = seg[0]
    elif seg and seg[0] == "channels" and len(seg) >= 3 and _DIGITS.fullmatch(seg[2]):
        # discord.com/channels/<guild or @me>/<channel>/<message>
        if _DIGITS.fullmatch(seg[1]):
            found["server_id"] = seg[1]
        found["channel_id"] = seg[2]
        if len(seg) >= 4 and _DIGITS.fullmatch(seg[3]):
            found["message_id"] = seg[3]
    elif seg and seg[0] == "invite" and len(seg) >= 2 and _CODE.fullmatch(seg[1]):
        found["invite"] = seg[1]
    elif seg and seg[0] == "users" and len(seg) >= 2 and _DIGITS.fullmatch(seg[1]):
        found["account"] = seg[1]
    elif (
        seg
        and seg[0] in ("attachments", "ephemeral-attachments")
        and len(seg) >= 2
        and _DIGITS.fullmatch(seg[1])
    ):
        found["channel_id"] = seg[1]  # file attachment: /attachments/<channel>/<file id>/…
    return ParsedLink(Platform.DISCORD, text, host, **found)


_Parser = Callable[[str, str, str, list[str], SplitResult], ParsedLink]
_PARSERS: tuple[tuple[Callable[[str], bool], _Parser], ...] = (
    (_is_telegram, _telegram),
    (_is_x, _x),
    (_is_instagram, _instagram),
    (_is_kakao, _kakao),
    (_is_discord, _discord),
)
