"""The self-test asks only for the Qt plugins this session can use: a headless machine or an
X11 desktop without the Wayland client libraries passes with a warning, a session whose only
display plugin cannot load fails."""

from __future__ import annotations

import pytest

from caseapp.display_plugins import check_plugins, plugin_plan, session_platforms

WAYLAND = "platforms/libqwayland.so"
XCB = "platforms/libqxcb.so"
NO_CURSOR = "libwayland-cursor.so.0: cannot open shared object file"


def loader(broken: dict[str, str]):
    return lambda path: broken.get(path)


@pytest.mark.parametrize(("env", "expected"), [
    ({}, []),
    ({"QT_QPA_PLATFORM": "xcb"}, []),  # Qt told to use X11, but there is no X server
    ({"DISPLAY": ":0"}, ["xcb"]),
    ({"WAYLAND_DISPLAY": "wayland-0"}, ["wayland"]),
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, ["wayland", "xcb"]),
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"},
     ["xcb", "wayland"]),
])
def test_session_platforms_on_linux(env, expected):
    assert session_platforms("linux", env) == expected


def test_windows_and_macos_always_have_their_one_platform():
    assert session_platforms("win32", {}) == ["windows"]
    assert session_platforms("darwin", {}) == ["cocoa"]
    assert "platforms/qwindows.dll" in plugin_plan("win32", {}).session


def test_headless_machine_without_wayland_libraries_passes_with_a_warning():
    plan = plugin_plan("linux", {})
    result = check_plugins(plan, loader({WAYLAND: NO_CURSOR}))
    assert result.problems == ()
    assert result.warnings == (f"{WAYLAND}: {NO_CURSOR}",)
    assert "warning" in result.summary()


def test_x11_desktop_without_wayland_libraries_passes():
    result = check_plugins(plugin_plan("linux", {"DISPLAY": ":0"}),
                           loader({WAYLAND: NO_CURSOR}))
    assert result.problems == ()
    assert XCB in result.loaded


def test_wayland_session_falls_back_to_xwayland():
    env = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    result = check_plugins(plugin_plan("linux", env), loader({WAYLAND: NO_CURSOR}))
    assert result.problems == () and len(result.warnings) == 1


def test_a_session_whose_display_plugins_all_fail_is_a_failure():
    env = {"WAYLAND_DISPLAY": "wayland-0"}
    result = check_plugins(plugin_plan("linux", env), loader({WAYLAND: NO_CURSOR}))
    assert result.problems == (f"{WAYLAND}: {NO_CURSOR}",)


def test_korean_input_plugins_are_never_optional():
    ibus = "platforminputcontexts/libibusplatforminputcontextplugin.so"
    result = check_plugins(plugin_plan("linux", {}), loader({ibus: "missing"}))
    assert result.problems == (f"{ibus}: missing",)
