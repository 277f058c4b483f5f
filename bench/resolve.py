"""Name resolution: 10,000 mentions against 100,000 aliases with ``factcheck.resolution.Resolver``.

The aliases are those of the synthetic stories of ``check.py`` (councils, their directors'
posts, services and directors). Mentions are written the ways drafts write names: as recorded,
with an honorific, by surname alone, with a typo, a post described in other words, a person the
record does not hold, or a vague phrase ("the council"). Each mention is resolved with the entity
type the checker would ask for.

The resolver remembers what each mention resolved to, so a mention met again costs a lookup: the
per-category times are for first sightings, repeats are timed apart.

    python bench/resolve.py [--aliases 100000] [--mentions 10000]
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from check import STRANGERS, Story, story, story_entities, typo

from factcheck import Entity
from factcheck.resolution import EntityType, Resolver


@dataclass(frozen=True)
class Mention:
    category: str
    text: str
    entity_type: EntityType


def _person(told: Story, rng: random.Random) -> Mention:
    person = rng.choice(told.posts).person
    return Mention("exact", person.name, "person")


def _honorific(told: Story, rng: random.Random) -> Mention:
    person = rng.choice(told.posts).person
    return Mention("honorific", f"{person.honorific} {person.name}", "person")


def _surname(told: Story, rng: random.Random) -> Mention:
    person = rng.choice(told.posts).person
    return Mention("surname", f"{person.honorific} {person.surname}", "person")


def _typo_mention(told: Story, rng: random.Random) -> Mention:
    person = rng.choice(told.posts).person
    return Mention("typo", f"{person.first} {typo(person.surname, rng)}", "person")


def _post(told: Story, rng: random.Random) -> Mention:
    return Mention("post_reworded", f"{told.place}'s director of children's services", "role")


def _service(told: Story, rng: random.Random) -> Mention:
    service = rng.choice(told.services)
    return Mention("exact", rng.choice((service.name, *service.aliases)), "service")


def _stranger(told: Story, rng: random.Random) -> Mention:
    surname = rng.choice(told.posts).person.surname
    return Mention("unknown", f"{rng.choice(STRANGERS)} {surname}", "person")


_VAGUE: tuple[tuple[str, EntityType], ...] = (
    ("the council", "organisation"),
    ("children's services", "service"),
)


def _vague(told: Story, rng: random.Random) -> Mention:
    text, entity_type = rng.choice(_VAGUE)
    return Mention("vague", text, entity_type)


_MIX: dict[Callable[[Story, random.Random], Mention], int] = {
    _person: 30,
    _service: 10,
    _honorific: 10,
    _surname: 10,
    _typo_mention: 15,
    _post: 10,
    _stranger: 10,
    _vague: 5,
}


def build(aliases: int) -> tuple[Resolver, list[Story], int, float]:
    """A resolver over the names of enough stories to reach ``aliases`` names.

    Returns the resolver, the stories, how many names it holds, and the seconds it took to index
    them (generating the stories is not counted).
    """
    stories: list[Story] = []
    entities: list[Entity] = []
    names = 0
    while names < aliases:
        stories.append(story(len(stories)))
        for entity in story_entities(stories[-1]):
            entities.append(entity)
            names += len(entity.names)
    resolver = Resolver()
    started = time.perf_counter()
    for entity in entities:
        resolver.add(entity.id, entity.type, entity.names)
    return resolver, stories, names, time.perf_counter() - started


def mentions(stories: Sequence[Story], count: int, seed: int = 11) -> list[Mention]:
    """``count`` mentions of the stories' names, written as ``_MIX`` weighs them."""
    rng = random.Random(seed)
    makers, weights = list(_MIX), list(_MIX.values())
    return [rng.choices(makers, weights)[0](rng.choice(stories), rng) for _ in range(count)]


def report(name: str, value: float, unit: str, digits: int = 0) -> None:
    print(f"{name}: {value:.{digits}f} {unit}", flush=True)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--aliases", type=int, default=100_000, help="names the resolver holds")
    parser.add_argument("--mentions", type=int, default=10_000, help="mentions to resolve")
    args = parser.parse_args(argv)
    resolver, stories, names, build_s = build(args.aliases)
    report("aliases", names, "aliases")
    report("stories", len(stories), "stories")
    report("index_build_s", build_s, "s", 2)
    written = mentions(stories, args.mentions)
    seconds: defaultdict[str, float] = defaultdict(float)
    timed: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    seen: set[tuple[str, EntityType]] = set()
    started = time.perf_counter()
    for mention in written:
        key = (mention.text, mention.entity_type)
        group = "repeated" if key in seen else mention.category
        seen.add(key)
        begun = time.perf_counter()
        resolution = resolver.resolve(mention.text, mention.entity_type)
        seconds[group] += time.perf_counter() - begun
        timed[group] += 1
        outcomes[f"{mention.category}_{resolution.status}"] += 1
    total_s = time.perf_counter() - started
    report("mentions", len(written), "mentions")
    report("distinct_mentions", len(seen), "mentions")
    report("mentions_per_s", len(written) / total_s, "mentions/s")
    report("us_per_mention", total_s / len(written) * 1e6, "us", 1)
    for group, spent in sorted(seconds.items()):
        report(f"us_per_mention_{group}", spent / timed[group] * 1e6, "us", 1)
    for outcome, n in sorted(outcomes.items()):
        report(outcome, n, "mentions")


if __name__ == "__main__":
    main()
