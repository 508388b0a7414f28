"""Whom a relative "who" or a plural "they" stands for when it is the subject of a cue and the cast knows no speaker
for it: "a young fan, who said …" is the fan; "The Harbor Pilots' Guild opposed the tax. They argue …" is
the guild, the latest group that was the subject of a clause before, though it had not spoken yet."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.names import ORGANISATION_HEADS, surname
from dashboard.analysis.quotes.animals import ANIMALS
from dashboard.analysis.quotes.kinship import KIN_GENDERS, KIN_INVERSES, kin_speaker
from dashboard.analysis.quotes.lexicon import DOCUMENT_NOUNS, PERSON_PRONOUNS
from dashboard.analysis.quotes.not_the_speaker import named_in_closed_quotation
from dashboard.analysis.quotes.one_word_subjects import one_word_subject
from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.role_described_topics import role_holder_described
from dashboard.analysis.quotes.roles import noun_phrase
from dashboard.analysis.quotes.speakers import Cast

#: How many steps up from the noun a relative clause hangs on to the person it describes ("one councillor familiar
#: with the meeting, who …": from "meeting" to "councillor").
_CLIMB = 3
#: Subjects that stand for a group: plural nouns and names ("the guilds", "Democrats").
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Possessives of the writer's own kin, whom a feature leaves unnamed ("My father", "our son").
_WRITERS = frozenset({"my", "our"})
#: Labels of names that speak as a group or an organisation.
_GROUP_LABELS = frozenset({"NORP", "ORG"})


def pronoun_speaker(cast: Cast, p: int, subject: Token) -> Speaker | None:
    """The speaker of a pronoun subject the cast could not resolve: a relative "who" speaks for the one its clause
    describes ("a young fan, who said": an unnamed fan), "they" for the latest group named as a subject when that
    group has a name ("the Harbor Pilots' Guild opposed the tax. They argue …")."""
    if (noun := described_by_who(subject)) is not None:
        named = cast.speaker(p, noun.head) if noun.dep_ == "appos" else None  # "Ross, a pilot who writes"
        return named or cast.speaker(p, noun) or Speaker("", "unnamed", noun_phrase(noun, with_preposition=True))
    if (found := group_before(cast.docs, p, subject)) is not None:
        group = cast.speaker(*found)
        return group if group is not None and group.name else None
    return None


def bound_pronoun(cast: Cast, p: int, pronoun: Token) -> Speaker | None:
    """ "Arsenault drew laughs when she described the debate as …": a "he" or "she" subject of a clause hung on another
    (when, as, after …) stands for the named person who is the subject of that other clause before it, when the
    person's gender does not tell otherwise."""
    gender = PERSON_PRONOUNS.get(pronoun.lower_)
    clause = pronoun.head
    if gender is None or pronoun.dep_ != "nsubj" or clause.dep_ != "advcl":
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    person = cast.speaker(p, subject)
    if person is None or not person.name or person.kind in ("institution", "unnamed") or person.plural:
        return None
    return person if cast.gender_of(person.name) in ("", gender) else None


def named_subject_before(cast: Cast, p: int, pronoun: Token) -> Speaker | None:
    """ "Her partner, Tobi Ade, handles the books. “…,” he says": a "he" or "she" subject stands for the person named
    in apposition to the subject of the sentence just before ("Her mother, Edna Calder, who lives in Perth, …"), who
    is that sentence's topic though the name is no subject itself, when the person's gender does not tell otherwise
    and no one else is named between; or for the one person who spoke or was named with a surname that is the
    subject of the sentence just before, untagged ("Obi is blunter. “…,” he says"); or for the writer's own kin,
    unnamed, who is that subject ("My father … looked at it for a long time. “Well,” he said"). A sentence inside
    quotation marks is passed over ("… put it bluntly. “My daughter is polite. I’m not,” she said"): whom the quoted
    speaker speaks of is no topic of the narration."""
    gender = PERSON_PRONOUNS.get(pronoun.lower_)
    if gender is None or pronoun.dep_ != "nsubj":
        return None
    sent = pronoun.sent  # read only for a "he" or "she" subject
    if sent.start == 0:
        return None
    before = pronoun.doc[sent.start - 1].sent
    while before.start > 0 and cast.quoted((p, before.start)):  # "“My daughter is polite. I’m not,” she said"
        before = pronoun.doc[before.start - 1].sent  # speaks of the daughter: the topic is before the quotation
    subject = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head == before.root), None)
    if subject is None or _person_named_between(pronoun.doc[subject.right_edge.i + 1 : pronoun.i]):
        return None
    if cast.quoted((p, subject.i)):  # whom a quotation speaks of is no topic of the narration
        return None
    if (person := one_word_subject(cast, p, subject, gender)) is not None:  # "Yonas grins at that. “…,” he says"
        return person
    if subject.pos_ == "PROPN" and not subject.ent_type_:  # "Obi is blunter. “…,” he says": a missed surname
        person = surname_spoken(cast, subject.text)
        return person if person is not None and cast.gender_of(person.name) in ("", gender) else None
    if subject.pos_ != "NOUN" or KIN_GENDERS.get(subject.lower_, gender) != gender or subject.lemma_ in ANIMALS:
        return None  # "His dog, Rocco, found them. “…,” he says": no dog speaks
    named = [c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN"] or _named_after_body(subject)
    if not named and subject.lower_ in KIN_GENDERS and any(c.lower_ in _WRITERS for c in subject.children):
        return Speaker("", "unnamed", noun_phrase(subject))  # "My father … looked at it. “Well,” he said": no name
    if not named:  # "Her father is not so sure. “…,” he says" after "his daughter, Saba": the man "her" ties him to
        if subject.lower_ in KIN_GENDERS:
            return _fitting(cast, kin_speaker(cast, p, subject), gender)
        return _fitting(cast, role_holder_described(cast, p, subject), gender)  # "The kayaker did not speak. … he"
    person = cast.speaker(p, subject)
    if person is None and subject.lower_ in KIN_INVERSES and named[0].is_title:  # a kin is a person, though the
        person = cast.bare_name(p, named[0])  # recogniser missed the name ("Her partner, Tobi Ade,")
    if person is None or not person.name or person.kind in ("institution", "unnamed") or person.plural:
        return None
    if person.name in named_in_closed_quotation(cast, p, pronoun):  # "“Grandma Rosa told me …,” she says": not Rosa
        return None
    return person if cast.gender_of(person.name) in ("", gender) else None


def _fitting(cast: Cast, person: Speaker | None, gender: str) -> Speaker | None:
    """A named person whose gender does not tell against the pronoun's, or None."""
    if person is None or not person.name or person.kind in ("institution", "unnamed") or person.plural:
        return None
    return person if cast.gender_of(person.name) in ("", gender) else None


def _named_after_body(subject: Token) -> list[Token]:
    """ "A spokesperson for Northbay Nickel, Andrea Vogt, said": the name the parser hung on the organisation the
    subject speaks for, not on the subject."""
    bodies = [
        o for c in subject.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "with") for o in c.children
    ]
    return [a for o in bodies if o.dep_ == "pobj" for a in o.rights if a.dep_ == "appos" and a.pos_ == "PROPN"]


