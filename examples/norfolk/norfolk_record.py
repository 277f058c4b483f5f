"""The Norfolk children's services record, built in code from the example articles.

Every event cites the article that reported it, with the article's own words and their offsets,
so the record can be read, diffed and checked like one built by ingesting the articles.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

from factcheck import (
    Attribute,
    Entity,
    Figure,
    FuzzyTime,
    GenericEvent,
    Provenance,
    Quotation,
    Rating,
    Record,
    ReportedCount,
    Tenure,
    locate,
    parse_quantity,
    parse_time,
    read_document,
)
from factcheck.documents import Document

ARTICLES = Path(__file__).parent / "articles"

ROSEN = "2016-11-10-rosen-resigns.md"
WATCHDOGS = "2017-08-17-watchdogs-to-return.md"
TOUGH = "2017-08-31-tough-appointed.md"
EVANS = "2017-10-05-evans-to-leave.md"
INSPECTION = "2018-06-14-requires-improvement.md"


@cache
def article(name: str) -> Document:
    """One of the example articles, with its front-matter date."""
    return read_document(ARTICLES / name)


def cite(name: str, quote: str) -> list[Provenance]:
    """Provenance for ``quote`` in an article; the quote must be the article's exact words."""
    doc = article(name)
    span = locate(quote, doc.text)
    if span is None or span.match != "exact":
        raise ValueError(f"{quote!r} is not in {name}")
    return [
        Provenance(
            source=name,
            published=doc.published,
            quote=quote,
            start=span.start,
            end=span.end,
            match="exact",
        )
    ]


def when(text: str, name: str) -> FuzzyTime:
    """A time expression read against an article's date, as a reader of it would."""
    return parse_time(text, article(name).published)


ENTITIES = [
    Entity(id="lisa-christensen", type="person", name="Lisa Christensen"),
    Entity(id="sheila-lock", type="person", name="Sheila Lock"),
    Entity(id="michael-rosen", type="person", name="Michael Rosen"),
    Entity(id="andrew-bunyan", type="person", name="Andrew Bunyan"),
    Entity(id="matt-dunkley", type="person", name="Matt Dunkley", aliases=["Matthew Dunkley"]),
    Entity(id="sara-tough", type="person", name="Sara Tough"),
    Entity(id="don-evans", type="person", name="Don Evans"),
    Entity(id="cathy-mouser", type="person", name="Cathy Mouser"),
    Entity(id="fiona-fitzpatrick", type="person", name="Fiona Fitzpatrick"),
    Entity(id="wendy-thomson", type="person", name="Wendy Thomson"),
    Entity(id="penny-carpenter", type="person", name="Penny Carpenter"),
    Entity(id="dave-hill", type="person", name="Dave Hill"),
    Entity(
        id="norfolk-county-council",
        type="organisation",
        name="Norfolk County Council",
        aliases=["Norfolk council", "the county council"],
    ),
    Entity(id="dorset-county-council", type="organisation", name="Dorset County Council"),
    Entity(id="essex-county-council", type="organisation", name="Essex County Council"),
    Entity(
        id="ofsted",
        type="organisation",
        name="Ofsted",
        aliases=["the inspectorate", "inspectors", "the watchdog"],
    ),
    Entity(id="right-for-success", type="organisation", name="Right for Success academy trust"),
    Entity(
        id="norfolk-dcs",
        type="role",
        organisation="norfolk-county-council",
        name="Norfolk director of children's services",
        aliases=[
            "director of children's services",
            "director of children's services, Norfolk County Council",
            "executive director of children's services",
            "head of children's services",
            "head of the department",
            "department head",
            "head of Norfolk's children's services",
            "director",
        ],
    ),
    Entity(
        id="dorset-dcs",
        type="role",
        organisation="dorset-county-council",
        name="Dorset director of children's services",
        aliases=["Dorset's director of children's services"],
    ),
    Entity(
        id="norfolk-ad-early-help",
        type="role",
        organisation="norfolk-county-council",
        name="Assistant director for early help, Norfolk County Council",
        aliases=["assistant director for early help"],
    ),
    Entity(
        id="norfolk-childrens-services",
        type="service",
        organisation="norfolk-county-council",
        name="Norfolk children's services",
        aliases=[
            "children's services",
            "the department",
            "children's services department",
            "child protection services",
            "services for vulnerable children",
        ],
    ),
    Entity(
        id="norfolk-adoption",
        type="service",
        organisation="norfolk-county-council",
        name="Norfolk adoption service",
        aliases=["adoption service", "adoption"],
    ),
    Entity(
        id="norfolk-school-improvement",
        type="service",
        organisation="norfolk-county-council",
        name="Norfolk support for school improvement",
        aliases=["support for school improvement", "school improvement"],
    ),
    Entity(
        id="dorset-childrens-services",
        type="service",
        organisation="dorset-county-council",
        name="Dorset children's services",
        aliases=["Dorset's children's services"],
    ),
    Entity(
        id="overspend",
        type="metric",
        name="children's services overspend",
        aliases=["overspend", "overspent"],
    ),
    Entity(
        id="children-in-need-plans",
        type="metric",
        name="share of children in need with an up-to-date plan",
        aliases=[
            "children in need with up-to-date plans",
            "percentage of children in need with up to date plans",
        ],
    ),
    Entity(
        id="looked-after-children",
        type="metric",
        name="looked after children",
        aliases=["number of looked after children", "children in care", "children looked after"],
    ),
    Entity(
        id="outstanding-schools",
        type="metric",
        name="share of Norfolk schools judged outstanding",
        aliases=["schools judged outstanding", "outstanding schools"],
    ),
    Entity(id="savings-target", type="metric", name="savings target", aliases=["savings", "cuts"]),
    Entity(
        id="cases-sampled",
        type="metric",
        name="children's cases sampled by inspectors",
        aliases=["cases sampled", "children's cases"],
    ),
    Entity(
        id="areas-for-improvement",
        type="metric",
        name="areas needing improvement",
        aliases=["areas of improvement", "areas for improvement"],
    ),
]


