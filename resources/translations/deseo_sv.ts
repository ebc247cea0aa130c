<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>DESEO Cluster Designer is free software under the GNU General Public License, version 3 or later.</source>
        <translation>DESEO Cluster Designer är fri programvara under GNU General Public License, version 3 eller senare.</translation>
    </message>
    <message>
        <source>It is built on:</source>
        <translation>Det bygger på:</translation>
    </message>
    <message>
        <source>The interface and the documents use the DejaVu Sans font, shipped with the app under this licence:</source>
        <translation>Gränssnittet och dokumenten använder typsnittet DejaVu Sans, som följer med programmet under denna licens:</translation>
    </message>
    <message>
        <source>About DESEO Cluster Designer</source>
        <translation>Om DESEO Cluster Designer</translation>
    </message>
    <message>
        <source>DESEO Cluster Designer</source>
        <translation>DESEO Cluster Designer</translation>
    </message>
    <message>
        <source>Design local social-economy clusters that give women and men equal access to economic and social life, and draft their local agreements. It carries on the work of the EU project DESEO (REVES network, 2006-2008).</source>
        <translation>Designa lokala kluster för social ekonomi som ger kvinnor och män lika tillgång till det ekonomiska och sociala livet, och ta fram utkast till deras lokala överenskommelser. Programmet för vidare arbetet i EU-projektet DESEO (nätverket REVES, 2006–2008).</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>DejaVu-typsnitt</translation>
    </message>
