"""Bodies as a noun phrase names them: one set beside a description of the speaker ("Its largest shareholder, the
Ostland sovereign wealth fund, said"), an outlet without the words that say what it is ("Xinhua news agency"), the
first word of a name, a name after a body's noun ("rights group Open Web Europe"), the fields joined before a
body's name ("the Energy and Mines Ministry") and whether "the <noun>" may mean a body named before ("the union")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.business_nouns import public_body_called_business
from dashboard.analysis.quotes.collective_names import collective_named_after_members
from dashboard.analysis.quotes.group_nouns import state_office_called_group
from dashboard.analysis.quotes.lexicon import BODY_NOUNS, SPOKESPEOPLE
from dashboard.analysis.quotes.organisations import NAMED_BY_NOUN, UNION, organisation_type
from dashboard.analysis.quotes.split_bodies import first_part_before_and

#: Lower-case words after an outlet's name that say what it is ("Xinhua news agency", "the Asahi newspaper").
_MEDIA_NOUNS = frozenset({"news", "agency", "newspaper", "daily", "broadcaster", "television", "radio", "service"})
#: Labels of the names that may open a body's description ("the Ostland sovereign wealth fund").
_NAMES = frozenset({"ORG", "GPE", "NORP"})
#: Small words inside bodies' names, on which the parser may hang the rest of an untagged name ("Grain for Tomorrow").
_INSIDE_NAMES = frozenset({"for", "of"})
#: Labels of names that stand after such a word without being part of a body's name ("IG Kraft of Bremen").
_NOT_IN_NAMES = frozenset({"GPE", "NORP", "LOC", "PERSON"})
#: Nouns of bodies described by their field ("the port authority"): no organisation of another field.
_FIELD_NOUNS = frozenset({"authority"})
#: Last words of names that tell a body's own kind, which "the <another noun>" does not mean ("the agency" is no
#: "Kelton Council", "the company" no "Harbour Workers Union").
_KIND_HEADS = frozenset({"council", "court", "tribunal", "parliament", "senate", "congress", "assembly", "party"})
_KIND_HEADS |= {"union", "university", "college", "school", "hospital", "church", "club", "league"}


def body_in_apposition(token: Token) -> str:
    """ "the company's largest shareholder, the Ostland sovereign wealth fund,": a body named by a proper word before
    its noun or by its owner ("A second observer group, the African Union's mission,"), set beside a common noun that
    describes the speaker; "" when there is none."""
    if token.pos_ != "NOUN" or not token.text.islower():  # not "Teck, the Canadian mining company, says"
        return ""
    if named_after := collective_named_after_members(token):  # "A coalition of civic groups, the Fair Ballot Watch,"
        return named_after
    for body in (c for c in token.rights if c.dep_ == "appos" and c.pos_ == "NOUN" and c.text.islower()):
        if _describes_served_name(token, body):
            continue
        words = [t for t in body.subtree if t.i <= body.i]
        named = any(
            (t.pos_ == "PROPN" or t.ent_type_ in _NAMES) and t.head == body and t.dep_ in ("compound", "amod", "poss")
            for t in words
        )
        the = words[0].lower_ == "the"
        if body.lemma_.lower() in BODY_NOUNS and named and the and all(t.dep_ != "punct" for t in words):
            return token.doc[words[1].i : body.i + 1].text
    return ""


#: Nouns only a person can be, whom a body set beside them cannot describe.
_PERSONS = SPOKESPEOPLE | words("official lawyer attorney executive director manager analyst economist adviser advisor")


def _describes_served_name(token: Token, body: Token) -> bool:
    """ "A spokeswoman for Nordvik, the Swedish fashion retailer, said": a body the parser set beside a person's noun
    that follows, after a comma, the name the person serves, and so describes that name."""
    if token.lemma_.lower() not in _PERSONS or body.left_edge.i < 2 or token.doc[body.left_edge.i - 1].text != ",":
        return False
    served = token.doc[body.left_edge.i - 2]
    return served.pos_ == "PROPN" and "pobj" in (served.dep_, served.head.dep_)


def without_media_noun(name: str) -> str:
    """ "Xinhua news agency" -> "Xinhua": the words that say what a named outlet is are no part of its name."""
    words = name.split()
    kept = len(words)
    while kept > 1 and words[kept - 1] in _MEDIA_NOUNS:
        kept -= 1
    return " ".join(words[:kept]) if words[kept - 1][:1].isupper() else name


def first_word(token: Token) -> Token:
    """The first word of the name a token ends, past "the" ("the Swiss Re" -> "Swiss")."""
    words = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.dep_ != "det"]
    return words[0] if words and all(t.text[:1].isupper() for t in words) else token


def named_after_body_noun(token: Token) -> str:
    """ "Digital rights group Open Web Europe said": the capitalised words, none of them tagged a person's, that end
    at a subject and follow a lower-case body noun, name the body ("Open Web Europe"); "" when there are none."""
    start = token.i
    while start > 0 and (word := token.doc[start - 1]).is_title and word.head.i >= start and word.dep_ == "compound":
        start -= 1
    before = token.doc[start - 1] if start > 0 else None
    if before is None or not before.text.islower() or before.lemma_ not in BODY_NOUNS:
        return ""
    if not start <= before.head.i <= token.i:  # "the group's chief Ann Ross": no body names her
        return ""
    names = token.doc[start : token.i + 1]
    return names.text if all(t.pos_ == "PROPN" and t.ent_type_ != "PERSON" for t in names) else ""


def name_apposed_to_body_noun(noun: Token) -> str:
    """ "Grain for Tomorrow" of "The aid group Grain for Tomorrow said", the name untagged: the capitalised proper
    words set right after a lower-case body noun, no comma between, with the small word and capitalised words hung on
    the last (`small_word_tail`); "" when none are, or they name a place, a people or a person."""
    if noun.tag_ != "NN" or not noun.text.islower() or noun.lemma_ not in BODY_NOUNS:
        return ""
    name = next((c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.is_title), None)
    if name is None or name.left_edge.i != noun.i + 1:
        return ""
    words = noun.doc[noun.i + 1 : name.i + 1]
    if any(t.pos_ != "PROPN" or not t.is_title or t.ent_type_ in _NOT_IN_NAMES for t in words):
        return ""
    return words.text + small_word_tail(name)


def small_word_tail(token: Token) -> str:
    """ " for Tomorrow" of "The aid group Grain for Tomorrow said", the name untagged: a small word inside names
    ("for", "of") and the capitalised words after it that the parser hung on the name's last word, which go on with
    it; "" when none do, or a place, a people or a person is named there ("the union IG Kraft of Bremen")."""
    prep = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if prep is None or prep.head != token or prep.dep_ != "prep" or prep.lower_ not in _INSIDE_NAMES:
        return ""
    tail = list(prep.subtree)[1:]
    words = tail[1:] if tail and tail[0].lower_ == "the" else tail
    if not words or any(not t.is_title or t.pos_ != "PROPN" or t.ent_type_ in _NOT_IN_NAMES for t in words):
        return ""
    return " " + token.doc[prep.i : tail[-1].i + 1].text


def fields_joined_before(ent: Span) -> int:
    """Where a body's name starts with the fields joined before the words the recogniser tagged ("Energy and" of "the
    Energy and Mines Ministry"): capitalised words that modify the name's head, each followed by "and" or "&". None
    when the recogniser tagged the first part as a name of its own, which the mention's name already opens with ("The
    New Zealand Food" + "and Grocery Retailers Council": `first_part_before_and`), lest the fields come twice."""
    doc, start = ent.doc, ent.start
    if first_part_before_and(ent):
        return start
    while start > 1 and doc[start - 1].lower_ in ("and", "&") and (field := doc[start - 2]).pos_ == "PROPN":
        if not field.is_title or field.dep_ not in ("nmod", "compound", "amod") or field.head not in ent:
            break
        start -= 2
    return start