def _tenures() -> list[Tenure]:
    dcs = "norfolk-dcs"
    return [
        Tenure(
            person="lisa-christensen",
            role=dcs,
            in_post=when("June 2013", ROSEN),
            end=FuzzyTime.between(date(2013, 6, 1), date(2013, 8, 31)),
            provenance=cite(
                ROSEN,
                "Lisa Christensen, director of children's services at "
                "the time, said in June 2013 that she would stand down",
            ),
        ),
        Tenure(
            person="sheila-lock",
            role=dcs,
            interim=True,
            start=when("August 2013", ROSEN),
            end=when("September 2015", ROSEN),
            provenance=cite(
                ROSEN,
                "Sheila Lock became interim director in August 2013. "
                "Mr Rosen succeeded her in September 2015",
            ),
        ),
        Tenure(
            person="michael-rosen",
            role=dcs,
            predecessor="sheila-lock",
            start=when("September 2015", ROSEN),
            end=when("today", ROSEN),
            provenance=cite(ROSEN, "Mr Rosen succeeded her in September 2015")
            + cite(
                ROSEN,
                "Michael Rosen, director of children's services at Norfolk "
                "County Council, resigned today",
            ),
        ),
        Tenure(
            person="michael-rosen",
            role=dcs,
            end=when("last November", WATCHDOGS),
            provenance=cite(
                WATCHDOGS, "Michael Rosen, then head of the department, left last November"
            ),
        ),
        Tenure(
            person="michael-rosen",
            role="norfolk-ad-early-help",
            interim=True,
            start=when("2013", ROSEN),
            provenance=cite(
                ROSEN,
                "He first came to the council in 2013 as an interim "
                "assistant director for early help",
            ),
        ),
        Tenure(
            person="matt-dunkley",
            role=dcs,
            interim=True,
            in_post=when("today", WATCHDOGS),
            provenance=cite(WATCHDOGS, "Matt Dunkley, the current interim director"),
        ),
        Tenure(
            person="andrew-bunyan",
            role=dcs,
            interim=True,
            end=when("February", TOUGH),
            provenance=cite(
                TOUGH,
                "Mr Dunkley took over from Andrew Bunyan, also an interim director, in February",
            ),
        ),
        Tenure(
            person="matt-dunkley",
            role=dcs,
            interim=True,
            predecessor="andrew-bunyan",
            start=when("February", TOUGH),
            end=when("the end of October", TOUGH),
            provenance=cite(
                TOUGH,
                "She will take over from the interim director, Matt Dunkley, at the end of October",
            )
            + cite(
                TOUGH,
                "Mr Dunkley took over from Andrew Bunyan, also an interim director, in February",
            ),
        ),
        Tenure(
            person="sara-tough",
            role=dcs,
            predecessor="matt-dunkley",
            start=when("the end of October", TOUGH),
            provenance=cite(
                TOUGH,
                "She will take over from the interim director, Matt Dunkley, at the end of October",
            ),
        ),
        Tenure(
            person="sara-tough",
            role="dorset-dcs",
            provenance=cite(
                TOUGH, "Sara Tough, director of children's services at Dorset County Council"
            ),
        ),
        Tenure(
            person="matt-dunkley",
            role=dcs,
            interim=True,
            end=when("the end of this month", EVANS),
            provenance=cite(
                EVANS, "Matt Dunkley, the interim director, also leaves at the end of this month"
            ),
        ),
        Tenure(
            person="sara-tough",
            role=dcs,
            start=when("the end of this month", EVANS),
            provenance=cite(
                EVANS,
                "Sara Tough will then become the sixth person to lead the department since 2013",
            ),
        ),
        Tenure(
            person="sara-tough",
            role=dcs,
            interim=False,
            provenance=cite(
                INSPECTION,
                "Sara Tough, the council's permanent executive director of children's services",
            ),
        ),
    ]


