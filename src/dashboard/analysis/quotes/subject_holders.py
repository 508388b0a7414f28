"""The word that names a cue's subject once the parser's misreadings of a title or a body before a name are undone:
each rule here moves from the word the parser made the subject to the person's name it belongs with."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.body_titled_appositions import officer_after_body_title
from dashboard.analysis.quotes.conjoined_appositions import holder_read_as_conjunct
from dashboard.analysis.quotes.joined_owner_titles import holder_after_joined_owner
from dashboard.analysis.quotes.joined_title_holders import holder_after_joined_title
from dashboard.analysis.quotes.label_state_subjects import legislator_before_label
from dashboard.analysis.quotes.opening_participles import speaker_after_participle
from dashboard.analysis.quotes.people_of_bodies import person_before_of_body
from dashboard.analysis.quotes.split_title_holders import holder_after_split_title
from dashboard.analysis.quotes.stranded_objects import speaker_after_stranded_object


def subject_holder(subject: Token) -> Token:
    """The person's name behind a subject misread as the first word of an owner's name joined by "and" ("Trinidad
    and Tobago's Energy Minister, X, said": X) or as the body a person is "of" ("X of Y University noted": X); the
    subject itself otherwise; and the person named after a title that opens with a body's name ("the X Union Dalton
    branch chairman, Mr Y, said": Y); and the speaker a participle that opens the sentence stands before ("Reacting,
    the Governor, Mr Y, said": Y); and the name set off after a role that the parser joined to it as in a list ("the
    chair of the board, Ana Ruiz of Peru, said": Ruiz); and the speaker set off after the object of a preposition the
    parser left behind ("… at last year's Tour de France, the tribunal said": the tribunal); and the person named
    after two joined titles that open the sentence ("Co-founder and Chief Executive X said": X); and the name set off
    after a hyphenated title the parser split ("Its co-chair, X, says": X); and the legislator named before a party
    label whose state the parser made the subject ("Sen. X, D-Del., a member of …, said": X)."""
    subject = holder_after_split_title(legislator_before_label(subject))
    subject = holder_after_joined_title(speaker_after_stranded_object(subject))
    subject = holder_read_as_conjunct(officer_after_body_title(speaker_after_participle(subject)))
    return person_before_of_body(holder_after_joined_owner(subject))
