"""Archives: a record in SQLite or PostgreSQL behaves as the same record in memory, survives
crashes and concurrent writers, upgrades by named migrations, and exports as its JSON."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import textwrap
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from norfolk_record import build_record
from stores import Store
from strategies import claims, stories

from factcheck import Checker, Entity, Provenance, Record, Tenure, TenureClaim
from factcheck.archive import editing, export_record, import_record, kind_of, open_record
from factcheck.claims import claims_adapter
from factcheck.errors import RecordError, RecordVersionError
from factcheck.storage import migrations
from factcheck.storage.sqlite import SqliteStorage

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "norfolk" / "record.json"


def test_locations_name_their_store() -> None:
    assert kind_of("story.json") == "json"
    assert kind_of("archive.db") == "sqlite"
    assert kind_of("archive.sqlite3") == "sqlite"
    assert kind_of("postgresql://localhost/newsroom") == "postgresql"


def test_a_sqlite_file_is_an_archive_whatever_its_name(tmp_path: Path) -> None:
    SqliteStorage(tmp_path / "archive.db").close()
    (tmp_path / "archive.db").rename(tmp_path / "newsroom-archive")
    assert kind_of(tmp_path / "newsroom-archive") == "sqlite"


# -- the same record wherever it is kept ---------------------------------------------------------


def test_the_example_exports_byte_for_byte_after_sqlite_and_postgresql(
    tmp_path: Path, postgres: Store
) -> None:
    archive, shared = tmp_path / "archive.db", postgres.location()
    import_record(EXAMPLE, archive)
    (tmp_path / "from-sqlite.json").write_text(export_record(archive), encoding="utf-8")
    import_record(tmp_path / "from-sqlite.json", shared)
    assert export_record(shared) == EXAMPLE.read_text(encoding="utf-8")


@settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(story=stories())
def test_a_generated_record_exports_byte_for_byte_after_sqlite_and_postgresql(
    story: object, postgres: Store
) -> None:
    record = story.record()  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as folder:
        original, again = Path(folder) / "record.json", Path(folder) / "again.json"
        record.save(original)
        import_record(original, Path(folder) / "archive.db")
        again.write_text(export_record(Path(folder) / "archive.db"), encoding="utf-8")
        shared = postgres.location()
        import_record(again, shared)
        assert export_record(shared) == original.read_text(encoding="utf-8")


@settings(max_examples=40, deadline=None, derandomize=True)
@given(data=st.data(), story=stories())
def test_an_archive_gives_the_verdicts_the_record_gives_in_memory(
    data: st.DataObject, story: object
) -> None:
    memory = story.record()  # type: ignore[attr-defined]
    claim_list = data.draw(st.lists(claims(story), min_size=1, max_size=6))
    with tempfile.TemporaryDirectory() as folder:
        archive = Record(
            memory.entities.values(), memory.events, storage=SqliteStorage(Path(folder) / "a.db")
        )
        with archive:
            assert Checker(archive).check_all(claim_list) == Checker(memory).check_all(claim_list)


def test_importing_into_an_archive_that_holds_a_record_is_refused(tmp_path: Path) -> None:
    import_record(EXAMPLE, tmp_path / "archive.db")
    with pytest.raises(RecordError, match="not empty"):
        import_record(EXAMPLE, tmp_path / "archive.db")


def test_opening_an_archive_that_is_not_there_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match="create one by ingesting"):
        open_record(tmp_path / "missing.db")


def test_a_file_that_is_not_an_archive_is_a_clear_error(tmp_path: Path) -> None:
    damaged = tmp_path / "archive.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    with pytest.raises(RecordError, match=r"archive\.db"):
        open_record(damaged)


def test_an_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(RecordError, match="cannot connect to the archive"):
        open_record("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2")


# -- one record, many readers and writers ---------------------------------------------------------

ANN = Entity(id="ann-ames", type="person", name="Ann Ames")
HEAD = Entity(id="head", type="role", name="head of service")


def ann_as_head(source: str, published: date) -> Tenure:
    return Tenure(
        person="ann-ames",
        role="head",
        start=None,
        provenance=[Provenance(source=source, published=published, quote="Ann Ames, the head")],
    )


def test_a_reader_sees_what_another_writer_added_since(store: Store) -> None:
    location = store.location()
    with editing(location) as writer:
        writer.add_entity(ANN)
        writer.add_entity(HEAD)
    claim = TenureClaim(
        quote="Ann Ames, head of service",
        as_of=date(2018, 1, 1),
        person="Ann Ames",
        role="head of service",
    )
    with open_record(location) as reader:
        assert Checker(reader).check(claim).verdict == "unverifiable"
        with editing(location) as writer:
            writer.add(ann_as_head("a.md", date(2017, 6, 1)))
        if store.kind == "memory":  # a JSON record read earlier is a copy, not the file
            return
        assert Checker(reader).check(claim).verdict == "supported"


WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from factcheck import Attribute, Entity, Provenance
    from factcheck.archive import editing

    writer, location, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    for n in range(count):
        with editing(location) as record:  # one transaction per article
            record.add_entity(Entity(id="ann-ames", type="person", name="Ann Ames"))
            source = Provenance(source=f"{writer}-{n}.md", published=date(2017, 1, 1))
            record.add(Attribute(subject="ann-ames", attribute="note",
                                 value=f"{writer} {n}", provenance=[source]))
    """
)


