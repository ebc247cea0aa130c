<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESEO Cluster Designer is free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is built on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface and the documents use the DejaVu Sans font, shipped with the app under this licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DESEO Cluster Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESEO Cluster Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design local social-economy clusters that give women and men equal access to economic and social life, and draft their local agreements. It carries on the work of the EU project DESEO (REVES network, 2006-2008).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorImport</name>
    <message>
        <source>No organisation name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already among the actors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Actors from a Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of headers with an organisation&apos;s name was found in the first 30 lines, or the actors changed meanwhile. Use the template (Save a Template…) for the expected columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorImportDialog</name>
    <message>
        <source>Import Actors from a Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What column “%1” holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows and their problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers found on line %1. Check what each column holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one column for the organisation&apos;s name, and each kind once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to add.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will be left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Organisation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorsEditor</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from a Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add organisations from an .xlsx or .csv file, after a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet with the columns the import expects, to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such as 2026-03-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 1 to the version number and date it today, as one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>da&amp;ted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place of signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the data for (&amp;years):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version is the one the parties see on the draft (for example “v2, 1 March 2026”): raise it when you send them a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who people can write to about their personal data (GDPR art. 26).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the agreement version to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the standard text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the standard text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginning of your text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it after the standard text of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it instead of the standard text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your text is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versi&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew&amp;al:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &amp;into force:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article to write its own text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose and objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory and scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments of each party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled resources and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement of existing services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial provisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender-equality commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring and evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valorisation and communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intellectual property and confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liability and insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration, entry into force and renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal and exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable law and prevailing language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every &amp;party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a signatory for each organisation marked as signing that has none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every organisation marked as signing on the Actors step needs a row here: who signs for it, in which capacity (such as President), where and when. “Add every party” adds the rows still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every organisation that signs already has a signatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every party as a signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n signatories.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show the commitments of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;commitment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceMeter</name>
    <message>
        <source>No figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women %1% · Men %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few women (under %1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few men (under %1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n not stated)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BaselineEditor</name>
    <message>
        <source>Workforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women and men in each organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an organisation in the table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Indicators from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code or words of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue indicators: tick the ones to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (already in the design)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gap of at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the ticked indicators (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the indicators to add. Select one to read what it measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured: %1. Unit: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default target: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>A chart of the DESEO Cluster Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as image (PNG or SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Workforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the people whose sex is stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: each sex at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 women (%3), %4 men (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women and men in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex not stated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women and men by organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the contributions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in cash, %3 in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled value by category, cash and in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financing score: %1 of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 minimum (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators: none assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators: %1 on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain (indicators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 on track, %3 at risk, %4 off track, %5 not measured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Women in the workforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women in governance seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financing score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women and men in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women and men by organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest women first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest men first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled value by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled value by contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures of women and men yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pooled contributions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No financing grid is attached to this design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicators yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation has given these figures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing pooled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no financing grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (threshold %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 assessed; %3 not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no indicators yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 people whose sex is stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPlurals</name>
    <message numerus="yes">
        <source>%n other organisation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisation (people); %n without figures</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contributor; %n other(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n largest contributor(s), cash and in kind</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesignFile</name>
    <message>
        <source>Export Design File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “%1” with the names and contacts it holds?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To hand the design to a colleague, keep them. To share it as a good practice, leave them out: every name, e-mail and phone is replaced by a pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Personal Data Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESEO designs (*.deseo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Design File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already among your designs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours was last changed %1 (UTC); the file&apos;s copy %2 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours is NEWER than the file: replacing it loses those changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignPage</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the library (everything is saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the workshops held on this design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Design your first cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A design gathers the actors of a territory, what they pool, how they govern the cluster, how it is financed and how progress towards equality between women and men is measured. Start a new one, or open the example to see a complete design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New design…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationEditor</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline
date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline
women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline
men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline
one figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target
date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target
women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target
men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target
value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target
high end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from the &amp;catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add indicators from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or use Add above for an indicator of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Good direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(e) Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an indicator in the table to see which figures it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is measured by sex: give the baseline and target for each sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one figure: give its baseline and target in one figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is a range: give its low and high ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of target has no number to reach.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExistingServicesEditor</name>
    <message>
        <source>This step is for improving a cluster that already exists. This design is for a new cluster, so the wizard skips it; to record improvements, choose an existing cluster on the Start step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing service or structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improvement action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;gap found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The improvement &amp;action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(b) Existing services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action in the table to write the gap and the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no service named yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The agreement draft of “%1”, made from the design as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (replaces the file already there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export stopped unexpectedly (its process ended). Your files were left as they were; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export stopped because of a fault in the app (%1). Your files were left as they were; the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF document, to print and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcel workbook, to work in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number, such as 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large: at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address needs an @ and a domain, such as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the values in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date such as 2026-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount, such as 1250.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women and men together are more than the total (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date must come after the one it follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>It is not a DESEO design file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged (cut short or corrupt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds too many files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It unpacks to more than 50 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds a file with an unsafe name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the design file are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds files a design never has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its text is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its contents are malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds a value that is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds a number far too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its contents are nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was made by a newer DESEO: install DESEO %1 or later to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not follow the design file format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only .xlsx and .csv files can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls): save it as .xlsx or .csv first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook contains macros: save it as a plain .xlsx first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an .xlsx workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has too many parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook unpacks too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds refused XML declarations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds a far too long text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has too many rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has too many columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell holds far too long a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a text (CSV) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor Windows-1252: save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its contents cannot be used as a design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a folder called %1 where the file should go. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough space on the disk for %1. Free some space or choose another folder; the file that was there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is read-only. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written here: you do not have permission, or the file or folder is read-only. Choose another folder; the file that was there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be replaced: it may be open in another program, or read-only. Close it and try again; the file that was there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another program. Close it and try again; the file that was there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 does not exist. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 is too long for this disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinancingEditor</name>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also an actor of the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash or in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;coordination line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a coordination line at the top of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(c) Local financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a coordination line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget line for coordination yet. DESEO budgets put the coordination of the cluster first: someone has to run the partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination comes first in a DESEO budget: move its line to the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole budget is %1, of which %2% in kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amounts yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GovernanceEditor</name>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;decisions are taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance of this body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bodies together:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common management systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a body in the table to see its seats and rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridNotes</name>
    <message>
        <source>The grid has no criteria yet: nothing can earn points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1: its sub-criteria add up to %2, not its maximum of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria add up to %1 points, while the total is capped at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion has the code %1 that the gender-equality minimum names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <source>Keep this grid to use it in other designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace with a library grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to the librar&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No financing grid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local authority scores a cluster&apos;s project with a grid: eligibility gates, weighted criteria, a bonus, a threshold and a minimum for gender equality. Start from the default grid and adapt it, or copy a grid from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the &amp;default grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy a grid from the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(c) Financing grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financing grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has no grids yet: save one from a design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the default grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this design&apos;s grid with the one from the library? Its assessors and their scores go with it. Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid was replaced. Undo brings the old one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the grid in the library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to the library as “%1”: other designs can now copy it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridResults</name>
    <message>
        <source>Funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate %1 is not met: %2 answered no to “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate %1 has no answer yet: every gate needs one (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessor yet: add one to score the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-criterion %1 (%2) has no score yet; it counts as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total, %1, is %2 short of the threshold of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 has %2 points, %3 short of its minimum of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every eligibility gate is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total, %1, reaches the threshold of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 has %2 points, at least its minimum of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Chart of the selected indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an indicator to see its chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurement to draw yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (at least)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap between women and men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women and men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio of women to men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women&apos;s share (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>The number to reach: the bound of an &apos;at least&apos; or &apos;at most&apos; target, the largest gap of a &apos;gap at most&apos; target, the low end of a range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code in the catalogue; empty for an indicator of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: this indicator is one figure, in the single-value column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: this indicator is by sex, in the women and men columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: only a range target has an upper end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: this target is a trend or none, with no number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date (%1) cannot be before the baseline date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryGridsDialog</name>
    <message>
        <source>Grids in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids saved from a design, ready to copy into another. The copy replaces this design&apos;s grid; changing it later does not change the grid in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates, criteria, bonuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has no grids yet: save one from a design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from the library? Designs that use a copy of it keep their copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Search titles, territories and actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New design…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the designs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No design matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archived designs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No designs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n design(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 designs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your designs are in a folder that seems to be synchronised or on a network drive. Keep them on this computer&apos;s own disk (see Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The territory is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change could not be saved; the design is as it was before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was moved to the trash. Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n design(s) for good? This cannot be undone, but a backup is taken first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contributes (width: value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area: value contributed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Pooled resources (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, continued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>Fewer than %1 women or %1 men are behind this figure, so it is not shown (the design&apos;s suppression minimum). Type a new figure to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 measured, %2 expected on that day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementsPanel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of
women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of
men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an indicator above to see and add its measurements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an indicator to see its chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements of the selected indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One figure that counts organisations, measures or money: it is never suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the women&apos;s and the men&apos;s figures and how many women and men are behind them; figures from fewer than %1 women or %1 men are shown as suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One figure worked out from both sexes: give it and how many women and men are behind it; from fewer than %1 women or %1 men it is shown as suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest measurement, %1. %2: %3 measured, %4 expected on that day. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is a trend or has no number yet, so progress is not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated measurement yet: add one with Add above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest figure, %1, is suppressed: fewer than %2 women or %2 men are behind it, so its progress is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest measurement, %1, has no figure yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDesignDialog</name>
    <message>
        <source>Blank design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty design: you fill in every step yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example: care services in a province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete, fictional design with every area filled in: the quickest way to see what a finished design looks like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared back-office cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-economy enterprises pool accounts, payroll, ICT and purchasing, and use the time saved for work-life balance and women&apos;s careers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women&apos;s entrepreneurship cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-operatives, a women&apos;s-rights centre and the local authority support women who start or grow social enterprises: mentoring, premises, childcare and access to public procurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Care Together, Valdoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the template&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the design a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a blank design or from a complete starting point you can adapt. Everything can be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Improve an existing cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement: %1, version %2 · Last change: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: every part of the design has content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolingEditor</name>
    <message>
        <source>Resource or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled resources and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;at it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it helps women and men take part e&amp;qually:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may &amp;use it, and how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the c&amp;osts are shared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash or in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who contributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women
taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men
taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges of skills and knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a) Pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected resource: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a resource in the table to see who gives and who uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total contributed: %1 (%2 in cash, %3 in kind)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolingMapPage</name>
    <message>
        <source>Find an organisation or resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole map as a PNG or SVG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the map is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to map yet: add organisations in Actors and pooled resources in (a) Pooling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an organisation or a resource (or go to it with the arrow keys) to see its links; double-click it or press Enter to open it. Drag to move around; the wheel or Ctrl+plus and Ctrl+minus zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) contributes to %n resource(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>worth %1 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it uses %n resource(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 contributed by %n organisation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 in cash, %2 in kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>used by %n organisation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pooling map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>At start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 30 minutes of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before moving a design to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before emptying the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new interface language applies the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder seems to be synchronised by a cloud service or to be on a network drive. Keep the database on this computer&apos;s own disk: synchronising it while the app runs can damage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all your designs with the backup taken %1?

What you have now is backed up first, so this can be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;agreement language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default agreement language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your designs are kept in one database file on this computer. Backups are taken automatically and checked before they are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>The design has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The territory is not named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local authority is among the actors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no baseline of women and men yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a negative count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more managers than workforce of the same sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody contributes to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody uses “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing cluster needs at least one improvement action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance threshold must be between 0% and 50%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no seats yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has too few women: under %2%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has too few men: under %2%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget has no coordination line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no baseline yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no target yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date of “%1” is not after its baseline date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target range of “%1” ends below where it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement is final but %1 has no signatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signatory for %1 has no representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs but is not marked as a party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has two signatory rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a DESEO database: it is not a database file at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a database, but not one made by DESEO Cluster Designer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. Nothing has been changed in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of DESEO Cluster Designer. This version (%2) cannot open it; install the newer version. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be saved to: the file or its folder is read-only. Choose a folder where you can save, or ask for write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: you may not have permission to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” could not be set up safely on this computer, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be upgraded to this version. It was left exactly as it was, and a backup was taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” could not be written or did not pass its check. Your designs are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using “%1”. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsCard</name>
    <message>
        <source>Verdict of the financing grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points of %2 · threshold %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 (%2): %3 points · minimum %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none with this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria %1 + bonus %2 (bonus capped at %3, total at %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>Problems, by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a problem, or select it and press Enter, to go to the field concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to look at.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: the design is ready to become an agreement draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>Choose an organisation from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the organisations on the Actors step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to choose from yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardBox</name>
    <message>
        <source>Scorecard: indicators on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicators yet: add them above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator can be assessed yet: each needs a target and a measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 indicators assessed are on track; %3 not measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ores of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All assessors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion and sub-criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility gates: any “no” stops the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus: capped at %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate %1 met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on gate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points of bonus %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer is saved as it is chosen. Means are over the assessors who answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an assessor above to start scoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score a sub-criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give bonus points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartEditor</name>
    <message>
        <source>The local authority signed the CEMR charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CEMR European Charter for Equality of Women and Men in Local Life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;gal vehicle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fac&amp;ilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEMR charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced: thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance threshold (each sex at least):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppress figures from fewer than this many women or men:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>These designs are already open in another DESEO window, which does not answer. Close it, or restart the computer, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of it was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup, taken %1, is:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup was taken %1. Restore it? The damaged file is kept beside it, renamed, in case someone can repair it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a) Pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(b) Existing services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(c) Financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(d) Valorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(e) Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(c) Financing grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <source>Funded from (&amp;threshold):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total &amp;capped at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gen&amp;der criterion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its m&amp;inimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus ca&amp;pped at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ore levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a score of %1 means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each score level means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a score of %1 means for this sub-criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each level means for sub-criterion %1 (blank: as for the whole grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-criteria of criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the score levels as whole numbers with commas, such as 0, 1, 3, 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the score levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe a score level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Summary of the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financing grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women and men in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, of which %2 sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, worth %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in cash, %2 in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funded (%1 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not funded (%1 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row of %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row of %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValorisationEditor</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers
women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers
men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers
not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valorisation actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens, who is invited, what it shows about women and men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned speakers, all actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(d) Local valorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action in the table to describe it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an action with no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers planned in all: %1 · actions: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Design…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared &amp;Back-Office Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Women&apos;s Entrepreneurship Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Design File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Design File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text, for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DESEO Cluster Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopsDialog</name>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance, all workshops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decisions taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
