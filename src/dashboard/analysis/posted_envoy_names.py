"""Envoys named after the country they are posted to: "Chile's Ambassador to Japan Marta Quiroga said". Agency copy
writes the title, "to", the host country and the envoy's name in one run of capitalised words, and the recogniser,
which does not know the name, runs the country into it ("Japan Marta Quiroga" as an organisation) or takes the
surname for a place, so the envoy has no name and the quote goes to a body or to no one. This pipeline step, run
after the recogniser, splits such a run after an envoy's title and "to": its opening words that are a country stay a
place, and the two or three capitalised words after them (lineage particles and hyphens aside) are a person. An envoy
is posted to an alliance or an international body as often as to a country ("Ambassador to NATO", "to the African
Union", "to the WTO"), and the recogniser runs those into the name the same way, so such a body opens the run too and
stays an organisation, also with an "of" in its name ("Council of Europe"); words after it that name one of its
organs ("Security Council", "General Assembly") are no person."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.names import words
from dashboard.analysis.particle_names import NAME_PARTICLES
from dashboard.analysis.quotes.countries import is_country
from dashboard.analysis.quotes.lexicon import BODY_NOUNS
from dashboard.analysis.quotes.organisations import INTERNATIONAL_NAMES
from dashboard.analysis.retagged import with_entities

#: The name of the pipeline step.
STEP = "posted_envoy_names"
#: Capitalised last words of the titles of envoys that "to" and the host country follow.
ENVOY_TITLES = frozenset({"Ambassador", "Envoy", "Commissioner", "Consul", "Representative"})
#: Spellings and initials of international bodies that agency copy writes after "to" beside the names the profiles
#: know (`organisations.INTERNATIONAL_NAMES`), lower-cased.
_MORE_HOSTS = words("u.n. au unesco oas gcc") | {"international atomic energy agency"}
#: Alliances and international bodies that states post envoys to, lower-cased.
_INTERNATIONAL_HOSTS = frozenset(INTERNATIONAL_NAMES) | _MORE_HOSTS
#: The most words a host's name takes in such a run ("United Arab Emirates", "International Atomic Energy Agency").
_LONGEST_HOST = 4


@Language.component(STEP)
def posted_envoy_names(doc: Doc) -> Doc:
    """The document with the host country and the envoy's name after "Ambassador to" tagged apart."""
    spans = []
    for i in places_of(doc, ENVOY_TITLES):  # found without a Token for every word
        if i + 1 < len(doc) and doc[i + 1].lower_ == "to":
            spans.extend(host_and_person(doc, i + 2))
    return with_entities(doc, spans)


def host_and_person(doc: Doc, start: int, region: Callable[[str], bool] | None = None) -> list[Span]:
    """The host (a country or an international body, or a region that `region` knows) and the person of
    the capitalised run that opens at `start`, or nothing when the run is not a host followed by a name of two or
    three words."""
    if start < len(doc) and doc[start].lower_ == "the":
        start += 1
    end = start
    while end < len(doc) and (_name_word(doc[end]) or end > start and _joins_host_name(doc, end)):
        end += 1
    for host_end in range(min(end, start + _LONGEST_HOST), start, -1):
        host = doc[start:host_end].text
        label = "GPE" if is_country(host) else "ORG" if host.casefold() in _INTERNATIONAL_HOSTS else None
        if label is None and region is not None and region(host):
            label = "GPE"
        if label is None:
            continue
        name = doc[host_end:end]
        words = [t for t in name if t.text not in NAME_PARTICLES and t.text != "-"]
        body = any(t.lower_ in BODY_NOUNS for t in words)  # "to the UN Security Council said": no one named
        if 2 <= len(words) <= 3 and name[0].is_title and name[-1].is_title and not body:
            return [Span(doc, start, host_end, label=label), Span(doc, host_end, end, label="PERSON")]
        return []
    return []


def _joins_host_name(doc: Doc, i: int) -> bool:
    """A lower-case "of" between two capitalised words, as in a body's name ("Council of Europe")."""
    return doc[i].text == "of" and i + 1 < len(doc) and doc[i + 1].is_title and doc[i - 1].is_title


def _name_word(token: Token) -> bool:
    """A word that opens with a capital ("Japan", "US", "U.S."), or a particle or hyphen inside a name."""
    return token.text[:1].isupper() or token.text in NAME_PARTICLES or token.text == "-"
