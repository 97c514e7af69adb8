<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="16" />
        <source>mån</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="16" />
        <source>tis</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="16" />
        <source>ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="16" />
        <source>tor</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="16" />
        <source>fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="17" />
        <source>lör</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="17" />
        <source>sön</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="44" />
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="47" />
        <source>Aktivitet %1</source>
        <translation>Activity %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="52" />
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="59" />
        <source>Hur</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="61" />
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="62" />
        <source>Stödjande/tränande</source>
        <translation>Supporting/training</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="61" />
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="62" />
        <source>Kompenserande</source>
        <translation>Compensating</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="67" />
        <source>Det gör den enskilde själv</source>
        <translation>What the resident does themself</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="74" />
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="75" />
        <source>Tryck på en tid för att lägga till eller ta bort den.</source>
        <translation>Tap a time to add or remove it.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="77" />
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="78" />
        <source>Vid behov</source>
        <translation>As needed</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="96" />
        <source>Annan tid, t.ex. 14:15</source>
        <translation>Another time, e.g. 14:15</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="99" />
        <source>Annan tid</source>
        <translation>Another time</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="105" />
        <source>Lägg till tid</source>
        <translation>Add time</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="132" />
        <source>Veckodag %1</source>
        <translation>Weekday %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="138" />
        <source>Eller en situation</source>
        <translation>Or a situation</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="155" />
        <source>Av vem</source>
        <translation>By whom</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="157" />
        <source>Kontaktman</source>
        <translation>Contact person (kontaktman)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="157" />
        <source>Personal på enheten</source>
        <translation>Staff of the unit</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="157" />
        <source>Nattpersonal</source>
        <translation>Night staff</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="163" />
        <source>Av vem, med egna ord</source>
        <translation>By whom, in your own words</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="171" />
        <source>Önskemål, t.ex. kvinnlig personal</source>
        <translation>Wishes, e.g. female staff</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ActivityForm.qml" line="178" />
        <source>Om önskemålet inte kan uppfyllas</source>
        <translation>If the wish cannot be met</translation>
    </message>
</context>
<context>
    <name>AnswerChoices</name>
    <message>
        <location filename="../qml/Akten/Record/AnswerChoices.qml" line="43" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <location filename="../qml/Akten/Shell/AppHeader.qml" line="40" />
        <source>‹ Tillbaka</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/AppHeader.qml" line="41" />
        <source>Tillbaka till startsidan</source>
        <translation>Back to the start page</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/AppHeader.qml" line="66" />
        <source>Synkar …</source>
        <translation>Syncing …</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/AppHeader.qml" line="68" />
        <source>Synk: fel</source>
        <translation>Sync: error</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/AppHeader.qml" line="68" />
        <source>Synk</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/AppHeader.qml" line="69" />
        <source>Synkstatus</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/AppHeader.qml" line="76" />
        <source>Brickor</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/AppHeader.qml" line="83" />
        <source>Loggkontroll</source>
        <translation>Access log review</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/AppHeader.qml" line="91" />
        <source>Inloggad: %1</source>
        <translation>Logged in: %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/AppHeader.qml" line="97" />
        <source>Logga ut</source>
        <translation>Log out</translation>
    </message>
</context>
<context>
    <name>AreaPicker</name>
    <message>
        <location filename="../qml/Akten/Plan/AreaPicker.qml" line="43" />
        <source>Dölj beslut och uppdrag</source>
        <translation>Hide decision and assignment</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/AreaPicker.qml" line="43" />
        <source>Visa beslut och uppdrag</source>
        <translation>Show decision and assignment</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/AreaPicker.qml" line="58" />
        <source>Handläggarens mål</source>
        <translation>The case officer's goals</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/AreaPicker.qml" line="66" />
        <source>Insats: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/AreaPicker.qml" line="78" />
        <location filename="../qml/Akten/Plan/AreaPicker.qml" line="82" />
        <source>Sök ord eller kod</source>
        <translation>Search word or code</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/AreaPicker.qml" line="102" />
        <source>Livsområde %1</source>
        <translation>Life area %1</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="19" />
        <source>Visade listan över boende</source>
        <translation>Viewed the list of residents</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="20" />
        <source>Öppnade akten (försättsblad)</source>
        <translation>Opened the record (cover sheet)</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="21" />
        <source>Läste beslut och insatser</source>
        <translation>Read decisions and insatser</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="22" />
        <source>Läste genomförandeplanen</source>
        <translation>Read the genomförandeplan</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="23" />
        <source>Läste social journal</source>
        <translation>Read the social journal</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="24" />
        <source>Läste signeringslistan</source>
        <translation>Read the signeringslista</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="25" />
        <source>Läste handlingar</source>
        <translation>Read documents</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="26" />
        <source>Läste daganteckningar om den boende</source>
        <translation>Read the resident's day notes</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="27" />
        <source>Läste levnadsberättelsen</source>
        <translation>Read the life story</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="28" />
        <source>Läste fullmakter och avtal om medel</source>
        <translation>Read powers of attorney and money agreements</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="29" />
        <source>Läste fallrapporter och checklistor</source>
        <translation>Read fall reports and checklists</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="30" />
        <source>Läste samtyckena</source>
        <translation>Read the consents</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="31" />
        <source>Läste begäran om utlämnande</source>
        <translation>Read the requests for release</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="32" />
        <source>Öppnade akt med skyddad identitet</source>
        <translation>Opened the record of a protected identity</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="33" />
        <source>Öppnade loggkontrollen</source>
        <translation>Opened the access log review</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="34" />
        <source>Exporterade loggen</source>
        <translation>Exported the log</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="35" />
        <source>Skrev ut signeringslistan för en månad</source>
        <translation>Printed the signing list for a month</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="36" />
        <source>Loggade in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="37" />
        <source>Loggades ut</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="38" />
        <source>Fel kod</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="39" />
        <source>Brickan låstes efter fel koder</source>
        <translation>Badge locked after wrong PINs</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="40" />
        <source>Försök med låst bricka</source>
        <translation>Attempt with a locked badge</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="41" />
        <source>Försök med spärrad bricka</source>
        <translation>Attempt with a revoked badge</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="42" />
        <source>Okänd bricka</source>
        <translation>Unknown badge</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="43" />
        <source>Skärmen låstes</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="44" />
        <source>Låste upp skärmen</source>
        <translation>Unlocked the screen</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="45" />
        <source>Signerade en insats</source>
        <translation>Signed an insats</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="46" />
        <source>Drog tillbaka en signering</source>
        <translation>Retracted a signature</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="47" />
        <source>Skrev i social journal</source>
        <translation>Wrote in the social journal</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="48" />
        <source>Rättade en journalanteckning</source>
        <translation>Corrected a journal entry</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="49" />
        <source>Följde upp en genomförandeplan</source>
        <translation>Followed up an implementation plan</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="50" />
        <source>Skrev en handling i akten</source>
        <translation>Wrote a document in the record</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="51" />
        <source>Skrev en daganteckning</source>
        <translation>Wrote a day note</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="52" />
        <source>Granskade en daganteckning</source>
        <translation>Reviewed a day note</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="53" />
        <source>En daganteckning raderades efter 90 dagar</source>
        <translation>A day note was deleted after 90 days</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="54" />
        <source>Läste daganteckningar</source>
        <translation>Read day notes</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="55" />
        <source>Läste planernas datum för uppföljning</source>
        <translation>Read the plans' follow-up dates</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="56" />
        <source>Läste planen i lättläst form</source>
        <translation>Read the plan in easy-read form</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="57" />
        <source>Skrev ut planen i lättläst form</source>
        <translation>Printed the plan in easy-read form</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="58" />
        <source>Skrev i genomförandeplanen</source>
        <translation>Wrote in the genomförandeplan</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="59" />
        <source>Förde ihop två versioner av planen</source>
        <translation>Merged two versions of the plan</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="60" />
        <source>Visade Nu (insatserna på sina enheter)</source>
        <translation>Showed Now (the insatser of their units)</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="61" />
        <source>Visade tavlan</source>
        <translation>Showed the board</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="62" />
        <source>Tavlan visades på väggskärmen</source>
        <translation>The board was shown on the wall screen</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="63" />
        <source>Registrerade samtycke</source>
        <translation>Recorded consent</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="64" />
        <source>Registrerade utlämnande</source>
        <translation>Recorded a release</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="65" />
        <source>Visade Min akt för den boende</source>
        <translation>Showed My record to the resident</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="66" />
        <source>Läste kvalitetsgranskningens urval</source>
        <translation>Read the quality review sample</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="67" />
        <source>Kvalitetsgranskningens urval skrevs ut</source>
        <translation>The quality review sample was printed</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="68" />
        <source>Drog urval för kvalitetsgranskning</source>
        <translation>Drew the quality review sample</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="69" />
        <source>Granskade en genomförandeplan</source>
        <translation>Reviewed a genomförandeplan</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="70" />
        <source>Skrev ner en begäran om utlämnande</source>
        <translation>Wrote down a request for release</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="71" />
        <source>Beslutade om utlämnande</source>
        <translation>Decided on a release</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="72" />
        <source>Registrerade en bricka</source>
        <translation>Enrolled a badge</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="73" />
        <source>Låste en bricka</source>
        <translation>Locked a badge</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="74" />
        <source>Låste upp en bricka</source>
        <translation>Unlocked a badge</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="75" />
        <source>Spärrade en bricka</source>
        <translation>Revoked a badge</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="76" />
        <source>Bytte kod för en bricka</source>
        <translation>Changed a badge's PIN</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="82" />
        <source>Skrev: %1</source>
        <translation>Wrote: %1</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="91" />
        <source>ingen aktivitet</source>
        <translation>no activity</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="92" />
        <source>tolv timmar sedan inloggning</source>
        <translation>twelve hours since login</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="93" />
        <source>blippade ut</source>
        <translation>tapped out</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="94" />
        <source>en annan bricka</source>
        <translation>another badge</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="95" />
        <source>låst session gick ut</source>
        <translation>locked session expired</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="96" />
        <source>Logga ut</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="98" />
        <source>Omvårdnad eller stöd just nu</source>
        <translation>Care or support right now</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="99" />
        <source>Dokumentation efter insats</source>
        <translation>Documentation after an insats</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="100" />
        <source>Uppföljning av genomförandeplanen</source>
        <translation>Follow-up of the genomförandeplan</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="101" />
        <source>Loggkontroll eller tillsyn</source>
        <translation>Log review or supervision</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="108" />
        <source>upprättad</source>
        <translation>established</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="109" />
        <source>försättsblad</source>
        <translation>cover sheet</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="110" />
        <source>registrerad handling</source>
        <translation>registered document</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="111" />
        <source>levnadsberättelse</source>
        <translation>life story</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="112" />
        <source>fullmakt</source>
        <translation>power of attorney</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="113" />
        <source>avtal om handhavande av medel</source>
        <translation>agreement on handling money</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="114" />
        <source>fallrapport</source>
        <translation>fall report</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="115" />
        <source>checklista mot fall</source>
        <translation>fall checklist</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="116" />
        <source>reviderad</source>
        <translation>revised</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="117" />
        <source>fortsätter som förut</source>
        <translation>continues as before</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="118" />
        <source>planen ska revideras</source>
        <translation>the plan is to be revised</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="119" />
        <source>kontakt med handläggaren</source>
        <translation>contact with the case officer</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="120" />
        <source>insats ej utförd</source>
        <translation>insats not done</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="136" />
        <source>%1 i listan</source>
        <translation>%1 in the list</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="139" />
        <source>%1 rader</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="146" />
        <source>%1 försök kvar</source>
        <translation>%1 attempts left</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="150" />
        <source>för %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="172" />
        <source>Omsorgspersonal</source>
        <translation>Care staff</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="175" />
        <source>Enhetschef</source>
        <translation>Unit manager</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="178" />
        <source>SAS</source>
        <translation>SAS</translation>
    </message>
    <message>
        <location filename="../app/models/auditlabels.cpp" line="180" />
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <location filename="../app/auth/authenticator.cpp" line="31" />
        <source>Brickan är inte registrerad. Kontakta enhetschefen.</source>
        <translation>This badge is not enrolled. Contact the unit manager.</translation>
    </message>
    <message>
        <location filename="../app/auth/authenticator.cpp" line="35" />
        <source>Brickan är spärrad. Kontakta enhetschefen.</source>
        <translation>This badge is revoked. Contact the unit manager.</translation>
    </message>
    <message>
        <location filename="../app/auth/authenticator.cpp" line="39" />
        <source>Brickan är låst efter för många felaktiga koder. Enhetschefen kan låsa upp den.</source>
        <translation>This badge is locked after too many wrong PINs. The unit manager can unlock it.</translation>
    </message>
    <message>
        <location filename="../app/auth/authenticator.cpp" line="44" />
        <source>Inloggningen kunde inte registreras. Försök igen eller kontakta enhetschefen.</source>
        <translation>The login could not be recorded. Try again or contact the unit manager.</translation>
    </message>
    <message>
        <location filename="../app/auth/authenticator.cpp" line="145" />
        <source>Fel kod. Brickan är nu låst. Enhetschefen kan låsa upp den.</source>
        <translation>Wrong PIN. The badge is now locked. The unit manager can unlock it.</translation>
    </message>
    <message>
        <location filename="../app/auth/authenticator.cpp" line="153" />
        <source>Fel kod. Ett försök kvar innan brickan låses.</source>
        <translation>Wrong PIN. One attempt left before the badge is locked.</translation>
    </message>
    <message>
        <location filename="../app/auth/authenticator.cpp" line="154" />
        <source>Fel kod. %1 försök kvar innan brickan låses.</source>
        <translation>Wrong PIN. %1 attempts left before the badge is locked.</translation>
    </message>
    <message>
        <location filename="../app/auth/sessionmanager.cpp" line="33" />
        <location filename="../app/auth/sessionmanager.cpp" line="162" />
        <source>Du är utloggad.</source>
        <translation>You are logged out.</translation>
    </message>
    <message>
        <location filename="../app/auth/sessionmanager.cpp" line="54" />
        <source>Brickan hör inte till någon aktiv medarbetare här. Kontakta enhetschefen.</source>
        <translation>This badge does not belong to an active staff member here. Contact the unit manager.</translation>
    </message>
    <message>
        <location filename="../app/auth/sessionmanager.cpp" line="69" />
        <source>Blippa din bricka först.</source>
        <translation>Tap your badge first.</translation>
    </message>
    <message>
        <location filename="../app/auth/sessionmanager.cpp" line="85" />
        <source>Upplåsningen kunde inte loggas, därför visas inga uppgifter. Försök igen.</source>
        <translation>The unlock could not be logged, so nothing is shown. Try again.</translation>
    </message>
    <message>
        <location filename="../app/auth/sessionmanager.cpp" line="93" />
        <source>Medarbetaren kunde inte läsas in. Kontakta enhetschefen.</source>
        <translation>The staff member could not be read. Contact the unit manager.</translation>
    </message>
    <message>
        <location filename="../app/auth/sessionmanager.cpp" line="129" />
        <source>Ingen kod angavs. Blippa brickan igen.</source>
        <translation>No PIN was entered. Tap the badge again.</translation>
    </message>
    <message>
        <location filename="../app/auth/sessionmanager.cpp" line="135" />
        <source>Du loggades ut eftersom skärmen inte användes.</source>
        <translation>You were logged out because the screen was not used.</translation>
    </message>
    <message>
        <location filename="../app/auth/sessionmanager.cpp" line="140" />
        <source>Det har gått tolv timmar sedan du loggade in. Blippa brickan och ange koden igen.</source>
        <translation>Twelve hours have passed since you logged in. Tap your badge and enter your PIN again.</translation>
    </message>
    <message>
        <location filename="../app/core/pinpolicy.cpp" line="84" />
        <source>Koden måste ha minst sex siffror.</source>
        <translation>The PIN must have at least six digits.</translation>
    </message>
    <message>
        <location filename="../app/core/pinpolicy.cpp" line="86" />
        <source>Koden får bara innehålla siffror.</source>
        <translation>The PIN may contain digits only.</translation>
    </message>
    <message>
        <location filename="../app/core/pinpolicy.cpp" line="88" />
        <source>Koden är för lätt att gissa. Välj en annan kod.</source>
        <translation>The PIN is too easy to guess. Choose another PIN.</translation>
    </message>
    <message>
        <location filename="../app/core/pinpolicy.cpp" line="90" />
        <source>Koderna är inte lika. Skriv samma kod två gånger.</source>
        <translation>The PINs differ. Type the same PIN twice.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../app/models/boardmodel.cpp" line="73" />
        <source>Tavlan kan inte visas eftersom åtkomsten inte kunde loggas. Kontakta enhetschefen.</source>
        <translation>The board cannot be shown because the access could not be logged. Contact the unit manager.</translation>
    </message>
    <message>
        <location filename="../app/models/boardmodel.cpp" line="93" />
        <location filename="../app/models/boardmodel.cpp" line="111" />
        <source>Tavlan kunde inte läsas.</source>
        <translation>The board could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/boardmodel.cpp" line="144" />
        <source>Signerad i efterhand %1</source>
        <translation>Signed afterwards %1</translation>
    </message>
    <message>
        <location filename="../app/models/boardmodel.cpp" line="145" />
        <source>Utförd %1</source>
        <translation>Done %1</translation>
    </message>
    <message>
        <location filename="../app/models/boardmodel.cpp" line="169" />
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location filename="../app/models/boardmodel.cpp" line="173" />
        <source>1 missad</source>
        <translation>1 missed</translation>
    </message>
    <message>
        <location filename="../app/models/boardmodel.cpp" line="173" />
        <source>%1 missade</source>
        <translation>%1 missed</translation>
    </message>
    <message>
        <location filename="../app/models/boardmodel.cpp" line="176" />
        <source>1 ej signerad här</source>
        <translation>1 not signed here</translation>
    </message>
    <message>
        <location filename="../app/models/boardmodel.cpp" line="176" />
        <source>%1 ej signerade här</source>
        <translation>%1 not signed here</translation>
    </message>
    <message>
        <location filename="../app/models/boardmodel.cpp" line="179" />
        <source>1 försenad</source>
        <translation>1 overdue</translation>
    </message>
    <message>
        <location filename="../app/models/boardmodel.cpp" line="179" />
        <source>%1 försenade</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../app/models/boardmodel.cpp" line="185" />
        <source>Inget försenat</source>
        <translation>Nothing overdue</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../qml/Akten/Signing/BoardPage.qml" line="23" />
        <source>Tavlan</source>
        <translation>The board</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Akten/Signing/BoardPage.qml" line="34" />
        <source>I dag: %n boende med missade eller försenade insatser</source>
        <translation><numerusform>Today: %n resident with missed or overdue insatser</numerusform><numerusform>Today: %n residents with missed or overdue insatser</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/BoardPage.qml" line="35" />
        <source>I dag: inget missat eller försenat</source>
        <translation>Today: nothing missed or overdue</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/BoardPage.qml" line="84" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/BoardPage.qml" line="123" />
        <source>HSL </source>
        <translation>HSL </translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/BoardPage.qml" line="125" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/BoardPage.qml" line="138" />
        <source>Inga insatser på tavlan i dag.</source>
        <translation>No insatser on the board today.</translation>
    </message>
</context>
<context>
    <name>CaseClosureController</name>
    <message>
        <location filename="../app/models/caseclosurecontroller.cpp" line="67" />
        <source>Ärendet avslutades %1 (%2). Akten kan bara läsas.</source>
        <translation>The case was closed on %1 (%2). The record can only be read.</translation>
    </message>
    <message>
        <location filename="../app/models/caseclosurecontroller.cpp" line="103" />
        <source>Välj varför ärendet avslutas.</source>
        <translation>Choose why the case is closed.</translation>
    </message>
    <message>
        <location filename="../app/models/caseclosurecontroller.cpp" line="104" />
        <source>Skriv vad skälet är.</source>
        <translation>Write what the reason is.</translation>
    </message>
    <message>
        <location filename="../app/models/caseclosurecontroller.cpp" line="106" />
        <source>Skriv slutanteckningen.</source>
        <translation>Write the final note.</translation>
    </message>
    <message>
        <location filename="../app/models/caseclosurecontroller.cpp" line="106" />
        <source>Slutanteckningen är för lång.</source>
        <translation>The final note is too long.</translation>
    </message>
    <message>
        <location filename="../app/models/caseclosurecontroller.cpp" line="111" />
        <source>Ärendet avslutas av enhetschefen för den boendes enhet.</source>
        <translation>The case is closed by the manager of the resident's unit.</translation>
    </message>
    <message>
        <location filename="../app/models/caseclosurecontroller.cpp" line="115" />
        <source>Ärendet är redan avslutat.</source>
        <translation>The case is already closed.</translation>
    </message>
    <message>
        <location filename="../app/models/caseclosurecontroller.cpp" line="119" />
        <source>Ärendet kunde inte avslutas. Ingenting sparades.</source>
        <translation>The case could not be closed. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../app/models/caseclosurecontroller.cpp" line="140" />
        <source>Akten exporteras av enhetschefen för den boendes enhet.</source>
        <translation>The record is exported by the manager of the resident's unit.</translation>
    </message>
    <message>
        <location filename="../app/models/caseclosurecontroller.cpp" line="147" />
        <location filename="../app/models/caseclosurecontroller.cpp" line="159" />
        <source>Akten kunde inte exporteras. Försök igen.</source>
        <translation>The record could not be exported. Try again.</translation>
    </message>
    <message>
        <location filename="../app/models/caseclosurecontroller.cpp" line="162" />
        <source>Hela akten (%1 sidor) är exporterad för arkivet som %2.</source>
        <translation>The whole record (%1 pages) is exported for the archive as %2.</translation>
    </message>
