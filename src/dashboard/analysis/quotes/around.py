"""What was said when the parser does not hang it on the cue: the sentence around or before a cue set off by
commas ("The plan, she said, will fail."; "… is under pressure, said its chief executive."), a "that"
clause parsed as a relative clause of the cue's object ("told the leaders that …") or hung on a word after the
cue ("said for the first time that …"), a clause opened by "for" ("called for the mill to close"), an object
holding a quotation ("calling the mayor a “coward”"), the question of "was asked by X whether …", and the quotation
that "as she puts it" leads into."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dashboard.analysis.quotes.cue_own_clauses import own_clause_after_cue
from dashboard.analysis.quotes.dated_writings import dates_a_writing
from dashboard.analysis.quotes.lexicon import CLAUSE_CUES, PREDICATE_CUES, PREPOSITION_CUES
from dashboard.analysis.quotes.marks import CLOSING_MARKS
from dashboard.analysis.quotes.outlet_askers import is_news_outlet
from dashboard.analysis.quotes.put_predicates import links_to_quotation
from dashboard.analysis.quotes.relative_looking_cues import inserted_read_as_relative
from dashboard.analysis.quotes.relayed_quotations import quoted_before_relay
from dashboard.analysis.quotes.scene_clauses import sets_the_scene
from dashboard.analysis.quotes.set_off_cues import reports_clause_before
from dashboard.analysis.quotes.setting_conjuncts import before_own_conjunct

#: What may follow a sentence-closing cue besides its speaker: when, where and how it was said.
_CLOSING_DEPS = frozenset({"prep", "npadvmod"})
#: Cues whose object is who was told ("…, his aide told the Gazette."), and how the parser hangs that object.
_TOLD = frozenset({"tell", "inform", "assure"})
_LISTENERS = frozenset({"dobj", "dative"})
_CLAUSE = frozenset({"VERB", "AUX"})
#: Prepositions whose object is what a cue answers or is about, not when or where it was said.
_ABOUT = frozenset({"to", "over", "about", "against", "regarding"})
#: How far after a cue a "that" may open what was said, past when, where and how it was said.
_REACH = 16
#: Dependents of a cue that, before a "that", make it a relative pronoun ("said the plan that …").
_OBJECTS = frozenset({"dobj", "dative", "attr", "oprd", "ccomp", "xcomp"})
#: Tags of finite verbs: a clause, not a participle phrase ("Asked about it, …").
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def before_closing_cue(verb: Token, subject: Token) -> list[Token]:
    """ "The plant is under pressure, said its chief executive, Ann Ross." and "… marched in the parade, CNN
    reported.": a cue closing the sentence reports the words before the comma, whatever the parser hung it on."""
    sent, doc = verb.sent, verb.doc
    start = min(verb.i, subject.left_edge.i)
    if start - 1 <= sent.start or doc[start - 1].text != "," or not start <= subject.i <= verb.i + 8:
        return []
    speaker = {t.i for t in subject.subtree}
    closing = _CLOSING_DEPS | _LISTENERS if verb.lemma_.lower() in _TOLD else _CLOSING_DEPS
    closers = [t for c in verb.children if c.dep_ in closing for t in c.subtree]  # "in a report released on Friday"
    allowed = {t.i for t in closers if t.pos_ not in _CLAUSE or dates_a_writing(t)}
    joined = [c for c in verb.children if c.dep_ == "conj" and any(d.dep_ == "cc" and d.i < c.i for d in verb.children)]
    if joined:  # "…, Ann Ross said, and she has …": a clause of its own after the cue
        allowed |= {t.i for c in joined for t in c.subtree} | {c.i for c in verb.children if c.dep_ == "cc"}
    after = [t for t in doc[start : sent.end] if t.i != verb.i and not t.is_punct]
    if any(t.i not in speaker | allowed for t in after):
        return []  # more follows than the speaker and when or where ("…, Mexico said enough")
    before = list(doc[sent.start : start - 1])
    inside = {t.i for t in before}
    tops = [t for t in before if t.head.i not in inside or t.head.i == t.i]
    if all(t.tag_ in ("VBN", "VBG") and not _has_finite_aux(t) or t.is_punct for t in tops) or _asked_first(before):
        return []  # "Asked whether the target put her job at risk, Reid laughed.": a question put to the speaker
    if sets_the_scene(before, verb):
        return []  # "When I ask him whether this will be his last harvest, he laughs.": the moment, not the words
    clause = any(t.tag_ in FINITE or _past_tense_taken_for_participle(t) for t in before)
    return before if len(before) >= 3 and clause else []  # a clause, not "Asked …,"


