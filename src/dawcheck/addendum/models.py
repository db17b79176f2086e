"""Pydantic models of a call's local addendum: region, submission rules, challenges, services."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _unique(ids: list[Any], what: str) -> None:
    seen: set[Any] = set()
    for i in ids:
        if i in seen:
            raise ValueError(f"duplicate {what} id {i!r}")
        seen.add(i)


class Region(_Strict):
    name: str = Field(min_length=1)
    description: str = ""
    filename_spellings: list[str] = Field(min_length=1)
    municipalities: list[str] = []


class Submission(_Strict):
    intake_email: str = Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    channel: str = "e-mail"
    deadline: dt.datetime
    timezone: str = "Europe/Brussels"
    deadline_inclusive: Literal["second", "minute", "exact"] = "minute"
    grace_period_seconds: int = Field(default=0, ge=0)
    filename_rule: str = ""
    resubmission_policy: Literal["latest-on-time", "first-on-time", "latest"] = "latest-on-time"
    # Words in a file name that make it the proposal, or an annex (partner letter, budget, ...),
    # when a delivery carries several documents; matched on whole words, case-insensitive.
    proposal_words: list[str] = [
        "projectvoorstel",
        "voorstel",
        "aanvraag",
        "projectaanvraag",
        "aanvraagformulier",
        "kandidatuur",
        "fiche",
        "proposal",
        "application",
    ]
    annex_words: list[str] = [
        "bijlage",
        "annex",
        "brief",
        "steunbrief",
        "intentieverklaring",
        "engagementsverklaring",
        "verklaring",
        "partner",
        "partners",
        "begroting",
        "budget",
        "cv",
        "statuten",
        "attest",
        "offerte",
        "jaarverslag",
        "logo",
        "handtekening",
    ]

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as e:
            raise ValueError(f"unknown time zone {value!r}") from e
        return value

    @model_validator(mode="after")
    def _deadline_resolvable(self) -> Submission:
        if self.deadline.tzinfo is not None:
            raise ValueError("deadline must be a local time without offset; set `timezone`")
        zone = ZoneInfo(self.timezone)
        early = self.deadline.replace(tzinfo=zone, fold=0)
        late = self.deadline.replace(tzinfo=zone, fold=1)
        roundtrip = early.astimezone(dt.UTC).astimezone(zone).replace(tzinfo=None)
        if roundtrip != self.deadline:
            raise ValueError(f"deadline {self.deadline} does not exist in {self.timezone} (DST)")
        if early.utcoffset() != late.utcoffset():
            raise ValueError(f"deadline {self.deadline} is ambiguous in {self.timezone} (DST)")
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def deadline_at(self) -> dt.datetime:
        """The deadline as stated, an aware datetime in the call's zone."""
        return self.deadline.replace(tzinfo=self.zone)

    @property
    def closes_at(self) -> dt.datetime:
        """First instant that is late: everything strictly before it is on time."""
        step = {"minute": dt.timedelta(minutes=1), "second": dt.timedelta(seconds=1)}.get(
            self.deadline_inclusive, dt.timedelta(0)
        )
        base = self.deadline_at
        if self.deadline_inclusive == "minute":
            base = base.replace(second=0, microsecond=0)
        elif self.deadline_inclusive == "second":
            base = base.replace(microsecond=0)
        end_utc = base.astimezone(dt.UTC) + step + dt.timedelta(seconds=self.grace_period_seconds)
        return end_utc.astimezone(self.zone)


class Milestone(_Strict):
    id: str = Field(min_length=1)
    label: str
    date: dt.date
    time: dt.time | None = None
    end: dt.date | None = None
    dates: list[dt.date] = []
    before: bool = False

    @model_validator(mode="after")
    def _end_after_start(self) -> Milestone:
        if self.end is not None and self.end < self.date:
            raise ValueError(f"end {self.end} is before date {self.date}")
        return self


class Contact(_Strict):
    name: str
    email: str | None = None
    phone: str | None = None
    role: str = ""