#: Lower-case words that join the words of a body's name ("Bread for All", "Lawyers without Borders").
_NAME_JOINS = frozenset({"for", "against", "without", "of"})


def name_end_after_body_noun(ent: Span, tagged: set[int]) -> int:
    """Where the name of a body set after its noun ends ("aid group Bread for All" when the recogniser tagged only
    "Bread"): past a lower-case joining word and the capitalised words after it that no other name takes."""
    doc, end = ent.doc, ent.end
    before = doc[ent.start - 1] if ent.start else None
    if before is None or not before.text.islower() or before.lemma_ not in BODY_NOUNS or before.head not in ent:
        return end
    if end + 1 >= len(doc) or doc[end].lower_ not in _NAME_JOINS:
        return end
    after = end + 1
    while after < len(doc) and after - end <= 3 and doc[after].is_title and after not in tagged:
        after += 1
    following = doc[after] if after < len(doc) else None
    capitalised_on = following is not None and following.is_title  # more of a name than can be told apart
    return after if after > end + 1 and not capitalised_on else end


#: Words that join a body's name to the plural people it is made of ("Reporters Without Borders", "Lawyers without
#: Borders", "Mothers against Hunger"); "for" is left out, as "Lawyers for Quorra said" is a company's lawyers
#: speaking, and a lower-case "against" needs a capital no sentence start explains ("Protesters against Tarnhold said"
#: are people).
_PEOPLE_JOINS = frozenset({"without", "against"})


