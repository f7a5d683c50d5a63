from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseapp.errors import BadInput
from caseapp.evidence.links import ParsedLink, Platform, parse_link

TG = Platform.TELEGRAM


def fields(link: ParsedLink) -> dict[str, str | None]:
    """The identifiers a counsellor's form would be filled with (only those set)."""
    names = ("channel", "channel_id", "message_id", "account", "invite", "server_id")
    return {name: getattr(link, name) for name in names if getattr(link, name) is not None}


@pytest.mark.parametrize(
    ("url", "platform", "expected"),
    [
        # Telegram
        ("t.me/nthroom_copy/1234", TG, {"channel": "nthroom_copy", "message_id": "1234"}),
        (
            "https://t.me/nthroom_copy/1234?single",
            TG,
            {"channel": "nthroom_copy", "message_id": "1234"},
        ),
        ("https://t.me/c/1789456123/5678", TG, {"channel_id": "1789456123", "message_id": "5678"}),
        (
            "https://t.me/c/1789456123/12/5678",
            TG,
            {"channel_id": "1789456123", "message_id": "5678"},
        ),
        ("https://t.me/s/nthroom_copy/99", TG, {"channel": "nthroom_copy", "message_id": "99"}),
        ("https://telegram.me/nthroom_copy/7", TG, {"channel": "nthroom_copy", "message_id": "7"}),
        ("https://t.me/+AbCdEf_12-3456789", TG, {"invite": "AbCdEf_12-3456789"}),
        ("https://t.me/joinchat/AAAAAEkk2WdoDrB4-Q8-gg", TG, {"invite": "AAAAAEkk2WdoDrB4-Q8-gg"}),
        ("https://t.me/nthroom_copy", TG, {"channel": "nthroom_copy"}),
        ("https://nthroom_copy.t.me/31", TG, {"channel": "nthroom_copy", "message_id": "31"}),
        (
            "tg://resolve?domain=nthroom_copy&post=4",
            TG,
            {"channel": "nthroom_copy", "message_id": "4"},
        ),
        (
            "tg://privatepost?channel=1789456123&post=5",
            TG,
            {"channel_id": "1789456123", "message_id": "5"},
        ),
        ("https://t.me/addstickers/SomePack", TG, {}),
        # X / Twitter
        (
            "https://x.com/some_user/status/1767000000000000000",
            Platform.X,
            {"account": "some_user", "message_id": "1767000000000000000"},
        ),
        (
            "https://twitter.com/Some_User/status/1767000000000000000?s=20",
            Platform.X,
            {"account": "Some_User", "message_id": "1767000000000000000"},
        ),
        (
            "https://mobile.twitter.com/some_user/status/176",
            Platform.X,
            {"account": "some_user", "message_id": "176"},
        ),
        (
            "https://x.com/some_user/status/176/photo/1",
            Platform.X,
            {"account": "some_user", "message_id": "176"},
        ),
        ("https://x.com/i/web/status/176", Platform.X, {"message_id": "176"}),
        ("x.com/some_user", Platform.X, {"account": "some_user"}),
        ("https://x.com/search?q=abc", Platform.X, {}),
        # Instagram
        (
            "https://www.instagram.com/p/C4abc_DEF-1/",
            Platform.INSTAGRAM,
            {"message_id": "C4abc_DEF-1"},
        ),
        ("https://instagram.com/reel/C4abcDEF12", Platform.INSTAGRAM, {"message_id": "C4abcDEF12"}),
        ("https://www.instagram.com/some.user_1/", Platform.INSTAGRAM, {"account": "some.user_1"}),
        (
            "https://www.instagram.com/stories/some.user/3312345678/",
            Platform.INSTAGRAM,
            {"account": "some.user", "message_id": "3312345678"},
        ),
        ("https://www.instagram.com/explore/", Platform.INSTAGRAM, {}),
        # Discord
        (
            "https://discord.com/channels/111111111111111111/222222222222222222/333333333333333333",
            Platform.DISCORD,
            {
                "server_id": "111111111111111111",
                "channel_id": "222222222222222222",
                "message_id": "333333333333333333",
            },
        ),
        (
            "https://discord.com/channels/@me/222222222222222222/333333333333333333",
            Platform.DISCORD,
            {"channel_id": "222222222222222222", "message_id": "333333333333333333"},
        ),
        ("https://discord.gg/AbCd123", Platform.DISCORD, {"invite": "AbCd123"}),
        (
            "https://cdn.discordapp.com/attachments/222222222222222222/444/image.png",
            Platform.DISCORD,
            {"channel_id": "222222222222222222"},
        ),
        # KakaoTalk
        ("https://open.kakao.com/o/gAbC12dE", Platform.KAKAOTALK, {"channel_id": "gAbC12dE"}),
        ("https://open.kakao.com/me/someone", Platform.KAKAOTALK, {"account": "someone"}),
        # everything else
        ("https://example.com/board/view?id=1", Platform.WEBSITE, {}),
        ("ftp://files.example.org/leak.zip", Platform.OTHER, {}),
    ],
)
def test_link_patterns(url: str, platform: Platform, expected: dict[str, str]) -> None:
    link = parse_link(url)
    assert link.platform is platform
    assert link.url == url
    assert fields(link) == expected


def test_website_keeps_host_and_url_exactly() -> None:
    link = parse_link("  https://Example.COM:8443/게시판/글?id=1#댓글 \n")
    assert link == ParsedLink(
        Platform.WEBSITE, "https://Example.COM:8443/게시판/글?id=1#댓글", host="Example.COM"
    )


def test_unicode_and_punycode_hosts_are_kept_as_given() -> None:
    assert parse_link("https://한국어.한국/자료/1").host == "한국어.한국"
    assert parse_link("http://xn--3e0b707e.xn--3e0b707e/").host == "xn--3e0b707e.xn--3e0b707e"
    assert parse_link("한국어.한국/자료").url == "한국어.한국/자료"


def test_platform_hosts_are_matched_case_insensitively() -> None:
    link = parse_link("HTTPS://T.ME/NthRoom_Copy/5")
    assert (link.platform, link.channel, link.host) == (TG, "NthRoom_Copy", "T.ME")


@pytest.mark.parametrize(
    "url",
    [
        "",
        "   \n",
        "javascript:alert(document.cookie)",
        "JavaScript:void(0)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "file:///home/user/victim.jpg",
        "http://",
        "https:///path/only",
        "https:example.com",
        "http://exa mple.com/",
        "https://t.me\n/evil",
        "https://a..b/",
        "https://example.com:99999999/",
        "http://[not-ipv6/",
        "just words",
        "hello",
    ],
)
def test_malformed_links_are_bad_input_with_translated_message(url: str) -> None:
    with pytest.raises(BadInput) as info:
        parse_link(url)
    assert info.value.message("en")
    korean = info.value.message("ko")
    assert any("\uac00" <= ch <= "\ud7a3" for ch in korean), korean


@given(st.text(max_size=200))
def test_parse_link_never_raises_anything_but_bad_input(text: str) -> None:
    try:
        link = parse_link(text)
    except BadInput:
        return
    assert link.url == link.url.strip()
    assert isinstance(link.platform, Platform)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_parse_link_on_link_shaped_text(tail: str) -> None:
    for prefix in (
        "https://t.me/",
        "t.me/c/",
        "https://x.com/",
        "discord.com/channels/",
        "https://",
        "tg://resolve?domain=",
    ):
        with contextlib.suppress(BadInput):
            parse_link(prefix + tail)
