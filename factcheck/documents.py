"""Texts to check or ingest: an article or draft with its publication date.

A document file is plain UTF-8 text, optionally opening with front matter::

    ---
    title: New director named
    published: 2017-08-31
    ---
    Body text...

The date may instead be given by the caller; one of the two is required, because relative
expressions ("last November") are read against it.
"""

from __future__ import annotations

import codecs
import re
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from factcheck.errors import InputError, InvalidTimeError
from factcheck.timespan import parse_date

MAX_BYTES = 5_000_000
"""Larger texts are refused: no news article or draft comes near this size."""

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


@dataclass(frozen=True)
class Document:
    """A text with its source id and publication date."""

    source: str
    text: str
    published: date
    title: str = ""


def parse_document(raw: str, *, source: str, published: date | str | None = None) -> Document:
    """Split front matter from the body and settle the date (an explicit ``published`` wins)."""
    fields: dict[str, str] = {}
    body = raw
    match = _FRONT_MATTER.match(raw)
    if match:
        body = raw[match.end() :]
        for line in match.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                fields[key.strip().casefold()] = value.strip().strip("'\"")
    if not body.strip():
        raise InputError(f"{source} has no text to read; check the file is the one you meant")
    when = published if published is not None else fields.get("published") or fields.get("date")
    if when is None or when == "":
        raise InputError(
            f"{source} has no date; give one with --date YYYY-MM-DD or a 'published:' line "
            "in its front matter (relative times like 'last November' are read against it)"
        )
    if isinstance(when, str):
        try:
            when = parse_date(when)
        except InvalidTimeError as exc:
            raise InputError(f"{source}: the date {when!r} is not usable: {exc}") from None
    return Document(source=source, text=body, published=when, title=fields.get("title", ""))


def decode_text(data: bytes, *, source: str) -> str:
    """Decode a file's bytes as UTF-8 text (or UTF-16 with its byte-order mark), refusing
    empty, binary and oversized input."""
    if not data.strip():
        raise InputError(f"{source} is empty; give a file with the article or draft text")
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{source} is {len(data):,} bytes, over the {MAX_BYTES:,}-byte limit; "
            "split it into separate articles"
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{source} is not valid UTF-16 text; re-save it as UTF-8") from None
    if b"\x00" in data:
        raise InputError(f"{source} looks like a binary file, not text; save it as plain text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source} is not UTF-8 text (bad byte at position {exc.start}); re-save it as UTF-8"
        ) from None


def read_document(path: str | Path, *, published: date | str | None = None) -> Document:
    """Read a document file; its source id is the file name."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {file}") from None
    except IsADirectoryError:
        raise InputError(f"{file} is a directory; give a text file") from None
    return parse_document(
        decode_text(data, source=file.name), source=file.name, published=published
    )


def check_writable(path: Path, what: str) -> None:
    """Refuse to write ``path`` where its file or its folder is marked read-only, before any
    work is spent on what would be written (the mode bits are honoured even for a superuser)."""
    if path.exists() and not path.stat().st_mode & stat.S_IWUSR:
        raise InputError(f"{what} {path} is read-only; make it writable or write elsewhere")
    folder = path.parent
    if folder.exists() and not folder.stat().st_mode & stat.S_IWUSR:
        raise InputError(f"the folder of {what} {path} is read-only; write elsewhere")