</context>
<context>
    <name>ActorImport</name>
    <message>
        <source>No organisation name.</source>
        <translation>Organisationens namn saknas.</translation>
    </message>
    <message>
        <source>Already among the actors.</source>
        <translation>Finns redan bland aktörerna.</translation>
    </message>
    <message>
        <source>Twice in the file.</source>
        <translation>Förekommer två gånger i filen.</translation>
    </message>
    <message>
        <source>Import Actors from a Spreadsheet</source>
        <translation>Importera aktörer från kalkylark</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Kalkylark (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.

%1</source>
        <translation>Filen kan inte importeras; ingenting har ändrats.

%1</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Filen kan inte läsas.</translation>
    </message>
    <message>
        <source>No row of headers with an organisation&apos;s name was found in the first 30 lines, or the actors changed meanwhile. Use the template (Save a Template…) for the expected columns.</source>
        <translation>Ingen rubrikrad med en organisations namn hittades bland de första 30 raderna, eller så har aktörerna ändrats under tiden. Använd mallen (Spara en mall…) för att få de kolumner som förväntas.</translation>
    </message>
</context>
<context>
    <name>ActorImportDialog</name>
    <message>
        <source>Import Actors from a Spreadsheet</source>
        <translation>Importera aktörer från kalkylark</translation>
    </message>
    <message>
        <source>What column “%1” holds</source>
        <translation>Vad kolumnen ”%1” innehåller</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <source>The rows and their problems</source>
        <translation>Raderna och deras problem</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Headers found on line %1. Check what each column holds:</source>
        <translation>Rubrikerna hittades på rad %1. Kontrollera vad varje kolumn innehåller:</translation>
    </message>
    <message>
        <source>Choose one column for the organisation&apos;s name, and each kind once.</source>
        <translation>Välj en kolumn för organisationens namn, och varje annan uppgift högst en gång.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to add.</source>
        <translation>
            <numerusform>%n rad är klar att läggas till.</numerusform>
            <numerusform>%n rader är klara att läggas till.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will be left out.</source>
        <translation>
            <numerusform>%n rad med problem utelämnas.</numerusform>
            <numerusform>%n rader med problem utelämnas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Organisation(s)</source>
        <translation>
            <numerusform>Lägg till %n organisation</numerusform>
            <numerusform>Lägg till %n organisationer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorsEditor</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Juridisk form</translation>
    </message>
    <message>
        <source>Social economy</source>
        <translation>Social ekonomi</translation>
    </message>
    <message>
        <source>Role in the cluster</source>
        <translation>Roll i klustret</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Skriver under</translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation>Leds av kvinnor</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>aktör</translation>
    </message>
    <message>
        <source>&amp;Import from a Spreadsheet…</source>
        <translation>&amp;Importera från kalkylark…</translation>
    </message>
    <message>
        <source>Add organisations from an .xlsx or .csv file, after a preview</source>
        <translation>Lägg till organisationer från en .xlsx- eller .csv-fil, efter en förhandsgranskning</translation>
    </message>
    <message>
        <source>Save a &amp;Template…</source>
        <translation>Spara en &amp;mall…</translation>
    </message>
    <message>
        <source>A spreadsheet with the columns the import expects, to fill in</source>
        <translation>Ett kalkylark med de kolumner som importen förväntar sig, att fylla i</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <source>Save a Template</source>
        <translation>Spara en mall</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Kalkylark (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Terms</source>
        <translation>Villkor</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artiklar</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Åtaganden</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>such as 2026-03-01</source>
        <translation>t.ex. 2026-03-01</translation>
    </message>
    <message>
        <source>&amp;Raise the version</source>
        <translation>&amp;Höj versionen</translation>
    </message>
    <message>
        <source>Add 1 to the version number and date it today, as one step.</source>
        <translation>Öka versionsnumret med 1 och datera det i dag, i ett enda steg.</translation>
    </message>
    <message>
        <source>da&amp;ted</source>
        <translation>dat&amp;erad</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>Överenskommelsen</translation>
    </message>
    <message>
        <source>Duration and signature</source>
        <translation>Giltighetstid och undertecknande</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Dataskydd</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Skede:</translation>
    </message>
    <message>
        <source>Version date</source>
        <translation>Versionsdatum</translation>
    </message>
    <message>
        <source>&amp;Duration (months):</source>
        <translation>&amp;Giltighetstid (månader):</translation>
    </message>
    <message>
        <source>&amp;Place of signature:</source>
        <translation>&amp;Ort för undertecknande:</translation>
    </message>
    <message>
        <source>&amp;Contact point:</source>
        <translation>&amp;Kontaktpunkt:</translation>
    </message>
    <message>
        <source>Keep the data for (&amp;years):</source>
        <translation>Bevara uppgifterna i (&amp;år):</translation>
    </message>
    <message>
        <source>The version is the one the parties see on the draft (for example “v2, 1 March 2026”): raise it when you send them a new draft.</source>
        <translation>Versionen är den som parterna ser på utkastet (till exempel ”v2, 1 mars 2026”): höj den när du skickar ett nytt utkast till dem.</translation>
    </message>
    <message>
        <source>Who people can write to about their personal data (GDPR art. 26).</source>
        <translation>Den som personer kan kontakta om sina personuppgifter (dataskyddsförordningen, art. 26).</translation>
    </message>
    <message>
        <source>Raise the agreement version to %1</source>
        <translation>Höj överenskommelsens version till %1</translation>
    </message>
    <message>
        <source>Added to the standard text</source>
        <translation>Läggs till standardtexten</translation>
    </message>
    <message>
        <source>Replaces the standard text</source>
        <translation>Ersätter standardtexten</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Ingår</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Din text</translation>
    </message>
    <message>
        <source>Beginning of your text</source>
        <translation>Början av din text</translation>
    </message>
    <message>
        <source>Articles of the agreement</source>
        <translation>Överenskommelsens artiklar</translation>
    </message>
    <message>
        <source>article</source>
        <translation>artikel</translation>
    </message>
    <message>
        <source>Your &amp;text:</source>
        <translation>Din te&amp;xt:</translation>
    </message>
    <message>
        <source>Add it after the standard text of the article</source>
        <translation>Lägg till den efter artikelns standardtext</translation>
    </message>
    <message>
        <source>Use it instead of the standard text</source>
        <translation>Använd den i stället för standardtexten</translation>
    </message>
    <message>
        <source>How your text is used</source>
        <translation>Hur din text används</translation>
    </message>
    <message>
        <source>Versi&amp;on:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Renew&amp;al:</source>
        <translation>Fö&amp;rlängning:</translation>
    </message>
    <message>
        <source>Entry &amp;into force:</source>
        <translation>&amp;Ikraftträdande:</translation>
    </message>
    <message>
        <source>H&amp;ow:</source>
        <translation>&amp;Hur:</translation>
    </message>
    <message>
        <source>Select an article to write its own text.</source>
        <translation>Välj en artikel för att skriva en egen text till den.</translation>
    </message>
    <message>
        <source>Article %1: %2</source>
        <translation>Artikel %1: %2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Commitments of each party</source>
        <translation>Parternas åtaganden</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Företrädare</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Undertecknad den</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>undertecknare</translation>
    </message>
    <message>
        <source>Add every &amp;party</source>
        <translation>Lägg till alla &amp;parter</translation>
    </message>
    <message>
        <source>Add a signatory for each organisation marked as signing that has none yet.</source>
        <translation>Lägg till en undertecknare för varje organisation som är markerad att skriva under och som ännu inte har någon.</translation>
    </message>
    <message>
        <source>Every organisation marked as signing on the Actors step needs a row here: who signs for it, in which capacity (such as President), where and when. “Add every party” adds the rows still missing.</source>
        <translation>Varje organisation som är markerad att skriva under i steget Aktörer behöver en rad här: vem som skriver under för den, i vilken befattning (till exempel ordförande), var och när. ”Lägg till alla parter” lägger till de rader som fortfarande saknas.</translation>
    </message>
    <message>
        <source>Every organisation that signs already has a signatory.</source>
        <translation>Varje organisation som skriver under har redan en undertecknare.</translation>
    </message>
    <message>
        <source>Add every party as a signatory</source>
        <translation>Lägg till alla parter som undertecknare</translation>
    </message>
    <message numerus="yes">
        <source>Added %n signatories.</source>
        <translation>
            <numerusform>Lade till %n undertecknare.</numerusform>
            <numerusform>Lade till %n undertecknare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the commitments of</source>
        <translation>Visa åtagandena för</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Insatsområde</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Åtagande</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>åtagande</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>The &amp;commitment:</source>
        <translation>&amp;Åtagandet:</translation>
    </message>
    <message>
        <source>The selected commitment</source>
        <translation>Det valda åtagandet</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Alla parter</translation>
    </message>
</context>
<context>
    <name>BalanceMeter</name>
    <message>
        <source>No figures yet</source>
        <translation>Inga siffror ännu</translation>
    </message>
    <message>
        <source>Women %1% · Men %2%</source>
        <translation>Kvinnor %1 % · Män %2 %</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>jämn fördelning</translation>
    </message>
    <message>
        <source>too few women (under %1%)</source>
        <translation>för få kvinnor (under %1 %)</translation>
    </message>
    <message>
        <source>too few men (under %1%)</source>
        <translation>för få män (under %1 %)</translation>
    </message>
    <message numerus="yes">
        <source>(%n not stated)</source>
        <translation>
            <numerusform>(%n utan angivet kön)</numerusform>
            <numerusform>(%n utan angivet kön)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BaselineEditor</name>
    <message>
        <source>Workforce</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Chefer</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Styrelse</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>women</source>
        <translation>kvinnor</translation>
    </message>
    <message>
        <source>men</source>
        <translation>män</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>ej angivet</translation>
    </message>
    <message>
        <source>Women and men in each organisation</source>
        <translation>Kvinnor och män i varje organisation</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>aktör</translation>
    </message>
    <message>
        <source>The whole cluster</source>
        <translation>Hela klustret</translation>
    </message>
    <message>
        <source>The selected organisation</source>
        <translation>Den valda organisationen</translation>
    </message>
    <message>
        <source>Gender baseline</source>
        <translation>Utgångsläge per kön</translation>
    </message>
    <message>
        <source>Select an organisation in the table.</source>
        <translation>Välj en organisation i tabellen.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Indicators from the catalogue</source>
        <translation>Indikatorer från katalogen</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alla dimensioner</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Code or words of the name</source>
        <translation>Kod eller ord i namnet</translation>
    </message>
    <message>
        <source>Find an indicator</source>
        <translation>Sök en indikator</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dimension:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Catalogue indicators: tick the ones to add</source>
        <translation>Katalogens indikatorer: kryssa för dem som ska läggas till</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Default target</source>
        <translation>Förvalt mål</translation>
    </message>
    <message>
        <source>%1 (already in the design)</source>
        <translation>%1 (finns redan i klusterdesignen)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>minst %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>högst %1</translation>
    </message>
    <message>
        <source>a gap of at most %1</source>
        <translation>en skillnad på högst %1</translation>
    </message>
    <message>
        <source>&amp;Add the ticked indicators (%1)</source>
        <translation>&amp;Lägg till de förkryssade indikatorerna (%1)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Tick the indicators to add. Select one to read what it measures.</source>
        <translation>Kryssa för de indikatorer som ska läggas till. Markera en för att läsa vad den mäter.</translation>
    </message>
    <message>
        <source>Measured: %1. Unit: %2.</source>
        <translation>Mäts: %1. Enhet: %2.</translation>
    </message>
    <message>
        <source>Default target: %1.</source>
        <translation>Förvalt mål: %1.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>A chart of the DESEO Cluster Designer</source>
        <translation>Ett diagram från DESEO Cluster Designer</translation>
    </message>
    <message>
        <source>Save chart as image (PNG or SVG)…</source>
        <translation>Spara diagrammet som bild (PNG eller SVG)…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Spara…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture or an SVG drawing</source>
        <translation>Spara diagrammet som en PNG-bild eller en SVG-ritning</translation>
    </message>
    <message>
        <source>Save %1 as an image</source>
        <translation>Spara %1 som bild</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-ritning (*.svg)</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Spara diagrammet</translation>
    </message>
    <message>
        <source>The chart could not be saved in %1.</source>
        <translation>Diagrammet kunde inte sparas i %1.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Workforce</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Chefer</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Styrelser</translation>
    </message>
    <message>
        <source>Governance seats</source>
        <translation>Platser i klustrets organ</translation>
    </message>
    <message>
        <source>Workshop attendance</source>
        <translation>Närvaro vid workshoppar</translation>
    </message>
    <message>
        <source>Planned speakers</source>
        <translation>Planerade talare</translation>
    </message>
    <message>
        <source>workforce</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>management</source>
        <translation>chefer</translation>
    </message>
    <message>
        <source>boards</source>
        <translation>styrelser</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>finansieras</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>finansieras inte</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>inte bedömd ännu</translation>
    </message>
    <message>
        <source>Share of the people whose sex is stated</source>
        <translation>Andel av personerna med angivet kön</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>Balance: each sex at least %1</source>
        <translation>Jämn fördelning: varje kön minst %1</translation>
    </message>
    <message>
        <source>%1: no figures yet</source>
        <translation>%1: inga siffror ännu</translation>
    </message>
    <message>
        <source>%1: %2 women (%3), %4 men (%5)</source>
        <translation>%1: %2 kvinnor (%3), %4 män (%5)</translation>
    </message>
    <message>
        <source>, %1 not stated</source>
        <translation>, %1 ej angivet</translation>
    </message>
    <message>
        <source>Women and men in the cluster</source>
        <translation>Kvinnor och män i klustret</translation>
    </message>
    <message>
        <source>Group (people)</source>
        <translation>Grupp (personer)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Sex not stated: %1</source>
        <translation>Kön ej angivet: %1</translation>
    </message>
    <message>
        <source>Organisation (people)</source>
        <translation>Organisation (personer)</translation>
    </message>
    <message>
        <source>Women and men by organisation: %1</source>
        <translation>Kvinnor och män per organisation: %1</translation>
    </message>
    <message>
        <source>Value of the contributions (%1)</source>
        <translation>Bidragens värde (%1)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In natura</translation>
    </message>
    <message>
        <source>%1: %2 in cash, %3 in kind</source>
        <translation>%1: %2 kontant, %3 in natura</translation>
    </message>
    <message>
        <source>Pooled value by category, cash and in kind</source>
        <translation>Samnyttjat värde per kategori, kontant och in natura</translation>
    </message>
    <message>
        <source>Category (total)</source>
        <translation>Kategori (totalt)</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Bidragsgivare</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Tilläggspoäng</translation>
    </message>
    <message>
        <source>Financing score: %1 of %2, %3</source>
        <translation>Finansieringspoäng: %1 av %2, %3</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Not earned</source>
        <translation>Inte uppnått</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Threshold (%1)</source>
        <translation>Gränsvärde (%1)</translation>
    </message>
    <message>
        <source>Criterion %1 minimum (%2)</source>
        <translation>Miniminivå för kriterium %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 points</source>
        <translation>%1: %2 av %3 poäng</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Alla indikatorer</translation>
    </message>
    <message>
        <source>Indicators: none assessed yet</source>
        <translation>Indikatorer: ingen bedömd ännu</translation>
    </message>
    <message>
        <source>Indicators: %1 on track</source>
        <translation>Indikatorer: %1 i fas</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Domain (indicators)</source>
        <translation>Dimension (indikatorer)</translation>
    </message>
    <message>
        <source>%1: %2 on track, %3 at risk, %4 off track, %5 not measured</source>
        <translation>%1: %2 i fas, %3 i riskzonen, %4 efter plan, %5 inte mätta</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Women in the workforce</source>
        <translation>Kvinnor bland personalen</translation>
    </message>
    <message>
        <source>Women in governance seats</source>
        <translation>Kvinnor på platserna i klustrets organ</translation>
    </message>
    <message>
        <source>Pooled value</source>
        <translation>Samnyttjat värde</translation>
    </message>
    <message>
        <source>Financing score</source>
        <translation>Finansieringspoäng</translation>
    </message>
    <message>
        <source>Indicators on track</source>
        <translation>Indikatorer i fas</translation>
    </message>
    <message>
        <source>Women and men in the cluster</source>
        <translation>Kvinnor och män i klustret</translation>
    </message>
    <message>
        <source>Women and men by organisation</source>
        <translation>Kvinnor och män per organisation</translation>
    </message>
    <message>
        <source>Which people</source>
        <translation>Vilka personer</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Chefer</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Styrelser</translation>
    </message>
    <message>
        <source>Order of the organisations</source>
        <translation>Organisationernas ordning</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>Störst först</translation>
    </message>
    <message>
        <source>Fewest women first</source>
        <translation>Minst antal kvinnor först</translation>
    </message>
    <message>
        <source>Fewest men first</source>
        <translation>Minst antal män först</translation>
    </message>
    <message>
        <source>Pooled value by category</source>
        <translation>Samnyttjat värde per kategori</translation>
    </message>
    <message>
        <source>Pooled value by contributor</source>
        <translation>Samnyttjat värde per bidragsgivare</translation>
    </message>
    <message>
        <source>Indicator progress</source>
        <translation>Indikatorernas utveckling</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Instrumentpanel</translation>
    </message>
    <message>
        <source>No figures of women and men yet.</source>
        <translation>Inga siffror för kvinnor och män ännu.</translation>
    </message>
    <message>
        <source>No pooled contributions yet.</source>
        <translation>Inga samnyttjade bidrag ännu.</translation>
    </message>
    <message>
        <source>No financing grid is attached to this design.</source>
        <translation>Ingen bedömningsmatris för finansiering hör till denna klusterdesign.</translation>
    </message>
    <message>
        <source>No indicators yet.</source>
        <translation>Inga indikatorer ännu.</translation>
    </message>
    <message>
        <source>No organisation has given these figures yet.</source>
        <translation>Ingen organisation har angett dessa siffror ännu.</translation>
    </message>
    <message>
        <source>%1 in kind</source>
        <translation>%1 in natura</translation>
    </message>
    <message>
        <source>nothing pooled yet</source>
        <translation>inget samnyttjat ännu</translation>
    </message>
    <message>
        <source>no financing grid</source>
        <translation>ingen bedömningsmatris</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>%1 (threshold %2)</source>
        <translation>%1 (gränsvärde %2)</translation>
    </message>
    <message>
        <source>%1 of %2 assessed; %3 not measured</source>
        <translation>%1 av %2 bedömda; %3 inte mätta</translation>
    </message>
    <message>
        <source>no indicators yet</source>
        <translation>inga indikatorer ännu</translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation>inga siffror ännu</translation>
    </message>
    <message>
        <source>of %1 people whose sex is stated</source>
        <translation>av %1 personer med angivet kön</translation>
    </message>
</context>
<context>
    <name>DashboardPlurals</name>
    <message numerus="yes">
        <source>%n other organisation(s)</source>
        <translation>
            <numerusform>%n annan organisation</numerusform>
            <numerusform>%n andra organisationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisation (people); %n without figures</source>
        <translation>
            <numerusform>Organisation (personer); %n utan siffror</numerusform>
            <numerusform>Organisation (personer); %n utan siffror</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contributor; %n other(s): %1</source>
        <translation>
            <numerusform>Bidragsgivare; %n annan: %1</numerusform>
            <numerusform>Bidragsgivare; %n andra: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n largest contributor(s), cash and in kind</source>
        <translation>
            <numerusform>Den största bidragsgivaren, kontant och in natura</numerusform>
            <numerusform>De %n största bidragsgivarna, kontant och in natura</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesignFile</name>
    <message>
        <source>Export Design File</source>
        <translation>Exportera designfil</translation>
    </message>
    <message>
        <source>Export “%1” with the names and contacts it holds?</source>
        <translation>Vill du exportera ”%1” med de namn och kontaktuppgifter som den innehåller?</translation>
    </message>
    <message>
        <source>To hand the design to a colleague, keep them. To share it as a good practice, leave them out: every name, e-mail and phone is replaced by a pseudonym.</source>
        <translation>Behåll dem om du lämnar över klusterdesignen till en kollega. Utelämna dem om du delar den som ett gott exempel: varje namn, e-postadress och telefonnummer ersätts då med en pseudonym.</translation>
    </message>
    <message>
        <source>Keep Personal Data</source>
        <translation>Behåll personuppgifter</translation>
    </message>
    <message>
        <source>Leave Personal Data Out</source>
        <translation>Utelämna personuppgifter</translation>
    </message>
    <message>
        <source>DESEO designs (*.deseo)</source>
        <translation>DESEO-klusterdesigner (*.deseo)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporterad till %1</translation>
    </message>
    <message>
        <source>Import Design File</source>
        <translation>Importera designfil</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.

%1</source>
        <translation>Filen kan inte importeras; ingenting har ändrats.

%1</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Importerade ”%1”.</translation>
    </message>
    <message>
        <source>“%1” is already among your designs.</source>
        <translation>”%1” finns redan bland dina klusterdesigner.</translation>
    </message>
    <message>
        <source>Yours was last changed %1 (UTC); the file&apos;s copy %2 (UTC).</source>
        <translation>Din version ändrades senast %1 (UTC), filens kopia %2 (UTC).</translation>
    </message>
    <message>
        <source>Yours is NEWER than the file: replacing it loses those changes.</source>
        <translation>Din version är NYARE än filen: om du ersätter den förlorar du de ändringarna.</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Behåll båda</translation>
    </message>
    <message>
        <source>Replace Mine</source>
        <translation>Ersätt min</translation>
    </message>
</context>
<context>
    <name>DesignPage</name>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Help for this step</source>
        <translation>Hjälp för detta steg</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>Bib&amp;liotek</translation>
    </message>
    <message>
        <source>Back to the library (everything is saved)</source>
        <translation>Tillbaka till biblioteket (allt är sparat)</translation>
    </message>
    <message>
        <source>&amp;Workshops…</source>
        <translation>&amp;Workshoppar…</translation>
    </message>
    <message>
        <source>Log the workshops held on this design</source>
        <translation>Registrera de workshoppar som hållits kring denna klusterdesign</translation>
    </message>
    <message>
        <source>Fi&amp;nish</source>
        <translation>Slut&amp;för</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Design your first cluster</source>
        <translation>Designa ditt första kluster</translation>
    </message>
    <message>
        <source>A design gathers the actors of a territory, what they pool, how they govern the cluster, how it is financed and how progress towards equality between women and men is measured. Start a new one, or open the example to see a complete design.</source>
        <translation>En klusterdesign samlar aktörerna i ett område, vad de samnyttjar, hur de styr klustret, hur det finansieras och hur framstegen mot jämställdhet mellan kvinnor och män mäts. Skapa en ny, eller öppna exemplet för att se en komplett klusterdesign.</translation>
    </message>
    <message>
        <source>New design…</source>
        <translation>Ny klusterdesign…</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>Öppna exemplet</translation>
    </message>
</context>
<context>
    <name>EvaluationEditor</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mäts</translation>
    </message>
    <message>
        <source>Baseline
date</source>
        <translation>Utgångsvärde
datum</translation>
    </message>
    <message>
        <source>Baseline
women</source>
        <translation>Utgångsvärde
kvinnor</translation>
    </message>
    <message>
        <source>Baseline
men</source>
        <translation>Utgångsvärde
män</translation>
    </message>
    <message>
        <source>Baseline
one figure</source>
        <translation>Utgångsvärde
ett värde</translation>
    </message>
    <message>
        <source>Target
date</source>
        <translation>Mål
datum</translation>
    </message>
    <message>
        <source>Target
women</source>
        <translation>Mål
kvinnor</translation>
    </message>
    <message>
        <source>Target
men</source>
        <translation>Mål
män</translation>
    </message>
    <message>
        <source>Target
value</source>
        <translation>Mål
värde</translation>
    </message>
    <message>
        <source>Target
high end</source>
        <translation>Mål
övre gräns</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekvens</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indikator</translation>
    </message>
    <message>
        <source>Add from the &amp;catalogue…</source>
        <translation>Lägg till från &amp;katalogen…</translation>
    </message>
    <message>
        <source>Add indicators from the catalogue</source>
        <translation>Lägg till indikatorer från katalogen</translation>
    </message>
    <message>
        <source>or use Add above for an indicator of your own.</source>
        <translation>eller använd Lägg till ovan för en egen indikator.</translation>
    </message>
    <message>
        <source>The selected indicator</source>
        <translation>Den valda indikatorn</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besk&amp;rivning:</translation>
    </message>
    <message>
        <source>&amp;Good direction:</source>
        <translation>Önskad r&amp;iktning:</translation>
    </message>
    <message>
        <source>&amp;Target kind:</source>
        <translation>Typ av &amp;mål:</translation>
    </message>
    <message>
        <source>(e) Evaluation</source>
        <translation>(e) Utvärdering</translation>
    </message>
    <message>
        <source>Select an indicator in the table to see which figures it needs.</source>
        <translation>Välj en indikator i tabellen för att se vilka siffror den behöver.</translation>
    </message>
    <message>
        <source>%1 is measured by sex: give the baseline and target for each sex.</source>
        <translation>%1 mäts per kön: ange utgångsvärde och mål för varje kön.</translation>
    </message>
    <message>
        <source>%1 is one figure: give its baseline and target in one figure.</source>
        <translation>%1 är ett enda värde: ange dess utgångsvärde och mål som ett enda värde.</translation>
    </message>
    <message>
        <source>This indicator</source>
        <translation>Denna indikator</translation>
    </message>
    <message>
        <source>The target is a range: give its low and high ends.</source>
        <translation>Målet är ett intervall: ange dess nedre och övre gräns.</translation>
    </message>
    <message>
        <source>This kind of target has no number to reach.</source>
        <translation>Denna typ av mål har inget värde att nå.</translation>
    </message>
</context>
<context>
    <name>ExistingServicesEditor</name>
    <message>
        <source>This step is for improving a cluster that already exists. This design is for a new cluster, so the wizard skips it; to record improvements, choose an existing cluster on the Start step.</source>
        <translation>Detta steg gäller förbättring av ett kluster som redan finns. Denna klusterdesign gäller ett nytt kluster, så guiden hoppar över steget; välj ett befintligt kluster i steget Start om du vill registrera förbättringar.</translation>
    </message>
    <message>
        <source>Existing service or structure</source>
        <translation>Befintlig tjänst eller struktur</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Förbättringsåtgärder</translation>
    </message>
    <message>
        <source>improvement action</source>
        <translation>förbättringsåtgärd</translation>
    </message>
    <message>
        <source>The &amp;gap found:</source>
        <translation>Den konstaterade &amp;bristen:</translation>
    </message>
    <message>
        <source>The improvement &amp;action:</source>
        <translation>Förbättrings&amp;åtgärden:</translation>
    </message>
    <message>
        <source>(b) Existing services</source>
        <translation>(b) Befintliga tjänster</translation>
    </message>
    <message>
        <source>Select an action in the table to write the gap and the action.</source>
        <translation>Välj en åtgärd i tabellen för att beskriva bristen och åtgärden.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Vald: %1</translation>
    </message>
    <message>
        <source>(no service named yet)</source>
        <translation>(ingen tjänst namngiven ännu)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The agreement draft of “%1”, made from the design as it is now.</source>
        <translation>Utkastet till överenskommelse för ”%1”, framtaget ur klusterdesignen som den ser ut nu.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>överenskommelse</translation>
    </message>
    <message>
        <source>%1 (replaces the file already there)</source>
        <translation>%1 (ersätter filen som redan finns där)</translation>
    </message>
    <message>
        <source>Folder for the agreement</source>
        <translation>Mapp för överenskommelsen</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly (its process ended). Your files were left as they were; try again.</source>
        <translation>Exporten avbröts oväntat (dess process avslutades). Dina filer lämnades orörda; försök igen.</translation>
    </message>
    <message>
        <source>The export stopped because of a fault in the app (%1). Your files were left as they were; the details are in the log.</source>
        <translation>Exporten avbröts på grund av ett fel i programmet (%1). Dina filer lämnades orörda; detaljerna finns i loggen.</translation>
    </message>
    <message>
        <source>The agreement was exported.</source>
        <translation>Överenskommelsen har exporterats.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n sida)</numerusform>
            <numerusform>%1 (%n sidor)</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>i %1</translation>
    </message>
    <message>
        <source>Open the &amp;PDF</source>
        <translation>Öppna &amp;PDF-filen</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Öppna filen</translation>
    </message>
    <message>
        <source>Open the &amp;workbook</source>
        <translation>Öppna &amp;arbetsboken</translation>
    </message>
    <message>
        <source>Export agreement</source>
        <translation>Exportera överenskommelse</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Filer:</translation>
    </message>
    <message>
        <source>&amp;PDF document, to print and sign</source>
        <translation>&amp;PDF-dokument, att skriva ut och underteckna</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook, to work in</source>
        <translation>E&amp;xcel-arbetsbok, att arbeta vidare i</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Dokumentets &amp;språk:</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Dokumentets språk</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportförlopp</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>&amp;Visa i mappen</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>För lång: högst %1 tecken.</translation>
    </message>
    <message>
        <source>Type a whole number, such as 12.</source>
        <translation>Skriv ett heltal, till exempel 12.</translation>
    </message>
    <message>
        <source>It cannot be negative.</source>
        <translation>Värdet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Too large: at most %1.</source>
        <translation>För stort: högst %1.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @ and a domain, such as name@example.org.</source>
        <translation>En e-postadress behöver ett @ och en domän, till exempel namn@example.org.</translation>
    </message>
    <message>
        <source>Choose one of the values in the list.</source>
        <translation>Välj ett av värdena i listan.</translation>
    </message>
    <message>
        <source>Type a date such as 2026-03-01.</source>
        <translation>Skriv ett datum, till exempel 2026-03-01.</translation>
    </message>
    <message>
        <source>Type a number, such as 1250.50.</source>
        <translation>Skriv ett tal, till exempel 1250,50.</translation>
    </message>
    <message>
        <source>Women and men together are more than the total (%1).</source>
        <translation>Kvinnor och män är tillsammans fler än totalen (%1).</translation>
    </message>
    <message>
        <source>This date must come after the one it follows.</source>
        <translation>Detta datum måste komma efter det datum som det följer på.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Detta värde kan inte användas.</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>It is not a DESEO design file.</source>
        <translation>Den är inte en designfil från DESEO.</translation>
    </message>
    <message>
        <source>The file is damaged (cut short or corrupt).</source>
        <translation>Filen är skadad (avkortad eller trasig).</translation>
    </message>
    <message>
        <source>It holds too many files.</source>
        <translation>Den innehåller för många filer.</translation>
    </message>
    <message>
        <source>It unpacks to more than 50 MB.</source>
        <translation>Den blir större än 50 MB när den packas upp.</translation>
    </message>
    <message>
        <source>It holds a file with an unsafe name.</source>
        <translation>Den innehåller en fil med ett osäkert namn.</translation>
    </message>
    <message>
        <source>Parts of the design file are missing.</source>
        <translation>Delar av designfilen saknas.</translation>
    </message>
    <message>
        <source>It holds files a design never has.</source>
        <translation>Den innehåller filer som en klusterdesign aldrig har.</translation>
    </message>
    <message>
        <source>Its text is not valid UTF-8.</source>
        <translation>Dess text är inte giltig UTF-8.</translation>
    </message>
    <message>
        <source>Its contents are malformed.</source>
        <translation>Dess innehåll är felaktigt formaterat.</translation>
    </message>
    <message>
        <source>It holds a value that is not a number.</source>
        <translation>Den innehåller ett värde som inte är ett tal.</translation>
    </message>
    <message>
        <source>It holds a number far too long.</source>
        <translation>Den innehåller ett alldeles för långt tal.</translation>
    </message>
    <message>
        <source>Its contents are nested too deeply.</source>
        <translation>Dess innehåll är för djupt nästlat.</translation>
    </message>
    <message>
        <source>It was made by a newer DESEO: install DESEO %1 or later to open it.</source>
        <translation>Den skapades av en nyare version av DESEO: installera DESEO %1 eller senare för att öppna den.</translation>
    </message>
    <message>
        <source>The file was changed or damaged.</source>
        <translation>Filen har ändrats eller skadats.</translation>
    </message>
    <message>
        <source>It does not follow the design file format.</source>
        <translation>Den följer inte formatet för designfiler.</translation>
    </message>
    <message>
        <source>The file does not exist or cannot be read.</source>
        <translation>Filen finns inte eller kan inte läsas.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Filen är för stor.</translation>
    </message>
    <message>
        <source>Only .xlsx and .csv files can be read.</source>
        <translation>Endast .xlsx- och .csv-filer kan läsas.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls): save it as .xlsx or .csv first.</source>
        <translation>Detta är en gammal Excel-fil (.xls): spara den som .xlsx eller .csv först.</translation>
    </message>
    <message>
        <source>The workbook contains macros: save it as a plain .xlsx first.</source>
        <translation>Arbetsboken innehåller makron: spara den som en vanlig .xlsx-fil först.</translation>
    </message>
    <message>
        <source>The file is not an .xlsx workbook.</source>
        <translation>Filen är inte en .xlsx-arbetsbok.</translation>
    </message>
    <message>
        <source>The workbook is damaged.</source>
        <translation>Arbetsboken är skadad.</translation>
    </message>
    <message>
        <source>The workbook has too many parts.</source>
        <translation>Arbetsboken har för många delar.</translation>
    </message>
    <message>
        <source>The workbook unpacks too large.</source>
        <translation>Arbetsboken blir för stor när den packas upp.</translation>
    </message>
    <message>
        <source>The workbook holds refused XML declarations.</source>
        <translation>Arbetsboken innehåller otillåtna XML-deklarationer.</translation>
    </message>
    <message>
        <source>The workbook holds a far too long text.</source>
        <translation>Arbetsboken innehåller en alldeles för lång text.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Arbetsboken har inget kalkylblad.</translation>
    </message>
    <message>
        <source>The sheet has too many rows.</source>
        <translation>Bladet har för många rader.</translation>
    </message>
    <message>
        <source>The sheet has too many columns.</source>
        <translation>Bladet har för många kolumner.</translation>
    </message>
    <message>
        <source>A cell holds far too long a text.</source>
        <translation>En cell innehåller en alldeles för lång text.</translation>
    </message>
    <message>
        <source>The file is not a text (CSV) file.</source>
        <translation>Filen är inte en textfil (CSV).</translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor Windows-1252: save it as UTF-8.</source>
        <translation>Texten är varken UTF-8 eller Windows-1252: spara den som UTF-8.</translation>
    </message>
    <message>
        <source>The CSV file cannot be read.</source>
        <translation>CSV-filen kan inte läsas.</translation>
    </message>
    <message>
        <source>Its contents cannot be used as a design.</source>
        <translation>Dess innehåll kan inte användas som klusterdesign.</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read.</source>
        <translation>Kalkylarket kan inte läsas.</translation>
    </message>
    <message>
        <source>There is a folder called %1 where the file should go. Choose another folder.</source>
        <translation>Det finns en mapp som heter %1 där filen ska ligga. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk for %1. Free some space or choose another folder; the file that was there is unchanged.</source>
        <translation>Det finns inte tillräckligt med utrymme på disken för %1. Frigör utrymme eller välj en annan mapp; filen som låg där är oförändrad.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is read-only. Choose another folder.</source>
        <translation>%1 kan inte skrivas: disken är skrivskyddad. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>%1 cannot be written here: you do not have permission, or the file or folder is read-only. Choose another folder; the file that was there is unchanged.</source>
        <translation>%1 kan inte skrivas här: du saknar behörighet, eller så är filen eller mappen skrivskyddad. Välj en annan mapp; filen som låg där är oförändrad.</translation>
    </message>
    <message>
        <source>%1 could not be replaced: it may be open in another program, or read-only. Close it and try again; the file that was there is unchanged.</source>
        <translation>%1 kunde inte ersättas: den kan vara öppen i ett annat program eller skrivskyddad. Stäng den och försök igen; filen som låg där är oförändrad.</translation>
    </message>
    <message>
        <source>%1 is open in another program. Close it and try again; the file that was there is unchanged.</source>
        <translation>%1 är öppen i ett annat program. Stäng den och försök igen; filen som låg där är oförändrad.</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist. Choose another folder.</source>
        <translation>Mappen för %1 finns inte. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>The name %1 is too long for this disk.</source>
        <translation>Namnet %1 är för långt för den här disken.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
