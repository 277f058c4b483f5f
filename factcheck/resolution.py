"""Match names and roles mentioned in a text to known entities.

A :class:`Resolver` holds each entity's aliases ("Matt Dunkley", "Mr Dunkley") and answers with a
:class:`Resolution`: resolved to one entity id, unknown, or ambiguous between several. It never
guesses: a weak match is unknown and two close matches are ambiguous.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from typing import Literal, Protocol

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from factcheck.errors import EntityTypeConflictError

EntityType = Literal["person", "organisation", "role", "service", "metric"]
ResolutionStatus = Literal["resolved", "unknown", "ambiguous"]

MAX_CANDIDATES = 5
"""How many contenders an ambiguous :class:`Resolution` lists; the rest are only counted."""

HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "mx",
        "miss",
        "dr",
        "sir",
        "dame",
        "cllr",
        "councillor",
        "prof",
        "professor",
    }
)
# Too common to say anything about which entity is meant; never used to find candidates.
STOPWORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to"})
_CURLY_APOSTROPHES = str.maketrans(dict.fromkeys("\u2018\u2019\u201b`", "'"))
_POSSESSIVE = re.compile(r"'s\b")
_NOT_A_WORD = re.compile(r"[\W_]+")
# Tokens are indexed by their first and last few characters, so a mention with a typo in one
# half of a word still shares a key with the intended alias.
_KEY_LENGTH = 4
# Keys shared by more aliases than this ("^coun", "ncil$") only find candidates when the mention
# has no rarer key that does, so "Norfolk County Council" is not scored against every council.
_COMMON_KEY_SIZE = 200
# More candidates than this share only common words with a mention: it is too vague to score.
_VAGUE_SIZE = 2_000


def normalise_name(name: str) -> str:
    """Casefold, drop honorifics, a leading "the", possessives and punctuation; one space apart."""
    text = name.casefold().translate(_CURLY_APOSTROPHES)
    text = _POSSESSIVE.sub("", text).replace("'", "")
    tokens = _NOT_A_WORD.sub(" ", text).split()
    while tokens and (tokens[0] in HONORIFICS or tokens[0] == "the"):
        del tokens[0]
    return " ".join(tokens)


def index_keys(normalised: str) -> set[str]:
    """The keys a normalised name is indexed under: each word's first and last few letters,
    and its first and last two (a slip in the middle of a short word changes both others)."""
    return {
        key
        for token in normalised.split()
        if token not in STOPWORDS
        for key in (
            f"^{token[:_KEY_LENGTH]}",
            f"{token[-_KEY_LENGTH:]}$",
            f"^{token[:2]}~{token[-2:]}$",
        )
    }


@dataclass(frozen=True)
class Candidate:
    """An entity a mention may refer to, through its best-matching alias."""

    entity_id: str
    alias: str
    score: float


@dataclass(frozen=True)
class Resolution:
    """What a mention refers to.

    ``candidates`` holds, best first, the matched entity when resolved, the entities it could be
    when ambiguous (at most :data:`MAX_CANDIDATES`, with ``unlisted`` counting the others), and
    nothing when unknown.
    """

    mention: str
    status: ResolutionStatus
    entity_id: str | None
    candidates: tuple[Candidate, ...]
    unlisted: int = 0
    spelt_like: str | None = None
    """For an unknown person: a name on record a letter or so apart, which may be meant."""

    @property
    def reason(self) -> str:
        """Why the mention could not be resolved; empty when it was."""
        if self.status == "unknown":
            near = (
                f"; the record has {self.spelt_like!r}, spelt otherwise" if self.spelt_like else ""
            )
            return f"unknown entity '{self.mention}'{near}"
        if self.status == "ambiguous":
            return f"ambiguous entity '{self.mention}': could be {self._alternatives()}"
        return ""

    def _alternatives(self) -> str:
        aliases = [candidate.alias.casefold() for candidate in self.candidates]
        names = [  # two entities can share an alias; their ids tell them apart
            f"{c.alias} ({c.entity_id})" if aliases.count(c.alias.casefold()) > 1 else c.alias
            for c in self.candidates
        ]
        if self.unlisted:
            names.append(f"{self.unlisted} others")
        return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


@dataclass(frozen=True, slots=True)
class Alias:
    """One name an entity goes by, as written and normalised."""

    entity_id: str
    entity_type: EntityType
    name: str
    normalised: str


class AliasIndex(Protocol):
    """Where a :class:`Resolver` looks names up: in memory, or in an archive's tables.

    Aliases come in a fixed order (entities in the order they were added, each entity's names
    in order); ties between equally good matches are broken by it, so every index gives the
    same answers.
    """

    def type_of(self, entity_id: str) -> EntityType | None:
        """The type of the entity with this id, None when there is none."""

    def display_name(self, entity_id: str) -> str:
        """The first name of the entity with this id."""

    def named(self, normalised: str, entity_type: EntityType | None) -> tuple[list[Alias], int]:
        """Entities of the type (any when None) with exactly this normalised name: the first
        alias of each of the first :data:`MAX_CANDIDATES`, and how many there are in all."""

    def key_sizes(self, keys: Iterable[str]) -> dict[str, int]:
        """How many aliases, of any type, each of ``keys`` indexes; unused keys are left out."""

    def under(
        self, keys: Iterable[str], entity_type: EntityType | None, limit: int | None = None
    ) -> list[Alias]:
        """Aliases of the type indexed under any of ``keys``, in alias order (at most
        ``limit``)."""

    def entities_under(self, key: str, entity_type: EntityType | None) -> tuple[list[Alias], int]:
        """The first alias of each of the first :data:`MAX_CANDIDATES` entities of the type
        under ``key``, and how many entities there are in all."""

    def bucket_size(self, key: str, entity_type: EntityType | None) -> int:
        """How many aliases of the type ``key`` indexes."""


class MemoryAliases:
    """An :class:`AliasIndex` held in dictionaries."""

    def __init__(self) -> None:
        self._entity_types: dict[str, EntityType] = {}
        self._display_names: dict[str, str] = {}
        self._aliases: list[Alias] = []
        self._known: set[tuple[str, str]] = set()
        # For each exact name, by type (and None for any type): the entities bearing it, each
        # with the index of its alias (insertion order keeps the first alias of each).
        self._named: defaultdict[tuple[EntityType | None, str], dict[str, int]] = defaultdict(dict)
        self._by_key: defaultdict[str, list[int]] = defaultdict(list)

    def add(self, entity_id: str, entity_type: EntityType, names: Iterable[str]) -> None:
        """Register an entity's names (see :meth:`Resolver.add`)."""
        known_type = self._entity_types.setdefault(entity_id, entity_type)
        if known_type != entity_type:
            raise EntityTypeConflictError(
                f"entity {entity_id!r} was added with type {known_type!r}, now with "
                f"{entity_type!r}; give each entity one type, or use another id for the other one"
            )
        for name in names:
            normalised = normalise_name(name)
            if not normalised or (entity_id, normalised) in self._known:
                continue
            self._known.add((entity_id, normalised))
            self._display_names.setdefault(entity_id, name)
            index = len(self._aliases)
            self._aliases.append(Alias(entity_id, entity_type, name, normalised))
            self._named[None, normalised].setdefault(entity_id, index)
            self._named[entity_type, normalised].setdefault(entity_id, index)
            for key in index_keys(normalised):
                self._by_key[key].append(index)

    def type_of(self, entity_id: str) -> EntityType | None:
        return self._entity_types.get(entity_id)

    def display_name(self, entity_id: str) -> str:
        return self._display_names.get(entity_id, entity_id)

    def named(self, normalised: str, entity_type: EntityType | None) -> tuple[list[Alias], int]:
        named = self._named.get((entity_type, normalised), {})
        first = islice(named.values(), MAX_CANDIDATES)
        return [self._aliases[index] for index in first], len(named)

    def key_sizes(self, keys: Iterable[str]) -> dict[str, int]:
        return {key: len(self._by_key[key]) for key in keys if key in self._by_key}

    def under(
        self, keys: Iterable[str], entity_type: EntityType | None, limit: int | None = None
    ) -> list[Alias]:
        indices = sorted({i for key in keys for i in self._by_key.get(key, ())})
        aliases = [self._aliases[i] for i in indices]
        if entity_type is not None:
            aliases = [alias for alias in aliases if alias.entity_type == entity_type]
        return aliases[:limit]

    def entities_under(self, key: str, entity_type: EntityType | None) -> tuple[list[Alias], int]:
        best = first_per_entity(self.under([key], entity_type))
        return best[:MAX_CANDIDATES], len(best)

    def bucket_size(self, key: str, entity_type: EntityType | None) -> int:
        return len(self.under([key], entity_type))


