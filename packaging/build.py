"""``make package``: build CaseApp's one-folder package with PyInstaller, build the bare PySide6
window with the same slimming in the same run, run the frozen self-test, time start-up (frozen
against ``python -m caseapp``), make the Linux tarball, and print every figure.

    python packaging/build.py [--no-baseline] [--no-slim] [--no-tarball] [--runs N]

Figures also go to ``dist/package-report.json``. Exit status 1 when a build or the frozen
self-test fails."""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(PACKAGING))

from slimming import folder_size  # noqa: E402

SPEC = PACKAGING / "caseapp.spec"
SIZE_TARGET_RATIO = 1.5
MiB = 2**20


def say(text: str = "") -> None:
    print(text, flush=True)


def executable(folder: Path, name: str) -> Path:
    return folder / (name + (".exe" if sys.platform == "win32" else ""))


def pyinstaller(name: str, dist: Path, *spec_args: str) -> float:
    """One PyInstaller run; returns seconds taken."""
    start = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(ROOT / "build" / "pyinstaller" / name),
               str(SPEC)]
    if spec_args:
        command += ["--", *spec_args]
    say(f"== building {name}: {' '.join(command[2:])}")
    result = subprocess.run(command, cwd=ROOT, text=True, capture_output=True,  # noqa: S603
                            check=False)
    for line in (result.stdout + result.stderr).splitlines():
        if "slimming:" in line or "ERROR" in line or (
                "WARNING" in line and "ctypes" not in line and "Hidden import" not in line):
            say("   " + line)
    if result.returncode != 0:
        say(result.stderr[-4000:])
        raise SystemExit(f"PyInstaller failed for {name}")
    return time.perf_counter() - start


def probe_env(state: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "CASEAPP_STATE_DIR": str(state),
                "PYTHONIOENCODING": "utf-8"})
    env.pop("PYTHON_KEYRING_BACKEND", None)
    return env


def make_store(data_dir: Path, state: Path) -> None:
    """A real store, so the start-up probe reaches the unlock screen, not first-run setup."""
    os.environ["CASEAPP_STATE_DIR"] = str(state)
    from caseapp.selftest import floor_params
    from caseapp.services import vault as vault_service

    created = vault_service.create_store(data_dir, "startup probe 자가진단 " + os.urandom(8).hex(),
                                         organisation="Probe", params=floor_params())
    created.vault.close()


def time_startup(commands: dict[str, list[str]], env: dict[str, str],
                 runs: int) -> dict[str, dict[str, float | str]]:
    """Wall time from process start to exit at the first shown window, median of ``runs``,
    after one warm-up run each (so every variant reads from a warm disk cache)."""
    walls: dict[str, list[float]] = {name: [] for name in commands}
    shown: dict[str, list[float]] = {name: [] for name in commands}
    windows: dict[str, str] = {}
    for round_number in range(runs + 1):
        for name, command in commands.items():
            start = time.perf_counter()
            result = subprocess.run(command, env=env, capture_output=True,  # noqa: S603
                                    text=True, timeout=120, check=False)
            wall = time.perf_counter() - start
            if result.returncode != 0:
                raise SystemExit(f"start-up probe failed for {name}:\n{result.stdout}\n"
                                 f"{result.stderr[-2000:]}")
            if round_number == 0:
                continue
            walls[name].append(wall)
            for line in result.stdout.splitlines():
                if line.startswith("startup-probe:") and "after" in line:
                    shown[name].append(float(line.rsplit("after", 1)[1].split()[0]))
                    windows[name] = line.split()[1]
    return {name: {"wall_s": round(statistics.median(walls[name]), 3),
                   **({"window_shown_s": round(statistics.median(shown[name]), 3),
                       "window": windows[name]} if shown[name] else {})}
            for name in commands}


def run_self_test(app: Path, env: dict[str, str]) -> tuple[bool, float]:
    say(f"== frozen self-test: {app} --self-test")
    start = time.perf_counter()
    result = subprocess.run([str(app), "--self-test"], env=env,  # noqa: S603 - our build
                            capture_output=True, text=True, timeout=300, check=False)
    seconds = time.perf_counter() - start
    for line in result.stdout.splitlines():
        say("   " + line)
    if result.returncode != 0:
        say(result.stderr[-4000:])
    return result.returncode == 0, seconds


def make_tarball(app_dir: Path, version: str) -> Path:
    """CaseApp-<version>-linux-<arch>.tar.gz: the one-folder build plus the desktop file, the
    icons and per-user install/uninstall scripts."""
    machine = platform.machine().lower()
    target = app_dir.parent / f"CaseApp-{version}-linux-{machine}.tar.gz"
    top = f"CaseApp-{version}"
    linux = PACKAGING / "linux"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(app_dir, arcname=f"{top}/CaseApp")
        for name in ("caseapp.desktop", "install.sh", "uninstall.sh", "README.txt"):
            tar.add(linux / name, arcname=f"{top}/{name}")
        tar.add(ROOT / "resources" / "icons" / "caseapp.svg", arcname=f"{top}/caseapp.svg")
        tar.add(ROOT / "resources" / "icons" / "caseapp-256.png",
                arcname=f"{top}/caseapp-256.png")
    return target


