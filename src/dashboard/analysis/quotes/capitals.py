"""The capitals, and seats of government, that news names for their states ("Washington said", "talks between Moscow
and Kyiv", "the Kremlin dismissed the charges"): a party to relations between states wherever the recogniser put it."""

from __future__ import annotations

#: The state each capital stands for, named as `quotes.countries.country_of` names it ("UK", "US", "Czech Republic"):
#: a national held in another state's capital ("a British aid worker held in Tehran") is held abroad, one held in
#: their own ("Russians detained in Moscow") is not.
CAPITAL_STATES = {
    "washington": "US", "moscow": "Russia", "beijing": "China", "tokyo": "Japan", "seoul": "South Korea",
    "pyongyang": "North Korea", "tehran": "Iran", "london": "UK", "paris": "France", "berlin": "Germany",
    "brussels": "Belgium", "kyiv": "Ukraine", "kiev": "Ukraine", "ankara": "Turkey", "riyadh": "Saudi Arabia",
    "cairo": "Egypt", "delhi": "India", "new delhi": "India", "islamabad": "Pakistan", "kabul": "Afghanistan",
    "baghdad": "Iraq", "damascus": "Syria", "ottawa": "Canada", "canberra": "Australia", "brasilia": "Brazil",
    "caracas": "Venezuela", "havana": "Cuba", "taipei": "Taiwan", "hanoi": "Vietnam", "manila": "Philippines",
    "jakarta": "Indonesia", "minsk": "Belarus", "warsaw": "Poland", "rome": "Italy", "madrid": "Spain",
    "vienna": "Austria", "doha": "Qatar", "abu dhabi": "United Arab Emirates", "beirut": "Lebanon",
    "budapest": "Hungary", "prague": "Czech Republic", "bucharest": "Romania", "belgrade": "Serbia",
    "athens": "Greece", "lisbon": "Portugal", "dublin": "Ireland", "oslo": "Norway", "stockholm": "Sweden",
    "copenhagen": "Denmark", "helsinki": "Finland", "bern": "Switzerland", "the hague": "Netherlands",
    "vilnius": "Lithuania", "riga": "Latvia", "tallinn": "Estonia", "chisinau": "Moldova", "tbilisi": "Georgia",
    "yerevan": "Armenia", "baku": "Azerbaijan", "astana": "Kazakhstan", "tashkent": "Uzbekistan",
    "bishkek": "Kyrgyzstan", "dushanbe": "Tajikistan", "ashgabat": "Turkmenistan", "dhaka": "Bangladesh",
    "colombo": "Sri Lanka", "bangkok": "Thailand", "naypyidaw": "Myanmar", "phnom penh": "Cambodia",
    "kuala lumpur": "Malaysia", "ulaanbaatar": "Mongolia", "amman": "Jordan", "muscat": "Oman", "sanaa": "Yemen",
    "manama": "Bahrain", "rabat": "Morocco", "algiers": "Algeria", "tunis": "Tunisia", "khartoum": "Sudan",
    "addis ababa": "Ethiopia", "nairobi": "Kenya", "kampala": "Uganda", "kigali": "Rwanda", "abuja": "Nigeria",
    "pretoria": "South Africa", "dakar": "Senegal", "bamako": "Mali", "kinshasa": "Congo", "luanda": "Angola",
    "mexico city": "Mexico", "bogota": "Colombia", "quito": "Ecuador", "lima": "Peru", "la paz": "Bolivia",
    "buenos aires": "Argentina", "montevideo": "Uruguay", "asuncion": "Paraguay", "managua": "Nicaragua",
    "zagreb": "Croatia", "ljubljana": "Slovenia", "sarajevo": "Bosnia", "tirana": "Albania",
    "bratislava": "Slovakia", "nicosia": "Cyprus", "valletta": "Malta",
    "accra": "Ghana", "lilongwe": "Malawi", "juba": "South Sudan", "lusaka": "Zambia", "harare": "Zimbabwe",
    "maputo": "Mozambique", "dodoma": "Tanzania", "windhoek": "Namibia", "conakry": "Guinea",
    "freetown": "Sierra Leone", "monrovia": "Liberia", "niamey": "Niger", "ouagadougou": "Burkina Faso",
    "n'djamena": "Chad", "yaounde": "Cameroon", "libreville": "Gabon", "mogadishu": "Somalia", "asmara": "Eritrea",
    "bujumbura": "Burundi", "antananarivo": "Madagascar", "nouakchott": "Mauritania", "lome": "Togo",
    "kathmandu": "Nepal", "vientiane": "Laos", "wellington": "New Zealand",
    "tegucigalpa": "Honduras", "san salvador": "El Salvador", "santo domingo": "Dominican Republic",
    "port-au-prince": "Haiti", "skopje": "North Macedonia", "pristina": "Kosovo",
    "podgorica": "Montenegro", "reykjavik": "Iceland", "kuwait city": "Kuwait",
}  # fmt: skip

#: The seats of governments, and of their foreign ministries, that news names for them as it names a capital ("the
#: Kremlin dismissed ...", "the White House threatened tariffs", "Downing Street said"), with and without "the": a
#: head of government's or a foreign ministry's house speaks for its state. Left out: seats that name more than one
#: government ("the Chancellery"), and ministries of other portfolios ("the Pentagon"), whose deeds are no more a
#: state acting on another than any ministry's.
SEATS_OF_GOVERNMENT = frozenset(
    [
        "kremlin", "the kremlin", "elysee", "the elysee", "élysée", "the élysée",
        "white house", "the white house", "downing street", "number 10",
        "zhongnanhai", "blue house", "the blue house", "quai d'orsay", "the quai d'orsay", "foggy bottom",
    ]
)  # fmt: skip

#: Capitals that news names for their governments ("Washington said", "talks between Moscow and Kyiv"), which the
#: recogniser may take for an organisation or a person: those above and those whose state is left out there.
CAPITALS = frozenset(
    [
        *CAPITAL_STATES,
        "jerusalem",
        *SEATS_OF_GOVERNMENT,
    ]
)  # fmt: skip