class Resolver:
    """Resolves mentions against the aliases of known entities.

    A best score (0-100) below ``threshold`` means unknown; another entity scoring within
    ``margin`` of the best means ambiguous.
    """

    def __init__(
        self, threshold: float = 85.0, margin: float = 5.0, *, index: AliasIndex | None = None
    ) -> None:
        self.threshold = threshold
        self.margin = margin
        self._index: AliasIndex = index if index is not None else MemoryAliases()
        # Mentions recur across a draft and across claims: each is resolved once per name set.
        self._resolved: dict[tuple[str, EntityType | None], Resolution] = {}
        self._buckets: dict[tuple[str, EntityType | None], list[Alias]] = {}

    def add(self, entity_id: str, entity_type: EntityType, names: Iterable[str]) -> None:
        """Register an entity's name and aliases; calling again adds more aliases.

        Names that are empty once normalised (a bare "Mr") are ignored. Only a resolver over
        its own in-memory index takes names this way; an archive's index is its tables.
        """
        if isinstance(names, str):
            raise TypeError("names must be a collection of names; wrap a single name in a list")
        if not isinstance(self._index, MemoryAliases):
            raise TypeError("this resolver reads an archive's names; add entities to the record")
        self._resolved.clear()
        self._buckets.clear()
        self._index.add(entity_id, entity_type, names)

    def resolve(self, mention: str, entity_type: EntityType | None = None) -> Resolution:
        """Match ``mention`` to one entity, optionally only among entities of ``entity_type``."""
        key = (mention, entity_type)
        if (known := self._resolved.get(key)) is None:
            known = self._resolved[key] = self._resolve(mention, entity_type)
        return known

    def exact(self, mention: str, entity_type: EntityType | None = None) -> str | None:
        """The one entity of the type bearing exactly this name (or id), if there is one."""
        entity_id = mention.strip()
        known_type = self._index.type_of(entity_id)
        if known_type is not None and entity_type in (None, known_type):
            return entity_id
        named, total = self._index.named(normalise_name(mention), entity_type)
        return named[0].entity_id if total == 1 else None

    def _resolve(self, mention: str, entity_type: EntityType | None) -> Resolution:
        entity_id = mention.strip()
        known_type = self._index.type_of(entity_id)
        if known_type is not None and entity_type in (None, known_type):
            only = Candidate(entity_id, self._index.display_name(entity_id), 100.0)
            return Resolution(mention, "resolved", entity_id, (only,))

        normalised = normalise_name(mention)
        named, total = self._index.named(normalised, entity_type)
        if named:  # an exact name: however many bear it, list only the first few
            contenders = [(alias, 100.0) for alias in named]
        else:
            contenders, total = self._fuzzy_contenders(normalised, entity_type)
        if not contenders or contenders[0][1] < self.threshold:
            near = self._spelt_like(normalised, entity_type)
            return Resolution(mention, "unknown", None, (), spelt_like=near)
        listed = tuple(
            Candidate(alias.entity_id, alias.name, score)
            for alias, score in contenders[:MAX_CANDIDATES]
        )
        if total == 1:
            return Resolution(mention, "resolved", listed[0].entity_id, listed)
        return Resolution(mention, "ambiguous", None, listed, total - len(listed))

    def _spelt_like(self, normalised: str, entity_type: EntityType | None) -> str | None:
        """The one name on record a mention no name matches is a slip or two away from: word
        for word the same, but for a letter dropped, added, changed, or two swapped in a word
        or two ("Sarah Tough" for "Sara Tough"; never "Suffolk" for "Norfolk"). A person's name
        never resolves by such a match, but the report can say which name may be meant."""
        aliases = self._candidates(normalised, entity_type)
        near = [alias for alias in aliases or () if _slips_apart(normalised, alias.normalised)]
        return near[0].name if len({alias.entity_id for alias in near}) == 1 else None

    def _fuzzy_contenders(
        self, normalised: str, entity_type: EntityType | None
    ) -> tuple[list[tuple[Alias, float]], int]:
        """The best match and every other entity within the margin of it, best first (the
        first few when there are very many), and how many entities there are."""
        aliases = self._candidates(normalised, entity_type)
        if aliases is None:
            # Words so common ("Ines", "the council") that thousands of aliases share them:
            # plainly ambiguous, so every entity bearing them stands, unscored.
            key = self._least_common_key(normalised)
            assert key is not None  # only reached where that key's bucket was too large
            first, total = self._index.entities_under(key, entity_type)
            return [(alias, 100.0) for alias in first], total
        # token_set_ratio scores 100 when one side's words are a subset of the other's, so a
        # surname alone ("dunkley") fully matches "matt dunkley", and a shared part ("county
        # council") fully matches several entities, which then come out ambiguous. It ignores
        # word order, and a typo inside a word lowers the score only a little. WRatio would mix
        # several heuristics and scale partial matches down, which makes thresholds opaque.
        matches = process.extract(
            normalised,
            [alias.normalised for alias in aliases],
            scorer=fuzz.token_set_ratio,
            processor=None,
            limit=None,
            score_cutoff=max(0.0, self.threshold - self.margin),
        )
        if not matches:
            return [], 0
        # A word of the mention that the alias lacks ("managing director" against "director of
        # children's services") names something else, however high the set score.
        close: list[tuple[Alias, float]] = []
        entities: set[str] = set()
        for _, score, index in matches:  # best first
            alias = aliases[index]
            if close and score < close[0][1] - self.margin:
                break
            # Past a handful of distinct entities the mention is plainly ambiguous: the rest
            # within the margin are counted without the word-by-word check.
            exact_words = alias.entity_type == "person"
            if alias.entity_type == "role" and _ranked_otherwise(normalised, alias.normalised):
                continue
            if len(entities) > MAX_CANDIDATES or _covers(
                normalised, alias.normalised, exact_words=exact_words
            ):
                close.append((alias, score))
                entities.add(alias.entity_id)
        best = _best_per_entity(close)
        return best, len(best)

    def _least_common_key(self, normalised: str) -> str | None:
        sizes = self._index.key_sizes(sorted(index_keys(normalised)))
        return min(sizes, key=lambda key: sizes[key]) if sizes else None

    def _candidates(self, normalised: str, entity_type: EntityType | None) -> list[Alias] | None:
        """Aliases of the type that share an uncommon index key with the mention; None when
        they share only keys so common that more than a couple of thousand aliases bear them."""
        sizes = self._index.key_sizes(sorted(index_keys(normalised)))
        rare = [key for key, size in sizes.items() if size <= _COMMON_KEY_SIZE]
        if not rare and sizes:  # only common words ("Ines"): the least common of them
            key = min(sizes, key=lambda key: sizes[key])
            if self._index.bucket_size(key, entity_type) > _VAGUE_SIZE:
                return None
            if (bucket := self._buckets.get((key, entity_type))) is None:
                bucket = self._buckets[key, entity_type] = self._index.under([key], entity_type)
            return bucket
        return self._index.under(rare, entity_type)


