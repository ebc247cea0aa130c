<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <source>DESEO Cluster Designer is free software under the GNU General Public License, version 3 or later.</source>
        <translation>DESEO Cluster Designer è software libero distribuito con la GNU General Public License, versione 3 o successiva.</translation>
    </message>
    <message>
        <source>It is built on:</source>
        <translation>Si basa su:</translation>
    </message>
    <message>
        <source>The interface and the documents use the DejaVu Sans font, shipped with the app under this licence:</source>
        <translation>L’interfaccia e i documenti usano il carattere DejaVu Sans, distribuito con l’applicazione con questa licenza:</translation>
    </message>
    <message>
        <source>About DESEO Cluster Designer</source>
        <translation>Informazioni su DESEO Cluster Designer</translation>
    </message>
    <message>
        <source>DESEO Cluster Designer</source>
        <translation>DESEO Cluster Designer</translation>
    </message>
    <message>
        <source>Design local social-economy clusters that give women and men equal access to economic and social life, and draft their local agreements. It carries on the work of the EU project DESEO (REVES network, 2006-2008).</source>
        <translation>Progettare distretti locali dell’economia sociale che garantiscano a donne e uomini pari accesso alla vita economica e sociale, e redigerne gli accordi locali. L’applicazione prosegue il lavoro del progetto europeo DESEO (rete REVES, 2006-2008).</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenze</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>Caratteri DejaVu</translation>
    </message>
</context>
<context>
    <name>ActorImport</name>
    <message>
        <source>No organisation name.</source>
        <translation>Manca il nome dell’organizzazione.</translation>
    </message>
    <message>
        <source>Already among the actors.</source>
        <translation>Già presente tra gli attori.</translation>
    </message>
    <message>
        <source>Twice in the file.</source>
        <translation>Presente due volte nel file.</translation>
    </message>
    <message>
        <source>Import Actors from a Spreadsheet</source>
        <translation>Importa attori da un foglio di calcolo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Fogli di calcolo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.

%1</source>
        <translation>Impossibile importare questo file; non è stato modificato nulla.

%1</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Impossibile leggere il file.</translation>
    </message>
    <message>
        <source>No row of headers with an organisation&apos;s name was found in the first 30 lines, or the actors changed meanwhile. Use the template (Save a Template…) for the expected columns.</source>
        <translation>Nelle prime 30 righe non è stata trovata una riga di intestazione con il nome di un’organizzazione, oppure nel frattempo gli attori sono cambiati. Per le colonne previste, usi il modello (Salva un modello…).</translation>
    </message>
