"""The cue "according to X": X is the source of the clause the phrase is set in ("The plan will fail, according to
the audit."), or of the clause after it ("According to X, …")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.doc_text import words_of
from dashboard.analysis.quotes.according_clauses import clause_of_according, source_goes_on
from dashboard.analysis.quotes.around import FINITE
from dashboard.analysis.quotes.instrument_sources import an_instrument
from dashboard.analysis.quotes.lexicon import CUE_VERBS, DOCUMENT_NOUNS, PEOPLE_NOUNS
from dashboard.analysis.quotes.marks import QUOTE_MARKS
from dashboard.analysis.quotes.narrated_after_cue import said_before_narrated_cue


def according_to(token: Token) -> tuple[Token, list[Token]] | None:
    """The source and what was said of "according to X": the clause it is set in, or the clause after it."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None or an_instrument(source):  # "According to the flight data recorder, …": no one speaks
        return None
    inner = {t.i for t in token.subtree}
    clause = clause_of_according(token)
    if clause == token.head.head and source_goes_on(token):  # "…, according to an aide who … but was not allowed"
        inner |= {t.i for t in token.head.subtree}
    for joined in clause.rights:  # "X leads by 120 votes, according to a count, but Y has vowed to …": Y's own cue
        if joined.dep_ == "conj" and joined.i > token.i > clause.i and joined.lemma_.lower() in CUE_VERBS:
            inner |= {t.i for t in clause.subtree if t.i > token.right_edge.i}
    if (named := _name_set_off(source, clause)) is not None:  # "According to the agent, Farid Haddad, two buyers …"
        inner |= set(range(named.left_edge.i - 1, named.i + 2))  # the name and the commas around it
        source = named
    content = [t for t in clause.subtree if t.i not in inner] if token.dep_ != "ROOT" else _after_comma(token, source)
    content = said_before_narrated_cue(content, token, source.right_edge)  # "…, according to X, after …"
    return source, content


def _name_set_off(source: Token, clause: Token) -> Token | None:
    """ "According to the listing agent, Farid Haddad, two buyers have …" parsed with the name as a second subject
    of the clause: a person's name set off by commas right after the source, while the clause has a subject of its
    own after it, is the source's name (an apposition), not part of what was said."""
    doc = source.doc
    start = source.right_edge.i + 1
    if start + 1 >= len(doc) or doc[start].text != "," or doc[start + 1].ent_type_ != "PERSON":
        return None
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > start]
    name = subjects[0] if subjects else None
    if name is None or len(subjects) < 2 or name.left_edge.i != start + 1 or name.ent_type_ != "PERSON":
        return None
    ends = name.right_edge.i <= name.i + 1 and name.i + 1 < len(doc)  # the name alone, a comma after it
    return name if ends and doc[name.i + 1].text == "," else None


def _after_comma(according: Token, source: Token) -> list[Token]:
    """ "According to X, the plan will fail." parsed with "According" as the root and the clause hung on X: what
    was said is the clause after the comma that closes the source, when it has a finite verb of its own."""
    sent = according.sent
    comma = next((t for t in according.doc[source.i + 1 : sent.end] if t.text == ","), None)
    if comma is None or according.i != sent.start:
        return []
    clause = [t for t in according.doc[comma.i + 1 : sent.end] if not (t.is_punct and t.i == sent.end - 1)]
    return clause if len(clause) >= 3 and any(t.tag_ in FINITE for t in clause) else []


def yield_to_relayed_speakers(cues: list) -> list:
    """ "“…,” Ann Ross said, according to the Gazette", "According to a pool report, Ann Ross said …": the phrase
    names where the writer found the words, and the person whose verb of saying it hangs on is who said them (a
    document or an outlet passing words on is no speaker). Drops such an "according to" cue, and the phrase from the
    relayed cue's content when it closes it ("Ann Ross said the ferry will run, according to the Gazette"), with the cue
    the parser made of it there. A person as the source keeps reported speech ("According to Ben Oyelaran, the mayor
    had warned that …" is his claim), and gives way only beside a quotation (`_relays`)."""
    by_verb = {c.verb.i: c for c in cues if c.lemma != "according to"}
    kept = []
    for cue in cues:
        relayed = by_verb.get(_clause_top(cue)) if cue.lemma == "according to" else None
        if relayed is None or not _relays(cue, relayed):
            kept.append(cue)
            continue
        phrase = {t.i for t in cue.verb.subtree}
        relayed.set_content([t for t in relayed.content if t.i not in phrase])
    closing: set[int] = set()
    for cue in kept:
        if cue.lemma != "according to" and _may_speak(cue) and (tail := _closing_according(cue)):
            cue.set_content([t for t in cue.content if t.i not in tail])
            closing |= tail
    return [c for c in kept if c.verb.i not in closing]


