"""People's genders from what an article writes: honorifics ("Ms. Smith") and the pronouns of sentences that name
only that person, else the role ("spokeswoman"), else a common given name ("Maria")."""

from __future__ import annotations

from collections import Counter
from typing import Protocol

from spacy.tokens import Span, Token

from dashboard.analysis.doc_text import words_of
from dashboard.analysis.names import clean_name, honorific
from dashboard.analysis.quotes.given_names import gender_of_given_name
from dashboard.analysis.quotes.kinship import KIN_GENDERS
from dashboard.analysis.quotes.mentions import Mentions

_PRONOUN_GENDER = dict.fromkeys(("he", "him", "his", "himself"), "m")
_PRONOUN_GENDER |= dict.fromkeys(("she", "her", "hers", "herself"), "f")
#: Common nouns for a person of one gender: kin, and the plain words for men and women, boys and girls.
PERSON_NOUN_GENDERS = KIN_GENDERS | dict.fromkeys(("man", "boy", "gentleman"), "m")
PERSON_NOUN_GENDERS |= dict.fromkeys(("woman", "girl", "lady"), "f")
#: Words ending in "-man" that name no man: a nationality ("German Chancellor"), a people or a thing.
_NOT_MEN = frozenset({"human", "inhuman", "superhuman", "german", "roman", "ottoman", "shaman", "talisman"})
#: Verbs of bringing someone home ("bring her home", "fly him home").
_BRINGING = frozenset({"bring", "send", "fly", "take", "welcome", "escort", "get", "ship"})
#: Dependencies of a pronoun that is an object of a verb, directly or through a preposition.
_OBJECTS = frozenset({"dobj", "dative", "iobj", "pobj"})


def gender_of_role(role: str) -> str:
    """ "f" for a role ending in "-woman" ("spokeswoman"), "m" for one ending in "-man", else "" (also for "German
    Chancellor", whose "-man" is no man's)."""
    for word in role.lower().split():
        if word.endswith("woman"):
            return "f"
        if word.endswith("man") and word not in _NOT_MEN:
            return "m"
    return ""


class Gendered(Protocol):
    role: str
    gender: str
    pronoun_gender: str


def learn_genders(mentions: Mentions, profiles: dict[str, Gendered]) -> None:
    """Each person's gender from honorifics ("Ms. Smith") and the pronouns of sentences naming only them.
    Mentions by full name vote first: a short name may have been mapped to a relative ("Mr. Obama")."""
    votes: dict[tuple[str, bool], Counter] = {}
    kin: dict[str, str] = {}  # "Her husband, Dev Okafor,": whom a kin noun tells the gender of
    for p, sents in enumerate(mentions.sentences):
        people_of: dict[int, list[Span]] = {}
        pronouns = not words_of(mentions.docs[p]).isdisjoint(_PRONOUN_GENDER)  # else no sentence after a name is read
        for ent in mentions._ents[p]:
            if mentions.label(p, ent) == "PERSON":
                people_of.setdefault(mentions.sentence_of(p, ent.start).start, []).append(ent)
        for sent in sents:
            people = people_of.get(sent.start, [])
            names = {mentions.name_of(p, e) for e in people}
            for ent in people:
                name = mentions.name_of(p, ent)
                key = (name, clean_name(ent.text, "PERSON") == name)
                if told := _kin_set_beside(ent):
                    kin.setdefault(name, told)
                if title_gender := honorific(ent):
                    votes.setdefault(key, Counter())[title_gender] += 3
                if pronouns and len(names) == 1 and ent.root.dep_ == "nsubj" and ent.root.head.dep_ == "ROOT":
                    # an apposition that ties the person to someone else ("Tom Reyes, her partner,") names that
                    # other person by its possessive
                    aside = {
                        t.i
                        for child in ent.root.children
                        if child.dep_ == "appos"
                        for t in child.children
                        if t.dep_ == "poss"
                    }
                    aside |= _post_of_another(ent.root)  # "Ann Roe, who served as his deputy,": his is another's
                    after = {
                        _PRONOUN_GENDER[t.lower_]
                        for t in sent[ent.end - sent.start :]
                        if t.lower_ in _PRONOUN_GENDER
                        and t.i not in aside
                        and not _object_of(t, ent.root.head)
                        and not _brought_home(t)
                        and not _other_person_noun_before(t, ent.root)
                    }
                    if len(after) == 1:
                        votes.setdefault(key, Counter())[after.pop()] += 1
    for name, profile in profiles.items():
        counter = votes.get((name, True)) or votes.get((name, False))
        if counter:
            (gender, n), *rest = counter.most_common()
            if (not rest or n > rest[0][1]) and not _pronouns_only_against_name(name, gender, n):
                profile.gender = gender
        profile.gender = profile.gender or gender_of_role(profile.role)
        if not profile.gender and name in kin:  # rules out pronouns of the other gender; ranks no one first, as the
            profile.pronoun_gender = kin[name]  # kin named in passing are often no one the story follows
    _genders_from_given_names(profiles)