</context>
<context>
    <name>ActorImportDialog</name>
    <message>
        <source>Import Actors from a Spreadsheet</source>
        <translation>Importa attori da un foglio di calcolo</translation>
    </message>
    <message>
        <source>What column “%1” holds</source>
        <translation>Contenuto della colonna «%1»</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importata)</translation>
    </message>
    <message>
        <source>The rows and their problems</source>
        <translation>Le righe e i loro problemi</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Headers found on line %1. Check what each column holds:</source>
        <translation>Intestazioni trovate alla riga %1. Controlli il contenuto di ogni colonna:</translation>
    </message>
    <message>
        <source>Choose one column for the organisation&apos;s name, and each kind once.</source>
        <translation>Scelga una colonna per il nome dell’organizzazione e ogni tipo di dato una sola volta.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to add.</source>
        <translation>
            <numerusform>%n riga pronta da aggiungere.</numerusform>
            <numerusform>%n righe pronte da aggiungere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will be left out.</source>
        <translation>
            <numerusform>%n riga con problemi verrà esclusa.</numerusform>
            <numerusform>%n righe con problemi verranno escluse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Organisation(s)</source>
        <translation>
            <numerusform>Aggiungi %n organizzazione</numerusform>
            <numerusform>Aggiungi %n organizzazioni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorsEditor</name>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma giuridica</translation>
    </message>
    <message>
        <source>Social economy</source>
        <translation>Economia sociale</translation>
    </message>
    <message>
        <source>Role in the cluster</source>
        <translation>Ruolo nel distretto</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation>A guida femminile</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>un attore</translation>
    </message>
    <message>
        <source>&amp;Import from a Spreadsheet…</source>
        <translation>Importa da un &amp;foglio di calcolo…</translation>
    </message>
    <message>
        <source>Add organisations from an .xlsx or .csv file, after a preview</source>
        <translation>Aggiunge organizzazioni da un file .xlsx o .csv, dopo un’anteprima</translation>
    </message>
    <message>
        <source>Save a &amp;Template…</source>
        <translation>Salva un &amp;modello…</translation>
    </message>
    <message>
        <source>A spreadsheet with the columns the import expects, to fill in</source>
        <translation>Un foglio di calcolo da compilare, con le colonne previste dall’importazione</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Attori</translation>
    </message>
    <message>
        <source>Save a Template</source>
        <translation>Salva un modello</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Fogli di calcolo (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Terms</source>
        <translation>Condizioni</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Firmatari</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Impegni</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>such as 2026-03-01</source>
        <translation>ad es. 2026-03-01</translation>
    </message>
    <message>
        <source>&amp;Raise the version</source>
        <translation>N&amp;uova versione</translation>
    </message>
    <message>
        <source>Add 1 to the version number and date it today, as one step.</source>
        <translation>Aumenta di 1 il numero di versione e le assegna la data di oggi, in un solo passaggio.</translation>
    </message>
    <message>
        <source>da&amp;ted</source>
        <translation>d&amp;el</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>L’accordo</translation>
    </message>
    <message>
        <source>Duration and signature</source>
        <translation>Durata e firma</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protezione dei dati personali</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>Version date</source>
        <translation>Data della versione</translation>
    </message>
    <message>
        <source>&amp;Duration (months):</source>
        <translation>&amp;Durata (mesi):</translation>
    </message>
    <message>
        <source>&amp;Place of signature:</source>
        <translation>Luogo della &amp;firma:</translation>
    </message>
    <message>
        <source>&amp;Contact point:</source>
        <translation>&amp;Punto di contatto:</translation>
    </message>
    <message>
        <source>Keep the data for (&amp;years):</source>
        <translation>&amp;Conserva i dati per (anni):</translation>
    </message>
    <message>
        <source>The version is the one the parties see on the draft (for example “v2, 1 March 2026”): raise it when you send them a new draft.</source>
        <translation>La versione è quella che le Parti vedono sulla bozza (ad esempio «v2, 1 marzo 2026»): la aumenti ogni volta che invia loro una nuova bozza.</translation>
    </message>
    <message>
        <source>Who people can write to about their personal data (GDPR art. 26).</source>
        <translation>A chi le persone possono rivolgersi per i propri dati personali (art. 26 GDPR).</translation>
    </message>
    <message>
        <source>Raise the agreement version to %1</source>
        <translation>passaggio dell’accordo alla versione %1</translation>
    </message>
    <message>
        <source>Added to the standard text</source>
        <translation>Aggiunto al testo standard</translation>
    </message>
    <message>
        <source>Replaces the standard text</source>
        <translation>Sostituisce il testo standard</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluso</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Il Suo testo</translation>
    </message>
    <message>
        <source>Beginning of your text</source>
        <translation>Inizio del Suo testo</translation>
    </message>
    <message>
        <source>Articles of the agreement</source>
        <translation>Articoli dell’accordo</translation>
    </message>
    <message>
        <source>article</source>
        <translation>un articolo</translation>
    </message>
    <message>
        <source>Your &amp;text:</source>
        <translation>Il Suo &amp;testo:</translation>
    </message>
    <message>
        <source>Add it after the standard text of the article</source>
        <translation>Aggiungerlo dopo il testo standard dell’articolo</translation>
    </message>
    <message>
        <source>Use it instead of the standard text</source>
        <translation>Usarlo al posto del testo standard</translation>
    </message>
    <message>
        <source>How your text is used</source>
        <translation>Come viene usato il Suo testo</translation>
    </message>
    <message>
        <source>Versi&amp;on:</source>
        <translation>&amp;Versione:</translation>
    </message>
    <message>
        <source>Renew&amp;al:</source>
        <translation>&amp;Rinnovo:</translation>
    </message>
    <message>
        <source>Entry &amp;into force:</source>
        <translation>E&amp;ntrata in vigore:</translation>
    </message>
    <message>
        <source>H&amp;ow:</source>
        <translation>&amp;Modalità:</translation>
    </message>
    <message>
        <source>Select an article to write its own text.</source>
        <translation>Selezioni un articolo per scriverne un testo proprio.</translation>
    </message>
    <message>
        <source>Article %1: %2</source>
        <translation>Articolo %1: %2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>modifica di «%1»</translation>
    </message>
    <message>
        <source>Commitments of each party</source>
        <translation>Impegni delle Parti</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Rappresentante</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>In qualità di</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>un firmatario</translation>
    </message>
    <message>
        <source>Add every &amp;party</source>
        <translation>Aggiungi tutte le &amp;Parti</translation>
    </message>
    <message>
        <source>Add a signatory for each organisation marked as signing that has none yet.</source>
        <translation>Aggiunge un firmatario per ogni organizzazione indicata come firmataria che non ne ha ancora uno.</translation>
    </message>
    <message>
        <source>Every organisation marked as signing on the Actors step needs a row here: who signs for it, in which capacity (such as President), where and when. “Add every party” adds the rows still missing.</source>
        <translation>Ogni organizzazione indicata come firmataria nella fase Attori deve avere qui una riga: chi firma per essa, in quale qualità (ad esempio Presidente), dove e quando. «Aggiungi tutte le Parti» aggiunge le righe ancora mancanti.</translation>
    </message>
    <message>
        <source>Every organisation that signs already has a signatory.</source>
        <translation>Ogni organizzazione firmataria ha già un firmatario.</translation>
    </message>
    <message>
        <source>Add every party as a signatory</source>
        <translation>aggiunta di tutte le Parti come firmatari</translation>
    </message>
    <message numerus="yes">
        <source>Added %n signatories.</source>
        <translation>
            <numerusform>Aggiunto %n firmatario.</numerusform>
            <numerusform>Aggiunti %n firmatari.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the commitments of</source>
        <translation>Mostra gli impegni di</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Impegno</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>un impegno</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <source>The &amp;commitment:</source>
        <translation>&amp;Testo dell’impegno:</translation>
    </message>
    <message>
        <source>The selected commitment</source>
        <translation>L’impegno selezionato</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Tutte le Parti</translation>
    </message>
</context>
<context>
    <name>BalanceMeter</name>
    <message>
        <source>No figures yet</source>
        <translation>Ancora nessun dato</translation>
    </message>
    <message>
        <source>Women %1% · Men %2%</source>
        <translation>Donne %1% · Uomini %2%</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>equilibrato</translation>
    </message>
    <message>
        <source>too few women (under %1%)</source>
        <translation>troppo poche donne (meno del %1%)</translation>
    </message>
    <message>
        <source>too few men (under %1%)</source>
        <translation>troppo pochi uomini (meno del %1%)</translation>
    </message>
    <message numerus="yes">
        <source>(%n not stated)</source>
        <translation>
            <numerusform>(%n con sesso non indicato)</numerusform>
            <numerusform>(%n con sesso non indicato)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BaselineEditor</name>
    <message>
        <source>Workforce</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Dirigenti</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Organo amministrativo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>women</source>
        <translation>donne</translation>
    </message>
    <message>
        <source>men</source>
        <translation>uomini</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>Women and men in each organisation</source>
        <translation>Donne e uomini in ogni organizzazione</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>un attore</translation>
    </message>
    <message>
        <source>The whole cluster</source>
        <translation>L’intero distretto</translation>
    </message>
    <message>
        <source>The selected organisation</source>
        <translation>L’organizzazione selezionata</translation>
    </message>
    <message>
        <source>Gender baseline</source>
        <translation>Situazione di partenza per genere</translation>
    </message>
    <message>
        <source>Select an organisation in the table.</source>
        <translation>Selezioni un’organizzazione nella tabella.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Indicators from the catalogue</source>
        <translation>Indicatori dal catalogo</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tutti i domini</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Code or words of the name</source>
        <translation>Codice o parole del nome</translation>
    </message>
    <message>
        <source>Find an indicator</source>
        <translation>Trova un indicatore</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Trova:</translation>
    </message>
    <message>
        <source>Catalogue indicators: tick the ones to add</source>
        <translation>Indicatori del catalogo: spunti quelli da aggiungere</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Default target</source>
        <translation>Obiettivo predefinito</translation>
    </message>
    <message>
        <source>%1 (already in the design)</source>
        <translation>%1 (già nel progetto)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>da %1 a %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>almeno %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>al massimo %1</translation>
    </message>
    <message>
        <source>a gap of at most %1</source>
        <translation>un divario massimo di %1</translation>
    </message>
    <message>
        <source>&amp;Add the ticked indicators (%1)</source>
        <translation>&amp;Aggiungi gli indicatori spuntati (%1)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Tick the indicators to add. Select one to read what it measures.</source>
        <translation>Spunti gli indicatori da aggiungere. Ne selezioni uno per leggere che cosa misura.</translation>
    </message>
    <message>
        <source>Measured: %1. Unit: %2.</source>
        <translation>Misurazione: %1. Unità: %2.</translation>
    </message>
    <message>
        <source>Default target: %1.</source>
        <translation>Obiettivo predefinito: %1.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>A chart of the DESEO Cluster Designer</source>
        <translation>Un grafico di DESEO Cluster Designer</translation>
    </message>
    <message>
        <source>Save chart as image (PNG or SVG)…</source>
        <translation>Salva il grafico come immagine (PNG o SVG)…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salva…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture or an SVG drawing</source>
        <translation>Salva questo grafico come immagine PNG o disegno SVG</translation>
    </message>
    <message>
        <source>Save %1 as an image</source>
        <translation>Salva «%1» come immagine</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Salva il grafico</translation>
    </message>
    <message>
        <source>The chart could not be saved in %1.</source>
        <translation>Impossibile salvare il grafico in %1.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Workforce</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Dirigenza</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Organi amministrativi</translation>
    </message>
    <message>
        <source>Governance seats</source>
        <translation>Seggi negli organi</translation>
    </message>
    <message>
        <source>Workshop attendance</source>
        <translation>Presenze ai laboratori</translation>
    </message>
    <message>
        <source>Planned speakers</source>
        <translation>Relatori previsti</translation>
    </message>
    <message>
        <source>workforce</source>
        <translation>personale</translation>
    </message>
    <message>
        <source>management</source>
        <translation>dirigenza</translation>
    </message>
    <message>
        <source>boards</source>
        <translation>organi amministrativi</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>finanziato</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>non finanziato</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>non ancora valutato</translation>
    </message>
    <message>
        <source>Share of the people whose sex is stated</source>
        <translation>Quota sulle persone di cui è indicato il sesso</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Donne</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Uomini</translation>
    </message>
    <message>
        <source>Balance: each sex at least %1</source>
        <translation>Equilibrio: ciascun sesso almeno al %1</translation>
    </message>
    <message>
        <source>%1: no figures yet</source>
        <translation>%1: ancora nessun dato</translation>
    </message>
    <message>
        <source>%1: %2 women (%3), %4 men (%5)</source>
        <translation>%1: %2 donne (%3), %4 uomini (%5)</translation>
    </message>
    <message>
        <source>, %1 not stated</source>
        <translation>, %1 con sesso non indicato</translation>
    </message>
    <message>
        <source>Women and men in the cluster</source>
        <translation>Donne e uomini nel distretto</translation>
    </message>
    <message>
        <source>Group (people)</source>
        <translation>Gruppo (persone)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sex not stated: %1</source>
        <translation>Sesso non indicato: %1</translation>
    </message>
    <message>
        <source>Organisation (people)</source>
        <translation>Organizzazione (persone)</translation>
    </message>
    <message>
        <source>Women and men by organisation: %1</source>
        <translation>Donne e uomini per organizzazione: %1</translation>
    </message>
    <message>
        <source>Value of the contributions (%1)</source>
        <translation>Valore dei conferimenti (%1)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>In denaro</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In natura</translation>
    </message>
    <message>
        <source>%1: %2 in cash, %3 in kind</source>
        <translation>%1: %2 in denaro, %3 in natura</translation>
    </message>
    <message>
        <source>Pooled value by category, cash and in kind</source>
        <translation>Valore messo in comune per categoria, in denaro e in natura</translation>
    </message>
    <message>
        <source>Category (total)</source>
        <translation>Categoria (totale)</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Conferente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Punti aggiuntivi</translation>
    </message>
    <message>
        <source>Financing score: %1 of %2, %3</source>
        <translation>Punteggio per il finanziamento: %1 su %2, %3</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Not earned</source>
        <translation>Non ottenuti</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Threshold (%1)</source>
        <translation>Soglia (%1)</translation>
    </message>
    <message>
        <source>Criterion %1 minimum (%2)</source>
        <translation>Minimo del criterio %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 points</source>
        <translation>%1: %2 punti su %3</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Tutti gli indicatori</translation>
    </message>
    <message>
        <source>Indicators: none assessed yet</source>
        <translation>Indicatori: nessuno ancora valutato</translation>
    </message>
    <message>
        <source>Indicators: %1 on track</source>
        <translation>Indicatori: %1 in linea</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>Domain (indicators)</source>
        <translation>Dominio (indicatori)</translation>
    </message>
    <message>
        <source>%1: %2 on track, %3 at risk, %4 off track, %5 not measured</source>
        <translation>%1: %2 in linea, %3 a rischio, %4 fuori traiettoria, %5 non misurati</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Women in the workforce</source>
        <translation>Donne nel personale</translation>
    </message>
    <message>
        <source>Women in governance seats</source>
        <translation>Donne nei seggi degli organi</translation>
    </message>
    <message>
        <source>Pooled value</source>
        <translation>Valore messo in comune</translation>
    </message>
    <message>
        <source>Financing score</source>
        <translation>Punteggio per il finanziamento</translation>
    </message>
    <message>
        <source>Indicators on track</source>
        <translation>Indicatori in linea</translation>
    </message>
    <message>
        <source>Women and men in the cluster</source>
        <translation>Donne e uomini nel distretto</translation>
    </message>
    <message>
        <source>Women and men by organisation</source>
        <translation>Donne e uomini per organizzazione</translation>
    </message>
    <message>
        <source>Which people</source>
        <translation>Quali persone</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Dirigenza</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Organi amministrativi</translation>
    </message>
    <message>
        <source>Order of the organisations</source>
        <translation>Ordine delle organizzazioni</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>Prima le più grandi</translation>
    </message>
    <message>
        <source>Fewest women first</source>
        <translation>Prima quelle con meno donne</translation>
    </message>
    <message>
        <source>Fewest men first</source>
        <translation>Prima quelle con meno uomini</translation>
    </message>
    <message>
        <source>Pooled value by category</source>
        <translation>Valore messo in comune per categoria</translation>
    </message>
    <message>
        <source>Pooled value by contributor</source>
        <translation>Valore messo in comune per conferente</translation>
    </message>
    <message>
        <source>Indicator progress</source>
        <translation>Avanzamento degli indicatori</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <source>No figures of women and men yet.</source>
        <translation>Ancora nessun dato su donne e uomini.</translation>
    </message>
    <message>
        <source>No pooled contributions yet.</source>
        <translation>Ancora nessun conferimento messo in comune.</translation>
    </message>
    <message>
        <source>No financing grid is attached to this design.</source>
        <translation>A questo progetto non è associata alcuna griglia di finanziamento.</translation>
    </message>
    <message>
        <source>No indicators yet.</source>
        <translation>Ancora nessun indicatore.</translation>
    </message>
    <message>
        <source>No organisation has given these figures yet.</source>
        <translation>Nessuna organizzazione ha ancora fornito questi dati.</translation>
    </message>
    <message>
        <source>%1 in kind</source>
        <translation>%1 in natura</translation>
    </message>
    <message>
        <source>nothing pooled yet</source>
        <translation>ancora nulla di messo in comune</translation>
    </message>
    <message>
        <source>no financing grid</source>
        <translation>nessuna griglia di finanziamento</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (threshold %2)</source>
        <translation>%1 (soglia %2)</translation>
    </message>
    <message>
        <source>%1 of %2 assessed; %3 not measured</source>
        <translation>%1 su %2 valutati; %3 non misurati</translation>
    </message>
    <message>
        <source>no indicators yet</source>
        <translation>ancora nessun indicatore</translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation>ancora nessun dato</translation>
    </message>
    <message>
        <source>of %1 people whose sex is stated</source>
        <translation>su %1 persone di cui è indicato il sesso</translation>
    </message>
</context>
<context>
    <name>DashboardPlurals</name>
    <message numerus="yes">
        <source>%n other organisation(s)</source>
        <translation>
            <numerusform>%n altra organizzazione</numerusform>
            <numerusform>altre %n organizzazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisation (people); %n without figures</source>
        <translation>
            <numerusform>Organizzazione (persone); %n senza dati</numerusform>
            <numerusform>Organizzazione (persone); %n senza dati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contributor; %n other(s): %1</source>
        <translation>
            <numerusform>Conferente; %n altro: %1</numerusform>
            <numerusform>Conferente; altri %n: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n largest contributor(s), cash and in kind</source>
        <translation>
            <numerusform>Il conferente principale, in denaro e in natura</numerusform>
            <numerusform>I %n conferenti principali, in denaro e in natura</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesignFile</name>
    <message>
        <source>Export Design File</source>
        <translation>Esporta file del progetto</translation>
    </message>
    <message>
        <source>Export “%1” with the names and contacts it holds?</source>
        <translation>Vuole esportare «%1» con i nomi e i recapiti che contiene?</translation>
    </message>
    <message>
        <source>To hand the design to a colleague, keep them. To share it as a good practice, leave them out: every name, e-mail and phone is replaced by a pseudonym.</source>
        <translation>Per consegnare il progetto a un collega, li mantenga. Per condividerlo come buona pratica, li escluda: ogni nome, indirizzo e-mail e numero di telefono viene sostituito da uno pseudonimo.</translation>
    </message>
    <message>
        <source>Keep Personal Data</source>
        <translation>Mantieni i dati personali</translation>
    </message>
    <message>
        <source>Leave Personal Data Out</source>
        <translation>Escludi i dati personali</translation>
    </message>
    <message>
        <source>DESEO designs (*.deseo)</source>
        <translation>Progetti DESEO (*.deseo)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
    <message>
        <source>Import Design File</source>
        <translation>Importa file del progetto</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.

%1</source>
        <translation>Impossibile importare questo file; non è stato modificato nulla.

%1</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Progetto «%1» importato.</translation>
    </message>
    <message>
        <source>“%1” is already among your designs.</source>
        <translation>«%1» è già tra i Suoi progetti.</translation>
    </message>
    <message>
        <source>Yours was last changed %1 (UTC); the file&apos;s copy %2 (UTC).</source>
        <translation>La Sua copia è stata modificata l’ultima volta il %1 (UTC); quella del file il %2 (UTC).</translation>
    </message>
    <message>
        <source>Yours is NEWER than the file: replacing it loses those changes.</source>
        <translation>La Sua copia è PIÙ RECENTE di quella del file: sostituendola, quelle modifiche andranno perse.</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Mantieni entrambe</translation>
    </message>
    <message>
        <source>Replace Mine</source>
        <translation>Sostituisci la mia</translation>
    </message>
</context>
<context>
    <name>DesignPage</name>
    <message>
        <source>Steps</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>Help for this step</source>
        <translation>Guida a questa fase</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avanti &gt;</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>Li&amp;breria</translation>
    </message>
    <message>
        <source>Back to the library (everything is saved)</source>
        <translation>Torna alla libreria (tutto è già salvato)</translation>
    </message>
    <message>
        <source>&amp;Workshops…</source>
        <translation>&amp;Laboratori…</translation>
    </message>
    <message>
        <source>Log the workshops held on this design</source>
        <translation>Registra i laboratori svolti su questo progetto</translation>
    </message>
    <message>
        <source>Fi&amp;nish</source>
        <translation>Fi&amp;ne</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Design your first cluster</source>
        <translation>Progetti il Suo primo distretto</translation>
    </message>
    <message>
        <source>A design gathers the actors of a territory, what they pool, how they govern the cluster, how it is financed and how progress towards equality between women and men is measured. Start a new one, or open the example to see a complete design.</source>
        <translation>Un progetto riunisce gli attori di un territorio, ciò che mettono in comune, come governano il distretto, come viene finanziato e come si misurano i progressi verso la parità tra donne e uomini. Ne inizi uno nuovo, oppure apra l’esempio per vedere un progetto completo.</translation>
    </message>
    <message>
        <source>New design…</source>
        <translation>Nuovo progetto…</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>Apri l’esempio</translation>
    </message>
</context>
<context>
    <name>EvaluationEditor</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Misurazione</translation>
    </message>
    <message>
        <source>Baseline
date</source>
        <translation>Data di
partenza</translation>
    </message>
    <message>
        <source>Baseline
women</source>
        <translation>Partenza
donne</translation>
    </message>
    <message>
        <source>Baseline
men</source>
        <translation>Partenza
uomini</translation>
    </message>
    <message>
        <source>Baseline
one figure</source>
        <translation>Partenza
valore unico</translation>
    </message>
    <message>
        <source>Target
date</source>
        <translation>Data
obiettivo</translation>
    </message>
    <message>
        <source>Target
women</source>
        <translation>Obiettivo
donne</translation>
    </message>
    <message>
        <source>Target
men</source>
        <translation>Obiettivo
uomini</translation>
    </message>
    <message>
        <source>Target
value</source>
        <translation>Obiettivo
valore</translation>
    </message>
    <message>
        <source>Target
high end</source>
        <translation>Obiettivo
massimo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Periodicità</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>un indicatore</translation>
    </message>
    <message>
        <source>Add from the &amp;catalogue…</source>
        <translation>Aggiungi dal &amp;catalogo…</translation>
    </message>
    <message>
        <source>Add indicators from the catalogue</source>
        <translation>Aggiungi indicatori dal catalogo</translation>
    </message>
    <message>
        <source>or use Add above for an indicator of your own.</source>
        <translation>oppure usi Aggiungi qui sopra per un indicatore definito da Lei.</translation>
    </message>
    <message>
        <source>The selected indicator</source>
        <translation>L’indicatore selezionato</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Good direction:</source>
        <translation>Dire&amp;zione desiderata:</translation>
    </message>
    <message>
        <source>&amp;Target kind:</source>
        <translation>&amp;Tipo di obiettivo:</translation>
    </message>
    <message>
        <source>(e) Evaluation</source>
        <translation>(e) Valutazione</translation>
    </message>
    <message>
        <source>Select an indicator in the table to see which figures it needs.</source>
        <translation>Selezioni un indicatore nella tabella per vedere quali dati richiede.</translation>
    </message>
    <message>
        <source>%1 is measured by sex: give the baseline and target for each sex.</source>
        <translation>%1 si misura per sesso: indichi il valore di partenza e l’obiettivo per ciascun sesso.</translation>
    </message>
    <message>
        <source>%1 is one figure: give its baseline and target in one figure.</source>
        <translation>%1 è un dato unico: ne indichi il valore di partenza e l’obiettivo con un solo dato.</translation>
    </message>
    <message>
        <source>This indicator</source>
        <translation>Questo indicatore</translation>
    </message>
    <message>
        <source>The target is a range: give its low and high ends.</source>
        <translation>L’obiettivo è un intervallo: ne indichi il limite inferiore e quello superiore.</translation>
    </message>
    <message>
        <source>This kind of target has no number to reach.</source>
        <translation>Questo tipo di obiettivo non ha un valore numerico da raggiungere.</translation>
    </message>
</context>
<context>
    <name>ExistingServicesEditor</name>
    <message>
        <source>This step is for improving a cluster that already exists. This design is for a new cluster, so the wizard skips it; to record improvements, choose an existing cluster on the Start step.</source>
        <translation>Questa fase serve a migliorare un distretto già esistente. Questo progetto riguarda un nuovo distretto, quindi la procedura guidata la salta; per registrare dei miglioramenti, scelga «Distretto esistente» nella fase Avvio.</translation>
    </message>
    <message>
        <source>Existing service or structure</source>
        <translation>Servizio o struttura esistente</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile dell’azione</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Azioni di miglioramento</translation>
    </message>
    <message>
        <source>improvement action</source>
        <translation>un’azione di miglioramento</translation>
    </message>
    <message>
        <source>The &amp;gap found:</source>
        <translation>La &amp;carenza rilevata:</translation>
    </message>
    <message>
        <source>The improvement &amp;action:</source>
        <translation>L’azione di &amp;miglioramento:</translation>
    </message>
    <message>
        <source>(b) Existing services</source>
        <translation>(b) Servizi esistenti</translation>
    </message>
    <message>
        <source>Select an action in the table to write the gap and the action.</source>
        <translation>Selezioni un’azione nella tabella per descrivere la carenza e l’azione.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Servizio selezionato: %1</translation>
    </message>
    <message>
        <source>(no service named yet)</source>
        <translation>(nessun servizio ancora indicato)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The agreement draft of “%1”, made from the design as it is now.</source>
        <translation>La bozza dell’accordo di «%1», generata dal progetto così com’è ora.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>accordo</translation>
    </message>
    <message>
        <source>%1 (replaces the file already there)</source>
        <translation>%1 (sostituisce il file già presente)</translation>
    </message>
    <message>
        <source>Folder for the agreement</source>
        <translation>Cartella per l’accordo</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La cartella %1 non esiste.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento in corso…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione in corso…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Esportazione annullata; non è stato scritto alcun file.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly (its process ended). Your files were left as they were; try again.</source>
        <translation>L’esportazione si è interrotta inaspettatamente (il suo processo è terminato). I Suoi file sono rimasti com’erano; riprovi.</translation>
    </message>
    <message>
        <source>The export stopped because of a fault in the app (%1). Your files were left as they were; the details are in the log.</source>
        <translation>L’esportazione si è interrotta per un errore dell’applicazione (%1). I Suoi file sono rimasti com’erano; i dettagli sono nel registro.</translation>
    </message>
    <message>
        <source>The agreement was exported.</source>
        <translation>L’accordo è stato esportato.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n pagina)</numerusform>
            <numerusform>%1 (%n pagine)</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>nella cartella %1</translation>
    </message>
    <message>
        <source>Open the &amp;PDF</source>
        <translation>Apri il &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Apri il file</translation>
    </message>
    <message>
        <source>Open the &amp;workbook</source>
        <translation>Apri la &amp;cartella di lavoro</translation>
    </message>
    <message>
        <source>Export agreement</source>
        <translation>Esporta l’accordo</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;PDF document, to print and sign</source>
        <translation>Documento &amp;PDF, da stampare e firmare</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook, to work in</source>
        <translation>Cartella di lavoro E&amp;xcel, su cui lavorare</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Lingua del documento:</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Lingua del documento</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>C&amp;artella:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>S&amp;cegli…</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Nomi:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avanzamento dell’esportazione</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>&amp;Mostra nella cartella</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Troppo lungo: al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>Type a whole number, such as 12.</source>
        <translation>Digiti un numero intero, ad esempio 12.</translation>
    </message>
    <message>
        <source>It cannot be negative.</source>
        <translation>Non può essere negativo.</translation>
    </message>
    <message>
        <source>Too large: at most %1.</source>
        <translation>Troppo grande: al massimo %1.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @ and a domain, such as name@example.org.</source>
        <translation>Un indirizzo e-mail deve contenere una @ e un dominio, ad esempio nome@example.org.</translation>
    </message>
    <message>
        <source>Choose one of the values in the list.</source>
        <translation>Scelga uno dei valori dell’elenco.</translation>
    </message>
    <message>
        <source>Type a date such as 2026-03-01.</source>
        <translation>Digiti una data nel formato AAAA-MM-GG, ad esempio 2026-03-01.</translation>
    </message>
    <message>
        <source>Type a number, such as 1250.50.</source>
        <translation>Digiti un numero, ad esempio 1250,50.</translation>
    </message>
    <message>
        <source>Women and men together are more than the total (%1).</source>
        <translation>Donne e uomini insieme superano il totale (%1).</translation>
    </message>
    <message>
        <source>This date must come after the one it follows.</source>
        <translation>Questa data deve essere successiva a quella che la precede.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Questo valore non può essere usato.</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>It is not a DESEO design file.</source>
        <translation>Non è un file di progetto DESEO.</translation>
    </message>
    <message>
        <source>The file is damaged (cut short or corrupt).</source>
        <translation>Il file è danneggiato (troncato o corrotto).</translation>
    </message>
    <message>
        <source>It holds too many files.</source>
        <translation>Contiene troppi file.</translation>
    </message>
    <message>
        <source>It unpacks to more than 50 MB.</source>
        <translation>Una volta decompresso supera i 50 MB.</translation>
    </message>
    <message>
        <source>It holds a file with an unsafe name.</source>
        <translation>Contiene un file con un nome non sicuro.</translation>
    </message>
    <message>
        <source>Parts of the design file are missing.</source>
        <translation>Mancano parti del file di progetto.</translation>
    </message>
    <message>
        <source>It holds files a design never has.</source>
        <translation>Contiene file che un progetto non prevede mai.</translation>
    </message>
    <message>
        <source>Its text is not valid UTF-8.</source>
        <translation>Il suo testo non è in UTF-8 valido.</translation>
    </message>
    <message>
        <source>Its contents are malformed.</source>
        <translation>Il suo contenuto non è formato correttamente.</translation>
    </message>
    <message>
        <source>It holds a value that is not a number.</source>
        <translation>Contiene un valore che non è un numero.</translation>
    </message>
    <message>
        <source>It holds a number far too long.</source>
        <translation>Contiene un numero decisamente troppo lungo.</translation>
    </message>
    <message>
        <source>Its contents are nested too deeply.</source>
        <translation>Il suo contenuto ha troppi livelli di annidamento.</translation>
    </message>
    <message>
        <source>It was made by a newer DESEO: install DESEO %1 or later to open it.</source>
        <translation>È stato creato con una versione più recente di DESEO: per aprirlo installi DESEO %1 o successiva.</translation>
    </message>
    <message>
        <source>The file was changed or damaged.</source>
        <translation>Il file è stato modificato o danneggiato.</translation>
    </message>
    <message>
        <source>It does not follow the design file format.</source>
        <translation>Non rispetta il formato dei file di progetto.</translation>
    </message>
    <message>
        <source>The file does not exist or cannot be read.</source>
        <translation>Il file non esiste o non può essere letto.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Il file è troppo grande.</translation>
    </message>
    <message>
        <source>Only .xlsx and .csv files can be read.</source>
        <translation>Si possono leggere solo file .xlsx e .csv.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls): save it as .xlsx or .csv first.</source>
        <translation>È un vecchio file Excel (.xls): prima lo salvi come .xlsx o .csv.</translation>
    </message>
    <message>
        <source>The workbook contains macros: save it as a plain .xlsx first.</source>
        <translation>La cartella di lavoro contiene macro: prima la salvi come semplice .xlsx.</translation>
    </message>
    <message>
        <source>The file is not an .xlsx workbook.</source>
        <translation>Il file non è una cartella di lavoro .xlsx.</translation>
    </message>
    <message>
        <source>The workbook is damaged.</source>
        <translation>La cartella di lavoro è danneggiata.</translation>
    </message>
    <message>
        <source>The workbook has too many parts.</source>
        <translation>La cartella di lavoro ha troppe parti.</translation>
    </message>
    <message>
        <source>The workbook unpacks too large.</source>
        <translation>Una volta decompressa, la cartella di lavoro è troppo grande.</translation>
    </message>
    <message>
        <source>The workbook holds refused XML declarations.</source>
        <translation>La cartella di lavoro contiene dichiarazioni XML non ammesse.</translation>
    </message>
    <message>
        <source>The workbook holds a far too long text.</source>
        <translation>La cartella di lavoro contiene un testo decisamente troppo lungo.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>La cartella di lavoro non contiene alcun foglio di lavoro.</translation>
    </message>
    <message>
        <source>The sheet has too many rows.</source>
        <translation>Il foglio ha troppe righe.</translation>
    </message>
    <message>
        <source>The sheet has too many columns.</source>
        <translation>Il foglio ha troppe colonne.</translation>
    </message>
    <message>
        <source>A cell holds far too long a text.</source>
        <translation>Una cella contiene un testo decisamente troppo lungo.</translation>
    </message>
    <message>
        <source>The file is not a text (CSV) file.</source>
        <translation>Il file non è un file di testo (CSV).</translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor Windows-1252: save it as UTF-8.</source>
        <translation>Il testo non è né in UTF-8 né in Windows-1252: lo salvi in UTF-8.</translation>
    </message>
    <message>
        <source>The CSV file cannot be read.</source>
        <translation>Impossibile leggere il file CSV.</translation>
    </message>
    <message>
        <source>Its contents cannot be used as a design.</source>
        <translation>Il suo contenuto non può essere usato come progetto.</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read.</source>
        <translation>Impossibile leggere il foglio di calcolo.</translation>
    </message>
    <message>
        <source>There is a folder called %1 where the file should go. Choose another folder.</source>
        <translation>Dove dovrebbe andare il file c’è una cartella chiamata %1. Scelga un’altra cartella.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk for %1. Free some space or choose another folder; the file that was there is unchanged.</source>
        <translation>Sul disco non c’è spazio sufficiente per %1. Liberi un po’ di spazio o scelga un’altra cartella; il file già presente non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is read-only. Choose another folder.</source>
        <translation>Impossibile scrivere %1: il disco è di sola lettura. Scelga un’altra cartella.</translation>
    </message>
    <message>
        <source>%1 cannot be written here: you do not have permission, or the file or folder is read-only. Choose another folder; the file that was there is unchanged.</source>
        <translation>Impossibile scrivere %1 qui: non ha l’autorizzazione necessaria, oppure il file o la cartella sono di sola lettura. Scelga un’altra cartella; il file già presente non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 could not be replaced: it may be open in another program, or read-only. Close it and try again; the file that was there is unchanged.</source>
        <translation>Impossibile sostituire %1: potrebbe essere aperto in un altro programma o essere di sola lettura. Lo chiuda e riprovi; il file già presente non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 is open in another program. Close it and try again; the file that was there is unchanged.</source>
        <translation>%1 è aperto in un altro programma. Lo chiuda e riprovi; il file già presente non è stato modificato.</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist. Choose another folder.</source>
        <translation>La cartella per %1 non esiste. Scelga un’altra cartella.</translation>
    </message>
    <message>
        <source>The name %1 is too long for this disk.</source>
        <translation>Il nome %1 è troppo lungo per questo disco.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>FinancingEditor</name>
    <message>
        <source>Funder</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Also an actor of the cluster</source>
        <translation>Anche attore del distretto</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Finanziatori</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>un finanziatore</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Voce di bilancio</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Cash or in kind</source>
        <translation>In denaro o in natura</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Voci di bilancio</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>una voce di bilancio</translation>
    </message>
    <message>
        <source>Add a &amp;coordination line</source>
        <translation>Aggiungi una voce di &amp;coordinamento</translation>
    </message>
    <message>
        <source>Add a coordination line at the top of the budget</source>
        <translation>Aggiungi una voce di coordinamento in cima al bilancio</translation>
    </message>
    <message>
        <source>Budget totals</source>
        <translation>Totali del bilancio</translation>
    </message>
    <message>
        <source>(c) Local financing</source>
        <translation>(c) Finanziamento locale</translation>
    </message>
    <message>
        <source>Add a coordination line</source>
        <translation>aggiunta di una voce di coordinamento</translation>
    </message>
    <message>
        <source>No budget line for coordination yet. DESEO budgets put the coordination of the cluster first: someone has to run the partnership.</source>
        <translation>Non c’è ancora una voce di bilancio per il coordinamento. I bilanci DESEO mettono al primo posto il coordinamento del distretto: qualcuno deve pur gestire il partenariato.</translation>
    </message>
    <message>
        <source>Coordination comes first in a DESEO budget: move its line to the top.</source>
        <translation>In un bilancio DESEO il coordinamento viene per primo: sposti la sua voce in cima.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>In denaro</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In natura</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>No year</source>
        <translation>Senza anno</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tutti gli anni</translation>
    </message>
    <message>
        <source>The whole budget is %1, of which %2% in kind.</source>
        <translation>Il bilancio complessivo è di %1, di cui il %2% in natura.</translation>
    </message>
    <message>
        <source>No amounts yet.</source>
        <translation>Ancora nessun importo.</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <source>Change %1</source>
        <translation>modifica di «%1»</translation>
    </message>
