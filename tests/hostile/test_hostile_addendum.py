"""Hostile addendum YAML (issue 15): deep nesting and alias bombs are refused with file and line,
quickly and without a traceback; anchors used in earnest still work."""

from __future__ import annotations

import pytest
from hostile_inputs import yaml_alias_bomb, yaml_nested_mapping, yaml_open_brackets

from conftest import REPO
from dawcheck.addendum.loader import (
    MAX_ALIAS_NODES,
    MAX_YAML_DEPTH,
    parse_addendum,
)
from dawcheck.cli import app
from dawcheck.errors import AddendumError


def _refusal(text: str) -> str:
    with pytest.raises(AddendumError) as caught:
        parse_addendum(text, "x.yaml")
    return str(caught.value)


@pytest.mark.parametrize(
    "text",
    [
        yaml_open_brackets(50_000),
        "{" * 50_000,
        "[{a: " * 2_000,
        yaml_nested_mapping(1_300),
        yaml_nested_mapping(MAX_YAML_DEPTH + 1),
        "- " * 5_000 + "x\n",
    ],
    ids=["brackets", "braces", "mixed-flow", "mapping-1300", "mapping-51", "block-sequence"],
)
def test_crash_deep_nesting_is_refused_with_a_line(text):
    message = _refusal(text)
    assert message.startswith("x.yaml:") and f"more than {MAX_YAML_DEPTH} levels" in message


def test_nesting_within_the_limit_is_judged_by_the_schema():
    message = _refusal(yaml_nested_mapping(MAX_YAML_DEPTH - 1))
    assert "levels" not in message and "k0" in message  # an unknown key, named


@pytest.mark.parametrize(
    "text",
    [
        yaml_alias_bomb(9, 9),
        yaml_alias_bomb(6, 20),
        yaml_alias_bomb(30, 2),
        # the same bomb hidden under a key of the schema, and built of mappings
        "challenges:\n" + "".join(f"  - {line}\n" for line in yaml_alias_bomb(9, 9).splitlines()),
        "".join(f"m{i}: &m{i} {{x: *m{i - 1}, y: *m{i - 1}}}\n" for i in range(1, 30)).replace(
            "*m0", "1"
        ),
    ],
    ids=["9x9", "6x20", "30x2", "under-a-schema-key", "mappings"],
)
def test_hang_alias_bombs_are_refused(text):
    assert len(text) < 2_000
    assert f"aliases expand to more than {MAX_ALIAS_NODES} nodes" in _refusal(text)


def test_an_alias_to_itself_is_refused():
    assert "refers to itself" in _refusal("a: &a [1, *a]\n")


def test_anchors_used_in_earnest_still_load():
    """Two concepts sharing one list of terms (&anchor / *alias), as a person would write it."""
    import yaml

    data = yaml.safe_load((REPO / "data" / "addendum.yaml").read_text("utf-8"))
    first, second = data["challenges"][0]["concepts"][:2]
    for key in ("ambiguous", "senses"):  # these must be among the concept's own terms
        second.pop(key, None)
    second["terms"] = first["terms"]  # one object twice: safe_dump writes an anchor and alias
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    assert "&id001" in text and "*id001" in text
    addendum = parse_addendum(text, "gedeeld.yaml")
    concepts = addendum.challenges[0].concepts
    assert concepts[0].terms == concepts[1].terms


def test_crash_cli_validate_refuses_without_a_traceback(runner, tmp_path):
    for name, text in [
        ("diep.yaml", yaml_open_brackets(50_000)),
        ("bom.yaml", yaml_alias_bomb(9, 9)),
    ]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = runner.invoke(app, ["addendum", "--validate", str(path)])
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output and name in result.output
