"""The side that sends an envoy: "China's UN ambassador" and "Britain's UN envoy" serve China and Britain, not the
body they are sent to, which the recogniser tags in the description ("UN") and which would otherwise be taken for the
envoy's organisation. The owner of an envoy's title sends them; the words between name where they are posted."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dashboard.analysis.quotes.affiliations import Found, organisation_at
from dashboard.analysis.quotes.lexicon import ENVOY_NOUNS
from dashboard.analysis.quotes.mentions import Mentions


def sender_of(tokens: Iterable[Token], mentions: Mentions, p: int) -> Found | None:
    """The state or body that owns an envoy's title in a description ("China's UN ambassador" -> China), when the
    description also tags the body the envoy is posted to; None for any other description."""
    tokens = list(tokens)
    envoys = [t for t in tokens if t.lemma_.lower() in ENVOY_NOUNS and t.pos_ == "NOUN"]
    if not envoys:
        return None
    envoy = envoys[-1]
    owners = [t for t in tokens if t.dep_ == "poss" and t.head == envoy]
    posted = [t for t in tokens if t.dep_ == "compound" and t.head == envoy and organisation_at(t, mentions, p)]
    if not owners or not posted:
        return None
    return organisation_at(owners[0], mentions, p)