_MAX_SLIPS = 2
_SLIP_MIN_LENGTH = 4
"""A word this short ("Don", "Dan") is another word, not a slip, when a letter differs."""


def _slips_apart(mention: str, name: str) -> bool:
    """Whether two normalised names differ only by a slip in each of one or two words."""
    said, known = mention.split(), name.split()
    if len(said) != len(known) or said == known:
        return False
    slips = 0
    for word, right in zip(said, known, strict=True):
        if word == right:
            continue
        if not is_slip(word, right):
            return False
        slips += 1
    return slips <= _MAX_SLIPS


_COMPASS_POINTS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
)
"""Words that tell places of one name apart ("West Northby"): written, they are meant."""


def is_slip(word: str, right: str) -> bool:
    """Whether ``word`` is ``right`` with one slip: a letter dropped, added or changed, or two
    letters swapped (in words of a few letters at least). A compass point is never a slip of
    another word ("West" is not "Best")."""
    return (
        word != right
        and word not in _COMPASS_POINTS
        and max(len(word), len(right)) >= _SLIP_MIN_LENGTH
        and OSA.distance(word, right) <= 1
    )


_WORD_MATCH = 75.0
"""Two words are the same word, allowing a typo, at this rapidfuzz ratio or above."""


# Words that qualify a holder's tenure rather than name the post ("interim director").
_TENURE_WORDS = frozenset({"interim", "acting", "permanent", "former", "current", "new"})
RANK_WORDS = frozenset({"deputy", "assistant", "vice", "associate", "pro", "sub", "co"})
"""Words that make a post the one under, beside or in place of another ("deputy chief constable",
"vice-chancellor", "co-chief executive")."""


