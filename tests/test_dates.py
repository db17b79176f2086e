"""The one date parser: what people type (typed policy) and what mail servers write (machine)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dawcheck.date_notes import MONTHS, DateCode, DateNote, date_notes_in_english
from dawcheck.dates import (
    BRUSSELS,
    TypedContext,
    format_duration,
    parse_datetime,
    parse_machine,
    parse_typed,
    parse_user_datetime,
    read_option,
)
from dawcheck.errors import UsageError

UTC = dt.UTC
NOW = dt.datetime(2023, 9, 2, 10, 0, tzinfo=BRUSSELS)  # the Saturday after the deadline
CALL = TypedContext(BRUSSELS, now=NOW, default_year=2023)
C = DateCode

# Typed forms and the instant each must give (ISO 8601 with offset), or the code of its refusal.
# A third element names a note the result must carry.
TYPED: list[tuple[str, str | DateCode] | tuple[str, str | DateCode, DateCode]] = [
    # year first: never day-first, whatever the day
    ("2023-09-01 23:59", "2023-09-01T23:59:00+02:00"),
    ("2023-09-02 00:30 CEST", "2023-09-02T00:30:00+02:00"),  # issue 11: was 8 February
    ("2023-09-02 00:30 CET", "2023-09-02T00:30:00+01:00", C.ZONE_SEASON),
    ("2023-09-01 21:59 UTC", "2023-09-01T21:59:00+00:00"),
    ("2023-09-01T21:59:00Z", "2023-09-01T21:59:00+00:00"),
    ("2023-09-01 23:59 +02:00", "2023-09-01T23:59:00+02:00"),
    ("2023-09-01 23:59 GMT+2", "2023-09-01T23:59:00+02:00"),  # not POSIX-inverted
    ("2023-09-01 23:59 GMT +0200", "2023-09-01T23:59:00+02:00"),  # the stdlib reads UTC
    ("2023-09-01 17:59 -04:00", "2023-09-01T17:59:00-04:00"),
    ("2023-02-09 12:00", "2023-02-09T12:00:00+01:00"),  # day <= 12, winter
    ("2023-09-13 12:00", "2023-09-13T12:00:00+02:00"),  # day > 12
    ("2023-01-12 08:00 CET", "2023-01-12T08:00:00+01:00"),
    ("2023/09/02 00:30", "2023-09-02T00:30:00+02:00"),
    ("2023.09.02 00:30", "2023-09-02T00:30:00+02:00"),
    ("2023-9-2 0:30", "2023-09-02T00:30:00+02:00"),
    ("2023-13-01 10:00", C.IMPOSSIBLE_MONTH),  # issue 11: was 13 January
    ("2023-13-01", C.IMPOSSIBLE_MONTH),
    ("2023-02-29 10:00", C.IMPOSSIBLE_DATE),
    ("2024-02-29 10:00", "2024-02-29T10:00:00+01:00"),
    ("2023-09-01 23:59 Europe/Brussels", "2023-09-01T23:59:00+02:00"),
    # day first, as in Belgium; dots, dashes, slashes; two-digit years
    ("01/09/2023 23:59", "2023-09-01T23:59:00+02:00"),
    ("1-9-2023 23:59", "2023-09-01T23:59:00+02:00"),
    ("1.9.2023 23:59", "2023-09-01T23:59:00+02:00"),
    ("01.09.23 23:59", "2023-09-01T23:59:00+02:00"),
    ("1/9/23 23u59", "2023-09-01T23:59:00+02:00"),
    ("13/09/2023 10:00", "2023-09-13T10:00:00+02:00"),
    ("09/13/2023 10:00", C.IMPOSSIBLE_MONTH),  # month-first is refused, not guessed
    ("31/09/2023 10:00", C.IMPOSSIBLE_DATE),
    # month names, Dutch and English, abbreviations; weekday prefixes (checked)
    ("1 september 2023 om 23u59", "2023-09-01T23:59:00+02:00"),
    ("1 sept 2023 23:59", "2023-09-01T23:59:00+02:00"),
    ("1 sept. 2023 23.59 uur", "2023-09-01T23:59:00+02:00"),
    ("vr 1 sep 2023 23:58", "2023-09-01T23:58:00+02:00"),
    ("vrijdag 1 september 2023 om 0u05", "2023-09-01T00:05:00+02:00"),
    ("ma 1 sep 2023 10:00", C.WEEKDAY_MISMATCH),
    ("Fri, 01 Sep 2023 21:59:00 +0000", "2023-09-01T21:59:00+00:00"),
    ("Friday 1 September 2023 11:59 pm", "2023-09-01T23:59:00+02:00"),
    ("Sep 1, 2023 11:59 PM", "2023-09-01T23:59:00+02:00"),
    ("September 1st, 2023 at 12 am", "2023-09-01T00:00:00+02:00"),
    ("1st of September 2023 12 p.m.", "2023-09-01T12:00:00+02:00"),
    ("15 mrt 2023 9u", "2023-03-15T09:00:00+01:00"),
    ("15 maart 2023 09:00", "2023-03-15T09:00:00+01:00"),
    ("3 okt 2023 14u30", "2023-10-03T14:30:00+02:00"),
    ("3 oct 2023 2:30 pm", "2023-10-03T14:30:00+02:00"),
    ("1 mei 2023 om 9 uur", "2023-05-01T09:00:00+02:00"),
    # no year: the call's year, and it says so (issue 11: was the current year)
    ("31/08 om 22u", "2023-08-31T22:00:00+02:00", C.YEAR_FROM_CALL),
    ("1 sept 23:59", "2023-09-01T23:59:00+02:00", C.YEAR_FROM_CALL),
    ("31-08 23.59 uur", "2023-08-31T23:59:00+02:00", C.YEAR_FROM_CALL),
    # relative words, counted from `now`
    ("gisteren om 22u", "2023-09-01T22:00:00+02:00", C.RELATIVE),
    ("gisteren 23.59 uur", "2023-09-01T23:59:00+02:00", C.RELATIVE),
    ("eergisteren 12:00", "2023-08-31T12:00:00+02:00", C.RELATIVE),
    ("yesterday 11:59 pm", "2023-09-01T23:59:00+02:00", C.RELATIVE),
    ("vandaag 9u", "2023-09-02T09:00:00+02:00", C.RELATIVE),
    ("morgen om 10:00", "2023-09-03T10:00:00+02:00", C.RELATIVE),
    ("tomorrow 10 am", "2023-09-03T10:00:00+02:00", C.RELATIVE),
    ("nu", "2023-09-02T10:00:00+02:00"),
    ("now", "2023-09-02T10:00:00+02:00"),
    # the deadline's edge and midnight
    ("2023-09-01 23:59:59.999", "2023-09-01T23:59:59.999000+02:00"),
    ("2023-09-01 23:59:59,5", "2023-09-01T23:59:59.500000+02:00"),
    ("2023-09-02 00:00", "2023-09-02T00:00:00+02:00"),
    ("1 september 2023 om 24u", "2023-09-02T00:00:00+02:00"),
    ("middernacht", C.MIDNIGHT),
    # daylight saving time: a skipped hour is refused, a repeated one is uncertain
    ("2023-03-26 02:30", C.NONEXISTENT_LOCAL),
    ("2023-03-26 01:59", "2023-03-26T01:59:00+01:00"),
    ("2023-03-26 03:00", "2023-03-26T03:00:00+02:00"),
    ("2023-10-29 02:30", "2023-10-29T02:30:00+01:00", C.AMBIGUOUS_LOCAL),
    ("2023-10-29 02:30 CEST", "2023-10-29T02:30:00+02:00"),
    ("2023-10-29 03:00", "2023-10-29T03:00:00+01:00"),
    # refusals
    ("25:00 1/9/2023", C.IMPOSSIBLE_TIME),
    ("1/9/2023 23:60", C.IMPOSSIBLE_TIME),
    ("1/9/2023 13 pm", C.IMPOSSIBLE_TIME),
    ("gisteren rond de middag", C.NOT_UNDERSTOOD),
    ("23:59", C.NO_DATE),
    ("", C.EMPTY),
    ("0001-01-01 00:00", C.YEAR_OUT_OF_RANGE),
    ("2023-09-01 23:59 +9999", C.BAD_OFFSET),
    ("2023-09-01 23:59 CEST +0100", C.ZONE_CONFLICT),
    ("sept 2023 10:00", C.NOT_UNDERSTOOD),
    ("x" * 500, C.TOO_LONG),
]


def _id(row: tuple[object, ...]) -> str:
    return str(row[0])[:40] or "empty"


def test_table_is_large_enough():
    assert len(TYPED) >= 40


@pytest.mark.parametrize("row", TYPED, ids=[_id(r) for r in TYPED])
def test_typed_forms(row):
    text, expected = row[0], row[1]
    result = parse_typed(text, CALL)
    if isinstance(expected, DateCode):
        assert result.value is None, result.value
        assert result.refusal is not None and result.refusal.code == expected, result.notes
        return
    assert result.value is not None, result.notes
    assert result.value == dt.datetime.fromisoformat(expected)  # aware: compares instants
    assert result.value.utcoffset() == dt.datetime.fromisoformat(expected).utcoffset()
    if len(row) == 3:
        assert result.has(row[2]), result.notes
    assert result.uncertain == result.has(C.AMBIGUOUS_LOCAL)


def test_no_year_without_a_call_is_refused():
    assert parse_typed("31/08 om 22u").refusal == DateNote(C.NO_YEAR)


def test_relative_words_need_a_now():
    refusal = parse_typed("gisteren 22u", TypedContext(default_year=2023)).refusal
    assert refusal is not None and refusal.code == C.RELATIVE_WITHOUT_NOW


def test_relative_words_count_in_the_calls_zone():
    # 23:30 UTC on 1 September is already 2 September in Brussels: 'vandaag' is the 2nd
    now = dt.datetime(2023, 9, 1, 23, 30, tzinfo=UTC)
    result = parse_typed("vandaag 00:10", TypedContext(BRUSSELS, now=now, default_year=2023))
    assert result.value == dt.datetime(2023, 9, 2, 0, 10, tzinfo=BRUSSELS)


def test_date_without_time_is_start_of_day_and_flagged():
    result = parse_typed("1 sept", CALL)
    assert result.value == dt.datetime(2023, 9, 1, tzinfo=BRUSSELS)
    assert not result.has_time and result.has(C.DATE_ONLY) and result.has(C.YEAR_FROM_CALL)


def test_unknown_zone_is_uncertain():
    result = parse_typed("1 Sep 2023 23:59 XYZ", CALL)
    assert result.uncertain and result.has(C.UNKNOWN_ZONE)
    assert "XYZ" in result.note


# --- refusals worded for people -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "nl", "en"),
    [
        ("2023-13-01 10:00", "maand 13 bestaat niet", "there is no month 13"),
        ("31/09/2023 10:00", "31 september 2023 bestaat niet", "31 September 2023 does not exist"),
        ("gisteren rond de middag", "'rond' niet begrepen", "'rond' not understood"),
        ("ma 1 sep 2023 10:00", "is een vrijdag, geen 'ma'", "is a Friday, not 'ma'"),
        ("23:59", "een uur zonder datum", "a time without a date"),
        (
            "2023-03-26 02:30",
            "bestaat niet in Europe/Brussels",
            "does not exist in Europe/Brussels",
        ),
    ],
)
def test_refusal_names_input_reason_and_examples(text, nl, en):
    for lang, reason, works in (
        (nl and "nl", nl, "Zo lukt het wel"),
        ("en", en, "Forms that work"),
    ):
        with pytest.raises(UsageError) as caught:
            read_option("--received", text, CALL, lang)
        message = str(caught.value)
        assert message.startswith(f"--received '{text}': ")
        assert reason in message and works in message
        assert "'1/9/2023 23:59'" in message and "Error" not in message  # no class names


def test_received_needs_a_time_now_does_not():
    with pytest.raises(UsageError, match="een datum zonder uur; geef ook het uur"):
        read_option("--received", "gisteren", CALL, need_time=True)
    assert read_option("--now", "gisteren", CALL).at == dt.datetime(2023, 9, 1, tzinfo=BRUSSELS)


def test_option_refuses_uncertain_values_with_a_hint():
    with pytest.raises(UsageError, match=r"offset zoals \+02:00"):
        read_option("--now", "2023-10-29 02:30", CALL)
    with pytest.raises(UsageError, match=r"offset such as \+02:00"):
        read_option("--now", "1 Sep 2023 23:59 XYZ", CALL, "en")


def test_option_tells_what_it_assumed():
    moment = read_option("--received", "31/08 om 22u", CALL, need_time=True)
    assert moment.told() == "jaar 2023 aangenomen (het jaar van de oproep)"
    assert moment.told("en") == "year 2023 assumed (the call's year)"
    assert read_option("--received", "2023-08-31 22:00", CALL).told() == ""


def test_compatibility_paths():
    assert parse_datetime("2023-09-01T10:00").value == dt.datetime(2023, 9, 1, 10, tzinfo=BRUSSELS)
    assert parse_user_datetime("1/9/2023 23:59") == dt.datetime(2023, 9, 1, 23, 59, tzinfo=BRUSSELS)
    with pytest.raises(UsageError):
        parse_user_datetime("morgen ofzo")


@pytest.mark.parametrize("code", list(DateCode))
def test_every_note_is_worded_in_both_languages_and_back(code):
    note = DateNote.of(
        code,
        part="09/02/2023",
        word="gisteren",
        month=9,
        day=31,
        year=2023,
        time="25:00",
        offset="+9999",
        first="2023-02-09",
        second="2023-09-02",
        date="2023-09-01",
        written="ma",
        actual=4,
        local="2023-03-26 02:30",
        zone="XYZ",
        given="CET",
    )
    nl, en = note.text("nl"), note.text("en")
    assert nl and en and "{" not in nl + en
    if code != DateCode.EMPTY:
        assert date_notes_in_english(f"Received-datum onleesbaar ({nl})") == (
            f"Received-datum onleesbaar ({en})"
        )


# --- machine-written dates: strict ---------------------------------------------------------

MACHINE: list[tuple[str, str | DateCode, bool]] = [
    ("Fri, 01 Sep 2023 21:59:00 +0000", "2023-09-01T21:59:00+00:00", False),
    ("Fri, 1 Sep 2023 23:59:00 +0200 (CEST)", "2023-09-01T23:59:00+02:00", False),
    ("1 Sep 2023 21:59:00 -0000", "2023-09-01T21:59:00+00:00", False),
    ("Fri, 01 Sep 2023 23:59:00 GMT +0200", "2023-09-01T23:59:00+02:00", False),
    ("Fri, 1 Sep 2023 23:59:00 CEST", "2023-09-01T23:59:00+02:00", False),
    ("Fri, 1 Sep 23 23:59:00 +0200", "2023-09-01T23:59:00+02:00", False),  # RFC obs-year
    ("Fri Sep  1 23:59:00 2023", "2023-09-01T23:59:00+02:00", True),  # asctime: no zone
    ("Fri Sep 1 23:59:00 CEST 2023", "2023-09-01T23:59:00+02:00", False),  # date(1)
    ("Fri Sep 01 21:59:00 +0000 2023", "2023-09-01T21:59:00+00:00", False),  # Takeout
    ("2023-09-01T21:59:00Z", "2023-09-01T21:59:00+00:00", False),
    ("2023-09-01 23:59:00 +0200", "2023-09-01T23:59:00+02:00", False),
    ("Fri, 01 Sep 2023 21:59:00 A", "2023-09-01T21:59:00+02:00", True),  # military zone
    ("Mon, 1 Sep 2023 23:59:00 +0200", "2023-09-01T23:59:00+02:00", True),  # wrong weekday
    ("25/09/2023 00:30:00 +0200", "2023-09-25T00:30:00+02:00", True),  # one reading only
    ("09/02/2023 00:30:00 +0200", C.AMBIGUOUS_ORDER, True),  # issue 15
    ("02/09/2023 00:30:00 +0200", C.AMBIGUOUS_ORDER, True),
    ("01 Jan 0001 00:00:00 +0000", "0001-01-01T00:00:00+00:00", False),  # not 2001
    ("23:59:00 +0200", C.NO_DATE, True),
    ("Fri, 1 Sep 23:59:00 +0200", C.NO_YEAR, True),
    ("Fri, 1 Sep 2023 +0200", C.NO_TIME, True),
    ("vr 1 sep 2023 23:59 +0200", C.NOT_UNDERSTOOD, True),  # no Dutch from servers
    ("gisteren 23:59 +0200", C.NOT_UNDERSTOOD, True),
    ("Pn, 29 paX 2007 21:13:00 +0100", C.NOT_UNDERSTOOD, True),
    ("Wed, 15 Dec 2010    59:10 -0500", C.IMPOSSIBLE_TIME, True),
    ("31/08 23:59 +0200", C.NO_YEAR, True),
]


@pytest.mark.parametrize(("text", "expected", "uncertain"), MACHINE, ids=[m[0] for m in MACHINE])
def test_machine_dates(text, expected, uncertain):
    result = parse_machine(text)
    if isinstance(expected, DateCode):
        assert result.value is None and result.refusal is not None
        assert result.refusal.code == expected
        return
    assert result.value == dt.datetime.fromisoformat(expected)
    assert result.uncertain is uncertain, result.notes


# --- properties -----------------------------------------------------------------------------

INSTANTS = st.datetimes(
    min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=st.just(UTC)
).map(lambda v: v.replace(microsecond=0))


def _typed_forms(local: dt.datetime, utc: dt.datetime) -> list[tuple[str, dt.datetime]]:
    """Ways people write `local` (Brussels wall time) or `utc`, and the instant each means
    (forms without seconds mean the start of that minute)."""
    month_nl = MONTHS["nl"][local.month - 1]
    offset = local.strftime("%z")
    hour12 = local.hour % 12 or 12
    ampm = "pm" if local.hour >= 12 else "am"
    minute = utc.replace(second=0)
    return (
        [
            (local.isoformat(), utc),
            (utc.isoformat().replace("+00:00", "Z"), utc),
            (f"{utc:%Y-%m-%d %H:%M:%S} UTC", utc),
            (f"{local:%d/%m/%Y %H:%M:%S} {offset[:3]}:{offset[3:]}", utc),
            (f"{local.day} {month_nl} {local.year} om {local.hour}u{local:%M} {offset}", minute),
            (f"{local:%a, %d %b %Y %H:%M:%S %z}", utc),
            (f"{local:%A} {local.day} {local:%B %Y} {hour12}:{local:%M:%S} {ampm} {offset}", utc),
            (f"{local:%Y.%m.%d} {local.hour}.{local:%M} uur {offset}", minute),
        ]
        + [  # two-digit years mean 1969..2068 (POSIX's pivot)
            (f"{local:%d-%m-%y} {local:%H:%M:%S} GMT{offset[0]}{int(offset[1:3])}", utc)
            for _ in range(1 if 1969 <= local.year <= 2068 else 0)
        ]
    )


@given(INSTANTS)
def test_any_instant_in_any_accepted_form_parses_back(utc):
    local = utc.astimezone(BRUSSELS)
    for text, expected in _typed_forms(local, utc):
        parsed = parse_typed(text, CALL)
        assert parsed.value == expected, (text, parsed.notes)
        assert not parsed.uncertain, text


@given(INSTANTS)
def test_machine_round_trip(utc):
    local = utc.astimezone(BRUSSELS)
    for text in (local.strftime("%a, %d %b %Y %H:%M:%S %z"), local.isoformat(), utc.isoformat()):
        parsed = parse_machine(text)
        assert parsed.value == utc and not parsed.uncertain, text


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.sampled_from(["-", "/", "."]),
    st.booleans(),
    st.sampled_from(["", " 12:00", "T12:00", " 12:00 CEST", " 12:00 +01:00"]),
)
def test_year_first_never_swaps_day_and_month(day, sep, pad, rest):
    fmt = f"%Y{sep}%m{sep}%d" if pad else f"{day.year}{sep}{day.month}{sep}{day.day}"
    text = (day.strftime(fmt) if pad else fmt) + rest
    for parsed in (parse_typed(text, CALL), parse_machine(text)):
        if parsed.value is not None:  # machine refuses a date without a time
            assert parsed.value.date() == day, text
    if rest == "T12:00" and sep == "-":
        assert parse_typed(text, CALL).value is not None


@given(st.integers(1, 12), st.integers(1, 12), st.integers(1990, 2100))
def test_machine_never_guesses_a_numeric_order(a, b, year):
    parsed = parse_machine(f"{a:02d}/{b:02d}/{year} 10:00:00 +0000")
    if a != b:
        assert parsed.value is None and parsed.refusal is not None
        assert parsed.refusal.code == C.AMBIGUOUS_ORDER
    else:
        assert parsed.value is not None and parsed.uncertain


@given(st.text(max_size=80))
def test_any_string_gives_aware_datetime_or_reason(text):
    for result in (parse_typed(text, CALL), parse_machine(text)):
        if result.value is None:
            assert result.refusal is not None and result.refusal.text("en")
        else:
            assert result.value.utcoffset() is not None
            result.value.astimezone(UTC)


def test_durations():
    assert format_duration(7) == "7 s"
    assert format_duration(41 * 60) == "41 min"
    assert format_duration(86400 + 2 * 3600 + 60) == "1 d 2 u 1 min"
    assert format_duration(3600, "en") == "1 h"
