"""Build a writer's submitted files from their HTML sources with LibreOffice.

Shared by bench/writer-*/src/build.py, which each hold only their manifest: the source file and
the name the applicant gave the submitted file (its extension chooses DOCX, ODT or PDF). Each
source is copied to a temporary folder under that name, converted there with
`soffice --headless --convert-to` and a throw-away user profile, and moved next to src/. Sizes
are printed; a file of 200 KB or more is flagged. Rebuilt files differ in timestamps, not text.
"""

from __future__ import annotations

import shutil
import subprocess
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
