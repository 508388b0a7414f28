"""The subject of a cue: who spoke, found in the parse even when the cue verb has no subject of its own."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes import lost_subjects as lost
from dashboard.analysis.quotes.conjuncts import clause_closed_before
from dashboard.analysis.quotes.gerund_speakers import passive_subject, verb_of_effort
from dashboard.analysis.quotes.hoped_clauses import thinker_of_clause
from dashboard.analysis.quotes.hung_speakers import name_beside_place, person_before_setting, speaker_hung_on_place
from dashboard.analysis.quotes.inverted_names import (
    name_after_quotation_cue,
    name_before_aside,
    object_after_quoted_clause,
)
from dashboard.analysis.quotes.joined_cues import outer_cue_of_joined
from dashboard.analysis.quotes.lexicon import BODY_NOUNS, CUE_VERBS, DOCUMENT_NOUNS, PEOPLE_NOUNS
from dashboard.analysis.quotes.marks import CLOSING_MARKS
from dashboard.analysis.quotes.mood_asides import speaker_before_mood
from dashboard.analysis.quotes.named_objects import speaking_subjects
from dashboard.analysis.quotes.noun_clause_participles import clause_of_noun, noun_of_clause
from dashboard.analysis.quotes.opening_participles import speaker_after_opening_participle
from dashboard.analysis.quotes.quoted_questions import asker_after_quotation
from dashboard.analysis.quotes.received_objects import received
from dashboard.analysis.quotes.recorded_speakers import recorded_speaker
from dashboard.analysis.quotes.relayed_quotations import RELAYING
from dashboard.analysis.quotes.speaking_asides import name_before_speaking_aside
from dashboard.analysis.quotes.whose_speakers import speaker_of_whose_role

#: Verbs that make their object do what the infinitive says ("forced him to admit"): he spoke.
_MAKE_SAY = frozenset({"force", "compel", "prompt", "lead", "get", "cause", "oblige"})

#: Adverbs of "aside from saying …": what follows is said besides what the verb tells (not "stopped short of saying").
_EXCEPT = frozenset({"aside", "apart"})
#: How a cue may hang on the cue it continues: joined ("said … and urged …") or, misread, as what it said ("said … but
#: warned that …", see `joined_cues`).
_JOINED = frozenset({"conj", "ccomp"})
#: Tags of a finite cue ("say", "says", "said").
_FINITE_CUES = frozenset({"VBP", "VBZ", "VBD"})

#: Dependencies inside an apposition that describes the name before it.
_DESCRIBING = frozenset({"appos", "pobj", "prep", "nummod", "npadvmod"})


def subject_of(verb: Token, quotations: list[tuple[int, int]] = ()) -> Token | None:
    """The subject of a cue, inherited from the verb it continues ("said …, adding …", "vowed to …").

    A subject inside quotation marks belongs to the quoted words, not to the cue."""
    cue = verb
    if (opened := speaker_after_opening_participle(verb) or recorded_speaker(verb)) is not None:
        return opened  # "Briefing the Council, Ann Roe, the aid chief, said", "footage of Ann Roe asking": not the verb
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and not _quoted(c, quotations)]
        subjects = speaking_subjects(verb, subjects)
        subject = max(subjects, key=lambda c: (_person_like(c), c.i < verb.i, c.i)) if subjects else None
        if subject is not None:  # "Ms Roe, speaking on Sky News’s … programme, said": Roe, not the programme
            return _name_described(subject) or name_before_speaking_aside(subject, verb) or subject
        if (passive := lost.subject_of_passive_before(verb, cue, quotations)) is not None:
            return passive  # "Ann was forced to retreat and said …"
        if any(c.dep_ in ("nsubjpass", "csubj") for c in verb.children):
            return None
        if (on_auxiliary := lost.subject_on_auxiliary(verb)) is not None:
            return on_auxiliary  # "who is … relishing her seat and is arguing …"
        inverted = object_after_quoted_clause(verb) or name_after_quotation_cue(verb, quotations)
        inverted = inverted or asker_after_quotation(verb)  # "“…?” asked the nurse": the question hung apart
        if (inverted := inverted or name_before_aside(verb, quotations)) is not None:
            return inverted
        found = speaker_of_whose_role(verb) or lost.subject_lost_in_aside(verb, quotations)  # "…, whose chief, X,"
        found = found or lost.subject_of_first_verb(verb) or lost.under_title_holder(verb)
        if (found := found or speaker_hung_on_place(verb)) is not None:
            return found  # "Ivo Marsh, a rabbi helping to plan the march, said …": the aside hung on the cue
        if (
            verb.dep_ == "xcomp"
            and verb.head.lemma_.lower() in _MAKE_SAY
            and (obj := next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None))
        ):
            return obj  # "forced the chief executive to admit that …": the one forced speaks
        if verb.dep_ in _JOINED and (said := outer_cue_of_joined(verb) or clause_closed_before(verb)) is not None:
            verb = said  # "said the town would leave the league and suggested that …": who said it suggests; "…
            # when a deputy knocked on her door, and told her": the deputy tells
            continue
        if verb.dep_ == "conj" and (named := _subject_left_of(verb, quotations)) is not None:
            return named  # "“…,” Ramos, 58, told the Gazette" parsed as joined to the quoted clause
        if verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN", "VB")):
            participle, verb = verb.dep_ == "advcl", verb.head
            said = verb.head if participle and verb.dep_ == "ccomp" and not _own_cue(verb) else None
            said = None if clause_of_noun(verb) else said  # "claims that …, telling": the noun says nothing
            thinker = said is not None and thinker_of_clause(verb, cue)  # "hopes the ferry will return, noting …"
            if said is not None and (said.lemma_.lower() in CUE_VERBS or thinker) and not _quoted(said, quotations):
                verb = said  # "said the plan could be messy, adding …" (not a cue in the quotation after it)
            elif participle and clause_of_noun(verb) and (main := _governing_verb(noun_of_clause(verb))) is not None:
                verb = main  # "rejected the idea that the pier is a burden, saying …": who rejected it says
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "… before asking her, …"
            main = verb_of_effort(verb.head.head)  # "made a point of saying …": who made it says
            if main.lower_ in _EXCEPT and main.dep_ == "advmod" and main.head.pos_ in ("VERB", "AUX"):
                main = main.head  # "refuses to discuss them, aside from saying …": who refuses says
            blamed = next((c for c in main.children if c.dep_ == "dobj"), None)
            if verb.head.lower_ == "for" and blamed is not None and not received(blamed):
                return blamed  # "critics attacked the mayor for saying …": the mayor said it
            if verb.head.lower_ == "as" and main.lemma_.lower() in RELAYING and blamed is not None:
                return blamed  # "the agency quoted the minister as saying …": the minister said it
            if (passive := passive_subject(main, quotations)) is not None:
                return passive  # "after saying …, she was rushed to hospital"; "was booed and jeered for saying"
            verb = main
        elif verb.dep_ == "acl" and _thing_before_comma(verb) and (main := _governing_verb(verb.head)) is not None:
            verb = main  # "rejected the notion that the episode was over, saying …": who rejected it says
        elif verb.dep_ == "acl" and verb.head.lemma_.lower() not in DOCUMENT_NOUNS and not _purpose_of_thing(verb):
            return person_before_setting(verb) or verb.head  # "supporters … now saying that …"
        elif verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "pobj"):  # "issued a statement saying …"
            verb = verb.head.head.head if verb.head.dep_ == "pobj" else verb.head.head
        elif verb.dep_ == "dep" and (misread := _subject_of_misread_modifier(verb)) is not None:
            return misread  # "sources privy to the talks say …": "privy" taken for the verb, "say" hung on it
        else:  # "Ann Ross, exasperated, replied: …": the mood read as a clause with her as its subject
            return _subject_left_of(verb, quotations) or lost.name_lost_before(verb) or speaker_before_mood(verb)
    return None


def _subject_of_misread_modifier(verb: Token) -> Token | None:
    """ "sources privy to the talks say it was …", "activists clamoring to stop the pier say they …": the parser took
    the words that describe the subject for its verb and hung the finite cue after them as an unlabelled dependent;
    the subject of those words, a noun before them with no comma between it and the cue, spoke."""
    head = verb.head
    if head.i >= verb.i or verb.tag_ not in _FINITE_CUES or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    if any(t.is_punct for t in verb.doc[head.i : verb.i]):
        return None  # "The pier is closed, officials say": a cue set off by a comma has rules of its own
    return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i and c.pos_ in ("NOUN", "PROPN")), None)


def _purpose_of_thing(participle: Token) -> bool:
    """ "a measure intended to highlight …", "a plan designed to show …": a past participle hung on a common noun that
    names no people or body says what a thing is for; no one speaks there."""
    thing = participle.head
    if participle.tag_ != "VBN" or thing.pos_ != "NOUN" or thing.ent_type_:
        return False
    return (lemma := thing.lemma_.lower()) not in PEOPLE_NOUNS and lemma not in BODY_NOUNS


def antecedent(relative: Token) -> Token:
    """What "who", "that" or "which" stands for: the noun its clause hangs on, or, for "who" hung on a place or a thing
    inside a person's description ("Ann Ross, a doctor from Dunmore, who said"), the person described."""
    noun = relative.head.head
    if relative.lower_ != "who":
        return noun
    described = noun
    for _ in range(4):
        if described.ent_type_ == "PERSON":
            return described
        if described.dep_ == "appos" and described.head.ent_type_ == "PERSON":
            return described.head  # "a doctor" of "Ann Ross, a doctor"
        if described.dep_ == "pobj" and described.head.dep_ == "prep":
            described = described.head.head  # "Dunmore" of "a doctor from Dunmore"
        else:
            break
    return noun