</context>
<context>
    <name>FinancingEditor</name>
    <message>
        <source>Funder</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Also an actor of the cluster</source>
        <translation>Också aktör i klustret</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Finansiärer</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>finansiär</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budgetpost</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Cash or in kind</source>
        <translation>Kontant eller in natura</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Budgetposter</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>budgetpost</translation>
    </message>
    <message>
        <source>Add a &amp;coordination line</source>
        <translation>Lägg till en &amp;samordningspost</translation>
    </message>
    <message>
        <source>Add a coordination line at the top of the budget</source>
        <translation>Lägg till en samordningspost överst i budgeten</translation>
    </message>
    <message>
        <source>Budget totals</source>
        <translation>Budgetens summor</translation>
    </message>
    <message>
        <source>(c) Local financing</source>
        <translation>(c) Lokal finansiering</translation>
    </message>
    <message>
        <source>Add a coordination line</source>
        <translation>Lägg till en samordningspost</translation>
    </message>
    <message>
        <source>No budget line for coordination yet. DESEO budgets put the coordination of the cluster first: someone has to run the partnership.</source>
        <translation>Ingen budgetpost för samordning ännu. DESEO-budgetar sätter samordningen av klustret först: någon måste driva partnerskapet.</translation>
    </message>
    <message>
        <source>Coordination comes first in a DESEO budget: move its line to the top.</source>
        <translation>Samordningen kommer först i en DESEO-budget: flytta dess post överst.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In natura</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>No year</source>
        <translation>Inget år</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <source>The whole budget is %1, of which %2% in kind.</source>
        <translation>Hela budgeten uppgår till %1, varav %2 % in natura.</translation>
    </message>
    <message>
        <source>No amounts yet.</source>
        <translation>Inga belopp ännu.</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <source>Change %1</source>
        <translation>Ändra %1</translation>
    </message>
