"""A part in an event set before a titled name ("The moderator, Brightmoor president Eleanor Voss,", "The host, Halden
Bank chief executive Tom Reyes,"): event write-ups name who chairs or hosts a session this way, and the part played
(moderator, host) says nothing of where the person works or in what office they speak, while the title right before
the name does; so the title, not the part, describes the person."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.kinds import OCCASIONS
from dashboard.analysis.quotes.titles_over_appositions import OFFICES


def title_over_occasion(head: Token, ent: Span) -> bool:
    """Whether `head`, the noun a name is set beside, is a part in an event and the name has a title of office of its
    own right before it ("The moderator, Brightmoor president X")."""
    if head.lower_ not in OCCASIONS or ent.start == 0 or head.i >= ent.start:
        return False
    before = ent.doc[ent.start - 1]
    return before.lower_.rstrip(".") in OFFICES and before.head.i >= ent.start and before.i > head.i + 1
