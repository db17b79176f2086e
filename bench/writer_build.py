"""Build a writer's submitted files from their HTML sources with LibreOffice.

Usage: python3 bench/writer_build.py bench/writer-x [PREFIX ...]   (needs `soffice` on PATH)

A writer's manifest, bench/writer-x/src/manifest.tsv, holds one line per submitted file: the
source file and the name the applicant gave the submitted file (its extension chooses DOCX, ODT
or PDF), separated by a tab; lines starting with "#" are comments. Each source is copied to a
temporary folder under that name, converted there with `soffice --headless --convert-to` and a
throw-away user profile, and moved next to src/. With PREFIX, only the sources whose names start
with one ("F03"). Sizes are printed; a file of 200 KB or more is flagged. Rebuilt files differ in
timestamps, not text. (Writers C and D have build scripts of their own in their src/.)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

FILTERS = {
    "docx": "docx:MS Word 2007 XML",
    "odt": "odt:writer8",
    "pdf": "pdf:writer_pdf_Export",
}
MAX_BYTES = 200 * 1024


def convert(source: Path, target_name: str, out: Path, profile: str) -> Path:
    stem, ext = target_name.rsplit(".", 1)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_src = Path(tmp) / f"{stem}.html"
        shutil.copyfile(source, tmp_src)
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--infilter=HTML (StarWriter)",
            "--convert-to",
            FILTERS[ext],
            "--outdir",
            tmp,
            str(tmp_src),
        ]
        subprocess.run(
            cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180
        )
        produced = Path(tmp) / target_name
        if not produced.exists():
            raise SystemExit(f"conversion failed: {source.name} -> {target_name}")
        target = out / target_name
        shutil.move(str(produced), target)
    return target


def build(manifest: Iterable[tuple[str, str]], src: Path, only: Iterable[str] = ()) -> int:
    """Convert every (source, submitted name) of `manifest` from `src` into its parent folder;
    with `only`, the sources whose names start with one of those prefixes ("F03")."""
    wanted = tuple(only)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        for src_name, target_name in manifest:
            if wanted and not src_name.startswith(wanted):
                continue
            target = convert(src / src_name, target_name, src.parent, profile)
            size = target.stat().st_size
            flag = "" if size < MAX_BYTES else "  TOO LARGE"
            print(f"{size:>8}  {target_name}{flag}")
    return 0


def read_manifest(path: Path) -> list[tuple[str, str]]:
    """(source, submitted name) per line of a manifest.tsv; comments and blank lines skipped."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            source, submitted = line.split("\t")
            rows.append((source.strip(), submitted.strip()))
    return rows


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    src = Path(argv[0]) / "src"
    return build(read_manifest(src / "manifest.tsv"), src, argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