class Concept(_Strict):
    id: str = Field(min_length=1)
    label: str
    role: str | None = None
    terms: list[str] = Field(min_length=1)
    # Terms of this concept with more than one sense ("praatgroep": a language practice group
    # or a support group): they count only where one of `senses` stands in the same sentence
    # or heading ("praatgroep Nederlands"); elsewhere they are weak, reason "ambiguous".
    ambiguous: list[str] = []
    senses: list[str] = []
    # Terms that count unless a word of `other_senses` stands in the same sentence: a "meter
    # of peter" on the work floor ("een vaste meter of peter op de werkvloer") is a work
    # mentor, not the trust figure of a social network.
    contested: list[str] = []
    # Words that show a contested or ambiguous term in its other sense, in the same sentence:
    # the term is weak there, whatever `senses` say.
    other_senses: list[str] = []
    # A sense word in the document's situation or target-group part settles the ambiguous
    # terms too: in a proposal for people with an addiction, its "ervaringsdeskundigen" are
    # experts by experience of addiction, wherever the weekly schedule names them.
    target_group_senses: bool = False
    # A word of the contested terms' other sense in the document's situation or target-group
    # part settles them too: in a proposal for Deaf people, its "tolk" is a sign-language
    # interpreter wherever the actions name one.
    target_group_other_senses: bool = False
    # Teaching this way of working to the project's people or its partners is practising it:
    # a workshop for team leaders on "hoe ga je om met ramadan in de planning" is culture-
    # sensitive work, where a talk on "hoe spreek je iemand aan" is no outreach. Of a service,
    # what a training is about is then the service: "een workshop over omgaan met kritiek".
    taught_is_practised: bool = False
    # Only the project doing it counts, not the people served doing it for each other:
    # following up who stays away is the project's ("De deelnemers sturen elkaar een berichtje
    # als iemand niet komt" is no follow-up by the project).
    done_by_the_project: bool = False
    # Only the people served gaining it counts, not the project: a network is theirs ("Zo leren
    # we mensen kennen die nooit zelf zouden komen" is the project meeting people).
    gained_by_the_people: bool = False
    # Concepts of other items whose terms say this concept too, as "group/item/concept"
    # ("services/mobiliteit/vervoer" for the mobility of challenge 3): one vocabulary for
    # what the call asks in two places, instead of two lists that drift apart.
    include: list[str] = []
    # Roles that the project delivering this concept implies: whoever is helped to childcare
    # is a parent, whether or not the text says "ouders" (challenges only).
    implies: list[str] = []

    @field_validator("terms")
    @classmethod
    def _no_blank_terms(cls, terms: list[str]) -> list[str]:
        for t in terms:
            if not t.strip("=* \t"):
                raise ValueError("a term cannot be empty")
        return terms

    @model_validator(mode="after")
    def _ambiguous_terms_have_senses(self) -> Self:
        unknown = [t for t in self.ambiguous if t not in self.terms]
        if unknown:
            raise ValueError(f"ambiguous terms {unknown} are not among the concept's terms")
        if self.ambiguous and not self.senses:
            raise ValueError("ambiguous terms need `senses`: the words that settle their sense")
        unknown = [t for t in self.contested if t not in self.terms]
        if unknown:
            raise ValueError(f"contested terms {unknown} are not among the concept's terms")
        if self.contested and not self.other_senses:
            raise ValueError("contested terms need `other_senses`: the words of their other sense")
        if self.other_senses and not (self.ambiguous or self.contested):
            raise ValueError(
                "`other_senses` settle contested or ambiguous terms: name them in `contested`"
            )
        return self


class _WithConcepts(_Strict):
    concepts: list[Concept] = Field(min_length=1)
    # Concepts that are the item on their own when the project delivers them: a buddy is the
    # social-network service whether or not a network is named.
    sufficient_concepts: list[str] = []

    @model_validator(mode="after")
    def _unique_concepts(self) -> Self:
        _unique([c.id for c in self.concepts], "concept")
        unknown = set(self.sufficient_concepts) - {c.id for c in self.concepts}
        if unknown:
            raise ValueError(f"sufficient_concepts {sorted(unknown)} are not among its concepts")
        return self


class Challenge(_WithConcepts):
    id: int = Field(ge=1)
    title: str
    short: str | None = None  # a label for tables at 80 columns; the title when absent
    personas: list[str] = []
    description: str
    questions: list[str] = Field(min_length=1)

    def call_text(self) -> str:
        """The call's own question(s) for this challenge, to quote when it is not covered."""
        return " ".join(self.questions)

    def call_texts(self) -> list[str]:
        """Every text of the call about this item (for recognising quotes of the call)."""
        return [self.title, self.description, *self.questions]


class Service(_WithConcepts):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    need: str
    short: str | None = None
    service: str

    def call_text(self) -> str:
        return self.service

    def call_texts(self) -> list[str]:
        return [self.need, self.service]


class AttentionPoint(_WithConcepts):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    short: str | None = None
    text: str

    def call_text(self) -> str:
        return self.text

    def call_texts(self) -> list[str]:
        return [self.title, self.text]


class Threshold(_Strict):
    min_concepts: int = Field(ge=1)
    require_roles: list[str] = []
    weak_min_concepts: int = Field(default=1, ge=1)
    # One concept is enough when the text says this often that the project itself does it
    # ("we organiseren fietslessen ..."): a delivered service named in one clear way.
    single_concept_deliveries: int | None = Field(default=None, ge=1)
    # At least one strong hit must be in a clause where the project itself acts (a service is
    # delivered, not only described as a need of the target group).
    require_delivery: bool = False
    # Roles (of require_roles) that count only where the project delivers them: an activity
    # named in the situation ("ze hebben geen sociaal netwerk") is a need, not yet the work.
    delivery_roles: list[str] = []
    # Roles of concepts that name the problem a service answers ("chronische pijn" for the
    # medical service): found in the situation or target-group part, they count beside a
    # concept the project delivers, as a reader joins "for whom" and "what we do"; so do they
    # in a table that maps the project onto the call ("Regio-uitdaging 3 – ouders").
    context_roles: list[str] = []