</context>
<context>
    <name>ClosureSection</name>
    <message>
        <location filename="../qml/Akten/Record/ClosureSection.qml" line="26" />
        <source>Avslut</source>
        <translation>Closure</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ClosureSection.qml" line="35" />
        <location filename="../qml/Akten/Record/ClosureSection.qml" line="133" />
        <source>Avsluta ärendet</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ClosureSection.qml" line="42" />
        <source>När ärendet avslutas kan akten bara läsas, på alla surfplattor. Hela akten exporteras för arkivet.</source>
        <translation>When the case is closed the record can only be read, on every tablet. The whole record is exported for the archive.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ClosureSection.qml" line="43" />
        <source>Ärendet avslutas av enhetschefen.</source>
        <translation>The case is closed by the unit manager.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ClosureSection.qml" line="56" />
        <source>Varför avslutas ärendet?</source>
        <translation>Why is the case closed?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ClosureSection.qml" line="89" />
        <source>Skriv vad skälet är</source>
        <translation>Write what the reason is</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ClosureSection.qml" line="89" />
        <source>Mer om skälet (frivilligt)</source>
        <translation>More about the reason (optional)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ClosureSection.qml" line="91" />
        <source>Mer om skälet</source>
        <translation>More about the reason</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ClosureSection.qml" line="103" />
        <location filename="../qml/Akten/Record/ClosureSection.qml" line="114" />
        <source>Slutanteckning i journalen</source>
        <translation>Final note in the journal</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ClosureSection.qml" line="113" />
        <source>Hur insatserna avslutades och vad som lämnades över</source>
        <translation>How the insatser ended and what was handed over</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ClosureSection.qml" line="143" />
        <source>Det går inte att ångra. Akten kan sedan bara läsas, på alla surfplattor. Vill du avsluta ärendet?</source>
        <translation>It cannot be undone. The record can then only be read, on every tablet. Do you want to close the case?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ClosureSection.qml" line="155" />
        <source>Ja, avsluta ärendet</source>
        <translation>Yes, close the case</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ClosureSection.qml" line="157" />
        <source>Ja, avsluta ärendet. Det går inte att ångra.</source>
        <translation>Yes, close the case. It cannot be undone.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ClosureSection.qml" line="167" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ClosureSection.qml" line="169" />
        <source>Avbryt, avsluta inte ärendet</source>
        <translation>Cancel, do not close the case</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ClosureSection.qml" line="178" />
        <source>Exportera hela akten för arkivet</source>
        <translation>Export the whole record for the archive</translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <location filename="../qml/Akten/Plan/CodeList.qml" line="21" />
        <source>Träffar för "%1"</source>
        <translation>Matches for "%1"</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/CodeList.qml" line="30" />
        <source>Ingen kod passar. Prova ett annat ord eller början av ordet.</source>
        <translation>No code matches. Try another word or the start of the word.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/CodeList.qml" line="51" />
        <source>%1, kod %2</source>
        <translation>%1, code %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/CodeList.qml" line="68" />
        <source>Senast använda</source>
        <translation>Recently used</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/CodeList.qml" line="68" />
        <source>Ofta använda</source>
        <translation>Often used</translation>
    </message>
</context>
<context>
    <name>ConsentCard</name>
    <message>
        <location filename="../qml/Akten/Record/ConsentCard.qml" line="28" />
        <source>Samtycke till %1, %2</source>
        <translation>Consent to %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentCard.qml" line="50" />
        <source>Uppgifter</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentCard.qml" line="51" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentCard.qml" line="52" />
        <source>Givet av</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentCard.qml" line="63" />
        <source>Återkalla</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentCard.qml" line="65" />
        <source>Återkalla samtycket till %1</source>
        <translation>Revoke the consent to %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentCard.qml" line="66" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConsentController</name>
    <message>
        <location filename="../app/models/consentcontroller.cpp" line="113" />
        <source>Skriv slutdatumet som ÅÅÅÅ-MM-DD, eller lämna fältet tomt.</source>
        <translation>Write the end date as YYYY-MM-DD, or leave the field empty.</translation>
    </message>
    <message>
        <location filename="../app/models/consentcontroller.cpp" line="123" />
        <source>Skriv vem som får ta del av uppgifterna, eller välj en enhet.</source>
        <translation>Write who may receive the information, or choose a unit.</translation>
    </message>
    <message>
        <location filename="../app/models/consentcontroller.cpp" line="126" />
        <source>Skriv vilka uppgifter samtycket gäller.</source>
        <translation>Write which information the consent covers.</translation>
    </message>
    <message>
        <location filename="../app/models/consentcontroller.cpp" line="129" />
        <source>Skriv från vilket datum samtycket gäller, som ÅÅÅÅ-MM-DD.</source>
        <translation>Write the date the consent applies from, as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/models/consentcontroller.cpp" line="132" />
        <source>Slutdatumet är före startdatumet. Rätta något av datumen.</source>
        <translation>The end date is before the start date. Correct one of the dates.</translation>
    </message>
    <message>
        <location filename="../app/models/consentcontroller.cpp" line="135" />
        <source>Välj vem som gav samtycket.</source>
        <translation>Choose who gave the consent.</translation>
    </message>
    <message>
        <location filename="../app/models/consentcontroller.cpp" line="138" />
        <source>Skriv namnet på den som gav samtycket.</source>
        <translation>Write the name of the person who gave the consent.</translation>
    </message>
    <message>
        <location filename="../app/models/consentcontroller.cpp" line="141" />
        <location filename="../app/models/consentcontroller.cpp" line="172" />
        <source>Skriv företrädarens uppdrag, till exempel god man eller fullmakt.</source>
        <translation>Write the representative's mandate, for example trustee or power of attorney.</translation>
    </message>
    <message>
        <location filename="../app/models/consentcontroller.cpp" line="144" />
        <source>Välj om samtycket är skriftligt eller muntligt.</source>
        <translation>Choose whether the consent is written or oral.</translation>
    </message>
    <message>
        <location filename="../app/models/consentcontroller.cpp" line="168" />
        <source>Välj vem som återkallade samtycket.</source>
        <translation>Choose who revoked the consent.</translation>
    </message>
    <message>
        <location filename="../app/models/consentcontroller.cpp" line="170" />
        <source>Skriv namnet på den som återkallade samtycket.</source>
        <translation>Write the name of the person who revoked the consent.</translation>
    </message>
    <message>
        <location filename="../app/models/consentcontroller.cpp" line="174" />
        <source>Välj om återkallelsen är skriftlig eller muntlig.</source>
        <translation>Choose whether the revocation is written or oral.</translation>
    </message>
    <message>
        <location filename="../app/models/consentcontroller.cpp" line="188" />
        <source>Något saknas. Se fälten som är markerade.</source>
        <translation>Something is missing. See the marked fields.</translation>
    </message>
    <message>
        <location filename="../app/models/consentcontroller.cpp" line="191" />
        <source>Du kan inte anteckna samtycken för den här personen här.</source>
        <translation>You cannot note consents for this person here.</translation>
    </message>
    <message>
        <location filename="../app/models/consentcontroller.cpp" line="194" />
        <source>Samtycket gäller inte längre och kan inte återkallas.</source>
        <translation>The consent no longer applies and cannot be revoked.</translation>
    </message>
    <message>
        <location filename="../app/models/consentcontroller.cpp" line="197" />
        <source>Det gick inte att spara. Ingenting sparades. Försök igen.</source>
        <translation>It could not be saved. Nothing was saved. Try again.</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="44" />
        <source>Nytt samtycke</source>
        <translation>New consent</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="46" />
        <source>Vem får ta del av uppgifterna?</source>
        <translation>Who may receive the information?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="64" />
        <source>Mottagare: enheten %1</source>
        <translation>Recipient: the unit %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="73" />
        <source>Annan mottagare</source>
        <translation>Other recipient</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="76" />
        <source>Mottagare: någon annan än en enhet</source>
        <translation>Recipient: someone other than a unit</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="84" />
        <source>Mottagare (namn och roll eller verksamhet)</source>
        <translation>Recipient (name and role or organisation)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="85" />
        <source>Till exempel: sjuksköterskan i kommunens hälso- och sjukvård</source>
        <translation>For example: the nurse in the municipality's health care</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="91" />
        <source>Vilka uppgifter?</source>
        <translation>Which information?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="99" />
        <source>Genomförandeplanen</source>
        <translation>The implementation plan</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="102" />
        <source>Samtycket omfattar genomförandeplanen</source>
        <translation>The consent covers the implementation plan</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="111" />
        <source>Andra uppgifter (frivilligt)</source>
        <translation>Other information (optional)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="111" />
        <source>Vilka uppgifter gäller samtycket?</source>
        <translation>Which information does the consent cover?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="112" />
        <source>Till exempel: journalanteckningar om förändrat hälsotillstånd</source>
        <translation>For example: journal entries about a changed state of health</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="127" />
        <source>Gäller från</source>
        <translation>Applies from</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="128" />
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="138" />
        <source>Gäller till och med</source>
        <translation>Applies up to and including</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="139" />
        <source>ÅÅÅÅ-MM-DD, tomt: tills vidare</source>
        <translation>YYYY-MM-DD, empty: until further notice</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="146" />
        <source>Vem gav samtycket?</source>
        <translation>Who gave the consent?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="147" />
        <source>Den enskilde</source>
        <translation>The resident</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="147" />
        <source>En företrädare</source>
        <translation>A representative</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="166" />
        <source>Företrädarens namn</source>
        <translation>The representative's name</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="166" />
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="175" />
        <source>Företrädarens uppdrag</source>
        <translation>The representative's mandate</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="176" />
        <source>Till exempel: god man enligt beslut från tingsrätten</source>
        <translation>For example: trustee by a decision of the district court</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="182" />
        <source>Hur gavs samtycket?</source>
        <translation>How was the consent given?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="183" />
        <source>Skriftligt</source>
        <translation>In writing</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="183" />
        <source>Muntligt</source>
        <translation>Orally</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="194" />
        <source>Samtycket skrivs också i social journal, med dig som den som antecknade det. Det kan återkallas när som helst.</source>
        <translation>The consent is also written in the social journal, with you as the one who noted it. It can be revoked at any time.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="206" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentForm.qml" line="213" />
        <source>Spara samtycket</source>
        <translation>Save the consent</translation>
    </message>
</context>
<context>
    <name>ConsentListModel</name>
    <message>
        <location filename="../app/models/consentlistmodel.cpp" line="29" />
        <source>%1 gav %2, till %3</source>
        <translation>%1 gave %2, to %3</translation>
    </message>
    <message>
        <location filename="../app/models/consentlistmodel.cpp" line="41" />
        <source>Samtyckena kunde inte läsas.</source>
        <translation>The consents could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/consentlistmodel.cpp" line="52" />
        <source>Genomförandeplanen</source>
        <translation>The implementation plan</translation>
    </message>
    <message>
        <location filename="../app/models/consentlistmodel.cpp" line="58" />
        <source>%1 till och med %2</source>
        <translation>%1 up to and including %2</translation>
    </message>
    <message>
        <location filename="../app/models/consentlistmodel.cpp" line="59" />
        <source>Från %1, tills vidare</source>
        <translation>From %1, until further notice</translation>
    </message>
    <message>
        <location filename="../app/models/consentlistmodel.cpp" line="61" />
        <source>%1, företrädare (%2)</source>
        <translation>%1, representative (%2)</translation>
    </message>
    <message>
        <location filename="../app/models/consentlistmodel.cpp" line="62" />
        <source>%1, den enskilde</source>
        <translation>%1, the resident</translation>
    </message>
    <message>
        <location filename="../app/models/consentlistmodel.cpp" line="65" />
        <source>skriftligt</source>
        <translation>in writing</translation>
    </message>
    <message>
        <location filename="../app/models/consentlistmodel.cpp" line="65" />
        <source>muntligt</source>
        <translation>orally</translation>
    </message>
    <message>
        <location filename="../app/models/consentlistmodel.cpp" line="72" />
        <source>Gäller</source>
        <translation>Applies</translation>
    </message>
    <message>
        <location filename="../app/models/consentlistmodel.cpp" line="76" />
        <source>Gäller från %1</source>
        <translation>Applies from %1</translation>
    </message>
    <message>
        <location filename="../app/models/consentlistmodel.cpp" line="80" />
        <source>Har gått ut</source>
        <translation>Has expired</translation>
    </message>
    <message>
        <location filename="../app/models/consentlistmodel.cpp" line="84" />
        <source>Återkallat %1</source>
        <translation>Revoked %1</translation>
    </message>
    <message>
        <location filename="../app/models/consentlistmodel.cpp" line="90" />
        <source>Antecknat av %1</source>
        <translation>Noted by %1</translation>
    </message>
    <message>
        <location filename="../app/models/consentlistmodel.cpp" line="90" />
        <source>okänd personal</source>
        <translation>unknown staff</translation>
    </message>
</context>
<context>
    <name>ConsentRevokeForm</name>
    <message>
        <location filename="../qml/Akten/Record/ConsentRevokeForm.qml" line="39" />
        <source>Återkalla samtycket</source>
        <translation>Revoke the consent</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentRevokeForm.qml" line="48" />
        <source>Vem återkallade samtycket?</source>
        <translation>Who revoked the consent?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentRevokeForm.qml" line="49" />
        <source>Den enskilde</source>
        <translation>The resident</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentRevokeForm.qml" line="49" />
        <source>En företrädare</source>
        <translation>A representative</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentRevokeForm.qml" line="68" />
        <source>Företrädarens namn</source>
        <translation>The representative's name</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentRevokeForm.qml" line="68" />
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentRevokeForm.qml" line="77" />
        <source>Företrädarens uppdrag</source>
        <translation>The representative's mandate</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentRevokeForm.qml" line="83" />
        <source>Hur återkallades samtycket?</source>
        <translation>How was the consent revoked?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentRevokeForm.qml" line="84" />
        <source>Skriftligt</source>
        <translation>In writing</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentRevokeForm.qml" line="84" />
        <source>Muntligt</source>
        <translation>Orally</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentRevokeForm.qml" line="100" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentRevokeForm.qml" line="107" />
        <source>Spara återkallelsen</source>
        <translation>Save the revocation</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../qml/Akten/Record/ConsentSection.qml" line="38" />
        <location filename="../qml/Akten/Record/ConsentSection.qml" line="56" />
        <source>Samtycken</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentSection.qml" line="60" />
        <source>Nytt samtycke</source>
        <translation>New consent</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentSection.qml" line="61" />
        <source>Anteckna ett nytt samtycke</source>
        <translation>Note a new consent</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentSection.qml" line="68" />
        <source>Samtycke till att uppgifter lämnas ut. Ett samtycke gäller för den mottagare, de uppgifter och den tid som står, och kan återkallas när som helst.</source>
        <translation>Consent to release information. A consent applies to the recipient, the information and the period stated, and can be revoked at any time.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ConsentSection.qml" line="91" />
        <source>Inga samtycken antecknade.</source>
        <translation>No consents noted.</translation>
    </message>
</context>
<context>
    <name>CorrectionSheet</name>
    <message>
        <location filename="../qml/Akten/Record/CorrectionSheet.qml" line="51" />
        <source>Den enskilde invänder</source>
        <translation>The resident objects</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CorrectionSheet.qml" line="51" />
        <source>Rätta anteckningen</source>
        <translation>Correct the note</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CorrectionSheet.qml" line="55" />
        <source>Skriv vad den enskilde invänder, med den enskildes egna ord om det går.</source>
        <translation>Write what the resident objects to, in their own words if possible.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CorrectionSheet.qml" line="56" />
        <source>Det ursprungliga står kvar, överstruket, med vem som rättade och varför.</source>
        <translation>The original stays, struck through, with who corrected it and why.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CorrectionSheet.qml" line="67" />
        <source>Invändningen</source>
        <translation>The objection</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CorrectionSheet.qml" line="67" />
        <source>Rättad text</source>
        <translation>Corrected text</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CorrectionSheet.qml" line="85" />
        <location filename="../qml/Akten/Record/CorrectionSheet.qml" line="96" />
        <source>Varför rättas den?</source>
        <translation>Why is it corrected?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CorrectionSheet.qml" line="95" />
        <source>Till exempel: Fel tid angavs.</source>
        <translation>For example: The wrong time was given.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CorrectionSheet.qml" line="124" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CorrectionSheet.qml" line="131" />
        <source>Spara invändningen</source>
        <translation>Save the objection</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CorrectionSheet.qml" line="131" />
        <source>Spara rättelsen</source>
        <translation>Save the correction</translation>
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
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="21" />
        <source>Försättsblad</source>
        <translation>Cover sheet</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="46" />
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="54" />
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="55" />
        <source>Ålder</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="56" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="57" />
        <source>Rum eller lägenhet</source>
        <translation>Room or flat</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="58" />
        <source>Inflyttad</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="59" />
        <source>Ställföreträdare</source>
        <translation>Legal representative (ställföreträdare)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="60" />
        <source>Kontaktman</source>
        <translation>Contact person (kontaktman)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="69" />
        <source>Enhetens uppgifter</source>
        <translation>The unit's details</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="75" />
        <source>Ändra försättsbladet</source>
        <translation>Change the cover sheet</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="82" />
        <source>Enhetens uppgifter är inte ifyllda ännu.</source>
        <translation>The unit's details are not filled in yet.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="88" />
        <source>Dölj tidigare versioner</source>
        <translation>Hide earlier versions</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/CoverSheetSection.qml" line="89" />
        <source>Visa tidigare versioner (%1)</source>
        <translation>Show earlier versions (%1)</translation>
    </message>
</context>
<context>
    <name>DayNoteCard</name>
    <message>
        <location filename="../qml/Akten/Journal/DayNoteCard.qml" line="29" />
        <source>Daganteckning om %1, %2</source>
        <translation>Day note about %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/DayNoteCard.qml" line="53" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/DayNoteCard.qml" line="81" />
        <source>Inget att flytta</source>
        <translation>Nothing to move</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/DayNoteCard.qml" line="82" />
        <source>Inget att flytta från anteckningen om %1</source>
        <translation>Nothing to move from the note about %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/DayNoteCard.qml" line="90" />
        <source>Flytta till journalen</source>
        <translation>Move to the journal</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/DayNoteCard.qml" line="91" />
        <source>Flytta anteckningen om %1 till journalen</source>
        <translation>Move the note about %1 to the journal</translation>
    </message>
</context>
<context>
    <name>DayNoteForm</name>
    <message>
        <location filename="../qml/Akten/Journal/DayNoteForm.qml" line="27" />
        <source>Skriv en daganteckning</source>
        <translation>Write a day note</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/DayNoteForm.qml" line="34" />
        <source>För överlämning till kollegorna. Raderas efter 90 dagar. Det som ska finnas kvar skriver du i journalen.</source>
        <translation>For handover to colleagues. Deleted after 90 days. Write what must be kept in the journal.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/DayNoteForm.qml" line="48" />
        <source>Vem gäller anteckningen?</source>
        <translation>Who is the note about?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/DayNoteForm.qml" line="57" />
        <source>Vad ska kollegorna veta?</source>
        <translation>What should your colleagues know?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/DayNoteForm.qml" line="60" />
        <source>Daganteckning</source>
        <translation>Day note</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/DayNoteForm.qml" line="88" />
        <source>%1 av %2 tecken</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/DayNoteForm.qml" line="95" />
        <source>Spara daganteckning</source>
        <translation>Save day note</translation>
    </message>
</context>
<context>
    <name>DayNoteListModel</name>
    <message>
        <location filename="../app/models/daynotelistmodel.cpp" line="30" />
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../app/models/daynotelistmodel.cpp" line="32" />
        <source>Flyttad till journalen av %1</source>
        <translation>Moved to the journal by %1</translation>
    </message>
    <message>
        <location filename="../app/models/daynotelistmodel.cpp" line="33" />
        <source>Granskad av %1: inget att flytta</source>
        <translation>Reviewed by %1: nothing to move</translation>
    </message>
    <message>
        <location filename="../app/models/daynotelistmodel.cpp" line="41" />
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location filename="../app/models/daynotelistmodel.cpp" line="47" />
        <source>Anteckningen gäller en boende med skyddad identitet. Den läses i den boendes akt.</source>
        <translation>The note is about a resident with a protected identity. It is read in the resident's record.</translation>
    </message>
    <message>
        <location filename="../app/models/daynotelistmodel.cpp" line="51" />
        <source>Raderas i dag</source>
        <translation>Deleted today</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/daynotelistmodel.cpp" line="51" />
        <source>Raderas om %n dagar</source>
        <translation><numerusform>Deleted in %n day</numerusform><numerusform>Deleted in %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>DayNotesController</name>
    <message>
        <location filename="../app/models/daynotescontroller.cpp" line="59" />
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location filename="../app/models/daynotescontroller.cpp" line="77" />
        <source>Det gick inte att logga läsningen, så daganteckningarna visas inte.</source>
        <translation>The reading could not be logged, so the day notes are not shown.</translation>
    </message>
    <message>
        <location filename="../app/models/daynotescontroller.cpp" line="84" />
        <source>Daganteckningarna kunde inte läsas.</source>
        <translation>The day notes could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/daynotescontroller.cpp" line="107" />
        <source>Välj vem anteckningen gäller.</source>
        <translation>Choose who the note is about.</translation>
    </message>
    <message>
        <location filename="../app/models/daynotescontroller.cpp" line="115" />
        <source>Skriv anteckningen.</source>
        <translation>Write the note.</translation>
    </message>
    <message>
        <location filename="../app/models/daynotescontroller.cpp" line="118" />
        <source>Anteckningen är för lång. Skriv högst %1 tecken.</source>
        <translation>The note is too long. Write at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../app/models/daynotescontroller.cpp" line="121" />
        <source>Du kan bara skriva om boende på din enhet.</source>
        <translation>You can only write about residents of your unit.</translation>
    </message>
    <message>
        <location filename="../app/models/daynotescontroller.cpp" line="126" />
        <source>Ärendet är avslutat, så akten kan bara läsas. Ingenting sparades.</source>
        <translation>The case is closed, so the record can only be read. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../app/models/daynotescontroller.cpp" line="129" />
        <source>Det gick inte att spara, och ingenting sparades.</source>
        <translation>It could not be saved, and nothing was saved.</translation>
    </message>
    <message>
        <location filename="../app/models/daynotescontroller.cpp" line="142" />
        <source>Det gick inte att spara granskningen.</source>
        <translation>The review could not be saved.</translation>
    </message>
    <message>
        <location filename="../app/models/daynotescontroller.cpp" line="151" />
        <source>Det gick inte att flytta anteckningen.</source>
        <translation>The note could not be moved.</translation>
    </message>
    <message>
        <location filename="../app/models/daynotescontroller.cpp" line="160" />
        <source>Någon har redan granskat anteckningen.</source>
        <translation>Someone has already reviewed the note.</translation>
    </message>
