"""The dawcheck command line: thin Typer commands that wire sources, checks and renderers.

Heavy modules (pypdf, document readers, checks) are imported inside the commands so that
`dawcheck --version` and `--help` stay fast.

  app.py       the Typer app, the root command and its global options, main()
  options.py   the options the commands share
  common.py    language, refusals (exit 2), the addendum and the moment, printing
  run.py       the one run behind check and inbox, outputs, Ctrl-C and SIGTERM
  commands.py  addendum, timeline, check, inbox, read, cache
  language.py  help and usage errors in Dutch or English
"""

from dawcheck.cli import commands as _commands  # noqa: F401 - registers the commands
from dawcheck.cli.app import app, main
from dawcheck.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "app", "main"]
