"""An organisation found in a description of a person, and the tokens that name it (what `affiliations` returns)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


@dataclass(frozen=True)
class Found:
    """An organisation found in a description, and the tokens that name it."""

    name: str
    tokens: tuple[Token, ...]
    place: bool = False  # a country or place, which counts only when no organisation is named
    party: bool = False  # a party named by its adjective ("Tory leader") or a force ("police"), which a role keeps

    @property
    def adjective(self) -> bool:
        """Whether the words name the speaker's country or party as a description ("French", "Tory") does."""
        return self.place or self.party