</context>
<context>
    <name>DayNotesPage</name>
    <message>
        <location filename="../qml/Akten/Journal/DayNotesPage.qml" line="41" />
        <source>Att granska: raderas snart (%1)</source>
        <translation>To review: deleted soon (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/DayNotesPage.qml" line="42" />
        <source>Att granska</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/DayNotesPage.qml" line="73" />
        <source>Inga daganteckningar att granska.</source>
        <translation>No day notes to review.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/DayNotesPage.qml" line="84" />
        <source>Överlämning</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/DayNotesPage.qml" line="107" />
        <source>Inga daganteckningar.</source>
        <translation>No day notes.</translation>
    </message>
</context>
<context>
    <name>DayNotesSection</name>
    <message>
        <location filename="../qml/Akten/Record/DayNotesSection.qml" line="22" />
        <source>Daganteckningar</source>
        <translation>Day notes</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DayNotesSection.qml" line="59" />
        <source>Inga daganteckningar.</source>
        <translation>No day notes.</translation>
    </message>
</context>
<context>
    <name>DeadlineDelegate</name>
    <message>
        <location filename="../qml/Akten/Residents/DeadlineDelegate.qml" line="27" />
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/DeadlineDelegate.qml" line="55" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/DeadlineDelegate.qml" line="71" />
        <source>Din boende</source>
        <translation>Your resident</translation>
    </message>
</context>
<context>
    <name>DeadlineListModel</name>
    <message>
        <location filename="../app/models/deadlinelistmodel.cpp" line="45" />
        <source>en boendes</source>
        <translation>a resident's</translation>
    </message>
    <message>
        <location filename="../app/models/deadlinelistmodel.cpp" line="50" />
        <source>Försenad: skulle vara klar %1</source>
        <translation>Overdue: was due %1</translation>
    </message>
    <message>
        <location filename="../app/models/deadlinelistmodel.cpp" line="51" />
        <source>%1 genomförandeplan skulle vara klar %2</source>
        <translation>%1 implementation plan was due %2</translation>
    </message>
    <message>
        <location filename="../app/models/deadlinelistmodel.cpp" line="52" />
        <source>Uppföljningen av %1 plan skulle vara klar %2</source>
        <translation>The follow-up of %1 plan was due %2</translation>
    </message>
    <message>
        <location filename="../app/models/deadlinelistmodel.cpp" line="54" />
        <source>Senast i dag</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../app/models/deadlinelistmodel.cpp" line="55" />
        <source>Senast %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location filename="../app/models/deadlinelistmodel.cpp" line="56" />
        <source>%1 genomförandeplan ska vara klar senast %2</source>
        <translation>%1 implementation plan is due %2</translation>
    </message>
    <message>
        <location filename="../app/models/deadlinelistmodel.cpp" line="57" />
        <source>Uppföljning av %1 plan senast %2</source>
        <translation>Follow-up of %1 plan due %2</translation>
    </message>
    <message>
        <location filename="../app/models/deadlinelistmodel.cpp" line="63" />
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location filename="../app/models/deadlinelistmodel.cpp" line="65" />
        <source>Genomförandeplan ska upprättas</source>
        <translation>Implementation plan to be drawn up</translation>
    </message>
    <message>
        <location filename="../app/models/deadlinelistmodel.cpp" line="65" />
        <source>Uppföljning av planen</source>
        <translation>Follow-up of the plan</translation>
    </message>
</context>
<context>
    <name>DecisionListModel</name>
    <message>
        <location filename="../app/models/decisionlistmodel.cpp" line="26" />
        <source>Besluten kunde inte läsas.</source>
        <translation>The decisions could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/decisionlistmodel.cpp" line="35" />
        <source>%1 till %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../app/models/decisionlistmodel.cpp" line="36" />
        <source>från %1, tills vidare</source>
        <translation>from %1, until further notice</translation>
    </message>
</context>
<context>
    <name>DecisionsSection</name>
    <message>
        <location filename="../qml/Akten/Record/DecisionsSection.qml" line="18" />
        <source>Beslut och insatser</source>
        <translation>Decisions and insatser</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DecisionsSection.qml" line="38" />
        <source>Beslut enligt %1</source>
        <translation>Decision under %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DecisionsSection.qml" line="39" />
        <source>Beviljade insatser</source>
        <translation>Granted insatser</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DecisionsSection.qml" line="40" />
        <source>Beslutat av</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DecisionsSection.qml" line="40" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DecisionsSection.qml" line="41" />
        <source>Giltighet</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DecisionsSection.qml" line="42" />
        <source>Mål från handläggaren</source>
        <translation>Goals from the case officer</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DecisionsSection.qml" line="43" />
        <source>Uppdrag till utföraren</source>
        <translation>Assignment to the provider</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DecisionsSection.qml" line="54" />
        <source>Inga beslut registrerade.</source>
        <translation>No decisions recorded.</translation>
    </message>
</context>
<context>
    <name>DemoBadges</name>
    <message>
        <location filename="../qml/Akten/Login/DemoBadges.qml" line="25" />
        <source>Demo: tryck på en bricka för att blippa den (koden står under namnet)</source>
        <translation>Demo: press a badge to tap it (the PIN is under the name)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/DemoBadges.qml" line="48" />
        <source>Blippa demobrickan för %1</source>
        <translation>Tap the demo badge of %1</translation>
    </message>
</context>
<context>
    <name>DeviceAlarmCard</name>
    <message>
        <location filename="../qml/Akten/Admin/DeviceAlarmCard.qml" line="51" />
        <source>Öppet</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/DeviceAlarmCard.qml" line="51" />
        <source>Avgjort</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/DeviceAlarmCard.qml" line="72" />
        <source>Surfplattans id: %1</source>
        <translation>Tablet id: %1</translation>
    </message>
</context>
<context>
    <name>DeviceAlarmListModel</name>
    <message>
        <location filename="../app/models/devicealarmlistmodel.cpp" line="19" />
        <source>En logghändelse har ändrats efter att den skrevs.</source>
        <translation>An audit event was changed after it was written.</translation>
    </message>
    <message>
        <location filename="../app/models/devicealarmlistmodel.cpp" line="22" />
        <source>En logghändelse går inte att läsa som den skrevs.</source>
        <translation>An audit event cannot be read as it was written.</translation>
    </message>
    <message>
        <location filename="../app/models/devicealarmlistmodel.cpp" line="24" />
        <source>Loggen stämmer inte med sin kontrollsumma.</source>
        <translation>The log does not match its checksum.</translation>
    </message>
    <message>
        <location filename="../app/models/devicealarmlistmodel.cpp" line="63" />
        <source>Larmen från centralen kunde inte läsas.</source>
        <translation>The alarms from the central store could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/devicealarmlistmodel.cpp" line="69" />
        <source>Senast hämtat från centralen %1</source>
        <translation>Last fetched from the central store %1</translation>
    </message>
    <message>
        <location filename="../app/models/devicealarmlistmodel.cpp" line="70" />
        <source>Inget hämtat från centralen ännu</source>
        <translation>Nothing fetched from the central store yet</translation>
    </message>
    <message>
        <location filename="../app/models/devicealarmlistmodel.cpp" line="85" />
        <source>Avgjort %1: surfplattan är spärrad.</source>
        <translation>Decided %1: the tablet is revoked.</translation>
    </message>
    <message>
        <location filename="../app/models/devicealarmlistmodel.cpp" line="86" />
        <source>Avgjort %1: uppladdningarna tas emot igen.</source>
        <translation>Decided %1: its uploads are accepted again.</translation>
    </message>
    <message>
        <location filename="../app/models/devicealarmlistmodel.cpp" line="89" />
        <source>Larm: loggen från surfplatta %1 har ändrats</source>
        <translation>Alarm: the log from tablet %1 has been altered</translation>
    </message>
    <message>
        <location filename="../app/models/devicealarmlistmodel.cpp" line="90" />
        <source>Avgjort larm: surfplatta %1</source>
        <translation>Decided alarm: tablet %1</translation>
    </message>
    <message>
        <location filename="../app/models/devicealarmlistmodel.cpp" line="91" />
        <source>Upptäckt %1</source>
        <translation>Detected %1</translation>
    </message>
    <message>
        <location filename="../app/models/devicealarmlistmodel.cpp" line="94" />
        <source>Kontakta SAS. Surfplattans uppladdningar är stoppade tills larmet är avgjort.</source>
        <translation>Contact the SAS. The tablet's uploads are stopped until the alarm is decided.</translation>
    </message>
</context>
<context>
    <name>DocumentCard</name>
    <message>
        <location filename="../qml/Akten/Record/DocumentCard.qml" line="90" />
        <source>Två versioner sparades samtidigt på olika plattor. Båda visas här, den nyaste först. Spara en ny version för att föra ihop dem.</source>
        <translation>Two versions were saved at the same time on different tablets. Both are shown here, the newest first. Save a new version to bring them together.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DocumentCard.qml" line="127" />
        <location filename="../qml/Akten/Record/DocumentCard.qml" line="135" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentField</name>
    <message>
        <location filename="../qml/Akten/Record/DocumentField.qml" line="46" />
        <source>år-månad-dag, till exempel %1</source>
        <translation>year-month-day, for example %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DocumentField.qml" line="47" />
        <source>timmar:minuter, till exempel 14:30</source>
        <translation>hours:minutes, for example 14:30</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DocumentField.qml" line="57" />
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DocumentField.qml" line="59" />
        <source>%1: i dag</source>
        <translation>%1: today</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DocumentField.qml" line="95" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../app/models/documentform.cpp" line="160" />
        <source>Något saknas eller är fel. Se det som är markerat.</source>
        <translation>Something is missing or wrong. See what is marked.</translation>
    </message>
    <message>
        <location filename="../app/models/documentform.cpp" line="220" />
        <source>Du kan inte spara den här handlingen för den här personen.</source>
        <translation>You cannot save this document for this person.</translation>
    </message>
    <message>
        <location filename="../app/models/documentform.cpp" line="223" />
        <source>Någon annan har sparat en ny version under tiden. Avbryt och öppna den nya versionen.</source>
        <translation>Someone else has saved a new version in the meantime. Cancel and open the new version.</translation>
    </message>
    <message>
        <location filename="../app/models/documentform.cpp" line="226" />
        <source>Det gick inte att spara. Inget sparades. Försök igen eller kontakta enhetschefen.</source>
        <translation>It could not be saved. Nothing was saved. Try again or contact the unit manager.</translation>
    </message>
</context>
<context>
    <name>DocumentFormOverlay</name>
    <message>
        <location filename="../qml/Akten/Record/DocumentFormOverlay.qml" line="40" />
        <source>Steg %1 av %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DocumentFormOverlay.qml" line="101" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DocumentFormOverlay.qml" line="108" />
        <source>Tillbaka</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DocumentFormOverlay.qml" line="116" />
        <source>Nästa</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DocumentFormOverlay.qml" line="126" />
        <source>Spara</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../app/models/documentlistmodel.cpp" line="31" />
        <source>Handlingarna kunde inte läsas.</source>
        <translation>The documents could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/documentlistmodel.cpp" line="38" />
        <location filename="../app/models/documentlistmodel.cpp" line="48" />
        <source>Inkommen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../app/models/documentlistmodel.cpp" line="38" />
        <location filename="../app/models/documentlistmodel.cpp" line="48" />
        <source>Upprättad</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../app/models/documentlistmodel.cpp" line="47" />
        <source>Från %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <location filename="../app/models/documentlistmodel.cpp" line="47" />
        <source>Till %1</source>
        <translation>To %1</translation>
    </message>
    <message>
        <location filename="../app/models/documentlistmodel.cpp" line="50" />
        <source>Registrerad av %1</source>
        <translation>Registered by %1</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../qml/Akten/Record/DocumentsSection.qml" line="24" />
        <source>Registrera handling</source>
        <translation>Register a document</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DocumentsSection.qml" line="37" />
        <source>Handlingar</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DocumentsSection.qml" line="49" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/DocumentsSection.qml" line="77" />
        <source>Inga handlingar registrerade.</source>
        <translation>No documents registered.</translation>
    </message>
</context>
<context>
    <name>EasyReadModel</name>
    <message>
        <location filename="../app/models/easyreadmodel.cpp" line="63" />
        <source>Planen kan inte visas.</source>
        <translation>The plan cannot be shown.</translation>
    </message>
    <message>
        <location filename="../app/models/easyreadmodel.cpp" line="75" />
        <source>Det finns ingen fastställd plan att visa.</source>
        <translation>There is no set plan to show.</translation>
    </message>
    <message>
        <location filename="../app/models/easyreadmodel.cpp" line="83" />
        <source>Planen kan inte visas eftersom åtkomsten inte kunde loggas.</source>
        <translation>The plan cannot be shown because the access could not be logged.</translation>
    </message>
    <message>
        <location filename="../app/models/easyreadmodel.cpp" line="101" />
        <source>Din plan</source>
        <translation>Your plan</translation>
    </message>
    <message>
        <location filename="../app/models/easyreadmodel.cpp" line="101" />
        <source>%1 plan</source>
        <translation>%1 plan</translation>
    </message>
    <message>
        <location filename="../app/models/easyreadmodel.cpp" line="102" />
        <source>Så här får du stöd. Planen gäller från %1.</source>
        <translation>This is how you get support. The plan applies from %1.</translation>
    </message>
    <message>
        <location filename="../app/models/easyreadmodel.cpp" line="117" />
        <source>Planen skrivs ut av den boendes kontaktman eller enhetschefen.</source>
        <translation>The plan is printed by the resident's contact person or the unit manager.</translation>
    </message>
    <message>
        <location filename="../app/models/easyreadmodel.cpp" line="125" />
        <source>Exportmappen kunde inte skapas.</source>
        <translation>The export folder could not be created.</translation>
    </message>
    <message>
        <location filename="../app/models/easyreadmodel.cpp" line="122" />
        <location filename="../app/models/easyreadmodel.cpp" line="142" />
        <source>Planen kunde inte skrivas ut.</source>
        <translation>The plan could not be printed.</translation>
    </message>
    <message>
        <location filename="../app/models/easyreadmodel.cpp" line="144" />
        <source>Utskriften är sparad i exportmappen.</source>
        <translation>The printout is saved in the export folder.</translation>
    </message>
</context>
<context>
    <name>EasyReadPage</name>
    <message>
        <location filename="../qml/Akten/Record/EasyReadPage.qml" line="38" />
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/EasyReadPage.qml" line="40" />
        <source>Skriv ut planen i lättläst form</source>
        <translation>Print the plan in easy-read form</translation>
    </message>
</context>
<context>
    <name>EnrolmentController</name>
    <message>
        <location filename="../app/models/enrolmentcontroller.cpp" line="133" />
        <source>Ny kod sparad för %1.</source>
        <translation>New PIN saved for %1.</translation>
    </message>
    <message>
        <location filename="../app/models/enrolmentcontroller.cpp" line="134" />
        <source>Brickan är registrerad för %1.</source>
        <translation>The badge is enrolled for %1.</translation>
    </message>
    <message>
        <location filename="../app/models/enrolmentcontroller.cpp" line="137" />
        <source>Brickan är redan registrerad. Inget har ändrats.</source>
        <translation>The badge is already enrolled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../app/models/enrolmentcontroller.cpp" line="138" />
        <source>Det gick inte att spara. Inget har ändrats.</source>
        <translation>Could not save. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../app/models/enrolmentcontroller.cpp" line="162" />
        <source>Brickan är låst tills du låser upp den.</source>
        <translation>The badge is locked until you unlock it.</translation>
    </message>
    <message>
        <location filename="../app/models/enrolmentcontroller.cpp" line="162" />
        <source>Brickan kunde inte låsas.</source>
        <translation>The badge could not be locked.</translation>
    </message>
    <message>
        <location filename="../app/models/enrolmentcontroller.cpp" line="170" />
        <source>Brickan är upplåst.</source>
        <translation>The badge is unlocked.</translation>
    </message>
    <message>
        <location filename="../app/models/enrolmentcontroller.cpp" line="170" />
        <source>Brickan kunde inte låsas upp.</source>
        <translation>The badge could not be unlocked.</translation>
    </message>
    <message>
        <location filename="../app/models/enrolmentcontroller.cpp" line="178" />
        <source>Brickan är spärrad. Den kan inte användas igen.</source>
        <translation>The badge is revoked. It cannot be used again.</translation>
    </message>
    <message>
        <location filename="../app/models/enrolmentcontroller.cpp" line="178" />
        <source>Brickan kunde inte spärras.</source>
        <translation>The badge could not be revoked.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <location filename="../qml/Akten/Admin/EnrolmentPage.qml" line="21" />
        <location filename="../qml/Akten/Admin/EnrolmentPage.qml" line="34" />
        <source>Brickor</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/EnrolmentPage.qml" line="89" />
        <source>Ny bricka</source>
        <translation>New badge</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/EnrolmentPage.qml" line="98" />
        <source>Lås</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/EnrolmentPage.qml" line="107" />
        <source>Lås upp</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/EnrolmentPage.qml" line="114" />
        <source>Ny kod</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/EnrolmentPage.qml" line="122" />
        <source>Spärra</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/EnrolmentPage.qml" line="146" />
        <source>Blippa den nya brickan för %1 på läsaren.</source>
        <translation>Tap %1's new badge on the reader.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/EnrolmentPage.qml" line="147" />
        <source>%1 väljer en kod med minst sex siffror.</source>
        <translation>%1 chooses a PIN of at least six digits.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/EnrolmentPage.qml" line="148" />
        <source>%1 anger samma kod igen.</source>
        <translation>%1 enters the same PIN again.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/EnrolmentPage.qml" line="149" />
        <source>Välj en person till vänster.</source>
        <translation>Choose a person on the left.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/EnrolmentPage.qml" line="170" />
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/EnrolmentPage.qml" line="178" />
        <source>Demo: blippa en ny bricka</source>
        <translation>Demo: tap a new badge</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/EnrolmentPage.qml" line="187" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FallsSection</name>
    <message>
        <location filename="../qml/Akten/Record/FallsSection.qml" line="19" />
        <source>Fall</source>
        <translation>Falls</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FallsSection.qml" line="30" />
        <source>Skriv fallrapport</source>
        <translation>Write a fall report</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FallsSection.qml" line="36" />
        <source>Gå igenom checklistan mot fall</source>
        <translation>Go through the fall checklist</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FallsSection.qml" line="43" />
        <source>Fallrapporter</source>
        <translation>Fall reports</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FallsSection.qml" line="48" />
        <source>Inga fallrapporter.</source>
        <translation>No fall reports.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FallsSection.qml" line="52" />
        <source>Checklistor för förebyggande av fallolyckor</source>
        <translation>Fall-prevention checklists</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FallsSection.qml" line="58" />
        <source>Ingen checklista är genomgången.</source>
        <translation>No checklist has been gone through.</translation>
    </message>
</context>
<context>
    <name>FollowUpController</name>
    <message>
        <location filename="../app/models/followupcontroller.cpp" line="76" />
        <source>Planen kan följas upp av den boendes kontaktman eller enhetschefen, när en fastställd plan finns och inga versioner står i konflikt.</source>
        <translation>The plan can be followed up by the resident's contact person or the unit manager, when a set plan exists and no versions are in conflict.</translation>
    </message>
    <message>
        <location filename="../app/models/followupcontroller.cpp" line="99" />
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location filename="../app/models/followupcontroller.cpp" line="174" />
        <source>Välj om målet är uppnått, delvis uppnått eller ej uppnått.</source>
        <translation>Choose whether the goal is achieved, partly achieved or not achieved.</translation>
    </message>
    <message>
        <location filename="../app/models/followupcontroller.cpp" line="180" />
        <source>Något saknas. Det står vid frågan. Inget är sparat.</source>
        <translation>Something is missing. It is shown at the question. Nothing is saved.</translation>
    </message>
    <message>
        <location filename="../app/models/followupcontroller.cpp" line="181" />
        <source>Uppföljningen kunde inte sparas. Inget är sparat.</source>
        <translation>The follow-up could not be saved. Nothing is saved.</translation>
    </message>
</context>
<context>
    <name>FollowUpGoalCard</name>
    <message>
        <location filename="../qml/Akten/Record/FollowUpGoalCard.qml" line="43" />
        <source>Mål: %1</source>
        <translation>Goal: %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpGoalCard.qml" line="44" />
        <source>Uppnått</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpGoalCard.qml" line="44" />
        <source>Delvis uppnått</source>
        <translation>Partly achieved</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpGoalCard.qml" line="44" />
        <source>Ej uppnått</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpGoalCard.qml" line="53" />
        <source>Kommentar (valfritt)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpGoalCard.qml" line="55" />
        <source>Kommentar till målet %1</source>
        <translation>Comment on the goal %1</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="22" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="22" />
        <source>Delvis</source>
        <translation>Partly</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="22" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="22" />
        <source>Vill inte svara</source>
        <translation>Does not want to answer</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="30" />
        <source>Uppföljning av genomförandeplanen</source>
        <translation>Follow-up of the genomförandeplan</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="52" />
        <source>Uppföljning av planen: %1</source>
        <translation>Follow-up of the plan: %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="56" />
        <source>Gör uppföljningen tillsammans med den boende. Hur har det gått med varje mål?</source>
        <translation>Do the follow-up together with the resident. How has each goal gone?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="80" />
        <source>Fråga den boende</source>
        <translation>Ask the resident</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="84" />
        <source>Hjälper stödet dig?</source>
        <translation>Does the support help you?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="93" />
        <source>Blir livet bättre?</source>
        <translation>Is life getting better?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="102" />
        <source>Är du nöjd?</source>
        <translation>Are you satisfied?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="123" />
        <source>Vad händer nu?</source>
        <translation>What happens now?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="124" />
        <source>Fortsätt som nu</source>
        <translation>Continue as now</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="124" />
        <source>Revidera planen</source>
        <translation>Revise the plan</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="124" />
        <source>Kontakta handläggaren</source>
        <translation>Contact the case officer</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="132" />
        <source>Beslutet att revidera sparas med uppföljningen. Planen revideras sedan i planen.</source>
        <translation>The decision to revise is saved with the follow-up. The plan is then revised in the plan.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="141" />
        <source>Varför ska handläggaren kontaktas?</source>
        <translation>Why should the case officer be contacted?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="142" />
        <source>Behöver mer stöd</source>
        <translation>Needs more support</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="142" />
        <source>Behöver mindre stöd</source>
        <translation>Needs less support</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="142" />
        <source>Behovet har upphört</source>
        <translation>The need has ended</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="168" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="170" />
        <source>Avbryt uppföljningen utan att spara</source>
        <translation>Cancel the follow-up without saving</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/FollowUpPage.qml" line="179" />
        <source>Spara uppföljningen</source>
        <translation>Save the follow-up</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Akten/Shell/HomePage.qml" line="74" />
        <source>Nu (%1)</source>
        <translation>Now (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/HomePage.qml" line="74" />
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Akten/Shell/HomePage.qml" line="75" />
        <source>Nu: %n insatser att signera</source>
        <translation><numerusform>Now: %n insatser to sign</numerusform><numerusform>Now: %n insatser to sign</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/HomePage.qml" line="83" />
        <source>Boende</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/HomePage.qml" line="91" />
        <source>Tavla</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/HomePage.qml" line="92" />
        <source>Tavlan: enhetens dag</source>
        <translation>The board: the unit's day</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/HomePage.qml" line="104" />
        <source>Daganteckningar (%1)</source>
        <translation>Day notes (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/HomePage.qml" line="104" />
        <source>Daganteckningar</source>
        <translation>Day notes</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Akten/Shell/HomePage.qml" line="105" />
        <source>Daganteckningar: %n att granska</source>
        <translation><numerusform>Day notes: %n to review</numerusform><numerusform>Day notes: %n to review</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/HomePage.qml" line="118" />
        <source>Planer (%1)</source>
        <translation>Plans (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/HomePage.qml" line="118" />
        <source>Planer</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/HomePage.qml" line="119" />
        <source>Planer, försenade: %1</source>
        <translation>Plans, overdue: %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/HomePage.qml" line="139" />
        <source>Dina insatser</source>
        <translation>Your insatser</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/HomePage.qml" line="196" />
        <source>Loggar ut om %1 s</source>
        <translation>Logging out in %1 s</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/HomePage.qml" line="206" />
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/HomePage.qml" line="207" />
        <source>Klar: logga ut</source>
        <translation>Done: log out</translation>
    </message>
</context>
<context>
    <name>JournalCopyController</name>
    <message>
        <location filename="../app/models/journalcopycontroller.cpp" line="59" />
        <source>Kopior av journalen görs av enhetschefen.</source>
        <translation>Copies of the journal are made by the unit manager.</translation>
    </message>
    <message>
        <location filename="../app/models/journalcopycontroller.cpp" line="65" />
        <source>Den boende finns inte på din enhet.</source>
        <translation>The resident is not in your unit.</translation>
    </message>
    <message>
        <location filename="../app/models/journalcopycontroller.cpp" line="69" />
        <source>Skriv datumen som ÅÅÅÅ-MM-DD, till exempel 2026-10-01.</source>
        <translation>Write the dates as YYYY-MM-DD, for example 2026-10-01.</translation>
    </message>
    <message>
        <location filename="../app/models/journalcopycontroller.cpp" line="72" />
        <source>Perioden slutar före den börjar.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <location filename="../app/models/journalcopycontroller.cpp" line="79" />
        <source>Journalen kunde inte läsas.</source>
        <translation>The journal could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/journalcopycontroller.cpp" line="82" />
        <source>Exportmappen kunde inte skapas.</source>
        <translation>The export folder could not be created.</translation>
    </message>
    <message>
        <location filename="../app/models/journalcopycontroller.cpp" line="93" />
        <source>Kopian kunde inte sparas. Ingenting skrevs.</source>
        <translation>The copy could not be saved. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../app/models/journalcopycontroller.cpp" line="96" />
        <source>Kopian (1 sida) är sparad i exportmappen som %1.</source>
        <translation>The copy (1 page) is saved in the export folder as %1.</translation>
    </message>
    <message>
        <location filename="../app/models/journalcopycontroller.cpp" line="97" />
        <source>Kopian (%1 sidor) är sparad i exportmappen som %2.</source>
        <translation>The copy (%1 pages) is saved in the export folder as %2.</translation>
    </message>
</context>
<context>
    <name>JournalCopySheet</name>
    <message>
        <location filename="../qml/Akten/Record/JournalCopySheet.qml" line="33" />
        <source>Kopia av journalen</source>
        <translation>Copy of the journal</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/JournalCopySheet.qml" line="37" />
        <source>Lämna datumen tomma för hela journalen. Rättelser och den enskildes invändningar kommer med.</source>
        <translation>Leave the dates empty for the whole journal. Corrections and the resident's objections are included.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/JournalCopySheet.qml" line="48" />
        <location filename="../qml/Akten/Record/JournalCopySheet.qml" line="56" />
        <source>Från och med</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/JournalCopySheet.qml" line="49" />
        <location filename="../qml/Akten/Record/JournalCopySheet.qml" line="66" />
        <source>Till och med</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/JournalCopySheet.qml" line="53" />
        <location filename="../qml/Akten/Record/JournalCopySheet.qml" line="63" />
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/JournalCopySheet.qml" line="85" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/JournalCopySheet.qml" line="92" />
        <source>Skapa kopian</source>
        <translation>Make the copy</translation>
    </message>
</context>
<context>
    <name>JournalCorrectionController</name>
    <message>
        <location filename="../app/models/journalcorrectioncontroller.cpp" line="47" />
        <source>Skriv varför.</source>
        <translation>Write why.</translation>
    </message>
    <message>
        <location filename="../app/models/journalcorrectioncontroller.cpp" line="49" />
        <source>Texten är för lång.</source>
        <translation>The text is too long.</translation>
    </message>
    <message>
        <location filename="../app/models/journalcorrectioncontroller.cpp" line="49" />
        <source>Skriv texten.</source>
        <translation>Write the text.</translation>
    </message>
    <message>
        <location filename="../app/models/journalcorrectioncontroller.cpp" line="51" />
        <source>Den boende finns inte bland dina boende.</source>
        <translation>The resident is not one of your residents.</translation>
    </message>
    <message>
        <location filename="../app/models/journalcorrectioncontroller.cpp" line="56" />
        <source>Bara den som skrev anteckningen eller enhetschefen kan rätta den.</source>
        <translation>Only the writer of the note or the unit manager can correct it.</translation>
    </message>
    <message>
        <location filename="../app/models/journalcorrectioncontroller.cpp" line="59" />
        <source>Anteckningen finns inte.</source>
        <translation>The note does not exist.</translation>
    </message>
    <message>
        <location filename="../app/models/journalcorrectioncontroller.cpp" line="63" />
        <source>Det gick inte att spara, och ingenting sparades. Försök igen.</source>
        <translation>Saving failed, and nothing was saved. Try again.</translation>
    </message>
</context>
<context>
    <name>JournalEntryCard</name>
    <message>
        <location filename="../qml/Akten/Record/JournalEntryCard.qml" line="33" />
        <source>Anteckning %1, %2</source>
        <translation>Entry %1, %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/JournalEntryCard.qml" line="52" />
        <source>Rättad</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/JournalEntryCard.qml" line="127" />
        <source>Den enskilde invänder</source>
        <translation>The resident objects</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/JournalEntryCard.qml" line="135" />
        <source>Rätta</source>
        <translation>Correct</translation>
    </message>
</context>
<context>
    <name>JournalListModel</name>
    <message>
        <location filename="../app/models/journallistmodel.cpp" line="64" />
        <source>Journalen kunde inte läsas.</source>
        <translation>The journal could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/journallistmodel.cpp" line="79" />
        <source>Alla slag</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../app/models/journallistmodel.cpp" line="96" />
        <source>Den enskildes invändning (%1, antecknad av %2, %3): %4</source>
        <translation>The resident's objection (%1, recorded by %2, %3): %4</translation>
    </message>
    <message>
        <location filename="../app/models/journallistmodel.cpp" line="99" />
        <source>Rättelse (%1, %2, %3). Varför: %4</source>
        <translation>Correction (%1, %2, %3). Why: %4</translation>
    </message>
    <message>
        <location filename="../app/models/journallistmodel.cpp" line="108" />
        <source>Skrivet %1</source>
        <translation>Written %1</translation>
    </message>
</context>
<context>
    <name>JournalNoteController</name>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="45" />
        <source>Välj vem anteckningen gäller.</source>
        <translation>Choose who the note is about.</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="47" />
        <source>Välj när det hände.</source>
        <translation>Choose when it happened.</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="49" />
        <source>Skriv vad som hände.</source>
        <translation>Write what happened.</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="51" />
        <source>Fyll i det här.</source>
        <translation>Fill this in.</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="54" />
        <source>Det kan inte ha hänt senare än nu. Välj en tidigare tid.</source>
        <translation>It cannot have happened later than now. Choose an earlier time.</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="56" />
        <source>Det är före inflyttningen. Välj en senare dag.</source>
        <translation>That is before the resident moved in. Choose a later day.</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="58" />
        <source>Texten är för lång (högst %1 tecken). Dela upp den i flera anteckningar.</source>
        <translation>The text is too long (at most %1 characters). Split it into several notes.</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="61" />
        <source>Den boende finns inte bland dina boende.</source>
        <translation>The resident is not one of your residents.</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="140" />
        <source>Utkast från %1 är tillbaka</source>
        <translation>Draft from %1 restored</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="192" />
        <location filename="../app/models/journalnotecontroller.cpp" line="220" />
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="208" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="233" />
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="346" />
        <source>Med vem? (förnamn och titel, eller relation)</source>
        <translation>With whom? (first name and title, or relation)</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="348" />
        <source>Om vad?</source>
        <translation>About what?</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="350" />
        <source>Vad berättade du för barnet, när och hur?</source>
        <translation>What did you tell the child, when and how?</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="351" />
        <source>Vad gäller synpunkten eller klagomålet?</source>
        <translation>What is the view or complaint about?</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="352" />
        <source>Vilken tolk eller vilket stöd?</source>
        <translation>Which interpreter or aid?</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="353" />
        <source>Vad blev inte som i planen?</source>
        <translation>What did not go as planned?</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="355" />
        <source>Vad tyckte barnet?</source>
        <translation>What did the child think?</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="355" />
        <source>Vad gjordes?</source>
        <translation>What was done?</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="355" />
        <source>Varför?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="357" />
        <source>Hur togs hänsyn till barnets åsikt?</source>
        <translation>How were the child's views taken into account?</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="398" />
        <source>Utkastet kunde inte sparas</source>
        <translation>The draft could not be saved</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="400" />
        <source>Utkast sparat %1</source>
        <translation>Draft saved %1</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="445" />
        <source>Ärendet är avslutat, så akten kan bara läsas. Ingenting sparades.</source>
        <translation>The case is closed, so the record can only be read. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="446" />
        <source>Det gick inte att spara, och ingenting sparades. Utkastet finns kvar.</source>
        <translation>Saving failed, and nothing was saved. The draft is kept.</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="443" />
        <source>Anteckningen är inte sparad. Se det som är markerat.</source>
        <translation>The note is not saved. See what is marked.</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="456" />
        <source>Sparat i journalen: %1.</source>
        <translation>Saved in the journal: %1.</translation>
    </message>
    <message>
        <location filename="../app/models/journalnotecontroller.cpp" line="457" />
        <source>Sparat i journalen för var och en: %1.</source>
        <translation>Saved in the journal of each: %1.</translation>
    </message>
</context>
<context>
    <name>JournalSection</name>
    <message>
        <location filename="../qml/Akten/Record/JournalSection.qml" line="24" />
        <source>Social journal</source>
        <translation>Social journal</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/JournalSection.qml" line="32" />
        <location filename="../qml/Akten/Record/JournalSection.qml" line="34" />
        <source>Sök i journalen</source>
        <translation>Search the journal</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/JournalSection.qml" line="46" />
        <source>Alla slag</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/JournalSection.qml" line="48" />
        <source>Visa slag av anteckning</source>
        <translation>Show kind of note</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/JournalSection.qml" line="56" />
        <source>Kopia (PDF)</source>
        <translation>Copy (PDF)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/JournalSection.qml" line="64" />
        <source>Ny anteckning</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/JournalSection.qml" line="95" />
        <source>Inga journalanteckningar.</source>
        <translation>No journal entries.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/JournalSection.qml" line="95" />
        <source>Inga anteckningar matchar.</source>
        <translation>No notes match.</translation>
    </message>
</context>
<context>
    <name>LeaseLockedPage</name>
    <message>
        <location filename="../qml/Akten/Shell/LeaseLockedPage.qml" line="18" />
        <location filename="../qml/Akten/Shell/LeaseLockedPage.qml" line="31" />
        <source>Personuppgifterna är låsta</source>
        <translation>Personal data is locked</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/LeaseLockedPage.qml" line="42" />
        <source>Senast synkad: %1</source>
        <translation>Last synced: %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/LeaseLockedPage.qml" line="48" />
        <source>Visa synkstatus</source>
        <translation>Show sync status</translation>
    </message>
</context>
<context>
    <name>LifeStorySection</name>
    <message>
        <location filename="../qml/Akten/Record/LifeStorySection.qml" line="20" />
        <location filename="../qml/Akten/Record/LifeStorySection.qml" line="29" />
        <source>Levnadsberättelse</source>
        <translation>Life story</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/LifeStorySection.qml" line="35" />
        <source>Ändra levnadsberättelsen</source>
        <translation>Change the life story</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/LifeStorySection.qml" line="35" />
        <source>Skriv levnadsberättelse</source>
        <translation>Write the life story</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/LifeStorySection.qml" line="41" />
        <source>Skriv bara med den enskildes samtycke, och skriv det den enskilde vill berätta.</source>
        <translation>Write only with the person's consent, and write what the person wants to tell.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/LifeStorySection.qml" line="49" />
        <source>Ingen levnadsberättelse är skriven.</source>
        <translation>No life story has been written.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/LifeStorySection.qml" line="55" />
        <source>Dölj tidigare versioner</source>
        <translation>Hide earlier versions</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/LifeStorySection.qml" line="56" />
        <source>Visa tidigare versioner (%1)</source>
        <translation>Show earlier versions (%1)</translation>
    </message>
</context>
<context>
    <name>LogControlModel</name>
    <message>
        <location filename="../app/models/logcontrolmodel.cpp" line="73" />
        <source>Alla boende</source>
        <translation>All residents</translation>
    </message>
    <message>
        <location filename="../app/models/logcontrolmodel.cpp" line="74" />
        <source>All personal</source>
        <translation>All staff</translation>
    </message>
    <message>
        <location filename="../app/models/logcontrolmodel.cpp" line="79" />
        <source>Skyddad identitet (rum dolt)</source>
        <translation>Protected identity (room hidden)</translation>
    </message>
    <message>
        <location filename="../app/models/logcontrolmodel.cpp" line="101" />
        <source>Loggkontrollen kan inte visas eftersom åtkomsten inte kunde loggas.</source>
        <translation>The log review cannot be shown because the access could not be logged.</translation>
    </message>
    <message>
        <location filename="../app/models/logcontrolmodel.cpp" line="124" />
        <source>Loggen kunde inte läsas.</source>
        <translation>The log could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/logcontrolmodel.cpp" line="166" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/models/logcontrolmodel.cpp" line="170" />
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location filename="../app/models/logcontrolmodel.cpp" line="193" />
        <source>Tid;Medarbetare;Roll;Boende;Enhet;Händelse;Detalj;Enhet-id;Skyddad;Annan enhet;Ovanlig tid</source>
        <translation>Time;Staff;Role;Resident;Unit;Event;Detail;Device id;Protected;Other unit;Unusual hour</translation>
    </message>
    <message>
        <location filename="../app/models/logcontrolmodel.cpp" line="202" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>LogControlPage</name>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="18" />
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="28" />
        <source>Loggkontroll</source>
        <translation>Access log review</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="33" />
        <source>Exportera CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="36" />
        <source>Sparad: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="37" />
        <source>Exporten misslyckades. Inget sparades.</source>
        <translation>The export failed. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="51" />
        <source>Inga öppna larm om ändrad logg.</source>
        <translation>No open alarms about an altered log.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="53" />
        <source>Markerade av centralen: %1 logghändelser där författaren eller enheten inte längre var giltig.</source>
        <translation>Flagged by the central store: %1 audit events whose author or unit was no longer valid.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="71" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="72" />
        <source>Ett dygn</source>
        <translation>24 hours</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="72" />
        <source>7 dagar</source>
        <translation>7 days</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="73" />
        <source>30 dagar</source>
        <translation>30 days</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="73" />
        <source>Allt</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="78" />
        <source>Händelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="79" />
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="79" />
        <source>Läsning</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="80" />
        <source>Skrivning</source>
        <translation>Writing</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="80" />
        <source>Inloggning</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="81" />
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="89" />
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="102" />
        <source>Välj boende</source>
        <translation>Choose resident</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="113" />
        <source>Välj medarbetare</source>
        <translation>Choose staff member</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="120" />
        <source>Bara markerade (%1)</source>
        <translation>Only marked (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogControlPage.qml" line="143" />
        <source>Inga händelser med de här valen.</source>
        <translation>No events with these choices.</translation>
    </message>
</context>
<context>
    <name>LogEventCard</name>
    <message>
        <location filename="../qml/Akten/Admin/LogEventCard.qml" line="50" />
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogEventCard.qml" line="51" />
        <source>Annan enhet</source>
        <translation>Other unit</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/LogEventCard.qml" line="52" />
        <source>Ovanlig tid</source>
        <translation>Unusual hour</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../qml/Akten/Login/LoginPage.qml" line="26" />
        <location filename="../qml/Akten/Login/LoginPage.qml" line="45" />
        <source>Skärmen är låst</source>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/LoginPage.qml" line="26" />
        <location filename="../qml/Akten/Login/LoginPage.qml" line="46" />
        <source>Logga in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/LoginPage.qml" line="44" />
        <source>Hej %1! Ange din kod</source>
        <translation>Hello %1! Enter your PIN</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/LoginPage.qml" line="46" />
        <source>Blippa din bricka för att signera</source>
        <translation>Tap your badge to sign</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/LoginPage.qml" line="66" />
        <source>Bricka</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/LoginPage.qml" line="74" />
        <source>Blippa din bricka på läsaren och ange koden för att fortsätta. En annan bricka loggar in en annan person.</source>
        <translation>Tap your badge on the reader and enter your PIN to continue. Another badge logs in another person.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/LoginPage.qml" line="76" />
        <source>↓ Kortläsaren sitter under skärmen.</source>
        <translation>↓ The badge reader is below the screen.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/LoginPage.qml" line="77" />
        <source>Blippa din bricka på läsaren.</source>
        <translation>Tap your badge on the reader.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/LoginPage.qml" line="87" />
        <source>Kortläsaren är redo</source>
        <translation>The badge reader is ready</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/LoginPage.qml" line="87" />
        <source>Kortläsaren är inte ansluten</source>
        <translation>The badge reader is not connected</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/LoginPage.qml" line="128" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Akten/Shell/Main.qml" line="114" />
        <location filename="../qml/Akten/Shell/Main.qml" line="120" />
        <source>Akten</source>
        <translation>Akten</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/Main.qml" line="114" />
        <source>Akten – Logga in</source>
        <translation>Akten – Log in</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/Main.qml" line="120" />
        <source>Ny anteckning</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/Main.qml" line="122" />
        <source>Genomförandeakt</source>
        <translation>Implementation record (genomförandeakt)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/Main.qml" line="123" />
        <source>Signera och läs akter</source>
        <translation>Sign and read records</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../qml/Akten/Signing/MessageBar.qml" line="40" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/MessageBar.qml" line="42" />
        <source>Stäng meddelandet</source>
        <translation>Close the message</translation>
    </message>
</context>
<context>
    <name>MyDeadlinesCard</name>
    <message>
        <location filename="../qml/Akten/Residents/MyDeadlinesCard.qml" line="20" />
        <location filename="../qml/Akten/Residents/MyDeadlinesCard.qml" line="33" />
        <source>Dina boendes planer</source>
        <translation>Your residents' plans</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/MyDeadlinesCard.qml" line="41" />
        <source>Alla planer</source>
        <translation>All plans</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/MyDeadlinesCard.qml" line="44" />
        <source>Visa alla boendes planer</source>
        <translation>Show all residents' plans</translation>
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
        <location filename="../qml/Akten/Record/NeedCard.qml" line="72" />
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/NeedCard.qml" line="73" />
        <source>Egna resurser</source>
        <translation>Own resources</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/NeedCard.qml" line="75" />
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
</context>
<context>
    <name>NeedForm</name>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="16" />
        <source>Inga</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="16" />
        <source>Lätta</source>
        <translation>Mild</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="16" />
        <source>Måttliga</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="16" />
        <source>Svåra</source>
        <translation>Severe</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="17" />
        <source>Totala</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="17" />
        <source>Ej angivet</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="57" />
        <source>Med egna ord</source>
        <translation>In their own words</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="58" />
        <source>Vad den enskilde själv säger om behovet.</source>
        <translation>What the resident says about the need.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="65" />
        <source>Egna resurser</source>
        <translation>Own resources</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="72" />
        <source>Problemets omfattning</source>
        <translation>Extent of the problem</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="73" />
        <source>Personalens bedömning</source>
        <translation>The staff's assessment</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="81" />
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="82" />
        <source>Börja gärna så här:</source>
        <translation>You could start like this:</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="84" />
        <source>Att få stöd med…</source>
        <translation>To get support with…</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="84" />
        <source>Att åter kunna…</source>
        <translation>To be able again to…</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="84" />
        <source>Att kunna delta i…</source>
        <translation>To be able to take part in…</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="85" />
        <source>Att känna trygghet genom att…</source>
        <translation>To feel safe by…</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="90" />
        <source>Målet med den enskildes ord</source>
        <translation>The goal in the resident's words</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="93" />
        <source>Hur märker vi att målet är nått? Skriv vad som ska hända.</source>
        <translation>How will we notice the goal is reached? Write what should happen.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="101" />
        <source>Insats i beslutet som behovet gäller</source>
        <translation>The service in the decision this need is about</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="117" />
        <source>Lägg till aktivitet</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="123" />
        <source>Nytt behov</source>
        <translation>New need</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/NeedForm.qml" line="129" />
        <source>Ta bort behovet</source>
        <translation>Remove the need</translation>
    </message>
</context>
<context>
    <name>NotePage</name>
    <message>
        <location filename="../qml/Akten/Journal/NotePage.qml" line="25" />
        <source>Ny anteckning</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NotePage.qml" line="65" />
        <source>Vad gäller anteckningen?</source>
        <translation>What is the note about?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NotePage.qml" line="133" />
        <source>Vad hände? Skriv med egna ord.</source>
        <translation>What happened? In your own words.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NotePage.qml" line="144" />
        <source>Till exempel: Margit åt hela lunchen och ville sitta vid fönstret.</source>
        <translation>For example: Margit ate all her lunch and wanted to sit by the window.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NotePage.qml" line="145" />
        <source>Anteckningens text</source>
        <translation>The note's text</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NotePage.qml" line="189" />
        <source>Gäller det hälsan eller en delegerad hälso- och sjukvårdsuppgift?</source>
        <translation>Is it about health or a delegated health-care task?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NotePage.qml" line="209" />
        <source>Meddela också sjuksköterskan. Hälso- och sjukvård dokumenteras i patientjournalen, inte bara här.</source>
        <translation>Tell the nurse too. Health care is documented in the patient record, not only here.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NotePage.qml" line="218" />
        <source>Klart: det finns också i patientjournalen</source>
        <translation>Done: it is also in the patient record</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NotePage.qml" line="247" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NotePage.qml" line="249" />
        <source>Avbryt, utkastet sparas</source>
        <translation>Cancel, the draft is kept</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NotePage.qml" line="258" />
        <source>Spara i journalen</source>
        <translation>Save in the journal</translation>
    </message>
</context>
<context>
    <name>NoteResidents</name>
    <message>
        <location filename="../qml/Akten/Journal/NoteResidents.qml" line="36" />
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NoteResidents.qml" line="38" />
        <source>Ta bort %1 från anteckningen</source>
        <translation>Remove %1 from the note</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NoteResidents.qml" line="45" />
        <source>En anteckning sparas för var och en. Skriv inte de andras namn i texten.</source>
        <translation>One note is saved for each of them. Do not write the others' names in the text.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NoteResidents.qml" line="54" />
        <source>+ Lägg till boende</source>
        <translation>+ Add resident</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NoteResidents.qml" line="56" />
        <source>Lägg till en boende till samma händelse</source>
        <translation>Add a resident to the same event</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NoteResidents.qml" line="73" />
        <source>Vem var också med?</source>
        <translation>Who else was there?</translation>
    </message>
</context>
<context>
    <name>NoteWhen</name>
    <message>
        <location filename="../qml/Akten/Journal/NoteWhen.qml" line="19" />
        <source>När hände det?</source>
        <translation>When did it happen?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NoteWhen.qml" line="29" />
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NoteWhen.qml" line="37" />
        <source>Tidigare i dag</source>
        <translation>Earlier today</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NoteWhen.qml" line="45" />
        <source>Annan dag</source>
        <translation>Another day</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NoteWhen.qml" line="55" />
        <source>‹ Dag</source>
        <translation>‹ Day</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NoteWhen.qml" line="55" />
        <source>En dag tidigare</source>
        <translation>One day earlier</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NoteWhen.qml" line="63" />
        <source>Dag ›</source>
        <translation>Day ›</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NoteWhen.qml" line="63" />
        <source>En dag senare</source>
        <translation>One day later</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NoteWhen.qml" line="68" />
        <source>−15 min</source>
        <translation>−15 min</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NoteWhen.qml" line="68" />
        <source>15 minuter tidigare</source>
        <translation>15 minutes earlier</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NoteWhen.qml" line="71" />
        <source>klockan %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NoteWhen.qml" line="77" />
        <source>+15 min</source>
        <translation>+15 min</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/NoteWhen.qml" line="77" />
        <source>15 minuter senare</source>
        <translation>15 minutes later</translation>
    </message>
</context>
<context>
    <name>NowModel</name>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="40" />
        <source>Missade och försenade</source>
        <translation>Missed and overdue</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="42" />
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="44" />
        <source>Snart</source>
        <translation>Soon</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="46" />
        <source>Senare i dag</source>
        <translation>Later today</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="48" />
        <source>Vid behov</source>
        <translation>As needed</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="50" />
        <source>Klart</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="117" />
        <source>Listan kan inte visas eftersom åtkomsten inte kunde loggas. Kontakta enhetschefen.</source>
        <translation>The list cannot be shown because the access could not be logged. Contact the unit manager.</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="172" />
        <location filename="../app/models/nowmodel.cpp" line="198" />
        <source>Listan kunde inte läsas.</source>
        <translation>The list could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="285" />
        <location filename="../app/models/nowmodel.cpp" line="402" />
        <location filename="../app/models/nowmodel.cpp" line="433" />
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="335" />
        <source>Den boende finns inte bland dina boende. Ingenting sparades.</source>
        <translation>The resident is not one of your residents. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="338" />
        <source>Insatsen finns inte längre i planen. Listan är uppdaterad. Ingenting sparades.</source>
        <translation>The insats is no longer in the plan. The list has been updated. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="341" />
        <source>Signeringen finns inte. Listan är uppdaterad.</source>
        <translation>The signature does not exist. The list has been updated.</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="345" />
        <source>Ärendet är avslutat, så akten kan bara läsas. Ingenting sparades.</source>
        <translation>The case is closed, so the record can only be read. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="347" />
        <source>Det gick inte att spara, och ingenting sparades. Försök igen.</source>
        <translation>Saving failed, and nothing was saved. Try again.</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="353" />
        <source>Välj en orsak.</source>
        <translation>Choose a reason.</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="355" />
        <source>Skriv orsaken med egna ord.</source>
        <translation>Write the reason in your own words.</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="357" />
        <source>Kommentaren får vara högst %1 tecken.</source>
        <translation>The comment may be at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="359" />
        <source>Bara den som signerade eller enhetschefen kan makulera.</source>
        <translation>Only the person who signed or the unit manager can retract.</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="361" />
        <source>Signeringen är redan makulerad.</source>
        <translation>The signature is already retracted.</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="364" />
        <source>Det gick inte att spara. Ingenting sparades.</source>
        <translation>Saving failed. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="404" />
        <source>Signerat: %1, %2</source>
        <translation>Signed: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/nowmodel.cpp" line="441" />
        <source>Signerat: %n insatser, %1</source>
        <translation><numerusform>Signed: %n insatser, %1</numerusform><numerusform>Signed: %n insatser, %1</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="463" />
        <source>Sparat som ej utförd. Det står också i den sociala journalen.</source>
        <translation>Saved as not done. It is also in the social journal.</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="485" />
        <source>Signeringen är makulerad. Den finns kvar, överstruken.</source>
        <translation>The signature is retracted. It stays, struck through.</translation>
    </message>
    <message>
        <location filename="../app/models/nowmodel.cpp" line="505" />
        <source>Ångrat. Signeringen finns kvar som makulerad.</source>
        <translation>Undone. The signature stays, marked as retracted.</translation>
    </message>
</context>
<context>
    <name>NowPage</name>
    <message>
        <location filename="../qml/Akten/Signing/NowPage.qml" line="39" />
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowPage.qml" line="108" />
        <source>Inga insatser att signera i dag.</source>
        <translation>No insatser to sign today.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowPage.qml" line="127" />
        <source>Varför blev insatsen inte utförd?</source>
        <translation>Why was the insats not done?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowPage.qml" line="128" />
        <source>Skrivs också i social journal som en avvikelse från genomförandeplanen.</source>
        <translation>Also written in the social journal as a deviation from the implementation plan.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowPage.qml" line="129" />
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowPage.qml" line="132" />
        <source>Avböjde</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowPage.qml" line="133" />
        <source>Var inte på plats</source>
        <translation>Was not there</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowPage.qml" line="134" />
        <source>Gick inte att göra</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowPage.qml" line="135" />
        <location filename="../qml/Akten/Signing/NowPage.qml" line="156" />
        <source>Annan orsak</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowPage.qml" line="147" />
        <source>Varför ska signeringen makuleras?</source>
        <translation>Why is the signature to be retracted?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowPage.qml" line="148" />
        <source>Signeringen finns kvar, överstruken, med vem som makulerade den och varför.</source>
        <translation>The signature stays, struck through, with who retracted it and why.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowPage.qml" line="149" />
        <source>Makulera signeringen</source>
        <translation>Retract the signature</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowPage.qml" line="153" />
        <source>Fel boende</source>
        <translation>Wrong resident</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowPage.qml" line="154" />
        <source>Fel insats</source>
        <translation>Wrong insats</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowPage.qml" line="155" />
        <source>Fel tid</source>
        <translation>Wrong time</translation>
    </message>
</context>
<context>
    <name>NowRow</name>
    <message>
        <location filename="../qml/Akten/Signing/NowRow.qml" line="34" />
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowRow.qml" line="54" />
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowRow.qml" line="128" />
        <source>HSL, delegerad</source>
        <translation>HSL, delegated</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowRow.qml" line="146" />
        <source>Ej utförd</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowRow.qml" line="147" />
        <source>Ej utförd: %1 klockan %2</source>
        <translation>Not done: %1 at %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowRow.qml" line="156" />
        <source>Signera</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowRow.qml" line="158" />
        <source>Signera: %1 klockan %2, %3</source>
        <translation>Sign: %1 at %2, %3</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowRow.qml" line="169" />
        <source>Makulera</source>
        <translation>Retract</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/NowRow.qml" line="170" />
        <source>Makulera signeringen: %1 klockan %2</source>
        <translation>Retract the signature: %1 at %2</translation>
    </message>
</context>
<context>
    <name>OccurrenceTexts</name>
    <message>
        <location filename="../app/models/occurrencetexts.cpp" line="22" />
        <location filename="../app/models/occurrencetexts.cpp" line="37" />
        <location filename="../app/models/occurrencetexts.cpp" line="52" />
        <source>Vid behov</source>
        <translation>As needed</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/occurrencetexts.cpp" line="37" />
        <source>Vid behov · %n gånger i dag</source>
        <translation><numerusform>As needed · %n time today</numerusform><numerusform>As needed · %n times today</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/occurrencetexts.cpp" line="40" />
        <source>Signerad %n gånger</source>
        <translation><numerusform>Signed %n time</numerusform><numerusform>Signed %n times</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/occurrencetexts.cpp" line="44" />
        <source>Kommande</source>
        <translation>Coming</translation>
    </message>
    <message>
        <location filename="../app/models/occurrencetexts.cpp" line="46" />
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../app/models/occurrencetexts.cpp" line="48" />
        <source>Försenad</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../app/models/occurrencetexts.cpp" line="50" />
        <source>Missad</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../app/models/occurrencetexts.cpp" line="58" />
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../app/models/occurrencetexts.cpp" line="63" />
        <source>Ej utförd · %1</source>
        <translation>Not done · %1</translation>
    </message>
    <message>
        <location filename="../app/models/occurrencetexts.cpp" line="66" />
        <source>Signerad i efterhand %1 · %2</source>
        <translation>Signed afterwards %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/models/occurrencetexts.cpp" line="66" />
        <source>Utförd %1 · %2</source>
        <translation>Done %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/models/occurrencetexts.cpp" line="76" />
        <source>%1 klockan %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../app/models/occurrencetexts.cpp" line="78" />
        <source>Signerad på flera surfplattor: %1. Kontrollera vad som hänt och rapportera vid behov en avvikelse.</source>
        <translation>Signed on several tablets: %1. Check what happened and report a deviation if needed.</translation>
    </message>
    <message>
        <location filename="../app/models/occurrencetexts.cpp" line="83" />
        <source>%1 klockan %2. Orsak: %3</source>
        <translation>%1 at %2. Reason: %3</translation>
    </message>
    <message>
        <location filename="../app/models/occurrencetexts.cpp" line="87" />
        <source>Makulerad signering av %1 klockan %2</source>
        <translation>Retracted signature by %1 at %2</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../qml/Akten/Shell/OnScreenKeyboard.qml" line="16" />
        <source>Tangentbord på skärmen</source>
        <translation>On-screen keyboard</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/OnScreenKeyboard.qml" line="25" />
        <source>Dölj tangentbordet</source>
        <translation>Hide the keyboard</translation>
    </message>
</context>
<context>
    <name>OwnAccessController</name>
    <message>
        <location filename="../app/models/ownaccesscontroller.cpp" line="63" />
        <source>Min akt visas på en surfplatta, inte på väggskärmen.</source>
        <translation>My record is shown on a tablet, not on the wall screen.</translation>
    </message>
    <message>
        <location filename="../app/models/ownaccesscontroller.cpp" line="67" />
        <source>Akten kan inte visas.</source>
        <translation>The record cannot be shown.</translation>
    </message>
    <message>
        <location filename="../app/models/ownaccesscontroller.cpp" line="72" />
        <source>Akten kan inte visas eftersom åtkomsten inte kunde loggas.</source>
        <translation>The record cannot be shown because the access could not be logged.</translation>
    </message>
    <message>
        <location filename="../app/models/ownaccesscontroller.cpp" line="76" />
        <source>Akten kunde inte läsas.</source>
        <translation>The record could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/ownaccesscontroller.cpp" line="78" />
        <source>Min akt</source>
        <translation>My record</translation>
    </message>
    <message>
        <location filename="../app/models/ownaccesscontroller.cpp" line="78" />
        <source>Min akt – %1</source>
        <translation>My record – %1</translation>
    </message>
    <message>
        <location filename="../app/models/ownaccesscontroller.cpp" line="167" />
        <source>Din invändning, skriven av %1: %2</source>
        <translation>Your objection, written by %1: %2</translation>
    </message>
    <message>
        <location filename="../app/models/ownaccesscontroller.cpp" line="169" />
        <source>Rättat av %1: %2</source>
        <translation>Corrected by %1: %2</translation>
    </message>
    <message>
        <location filename="../app/models/ownaccesscontroller.cpp" line="175" />
        <source>, klockan %1</source>
        <translation>, at %1</translation>
    </message>
    <message>
        <location filename="../app/models/ownaccesscontroller.cpp" line="179" />
        <source>Skrivet av %1</source>
        <translation>Written by %1</translation>
    </message>
</context>
<context>
    <name>OwnAccessPage</name>
    <message>
        <location filename="../qml/Akten/Record/OwnAccessPage.qml" line="32" />
        <source>Min plan</source>
        <translation>My plan</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/OwnAccessPage.qml" line="32" />
        <source>Hjälp jag har fått</source>
        <translation>Help I have had</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/OwnAccessPage.qml" line="32" />
        <source>Min journal</source>
        <translation>My journal</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/OwnAccessPage.qml" line="66" />
        <source>Hjälp du har fått de senaste sju dagarna</source>
        <translation>Help you have had in the last seven days</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/OwnAccessPage.qml" line="67" />
        <source>Ingen hjälp är signerad de senaste sju dagarna.</source>
        <translation>No help has been signed in the last seven days.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/OwnAccessPage.qml" line="72" />
        <source>Det här har personalen skrivit om dig</source>
        <translation>This is what the staff have written about you</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/OwnAccessPage.qml" line="73" />
        <source>Det finns inget skrivet i journalen ännu.</source>
        <translation>Nothing has been written in the journal yet.</translation>
    </message>
</context>
<context>
    <name>ParticipationForm</name>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="27" />
        <source>Var den enskilde med?</source>
        <translation>Did the resident take part?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="29" />
        <source>Var med hela tiden</source>
        <translation>Took part all the time</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="29" />
        <source>Var med en stund</source>
        <translation>Took part for a while</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="29" />
        <source>Var inte med</source>
        <translation>Did not take part</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="35" />
        <source>Hur den enskilde var med, eller varför inte</source>
        <translation>How the resident took part, or why not</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="43" />
        <source>Vem sa vad?</source>
        <translation>Who said what?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="44" />
        <source>Den enskilde, företrädaren, anhöriga: vad var och en tyckte.</source>
        <translation>The resident, the representative, relatives: what each of them thought.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="52" />
        <source>Får anhöriga veta innehållet?</source>
        <translation>May relatives be told the contents?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="54" />
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="55" />
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="118" />
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="119" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="54" />
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="55" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="69" />
        <source>Deltog när planen gjordes</source>
        <translation>Took part when the plan was made</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="70" />
        <source>Namn och titel, eller relation.</source>
        <translation>Name and title, or relation.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="80" />
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="90" />
        <source>Barnets åsikt</source>
        <translation>The child's view</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="82" />
        <source>Information till barnet: när och hur</source>
        <translation>Information to the child: when and how</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="98" />
        <source>Hur åsikten har beaktats</source>
        <translation>How the view was considered</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="106" />
        <source>Eller: hur barnets åsikt har tagits fram på annat sätt</source>
        <translation>Or: how the child's view was obtained otherwise</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="115" />
        <source>Kort första plan?</source>
        <translation>Short first plan?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="116" />
        <source>En kort första plan markeras som sådan tills den revideras.</source>
        <translation>A short first plan is marked as such until it is revised.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="118" />
        <location filename="../qml/Akten/Plan/ParticipationForm.qml" line="119" />
        <source>Ja, kort första plan</source>
        <translation>Yes, short first plan</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../qml/Akten/Login/PinPad.qml" line="14" />
        <source>Logga in</source>
        <translation>Log in</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Akten/Login/PinPad.qml" line="53" />
        <source>%n siffror inmatade</source>
        <translation><numerusform>%n digits entered</numerusform><numerusform>%n digits entered</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/PinPad.qml" line="65" />
        <source>Rensa</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/PinPad.qml" line="68" />
        <source>Radera sista siffran</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/PinPad.qml" line="69" />
        <source>Rensa koden</source>
        <translation>Clear the PIN</translation>
    </message>
</context>
<context>
    <name>PlanConflictModel</name>
    <message>
        <location filename="../app/models/planconflictmodel.cpp" line="68" />
        <source>Versionerna kunde inte läsas.</source>
        <translation>The versions could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/planconflictmodel.cpp" line="79" />
        <source>Uppgifterna kan inte visas eftersom åtkomsten inte kunde loggas. Kontakta enhetschefen.</source>
        <translation>The information cannot be shown because the access could not be logged. Contact the unit manager.</translation>
    </message>
    <message>
        <location filename="../app/models/planconflictmodel.cpp" line="122" />
        <source>Okänd</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../app/models/planconflictmodel.cpp" line="158" />
        <location filename="../app/models/planconflictmodel.cpp" line="170" />
        <source>Bara kontaktmannen eller enhetschefen kan slå ihop versionerna.</source>
        <translation>Only the contact person or the unit manager can merge the versions.</translation>
    </message>
    <message>
        <location filename="../app/models/planconflictmodel.cpp" line="169" />
        <source>Versionerna ändrar samma del av planen på olika sätt. Välj den som ska gälla.</source>
        <translation>The versions change the same part of the plan in different ways. Choose the one that applies.</translation>
    </message>
    <message>
        <location filename="../app/models/planconflictmodel.cpp" line="175" />
        <source>Versionerna är ihopslagna. Planen innehåller nu ändringarna från båda.</source>
        <translation>The versions are merged. The plan now holds the changes from both.</translation>
    </message>
    <message>
        <location filename="../app/models/planconflictmodel.cpp" line="191" />
        <source>Versionerna kunde inte slås ihop. Inget har ändrats.</source>
        <translation>The versions could not be merged. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../app/models/planconflictmodel.cpp" line="163" />
        <source>Versionerna är ihopslagna. Planen gäller nu i den version du valde.</source>
        <translation>The versions are merged. The plan now stands in the version you chose.</translation>
    </message>
</context>
<context>
    <name>PlanConflictPage</name>
    <message>
        <location filename="../qml/Akten/Record/PlanConflictPage.qml" line="22" />
        <source>Jämför versionerna av genomförandeplanen</source>
        <translation>Compare the versions of the genomförandeplan</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanConflictPage.qml" line="28" />
        <source>Två versioner av genomförandeplanen</source>
        <translation>Two versions of the genomförandeplan</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanConflictPage.qml" line="31" />
        <source>Ändringarna i versionerna rör olika delar av planen eller är tillägg, så de kan slås ihop. Du kan också välja en version. Båda sparas i historiken.</source>
        <translation>The versions change different parts of the plan or only add to it, so they can be merged. You can also choose one version. Both are kept in the history.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanConflictPage.qml" line="32" />
        <source>Jämför versionerna och välj den som ska gälla. Båda sparas i historiken.</source>
        <translation>Compare the versions and choose the one that applies. Both are kept in the history.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanConflictPage.qml" line="33" />
        <source>Bara kontaktmannen eller enhetschefen kan välja vilken version som ska gälla.</source>
        <translation>Only the contact person or the unit manager can choose which version applies.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanConflictPage.qml" line="42" />
        <source>Slå ihop båda versionerna</source>
        <translation>Merge both versions</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanConflictPage.qml" line="43" />
        <source>Slå ihop båda versionerna till en plan med ändringarna från båda</source>
        <translation>Merge both versions into one plan with the changes from both</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanConflictPage.qml" line="74" />
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanConflictPage.qml" line="80" />
        <source>Skriven av</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanConflictPage.qml" line="86" />
        <source>Delaktigheten skiljer sig</source>
        <translation>Participation differs</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanConflictPage.qml" line="90" />
        <source>Den enskildes delaktighet och synpunkter</source>
        <translation>The resident's participation and views</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanConflictPage.qml" line="111" />
        <source>Skiljer sig</source>
        <translation>Differs</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanConflictPage.qml" line="142" />
        <source>Behåll version %1</source>
        <translation>Keep version %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanConflictPage.qml" line="143" />
        <source>Behåll version %1 som gällande plan</source>
        <translation>Keep version %1 as the plan that applies</translation>
    </message>
</context>
<context>
    <name>PlanDeadlinesController</name>
    <message>
        <location filename="../app/models/plandeadlinescontroller.cpp" line="66" />
        <source>Planernas datum kunde inte läsas från journalen.</source>
        <translation>The plans' dates could not be read from the record.</translation>
    </message>
    <message>
        <location filename="../app/models/plandeadlinescontroller.cpp" line="85" />
        <source>Planernas datum kan inte visas eftersom åtkomsten inte kunde loggas.</source>
        <translation>The plans' dates cannot be shown because the access could not be logged.</translation>
    </message>
</context>
<context>
    <name>PlanDeadlinesPage</name>
    <message>
        <location filename="../qml/Akten/Residents/PlanDeadlinesPage.qml" line="27" />
        <source>Planer: datum för uppföljning</source>
        <translation>Plans: follow-up dates</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/PlanDeadlinesPage.qml" line="36" />
        <source>Genomförandeplaner</source>
        <translation>Implementation plans</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/PlanDeadlinesPage.qml" line="40" />
        <source>Kvalitetsgranskning</source>
        <translation>Quality review</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/PlanDeadlinesPage.qml" line="42" />
        <source>Kvalitetsgranskning: årets urval av planer</source>
        <translation>Quality review: this year's sample of plans</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/PlanDeadlinesPage.qml" line="47" />
        <source>En plan är försenad och står först.</source>
        <translation>One plan is overdue and comes first.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/PlanDeadlinesPage.qml" line="48" />
        <source>%1 planer är försenade och står först.</source>
        <translation>%1 plans are overdue and come first.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/PlanDeadlinesPage.qml" line="49" />
        <source>Närmast i tid står först.</source>
        <translation>The nearest come first.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/PlanDeadlinesPage.qml" line="58" />
        <source>Inga planer att upprätta eller följa upp.</source>
        <translation>No plans to draw up or follow up.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../app/models/plantexts.cpp" line="15" />
        <source>Lägg till minst ett behov.</source>
        <translation>Add at least one need.</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="17" />
        <source>Koden finns inte i katalogen. Välj en kod från livsområdet.</source>
        <translation>The code is not in the catalogue. Choose a code from the life area.</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="19" />
        <source>Skriv målet: vad är viktigt för den enskilde?</source>
        <translation>Write the goal: what matters to the resident?</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="21" />
        <source>Ange när: en tid, en situation eller Vid behov.</source>
        <translation>Say when: a time, a situation or As needed.</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="23" />
        <source>Ange av vem: kontaktman eller en roll.</source>
        <translation>Say by whom: contact person or a role.</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="25" />
        <source>Skriv hur den enskilde var med, eller varför inte.</source>
        <translation>Write how the resident took part, or why not.</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="27" />
        <source>Skriv vem som sa vad.</source>
        <translation>Write who said what.</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="29" />
        <source>Svara om anhöriga får veta innehållet.</source>
        <translation>Answer whether relatives may be told the contents.</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="31" />
        <source>Skriv vilken information barnet fått, när och hur.</source>
        <translation>Write what information the child was given, when and how.</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="33" />
        <source>Skriv barnets åsikt.</source>
        <translation>Write the child's view.</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="35" />
        <source>Skriv hur barnets åsikt har beaktats.</source>
        <translation>Write how the child's view was considered.</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="53" />
        <source>På signeringslistan: vid behov, varje signering räknas</source>
        <translation>On the signing list: as needed, each signature counted</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="56" />
        <source>Inte på signeringslistan: ingen tid vald</source>
        <translation>Not on the signing list: no time chosen</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="62" />
        <source>varje dag</source>
        <translation>every day</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="64" />
        <source>mån</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="65" />
        <source>tis</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="65" />
        <source>ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="66" />
        <source>tor</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="66" />
        <source>fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="67" />
        <source>lör</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="67" />
        <source>sön</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="76" />
        <source>På signeringslistan: %1 %2</source>
        <translation>On the signing list: %1 %2</translation>
    </message>
    <message>
        <location filename="../app/models/plantexts.cpp" line="82" />
        <source>Mål: %1</source>
        <translation>Goal: %1</translation>
    </message>
</context>
<context>
    <name>PlanEditorController</name>
    <message>
        <location filename="../app/models/planeditorcontroller.cpp" line="120" />
        <source>Utkast från %1 är tillbaka</source>
        <translation>Draft from %1 restored</translation>
    </message>
    <message>
        <location filename="../app/models/planeditorcontroller.cpp" line="249" />
        <source>Planen är inte fastställd: det saknas uppgifter, se rutorna nedan.</source>
        <translation>The plan is not set: information is missing, see the fields below.</translation>
    </message>
    <message>
        <location filename="../app/models/planeditorcontroller.cpp" line="260" />
        <source>Den boende hör inte till dina enheter. Planen är inte fastställd.</source>
        <translation>The resident is not in your units. The plan is not set.</translation>
    </message>
    <message>
        <location filename="../app/models/planeditorcontroller.cpp" line="261" />
        <source>Bara kontaktmannen och enhetschefen kan fastställa planen.</source>
        <translation>Only the contact person and the unit manager can set the plan.</translation>
    </message>
    <message>
        <location filename="../app/models/planeditorcontroller.cpp" line="262" />
        <source>Planen är inte fastställd: det saknas uppgifter.</source>
        <translation>The plan is not set: information is missing.</translation>
    </message>
    <message>
        <location filename="../app/models/planeditorcontroller.cpp" line="263" />
        <source>Planen kunde inte sparas. Utkastet finns kvar.</source>
        <translation>The plan could not be saved. The draft is kept.</translation>
    </message>
    <message>
        <location filename="../app/models/planeditorcontroller.cpp" line="299" />
        <source>Utkastet kunde inte sparas</source>
        <translation>The draft could not be saved</translation>
    </message>
    <message>
        <location filename="../app/models/planeditorcontroller.cpp" line="301" />
        <source>Utkast sparat %1</source>
        <translation>Draft saved %1</translation>
    </message>
</context>
<context>
    <name>PlanEditorPage</name>
    <message>
        <location filename="../qml/Akten/Plan/PlanEditorPage.qml" line="25" />
        <source>Genomförandeplan</source>
        <translation>Genomförandeplan (implementation plan)</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../app/models/planmodel.cpp" line="56" />
        <source>Genomförandeplanen kunde inte läsas.</source>
        <translation>The genomförandeplan could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/planmodel.cpp" line="65" />
        <source>Upprättad %1</source>
        <translation>Established %1</translation>
    </message>
    <message>
        <location filename="../app/models/planmodel.cpp" line="67" />
        <source>, senast uppföljd %1</source>
        <translation>, last followed up %1</translation>
    </message>
    <message>
        <location filename="../app/models/planmodel.cpp" line="23" />
        <location filename="../app/models/planmodel.cpp" line="31" />
        <source>Nästa uppföljning senast %1</source>
        <translation>Next follow-up by %1</translation>
    </message>
    <message>
        <location filename="../app/models/planmodel.cpp" line="27" />
        <source>En ny plan för beslutet skulle vara klar %1</source>
        <translation>A new plan for the decision was due %1</translation>
    </message>
    <message>
        <location filename="../app/models/planmodel.cpp" line="28" />
        <source>En ny plan för beslutet ska vara klar senast %1</source>
        <translation>A new plan for the decision is due %1</translation>
    </message>
    <message>
        <location filename="../app/models/planmodel.cpp" line="30" />
        <source>Försenad: uppföljningen skulle vara klar %1</source>
        <translation>Overdue: the follow-up was due %1</translation>
    </message>
    <message>
        <location filename="../app/models/planmodel.cpp" line="70" />
        <source>. En kort första plan: revideras så snart som möjligt</source>
        <translation>. A short first plan: to be revised as soon as possible</translation>
    </message>
    <message>
        <location filename="../app/models/planmodel.cpp" line="74" />
        <source>Anhöriga får informeras.</source>
        <translation>Relatives may be informed.</translation>
    </message>
    <message>
        <location filename="../app/models/planmodel.cpp" line="75" />
        <source>Anhöriga får inte informeras.</source>
        <translation>Relatives may not be informed.</translation>
    </message>
    <message>
        <location filename="../app/models/planmodel.cpp" line="85" />
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
        <location filename="../app/models/planmodel.cpp" line="89" />
        <source>Okänd kod</source>
        <translation>Unknown code</translation>
    </message>
</context>
<context>
    <name>PlanReadGate</name>
    <message>
        <location filename="../app/models/planreadgate.cpp" line="35" />
        <source>Planen upprättades av den enhet där personen bodde före %1. Den visas här bara med personens samtycke. Anteckna ett samtycke som gäller för den här enheten och omfattar genomförandeplanen under Samtycken.</source>
        <translation>The plan was set by the unit where the person lived before %1. It is shown here only with the person's consent. Note a consent that applies to this unit and covers the implementation plan under Consents.</translation>
    </message>
    <message>
        <location filename="../app/models/planreadgate.cpp" line="43" />
        <source>Visas med samtycke som %1 gav %2, gäller till och med %3.</source>
        <translation>Shown with the consent %1 gave on %2, valid up to and including %3.</translation>
    </message>
    <message>
        <location filename="../app/models/planreadgate.cpp" line="45" />
        <source>Visas med samtycke som %1 gav %2, gäller tills vidare.</source>
        <translation>Shown with the consent %1 gave on %2, valid until further notice.</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="36" />
        <location filename="../qml/Akten/Record/PlanSection.qml" line="118" />
        <source>Genomförandeplan</source>
        <translation>Genomförandeplan (implementation plan)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="81" />
        <source>Konflikt: två versioner av planen har skrivits på olika enheter. Den senaste visas. Kontaktmannen behöver jämföra och slå ihop dem.</source>
        <translation>Conflict: two versions of the plan were written on different devices. The latest is shown. The contact person needs to compare and merge them.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="94" />
        <source>Jämför versionerna</source>
        <translation>Compare the versions</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="95" />
        <source>Jämför de två versionerna av genomförandeplanen</source>
        <translation>Compare the two versions of the genomförandeplan</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="102" />
        <source>Revidera planen</source>
        <translation>Revise the plan</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="102" />
        <source>Skapa plan</source>
        <translation>Create plan</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="103" />
        <source>Revidera genomförandeplanen</source>
        <translation>Revise the implementation plan</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="103" />
        <source>Skapa genomförandeplan</source>
        <translation>Create an implementation plan</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="119" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="120" />
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="127" />
        <source>Följ upp planen</source>
        <translation>Follow up the plan</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="128" />
        <source>Följ upp planen tillsammans med den boende</source>
        <translation>Follow up the plan together with the resident</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="133" />
        <source>Lättläst</source>
        <translation>Easy read</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="135" />
        <source>Visa planen lättläst, för den boende</source>
        <translation>Show the plan in easy-read form, for the resident</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="139" />
        <source>Delaktighet</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PlanSection.qml" line="146" />
        <source>Ingen genomförandeplan ännu. Den ska upprättas senast tre veckor efter att insatsen påbörjats.</source>
        <translation>No genomförandeplan yet. It must be established within three weeks of the insats starting.</translation>
    </message>
</context>
<context>
    <name>PlanStepBar</name>
    <message>
        <location filename="../qml/Akten/Plan/PlanStepBar.qml" line="26" />
        <source>Revidera planen: %1</source>
        <translation>Revise the plan: %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/PlanStepBar.qml" line="26" />
        <source>Ny plan: %1</source>
        <translation>New plan: %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/PlanStepBar.qml" line="42" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/PlanStepBar.qml" line="44" />
        <source>Stäng planen, utkastet sparas</source>
        <translation>Close the plan, the draft is saved</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/PlanStepBar.qml" line="53" />
        <source>+ Nytt behov</source>
        <translation>+ New need</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/PlanStepBar.qml" line="56" />
        <source>Lägg till ett behov: välj livsområde</source>
        <translation>Add a need: choose a life area</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/PlanStepBar.qml" line="68" />
        <source>Behov: %1</source>
        <translation>Need: %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/PlanStepBar.qml" line="74" />
        <source>Delaktighet</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/PlanStepBar.qml" line="81" />
        <source>Granska</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/PlanStepBar.qml" line="84" />
        <source>Granska planen innan den fastställs</source>
        <translation>Review the plan before it is set</translation>
    </message>
</context>
<context>
    <name>PowersSection</name>
    <message>
        <location filename="../qml/Akten/Record/PowersSection.qml" line="19" />
        <source>Fullmakter och medel</source>
        <translation>Powers of attorney and money</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PowersSection.qml" line="28" />
        <source>Fullmakter</source>
        <translation>Powers of attorney</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PowersSection.qml" line="34" />
        <source>Registrera fullmakt</source>
        <translation>Register a power of attorney</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PowersSection.qml" line="41" />
        <source>Inga fullmakter är registrerade.</source>
        <translation>No powers of attorney are registered.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PowersSection.qml" line="42" />
        <location filename="../qml/Akten/Record/PowersSection.qml" line="68" />
        <source>Ändra</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PowersSection.qml" line="43" />
        <source>Återkalla</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PowersSection.qml" line="54" />
        <source>Avtal om handhavande av medel</source>
        <translation>Agreement on handling money</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PowersSection.qml" line="60" />
        <source>Registrera avtal</source>
        <translation>Register an agreement</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PowersSection.qml" line="67" />
        <source>Inget avtal om den enskildes pengar är registrerat.</source>
        <translation>No agreement on the person's money is registered.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/PowersSection.qml" line="75" />
        <source>Kontaktmannen eller enhetschefen registrerar fullmakter och avtal.</source>
        <translation>The contact person or the unit manager registers powers of attorney and agreements.</translation>
    </message>
</context>
<context>
    <name>QualityQuestionnaire</name>
    <message>
        <location filename="../app/models/qualityquestionnaire.cpp" line="14" />
        <source>Följer planen beslutet?</source>
        <translation>Does the plan follow the decision?</translation>
    </message>
    <message>
        <location filename="../app/models/qualityquestionnaire.cpp" line="16" />
        <source>Är planen individuell?</source>
        <translation>Is the plan individual?</translation>
    </message>
    <message>
        <location filename="../app/models/qualityquestionnaire.cpp" line="18" />
        <source>Är den enskildes delaktighet dokumenterad?</source>
        <translation>Is the resident's participation documented?</translation>
    </message>
    <message>
        <location filename="../app/models/qualityquestionnaire.cpp" line="20" />
        <source>Är målen mätbara?</source>
        <translation>Are the goals measurable?</translation>
    </message>
    <message>
        <location filename="../app/models/qualityquestionnaire.cpp" line="22" />
        <source>Är uppföljningen gjord i tid?</source>
        <translation>Was the follow-up done on time?</translation>
    </message>
    <message>
        <location filename="../app/models/qualityquestionnaire.cpp" line="87" />
        <source>Svara Ja, Delvis eller Nej på varje fråga innan du sparar. Ingenting har sparats.</source>
        <translation>Answer Yes, Partly or No to every question before saving. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityquestionnaire.cpp" line="91" />
        <source>Planen finns inte i årets urval och kan inte granskas här. Ingenting har sparats.</source>
        <translation>The plan is not in this year's sample and cannot be reviewed here. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityquestionnaire.cpp" line="94" />
        <source>Planen är redan granskad i år. Ingenting har sparats.</source>
        <translation>The plan has already been reviewed this year. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityquestionnaire.cpp" line="97" />
        <source>Ärendet är avslutat och akten är låst, så planen granskas inte. Ingenting har sparats.</source>
        <translation>The case is closed and the record is locked, so the plan is not reviewed. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityquestionnaire.cpp" line="100" />
        <source>Bara enhetschefen eller SAS granskar planer. Ingenting har sparats.</source>
        <translation>Only the unit manager or the SAS reviews plans. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityquestionnaire.cpp" line="103" />
        <source>Granskningen kunde inte sparas. Ingenting har sparats, försök igen.</source>
        <translation>The review could not be saved. Nothing was saved; try again.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityquestionnaire.cpp" line="117" />
        <source>Välj Ja, Delvis eller Nej.</source>
        <translation>Choose Yes, Partly or No.</translation>
    </message>
</context>
<context>
    <name>QualityQuestionnaireForm</name>
    <message>
        <location filename="../qml/Akten/Admin/QualityQuestionnaireForm.qml" line="23" />
        <source>Granskning av planen</source>
        <translation>Review of the plan</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualityQuestionnaireForm.qml" line="36" />
        <source>Granskning av planen: %1</source>
        <translation>Review of the plan: %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualityQuestionnaireForm.qml" line="40" />
        <source>Läs planen och journalen. Svara Ja, Delvis eller Nej på varje fråga.</source>
        <translation>Read the plan and the journal. Answer Yes, Partly or No to every question.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualityQuestionnaireForm.qml" line="68" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualityQuestionnaireForm.qml" line="68" />
        <source>Delvis</source>
        <translation>Partly</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualityQuestionnaireForm.qml" line="68" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualityQuestionnaireForm.qml" line="77" />
        <source>Kommentar (valfritt)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualityQuestionnaireForm.qml" line="79" />
        <source>Kommentar till frågan %1</source>
        <translation>Comment on the question %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualityQuestionnaireForm.qml" line="105" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualityQuestionnaireForm.qml" line="107" />
        <source>Avbryt granskningen utan att spara</source>
        <translation>Cancel the review without saving</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualityQuestionnaireForm.qml" line="113" />
        <source>Spara granskningen</source>
        <translation>Save the review</translation>
    </message>
</context>
<context>
    <name>QualityReviewController</name>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="41" />
        <source>Granskningen är sparad.</source>
        <translation>The review is saved.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="80" />
        <source>Enheten är liten: utan förra årets planer fanns för få planer kvar, så urvalet tog även planer som granskades förra året.</source>
        <translation>The unit is small: without last year's plans too few plans were left, so the sample also took plans reviewed last year.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="91" />
        <source>Kvalitetsgranskningen görs på en surfplatta, inte på väggskärmen.</source>
        <translation>The quality review is done on a tablet, not on the wall screen.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="92" />
        <source>Kvalitetsgranskningen är för enhetschefen och SAS.</source>
        <translation>The quality review is for the unit manager and the SAS.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="103" />
        <source>Det finns ingen enhet att granska.</source>
        <translation>There is no unit to review.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="139" />
        <source>Urvalet för året är redan draget och dras inte om.</source>
        <translation>The sample for the year is already drawn and is not drawn again.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="140" />
        <source>Enheten har ingen fastställd plan att granska.</source>
        <translation>The unit has no set plan to review.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="141" />
        <source>Urval dras bara för i år eller tidigare år.</source>
        <translation>Samples are drawn only for this year or earlier years.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="142" />
        <source>Urvalet kunde inte dras. Ingenting har sparats.</source>
        <translation>The sample could not be drawn. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="147" />
        <source>Urvalet är draget.</source>
        <translation>The sample is drawn.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="163" />
        <source>Planen är redan granskad i år.</source>
        <translation>The plan has already been reviewed this year.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="168" />
        <source>Ärendet är avslutat och akten är låst, så planen granskas inte.</source>
        <translation>The case is closed and the record is locked, so the plan is not reviewed.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="203" />
        <source>Urvalet kunde inte läsas.</source>
        <translation>The sample could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="207" />
        <source>Urvalet kan inte visas eftersom åtkomsten inte kunde loggas.</source>
        <translation>The sample cannot be shown because the access could not be logged.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="214" />
        <source>Inget urval är draget för %1. Enheten har %2 fastställda planer; urvalet blir %3.</source>
        <translation>No sample is drawn for %1. The unit has %2 set plans; the sample will be %3.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="222" />
        <source>%1 av %2 fastställda planer (minst 10 procent). Draget %3 av %4. Slumptal: %5.</source>
        <translation>%1 of %2 set plans (at least 10 percent). Drawn %3 by %4. Random number: %5.</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="226" />
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="236" />
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="241" />
        <source>Ärendet avslutat – granskas inte</source>
        <translation>Case closed – not reviewed</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="242" />
        <source>Inte granskad</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="243" />
        <source>Granskad %1 av %2, %3</source>
        <translation>Reviewed %1 by %2, %3</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="256" />
        <source>Ja %1 %, Delvis %2 %, Nej %3 %</source>
        <translation>Yes %1 %, Partly %2 %, No %3 %</translation>
    </message>
    <message>
        <location filename="../app/models/qualityreviewcontroller.cpp" line="262" />
        <source>Granskade: %1 av %2.</source>
        <translation>Reviewed: %1 of %2.</translation>
    </message>
</context>
<context>
    <name>QualityReviewPage</name>
    <message>
        <location filename="../qml/Akten/Admin/QualityReviewPage.qml" line="18" />
        <source>Kvalitetsgranskning</source>
        <translation>Quality review</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualityReviewPage.qml" line="41" />
        <source>Kvalitetsgranskning av genomförandeplaner</source>
        <translation>Quality review of genomförandeplaner</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualityReviewPage.qml" line="43" />
        <source>Varje år granskas minst tio procent av enhetens fastställda planer. Urvalet dras slumpvis en gång per år och samma plan dras inte två år i rad.</source>
        <translation>Every year at least ten percent of the unit's set plans are reviewed. The sample is drawn at random once a year and the same plan is not drawn two years running.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualityReviewPage.qml" line="62" />
        <source>Visa enheten %1</source>
        <translation>Show the unit %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualityReviewPage.qml" line="72" />
        <source>Föregående år</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualityReviewPage.qml" line="79" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualityReviewPage.qml" line="89" />
        <source>Nästa år</source>
        <translation>Next year</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualityReviewPage.qml" line="128" />
        <source>Dra urval för %1</source>
        <translation>Draw the sample for %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualityReviewPage.qml" line="142" />
        <source>Resultat för enheten</source>
        <translation>Result for the unit</translation>
    </message>
</context>
<context>
    <name>QualitySampleCard</name>
    <message>
        <location filename="../qml/Akten/Admin/QualitySampleCard.qml" line="36" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualitySampleCard.qml" line="54" />
        <source>Granska</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/QualitySampleCard.qml" line="55" />
        <source>Granska planen för %1</source>
        <translation>Review the plan for %1</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <location filename="../qml/Akten/Login/ReasonPage.qml" line="23" />
        <source>Ange skäl</source>
        <translation>Give a reason</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/ReasonPage.qml" line="30" />
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/ReasonPage.qml" line="34" />
        <source>Personen har skyddade personuppgifter. Välj varför du behöver öppna akten. Ditt val loggas och enhetschefen kan se det i loggkontrollen.</source>
        <translation>This person has protected personal data. Choose why you need to open the record. Your choice is logged and the unit manager can see it in the access log review.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/ReasonPage.qml" line="42" />
        <source>Omvårdnad eller stöd just nu</source>
        <translation>Care or support right now</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/ReasonPage.qml" line="42" />
        <source>Dokumentation efter insats</source>
        <translation>Documentation after an insats</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/ReasonPage.qml" line="43" />
        <source>Uppföljning av genomförandeplanen</source>
        <translation>Follow-up of the genomförandeplan</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/ReasonPage.qml" line="43" />
        <source>Loggkontroll eller tillsyn</source>
        <translation>Log review or supervision</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Login/ReasonPage.qml" line="56" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReasonSheet</name>
    <message>
        <location filename="../qml/Akten/Signing/ReasonSheet.qml" line="36" />
        <source>Välj en orsak.</source>
        <translation>Choose a reason.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/ReasonSheet.qml" line="40" />
        <source>Skriv orsaken med egna ord.</source>
        <translation>Write the reason in your own words.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/ReasonSheet.qml" line="101" />
        <source>Orsak (skriv med egna ord)</source>
        <translation>Reason (in your own words)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/ReasonSheet.qml" line="101" />
        <source>Kommentar (frivilligt)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/ReasonSheet.qml" line="110" />
        <source>Till exempel: Jag erbjöd igen efter en timme.</source>
        <translation>For example: I offered again an hour later.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/ReasonSheet.qml" line="111" />
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/ReasonSheet.qml" line="144" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordController</name>
    <message>
        <location filename="../app/models/recordcontroller.cpp" line="100" />
        <source>Ange ett skäl för att öppna akten för en person med skyddad identitet.</source>
        <translation>Give a reason to open the record of a person with protected identity.</translation>
    </message>
    <message>
        <location filename="../app/models/recordcontroller.cpp" line="117" />
        <source>Logga in med din bricka för att öppna akten.</source>
        <translation>Log in with your badge to open the record.</translation>
    </message>
    <message>
        <location filename="../app/models/recordcontroller.cpp" line="124" />
        <source>Akten kunde inte öppnas.</source>
        <translation>The record could not be opened.</translation>
    </message>
    <message>
        <location filename="../app/models/recordcontroller.cpp" line="128" />
        <source>Den här personen bor inte på någon av dina enheter.</source>
        <translation>This person does not live in any of your units.</translation>
    </message>
    <message>
        <location filename="../app/models/recordcontroller.cpp" line="131" />
        <source>Personen har skyddad identitet. Akten öppnas bara med angivet skäl.</source>
        <translation>This person has a protected identity. The record opens only with a stated reason.</translation>
    </message>
    <message>
        <location filename="../app/models/recordcontroller.cpp" line="135" />
        <source>Akten kan inte visas eftersom åtkomsten inte kunde loggas. Kontakta enhetschefen.</source>
        <translation>The record cannot be shown because the access could not be logged. Contact the unit manager.</translation>
    </message>
    <message>
        <location filename="../app/models/recordcontroller.cpp" line="174" />
        <location filename="../app/models/recordcontroller.cpp" line="289" />
        <source>Uppgifterna kan inte visas eftersom åtkomsten inte kunde loggas. Kontakta enhetschefen.</source>
        <translation>The information cannot be shown because the access could not be logged. Contact the unit manager.</translation>
    </message>
    <message>
        <location filename="../app/models/recordcontroller.cpp" line="223" />
        <source>Daganteckningarna kunde inte läsas.</source>
        <translation>The day notes could not be read.</translation>
    </message>
</context>
<context>
    <name>RecordDocumentListModel</name>
    <message>
        <location filename="../app/models/recorddocumentlistmodel.cpp" line="35" />
        <source>Fall %1 %2</source>
        <translation>Fall %1 %2</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumentlistmodel.cpp" line="39" />
        <source>Checklista %1</source>
        <translation>Checklist %1</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumentlistmodel.cpp" line="43" />
        <source>Försättsblad, enhetens del</source>
        <translation>Cover sheet, the unit's part</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumentlistmodel.cpp" line="45" />
        <source>Levnadsberättelse</source>
        <translation>Life story</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumentlistmodel.cpp" line="54" />
        <source>Återkallad %1</source>
        <translation>Revoked %1</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumentlistmodel.cpp" line="60" />
        <source>Har upphört</source>
        <translation>Has ended</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumentlistmodel.cpp" line="63" />
        <source>Gäller</source>
        <translation>Applies</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumentlistmodel.cpp" line="71" />
        <source>Inget att åtgärda</source>
        <translation>Nothing to act on</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumentlistmodel.cpp" line="73" />
        <source>1 punkt att åtgärda</source>
        <translation>1 point to act on</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumentlistmodel.cpp" line="74" />
        <source>%1 punkter att åtgärda</source>
        <translation>%1 points to act on</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumentlistmodel.cpp" line="141" />
        <source>Version %1 · sparad %2 av %3</source>
        <translation>Version %1 · saved %2 by %3</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumentlistmodel.cpp" line="142" />
        <source>Skriven %1 av %2</source>
        <translation>Written %1 by %2</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumentlistmodel.cpp" line="145" />
        <source>Tidigare version</source>
        <translation>Earlier version</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumentlistmodel.cpp" line="148" />
        <source>Ersatt av en senare version</source>
        <translation>Replaced by a later version</translation>
    </message>
</context>
<context>
    <name>RecordDocumentTexts</name>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="26" />
        <source>Närstående och hur de nås</source>
        <translation>Relatives and how to reach them</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="27" />
        <source>Ansvarig sjuksköterska</source>
        <translation>Responsible nurse</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="28" />
        <source>Handläggare</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="29" />
        <source>Språk, tolk och kommunikation</source>
        <translation>Language, interpreter and communication</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="30" />
        <source>Övrigt</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="32" />
        <source>Vilken handling är det?</source>
        <translation>Which document is it?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="33" />
        <source>Inkommen eller upprättad?</source>
        <translation>Received or created?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="34" />
        <source>Handlingens datum</source>
        <translation>The document's date</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="35" />
        <source>Från eller till vem?</source>
        <translation>From or to whom?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="36" />
        <source>Kort om innehållet</source>
        <translation>Briefly what it says</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="38" />
        <source>Levnadsberättelsen</source>
        <translation>The life story</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="39" />
        <source>Vem gav samtycke till att den skrivs?</source>
        <translation>Who consented to it being written?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="40" />
        <source>Namn på den som gav samtycke</source>
        <translation>Name of the person who consented</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="41" />
        <source>Hur gavs samtycket?</source>
        <translation>How was the consent given?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="42" />
        <source>När gavs samtycket?</source>
        <translation>When was consent given?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="44" />
        <source>Vem har fullmakten?</source>
        <translation>Who holds the power of attorney?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="45" />
        <source>Vad gäller den?</source>
        <translation>What does it cover?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="46" />
        <source>Gäller från</source>
        <translation>Applies from</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="47" />
        <source>Gäller till (om det finns ett slutdatum)</source>
        <translation>Valid until (if there is an end date)</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="48" />
        <source>Återkallad den</source>
        <translation>Revoked on</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="49" />
        <source>Vilka har avtalet?</source>
        <translation>Who are the parties?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="50" />
        <source>Belopp och gränser</source>
        <translation>Amounts and limits</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="51" />
        <source>Undertecknat av</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="52" />
        <source>Undertecknat den</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="54" />
        <source>Datum för fallet</source>
        <translation>Date of the fall</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="55" />
        <source>Klockslag (om det är känt)</source>
        <translation>Time (if known)</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="56" />
        <source>Var hände det?</source>
        <translation>Where did it happen?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="57" />
        <source>Vad hände?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="58" />
        <source>Skada</source>
        <translation>Injury</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="59" />
        <source>Har sjuksköterskan fått veta?</source>
        <translation>Has the nurse been told?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="60" />
        <source>Har en anhörig fått veta?</source>
        <translation>Has a relative been told?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="61" />
        <source>Har någon annan fått veta? Vem?</source>
        <translation>Has anyone else been told? Who?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="62" />
        <source>Vad gjordes efteråt?</source>
        <translation>What was done afterwards?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="65" />
        <source>Är golvet fritt från lösa mattor, sladdar och annat att snubbla på?</source>
        <translation>Is the floor free of loose rugs, cables and other things to trip on?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="68" />
        <source>Är det tillräckligt ljust i rummet, också på natten?</source>
        <translation>Is the room light enough, also at night?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="70" />
        <source>Når den boende larmet och det hen behöver från säng och stol?</source>
        <translation>Can the resident reach the alarm and what they need from bed and chair?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="72" />
        <source>Finns rätt hjälpmedel, till exempel rollator, och fungerar de?</source>
        <translation>Are the right aids there, for example a walker, and do they work?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="74" />
        <source>Har den boende stadiga skor eller halkskydd?</source>
        <translation>Does the resident have sturdy shoes or non-slip socks?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="75" />
        <source>Har sängen och stolarna rätt höjd?</source>
        <translation>Are the bed and chairs the right height?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="77" />
        <source>Vet sjuksköterskan om läkemedel som kan ge yrsel?</source>
        <translation>Does the nurse know about medicines that can cause dizziness?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="79" />
        <source>Har den boende glasögon och hörapparat som fungerar?</source>
        <translation>Does the resident have glasses and a hearing aid that work?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="81" />
        <source>Får den boende stöd vid toalettbesök på natten om det behövs?</source>
        <translation>Does the resident get support going to the toilet at night if needed?</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="123" />
        <source>Miljön i rummet</source>
        <translation>The room</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="124" />
        <source>Hjälpmedel och möbler</source>
        <translation>Aids and furniture</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="125" />
        <source>Hälsa och natt</source>
        <translation>Health and night</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="132" />
        <source>Beslut om färdtjänst</source>
        <translation>Decision on transport service (färdtjänst)</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="133" />
        <source>Beslut om god man</source>
        <translation>Decision on a god man (guardian)</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="134" />
        <source>God mans uppdrag</source>
        <translation>The god man's mandate</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="135" />
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="136" />
        <source>Annat beslut</source>
        <translation>Other decision</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="137" />
        <source>Annan handling</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="138" />
        <source>Inkommen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="139" />
        <source>Upprättad</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="140" />
        <source>Den enskilde</source>
        <translation>The resident</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="141" />
        <source>Ställföreträdare</source>
        <translation>Legal representative (ställföreträdare)</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="142" />
        <source>Muntligt</source>
        <translation>Orally</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="143" />
        <source>Skriftligt</source>
        <translation>In writing</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="144" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumenttexts.cpp" line="145" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RecordDocumentsController</name>
    <message>
        <location filename="../app/models/recorddocumentscontroller.cpp" line="119" />
        <source>Återkalla fullmakten: spara med dagens datum som återkallelsedatum</source>
        <translation>Revoke the power of attorney: save with today's date as the date of revocation</translation>
    </message>
    <message>
        <location filename="../app/models/recorddocumentscontroller.cpp" line="130" />
        <source>Handlingarna kunde inte läsas.</source>
        <translation>The documents could not be read.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="41" />
        <source>Försättsblad</source>
        <translation>Cover sheet</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="41" />
        <source>Beslut och insatser</source>
        <translation>Decisions and insatser</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="41" />
        <source>Genomförandeplan</source>
        <translation>Genomförandeplan (implementation plan)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="42" />
        <source>Social journal</source>
        <translation>Social journal</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="42" />
        <source>Signeringslistor</source>
        <translation>Signing lists</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="42" />
        <source>Handlingar</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="42" />
        <source>Daganteckningar</source>
        <translation>Day notes</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="43" />
        <source>Levnadsberättelse</source>
        <translation>Life story</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="43" />
        <source>Fullmakter och medel</source>
        <translation>Powers of attorney and money</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="43" />
        <source>Fall</source>
        <translation>Falls</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="44" />
        <source>Avslut</source>
        <translation>Closure</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="44" />
        <source>Samtycken</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="44" />
        <source>Utlämnande</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="54" />
        <source>Genomförandeakt för %1</source>
        <translation>Implementation record for %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="128" />
        <source>Min akt</source>
        <translation>My record</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/RecordPage.qml" line="130" />
        <source>Min akt: visa akten för den boende i lättläst form</source>
        <translation>My record: show the record to the resident in easy-read form</translation>
    </message>
</context>
<context>
    <name>ReleaseCard</name>
    <message>
        <location filename="../qml/Akten/Record/ReleaseCard.qml" line="30" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseCard.qml" line="70" />
        <source>Fatta beslut</source>
        <translation>Decide</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseCard.qml" line="71" />
        <source>Fatta beslut om begäran: %1</source>
        <translation>Decide on the request: %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseCard.qml" line="78" />
        <source>Skriv ut kopia</source>
        <translation>Print a copy</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseCard.qml" line="80" />
        <source>Skriv ut kopian som lämnades ut: %1</source>
        <translation>Print the copy that was released: %1</translation>
    </message>
</context>
<context>
    <name>ReleaseController</name>
    <message>
        <location filename="../app/models/releasecontroller.cpp" line="75" />
        <source>Skriv vem som begär att få ta del av akten.</source>
        <translation>Write who asks to see the record.</translation>
    </message>
    <message>
        <location filename="../app/models/releasecontroller.cpp" line="77" />
        <source>Skriv vilka handlingar begäran gäller.</source>
        <translation>Write which documents the request covers.</translation>
    </message>
    <message>
        <location filename="../app/models/releasecontroller.cpp" line="79" />
        <source>Skriv när begäran kom, som ÅÅÅÅ-MM-DD.</source>
        <translation>Write when the request came, as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/models/releasecontroller.cpp" line="113" />
        <source>Välj beslut: lämna ut, lämna ut delvis eller avslå.</source>
        <translation>Choose a decision: release, release in part or refuse.</translation>
    </message>
    <message>
        <location filename="../app/models/releasecontroller.cpp" line="116" />
        <source>Skriv vad granskningen kom fram till.</source>
        <translation>Write what the review found.</translation>
    </message>
    <message>
        <location filename="../app/models/releasecontroller.cpp" line="119" />
        <source>Samtycket gäller inte i dag. Välj ett samtycke som gäller.</source>
        <translation>The consent does not apply today. Choose a consent that applies.</translation>
    </message>
    <message>
        <location filename="../app/models/releasecontroller.cpp" line="122" />
        <source>Skriv vem som får handlingarna.</source>
        <translation>Write who receives the documents.</translation>
    </message>
    <message>
        <location filename="../app/models/releasecontroller.cpp" line="126" />
        <source>Kontrollera mottagarens identitet och skriv hur, till exempel med id-kort.</source>
        <translation>Check the recipient's identity and write how, for example with an ID card.</translation>
    </message>
    <message>
        <location filename="../app/models/releasecontroller.cpp" line="129" />
        <source>Skriv vad som lämnas ut.</source>
        <translation>Write what is released.</translation>
    </message>
    <message>
        <location filename="../app/models/releasecontroller.cpp" line="132" />
        <source>Skriv skälet till att allt inte lämnas ut.</source>
        <translation>Write the reason why not everything is released.</translation>
    </message>
    <message>
        <location filename="../app/models/releasecontroller.cpp" line="135" />
        <source>Berätta om rätten att överklaga och markera att det är gjort.</source>
        <translation>Tell them about the right to appeal and mark that it is done.</translation>
    </message>
    <message>
        <location filename="../app/models/releasecontroller.cpp" line="154" />
        <source>Något saknas. Se fälten som är markerade.</source>
        <translation>Something is missing. See the marked fields.</translation>
    </message>
    <message>
        <location filename="../app/models/releasecontroller.cpp" line="157" />
        <source>Enhetschefen beslutar om utlämnande. Du kan skriva ner begäran.</source>
        <translation>The unit manager decides on releases. You can write the request down.</translation>
    </message>
    <message>
        <location filename="../app/models/releasecontroller.cpp" line="160" />
        <source>Begäran finns inte eller har redan fått ett beslut.</source>
        <translation>The request does not exist or has already been decided.</translation>
    </message>
    <message>
        <location filename="../app/models/releasecontroller.cpp" line="163" />
        <source>Det gick inte att spara. Ingenting sparades. Försök igen.</source>
        <translation>It could not be saved. Nothing was saved. Try again.</translation>
    </message>
</context>
<context>
    <name>ReleaseDecisionForm</name>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="52" />
        <source>Beslut om utlämnande</source>
        <translation>Decision on release</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="62" />
        <source>Samtycke från registret (frivilligt)</source>
        <translation>Consent from the register (optional)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="81" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="84" />
        <source>Använd samtycket till %1</source>
        <translation>Use the consent to %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="96" />
        <source>Granskning: finns uppgifter som kan skada någon annan? Vad kom du fram till?</source>
        <translation>Review: is there information that could harm someone else? What did you find?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="97" />
        <source>Bedömning med stöd av samtycket</source>
        <translation>Assessment based on the consent</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="98" />
        <source>Sekretessprövning: vad kom du fram till?</source>
        <translation>Secrecy assessment: what did you find?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="104" />
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="105" />
        <source>Lämna ut</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="105" />
        <source>Lämna ut delvis</source>
        <translation>Release in part</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="105" />
        <source>Avslå</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="122" />
        <source>Till vem lämnas det ut?</source>
        <translation>To whom is it released?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="130" />
        <source>Jag har kontrollerat mottagarens identitet</source>
        <translation>I have checked the recipient's identity</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="141" />
        <source>Hur kontrollerades identiteten?</source>
        <translation>How was the identity checked?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="142" />
        <source>Till exempel: id-kort, eller känd av personalen</source>
        <translation>For example: ID card, or known to the staff</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="150" />
        <source>Vad lämnas ut?</source>
        <translation>What is released?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="163" />
        <source>Skäl till avslaget</source>
        <translation>Reason for the refusal</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="163" />
        <source>Skäl till att allt inte lämnas ut</source>
        <translation>Reason why not everything is released</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="171" />
        <source>Personen har fått veta att beslutet kan överklagas och hur</source>
        <translation>The person has been told that the decision can be appealed and how</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="185" />
        <source>Beslutet skrivs i social journal: vem som fick kopian, vad den omfattar, när och vem som lämnade ut den.</source>
        <translation>The decision is written in the social journal: who got the copy, what it covers, when and who released it.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="197" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseDecisionForm.qml" line="204" />
        <source>Spara beslutet</source>
        <translation>Save the decision</translation>
    </message>
</context>
<context>
    <name>ReleaseListModel</name>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="23" />
        <source>Bedömning: %1</source>
        <translation>Assessment: %1</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="25" />
        <source>Med samtycke: %1</source>
        <translation>With consent: %1</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="28" />
        <source>Utlämnat till %1 den %2: %3</source>
        <translation>Released to %1 on %2: %3</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="30" />
        <source>Mottagaren kontrollerad: %1</source>
        <translation>Recipient checked: %1</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="33" />
        <source>Skäl: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="34" />
        <source>Rätten att överklaga har meddelats.</source>
        <translation>The right to appeal has been given.</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="36" />
        <source>Beslut av %1, %2</source>
        <translation>Decided by %1, %2</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="65" />
        <source>Utlämnandena kunde inte läsas.</source>
        <translation>The releases could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="71" />
        <source>Kopia till %1</source>
        <translation>Copy to %1</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="72" />
        <location filename="../app/models/releaselistmodel.cpp" line="110" />
        <source>Utlämnat</source>
        <translation>Released</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="74" />
        <source>Utlämnat %1 av %2</source>
        <translation>Released %1 by %2</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="82" />
        <source>Läsa</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="82" />
        <source>Kopia</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="85" />
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="86" />
        <source>den enskilde</source>
        <translation>the resident</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="86" />
        <source>annan person</source>
        <translation>another person</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="88" />
        <source>Begärt %1: %2. Antecknat av %3.</source>
        <translation>Requested %1: %2. Noted by %3.</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="90" />
        <source>okänd personal</source>
        <translation>unknown staff</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="98" />
        <source>Väntar på beslut</source>
        <translation>Awaiting a decision</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="111" />
        <source>Delvis utlämnat</source>
        <translation>Released in part</translation>
    </message>
    <message>
        <location filename="../app/models/releaselistmodel.cpp" line="112" />
        <source>Avslaget</source>
        <translation>Refused</translation>
    </message>
</context>
<context>
    <name>ReleaseRequestForm</name>
    <message>
        <location filename="../qml/Akten/Record/ReleaseRequestForm.qml" line="38" />
        <source>Ny begäran om att ta del av akten</source>
        <translation>New request to see the record</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseRequestForm.qml" line="40" />
        <source>Vems begäran?</source>
        <translation>Whose request?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseRequestForm.qml" line="41" />
        <source>Den enskildes egen</source>
        <translation>The resident's own</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseRequestForm.qml" line="41" />
        <source>Någon annans</source>
        <translation>Someone else's</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseRequestForm.qml" line="50" />
        <source>Vem frågade? (namn)</source>
        <translation>Who asked? (name)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseRequestForm.qml" line="50" />
        <source>Vem frågade? (namn och relation eller verksamhet)</source>
        <translation>Who asked? (name and relationship or organisation)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseRequestForm.qml" line="56" />
        <source>Vad begärs?</source>
        <translation>What is requested?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseRequestForm.qml" line="57" />
        <source>Att få läsa</source>
        <translation>To read</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseRequestForm.qml" line="57" />
        <source>En kopia</source>
        <translation>A copy</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseRequestForm.qml" line="66" />
        <source>Vilka handlingar?</source>
        <translation>Which documents?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseRequestForm.qml" line="67" />
        <source>Till exempel: social journal från januari till juni 2026</source>
        <translation>For example: social journal from January to June 2026</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseRequestForm.qml" line="75" />
        <source>När kom begäran?</source>
        <translation>When did the request come?</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseRequestForm.qml" line="76" />
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseRequestForm.qml" line="83" />
        <source>Den enskilde har rätt att ta del av sin dokumentation. Enhetschefen granskar handlingarna och beslutar. Erbjud hjälp att läsa.</source>
        <translation>The resident has the right to see their documentation. The unit manager reviews the documents and decides. Offer help with reading.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseRequestForm.qml" line="84" />
        <source>En annan persons begäran ska vara skriftlig. Enhetschefen beslutar, med den enskildes samtycke eller efter en sekretessprövning.</source>
        <translation>Another person's request must be in writing. The unit manager decides, with the resident's consent or after a secrecy assessment.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseRequestForm.qml" line="96" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseRequestForm.qml" line="103" />
        <source>Spara begäran</source>
        <translation>Save the request</translation>
    </message>
</context>
<context>
    <name>ReleaseSection</name>
    <message>
        <location filename="../qml/Akten/Record/ReleaseSection.qml" line="46" />
        <location filename="../qml/Akten/Record/ReleaseSection.qml" line="62" />
        <source>Utlämnande</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseSection.qml" line="66" />
        <source>Ny begäran</source>
        <translation>New request</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseSection.qml" line="67" />
        <source>Skriv ner en ny begäran om att ta del av akten</source>
        <translation>Write down a new request to see the record</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseSection.qml" line="74" />
        <source>Begäran om att läsa eller få en kopia av akten, och enhetschefens beslut. Bara kopior lämnas ut, aldrig original.</source>
        <translation>Requests to read or get a copy of the record, and the unit manager's decision. Only copies are released, never originals.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/ReleaseSection.qml" line="106" />
        <source>Ingen har begärt att ta del av akten.</source>
        <translation>No one has asked to see the record.</translation>
    </message>
</context>
<context>
    <name>ResidentDelegate</name>
    <message>
        <location filename="../qml/Akten/Residents/ResidentDelegate.qml" line="49" />
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/ResidentDelegate.qml" line="50" />
        <source>%1, %2, ärendet avslutat</source>
        <translation>%1, %2, case closed</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/ResidentDelegate.qml" line="51" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/ResidentDelegate.qml" line="96" />
        <source>Du är kontaktman</source>
        <translation>You are the contact person</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/ResidentDelegate.qml" line="101" />
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/ResidentDelegate.qml" line="107" />
        <source>Ärendet avslutat</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/ResidentDelegate.qml" line="111" />
        <source>Namn och rum visas inte</source>
        <translation>Name and room are not shown</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/ResidentDelegate.qml" line="112" />
        <source>%1 · %2 år · Kontaktman: %3</source>
        <translation>%1 · %2 years · Contact person: %3</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/ResidentDelegate.qml" line="123" />
        <source>Ny anteckning</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/ResidentDelegate.qml" line="125" />
        <source>Ny anteckning om %1</source>
        <translation>New note about %1</translation>
    </message>
</context>
<context>
    <name>ResidentListModel</name>
    <message>
        <location filename="../app/models/residentlistmodel.cpp" line="45" />
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location filename="../app/models/residentlistmodel.cpp" line="98" />
        <source>Listan över boende kunde inte läsas från journalen.</source>
        <translation>The list of residents could not be read from the store.</translation>
    </message>
    <message>
        <location filename="../app/models/residentlistmodel.cpp" line="129" />
        <source>Listan kan inte visas eftersom åtkomsten inte kunde loggas. Kontakta enhetschefen.</source>
        <translation>The list cannot be shown because the access could not be logged. Contact the unit manager.</translation>
    </message>
</context>
<context>
    <name>ResidentListPage</name>
    <message>
        <location filename="../qml/Akten/Residents/ResidentListPage.qml" line="22" />
        <location filename="../qml/Akten/Residents/ResidentListPage.qml" line="30" />
        <source>Boende</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Residents/ResidentListPage.qml" line="77" />
        <source>Inga boende att visa.</source>
        <translation>No residents to show.</translation>
    </message>
</context>
<context>
    <name>ResidentSigningHeader</name>
    <message>
        <location filename="../qml/Akten/Signing/ResidentSigningHeader.qml" line="52" />
        <source>Ny anteckning</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/ResidentSigningHeader.qml" line="53" />
        <source>Ny anteckning om %1</source>
        <translation>New note about %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/ResidentSigningHeader.qml" line="61" />
        <source>Signera alla (%1)</source>
        <translation>Sign all (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/ResidentSigningHeader.qml" line="62" />
        <source>Signera alla %1 insatser för %2</source>
        <translation>Sign all %1 insatser for %2</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../qml/Akten/Plan/ReviewStep.qml" line="28" />
        <source>Planen är klar att fastställas</source>
        <translation>The plan is ready to be set</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ReviewStep.qml" line="29" />
        <source>Det här saknas</source>
        <translation>This is missing</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ReviewStep.qml" line="33" />
        <source>Behov i planen: %1</source>
        <translation>Needs in the plan: %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ReviewStep.qml" line="49" />
        <source>Saknas: %1. Gå till fältet.</source>
        <translation>Missing: %1. Go to the field.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ReviewStep.qml" line="59" />
        <source>Fastställ planen</source>
        <translation>Set the plan</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Plan/ReviewStep.qml" line="60" />
        <source>Fastställ planen med dagens datum</source>
        <translation>Set the plan with today's date</translation>
    </message>
</context>
<context>
    <name>SaveQuestion</name>
    <message>
        <location filename="../qml/Akten/Journal/SaveQuestion.qml" line="39" />
        <source>Det som står här sparas i journalen för den eller de boende som anteckningen gäller. Andra boendes namn och personnummer hör inte hemma där.</source>
        <translation>What is written here is saved in the journal of the resident or residents the note is about. Other residents' names and personal identity numbers do not belong there.</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/SaveQuestion.qml" line="50" />
        <source>Ändra</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/SaveQuestion.qml" line="53" />
        <source>Ändra texten</source>
        <translation>Change the text</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/SaveQuestion.qml" line="58" />
        <source>Spara ändå</source>
        <translation>Save anyway</translation>
    </message>
</context>
<context>
    <name>SigningExportController</name>
    <message>
        <location filename="../app/models/signingexportcontroller.cpp" line="51" />
        <source>Bara enhetschefen kan skriva ut signeringslistan.</source>
        <translation>Only the unit manager can print the signing list.</translation>
    </message>
    <message>
        <location filename="../app/models/signingexportcontroller.cpp" line="55" />
        <source>Välj en månad, till exempel 2026-11.</source>
        <translation>Choose a month, for example 2026-11.</translation>
    </message>
    <message>
        <location filename="../app/models/signingexportcontroller.cpp" line="60" />
        <source>Den boende finns inte på din enhet.</source>
        <translation>The resident is not in your unit.</translation>
    </message>
    <message>
        <location filename="../app/models/signingexportcontroller.cpp" line="65" />
        <source>Signeringslistan kunde inte läsas.</source>
        <translation>The signing list could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/signingexportcontroller.cpp" line="68" />
        <source>Exportmappen kunde inte skapas.</source>
        <translation>The export folder could not be created.</translation>
    </message>
    <message>
        <location filename="../app/models/signingexportcontroller.cpp" line="82" />
        <source>Signeringslistan skrevs inte ut eftersom utskriften inte kunde loggas.</source>
        <translation>The signing list was not printed because the printing could not be logged.</translation>
    </message>
    <message>
        <location filename="../app/models/signingexportcontroller.cpp" line="83" />
        <source>Filen kunde inte sparas i exportmappen.</source>
        <translation>The file could not be saved in the export folder.</translation>
    </message>
</context>
<context>
    <name>SigningListModel</name>
    <message>
        <location filename="../app/models/signinglistmodel.cpp" line="50" />
        <source>I dag, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <location filename="../app/models/signinglistmodel.cpp" line="60" />
        <location filename="../app/models/signinglistmodel.cpp" line="71" />
        <source>Signeringslistan kunde inte läsas.</source>
        <translation>The signing list could not be read.</translation>
    </message>
    <message>
        <location filename="../app/models/signinglistmodel.cpp" line="93" />
        <source>Inga insatser på signeringslistan den här dagen</source>
        <translation>No insatser on the signing list this day</translation>
    </message>
    <message>
        <location filename="../app/models/signinglistmodel.cpp" line="94" />
        <source>%1 av %2 signerade, %3 kvar</source>
        <translation>%1 of %2 signed, %3 left</translation>
    </message>
</context>
<context>
    <name>SigningSection</name>
    <message>
        <location filename="../qml/Akten/Record/SigningSection.qml" line="20" />
        <source>Signeringslistor</source>
        <translation>Signing lists</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/SigningSection.qml" line="26" />
        <source>‹ Föregående dag</source>
        <translation>‹ Previous day</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/SigningSection.qml" line="39" />
        <source>Nästa dag ›</source>
        <translation>Next day ›</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/SigningSection.qml" line="57" />
        <source>Spara månadslistan som PDF</source>
        <translation>Save the month's list as PDF</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/SigningSection.qml" line="60" />
        <source>Månadslistan är sparad i exportmappen: %1</source>
        <translation>The month's list is saved in the export folder: %1</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/SigningSection.qml" line="93" />
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/SigningSection.qml" line="127" />
        <source>HSL, delegerad</source>
        <translation>HSL, delegated</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Record/SigningSection.qml" line="142" />
        <source>Inga insatser att signera den här dagen.</source>
        <translation>Nothing to sign on this day.</translation>
    </message>
</context>
<context>
    <name>StaffBadgeListModel</name>
    <message>
        <location filename="../app/models/staffbadgelistmodel.cpp" line="39" />
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../app/models/staffbadgelistmodel.cpp" line="41" />
        <source>Låst</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../app/models/staffbadgelistmodel.cpp" line="43" />
        <source>Spärrad</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../app/models/staffbadgelistmodel.cpp" line="45" />
        <source>Kunde inte läsas</source>
        <translation>Could not be read</translation>
    </message>
    <message>
        <location filename="../app/models/staffbadgelistmodel.cpp" line="49" />
        <source>Ingen bricka</source>
        <translation>No badge</translation>
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
        <source>Enhetens säkerhetschip (TPM), som håller nyckeln till journalen, svarar inte. Starta om enheten. Hjälper inte det, kontakta IT-stöd.</source>
        <translation>The device's security chip (TPM), which holds the record's key, does not answer. Restart the device. If that does not help, contact IT support.</translation>
    </message>
    <message>
        <location filename="../app/shell/startupmessage.cpp" line="28" />
        <source>Journalens fil är skadad eller ofullständig.</source>
        <translation>The record file is damaged or incomplete.</translation>
    </message>
    <message>
        <location filename="../app/shell/startupmessage.cpp" line="31" />
        <source>Krypteringen på enheten uppfyller inte kraven. Akten startar inte.</source>
        <translation>The encryption on this device does not meet the requirements. Akten will not start.</translation>
    </message>
    <message>
        <location filename="../app/shell/startupmessage.cpp" line="34" />
        <source>Journalen har skrivits av en nyare version av Akten. Uppdatera Akten.</source>
        <translation>The record was written by a newer version of Akten. Update Akten.</translation>
    </message>
    <message>
        <location filename="../app/shell/startupmessage.cpp" line="37" />
        <source>Ett oväntat fel inträffade när journalen öppnades.</source>
        <translation>An unexpected error occurred while opening the record.</translation>
    </message>
</context>
<context>
    <name>StartupErrorPage</name>
    <message>
        <location filename="../qml/Akten/Shell/StartupErrorPage.qml" line="15" />
        <location filename="../qml/Akten/Shell/StartupErrorPage.qml" line="29" />
        <source>Akten kan inte öppna journalen</source>
        <translation>Akten cannot open the record</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Shell/StartupErrorPage.qml" line="41" />
        <source>Ingenting har ändrats. Kontakta den som ansvarar för enhetens surfplattor.</source>
        <translation>Nothing has been changed. Contact the person responsible for the unit's tablets.</translation>
    </message>
</context>
<context>
    <name>SyncFreshness</name>
    <message>
        <location filename="../app/models/syncfreshness.cpp" line="27" />
        <source>Uppdaterad %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location filename="../app/models/syncfreshness.cpp" line="28" />
        <source>Aldrig uppdaterad</source>
        <translation>Never updated</translation>
    </message>
    <message>
        <location filename="../app/models/syncfreshness.cpp" line="41" />
        <source>Ingen kontakt med centralen på en stund. Signeringar från andra enheter kan saknas här, så missade insatser visas som ej signerade här.</source>
        <translation>No contact with the central store for a while. Signatures from other devices may be missing here, so missed insatser are shown as not signed here.</translation>
    </message>
    <message>
        <location filename="../app/models/syncfreshness.cpp" line="54" />
        <source>Ej signerad här (uppdaterad %1)</source>
        <translation>Not signed here (updated %1)</translation>
    </message>
    <message>
        <location filename="../app/models/syncfreshness.cpp" line="55" />
        <source>Ej signerad här (inte uppdaterad)</source>
        <translation>Not signed here (not updated)</translation>
    </message>
</context>
<context>
    <name>SyncStatusModel</name>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="28" />
        <source>Journalanteckning</source>
        <translation>Journal entry</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="29" />
        <source>Rättelse</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="30" />
        <source>Signering</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="31" />
        <source>Återtagen signering</source>
        <translation>Retracted signature</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="32" />
        <source>Genomförandeplan</source>
        <translation>Genomförandeplan (implementation plan)</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="33" />
        <source>Samtycke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="34" />
        <source>Utlämnande</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="35" />
        <source>Logghändelse</source>
        <translation>Log event</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="37" />
        <source>Uppgift</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="45" />
        <source>Den som skrev är inte längre aktiv personal på enheten.</source>
        <translation>The author is no longer active staff of the unit.</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="49" />
        <source>Surfplattan är inte kopplad till den enheten.</source>
        <translation>This tablet is not enrolled for that unit.</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="52" />
        <source>Den boende finns inte i centralens register.</source>
        <translation>The resident is not in the central register.</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="54" />
        <source>Centralen tog inte emot uppgiften. Kontakta enhetschefen.</source>
        <translation>The central store did not accept the record. Contact the unit manager.</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="170" />
        <source>Inte dockad</source>
        <translation>Not docked</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="172" />
        <source>Synkar</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="174" />
        <source>Synkad</source>
        <translation>Synced</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="176" />
        <source>Misslyckades</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="178" />
        <source>Spärrad</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="182" />
        <source>Av</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="190" />
        <source>Inte dockad. Synkar i bakgrunden när centralen nås över nätverket, annars i dockan.</source>
        <translation>Not docked. Syncs in the background when the central store answers on the network, otherwise in the dock.</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="203" />
        <source>Surfplattan synkas inte (ingen central är inställd).</source>
        <translation>This tablet does not sync (no central store is set).</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="191" />
        <source>Inte dockad. Synken startar när surfplattan står i dockan.</source>
        <translation>Not docked. Sync starts when the tablet is in its dock.</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="193" />
        <source>Synkar nu …</source>
        <translation>Syncing …</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="195" />
        <source>Synkad.</source>
        <translation>Synced.</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="197" />
        <source>Synken misslyckades. Nytt försök görs automatiskt.</source>
        <translation>The sync failed. It will be tried again automatically.</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="199" />
        <source>Surfplattan är spärrad av centralen. Lämna den till enhetschefen.</source>
        <translation>The central store has revoked this tablet. Hand it to the unit manager.</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="213" />
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="228" />
        <source>Synkstatus kunde inte läsas. Kontakta IT-supporten.</source>
        <translation>The sync status could not be read. Contact IT support.</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="235" />
        <source>Loggkedjan på surfplattan är bruten, så inget skickas till centralen. Kontakta SAS eller IT-supporten.</source>
        <translation>The audit log chain on this tablet is broken, so nothing is sent to the central store. Contact the SAS or IT support.</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="239" />
        <source>Centralen tar inte emot något från surfplattan förrän enhetschefen eller SAS har granskat ett larm om ändrad logg.</source>
        <translation>The central store takes nothing from this tablet until the unit manager or the SAS has reviewed an alarm about an altered log.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/syncstatusmodel.cpp" line="242" />
        <source>Senaste försöket misslyckades (%n försök i rad). Kontrollera att surfplattan står i dockan och att nätverket fungerar.</source>
        <translation><numerusform>The last attempt failed (%n in a row). Check that the tablet is in its dock and that the network works.</numerusform><numerusform>The last attempt failed (%n in a row). Check that the tablet is in its dock and that the network works.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="260" />
        <source>Personuppgifterna är låsta tills surfplattan har synkats första gången. Ställ den i dockan.</source>
        <translation>Personal data is locked until the tablet has synced for the first time. Put it in its dock.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/syncstatusmodel.cpp" line="263" />
        <source>Personuppgifterna är låsta eftersom surfplattan inte har synkats på %n dagar. Ställ den i dockan så låses de upp när synken är klar.</source>
        <translation><numerusform>Personal data is locked because the tablet has not synced for %n day. Put it in its dock; it unlocks when the sync is done.</numerusform><numerusform>Personal data is locked because the tablet has not synced for %n days. Put it in its dock; it unlocks when the sync is done.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="267" />
        <source>Måste synkas senast %1.</source>
        <translation>Must sync by %1.</translation>
    </message>
</context>
<context>
    <name>SyncStatusPage</name>
    <message>
        <location filename="../qml/Akten/Admin/SyncStatusPage.qml" line="20" />
        <source>Synk</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/SyncStatusPage.qml" line="34" />
        <source>Synk med centralen</source>
        <translation>Sync with the central store</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/SyncStatusPage.qml" line="68" />
        <source>Senast synkad</source>
        <translation>Last synced</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/SyncStatusPage.qml" line="72" />
        <source>Signeringar från andra enheter</source>
        <translation>Signatures from other devices</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/SyncStatusPage.qml" line="87" />
        <source>Nästa försök</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/SyncStatusPage.qml" line="92" />
        <source>Väntar på att skickas</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Akten/Admin/SyncStatusPage.qml" line="93" />
        <source>%n uppgifter</source>
        <translation><numerusform>%n records</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/SyncStatusPage.qml" line="97" />
        <source>Genomförandeplaner i konflikt</source>
        <translation>Genomförandeplaner in conflict</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Akten/Admin/SyncStatusPage.qml" line="98" />
        <source>%n boende – kontaktmannen behöver slå ihop versionerna</source>
        <translation><numerusform>%n resident – the contact person needs to merge the versions</numerusform><numerusform>%n residents – the contact person needs to merge the versions</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/SyncStatusPage.qml" line="100" />
        <source>Inga</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/SyncStatusPage.qml" line="105" />
        <source>Offlinegräns</source>
        <translation>Offline limit</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/SyncStatusPage.qml" line="112" />
        <source>Synka nu</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/SyncStatusPage.qml" line="113" />
        <source>Synka nu med centralen</source>
        <translation>Sync now with the central store</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/SyncStatusPage.qml" line="125" />
        <source>Avvisade av centralen</source>
        <translation>Refused by the central store</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Admin/SyncStatusPage.qml" line="128" />
        <source>Inga avvisade uppgifter.</source>
        <translation>No refused records.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../app/models/modelsupport.cpp" line="36" />
        <source>i dag %1</source>
        <translation>today %1</translation>
    </message>
    <message>
        <location filename="../app/models/modelsupport.cpp" line="39" />
        <source>i går %1</source>
        <translation>yesterday %1</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../qml/Akten/Signing/UndoBar.qml" line="42" />
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Signing/UndoBar.qml" line="45" />
        <source>Ångra: %1</source>
        <translation>Undo: %1</translation>
    </message>
</context>
<context>
    <name>WritingTips</name>
    <message>
        <location filename="../qml/Akten/Journal/WritingTips.qml" line="26" />
        <source>1 tips om texten</source>
        <translation>1 tip about the text</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/WritingTips.qml" line="26" />
        <source>%1 tips om texten</source>
        <translation>%1 tips about the text</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/WritingTips.qml" line="50" />
        <source>Tips, %1: %2. %3</source>
        <translation>Tip, %1: %2. %3</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/WritingTips.qml" line="60" />
        <source>%1: ”%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/WritingTips.qml" line="96" />
        <source>Behåll</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../qml/Akten/Journal/WritingTips.qml" line="98" />
        <source>Behåll orden som de är</source>
        <translation>Keep the words as they are</translation>
    </message>
</context>
<context>
    <name>WritingTipsModel</name>
    <message>
        <location filename="../app/models/writingtipsmodel.cpp" line="84" />
        <source>Byt till: %1</source>
        <translation>Change to: %1</translation>
    </message>
    <message>
        <location filename="../app/models/writingtipsmodel.cpp" line="132" />
        <source>Texten nämner en annan boende och innehåller ett personnummer.</source>
        <translation>The text names another resident and contains a personal identity number.</translation>
    </message>
    <message>
        <location filename="../app/models/writingtipsmodel.cpp" line="135" />
        <source>Texten nämner en annan boende.</source>
        <translation>The text names another resident.</translation>
    </message>
    <message>
        <location filename="../app/models/writingtipsmodel.cpp" line="137" />
        <source>Texten innehåller ett personnummer.</source>
        <translation>The text contains a personal identity number.</translation>
    </message>
</context>
</TS>