def _asked_first(before: list[Token]) -> bool:
    """ "Asked backstage what comes next, Kayleigh laughed.": words that open on "Asked" (or "When asked") put a
    question to the speaker, however the parser hung the participle (here on "backstage", as a modifier)."""
    words = [t.lower_ for t in before[:2]]
    return words[:1] == ["asked"] or words == ["when", "asked"]


def finite(verb: Token) -> bool:
    """A verb in a tense of its own: finite itself, or through a finite auxiliary ("has said", "was told")."""
    return verb.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in verb.children)


def _has_finite_aux(verb: Token) -> bool:
    """ "The mill is still running, but …": a participle with a finite auxiliary heads a clause of its own; not one
    that "when" or "if" opens ("When Ann was asked whether …, she laughed"), which sets the scene of what follows."""
    children = list(verb.children)
    subordinate = any(c.dep_ == "mark" or c.tag_ == "WRB" for c in children)
    return not subordinate and any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in children)


def _past_tense_taken_for_participle(verb: Token) -> bool:
    """ "Air strikes killed 12 people, the ministry said": a verb in the past the parser took for a participle
    modifying its subject; it has an object, which a participle of the passive cannot ("people killed in …")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children)


def around_inserted_cue(verb: Token, subject: Token) -> list[Token]:
    """ "These workers, Lang explained in the hearing, were paid well": the cue set off by commas inside
    the sentence, parsed as its root or as a relative clause of the subject (relative_looking_cues.py); what was
    said is the sentence around the commas."""
    if verb.dep_ != "ROOT" and not inserted_read_as_relative(verb, subject):
        return []
    sent = verb.sent
    opening = subject.left_edge.i - 1
    closing = next((t.i for t in verb.rights if t.dep_ == "punct" and t.text == ","), None)
    if closing is None and verb.dep_ == "relcl":  # "The pier, Ada Pell conceded, is …": the comma hung on "pier"
        closing = next((t.i for t in verb.doc[verb.i + 1 : sent.end] if t.text == ","), None)
    if opening <= sent.start or verb.doc[opening].text != "," or closing is None:
        return []
    before = [t for t in verb.doc[sent.start : opening] if not t.is_punct]
    if own_clause_after_cue(verb, before, closing):  # "In the end, the firm agreed to …, and the union …": no words
        return []
    after = [t for t in verb.doc[closing + 1 : sent.end] if not t.is_punct]
    if len(before) < 2 or len(after) < 2 or not any(t.pos_ in ("VERB", "AUX") for t in after):
        return []
    return [*before, *after]


def that_clause_of_object(verb: Token) -> list[Token]:
    """ "told the leaders that …" parsed as a clause of the object (relative or adjectival): it is what was said."""
    for obj in verb.children:
        if obj.dep_ in ("dobj", "dative"):
            for clause in obj.rights:
                if clause.dep_ in ("relcl", "acl") and clause.doc[clause.left_edge.i].lower_ == "that":
                    return list(clause.subtree)
    return []


def as_said_by(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "As reported by the Gazette, the ferry …", "…, as first noted by the union": the one the passive cue names
    with "by" said the clause it is set in."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if source is None or verb.dep_ != "advcl" or verb.head.dep_ not in ("ROOT", "ccomp", "conj"):
        return None  # "carrying out a mission as declared by X" is no clause of its own
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    inner = {t.i for t in verb.subtree}
    return source, [
        t for t in verb.head.subtree if t.i not in inner and not (t.is_punct and t.i == verb.left_edge.i - 1)
    ]


def asked_by(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "Ann was asked by a reporter whether …", "When asked by the host about the fee, …": the one who asked, named
    with "by", said the question ("whether …", "if …") or what it was about."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if source is None or verb.lemma_.lower() != "ask" or verb.tag_ != "VBN" or is_news_outlet(source):
        return None  # "Asked by the Herald whether …": the paper's own question, no one's quote
    asked = [
        t
        for c in verb.rights
        if c.dep_ in ("ccomp", "advcl") and c.left_edge.lower_ in ("if", "whether")
        for t in c.subtree
    ]
    about = [t for h in (verb, source) for c in h.rights if c.dep_ == "prep" and c.lower_ == "about" for t in c.subtree]
    content = asked or [t for t in about if t.lower_ != "about" or t.i != about[0].i]
    return (source, content) if content else None


def as_put_it(doc: Doc, first: int) -> Token | None:
    """ "…, where, as she puts it, “…”": the verb of "as X put it" right before the quotation at token `first`, with
    where or when it was put between ("as she puts it in the final chapter, “…”")."""
    for verb in doc[max(0, first - _REACH) : first]:
        if (
            verb.lemma_.lower() == "put"
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
            and (
                all(t.is_punct or t.i in _setting(verb) for t in doc[verb.i + 2 : first])
                or links_to_quotation(doc, verb, first)  # "his job, as he puts it, is to “…”"
            )
        ):
            return verb
    return None


def _setting(verb: Token) -> set[int]:
    """The tokens of where, when and how a cue was said ("in the final chapter", "on Monday")."""
    return {t.i for c in verb.children if c.dep_ in _CLOSING_DEPS and c.i > verb.i for t in c.subtree}


def displaced_content(
    verb: Token, base: str, particle: str, quotations: list[tuple[int, int]]
) -> tuple[list[Token], str]:
    """What was said that the parser hung away from the cue, and the preposition that joins the cue ("call for")."""
    if (base, "for") in PREPOSITION_CUES and not particle and (clause := for_clause(verb)):
        return clause, "for"
    if base in PREDICATE_CUES and (named := quoted_object(verb, quotations)):
        return named, ""
    if relayed := quoted_before_relay(verb, quotations):  # "“…,” Ann Roe was quoted as saying"
        return relayed, ""
    if reports_clause_before(verb):  # "…, mediators said, after talks that both sides described as tense"
        return [], ""
    return that_clause_after(verb, clause_only=base in CLAUSE_CUES), ""


def that_clause_after(verb: Token, *, clause_only: bool = False) -> list[Token]:
    """ "said for the first time that …", "reported that the decision …": a "that" clause the parser hung on a word
    after the cue; what was said runs from it to the end of the sentence."""
    sent = verb.sent
    objects = {t.i for c in verb.children if c.dep_ in _OBJECTS for t in c.subtree}
    for t in verb.doc[verb.i + 1 : min(verb.i + _REACH, sent.end)]:
        if t.lower_ == "that" and t.head.i > t.i and (t.dep_ in ("mark", "advmod") or _complementiser(t, clause_only)):
            words = before_own_conjunct(verb, list(verb.doc[t.i + 1 : sent.end]))  # not ", and its chief said …"
            while words and words[-1].is_punct and words[-1].text not in CLOSING_MARKS:
                words.pop()
            return words if len(words) >= 3 else []
        if t.i in objects or t.pos_ in _CLAUSE and not dates_a_writing(t) or _has_that_clause(t):
            return []  # "said the plan that …", "… over allegations that …" (not "in a report issued on Monday")
    return []


def _has_that_clause(noun: Token) -> bool:
    """ "responded to reports that …", "agreed … over allegations that …": what the cue answers or is about, with a
    "that" clause of its own; not "said in a statement that …", where the clause is what was said."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in _ABOUT
        and after is not None
        and after.lower_ == "that"
        and after.head.dep_ == "acl"
        and after.head.head.i == noun.i
    )