def _ratings() -> list[Rating]:
    service, ofsted = "norfolk-childrens-services", "ofsted"
    return [
        Rating(
            inspector=ofsted,
            subject=service,
            judgement="inadequate",
            when=when("February 2013", ROSEN),
            provenance=cite(
                ROSEN,
                "Ofsted rated the council's child protection services inadequate in February 2013",
            ),
        ),
        Rating(
            inspector=ofsted,
            subject="norfolk-school-improvement",
            judgement="ineffective",
            when=when("June 2013", ROSEN),
            provenance=cite(
                ROSEN,
                "By June of that year inspectors had also called the "
                "council's support for school improvement ineffective",
            ),
        ),
        Rating(
            inspector=ofsted,
            subject=service,
            judgement="inadequate",
            when=when("September 2015", ROSEN),
            provenance=cite(
                ROSEN, "in September 2015, when inspectors judged the department still inadequate"
            ),
        ),
        Rating(
            inspector=ofsted,
            subject=service,
            judgement="inadequate",
            when=when("2013", WATCHDOGS),
            provenance=cite(
                WATCHDOGS, "Inspectors rated the department inadequate in 2013 and again in 2015"
            ),
        ),
        Rating(
            inspector=ofsted,
            subject=service,
            judgement="inadequate",
            when=when("2015", WATCHDOGS),
            provenance=cite(
                WATCHDOGS, "Inspectors rated the department inadequate in 2013 and again in 2015"
            ),
        ),
        Rating(
            inspector=ofsted,
            subject=service,
            judgement="requires improvement",
            when=FuzzyTime.between(date(2018, 1, 1), date(2018, 6, 14)),
            provenance=cite(
                INSPECTION,
                "Ofsted has judged that Norfolk County Council's "
                "children's services require improvement",
            ),
        ),
        Rating(
            inspector=ofsted,
            subject="norfolk-adoption",
            judgement="outstanding",
            when=FuzzyTime.between(date(2018, 1, 1), date(2018, 6, 14)),
            provenance=cite(INSPECTION, "rated its adoption service outstanding"),
        ),
        Rating(
            inspector=ofsted,
            subject="norfolk-adoption",
            judgement="requires improvement",
            when=when("2015", INSPECTION),
            provenance=cite(
                INSPECTION,
                "the adoption service had been rated requires improvement at the 2015 inspection",
            ),
        ),
        Rating(
            inspector=ofsted,
            subject=service,
            judgement="good",
            inspection="monitoring",
            when=when("July", EVANS),
            provenance=cite(
                EVANS,
                "A monitoring visit in July found a much greater sense of urgency than before",
            ),
        ),
    ]


def _counts() -> list[ReportedCount]:
    return [
        ReportedCount(
            counted="holders",
            role="norfolk-dcs",
            value=5,
            since=when("February 2013", ROSEN),
            as_of=FuzzyTime.day(date(2017, 8, 17)),
            provenance=cite(
                WATCHDOGS, "Since the 2013 inspection the department has had five heads"
            ),
        ),
        ReportedCount(
            counted="holders",
            role="norfolk-dcs",
            value=6,
            person="sara-tough",
            since=when("2013", EVANS),
            as_of=when("the end of this month", EVANS),
            provenance=cite(
                EVANS,
                "Sara Tough will then become the sixth person to lead the department since 2013",
            ),
        ),
        ReportedCount(
            counted="ratings",
            subject="norfolk-childrens-services",
            value=2,
            judgement="inadequate",
            as_of=FuzzyTime.day(date(2017, 8, 31)),
            provenance=cite(TOUGH, "a department that Ofsted has rated inadequate twice"),
        ),
        ReportedCount(
            counted="ratings",
            subject="norfolk-childrens-services",
            value=2,
            judgement="inadequate",
            as_of=FuzzyTime.day(date(2017, 10, 5)),
            provenance=cite(EVANS, "Ofsted, which has twice rated the department inadequate"),
        ),
    ]


