"""Cues of speech in a parsed paragraph: the verb, its subject and the words that say what was said.

Works on the dependency parse only: the subject of a verb of communication (inherited along "and", infinitives and
participles, "a statement saying …" from the verb that issued it), and its content: a clause ("said that …"), an object
for verbs that take one ("praised the ties"), an object with an infinitive ("urged Moscow to …"), a phrasal preposition
("called for talks"), or the sentence around a parenthetical "…, he said, …". "According to X, …" is a cue too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from dashboard.analysis.doc_text import column, places_of_keys
from dashboard.analysis.quotes import lost_subjects as lost
from dashboard.analysis.quotes.according import according_to, yield_to_relayed_speakers
from dashboard.analysis.quotes.after_objects import still_said
from dashboard.analysis.quotes.anonymity_reasons import reason_for_anonymity
from dashboard.analysis.quotes.around import (
    FINITE,
    around_inserted_cue,
    as_said_by,
    asked_by,
    before_closing_cue,
    displaced_content,
    that_clause_of_object,
)
from dashboard.analysis.quotes.asked_of import asked_of
from dashboard.analysis.quotes.billed_charges import billed
from dashboard.analysis.quotes.conjuncts import subject_taken_for_conjunct
from dashboard.analysis.quotes.contracted_perfect import contracted_perfect
from dashboard.analysis.quotes.descriptions import age_taken_for_modifier
from dashboard.analysis.quotes.held_back import without_held_back
from dashboard.analysis.quotes.infinitive_speakers import infinitive_speaker
from dashboard.analysis.quotes.leading_words import said_from_its_opening
from dashboard.analysis.quotes.lexicon import (
    AS_CUES,
    CLAUSE_CUES,
    CUE_VERBS,
    NOMINAL_CUES,
    OBJECT_INFINITIVE_CUES,
    PREDICATE_CUES,
    WITHHOLDING,
)
from dashboard.analysis.quotes.lone_participles import participle_alone
from dashboard.analysis.quotes.marked_closing_cues import closes_its_sentence, subordinate
from dashboard.analysis.quotes.marks import CLOSING_MARKS, QUOTE_MARKS
from dashboard.analysis.quotes.naming_read_as_modifier import naming_read_as_modifier
from dashboard.analysis.quotes.narrated_after_cue import said_before_narrated_cue
from dashboard.analysis.quotes.narration import (
    without_circumstance_after_cue,
    without_contrast,
    without_deed_after,
    without_narration,
)
from dashboard.analysis.quotes.noun_read_cues import name_before_noun_cue, noun_cue_clause
from dashboard.analysis.quotes.nouns import NOUN_CUES, noun_cue
from dashboard.analysis.quotes.phrasal_senses import phrasal_cue
from dashboard.analysis.quotes.posted_clauses import POSTING_VERBS, posted_clause
from dashboard.analysis.quotes.put_questions import question_put_to_person
from dashboard.analysis.quotes.read_aloud import not_read_aloud, read_by_a_person
from dashboard.analysis.quotes.retorts import RETORT_VERBS, retorted
from dashboard.analysis.quotes.said_little import said_little
from dashboard.analysis.quotes.said_on import said_around_set_off_cue
from dashboard.analysis.quotes.self_named_groups import names_itself
from dashboard.analysis.quotes.set_off_cues import inverted_set_off_cue, reports_quotation_before, said_around
from dashboard.analysis.quotes.set_off_subjects import set_off_openings
from dashboard.analysis.quotes.stories import story_told
from dashboard.analysis.quotes.subjects import relays_another, subject_of
from dashboard.analysis.quotes.telling_idioms import idiom_of_telling
from dashboard.analysis.quotes.trailing_comments import inside_comment, without_trailing_comment
from dashboard.analysis.quotes.unattached_clauses import left_unattached
from dashboard.analysis.quotes.what_said import (
    LISTENER_CUES,
    of_condition,
    predicate_after_object,
    preposition_on_object,
    said_after_setting,
    says_what,
    second_that_clause,
    subject_taken_for_object,
    through_quotation,
    told_after_listener,
    without_time_of_saying,
)

#: Verbs that, governing a cue, say that nothing was said ("declined to comment").
_NOT_SAYING = WITHHOLDING | {"fail", "want", "hope", "plan", "try", "expect", "begin"}
#: Hashes of cue lemmas and of cue words the tagger may take for nouns ("claims"), to scan the parse arrays.
_CUE_IDS = frozenset(get_string_id(w) for w in CUE_VERBS | RETORT_VERBS | POSTING_VERBS | NOUN_CUES.keys())
_CUE_WORD_IDS = frozenset(get_string_id(w) for w in ("according", *(v + "s" for v in CUE_VERBS)))


@dataclass
class Cue:
    """A verb of communication with its subject token and the tokens of what was said (may be empty)."""

    verb: Token
    subject: Token
    content: list[Token]
    lemma: str
    heads: list[Token] = field(default_factory=list)

    @property
    def subordinate(self) -> bool:
        """A cue inside "when …", "because …": it does not introduce a quotation next to it."""
        return subordinate(self.verb, self.subject)

    @property
    def content_span(self) -> tuple[int, int] | None:
        """Character offsets of the content, without a leading "that" and edge punctuation."""
        parts = self.content_parts
        return (parts[0][0], parts[-1][1]) if parts else None

    def set_content(self, tokens: list[Token]) -> None:
        """Replace the content, forgetting the offsets worked out from the old one."""
        self.content = tokens
        self.__dict__.pop("content_parts", None)

    @cached_property
    def content_parts(self) -> list[tuple[int, int]]:
        """Character offsets of the content in runs: two when the cue stands inside it ("X, she said, Y")."""
        tokens = said_from_its_opening(self.content)  # not a dateline, a page label, nor "that"
        while tokens and (tokens[-1].is_punct and tokens[-1].text not in '\u201d"' or tokens[-1].dep_ == "cc"):
            tokens.pop()
        runs: list[list[Token]] = []
        for token in tokens:
            if not runs or runs[-1][-1].i < self.verb.i < token.i:  # the cue stands in the gap before the token
                runs.append([token])
            else:
                runs[-1].append(token)
        for run in runs:  # "In 1982, he recalls, the rate hit 22 per cent": no comma opens the second run
            while len(run) > 1 and run[0].is_punct and run[0].text not in QUOTE_MARKS:
                run.pop(0)
            while len(run) > 1 and run[-1].is_punct and run[-1].text not in '\u201d"':
                run.pop()
        return [(run[0].idx, run[-1].idx + len(run[-1])) for run in runs]


def find_cues(doc: Doc, inside_quote: list[tuple[int, int]]) -> list[Cue]:
    """Every cue of the paragraph outside quotation marks that has a subject, in reading order."""
    cues = []
    lemmas, forms = column(doc, LEMMA), places_of_keys(doc, _CUE_WORD_IDS, lower=True)  # "says", "according"
    for i in sorted({*compress(range(len(lemmas)), map(_CUE_IDS.__contains__, lemmas)), *forms}):
        token = doc[i]
        lower = token.lower_
        if any(s <= token.idx < e for s, e in inside_quote):
            continue
        if lower == "according":
            cue = Cue(token, *said, "according to") if (said := according_to(token)) is not None else None
        elif _is_cue_verb(token):  # "And Ann, said Bo Ek, never forgets": inverted, the speaker after the cue
            found = inverted_set_off_cue(token) or naming_read_as_modifier(token)  # "Ann, an ally, called X “Y”"
            cue = Cue(token, *found) if found else _verb_cue(token, inside_quote)
        else:  # "his claim that …", "her call for …"
            cue = Cue(token, *said) if (said := noun_cue(token)) is not None else None
        if cue is not None:
            cues.append(cue)
    return yield_to_relayed_speakers(cues)


def _is_cue_verb(token: Token) -> bool:
    """A verb of communication; also one the tagger took for a noun ("Trump claims that …")."""
    if token.lemma_.lower() not in CUE_VERBS and token.lower_.rstrip("s") not in CUE_VERBS:
        return retorted(token) or posted_clause(token)  # "Whitlock fired back that …", "posted on X that …"
    # "Brook predicts that …" read as a noun; "“…,” Ann read" tagged as a noun
    if token.pos_ == "VERB" or name_before_noun_cue(token) is not None or read_by_a_person(token):
        return True
    return token.pos_ == "NOUN" and {"nsubj", "ccomp"} <= {c.dep_ for c in token.children}


def _verb_cue(verb: Token, quotations: list[tuple[int, int]]) -> Cue | None:
    children = list(verb.children)  # read a dozen times below: made once
    if (asked := asked_by(verb)) is not None:  # "was asked by a reporter whether …": the reporter asked
        return Cue(verb, asked[0], asked[1], "ask")
    perfect = contracted_perfect(verb)  # "She's said she will …" read as a passive
    if perfect is None and any(
        c.dep_ in ("neg", "nsubjpass", "auxpass") and not any(s <= c.idx < e for s, e in quotations) for c in children
    ):
        return None  # "was not asked"; not "“Is the ferry late?” asked X", whose "Is" the parser may hang on "asked"
    if verb.tag_ == "VBN" and (passive := as_said_by(verb)) is not None:  # "as reported by the Gazette, …"
        relayed = _is_cue_verb(verb.head) and any(c.dep_ == "nsubj" for c in verb.head.children)
        return None if relayed else Cue(verb, passive[0], passive[1], verb.lemma_.lower())  # not "X said, as …"
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in children) or question_put_to_person(verb):
        return None  # "asked if the mayor …", "if she says so", "Ann, asked if …, says": a question or a condition
    if perfect is None and participle_alone(verb):
        return None  # "Asked about X, she said …": the participle is no cue of its own ("Ann tweeted" is)
    infinitive = verb.dep_ == "xcomp" or verb.dep_ == "advcl" and verb.tag_ == "VB"  # not "declined …, saying …"
    if infinitive and verb.head.lemma_.lower() in _NOT_SAYING or relays_another(verb) or inside_comment(verb):
        return None  # "declined to say", "…, the first time it conceded what critics have been saying"
    if asked_of(verb) or names_itself(verb, children) or billed(verb):
        return None  # "the pressure on the mayor to explain …": asked of him; "calls itself X": a name; "charged $5"
    if reason_for_anonymity(verb):
        return None  # "asked not to be named because he fears losing his job": the writer's reason, no statement
    subject = (
        perfect
        or subject_taken_for_conjunct(verb)
        or lost.name_set_off_before_joined_cue(verb)  # "…, a spokeswoman, Ada Pell, said on Saturday"
        or infinitive_speaker(verb)  # "was right to note that …", "took pains to stress …"
        or subject_of(verb, quotations)
        or lost.speaker_hung_after(verb)
        or lost.keen_speaker(verb)
        or name_before_noun_cue(verb)
        or age_taken_for_modifier(verb)
    )
    if subject is None or idiom_of_telling(verb, subject):
        return None
    if not_read_aloud(verb, subject):  # "“…,” Ann read" speaks; not "the sign read", nor "read the report"
        return None
    base = verb.lemma_.lower() if verb.pos_ == "VERB" else verb.lower_.rstrip("s")
    lemma = base
    particle = next((c.lower_ for c in children if c.dep_ == "prt"), "")
    content: list[Token] = []
    heads: list[Token] = []
    deps = {c.dep_ for c in children}
    takes = f"{base} {particle}" if f"{base} {particle}" in NOMINAL_CUES else base  # "pointed out the progress"
    nominal = ""  # the dependents after the object that still belong to it: of an object, or of "called for X"
    for child in children:
        if child == subject or subject.head == child and child.i > verb.i or subject.i < child.i < verb.i:
            continue  # not "… said the woman, who did not want to be named", whose clause the parser hung on the cue,
            # nor what stands between subject and cue ("Ann, who sits on the board, said", "Ann on Monday called on")
        if nominal and still_said(child, nominal):  # "emphasized the alignment … as a way to assert …"
            content.extend(child.subtree)
        elif says_what(child, takes, deps) or second_that_clause(child, heads) or left_unattached(child, verb):
            content.extend(child.subtree)
            heads.append(child)
            nominal = "object" if child.dep_ == "dobj" else ""
        elif not particle and phrasal_cue(child, base):
            objects = [t for c in children if c.dep_ == "dobj" and c.i < child.i for t in c.subtree]
            content.extend([*objects, *(t for t in child.subtree if t != child)])  # "accused Washington of …"
            lemma, nominal = f"{base} {child.lower_}", base if base in ("call", "point") else ""
    if not content and verb.pos_ != "VERB" and subject.i == verb.i - 1:
        content = noun_cue_clause(verb, subject if verb.head == subject else verb)  # "Trump notes that …"
    if not content and (base in OBJECT_INFINITIVE_CUES or base in ("assure", "remind", "inform")):
        content = that_clause_of_object(verb)
    if not content and base in LISTENER_CUES and not particle:  # "told analysts on a call that …", "told the story of"
        content = told_after_listener(verb) or story_told(verb)
    if not content and not particle and (on_object := preposition_on_object(verb, base))[0]:
        content, lemma = on_object[0], f"{base} {on_object[1]}"  # "accused the mayor's office of being …"
    if not content:
        content, preposition = displaced_content(verb, base, particle, quotations)
        lemma = f"{base} {preposition}" if preposition else lemma
    if not content and not particle:  # "testified at the trial that his son's cough worsened"
        content = said_after_setting(verb)
    if not content and base in PREDICATE_CUES and not particle:
        content = predicate_after_object(verb)
    if not content and base in CLAUSE_CUES and any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in verb.rights):
        if said_little(verb):
            return None  # "has said little in public since …": how much was said, not what
        # "said many of the examples failed …": a clause whose subject the parser took for an object
        clause = [t for c in verb.rights if c.dep_ not in ("punct", "cc", "conj") for t in c.subtree]
        # not "can claim a year's rent if the landlord fails": the verb of a condition says nothing that was said
        finite = any(t.tag_ in FINITE and t.dep_ not in ("relcl", "acl") and not of_condition(t) for t in clause)
        content = clause if base == "say" or finite and base not in ("maintain", "write") else []
    as_clause = (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in children)
        and "dobj" not in deps
        and (base in CLAUSE_CUES or base in AS_CUES)
    )
    after_mark = verb.i > 0 and verb.doc[verb.i - 1].text in CLOSING_MARKS  # "“The danger,” said X, “is …”": quoted
    after_mark = after_mark or reports_quotation_before(verb, subject, quotations)  # "“…,” he says, grinning."
    if not content and (verb.dep_ == "parataxis" and not after_mark or as_clause):  # "The plan, she said, will fail."
        clause = verb.head.head if verb.head.dep_ in ("aux", "auxpass") else verb.head  # "…, she says, is staffing"
        content = said_around(verb, clause)  # "X has found two people, he said, one of them with …"
        content = without_circumstance_after_cue(content, verb, quotations)  # "“…,” Ann said, as the ferry left"
    if not content and (verb.dep_ in ("ROOT", "conj", "parataxis") or closes_its_sentence(subject, verb)):
        content = before_closing_cue(verb, subject)  # "…, Ostrow notes." (a noun), "…, she said." hung on the clause
    if not content:
        content = around_inserted_cue(verb, subject)
    elif (
        content
        and (opening := set_off_openings(verb, subject, heads))
        and (verb.doc[subject.left_edge.i - 1].text == ",")
        and verb.doc[verb.i - 1].text != ","  # not "Kestrel's vice-president, Dana Ruiz, told": a name after a title
    ):
        content = [t for c in opening for t in c.subtree] + content  # "The ferries, she said, will carry …"
    elif content and after_mark and subject.i > verb.i:  # "Ann Ross — … — has been “furious,” said a source"
        content = [t for c in verb.lefts if c.dep_ == "nsubj" for t in c.subtree] + content
    if particle and particle != "up":
        lemma = f"{lemma} {particle}"
        if content:  # "called on the council to open the archive": the ones called on belong to it
            content += [
                t for c in children if c.dep_ == "prt" for o in c.children if o.dep_ == "pobj" for t in o.subtree
            ]
    content = said_around_set_off_cue(verb, subject, content)  # "…, he said, because …", "If …, Ann said, the …"
    if content and base in CLAUSE_CUES:
        content = subject_taken_for_object(verb, heads) + content  # "said his habit … does not persuade voters"
    content = lost.without_set_off_speaker(content, verb, subject)  # "…, a spokeswoman, Ada Pell, said"
    content, heads = without_narration(content, heads, quotations)
    content = through_quotation(without_contrast(content, quotations), quotations)
    content = without_time_of_saying(without_deed_after(content, verb, quotations), verb)  # "said on Monday it …"
    content = without_trailing_comment(content, quotations)  # "…, the first time it has …": the narrator's
    content = without_held_back(content, verb, quotations)  # "…, though he did not say how much": the narrator's
    content = said_before_narrated_cue(content, min(subject.left_edge, verb), max(subject.right_edge, verb))
    return Cue(verb, subject, content, lemma, heads)