def test_four_processes_ingesting_at_once_lose_nothing(store: Store) -> None:
    location = store.location()
    with editing(location) as record:
        record.add_entity(ANN)
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, name, location, "15"])
        for name in ("alpha", "beta", "gamma", "delta")
    ]
    assert [writer.wait(timeout=300) for writer in writers] == [0, 0, 0, 0]
    with open_record(location) as record:
        notes = {event.value for event in record.events}  # type: ignore[attr-defined]
    assert len(notes) == 60


CRASHER = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import date
    from factcheck import Attribute, Entity, Provenance
    from factcheck.archive import editing

    with editing(sys.argv[1]) as record:
        record.add_entity(Entity(id="bob-bell", type="person", name="Bob Bell"))
        for n in range(50):
            source = Provenance(source=f"crash-{n}.md", published=date(2018, 1, 1))
            record.add(Attribute(subject="bob-bell", attribute="note", value=str(n),
                                 provenance=[source]))
        os.kill(os.getpid(), signal.SIGKILL)  # killed before the article is complete
    """
)


def test_a_process_killed_mid_ingest_leaves_the_archive_as_it_was(store: Store) -> None:
    location = store.location()
    with editing(location) as record:
        record.add_entity(ANN)
        record.add_entity(HEAD)
        record.add(ann_as_head("a.md", date(2017, 6, 1)))
    before = export_record(location)
    crashed = subprocess.run([sys.executable, "-c", CRASHER, location], timeout=120)
    assert crashed.returncode == -9
    assert export_record(location) == before
    with editing(location) as record:  # and it takes the next article as usual
        record.add(ann_as_head("b.md", date(2017, 7, 1)))
    assert export_record(location) != before


def test_an_error_inside_a_transaction_keeps_none_of_its_changes(store: Store) -> None:
    location = store.location()
    with editing(location) as record:
        record.add_entity(ANN)
    before = export_record(location)
    with pytest.raises(RecordError, match="unknown entity"), editing(location) as record:
        record.add_entity(HEAD)
        record.add(ann_as_head("a.md", date(2017, 6, 1)))
        record.add(ann_as_head("b.md", date(2017, 7, 1)).model_copy(update={"role": "nobody"}))
    assert export_record(location) == before


# -- named migrations ---------------------------------------------------------------------------


def applied(path: Path) -> list[str]:
    storage = SqliteStorage(path)
    try:
        return [name for (name,) in storage._run("SELECT name FROM migrations ORDER BY name")]
    finally:
        storage.close()


def test_a_new_archive_has_every_migration_applied_by_name(tmp_path: Path) -> None:
    assert applied(tmp_path / "a.db") == [name for name, _ in migrations.MIGRATIONS]


def test_an_archive_of_an_earlier_schema_is_upgraded_on_opening_without_loss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_record(EXAMPLE, tmp_path / "a.db")
    later = ("9999_a_later_index", "CREATE INDEX events_by_kind ON events (kind)")
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, later])
    assert applied(tmp_path / "a.db")[-1] == "9999_a_later_index"
    assert export_record(tmp_path / "a.db") == EXAMPLE.read_text(encoding="utf-8")


def test_an_archive_from_a_newer_factcheck_asks_for_an_upgrade(tmp_path: Path) -> None:
    SqliteStorage(tmp_path / "a.db").close()
    storage = SqliteStorage(tmp_path / "a.db")
    storage._run("INSERT INTO migrations (name, applied) VALUES ('9999_from_the_future', 'x')")
    storage.close()
    with pytest.raises(RecordVersionError, match="upgrade factcheck"):
        open_record(tmp_path / "a.db")


def test_an_archive_is_the_same_record_as_the_example_built_in_code(store: Store) -> None:
    record = store.copy(build_record())
    assert record.dumps() == build_record().dumps()


EARLIER = Path(__file__).resolve().parent / "earlier"


def test_a_record_and_claims_from_the_first_release_open_in_every_store(store: Store) -> None:
    location = store.location()
    import_record(EARLIER / "record-first-release.json", location)
    claims = claims_adapter.validate_json(
        (EARLIER / "claims-first-release.json").read_text(encoding="utf-8")
    )
    with open_record(location) as record:
        assert record.dumps() == Record.load(EARLIER / "record-first-release.json").dumps()
        report = Checker(record).check_all(claims)
    ordinal = next(v for v in report.verdicts if v.claim.kind == "holder_ordinal")
    assert (ordinal.verdict, ordinal.expected) == ("contradicted", "sixth")


def test_a_name_thousands_of_entities_share_resolves_alike_in_memory_and_in_an_archive(
    store: Store,
) -> None:
    councils = [
        Entity(id=f"council-{n}", type="organisation", name=f"Place{n:04d} Council")
        for n in range(2_100)
    ]
    record = store.record(councils)
    memory = Record(councils)
    for mention in ("the council", "Place0007 Council", "Place0007 Counsil"):
        assert record.resolve(mention, "organisation") == memory.resolve(mention, "organisation")
    vague = record.resolve("the council", "organisation")
    assert (vague.status, len(vague.candidates) + vague.unlisted) == ("ambiguous", 2_100)