</context>
<context>
    <name>GovernanceEditor</name>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Meetings a year</source>
        <translation>Möten per år</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>Klustrets organ</translation>
    </message>
    <message>
        <source>body</source>
        <translation>organ</translation>
    </message>
    <message>
        <source>How &amp;decisions are taken:</source>
        <translation>&amp;Hur beslut fattas:</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>B&amp;eslutförhet:</translation>
    </message>
    <message>
        <source>Seat holder</source>
        <translation>Platsinnehavare</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>seat</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>Balance of this body:</source>
        <translation>Könsfördelning i detta organ:</translation>
    </message>
    <message>
        <source>All bodies together:</source>
        <translation>Alla organ tillsammans:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Ledningssystem</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Leds av</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Hur det fungerar</translation>
    </message>
    <message>
        <source>Common management systems</source>
        <translation>Gemensamma ledningssystem</translation>
    </message>
    <message>
        <source>management system</source>
        <translation>ledningssystem</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Styrning</translation>
    </message>
    <message>
        <source>Select a body in the table to see its seats and rules.</source>
        <translation>Välj ett organ i tabellen för att se dess platser och regler.</translation>
    </message>
    <message>
        <source>Selected body: %1</source>
        <translation>Valt organ: %1</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(inget namn ännu)</translation>
    </message>
</context>
<context>
    <name>GridNotes</name>
    <message>
        <source>The grid has no criteria yet: nothing can earn points.</source>
        <translation>Bedömningsmatrisen har inga kriterier ännu: ingenting kan ge poäng.</translation>
    </message>
    <message>
        <source>Criterion %1: its sub-criteria add up to %2, not its maximum of %3.</source>
        <translation>Kriterium %1: delkriterierna summerar till %2, inte till kriteriets högsta poäng %3.</translation>
    </message>
    <message>
        <source>The criteria add up to %1 points, while the total is capped at %2.</source>
        <translation>Kriterierna summerar till %1 poäng, medan summan har ett tak på %2.</translation>
    </message>
    <message>
        <source>No criterion has the code %1 that the gender-equality minimum names.</source>
        <translation>Inget kriterium har koden %1 som miniminivån för jämställdhet anger.</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <source>Keep this grid to use it in other designs</source>
        <translation>Spara denna bedömningsmatris för att använda den i andra klusterdesigner</translation>
    </message>
    <message>
        <source>&amp;Replace with a library grid…</source>
        <translation>Ers&amp;ätt med en matris från biblioteket…</translation>
    </message>
    <message>
        <source>Save to the librar&amp;y…</source>
        <translation>Spa&amp;ra i biblioteket…</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>B&amp;edömning</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Matris</translation>
    </message>
    <message>
        <source>No financing grid yet</source>
        <translation>Ingen bedömningsmatris för finansiering ännu</translation>
    </message>
    <message>
        <source>A local authority scores a cluster&apos;s project with a grid: eligibility gates, weighted criteria, a bonus, a threshold and a minimum for gender equality. Start from the default grid and adapt it, or copy a grid from the library.</source>
        <translation>En lokal myndighet bedömer ett klusters projekt med en bedömningsmatris: behörighetskrav, viktade kriterier, tilläggspoäng, ett gränsvärde och en miniminivå för jämställdhet. Utgå från den förvalda matrisen och anpassa den, eller kopiera en matris från biblioteket.</translation>
    </message>
    <message>
        <source>Start from the &amp;default grid</source>
        <translation>Utgå från den för&amp;valda matrisen</translation>
    </message>
    <message>
        <source>&amp;Copy a grid from the library…</source>
        <translation>&amp;Kopiera en matris från biblioteket…</translation>
    </message>
    <message>
        <source>(c) Financing grid</source>
        <translation>(c) Bedömningsmatris</translation>
    </message>
    <message>
        <source>Financing grid</source>
        <translation>Bedömningsmatris för finansiering</translation>
    </message>
    <message>
        <source>The library has no grids yet: save one from a design.</source>
        <translation>Biblioteket har inga bedömningsmatriser ännu: spara en från en klusterdesign.</translation>
    </message>
    <message>
        <source>Start from the default grid</source>
        <translation>Utgå från den förvalda matrisen</translation>
    </message>
    <message>
        <source>Replace the grid</source>
        <translation>Ersätt matrisen</translation>
    </message>
    <message>
        <source>Replace this design&apos;s grid with the one from the library? Its assessors and their scores go with it. Undo brings them back.</source>
        <translation>Vill du ersätta denna klusterdesigns bedömningsmatris med den från biblioteket? Dess bedömare och deras betyg följer med den. Ångra tar tillbaka dem.</translation>
    </message>
    <message>
        <source>The grid was replaced. Undo brings the old one back.</source>
        <translation>Matrisen har ersatts. Ångra tar tillbaka den gamla.</translation>
    </message>
    <message>
        <source>Save to the library</source>
        <translation>Spara i biblioteket</translation>
    </message>
    <message>
        <source>Name of the grid in the library:</source>
        <translation>Matrisens namn i biblioteket:</translation>
    </message>
    <message>
        <source>Saved to the library as “%1”: other designs can now copy it.</source>
        <translation>Sparad i biblioteket som ”%1”: andra klusterdesigner kan nu kopiera den.</translation>
    </message>
