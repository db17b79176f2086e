"""The exceptions dawcheck raises on purpose; the CLI turns each into one clear message."""


class DawcheckError(Exception):
    """Base class: a problem the user can fix, reported without a traceback."""


class AddendumError(DawcheckError):
    """The addendum file is missing, not YAML, or does not match the schema."""


class UsageError(DawcheckError):
    """An option value the user gave cannot be used (e.g. an unparsable date)."""
