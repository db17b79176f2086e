"""The one date parser: what people type and what mail servers write."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dawcheck.dates import BRUSSELS, format_duration, parse_datetime, parse_user_datetime
from dawcheck.errors import UsageError

UTC = dt.UTC


@pytest.mark.parametrize(
    ("text", "expected_utc"),
    [
        ("2023-09-01T23:59:00+02:00", "2023-09-01T21:59:00"),
        ("2023-09-01 23:59", "2023-09-01T21:59:00"),  # no zone: Brussels (CEST)
        ("01/09/2023 23:59", "2023-09-01T21:59:00"),  # day first, as in Belgium
        ("1 september 2023 om 23u59", "2023-09-01T21:59:00"),
        ("vr 1 sep 2023 23:58", "2023-09-01T21:58:00"),
        ("Fri, 01 Sep 2023 21:59:00 +0000", "2023-09-01T21:59:00"),
        ("Fri, 01 Sep 2023 21:59:00 -0000", "2023-09-01T21:59:00"),
        ("Fri, 01 Sep 2023 23:59:00 GMT +0200", "2023-09-01T21:59:00"),  # stdlib reads UTC
        ("Fri, 01 Sep 2023 23:59:00 GMT+2", "2023-09-01T21:59:00"),  # not POSIX-inverted
        ("Fri, 1 Sep 2023 23:59:00 CEST", "2023-09-01T21:59:00"),
        ("Fri, 1 Sep 2023 23:59:00 +0200 (CEST)", "2023-09-01T21:59:00"),
        ("2023-09-01T21:59:00Z", "2023-09-01T21:59:00"),
        ("15 januari 2024 om 9u", "2024-01-15T08:00:00"),  # winter: CET
    ],
)
def test_formats_people_and_servers_write(text, expected_utc):
    result = parse_datetime(text)
    assert result.value is not None and not result.uncertain
    assert result.value.astimezone(UTC).replace(tzinfo=None).isoformat() == expected_utc


def test_iso_is_never_read_day_first():
    assert parse_datetime("2023-09-01T10:00").value.month == 9


@pytest.mark.parametrize("text", ["1 Sep 2023 23:59 XYZ", "Fri, 1 Sep 2023 23:59:00 QQT"])
def test_unknown_zone_is_uncertain(text):
    result = parse_datetime(text)
    assert result.uncertain and text.split()[-1] in result.note


@pytest.mark.parametrize(
    "text",
    ["", "garbage", "Pn, 29 paX 2007 21:13:00 +0100", "Wed, 15 Dec 2010    59:10 -0500", "x" * 500],
)
def test_unparsable_gives_no_date_and_a_reason(text):
    result = parse_datetime(text)
    assert result.value is None and result.note


def test_user_datetime_refuses_uncertain_and_garbage():
    with pytest.raises(UsageError):
        parse_user_datetime("morgen ofzo")
    with pytest.raises(UsageError, match="offset"):
        parse_user_datetime("1 Sep 2023 23:59 XYZ")


@given(st.text(max_size=80))
def test_any_string_gives_aware_datetime_or_reason(text):
    result = parse_datetime(text)
    if result.value is None:
        assert result.note
    else:
        assert result.value.utcoffset() is not None


ZONES = st.sampled_from([UTC, BRUSSELS, dt.timezone(dt.timedelta(hours=-5))])


@given(
    st.datetimes(
        min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=ZONES
    )
)
def test_round_trip_of_formatted_datetimes(value):
    value = value.replace(microsecond=0)
    for text in (value.isoformat(), value.strftime("%a, %d %b %Y %H:%M:%S %z")):
        parsed = parse_datetime(text).value
        assert parsed.astimezone(UTC) == value.astimezone(UTC), text  # PEP 495: compare instants


def test_durations():
    assert format_duration(7) == "7 s"
    assert format_duration(41 * 60) == "41 min"
    assert format_duration(86400 + 2 * 3600 + 60) == "1 d 2 u 1 min"
    assert format_duration(3600, "en") == "1 h"
