"""The company a spokesperson spoke for, as the one "the company" stands for: "Ofcastle said … A spokeswoman for
Halden Foods said the company accepted the ruling. The company said …" is Halden Foods, not the regulator that spoke
before its spokeswoman did, though the company itself was the subject of no clause."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.body_phrases import may_mean
from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.lexicon import COMPANY_NOUNS, PUBLIC_BODY_NOUNS, SPOKESPEOPLE
from dashboard.analysis.quotes.people import Speaker


def company_spoken_for(cast, p: int, noun: Token, found: Speaker | None) -> Speaker | None:
    """The organisation an unnamed spokesperson spoke for, in this paragraph or the one before, after `found` (an
    institution) last spoke or acted, in place of `found` for a bare "the company" (a company's noun, not a public
    body's); else `found`."""
    lemma = noun.lemma_.lower()
    if found is None or found.kind != "institution" or lemma not in COMPANY_NOUNS or lemma in PUBLIC_BODY_NOUNS:
        return found
    if not definite(noun) or [c.lower_ for c in noun.children] != ["the"]:
        return found
    here = (p, noun.i)
    acted = [pos for pos, name in cast.acted_organisations() if name == found.name and pos < here]
    since = max([(p - 1, 0), *acted])
    spoken = [(pos, s.affiliation) for pos, s in cast.described if since < pos < here and s.affiliation != found.name]
    organisations = {name for _, name, _ in cast.orgs}
    spoken = [(pos, body) for pos, body in spoken if _spokesperson(cast, pos) and body in organisations]
    spoken = [(pos, body) for pos, body in spoken if may_mean(body, noun)]
    return Speaker(max(spoken)[1], "institution") if spoken else found


def _spokesperson(cast, pos: tuple[int, int]) -> bool:
    """Whether the unnamed speaker at `pos` is a spokesperson ("a spokeswoman for Halden Foods")."""
    return cast.docs[pos[0]][pos[1]].lemma_.lower() in SPOKESPEOPLE
