"""The command line in the user's language: help, usage errors and panel titles.

Typer and its bundled Click write their own words in English ("Show this message and exit.",
"Usage:", "No such option"). dawcheck's users read Dutch by default: the language is decided
before parsing (`--lang en` anywhere on the command line, or DAWCHECK_LANG=en), the help texts of
commands and options are swapped from a table, and usage errors are worded again on their way
out. The option help texts in cli.py are the Dutch source; this table gives their English.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from typing import Any, cast

# Typer (0.26+, the floor) carries its own copy of Click
from typer import _click as click
from typer._click.formatting import HelpFormatter

from dawcheck.langs import Lang

Language = Lang  # the same type as everywhere else


def detect(args: Sequence[str], env: Mapping[str, str] | None = None) -> Language:
    """`--lang en` or `--lang=en` anywhere on the command line, else DAWCHECK_LANG, else nl."""
    env = os.environ if env is None else env
    _, value = _split_lang(args)
    if value in ("nl", "en"):
        return value  # type: ignore[return-value]
    return "en" if env.get("DAWCHECK_LANG", "").lower().startswith("en") else "nl"


def hoist(args: Sequence[str]) -> list[str]:
    """The command line with `--lang X` moved to the front, where the root command takes it:
    a global option, whatever its place (`dawcheck check f.pdf --lang en`)."""
    rest, value = _split_lang(args)
    return rest if value is None else ["--lang", value, *rest]


def _split_lang(args: Sequence[str]) -> tuple[list[str], str | None]:
    rest: list[str] = []
    value: str | None = None
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":  # what follows is not an option
            rest.extend(args[index:])
            break
        if arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
            index += 2
            continue
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        else:
            rest.append(arg)
        index += 1
    return rest, value


def only_version(args: Sequence[str]) -> bool:
    """`dawcheck --version` (or -V), with or without --lang: nothing else will be printed."""
    rest, _ = _split_lang(args)
    return bool(rest) and set(rest) <= {"--version", "-V"}


def current() -> Language:
    return _current


# Typer's panel titles and hints, per language.
_RICH_WORDS: dict[str, tuple[str, str]] = {
    "OPTIONS_PANEL_TITLE": ("Opties", "Options"),
    "ARGUMENTS_PANEL_TITLE": ("Argumenten", "Arguments"),
    "COMMANDS_PANEL_TITLE": ("Commando's", "Commands"),
    "ERRORS_PANEL_TITLE": ("Fout", "Error"),
    "DEFAULT_STRING": ("[standaard: {}]", "[default: {}]"),
    "REQUIRED_LONG_STRING": ("[verplicht]", "[required]"),
    "ENVVAR_STRING": ("[omgevingsvariabele: {}]", "[env var: {}]"),
    "RICH_HELP": (
        "Probeer [blue]'{command_path} {help_option}'[/] voor hulp.",
        "Try [blue]'{command_path} {help_option}'[/] for help.",
    ),
    "ABORTED_TEXT": ("Afgebroken.", "Aborted."),
}

# English for the Dutch help texts in cli.py (the Dutch is the source).
HELP_EN: dict[str, str] = {
    "Toon de versie.": "Show the version.",
    "Toon deze hulp en stop.": "Show this help and exit.",
    "Installeer de aanvulling (completion) voor deze shell.": "Install completion for this shell.",
    "Toon het aanvullingsscript voor deze shell.": "Show the completion script for this shell.",
    "Ander addendum (YAML) in plaats van het ingebouwde DAW+ addendum.": (
        "Another addendum (YAML) instead of the built-in DAW+ addendum."
    ),
    "Taal van de uitvoer: nl of en.": "Language of the output: nl or en.",
    "Maximale leestijd per bestand (s).": "Maximum reading time per file (s).",
    "Maximale bestandsgrootte in MB.": "Maximum file size in MB.",
    "Aantal bestanden tegelijk (0 = alle kernen).": "Files at a time (0 = all cores).",
    "Waarschuwingen tellen als fout.": "Warnings count as failures.",
    "Schrijf naar dit bestand.": "Write to this file.",
    "table, json, csv of html.": "table, json, csv or html.",
    "Toon al het bewijs.": "Show all evidence.",
    "Wanneer het voorstel aankwam (bv. '1/9/2023 23:58'); zonder deze optie is het een "
    "controle vooraf. Voor mails telt hun eigen Received-header.": (
        "When the proposal arrived (e.g. '1/9/2023 23:58'); without it, a check before sending. "
        "For e-mails their own Received header counts."
    ),
    "Lees alles opnieuw; gebruik en vul de cache niet.": (
        "Read everything again; neither use nor fill the cache."
    ),
    "Doe alsof het nu dit tijdstip is (bv. '31/08/2023 22:00', ISO 8601, RFC 2822).": (
        "Pretend it is now this moment (e.g. '31/08/2023 22:00', ISO 8601, RFC 2822)."
    ),
    "Valideer dit addendum-bestand en meld wat er mis is.": (
        "Validate this addendum file and report what is wrong."
    ),
    "Eén of meer documenten of e-mails.": "One or more documents or e-mails.",
    "Mappen, .eml-, .mbox- en .msg-bestanden en documenten.": (
        "Folders, .eml, .mbox and .msg files and documents."
    ),
    "Gebruik de Received-header die deze server stempelde.": (
        "Use the Received header stamped by this server."
    ),
    "Schrijf ook CSV hierheen.": "Also write CSV here.",
    "Schrijf ook HTML hierheen.": "Also write HTML here.",
    "Schrijf ook een Excel-werkmap hierheen (inzendingen, opvolgen, dekking).": (
        "Also write an Excel workbook here (submissions, follow-up, coverage)."
    ),
    "Schrijf per indiener een concept-ontvangstbevestiging (.eml, niet verstuurd) in deze map.": (
        "Write a draft acknowledgement (.eml, not sent) per applicant into this folder."
    ),
    "Geen voortgangsbalk.": "No progress bar.",
    "Het document (PDF, DOCX, ODT, TXT, MD).": "The document (PDF, DOCX, ODT, TXT, MD).",
    "table of json.": "table or json.",
    "Toon alle tekst, niet ingekort.": "Show all text, not shortened.",
    "Maximale leestijd in seconden.": "Maximum reading time in seconds.",
    "De cache van gelezen documenten.": "The cache of documents read.",
    "Controleer projectvoorstellen voor de oproep Capacity Building Lokale Partnerschappen "
    "(lokaal addendum DAW+): bestandsnaam, tijdig indienen en welke regio-uitdagingen, "
    "types dienstverlening en aandachtspunten de tekst echt behandelt.\n\n"
    "Exit codes: 0 ok, 1 een controle faalde, 2 fout in gebruik of configuratie.": (
        "Check project proposals for the call Capacity Building Lokale Partnerschappen "
        "(local addendum DAW+): file name, arrival on time, and which regional challenges, "
        "service types and points of attention the text really addresses.\n\n"
        "Exit codes: 0 ok, 1 a check failed, 2 usage or configuration error."
    ),
    "Toon het addendum: gebied, deadline, uitdagingen, dienstverlening, aandachtspunten.": (
        "Show the addendum: region, deadline, challenges, services, points of attention."
    ),
    "Toon de lokale timing: welke mijlpalen voorbij zijn, vandaag of nog komen.": (
        "Show the local timeline: which milestones are past, today or coming."
    ),
    "Controleer documenten: werkingsgebied in de naam, tijdig, leesbaar, welke uitdagingen.": (
        "Check documents: region in the name, on time, readable, which challenges."
    ),
    "Controleer een hele inbox: mappen, e-mails (.eml), mailboxen (.mbox), Outlook (.msg).": (
        "Check a whole inbox: folders, e-mails (.eml), mailboxes (.mbox), Outlook (.msg)."
    ),
    "Wis de cache van gelezen documenten.": "Clear the cache of documents read.",
    "Toon waar de cache staat.": "Show where the cache is.",
    "Toon wat dawcheck uit een document haalt: formaat, metadata, tekst per pagina of alinea.": (
        "Show what dawcheck extracts from a document: format, metadata, text per page or paragraph."
    ),
}

# Usage errors from Click, worded again: (pattern, Dutch, English template).
_ERRORS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"^No such option: (\S+)\s*\(Possible options: (.+)\)$"),
        "onbekende optie: {0} (mogelijk bedoeld: {1})",
    ),
    (
        re.compile(r"^No such option: (\S+)\s*Did you mean (.+)\?$"),
        "onbekende optie: {0} (bedoelde u {1}?)",
    ),
    (re.compile(r"^No such option: (.+)$"), "onbekende optie: {0}"),
    (re.compile(r"^No such command '(.+)'\.$"), "onbekend commando '{0}'"),
    (re.compile(r"^Missing argument '(.+)'\.$"), "ontbrekend argument '{0}'"),
    (re.compile(r"^Missing option '(.+)'\.$"), "ontbrekende optie '{0}'"),
    (re.compile(r"^Option '(.+)' requires an argument\.$"), "optie '{0}' heeft een waarde nodig"),
    (
        re.compile(r"^Invalid value for '(.+?)': '(.*)' is not one of (.+)\.$"),
        "ongeldige waarde voor '{0}': '{1}' is niet een van {2}",
    ),
    (re.compile(r"^Invalid value for '(.+?)': (.+)$"), "ongeldige waarde voor '{0}': {1}"),
    (re.compile(r"^Invalid value: (.+)$"), "ongeldige waarde: {0}"),
    (
        re.compile(r"^Got unexpected extra arguments? \((.+)\)$"),
        "onverwachte extra argumenten ({0})",
    ),
    (re.compile(r"^'(.+)' is not a valid (.+)\.$"), "'{0}' is geen geldige {1}"),
    (re.compile(r"^File '(.+)' does not exist\.$"), "bestand '{0}' bestaat niet"),
    (re.compile(r"^(.+) '(.+)' is a directory\.$"), "'{1}' is een map"),
]
_USAGE = {"nl": "Gebruik: ", "en": "Usage: "}
_OPTIONS_METAVAR = {"nl": "[OPTIES]", "en": "[OPTIONS]"}
METAVARS_EN: dict[str, str] = {
    "BESTAND": "FILE",
    "BESTAND...": "FILE...",
    "WANNEER": "WHEN",
    "FORMAAT": "FORMAT",
    "SECONDEN": "SECONDS",
    "AANTAL": "NUMBER",
    "TAAL": "LANG",
    "PAD": "PATH",
    "MAP": "DIR",
    "PAD...": "PATH...",
    "SERVER": "HOST",
    "MB": "MB",
}

_current: Language = "nl"


def error_text(message: str, lang: Language) -> str:
    """A Click usage error in the user's language."""
    if lang == "en":
        return message
    for pattern, template in _ERRORS:
        match = pattern.match(message.strip())
        if match:
            return template.format(*match.groups())
    return message


