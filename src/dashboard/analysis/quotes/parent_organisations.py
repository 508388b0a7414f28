"""The organisation an organisation is part of, as the article says it: "Y" in "the Hazards Center at Y"."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.quotes.mentions import Mentions


def parent_organisation(mentions: Mentions, p: int, ent: Span) -> str:
    """The organisation an organisation is part of, as "Y" in "X at Y"."""
    for child in ent.root.rights:
        if child.dep_ == "prep" and child.lower_ == "at":
            for t in child.children:
                parent = mentions.entity(p, t)
                if parent is not None and mentions.label(p, parent) == "ORG":
                    return mentions.name_of(p, parent)
    return ""
