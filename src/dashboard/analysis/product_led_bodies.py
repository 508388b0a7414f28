"""Bodies' names whose first word the recogniser tagged apart as a product: "the nonprofit Open Capitol Ledger said"
comes out as the product "Open" and the organisation "Capitol Ledger", so the body that speaks is quoted under a name
that is not its own. This pipeline step, run after the recogniser, gives the organisation back its first word: a lone
capitalised proper noun tagged a product, right before the organisation, that the parser hung inside the name as a
part of it (a compound), as it hangs every first word of a name. A product named before a body with no such tie
("the Falcon 9| SpaceX launched") stays apart."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.retagged import with_next_joined

#: The name of the pipeline step.
STEP = "product_led_bodies"


@Language.component(STEP)
def product_led_bodies(doc: Doc) -> Doc:
    """The document with each organisation whose first word was tagged a product given that word back."""
    return with_next_joined(doc, _joined)


def _joined(word: Span, body: Span | None) -> Span | None:
    """The body's whole name when `word` is its first word, tagged apart as a product; None otherwise."""
    if body is None or word.label_ != "PRODUCT" or body.label_ != "ORG" or len(word) != 1 or body.start != word.end:
        return None
    token = word[0]
    if token.tag_ != "NNP" or not token.is_title or token.dep_ != "compound":
        return None
    return Span(word.doc, word.start, body.end, label="ORG") if body.start <= token.head.i < body.end else None