def system_dependencies(app_dir: Path) -> list[str]:
    """Debian packages of the libraries the frozen app loads from the system (what PyInstaller
    leaves out on purpose: libc, GL/EGL, the Wayland client, …), found by resolving every
    bundled library's imports the way the dynamic linker will."""
    bundled_dirs = sorted({str(p.parent) for p in app_dir.rglob("*.so*") if p.is_file()})
    env = dict(os.environ, LD_LIBRARY_PATH=":".join(bundled_dirs))
    outside: set[str] = set()
    for path in sorted(app_dir.rglob("*")):
        if not path.is_file() or path.is_symlink() or not (".so" in path.name
                                                         or path.name == "caseapp"):
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True,  # noqa: S603, S607
                                env=env, check=False)
        for line in result.stdout.splitlines():
            if "=>" in line and "/" in line.split("=>", 1)[1]:
                target = line.split("=>", 1)[1].split("(")[0].strip()
                if not target.startswith(str(app_dir)):
                    outside.add(target)
    packages: set[str] = set()
    for library in sorted(outside):
        result = subprocess.run(["dpkg-query", "-S", library], capture_output=True,  # noqa: S603, S607
                                text=True, check=False)
        if result.returncode != 0:
            result = subprocess.run(["dpkg-query", "-S", os.path.realpath(library)],  # noqa: S603, S607
                                    capture_output=True, text=True, check=False)
        if result.returncode == 0:
            packages.add(result.stdout.split(":", 1)[0].split(",")[0].strip())
    # Loaded by Qt at run time (dlopen), not linked: the Wayland client libraries for the
    # Wayland platform plugin and its cursor theme support.
    packages.update({"libwayland-client0", "libwayland-cursor0", "libwayland-egl1"})
    return sorted(packages)


def make_deb(app_dir: Path, version: str) -> Path:
    """caseapp_<version>_<arch>.deb: the one-folder build in /opt/caseapp, ``caseapp`` and
    ``caseapp-admin`` in /usr/bin, the menu entry and icons. No maintainer scripts: dpkg's
    triggers refresh the menu and icon caches, and nothing ever touches users' data."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True,  # noqa: S607
                          text=True, check=True).stdout.strip()
    target = app_dir.parent / f"caseapp_{version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="caseapp-deb-") as tmp:
        root = Path(tmp) / "root"
        shutil.copytree(app_dir, root / "opt" / "caseapp", symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        for name in ("caseapp", "caseapp-admin"):
            (root / "usr" / "bin" / name).symlink_to(f"/opt/caseapp/{name}")
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        shutil.copyfile(PACKAGING / "linux" / "caseapp.desktop", apps / "caseapp.desktop")
        icons = root / "usr" / "share" / "icons" / "hicolor"
        for size_dir, source in (("256x256", "caseapp-256.png"), ("scalable", "caseapp.svg")):
            (icons / size_dir / "apps").mkdir(parents=True)
            shutil.copyfile(ROOT / "resources" / "icons" / source,
                            icons / size_dir / "apps" / ("caseapp" + Path(source).suffix))
        doc = root / "usr" / "share" / "doc" / "caseapp"
        doc.mkdir(parents=True)
        (doc / "copyright").write_text(
            "CaseApp\n\nThe licences of everything bundled are in\n"
            "/opt/caseapp/_internal/THIRD-PARTY-NOTICES.txt and "
            "/opt/caseapp/_internal/licenses/.\n",
            encoding="utf-8")
        size_kib = sum(p.stat().st_size for p in root.rglob("*")
                       if p.is_file() and not p.is_symlink()) // 1024
        control = root / "DEBIAN"
        control.mkdir()
        depends = ", ".join(system_dependencies(app_dir))
        (control / "control").write_text(f"""Package: caseapp
Version: {version}
Architecture: {arch}
Maintainer: CaseApp team <caseapp@localhost>
Installed-Size: {size_kib}
Depends: {depends}
Recommends: fonts-nanum
Suggests: gnome-keyring | kwalletmanager, ibus-hangul | fcitx5-hangul
Section: misc
Priority: optional
Homepage: https://localhost/caseapp
Description: offline, encrypted case manager for counsellors
 CaseApp keeps case records, evidence and takedown requests for counsellors who
 support victims of digital sex crimes, encrypted on this computer (SQLCipher),
 in Korean and English, with no network use. Each user's data lives in their
 own ~/.local/share/CaseApp, which removing this package never touches.