def relays_another(verb: Token) -> bool:
    """Whether a verb relays what its object said ("the daily cited the minister as saying …"): the one cited speaks,
    under the cue inside, and the verb is no cue of its own."""
    if verb.lemma_.lower() not in RELAYING or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() in CUE_VERBS for g in c.children)
        for c in verb.children
    )


def _thing_before_comma(verb: Token) -> bool:
    """ "the notion that …, saying": a participle after a comma, hung on a noun that names no one who could speak."""
    noun = verb.doc[verb.i - 1] if verb.i else None
    head = verb.head
    if noun is None or noun.text != "," or head.pos_ not in ("NOUN",) or head.ent_type_:
        return False
    return not any(head.lemma_.lower() in nouns for nouns in (PEOPLE_NOUNS, BODY_NOUNS, DOCUMENT_NOUNS))


def _own_cue(verb: Token) -> bool:
    """ "Ross cannot say that …, Dorn added, saying …": a cue with a subject of its own, under another cue, keeps
    its speaker for the participle that continues it."""
    return verb.lemma_.lower() in CUE_VERBS and any(c.dep_ == "nsubj" for c in verb.children)


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object a noun is ("rejected the idea", "dismissed a plan", "spoke of a plan")."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def _name_described(noun: Token) -> Token | None:
    """ "Tse, a software developer, says …" parsed with the description as the subject: the name that opens the
    sentence right before the comma, which the description describes, speaks."""
    comma = noun.left_edge.i - 1
    if noun.pos_ != "NOUN" or not introduced_by_a(noun) or comma < 1 or noun.doc[comma].text != ",":
        return name_beside_place(noun)  # "In Ouagadougou, Col. Ann Roe, the government spokeswoman, said"
    name = noun.doc[comma - 1]
    opens = name.left_edge.i == name.sent.start and name.right_edge.i == comma - 1
    named = name.ent_type_ in ("", "PERSON", "ORG")  # not "Monday, a spokesman said"
    return name if name.pos_ == "PROPN" and name.dep_ != "appos" and opens and named else None


