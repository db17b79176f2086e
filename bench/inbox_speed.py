"""Time dawcheck inbox against poppler's pdftotext on the same machine, in one run.

Usage: python bench/inbox_speed.py DIR [--json OUT.json] [--repeat N]

  (a) pdftotext over every PDF of DIR, one process per file (PDF attachments of the .eml files
      are extracted to a temporary folder first and included, so both sides read the same PDFs);
  (b) dawcheck inbox DIR --format json, cold: an empty cache directory;
  (c) the same again, warm: the cache that (b) filled.
Prints wall times, pages per second, the peak memory of the whole dawcheck process tree (PSS,
so pages the forked workers share count once; sampled every 20 ms from /proc) and the ratios
b/a and c/b, and writes them as JSON.
Also: startup, the median of `dawcheck --version` against `python -c "import typer"`.
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def _pss(pid: int) -> int:
    """Proportional set size: a page shared by the forked workers counts once, split."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _tree_rss(root: int) -> int:
    """Memory (PSS, bytes) of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _pss(pid)
        stack.extend(children.get(pid, []))
    return total


def run_measured(cmd: list[str], env: dict[str, str]) -> tuple[float, int, bytes]:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    return elapsed, peak[0], out


def pdfs_of(folder: Path, scratch: Path) -> list[Path]:
    pdfs = sorted(folder.rglob("*.pdf"))
    for eml in sorted(folder.rglob("*.eml")):
        msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
        for n, part in enumerate(msg.iter_attachments()):
            if part.get_content_type() == "application/pdf":
                path = scratch / f"{eml.stem}-{n}.pdf"
                path.write_bytes(part.get_content())
                pdfs.append(path)
    return pdfs


def pages_of(pdfs: list[Path]) -> int:
    import pypdfium2 as pdfium

    total = 0
    for path in pdfs:
        doc = pdfium.PdfDocument(str(path))
        total += len(doc)
        doc.close()
    return total


def startup(repeat: int) -> dict:
    dawcheck = [shutil.which("dawcheck") or "dawcheck", "--version"]
    typer = [sys.executable, "-c", "import typer"]
    times: dict[str, list[float]] = {"dawcheck": [], "typer": []}
    for _ in range(repeat):
        for key, cmd in (("dawcheck", dawcheck), ("typer", typer)):
            start = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            times[key].append(time.perf_counter() - start)
    d, t = statistics.median(times["dawcheck"]), statistics.median(times["typer"])
    return {
        "dawcheck_version_s": round(d, 4),
        "import_typer_s": round(t, 4),
        "ratio": round(d / t, 2),
    }


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    folder = Path(argv[0])
    out_json = Path(argv[argv.index("--json") + 1]) if "--json" in argv else None
    repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 15
    if shutil.which("pdftotext") is None:
        print("pdftotext not found: apt-get install poppler-utils", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        (scratch / "att").mkdir()
        pdfs = pdfs_of(folder, scratch / "att")
        pages = pages_of(pdfs)
        start = time.perf_counter()
        for pdf in pdfs:
            subprocess.run(["pdftotext", "-q", str(pdf), os.devnull], check=False)
        a = time.perf_counter() - start
        env = {**os.environ, "DAWCHECK_CACHE_DIR": str(scratch / "cache")}
        cmd = [
            shutil.which("dawcheck") or "dawcheck",
            "inbox",
            str(folder),
            "--format",
            "json",
            "-q",
        ]
        b, b_rss, out = run_measured(cmd, env)
        c, c_rss, out_warm = run_measured(cmd, env)
        report = json.loads(out)
        same = json.loads(out_warm)["submissions"] == report["submissions"]
    result = {
        "submissions": len(report["submissions"]),
        "pdfs": len(pdfs),
        "pdf_pages": pages,
        "a_pdftotext_s": round(a, 3),
        "b_cold_s": round(b, 3),
        "c_warm_s": round(c, 3),
        "b_over_a": round(b / a, 2),
        "c_over_b": round(c / b, 3),
        "pages_per_s_pdftotext": round(pages / a, 1),
        "pages_per_s_cold": round(pages / b, 1),
        "peak_pss_cold_mb": round(b_rss / 2**20, 1),
        "peak_pss_warm_mb": round(c_rss / 2**20, 1),
        "warm_equals_cold": same,
        "cpus": os.cpu_count(),
        "startup": startup(repeat),
    }
    print(json.dumps(result, indent=2))
    if out_json:
        out_json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
