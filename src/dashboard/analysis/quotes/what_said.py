"""Which dependents of a cue verb hold what was said: a clause, an object for verbs that take one, and what follows
that object ("emphasized the alignment … as a way to …", "called for a ban in May after the storm")."""

from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.audience_reactions import audience_reaction
from dashboard.analysis.quotes.called_predicates import call_says_nothing, infinitive_of_call_on, predicate_on_object
from dashboard.analysis.quotes.claimed_objects import claimed_by_saying
from dashboard.analysis.quotes.hung_clauses import clause_hung_on_cue
from dashboard.analysis.quotes.infinitive_objects import infinitive_holds_object
from dashboard.analysis.quotes.lexicon import (
    BODY_NOUNS,
    CLAUSE_CUES,
    CUE_VERBS,
    INFINITIVE_CUES,
    NOMINAL_CUES,
    OBJECT_INFINITIVE_CUES,
    OBJECT_PREPOSITIONS,
    PREDICATE_CUES,
    QUESTION_CUES,
)
from dashboard.analysis.quotes.main_clauses_after_objects import set_apart
from dashboard.analysis.quotes.named_listeners import told_to_listener
from dashboard.analysis.quotes.recallers import recallers
from dashboard.analysis.quotes.second_subjects import second_subject_of_cue
from dashboard.analysis.quotes.set_off_cues import reports_clause_before
from dashboard.analysis.quotes.setting_clauses import clause_on_setting, describes_setting
from dashboard.analysis.quotes.welcomed_arrivals import says_nothing
from dashboard.analysis.quotes.whose_clauses import relative_taken_for_clause

#: Dependents of "call" that hold the object and its predicate when the parser split them ("… and Y a ploy").
_PREDICATE_PARTS = frozenset({"dobj", "conj", "cc", "appos", "npadvmod", "attr"})
#: Cues whose object is who was told ("told analysts on a call that …").
LISTENER_CUES = frozenset({"tell", "inform", "assure", "remind", "warn", "advise", "notify"})
#: How far after the listener a "that" may open what was said, past when, where and how it was told.
_LISTENER_REACH = 14
#: Dependents of the phrases of when, where and how it was told, between the listener and the "that".
_WHEN_WHERE = words("prep pobj det amod compound npadvmod nummod poss case punct cc conj advmod nmod dative")
#: Verbs whose object may be the meeting, trial or paper in which something was said ("the trial that she attended").
_HOLDING = words("""
attend hold host chair call convene organise organize give grant deliver issue release publish file sign write draft
send post air broadcast lead conduct join cover watch hear win lose open close plan schedule
""")
#: Dependents that make a clause whole though "that" was taken for its object: a complement or a passive subject.
_WHOLE_WITHOUT_OBJECT = frozenset({"xcomp", "ccomp", "attr", "acomp", "dative", "nsubjpass"})
#: Prepositions after the listener whose object is what was told about, with a "that" clause of its own.
_TOLD_ABOUT = frozenset({"about", "of", "over", "regarding", "against"})
#: Tags of a verb joined to the phrase that tells another deed of the speaker ("accused X of lying and urged …").
_DEED = frozenset({"VB", "VBD", "VBZ", "VBP"})
#: Words of time after a cue that the parser may take for the conjunction of the clause said after them.
_LATER = frozenset({"afterward", "afterwards", "later"})
#: People a state or body sends and calls back ("recalled its ambassador"), never a memory told.
_POSTED = frozenset({"ambassador", "envoy", "diplomat", "consul", "emissary", "delegation", "troop", "attache"})


def says_what(child: Token, lemma: str, sibling_deps: set[str]) -> bool:
    """Whether a dependent of the cue holds what was said: a clause, or an object for verbs that take one."""
    dep = child.dep_
    if set_apart(child) or relative_taken_for_clause(child) or call_says_nothing(child):
        return False  # "Several people booed; others applauded": the writer's two sentences; "…, whose office was"
    if dep == "ccomp":
        return True
    if dep == "xcomp" or infinitive_of_call_on(child):  # "urged them to …"; not "agreed to set up", "asked not to be"
        if any(c.dep_ == "auxpass" for c in child.children) or audience_reaction(child):  # nor ", to laughter"
            return False
        return child.tag_ == "VBG" or lemma in OBJECT_INFINITIVE_CUES or lemma in INFINITIVE_CUES
    if dep == "advcl":  # "tweeted that she was …", "asked them if they …" parsed as adverbial clauses
        opener, after = child.left_edge.lower_, child.i > child.head.i  # "If …, a reader would ask": a condition
        later = opener in _LATER and (lemma in LISTENER_CUES or lemma in CLAUSE_CUES)  # "told reporters afterward …"
        return opener == "that" or later or lemma in QUESTION_CUES and opener in ("if", "whether") and after
    if dep == "oprd":
        return lemma in NOMINAL_CUES or lemma in PREDICATE_CUES
    if dep == "dobj":
        if lemma == "recall" and _called_back(child):
            return False
        return (
            lemma in NOMINAL_CUES
            and not says_nothing(child, lemma)  # "repeated the same phrase three times"; "welcomed a baby"
            or claimed_by_saying(child, lemma)  # "claimed responsibility for the attack"
            or "oprd" in sibling_deps
            and lemma in PREDICATE_CUES
            or "xcomp" in sibling_deps
            and lemma in OBJECT_INFINITIVE_CUES
        )
    return False


