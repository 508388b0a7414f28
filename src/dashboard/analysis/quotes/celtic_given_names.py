"""Common given names of Ireland, Gaelic Scotland and Wales, spelt without accents ("Áine" is "aine", "Seán" is
"sean"), as the given-name lexicon compares them. News from those countries names its people with them, and the
recogniser, trained mostly on American text, often takes "Eoin Brannigan" or "Aoife Gallagher" for an organisation;
knowing the given name lets the pipeline steps that mend such names, and the rules that read a person's gender, work
there too. Names borne by both genders (Ciara is not, Dara and Ceri are) and names that are common words or places
(Bryn, Iona, Isla) are left out."""

from __future__ import annotations

#: Women's given names: Irish, then Scottish Gaelic, then Welsh.
CELTIC_FEMALE = """
    aine aoife aisling ailbhe blathnaid brid bridin caoimhe ciara clodagh dearbhla deirbhile eimear eithne emer
    fionnuala grainne mairead maire mairin meabh maeve muireann niamh nuala orla orlaith roisin sadhbh saoirse
    sinead siobhan sorcha treasa aoibhinn aoibheann eabha eibhlin neasa riona
    mhairi eilidh morag catriona kirsty ailsa shona seonaid
    bethan sian rhiannon angharad cerys ffion eluned carys gwenllian lowri mared catrin siwan elin heledd delyth
    glenys gwyneth nerys eirlys llinos meinir manon
"""

#: Men's given names: Irish, then Scottish Gaelic, then Welsh.
CELTIC_MALE = """
    eoin ciaran cathal padraig padraic donal eamon eamonn diarmuid fergal feargal colm cian oisin ronan darragh
    tadhg micheal enda fintan lorcan ruairi ruaidhri donncha donnacha fiachra caoimhin pearse eanna mairtin
    cormac conall conor aengus dermot fearghal peadar seosamh
    alasdair alastair ruaraidh lachlan murdo calum iain euan torquil somhairle finlay
    owain dafydd gethin iwan emyr aled gwilym huw ifan iestyn rhodri geraint gruffudd llywelyn meirion idris
    aneurin alun elfyn carwyn emlyn tudur hywel ieuan osian rhun llyr
"""
