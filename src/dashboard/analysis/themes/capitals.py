"""The capitals, and seats of government, that news names for their states ("Washington said", "talks between Moscow
and Kyiv", "the Kremlin dismissed the charges"): a party to relations between states wherever the recogniser put it."""

from __future__ import annotations

#: Capitals that news names for their governments ("Washington said", "talks between Moscow and Kyiv"), which the
#: recogniser may take for an organisation or a person.
CAPITALS = frozenset(
    [
        "washington", "moscow", "beijing", "tokyo", "seoul", "pyongyang", "tehran", "london", "paris", "berlin",
        "brussels", "kyiv", "kiev", "ankara", "riyadh", "cairo", "jerusalem", "delhi", "new delhi", "islamabad",
        "kabul", "baghdad", "damascus", "ottawa", "canberra", "brasilia", "caracas", "havana", "taipei", "hanoi",
        "manila", "jakarta", "minsk", "warsaw", "rome", "madrid", "vienna", "doha", "abu dhabi", "beirut",
        "budapest", "prague", "bucharest", "belgrade", "athens", "lisbon", "dublin", "oslo", "stockholm",
        "copenhagen", "helsinki", "bern", "the hague", "vilnius", "riga", "tallinn", "chisinau", "tbilisi",
        "yerevan", "baku", "astana", "tashkent", "bishkek", "dushanbe", "ashgabat", "kathmandu", "dhaka",
        "colombo", "bangkok", "naypyidaw", "phnom penh", "vientiane", "kuala lumpur", "ulaanbaatar", "wellington",
        "amman", "muscat", "sanaa", "manama", "rabat", "algiers", "tunis", "khartoum", "addis ababa", "nairobi",
        "kampala", "kigali", "abuja", "pretoria", "dakar", "bamako", "niamey", "ouagadougou", "kinshasa", "luanda",
        "mexico city", "bogota", "quito", "lima", "la paz", "buenos aires", "montevideo", "asuncion", "managua",
        "zagreb", "ljubljana", "sarajevo", "skopje", "tirana", "bratislava", "pristina", "nicosia", "valletta",
        # the seat of a government that news names for it as it names a capital ("the Kremlin dismissed ...")
        "kremlin", "the kremlin", "elysee", "the elysee", "élysée", "the élysée",
    ]
)  # fmt: skip
