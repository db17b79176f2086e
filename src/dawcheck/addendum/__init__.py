"""The call's local addendum as validated data."""

from dawcheck.addendum.loader import load_addendum, parse_addendum
from dawcheck.addendum.models import Addendum

__all__ = ["Addendum", "load_addendum", "parse_addendum"]
