"""The HTML report in a real headless Chromium, opened from disk as a person would open it.

Screenshots (and a printed PDF) of the realistic intake mailbox are kept for a person to look at
in test-artifacts/ at the repository root (DAWCHECK_ARTIFACTS overrides; gitignored): the whole
page in Dutch and English, the page filtered to "opvolgen", the coverage heatmap, the printed
report. Skipped when chromium is not installed, except in CI (CI=true), where .ci/run installs it
and a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chromium import Chromium, executable
from conftest import REPO
from dawcheck.cli import app
from hostile_mail import hostile_inbox
from intake_fixture import write_mbox

ARTIFACTS = Path(os.environ.get("DAWCHECK_ARTIFACTS", REPO / "test-artifacts"))
NOW = ["--now", "2023-09-04 09:00", "-q"]
VISIBLE = "(el => el.getClientRects().length > 0)"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    exe = executable()
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run must install it (apt-get install)")
        pytest.skip("chromium not installed (apt-get install chromium)")
    with Chromium(exe, tmp_path_factory.mktemp("chromium-profile")) as chromium:
        yield chromium


@pytest.fixture(scope="module")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def _report(folder: Path, inputs: Path, lang: str) -> tuple[Path, dict]:
    html, data = folder / f"intake-{lang}.html", folder / f"intake-{lang}.json"
    args = ["inbox", str(inputs), *NOW, "--lang", lang, "--format", "json", "-o", str(data)]
    result = CliRunner().invoke(app, [*args, "--html", str(html)])
    assert result.exit_code in (0, 1), result.output
    return html, json.loads(data.read_text("utf-8"))


@pytest.fixture(scope="module")
def intake(tmp_path_factory):
    folder = tmp_path_factory.mktemp("intake")
    return folder, write_mbox(folder)


@pytest.fixture(scope="module")
def dutch(intake):
    return _report(intake[0], intake[1], "nl")


def _visible(page, selector: str) -> list[str]:
    """data-outcome of the visible elements matching selector."""
    return page.evaluate(
        f"[...document.querySelectorAll({json.dumps(selector)})].filter({VISIBLE})"
        ".map(el => el.dataset.outcome)"
    )


def test_report_opens_from_disk_with_no_network(browser, dutch, artifacts):
    html, report = dutch
    page = browser.open(html.as_uri())
    assert page.requests() == [html.as_uri()]  # nothing else: no font, no script, no image
    assert not [line for line in page.log() if "Content Security Policy" in line]
    assert page.evaluate("document.documentElement.lang") == "nl"
    assert page.evaluate("document.scripts.length") == 0
    summary = page.evaluate(
        "Object.fromEntries([...document.querySelectorAll('#summary tr')]"
        ".map(tr => [tr.dataset.key, Number(tr.cells[0].textContent)]))"
    )
    assert summary["messages"] == report["summary"]["messages"] == 19
    for outcome, count in report["summary"]["outcomes"].items():
        assert summary[outcome] == count
    assert len(_visible(page, "#submissions tbody tr")) == 19
    heat_columns = page.evaluate("document.querySelectorAll('#coverage th.rot').length")
    a = report["addendum"]
    assert heat_columns == len(a["challenges"]) + len(a["services"]) + len(a["attention"])
    # what a person sees: Dutch words and local times, rendered
    text = page.evaluate("document.body.innerText")
    assert "Werkingsgebied in naam" in text and "za 2 sep 2023 00:12:03" in text
    assert "Haal het voorstel op via de link (we.tl) en bewaar het." in text
    shot = page.screenshot(artifacts / "intake-nl.png")
    page.screenshot_of("#coverage", artifacts / "intake-nl-coverage.png")
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 50_000


def test_filters_by_outcome_work_with_a_click(browser, dutch, artifacts):
    html, report = dutch
    page = browser.open(html.as_uri())
    outcomes = {s["id"]: s["outcome"] for s in report["submissions"]}
    everything = sorted(outcomes.values())
    assert sorted(_visible(page, "#submissions tbody tr")) == everything
    page.click("label[for=show-not-a-submission]")
    page.click("label[for=show-valid]")
    shown = _visible(page, "#submissions tbody tr")
    assert sorted(shown) == sorted(o for o in everything if o in ("late", "follow-up"))
    assert set(_visible(page, "article.sub")) == {"late", "follow-up"}  # the details too
    assert set(_visible(page, "#coverage tbody tr")) <= {"late", "follow-up"}
    page.click("label[for=show-late]")  # only what needs follow-up is left
    assert set(_visible(page, "#submissions tbody tr")) == {"follow-up"}
    assert (
        len(_visible(page, "#submissions tbody tr")) == report["summary"]["outcomes"]["follow-up"]
    )
    page.screenshot(artifacts / "intake-nl-filtered-follow-up.png")
    for outcome in ("not-a-submission", "valid", "late"):  # and back
        page.click(f"label[for=show-{outcome}]")
    assert sorted(_visible(page, "#submissions tbody tr")) == everything


def test_print_stylesheet(browser, dutch, artifacts):
    html, _ = dutch
    page = browser.open(html.as_uri())
    hint = "getComputedStyle(document.querySelector('.filters .hint')).display"
    assert page.evaluate(hint) != "none"
    page.send("Emulation.setEmulatedMedia", {"media": "print"})
    assert page.evaluate(hint) == "none"
    assert page.evaluate("getComputedStyle(document.querySelector('thead th')).position") == (
        "static"
    )
    import base64

    pdf = base64.b64decode(
        page.send("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})["data"]
    )
    assert pdf.startswith(b"%PDF")
    (artifacts / "intake-nl-print.pdf").write_bytes(pdf)


def test_english_report(browser, intake, artifacts):
    html, report = _report(intake[0], intake[1], "en")
    page = browser.open(html.as_uri())
    text = page.evaluate("document.body.innerText")
    for words in ("Summary", "Legend", "To follow up", "Region in file name", "Sat 2 Sep 2023"):
        assert words in text, words
    assert "Samenvatting" not in text
    page.screenshot(artifacts / "intake-en.png", full_page=False)  # the first 2000 pixels


def test_hostile_names_stay_text_in_the_browser(browser, tmp_path, artifacts):
    html, report = _report(tmp_path, hostile_inbox(tmp_path / "in"), "nl")
    page = browser.open(html.as_uri())
    assert page.evaluate("document.title") != "pwned"
    assert page.evaluate("document.images.length + document.scripts.length") == 0
    assert page.requests() == [html.as_uri()]
    assert not [e for e in browser.events if e.get("method") == "Page.javascriptDialogOpening"]
    text = page.evaluate("document.body.innerText")
    assert "<script>document.title='pwned'</script><U+0007>_DAW+.pdf" in text
    assert "<img src=x onerror=" in text
    page.screenshot(artifacts / "hostile-nl.png")
