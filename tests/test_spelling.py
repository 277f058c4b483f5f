"""Names spelt otherwise than the record: every person and organisation of the Norfolk record
misspelt as sub-editors see it, each flagged with the record's spelling; the right forms never."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from norfolk_record import build_record

from factcheck import Attribute, AttributeClaim, Checker, Entity, Provenance, Record, TenureClaim
from factcheck.claims import Claim, absent_from, claims_adapter
from factcheck.cli import main

RECORD = build_record()
DRAFT_DAY = date(2018, 7, 2)
PEOPLE = [e for e in RECORD.entities.values() if e.type == "person"]
ORGANISATIONS = [e for e in RECORD.entities.values() if e.type == "organisation"]
VOWELS = "aeiou"


def misspelt(word: str) -> dict[str, str]:
    """The slips sub-editors see most, each made in the middle of ``word``."""
    i = len(word) // 2
    vowel = next((k for k in range(1, len(word)) if word[k] in VOWELS), None)
    slips = {
        "a dropped letter": word[:i] + word[i + 1 :],
        "a doubled letter": word[:i] + word[i] + word[i:],
        "a swapped pair": word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :],
    }
    if vowel is not None:
        other = "e" if word[vowel] != "e" else "a"
        slips["a wrong vowel"] = word[:vowel] + other + word[vowel + 1 :]
    return {how: slip for how, slip in slips.items() if slip.casefold() != word.casefold()}


def person_claim(written: str, field_value: str | None = None) -> Claim:
    return TenureClaim(
        quote=f"{written} was appointed to lead the department",
        as_of=DRAFT_DAY,
        person=field_value or written,
        organisation="Norfolk County Council",
    )


def organisation_claim(written: str) -> Claim:
    return AttributeClaim(
        quote=f"{written} said its budget was under pressure",
        as_of=DRAFT_DAY,
        subject=written,
        attribute="statement",
        value="its budget was under pressure",
    )


def flagged(record: Record, claim: Claim) -> list[tuple[str, str]]:
    return [(m.written, m.expected) for m in Checker(record).check_all([claim]).misspellings]


PERSON_SLIPS = [
    (person.name, name.replace(word, slip), how)
    for person in PEOPLE
    for name in [person.name]
    for word in name.split()
    if len(word) >= 4
    for how, slip in misspelt(word).items()
]
ORGANISATION_SLIPS = [
    (organisation.name, organisation.name.replace(word, slip), how)
    for organisation in ORGANISATIONS
    for word in organisation.name.split()[:1]
    if len(word) >= 5
    for how, slip in misspelt(word).items()
] + [("Norfolk County Council", "Norfolk Country Council", "Country for County")]


@pytest.mark.parametrize(("name", "written", "how"), PERSON_SLIPS)
def test_a_misspelt_person_is_flagged_with_the_records_spelling(
    name: str, written: str, how: str
) -> None:
    assert flagged(RECORD, person_claim(written)) == [(written, name)], how


@pytest.mark.parametrize(("name", "written", "how"), ORGANISATION_SLIPS)
def test_a_misspelt_organisation_is_flagged_with_the_records_spelling(
    name: str, written: str, how: str
) -> None:
    assert flagged(RECORD, organisation_claim(written)) == [(written, name)], how


def test_the_draft_is_read_as_written_not_as_the_model_tidied_it() -> None:
    claim = person_claim("Sarah Tough", field_value="Sara Tough")
    assert flagged(RECORD, claim) == [("Sarah Tough", "Sara Tough")]


@pytest.mark.parametrize(
    "written",
    [
        *(person.name for person in PEOPLE),
        "Matthew Dunkley",  # an alias on record
        "Ms Tough",
        "Mr Dunkley",
        "Dunkley",
        "Tough's",
        "S Tough",
        "Cllr Dave Hill",
    ],
)
def test_right_forms_honorifics_initials_and_surnames_are_never_flagged(written: str) -> None:
    assert flagged(RECORD, person_claim(written)) == []


@pytest.mark.parametrize(
    "written", [*(o.name for o in ORGANISATIONS), "the county council", "Norfolk County Council's"]
)
def test_organisations_written_as_the_record_writes_them_are_never_flagged(written: str) -> None:
    assert flagged(RECORD, organisation_claim(written)) == []


def test_words_in_lower_case_that_look_like_a_name_are_not_its_spelling() -> None:
    """ "to change" is closer to "Tommy Chang" than "Chang" is, but a name starts with a capital."""
    record = Record()
    record.add_entity(Entity(id="tommy-chang", type="person", name="Tommy Chang"))
    claim = TenureClaim(
        quote="In the last year, Chang faced criticism over a plan to change school start times",
        as_of=DRAFT_DAY,
        person="Tommy Chang",
        organisation="Norfolk County Council",
    )
    assert flagged(record, claim) == []


def test_a_body_s_name_in_the_singular_or_plural_is_no_misspelling_but_a_person_s_is() -> None:
    systems = Entity(id="kirkby-systems", type="organisation", name="Kirkby Systems")
    record = Record([*RECORD.entities.values(), systems], RECORD.events)
    assert flagged(record, organisation_claim("Kirkby System")) == []
    assert flagged(record, person_claim("Sara Toughs")) == [("Sara Toughs", "Sara Tough")]


def test_a_body_s_name_in_british_or_american_spelling_is_one_spelling_but_a_person_s_is_not() -> (
    None
):
    """Sources write "Kirkby Theatre" as "Kirkby Theater" too; a person's "Seymour" is not
    "Seymor"."""
    theater = Entity(id="kirkby-theater", type="organisation", name="Kirkby Theater")
    seymour = Entity(id="ann-seymour", type="person", name="Ann Seymour")
    record = Record([*RECORD.entities.values(), theater, seymour], RECORD.events)
    assert flagged(record, organisation_claim("Kirkby Theatre")) == []
    assert flagged(record, person_claim("Ann Seymor", "Ann Seymour")) == [
        ("Ann Seymor", "Ann Seymour")
    ]


def test_a_name_with_or_without_its_accents_is_one_spelling() -> None:
    """Sources write "Brünjes" and "Brunjes" alike; a letter changed is still a slip."""
    accented = Entity(id="harry-brunjes", type="person", name="Harry Brünjes")
    record = Record([*RECORD.entities.values(), accented], RECORD.events)
    assert flagged(record, person_claim("Harry Brunjes")) == []
    assert flagged(record, person_claim("Harry Brünjes")) == []
    assert flagged(record, person_claim("Harry Brinjes")) == [("Harry Brinjes", "Harry Brünjes")]


def test_a_name_with_its_umlauts_written_out_is_one_spelling() -> None:
    """Sources write "Müller" as "Mueller" too; a letter changed is still a slip."""
    written_out = Entity(id="hanna-mueller", type="person", name="Hanna Mueller")
    record = Record([*RECORD.entities.values(), written_out], RECORD.events)
    assert flagged(record, person_claim("Hanna Müller", "Hanna Mueller")) == []
    assert flagged(record, person_claim("Hanna Mieller", "Hanna Mueller")) == [
        ("Hanna Mieller", "Hanna Mueller")
    ]


def test_a_spelling_a_source_itself_writes_is_no_misspelling() -> None:
    """One source writes "Amadeo", another "Amedeo": a draft writing either follows a source."""
    felisa = Entity(id="amadeo-velasco", type="person", name="Amadeo Velasco")
    told = Attribute(
        subject="amadeo-velasco",
        attribute="post",
        value="chief executive",
        provenance=[
            Provenance(
                source="2017-03-22-article.md",
                published=date(2017, 3, 22),
                quote="Amedeo Velasco, the chief executive",
            )
        ],
    )
    record = Record([*RECORD.entities.values(), felisa], [*RECORD.events, told])
    assert flagged(record, person_claim("Amedeo Velasco")) == []
    assert flagged(record, person_claim("Amadeo Velacso")) == [("Amadeo Velacso", "Amadeo Velasco")]


def test_a_name_the_record_does_not_know_is_never_called_misspelt() -> None:
    assert flagged(RECORD, person_claim("Quentin Zebedee")) == []
    assert flagged(RECORD, organisation_claim("Suffolk County Council")) == []


def test_an_alias_an_editor_added_is_right_by_definition() -> None:
    record = Record(RECORD.entities.values(), RECORD.events)
    assert flagged(record, person_claim("Sarah Tough")) == [("Sarah Tough", "Sara Tough")]
    record.add_alias("sara-tough", "Sarah Tough")
    assert flagged(record, person_claim("Sarah Tough")) == []


def test_a_misspelling_is_an_alarm_listed_with_the_sources_that_spell_it_right() -> None:
    report = Checker(RECORD).check_all([person_claim("Sara Tuogh")])
    assert report.has_problems
    (misspelling,) = report.misspellings
    assert misspelling.expected == "Sara Tough"
    assert misspelling.sources
    assert all("sara tough" in source.quote.casefold() for source in misspelling.sources)


def test_every_report_format_lists_misspellings_first_and_the_command_exits_1(
    tmp_path: Path,
) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(
        "---\npublished: 2018-07-02\n---\nSarah Tough was appointed to lead the department.\n",
        encoding="utf-8",
    )
    claims = tmp_path / "claims.json"
    claims.write_bytes(claims_adapter.dump_json([person_claim("Sarah Tough")]))
    record = Path(__file__).resolve().parent.parent / "examples" / "norfolk" / "record.json"
    outputs = {}
    for output_format in ("text", "markdown", "json", "html"):
        arguments = ["check", str(draft), "--claims", str(claims), "--record", str(record)]
        result = CliRunner().invoke(main, [*arguments, "--format", output_format])
        assert result.exit_code == 1, result.output
        outputs[output_format] = result.output
    assert outputs["text"].index("MISSPELT") < outputs["text"].index("UNVERIFIABLE")
    assert outputs["markdown"].index("MISSPELT") < outputs["markdown"].index("UNVERIFIABLE")
    (misspelling,) = json.loads(outputs["json"])["misspellings"]
    assert (misspelling["written"], misspelling["expected"]) == ("Sarah Tough", "Sara Tough")
    page = outputs["html"]
    assert page.index('id="spelling-0"') < page.index('id="claim-0"')
    assert page.index("1 misspelt") < page.index("0 contradicted")
    assert re.search(r'<mark class="spelling"[^>]*>Sarah Tough</mark>', page)


def test_a_name_misspelt_inside_a_value_is_flagged_with_the_spelling_sources_gave() -> None:
    """No entity stands for the force a career began with, but the source's words spell it."""
    said = "Mr Tully began his career as a constable with Greater Manchester Police"
    record = Record(
        [Entity(id="owen-tully", type="person", name="Owen Tully")],
        [
            Attribute(
                subject="owen-tully",
                attribute="first post",
                value="constable, Greater Manchester Police",
                provenance=[Provenance(source="a.md", published=date(2020, 1, 6), quote=said)],
            )
        ],
    )
    claim = AttributeClaim(
        quote="Owen Tully began his career with Grater Manchester Police",
        as_of=DRAFT_DAY.replace(year=2021),
        subject="Owen Tully",
        attribute="first post",
        value="Grater Manchester Police",
    )
    report = Checker(record).check_all([claim])
    assert [(m.written, m.expected) for m in report.misspellings] == [
        ("Grater Manchester Police", "Greater Manchester Police")
    ]
    assert [s.source for s in report.misspellings[0].sources] == ["a.md"]
    assert report.verdicts[0].verdict == "unverifiable", "a misspelling or another force"


def test_a_claim_naming_a_person_as_the_record_spells_them_is_kept_where_the_text_misspells() -> (
    None
):
    """The prompt asks the model for the record's spelling; the text's slip is then flagged."""
    claim = person_claim("Sarah Tough", "Sara Tough")
    assert absent_from(claim, "Ms Tuogh was appointed to lead the department") == []
    assert absent_from(claim, "Ms Brown was appointed to lead the department") != []