</context>
<context>
    <name>GovernanceEditor</name>
    <message>
        <source>Body</source>
        <translation>Organo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Meetings a year</source>
        <translation>Riunioni all’anno</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>Organi del distretto</translation>
    </message>
    <message>
        <source>body</source>
        <translation>un organo</translation>
    </message>
    <message>
        <source>How &amp;decisions are taken:</source>
        <translation>Come si prendono le &amp;decisioni:</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Numero legale:</translation>
    </message>
    <message>
        <source>Seat holder</source>
        <translation>Titolare del seggio</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seggi</translation>
    </message>
    <message>
        <source>seat</source>
        <translation>un seggio</translation>
    </message>
    <message>
        <source>Balance of this body:</source>
        <translation>Equilibrio di questo organo:</translation>
    </message>
    <message>
        <source>All bodies together:</source>
        <translation>Tutti gli organi insieme:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Gestito da</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Come funziona</translation>
    </message>
    <message>
        <source>Common management systems</source>
        <translation>Sistemi di gestione comuni</translation>
    </message>
    <message>
        <source>management system</source>
        <translation>un sistema di gestione</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>Select a body in the table to see its seats and rules.</source>
        <translation>Selezioni un organo nella tabella per vederne i seggi e le regole.</translation>
    </message>
    <message>
        <source>Selected body: %1</source>
        <translation>Organo selezionato: %1</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(ancora senza nome)</translation>
    </message>
