<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>AppHeader</name>
    <message>
        <location filename="../qml/Akten/Shell/AppHeader.qml" line="28" />
        <source>‹ Boende</source>
        <translation>‹ Residents</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/AppHeader.qml" line="29" />
        <source>Tillbaka till listan över boende</source>
        <translation>Back to the list of residents</translation>
    </message>
</context>
<context>
    <name>CoverSheet</name>
    <message numerus="yes">
        <location filename="../app/models/coversheet.cpp" line="20" />
        <source>%n år</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/coversheet.cpp" line="26" />
        <source>Ingen ställföreträdare</source>
        <translation>No legal representative</translation>
    </message>
</context>
<context>
    <name>CoverSheetSection</name>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="16" />
        <source>Försättsblad</source>
        <translation>Cover sheet</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="36" />
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="44" />
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="45" />
        <source>Ålder</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="46" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="47" />
        <source>Rum eller lägenhet</source>
        <translation>Room or flat</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="48" />
        <source>Inflyttad</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="49" />
        <source>Ställföreträdare</source>
        <translation>Legal representative (ställföreträdare)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="50" />
        <source>Kontaktman</source>
        <translation>Contact person (kontaktman)</translation>
    </message>
</context>
<context>
    <name>DecisionListModel</name>
    <message>
        <location filename="../app/models/decisionlistmodel.cpp" line="27" />
        <source>Besluten kunde inte läsas.</source>
        <translation>The decisions could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/decisionlistmodel.cpp" line="36" />
        <source>%1 till %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../app/models/decisionlistmodel.cpp" line="37" />
        <source>från %1, tills vidare</source>
        <translation>from %1, until further notice</translation>
    </message>
</context>
<context>
    <name>DecisionsSection</name>
    <message>
        <location filename="../qml/Akten/Record/DecisionsSection.qml" line="22" />
        <source>Beslut och insatser</source>
        <translation>Decisions and insatser</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DecisionsSection.qml" line="40" />
        <source>Beslut enligt %1</source>
        <translation>Decision under %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DecisionsSection.qml" line="41" />
        <source>Beviljade insatser</source>
        <translation>Granted insatser</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DecisionsSection.qml" line="42" />
        <source>Beslutat av</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DecisionsSection.qml" line="42" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DecisionsSection.qml" line="43" />
        <source>Giltighet</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DecisionsSection.qml" line="44" />
        <source>Mål från handläggaren</source>
        <translation>Goals from the case officer</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DecisionsSection.qml" line="45" />
        <source>Uppdrag till utföraren</source>
        <translation>Assignment to the provider</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DecisionsSection.qml" line="52" />
        <source>Inga beslut registrerade.</source>
        <translation>No decisions recorded.</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../app/models/documentlistmodel.cpp" line="20" />
        <source>Handlingarna kunde inte läsas.</source>
        <translation>The documents could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/documentlistmodel.cpp" line="26" />
        <source>Inkommen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../app/models/documentlistmodel.cpp" line="26" />
        <source>Upprättad</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../qml/Akten/Record/DocumentsSection.qml" line="22" />
        <source>Handlingar</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DocumentsSection.qml" line="32" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DocumentsSection.qml" line="52" />
        <source>Inga handlingar registrerade.</source>
        <translation>No documents registered.</translation>
    </message>
</context>
<context>
    <name>JournalEntryCard</name>
    <message>
        <location filename="../qml/Akten/Record/JournalEntryCard.qml" line="21" />
        <source>Anteckning %1, %2</source>
        <translation>Entry %1, %2</translation>
    </message>
</context>
<context>
    <name>JournalListModel</name>
    <message>
        <location filename="../app/models/journallistmodel.cpp" line="28" />
        <source>Journalen kunde inte läsas.</source>
        <translation>The journal could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/journallistmodel.cpp" line="34" />
        <source>Den enskildes invändning</source>
        <translation>The resident's objection</translation>
    </message>
    <message>
        <location filename="../app/models/journallistmodel.cpp" line="34" />
        <source>Rättelse</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../app/models/journallistmodel.cpp" line="45" />
        <source>Skrivet %1</source>
        <translation>Written %1</translation>
    </message>
</context>
<context>
    <name>JournalSection</name>
    <message>
        <location filename="../qml/Akten/Record/JournalSection.qml" line="21" />
        <source>Social journal</source>
        <translation>Social journal</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/JournalSection.qml" line="28" />
        <source>Inga journalanteckningar.</source>
        <translation>No journal entries.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Akten/Shell/Main.qml" line="40" />
        <location filename="../qml/Akten/Shell/Main.qml" line="45" />
        <source>Akten</source>
        <translation>Akten</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/Main.qml" line="46" />
        <source>Genomförandeakt</source>
        <translation>Implementation record (genomförandeakt)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/Main.qml" line="46" />
        <source>Boende på enheten</source>
        <translation>Residents of the unit</translation>
    </message>