def _complementiser(that: Token, clause_only: bool) -> bool:
    """ "predicted at the forum that the growers will win every vote": a "that" parsed as the relative pronoun of
    a clause that has its own subject, and its own object in that place or a cue that takes no object ("said at
    the meeting that she may wait"), is no pronoun but opens what was said."""
    clause = that.head
    return (
        clause.dep_ == "relcl"
        and that.dep_ in ("nsubj", "dobj")
        and any(c.dep_ == "nsubj" and c.i != that.i for c in clause.children)
        and (clause_only or any(c.dep_ == that.dep_ and c.i != that.i for c in clause.children))
    )


def for_clause(verb: Token) -> list[Token]:
    """ "called for the old ledgers to be put online": the clause "for" opens, parsed as an adverbial clause."""
    for clause in verb.rights:
        opener = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None)
        if clause.dep_ == "advcl" and opener is not None and opener.i == clause.left_edge.i:
            return [t for t in clause.subtree if t.i != opener.i]
    return []


def quoted_object(verb: Token, quotations: list[tuple[int, int]]) -> list[Token]:
    """ "calling the mayor a “coward”", parsed with no predicate of its own: an object with a quotation in it."""
    for obj in verb.rights:
        tokens = list(obj.subtree)
        if obj.dep_ == "dobj" and any(s <= t.idx < e and t.is_alpha for t in tokens for s, e in quotations):
            return tokens
    return []


def question_put_to_subject(verb: Token) -> bool:
    """ "Villarreal, asked if he is counting on it too, says …": "asked", set off by commas between a subject and its
    cue, is a question put to the speaker (a passive the parser took for a past tense of the speaker's own), no
    statement; not "Ann asked if …" nor "Ann, who asked if …, says", whose "asked" has no comma before it."""
    doc, end = verb.doc, verb.right_edge.i + 1
    if verb.lemma_.lower() != "ask" or verb.i < 2 or doc[verb.i - 1].text != "," or end >= len(doc):
        return False
    subject = [c for c in verb.lefts if c.dep_ == "nsubj"]
    return bool(subject) and doc[end].text == "," and verb.head.i > end and verb.head.lemma_.lower() in CLAUSE_CUES