</context>
<context>
    <name>GridNotes</name>
    <message>
        <source>The grid has no criteria yet: nothing can earn points.</source>
        <translation>La griglia non ha ancora criteri: non si può ottenere alcun punto.</translation>
    </message>
    <message>
        <source>Criterion %1: its sub-criteria add up to %2, not its maximum of %3.</source>
        <translation>Criterio %1: la somma dei suoi sottocriteri è %2 e non corrisponde al suo massimo di %3.</translation>
    </message>
    <message>
        <source>The criteria add up to %1 points, while the total is capped at %2.</source>
        <translation>La somma dei criteri è di %1 punti, mentre il tetto del totale è %2.</translation>
    </message>
    <message>
        <source>No criterion has the code %1 that the gender-equality minimum names.</source>
        <translation>Nessun criterio ha il codice %1 indicato per il minimo sulla parità di genere.</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <source>Keep this grid to use it in other designs</source>
        <translation>Conserva questa griglia per usarla in altri progetti</translation>
    </message>
    <message>
        <source>&amp;Replace with a library grid…</source>
        <translation>&amp;Sostituisci con una griglia della libreria…</translation>
    </message>
    <message>
        <source>Save to the librar&amp;y…</source>
        <translation>Salva nella libre&amp;ria…</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>&amp;Valutazione</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Griglia</translation>
    </message>
    <message>
        <source>No financing grid yet</source>
        <translation>Ancora nessuna griglia di finanziamento</translation>
    </message>
    <message>
        <source>A local authority scores a cluster&apos;s project with a grid: eligibility gates, weighted criteria, a bonus, a threshold and a minimum for gender equality. Start from the default grid and adapt it, or copy a grid from the library.</source>
        <translation>Un ente locale valuta il progetto di un distretto con una griglia: requisiti di ammissibilità, criteri ponderati, punti aggiuntivi, una soglia e un minimo per la parità di genere. Parta dalla griglia predefinita e la adatti, oppure copi una griglia dalla libreria.</translation>
    </message>
    <message>
        <source>Start from the &amp;default grid</source>
        <translation>Parti dalla griglia &amp;predefinita</translation>
    </message>
    <message>
        <source>&amp;Copy a grid from the library…</source>
        <translation>&amp;Copia una griglia dalla libreria…</translation>
    </message>
    <message>
        <source>(c) Financing grid</source>
        <translation>(c) Griglia di finanziamento</translation>
    </message>
    <message>
        <source>Financing grid</source>
        <translation>Griglia di finanziamento</translation>
    </message>
    <message>
        <source>The library has no grids yet: save one from a design.</source>
        <translation>La libreria non contiene ancora griglie: ne salvi una da un progetto.</translation>
    </message>
    <message>
        <source>Start from the default grid</source>
        <translation>adozione della griglia predefinita</translation>
    </message>
    <message>
        <source>Replace the grid</source>
        <translation>Sostituzione della griglia</translation>
    </message>
    <message>
        <source>Replace this design&apos;s grid with the one from the library? Its assessors and their scores go with it. Undo brings them back.</source>
        <translation>Vuole sostituire la griglia di questo progetto con quella della libreria? Insieme alla griglia vengono rimossi anche i valutatori e i loro punteggi. «Annulla» li ripristina.</translation>
    </message>
    <message>
        <source>The grid was replaced. Undo brings the old one back.</source>
        <translation>La griglia è stata sostituita. «Annulla» ripristina quella precedente.</translation>
    </message>
    <message>
        <source>Save to the library</source>
        <translation>Salva nella libreria</translation>
    </message>
    <message>
        <source>Name of the grid in the library:</source>
        <translation>Nome della griglia nella libreria:</translation>
    </message>
    <message>
        <source>Saved to the library as “%1”: other designs can now copy it.</source>
        <translation>Salvata nella libreria come «%1»: ora altri progetti possono copiarla.</translation>
    </message>