def _person_named_between(words: Span) -> bool:
    """Whether a person is named in these words; a name that only modifies a noun ("Blizzard players", "Ross
    supporters") names no one who could be the topic."""
    return any(e.label_ == "PERSON" and e.root.dep_ != "compound" for e in words.ents)


def surname_spoken(cast: Cast, word: str) -> Speaker | None:
    """The one person of the article whose surname a word the recogniser left untagged is ("Obi" after "Emeka Obi"
    spoke), among the people it named and those who spoke; None when none or several have it."""
    owners = {name for _, name, _ in cast.people if len(name.split()) > 1 and surname(name) == word}
    return cast.person(owners.pop()) if len(owners) == 1 else None


def described_by_who(subject: Token) -> Token | None:
    """The noun a relative "who" describes, when it is the subject of its clause ("a fan, who said",
    "a pilot whose ferry runs at night but who suggested"): the noun the clause hangs on, or the person that noun
    belongs to when it is the object of a preposition after a description ("a doctor from Kelby, who")."""
    if subject.lower_ != "who" or subject.dep_ != "nsubj":
        return None
    clause = subject.head.head if subject.head.dep_ == "aux" else subject.head  # "who is … relishing … and is arguing"
    for _ in range(_CLIMB):
        if clause.dep_ != "conj":
            break
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    for _ in range(_CLIMB):
        if noun.dep_ != "pobj" or noun.ent_type_ == "PERSON":
            break
        owner = noun.head.head  # "with" of "familiar with the meeting", then "familiar"
        owner = owner.head if owner.pos_ == "ADJ" and owner.dep_ == "amod" else owner
        if owner.pos_ not in ("NOUN", "PROPN"):
            break
        noun = owner
    predicate = noun
    while predicate.dep_ in ("conj", "appos"):  # "X is a liar, rampant bully and braggart who …"
        predicate = predicate.head
    if predicate.dep_ == "attr":  # "X is a bully who pledged …" says what X is like, not what X said
        return None
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() not in DOCUMENT_NOUNS else None


def group_before(docs: list[Doc], p: int, they: Token) -> tuple[int, Token] | None:
    """The paragraph and token of the group a subject "they" most likely stands for: the latest subject before it,
    in its paragraph or the one before, that is a plural noun or the name of a group or organisation ("Dunmore
    fishermen", "the Harbor Pilots' Guild"); None when the latest subject names a single person, who is no "they"."""
    if they.lower_ != "they" or they.dep_ != "nsubj":
        return None
    for q in (p, p - 1):
        if q < 0:
            break
        subjects = [t for t in docs[q] if t.dep_ in ("nsubj", "nsubjpass") and (q < p or t.i < they.i)]
        for token in reversed(subjects):
            if token.pos_ == "PRON":
                continue
            group = (
                token.tag_ in _PLURAL_TAGS
                or token.ent_type_ in _GROUP_LABELS
                or token.pos_ == "PROPN"
                and token.lower_ in ORGANISATION_HEADS  # "the Dunmore Fishermen's Association", unrecognised
            )
            return (q, token) if group else None
    return None