def _kin_set_beside(ent: Span) -> str:
    """The gender of the kin noun a person's name is set beside as its apposition ("Her husband, Dev Okafor,": "m"),
    or ""."""
    head = ent.root.head
    return KIN_GENDERS.get(head.lower_, "") if ent.root.dep_ == "appos" and head.pos_ == "NOUN" else ""


def _genders_from_given_names(profiles: dict[str, Gendered]) -> None:
    """A common given name of one gender ("Maria Lopez") for a person the article tells no gender of: it rules that
    person out of pronouns of the other gender, and ranks them with the people the article told to have the same
    gender, not before people whose gender nothing tells (the name list is short, so many names are not in it)."""
    told = {profile.gender for profile in profiles.values()}
    for name, profile in profiles.items():
        if not profile.gender and (gender := gender_of_given_name(name)):
            if gender in told:
                profile.gender = gender
            else:
                profile.pronoun_gender = gender


def _pronouns_only_against_name(name: str, gender: str, votes: int) -> bool:
    """Whether pronouns alone (fewer votes than an honorific gives) tell a gender that the person's given name, one
    of a single gender, denies: "Nadia Ferreira suggested that he could not have seen it" votes "he" for her, though
    the "he" is the witness of the sentence before; the name is the surer sign, so the pronouns are set aside."""
    told = gender_of_given_name(name)
    return bool(told) and told != gender and votes < 3


def _other_person_noun_before(pronoun: Token, name: Token) -> bool:
    """Whether a common noun for another person of the pronoun's gender stands between the name (its head `name`)
    and the pronoun ("Hana Mirza knelt beside a man … and pushed naloxone into his nose"; not the name's own
    apposition, "Ali Garcia, a father of six, said his …"): the pronoun is that person's, and tells nothing of the
    named one's gender."""
    gender = _PRONOUN_GENDER[pronoun.lower_]
    own = range(name.left_edge.i, name.right_edge.i + 1)
    words = pronoun.doc[name.i + 1 : pronoun.i]
    return any(
        t.pos_ == "NOUN" and t.i not in own and PERSON_NOUN_GENDERS.get(t.lemma_.lower()) == gender for t in words
    )


def _post_of_another(name: Token) -> set[int]:
    """The possessive pronouns of the post a person held by the relative clause set on the name ("Ann Roe, who
    served as his deputy," "…, who was her aide,"): they name the one whose deputy or aide the person was, not the
    person, and tell nothing of the person's gender ("who lost his job" is the person's own and is not among them)."""
    found = set()
    for clause in (c for c in name.children if c.dep_ == "relcl"):
        for post in clause.subtree:
            held = post.dep_ == "attr" or post.dep_ == "pobj" and post.head.lower_ == "as"
            if held and post.head.head == clause or held and post.head == clause:
                found |= {t.i for t in post.children if t.dep_ == "poss" and t.lower_ in _PRONOUN_GENDER}
    return found


def _brought_home(pronoun: Token) -> bool:
    """ "vowed to bring her home": the one brought, whom the parser read as the owner of "home" right after a verb of
    bringing, someone other than the subject, whose gender it tells nothing of ("sold her home" is her own)."""
    home = pronoun.head
    if pronoun.dep_ != "poss" or home.lower_ != "home" or home.i != pronoun.i + 1:
        return False
    return pronoun.i > 0 and home.head.i == pronoun.i - 1 and home.head.lemma_.lower() in _BRINGING


def _object_of(pronoun: Token, verb: Token) -> bool:
    """Whether a pronoun is an object of the verb whose subject is the name ("Carl Voss told her", "spoke to him"):
    someone other than that subject, so it tells nothing of the subject's gender (unless reflexive, "himself")."""
    if pronoun.lower_.endswith("self") or pronoun.dep_ == "poss":
        return False
    head = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    return head == verb and pronoun.dep_ in _OBJECTS