</context>
<context>
    <name>GridResults</name>
    <message>
        <source>Funded</source>
        <translation>Finansieras</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Finansieras inte</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Inte bedömd ännu</translation>
    </message>
    <message>
        <source>Gate %1 is not met: %2 answered no to “%3”</source>
        <translation>Behörighetskrav %1 är inte uppfyllt: %2 svarade nej på ”%3”</translation>
    </message>
    <message>
        <source>an assessor</source>
        <translation>en bedömare</translation>
    </message>
    <message>
        <source>Gate %1 has no answer yet: every gate needs one (%2).</source>
        <translation>Behörighetskrav %1 har inget svar ännu: varje krav behöver ett (%2).</translation>
    </message>
    <message>
        <source>No assessor yet: add one to score the project.</source>
        <translation>Ingen bedömare ännu: lägg till en för att bedöma projektet.</translation>
    </message>
    <message>
        <source>Sub-criterion %1 (%2) has no score yet; it counts as 0.</source>
        <translation>Delkriterium %1 (%2) har inget betyg ännu; det räknas som 0.</translation>
    </message>
    <message>
        <source>The total, %1, is %2 short of the threshold of %3.</source>
        <translation>Summan, %1, ligger %2 under gränsvärdet %3.</translation>
    </message>
    <message>
        <source>Criterion %1 has %2 points, %3 short of its minimum of %4.</source>
        <translation>Kriterium %1 har %2 poäng, %3 under sin miniminivå %4.</translation>
    </message>
    <message>
        <source>Every eligibility gate is met.</source>
        <translation>Alla behörighetskrav är uppfyllda.</translation>
    </message>
    <message>
        <source>The total, %1, reaches the threshold of %2.</source>
        <translation>Summan, %1, når gränsvärdet %2.</translation>
    </message>
    <message>
        <source>Criterion %1 has %2 points, at least its minimum of %3.</source>
        <translation>Kriterium %1 har %2 poäng och når därmed sin miniminivå %3.</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Chart of the selected indicator</source>
        <translation>Diagram för den valda indikatorn</translation>
    </message>
    <message>
        <source>Select an indicator to see its chart</source>
        <translation>Välj en indikator för att se dess diagram</translation>
    </message>
    <message>
        <source>No measurement to draw yet</source>
        <translation>Ingen mätning att rita ännu</translation>
    </message>
    <message>
        <source>Target range</source>
        <translation>Målintervall</translation>
    </message>
    <message>
        <source>Target (at least)</source>
        <translation>Mål (minst)</translation>
    </message>
    <message>
        <source>Target (at most)</source>
        <translation>Mål (högst)</translation>
    </message>
    <message>
        <source>Expected path</source>
        <translation>Förväntad utveckling</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Uppmätt</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Gap between women and men</source>
        <translation>Skillnad mellan kvinnor och män</translation>
    </message>
    <message>
        <source>Women and men</source>
        <translation>Kvinnor och män</translation>
    </message>
    <message>
        <source>Ratio of women to men</source>
        <translation>Kvot mellan kvinnor och män</translation>
    </message>
    <message>
        <source>Women&apos;s share (%)</source>
        <translation>Andel kvinnor (%)</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>The number to reach: the bound of an &apos;at least&apos; or &apos;at most&apos; target, the largest gap of a &apos;gap at most&apos; target, the low end of a range.</source>
        <translation>Värdet som ska nås: gränsen för ett mål av typen ”Minst” eller ”Högst”, den största skillnaden för ett mål av typen ”Skillnad högst”, den nedre gränsen för ett intervall.</translation>
    </message>
    <message>
        <source>The code in the catalogue; empty for an indicator of your own.</source>
        <translation>Koden i katalogen; tom för en egen indikator.</translation>
    </message>
    <message>
        <source>Not used: this indicator is one figure, in the single-value column.</source>
        <translation>Används inte: denna indikator är ett enda värde, som anges i kolumnen för ett värde.</translation>
    </message>
    <message>
        <source>Not used: this indicator is by sex, in the women and men columns.</source>
        <translation>Används inte: denna indikator mäts per kön, i kolumnerna för kvinnor och män.</translation>
    </message>
    <message>
        <source>Not used: only a range target has an upper end.</source>
        <translation>Används inte: bara ett mål som är ett intervall har en övre gräns.</translation>
    </message>
    <message>
        <source>Not used: this target is a trend or none, with no number.</source>
        <translation>Används inte: målet är av typen Utvecklingstrend eller Inget, utan något värde.</translation>
    </message>
    <message>
        <source>The target date (%1) cannot be before the baseline date (%2).</source>
        <translation>Måldatumet (%1) kan inte ligga före datumet för utgångsvärdet (%2).</translation>
    </message>
</context>
<context>
    <name>LibraryGridsDialog</name>
    <message>
        <source>Grids in the library</source>
        <translation>Bedömningsmatriser i biblioteket</translation>
    </message>
    <message>
        <source>Grids saved from a design, ready to copy into another. The copy replaces this design&apos;s grid; changing it later does not change the grid in the library.</source>
        <translation>Bedömningsmatriser som sparats från en klusterdesign, redo att kopieras till en annan. Kopian ersätter denna klusterdesigns matris; om du ändrar den senare ändras inte matrisen i biblioteket.</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Matris</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Gates, criteria, bonuses</source>
        <translation>Krav, kriterier, tilläggspoäng</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Gränsvärde</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>The library has no grids yet: save one from a design.</source>
        <translation>Biblioteket har inga bedömningsmatriser ännu: spara en från en klusterdesign.</translation>
    </message>
    <message>
        <source>&amp;Use this grid</source>
        <translation>&amp;Använd denna matris</translation>
    </message>
    <message>
        <source>&amp;Delete from the library</source>
        <translation>&amp;Ta bort från biblioteket</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>Delete from the library</source>
        <translation>Ta bort från biblioteket</translation>
    </message>
    <message>
        <source>Delete “%1” from the library? Designs that use a copy of it keep their copy.</source>
        <translation>Vill du ta bort ”%1” från biblioteket? Klusterdesigner som använder en kopia av den behåller sin kopia.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arkiverad)</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Search titles, territories and actors</source>
        <translation>Sök i titlar, områden och aktörer</translation>
    </message>
    <message>
        <source>Search designs</source>
        <translation>Sök klusterdesigner</translation>
    </message>
    <message>
        <source>Which designs</source>
        <translation>Vilka klusterdesigner</translation>
    </message>
    <message>
        <source>Designs</source>
        <translation>Klusterdesigner</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkiverade</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla skeden</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alla länder</translation>
    </message>
    <message>
        <source>New design…</source>
        <translation>Ny klusterdesign…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>Radera permanent…</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Töm papperskorgen…</translation>
    </message>
    <message>
        <source>Opening the designs…</source>
        <translation>Öppnar klusterdesignerna…</translation>
    </message>
    <message>
        <source>No design matches the search and filters.</source>
        <translation>Ingen klusterdesign matchar sökningen och filtren.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Papperskorgen är tom.</translation>
    </message>
    <message>
        <source>No archived designs.</source>
        <translation>Inga arkiverade klusterdesigner.</translation>
    </message>
    <message>
        <source>No designs.</source>
        <translation>Inga klusterdesigner.</translation>
    </message>
    <message numerus="yes">
        <source>%n design(s)</source>
        <translation>
            <numerusform>%n klusterdesign</numerusform>
            <numerusform>%n klusterdesigner</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 designs</source>
        <translation>%1 av %2 klusterdesigner</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your designs are in a folder that seems to be synchronised or on a network drive. Keep them on this computer&apos;s own disk (see Preferences).</source>
        <translation>Dina klusterdesigner ligger i en mapp som verkar synkroniseras eller ligga på en nätverksenhet. Förvara dem på datorns egen disk (se Inställningar).</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alla ändringar har sparats</translation>
    </message>
    <message>
        <source>Backup taken.</source>
        <translation>Säkerhetskopia skapad.</translation>
    </message>
    <message>
        <source>The territory is too long: at most %1 characters.</source>
        <translation>Området är för långt: högst %1 tecken.</translation>
    </message>
    <message>
        <source>The title is too long: at most %1 characters.</source>
        <translation>Titeln är för lång: högst %1 tecken.</translation>
    </message>
    <message>
        <source>This change could not be saved; the design is as it was before it.</source>
        <translation>Ändringen kunde inte sparas; klusterdesignen är som den var före ändringen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Rename design</source>
        <translation>Byt namn på klusterdesign</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Ny titel:</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Byt namn på ”%1”</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Duplicera ”%1”</translation>
    </message>
    <message>
        <source>Unarchive “%1”</source>
        <translation>Ta ”%1” ur arkivet</translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation>Arkivera ”%1”</translation>
    </message>
    <message>
        <source>Move “%1” to the trash</source>
        <translation>Flytta ”%1” till papperskorgen</translation>
    </message>
    <message>
        <source>“%1” was moved to the trash. Edit → Undo brings it back.</source>
        <translation>”%1” flyttades till papperskorgen. Redigera → Ångra tar tillbaka den.</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>Återställ ”%1”</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Radera permanent</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n design(s) for good? This cannot be undone, but a backup is taken first.</source>
        <translation>
            <numerusform>Vill du radera %n klusterdesign permanent? Det går inte att ångra, men en säkerhetskopia skapas först.</numerusform>
            <numerusform>Vill du radera %n klusterdesigner permanent? Det går inte att ångra, men en säkerhetskopia skapas först.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Säkerhetskopian har återställts.</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Legend</source>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Kopplingar</translation>
    </message>
    <message>
        <source>contributes (width: value)</source>
        <translation>bidrar (bredd: värde)</translation>
    </message>
    <message>
        <source>contributes</source>
        <translation>bidrar</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>använder</translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation>Samnyttjade resurser</translation>
    </message>
    <message>
        <source>small value</source>
        <translation>litet värde</translation>
    </message>
    <message>
        <source>area: value contributed</source>
        <translation>yta: bidraget värde</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Pooled resources (%1)</source>
        <translation>Samnyttjade resurser (%1)</translation>
    </message>
    <message>
        <source>%1, continued</source>
        <translation>%1, forts.</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>Fewer than %1 women or %1 men are behind this figure, so it is not shown (the design&apos;s suppression minimum). Type a new figure to replace it.</source>
        <translation>Siffran bygger på färre än %1 kvinnor eller %1 män och visas därför inte (klusterdesignens minimigräns för dolda siffror). Skriv en ny siffra för att ersätta den.</translation>
    </message>
    <message>
        <source>%1 measured, %2 expected on that day.</source>
        <translation>%1 uppmätt, %2 förväntat den dagen.</translation>
    </message>
</context>
<context>
    <name>MeasurementsPanel</name>
    <message>
        <source>Period</source>
        <translation>Tidsperiod</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Number of
women</source>
        <translation>Antal
kvinnor</translation>
    </message>
    <message>
        <source>Number of
men</source>
        <translation>Antal
män</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Utveckling</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mätningar</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>mätning</translation>
    </message>
    <message>
        <source>Select an indicator above to see and add its measurements.</source>
        <translation>Välj en indikator ovan för att se och lägga till dess mätningar.</translation>
    </message>
    <message>
        <source>Select an indicator to see its chart</source>
        <translation>Välj en indikator för att se dess diagram</translation>
    </message>
    <message>
        <source>Measurements of %1</source>
        <translation>Mätningar för %1</translation>
    </message>
    <message>
        <source>Measurements of the selected indicator</source>
        <translation>Mätningar för den valda indikatorn</translation>
    </message>
    <message>
        <source>The selected indicator</source>
        <translation>Den valda indikatorn</translation>
    </message>
    <message>
        <source>One figure that counts organisations, measures or money: it is never suppressed.</source>
        <translation>Ett enda värde som räknar organisationer, åtgärder eller pengar: det döljs aldrig.</translation>
    </message>
    <message>
        <source>Give the women&apos;s and the men&apos;s figures and how many women and men are behind them; figures from fewer than %1 women or %1 men are shown as suppressed.</source>
        <translation>Ange kvinnornas och männens siffror och hur många kvinnor och män som ligger bakom dem; siffror som bygger på färre än %1 kvinnor eller %1 män visas som dolda.</translation>
    </message>
    <message>
        <source>One figure worked out from both sexes: give it and how many women and men are behind it; from fewer than %1 women or %1 men it is shown as suppressed.</source>
        <translation>Ett värde beräknat från båda könen: ange det och hur många kvinnor och män som ligger bakom det; bygger det på färre än %1 kvinnor eller %1 män visas det som dolt.</translation>
    </message>
    <message>
        <source>Latest measurement, %1. %2: %3 measured, %4 expected on that day. %5</source>
        <translation>Senaste mätning, %1. %2: %3 uppmätt, %4 förväntat den dagen. %5</translation>
    </message>
    <message>
        <source>The target is a trend or has no number yet, so progress is not assessed.</source>
        <translation>Målet är en utvecklingstrend eller saknar ännu ett värde, så utvecklingen bedöms inte.</translation>
    </message>
    <message>
        <source>No dated measurement yet: add one with Add above.</source>
        <translation>Ingen daterad mätning ännu: lägg till en med Lägg till ovan.</translation>
    </message>
    <message>
        <source>The latest figure, %1, is suppressed: fewer than %2 women or %2 men are behind it, so its progress is not shown.</source>
        <translation>Den senaste siffran, från %1, är dold: den bygger på färre än %2 kvinnor eller %2 män, så dess utveckling visas inte.</translation>
    </message>
    <message>
        <source>The latest measurement, %1, has no figure yet.</source>
        <translation>Den senaste mätningen, från %1, har ingen siffra ännu.</translation>
    </message>
    <message>
        <source>Target: from %1 to %2</source>
        <translation>Mål: från %1 till %2</translation>
    </message>
    <message>
        <source>Target: at least %1</source>
        <translation>Mål: minst %1</translation>
    </message>
    <message>
        <source>Target: at most %1</source>
        <translation>Mål: högst %1</translation>
    </message>
    <message>
        <source>%1 by %2.</source>
        <translation>%1 senast %2.</translation>
    </message>
