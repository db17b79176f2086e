"""Issue 15, "on time without proof": the arrival of an e-mail is what the receiving server
stamped, read strictly; anything less is uncertain and never on time."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dawcheck.checks import arrival as arrival_check
from dawcheck.dates import BRUSSELS, call_launch
from dawcheck.i18n import note_text
from dawcheck.messages import worded
from dawcheck.sources.mail import (
    CLOCK_SKEW,
    decide_arrival,
    host_matches,
    parse_mail,
    received_time,
)
from dawcheck.sources.mbox import from_line_date, iter_mbox
from dawcheck.sources.model import Arrival
from helpers import make_eml, make_mbox, received_line

NOW = dt.datetime(2023, 9, 10, 12, 0, tzinfo=BRUSSELS)


def check_arrival(arrival, addendum, now):
    """The arrival finding with its Dutch message, as the report carries it."""
    return worded(arrival_check.check_arrival(arrival, addendum, now), "nl")


ON_TIME = "Fri, 01 Sep 2023 23:00:00 +0200"


@pytest.fixture(scope="module")
def launch(addendum):
    return call_launch(addendum)


def _never_on_time(arrival: Arrival, addendum) -> None:
    """The rule of this file: an arrival without proof is a warning, never a pass."""
    result = check_arrival(arrival, addendum, NOW)
    assert result.status != "pass", result.message
    if result.status == "warn":
        assert "onzeker" in result.message or arrival.source not in ("cli", "received-header")


def test_the_launch_comes_from_the_addendum_timeline(launch):
    assert launch == dt.datetime(2023, 6, 23, tzinfo=BRUSSELS)


@pytest.mark.parametrize(
    "stamp",
    [
        "09/02/2023 00:30:00 +0200",  # the issue's: month-first, read day-first
        "02/09/2023 00:30:00 +0200",
        "08/09/2023 23:00:00 +0200",
        "9/1/2023 23:00:00 +0200",
        "09-01-2023 23:59 +0200",
        "01.09.2023 23:59:00 +0200",
    ],
)
def test_numeric_received_date_is_never_a_guess(stamp, addendum):
    value, uncertain, note = received_time(received_line(stamp))
    assert value is None and uncertain and "dag/maand of maand/dag" in note
    arrival = decide_arrival([received_line(stamp)], ON_TIME, now=NOW)
    assert arrival.uncertain
    _never_on_time(arrival, addendum)


def test_numeric_received_date_with_one_reading_is_still_uncertain(addendum):
    value, uncertain, _ = received_time(received_line("31/08/2023 23:00:00 +0200"))
    assert value == dt.datetime(2023, 8, 31, 23, tzinfo=BRUSSELS) and uncertain
    _never_on_time(
        decide_arrival([received_line("08/31/2023 23:00 +0200")], None, now=NOW), addendum
    )


@pytest.mark.parametrize(
    "stamp",
    [
        "Mon, 01 Jan 0001 00:00:00 +0000",  # the issue's: became 2001
        "01 Jan 0001 00:00:00 +0000",
        "Fri, 01 Sep 0023 23:00:00 +0200",
        "Fri, 01 Sep 1023 23:00:00 +0200",
    ],
)
def test_a_four_digit_year_is_that_year(stamp, addendum, launch):
    value, _, _ = received_time(received_line(stamp))
    assert value is not None and value.year < 1990
    arrival = decide_arrival([received_line(stamp)], ON_TIME, now=NOW, not_before=launch)
    assert arrival.uncertain and "onwaarschijnlijke Received-datum" in arrival.note
    _never_on_time(arrival, addendum)


@pytest.mark.parametrize(
    ("stamp", "reason"),
    [
        ("23:59:00 +0200", "uur zonder datum"),
        ("Fri, 23:00:00 +0200", "uur zonder datum"),
        ("Fri, 1 Sep 23:59:00 +0200", "zonder jaar"),
        ("1 Sep 23:59 CEST", "zonder jaar"),
        ("Fri, 1 Sep 2023", "zonder uur"),
        ("31/08 23:59 +0200", "zonder jaar"),
    ],
)
def test_no_default_year_or_date(stamp, reason, addendum):
    value, uncertain, note = received_time(received_line(stamp))
    assert value is None and uncertain and reason in note
    arrival = decide_arrival([received_line(stamp)], ON_TIME, now=NOW)
    _never_on_time(arrival, addendum)


@pytest.mark.parametrize(
    "header",
    [
        # the issue's: a date in the HELO part of a Received header without ';'
        "from a by mx-in.haviland.be with SMTP id 12 Fri, 01 Sep 2023 21:00:00 +0000",
        "from [198.51.100.7] (helo=Fri, 01 Sep 2023 21:00:00 +0000) by mx-in.haviland.be",
        # a ';' inside the sender's part, but the real stamp missing at the end
        "from x (helo=a;Fri, 01 Sep 2023 21:00:00 +0000) by mx-in.haviland.be with ESMTP;",
    ],
)
def test_only_the_part_after_the_last_semicolon_counts(header, addendum):
    value, uncertain, _ = received_time(header)
    assert value is None and uncertain
    _never_on_time(decide_arrival([header], ON_TIME, now=NOW), addendum)


def test_the_stamp_after_the_last_semicolon_wins_over_earlier_dates():
    header = (
        "from x (helo=Fri, 01 Sep 2023 21:00:00 +0000; x) by mx-in.haviland.be "
        "with ESMTPS id 1; Sat, 02 Sep 2023 00:10:00 +0200"
    )
    value, uncertain, _ = received_time(header)
    assert value == dt.datetime(2023, 9, 2, 0, 10, tzinfo=BRUSSELS) and not uncertain


@pytest.mark.parametrize(
    ("host", "trusted", "matches"),
    [
        ("mx-in.haviland.be", "mx-in.haviland.be", True),
        ("MX-IN.Haviland.BE.", "mx-in.haviland.be", True),
        ("mx-in.haviland.be", "haviland.be", True),
        ("a.b.haviland.be", ".haviland.be", True),
        ("mx-in.haviland.be.evil.example", "mx-in.haviland.be", False),  # the issue's
        ("evilmx-in.haviland.be", "mx-in.haviland.be", False),
        ("nothaviland.be", "haviland.be", False),
        ("haviland.be.evil.example", "haviland.be", False),
        ("haviland.be", "mx-in.haviland.be", False),
        ("mx-in.haviland.be", "", False),
    ],
)
def test_trust_host_is_exact_or_a_dot_bounded_suffix(host, trusted, matches):
    assert host_matches(host, trusted) is matches


def test_trust_host_is_not_fooled_by_a_lookalike_or_a_comment(addendum):
    forged = [
        received_line("Mon, 04 Sep 2023 08:00:00 +0200", "mx.forwarder.example"),
        received_line(ON_TIME, "mx-in.haviland.be.evil.example"),
        "from evil (by mx-in.haviland.be) by relay.evil.example; " + ON_TIME,
    ]
    arrival = decide_arrival(forged, None, now=NOW, trust_host="mx-in.haviland.be")
    assert arrival.uncertain and "geen Received-header van mx-in.haviland.be" in arrival.note
    assert arrival.at == dt.datetime(2023, 9, 4, 8, tzinfo=BRUSSELS)  # the top one, flagged
    _never_on_time(arrival, addendum)
    honest = [*forged, received_line(ON_TIME, "MX-IN.haviland.be.")]
    trusted = decide_arrival(honest, None, now=NOW, trust_host="mx-in.haviland.be")
    assert trusted.at == dt.datetime(2023, 9, 1, 23, tzinfo=BRUSSELS)


@pytest.mark.parametrize(
    ("top", "lower", "flagged"),
    [
        ("Fri, 01 Sep 2023 23:50:00 +0200", "Sat, 02 Sep 2023 00:30:00 +0200", True),  # issue
        ("Fri, 01 Sep 2023 21:50:00 +0000", "Fri, 01 Sep 2023 23:59:00 +0200", False),  # 9 min
        ("Fri, 01 Sep 2023 23:00:00 +0200", "Fri, 01 Sep 2023 23:20:00 +0200", True),
        ("Fri, 01 Sep 2023 23:00:00 +0200", "Fri, 01 Sep 2023 22:59:00 +0200", False),
    ],
)
def test_hops_going_back_in_time_are_flagged(top, lower, flagged, addendum):
    headers = [received_line(top), received_line(lower, "relay.org.example.org")]
    arrival = decide_arrival(headers, None, now=NOW)
    assert arrival.uncertain is flagged, arrival.note
    assert ("niet in volgorde" in arrival.note) is flagged
    if flagged:
        _never_on_time(arrival, addendum)


def test_a_hop_above_the_trusted_one_stamped_earlier_is_flagged():
    headers = [
        received_line("Fri, 01 Sep 2023 22:00:00 +0200", "mailbox.haviland.be"),
        received_line("Fri, 01 Sep 2023 23:30:00 +0200", "mx-in.haviland.be"),
    ]
    arrival = decide_arrival(headers, None, now=NOW, trust_host="mx-in.haviland.be")
    assert arrival.uncertain and "niet in volgorde" in arrival.note


def test_a_long_transit_is_noted_but_not_doubted():
    headers = [
        received_line("Fri, 01 Sep 2023 23:00:00 +0200"),
        received_line("Mon, 28 Aug 2023 09:00:00 +0200", "relay.org.example.org"),
    ]
    arrival = decide_arrival(headers, None, now=NOW)
    assert not arrival.uncertain and "110 uur onderweg" in arrival.note
    assert note_text(arrival.note, "en") == "message 110 hours in transit"


@pytest.mark.parametrize(
    ("stamp", "why"),
    [
        ("Thu, 22 Jun 2023 23:59:00 +0200", "voor de lancering"),  # the day before the launch
        ("Mon, 02 Jan 2023 10:00:00 +0100", "voor de lancering"),
        ("Sun, 10 Sep 2023 12:11:00 +0200", "na het moment van controle"),  # now + 11 min
        ("Mon, 30 Jun 3609 15:33:50 +0600", "na het moment van controle"),
    ],
)
def test_before_the_launch_or_after_now_is_implausible(stamp, why, addendum, launch):
    arrival = decide_arrival([received_line(stamp)], ON_TIME, now=NOW, not_before=launch)
    assert arrival.uncertain and why in arrival.note
    _never_on_time(arrival, addendum)
    assert "implausible Received date" in note_text(arrival.note, "en")


def test_within_the_clock_skew_and_after_the_launch_is_plausible(launch):
    for when in (NOW + CLOCK_SKEW - dt.timedelta(seconds=1), launch):
        stamp = when.strftime("%a, %d %b %Y %H:%M:%S %z")
        arrival = decide_arrival([received_line(stamp)], None, now=NOW, not_before=launch)
        assert arrival.at == when and not arrival.uncertain, arrival.note
    beyond = (NOW + CLOCK_SKEW + dt.timedelta(seconds=1)).strftime("%a, %d %b %Y %H:%M:%S %z")
    assert decide_arrival([received_line(beyond)], None, now=NOW).uncertain


def test_implausible_date_header_and_fallback(addendum, launch):
    early = decide_arrival([], "Mon, 01 May 2023 10:00:00 +0200", now=NOW, not_before=launch)
    assert early.at is None and early.uncertain and "voor de lancering" in early.note
    _never_on_time(early, addendum)
    mbox = Arrival(dt.datetime(2024, 1, 1, tzinfo=BRUSSELS), "mbox-from-line", True, "")
    late = decide_arrival([], None, now=NOW, fallback=mbox, not_before=launch)
    assert late.at is None and "onwaarschijnlijke mbox-from-line-tijd" in late.note


def test_a_failed_received_header_makes_weaker_sources_uncertain(addendum):
    arrival = decide_arrival(
        [received_line("Fri, 1 Sep 23:59:00 +0200")], "Fri, 01 Sep 2023 20:00:00 +0200", now=NOW
    )
    assert arrival.source == "date-header" and arrival.uncertain
    _never_on_time(arrival, addendum)


def test_uncertain_unknown_arrival_is_not_called_not_yet_sent(addendum):
    before = dt.datetime(2023, 9, 1, 12, 0, tzinfo=BRUSSELS)
    result = check_arrival(
        Arrival(None, "none", True, "Received-header zonder datum"), addendum, before
    )
    assert result.status == "warn" and "onzeker" in result.message


def test_parse_mail_threads_not_before(addendum, launch):
    raw = make_eml(received=[received_line("Thu, 01 Jun 2023 10:00:00 +0200")], date=None)
    assert not parse_mail(raw, now=NOW).arrival.uncertain  # no launch known: only 1990
    arrival = parse_mail(raw, now=NOW, not_before=launch).arrival
    assert arrival.uncertain and "voor de lancering van de oproep (2023-06-23)" in arrival.note
    _never_on_time(arrival, addendum)


@given(
    st.datetimes(
        min_value=dt.datetime(2023, 6, 23),
        max_value=dt.datetime(2023, 9, 10, 11, 59),
        timezones=st.just(BRUSSELS),
    )
)
def test_any_plausible_rfc_stamp_is_the_arrival(when):
    when = when.replace(microsecond=0)
    stamp = when.strftime("%a, %d %b %Y %H:%M:%S %z")
    arrival = decide_arrival([received_line(stamp)], None, now=NOW, not_before=LAUNCH)
    assert arrival.at == when and not arrival.uncertain


LAUNCH = dt.datetime(2023, 6, 23, tzinfo=BRUSSELS)


@given(
    st.one_of(
        st.datetimes(max_value=dt.datetime(2023, 6, 22, 23, 59), timezones=st.just(dt.UTC)),
        st.datetimes(min_value=dt.datetime(2023, 9, 10, 10, 11), timezones=st.just(dt.UTC)),
    ).filter(lambda v: v.year >= 2)
)
def test_no_stamp_outside_the_window_is_ever_certain(when):
    stamp = when.strftime("%d %b ") + f"{when.year:04d}" + when.strftime(" %H:%M:%S +0000")
    arrival = decide_arrival([received_line(stamp)], ON_TIME, now=NOW, not_before=LAUNCH)
    assert arrival.uncertain


# --- mbox From_ lines -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected", "uncertain"),
    [
        ("From ann@org.example Fri Sep  1 23:59:00 2023", "2023-09-01T23:59:00+02:00", True),
        ("From - Fri Sep 01 23:59:00 2023", "2023-09-01T23:59:00+02:00", True),
        ("From 1@x Fri Sep 01 21:59:00 +0000 2023", "2023-09-01T21:59:00+00:00", False),
        ("From ann@org.example Fri Sep  1 23:59:00 CEST 2023", "2023-09-01T23:59:00+02:00", False),
        ("From ann@org.example Fri Sep  1 23:59:00", None, True),  # no year
        ("From ann@org.example Fri Sep  1 2023", None, True),  # no time
        ("From ann@org.example 09/02/2023 00:30:00", None, True),
        ("From ann@org.example", None, True),
    ],
)
def test_mbox_from_line_dates_are_strict(line, expected, uncertain):
    found = from_line_date(line)
    if expected is None:
        assert found.at is None and found.note.startswith("From_-regel")
    else:
        assert found.at == dt.datetime.fromisoformat(expected)
        assert found.at.utcoffset() == dt.datetime.fromisoformat(expected).utcoffset()
    assert found.uncertain is uncertain


def test_mbox_messages_carry_an_aware_fallback(tmp_path):
    box = tmp_path / "box.mbox"
    box.write_bytes(
        make_mbox(
            [
                ("From 1@x Fri Sep 01 21:59:00 +0000 2023", make_eml(date=None)),
                ("From ann@org.example Fri Sep  1 23:59:00", make_eml(date=None)),
            ]
        )
    )
    first, second = list(iter_mbox(box))
    arrival = first.arrival()
    assert arrival is not None and arrival.at == dt.datetime(2023, 9, 1, 21, 59, tzinfo=dt.UTC)
    assert not arrival.uncertain and first.delivered == dt.datetime(2023, 9, 1, 23, 59)
    assert second.arrival() is None and second.delivered is None and "zonder jaar" in second.note
