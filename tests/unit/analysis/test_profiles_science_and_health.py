"""Kinds of the people of health and science news: a scientist named by their field is an expert wherever they work,
a researcher leading a trial or a report is one too, and an office of public health is a public one while a drug
maker's chief medical officer is an executive. Fictional texts throughout."""

from __future__ import annotations

from tests.quoting import profiles_of, quote_rows_of


def test_a_scientist_named_by_their_field_is_an_analyst_at_a_body_no_list_knows(nlp):
    found = profiles_of(
        nlp,
        "Ilse Vantongeren, a volcanologist at KTH Ostvik, said the crater floor had risen by a metre since May.",
        "Oren Baptiste, a seismologist, said the swarm of small quakes was moving closer to the surface.",
    )
    assert ("Ilse Vantongeren", "analyst", "KTH Ostvik") in found
    assert ("Oren Baptiste", "analyst", "") in found


def test_the_principal_investigator_of_a_trial_and_a_lead_author_are_analysts(nlp):
    found = profiles_of(
        nlp,
        "Dr. Wilhelmina Saar, the principal investigator of the trial, said the vaccine had worked in older "
        "volunteers as well as young ones.",
        "Tobiah Kern, the report's lead author, said rivers in the north had never run so low in autumn.",
    )
    assert ("Wilhelmina Saar", "analyst", "") in found
    assert ("Tobiah Kern", "analyst", "") in found


def test_a_provinces_medical_officer_of_health_is_an_official_and_a_drug_makers_is_not(nlp):
    found = [
        (speaker, kind)
        for speaker, kind, _ in profiles_of(
            nlp,
            "Brenton's chief medical officer of health, Dr. Amadou Kessling, said the measles cases were linked to "
            "a single school.",
            "Dr. Rosalind Achterberg, chief medical officer of the drug maker Quillon Pharma, said the pills would "
            "reach pharmacies in March.",
        )
    ]
    assert ("Amadou Kessling", "official") in found
    assert ("Rosalind Achterberg", "other") in found


def test_a_second_description_joined_by_and_gives_where_the_person_works(nlp):
    found = profiles_of(
        nlp,
        "Dr. Emeka Thorsby, the principal investigator of the study and a cardiologist at Brightwater University "
        "Hospital, said the new stent had cut repeat surgeries by half.",
    )
    assert ("Emeka Thorsby", "analyst", "Brightwater University Hospital") in found


def test_an_agencys_administrator_named_by_title_is_its_official(nlp):
    rows = quote_rows_of(nlp, "FAA Administrator Corinne Vasquez said the new radar would be running by June.")
    assert [(r["speaker"], r["speaker_kind"], r["role"], r["affiliation"]) for r in rows] == [
        ("Corinne Vasquez", "official", "Administrator", "FAA")
    ]


def test_a_lab_named_with_a_gerund_noun_keeps_the_institute_it_sits_at(nlp):
    found = profiles_of(
        nlp,
        "Jorun Aasheim, director of the machine learning laboratory at the Kestrel Institute for Applied Computing, "
        "said the model had been trained on stolen records.",
    )
    assert ("Jorun Aasheim", "analyst", "Kestrel Institute for Applied Computing") in found


def test_a_second_description_naming_no_workplace_gives_no_affiliation(nlp):
    found = profiles_of(
        nlp,
        "Tova Brink, a lobbyist and a Liberal former senator from Ontario who is an old friend of the candidate, said "
        "the team knew how conventions worked.",
    )
    assert found == [("Tova Brink", "other", "")]


def test_a_scientist_holding_a_states_office_is_an_official(nlp):
    found = profiles_of(
        nlp,
        "Dr. Lucinda Harrowgate, the state epidemiologist, said the outbreak had reached three more counties.",
        "Felix Ondaatje, the provincial geologist, said the slope above the highway was still moving.",
        "Marit Solberg, an epidemiologist at Kelvin University, said the count was probably too low.",
    )
    assert [kind for _, kind, _ in found] == ["official", "official", "analyst"]