</context>
<context>
    <name>NewDesignDialog</name>
    <message>
        <source>Blank design</source>
        <translation>Tom klusterdesign</translation>
    </message>
    <message>
        <source>An empty design: you fill in every step yourself.</source>
        <translation>En tom klusterdesign: du fyller i varje steg själv.</translation>
    </message>
    <message>
        <source>The example: care services in a province</source>
        <translation>Exemplet: omsorgstjänster i en provins</translation>
    </message>
    <message>
        <source>A complete, fictional design with every area filled in: the quickest way to see what a finished design looks like.</source>
        <translation>En komplett, påhittad klusterdesign där alla delar är ifyllda: det snabbaste sättet att se hur en färdig klusterdesign ser ut.</translation>
    </message>
    <message>
        <source>Shared back-office cluster</source>
        <translation>Kluster med gemensamt kansli</translation>
    </message>
    <message>
        <source>Social-economy enterprises pool accounts, payroll, ICT and purchasing, and use the time saved for work-life balance and women&apos;s careers.</source>
        <translation>Företag inom den sociala ekonomin samnyttjar bokföring, löneadministration, IT och inköp, och använder tiden de sparar till balans mellan arbete och privatliv och till kvinnors karriärer.</translation>
    </message>
    <message>
        <source>Women&apos;s entrepreneurship cluster</source>
        <translation>Kluster för kvinnors företagande</translation>
    </message>
    <message>
        <source>Co-operatives, a women&apos;s-rights centre and the local authority support women who start or grow social enterprises: mentoring, premises, childcare and access to public procurement.</source>
        <translation>Kooperativ, ett centrum för kvinnors rättigheter och den lokala myndigheten stöder kvinnor som startar eller utvecklar sociala företag: mentorskap, lokaler, barnomsorg och tillgång till offentlig upphandling.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>For example: Care Together, Valdoria</source>
        <translation>Till exempel: Omsorg tillsammans, Valdoria</translation>
    </message>
    <message>
        <source>Leave empty to keep the template&apos;s title</source>
        <translation>Lämna tomt för att behålla mallens titel</translation>
    </message>
    <message>
        <source>Give the design a title.</source>
        <translation>Ge klusterdesignen en titel.</translation>
    </message>
    <message>
        <source>New design</source>
        <translation>Ny klusterdesign</translation>
    </message>
    <message>
        <source>Start from a blank design or from a complete starting point you can adapt. Everything can be changed later.</source>
        <translation>Börja med en tom klusterdesign eller med en komplett utgångspunkt som du kan anpassa. Allt kan ändras senare.</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Utgå från</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Kluster:</translation>
    </message>
    <message>
        <source>&amp;New cluster</source>
        <translation>&amp;Nytt kluster</translation>
    </message>
    <message>
        <source>&amp;Improve an existing cluster</source>
        <translation>&amp;Förbättra ett befintligt kluster</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Agreement &amp;language:</source>
        <translation>Överenskommelsens &amp;språk:</translation>
    </message>
    <message>
        <source>Agreement language</source>
        <translation>Överenskommelsens språk</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Actors</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation>Samnyttjade resurser</translation>
    </message>
    <message>
        <source>Skill exchanges</source>
        <translation>Kompetensutbyten</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>Klustrets organ</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Budgetposter</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshoppar</translation>
    </message>
    <message>
        <source>← Library</source>
        <translation>← Bibliotek</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Tillbaka till biblioteket</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Saknas fortfarande</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>Agreement: %1, version %2 · Last change: %3</source>
        <translation>Överenskommelse: %1, version %2 · Senast ändrad: %3</translation>
    </message>
    <message>
        <source>Nothing: every part of the design has content.</source>
        <translation>Ingenting: alla delar av klusterdesignen har innehåll.</translation>
    </message>
</context>
<context>
    <name>PoolingEditor</name>
    <message>
        <source>Resource or service</source>
        <translation>Resurs eller tjänst</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Pooled resources and services</source>
        <translation>Samnyttjade resurser och tjänster</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>resurs</translation>
    </message>
    <message>
        <source>Wh&amp;at it is:</source>
        <translation>Vad den &amp;är:</translation>
    </message>
    <message>
        <source>How it helps women and men take part e&amp;qually:</source>
        <translation>Hur den hjälper kvinnor och män att &amp;delta på lika villkor:</translation>
    </message>
    <message>
        <source>Who may &amp;use it, and how:</source>
        <translation>Vem som får &amp;använda den, och hur:</translation>
    </message>
    <message>
        <source>How the c&amp;osts are shared:</source>
        <translation>Hur &amp;kostnaderna fördelas:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Cash or in kind</source>
        <translation>Kontant eller in natura</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>What exactly</source>
        <translation>Vad exakt</translation>
    </message>
    <message>
        <source>Who contributes</source>
        <translation>Vem som bidrar</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>bidrag</translation>
    </message>
    <message>
        <source>Women using it</source>
        <translation>Kvinnor som använder den</translation>
    </message>
    <message>
        <source>Men using it</source>
        <translation>Män som använder den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Who uses it</source>
        <translation>Vem som använder den</translation>
    </message>
    <message>
        <source>use</source>
        <translation>användare</translation>
    </message>
    <message>
        <source>Offered by</source>
        <translation>Givare</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Women
taking part</source>
        <translation>Deltagande
kvinnor</translation>
    </message>
    <message>
        <source>Men
taking part</source>
        <translation>Deltagande
män</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Exchanges of skills and knowledge</source>
        <translation>Utbyte av kompetens och kunskap</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>utbyte</translation>
    </message>
    <message>
        <source>(a) Pooling</source>
        <translation>(a) Samnyttjande</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(inget namn ännu)</translation>
    </message>
    <message>
        <source>Selected resource: %1</source>
        <translation>Vald resurs: %1</translation>
    </message>
    <message>
        <source>Select a resource in the table to see who gives and who uses it.</source>
        <translation>Välj en resurs i tabellen för att se vem som bidrar till den och vem som använder den.</translation>
    </message>
    <message>
        <source>Total contributed: %1 (%2 in cash, %3 in kind)</source>
        <translation>Totalt tillfört: %1 (%2 kontant, %3 in natura)</translation>
    </message>
</context>
<context>
    <name>PoolingMapPage</name>
    <message>
        <source>Find an organisation or resource</source>
        <translation>Sök en organisation eller resurs</translation>
    </message>
    <message>
        <source>Find on the map</source>
        <translation>Sök på kartan</translation>
    </message>
    <message>
        <source>Pooling map</source>
        <translation>Karta över samnyttjande</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Anpassa</translation>
    </message>
    <message>
        <source>&amp;Save image…</source>
        <translation>&amp;Spara bild…</translation>
    </message>
    <message>
        <source>Save the whole map as a PNG or SVG picture</source>
        <translation>Spara hela kartan som en PNG- eller SVG-bild</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Sö&amp;k:</translation>
    </message>
    <message>
        <source>Nothing on the map is called “%1”.</source>
        <translation>Ingenting på kartan heter ”%1”.</translation>
    </message>
    <message>
        <source>&amp;Open in %1</source>
        <translation>&amp;Öppna i %1</translation>
    </message>
    <message>
        <source>Nothing to map yet: add organisations in Actors and pooled resources in (a) Pooling.</source>
        <translation>Inget att visa på kartan ännu: lägg till organisationer i Aktörer och samnyttjade resurser i (a) Samnyttjande.</translation>
    </message>
    <message>
        <source>Click an organisation or a resource (or go to it with the arrow keys) to see its links; double-click it or press Enter to open it. Drag to move around; the wheel or Ctrl+plus and Ctrl+minus zoom.</source>
        <translation>Klicka på en organisation eller en resurs (eller gå till den med piltangenterna) för att se dess kopplingar; dubbelklicka på den eller tryck på Retur för att öppna den. Dra för att flytta runt; zooma med mushjulet eller med Ctrl+plus och Ctrl+minus.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) contributes to %n resource(s)</source>
        <translation>
            <numerusform>%1 (%2) bidrar till %n resurs</numerusform>
            <numerusform>%1 (%2) bidrar till %n resurser</numerusform>
        </translation>
    </message>
    <message>
        <source>worth %1 in all</source>
        <translation>till ett värde av sammanlagt %1</translation>
    </message>
    <message numerus="yes">
        <source>it uses %n resource(s).</source>
        <translation>
            <numerusform>den använder %n resurs.</numerusform>
            <numerusform>den använder %n resurser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 contributed by %n organisation(s)</source>
        <translation>
            <numerusform>%1 (%2): %3 tillförs av %n organisation</numerusform>
            <numerusform>%1 (%2): %3 tillförs av %n organisationer</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 in cash, %2 in kind)</source>
        <translation>(%1 kontant, %2 in natura)</translation>
    </message>
    <message numerus="yes">
        <source>used by %n organisation(s).</source>
        <translation>
            <numerusform>används av %n organisation.</numerusform>
            <numerusform>används av %n organisationer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pooling map: %1</source>
        <translation>Karta över samnyttjande: %1</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-ritning (*.svg)</translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation>Spara kartan som bild</translation>
    </message>
    <message>
        <source>Map not saved</source>
        <translation>Kartan sparades inte</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>Bilden kunde inte skrivas till %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>At start</source>
        <translation>Vid start</translation>
    </message>
    <message>
        <source>After 30 minutes of changes</source>
        <translation>Efter 30 minuters ändringar</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Före en uppgradering</translation>
    </message>
    <message>
        <source>Before moving a design to the trash</source>
        <translation>Innan en klusterdesign flyttas till papperskorgen</translation>
    </message>
    <message>
        <source>Before emptying the trash</source>
        <translation>Innan papperskorgen töms</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>Skapad manuellt</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Före en import</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Samma som datorn</translation>
    </message>
    <message>
        <source>This folder seems to be synchronised by a cloud service or to be on a network drive. Keep the database on this computer&apos;s own disk: synchronising it while the app runs can damage it.</source>
        <translation>Den här mappen verkar synkroniseras av en molntjänst eller ligga på en nätverksenhet. Förvara databasen på datorns egen disk: om den synkroniseras medan programmet körs kan den skadas.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace all your designs with the backup taken %1?

What you have now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Vill du ersätta alla dina klusterdesigner med säkerhetskopian från %1?

