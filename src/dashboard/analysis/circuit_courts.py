"""US federal courts named with the circuit or district they sit for ("the U.S. Court of Appeals for the Ninth
Circuit", "the U.S. District Court for the Southern District of New York"). The recogniser tags the court and its
circuit as two names ("U.S. Court of Appeals", "the Ninth Circuit"), so a court that speaks, or whose panel does,
loses the part of its name that says which court it is, and GUIDELINES.md names the institution as the article names
it most completely. This pipeline step, run after the recogniser, joins them into one organisation's name."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.retagged import with_next_joined
from dashboard.analysis.step_entities import current_entities

#: The name of the pipeline step.
STEP = "circuit_courts"
#: The words a court's circuit or district ends with ("the Ninth Circuit", "the Southern District").
_SEATS = frozenset({"circuit", "district"})


@Language.component(STEP)
def circuit_courts(doc: Doc) -> Doc:
    """The document with each federal court joined to the circuit or district named after it by "for"."""
    return with_next_joined(doc, _court_with_seat)


def _court_with_seat(court: Span, seat: Span | None) -> Span | None:
    """The court's whole name with its circuit or district; None when `seat` is none of its."""
    end = _seat_end(court.doc, court, seat)
    return Span(court.doc, court.start, end, label="ORG") if end else None


def _seat_end(doc: Doc, court: Span, seat: Span | None) -> int:
    """Where the court's full name ends when `seat` is its circuit or district after "for" ("Court of Appeals for
    the Ninth Circuit", "District Court for the Southern District of New York"); 0 when it is no such pair."""
    if seat is None or court.label_ != "ORG" or court[-1].lower_ not in ("appeals", "court"):
        return 0
    if seat.start != court.end + 1 or doc[court.end].lower_ != "for" or seat[-1].lower_ not in _SEATS:
        return 0
    following = doc[seat.end : seat.end + 2]
    place = next((e for e in current_entities(doc) if e.start == seat.end + 1), None)
    if len(following) == 2 and following[0].lower_ == "of" and place is not None and place.label_ == "GPE":
        return place.end  # "the Southern District of New York"
    return seat.end
