"""Words of a person's description that refer to an organisation named elsewhere in the article, which the cast then
resolves: "its" of "its chief", "her" of "her deputy", "company" of "the company's chief", "a company spokesman", "who
founded the company" or "a spokesman for the company" (also when the parser hangs the spokesman's own name beside it:
"a spokesman for the company, Dan Roe,", or the clause that describes the spokesman: "an official of the commission,
who asked not to be named,")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.description_words import opens_sentence
from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.forces import names_a_force
from dashboard.analysis.quotes.governing_bodies import GOVERNING_BODIES
from dashboard.analysis.quotes.holders_committees import HOLDERS_BODIES, of_its_holders
from dashboard.analysis.quotes.last_speakers_company import seconds_someone
from dashboard.analysis.quotes.lexicon import COMPANY_NOUNS, INSTITUTION_NOUNS, SPOKESPEOPLE
from dashboard.analysis.quotes.owned_bodies import TRADE_OWNERS
from dashboard.analysis.quotes.possessed_far_bodies import owns_as_coop
from dashboard.analysis.quotes.roles_naming_bodies import names_its_body
from dashboard.analysis.quotes.spoken_for_trades import company_spoken_for
from dashboard.analysis.quotes.works_at import WORKS_AT

_PRONOUNS = frozenset({"its", "their"})
#: Nouns that before a role mean the organisation spoken of ("a company spokesman"), no work ("a fund manager").
_COMPOUNDS = words("company firm group party ministry department council union commission agency club")
#: Bodies of the media, entertainment and sports business whose possessive before a role means the one the story
#: named ("the club's chairman", "the guild's chief negotiator", "the league's commissioner", "the studio's head").
_BUSINESS_OWNERS = words("club league guild studio")
#: Words that refer to an organisation only when the article named one with the word ("the line's chief executive"
#: after "Holmgaard Line", "a spokesman for the line"): alone the word means no body (a front line, a party line).
NAMED_ONLY = words("line")
_BODIES = COMPANY_NOUNS | INSTITUTION_NOUNS | NAMED_ONLY
#: "service", a state's security or intelligence body, whose possessive before a role means the one the story named
#: ("the service's director general" after "the security service, the X Directorate,").
_OWNERS = _BODIES | _BUSINESS_OWNERS | {"service"}
#: Bodies that "who founded/heads/runs the …" means the one named before.
_RUN_BODIES = COMPANY_NOUNS | HOLDERS_BODIES | GOVERNING_BODIES
#: A person's name set beside the noun, which names no body of its own.
_BESIDE = ("appos", "PERSON")


def refers(token: Token) -> bool:
    """ "its", "their", "company" of "the company's chief", "a company spokesman", "a spokesman for the company"."""
    if token.lower_ in _PRONOUNS and token.dep_ == "poss" or names_a_force(token) or seconds_someone(token):
        return True  # "its chief", "a military spokesman", "her deputy"
    if owns_as_coop(token):  # "the co-op's general manager", split by the tokenizer
        return True
    noun = token.pos_ == "NOUN" or token.pos_ == "PROPN" and (token.text.islower() or opens_sentence(token))
    own = [c for c in token.children if c.dep_ not in ("det", "case", "punct") and (c.dep_, c.ent_type_) != _BESIDE]
    own = [c for c in own if not _set_off_clause(c) and not of_its_holders(c)]  # "an official of the commission, who
    # asked not to be named,"; "the committee of bondholders": its members, no body of their own
    if not noun or own:  # "the central bank's board" describes a body of its own ("for the company, Dan Roe," none)
        return False
    lemma = token.lemma_.lower()
    if token.dep_ == "poss":  # "the company's chief", "the council's envoy", "the miner's chief executive"
        return lemma in _OWNERS or lemma in TRADE_OWNERS and token.head.lemma_ != lemma
    if token.dep_ == "pobj" and token.head.lower_ in ("for", "at", "of"):  # "a spokeswoman for the ministry", not
        named = token.doc[token.i + 1 : token.i + 2].text.istitle()  # "for the charity Y", which names the body
        return (lemma in _BODIES or company_spoken_for(token)) and definite(token) and not named  # "for the trader"
    if token.dep_ == "dobj" and token.head.dep_ == "relcl" and token.head.lemma_ in WORKS_AT:  # "who founded the
        return lemma in _RUN_BODIES and definite(token)  # company", "who heads the committee (of bondholders)", "who
        # heads the board": the one named before; not "who has led the university", whose head is its president
    split = token.head.i == token.i + 1 and token.head.pos_ == "NOUN"  # "a company vice-president" parsed apart
    if token.dep_ not in ("compound", "nmod") and not split:
        return False
    if names_its_body(token.head):  # "group chief executive of the oil company Y": the title, Y the body
        return False
    spokesperson = token.head.lemma_.lower() in SPOKESPEOPLE and lemma in COMPANY_NOUNS  # "a bank spokesman"
    return lemma in _COMPOUNDS or spokesperson  # "a company spokesman"


def _set_off_clause(child: Token) -> bool:
    """A relative clause set off by a comma ("…, who asked not to be named,"), which tells more of the person or the
    body but makes the noun no name of a body of its own."""
    start = child.left_edge.i
    return child.dep_ == "relcl" and start > 0 and child.doc[start - 1].text == ","
