"""The README stays true: every command documented, CI runs the README's test command."""

from __future__ import annotations

import re

from conftest import REPO
from dawcheck.cli import app

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented_and_has_help():
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert f"dawcheck {name}" in README, name
        assert command.help, name


def test_ci_runs_the_readme_test_command_first():
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    venv = "python3 -m venv .venv && . .venv/bin/activate && "
    assert blocks[1].startswith(venv)
    command = blocks[1].removeprefix(venv)
    ci = (REPO / ".ci" / "run").read_text().splitlines()
    # the first thing CI does in its fresh venv is exactly what the README tells people to run,
    # in a subshell so that any failed step fails CI
    after = ci[ci.index(". .ci-venv/bin/activate") + 1 :]
    assert after[0].startswith("# the README's test command")
    assert after[1:][: after[1:].index(")") + 1][-3:] == ["(", command, ")"]


def test_readme_first_command_uses_the_bundled_example():
    first = re.findall(r"```sh\n(.*?)\n```", README, re.S)[0]
    example = re.search(r'dawcheck check "([^"]+)"', first).group(1)
    assert (REPO / example).is_file()


def test_published_schema_is_the_model():
    """schemas/report-2.schema.json is regenerated from the Report model, never hand-edited."""
    import json

    from conftest import REPO
    from dawcheck.report import report_json_schema

    published = json.loads((REPO / "schemas" / "report-2.schema.json").read_text("utf-8"))
    assert published == report_json_schema()


def test_the_ci_workflow_runs_the_readme_test_command():
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    command = blocks[1].removeprefix("python3 -m venv .venv && . .venv/bin/activate && ")
    workflow = (REPO / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    assert f"\n          {command}\n" in workflow
    assert "has not run" in README  # and says so


def test_the_readme_shows_what_the_first_command_prints(tmp_path, monkeypatch):
    """The README's sample output of `dawcheck check` on the bundled example is what the tool
    prints now (an earlier sample drifted from it unnoticed)."""
    from typer.testing import CliRunner

    block = re.search(r"```text\n\$ dawcheck check (.*?)\n(.*?)\n```", README, re.S)
    assert block is not None
    args = re.findall(r'"([^"]+)"|(\S+)', block.group(1))
    argv = ["check", *(quoted or bare for quoted, bare in args)]
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("DAWCHECK_CACHE_DIR", str(tmp_path))
    result = CliRunner().invoke(app, argv, env={"COLUMNS": "80"})
    printed = [line.rstrip() for line in result.output.rstrip("\n").splitlines()]

    def without_advice(lines: list[str]) -> list[str]:
        # (the advice's examples of missing words follow the lemma tables, which the oldest
        # supported simplemma builds a little differently; the verdicts do not)
        start = next(i for i, line in enumerate(lines) if line.startswith("Wat ontbreekt"))
        end = next(i for i, line in enumerate(lines) if line.startswith("Eindoordeel"))
        return lines[: start + 1] + lines[end:]

    assert without_advice(printed) == without_advice(block.group(2).splitlines())