def _called_back(thing: Token) -> bool:
    """ "Ostria recalled its ambassador", "Velmar Motors recalled 5,000 cars": the object of a "recall" that is called
    back, not remembered aloud: one a country, a body or a thing recalls, or is ordered to (a memory is a person's),
    things counted that an organisation recalls (the recogniser tags people's names ORG too), one owned by "its", or
    an envoy or troops (`recallers`)."""
    verb = thing.head
    subjects = recallers(verb)  # "detained two men and recalled its envoy", "ordered Y to recall 5,000 cars"
    counted = any(c.dep_ == "nummod" for c in thing.children)  # "5,000 cars"; a person may be tagged ORG ("Trump")
    body = any(
        s.ent_type_ in ("GPE", "NORP")
        or s.ent_type_ == "ORG"
        and counted
        or s.lemma_.lower() in BODY_NOUNS
        or s.lower_ == "it"
        for s in subjects
    )
    owned = any(c.dep_ == "poss" and c.lower_ == "its" for c in thing.children)
    return body or owned or thing.lemma_.lower() in _POSTED


def predicate_after_object(verb: Token) -> list[Token]:
    """ "called the fee and the audit a political ploy", "called the closures and the unrest that followed a moment
    like no other": the parser hung the predicate of "call X Y" away from the cue; what was said is the object with
    what follows it, when an indefinite noun phrase after the object's head, not in a prepositional phrase nor a
    time ("called him a day later"), holds the predicate."""
    objects = [c for c in verb.rights if c.dep_ == "dobj"]
    if not objects or any(c.dep_ in ("oprd", "prt", "prep", "dative") for c in verb.rights if c.i < objects[0].i):
        return []
    said = [t for c in verb.rights if c.i >= objects[0].i and c.dep_ in _PREDICATE_PARTS for t in c.subtree]
    head = objects[0]
    predicate = any(
        t.lower_ in ("a", "an")
        and t.i > head.i
        and t.head.pos_ == "NOUN"
        and t.head.dep_ != "pobj"
        and t.head.ent_type_ not in ("DATE", "TIME")
        for t in said
    ) or predicate_on_object(head)  # "called her late son her hero", "called the plan unfair"
    return said if predicate else []


def subject_taken_for_object(verb: Token, heads: list[Token]) -> list[Token]:
    """ "said his habit of citing X (though …) does not persuade voters": the parser took the subject of a clause for
    the cue's object and left the clause without one; the object's words belong to what was said. So do those of an
    amount the parser took for what the cue is about ("said about one in eight voters remained undecided")."""
    objects = [c for c in verb.rights if c.dep_ == "dobj" and c.pos_ != "PRON" or _amount_about(c)]
    subjectless = (h for h in heads if not any(c.dep_.startswith(("nsubj", "expl")) for c in h.children))
    bare = [h for h in subjectless if h.dep_ == "ccomp" and h.pos_ in ("VERB", "AUX")]
    if not bare:
        return []
    if not objects or not objects[0].i < bare[-1].i:
        return second_subject_of_cue(verb, bare[-1])  # "says family businesses like the Smiths’ are …"
    return list(objects[0].subtree)


def _amount_about(child: Token) -> bool:
    """ "about one in eight" of "said about one in eight voters …": "about" before an amount, read as a preposition."""
    return child.dep_ == "prep" and child.lower_ in ("about", "around") and any(t.like_num for t in child.subtree)


