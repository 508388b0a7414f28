"""A person's gender from a common given name ("Maria Lopez"): a small hand-written lexicon of given names that are
clearly of one gender in English-language news, across regions. Names borne by both genders (Jordan, Alex, Jean,
Andrea, Kim, Sasha) are left out. Irish, Scottish Gaelic and Welsh names have a module of their own
(celtic_given_names). Used only when the article itself tells nothing of the person's gender."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from dashboard.analysis.quotes.celtic_given_names import CELTIC_FEMALE, CELTIC_MALE

_FEMALE = """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra ashley
    dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen
    amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine
    carolyn janet ruth maria heather diane virginia julie joyce victoria olivia christina lauren joan evelyn
    judith megan cheryl hannah martha gloria teresa sara madison frances kathryn janice alice abigail sophia
    judy grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie
    kayla alexis lori jane ellen elaine claire clare caroline hillary nora margot susanna louise sophie chloe lucy ada
    jacqueline wendy tina monica erin rose joanna gabrielle valerie ingrid greta ursula petra heidi
    isabelle mathilde sylvie nathalie brigitte christiane monique francoise catherine celine amelie
    veronique chantal genevieve josephine aurelie delphine
    carmen lucia sofia ana rosa elena isabel pilar mercedes dolores guadalupe adriana beatriz marisol gabriela
    daniela valentina paola ximena lorena yolanda juana silvia luisa alejandra veronica claudia fernanda
    olga irina natalia svetlana tatiana ekaterina yekaterina anastasia ludmila lyudmila galina marina yulia
    oksana nadezhda agnieszka katarzyna magdalena malgorzata zofia milena ivana jelena marta ewa beata dorota
    jolanta krystyna justyna
    fatima aisha aicha khadija mariam maryam zainab layla leila noura amina yasmin yasmine huda salma rania
    samira hanan fatma zeynep nadia ayse elif esra ebru gulsen meral sevgi nurcan
    priya anjali sunita pooja kavita lakshmi meena deepa divya neha shreya aishwarya sonia indira nirmala
    rekha sushma smriti mamata shabana benazir
    wanjiru akinyi wambui njeri achieng fatuma halima grace faith mercy
    mei keiko yoko akiko mariko naomi
    helena johanna katarina kristina eva astrid birgit sabine anja ulrike annika karin hanna lena ingeborg
    chiara giulia francesca alessandra federica
    tammy renee kate katie carla pauline fiona tracy tracey stacy wanda rhonda jill gail peggy sally kathy cathy
    patty molly holly joanne jeanette bridget colleen maureen eileen irene sheila lorraine yvonne gwen jenny
    penny becky mandy tara tanya vanessa priscilla harriet edith agnes mavis beryl hazel janine nadine maxine
    rosemary rita vera wilma melanie leanne kirsten kristen
    lois doreen marlene arlene darlene bernice ethel mildred gladys muriel norma phyllis audrey beatrice cecilia
    claudette colette deirdre elsie esther florence geraldine gertrude imogen lorna marjorie miriam myrtle olive
    pearl sybil thelma winifred yvette zoe ines rosalind rosalyn marguerite helene theodora georgina henrietta philippa
"""

_MALE = """
    james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
    donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
    nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond
    patrick jack dennis jerry tyler aaron henry adam douglas nathan peter zachary kyle walter harold jeremy ethan
    carl keith roger gerald christian sean arthur austin noah lawrence joe bryan billy bruce albert
    willie gabriel alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny
    tom mike bill bob jim steve dave tony matt nick ben dan greg ted fred ron ken rick doug phil jeff
    barack hugh neil ian colin graham nigel simon malcolm stuart gordon boris rishi keir liam connor declan
    hans klaus jurgen wolfgang heinrich dieter olaf friedrich lars jonas matthias stefan henrik jens sven anders
    luca marco giovanni giuseppe matteo alessandro lorenzo
    pierre jacques francois michel philippe alain bernard thierry laurent nicolas olivier emmanuel sebastien
    jerome benoit guillaume yves didier herve christophe
    jose carlos luis miguel jorge pedro manuel francisco javier alejandro ricardo fernando eduardo sergio
    pablo diego raul alfonso andres enrique gustavo hector ignacio rodrigo santiago mauricio emilio
    vladimir sergei sergey dmitry dmitri alexei alexey andrei ivan mikhail nikolai yuri igor viktor oleg
    volodymyr petro taras bogdan piotr tomasz krzysztof andrzej jaroslaw pavel zoran dragan tadeusz jakub marek
    pawel michal lukasz grzegorz wojciech zbigniew
    mohammed muhammad mohamed mohammad ahmed ahmad ali hassan hussein omar khalid abdullah ibrahim youssef yusuf
    mustafa mahmoud tariq karim walid hamid bashar saeed rashid faisal samir nabil recep
    mehmet emin ahmet hakan selcuk murat kemal omer emre burak serkan volkan halil huseyin mevlut levent tayyip
    rahul amit sanjay rajesh suresh ramesh vijay anil sunil arvind narendra manmohan rajiv arun ashok
    vikram ravi imran nawaz shehbaz pervez
    uhuru abiy yoweri mwai raila jomo eliud
    hiroshi takeshi kenji shinzo fumio yoshihide
    darnell pete walt evan mick leonard geoffrey geoff marcus ray gavin craig derek trevor darren shane wade travis
    curtis dwayne lloyd glenn leon reginald cedric tyrone jamal barry alistair angus hamish rory callum fergus
    ewan owen rhys gareth brendan kieran niall seamus archie stanley norman clive howard leroy floyd earl harvey
    luke mitchell martin
"""

FEMALE_NAMES = frozenset(_FEMALE.split()) | frozenset(CELTIC_FEMALE.split())
MALE_NAMES = (frozenset(_MALE.split()) | frozenset(CELTIC_MALE.split())) - FEMALE_NAMES


def gender_of_given_name(name: str) -> str:
    """ "f" or "m" when the first word of a full name ("Maria Lopez") is a given name of one gender, else ""."""
    words = name.split()
    return gender_of_given_word(words[0]) if len(words) > 1 else ""


@lru_cache(maxsize=16384)
def gender_of_given_word(word: str) -> str:
    """ "f" or "m" when a single word ("Maria") is a given name of one gender, else "": kept per word, as every pair
    of an article's names and every word of a name may ask it."""
    plain = unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()
    if plain in FEMALE_NAMES:
        return "f"
    return "m" if plain in MALE_NAMES else ""
