"""The event record: merging reports, disputes, what it knew when, and safe JSON storage."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from norfolk_record import build_record
from pydantic import ValidationError
from stores import Store

from factcheck import (
    Checker,
    Entity,
    Figure,
    FigureClaim,
    FuzzyTime,
    Provenance,
    Record,
    RecordError,
    RecordVersionError,
    Tenure,
    TenureClaim,
    UnknownEntityError,
    parse_quantity,
)
from factcheck.record import SCHEMA_VERSION


def source(name: str, day: date, quote: str = "") -> list[Provenance]:
    return [Provenance(source=name, published=day, quote=quote)]


def small_record(store: Store | None = None) -> Record:
    return (store.record if store else Record)(
        [
            Entity(id="ann-ames", type="person", name="Ann Ames"),
            Entity(id="head", type="role", name="Head of the service"),
            Entity(id="overspend", type="metric", name="overspend"),
        ]
    )


def test_the_same_fact_from_two_sources_is_one_event_with_both_sources(store: Store) -> None:
    record = small_record(store)
    fact = {"person": "ann-ames", "role": "head", "start": FuzzyTime.month(2015, 9)}
    first = record.add(Tenure(**fact, provenance=source("a.md", date(2016, 1, 1))))
    second = record.add(Tenure(**fact, provenance=source("b.md", date(2016, 2, 1))))
    assert second.id == first.id
    assert [p.source for p in record.event(first.id).provenance] == ["a.md", "b.md"]
    assert len(record.events) == 1


def test_conflicting_reports_are_both_kept_and_checking_them_is_disputed(store: Store) -> None:
    record = small_record(store)
    record.add(
        Figure(
            metric="overspend",
            value=parse_quantity("£8.5m"),
            period=FuzzyTime.financial_year(2016),
            provenance=source("a.md", date(2017, 8, 1)),
        )
    )
    record.add(
        Figure(
            metric="overspend",
            value=parse_quantity("£9.2m"),
            period=FuzzyTime.financial_year(2016),
            provenance=source("b.md", date(2017, 9, 1)),
        )
    )
    assert len(record.events) == 2
    claim = FigureClaim(
        quote="£8.5m overspend",
        as_of=date(2017, 10, 1),
        metric="overspend",
        value="£8.5m",
        period="2016/17",
    )
    verdict = Checker(record).check(claim)
    assert verdict.verdict == "disputed"
    assert {p.source for e in verdict.evidence for p in e.sources} == {"a.md", "b.md"}


def two_reported_starts() -> Record:
    """Source a.md (January 2016) says Ann Ames began in September 2015, b.md (February
    2016) says March 2014."""
    record = small_record()
    for start, name, day in (
        ((2015, 9), "a.md", date(2016, 1, 1)),
        ((2014, 3), "b.md", date(2016, 2, 1)),
    ):
        record.add(
            Tenure(
                person="ann-ames",
                role="head",
                start=FuzzyTime.month(*start),
                provenance=source(name, day),
            )
        )
    return record


def began_in_september_2015(as_of: date) -> TenureClaim:
    return TenureClaim(
        quote="began in September 2015",
        as_of=as_of,
        person="Ann Ames",
        role="head of the service",
        start="September 2015",
    )


def test_sources_disagreeing_on_a_start_date_make_a_tenure_claim_disputed() -> None:
    verdict = Checker(two_reported_starts()).check(began_in_september_2015(date(2016, 3, 1)))
    assert verdict.verdict == "disputed"
    assert "sources disagree on Ann Ames' start: March 2014 or September 2015" in (
        verdict.explanation
    )


def test_a_dispute_only_arises_once_both_sources_were_published() -> None:
    verdict = Checker(two_reported_starts()).check(began_in_september_2015(date(2016, 1, 15)))
    assert verdict.verdict == "supported"


def test_an_event_naming_an_unknown_entity_is_refused_with_a_hint(store: Store) -> None:
    record = small_record(store)
    with pytest.raises(UnknownEntityError, match="add the entity to the record first"):
        record.add(
            Tenure(person="bob-bates", role="head", provenance=source("a.md", date(2016, 1, 1)))
        )


def test_reusing_an_entity_id_for_someone_else_is_refused(store: Store) -> None:
    record = small_record(store)
    with pytest.raises(RecordError, match="already used"):
        record.add_entity(Entity(id="ann-ames", type="person", name="Anne Amis"))


def test_a_view_holds_only_what_was_reported_by_its_date(store: Store) -> None:
    record = store.copy(build_record())
    assert {t.person for t in record.view(date(2017, 8, 17)).tenures("norfolk-dcs")} == {
        "lisa-christensen",
        "sheila-lock",
        "michael-rosen",
        "matt-dunkley",
    }
    assert "andrew-bunyan" in {
        t.person for t in record.view(date(2017, 8, 31)).tenures("norfolk-dcs")
    }


def test_a_retracted_event_is_kept_but_no_longer_used(store: Store) -> None:
    record = small_record(store)
    event = record.add(
        Tenure(
            person="ann-ames",
            role="head",
            start=FuzzyTime.month(2015, 9),
            provenance=source("a.md", date(2016, 1, 1)),
        )
    )
    assert record.view().tenures("head") == [event]
    record.retract(event.id, "the source corrected itself")
    assert record.view().tenures("head") == []
    reloaded = Record.loads(record.dumps())
    assert reloaded.events[0].retracted == "the source corrected itself"
    assert reloaded.view().tenures("head") == []


def test_what_a_record_returns_cannot_be_changed_behind_its_back(store: Store) -> None:
    record = small_record(store)
    event = record.add(
        Tenure(person="ann-ames", role="head", provenance=source("a.md", date(2016, 1, 1)))
    )
    with pytest.raises(ValidationError, match="frozen"):
        event.retracted = "changed in place"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="frozen"):
        record.entity("ann-ames").aliases = ("Ann",)  # type: ignore[misc]
    with pytest.raises(AttributeError):
        record.entity("ann-ames").aliases.append("Ann")  # type: ignore[attr-defined]
    assert record.view().tenures("head") == [event]


# -- storage -----------------------------------------------------------------------------------


def test_a_saved_record_loads_back_identical(tmp_path: Path) -> None:
    record = build_record()
    path = tmp_path / "record.json"
    record.save(path)
    again = Record.load(path)
    assert again.dumps() == record.dumps()
    document = json.loads(path.read_text())
    assert document["schema"] == "factcheck.record"
    assert document["version"] == SCHEMA_VERSION


def test_a_failed_save_leaves_the_previous_record_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "record.json"
    small_record().save(path)
    before = path.read_text()

    def crash(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        build_record().save(path)
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["record.json"], "no temporary file left"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"schema": "factcheck.record", "version": 1, "entities": [', "not valid JSON"),
        ('{"entities": []}', "not a factcheck record"),
        ('{"schema": "factcheck.record", "version": "one"}', "no integer"),
        (
            '{"schema": "factcheck.record", "version": 1, "entities": [{"id": "x"}]}',
            "not a valid record",
        ),
    ],
)
def test_a_broken_record_file_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "record.json"
    path.write_text(content)
    with pytest.raises(RecordError, match=message):
        Record.load(path)


def test_a_truncated_record_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "record.json"
    build_record().save(path)
    path.write_text(path.read_text()[:5000])
    with pytest.raises(RecordError, match="not valid JSON"):
        Record.load(path)


def test_a_record_from_a_newer_version_asks_for_an_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "record.json"
    path.write_text(json.dumps({"schema": "factcheck.record", "version": SCHEMA_VERSION + 1}))
    with pytest.raises(RecordVersionError, match="upgrade factcheck"):
        Record.load(path)


def test_a_missing_record_file_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match="no record at"):
        Record.load(tmp_path / "absent.json")


def test_every_example_quote_is_the_articles_own_words() -> None:
    from norfolk_record import article

    for event in build_record().events:
        for p in event.provenance:
            text = article(p.source).text
            assert p.start is not None and p.end is not None
            assert text[p.start : p.end] == p.quote


def test_the_shipped_example_record_is_the_one_built_in_code() -> None:
    shipped = Path(__file__).parent.parent / "examples" / "norfolk" / "record.json"
    assert Record.load(shipped).dumps() == build_record().dumps(), (
        "regenerate it: python examples/norfolk/norfolk_record.py"
    )


def test_a_reported_succession_dates_the_handover_but_cannot_contradict_alone(store: Store) -> None:
    record = small_record(store)
    record.add_entity(Entity(id="bob-bates", type="person", name="Bob Bates"))
    record.add(
        Tenure(
            person="ann-ames",
            role="head",
            start=FuzzyTime.year(2012),
            provenance=source("a.md", date(2016, 4, 1)),
        )
    )
    record.add(
        Tenure(
            person="bob-bates",
            role="head",
            predecessor="ann-ames",
            start=FuzzyTime.month(2016, 3),
            provenance=source("a.md", date(2016, 4, 1)),
        )
    )
    checker = Checker(record)

    def left(when: str) -> str:
        claim = TenureClaim(
            quote="Ann Ames left", as_of=date(2016, 5, 1), person="Ann Ames", role="head", end=when
        )
        return checker.check(claim).verdict

    assert left("March 2016") == "supported"
    assert left("2014") == "unverifiable", "only a succession dates her departure"


# -- open ranges and impossible numbers ------------------------------------------------------------


def open_range_record() -> Record:
    record = small_record()
    record.add(
        Figure(
            metric="overspend",
            value=parse_quantity("more than £8m"),
            period=FuzzyTime.financial_year(2016),
            provenance=source("a.md", date(2017, 5, 1), "more than £8m"),
        )
    )
    return record


def test_an_open_range_saves_and_loads_back(tmp_path: Path) -> None:
    record = open_range_record()
    path = tmp_path / "record.json"
    record.save(path)
    loaded = Record.load(path)
    assert loaded.dumps() == record.dumps()
    (figure,) = loaded.events
    assert isinstance(figure, Figure)
    assert figure.value.label() == "more than £8m"


def test_a_json_report_with_an_open_range_meets_its_published_schema() -> None:
    from jsonschema import validate
    from pydantic import TypeAdapter

    from factcheck.report import ReportDocument

    claim = FigureClaim(
        quote="more than £8m", as_of=date(2017, 6, 1), metric="overspend", value="more than £8m"
    )
    report = Checker(open_range_record()).check_all([claim])
    document = json.loads(ReportDocument.of(report).model_dump_json(by_alias=True))
    validate(document, TypeAdapter(ReportDocument).json_schema(by_alias=True))
    assert document["verdicts"][0]["claim"]["value"]["high"] == "Infinity"


def test_a_record_holding_nan_is_refused_on_load() -> None:
    text = (
        open_range_record()
        .dumps()
        .replace('"Infinity"', '"NaN"')
        .replace('"low": 8000000.0', '"low": "NaN"')
    )
    with pytest.raises(RecordError, match="finite number"):
        Record.loads(text)


def test_a_nan_figure_in_a_claim_is_refused() -> None:
    with pytest.raises(ValueError, match="finite number"):
        FigureClaim.model_validate(
            {
                "quote": "x",
                "as_of": date(2017, 6, 1),
                "metric": "overspend",
                "value": {"low": float("nan"), "high": float("nan"), "unit": "GBP"},
            }
        )


# -- an editor's corrections keep the record consistent --------------------------------------------


def test_an_alias_another_entity_goes_by_is_refused_with_a_merge_hint(store: Store) -> None:
    record = small_record(store)
    record.add_entity(Entity(id="bo-ames", type="person", name="Bo Ames"))
    with pytest.raises(RecordError, match=r"already names 'bo-ames'.*record merge"):
        record.add_alias("ann-ames", "bo ames")


def test_a_blank_alias_is_refused(store: Store) -> None:
    with pytest.raises(RecordError, match="blank"):
        small_record(store).add_alias("ann-ames", "  \n ")


@pytest.mark.parametrize("retracted_first", [True, False])
def test_merging_a_retracted_and_a_live_copy_of_one_fact_keeps_the_retraction(
    retracted_first: bool, store: Store
) -> None:
    record = small_record(store)
    record.add_entity(Entity(id="ms-ames", type="person", name="Ms Ames"))
    copies = [
        Tenure(person=person, role="head", start=FuzzyTime.year(2015), provenance=source(s, day))
        for person, s, day in [
            ("ann-ames", "a.md", date(2016, 1, 1)),
            ("ms-ames", "b.md", date(2016, 2, 1)),
        ]
    ]
    stored = [record.add(copy) for copy in copies]
    record.retract(stored[0 if retracted_first else 1].id, "the source corrected it")
    record.merge_entities("ann-ames", "ms-ames")
    (merged,) = record.events
    assert merged.retracted == "the source corrected it"
    assert {p.source for p in merged.provenance} == {"a.md", "b.md"}


def test_an_event_id_already_used_by_another_event_is_refused(store: Store) -> None:
    record = small_record(store)
    first = record.add(
        Tenure(person="ann-ames", role="head", provenance=source("a.md", date(2016, 1, 1)))
    )
    other = Tenure(
        id=first.id,
        person="ann-ames",
        role="head",
        start=FuzzyTime.year(2015),
        provenance=source("b.md", date(2016, 2, 1)),
    )
    with pytest.raises(RecordError, match="already used"):
        record.add(other)


def test_a_read_only_record_file_is_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "record.json"
    small_record().save(path)
    before = path.read_text(encoding="utf-8")
    path.chmod(0o444)
    record = small_record()
    record.add_alias("ann-ames", "Dr Ames")
    with pytest.raises(RecordError, match="read-only"):
        record.save(path)
    assert path.read_text(encoding="utf-8") == before


def test_a_save_removes_what_saves_killed_long_ago_left_behind(tmp_path: Path) -> None:
    path = tmp_path / "record.json"
    abandoned = tmp_path / ".record.json.k1ll3d.tmp"
    recent = tmp_path / ".record.json.und3rway.tmp"
    for leftover in (abandoned, recent):
        leftover.write_text("{half a record", encoding="utf-8")
    two_hours_ago = abandoned.stat().st_mtime - 7200
    os.utime(abandoned, (two_hours_ago, two_hours_ago))
    small_record().save(path)
    assert not abandoned.exists()
    assert recent.exists(), "a save still under way elsewhere is left alone"