Det du har nu säkerhetskopieras först, så detta kan ångras genom att du återställer den säkerhetskopian.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Gränssnittets språk:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Gränssnittets språk</translation>
    </message>
    <message>
        <source>Default &amp;agreement language:</source>
        <translation>Förvalt språk för &amp;överenskommelser:</translation>
    </message>
    <message>
        <source>Default agreement language</source>
        <translation>Förvalt språk för överenskommelser</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Förvald &amp;valuta:</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Förvald valuta</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>Data och säkerhetskopior</translation>
    </message>
    <message>
        <source>Your designs are kept in one database file on this computer. Backups are taken automatically and checked before they are kept.</source>
        <translation>Dina klusterdesigner förvaras i en databasfil på den här datorn. Säkerhetskopior skapas automatiskt och kontrolleras innan de sparas.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datamapp:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Öppna mappen</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Databasfil:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasfil</translation>
    </message>
    <message>
        <source>&amp;Backups (newest first):</source>
        <translation>&amp;Säkerhetskopior (nyaste först):</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Säkerhetskopiera &amp;nu</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>Öppna mappen med säkerhets&amp;kopior</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>Å&amp;terställ denna säkerhetskopia…</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>The design has no title.</source>
        <translation>Klusterdesignen har ingen titel.</translation>
    </message>
    <message>
        <source>The territory is not named.</source>
        <translation>Området har inget namn.</translation>
    </message>
    <message>
        <source>Only %n actor(s) will sign: an agreement needs at least three parties.</source>
        <translation>Aktörer som undertecknar: bara %n. En överenskommelse kräver minst tre parter.</translation>
    </message>
    <message>
        <source>No local authority is among the actors.</source>
        <translation>Ingen lokal myndighet finns bland aktörerna.</translation>
    </message>
    <message>
        <source>%1 has no baseline of women and men yet.</source>
        <translation>%1 har inget utgångsläge för kvinnor och män ännu.</translation>
    </message>
    <message>
        <source>%1 has a negative count.</source>
        <translation>%1 har ett negativt antal.</translation>
    </message>
    <message>
        <source>%1 has more managers than workforce of the same sex.</source>
        <translation>%1 har fler chefer än personal av samma kön.</translation>
    </message>
    <message>
        <source>Nobody contributes to “%1”.</source>
        <translation>Ingen bidrar till ”%1”.</translation>
    </message>
    <message>
        <source>Nobody uses “%1”.</source>
        <translation>Ingen använder ”%1”.</translation>
    </message>
    <message>
        <source>An existing cluster needs at least one improvement action.</source>
        <translation>Ett befintligt kluster behöver minst en förbättringsåtgärd.</translation>
    </message>
    <message>
        <source>The balance threshold must be between 0% and 50%.</source>
        <translation>Gränsen för jämn könsfördelning måste ligga mellan 0 % och 50 %.</translation>
    </message>
    <message>
        <source>“%1” has no seats yet.</source>
        <translation>”%1” har inga platser ännu.</translation>
    </message>
    <message>
        <source>“%1” has too few women: under %2%.</source>
        <translation>”%1” har för få kvinnor: under %2 %.</translation>
    </message>
    <message>
        <source>“%1” has too few men: under %2%.</source>
        <translation>”%1” har för få män: under %2 %.</translation>
    </message>
    <message>
        <source>The budget has no coordination line.</source>
        <translation>Budgeten har ingen post för samordning.</translation>
    </message>
    <message>
        <source>“%1” has no baseline yet.</source>
        <translation>”%1” har inget utgångsvärde ännu.</translation>
    </message>
    <message>
        <source>“%1” has no target yet.</source>
        <translation>”%1” har inget mål ännu.</translation>
    </message>
    <message>
        <source>The target date of “%1” is not after its baseline date.</source>
        <translation>Måldatumet för ”%1” ligger inte efter datumet för utgångsvärdet.</translation>
    </message>
    <message>
        <source>The target range of “%1” ends below where it starts.</source>
        <translation>Målintervallet för ”%1” slutar lägre än det börjar.</translation>
    </message>
    <message>
        <source>The agreement is final but %1 has no signatory.</source>
        <translation>Överenskommelsen är slutlig men %1 har ingen undertecknare.</translation>
    </message>
    <message>
        <source>The signatory for %1 has no representative.</source>
        <translation>Undertecknaren för %1 har ingen företrädare.</translation>
    </message>
    <message>
        <source>%1 signs but is not marked as a party.</source>
        <translation>%1 skriver under men är inte markerad som part.</translation>
    </message>
    <message>
        <source>%1 has two signatory rows.</source>
        <translation>%1 har två rader med undertecknare.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>”%1” är en mapp, inte en databasfil.</translation>
    </message>
    <message>
        <source>“%1” is not a DESEO database: it is not a database file at all.</source>
        <translation>”%1” är inte en DESEO-databas: det är inte alls en databasfil.</translation>
    </message>
    <message>
        <source>“%1” is a database, but not one made by DESEO Cluster Designer.</source>
        <translation>”%1” är en databas, men inte en som skapats av DESEO Cluster Designer.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. Nothing has been changed in it.</source>
        <translation>”%1” är skadad och kan inte öppnas. Ingenting har ändrats i den.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of DESEO Cluster Designer. This version (%2) cannot open it; install the newer version. The file has not been changed.</source>
        <translation>”%1” sparades av en nyare version av DESEO Cluster Designer. Den här versionen (%2) kan inte öppna den; installera den nyare versionen. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>“%1” cannot be saved to: the file or its folder is read-only. Choose a folder where you can save, or ask for write access.</source>
        <translation>Det går inte att spara till ”%1”: filen eller dess mapp är skrivskyddad. Välj en mapp där du kan spara, eller be om skrivbehörighet.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you may not have permission to open it.</source>
        <translation>”%1” kan inte läsas: du kanske saknar behörighet att öppna den.</translation>
    </message>
    <message>
        <source>The database “%1” could not be set up safely on this computer, so it was not opened.</source>
        <translation>Databasen ”%1” kunde inte förberedas på ett säkert sätt på den här datorn och öppnades därför inte.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded to this version. It was left exactly as it was, and a backup was taken first.</source>
        <translation>”%1” kunde inte uppgraderas till den här versionen. Den lämnades precis som den var, och en säkerhetskopia skapades först.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written or did not pass its check. Your designs are unchanged.</source>
        <translation>Säkerhetskopian ”%1” kunde inte skrivas eller klarade inte kontrollen. Dina klusterdesigner är oförändrade.</translation>
    </message>
    <message>
        <source>Another program is using “%1”. Close it and try again.</source>
        <translation>Ett annat program använder ”%1”. Stäng det och försök igen.</translation>
    </message>
    <message>
        <source>“%1” cannot be used.</source>
        <translation>”%1” kan inte användas.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>On track</source>
        <translation>I fas</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>I riskzonen</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Efter plan</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Inte mätt</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Dold</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Ingen siffra</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Inte bedömd</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>dold</translation>
    </message>
</context>
<context>
    <name>ResultsCard</name>
    <message>
        <source>Verdict of the financing grid</source>
        <translation>Bedömningsmatrisens utfall</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Reasons for the verdict</source>
        <translation>Skäl till utfallet</translation>
    </message>
    <message>
        <source>%1 points of %2 · threshold %3</source>
        <translation>%1 poäng av %2 · gränsvärde %3</translation>
    </message>
    <message>
        <source>Criterion %1 (%2): %3 points · minimum %4</source>
        <translation>Kriterium %1 (%2): %3 poäng · miniminivå %4</translation>
    </message>
    <message>
        <source>none with this code</source>
        <translation>inget med denna kod</translation>
    </message>
    <message>
        <source>Criteria %1 + bonus %2 (bonus capped at %3, total at %4)</source>
        <translation>Kriterier %1 + tilläggspoäng %2 (tak för tilläggspoäng %3, för summan %4)</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>Problems, by step</source>
        <translation>Problem, per steg</translation>
    </message>
    <message>
        <source>Double-click a problem, or select it and press Enter, to go to the field concerned.</source>
        <translation>Dubbelklicka på ett problem, eller markera det och tryck på Retur, för att gå till det berörda fältet.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to look at.</source>
        <translation>
            <numerusform>%n problem att titta på.</numerusform>
            <numerusform>%n problem att titta på.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: the design is ready to become an agreement draft.</source>
        <translation>Inga problem: klusterdesignen är redo att bli ett utkast till överenskommelse.</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>Choose an organisation from the list.</source>
        <translation>Välj en organisation i listan.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Välj ett alternativ i listan.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Add the organisations on the Actors step first.</source>
        <translation>Lägg först till organisationerna i steget Aktörer.</translation>
    </message>
    <message>
        <source>There is nothing to choose from yet.</source>
        <translation>Det finns inget att välja bland ännu.</translation>
    </message>
</context>
<context>
    <name>ScorecardBox</name>
    <message>
        <source>Scorecard: indicators on track</source>
        <translation>Resultatkort: indikatorer i fas</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Share on track</source>
        <translation>Andel i fas</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Alla indikatorer</translation>
    </message>
    <message>
        <source>No indicators yet: add them above.</source>
        <translation>Inga indikatorer ännu: lägg till dem ovan.</translation>
    </message>
    <message>
        <source>No indicator can be assessed yet: each needs a target and a measurement.</source>
        <translation>Ingen indikator kan bedömas ännu: var och en behöver ett mål och en mätning.</translation>
    </message>
    <message>
        <source>%1 of the %2 indicators assessed are on track; %3 not measured yet.</source>
        <translation>%1 av de %2 bedömda indikatorerna är i fas; %3 är inte mätta ännu.</translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <source>Assessor</source>
        <translation>Bedömare</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Bedömd den</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Bedömare</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>bedömare</translation>
    </message>
    <message>
        <source>Sc&amp;ores of:</source>
        <translation>&amp;Betyg från:</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Lydelse</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>All assessors</source>
        <translation>Alla bedömare</translation>
    </message>
    <message>
        <source>Eligibility gates</source>
        <translation>Behörighetskrav</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Criterion and sub-criteria</source>
        <translation>Kriterium och delkriterier</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maxpoäng</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medel</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Tilläggspoäng</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>Givna poäng</translation>
    </message>
    <message>
        <source>Eligibility gates: any “no” stops the assessment</source>
        <translation>Behörighetskrav: ett enda ”nej” stoppar bedömningen</translation>
    </message>
    <message>
        <source>Bonus: capped at %1 points</source>
        <translation>Tilläggspoäng: högst %1 poäng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Gate %1 met</source>
        <translation>Behörighetskrav %1 uppfyllt</translation>
    </message>
    <message>
        <source>Note on gate %1</source>
        <translation>Anteckning om behörighetskrav %1</translation>
    </message>
    <message>
        <source>Score of %1</source>
        <translation>Betyg för %1</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Kommentar till %1</translation>
    </message>
    <message>
        <source>Points of bonus %1</source>
        <translation>Poäng för tillägg %1</translation>
    </message>
    <message>
        <source>Assessor %1</source>
        <translation>Bedömare %1</translation>
    </message>
    <message>
        <source>Each answer is saved as it is chosen. Means are over the assessors who answered.</source>
        <translation>Varje svar sparas när det väljs. Medelvärdena beräknas över de bedömare som har svarat.</translation>
    </message>
    <message>
        <source>Add an assessor above to start scoring.</source>
        <translation>Lägg till en bedömare ovan för att börja bedöma.</translation>
    </message>
    <message>
        <source>Not met (%1)</source>
        <translation>Inte uppfyllt (%1)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>Answer first</source>
        <translation>Svara först</translation>
    </message>
    <message>
        <source>Answer a gate</source>
        <translation>Besvara ett behörighetskrav</translation>
    </message>
    <message>
        <source>Score a sub-criterion</source>
        <translation>Betygsätt ett delkriterium</translation>
    </message>
    <message>
        <source>Give bonus points</source>
        <translation>Ge tilläggspoäng</translation>
    </message>
    <message>
        <source>Change a note</source>
        <translation>Ändra en anteckning</translation>
    </message>
