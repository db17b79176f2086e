"""Checks: each a small function from a submission and the addendum to a result with evidence."""