</context>
<context>
    <name>GridResults</name>
    <message>
        <source>Funded</source>
        <translation>Finanziato</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Non finanziato</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Non ancora valutato</translation>
    </message>
    <message>
        <source>Gate %1 is not met: %2 answered no to “%3”</source>
        <translation>Requisito %1 non soddisfatto: risposta negativa a «%3» da parte di %2</translation>
    </message>
    <message>
        <source>an assessor</source>
        <translation>un valutatore</translation>
    </message>
    <message>
        <source>Gate %1 has no answer yet: every gate needs one (%2).</source>
        <translation>Il requisito %1 (%2) non ha ancora una risposta: ogni requisito ne richiede una.</translation>
    </message>
    <message>
        <source>No assessor yet: add one to score the project.</source>
        <translation>Ancora nessun valutatore: ne aggiunga uno per assegnare i punteggi al progetto.</translation>
    </message>
    <message>
        <source>Sub-criterion %1 (%2) has no score yet; it counts as 0.</source>
        <translation>Il sottocriterio %1 (%2) non ha ancora un punteggio; vale 0.</translation>
    </message>
    <message>
        <source>The total, %1, is %2 short of the threshold of %3.</source>
        <translation>Il totale, %1, è inferiore di %2 alla soglia di %3.</translation>
    </message>
    <message>
        <source>Criterion %1 has %2 points, %3 short of its minimum of %4.</source>
        <translation>Il criterio %1 ha %2 punti, %3 in meno del suo minimo di %4.</translation>
    </message>
    <message>
        <source>Every eligibility gate is met.</source>
        <translation>Tutti i requisiti di ammissibilità sono soddisfatti.</translation>
    </message>
    <message>
        <source>The total, %1, reaches the threshold of %2.</source>
        <translation>Il totale, %1, raggiunge la soglia di %2.</translation>
    </message>
    <message>
        <source>Criterion %1 has %2 points, at least its minimum of %3.</source>
        <translation>Il criterio %1 ha %2 punti, non meno del suo minimo di %3.</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Chart of the selected indicator</source>
        <translation>Grafico dell’indicatore selezionato</translation>
    </message>
    <message>
        <source>Select an indicator to see its chart</source>
        <translation>Selezioni un indicatore per vederne il grafico</translation>
    </message>
    <message>
        <source>No measurement to draw yet</source>
        <translation>Ancora nessuna rilevazione da rappresentare</translation>
    </message>
    <message>
        <source>Target range</source>
        <translation>Intervallo obiettivo</translation>
    </message>
    <message>
        <source>Target (at least)</source>
        <translation>Obiettivo (almeno)</translation>
    </message>
    <message>
        <source>Target (at most)</source>
        <translation>Obiettivo (al massimo)</translation>
    </message>
    <message>
        <source>Expected path</source>
        <translation>Andamento atteso</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Valore rilevato</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Donne</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Uomini</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Gap between women and men</source>
        <translation>Divario tra donne e uomini</translation>
    </message>
    <message>
        <source>Women and men</source>
        <translation>Donne e uomini</translation>
    </message>
    <message>
        <source>Ratio of women to men</source>
        <translation>Rapporto tra donne e uomini</translation>
    </message>
    <message>
        <source>Women&apos;s share (%)</source>
        <translation>Quota di donne (%)</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>The number to reach: the bound of an &apos;at least&apos; or &apos;at most&apos; target, the largest gap of a &apos;gap at most&apos; target, the low end of a range.</source>
        <translation>Il valore da raggiungere: il limite di un obiettivo «Almeno» o «Al massimo», il divario massimo di un obiettivo «Divario al massimo», il limite inferiore di un intervallo.</translation>
    </message>
    <message>
        <source>The code in the catalogue; empty for an indicator of your own.</source>
        <translation>Il codice nel catalogo; vuoto per un indicatore definito da Lei.</translation>
    </message>
    <message>
        <source>Not used: this indicator is one figure, in the single-value column.</source>
        <translation>Non usato: questo indicatore è un dato unico, da indicare nella colonna del valore unico.</translation>
    </message>
    <message>
        <source>Not used: this indicator is by sex, in the women and men columns.</source>
        <translation>Non usato: questo indicatore è per sesso, da indicare nelle colonne donne e uomini.</translation>
    </message>
    <message>
        <source>Not used: only a range target has an upper end.</source>
        <translation>Non usato: solo un obiettivo a intervallo ha un limite superiore.</translation>
    </message>
    <message>
        <source>Not used: this target is a trend or none, with no number.</source>
        <translation>Non usato: l’obiettivo è di tipo «Tendenza» o «Nessuno», senza valore numerico.</translation>
    </message>
    <message>
        <source>The target date (%1) cannot be before the baseline date (%2).</source>
        <translation>La data obiettivo (%1) non può precedere la data di partenza (%2).</translation>
    </message>
</context>
<context>
    <name>LibraryGridsDialog</name>
    <message>
        <source>Grids in the library</source>
        <translation>Griglie nella libreria</translation>
    </message>
    <message>
        <source>Grids saved from a design, ready to copy into another. The copy replaces this design&apos;s grid; changing it later does not change the grid in the library.</source>
        <translation>Griglie salvate da un progetto, pronte da copiare in un altro. La copia sostituisce la griglia di questo progetto; modificarla in seguito non modifica la griglia nella libreria.</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Griglia</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Gates, criteria, bonuses</source>
        <translation>Requisiti, criteri, punti aggiuntivi</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Soglia</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvata il</translation>
    </message>
    <message>
        <source>The library has no grids yet: save one from a design.</source>
        <translation>La libreria non contiene ancora griglie: ne salvi una da un progetto.</translation>
    </message>
    <message>
        <source>&amp;Use this grid</source>
        <translation>&amp;Usa questa griglia</translation>
    </message>
    <message>
        <source>&amp;Delete from the library</source>
        <translation>&amp;Elimina dalla libreria</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>Delete from the library</source>
        <translation>Elimina dalla libreria</translation>
    </message>
    <message>
        <source>Delete “%1” from the library? Designs that use a copy of it keep their copy.</source>
        <translation>Vuole eliminare «%1» dalla libreria? I progetti che ne usano una copia la conservano.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Distretto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(senza titolo)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (in archivio)</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Search titles, territories and actors</source>
        <translation>Cerca per titolo, territorio o attori</translation>
    </message>
    <message>
        <source>Search designs</source>
        <translation>Cerca progetti</translation>
    </message>
    <message>
        <source>Which designs</source>
        <translation>Quali progetti</translation>
    </message>
    <message>
        <source>Designs</source>
        <translation>Progetti</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviati</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Cestino</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tutti i Paesi</translation>
    </message>
    <message>
        <source>New design…</source>
        <translation>Nuovo progetto…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>Elimina definitivamente…</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Svuota il cestino…</translation>
    </message>
    <message>
        <source>Opening the designs…</source>
        <translation>Apertura dei progetti…</translation>
    </message>
    <message>
        <source>No design matches the search and filters.</source>
        <translation>Nessun progetto corrisponde alla ricerca e ai filtri.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Il cestino è vuoto.</translation>
    </message>
    <message>
        <source>No archived designs.</source>
        <translation>Nessun progetto archiviato.</translation>
    </message>
    <message>
        <source>No designs.</source>
        <translation>Nessun progetto.</translation>
    </message>
    <message numerus="yes">
        <source>%n design(s)</source>
        <translation>
            <numerusform>%n progetto</numerusform>
            <numerusform>%n progetti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 designs</source>
        <translation>%1 progetti su %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your designs are in a folder that seems to be synchronised or on a network drive. Keep them on this computer&apos;s own disk (see Preferences).</source>
        <translation>I Suoi progetti si trovano in una cartella che sembra sincronizzata o su un’unità di rete. Li tenga sul disco di questo computer (veda Preferenze).</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Tutte le modifiche sono salvate</translation>
    </message>
    <message>
        <source>Backup taken.</source>
        <translation>Copia di sicurezza eseguita.</translation>
    </message>
    <message>
        <source>The territory is too long: at most %1 characters.</source>
        <translation>Il nome del territorio è troppo lungo: al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>The title is too long: at most %1 characters.</source>
        <translation>Il titolo è troppo lungo: al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>This change could not be saved; the design is as it was before it.</source>
        <translation>Impossibile salvare questa modifica; il progetto è rimasto com’era prima.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio in corso…</translation>
    </message>
    <message>
        <source>Rename design</source>
        <translation>Rinomina progetto</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Nuovo titolo:</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>ridenominazione di «%1»</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>duplicazione di «%1»</translation>
    </message>
    <message>
        <source>Unarchive “%1”</source>
        <translation>ripristino dall’archivio di «%1»</translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation>archiviazione di «%1»</translation>
    </message>
    <message>
        <source>Move “%1” to the trash</source>
        <translation>spostamento di «%1» nel cestino</translation>
    </message>
    <message>
        <source>“%1” was moved to the trash. Edit → Undo brings it back.</source>
        <translation>«%1» è stato spostato nel cestino. Modifica → Annulla lo ripristina.</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>ripristino di «%1»</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Elimina definitivamente</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n design(s) for good? This cannot be undone, but a backup is taken first.</source>
        <translation>
            <numerusform>Vuole eliminare definitivamente %n progetto? L’operazione non si può annullare, ma prima viene eseguita una copia di sicurezza.</numerusform>
            <numerusform>Vuole eliminare definitivamente %n progetti? L’operazione non si può annullare, ma prima viene eseguita una copia di sicurezza.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>La copia di sicurezza è stata ripristinata.</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Collegamenti</translation>
    </message>
    <message>
        <source>contributes (width: value)</source>
        <translation>conferisce (spessore: valore)</translation>
    </message>
    <message>
        <source>contributes</source>
        <translation>conferisce</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>utilizza</translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation>Risorse messe in comune</translation>
    </message>
    <message>
        <source>small value</source>
        <translation>valore basso</translation>
    </message>
    <message>
        <source>area: value contributed</source>
        <translation>area: valore conferito</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Pooled resources (%1)</source>
        <translation>Risorse messe in comune (%1)</translation>
    </message>
    <message>
        <source>%1, continued</source>
        <translation>%1 (segue)</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>Fewer than %1 women or %1 men are behind this figure, so it is not shown (the design&apos;s suppression minimum). Type a new figure to replace it.</source>
        <translation>Questo dato si basa su meno di %1 donne o %1 uomini, quindi non viene pubblicato (soglia minima di pubblicazione del progetto). Digiti un nuovo dato per sostituirlo.</translation>
    </message>
    <message>
        <source>%1 measured, %2 expected on that day.</source>
        <translation>%1 rilevato, %2 atteso a quella data.</translation>
    </message>
</context>
<context>
    <name>MeasurementsPanel</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Donne</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Uomini</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Number of
women</source>
        <translation>Numero di
donne</translation>
    </message>
    <message>
        <source>Number of
men</source>
        <translation>Numero di
uomini</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Rilevazioni</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>una rilevazione</translation>
    </message>
    <message>
        <source>Select an indicator above to see and add its measurements.</source>
        <translation>Selezioni un indicatore qui sopra per vederne e aggiungerne le rilevazioni.</translation>
    </message>
    <message>
        <source>Select an indicator to see its chart</source>
        <translation>Selezioni un indicatore per vederne il grafico</translation>
    </message>
    <message>
        <source>Measurements of %1</source>
        <translation>Rilevazioni di %1</translation>
    </message>
    <message>
        <source>Measurements of the selected indicator</source>
        <translation>Rilevazioni dell’indicatore selezionato</translation>
    </message>
    <message>
        <source>The selected indicator</source>
        <translation>L’indicatore selezionato</translation>
    </message>
    <message>
        <source>One figure that counts organisations, measures or money: it is never suppressed.</source>
        <translation>Un dato unico che conta organizzazioni, misure o denaro: viene sempre pubblicato.</translation>
    </message>
    <message>
        <source>Give the women&apos;s and the men&apos;s figures and how many women and men are behind them; figures from fewer than %1 women or %1 men are shown as suppressed.</source>
        <translation>Indichi i dati delle donne e degli uomini e su quante donne e quanti uomini si basano; i dati basati su meno di %1 donne o %1 uomini risultano non pubblicati.</translation>
    </message>
    <message>
        <source>One figure worked out from both sexes: give it and how many women and men are behind it; from fewer than %1 women or %1 men it is shown as suppressed.</source>
        <translation>Un dato unico calcolato su entrambi i sessi: lo indichi insieme al numero di donne e di uomini su cui si basa; se si basa su meno di %1 donne o %1 uomini, risulta non pubblicato.</translation>
    </message>
    <message>
        <source>Latest measurement, %1. %2: %3 measured, %4 expected on that day. %5</source>
        <translation>Ultima rilevazione: %1. %2: %3 rilevato, %4 atteso a quella data. %5</translation>
    </message>
    <message>
        <source>The target is a trend or has no number yet, so progress is not assessed.</source>
        <translation>L’obiettivo è una tendenza o non ha ancora un valore numerico, quindi l’avanzamento non viene valutato.</translation>
    </message>
    <message>
        <source>No dated measurement yet: add one with Add above.</source>
        <translation>Ancora nessuna rilevazione con data: ne aggiunga una con Aggiungi qui sopra.</translation>
    </message>
    <message>
        <source>The latest figure, %1, is suppressed: fewer than %2 women or %2 men are behind it, so its progress is not shown.</source>
        <translation>L’ultimo dato (%1) non è pubblicato: si basa su meno di %2 donne o %2 uomini, quindi il suo avanzamento non viene mostrato.</translation>
    </message>
    <message>
        <source>The latest measurement, %1, has no figure yet.</source>
        <translation>L’ultima rilevazione (%1) non ha ancora un dato.</translation>
    </message>
    <message>
        <source>Target: from %1 to %2</source>
        <translation>Obiettivo: da %1 a %2</translation>
    </message>
    <message>
        <source>Target: at least %1</source>
        <translation>Obiettivo: almeno %1</translation>
    </message>
    <message>
        <source>Target: at most %1</source>
        <translation>Obiettivo: al massimo %1</translation>
    </message>
    <message>
        <source>%1 by %2.</source>
        <translation>%1 entro il %2.</translation>
    </message>
