"""Cues whose content the parser shared out wrongly between them: "said X and said Y" is two cues, ", noting that …"
continues the cue it hangs on, and "“A,” he said before adding: “B”" gives B to the second cue."""

from __future__ import annotations

from dashboard.analysis.quotes.counted_relatives import split_counted_relatives
from dashboard.analysis.quotes.cues import Cue
from dashboard.analysis.quotes.joined_cues import outer_cue_of_joined
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS
from dashboard.analysis.quotes.marks import QUOTE_MARKS
from dashboard.analysis.quotes.others_reported import reported_of_another

#: Tags of a verb in a tense of its own.
_FINITE = ("VBD", "VBZ", "VBP")


def split_conjoined(cues: list[Cue]) -> None:
    """ "said X and said Y", "said X but added Y", "A said X; B said Y": a finite cue joined to another's content is a
    new cue.

    Its words leave the first cue's content, and it inherits that cue's subject when it has none of its own
    (the parser often hangs the second verb on a verb of the first content). Changes the cues in place.
    """
    by_verb = {c.verb.i: c for c in cues}
    for outer in cues:
        inside = {t.i for t in outer.content}
        for inner in cues:
            verb = inner.verb
            if verb.i not in inside:
                continue  # most pairs: the cheap test first
            after_and = verb.dep_ == "ccomp" and (_after_and(inner) or outer_cue_of_joined(verb) == outer.verb)
            joined = verb.dep_ == "conj" or after_and or _across_semicolon(outer, inner)
            if not joined or not (_finite(verb) or outer_cue_of_joined(verb)) or _that_clause(verb):
                continue
            if reported_of_another(inside, verb):
                continue  # "said the council welcomed it but believed …": more of what was said of the council
            cut = {t.i for t in verb.subtree}
            swallowed = inner.subject.dep_ == "conj" and outer.verb.i < inner.subject.i < verb.i  # "… and Tom said"
            if swallowed:
                cut |= set(range(inner.subject.left_edge.i - 1, verb.i))
            outer.set_content([t for t in outer.content if t.i not in cut])
            own = swallowed or any(c.dep_ == "nsubj" for c in verb.children)
            if not own and verb.head.i not in by_verb:
                inner.subject = outer.subject
    split_counted_relatives(cues)  # "…, compared with 25 percent who said …": a cue of its own too


def _finite(verb) -> bool:
    """ "said X and urged Y", "said X and has since argued Y", "believes X and has been urging Y": a verb in a tense
    of its own, itself or through "has", "have", "had", "is", "was" (not a participle or infinitive of the content)."""
    return verb.tag_ in _FINITE or any(c.dep_ == "aux" and c.tag_ in _FINITE for c in verb.children)


def _that_clause(verb) -> bool:
    """ "said A and that Tom had mentioned B": a clause under its own "that" is more of what was said, not a cue."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _across_semicolon(outer: Cue, inner: Cue) -> bool:
    """ "Ann said X; Tom said Y", "60 percent said X; 30 percent said Y": a cue with a subject of its own on the other
    side of a semicolon from the cue whose content the parser gave it to says something of its own."""
    first, last = sorted((outer.verb.i, inner.verb.i))
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in inner.verb.children)
    return own_subject and any(t.text == ";" for t in inner.verb.doc[first + 1 : last])


def _after_and(cue: Cue) -> bool:
    """ "…, and the auditor, Nadia Voss, said …": a cue with its own subject right after "and" or "but", which the
    parser hung on the first cue's content as a clause of its own."""
    verb = cue.verb
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and cue.subject.i < verb.i and cue.subject.dep_ == "conj":
        subject = cue.subject  # "… for the farmers and Tom said …": the subject the parser took for a conjunct
    start = subject.left_edge.i if subject is not None else 0
    return start > 0 and verb.doc[start - 1].lower_ in ("and", "but")


