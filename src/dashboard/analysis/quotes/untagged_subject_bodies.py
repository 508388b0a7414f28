"""A body the recogniser left untagged, called back by "the <noun>" of a body: "Orrery, which sells software …, raised
$12 million last year. The company said …", "the Bayview Players will raise the curtain …. The community theatre
company announced …", "the Kestrel Falls Blizzard have been … This season may be the last. The junior A club's
volunteer board told fans …". The proper name that is the subject of the main clause of an earlier sentence of the
paragraph, the last such subject before the noun (sentences whose subject is a common noun or a pronoun naming no one
in between), is the body the noun means, when it is tagged as no speaker (a person's or an organisation's name ends
the search: other rules read those), it is no person's name the article gives, and it did not speak there itself
("Vetch admitted …. “…,” the company said": the rules gave that body its own words, under the profile they made
for it)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.lexicon import BODY_NOUNS, CUE_VERBS, words

#: Nouns of a body the lexicon's lists leave out ("the club", "the troupe").
_MORE_BODIES = words("club troupe society ensemble choir orchestra startup outfit charity")
#: Organs of a body that speak for it ("the club's board").
_ORGANS = words("board committee council executive")
#: Labels of names the rules read as speakers; a name tagged otherwise ("the Dunmore Larks" as a work of art) is as
#: good as untagged.
_SPEAKING = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Dependencies of the words of a proper name before its head ("the [Kestrel Falls] Blizzard").
_NAME_PARTS = frozenset({"compound", "det"})


def untagged_body_before(cast, p: int, noun: Token) -> str:
    """The untagged name of the body "the <noun>" calls back in paragraph `p` (see the module's docstring), or ""."""
    if noun.tag_ != "NN" or noun.ent_type_ or not _of_a_body(noun):
        return ""
    doc = cast.docs[p]
    sentence = noun.sent
    for sent in reversed([s for s in doc.sents if s.end <= sentence.start]):
        subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ != "PROPN":
            if subject is not None and any(t.ent_type_ in _SPEAKING for t in subject.subtree):
                return ""
            continue
        if subject.ent_type_ in _SPEAKING or not subject.is_title or sent.root.lemma_.lower() in CUE_VERBS:
            return ""  # "Vetch admitted …. “…,” the company said": a body that spoke has its rows, and a profile
        parts = [c for c in subject.lefts if c.dep_ in _NAME_PARTS]
        start = min([c.i for c in parts if c.dep_ == "compound"] + [subject.i])
        name = doc[start : subject.i + 1]
        if any(not t.is_title or t.ent_type_ in _SPEAKING for t in name) or cast.surname_of_someone(subject.text):
            return ""
        return name.text
    return ""


def _of_a_body(noun: Token) -> bool:
    """ "the company", "the community theatre company", "the club's volunteer board": a definite noun of a body, or of
    a body's organ owned by one."""
    if noun.lemma_.lower() in BODY_NOUNS | _MORE_BODIES and definite(noun):
        return True
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owned = bool(owners) and owners[0].lemma_.lower() in BODY_NOUNS | _MORE_BODIES and definite(owners[0])
    return noun.lemma_.lower() in _ORGANS and owned