def _person_like(token: Token) -> int:
    """How surely a subject is someone: a name or pronoun of a person, a noun for people, anything else."""
    if token.ent_type_ == "PERSON" or token.pos_ == "PRON":
        return 2
    return int(token.lemma_.lower() in PEOPLE_NOUNS)


def _subject_left_of(verb: Token, quotations: list[tuple[int, int]]) -> Token | None:
    """A name right before a cue that the parser hung elsewhere ("In an interview with Reuters, Minister X said"),
    perhaps with an apposition between them ("In a call on Monday, Col. Ann Ross, a spokeswoman, said")."""
    if verb.i == 0 or verb.dep_ not in ("ROOT", "ccomp", "parataxis", "conj"):
        return None
    at = verb.i - 1
    if verb.doc[at].text == ")":  # "Sen. Ann Ross (D-Ore.) said"
        at = next((t.i - 1 for t in reversed(verb.doc[max(0, at - 8) : at]) if t.text == "("), at)
    if verb.doc[at].text == ",":
        at -= 1
    named = _name_before_participle(verb.doc[at])
    if named is not None and not _quoted(named, quotations):
        return named
    before = verb.doc[at]
    for _ in range(4):  # up from "a spokeswoman in Baghdad," or ", 44," to the name it describes
        if before.ent_type_ == "PERSON" or _after_quotation(before) or before.head.i >= before.i:
            break  # the name itself, or nothing it describes
        if before.dep_ not in _DESCRIBING:
            break
        before = before.head
    if (
        before.pos_ == "PROPN"
        and (
            before.dep_ in ("appos", "pobj", "conj")
            and before.ent_type_ == "PERSON"
            or before.dep_ in ("appos", "pobj", "conj", "npadvmod", "attr")
            and _after_quotation(before)
        )  # "“…,” Ramos, 58, told the Gazette", Ramos tagged and parsed otherwise, even as part of the quotation
        and not _quoted(before, quotations)
    ):
        return before
    return None