def _ranked_otherwise(mention: str, alias: str) -> bool:
    """Whether a post's name gives it a rank the mention does not: "chief executive" is not the
    "deputy chief executive", however many of its words it shares."""
    return bool((set(alias.split()) - set(mention.split())) & RANK_WORDS)


def _covers(mention: str, alias: str, *, exact_words: bool = False) -> bool:
    """Every significant word of the mention appears in the alias, give or take a typo; never
    a typo in a word with digits ("overspend 1002" is not "overspend 1003") or in a compass
    point ("West Northby" is not "Northby ... Best Value report"), nor in a person's
    name with ``exact_words`` ("Jon Smith" is someone else than "John Smith" unless an alias
    says so), where an initial stands for its word ("J Smith")."""
    alias_words = alias.split()

    def found(word: str) -> bool:
        if exact_words and len(word) == 1:
            return any(candidate.startswith(word) for candidate in alias_words)
        if exact_words or word in _COMPASS_POINTS or any(c.isdigit() for c in word):
            return word in alias_words
        return any(fuzz.ratio(word, candidate) >= _WORD_MATCH for candidate in alias_words)

    return all(
        found(word)
        for word in mention.split()
        if word not in STOPWORDS and word not in _TENURE_WORDS
    )


def _best_per_entity(best_first: Iterable[tuple[Alias, float]]) -> list[tuple[Alias, float]]:
    """Keep each entity's first (so best) alias; the order of aliases breaks ties."""
    best: dict[str, tuple[Alias, float]] = {}
    for alias, score in best_first:
        best.setdefault(alias.entity_id, (alias, score))
    return list(best.values())