</context>
<context>
    <name>NewDesignDialog</name>
    <message>
        <source>Blank design</source>
        <translation>Progetto vuoto</translation>
    </message>
    <message>
        <source>An empty design: you fill in every step yourself.</source>
        <translation>Un progetto vuoto, in cui compila Lei ogni fase.</translation>
    </message>
    <message>
        <source>The example: care services in a province</source>
        <translation>L’esempio: servizi di cura in una provincia</translation>
    </message>
    <message>
        <source>A complete, fictional design with every area filled in: the quickest way to see what a finished design looks like.</source>
        <translation>Un progetto completo e fittizio, con tutti gli ambiti compilati: il modo più rapido per vedere come si presenta un progetto finito.</translation>
    </message>
    <message>
        <source>Shared back-office cluster</source>
        <translation>Distretto dei servizi amministrativi condivisi</translation>
    </message>
    <message>
        <source>Social-economy enterprises pool accounts, payroll, ICT and purchasing, and use the time saved for work-life balance and women&apos;s careers.</source>
        <translation>Le imprese dell’economia sociale mettono in comune contabilità, paghe, informatica e acquisti, e dedicano il tempo risparmiato alla conciliazione tra vita e lavoro e alle carriere delle donne.</translation>
    </message>
    <message>
        <source>Women&apos;s entrepreneurship cluster</source>
        <translation>Distretto per l’imprenditoria femminile</translation>
    </message>
    <message>
        <source>Co-operatives, a women&apos;s-rights centre and the local authority support women who start or grow social enterprises: mentoring, premises, childcare and access to public procurement.</source>
        <translation>Cooperative, un centro per i diritti delle donne e l’ente locale sostengono le donne che avviano o fanno crescere imprese sociali: tutoraggio, locali, servizi per l’infanzia e accesso agli appalti pubblici.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>For example: Care Together, Valdoria</source>
        <translation>Ad esempio: Cura Insieme, Valdoria</translation>
    </message>
    <message>
        <source>Leave empty to keep the template&apos;s title</source>
        <translation>Lasci vuoto per mantenere il titolo del modello</translation>
    </message>
    <message>
        <source>Give the design a title.</source>
        <translation>Dia un titolo al progetto.</translation>
    </message>
    <message>
        <source>New design</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <source>Start from a blank design or from a complete starting point you can adapt. Everything can be changed later.</source>
        <translation>Parta da un progetto vuoto o da una base completa da adattare. Tutto si potrà modificare in seguito.</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Punto di partenza</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritorio:</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Distretto:</translation>
    </message>
    <message>
        <source>&amp;New cluster</source>
        <translation>&amp;Nuovo distretto</translation>
    </message>
    <message>
        <source>&amp;Improve an existing cluster</source>
        <translation>&amp;Migliorare un distretto esistente</translation>
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
        <translation>&amp;Lingua dell’accordo:</translation>
    </message>
    <message>
        <source>Agreement language</source>
        <translation>Lingua dell’accordo</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Actors</source>
        <translation>Attori</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Firmatari</translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation>Risorse messe in comune</translation>
    </message>
    <message>
        <source>Skill exchanges</source>
        <translation>Scambi di competenze</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>Organi del distretto</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Voci di bilancio</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Laboratori</translation>
    </message>
    <message>
        <source>← Library</source>
        <translation>← Libreria</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Torna alla libreria</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Ancora da completare</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(senza titolo)</translation>
    </message>
    <message>
        <source>Agreement: %1, version %2 · Last change: %3</source>
        <translation>Accordo: %1, versione %2 · Ultima modifica: %3</translation>
    </message>
    <message>
        <source>Nothing: every part of the design has content.</source>
        <translation>Niente: ogni parte del progetto è compilata.</translation>
    </message>
</context>
<context>
    <name>PoolingEditor</name>
    <message>
        <source>Resource or service</source>
        <translation>Risorsa o servizio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Pooled resources and services</source>
        <translation>Risorse e servizi messi in comune</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>una risorsa</translation>
    </message>
    <message>
        <source>Wh&amp;at it is:</source>
        <translation>&amp;Che cos’è:</translation>
    </message>
    <message>
        <source>How it helps women and men take part e&amp;qually:</source>
        <translation>Come aiuta donne e uomini a partecipare in modo &amp;paritario:</translation>
    </message>
    <message>
        <source>Who may &amp;use it, and how:</source>
        <translation>Chi può &amp;usarla e come:</translation>
    </message>
    <message>
        <source>How the c&amp;osts are shared:</source>
        <translation>Come si &amp;ripartiscono i costi:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Cash or in kind</source>
        <translation>In denaro o in natura</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>What exactly</source>
        <translation>Che cosa esattamente</translation>
    </message>
    <message>
        <source>Who contributes</source>
        <translation>Chi conferisce</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>un conferimento</translation>
    </message>
    <message>
        <source>Women using it</source>
        <translation>Donne che la utilizzano</translation>
    </message>
    <message>
        <source>Men using it</source>
        <translation>Uomini che la utilizzano</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Who uses it</source>
        <translation>Chi la utilizza</translation>
    </message>
    <message>
        <source>use</source>
        <translation>un utilizzo</translation>
    </message>
    <message>
        <source>Offered by</source>
        <translation>Offerto da</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Ricevuto da</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Women
taking part</source>
        <translation>Donne
partecipanti</translation>
    </message>
    <message>
        <source>Men
taking part</source>
        <translation>Uomini
partecipanti</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Exchanges of skills and knowledge</source>
        <translation>Scambi di competenze e conoscenze</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>uno scambio</translation>
    </message>
    <message>
        <source>(a) Pooling</source>
        <translation>(a) Messa in comune</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(ancora senza nome)</translation>
    </message>
    <message>
        <source>Selected resource: %1</source>
        <translation>Risorsa selezionata: %1</translation>
    </message>
    <message>
        <source>Select a resource in the table to see who gives and who uses it.</source>
        <translation>Selezioni una risorsa nella tabella per vedere chi la conferisce e chi la utilizza.</translation>
    </message>
    <message>
        <source>Total contributed: %1 (%2 in cash, %3 in kind)</source>
        <translation>Totale conferito: %1 (%2 in denaro, %3 in natura)</translation>
    </message>
</context>
<context>
    <name>PoolingMapPage</name>
    <message>
        <source>Find an organisation or resource</source>
        <translation>Trova un’organizzazione o una risorsa</translation>
    </message>
    <message>
        <source>Find on the map</source>
        <translation>Trova sulla mappa</translation>
    </message>
    <message>
        <source>Pooling map</source>
        <translation>Mappa della messa in comune</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <source>&amp;Save image…</source>
        <translation>&amp;Salva immagine…</translation>
    </message>
    <message>
        <source>Save the whole map as a PNG or SVG picture</source>
        <translation>Salva l’intera mappa come immagine PNG o SVG</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Trova:</translation>
    </message>
    <message>
        <source>Nothing on the map is called “%1”.</source>
        <translation>Sulla mappa non c’è nulla che si chiami «%1».</translation>
    </message>
    <message>
        <source>&amp;Open in %1</source>
        <translation>&amp;Apri nella fase %1</translation>
    </message>
    <message>
        <source>Nothing to map yet: add organisations in Actors and pooled resources in (a) Pooling.</source>
        <translation>Ancora nulla da mostrare sulla mappa: aggiunga le organizzazioni in Attori e le risorse messe in comune in (a) Messa in comune.</translation>
    </message>
    <message>
        <source>Click an organisation or a resource (or go to it with the arrow keys) to see its links; double-click it or press Enter to open it. Drag to move around; the wheel or Ctrl+plus and Ctrl+minus zoom.</source>
        <translation>Faccia clic su un’organizzazione o su una risorsa (o la raggiunga con i tasti freccia) per vederne i collegamenti; faccia doppio clic o prema Invio per aprirla. Trascini per spostarsi; con la rotellina o con Ctrl+più e Ctrl+meno si ingrandisce e si riduce.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) contributes to %n resource(s)</source>
        <translation>
            <numerusform>%1 (%2) conferisce a %n risorsa</numerusform>
            <numerusform>%1 (%2) conferisce a %n risorse</numerusform>
        </translation>
    </message>
    <message>
        <source>worth %1 in all</source>
        <translation>per un valore complessivo di %1</translation>
    </message>
    <message numerus="yes">
        <source>it uses %n resource(s).</source>
        <translation>
            <numerusform>utilizza %n risorsa.</numerusform>
            <numerusform>utilizza %n risorse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 contributed by %n organisation(s)</source>
        <translation>
            <numerusform>%1 (%2): %3 conferiti da %n organizzazione</numerusform>
            <numerusform>%1 (%2): %3 conferiti da %n organizzazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 in cash, %2 in kind)</source>
        <translation>(%1 in denaro, %2 in natura)</translation>
    </message>
    <message numerus="yes">
        <source>used by %n organisation(s).</source>
        <translation>
            <numerusform>utilizzata da %n organizzazione.</numerusform>
            <numerusform>utilizzata da %n organizzazioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pooling map: %1</source>
        <translation>Mappa della messa in comune: %1</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation>Salva la mappa come immagine</translation>
    </message>
    <message>
        <source>Map not saved</source>
        <translation>Mappa non salvata</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>Impossibile scrivere l’immagine in %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>At start</source>
        <translation>All’avvio</translation>
    </message>
    <message>
        <source>After 30 minutes of changes</source>
        <translation>Dopo 30 minuti di modifiche</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Prima di un aggiornamento</translation>
    </message>
    <message>
        <source>Before moving a design to the trash</source>
        <translation>Prima di spostare un progetto nel cestino</translation>
    </message>
    <message>
        <source>Before emptying the trash</source>
        <translation>Prima di svuotare il cestino</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>Eseguita manualmente</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Prima di un ripristino</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Prima di un’importazione</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Come il computer</translation>
    </message>
    <message>
        <source>This folder seems to be synchronised by a cloud service or to be on a network drive. Keep the database on this computer&apos;s own disk: synchronising it while the app runs can damage it.</source>
        <translation>Questa cartella sembra sincronizzata da un servizio di archiviazione online o trovarsi su un’unità di rete. Tenga il database sul disco di questo computer: sincronizzarlo mentre l’applicazione è in uso può danneggiarlo.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia di sicurezza</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ripristina una copia di sicurezza</translation>
    </message>
    <message>
        <source>Replace all your designs with the backup taken %1?

What you have now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Vuole sostituire tutti i Suoi progetti con la copia di sicurezza del %1?

