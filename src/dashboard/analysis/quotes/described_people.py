"""A definite description that names what a person of the story does: "“…,” says the cheerful baker" after "Nora
Vance, whose bakery …", "points out the retired fisherman" after "Ashby, who fished these waters …", "says the
founder" after "The choir was founded by Esther Kowalczyk". The description goes to the latest person whose own
clause holds a word of the same stem, in this paragraph or the three before, or else to the one person of the whole
article whose clause holds one ("the farmer said" six paragraphs after "X has farmed wheat …", a dateline's town
parsed as the subject beside the name); else it stays unnamed. A few descriptions share no stem with the words that
introduce them (see description_clues.py): "says the teenager" after "Jill Farrow, 17,", "the family doctor" after
"Dr. Lena Marchetti"; those go to the latest person their clues introduce anywhere before in the article."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.called_next import called_next
from dashboard.analysis.quotes.description_clues import CLUED, introduced_as
from dashboard.analysis.quotes.description_modifiers import leaves_bare
from dashboard.analysis.quotes.descriptions import described_at_first
from dashboard.analysis.quotes.determiners import common_noun, definite
from dashboard.analysis.quotes.epithet_descriptions import epithet_holder
from dashboard.analysis.quotes.introduced_referents import introduced_person
from dashboard.analysis.quotes.lexicon import BODY_NOUNS, CUE_VERBS, DOER_ENDINGS, PEOPLE_NOUNS, TITLE_NOUNS
from dashboard.analysis.quotes.marks import CLOSING_MARKS, dateline_end
from dashboard.analysis.quotes.name_heads import name_head
from dashboard.analysis.quotes.named_next import lede_head_named_next, named_next
from dashboard.analysis.quotes.occupation_clues import OCCUPATIONS
from dashboard.analysis.quotes.paragraph_people import named_before
from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.quotation_starts import follows
from dashboard.analysis.quotes.quoted_just_before import quoted_alone_before
from dashboard.analysis.quotes.reported_words import reported_words
from dashboard.analysis.quotes.spokespeople import spokesperson_named
from dashboard.analysis.quotes.unnamed_again import unnamed_who_just_spoke
from dashboard.analysis.quotes.witnesses_named_next import witness_named_next

#: Offices and ranks, which roles name ("the Senate minority leader" is no one who "leads in Iowa"); a founder is
#: one who founded.
_OFFICES = (TITLE_NOUNS - {"founder"}) | {"leader", "member", "official", "officer", "speaker", "manager", "ruler"}
#: Nouns of several people as one, which no one person of the story is ("The family wrote …" after Petrenko spoke).
_COLLECTIVE = frozenset({"family", "couple", "household", "crew", "team", "staff", "crowd", "audience", "class"})
#: How many paragraphs back the words that tie a description to a person may stand.
_REACH = 3
#: Shortest stem that ties a description to a word ("own" for "owner").
_MIN_STEM = 3


def person_described(cast, p: int, noun: Token, found: Speaker | None) -> Speaker | None:
    """The named person a "the …" description of a doer stands for (see the module's docstring), in place of the
    speaker `found` for it when that is none or one described but not named ("the cheerful baker")."""
    if found is not None and (found.kind != "unnamed" or found.name or found.plural):
        return found
    if found is not None and unnamed_who_just_spoke(cast.described, p, noun) is not None:
        return found  # "the doctor said" right after "A doctor at …, who asked not to be named, told Reuters"
    if (spokesperson := spokesperson_named(cast, p, noun, found)) is not found:  # "the spokesperson for X said"
        return spokesperson
    if (holder := named_next(cast, p, noun) or lede_head_named_next(cast, p, noun)) is not None:
        return holder  # "Ontario's housing minister says" before her name; "The boss of X has said" before his
    if (witness := witness_named_next(cast, p, noun, found)) is not found:
        return witness  # "A paving contractor told a jury …. Ann Roe, who is testifying …, said"
    if (called := called_next(cast, noun, found)) is not found:
        return called  # "The young man from Yemen said …. He asked to be called Nabil."
    if (veteran := epithet_holder(cast, p, noun)) is not None:
        return veteran  # "says the veteran geologist" after "Ray Holt has been looking for graphite …"
    if (first := described_at_first(cast, p, noun)) is not None:
        return first  # "the father of three" after "X, a father of three from Y,"
    if not common_noun(noun) or noun.ent_type_ or noun.lemma_.lower() in _NO_ONE_PERSON:
        return found
    if not definite(noun) or any(c.dep_ == "prep" for c in noun.children):
        return found  # "a baker", "the head of the union": no one the article has tied the words to
    described = noun.lemma_.lower()
    stem = _stem(noun.lower_)
    kinds = {c.lemma_.lower() for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"}  # "shop owner"
    if stem is None and described not in CLUED:
        return found
    sentence = (p, noun.sent.start)  # a person named in the description's own sentence is someone else
    people = [(pos, name) for pos, name, _ in cast.people if pos < sentence]  # clues: once, however far back
    fits: list[str] = []  # work words or a stem far back tie it only to the one person they fit (occupation_clues.py)
    for (q, i), name in reversed(people):
        if cast.quoted((q, i)) or q < p - _REACH and described not in CLUED and stem is None:
            continue
        clause = _own_clause(cast.docs[q][i])
        ties = stem is not None and any(_ties(t, stem, described, kinds) for t in clause)
        if ties and q >= p - _REACH:
            return cast.person(name)
        if introduced_as(noun, cast.docs[q][i], clause):
            if described not in OCCUPATIONS:
                return cast.person(name)
            fits.append(name)
        elif ties:  # "the farmer said" six paragraphs after "X has farmed wheat …": the one person whose words fit
            fits.append(name)
    return cast.person(fits[0]) if fits and len(set(fits)) == 1 else found


def speaker_continued(cast, p: int, noun: Token, found: Speaker | None, spoke: set[str]) -> Speaker | None:
    """ "Hollis says he will bring it back. “This isn’t over,” the councillor said.": a bare "the …" word for a doer
    ("the pharmacist", "the grocer", "the retired nurse"; no office) that says who spoke the quotation right before it
    stands for the named person who spoke last in the paragraph, when no one else was named since, and so does one
    anywhere when that person is the only one the paragraph has named ("The teenager says …") or the subject of the
    sentence right before ("Coun. Ann Roe sees it differently. The councillor, whose ward …, says"); the person named
    last, when a question was put to them, answers in the quotation right before it ("Lawyer Ann Roe asked Morash how
    much he had drunk. “Five beers,” the witness said."); in place of `found` when that is none or one described but not
    named; and the one who spoke in the sentence right before, its subject, in place of a person named only in an
    earlier paragraph ("Kirkwood insists he is not worried. “…,” the candidate says" after "Lindgren, the Green
    candidate"). `spoke` holds the names of who spoke before in the paragraph."""
    if found is not None and (found.kind != "unnamed" or found.name or found.plural):
        return _topic_over(cast, p, noun, found, spoke)
    lemma = noun.lemma_.lower()
    offices = _OFFICES - {lemma} if _retired(noun) else _OFFICES  # "the retired secretary" holds no office now
    if not common_noun(noun) or noun.ent_type_ or lemma in _NO_ONE_NAMED or lemma in offices or not _bare(noun):
        return found  # "the Florida senator", "the president": the news gold leaves a title's description unnamed
    if _stem(noun.lower_) is None and lemma not in CLUED and lemma not in _PEOPLE_OR_OFFICES:
        return found
    named = named_before(cast, p, noun)
    if found is not None and _unnamed_since(cast, p, noun, named):
        return found  # "“…,” the diplomat said" right after "A Western diplomat, speaking on condition of anonymity,"
    if _after_quotation(noun) and (introduced := introduced_person(cast, p, noun, named)):
        return cast.person(introduced)  # "came from X, who curled in a free kick. “…,” the midfielder said"
    people = [name for _, name in named]
    asked = bool(named) and _asked(cast.docs[p][named[-1][0]]) and _after_quotation(noun)  # "X asked Y …. “…,” the
    topic = bool(named) and lemma not in _DECIDED and _topic_before(cast.docs[p][named[-1][0]], noun)  # clues decide
    if not people and (before := quoted_alone_before(cast, p, noun)):  # "The broker says" after "…,” says X"
        return cast.person(before)
    if not topic and lemma not in _DECIDED and (subject := _speaking_subject(cast, p, noun, named, spoke)):
        return cast.person(subject)  # "“…,” said X, who runs a shop with Y. The shopkeeper said": X, not Y
    if not people or people[-1] not in spoke and not asked and not topic:  # witness said": the one asked answers
        return found
    if _after_quotation(noun) or len(set(people)) == 1 or topic:  # "The teenager says …" when she alone is named
        return cast.person(people[-1])
    return found


def _topic_over(cast, p: int, noun: Token, found: Speaker, spoke: set[str]) -> Speaker:
    """The person who spoke as the subject of the sentence right before a bare description after a quotation, in
    place of `found` when that one is named nowhere in this paragraph; else `found`."""
    named = named_before(cast, p, noun)
    if not found.name or not named or found.name in {name for _, name in named} or named[-1][1] not in spoke:
        return found
    if not common_noun(noun) or noun.ent_type_ or not _bare(noun) or not _after_quotation(noun):
        return found
    if found.kind == "institution" or noun.lemma_.lower() in _NO_ONE_NAMED:
        return found  # "Twitter acknowledged it. “…,” the company said": no person
    if any(cast.quoted((p, t.i)) for t in cast.docs[p][named[-1][0]].sent):
        return found  # "“…,” he said. “…,” said the drummer": a turn of a dialogue, the drummer the article named
    return cast.person(named[-1][1]) if _topic_before(cast.docs[p][named[-1][0]], noun) else found


def _unnamed_since(cast, p: int, noun: Token, named: list[tuple[int, str]]) -> bool:
    """Whether an unnamed source with the noun in their role spoke in paragraph p after the last person it names."""
    last = named[-1][0] if named else -1
    return any(q == p and last < i < noun.i and noun.lower_ in s.role.lower().split() for (q, i), s in cast.described)


def _retired(noun: Token) -> bool:
    """ "the retired secretary", "the former teacher": one who held a post once, a person rather than an office."""
    return any(c.dep_ == "amod" and c.lower_ in ("retired", "former") for c in noun.children)


def _topic_before(name: Token, noun: Token) -> bool:
    """ "Back at the arena, Quill has found a cot. “…,” the retired secretary said": whether a name is the subject of
    the main clause of the sentence right before the one of the description."""
    name = name_head(name)
    sent = name.sent
    return name.dep_ == "nsubj" and name.head == sent.root and follows(sent.end, noun)


def _speaking_subject(cast, p: int, noun: Token, named: list[tuple[int, str]], spoke: set[str]) -> str:
    """The person who spoke as the subject of the sentence right before the description's, a cue its root ("“…,” said
    X, a Marolles resident who …"), when the names after theirs stand only in the clause that tells of them; ""
    otherwise (not "Ann Roe asked Pell …": the one asked answers)."""
    doc = cast.docs[p]
    for i, name in reversed(named):
        head = name_head(doc[i])
        if name in spoke and head.head.lemma_.lower() in CUE_VERBS and _topic_before(head, noun):
            later = [j for j, other in named if j > head.i and other != name]
            told = {t.i for c in head.rights if c.dep_ in ("appos", "relcl") for t in c.subtree}
            return name if later and all(j in told for j in later) else ""
    return ""


def _asked(name: Token) -> bool:
    """Whether a name is whom a question was put to ("asked Morash how much he had drunk")."""
    return name.dep_ == "dobj" and name.head.lemma_.lower() in ("ask", "question", "press")


#: People nouns that stand for anyone, an unnamed source rather than the person of the story ("the source said"), or
#: the voice of an ad or a film, never the person it shows ("the narrator says" after a clip of a senator).
_ANYONE = frozenset(
    {"source", "official", "analyst", "expert", "observer", "person", "people", "someone", "insider", "aide", "report"}
    | {"narrator", "announcer"}
)
#: Descriptions whose clues decide alone; an occupation's work words do not outvote the subject of the sentence right
#: before ("X held up a sign. The 57-year-old scientist says …").
_DECIDED = CLUED - OCCUPATIONS.keys()
#: The unions the checks above ask of each noun, made once.
_NO_ONE_PERSON = BODY_NOUNS | _OFFICES | _COLLECTIVE
_NO_ONE_NAMED = BODY_NOUNS | _ANYONE | _COLLECTIVE
_PEOPLE_OR_OFFICES = PEOPLE_NOUNS | _OFFICES


def _bare(noun: Token) -> bool:
    """ "the pharmacist", "the retired nurse", "the retired school secretary": "the" and at most adjectives and
    common nouns before the noun, nothing after it but a relative clause set off by commas ("The councillor, whose
    ward …, says"), which tells more of the person the words stand for and names no one else."""
    children = list(noun.lefts)
    the = [c for c in children if c.dep_ == "det"]
    if [c.lower_ for c in the] != ["the"] or the[0].i != noun.left_edge.i:
        return False
    if noun.right_edge.i != noun.i and not _set_off_relative(noun):
        return False
    return all(c.dep_ == "det" or leaves_bare(c) for c in children)


def _set_off_relative(noun: Token) -> bool:
    """Whether all that follows a noun is a relative clause opening with "who" or "whose" after a comma (which the
    parser may also hang elsewhere: "The councillor, whose ward waited longest, says")."""
    doc = noun.doc
    opens = noun.i + 2 < len(doc) and doc[noun.i + 1].text == "," and doc[noun.i + 2].lower_ in ("who", "whose")
    return opens and all(c.dep_ == "punct" and c.text == "," or c.dep_ == "relcl" for c in noun.rights)


def _after_quotation(noun: Token) -> bool:
    """Whether a subject follows a closing quotation mark, with at most its verb between (" …,” the coach said",
    " …,” says the coach")."""
    doc = noun.doc
    start = noun.left_edge.i
    before = [t for t in doc[max(0, start - 2) : start] if not t.is_space]
    if before and before[-1].pos_ in ("VERB", "AUX"):
        before = before[:-1]
    return bool(before) and before[-1].text in CLOSING_MARKS


def _stem(word: str) -> str | None:
    """ "baker" -> "bak", "fisherman" -> "fish", "founder" -> "found"; None for a word that names no doer."""
    for ending in DOER_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            word = word[: -len(ending)]
            if ending in ("man", "woman") and word.endswith("er") and len(word) - 2 >= _MIN_STEM:
                word = word[:-2]  # "fisherman" -> "fisher" -> "fish"
            return word
    return None


def _ties(token: Token, stem: str, described: str, kinds: set[str]) -> bool:
    """A word of the person's clause that says what the description says ("bakery", "fished", "founded"), or the
    thing a description's noun before the doer names ("opened his hardware shop" for "the shop owner"); not a noun
    for a person."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and (lemma in PEOPLE_NOUNS or lemma == described):
        return False  # "were greeted by an organizer": another person, whom "the organizer" means
    if token.pos_ == "NOUN" and lemma in kinds and token.head.dep_ != "compound":
        return True
    return token.pos_ in ("NOUN", "VERB") and not token.ent_type_ and lemma.startswith(stem)


def _own_clause(name: Token) -> list[Token]:
    """The words that tell about the person a name stands for: the clause it is the subject or agent of, or whose
    subject it owns ("Emmett Roe’s family has farmed here since 1911" for "the farmer"), or else what it owns ("the
    thermometer at Ann Roe’s vineyard" for "the winemaker"), but not what it reports the person said, or the
    apposition and relative clause that hang on it."""
    name = name_head(name)
    if name.dep_ == "pobj" and name.head.dep_ == "agent":  # "was founded by Esther Kowalczyk"
        return list(name.head.head.subtree)
    owner = name.dep_ == "poss" or name.dep_ == "nmod" and any(c.dep_ == "case" for c in name.children)
    if owner:  # "Emmett Roe’s family has farmed …": what the person's family or shop does tells what the person does
        owned = name.head.head if name.head.dep_ == "appos" else name.head  # after a dateline the parser may set the
        name = owned if owned.dep_ in ("nsubj", "nsubjpass") else name  # family beside the town
    if name.dep_ == "appos" and name.head.i < dateline_end(name.doc) <= name.i:  # "HOLT, Kan. — Dale Roe has farmed
        name = name.head  # …": the parse makes the dateline's town the subject and sets the name beside it
    if name.dep_ in ("nsubj", "nsubjpass"):  # not what the person said: "said the company had signed 600 farms"
        said = reported_words(name.head)
        return [t for t in name.head.subtree if t.i not in said]
    return [*name.subtree, name.head] if owner else list(name.subtree)  # "the frost at Ann Roe’s vineyard": hers


def name_given(cast, p: int, noun: Token, found: Speaker | None) -> Speaker | None:
    """ "Her neighbour, a father of three who gave only his first name, Kevin, …, said": the name set beside "name"
    in the description of an unnamed speaker is theirs, in place of `found` when that is none or unnamed."""
    if found is not None and (found.kind != "unnamed" or found.name) or noun.pos_ != "NOUN":
        return found
    for token in noun.subtree:
        if token.dep_ == "appos" and token.head.lemma_.lower() == "name" and token.ent_type_ == "PERSON":
            ent = cast.entity(p, token)
            if ent is not None and cast.label(p, ent) == "PERSON":
                return cast.person(cast.name_of(p, ent))
        if token.dep_ == "appos" and _own_given_name(token):
            return cast.person(token.text)  # "her first name, Carol,", the name tagged a body or a place
    return found


def _own_given_name(token: Token) -> bool:
    """A capitalised word alone set beside "his first name" or "her first name": the person's own given name, however
    the recogniser tagged it."""
    name = token.head
    owned = any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in name.children)
    first = any(c.lower_ in ("first", "given") for c in name.children)
    alone = token.pos_ == "PROPN" and token.is_title and token.is_alpha and not list(token.children)
    return name.lemma_.lower() == "name" and owned and first and alone