def name_start_before_join(ent: Span, tagged: set[int]) -> int:
    """Where the name of a body starts that the recogniser tagged an organisation only past its joining word ("Borders"
    of "Reporters Without Borders", with "Reporters" untagged or tagged apart): the capitalised plural noun before
    "without" or "against", with up to two capitalised words before it that no other name takes, or one word joined by
    "and" ("the Rail and Maritime Union"); the tag's own start when there are none."""
    doc, start = ent.doc, ent.start
    if ent.label_ != "ORG":
        return start  # read first: no other name is read further
    if start >= 3 and doc[start - 1].lower_ == "and":
        return _joint_name_start(ent, tagged)
    if start < 2 or doc[start - 1].lower_ not in _PEOPLE_JOINS:
        return start  # not "turned Democrats against Obama"
    people = doc[start - 2]
    alone = people.i not in tagged or people.ent_iob_ == "B"  # untagged, or a name of its own one word long
    if not people.is_title or people.tag_ not in ("NNS", "NNPS") or not alone:
        return start
    if doc[start - 1].text == "against" and people.is_sent_start:
        return start
    first = people.i
    while first > 0 and people.i - first < 2 and (word := doc[first - 1]).is_title and word.pos_ == "PROPN":
        if word.i in tagged:
            break
        first -= 1
    return first


#: Last words of bodies whose names join two trades or fields by "and" ("the Rail and Maritime Union").
_JOINT_HEADS = frozenset({"union", "association", "federation", "confederation", "society", "council", "institute"})


def _joint_name_start(ent: Span, tagged: set[int]) -> int:
    """ "the Rail and Maritime Union" tagged only from "Maritime": the name starts at the one capitalised word,
    untagged, between "the" and "and"; the tag's own start otherwise ("the UK and European Union": the UK is a name of
    its own)."""
    doc, start = ent.doc, ent.start
    word, the = doc[start - 2], doc[start - 3]
    joint = ent[-1].lower_ in _JOINT_HEADS and the.lower_ == "the" and word.is_title and word.i not in tagged
    return word.i if joint and word.pos_ == "PROPN" else start


def may_mean(name: str, token: Token) -> bool:
    """Whether "the <noun>" may be an organisation that spoke or acted: not a body the article only described with
    another noun ("The union says …. The port authority said"), one whose name has the field an authority is
    described by ("the health authority" is Northshore Health, "the port authority" no Kestrel Freight), and one of
    the noun's type where the noun names a type ("the union" is no company). A union is one by its type as well as
    by its last word ("Forest Workers Local 1187", "Union of Public Employees"), so "the company" is none of them;
    nor is a state's office (business_nouns), nor "the group" (group_nouns)."""
    noun = token.lemma_.lower()
    if name.islower():
        return name.split()[-1] == noun
    if public_body_called_business(name, noun) or state_office_called_group(name, noun):
        return False
    head = "union" if organisation_type(name) == UNION else name.split()[-1].lower()
    if head in _KIND_HEADS and head != noun:
        return False
    if noun in _FIELD_NOUNS:
        fields = [c.lower_ for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if any(field not in name.lower().split() for field in fields):
            return False
    return noun not in NAMED_BY_NOUN or organisation_type(name) == noun