Prima viene eseguita una copia di sicurezza della situazione attuale, quindi l’operazione si può annullare ripristinando quella copia di sicurezza.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generali</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Lingua dell’interfaccia:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Lingua dell’interfaccia</translation>
    </message>
    <message>
        <source>Default &amp;agreement language:</source>
        <translation>Lingua pre&amp;definita dell’accordo:</translation>
    </message>
    <message>
        <source>Default agreement language</source>
        <translation>Lingua predefinita dell’accordo</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>&amp;Valuta predefinita:</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Valuta predefinita</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>Dati e copie di sicurezza</translation>
    </message>
    <message>
        <source>Your designs are kept in one database file on this computer. Backups are taken automatically and checked before they are kept.</source>
        <translation>I Suoi progetti sono conservati in un unico file di database su questo computer. Le copie di sicurezza vengono eseguite automaticamente e verificate prima di essere conservate.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Cartella dei dati:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Cartella dei dati</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Apri la cartella</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>File del database:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>File del database</translation>
    </message>
    <message>
        <source>&amp;Backups (newest first):</source>
        <translation>&amp;Copie di sicurezza (prima le più recenti):</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copie di sicurezza</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Esegui &amp;ora una copia di sicurezza</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>Apri la car&amp;tella delle copie di sicurezza</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Ripristina questa copia di sicurezza…</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>The design has no title.</source>
        <translation>Il progetto non ha un titolo.</translation>
    </message>
    <message>
        <source>The territory is not named.</source>
        <translation>Il territorio non è indicato.</translation>
    </message>
    <message>
        <source>Only %n actor(s) will sign: an agreement needs at least three parties.</source>
        <translation>Attori firmatari: solo %n. Un accordo richiede almeno tre Parti.</translation>
    </message>
    <message>
        <source>No local authority is among the actors.</source>
        <translation>Tra gli attori non c’è alcun ente locale.</translation>
    </message>
    <message>
        <source>%1 has no baseline of women and men yet.</source>
        <translation>Per %1 manca ancora la situazione di partenza di donne e uomini.</translation>
    </message>
    <message>
        <source>%1 has a negative count.</source>
        <translation>Per %1 è indicato un numero negativo.</translation>
    </message>
    <message>
        <source>%1 has more managers than workforce of the same sex.</source>
        <translation>Per %1 i dirigenti superano il personale dello stesso sesso.</translation>
    </message>
    <message>
        <source>Nobody contributes to “%1”.</source>
        <translation>Nessuno conferisce a «%1».</translation>
    </message>
    <message>
        <source>Nobody uses “%1”.</source>
        <translation>Nessuno utilizza «%1».</translation>
    </message>
    <message>
        <source>An existing cluster needs at least one improvement action.</source>
        <translation>Un distretto esistente richiede almeno un’azione di miglioramento.</translation>
    </message>
    <message>
        <source>The balance threshold must be between 0% and 50%.</source>
        <translation>La soglia di equilibrio deve essere compresa tra lo 0% e il 50%.</translation>
    </message>
    <message>
        <source>“%1” has no seats yet.</source>
        <translation>«%1» non ha ancora seggi.</translation>
    </message>
    <message>
        <source>“%1” has too few women: under %2%.</source>
        <translation>«%1» ha troppo poche donne: meno del %2%.</translation>
    </message>
    <message>
        <source>“%1” has too few men: under %2%.</source>
        <translation>«%1» ha troppo pochi uomini: meno del %2%.</translation>
    </message>
    <message>
        <source>The budget has no coordination line.</source>
        <translation>Il bilancio non ha una voce di coordinamento.</translation>
    </message>
    <message>
        <source>“%1” has no baseline yet.</source>
        <translation>«%1» non ha ancora un valore di partenza.</translation>
    </message>
    <message>
        <source>“%1” has no target yet.</source>
        <translation>«%1» non ha ancora un obiettivo.</translation>
    </message>
    <message>
        <source>The target date of “%1” is not after its baseline date.</source>
        <translation>La data obiettivo di «%1» non è successiva alla data di partenza.</translation>
    </message>
    <message>
        <source>The target range of “%1” ends below where it starts.</source>
        <translation>Nell’intervallo obiettivo di «%1» il limite superiore è più basso di quello inferiore.</translation>
    </message>
    <message>
        <source>The agreement is final but %1 has no signatory.</source>
        <translation>L’accordo è definitivo, ma per %1 non c’è alcun firmatario.</translation>
    </message>
    <message>
        <source>The signatory for %1 has no representative.</source>
        <translation>Per il firmatario di %1 non è indicato il rappresentante.</translation>
    </message>
    <message>
        <source>%1 signs but is not marked as a party.</source>
        <translation>%1 firma, ma non risulta tra le Parti.</translation>
    </message>
    <message>
        <source>%1 has two signatory rows.</source>
        <translation>%1 compare in due righe dei firmatari.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>«%1» è una cartella, non un file di database.</translation>
    </message>
    <message>
        <source>“%1” is not a DESEO database: it is not a database file at all.</source>
        <translation>«%1» non è un database DESEO: non è affatto un file di database.</translation>
    </message>
    <message>
        <source>“%1” is a database, but not one made by DESEO Cluster Designer.</source>
        <translation>«%1» è un database, ma non è stato creato da DESEO Cluster Designer.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. Nothing has been changed in it.</source>
        <translation>«%1» è danneggiato e non può essere aperto. Non vi è stato modificato nulla.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of DESEO Cluster Designer. This version (%2) cannot open it; install the newer version. The file has not been changed.</source>
        <translation>«%1» è stato salvato da una versione più recente di DESEO Cluster Designer. Questa versione (%2) non può aprirlo; installi la versione più recente. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>“%1” cannot be saved to: the file or its folder is read-only. Choose a folder where you can save, or ask for write access.</source>
        <translation>Impossibile salvare in «%1»: il file o la sua cartella sono di sola lettura. Scelga una cartella in cui può salvare, oppure chieda l’accesso in scrittura.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you may not have permission to open it.</source>
        <translation>Impossibile leggere «%1»: forse non ha l’autorizzazione per aprirlo.</translation>
    </message>
    <message>
        <source>The database “%1” could not be set up safely on this computer, so it was not opened.</source>
        <translation>Impossibile configurare in modo sicuro il database «%1» su questo computer, quindi non è stato aperto.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded to this version. It was left exactly as it was, and a backup was taken first.</source>
        <translation>Impossibile aggiornare «%1» a questa versione. È stato lasciato esattamente com’era, e prima è stata eseguita una copia di sicurezza.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written or did not pass its check. Your designs are unchanged.</source>
        <translation>Impossibile scrivere la copia di sicurezza «%1», oppure non ha superato la verifica. I Suoi progetti non sono stati modificati.</translation>
    </message>
    <message>
        <source>Another program is using “%1”. Close it and try again.</source>
        <translation>Un altro programma sta usando «%1». Lo chiuda e riprovi.</translation>
    </message>
    <message>
        <source>“%1” cannot be used.</source>
        <translation>Impossibile usare «%1».</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>On track</source>
        <translation>In linea</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Fuori traiettoria</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Non misurato</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Non pubblicato</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Nessun dato</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Nessuna data</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non valutato</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>non pubblicato</translation>
    </message>
</context>
<context>
    <name>ResultsCard</name>
    <message>
        <source>Verdict of the financing grid</source>
        <translation>Esito della griglia di finanziamento</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivi</translation>
    </message>
    <message>
        <source>Reasons for the verdict</source>
        <translation>Motivi dell’esito</translation>
    </message>
    <message>
        <source>%1 points of %2 · threshold %3</source>
        <translation>%1 punti su %2 · soglia %3</translation>
    </message>
    <message>
        <source>Criterion %1 (%2): %3 points · minimum %4</source>
        <translation>Criterio %1 (%2): %3 punti · minimo %4</translation>
    </message>
    <message>
        <source>none with this code</source>
        <translation>nessuno con questo codice</translation>
    </message>
    <message>
        <source>Criteria %1 + bonus %2 (bonus capped at %3, total at %4)</source>
        <translation>Criteri %1 + punti aggiuntivi %2 (tetto dei punti aggiuntivi %3, del totale %4)</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>Problems, by step</source>
        <translation>Problemi, per fase</translation>
    </message>
    <message>
        <source>Double-click a problem, or select it and press Enter, to go to the field concerned.</source>
        <translation>Faccia doppio clic su un problema, oppure lo selezioni e prema Invio, per andare al campo interessato.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to look at.</source>
        <translation>
            <numerusform>%n problema da esaminare.</numerusform>
            <numerusform>%n problemi da esaminare.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: the design is ready to become an agreement draft.</source>
        <translation>Nessun problema: il progetto è pronto per diventare una bozza di accordo.</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>Choose an organisation from the list.</source>
        <translation>Scelga un’organizzazione dall’elenco.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Scelga una voce dall’elenco.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>modifica di «%1»</translation>
    </message>
    <message>
        <source>Add the organisations on the Actors step first.</source>
        <translation>Prima aggiunga le organizzazioni nella fase Attori.</translation>
    </message>
    <message>
        <source>There is nothing to choose from yet.</source>
        <translation>Non c’è ancora nulla tra cui scegliere.</translation>
    </message>
</context>
<context>
    <name>ScorecardBox</name>
    <message>
        <source>Scorecard: indicators on track</source>
        <translation>Quadro dei risultati: indicatori in linea</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Share on track</source>
        <translation>Quota in linea</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Tutti gli indicatori</translation>
    </message>
    <message>
        <source>No indicators yet: add them above.</source>
        <translation>Ancora nessun indicatore: li aggiunga qui sopra.</translation>
    </message>
    <message>
        <source>No indicator can be assessed yet: each needs a target and a measurement.</source>
        <translation>Nessun indicatore può ancora essere valutato: ognuno richiede un obiettivo e una rilevazione.</translation>
    </message>
    <message>
        <source>%1 of the %2 indicators assessed are on track; %3 not measured yet.</source>
        <translation>Sono in linea %1 dei %2 indicatori valutati; %3 non ancora misurati.</translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <source>Assessor</source>
        <translation>Valutatore</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Valutato il</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Valutatori</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>un valutatore</translation>
    </message>
    <message>
        <source>Sc&amp;ores of:</source>
        <translation>&amp;Punteggi di:</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condizione</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>All assessors</source>
        <translation>Tutti i valutatori</translation>
    </message>
    <message>
        <source>Eligibility gates</source>
        <translation>Requisiti di ammissibilità</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Criterion and sub-criteria</source>
        <translation>Criterio e sottocriteri</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Massimo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteri</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Punti aggiuntivi</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>Punti assegnati</translation>
    </message>
    <message>
        <source>Eligibility gates: any “no” stops the assessment</source>
        <translation>Requisiti di ammissibilità: un solo «no» interrompe la valutazione</translation>
    </message>
    <message>
        <source>Bonus: capped at %1 points</source>
        <translation>Punti aggiuntivi: al massimo %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Gate %1 met</source>
        <translation>Requisito %1 soddisfatto</translation>
    </message>
    <message>
        <source>Note on gate %1</source>
        <translation>Nota sul requisito %1</translation>
    </message>
    <message>
        <source>Score of %1</source>
        <translation>Punteggio di %1</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Commento su %1</translation>
    </message>
    <message>
        <source>Points of bonus %1</source>
        <translation>Punti aggiuntivi %1</translation>
    </message>
    <message>
        <source>Assessor %1</source>
        <translation>Valutatore %1</translation>
    </message>
    <message>
        <source>Each answer is saved as it is chosen. Means are over the assessors who answered.</source>
        <translation>Ogni risposta viene salvata appena scelta. Le medie sono calcolate sui valutatori che hanno risposto.</translation>
    </message>
    <message>
        <source>Add an assessor above to start scoring.</source>
        <translation>Aggiunga un valutatore qui sopra per iniziare ad assegnare i punteggi.</translation>
    </message>
    <message>
        <source>Not met (%1)</source>
        <translation>Non soddisfatto (%1)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Soddisfatto</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>Answer first</source>
        <translation>Prima dia una risposta</translation>
    </message>
    <message>
        <source>Answer a gate</source>
        <translation>risposta a un requisito</translation>
    </message>
    <message>
        <source>Score a sub-criterion</source>
        <translation>punteggio di un sottocriterio</translation>
    </message>
    <message>
        <source>Give bonus points</source>
        <translation>assegnazione di punti aggiuntivi</translation>
    </message>
    <message>
        <source>Change a note</source>
        <translation>modifica di una nota</translation>
    </message>