""", encoding="utf-8")
        for path in root.rglob("*"):
            if path.is_dir():
                path.chmod(0o755)
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(root),  # noqa: S603, S607
                        str(target)], check=True, capture_output=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip the bare PySide6 window build (no size ratio)")
    parser.add_argument("--no-slim", action="store_true",
                        help="PyInstaller's defaults (to measure what slimming saves); "
                             "builds into dist/unslimmed")
    parser.add_argument("--no-tarball", action="store_true")
    parser.add_argument("--runs", type=int, default=5, help="start-up timing runs (median)")
    args = parser.parse_args(argv)

    from importlib import metadata

    version = metadata.version("caseapp")
    dist = ROOT / "dist" / ("unslimmed" if args.no_slim else "")
    extra = ["--no-slim"] if args.no_slim else []
    report: dict[str, object] = {"version": version, "platform": sys.platform,
                                 "slimmed": not args.no_slim}

    if not (ROOT / "resources" / "icons" / "caseapp-256.png").exists():
        from icons import write_icons

        write_icons()

    report["build_s"] = {"caseapp": round(pyinstaller("CaseApp", dist, *extra), 1)}
    app_dir = dist / "CaseApp"
    app = executable(app_dir, "caseapp")
    sizes = {"caseapp_mib": round(folder_size(app_dir) / MiB, 1)}
    bare_dir = dist / "bare-window"
    if not args.no_baseline:
        report["build_s"]["bare_window"] = round(  # type: ignore[index]
            pyinstaller("bare-window", dist, "--bare", *extra), 1)
        sizes["bare_window_mib"] = round(folder_size(bare_dir) / MiB, 1)
        sizes["ratio"] = round(sizes["caseapp_mib"] / sizes["bare_window_mib"], 2)
    report["size"] = sizes

    with tempfile.TemporaryDirectory(prefix="caseapp-package-") as tmp:
        state = Path(tmp) / "state"
        env = probe_env(state)
        ok, self_test_s = run_self_test(app, env)
        report["self_test"] = {"passed": ok, "seconds": round(self_test_s, 2)}
        data_dir = Path(tmp) / "data"
        make_store(data_dir, state)
        commands = {
            "frozen": [str(app), "--startup-probe", "--data-dir", str(data_dir)],
            "python -m caseapp": [sys.executable, "-m", "caseapp", "--startup-probe",
                                  "--data-dir", str(data_dir)],
        }
        if not args.no_baseline:
            commands["bare window (frozen)"] = [str(executable(bare_dir, "bare-window")),
                                                "--startup-probe"]
        say(f"== start-up to the first window (offscreen, median of {args.runs})")
        report["startup"] = time_startup(commands, env, args.runs)

    if sys.platform.startswith("linux") and not args.no_tarball and ok:
        say("== tarball")
        tarball = make_tarball(app_dir, version)
        report["tarball"] = {"path": str(tarball.relative_to(ROOT)),
                             "mib": round(tarball.stat().st_size / MiB, 1)}
        if shutil.which("dpkg-deb"):
            say("== .deb")
            deb = make_deb(app_dir, version)
            report["deb"] = {"path": str(deb.relative_to(ROOT)),
                             "mib": round(deb.stat().st_size / MiB, 1)}

    from size_report import compare, print_table

    rows = compare(app_dir, None if args.no_baseline else bare_dir)
    report["size_by_component_mib"] = {name: {"caseapp": round(mine, 2), "bare": round(base, 2)}
                                       for name, mine, base in rows}

    say("")
    say("== package figures")
    say(f"   CaseApp one-folder build: {sizes['caseapp_mib']} MiB ({app_dir})")
    if "ratio" in sizes:
        verdict = "within" if sizes["ratio"] <= SIZE_TARGET_RATIO else "ABOVE"
        say(f"   bare PySide6 window, same slimming: {sizes['bare_window_mib']} MiB")
        say(f"   ratio: {sizes['ratio']} ({verdict} the {SIZE_TARGET_RATIO} target)")
    for kind in ("tarball", "deb"):
        if kind in report:
            say(f"   {kind}: {report[kind]['mib']} MiB "  # type: ignore[index]
                f"({report[kind]['path']})")  # type: ignore[index]
    say("   what each component adds to the bare window:")
    print_table(rows, say)
    for name, figures in report["startup"].items():  # type: ignore[union-attr]
        shown = figures.get("window_shown_s")
        say(f"   start-up, {name}: {figures['wall_s']:.3f} s to exit at first window"
            + (f" ({figures['window']} shown at {shown:.3f} s)" if shown is not None else ""))
    say(f"   frozen self-test: {'passed' if ok else 'FAILED'} in {self_test_s:.1f} s")
    out = dist / "package-report.json"
    out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    say(f"   figures: {out.relative_to(ROOT)}")
    return 0 if ok else 1


if __name__ == "__main__":
    shutil.rmtree(ROOT / "build" / "licences", ignore_errors=True)
    raise SystemExit(main())