def first_per_entity(aliases: Iterable[Alias]) -> list[Alias]:
    """Each entity's first alias, in alias order."""
    return [alias for alias, _ in _best_per_entity((alias, 0.0) for alias in aliases)]


# Words many organisations' names share; they do not say which organisation a post belongs to.
_GENERIC_ORGANISATION_WORDS = frozenset(
    {"the", "of", "and", "county", "council", "city", "borough", "district", "trust"}
)


def role_mention(role: str | None, organisation: str | None) -> str | None:
    """A post as one name: "director of children's services, Norfolk County Council".

    A post already naming its organisation ("Norfolk director of children's services") is
    left as it is.
    """
    if role is None:
        return None
    if not organisation:
        return role
    role_words = set(normalise_name(role).split())
    naming = set(normalise_name(organisation).split()) - _GENERIC_ORGANISATION_WORDS
    if naming & role_words:
        return role
    return f"{role}, {organisation}"


MAX_NAME_LENGTH = 120
"""Longer names are cut: a name is a few words, never a paragraph."""
_MARKUP = re.compile(r"<[^<>]*>")


def clean_name(text: str) -> str:
    """A name as the record keeps it: one line, no control characters or markup tags, at most
    :data:`MAX_NAME_LENGTH` characters (a model's reply must not smuggle text into prompts)."""
    visible = "".join(c if unicodedata.category(c)[0] != "C" else " " for c in text)
    return " ".join(_MARKUP.sub(" ", visible).split())[:MAX_NAME_LENGTH].strip()
