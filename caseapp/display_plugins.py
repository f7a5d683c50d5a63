"""Which Qt plugins ``caseapp --self-test`` must be able to load on this computer, decided
from the system and the display session alone (no Qt here; the Qt half of the self-test does
the loading). Plugins a Korean user always needs must load; of the session's own display
platforms (X11 through ``DISPLAY``, Wayland through ``WAYLAND_DISPLAY``) at least one must
load, since Qt falls back from one to the other; every other platform plugin is only tried,
and one that cannot load here (a laptop without ``libwayland-cursor0`` on an X11 desktop,
a server with no display at all) is a warning, not a failure."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

# Display platform plugins per system, by Qt platform name.
PLATFORMS: dict[str, dict[str, str]] = {
    "linux": {"xcb": "platforms/libqxcb.so", "wayland": "platforms/libqwayland.so",
              "offscreen": "platforms/libqoffscreen.so"},
    "win32": {"windows": "platforms/qwindows.dll", "offscreen": "platforms/qoffscreen.dll"},
    "darwin": {"cocoa": "platforms/libqcocoa.dylib",
               "offscreen": "platforms/libqoffscreen.dylib"},
}
# Always needed: offscreen (the self-test itself and headless runs), Hangul input on Linux
# (Windows and macOS type Korean through their platform plugin), JPEG for evidence previews.
ALWAYS: dict[str, tuple[str, ...]] = {
    "linux": ("platforms/libqoffscreen.so",
              "platforminputcontexts/libibusplatforminputcontextplugin.so",
              "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
              "imageformats/libqjpeg.so"),
    "win32": ("platforms/qoffscreen.dll", "imageformats/qjpeg.dll"),
    "darwin": ("platforms/libqoffscreen.dylib", "imageformats/libqjpeg.dylib"),
}


def system_key(platform: str) -> str:
    return "win32" if platform.startswith("win") else (
        "darwin" if platform == "darwin" else "linux")


@dataclass(frozen=True, slots=True)
class PluginPlan:
    required: tuple[str, ...]  # each must load
    session: tuple[str, ...]   # the session's display platforms: at least one must load
    optional: tuple[str, ...]  # tried; failing to load is a warning

    @property
    def all(self) -> tuple[str, ...]:
        return (*self.required, *self.session, *self.optional)


def session_platforms(platform: str, env: Mapping[str, str]) -> list[str]:
    """The display platforms this session can use, in the order Qt would try them."""
    key = system_key(platform)
    if key == "win32":
        return ["windows"]
    if key == "darwin":
        return ["cocoa"]
    present = []
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland":
        present.append("wayland")
    if env.get("DISPLAY"):
        present.append("xcb")
    named = [p.strip() for p in env.get("QT_QPA_PLATFORM", "").split(";") if p.strip()]
    first = [p for p in named if p in present]
    return first + [p for p in present if p not in first]


def plugin_plan(platform: str, env: Mapping[str, str]) -> PluginPlan:
    key = system_key(platform)
    required = ALWAYS[key]
    session = tuple(PLATFORMS[key][name] for name in session_platforms(platform, env))
    optional = tuple(path for path in PLATFORMS[key].values()
                     if path not in required and path not in session)
    return PluginPlan(required, session, optional)


@dataclass(frozen=True, slots=True)
class PluginCheck:
    loaded: tuple[str, ...]
    problems: tuple[str, ...]  # fail the self-test
    warnings: tuple[str, ...]  # reported only

    def summary(self) -> str:
        names = ", ".join(path.rsplit("/", 1)[-1].split(".")[0].removeprefix("lib")
                          for path in self.loaded)
        text = f"{names} load"
        if self.warnings:
            text += (f"; warning: {len(self.warnings)} not usable in this session "
                     f"(not needed here, listed below)")
        return text


def check_plugins(plan: PluginPlan, load: Callable[[str], str | None]) -> PluginCheck:
    """Try every plugin of the plan; ``load(relative_path)`` returns None when the plugin
    loads, or why it does not (``"missing"`` for a file that is not there)."""
    loaded: list[str] = []
    problems: list[str] = []
    warnings: list[str] = []
    errors = {path: load(path) for path in plan.all}
    for path, error in errors.items():
        if error is None:
            loaded.append(path)
    for path in plan.required:
        if errors[path] is not None:
            problems.append(f"{path}: {errors[path]}")
    if plan.session and all(errors[path] is not None for path in plan.session):
        problems += [f"{path}: {errors[path]}" for path in plan.session]
    else:
        warnings += [f"{path}: {errors[path]}" for path in plan.session
                     if errors[path] is not None]
    warnings += [f"{path}: {errors[path]}" for path in plan.optional
                 if errors[path] is not None]
    return PluginCheck(tuple(loaded), tuple(problems), tuple(warnings))
