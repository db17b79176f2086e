"""Ctrl-C and SIGTERM, made reliable.

Python delivers a signal by raising from its handler in whatever code runs at that moment. When
that code is a finalizer (a ``__del__``, a weakref callback, a garbage-collector callback) the
exception is printed as "Exception ignored in: ..." and lost, and the run went on to write its
report and exit 0 (seen in CI as a rare failure of tests/test_interrupt.py). So a handler here
also records the signal, and the run asks `check()` at safe points (between documents, before
writing a report): a request that was lost is raised again there, and Python's "Exception
ignored" message for it is not printed (the user sees the one line that says the run stopped).
"""

from __future__ import annotations

import signal
import sys
from types import FrameType


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is: the same clean-up, exit code 143."""


_requested: int | None = None


def _on_signal(signum: int, frame: FrameType | None) -> None:
    global _requested
    _requested = signum
    raise Terminated if signum == signal.SIGTERM else KeyboardInterrupt


def _unraisable(info: sys.UnraisableHookArgs) -> None:
    """A stop lost in a finalizer is not news for the user: it is raised again at the next
    safe point. Anything else goes to Python's own hook."""
    if isinstance(info.exc_value, KeyboardInterrupt) and _requested is not None:
        return
    sys.__unraisablehook__(info)


def install() -> None:
    """Handle SIGINT and SIGTERM in this process (the parent; workers set their own)."""
    global _requested
    _requested = None
    signal.signal(signal.SIGINT, _on_signal)
    signal.signal(signal.SIGTERM, _on_signal)
    sys.unraisablehook = _unraisable


def check() -> None:
    """Raise again a stop that was requested, in case its first raise was lost."""
    if _requested is not None:
        raise Terminated if _requested == signal.SIGTERM else KeyboardInterrupt