</context>
<context>
    <name>NeedCard</name>
    <message>
        <location filename="../qml/Akten/Record/NeedCard.qml" line="27" />
        <source>Livsområde %1</source>
        <translation>Life area %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/NeedCard.qml" line="41" />
        <source>Behov %1, %2</source>
        <translation>Need %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/NeedCard.qml" line="67" />
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/NeedCard.qml" line="68" />
        <source>Egna resurser</source>
        <translation>Own resources</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/NeedCard.qml" line="70" />
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../app/models/planmodel.cpp" line="36" />
        <source>Genomförandeplanen kunde inte läsas.</source>
        <translation>The genomförandeplan could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/planmodel.cpp" line="45" />
        <source>Upprättad %1</source>
        <translation>Established %1</translation>
    </message>
    <message>
        <location filename="../app/models/planmodel.cpp" line="47" />
        <source>, senast uppföljd %1</source>
        <translation>, last followed up %1</translation>
    </message>
    <message>
        <location filename="../app/models/planmodel.cpp" line="49" />
        <source>Nästa uppföljning senast %1</source>
        <translation>Next follow-up by %1</translation>
    </message>
    <message>
        <location filename="../app/models/planmodel.cpp" line="51" />
        <source>Anhöriga får informeras.</source>
        <translation>Relatives may be informed.</translation>
    </message>
    <message>
        <location filename="../app/models/planmodel.cpp" line="52" />
        <source>Anhöriga får inte informeras.</source>
        <translation>Relatives may not be informed.</translation>
    </message>
    <message>
        <location filename="../app/models/planmodel.cpp" line="61" />
        <source>%1
Hur: %2
När: %3
Av vem: %4
Arbetssätt: %5</source>
        <translation>%1
How: %2
When: %3
By whom: %4
Working mode: %5</translation>
    </message>
    <message>
        <location filename="../app/models/planmodel.cpp" line="66" />
        <source>Okänd kod</source>
        <translation>Unknown code</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="21" />
        <location filename="../qml/Akten/Record/PlanSection.qml" line="59" />
        <source>Genomförandeplan</source>
        <translation>Genomförandeplan (implementation plan)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="42" />
        <source>Konflikt: två versioner av planen har skrivits på olika enheter. Den senaste visas. Kontaktmannen behöver jämföra och slå ihop dem.</source>
        <translation>Conflict: two versions of the plan were written on different devices. The latest is shown. The contact person needs to compare and merge them.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="60" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="61" />
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="62" />
        <source>Delaktighet</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="69" />
        <source>Ingen genomförandeplan ännu. Den ska upprättas senast tre veckor efter att insatsen påbörjats.</source>
        <translation>No genomförandeplan yet. It must be established within three weeks of the insats starting.</translation>
    </message>
</context>
<context>
    <name>RecordController</name>
    <message>
        <location filename="../app/models/recordcontroller.cpp" line="53" />
        <source>Akten kunde inte öppnas.</source>
        <translation>The record could not be opened.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="19" />
        <source>Försättsblad</source>
        <translation>Cover sheet</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="19" />
        <source>Beslut och insatser</source>
        <translation>Decisions and insatser</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="19" />
        <source>Genomförandeplan</source>
        <translation>Genomförandeplan (implementation plan)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="20" />
        <source>Social journal</source>
        <translation>Social journal</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="20" />
        <source>Signeringslistor</source>
        <translation>Signing lists</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="20" />
        <source>Handlingar</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="24" />
        <source>Genomförandeakt för %1</source>
        <translation>Implementation record for %1</translation>
    </message>
</context>
<context>
    <name>ResidentDelegate</name>
    <message>
        <location filename="../qml/Akten/Residents/ResidentDelegate.qml" line="44" />
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/ResidentDelegate.qml" line="44" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/ResidentDelegate.qml" line="87" />
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/ResidentDelegate.qml" line="91" />
        <source>Namn och rum visas inte</source>
        <translation>Name and room are not shown</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/ResidentDelegate.qml" line="92" />
        <source>%1 · %2 år · Kontaktman: %3</source>
        <translation>%1 · %2 years · Contact person: %3</translation>
    </message>
</context>
<context>
    <name>ResidentListModel</name>
    <message>
        <location filename="../app/models/residentlistmodel.cpp" line="42" />
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location filename="../app/models/residentlistmodel.cpp" line="80" />
        <source>Listan över boende kunde inte läsas från journalen.</source>
        <translation>The list of residents could not be read from the store.</translation>
    </message>
</context>
<context>
    <name>ResidentListPage</name>
    <message>
        <location filename="../qml/Akten/Residents/ResidentListPage.qml" line="20" />
        <location filename="../qml/Akten/Residents/ResidentListPage.qml" line="28" />
        <source>Boende</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/ResidentListPage.qml" line="63" />
        <source>Personer med skyddad identitet öppnas genom en särskild åtgärd med angivet skäl. Det blir möjligt när inloggning med bricka finns.</source>
        <translation>People with a protected identity are opened by a separate action with a stated reason. That becomes possible with badge login.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/ResidentListPage.qml" line="74" />
        <source>Inga boende att visa.</source>
        <translation>No residents to show.</translation>
    </message>