def told_after_listener(verb: Token) -> list[Token]:
    """ "told analysts on a conference call that margins would recover", "told reporters in the capital on Tuesday
    that …": the content clause of a cue whose object is its listener, after that object and any phrases of when,
    where and how it was told, which the parser hung on the last of those phrases (a relative clause of "call").
    Not a "that" clause of a noun ("told reporters of the rumour that …"), nor one after another verb."""
    listener = next((c for c in verb.rights if c.dep_ in ("dobj", "dative")), None)
    if listener is None:
        return []
    clause = next((c for c in listener.rights if c.dep_ == "relcl" and _told_without_that(c, listener)), None)
    return said_after_setting(verb, listener.right_edge.i + 1 if clause is None else listener.i + 1)


def _told_without_that(clause: Token, listener: Token) -> bool:
    """ "told the hearing the company had built a dam": the parser read the clause said with no "that" as a relative
    clause of the listener; it is what was told when its subject opens right after the listener and it holds an
    object or a modal of its own, not a true relative clause ("told the man she married")."""
    subject = next((c for c in clause.children if c.dep_.startswith("nsubj")), None)
    return subject is not None and subject.left_edge.i == listener.i + 1 and _opens_clause_without_that(subject)


def said_after_setting(verb: Token, start: int | None = None) -> list[Token]:
    """ "testified at the trial that his son's cough worsened", "told reporters at the briefing that the storm damaged
    40 homes": after the cue (from `start`, past its listener) and only phrases of when, where and how it was said, a
    "that" opening a clause with its own subject is what was said, though the parser hung it on the last noun of those
    phrases (setting_clauses). Not a true relative clause ("at the hearing that was held in May"), a noun's "that"
    clause ("the rumour that"), one after "about", "of" or "over", or any after a cue set off after the clause it
    reports ("…, she said, in a call that aides called tense"). One in a phrase of how it was told needs an object of
    its own ("on condition of anonymity that Ann had secured a loan", not "after talks that X called tense")."""
    doc, sent = verb.doc, verb.sent
    start = sent.end if reports_clause_before(verb) else verb.i + 1 if start is None else start
    inner_of = False
    for t in doc[start : min(start + _LISTENER_REACH, sent.end)]:
        if t.lower_ == "that" and t.head.i > t.i or _opens_clause_without_that(t) or clause_hung_on_cue(t, verb):
            if t.lower_ == "that" and not (_opens_said(t, strict=inner_of) or clause_on_setting(t)):
                return []  # "the rumour that …" is what a noun holds, not what was told
            words = list(doc[t.i + 1 if t.lower_ == "that" else t.left_edge.i : sent.end])
            while words and words[-1].is_punct and words[-1].text not in '\u201d"':
                words.pop()
            return words if len(words) >= 3 else []
        if t.dep_ == "prep" and t.lower_ in _TOLD_ABOUT:
            if t.head.i < start or t.head == verb:
                return []  # "told reporters about the rumour that …": what the listener heard of, not the content
            inner_of = True
        if _done_before_saying(t) or describes_setting(t):
            continue  # "said on Sunday, after summoning the ambassador, that …", "in a video posted on X that …"
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" or t.dep_ not in _WHEN_WHERE:
            return []  # a participle that describes the setting goes on ("in a written statement")
    return []


def _done_before_saying(token: Token) -> bool:
    """ "after summoning the ambassador": a gerund after "after", "before" or "while", or its object (when said)."""
    gerund = token.head if token.dep_ == "dobj" else token
    return gerund.tag_ == "VBG" and gerund.dep_ == "pcomp" and gerund.head.lower_ in ("after", "before", "while")


