"""Affiliations a speaker's role holds but the rules that read affiliations from the parse missed.

- A name before a lower-case role ("Helvara chair X", "Harwood deputy mayor X"), where the recogniser took the name
  for a person's or none: the name is the body the speaker serves (a party's nickname stands for the party).
- "the ministry's spokesman" in an article that names one portfolio's minister ("Finance Minister Y"): that
  portfolio's ministry ("Finance Ministry", the name the rules give "Finance Ministry spokesman X").
- "the Liberal member for Kingsford": a legislator (an official) sitting for a riding, affiliated to the party the
  words before "member" name; the riding is a place, no organisation.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dashboard.analysis.doc_text import entities_of, text_of
from dashboard.analysis.names import words
from dashboard.analysis.quotes.countries import country_of
from dashboard.analysis.quotes.kinds import ROLE_WORDS
from dashboard.analysis.quotes.lexicon import PORTFOLIOS, TITLE_NOUNS
from dashboard.analysis.quotes.parties import PARTIES, party_word_named

#: A role made of capitalised words before lower-case ones ("Helvara chair", "Harwood deputy mayor").
_NAME_BEFORE_ROLE = re.compile(r"^((?:[A-Z][\w&.'-]*\s)+)([a-z][a-z-]*(?:\s[a-z][a-z-]*)*)$")
#: Capitalised words that open a role (at a sentence's start) without naming a body ("Former", "Acting", "City").
_NOT_BODIES = words("""
former acting then interim outgoing incoming new the a an city town township village county state provincial federal
regional local national municipal company firm group board council party union government senior junior
""")
#: Labels of the names a body before a role may go by (no people's adjectives, NORP).
_NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "FAC", "LOC"})
#: Heads of a body, which no person has: a name the recogniser took for a person's right before one is a company's
#: ("Helvara chair"; no "Trump campaign chairman").
_HEADS = words("chair chairman chairwoman chairperson ceo founder co-founder") | {"chief executive"}
#: A ministry's spokesperson with no ministry named ("the ministry's spokesman", "ministry spokeswoman").
_MINISTRY_SPOKESPERSON = re.compile(r"^(?:the |a )?ministry(?:'s)? spokes(?:man|woman|person)$")
#: A minister named by a capitalised portfolio ("Finance Minister", "Foreign Affairs Minister").
_PORTFOLIO_MINISTER = re.compile(r"\b((?:[A-Z][a-z]+ )*?[A-Z][a-z]+) Minister\b")
#: A legislator by the seat they hold ("the NDP member for Elmvale", "the member of parliament for Kingsford"), no
#: "board member for Asia".
_MEMBER_FOR = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?:the|The|a|A) )(?:([A-Z][\w-]*) )?member (?:of (?:the )?[A-Za-z]+ )?for [A-Z]"
)


def owned_profile(profile: tuple[str, str, str], name: str, docs: list[Doc], p: int) -> tuple[str, str, str]:
    """(kind, role, affiliation) with the affiliation (and a legislator's kind) that the role's words give, when the
    profile has no affiliation of its own (a riding is none); as it was otherwise."""
    kind, role, affiliation = profile
    if kind == "institution":
        return profile
    if (
        role.casefold().endswith("member")
        and "former" not in role.casefold()
        and (seat := _seat_of(name, docs)) is not None
    ):
        return "official", role, seat  # the party, never the riding
    if affiliation:
        return profile
    if _MINISTRY_SPOKESPERSON.match(role.casefold()):
        return kind, role, _ministry_named(docs, p)
    return kind, role, _name_before_role(role, docs)


def _name_before_role(role: str, docs: list[Doc]) -> str:
    """The name before a lower-case role ("Helvara chair" -> "Helvara"; "Tory leader" -> "Conservatives"), unless its
    words are titles, portfolios or a country's adjective ("Finance chief", "French minister"), a possessive or a
    person's surname ("Obama's adviser", "Clinton spokesman": a person's staff, of no body the role names)."""
    match = _NAME_BEFORE_ROLE.match(role)
    if match is None or match.group(2).split()[-1] not in ROLE_WORDS:
        return ""
    lead = match.group(1).strip()
    folded = lead.casefold().split()
    if set(folded) & (ROLE_WORDS | TITLE_NOUNS | PORTFOLIOS | _NOT_BODIES) or any(country_of(w) for w in lead.split()):
        return ""
    if lead.endswith(("'s", "\u2019s", "'")) or not _named(lead, docs):
        return ""
    person = lead.split()[-1] in _surnames(docs) or _named(lead, docs, {"PERSON"})  # "Rubio spokesman": his staff
    if person and match.group(2) not in _HEADS:  # "Helvara chair": a company the recogniser took for one
        return ""
    return PARTIES.get(lead.casefold(), lead)


def _surnames(docs: list[Doc]) -> set[str]:
    """The last words of the names of the article's people named in full ("Hillary Clinton" -> "Clinton")."""
    people = [
        [t.text for t in ent if t.text not in ("'s", "\u2019s")]
        for doc in docs
        for ent in entities_of(doc)
        if ent.label_ == "PERSON"
    ]
    return {parts[-1] for parts in people if len(parts) > 1}


def _named(lead: str, docs: list[Doc], labels: frozenset[str] | set[str] = _NAME_LABELS) -> bool:
    """Whether the recogniser took `lead` for a whole name somewhere in the article (an organisation, place or
    person; or of one of `labels`): a capitalised common word opening a sentence ("Rebel", "Fire") is none, nor a
    word of a longer name ("Kurdish" of "the Kurdish Workers Party")."""
    return any(ent.text == lead and ent.label_ in labels for doc in docs for ent in entities_of(doc))


def _ministry_named(docs: list[Doc], p: int) -> str:
    """The ministry of the one portfolio whose minister paragraphs up to `p` name ("Finance Minister Y" -> "Finance
    Ministry"); "" when they name none or more than one."""
    portfolios = set()
    for doc in docs[: p + 1]:
        for match in _PORTFOLIO_MINISTER.finditer(text_of(doc)):
            words = match.group(1).split()
            while words and words[0].casefold() not in PORTFOLIOS:  # "Deputy Finance", "Ostland Finance"
                words = words[1:]
            if words and set(w.casefold() for w in words) <= PORTFOLIOS:
                portfolios.add(" ".join(words))
    return f"{portfolios.pop()} Ministry" if len(portfolios) == 1 else ""


def _seat_of(name: str, docs: list[Doc]) -> str | None:
    """For a speaker the article calls a "member for" a riding, in a sentence that names them: the party the word
    before "member" names ("" when none); None when no such sentence names them."""
    surname = name.split()[-1] if name else ""
    if not surname:
        return None
    for doc in docs:
        if surname not in text_of(doc):
            continue  # most paragraphs: no sentence of them is read
        for sent in doc.sents:
            if surname not in (said := text_of(sent)):
                continue
            for match in _MEMBER_FOR.finditer(said):
                return party_word_named(match.group(1) or "")
    return None
