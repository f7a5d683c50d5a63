"""numpy without OpenBLAS, for the package build only. CaseApp uses numpy for one thing: the
arrays pdqhash computes perceptual hashes from; nothing calls linear algebra. The numpy
wheel from PyPI carries OpenBLAS and its Fortran runtime (about 27 MiB of the 28 MiB it adds
to the package), so ``make package`` on Linux swaps it for the same numpy version built from
source with no BLAS, no LAPACK and no run-time CPU dispatch (numpy's own fallbacks do the
little arithmetic CaseApp asks of it; pdqhash's own C++ does the hashing).

The wheel is built once and kept in ``~/.cache/caseapp/wheels`` (a few minutes on two
cores); later builds reuse it.

    python packaging/numpy_noblas.py [--check]

``--check`` only says whether the installed numpy links a BLAS library (exit 1 if it does)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "caseapp" / "wheels"
SETUP_ARGS = ("-Dallow-noblas=true", "-Dblas=none", "-Dlapack=none", "-Dcpu-dispatch=none",
              "-Ddisable-svml=true", "-Ddisable-highway=true", "-Ddisable-intel-sort=true")
TAG = "noblas"


def installed_blas() -> str:
    """The BLAS the installed numpy was built with ('none' for a no-BLAS build)."""
    code = ("import numpy; c = numpy.show_config(mode='dicts'); "
            "print(c['Build Dependencies']['blas'].get('name', 'none'))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,  # noqa: S603
                            check=True)
    return result.stdout.strip() or "none"


def cached_wheel(version: str) -> Path | None:
    folder = CACHE / f"numpy-{version}-{TAG}"
    return next(iter(sorted(folder.glob("numpy-*.whl"))), None)


def build_wheel(version: str) -> Path:
    folder = CACHE / f"numpy-{version}-{TAG}"
    folder.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-binary", "numpy",
               f"numpy=={version}", "-w", str(folder),
               *(f"-Csetup-args={arg}" for arg in SETUP_ARGS)]
    print(f"numpy {version} without BLAS: building from source (once) into {folder}",
          flush=True)
    start = time.perf_counter()
    subprocess.run(command, check=True)  # noqa: S603 - our own interpreter
    print(f"numpy {version} without BLAS: built in {time.perf_counter() - start:.0f} s",
          flush=True)
    wheel = cached_wheel(version)
    if wheel is None:
        raise SystemExit("pip built no numpy wheel")
    return wheel


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    blas = installed_blas()
    if not sys.platform.startswith("linux") and not args.check:
        # macOS wheels use Apple's Accelerate (no OpenBLAS to drop); Windows would need MSVC
        # and meson on the build machine: both keep the PyPI wheel for now.
        print(f"numpy: keeping the PyPI wheel on {sys.platform} (BLAS: {blas})")
        return 0
    if args.check:
        print(f"numpy BLAS: {blas}")
        return 0 if blas == "none" else 1
    if blas == "none":
        print("numpy: already built without BLAS")
        return 0
    version = metadata.version("numpy")
    wheel = cached_wheel(version) or build_wheel(version)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet",  # noqa: S603
                    "--force-reinstall", "--no-deps", str(wheel)], check=True)
    print(f"numpy {version}: installed without BLAS from {wheel.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
