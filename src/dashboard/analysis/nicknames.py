"""Nicknames a feature story gives a named person, and the mentions of them: "Walt Ambrose, …, whom everyone calls
Sarge", "Fairbrother, known to the band as Uncle Len", "Darnell Hughes, …, who answers only to Bones". Each mention of
the nickname, tagged as anything or not at all, is that person under the full name, so that "says Bones" is Darnell
Hughes. The nickname must hang on the name (through the relative clauses, participles and appositions that describe
it), be capitalised, and name no other person of the article. An alias in quotation marks ("the hacker known as
“Guccifer”") is left alone: a public pseudonym, which the story and the news gold keep using as the name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dashboard.analysis.doc_text import lemma_places, text_of, words_of
from dashboard.analysis.retagged import with_entities

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dashboard.analysis.entities import Mention

#: Verbs that give a nickname right after them ("calls Sarge", "nicknamed Bones", "dubbed Tiny").
_NAMING = {"call", "nickname", "dub"}
#: Verbs that give it after a preposition ("known to the band as Uncle Len", "answers only to Bones").
_NAMING_AFTER = {"know": "as", "answer": "to"}
#: Every naming verb: a paragraph with none of them gives no nickname.
_NAMING_LEMMAS = frozenset(_NAMING | _NAMING_AFTER.keys())
#: Dependencies by which a clause describes the name it hangs on.
_DESCRIBING = {"relcl", "acl", "appos", "conj", "advcl"}
#: Parts of speech a nickname's words are tagged with ("Bones" reads as a plural noun).
_NAMEY = ("PROPN", "NOUN")
_QUOTES = {"“", "”", '"', "‘", "’", "'"}


def nicknamed(
    docs: list[Doc], found: list[Mention], canonical: list[str], labels: list[str]
) -> tuple[list[Mention], list[str], list[str]]:
    """The mentions with their canonical names and labels, each nickname's mentions (those the recogniser missed
    added) turned into the person it names."""
    from dashboard.analysis.entities import Mention

    people = {
        (m.paragraph, m.start_char, m.end_char): name
        for m, name, label in zip(found, canonical, labels, strict=True)
        if label == "PERSON" and " " in name
    }
    nicknames: dict[str, str] = {}
    for p, doc in enumerate(docs):
        if words_of(doc).isdisjoint(_NAMING_LEMMAS):
            continue  # most paragraphs: no naming verb
        for token in (doc[i] for i in lemma_places(doc, _NAMING_LEMMAS, "VERB")):  # only a naming verb gives one
            nick = _nickname_after(token)
            if not nick or any(w in name.split() for name in people.values() if name != nick for w in nick.split()):
                continue
            if owner := _owner(token, p, people):
                nicknames.setdefault(nick, owner)
    if not nicknames:
        return found, canonical, labels
    rows = [
        (m, nicknames[m.text], "PERSON") if m.text in nicknames else (m, name, label)
        for m, name, label in zip(found, canonical, labels, strict=True)
    ]
    taken = {(m.paragraph, i) for m in found for i in range(m.start_char, m.end_char)}
    for p, doc in enumerate(docs):
        spans = []
        text = text_of(doc)
        for nick, owner in nicknames.items():
            start = text.find(nick)
            while start >= 0:
                end = start + len(nick)
                whole = (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
                if whole and (p, start) not in taken and (p, end - 1) not in taken:
                    rows.append((Mention(p, nick, "PERSON", start, end), owner, "PERSON"))
                if whole and (span := doc.char_span(start, end, label="PERSON")) is not None:
                    spans.append(span)
                start = text.find(nick, end)
        with_entities(doc, spans)  # the quotes read the tokens' entities: "says Bones" names a person
    ordered = sorted(rows, key=lambda r: (r[0].paragraph, r[0].start_char))
    return [r[0] for r in ordered], [r[1] for r in ordered], [r[2] for r in ordered]


def _nickname_after(verb: Token) -> str:
    """The capitalised name a naming verb gives ("calls Sarge", "known … as Uncle Len"), or ""."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _NAMING and lemma not in _NAMING_AFTER:
        return ""
    doc, i = verb.doc, verb.i + 1
    if lemma in _NAMING_AFTER:
        ends = verb.sent.end
        i = next((k + 1 for k in range(i, min(i + 8, ends)) if doc[k].lower_ == _NAMING_AFTER[lemma]), ends)
        while i < ends and doc[i].lower_ in ("only", "just"):
            i += 1
    elif i < len(doc) and doc[i].lower_ in ("him", "her"):
        i += 1
    if i < len(doc) and doc[i].text in _QUOTES:
        return ""  # "known as “Guccifer”": an alias in quotation marks, the name the person goes by in public
    words = []
    while i < len(doc) and len(words) < 2 and doc[i].is_alpha and doc[i].text.istitle() and doc[i].pos_ in _NAMEY:
        words.append(doc[i].text)
        i += 1
    return " ".join(words)


def _owner(verb: Token, p: int, people: dict[tuple[int, int, int], str]) -> str:
    """The full name of the named person the naming clause describes (up through its clauses and appositions, the
    surname alone untagged too), or ""; for a clause of "who" the parser hung elsewhere, the person named last before
    it in the sentence."""
    token = verb
    for _ in range(5):
        if token.dep_ not in _DESCRIBING or token.head is token:
            break
        token = token.head
        for t in (token, *[c for c in token.children if c.dep_ == "appos"]):
            if name := _named_at(t, p, people):
                return name
    if any(c.lower_ in ("who", "whom") for c in verb.children):
        before = [t for t in verb.sent if t.i < verb.i and _named_at(t, p, people)]
        return _named_at(before[-1], p, people) if before else ""
    return ""


def _named_at(token: Token, p: int, people: dict[tuple[int, int, int], str]) -> str:
    """The full name of the person a token names: in a person's mention, or an untagged surname of one person."""
    for (q, start, end), name in people.items():
        if q == p and start <= token.idx < end:
            return name
    if token.pos_ != "PROPN" or token.ent_type_:
        return ""
    owners = {name for name in people.values() if name.split()[-1] == token.text}
    return owners.pop() if len(owners) == 1 else ""