def _figures() -> list[Figure]:
    return [
        Figure(
            metric="overspend",
            subject="norfolk-childrens-services",
            value=parse_quantity("£8.5m"),
            period=when("2016/17", TOUGH),
            provenance=cite(TOUGH, "children's services overspent by £8.5m in 2016/17"),
        ),
        Figure(
            metric="children-in-need-plans",
            subject="norfolk-childrens-services",
            value=parse_quantity("81.9pc"),
            previous=parse_quantity("87.7pc"),
            provenance=cite(
                TOUGH,
                "the share of children in need with an up-to-date plan fell from 87.7pc to 81.9pc",
            ),
        ),
        Figure(
            metric="looked-after-children",
            subject="norfolk-county-council",
            value=parse_quantity("1,089"),
            period=when("today", TOUGH),
            provenance=cite(TOUGH, "1,089 children are looked after by the council"),
        ),
        Figure(
            metric="outstanding-schools",
            value=parse_quantity("14pc"),
            period=when("today", TOUGH),
            provenance=cite(TOUGH, "14pc of Norfolk schools are judged outstanding"),
        ),
        Figure(
            metric="savings-target",
            subject="norfolk-county-council",
            value=parse_quantity("£125m"),
            provenance=cite(WATCHDOGS, "The council has to save £125m over four years"),
        ),
        Figure(
            metric="savings-target",
            subject="norfolk-childrens-services",
            value=parse_quantity("£23.5m"),
            provenance=cite(WATCHDOGS, "£23.5m of it from children's services"),
        ),
        Figure(
            metric="cases-sampled",
            subject="norfolk-childrens-services",
            value=parse_quantity("around 250"),
            period=FuzzyTime.between(date(2018, 1, 1), date(2018, 6, 14)),
            provenance=cite(INSPECTION, "looked at around 250 children's cases"),
        ),
        Figure(
            metric="areas-for-improvement",
            subject="dorset-childrens-services",
            value=parse_quantity("18"),
            period=when("last year", TOUGH),
            provenance=cite(
                TOUGH, "an Ofsted inspection last year listed 18 areas needing improvement"
            ),
        ),
    ]


def _attributes() -> list[Attribute]:
    return [
        Attribute(
            subject="sara-tough",
            attribute="profession",
            value="social worker",
            provenance=cite(TOUGH, "Ms Tough is a social worker by profession"),
        ),
        Attribute(
            subject="sara-tough",
            attribute="years of experience",
            value="32 years",
            provenance=cite(TOUGH, "32 years of experience in the field"),
        ),
        Attribute(
            subject="sara-tough",
            attribute="previous post",
            multiple=True,
            value="director of children's services at Dorset County Council",
            provenance=cite(
                TOUGH, "Sara Tough, director of children's services at Dorset County Council"
            ),
        ),
        Attribute(
            subject="don-evans",
            attribute="next post",
            value="director of operations at the Right for Success academy trust",
            provenance=cite(
                EVANS,
                "is joining the Right for Success academy trust in "
                "Norwich as its director of operations",
            ),
        ),
    ]


def _happenings() -> list[GenericEvent]:
    return [
        GenericEvent(
            event_type="resignation",
            participants=["michael-rosen"],
            when=when("today", ROSEN),
            summary="Michael Rosen resigns as director",
            provenance=cite(ROSEN, "resigned today"),
        ),
        GenericEvent(
            event_type="report",
            participants=["dave-hill", "essex-county-council"],
            when=when("last August", ROSEN),
            summary="Independent review of the department's leadership",
            provenance=cite(
                ROSEN,
                "An independent review by Dave Hill of Essex County Council, published last August",
            ),
        ),
        GenericEvent(
            event_type="visit",
            participants=["ofsted"],
            when=when("last month", WATCHDOGS),
            summary="Ofsted monitoring visit centred on King's Lynn",
            provenance=cite(
                WATCHDOGS, "The most recent visit, last month, concentrated on King's Lynn"
            ),
        ),
    ]


def _quotations() -> list[Quotation]:
    said = [
        ("ofsted", WATCHDOGS, "Formal planning for leaving care starts too late.", "August 2017"),
        (
            "penny-carpenter",
            WATCHDOGS,
            "To where we were eight months ago to where we are now is completely different,",
            "August 2017",
        ),
        (
            "sara-tough",
            INSPECTION,
            "Our department is well on the way to achieving the good judgement that we all want "
            "to see for Norfolk's children,",
            None,
        ),
        (
            "penny-carpenter",
            INSPECTION,
            "We're not complacent, we've got to make further improvements, but getting to good "
            "is in sight.",
            None,
        ),
    ]
    return [
        Quotation(
            speaker=speaker,
            words=words,
            when=when(time, name) if time else None,
            provenance=cite(name, words),
        )
        for speaker, name, words, time in said
    ]


def build_record() -> Record:
    """The whole Norfolk record, every event with its source."""
    return Record(
        ENTITIES,
        [
            *_tenures(),
            *_ratings(),
            *_counts(),
            *_figures(),
            *_attributes(),
            *_happenings(),
            *_quotations(),
        ],
    )


if __name__ == "__main__":
    build_record().save(Path(__file__).parent / "record.json")
