"""The library in a few lines: build a record, check claims, read the verdicts.

    python examples/library_api.py

No model is involved: the record is built in code and the claims are written as structured data,
the way editorial tooling might hand them over.
"""

from __future__ import annotations

from datetime import date

from factcheck import (
    Checker,
    Entity,
    FuzzyTime,
    HolderCountClaim,
    Provenance,
    Record,
    Tenure,
    TenureClaim,
)


def source(name: str, day: date, quote: str) -> list[Provenance]:
    return [Provenance(source=name, published=day, quote=quote)]


record = Record(
    [
        Entity(
            id="head", type="role", name="head of the library service", aliases=["chief librarian"]
        ),
        Entity(id="ada", type="person", name="Ada Byron"),
        Entity(id="ben", type="person", name="Ben Okri"),
    ]
)
record.add(
    Tenure(
        person="ada",
        role="head",
        start=FuzzyTime.year(2012),
        end=FuzzyTime.month(2016, 3),
        provenance=source("one.md", date(2016, 4, 2), "Ms Byron left in March"),
    )
)
record.add(
    Tenure(
        person="ben",
        role="head",
        start=FuzzyTime.month(2016, 3),
        predecessor="ada",
        provenance=source("one.md", date(2016, 4, 2), "Mr Okri took over in March"),
    )
)

claims = [
    TenureClaim(
        quote="Mr Okri, chief librarian since March 2016",
        as_of=date(2016, 6, 1),
        person="Mr Okri",
        role="chief librarian",
        start="March 2016",
        current=True,
    ),
    HolderCountClaim(
        quote="the service's third head since 2012",
        as_of=date(2016, 6, 1),
        role="head of the library service",
        count=3,
        since="2012",
    ),
]

report = Checker(record).check_all(claims)
for verdict in report.verdicts:
    print(f"{verdict.verdict:>12}  {verdict.claim.quote}")
    print(f"{'':>12}  {verdict.explanation}")
print(report.counts())
