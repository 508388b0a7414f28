"""What one state does that bears on another, told with no verb between two parties: a leader's journey abroad
(`journeys`), a claim to land or waters (`claims`), a state told as a side (`sides`), the heads of two states
(`titled_heads`), an airspace closed to another state's planes (`airspace`), two states' joint work (`joint_work`), a
coast guard's force turned on another state's boats (`force_at_sea`). Each adds the acting weight of a theme of
relations between states (a reciprocal side only a share of it, `sides.side_share`), explained as the reading that
found it."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.themes.airspace import AIRSPACE, airspace_barred
from dashboard.analysis.themes.claims import CLAIM, claimed
from dashboard.analysis.themes.force_at_sea import FORCE_AT_SEA, forced_at_sea
from dashboard.analysis.themes.joint_work import JOINT, joint_work
from dashboard.analysis.themes.journeys import journey_abroad
from dashboard.analysis.themes.sides import SIDES, sided
from dashboard.analysis.themes.titled_heads import HEADS_OF_STATES, heads_of_two_states

#: The readings whose finding opens on its own prefix; a journey's is given one here.
PREFIXED = (CLAIM, SIDES, HEADS_OF_STATES, AIRSPACE, JOINT, FORCE_AT_SEA)


def deed_abroad(doc: Doc | Span, leaders: frozenset[str]) -> str:
    """The first deed of one state bearing on another that a reading finds, as it explains it, or ""."""
    found = (
        journey_abroad(doc, leaders)
        or claimed(doc)
        or sided(doc)
        or heads_of_two_states(doc)
        or airspace_barred(doc)
        or joint_work(doc)
        or forced_at_sea(doc)
    )
    return found if not found or found.startswith(PREFIXED) else f"journey: {found}"