def _relays(according, relayed) -> bool:
    """Whether the cue "according to X" is set on says something: a clause of its own, or a quotation beside it (not
    "According to the figures, firms added 900 jobs", whose "added" says nothing, nor "According to the agent, two
    buyers have expressed interest", which tells what they did). Not "According to Ann Ross, she insisted …" nor
    "According to her memoir, she insisted …", where "she" may well be the source herself."""
    sent = relayed.verb.sent
    before = relayed.verb.doc[sent.start : relayed.verb.i]  # "“…,” Ann said, according to …": a quotation before it
    quoted = any(t.text in QUOTE_MARKS for t in (before if relayed.content else sent))
    if not quoted and (not any(t.tag_ in FINITE for t in relayed.content) or _a_person(according.subject)):
        return False  # "According to Ann Ross, the mayor had warned that …": her claim of what was said
    if not _may_speak(relayed):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _UNREAL for c in relayed.verb.children) or _bare(relayed.verb):
        return False  # "the press would call him …", "helped a reporter write a book": nothing said yet
    return not (relayed.subject.pos_ == "PRON" and _named_person(according.subject))


def _may_speak(cue) -> bool:
    """Not "As I noted, …", the writer's own, nor "the documents reveal …", a writing, which is no speaker."""
    return cue.subject.lower_ not in ("i", "we") and cue.subject.lemma_.lower() not in _WRITINGS


def _a_person(source: Token) -> bool:
    """A source who is a person, named or not ("Ann Ross", "a former aide", "someone in the room"), or whose own
    writing it is ("her memoir", "a book by Ann Ross"): one who tells what others said, and is a speaker herself."""
    return source.pos_ == "PRON" or source.lemma_.lower() in _PEOPLE or _named_person(source)


def _named_person(source: Token) -> bool:
    """A source that names a person ("Ann Ross", "a book by Ann Ross") or is a writing of "her" or "his" own."""
    own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in source.children)  # "her memoir", "his account"
    return own or any(t.ent_type_ == "PERSON" for t in source.subtree)


#: Writings, which say nothing of themselves ("the documents reveal …", "the account pointed to …").
_WRITINGS = DOCUMENT_NOUNS | {"account", "transcript", "record", "recording", "file", "page", "website"}
#: Nouns of people who may tell what others said; not "reports" nor "the media", which speak but are no person.
_PEOPLE = PEOPLE_NOUNS - _WRITINGS - {"media", "medium"}
#: Auxiliaries of what would be or might have been said, not of what was.
_UNREAL = frozenset({"would", "could", "might", "should", "may"})


def _bare(verb: Token) -> bool:
    """A bare verb with no auxiliary ("helped a reporter write …"), said by no one yet."""
    return verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children)


def _clause_top(cue) -> int | None:
    """The index of the word that heads what "according to X" is said of, the verb of its clause."""
    inside = {t.i for t in cue.content}
    tops = [t for t in cue.content if not t.is_punct and (t.head.i not in inside or t.head.i == t.i)]
    return tops[0].i if len(tops) == 1 else None


def _closing_according(cue) -> set[int]:
    """The tokens of ", according to X" that end a cue's content after a comma: the writer's source, no part of what
    was said."""
    if "according" not in words_of(cue.verb.doc):
        return set()  # most paragraphs: no content is read
    content = sorted(cue.content, key=lambda t: t.i)
    words = [t for t in content if not t.is_punct]
    for token in content:
        if token.lower_ != "according" or token.i == 0 or token.doc[token.i - 1].text != ",":
            continue
        if not any(c.lower_ == "to" for c in token.children) or token.right_edge.i < words[-1].i:
            continue
        return {t.i for t in token.subtree} | {token.i - 1}
    return set()
