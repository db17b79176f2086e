"""Write data/lemmas-nl.json.gz: the lemma tables of the packaged addendum, built ahead.

Usage: python scripts/bundle_lemmas.py

Run it after changing the vocabulary of data/addendum.yaml or the lemma code (the test
`tests/test_lemma_bundle.py` says when it is due). A first run after installing dawcheck then
reads these tables instead of decompressing simplemma's dictionary of 370,000 forms to build
them (about a second). Tables are keyed by the simplemma version they were built with; with
another version dawcheck builds and caches its own, as it does for any other addendum.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    from dawcheck.addendum.loader import load_addendum
    from dawcheck.cache import addendum_digest
    from dawcheck.checks import coverage, lemmas

    addendum = load_addendum()
    tables = lemmas.build_tables(lambda: coverage._compiled(addendum))
    out = REPO / lemmas.BUNDLE
    lemmas.write_bundle(out, tables, [addendum_digest(addendum)])
    print(f"{out.relative_to(REPO)}: {len(tables)} tables, {out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