class CoverageRules(_Strict):
    challenges: Threshold
    services: Threshold
    attention: Threshold
    excluded_sections: list[str] = []
    weak_sections: list[str] = []
    # Headings (and table header cells) of the parts of a proposal that describe context, not
    # work: a mention there is weak, with the part as its reason.
    budget_sections: list[str] = []
    # Headings of the parts that describe what the project does: every strong hit there is a
    # delivery (see Threshold.require_delivery), whoever the sentence's subject is.
    activity_sections: list[str] = []
    # Headings of the parts that describe the situation and the target group: a list or table
    # there says what people lack, not what the project does.
    context_sections: list[str] = []
    partner_sections: list[str] = []
    indicator_sections: list[str] = []
    planning_sections: list[str] = []
    false_compounds: list[str] = []
    # Items for which "we verwijzen door naar ..." is evidence (bridging), not an exclusion.
    referral_counts_for: list[str] = []
    # Names of organisations: a name is context (who), not a description of the work, unless
    # the clause describes working with them (one of `cooperation_cues`).
    organisations: list[str] = []
    cooperation_cues: list[str] = []
    # Words by which a proposal refers to the call itself ("In de oproep staan ...",
    # "Regio-uitdaging 3: ouders die ..."): such a sentence restates the call, and so do the
    # sentences after it in its paragraph until the project itself acts again.
    call_reference_words: list[str] = []
    # A sentence whose word n-grams are at least this share of the call's own n-grams is a
    # quote of the call (an annex that copies the challenges), not the project's text.
    call_quote_ngram: int = Field(default=3, ge=2, le=8)
    call_quote_share: float = Field(default=0.5, gt=0, le=1)


class Addendum(_Strict):
    schema_: Literal["dawcheck.addendum/1"] = Field(alias="schema")
    id: str = Field(min_length=1)
    version: str
    programme: str
    title: str
    issuer: str = ""
    language: str = "nl"
    region: Region
    submission: Submission
    timeline: list[Milestone] = []
    contacts: list[Contact] = []
    coverage: CoverageRules
    challenges: list[Challenge] = Field(min_length=1)
    services: list[Service] = []
    attention: list[AttentionPoint] = []

    @model_validator(mode="after")
    def _consistent(self) -> Addendum:
        _unique([c.id for c in self.challenges], "challenge")
        _unique([s.id for s in self.services], "service")
        _unique([a.id for a in self.attention], "attention point")
        _unique([m.id for m in self.timeline], "milestone")
        for before, after in zip(self.timeline, self.timeline[1:], strict=False):
            if after.date < before.date:
                raise ValueError(
                    f"timeline out of order: {after.id} ({after.date}) comes after "
                    f"{before.id} ({before.date})"
                )
        for group in ("challenges", "services", "attention"):
            for item in getattr(self, group):
                for concept in item.concepts:
                    for ref in concept.include:
                        if self.concept(ref) is None:
                            raise ValueError(
                                f"{group} {item.id}, concept {concept.id}: include {ref!r} "
                                "names no concept (write group/item/concept)"
                            )
                        if ref == f"{group}/{item.id}/{concept.id}":
                            raise ValueError(f"concept {ref} includes itself")
        for rule, items in (("challenges", self.challenges),):
            roles = set(getattr(self.coverage, rule).require_roles)
            for item in items:
                missing = roles - {c.role for c in item.concepts}
                if missing:
                    raise ValueError(
                        f"challenge {item.id} has no concept with role {sorted(missing)}, "
                        f"which coverage.{rule}.require_roles asks for"
                    )
        return self

    def label(self) -> str:
        return f"{self.id} {self.version}"

    def concept(self, ref: str) -> Concept | None:
        """The concept named "group/item/concept" ("services/mobiliteit/vervoer"), if any."""
        parts = ref.split("/")
        if len(parts) != 3 or parts[0] not in ("challenges", "services", "attention"):
            return None
        group, item_id, concept_id = parts
        for item in getattr(self, group):
            if str(item.id) == item_id:
                return next((c for c in item.concepts if c.id == concept_id), None)
        return None

    def vocabulary(self, concept: Concept) -> tuple[list[str], list[str], list[str]]:
        """A concept's terms, ambiguous terms and senses, with those of the concepts it
        includes (one level: an included concept's own includes are not followed)."""
        terms, ambiguous, senses = list(concept.terms), list(concept.ambiguous), []
        senses.extend(concept.senses)
        for other in self._included(concept):
            terms.extend(t for t in other.terms if t not in terms)
            ambiguous.extend(t for t in other.ambiguous if t not in ambiguous)
            senses.extend(w for w in other.senses if w not in senses)
        return terms, ambiguous, senses

    def other_senses(self, concept: Concept) -> tuple[list[str], list[str]]:
        """A concept's contested terms and the words that show its contested and ambiguous
        terms in their other sense, with those of the concepts it includes."""
        contested, words = list(concept.contested), list(concept.other_senses)
        for other in self._included(concept):
            contested.extend(t for t in other.contested if t not in contested)
            words.extend(w for w in other.other_senses if w not in words)
        return contested, words

    def _included(self, concept: Concept) -> list[Concept]:
        return [c for c in (self.concept(ref) for ref in concept.include) if c is not None]
