"""Matching names and roles in a text to the entities of a record."""

from __future__ import annotations

from itertools import product

import pytest

from factcheck.errors import EntityTypeConflictError
from factcheck.resolution import MAX_CANDIDATES, Candidate, Resolution, Resolver, normalise_name


@pytest.fixture
def norfolk() -> Resolver:
    resolver = Resolver()
    for person in [
        "Matt Dunkley",
        "Michael Rosen",
        "Sara Tough",
        "Sheila Lock",
        "Andrew Bunyan",
        "Lisa Christensen",
    ]:
        resolver.add(person.lower().replace(" ", "-"), "person", [person])
    resolver.add("ofsted", "organisation", ["Ofsted", "Office for Standards in Education"])
    resolver.add("norfolk-county-council", "organisation", ["Norfolk County Council"])
    resolver.add("dorset-county-council", "organisation", ["Dorset County Council"])
    resolver.add(
        "director-of-childrens-services",
        "role",
        ["director of children's services", "head of children's services", "department head"],
    )
    resolver.add("norfolk-childrens-services", "service", ["Norfolk children's services"])
    return resolver


@pytest.mark.parametrize(
    ("name", "normalised"),
    [
        ("Mr Dunkley", "dunkley"),
        ("Mr. Dunkley", "dunkley"),
        ("Prof Sir Ian Blue", "ian blue"),
        ("Cllr. Jo Green-Smith", "jo green smith"),
        (
            "The Director of Children\N{RIGHT SINGLE QUOTATION MARK}s  Services",
            "director of children services",
        ),
        ("Norfolk's council", "norfolk council"),
    ],
)
def test_names_are_compared_without_honorifics_possessives_or_punctuation(
    name: str, normalised: str
) -> None:
    assert normalise_name(name) == normalised


def test_a_surname_with_an_honorific_resolves_to_the_person(norfolk: Resolver) -> None:
    resolution = norfolk.resolve("Mr Dunkley")

    assert resolution.status == "resolved"
    assert resolution.entity_id == "matt-dunkley"
    assert resolution.candidates == (Candidate("matt-dunkley", "Matt Dunkley", 100.0),)
    assert resolution.reason == ""


def test_any_alias_of_a_role_resolves_to_it(norfolk: Resolver) -> None:
    for mention in [
        "the director of children's services",
        "Head of Children\N{RIGHT SINGLE QUOTATION MARK}s Services",
        "the department head",
    ]:
        assert norfolk.resolve(mention).entity_id == "director-of-childrens-services"


def test_an_entity_id_resolves_to_itself(norfolk: Resolver) -> None:
    assert norfolk.resolve("sara-tough").entity_id == "sara-tough"


def test_a_misspelt_organisation_still_resolves(norfolk: Resolver) -> None:
    resolution = norfolk.resolve("Norfolk Countey Council")

    assert resolution.status == "resolved"
    assert resolution.entity_id == "norfolk-county-council"
    assert 85.0 <= resolution.candidates[0].score < 100.0


def test_a_persons_name_a_letter_apart_is_someone_else_unless_an_alias_says_so() -> None:
    resolver = Resolver()
    resolver.add("john-smith", "person", ["John Smith"])
    someone_else = resolver.resolve("Jon Smith")
    assert someone_else.status == "unknown"
    assert "the record has 'John Smith', spelt otherwise" in someone_else.reason
    resolver.add("john-smith", "person", ["Jon Smith"])
    assert resolver.resolve("Jon Smith").entity_id == "john-smith"


def test_numbers_in_names_never_fuzz() -> None:
    resolver = Resolver()
    resolver.add("overspend-1002", "metric", ["overspend 1002"])
    assert resolver.resolve("overspend 1003").status == "unknown"


def test_a_compass_point_in_a_name_never_fuzzes() -> None:
    resolver = Resolver()
    resolver.add("best-value-report", "organisation", ["Northby County Council Best Value report"])
    assert resolver.resolve("West Northby council").status == "unknown"
    assert resolver.resolve("Northby County Council Bets Value report").status == "resolved"


def test_a_post_is_never_the_post_ranked_under_or_beside_it() -> None:
    resolver = Resolver()
    resolver.add("deputy-ceo", "role", ["deputy chief executive, Fenmoor Water"])
    resolver.add("pvc", "role", ["pro vice chancellor, University of Fenmoor"])
    assert resolver.resolve("chief executive, Fenmoor Water", "role").status == "unknown"
    assert resolver.resolve("vice chancellor, University of Fenmoor", "role").status == "unknown"
    misspelt = resolver.resolve("deputy chief executve, Fenmoor Water", "role")
    assert misspelt.entity_id == "deputy-ceo"


def test_a_person_the_resolver_does_not_know_is_unknown(norfolk: Resolver) -> None:
    resolution = norfolk.resolve("Dr Wendy Thomson")

    assert resolution == Resolution("Dr Wendy Thomson", "unknown", None, ())
    assert resolution.reason == "unknown entity 'Dr Wendy Thomson'"


