"""dawcheck: checks project proposals against a local addendum of a VDAB call."""

__version__ = "0.1.0"