def _name_before_participle(last: Token) -> Token | None:
    """ "“…,” steward Rolf Imber, holding a red flag, said": the name before a participle's clause set off by
    commas that ends with `last`, the clause being all that stands between the name and the cue."""
    clause = last
    while clause.dep_ not in ("advcl", "acl") and clause.head.i != clause.i and clause.head.i <= last.i:
        clause = clause.head
    start = clause.left_edge.i
    if clause.tag_ not in ("VBG", "VBN") or clause.i != start or start < 2 or clause.doc[start - 1].text != ",":
        return None
    name = clause.doc[start - 2]
    if name.dep_ == "pobj":
        return None  # "“…,” as Roy Vance, gasping on the sidewalk, said": a clause of "as", no cue of its own
    return name if name.ent_type_ == "PERSON" or _after_quotation(name) else None


def _after_quotation(token: Token) -> bool:
    """A proper noun right after a closing quotation mark ("“…,” Ramos, 58, told …"): the one who said it."""
    return token.pos_ == "PROPN" and any(t.text in CLOSING_MARKS for t in token.doc[max(0, token.i - 2) : token.i])


def its_means_a_thing(its: Token) -> bool:
    """ "A petition to save the cinema has 9,000 names. Its organiser, …": "its" opening a sentence after one whose
    subject is a thing introduced by "a" (no body, person or name) means that thing, not an organisation."""
    sentence = its.sent
    if its.lower_ != "its" or its.i != sentence.start or sentence.start == 0:
        return False
    before = its.doc[sentence.start - 1].sent
    subjects = [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head == before.root]
    if not subjects or subjects[0].pos_ != "NOUN" or subjects[0].tag_ != "NN":
        return False
    thing = subjects[0]
    return introduced_by_a(thing) and (lemma := thing.lemma_.lower()) not in BODY_NOUNS and lemma not in PEOPLE_NOUNS


def introduced_by_a(noun: Token) -> bool:
    """Whether a noun has an indefinite article ("a conductor", "an aide", "another one"): someone new to the text."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children)


def calls_its_own(subject: Token) -> bool:
    """ "Milkara said higher costs would delay its new plant": a subject whose reported clause calls a thing "its"
    before any singular noun "its" could mean speaks as an organisation, not a person."""
    for clause in (c for c in subject.head.children if c.dep_ == "ccomp"):
        for token in clause.subtree:
            if token.lower_ == "its" and token.dep_ == "poss":
                return True
            if token.tag_ in ("NN", "NNP") and token.dep_ != "compound":
                return False
    return False


def _quoted(token: Token, quotations: list[tuple[int, int]]) -> bool:
    """Whether a token stands inside quotation marks."""
    return any(s <= token.idx < e for s, e in quotations)