class _Formatter(HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, _USAGE[_current] if prefix is None else prefix)


class LocalizedContext(click.Context):
    formatter_class = _Formatter


def _format_error(error: click.ClickException) -> None:
    text = error_text(error.format_message(), _current)
    error.format_message = lambda: text  # type: ignore[method-assign]
    _ORIGINAL_FORMAT_ERROR[0](error)


_ORIGINAL_FORMAT_ERROR: list[Any] = []


def apply(command: click.Command, lang: Language, *, words: bool = True) -> None:
    """Put `command` and everything under it, and Typer's own words, in `lang`.

    `words` False: only the language of the run is set; Typer's help and error machinery (rich's
    Markdown and more: a tenth of a second) is not imported, for `dawcheck --version`."""
    global _current
    _current = lang
    if not words:
        return
    import typer.rich_utils as rich_utils

    index = 0 if lang == "nl" else 1
    for name, pair in _RICH_WORDS.items():
        setattr(rich_utils, name, pair[index])
    if not _ORIGINAL_FORMAT_ERROR:
        _ORIGINAL_FORMAT_ERROR.append(rich_utils.rich_format_error)
    rich_utils.rich_format_error = _format_error  # type: ignore[assignment]
    _localize(command, lang, {})


def _localize(command: click.Command, lang: Language, seen: dict[int, bool]) -> None:
    if id(command) in seen:
        return
    seen[id(command)] = True
    command.context_class = LocalizedContext
    command.options_metavar = _OPTIONS_METAVAR[lang]
    originals: dict[str, str] = command.__dict__.setdefault("_dawcheck_help", {})
    params = list(command.params)
    help_option = command.get_help_option(click.Context(command))
    if help_option is not None:
        help_option.help = "Toon deze hulp en stop."
        params.append(help_option)
    for param in params:
        _swap(param, "help", lang, originals, f"param:{param.name}")
        _human_metavar(param, lang, originals)
        if param.name == "install_completion":
            cast(Any, param).help = _pick(
                "Installeer de aanvulling (completion) voor deze shell.", lang
            )
        elif param.name == "show_completion":
            cast(Any, param).help = _pick("Toon het aanvullingsscript voor deze shell.", lang)
    _swap(command, "help", lang, originals, "command")
    _swap(command, "short_help", lang, originals, "short")
    for sub in getattr(command, "commands", {}).values():  # a group's subcommands
        _localize(sub, lang, seen)


def _no_type(ctx: click.Context) -> None:
    return None


def _human_metavar(param: click.Parameter, lang: Language, originals: dict[str, str]) -> None:
    """Names a person reads (BESTAND, WANNEER), not Python types (<list[Path]>, <bool>)."""
    if getattr(param, "is_flag", False) and param.metavar is None:
        param.metavar = ""  # a flag takes no value: nothing to show
    key = f"metavar:{param.name}"
    if isinstance(param.metavar, str) and param.metavar:
        dutch = originals.setdefault(key, param.metavar)
        param.metavar = dutch if lang == "nl" else METAVARS_EN.get(dutch, dutch)
    if param.param_type_name == "argument":
        # the argument's name column already shows its metavar
        cast(Any, param).display_type_rich = _no_type


def _pick(dutch: str, lang: Language) -> str:
    return dutch if lang == "nl" else HELP_EN.get(dutch, dutch)


def _swap(obj: object, attr: str, lang: Language, originals: dict[str, str], key: str) -> None:
    value = getattr(obj, attr, None)
    if not isinstance(value, str):
        return
    dutch = originals.setdefault(key, value)
    setattr(obj, attr, _pick(dutch, lang))