</context>
<context>
    <name>StartEditor</name>
    <message>
        <source>The CEMR European Charter for Equality of Women and Men in Local Life</source>
        <translation>Den europeiska deklarationen för jämställdhet mellan kvinnor och män på lokal och regional nivå (CEMR)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Kluster:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Geografisk nivå:</translation>
    </message>
    <message>
        <source>Signed by the local authority</source>
        <translation>Undertecknad av kommunen eller regionen</translation>
    </message>
    <message>
        <source>Le&amp;gal vehicle:</source>
        <translation>&amp;Samverkansform:</translation>
    </message>
    <message>
        <source>Fac&amp;ilitator:</source>
        <translation>&amp;Processledare:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Agreement language:</source>
        <translation>&amp;Överenskommelsens språk:</translation>
    </message>
    <message>
        <source>CEMR charter:</source>
        <translation>CEMR-deklarationen:</translation>
    </message>
    <message>
        <source>CEMR charter</source>
        <translation>CEMR-deklarationen</translation>
    </message>
    <message>
        <source>Advanced: thresholds</source>
        <translation>Avancerat: gränsvärden</translation>
    </message>
    <message>
        <source>Balance threshold (each sex at least):</source>
        <translation>Gräns för jämn könsfördelning (varje kön minst):</translation>
    </message>
    <message>
        <source>Suppress figures from fewer than this many women or men:</source>
        <translation>Dölj siffror som bygger på färre kvinnor eller män än så här:</translation>
    </message>
    <message>
        <source>Progress tolerance:</source>
        <translation>Tolerans för utvecklingen:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>These designs are already open in another DESEO window, which does not answer. Close it, or restart the computer, and try again.</source>
        <translation>Dessa klusterdesigner är redan öppna i ett annat DESEO-fönster, som inte svarar. Stäng det, eller starta om datorn, och försök igen.</translation>
    </message>
    <message>
        <source>No backup of it was found.</source>
        <translation>Ingen säkerhetskopia av den hittades.</translation>
    </message>
    <message>
        <source>The newest good backup, taken %1, is:
%2</source>
        <translation>Den senaste felfria säkerhetskopian, skapad %1, är:
%2</translation>
    </message>
    <message>
        <source>The newest good backup was taken %1. Restore it? The damaged file is kept beside it, renamed, in case someone can repair it.</source>
        <translation>Den senaste felfria säkerhetskopian skapades %1. Vill du återställa den? Den skadade filen behålls bredvid, med nytt namn, ifall någon kan reparera den.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Återställ säkerhetskopian</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <source>Gender baseline</source>
        <translation>Utgångsläge per kön</translation>
    </message>
    <message>
        <source>(a) Pooling</source>
        <translation>(a) Samnyttjande</translation>
    </message>
    <message>
        <source>(b) Existing services</source>
        <translation>(b) Befintliga tjänster</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Styrning</translation>
    </message>
    <message>
        <source>(c) Financing</source>
        <translation>(c) Finansiering</translation>
    </message>
    <message>
        <source>(d) Valorisation</source>
        <translation>(d) Synliggörande</translation>
    </message>
    <message>
        <source>(e) Evaluation</source>
        <translation>(e) Utvärdering</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>(c) Financing grid</source>
        <translation>(c) Bedömningsmatris</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Instrumentpanel</translation>
    </message>
    <message>
        <source>Pooling map</source>
        <translation>Karta över samnyttjande</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjat</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Har problem</translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <source>Funded from (&amp;threshold):</source>
        <translation>Finansieras från (&amp;gränsvärde):</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;amn:</translation>
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation>M&amp;yndighet:</translation>
    </message>
    <message>
        <source>Total &amp;capped at:</source>
        <translation>Tak för &amp;summan:</translation>
    </message>
    <message>
        <source>Gen&amp;der criterion:</source>
        <translation>Kriterium för &amp;jämställdhet:</translation>
    </message>
    <message>
        <source>Its m&amp;inimum:</source>
        <translation>Dess m&amp;iniminivå:</translation>
    </message>
    <message>
        <source>Bonus ca&amp;pped at:</source>
        <translation>Tak för tilläggs&amp;poäng:</translation>
    </message>
    <message>
        <source>Sc&amp;ore levels:</source>
        <translation>Betygsni&amp;våer:</translation>
    </message>
    <message>
        <source>The grid</source>
        <translation>Matrisen</translation>
    </message>
    <message>
        <source>What a score of %1 means</source>
        <translation>Vad betyget %1 innebär</translation>
    </message>
    <message>
        <source>What each score level means</source>
        <translation>Vad varje betygsnivå innebär</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Lydelse</translation>
    </message>
    <message>
        <source>Eligibility gates</source>
        <translation>Behörighetskrav</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>behörighetskrav</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>kriterium</translation>
    </message>
    <message>
        <source>Sub-criterion</source>
        <translation>Delkriterium</translation>
    </message>
    <message>
        <source>Sub-criteria</source>
        <translation>Delkriterier</translation>
    </message>
    <message>
        <source>sub-criterion</source>
        <translation>delkriterium</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Tilläggspoäng</translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation>Tilläggspoäng</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>tilläggspoäng</translation>
    </message>
    <message>
        <source>What a score of %1 means for this sub-criterion</source>
        <translation>Vad betyget %1 innebär för detta delkriterium</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maxpoäng</translation>
    </message>
    <message>
        <source>What each level means for sub-criterion %1 (blank: as for the whole grid)</source>
        <translation>Vad varje nivå innebär för delkriterium %1 (tomt: som för hela matrisen)</translation>
    </message>
    <message>
        <source>Sub-criteria of criterion %1</source>
        <translation>Delkriterier till kriterium %1</translation>
    </message>
    <message>
        <source>Type the score levels as whole numbers with commas, such as 0, 1, 3, 5.</source>
        <translation>Skriv betygsnivåerna som heltal åtskilda med kommatecken, till exempel 0, 1, 3, 5.</translation>
    </message>
    <message>
        <source>Change the score levels</source>
        <translation>Ändra betygsnivåerna</translation>
    </message>
    <message>
        <source>Describe a score level</source>
        <translation>Beskriv en betygsnivå</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Summary of the design</source>
        <translation>Sammanfattning av klusterdesignen</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <source>Legal vehicle</source>
        <translation>Samverkansform</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation>Samnyttjade resurser</translation>
    </message>
    <message>
        <source>Skill exchanges</source>
        <translation>Kompetensutbyten</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>Klustrets organ</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Åtaganden</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshoppar</translation>
    </message>
    <message>
        <source>Financing grid</source>
        <translation>Bedömningsmatris för finansiering</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Chefer</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Styrelser</translation>
    </message>
    <message>
        <source>Governance seats</source>
        <translation>Platser i klustrets organ</translation>
    </message>
    <message>
        <source>Women and men in the cluster</source>
        <translation>Kvinnor och män i klustret</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>no territory</source>
        <translation>inget område</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>%1, of which %2 sign</source>
        <translation>%1, varav %2 skriver under</translation>
    </message>
    <message>
        <source>%1, worth %2</source>
        <translation>%1, till ett värde av %2</translation>
    </message>
    <message>
        <source>%1 in cash, %2 in kind</source>
        <translation>%1 kontant, %2 in natura</translation>
    </message>
    <message>
        <source>none attached</source>
        <translation>ingen kopplad</translation>
    </message>
    <message>
        <source>funded (%1 points)</source>
        <translation>finansieras (%1 poäng)</translation>
    </message>
    <message>
        <source>not funded (%1 points)</source>
        <translation>finansieras inte (%1 poäng)</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>inte bedömd ännu</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Lägg till en rad i %1</translation>
    </message>
    <message>
        <source>Remove the selected row of %1</source>
        <translation>Ta bort den markerade raden i %1</translation>
    </message>
    <message>
        <source>Move the selected row of %1 up</source>
        <translation>Flytta upp den markerade raden i %1</translation>
    </message>
    <message>
        <source>Move the selected row of %1 down</source>
        <translation>Flytta ned den markerade raden i %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Flytta %1</translation>
    </message>
</context>
<context>
    <name>ValorisationEditor</name>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Speakers
women</source>
        <translation>Talare,
kvinnor</translation>
    </message>
    <message>
        <source>Speakers
men</source>
        <translation>Talare,
män</translation>
    </message>
    <message>
        <source>Speakers
not stated</source>
        <translation>Talare,
ej angivet</translation>
    </message>
    <message>
        <source>Valorisation actions</source>
        <translation>Åtgärder för synliggörande</translation>
    </message>
    <message>
        <source>action</source>
        <translation>åtgärd</translation>
    </message>
    <message>
        <source>Description of the selected action</source>
        <translation>Beskrivning av den valda åtgärden</translation>
    </message>
    <message>
        <source>What happens, who is invited, what it shows about women and men</source>
        <translation>Vad som händer, vilka som bjuds in, vad det visar om kvinnor och män</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>The selected action</source>
        <translation>Den valda åtgärden</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>Planned speakers, all actions</source>
        <translation>Planerade talare, alla åtgärder</translation>
    </message>
    <message>
        <source>(d) Local valorisation</source>
        <translation>(d) Lokalt synliggörande</translation>
    </message>
    <message>
        <source>Select an action in the table to describe it.</source>
        <translation>Välj en åtgärd i tabellen för att beskriva den.</translation>
    </message>
    <message>
        <source>(an action with no title yet)</source>
        <translation>(en åtgärd utan titel ännu)</translation>
    </message>
    <message>
        <source>Speakers planned in all: %1 · actions: %2</source>
        <translation>Planerade talare totalt: %1 · åtgärder: %2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Design…</source>
        <translation>&amp;Ny klusterdesign…</translation>
    </message>
    <message>
        <source>The &amp;Example</source>
        <translation>&amp;Exemplet</translation>
    </message>
    <message>
        <source>Shared &amp;Back-Office Cluster</source>
        <translation>Kluster med gemensamt &amp;kansli</translation>
    </message>
    <message>
        <source>&amp;Women&apos;s Entrepreneurship Cluster</source>
        <translation>Kluster för kvinnors &amp;företagande</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Close Design</source>
        <translation>S&amp;täng klusterdesign</translation>
    </message>
    <message>
        <source>&amp;Export Agreement…</source>
        <translation>&amp;Exportera överenskommelse…</translation>
    </message>
    <message>
        <source>Export &amp;Design File…</source>
        <translation>Exportera &amp;designfil…</translation>
    </message>
    <message>
        <source>&amp;Import Design File…</source>
        <translation>&amp;Importera designfil…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Säkerhets&amp;kopiera nu</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Byt &amp;namn…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arkivera</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Flytta till &amp;papperskorgen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>&amp;Designs</source>
        <translation>&amp;Klusterdesigner</translation>
    </message>
    <message>
        <source>&amp;Archived</source>
        <translation>&amp;Arkiverade</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>Papp&amp;erskorg</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Presentationsläge</translation>
    </message>
    <message>
        <source>Larger text, for a projector</source>
        <translation>Större text, för en projektor</translation>
    </message>
    <message>
        <source>&amp;About DESEO Cluster Designer</source>
        <translation>&amp;Om DESEO Cluster Designer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Ny från &amp;mall</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Ta ur &amp;arkivet</translation>
    </message>
</context>
<context>
    <name>WorkshopsDialog</name>
    <message>
        <source>Workshops</source>
        <translation>Workshoppar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>Steps worked on</source>
        <translation>Behandlade steg</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Workshops held</source>
        <translation>Hållna workshoppar</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
    <message>
        <source>Attendance, all workshops:</source>
        <translation>Närvaro, alla workshoppar:</translation>
    </message>
    <message>
        <source>The selected workshop</source>
        <translation>Den valda workshoppen</translation>
    </message>
    <message>
        <source>Worked on %1</source>
        <translation>Arbetade med %1</translation>
    </message>
    <message>
        <source>&amp;Decisions taken:</source>
        <translation>&amp;Fattade beslut:</translation>
    </message>
    <message>
        <source>The workshop of %1</source>
        <translation>Workshoppen den %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ändra %1</translation>
    </message>
</context>
</TS>
