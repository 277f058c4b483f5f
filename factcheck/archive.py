"""Where a record is kept, chosen by its location: a JSON file, a SQLite archive, or PostgreSQL.

- ``story.json`` (any path not below): one story's record as readable, reviewable JSON, read
  whole into memory and written back whole, atomically, under a lock file;
- ``archive.db`` (``.db``, ``.sqlite``, ``.sqlite3``, or any existing SQLite file): an archive
  of many stories in SQLite, read only as far as a check needs;
- ``postgresql://host/db``: a newsroom's shared archive in PostgreSQL.

The same :class:`~factcheck.record.Record` rules apply to each; only the storage differs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from factcheck.documents import check_writable, decode_text
from factcheck.errors import InputError, RecordError
from factcheck.record import Record
from factcheck.storage.base import Storage

Location = str | os.PathLike[str]

ARCHIVE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
_SQLITE_HEADER = b"SQLite format 3\x00"


def kind_of(location: Location) -> str:
    """``"json"``, ``"sqlite"`` or ``"postgresql"``: which store a location names."""
    text = os.fspath(location)
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql"
    path = Path(text)
    if path.suffix.casefold() in ARCHIVE_SUFFIXES:
        return "sqlite"
    try:
        with path.open("rb") as file:
            if file.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER:
                return "sqlite"
    except OSError:
        pass
    return "json"


def describe_location(location: Location) -> str:
    """The location as it may be shown: a URL without its password."""
    from factcheck.storage.postgres import without_password

    return without_password(os.fspath(location))


def open_record(location: Location, *, create: bool = False) -> Record:
    """The record at ``location``. A JSON record is read whole into memory (``create``: an
    empty one where there is no file yet); an archive is connected to, its tables created or
    upgraded, and read only as claims need it. Close it (or use ``with``) when done."""
    kind = kind_of(location)
    if kind == "json":
        path = Path(location)
        if create and not path.exists():
            return Record()
        return Record.load(path)
    return Record(storage=_archive(location, create=create))


def _archive(location: Location, *, create: bool) -> Storage:
    if kind_of(location) == "postgresql":
        from factcheck.storage.postgres import PostgresStorage

        return PostgresStorage(os.fspath(location))
    from factcheck.storage.sqlite import SqliteStorage

    path = Path(location)
    if not path.exists():
        if not create:
            raise RecordError(
                f"no archive at {path}; create one by ingesting articles into it or with "
                "`factcheck record import`"
            )
        check_writable(path, "the archive")
        path.parent.mkdir(parents=True, exist_ok=True)
    return SqliteStorage(path)


@contextmanager
def editing(location: Location) -> Iterator[Record]:
    """The record at ``location`` (created if absent), for changes that are kept together or
    not at all: a JSON file is locked, read, and written back atomically when the block ends
    without error; an archive's changes are one transaction, which other writers wait for."""
    if kind_of(location) == "json":
        from filelock import FileLock

        path = Path(location)
        try:
            check_writable(path, "the record")
        except InputError as error:
            raise RecordError(str(error)) from None
        path.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(f"{path}.lock"):
            record = Record.load(path) if path.exists() else Record()
            yield record
            record.save(path)
        return
    with open_record(location, create=True) as record, record.transaction():
        yield record


def export_record(location: Location) -> str:
    """The record at ``location`` as the JSON document a record file holds."""
    with open_record(location) as record:
        return record.dumps() + "\n"


def import_record(json_path: Location, location: Location) -> tuple[int, int]:
    """Copy a JSON record file into the new or empty store at ``location``, in one
    transaction; exporting it again gives the same bytes. Returns how many entities and
    events were copied."""
    source = Path(json_path)
    try:
        text = decode_text(source.read_bytes(), source=str(source))
    except FileNotFoundError:
        raise InputError(f"no such file: {source}") from None
    record = Record.loads(text, origin=str(source))
    if kind_of(location) == "json" and Path(location).exists():
        raise RecordError(f"{location} already exists; import into a new file or archive")
    save_record(record, location)
    return len(record.entities), len(record.events)


def save_record(record: Record, location: Location) -> None:
    """Write ``record`` to ``location``: a JSON file (replaced atomically), or a new or
    empty archive, filled in one transaction."""
    if kind_of(location) == "json":
        record.save(Path(location))
        return
    storage = _archive(location, create=True)
    try:
        if storage.count_entities() or storage.count_events():
            raise RecordError(
                f"the archive at {describe_location(location)} is not empty; write into a new "
                "one (records are combined by ingesting their articles)"
            )
        with storage.transaction():
            Record(record.entities.values(), record.events, storage=storage)
    finally:
        storage.close()
