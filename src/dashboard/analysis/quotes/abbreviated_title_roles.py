"""The titles written before a person's name, with an abbreviated title right before the name read as one: "“…,”
said Coun. Ada Lin" gives the councillor her title as "Coun. Ada Lin said" does. The parser hangs a full title on
the name as a compound, but may hang an abbreviated one on the verb after a quotation, where neither the name's
compounds nor the name itself hold it, so the speaker got no title and her kind no office."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.abbreviations import ABBREVIATED_TITLES
from dashboard.analysis.doc_text import text_of, words_of
from dashboard.analysis.names import TITLES


def titles_of(ent: Span) -> list[str]:
    """The titles written within the name `ent` ("Mayor Ann Ross" read as one name), or else the abbreviated title of
    a councillor, an alderman or a rank written right before it ("Coun.", "Supt.", "Cst."); none when neither is."""
    titles = [w for w in text_of(ent).split()[:-1] if w.lower() in TITLES]
    if titles or not ent.start or words_of(ent.doc).isdisjoint(ABBREVIATED_TITLES):
        return titles  # most paragraphs write no abbreviated title
    before = ent.doc[ent.start - 1]
    return [before.text] if before.lower_ in ABBREVIATED_TITLES else []
