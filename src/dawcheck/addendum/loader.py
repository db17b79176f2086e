"""Load and validate an addendum YAML file, naming file, line and field in every error."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import ValidationError

from dawcheck.addendum.models import Addendum
from dawcheck.errors import AddendumError

MAX_ADDENDUM_BYTES = 2_000_000
DEFAULT_NAME = "addendum.yaml (DAW+, ingebouwd)"
# PyYAML's composer and constructor recurse once per level (50,000 '[' raised RecursionError);
# the addendum schema itself is five levels deep.
MAX_YAML_DEPTH = 50
# Nodes that aliases add when expanded (*a where &a is a list): a 540-byte "billion laughs"
# expands to 9^9 and kept the duplicate-id walk busy for minutes. Anchors used for what they
# are for (sharing a list of terms) stay far below this.
MAX_ALIAS_NODES = 100_000


# libyaml's parser when it is there: the pure-Python one took a quarter of a `check` run
if TYPE_CHECKING:
    _Base = yaml.SafeLoader
else:
    _Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):
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


def _check_shape(text: str, name: str) -> None:
    """Refuse deep nesting and alias bombs from PyYAML's event stream, which is produced without
    recursion, before the (recursive) composer and the duplicate-id walk see the text."""
    # per open collection: its anchor and its size with aliases expanded
    open_nodes: list[tuple[str | None, int]] = [(None, 0)]
    sizes: dict[str, int] = {}  # finished anchors
    added = 0  # nodes added by expanding aliases
    events: Iterable[yaml.Event]
    try:
        events = list(yaml.parse(text, Loader=_Loader))
    except yaml.MarkedYAMLError as e:
        # libyaml (CSafeLoader) stops a deep flow collection itself, before any event, with
        # words that depend on its version ("exceeded maximum nesting depth", "did not find
        # expected node content"): read again with the pure-Python parser, which yields its
        # events one at a time, so the depth limit below is met before its own error
        if "nesting depth" in str(e.problem):
            line = e.problem_mark.line + 1 if e.problem_mark else 0
            raise AddendumError(
                f"{name}:{line}: nested more than {MAX_YAML_DEPTH} levels deep"
            ) from None
        events = yaml.parse(text, Loader=yaml.SafeLoader)
    for event in events:
        line = event.start_mark.line + 1 if event.start_mark else 0
        if isinstance(event, yaml.CollectionStartEvent):
            if len(open_nodes) > MAX_YAML_DEPTH:
                raise AddendumError(f"{name}:{line}: nested more than {MAX_YAML_DEPTH} levels deep")
            open_nodes.append((event.anchor, 1))
            continue
        if isinstance(event, yaml.CollectionEndEvent):
            anchor, size = open_nodes.pop()
            if anchor is not None:
                sizes[anchor] = size
        elif isinstance(event, yaml.ScalarEvent):
            size = 1
            if event.anchor is not None:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor not in sizes:
                if any(anchor == event.anchor for anchor, _ in open_nodes):
                    raise AddendumError(f"{name}:{line}: alias *{event.anchor} refers to itself")
                continue  # undefined: the composer names it
            size = sizes[event.anchor]
            added += size
            if added > MAX_ALIAS_NODES:
                raise AddendumError(
                    f"{name}:{line}: aliases expand to more than {MAX_ALIAS_NODES} nodes"
                )
        else:
            continue
        parent_anchor, parent_size = open_nodes[-1]
        open_nodes[-1] = (parent_anchor, parent_size + size)


def parse_addendum(text: str, name: str) -> Addendum:
    """Validate addendum YAML text; `name` is used in error messages."""
    try:
        _check_shape(text, name)  # depth and alias expansion, before the recursive composer
        # one parse: the node tree gives line numbers for errors, and the data is built from it
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except RecursionError:  # _check_shape bounds the depth; this is the last line of defence
        raise AddendumError(f"{name}: nested too deeply to read") from None
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