</context>
<context>
    <name>SigningListModel</name>
    <message>
        <location filename="../app/models/signinglistmodel.cpp" line="53" />
        <source>I dag, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <location filename="../app/models/signinglistmodel.cpp" line="65" />
        <source>Signeringslistan kunde inte läsas.</source>
        <translation>The signing list could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/signinglistmodel.cpp" line="98" />
        <source>Ej signerad</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../app/models/signinglistmodel.cpp" line="107" />
        <source>Makulerad</source>
        <translation>Retracted</translation>
    </message>
    <message>
        <location filename="../app/models/signinglistmodel.cpp" line="108" />
        <source>Signaturen av %1 har makulerats</source>
        <translation>The signature by %1 was retracted</translation>
    </message>
    <message>
        <location filename="../app/models/signinglistmodel.cpp" line="113" />
        <source>Utförd</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../app/models/signinglistmodel.cpp" line="113" />
        <source>Ej utförd</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../app/models/signinglistmodel.cpp" line="114" />
        <source>%1, klockan %2</source>
        <translation>%1, at %2</translation>
    </message>
    <message>
        <location filename="../app/models/signinglistmodel.cpp" line="115" />
        <source>%1, klockan %2. Orsak: %3</source>
        <translation>%1, at %2. Reason: %3</translation>
    </message>
    <message>
        <location filename="../app/models/signinglistmodel.cpp" line="120" />
        <source>Inga tidsatta insatser i planen</source>
        <translation>No timed activities in the plan</translation>
    </message>
    <message>
        <location filename="../app/models/signinglistmodel.cpp" line="121" />
        <source>%1 av %2 signerade, %3 kvar</source>
        <translation>%1 of %2 signed, %3 left</translation>
    </message>
</context>
<context>
    <name>SigningSection</name>
    <message>
        <location filename="../qml/Akten/Record/SigningSection.qml" line="16" />
        <source>Signeringslistor</source>
        <translation>Signing lists</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/SigningSection.qml" line="22" />
        <source>‹ Föregående dag</source>
        <translation>‹ Previous day</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/SigningSection.qml" line="35" />
        <source>Nästa dag ›</source>
        <translation>Next day ›</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/SigningSection.qml" line="68" />
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/SigningSection.qml" line="100" />
        <source>HSL, delegerad</source>
        <translation>HSL, delegated</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/SigningSection.qml" line="108" />
        <source>Inga insatser att signera den här dagen.</source>
        <translation>Nothing to sign on this day.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app/shell/startupmessage.cpp" line="14" />
        <source>Journalens filer saknas eller kan inte läsas på den här enheten.</source>
        <translation>The record files are missing or cannot be read on this device.</translation>
    </message>
    <message>
        <location filename="../app/shell/startupmessage.cpp" line="17" />
        <source>Journalen kan inte låsas upp med enhetens nyckel. Filen kan vara skadad eller kommer från en annan enhet.</source>
        <translation>The record cannot be unlocked with this device's key. The file may be damaged or come from another device.</translation>
    </message>
    <message>
        <location filename="../app/shell/startupmessage.cpp" line="22" />
        <source>Journalens fil är skadad eller ofullständig.</source>
        <translation>The record file is damaged or incomplete.</translation>
    </message>
    <message>
        <location filename="../app/shell/startupmessage.cpp" line="25" />
        <source>Krypteringen på enheten uppfyller inte kraven. Akten startar inte.</source>
        <translation>The encryption on this device does not meet the requirements. Akten will not start.</translation>
    </message>
    <message>
        <location filename="../app/shell/startupmessage.cpp" line="28" />
        <source>Journalen har skrivits av en nyare version av Akten. Uppdatera Akten.</source>
        <translation>The record was written by a newer version of Akten. Update Akten.</translation>
    </message>
    <message>
        <location filename="../app/shell/startupmessage.cpp" line="31" />
        <source>Ett oväntat fel inträffade när journalen öppnades.</source>
        <translation>An unexpected error occurred while opening the record.</translation>
    </message>
</context>
<context>
    <name>StartupErrorPage</name>
    <message>
        <location filename="../qml/Akten/Shell/StartupErrorPage.qml" line="15" />
        <location filename="../qml/Akten/Shell/StartupErrorPage.qml" line="27" />
        <source>Akten kan inte öppna journalen</source>
        <translation>Akten cannot open the record</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/StartupErrorPage.qml" line="39" />
        <source>Ingenting har ändrats. Kontakta den som ansvarar för enhetens surfplattor.</source>
        <translation>Nothing has been changed. Contact the person responsible for the unit's tablets.</translation>
    </message>
</context>
</TS>