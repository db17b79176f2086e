"""Words for the Notice codes that readers and sources emit, in Dutch and English."""

from __future__ import annotations

from dawcheck.documents.model import Notice
from dawcheck.i18n import Lang

_MESSAGES: dict[str, tuple[str, str]] = {
    "pdf-password": (
        "versleuteld: de PDF vraagt een wachtwoord; ook de intake kan hem niet lezen",
        "encrypted: the PDF needs a password; intake cannot read it either",
    ),
    "pdf-crypto": (
        "versleuteld met een methode die niet ondersteund wordt",
        "encrypted with an unsupported method",
    ),
    "pdf-empty-password": (
        "versleuteld, maar opent zonder wachtwoord (gelezen)",
        "encrypted, but opens without a password (read)",
    ),
    "office-password": (
        "versleuteld: het Office-document is met een wachtwoord beveiligd",
        "encrypted: the Office document is password-protected",
    ),
    "no-text-layer": (
        "geen tekstlaag (scan of afbeeldingen): de inhoud kan niet beoordeeld worden",
        "no text layer (scan or images): the content cannot be assessed",
    ),
    "pages-without-text": (
        "pagina's zonder tekstlaag: {detail}",
        "pages without a text layer: {detail}",
    ),
    "pdf-repaired": (
        "beschadigd bestand, gedeeltelijk hersteld ({detail})",
        "damaged file, partly recovered ({detail})",
    ),
    "pdf-damaged": ("beschadigde PDF: {detail}", "damaged PDF: {detail}"),
    "pdf-no-pages": ("de PDF heeft geen pagina's", "the PDF has no pages"),
    "page-error": ("pagina {detail}", "page {detail}"),
    "page-cap": (
        "te veel pagina's, enkel de eerste gelezen ({detail})",
        "too many pages, only the first were read ({detail})",
    ),
    "text-cap": (
        "te veel tekst, afgekapt na {detail} tekens",
        "too much text, cut after {detail} characters",
    ),
    "damaged": ("beschadigd bestand: {detail}", "damaged file: {detail}"),
    "zip-damaged": (
        "beschadigd Office-bestand (zip): {detail}",
        "damaged Office file (zip): {detail}",
    ),
    "zip-limit": ("geweigerd: {detail}", "refused: {detail}"),
    "not-what-it-claims": (
        "beschadigd of vals bestand: {detail}",
        "damaged or fake file: {detail}",
    ),
    "unsupported": (
        "niet ondersteund: {detail}; stuur een PDF, DOCX of ODT",
        "not supported: {detail}; send a PDF, DOCX or ODT",
    ),
    "empty": ("leeg bestand", "empty file"),
    "no-content": ("het document bevat geen tekst", "the document contains no text"),
    "too-large": ("te groot (limiet {detail} bytes)", "too large (limit {detail} bytes)"),
    "memory": ("te veel geheugen nodig om te lezen", "needs too much memory to read"),
    "timeout": ("kon niet gelezen worden binnen {detail} s", "could not be read within {detail} s"),
    "worker-crashed": (
        "de lezer stopte onverwacht (code {detail})",
        "the reader stopped unexpectedly (code {detail})",
    ),
    "not-regular": ("niet gelezen: {detail}", "not read: {detail}"),
    "os-error": ("kan niet geopend worden: {detail}", "cannot be opened: {detail}"),
    "mislabelled": (
        "de extensie klopt niet met de inhoud ({detail}): de naam misleidt de intake",
        "the extension does not match the content ({detail}): the name misleads",
    ),
    "no-extension": (
        "geen extensie in de naam (inhoud: {detail})",
        "no extension in the name (content: {detail})",
    ),
    "encoding-guessed": ("tekenset geraden: {detail}", "character set guessed: {detail}"),
    "symlink": ("symbolische koppeling naar {detail}", "symbolic link to {detail}"),
}


def describe(notice: Notice, lang: Lang = "nl") -> str:
    pair = _MESSAGES.get(notice.code)
    if pair is None:
        return f"{notice.code}: {notice.detail}" if notice.detail else notice.code
    return (pair[0] if lang == "nl" else pair[1]).format(detail=notice.detail)
