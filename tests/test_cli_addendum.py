"""`dawcheck addendum`, `addendum --validate`, `timeline`, --version and help, via CliRunner."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import DATA, REPO
from dawcheck.cli import app


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(runner, flag):
    result = runner.invoke(app, [flag])
    assert result.exit_code == 0 and result.output.startswith("dawcheck ")


@pytest.mark.parametrize("command", [[], ["addendum"], ["timeline"], ["check"], ["inbox"]])
def test_every_help_works_in_dutch_by_default(runner, command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Gebruik:" in out and "Opties" in out and "Toon deze hulp en stop." in out
    for english in ("Usage", "Show this message", "Options", "[default:", "<bool>", "list[Path]"):
        assert english not in out, english


@pytest.mark.parametrize("where", ["front", "end", "env"])
def test_english_help_with_lang_anywhere_or_the_environment(runner, where):
    args = {"front": ["--lang", "en", "check", "--help"], "end": ["check", "--help", "--lang=en"]}
    env = {"DAWCHECK_LANG": "en"} if where == "env" else {}
    result = runner.invoke(app, args.get(where, ["check", "--help"]), env=env)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Usage:" in out and "Show this help and exit." in out and "FILE" in out
    assert "When the proposal arrived" in out
    assert "Gebruik" not in out and "Wanneer het voorstel" not in out


def _help_texts(lang):
    """Every help text of every command and option, as the command line shows them."""
    from typer.main import get_command

    from dawcheck.cli import language as cli_language

    root = get_command(app)
    cli_language.apply(root, lang)
    texts = []

    def walk(command):
        texts.append(command.help or "")
        for param in command.params:
            texts.append(getattr(param, "help", None) or "")
        for sub in getattr(command, "commands", {}).values():
            walk(sub)

    walk(root)
    return texts


def test_every_help_text_has_its_english():
    dutch, english = _help_texts("nl"), _help_texts("en")
    assert len(dutch) == len(english) > 40
    untranslated = [d for d, e in zip(dutch, english, strict=True) if d == e and d]
    assert untranslated == []


def test_usage_errors_in_the_users_language(runner):
    nl = runner.invoke(app, ["check", "--bogus"])
    assert nl.exit_code == 2
    assert "onbekende optie: --bogus" in nl.output and "No such option" not in nl.output
    en = runner.invoke(app, ["check", "--bogus", "--lang", "en"])
    assert en.exit_code == 2 and "No such option: --bogus" in en.output
    missing = runner.invoke(app, ["inbox"])
    assert missing.exit_code == 2 and "ontbrekend argument 'PAD'" in missing.output


def test_completion_is_offered(runner):
    result = runner.invoke(app, ["--help"])
    assert "--install-completion" in result.output and "--show-completion" in result.output


def test_addendum_shows_everything(runner, addendum):
    result = runner.invoke(app, ["addendum"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "DAW+" in out and "katrien.meersseman@haviland.be" in out
    assert "vrijdag 1 september 2023 om 23:59" in out
    for c in addendum.challenges:
        assert c.title in out
    for item in (*addendum.services, *addendum.attention):
        assert item.id in out
    assert "Regio-uitdagingen" in out


def test_addendum_in_english(runner):
    result = runner.invoke(app, ["addendum", "--lang", "en"])
    assert result.exit_code == 0
    assert "Regional challenges" in result.output and "Friday 1 September 2023" in result.output


def test_validate_good_and_bad(runner, tmp_path):
    ok = runner.invoke(app, ["addendum", "--validate", str(DATA / "addendum-demo.yaml")])
    assert ok.exit_code == 0 and "demo-kempen-2025" in ok.output
    bad = tmp_path / "bad.yaml"
    bad.write_text((DATA / "addendum-demo.yaml").read_text().replace("personas:", "persona:"))
    result = runner.invoke(app, ["addendum", "--validate", str(bad)])
    assert result.exit_code == 2
    assert "bad.yaml:" in result.output and "challenges.0.persona: unknown key" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("  - {id: lancering", "  - {id: deadline", "timeline.1.id: duplicate id 'deadline'"),
        ('deadline: "2025-03-31T17:00"', 'deadline: "2025-02-30T17:00"', "submission.deadline:"),
        ("  intake_email:", "  intake_mail:", "submission.intake_mail: unknown key"),
    ],
)
def test_validate_names_line_and_field_and_exits_2(runner, tmp_path, old, new, expected):
    bad = tmp_path / "fout.yaml"
    text = (DATA / "addendum-demo.yaml").read_text()
    assert old in text
    bad.write_text(text.replace(old, new, 1))
    result = runner.invoke(app, ["addendum", "--validate", str(bad)])
    assert result.exit_code == 2
    out = " ".join(result.output.split())
    assert f"{bad}:" in out and expected in out


def test_other_addendum_on_a_command(runner):
    result = runner.invoke(
        app,
        ["timeline", "--addendum", str(DATA / "addendum-demo.yaml"), "--now", "2025-03-31 16:00"],
    )
    assert result.exit_code == 0, result.output
    assert "Kempen Noord" in result.output and "Nog 1 u tot" in result.output


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("31/08/2023 22:00", "Nog 1 d 1 u 59 min tot de deadline"),
        ("1 september 2023 om 23u18", "Nog 41 min tot de deadline"),
        ("2023-09-01T23:59:59.999+02:00", "Nog 0 s tot de deadline"),
        ("Fri, 01 Sep 2023 22:00:07 +0000", "De deadline is voorbij sinds 7 s"),
    ],
)
def test_timeline_counts_to_the_deadline(runner, now, expected):
    result = runner.invoke(app, ["timeline", "--now", now])
    assert result.exit_code == 0, result.output
    assert expected in " ".join(result.output.split())


def test_timeline_states(runner):
    out = runner.invoke(app, ["timeline", "--now", "12/09/2023 10:00"]).output
    assert "vandaag" in out  # assessment week is running
    assert out.count("voorbij") >= 2 and "komt nog" in out


def test_bad_now_is_a_usage_error(runner):
    result = runner.invoke(app, ["timeline", "--now", "gisteren rond de middag"])
    assert result.exit_code == 2 and "--now" in result.output


def test_python_dash_m_works():
    proc = subprocess.run(
        [sys.executable, "-m", "dawcheck", "--version"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert proc.returncode == 0 and proc.stdout.startswith("dawcheck")


def test_the_version_does_not_load_the_help_machinery():
    """`dawcheck --version` must start fast: rich's Markdown and Typer's help stay unloaded."""
    code = (
        "import sys; from dawcheck.cli import main; sys.argv = ['dawcheck', '--version']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m in ('typer.rich_utils', 'rich.markdown', "
        "'pydantic', 'dawcheck.report')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout
