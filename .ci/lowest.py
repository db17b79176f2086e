"""Print pip constraints that pin every declared dependency to its declared minimum.

CI installs these (`pip install -c`) in a fresh venv and runs the tests, so a floor in
pyproject.toml is a version that was actually tested, not a guess. Only the lower bound of
each requirement is pinned; whatever those packages pull in resolves as a user's pip would.

Usage: python .ci/lowest.py [EXTRA_OR_GROUP ...] > lowest.txt
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*([^;]*)")
FLOOR = re.compile(r">=\s*([0-9][^,\s]*)")


def floors(requirements: list[str]) -> dict[str, str]:
    pins: dict[str, str] = {}
    for text in requirements:
        match = REQUIREMENT.match(text)
        if match is None:
            raise SystemExit(f"cannot parse requirement: {text!r}")
        name, _extras, spec = match.groups()
        floor = FLOOR.search(spec)
        if floor is None:
            raise SystemExit(f"no '>=' floor in {text!r}: every dependency needs a tested minimum")
        pins[re.sub(r"[-_.]+", "-", name).lower()] = floor.group(1)
    return pins


def main(selected: list[str]) -> None:
    project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())
    requirements = list(project["project"]["dependencies"])
    extras = project["project"].get("optional-dependencies", {})
    groups = project.get("dependency-groups", {})
    for name in selected:
        if name in extras:
            requirements += extras[name]
        elif name in groups:
            requirements += [r for r in groups[name] if isinstance(r, str)]
        else:
            raise SystemExit(f"no extra or dependency group named {name!r}")
    for name, version in sorted(floors(requirements).items()):
        print(f"{name}=={version}")


if __name__ == "__main__":
    main(sys.argv[1:])
