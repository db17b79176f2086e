"""Load and validate an addendum YAML file, naming file, line and field in every error."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from dawcheck.addendum.models import Addendum
from dawcheck.errors import AddendumError

MAX_ADDENDUM_BYTES = 2_000_000
DEFAULT_NAME = "addendum.yaml (DAW+, ingebouwd)"


# libyaml's parser when it is there: the pure-Python one took a quarter of a `check` run
_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc]
    """A safe loader (no arbitrary tags such as !!python/object) that refuses duplicate keys."""


def _construct_mapping(
    loader: _Loader, node: yaml.MappingNode, deep: bool = False
) -> dict[Any, Any]:
    seen: dict[Any, yaml.Node] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen[key] = key_node
    mapping: dict[Any, Any] = yaml.SafeLoader.construct_mapping(loader, node, deep=deep)
    return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _node_at(root: yaml.Node | None, loc: tuple[Any, ...]) -> yaml.Node | None:
    """Walk the YAML node tree along a pydantic error location; return the deepest node found."""
    node = root
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == str(part)), None)
            if match is None:
                # an unknown key: point at the key itself
                match = next((k for k, _ in node.value if k.value == str(part)), None)
            if match is None:
                return node
            node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return node
            node = node.value[part]
        else:
            return node
    return node


def _format_errors(name: str, root: yaml.Node | None, err: ValidationError) -> str:
    lines = []
    for e in err.errors():
        loc = tuple(p for p in e["loc"] if p not in ("function-after", "function-before"))
        node = _node_at(root, loc)
        line = f":{node.start_mark.line + 1}" if node is not None else ""
        field = ".".join(str(p) for p in loc) or "(top)"
        msg = e["msg"].removeprefix("Value error, ")
        if e["type"] == "extra_forbidden":
            msg = "unknown key (not in the schema)"
        lines.append(f"{name}{line}: {field}: {msg}")
    return "\n".join(lines)


def _duplicate_ids(node: yaml.Node | None, path: tuple[Any, ...] = ()) -> list[str]:
    """Every list of mappings with `id` keys must have unique ids; name the line of the repeat."""
    found: list[str] = []
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            found += _duplicate_ids(value, (*path, key.value))
    elif isinstance(node, yaml.SequenceNode):
        seen: dict[str, int] = {}
        for index, item in enumerate(node.value):
            if isinstance(item, yaml.MappingNode):
                id_node = next((v for k, v in item.value if k.value == "id"), None)
                if isinstance(id_node, yaml.ScalarNode):
                    line = id_node.start_mark.line + 1
                    if id_node.value in seen:
                        field = ".".join(str(p) for p in (*path, index, "id"))
                        found.append(
                            f"{line}: {field}: duplicate id {id_node.value!r} "
                            f"(first at line {seen[id_node.value]})"
                        )
                    else:
                        seen[id_node.value] = line
            found += _duplicate_ids(item, (*path, index))
    return found


def parse_addendum(text: str, name: str) -> Addendum:
    """Validate addendum YAML text; `name` is used in error messages."""
    try:
        # one parse: the node tree gives line numbers for errors, and the data is built from it
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        where = f":{mark.line + 1}" if mark else ""
        raise AddendumError(f"{name}{where}: not valid YAML: {e.problem or e.context}") from None
    except yaml.YAMLError as e:
        raise AddendumError(f"{name}: not valid YAML: {e}") from None
    if not isinstance(data, dict):
        raise AddendumError(f"{name}: expected a mapping at the top level")
    duplicates = _duplicate_ids(root)
    if duplicates:
        raise AddendumError("\n".join(f"{name}:{d}" for d in duplicates))
    try:
        return Addendum.model_validate(data)
    except ValidationError as e:
        raise AddendumError(_format_errors(name, root, e)) from None


def load_addendum(path: Path | None = None) -> Addendum:
    """Load the addendum at `path`, or the packaged DAW+ addendum when `path` is None."""
    if path is None:
        return _load_default()
    try:
        if not path.is_file():
            raise AddendumError(f"{path}: not found or not a regular file")
        if path.stat().st_size > MAX_ADDENDUM_BYTES:
            raise AddendumError(f"{path}: too large for an addendum (> {MAX_ADDENDUM_BYTES} bytes)")
        raw = path.read_bytes()
    except OSError as e:
        raise AddendumError(f"{path}: cannot be read: {e.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AddendumError(f"{path}: not UTF-8 text") from None
    return parse_addendum(text, str(path))


def default_addendum_text() -> str:
    return resources.files("dawcheck").joinpath("data/addendum.yaml").read_text("utf-8")


@functools.cache
def _load_default() -> Addendum:
    try:
        text = default_addendum_text()
    except (FileNotFoundError, ModuleNotFoundError):
        # Running from a source checkout without installing: use the top-level data file.
        repo_file = Path(__file__).resolve().parents[3] / "data" / "addendum.yaml"
        return load_addendum(repo_file)
    return parse_addendum(text, DEFAULT_NAME)
