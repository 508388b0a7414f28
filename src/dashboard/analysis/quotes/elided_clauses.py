"""A reported clause whose verb the speaker left out, as answers and promises often are: "Asked whether she would back
the levy, X said she would, “as long as …”", "X says it could, but only on land the city owns", "X insists the county
will, once it knows …", "Asked whether he would sign, X said he would not." The parser makes the modal the head of the
clause ("would", "could", "will") and hangs what follows the comma on the cue. The subject and the modal say, by
ellipsis, what the question or the sentence before asked; what follows the comma is the condition or the limit the
speaker set on it, and so part of what was said, not the writer's. Only a modal counts ("she said she did not, but …"
runs on in other ways), and a rest that is a clause of its own ("…, and the crowd cheered", "…, adding that …") or that
quotes anyone again stays out."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import CUE_VERBS

#: Dependents of a modal that still leave it without a verb ("she probably would not").
_BESIDE_MODAL = frozenset({"nsubj", "nsubjpass", "neg", "advmod", "punct"})
#: Dependents of the cue after the comma that carry on the elided clause: a condition ("once it knows …"), a limit
#: ("but only with …", "as long as …") or the marks of a quotation around them.
_RESTS = frozenset({"advcl", "advmod", "prep", "cc", "punct"})


def elided_modal(heads: list[Token]) -> Token | None:
    """The modal that heads a reported clause of a subject and a modal alone ("she would", "he would not"), or None."""
    for head in heads:
        children = list(head.children)
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
        if head.tag_ == "MD" and head.dep_ == "ccomp" and subject and all(c.dep_ in _BESIDE_MODAL for c in children):
            return head
    return None


def with_rest_of_elided_clause(verb: Token, content: list[Token]) -> list[Token]:
    """`content` with the cue's dependents after the comma that closes an elided clause ("said she would, “as long
    as …”"), when the content is that clause; `content` unchanged otherwise."""
    modal = elided_modal([t for t in content if t.head == verb])
    if modal is None or modal.i < verb.i:
        return content  # "“I would,” she said to the TV": the quotation before the cue is all that was said
    end = max(t.i for t in content if not t.is_punct)  # the parser may hang the comma on the modal
    doc = verb.doc
    if modal.right_edge.i not in (end, end + 1) or end + 1 >= len(doc) or doc[end + 1].text != ",":
        return content
    rest = [c for c in verb.rights if c.i > modal.right_edge.i]
    if not any(c.dep_ != "punct" for c in rest) or any(c.dep_ not in _RESTS for c in rest):
        return content  # nothing goes on, or a clause of its own ("…, and the crowd cheered")
    if any(c.dep_ == "cc" for c in rest) and any(c.dep_ == "conj" for c in verb.children):
        return content  # "said she would, and left": the writer goes on
    tokens = [t for c in rest for t in c.subtree]
    if any(t.lemma_.lower() in CUE_VERBS and t.pos_ == "VERB" for t in tokens):
        return content  # "…, adding that …": a cue of its own reports the rest
    return sorted({*content, *tokens}, key=lambda t: t.i)
