#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
"""Fills i18n/akten_en.ts from the glossary below after `lupdate` (see i18n/README.md). Swedish is the source
language; domain words keep their Swedish names where English would mislead (genomförandeplan, insats)."""
import sys
import xml.etree.ElementTree as ET

EN = {
    "‹ Boende": "‹ Residents",
    "Tillbaka till listan över boende": "Back to the list of residents",
    "%n år": "%n years",
    "Ingen ställföreträdare": "No legal representative",
    "Försättsblad": "Cover sheet",
    "Barn": "Child",
    "Personnummer": "Personal identity number",
    "Ålder": "Age",
    "Enhet": "Unit",
    "Rum eller lägenhet": "Room or flat",
    "Inflyttad": "Moved in",
    "Ställföreträdare": "Legal representative (ställföreträdare)",
    "Kontaktman": "Contact person (kontaktman)",
    "Besluten kunde inte läsas.": "The decisions could not be read.",
    "%1 till %2": "%1 to %2",
    "från %1, tills vidare": "from %1, until further notice",
    "Beslut och insatser": "Decisions and insatser",
    "Beslut enligt %1": "Decision under %1",
    "Beviljade insatser": "Granted insatser",
    "Beslutat av": "Decided by",
    "%1, %2": "%1, %2",
    "Giltighet": "Valid",
    "Mål från handläggaren": "Goals from the case officer",
    "Uppdrag till utföraren": "Assignment to the provider",
    "Inga beslut registrerade.": "No decisions recorded.",
    "Handlingarna kunde inte läsas.": "The documents could not be read.",
    "Inkommen": "Received",
    "Upprättad": "Created",
    "Handlingar": "Documents",
    "Inga handlingar registrerade.": "No documents registered.",
    "Anteckning %1, %2": "Entry %1, %2",
    "Journalen kunde inte läsas.": "The journal could not be read.",
    "Den enskildes invändning": "The resident's objection",
    "Rättelse": "Correction",
    "Skrivet %1": "Written %1",
    "Social journal": "Social journal",
    "Inga journalanteckningar.": "No journal entries.",
    "Akten": "Akten",
    "Genomförandeakt": "Implementation record (genomförandeakt)",
    "Boende på enheten": "Residents of the unit",
    "Livsområde %1": "Life area %1",
    "Behov %1, %2": "Need %1, %2",
    "Mål": "Goal",
    "Egna resurser": "Own resources",
    "Aktiviteter": "Activities",
    "Genomförandeplanen kunde inte läsas.": "The genomförandeplan could not be read.",
    "Upprättad %1": "Established %1",
    ", senast uppföljd %1": ", last followed up %1",
    "Nästa uppföljning senast %1": "Next follow-up by %1",
    "Anhöriga får informeras.": "Relatives may be informed.",
    "Anhöriga får inte informeras.": "Relatives may not be informed.",
    "%1\nHur: %2\nNär: %3\nAv vem: %4\nArbetssätt: %5": "%1\nHow: %2\nWhen: %3\nBy whom: %4\nWorking mode: %5",
    "Okänd kod": "Unknown code",
    "Genomförandeplan": "Genomförandeplan (implementation plan)",
    "Konflikt: två versioner av planen har skrivits på olika enheter. Den senaste visas. Kontaktmannen behöver jämföra och slå ihop dem.":
        "Conflict: two versions of the plan were written on different devices. The latest is shown. The contact person needs to compare and merge them.",
    "Status": "Status",
    "Uppföljning": "Follow-up",
    "Delaktighet": "Participation",
    "Ingen genomförandeplan ännu. Den ska upprättas senast tre veckor efter att insatsen påbörjats.":
        "No genomförandeplan yet. It must be established within three weeks of the insats starting.",
    "Akten kunde inte öppnas.": "The record could not be opened.",
    "Signeringslistor": "Signing lists",
    "Genomförandeakt för %1": "Implementation record for %1",
    "Skyddad identitet": "Protected identity",
    "Namn och rum visas inte": "Name and room are not shown",
    "%1 · %2 år · Kontaktman: %3": "%1 · %2 years · Contact person: %3",
    "Listan över boende kunde inte läsas från journalen.": "The list of residents could not be read from the store.",
    "Boende": "Residents",
    "Personer med skyddad identitet öppnas genom en särskild åtgärd med angivet skäl. Det blir möjligt när inloggning med bricka finns.":
        "People with a protected identity are opened by a separate action with a stated reason. That becomes possible with badge login.",
    "Inga boende att visa.": "No residents to show.",
    "I dag, %1": "Today, %1",
    "Signeringslistan kunde inte läsas.": "The signing list could not be read.",
    "Ej signerad": "Not signed",
    "Makulerad": "Retracted",
    "Signaturen av %1 har makulerats": "The signature by %1 was retracted",
    "Utförd": "Done",
    "Ej utförd": "Not done",
    "%1, klockan %2": "%1, at %2",
    "%1, klockan %2. Orsak: %3": "%1, at %2. Reason: %3",
    "Inga tidsatta insatser i planen": "No timed activities in the plan",
    "%1 av %2 signerade, %3 kvar": "%1 of %2 signed, %3 left",
    "‹ Föregående dag": "‹ Previous day",
    "Nästa dag ›": "Next day ›",
    "%1, %2: %3": "%1, %2: %3",
    "HSL, delegerad": "HSL, delegated",
    "Inga insatser att signera den här dagen.": "Nothing to sign on this day.",
    "Journalens filer saknas eller kan inte läsas på den här enheten.": "The record files are missing or cannot be read on this device.",
    "Journalen kan inte låsas upp med enhetens nyckel. Filen kan vara skadad eller kommer från en annan enhet.":
        "The record cannot be unlocked with this device's key. The file may be damaged or come from another device.",
    "Journalens fil är skadad eller ofullständig.": "The record file is damaged or incomplete.",
    "Krypteringen på enheten uppfyller inte kraven. Akten startar inte.": "The encryption on this device does not meet the requirements. Akten will not start.",
    "Journalen har skrivits av en nyare version av Akten. Uppdatera Akten.": "The record was written by a newer version of Akten. Update Akten.",
    "Ett oväntat fel inträffade när journalen öppnades.": "An unexpected error occurred while opening the record.",
    "Akten kan inte öppna journalen": "Akten cannot open the record",
    "Ingenting har ändrats. Kontakta den som ansvarar för enhetens surfplattor.": "Nothing has been changed. Contact the person responsible for the unit's tablets.",
}

def main(path):
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        english = EN.get(source)
        if english is None:
            missing.append(source)
            continue
        if message.get("numerus") == "yes":
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            for form in (english.replace("%n years", "%n year"), english):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = english
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    if missing:
        print("untranslated:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "i18n/akten_en.ts"))