def merge_participles(cues: list[Cue], reported: set[int]) -> list[Cue]:
    """ ", noting that …" continues the reported speech of the verb it hangs on: one quote, not two.

    `reported` holds the verb indices of cues whose content is reported speech; the cues left are returned.
    """
    by_verb = {c.verb.i: c for c in cues}
    merged = set()
    for cue in cues:
        head = by_verb.get(cue.verb.head.i)
        if (
            cue.verb.dep_ == "advcl"
            and cue.verb.tag_ == "VBG"
            and head is not None
            and head is not cue
            and head.verb.i in reported
            and cue.subject.i == head.subject.i
        ):
            if _cites_a_source(cue):
                merged.add(cue.verb.i)  # ", citing officials": whom it was had from, no quote of its own
            elif _says_something(cue):
                head.set_content(head.content + list(cue.verb.subtree))
                merged.add(cue.verb.i)
    return [c for c in cues if c.verb.i not in merged]


def _says_something(participle: Cue) -> bool:
    """ ", noting that …" says something of its own; ", asking not to be named" after the cue does not (nothing said
    and no quotation in it): it tells on what terms the speaker spoke, and stays out of what was said."""
    return bool(participle.content) or any(t.text in QUOTE_MARKS for t in participle.verb.subtree)


def _cites_a_source(participle: Cue) -> bool:
    """ ", citing officials", ", citing a source in the ministry", ", citing Ann Roe": people or a person as all that
    is cited tells whom the speaker had it from, not what was said (", citing rising costs" is a reason given)."""
    content = participle.content
    if participle.verb.lemma_.lower() != "cite":
        return False
    roots = [t for t in content if t.head.i == t.i or t.head not in content]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN"):
        return False
    return roots[0].lemma_.lower() in PEOPLE_NOUNS or roots[0].ent_type_ == "PERSON"


def hand_over(cues: list[Cue]) -> None:
    """ "“A,” he said before adding: “B”": a clause the parser hung on the first cue, after a second cue of the same
    speaker that has nothing of its own, is what the second one introduces. Changes the cues in place."""
    for second in cues:
        if second.content:
            continue
        for first in cues:
            if first is second or first.verb.i > second.verb.i or first.subject.i != second.subject.i:
                continue
            if any(t.i == second.verb.i for t in first.content):
                continue  # "said Reid quieted them, telling them “…”": the second cue is part of what was said
            later = [h for h in first.heads if h.left_edge.i > second.verb.i]
            if later and len(later) < len(first.heads):
                moved = {t.i for h in later for t in h.subtree}
                second.set_content([t for t in first.content if t.i in moved])
                first.set_content([t for t in first.content if t.i not in moved])
                second.heads, first.heads = later, [h for h in first.heads if h not in later]
                break


def one_cue_per_quotation(cues: list[Cue], linked: dict[int, list[tuple[int, int]]], speakers: dict) -> None:
    """ "Ann weighed in, telling the Ledger, “…,” she said": of two cues of one speaker that introduce the same
    quotations, the one whose verb stands nearer them (the cue that closes them) keeps them, and a named speaker keeps
    them from an unnamed one ("The report adds “…,” said Ann Ross"). ("…,” Ann said, according to the Gazette" has one
    cue only: the source that relays them gives way to Ann before, in `according`.) Changes `linked` (verb index ->
    quotations) in place; `speakers` gives each cue's speaker by verb index."""
    at = {c.verb.i: c.verb.idx for c in cues}
    for verb, spans in list(linked.items()):
        same = [v for v, other in linked.items() if v != verb and other == spans]
        nearer = [v for v in same if _distance(at[v], spans) < _distance(at[verb], spans)]
        if any(speakers.get(v) == speakers.get(verb) for v in nearer) or _named_rival(verb, same, speakers):
            del linked[verb]


def _named_rival(verb: int, rivals: list[int], speakers: dict) -> bool:
    """ "The report adds “…,” said Ann Ross": a cue with no name for its speaker yields the quotation to a named one."""
    unnamed = speakers.get(verb) is None or not speakers[verb].name
    return unnamed and any(speakers.get(v) is not None and speakers[v].name for v in rivals)


def _distance(idx: int, spans: list[tuple[int, int]]) -> int:
    return min(abs(idx - s) if idx < s else abs(idx - e) for s, e in spans)
