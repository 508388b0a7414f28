"""Vietnamese names, written family name first and often without their diacritics in English news ("Tran Quoc Hung",
"Vu Thanh Nga"), which the recogniser leaves untagged or cuts after the family name ("Thanh Nga"), so that no speaker
or a part of the name speaks. This pipeline step, run after the recogniser, tags a person each run of three or four
capitalised words that opens with a common Vietnamese family name and goes on with middle and given names a small
lexicon knows, when no capitalised word follows to make it part of a longer name ("Ho Chi Minh City"). The article
may then call the person by the given name alone ("Hung said"), the last word, as it calls others by their surname."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from spacy.attrs import IS_TITLE, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import distinct_keys, entity_of
from dashboard.analysis.names import words
from dashboard.analysis.retagged import with_entities

#: The name of the pipeline step.
STEP = "vietnamese_names"
#: Common Vietnamese family names, without diacritics.
FAMILY_NAMES = words("nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh doan trinh truong")
#: Common middle and given names, without diacritics.
GIVEN_SYLLABLES = words("""
van thi quoc thanh minh duc hung nga hoa lan anh tuan dung hai nam phuc xuan thu ha trung kim hong ngoc phuong linh
mai huong thao khanh viet hieu quang huy hoang tien dat binh cuong dinh chinh trong nhat tan thang loc phu vinh hau
giang bao chau cong dai hanh hien hiep khoa loan nhung oanh quy sang tai thai thuy trang tri tu tung uyen vy yen gia
hoai huu khai kien lien luan manh nghia nhan phat phong quan quynh sinh thinh thuan toan tram truc tuyet xuyen
""")
#: Whether a word is a capitalised family name (`_names_a_family`), by the word's key (the hash of its string, the
#: same in every store): most words of a paragraph were met in paragraphs before.
_FAMILY_KEYS: dict[int, bool] = {}
_MAX_KNOWN_KEYS = 65536
#: The fewest and most words of a name the step tags: a family name and one or two middle names and a given name.
_SHORTEST, _LONGEST = 3, 4


@Language.component(STEP)
def vietnamese_names(doc: Doc) -> Doc:
    """The document with each Vietnamese name of three or four words tagged a person."""
    if not _names_a_family(doc):
        return doc  # most paragraphs: no word of theirs is a family name
    found = []
    strings = doc.vocab.strings
    for i, (title, lower) in enumerate(doc.to_array([IS_TITLE, LOWER]).tolist()):  # no Token for every word
        fresh = title and _folded(strings[lower]) in FAMILY_NAMES and not (found and i < found[-1].end)
        if fresh and (name := _name_from(doc, doc[i])) is not None:
            found.append(name)
    return with_entities(doc, found)


def _names_a_family(doc: Doc) -> bool:
    """Whether any word of the Doc is capitalised and, lower-cased and its diacritics folded, a family name: told from
    the Doc's distinct words, each looked up once per process (`_FAMILY_KEYS`), without a walk over all its words."""
    strings, known = doc.vocab.strings, _FAMILY_KEYS
    if len(known) > _MAX_KNOWN_KEYS:
        known.clear()  # a bound on memory over a long run
    distinct = distinct_keys(doc)
    if known.keys() >= distinct.keys():  # most words were met in paragraphs before: read in one pass
        return any(map(known.__getitem__, distinct))
    for key in distinct:
        family = known.get(key)
        if family is None:
            word = strings[key]
            family = known[key] = word.istitle() and _folded(word.lower()) in FAMILY_NAMES
        if family:
            return True
    return False


def _name_from(doc: Doc, family: Token) -> Span | None:
    """The Vietnamese name that opens with this family name, or None."""
    end = family.i + 1
    while end < len(doc) and end - family.i < _LONGEST and doc[end].is_title and _plain(doc[end]) in GIVEN_SYLLABLES:
        end += 1
    if end - family.i < _SHORTEST or end < len(doc) and doc[end].is_title and doc[end].is_alpha:
        return None
    span = doc[family.i : end]
    if any(e.end > span.end for t in span if (e := entity_of(t)) is not None):
        return None  # part of a longer entity; one that ends in the name ("Agriculture Pham") gives way to it
    return Span(doc, family.i, end, label="PERSON")


def _plain(token: Token) -> str:
    """The token lower-cased without its diacritics ("Nguyễn" -> "nguyen")."""
    return _folded(token.lower_)


@lru_cache(maxsize=65536)
def _folded(lower: str) -> str:
    """A lower-case word without its diacritics ("nguyễn" -> "nguyen"), kept for the words news repeats."""
    folded = unicodedata.normalize("NFKD", lower.replace("đ", "d"))
    return "".join(c for c in folded if not unicodedata.combining(c))
