"""Filling ``%1``, ``%2``… in a translated GUI string. A Korean translation attaches a
particle to a value with ``%1{을}``; the form is chosen for the value (``caseapp.korean``),
so a counsellor reads "T-2026-0012-001을 초안으로 만들었습니다", never both forms."""

from __future__ import annotations

import re

from caseapp.korean import PARTICLES, attach, particle

_ARG = re.compile(r"%([1-9])(?:\{([가-힣]{1,4})\})?")


def fill(text: str, *values: object) -> str:
    """``text`` with ``%n`` replaced by ``values[n-1]`` and ``%n{은}`` by that value with the
    particle it takes. Unknown particles and missing values are left as written."""

    def replace(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if index >= len(values):
            return match.group(0)
        value = str(values[index])
        form = match.group(2)
        if form is None:
            return value
        return attach(value, form) if form in PARTICLES else value + "{" + form + "}"

    return _ARG.sub(replace, text)


def resolve_particles(text: str, index: int, value: object) -> str:
    """``%index{은}`` in ``text`` becomes ``%index`` followed by the particle ``value`` takes,
    for callers that put markup (a link) around the value in place of ``%index``."""

    def replace(match: re.Match[str]) -> str:
        form = match.group(2)
        if int(match.group(1)) != index or form is None or form not in PARTICLES:
            return match.group(0)
        return f"%{index}" + particle(str(value), form)

    return _ARG.sub(replace, text)