</context>
<context>
    <name>StartEditor</name>
    <message>
        <source>The CEMR European Charter for Equality of Women and Men in Local Life</source>
        <translation>La Carta europea per l’uguaglianza e la parità delle donne e degli uomini nella vita locale, promossa dal CCRE</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritorio:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Distretto:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Livello:</translation>
    </message>
    <message>
        <source>Signed by the local authority</source>
        <translation>Firmata dall’ente locale</translation>
    </message>
    <message>
        <source>Le&amp;gal vehicle:</source>
        <translation>Strumento &amp;giuridico:</translation>
    </message>
    <message>
        <source>Fac&amp;ilitator:</source>
        <translation>&amp;Facilitatore:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Agreement language:</source>
        <translation>Li&amp;ngua dell’accordo:</translation>
    </message>
    <message>
        <source>CEMR charter:</source>
        <translation>Carta del CCRE:</translation>
    </message>
    <message>
        <source>CEMR charter</source>
        <translation>Carta del CCRE</translation>
    </message>
    <message>
        <source>Advanced: thresholds</source>
        <translation>Avanzate: soglie</translation>
    </message>
    <message>
        <source>Balance threshold (each sex at least):</source>
        <translation>Soglia di equilibrio (minimo per ciascun sesso):</translation>
    </message>
    <message>
        <source>Suppress figures from fewer than this many women or men:</source>
        <translation>Non pubblicare i dati basati su meno di questo numero di donne o di uomini:</translation>
    </message>
    <message>
        <source>Progress tolerance:</source>
        <translation>Tolleranza sull’avanzamento:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvio</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>These designs are already open in another DESEO window, which does not answer. Close it, or restart the computer, and try again.</source>
        <translation>Questi progetti sono già aperti in un’altra finestra di DESEO, che non risponde. La chiuda, oppure riavvii il computer, e riprovi.</translation>
    </message>
    <message>
        <source>No backup of it was found.</source>
        <translation>Non è stata trovata alcuna copia di sicurezza.</translation>
    </message>
    <message>
        <source>The newest good backup, taken %1, is:
%2</source>
        <translation>La copia di sicurezza valida più recente, del %1, è:
%2</translation>
    </message>
    <message>
        <source>The newest good backup was taken %1. Restore it? The damaged file is kept beside it, renamed, in case someone can repair it.</source>
        <translation>La copia di sicurezza valida più recente risale al %1. Vuole ripristinarla? Il file danneggiato viene conservato accanto, con un altro nome, nel caso qualcuno riesca a ripararlo.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Ripristina la copia di sicurezza</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvio</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Attori</translation>
    </message>
    <message>
        <source>Gender baseline</source>
        <translation>Situazione di partenza per genere</translation>
    </message>
    <message>
        <source>(a) Pooling</source>
        <translation>(a) Messa in comune</translation>
    </message>
    <message>
        <source>(b) Existing services</source>
        <translation>(b) Servizi esistenti</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>(c) Financing</source>
        <translation>(c) Finanziamento</translation>
    </message>
    <message>
        <source>(d) Valorisation</source>
        <translation>(d) Valorizzazione</translation>
    </message>
    <message>
        <source>(e) Evaluation</source>
        <translation>(e) Valutazione</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>(c) Financing grid</source>
        <translation>(c) Griglia di finanziamento</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <source>Pooling map</source>
        <translation>Mappa della messa in comune</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non iniziata</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Con problemi</translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <source>Funded from (&amp;threshold):</source>
        <translation>Soglia di &amp;finanziamento:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation>&amp;Ente:</translation>
    </message>
    <message>
        <source>Total &amp;capped at:</source>
        <translation>&amp;Tetto del totale:</translation>
    </message>
    <message>
        <source>Gen&amp;der criterion:</source>
        <translation>&amp;Criterio di genere:</translation>
    </message>
    <message>
        <source>Its m&amp;inimum:</source>
        <translation>Il suo &amp;minimo:</translation>
    </message>
    <message>
        <source>Bonus ca&amp;pped at:</source>
        <translation>Tetto dei &amp;punti aggiuntivi:</translation>
    </message>
    <message>
        <source>Sc&amp;ore levels:</source>
        <translation>Livelli di p&amp;unteggio:</translation>
    </message>
    <message>
        <source>The grid</source>
        <translation>La griglia</translation>
    </message>
    <message>
        <source>What a score of %1 means</source>
        <translation>Significato del punteggio %1</translation>
    </message>
    <message>
        <source>What each score level means</source>
        <translation>Significato di ogni livello di punteggio</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condizione</translation>
    </message>
    <message>
        <source>Eligibility gates</source>
        <translation>Requisiti di ammissibilità</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>un requisito</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteri</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>un criterio</translation>
    </message>
    <message>
        <source>Sub-criterion</source>
        <translation>Sottocriterio</translation>
    </message>
    <message>
        <source>Sub-criteria</source>
        <translation>Sottocriteri</translation>
    </message>
    <message>
        <source>sub-criterion</source>
        <translation>un sottocriterio</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Punti aggiuntivi</translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation>Punti aggiuntivi</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>una voce di punti aggiuntivi</translation>
    </message>
    <message>
        <source>What a score of %1 means for this sub-criterion</source>
        <translation>Significato del punteggio %1 per questo sottocriterio</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Massimo</translation>
    </message>
    <message>
        <source>What each level means for sub-criterion %1 (blank: as for the whole grid)</source>
        <translation>Significato di ogni livello per il sottocriterio %1 (vuoto: come per l’intera griglia)</translation>
    </message>
    <message>
        <source>Sub-criteria of criterion %1</source>
        <translation>Sottocriteri del criterio %1</translation>
    </message>
    <message>
        <source>Type the score levels as whole numbers with commas, such as 0, 1, 3, 5.</source>
        <translation>Digiti i livelli di punteggio come numeri interi separati da virgole, ad esempio 0, 1, 3, 5.</translation>
    </message>
    <message>
        <source>Change the score levels</source>
        <translation>modifica dei livelli di punteggio</translation>
    </message>
    <message>
        <source>Describe a score level</source>
        <translation>descrizione di un livello di punteggio</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Summary of the design</source>
        <translation>Sintesi del progetto</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Distretto</translation>
    </message>
    <message>
        <source>Legal vehicle</source>
        <translation>Strumento giuridico</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitatore</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation>Risorse messe in comune</translation>
    </message>
    <message>
        <source>Skill exchanges</source>
        <translation>Scambi di competenze</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>Organi del distretto</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Bilancio</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Impegni</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Laboratori</translation>
    </message>
    <message>
        <source>Financing grid</source>
        <translation>Griglia di finanziamento</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Dirigenza</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Organi amministrativi</translation>
    </message>
    <message>
        <source>Governance seats</source>
        <translation>Seggi negli organi</translation>
    </message>
    <message>
        <source>Women and men in the cluster</source>
        <translation>Donne e uomini nel distretto</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(senza titolo)</translation>
    </message>
    <message>
        <source>no territory</source>
        <translation>nessun territorio</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versione %2</translation>
    </message>
    <message>
        <source>%1, of which %2 sign</source>
        <translation>%1, di cui %2 firmano</translation>
    </message>
    <message>
        <source>%1, worth %2</source>
        <translation>%1, per un valore di %2</translation>
    </message>
    <message>
        <source>%1 in cash, %2 in kind</source>
        <translation>%1 in denaro, %2 in natura</translation>
    </message>
    <message>
        <source>none attached</source>
        <translation>nessuna associata</translation>
    </message>
    <message>
        <source>funded (%1 points)</source>
        <translation>finanziato (%1 punti)</translation>
    </message>
    <message>
        <source>not funded (%1 points)</source>
        <translation>non finanziato (%1 punti)</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>non ancora valutato</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Aggiungi una riga a «%1»</translation>
    </message>
    <message>
        <source>Remove the selected row of %1</source>
        <translation>Rimuovi la riga selezionata da «%1»</translation>
    </message>
    <message>
        <source>Move the selected row of %1 up</source>
        <translation>Sposta su la riga selezionata di «%1»</translation>
    </message>
    <message>
        <source>Move the selected row of %1 down</source>
        <translation>Sposta giù la riga selezionata di «%1»</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>aggiunta di %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>rimozione di %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>spostamento di %1</translation>
    </message>
</context>
<context>
    <name>ValorisationEditor</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Speakers
women</source>
        <translation>Relatori
donne</translation>
    </message>
    <message>
        <source>Speakers
men</source>
        <translation>Relatori
uomini</translation>
    </message>
    <message>
        <source>Speakers
not stated</source>
        <translation>Relatori
non indicato</translation>
    </message>
    <message>
        <source>Valorisation actions</source>
        <translation>Azioni di valorizzazione</translation>
    </message>
    <message>
        <source>action</source>
        <translation>un’azione</translation>
    </message>
    <message>
        <source>Description of the selected action</source>
        <translation>Descrizione dell’azione selezionata</translation>
    </message>
    <message>
        <source>What happens, who is invited, what it shows about women and men</source>
        <translation>Che cosa avviene, chi è invitato, che cosa mostra su donne e uomini</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>The selected action</source>
        <translation>L’azione selezionata</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>Planned speakers, all actions</source>
        <translation>Relatori previsti, tutte le azioni</translation>
    </message>
    <message>
        <source>(d) Local valorisation</source>
        <translation>(d) Valorizzazione locale</translation>
    </message>
    <message>
        <source>Select an action in the table to describe it.</source>
        <translation>Selezioni un’azione nella tabella per descriverla.</translation>
    </message>
    <message>
        <source>(an action with no title yet)</source>
        <translation>(un’azione ancora senza titolo)</translation>
    </message>
    <message>
        <source>Speakers planned in all: %1 · actions: %2</source>
        <translation>Relatori previsti in tutto: %1 · azioni: %2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Design…</source>
        <translation>&amp;Nuovo progetto…</translation>
    </message>
    <message>
        <source>The &amp;Example</source>
        <translation>L’&amp;esempio</translation>
    </message>
    <message>
        <source>Shared &amp;Back-Office Cluster</source>
        <translation>Distretto dei servizi amministrativi &amp;condivisi</translation>
    </message>
    <message>
        <source>&amp;Women&apos;s Entrepreneurship Cluster</source>
        <translation>Distretto per l’imprenditoria &amp;femminile</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>&amp;Close Design</source>
        <translation>&amp;Chiudi progetto</translation>
    </message>
    <message>
        <source>&amp;Export Agreement…</source>
        <translation>Es&amp;porta accordo…</translation>
    </message>
    <message>
        <source>Export &amp;Design File…</source>
        <translation>Esporta &amp;file del progetto…</translation>
    </message>
    <message>
        <source>&amp;Import Design File…</source>
        <translation>&amp;Importa file del progetto…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Crea ora una copia di &amp;sicurezza</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rifai</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Ri&amp;nomina…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplica</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivia</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Sposta nel &amp;cestino</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>&amp;Designs</source>
        <translation>&amp;Progetti</translation>
    </message>
    <message>
        <source>&amp;Archived</source>
        <translation>&amp;Archiviati</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Cestino</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Modalità presentazione</translation>
    </message>
    <message>
        <source>Larger text, for a projector</source>
        <translation>Testo più grande, per il proiettore</translation>
    </message>
    <message>
        <source>&amp;About DESEO Cluster Designer</source>
        <translation>&amp;Informazioni su DESEO Cluster Designer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nuovo da &amp;modello</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(senza titolo)</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Togli dall’&amp;archivio</translation>
    </message>
</context>
<context>
    <name>WorkshopsDialog</name>
    <message>
        <source>Workshops</source>
        <translation>Laboratori</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Donne</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Uomini</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <source>Steps worked on</source>
        <translation>Fasi trattate</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisioni</translation>
    </message>
    <message>
        <source>Workshops held</source>
        <translation>Laboratori svolti</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>un laboratorio</translation>
    </message>
    <message>
        <source>Attendance, all workshops:</source>
        <translation>Presenze, tutti i laboratori:</translation>
    </message>
    <message>
        <source>The selected workshop</source>
        <translation>Il laboratorio selezionato</translation>
    </message>
    <message>
        <source>Worked on %1</source>
        <translation>Fase trattata: %1</translation>
    </message>
    <message>
        <source>&amp;Decisions taken:</source>
        <translation>&amp;Decisioni prese:</translation>
    </message>
    <message>
        <source>The workshop of %1</source>
        <translation>Il laboratorio del %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>modifica di «%1»</translation>
    </message>
</context>
</TS>
