"""A company's name the recogniser took for a person's, read from what the company says of itself: "Ostmark Bostad
said it had agreed to buy two towers", "The owner, Pescados Lurra, said in a statement that it would appeal the
fine". A speaker whose reported clause has "it" do what a company does with its own business (agree to a deal, sell,
buy, appeal, cut jobs) speaks of itself as a thing, which no person does. What "it" says of a plan or a price
("X said it would take years", "it would cost more") tells nothing, so only those acts count; and a name that opens
with a given name the lexicon knows is a person's, whose "it" is the company they speak for. (A one-word name reads
any "it" doing something: mislabelled_people.speaks_as_it.)"""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.given_names import gender_of_given_name

#: Verbs of speaking whose subject's reported clause is read.
_SAYING = words("say announce state")
#: What a company does with its own business, as the verb of "it" in what it says ("it had agreed to sell", "it would
#: appeal the fine"); not what a plan, a law or a price does ("take", "cost", "help", "mean").
_OWN_ACTS = words("""
agree sell buy acquire merge post appeal contest cut hire invest close sue comply suspend resume delay repay refinance
settle list divest
""")


def speaks_of_itself(name: Token | None) -> bool:
    """Whether the name (its last word), subject of a verb of speaking or set off beside that subject ("The owner,
    X, said"), says that "it" does one of a company's own acts ("said it had agreed to sell", "it would appeal")."""
    if name is None:
        return False
    subject = name.head if name.dep_ == "appos" else name
    if subject.dep_ != "nsubj" or subject.head.lemma_.lower() not in _SAYING:
        return False
    if gender_of_given_name(_name_text(name)):  # "The lawyer, Ann Roe, said it would appeal": her client
        return False
    for clause in (c for c in subject.head.children if c.dep_ == "ccomp"):
        if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children):
            acts = [clause, *(c for c in clause.children if c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB")]
            if any(a.lemma_.lower() in _OWN_ACTS for a in acts):
                return True
    return False


def _name_text(name: Token) -> str:
    """The words of the name the token ends: its proper nouns compounded before it and itself."""
    first = min((c.i for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), default=name.i)
    return name.doc[first : name.i + 1].text