def test_a_mention_that_fits_two_entities_equally_is_ambiguous(norfolk: Resolver) -> None:
    resolution = norfolk.resolve("County Council")

    assert resolution.status == "ambiguous"
    assert resolution.entity_id is None
    assert [c.entity_id for c in resolution.candidates] == [
        "norfolk-county-council",
        "dorset-county-council",
    ]
    assert resolution.reason == (
        "ambiguous entity 'County Council': "
        "could be Norfolk County Council or Dorset County Council"
    )


def test_an_alias_shared_by_two_entities_is_ambiguous_and_the_reason_names_their_ids(
    norfolk: Resolver,
) -> None:
    norfolk.add("norfolk-county-council", "organisation", ["the county council"])
    norfolk.add("dorset-county-council", "organisation", ["the county council"])

    resolution = norfolk.resolve("The County Council")

    assert resolution.status == "ambiguous"
    assert resolution.reason == (
        "ambiguous entity 'The County Council': could be "
        "the county council (norfolk-county-council) or the county council (dorset-county-council)"
    )


@pytest.mark.parametrize(
    ("margin", "status", "entity_id"),
    [(5.0, "ambiguous", None), (2.0, "resolved", "sheila-lock")],
)
def test_a_second_entity_within_the_margin_of_the_best_makes_a_match_ambiguous(
    margin: float, status: str, entity_id: str | None
) -> None:
    resolver = Resolver(margin=margin)
    resolver.add("sheila-lock", "organisation", ["Sheila Lock"])  # "Sheila Lok" scores 95.2
    resolver.add("sheila-locke", "organisation", ["Sheila Locke"])  # and 90.9

    resolution = resolver.resolve("Sheila Lok")

    assert (resolution.status, resolution.entity_id) == (status, entity_id)


def test_the_threshold_decides_how_close_a_match_must_be(norfolk: Resolver) -> None:
    strict = Resolver(threshold=95.0)
    strict.add("norfolk-county-council", "organisation", ["Norfolk County Council"])

    assert strict.resolve("Norfolk Cuonty Councel").status == "unknown"  # scores 90.9
    assert norfolk.resolve("Norfolk Cuonty Councel").status == "resolved"


def test_an_entity_type_narrows_the_search(norfolk: Resolver) -> None:
    assert norfolk.resolve("Norfolk").status == "ambiguous"
    assert norfolk.resolve("Norfolk", "organisation").entity_id == "norfolk-county-council"
    assert norfolk.resolve("Norfolk", "service").entity_id == "norfolk-childrens-services"
    assert norfolk.resolve("Ofsted", "person").status == "unknown"
    assert norfolk.resolve("ofsted", "person").status == "unknown"


def test_a_long_list_of_contenders_is_counted_rather_than_listed() -> None:
    resolver = Resolver()
    for place in ["Kent", "Essex", "Devon", "Surrey", "Norfolk", "Suffolk", "Dorset"]:
        resolver.add(place.lower(), "organisation", [f"{place} County Council"])

    resolution = resolver.resolve("the county council")

    assert len(resolution.candidates) == MAX_CANDIDATES
    assert resolution.unlisted == 2
    assert resolution.reason.endswith("Norfolk County Council or 2 others")


def test_an_entity_keeps_one_type() -> None:
    resolver = Resolver()
    resolver.add("ofsted", "organisation", ["Ofsted"])

    with pytest.raises(EntityTypeConflictError, match="type 'organisation', now with 'person'"):
        resolver.add("ofsted", "person", ["Ofsted"])


def test_names_must_be_a_collection_not_a_single_string() -> None:
    with pytest.raises(TypeError, match="wrap a single name in a list"):
        Resolver().add("ofsted", "organisation", "Ofsted")


def test_twenty_thousand_aliases_resolve_correctly() -> None:
    syllables = ["ka", "lo", "mi", "ran", "tor", "vel", "sen", "dar", "bri", "nu", "pe"]
    firsts = ["Anna", "Brian", "Chloe", "David", "Emma", "Farid", "Grace", "Hamish", "Ines"]
    surnames = ["".join(parts).capitalize() for parts in product(syllables, repeat=4)][:10_000]
    resolver = Resolver()
    person_with_surname: dict[str, str] = {}
    for number, surname in enumerate(surnames):
        first = firsts[number % len(firsts)]
        person_with_surname[surname] = f"person-{number}"
        resolver.add(f"person-{number}", "person", [f"{first} {surname}", f"{surname}, {first}"])

    assert resolver.resolve("Anna Kakakaka").entity_id == person_with_surname["Kakakaka"]
    assert resolver.resolve("Mr Lomisenbri").entity_id == person_with_surname["Lomisenbri"]
    assert resolver.resolve("Kakakape, Brian").entity_id == person_with_surname["Kakakape"]
    assert resolver.resolve("Brian Kakakapi").status == "unknown", "a letter apart: someone else"
    assert resolver.resolve("Sven Oddsson").status == "unknown"
    everyone_called_ines = resolver.resolve("Ines")
    assert everyone_called_ines.status == "ambiguous"
    assert len(everyone_called_ines.candidates) + everyone_called_ines.unlisted == 10_000 // 9