def _opens_clause_without_that(subject: Token) -> bool:
    """ "said in a statement it had fired rockets": the subject of a clause with no "that", which the parser took for
    a relative clause of the setting's noun ("in", "on" or "at" a statement, a post, a briefing) or of the listener
    ("told the hearing the company had …"). Not a relative clause that is one: "who" or "which" opens it ("those who
    believe"), or its verb holds the event or leaves its object to the noun ("said in an interview he gave", "said at
    a rally she held", "in the post he wrote")."""
    clause, noun = subject.head, subject.head.head
    if subject.tag_ in ("WP", "WDT") or not subject.dep_.startswith("nsubj") or clause.dep_ != "relcl":
        return False
    listener = noun.dep_ in ("dobj", "dative") and noun.head.lemma_.lower() in LISTENER_CUES
    setting = noun.dep_ == "pobj" and noun.head.lower_ in ("in", "on", "at")
    if noun.i != subject.left_edge.i - 1 or not (listener or setting):
        return False
    told = any(c.dep_ == "dobj" or c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    whole = (told or listener and told_to_listener(clause, noun)) and clause.lemma_.lower() not in _HOLDING
    return whole or infinitive_holds_object(clause)  # "it planned to ask regulators …": the object is not the noun


def _opens_said(that: Token, *, strict: bool = False) -> bool:
    """Whether this "that" opens a clause with its own subject: a conjunction not of a noun ("the claim that …"; of a
    setting, `clause_on_setting` decides), or a "that" taken for the object of a relative clause with a subject and
    an object of its own ("that the storm damaged 40 homes") or, unless `strict`, a verb of no event ("the trial that
    she attended")."""
    clause = that.head
    subject = any(c.dep_.startswith("nsubj") and c.i != that.i for c in clause.children)
    if that.dep_ == "mark":
        return clause.dep_ != "acl" and subject
    taken = that.dep_ == "dobj" or that.dep_ == "pobj" and clause.pos_ in ("VERB", "AUX")  # also a stray object of
    # a preposition hung on the verb ("in a note to customers that boxes would be carried")
    if not taken or clause.dep_ not in ("relcl", "acl") or not subject:  # "before the vote that …" (acl)
        return False  # "at the hearing that was held in May": "that" is the subject of a true relative clause
    own_object = any(c.dep_ == "dobj" and c.i != that.i for c in clause.children)
    if strict:  # "that Ann had helped broker it", "that the convoy had been ambushed": whole without "that"
        return own_object or any(c.dep_ in _WHOLE_WITHOUT_OBJECT for c in clause.children)
    return own_object or clause.lemma_.lower() not in _HOLDING


def through_quotation(content: list[Token], quotations: list[tuple[int, int]]) -> list[Token]:
    """ "said the sentence was “not enough, but it is something.”": what was said does not stop inside a quotation
    that opens in it; the parser may hang the quotation's second clause on the cue, and those words are said too."""
    if not content or not quotations:
        return content  # most cues: no quotation in their paragraph to go through
    first, last = min(t.idx for t in content), max(t.idx for t in content)
    ends = [e for s, e in quotations if first < s <= last < e]
    if not ends:
        return content
    more = list(takewhile(lambda t: t.idx < ends[0], content[0].doc[max(t.i for t in content) + 1 :]))  # to its end
    words = [t for t in more if t.is_alpha]
    if len(words) < 2 or any(t.lemma_.lower() in CUE_VERBS for t in words):
        return content  # a mark or a comma left out changes nothing; "but added, “…”" is a cue of its own
    return [*content, *more]


def preposition_on_object(verb: Token, base: str) -> tuple[list[Token], str]:
    """ "took to the radio to accuse the mayor's office of being “fooled”", "warned residents of a storm": the parser
    hung the cue's preposition ("accuse of", "warn of") on its object; what was said is the object with that phrase,
    and the preposition joins the cue."""
    for obj in (c for c in verb.rights if c.dep_ == "dobj"):
        for prep in (c for c in obj.rights if c.dep_ == "prep"):
            if (base, prep.lower_) in OBJECT_PREPOSITIONS and any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
                deed = min((c.left_edge.i for c in prep.subtree if c.dep_ == "conj" and c.tag_ in _DEED), default=None)
                return [t for t in obj.subtree if deed is None or t.i < deed], prep.lower_  # not "… and urged …"
    return [], ""


def second_that_clause(child: Token, heads: list[Token]) -> bool:
    """ "wrote that he was “gutted” and that he would help anyone …": a second "that" clause with a subject of its
    own, which the parser joined to the cue by "and" after the first clause it holds, is said too."""
    if child.dep_ != "conj" or not any(h.dep_ == "ccomp" and h.i < child.i for h in heads):
        return False
    that, subject = child.left_edge, any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
    return that.lower_ == "that" and that.dep_ == "mark" and that.head == child and subject


def of_condition(verb: Token) -> bool:
    """ "if the landlord fails", "when the lease ends": the verb of a clause of condition or time, opened by a word
    other than "that", which tells when a thing holds, not what was said."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children)


def without_time_of_saying(content: list[Token], verb: Token) -> list[Token]:
    """ "said on Monday it would appeal": the time right after the cue, before the clause's subject, says when it was
    said, though the parser hung it on the clause; it is no part of what was said."""
    when = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if when is None or when.dep_ != "prep" or when not in content or when.head not in content:
        return content
    phrase = list(when.subtree)
    dated = all(t.ent_type_ in ("DATE", "TIME") for t in phrase[1:]) and len(phrase) > 1
    subject = next((c for c in when.head.children if c.dep_.startswith("nsubj")), None)
    if not dated or subject is None or subject.i < phrase[-1].i:
        return content
    return [t for t in content if t not in phrase]
