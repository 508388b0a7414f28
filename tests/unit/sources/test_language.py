"""Text that is not English is refused as unsupported; short English texts and headlines always pass."""

from __future__ import annotations

import json

import pytest

from dashboard.sources import Article, ReadFailure, read_bytes

NOT_ENGLISH = {
    "French": "Le port de Tallinn signe un accord\n\nLe ministre a dit que les droits de port seront plus bas "
    "pour les petits navires et que la nouvelle route sera ouverte au printemps.",
    "German": "Der Hafen unterzeichnet ein Abkommen\n\nDer Minister sagte, dass die Gebühren für kleine Schiffe "
    "sinken werden und dass die neue Route im Frühjahr eröffnet wird.",
    "Spanish": "El puerto firma un acuerdo\n\nEl ministro dijo que las tasas para los barcos pequeños bajarán y que "
    "la nueva ruta se abrirá en la primavera.",
    "Italian": "Il porto firma un accordo\n\nIl ministro ha detto che le tasse per le piccole navi saranno più "
    "basse e che la nuova rotta sarà aperta in primavera.",
    "Portuguese": "O porto assina um acordo\n\nO ministro disse que as taxas para os navios pequenos vão baixar e "
    "que a nova rota será aberta na primavera.",
    "Dutch": "De haven tekent een akkoord\n\nDe minister zei dat de tarieven voor kleine schepen omlaag gaan en dat "
    "de nieuwe route in het voorjaar wordt geopend.",
    "Cyrillic script": "Порт подписал соглашение\n\nМинистр сказал, что сборы для небольших судов снизятся, а "
    "новый маршрут откроется весной.",
    "CJK script": "港口签署协议\n\n部长表示，小型船只的费用将会降低，新航线将于春季开通。",
    "common English words": "Pelabuhan Menandatangani Perjanjian\n\n"
    + " ".join(
        [
            "Menteri perhubungan mengatakan biaya pelabuhan untuk kapal kecil akan turun bulan depan.",
            "Jalur baru akan dibuka pada musim semi setelah pembicaraan panjang dengan pemilik kapal.",
        ]
        * 4
    ),
}


@pytest.mark.parametrize("language", sorted(NOT_ENGLISH))
def test_other_languages_are_refused_as_unsupported(language):
    (result,) = read_bytes("article.txt", NOT_ENGLISH[language].encode("utf-8"))
    assert isinstance(result, ReadFailure) and result.source == "article.txt"
    assert result.reason.startswith("text is not English (unsupported)")
    assert language in result.reason


@pytest.mark.parametrize(
    ("language", "encoding"),
    [
        ("Cyrillic script", "cp1251"),
        ("Cyrillic script", "koi8-r"),
        ("Cyrillic script", "utf-16-le"),
        ("CJK script", "gb18030"),
        ("CJK script", "utf-16-be"),
    ],
)
def test_other_scripts_in_their_own_code_pages_are_refused_for_their_language(language, encoding):
    (result,) = read_bytes("article.txt", NOT_ENGLISH[language].encode(encoding))
    assert isinstance(result, ReadFailure), result
    assert result.reason.startswith("text is not English (unsupported)") and language in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Port Strike Ends\n\nDockers Return Monday",
        "Kestrel Wins Drone Order\n\nTurku Firm Doubles Staff, Eyes Exports",
        "Oper shr 34 cts vs 29 cts\n\nNet 812,000 vs 640,000\n\nRevs 9,215,000 vs 7,408,000",
        'Envoy Hopeful\n\n"C\'est la vie," said the envoy, who added that the talks in Nice would go on next week '
        "and that a deal on fees was close.",
        "Quell Speaks in Berlin\n\nMara Quell said the new rules were, in the words of a German minister, "
        '"nicht mehr als ein Anfang", and that the region needed a common policy on exports.',
    ],
)
def test_short_english_texts_headlines_and_foreign_quotes_pass(text):
    (result,) = read_bytes("article.txt", text.encode("utf-8"))
    assert isinstance(result, Article), result


def test_a_record_in_another_language_fails_alone(tmp_path):
    records = [
        {"id": "en", "text": "Port Deal Signed\n\nThe harbour board approved the customs agreement."},
        {"id": "fr", "text": NOT_ENGLISH["French"]},
    ]
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode("utf-8")
    english, french = read_bytes("feed.jsonl", data)
    assert isinstance(english, Article) and english.article_id == "en"
    assert isinstance(french, ReadFailure) and french.source == "feed.jsonl (line 2)"
    assert "French" in french.reason
