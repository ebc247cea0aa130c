<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>DESEO Cluster Designer is free software under the GNU General Public License, version 3 or later.</source>
        <translation>DESEO Cluster Designer est un logiciel libre distribué sous la licence publique générale GNU (GPL), version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>It is built on:</source>
        <translation>Il s’appuie sur&#xa0;:</translation>
    </message>
    <message>
        <source>The interface and the documents use the DejaVu Sans font, shipped with the app under this licence:</source>
        <translation>L’interface et les documents utilisent la police DejaVu Sans, fournie avec l’application sous cette licence&#xa0;:</translation>
    </message>
    <message>
        <source>About DESEO Cluster Designer</source>
        <translation>À propos de DESEO Cluster Designer</translation>
    </message>
    <message>
        <source>DESEO Cluster Designer</source>
        <translation>DESEO Cluster Designer</translation>
    </message>
    <message>
        <source>Design local social-economy clusters that give women and men equal access to economic and social life, and draft their local agreements. It carries on the work of the EU project DESEO (REVES network, 2006-2008).</source>
        <translation>Concevez des projets de pôles locaux d’économie sociale et solidaire qui donnent aux femmes et aux hommes un accès égal à la vie économique et sociale, et rédigez leurs conventions locales. L’application prolonge les travaux du projet européen DESEO (réseau REVES, 2006-2008).</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>Polices DejaVu</translation>
    </message>
</context>
<context>
    <name>ActorImport</name>
    <message>
        <source>No organisation name.</source>
        <translation>Pas de nom d’organisme.</translation>
    </message>
    <message>
        <source>Already among the actors.</source>
        <translation>Déjà parmi les acteurs.</translation>
    </message>
    <message>
        <source>Twice in the file.</source>
        <translation>En double dans le fichier.</translation>
    </message>
    <message>
        <source>Import Actors from a Spreadsheet</source>
        <translation>Importer des acteurs depuis un tableur</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Tableurs (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.

%1</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;; rien n’a été modifié.

%1</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>No row of headers with an organisation&apos;s name was found in the first 30 lines, or the actors changed meanwhile. Use the template (Save a Template…) for the expected columns.</source>
        <translation>Aucune ligne d’en-têtes comportant le nom d’un organisme n’a été trouvée dans les 30 premières lignes, ou les acteurs ont changé entre-temps. Utilisez le modèle (Enregistrer un modèle…) pour connaître les colonnes attendues.</translation>
    </message>
</context>
<context>
    <name>ActorImportDialog</name>
    <message>
        <source>Import Actors from a Spreadsheet</source>
        <translation>Importer des acteurs depuis un tableur</translation>
    </message>
    <message>
        <source>What column “%1” holds</source>
        <translation>Contenu de la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>The rows and their problems</source>
        <translation>Les lignes et leurs problèmes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Headers found on line %1. Check what each column holds:</source>
        <translation>En-têtes trouvés à la ligne %1. Vérifiez le contenu de chaque colonne&#xa0;:</translation>
    </message>
    <message>
        <source>Choose one column for the organisation&apos;s name, and each kind once.</source>
        <translation>Choisissez une seule colonne pour le nom de l’organisme, et chaque type de contenu une seule fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to add.</source>
        <translation>
            <numerusform>%n ligne prête à être ajoutée.</numerusform>
            <numerusform>%n lignes prêtes à être ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will be left out.</source>
        <translation>
            <numerusform>%n ligne comportant des problèmes sera laissée de côté.</numerusform>
            <numerusform>%n lignes comportant des problèmes seront laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Organisation(s)</source>
        <translation>
            <numerusform>Ajouter %n organisme</numerusform>
            <numerusform>Ajouter %n organismes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorsEditor</name>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Social economy</source>
        <translation>ESS</translation>
    </message>
    <message>
        <source>Role in the cluster</source>
        <translation>Rôle dans le pôle</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation>Dirigé par des femmes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>acteur</translation>
    </message>
    <message>
        <source>&amp;Import from a Spreadsheet…</source>
        <translation>&amp;Importer depuis un tableur…</translation>
    </message>
    <message>
        <source>Add organisations from an .xlsx or .csv file, after a preview</source>
        <translation>Ajouter des organismes depuis un fichier .xlsx ou .csv, après un aperçu</translation>
    </message>
    <message>
        <source>Save a &amp;Template…</source>
        <translation>Enregistrer un &amp;modèle…</translation>
    </message>
    <message>
        <source>A spreadsheet with the columns the import expects, to fill in</source>
        <translation>Un tableur comportant les colonnes attendues par l’import, à remplir</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Save a Template</source>
        <translation>Enregistrer un modèle</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Tableurs (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Terms</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>such as 2026-03-01</source>
        <translation>par exemple 2026-03-01</translation>
    </message>
    <message>
        <source>&amp;Raise the version</source>
        <translation>&amp;Nouvelle version</translation>
    </message>
    <message>
        <source>Add 1 to the version number and date it today, as one step.</source>
        <translation>Ajouter 1 au numéro de version et la dater d’aujourd’hui, en une seule étape.</translation>
    </message>
    <message>
        <source>da&amp;ted</source>
        <translation>d&amp;u</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>La convention</translation>
    </message>
    <message>
        <source>Duration and signature</source>
        <translation>Durée et signature</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Version date</source>
        <translation>Date de la version</translation>
    </message>
    <message>
        <source>&amp;Duration (months):</source>
        <translation>&amp;Durée (mois)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place of signature:</source>
        <translation>&amp;Lieu de signature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contact point:</source>
        <translation>&amp;Point de contact&#xa0;:</translation>
    </message>
    <message>
        <source>Keep the data for (&amp;years):</source>
        <translation>Conserver les données (&amp;années)&#xa0;:</translation>
    </message>
    <message>
        <source>The version is the one the parties see on the draft (for example “v2, 1 March 2026”): raise it when you send them a new draft.</source>
        <translation>La version est celle que les parties voient sur le projet de convention (par exemple «&#xa0;v2, 1er mars 2026&#xa0;»)&#xa0;: passez à une nouvelle version quand vous leur envoyez un nouveau projet.</translation>
    </message>
    <message>
        <source>Who people can write to about their personal data (GDPR art. 26).</source>
        <translation>À qui les personnes peuvent écrire au sujet de leurs données personnelles (RGPD, art. 26).</translation>
    </message>
    <message>
        <source>Raise the agreement version to %1</source>
        <translation>Passage de la convention à la version %1</translation>
    </message>
    <message>
        <source>Added to the standard text</source>
        <translation>Ajouté au texte type</translation>
    </message>
    <message>
        <source>Replaces the standard text</source>
        <translation>Remplace le texte type</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Votre texte</translation>
    </message>
    <message>
        <source>Beginning of your text</source>
        <translation>Début de votre texte</translation>
    </message>
    <message>
        <source>Articles of the agreement</source>
        <translation>Articles de la convention</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>Your &amp;text:</source>
        <translation>Votre &amp;texte&#xa0;:</translation>
    </message>
    <message>
        <source>Add it after the standard text of the article</source>
        <translation>L’ajouter après le texte type de l’article</translation>
    </message>
    <message>
        <source>Use it instead of the standard text</source>
        <translation>L’utiliser à la place du texte type</translation>
    </message>
    <message>
        <source>How your text is used</source>
        <translation>Usage de votre texte</translation>
    </message>
    <message>
        <source>Versi&amp;on:</source>
        <translation>Versi&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>Renew&amp;al:</source>
        <translation>&amp;Renouvellement&#xa0;:</translation>
    </message>
    <message>
        <source>Entry &amp;into force:</source>
        <translation>Entrée en v&amp;igueur&#xa0;:</translation>
    </message>
    <message>
        <source>H&amp;ow:</source>
        <translation>&amp;Comment&#xa0;:</translation>
    </message>
    <message>
        <source>Select an article to write its own text.</source>
        <translation>Sélectionnez un article pour rédiger votre propre texte.</translation>
    </message>
    <message>
        <source>Article %1: %2</source>
        <translation>Article %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modification de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Commitments of each party</source>
        <translation>Engagements de chaque partie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>signataire</translation>
    </message>
    <message>
        <source>Add every &amp;party</source>
        <translation>Ajouter toutes les &amp;parties</translation>
    </message>
    <message>
        <source>Add a signatory for each organisation marked as signing that has none yet.</source>
        <translation>Ajouter un signataire pour chaque organisme indiqué comme signataire qui n’en a pas encore.</translation>
    </message>
    <message>
        <source>Every organisation marked as signing on the Actors step needs a row here: who signs for it, in which capacity (such as President), where and when. “Add every party” adds the rows still missing.</source>
        <translation>Chaque organisme indiqué comme signataire à l’étape Acteurs doit avoir une ligne ici&#xa0;: qui signe pour lui, en quelle qualité (par exemple Président ou Présidente), où et quand. «&#xa0;Ajouter toutes les parties&#xa0;» ajoute les lignes qui manquent encore.</translation>
    </message>
    <message>
        <source>Every organisation that signs already has a signatory.</source>
        <translation>Chaque organisme signataire a déjà son signataire.</translation>
    </message>
    <message>
        <source>Add every party as a signatory</source>
        <translation>Ajout de toutes les parties comme signataires</translation>
    </message>
    <message numerus="yes">
        <source>Added %n signatories.</source>
        <translation>
            <numerusform>%n signataire ajouté.</numerusform>
            <numerusform>%n signataires ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the commitments of</source>
        <translation>Afficher les engagements de</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>engagement</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>The &amp;commitment:</source>
        <translation>L’&amp;engagement&#xa0;:</translation>
    </message>
    <message>
        <source>The selected commitment</source>
        <translation>L’engagement sélectionné</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Toutes les parties</translation>
    </message>
</context>
<context>
    <name>BalanceMeter</name>
    <message>
        <source>No figures yet</source>
        <translation>Pas encore de chiffres</translation>
    </message>
    <message>
        <source>Women %1% · Men %2%</source>
        <translation>Femmes %1&#xa0;% · Hommes %2&#xa0;%</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>équilibré</translation>
    </message>
    <message>
        <source>too few women (under %1%)</source>
        <translation>trop peu de femmes (moins de %1&#xa0;%)</translation>
    </message>
    <message>
        <source>too few men (under %1%)</source>
        <translation>trop peu d’hommes (moins de %1&#xa0;%)</translation>
    </message>
    <message numerus="yes">
        <source>(%n not stated)</source>
        <translation>
            <numerusform>(%n non précisé)</numerusform>
            <numerusform>(%n non précisés)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BaselineEditor</name>
    <message>
        <source>Workforce</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Encadrement</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>women</source>
        <translation>femmes</translation>
    </message>
    <message>
        <source>men</source>
        <translation>hommes</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>Women and men in each organisation</source>
        <translation>Femmes et hommes dans chaque organisme</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>acteur</translation>
    </message>
    <message>
        <source>The whole cluster</source>
        <translation>L’ensemble du pôle</translation>
    </message>
    <message>
        <source>The selected organisation</source>
        <translation>L’organisme sélectionné</translation>
    </message>
    <message>
        <source>Gender baseline</source>
        <translation>Situation de départ par sexe</translation>
    </message>
    <message>
        <source>Select an organisation in the table.</source>
        <translation>Sélectionnez un organisme dans le tableau.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Indicators from the catalogue</source>
        <translation>Indicateurs du catalogue</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Code or words of the name</source>
        <translation>Code ou mots du nom</translation>
    </message>
    <message>
        <source>Find an indicator</source>
        <translation>Rechercher un indicateur</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Catalogue indicators: tick the ones to add</source>
        <translation>Indicateurs du catalogue&#xa0;: cochez ceux à ajouter</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Default target</source>
        <translation>Cible par défaut</translation>
    </message>
    <message>
        <source>%1 (already in the design)</source>
        <translation>%1 (déjà dans le projet)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>a gap of at most %1</source>
        <translation>un écart d’au plus %1</translation>
    </message>
    <message>
        <source>&amp;Add the ticked indicators (%1)</source>
        <translation>&amp;Ajouter les indicateurs cochés (%1)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Tick the indicators to add. Select one to read what it measures.</source>
        <translation>Cochez les indicateurs à ajouter. Sélectionnez-en un pour lire ce qu’il mesure.</translation>
    </message>
    <message>
        <source>Measured: %1. Unit: %2.</source>
        <translation>Ventilation&#xa0;: %1. Unité&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Default target: %1.</source>
        <translation>Cible par défaut&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>A chart of the DESEO Cluster Designer</source>
        <translation>Un graphique de DESEO Cluster Designer</translation>
    </message>
    <message>
        <source>Save chart as image (PNG or SVG)…</source>
        <translation>Enregistrer le graphique en image (PNG ou SVG)…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture or an SVG drawing</source>
        <translation>Enregistrer ce graphique en image PNG ou en dessin SVG</translation>
    </message>
    <message>
        <source>Save %1 as an image</source>
        <translation>Enregistrer %1 en image</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>The chart could not be saved in %1.</source>
        <translation>Le graphique n’a pas pu être enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Workforce</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Encadrement</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Conseils d’administration</translation>
    </message>
    <message>
        <source>Governance seats</source>
        <translation>Sièges des instances</translation>
    </message>
    <message>
        <source>Workshop attendance</source>
        <translation>Participation aux ateliers</translation>
    </message>
    <message>
        <source>Planned speakers</source>
        <translation>Intervenants prévus</translation>
    </message>
    <message>
        <source>workforce</source>
        <translation>effectifs</translation>
    </message>
    <message>
        <source>management</source>
        <translation>encadrement</translation>
    </message>
    <message>
        <source>boards</source>
        <translation>conseils d’administration</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>financé</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>non financé</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <source>Share of the people whose sex is stated</source>
        <translation>Part des personnes dont le sexe est précisé</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Balance: each sex at least %1</source>
        <translation>Équilibre&#xa0;: au moins %1 de chaque sexe</translation>
    </message>
    <message>
        <source>%1: no figures yet</source>
        <translation>%1&#xa0;: pas encore de chiffres</translation>
    </message>
    <message>
        <source>%1: %2 women (%3), %4 men (%5)</source>
        <translation>%1&#xa0;: %2 femmes (%3), %4 hommes (%5)</translation>
    </message>
    <message>
        <source>, %1 not stated</source>
        <translation>, sexe non précisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Women and men in the cluster</source>
        <translation>Femmes et hommes dans le pôle</translation>
    </message>
    <message>
        <source>Group (people)</source>
        <translation>Groupe (personnes)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sex not stated: %1</source>
        <translation>Sexe non précisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Organisation (people)</source>
        <translation>Organisme (personnes)</translation>
    </message>
    <message>
        <source>Women and men by organisation: %1</source>
        <translation>Femmes et hommes par organisme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Value of the contributions (%1)</source>
        <translation>Valeur des apports (%1)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>En numéraire</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En nature</translation>
    </message>
    <message>
        <source>%1: %2 in cash, %3 in kind</source>
        <translation>%1&#xa0;: %2 en numéraire, %3 en nature</translation>
    </message>
    <message>
        <source>Pooled value by category, cash and in kind</source>
        <translation>Valeur mutualisée par catégorie, en numéraire et en nature</translation>
    </message>
    <message>
        <source>Category (total)</source>
        <translation>Catégorie (total)</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonification</translation>
    </message>
    <message>
        <source>Financing score: %1 of %2, %3</source>
        <translation>Note de financement&#xa0;: %1 sur %2, %3</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Not earned</source>
        <translation>Non obtenus</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Threshold (%1)</source>
        <translation>Seuil (%1)</translation>
    </message>
    <message>
        <source>Criterion %1 minimum (%2)</source>
        <translation>Minimum du critère %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 points</source>
        <translation>%1&#xa0;: %2 points sur %3</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Tous les indicateurs</translation>
    </message>
    <message>
        <source>Indicators: none assessed yet</source>
        <translation>Indicateurs&#xa0;: aucun évalué pour l’instant</translation>
    </message>
    <message>
        <source>Indicators: %1 on track</source>
        <translation>Indicateurs&#xa0;: %1 dans les temps</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Domain (indicators)</source>
        <translation>Domaine (indicateurs)</translation>
    </message>
    <message>
        <source>%1: %2 on track, %3 at risk, %4 off track, %5 not measured</source>
        <translation>%1&#xa0;: %2 dans les temps, %3 à risque, %4 en retard, %5 non mesurés</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Women in the workforce</source>
        <translation>Femmes dans les effectifs</translation>
    </message>
    <message>
        <source>Women in governance seats</source>
        <translation>Femmes dans les sièges des instances</translation>
    </message>
    <message>
        <source>Pooled value</source>
        <translation>Valeur mutualisée</translation>
    </message>
    <message>
        <source>Financing score</source>
        <translation>Note de financement</translation>
    </message>
    <message>
        <source>Indicators on track</source>
        <translation>Indicateurs dans les temps</translation>
    </message>
    <message>
        <source>Women and men in the cluster</source>
        <translation>Femmes et hommes dans le pôle</translation>
    </message>
    <message>
        <source>Women and men by organisation</source>
        <translation>Femmes et hommes par organisme</translation>
    </message>
    <message>
        <source>Which people</source>
        <translation>Quelles personnes</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Encadrement</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Conseils d’administration</translation>
    </message>
    <message>
        <source>Order of the organisations</source>
        <translation>Ordre des organismes</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>Les plus grands d’abord</translation>
    </message>
    <message>
        <source>Fewest women first</source>
        <translation>Le moins de femmes d’abord</translation>
    </message>
    <message>
        <source>Fewest men first</source>
        <translation>Le moins d’hommes d’abord</translation>
    </message>
    <message>
        <source>Pooled value by category</source>
        <translation>Valeur mutualisée par catégorie</translation>
    </message>
    <message>
        <source>Pooled value by contributor</source>
        <translation>Valeur mutualisée par contributeur</translation>
    </message>
    <message>
        <source>Indicator progress</source>
        <translation>Progression des indicateurs</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>No figures of women and men yet.</source>
        <translation>Pas encore de chiffres sur les femmes et les hommes.</translation>
    </message>
    <message>
        <source>No pooled contributions yet.</source>
        <translation>Pas encore d’apports mutualisés.</translation>
    </message>
    <message>
        <source>No financing grid is attached to this design.</source>
        <translation>Aucune grille de financement n’est associée à ce projet.</translation>
    </message>
    <message>
        <source>No indicators yet.</source>
        <translation>Pas encore d’indicateurs.</translation>
    </message>
    <message>
        <source>No organisation has given these figures yet.</source>
        <translation>Aucun organisme n’a encore donné ces chiffres.</translation>
    </message>
    <message>
        <source>%1 in kind</source>
        <translation>%1 en nature</translation>
    </message>
    <message>
        <source>nothing pooled yet</source>
        <translation>rien de mutualisé pour l’instant</translation>
    </message>
    <message>
        <source>no financing grid</source>
        <translation>pas de grille de financement</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (threshold %2)</source>
        <translation>%1 (seuil %2)</translation>
    </message>
    <message>
        <source>%1 of %2 assessed; %3 not measured</source>
        <translation>%1 sur %2 évalués&#xa0;; %3 non mesurés</translation>
    </message>
    <message>
        <source>no indicators yet</source>
        <translation>pas encore d’indicateurs</translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation>pas encore de chiffres</translation>
    </message>
    <message>
        <source>of %1 people whose sex is stated</source>
        <translation>sur %1 personnes dont le sexe est précisé</translation>
    </message>
</context>
<context>
    <name>DashboardPlurals</name>
    <message numerus="yes">
        <source>%n other organisation(s)</source>
        <translation>
            <numerusform>%n autre organisme</numerusform>
            <numerusform>%n autres organismes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisation (people); %n without figures</source>
        <translation>
            <numerusform>Organisme (personnes)&#xa0;; %n sans chiffres</numerusform>
            <numerusform>Organisme (personnes)&#xa0;; %n sans chiffres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contributor; %n other(s): %1</source>
        <translation>
            <numerusform>Contributeur&#xa0;; %n autre&#xa0;: %1</numerusform>
            <numerusform>Contributeur&#xa0;; %n autres&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n largest contributor(s), cash and in kind</source>
        <translation>
            <numerusform>Le premier contributeur, en numéraire et en nature</numerusform>
            <numerusform>Les %n premiers contributeurs, en numéraire et en nature</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesignFile</name>
    <message>
        <source>Export Design File</source>
        <translation>Exporter le fichier de projet</translation>
    </message>
    <message>
        <source>Export “%1” with the names and contacts it holds?</source>
        <translation>Exporter «&#xa0;%1&#xa0;» avec les noms et les coordonnées qu’il contient&#xa0;?</translation>
    </message>
    <message>
        <source>To hand the design to a colleague, keep them. To share it as a good practice, leave them out: every name, e-mail and phone is replaced by a pseudonym.</source>
        <translation>Pour confier le projet à un ou une collègue, conservez-les. Pour le partager comme bonne pratique, retirez-les&#xa0;: chaque nom, courriel et numéro de téléphone est remplacé par un pseudonyme.</translation>
    </message>
    <message>
        <source>Keep Personal Data</source>
        <translation>Conserver les données personnelles</translation>
    </message>
    <message>
        <source>Leave Personal Data Out</source>
        <translation>Retirer les données personnelles</translation>
    </message>
    <message>
        <source>DESEO designs (*.deseo)</source>
        <translation>Projets DESEO (*.deseo)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Import Design File</source>
        <translation>Importer un fichier de projet</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.

%1</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;; rien n’a été modifié.

%1</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» importé.</translation>
    </message>
    <message>
        <source>“%1” is already among your designs.</source>
        <translation>«&#xa0;%1&#xa0;» fait déjà partie de vos projets.</translation>
    </message>
    <message>
        <source>Yours was last changed %1 (UTC); the file&apos;s copy %2 (UTC).</source>
        <translation>Votre version a été modifiée pour la dernière fois le %1 (UTC)&#xa0;; la copie du fichier, le %2 (UTC).</translation>
    </message>
    <message>
        <source>Yours is NEWER than the file: replacing it loses those changes.</source>
        <translation>Votre version est PLUS RÉCENTE que le fichier&#xa0;: la remplacer fait perdre ces modifications.</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Conserver les deux</translation>
    </message>
    <message>
        <source>Replace Mine</source>
        <translation>Remplacer la mienne</translation>
    </message>
</context>
<context>
    <name>DesignPage</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Help for this step</source>
        <translation>Aide pour cette étape</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Back to the library (everything is saved)</source>
        <translation>Retour à la bibliothèque (tout est enregistré)</translation>
    </message>
    <message>
        <source>&amp;Workshops…</source>
        <translation>&amp;Ateliers…</translation>
    </message>
    <message>
        <source>Log the workshops held on this design</source>
        <translation>Consigner les ateliers tenus sur ce projet</translation>
    </message>
    <message>
        <source>Fi&amp;nish</source>
        <translation>&amp;Terminer</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Design your first cluster</source>
        <translation>Concevez votre premier projet de pôle</translation>
    </message>
    <message>
        <source>A design gathers the actors of a territory, what they pool, how they govern the cluster, how it is financed and how progress towards equality between women and men is measured. Start a new one, or open the example to see a complete design.</source>
        <translation>Un projet réunit les acteurs d’un territoire, ce qu’ils mutualisent, la manière dont ils gouvernent le pôle, son financement et la mesure des progrès vers l’égalité entre les femmes et les hommes. Créez-en un nouveau, ou ouvrez l’exemple pour voir un projet complet.</translation>
    </message>
    <message>
        <source>New design…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>Ouvrir l’exemple</translation>
    </message>
</context>
<context>
    <name>EvaluationEditor</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <source>Baseline
date</source>
        <translation>Date de
référence</translation>
    </message>
    <message>
        <source>Baseline
women</source>
        <translation>Référence
femmes</translation>
    </message>
    <message>
        <source>Baseline
men</source>
        <translation>Référence
hommes</translation>
    </message>
    <message>
        <source>Baseline
one figure</source>
        <translation>Référence
valeur unique</translation>
    </message>
    <message>
        <source>Target
date</source>
        <translation>Date
cible</translation>
    </message>
    <message>
        <source>Target
women</source>
        <translation>Cible
femmes</translation>
    </message>
    <message>
        <source>Target
men</source>
        <translation>Cible
hommes</translation>
    </message>
    <message>
        <source>Target
value</source>
        <translation>Valeur
cible</translation>
    </message>
    <message>
        <source>Target
high end</source>
        <translation>Cible
borne haute</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>Add from the &amp;catalogue…</source>
        <translation>Ajouter depuis le &amp;catalogue…</translation>
    </message>
    <message>
        <source>Add indicators from the catalogue</source>
        <translation>Ajout d’indicateurs du catalogue</translation>
    </message>
    <message>
        <source>or use Add above for an indicator of your own.</source>
        <translation>ou utilisez Ajouter ci-dessus pour créer votre propre indicateur.</translation>
    </message>
    <message>
        <source>The selected indicator</source>
        <translation>L’indicateur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Good direction:</source>
        <translation>&amp;Sens souhaité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Target kind:</source>
        <translation>&amp;Type de cible&#xa0;:</translation>
    </message>
    <message>
        <source>(e) Evaluation</source>
        <translation>(e) Évaluation</translation>
    </message>
    <message>
        <source>Select an indicator in the table to see which figures it needs.</source>
        <translation>Sélectionnez un indicateur dans le tableau pour voir les chiffres dont il a besoin.</translation>
    </message>
    <message>
        <source>%1 is measured by sex: give the baseline and target for each sex.</source>
        <translation>%1 se mesure par sexe&#xa0;: indiquez la valeur de référence et la cible pour chaque sexe.</translation>
    </message>
    <message>
        <source>%1 is one figure: give its baseline and target in one figure.</source>
        <translation>%1 est un chiffre unique&#xa0;: indiquez sa valeur de référence et sa cible en un seul chiffre.</translation>
    </message>
    <message>
        <source>This indicator</source>
        <translation>Cet indicateur</translation>
    </message>
    <message>
        <source>The target is a range: give its low and high ends.</source>
        <translation>La cible est une fourchette&#xa0;: indiquez ses bornes basse et haute.</translation>
    </message>
    <message>
        <source>This kind of target has no number to reach.</source>
        <translation>Ce type de cible n’a pas de chiffre à atteindre.</translation>
    </message>
</context>
<context>
    <name>ExistingServicesEditor</name>
    <message>
        <source>This step is for improving a cluster that already exists. This design is for a new cluster, so the wizard skips it; to record improvements, choose an existing cluster on the Start step.</source>
        <translation>Cette étape sert à améliorer un pôle qui existe déjà. Ce projet porte sur un nouveau pôle&#xa0;: l’assistant passe donc cette étape. Pour consigner des améliorations, choisissez un pôle existant à l’étape Démarrage.</translation>
    </message>
    <message>
        <source>Existing service or structure</source>
        <translation>Service ou structure existant</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Porteur de l’action</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Actions d’amélioration</translation>
    </message>
    <message>
        <source>improvement action</source>
        <translation>action d’amélioration</translation>
    </message>
    <message>
        <source>The &amp;gap found:</source>
        <translation>La &amp;lacune constatée&#xa0;:</translation>
    </message>
    <message>
        <source>The improvement &amp;action:</source>
        <translation>L’&amp;action d’amélioration&#xa0;:</translation>
    </message>
    <message>
        <source>(b) Existing services</source>
        <translation>(b) Services existants</translation>
    </message>
    <message>
        <source>Select an action in the table to write the gap and the action.</source>
        <translation>Sélectionnez une action dans le tableau pour décrire la lacune et l’action.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Sélection&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no service named yet)</source>
        <translation>(aucun service nommé pour l’instant)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The agreement draft of “%1”, made from the design as it is now.</source>
        <translation>Le projet de convention de «&#xa0;%1&#xa0;», établi à partir du projet tel qu’il est maintenant.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>convention</translation>
    </message>
    <message>
        <source>%1 (replaces the file already there)</source>
        <translation>%1 (remplace le fichier déjà présent)</translation>
    </message>
    <message>
        <source>Folder for the agreement</source>
        <translation>Dossier de la convention</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly (its process ended). Your files were left as they were; try again.</source>
        <translation>L’export s’est arrêté de manière inattendue (son processus s’est terminé). Vos fichiers ont été laissés tels quels&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The export stopped because of a fault in the app (%1). Your files were left as they were; the details are in the log.</source>
        <translation>L’export s’est arrêté à cause d’une erreur de l’application (%1). Vos fichiers ont été laissés tels quels&#xa0;; les détails figurent dans le journal.</translation>
    </message>
    <message>
        <source>The agreement was exported.</source>
        <translation>La convention a été exportée.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n page)</numerusform>
            <numerusform>%1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>Open the &amp;PDF</source>
        <translation>Ouvrir le &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open the &amp;workbook</source>
        <translation>Ouvrir le &amp;classeur</translation>
    </message>
    <message>
        <source>Export agreement</source>
        <translation>Exporter la convention</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;PDF document, to print and sign</source>
        <translation>Document &amp;PDF, à imprimer et à signer</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook, to work in</source>
        <translation>Classeur E&amp;xcel, pour travailler dessus</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Langue du document&#xa0;:</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Noms&#xa0;:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Trop long&#xa0;: %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Type a whole number, such as 12.</source>
        <translation>Saisissez un nombre entier, par exemple 12.</translation>
    </message>
    <message>
        <source>It cannot be negative.</source>
        <translation>La valeur ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Too large: at most %1.</source>
        <translation>Trop grand&#xa0;: %1 au plus.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @ and a domain, such as name@example.org.</source>
        <translation>Une adresse électronique doit comporter un @ et un domaine, par exemple nom@exemple.org.</translation>
    </message>
    <message>
        <source>Choose one of the values in the list.</source>
        <translation>Choisissez l’une des valeurs de la liste.</translation>
    </message>
    <message>
        <source>Type a date such as 2026-03-01.</source>
        <translation>Saisissez une date au format 2026-03-01.</translation>
    </message>
    <message>
        <source>Type a number, such as 1250.50.</source>
        <translation>Saisissez un nombre, par exemple 1250,50.</translation>
    </message>
    <message>
        <source>Women and men together are more than the total (%1).</source>
        <translation>Les femmes et les hommes réunis dépassent le total (%1).</translation>
    </message>
    <message>
        <source>This date must come after the one it follows.</source>
        <translation>Cette date doit être postérieure à la précédente.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Cette valeur ne peut pas être utilisée.</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>It is not a DESEO design file.</source>
        <translation>Ce n’est pas un fichier de projet DESEO.</translation>
    </message>
    <message>
        <source>The file is damaged (cut short or corrupt).</source>
        <translation>Le fichier est endommagé (tronqué ou corrompu).</translation>
    </message>
    <message>
        <source>It holds too many files.</source>
        <translation>Il contient trop de fichiers.</translation>
    </message>
    <message>
        <source>It unpacks to more than 50 MB.</source>
        <translation>Une fois décompressé, il dépasse 50 Mo.</translation>
    </message>
    <message>
        <source>It holds a file with an unsafe name.</source>
        <translation>Il contient un fichier au nom dangereux.</translation>
    </message>
    <message>
        <source>Parts of the design file are missing.</source>
        <translation>Des parties du fichier de projet manquent.</translation>
    </message>
    <message>
        <source>It holds files a design never has.</source>
        <translation>Il contient des fichiers qu’un projet ne comporte jamais.</translation>
    </message>
    <message>
        <source>Its text is not valid UTF-8.</source>
        <translation>Son texte n’est pas en UTF-8 valide.</translation>
    </message>
    <message>
        <source>Its contents are malformed.</source>
        <translation>Son contenu est mal formé.</translation>
    </message>
    <message>
        <source>It holds a value that is not a number.</source>
        <translation>Il contient une valeur qui n’est pas un nombre.</translation>
    </message>
    <message>
        <source>It holds a number far too long.</source>
        <translation>Il contient un nombre beaucoup trop long.</translation>
    </message>
    <message>
        <source>Its contents are nested too deeply.</source>
        <translation>Son contenu est imbriqué trop profondément.</translation>
    </message>
    <message>
        <source>It was made by a newer DESEO: install DESEO %1 or later to open it.</source>
        <translation>Il a été créé par une version plus récente de DESEO&#xa0;: installez DESEO %1 ou une version ultérieure pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The file was changed or damaged.</source>
        <translation>Le fichier a été modifié ou endommagé.</translation>
    </message>
    <message>
        <source>It does not follow the design file format.</source>
        <translation>Il ne respecte pas le format des fichiers de projet.</translation>
    </message>
    <message>
        <source>The file does not exist or cannot be read.</source>
        <translation>Le fichier n’existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Le fichier est trop volumineux.</translation>
    </message>
    <message>
        <source>Only .xlsx and .csv files can be read.</source>
        <translation>Seuls les fichiers .xlsx et .csv peuvent être lus.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls): save it as .xlsx or .csv first.</source>
        <translation>C’est un ancien fichier Excel (.xls)&#xa0;: enregistrez-le d’abord au format .xlsx ou .csv.</translation>
    </message>
    <message>
        <source>The workbook contains macros: save it as a plain .xlsx first.</source>
        <translation>Le classeur contient des macros&#xa0;: enregistrez-le d’abord en simple .xlsx.</translation>
    </message>
    <message>
        <source>The file is not an .xlsx workbook.</source>
        <translation>Le fichier n’est pas un classeur .xlsx.</translation>
    </message>
    <message>
        <source>The workbook is damaged.</source>
        <translation>Le classeur est endommagé.</translation>
    </message>
    <message>
        <source>The workbook has too many parts.</source>
        <translation>Le classeur comporte trop de parties.</translation>
    </message>
    <message>
        <source>The workbook unpacks too large.</source>
        <translation>Le classeur est trop volumineux une fois décompressé.</translation>
    </message>
    <message>
        <source>The workbook holds refused XML declarations.</source>
        <translation>Le classeur contient des déclarations XML refusées.</translation>
    </message>
    <message>
        <source>The workbook holds a far too long text.</source>
        <translation>Le classeur contient un texte beaucoup trop long.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Le classeur ne comporte aucune feuille de calcul.</translation>
    </message>
    <message>
        <source>The sheet has too many rows.</source>
        <translation>La feuille comporte trop de lignes.</translation>
    </message>
    <message>
        <source>The sheet has too many columns.</source>
        <translation>La feuille comporte trop de colonnes.</translation>
    </message>
    <message>
        <source>A cell holds far too long a text.</source>
        <translation>Une cellule contient un texte beaucoup trop long.</translation>
    </message>
    <message>
        <source>The file is not a text (CSV) file.</source>
        <translation>Le fichier n’est pas un fichier texte (CSV).</translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor Windows-1252: save it as UTF-8.</source>
        <translation>Le texte n’est ni en UTF-8 ni en Windows-1252&#xa0;: enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <source>The CSV file cannot be read.</source>
        <translation>Le fichier CSV ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Its contents cannot be used as a design.</source>
        <translation>Son contenu ne peut pas être utilisé comme projet.</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read.</source>
        <translation>Le tableur ne peut pas être lu.</translation>
    </message>
    <message>
        <source>There is a folder called %1 where the file should go. Choose another folder.</source>
        <translation>Il existe un dossier nommé %1 à l’endroit où le fichier doit être créé. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk for %1. Free some space or choose another folder; the file that was there is unchanged.</source>
        <translation>Il n’y a pas assez d’espace sur le disque pour %1. Libérez de l’espace ou choisissez un autre dossier&#xa0;; le fichier qui s’y trouvait n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is read-only. Choose another folder.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: le disque est en lecture seule. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 cannot be written here: you do not have permission, or the file or folder is read-only. Choose another folder; the file that was there is unchanged.</source>
        <translation>%1 ne peut pas être écrit ici&#xa0;: vous n’avez pas l’autorisation nécessaire, ou le fichier ou le dossier est en lecture seule. Choisissez un autre dossier&#xa0;; le fichier qui s’y trouvait n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 could not be replaced: it may be open in another program, or read-only. Close it and try again; the file that was there is unchanged.</source>
        <translation>%1 n’a pas pu être remplacé&#xa0;: il est peut-être ouvert dans un autre programme, ou en lecture seule. Fermez-le et réessayez&#xa0;; le fichier qui s’y trouvait n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is open in another program. Close it and try again; the file that was there is unchanged.</source>
        <translation>%1 est ouvert dans un autre programme. Fermez-le et réessayez&#xa0;; le fichier qui s’y trouvait n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist. Choose another folder.</source>
        <translation>Le dossier prévu pour %1 n’existe pas. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The name %1 is too long for this disk.</source>
        <translation>Le nom %1 est trop long pour ce disque.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FinancingEditor</name>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Also an actor of the cluster</source>
        <translation>Également acteur du pôle</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Financeurs</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>financeur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Cash or in kind</source>
        <translation>Numéraire ou nature</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Lignes budgétaires</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>ligne budgétaire</translation>
    </message>
    <message>
        <source>Add a &amp;coordination line</source>
        <translation>Ajouter une ligne de &amp;coordination</translation>
    </message>
    <message>
        <source>Add a coordination line at the top of the budget</source>
        <translation>Ajouter une ligne de coordination en tête du budget</translation>
    </message>
    <message>
        <source>Budget totals</source>
        <translation>Totaux du budget</translation>
    </message>
    <message>
        <source>(c) Local financing</source>
        <translation>(c) Financement local</translation>
    </message>
    <message>
        <source>Add a coordination line</source>
        <translation>Ajout d’une ligne de coordination</translation>
    </message>
    <message>
        <source>No budget line for coordination yet. DESEO budgets put the coordination of the cluster first: someone has to run the partnership.</source>
        <translation>Pas encore de ligne budgétaire pour la coordination. Les budgets DESEO placent la coordination du pôle en premier&#xa0;: il faut quelqu’un pour animer le partenariat.</translation>
    </message>
    <message>
        <source>Coordination comes first in a DESEO budget: move its line to the top.</source>
        <translation>La coordination vient en premier dans un budget DESEO&#xa0;: placez sa ligne en tête.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>En numéraire</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En nature</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No year</source>
        <translation>Sans année</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>The whole budget is %1, of which %2% in kind.</source>
        <translation>Le budget total s’élève à %1, dont %2&#xa0;% en nature.</translation>
    </message>
    <message>
        <source>No amounts yet.</source>
        <translation>Pas encore de montants.</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <source>Change %1</source>
        <translation>Modification de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>GovernanceEditor</name>
    <message>
        <source>Body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Meetings a year</source>
        <translation>Réunions par an</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>Instances de gouvernance</translation>
    </message>
    <message>
        <source>body</source>
        <translation>instance</translation>
    </message>
    <message>
        <source>How &amp;decisions are taken:</source>
        <translation>Mode de prise des &amp;décisions&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum&#xa0;:</translation>
    </message>
    <message>
        <source>Seat holder</source>
        <translation>Titulaire du siège</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Sièges</translation>
    </message>
    <message>
        <source>seat</source>
        <translation>siège</translation>
    </message>
    <message>
        <source>Balance of this body:</source>
        <translation>Équilibre de cette instance&#xa0;:</translation>
    </message>
    <message>
        <source>All bodies together:</source>
        <translation>Toutes les instances réunies&#xa0;:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Piloté par</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Fonctionnement</translation>
    </message>
    <message>
        <source>Common management systems</source>
        <translation>Systèmes de gestion communs</translation>
    </message>
    <message>
        <source>management system</source>
        <translation>système de gestion</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Select a body in the table to see its seats and rules.</source>
        <translation>Sélectionnez une instance dans le tableau pour voir ses sièges et ses règles.</translation>
    </message>
    <message>
        <source>Selected body: %1</source>
        <translation>Instance sélectionnée&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
</context>
<context>
    <name>GridNotes</name>
    <message>
        <source>The grid has no criteria yet: nothing can earn points.</source>
        <translation>La grille n’a pas encore de critères&#xa0;: rien ne peut rapporter de points.</translation>
    </message>
    <message>
        <source>Criterion %1: its sub-criteria add up to %2, not its maximum of %3.</source>
        <translation>Critère %1&#xa0;: ses sous-critères totalisent %2, et non son maximum de %3.</translation>
    </message>
    <message>
        <source>The criteria add up to %1 points, while the total is capped at %2.</source>
        <translation>Les critères totalisent %1 points, alors que le total est plafonné à %2.</translation>
    </message>
    <message>
        <source>No criterion has the code %1 that the gender-equality minimum names.</source>
        <translation>Aucun critère ne porte le code %1 indiqué pour le minimum en matière d’égalité.</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <source>Keep this grid to use it in other designs</source>
        <translation>Conserver cette grille pour l’utiliser dans d’autres projets</translation>
    </message>
    <message>
        <source>&amp;Replace with a library grid…</source>
        <translation>&amp;Remplacer par une grille de la bibliothèque…</translation>
    </message>
    <message>
        <source>Save to the librar&amp;y…</source>
        <translation>Enregistrer dans la &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>&amp;Notation</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Grille</translation>
    </message>
    <message>
        <source>No financing grid yet</source>
        <translation>Pas encore de grille de financement</translation>
    </message>
    <message>
        <source>A local authority scores a cluster&apos;s project with a grid: eligibility gates, weighted criteria, a bonus, a threshold and a minimum for gender equality. Start from the default grid and adapt it, or copy a grid from the library.</source>
        <translation>Une collectivité locale note le projet d’un pôle au moyen d’une grille&#xa0;: conditions d’éligibilité, critères pondérés, bonification, seuil et minimum en matière d’égalité entre les femmes et les hommes. Partez de la grille par défaut et adaptez-la, ou copiez une grille de la bibliothèque.</translation>
    </message>
    <message>
        <source>Start from the &amp;default grid</source>
        <translation>Partir de la grille par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Copy a grid from the library…</source>
        <translation>&amp;Copier une grille de la bibliothèque…</translation>
    </message>
    <message>
        <source>(c) Financing grid</source>
        <translation>(c) Grille de financement</translation>
    </message>
    <message>
        <source>Financing grid</source>
        <translation>Grille de financement</translation>
    </message>
    <message>
        <source>The library has no grids yet: save one from a design.</source>
        <translation>La bibliothèque ne contient pas encore de grille&#xa0;: enregistrez-en une depuis un projet.</translation>
    </message>
    <message>
        <source>Start from the default grid</source>
        <translation>Utilisation de la grille par défaut</translation>
    </message>
    <message>
        <source>Replace the grid</source>
        <translation>Remplacement de la grille</translation>
    </message>
    <message>
        <source>Replace this design&apos;s grid with the one from the library? Its assessors and their scores go with it. Undo brings them back.</source>
        <translation>Remplacer la grille de ce projet par celle de la bibliothèque&#xa0;? Ses évaluateurs et leurs notes disparaissent avec elle. Annuler les fait revenir.</translation>
    </message>
    <message>
        <source>The grid was replaced. Undo brings the old one back.</source>
        <translation>La grille a été remplacée. Annuler fait revenir l’ancienne.</translation>
    </message>
    <message>
        <source>Save to the library</source>
        <translation>Enregistrer dans la bibliothèque</translation>
    </message>
    <message>
        <source>Name of the grid in the library:</source>
        <translation>Nom de la grille dans la bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <source>Saved to the library as “%1”: other designs can now copy it.</source>
        <translation>Enregistrée dans la bibliothèque sous «&#xa0;%1&#xa0;»&#xa0;: les autres projets peuvent maintenant la copier.</translation>
    </message>
</context>
<context>
    <name>GridResults</name>
    <message>
        <source>Funded</source>
        <translation>Financé</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Non financé</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>Gate %1 is not met: %2 answered no to “%3”</source>
        <translation>La condition %1 n’est pas remplie&#xa0;: réponse «&#xa0;non&#xa0;» de %2 à «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>an assessor</source>
        <translation>un évaluateur</translation>
    </message>
    <message>
        <source>Gate %1 has no answer yet: every gate needs one (%2).</source>
        <translation>La condition %1 n’a pas encore de réponse&#xa0;: chaque condition en demande une (%2).</translation>
    </message>
    <message>
        <source>No assessor yet: add one to score the project.</source>
        <translation>Pas encore d’évaluateur&#xa0;: ajoutez-en un pour noter le projet.</translation>
    </message>
    <message>
        <source>Sub-criterion %1 (%2) has no score yet; it counts as 0.</source>
        <translation>Le sous-critère %1 (%2) n’a pas encore de note&#xa0;; il compte pour 0.</translation>
    </message>
    <message>
        <source>The total, %1, is %2 short of the threshold of %3.</source>
        <translation>Le total, %1, est inférieur de %2 au seuil de %3.</translation>
    </message>
    <message>
        <source>Criterion %1 has %2 points, %3 short of its minimum of %4.</source>
        <translation>Le critère %1 obtient %2 points, soit %3 de moins que son minimum de %4.</translation>
    </message>
    <message>
        <source>Every eligibility gate is met.</source>
        <translation>Toutes les conditions d’éligibilité sont remplies.</translation>
    </message>
    <message>
        <source>The total, %1, reaches the threshold of %2.</source>
        <translation>Le total, %1, atteint le seuil de %2.</translation>
    </message>
    <message>
        <source>Criterion %1 has %2 points, at least its minimum of %3.</source>
        <translation>Le critère %1 obtient %2 points, soit au moins son minimum de %3.</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Chart of the selected indicator</source>
        <translation>Graphique de l’indicateur sélectionné</translation>
    </message>
    <message>
        <source>Select an indicator to see its chart</source>
        <translation>Sélectionnez un indicateur pour voir son graphique</translation>
    </message>
    <message>
        <source>No measurement to draw yet</source>
        <translation>Pas encore de mesure à représenter</translation>
    </message>
    <message>
        <source>Target range</source>
        <translation>Fourchette cible</translation>
    </message>
    <message>
        <source>Target (at least)</source>
        <translation>Cible (au moins)</translation>
    </message>
    <message>
        <source>Target (at most)</source>
        <translation>Cible (au plus)</translation>
    </message>
    <message>
        <source>Expected path</source>
        <translation>Trajectoire attendue</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Valeur mesurée</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Gap between women and men</source>
        <translation>Écart entre femmes et hommes</translation>
    </message>
    <message>
        <source>Women and men</source>
        <translation>Femmes et hommes</translation>
    </message>
    <message>
        <source>Ratio of women to men</source>
        <translation>Rapport femmes/hommes</translation>
    </message>
    <message>
        <source>Women&apos;s share (%)</source>
        <translation>Part des femmes (%)</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>The number to reach: the bound of an &apos;at least&apos; or &apos;at most&apos; target, the largest gap of a &apos;gap at most&apos; target, the low end of a range.</source>
        <translation>Le chiffre à atteindre&#xa0;: la borne d’une cible «&#xa0;au moins&#xa0;» ou «&#xa0;au plus&#xa0;», l’écart maximal d’une cible «&#xa0;écart au plus&#xa0;», la borne basse d’une fourchette.</translation>
    </message>
    <message>
        <source>The code in the catalogue; empty for an indicator of your own.</source>
        <translation>Le code dans le catalogue&#xa0;; vide pour un indicateur que vous avez créé.</translation>
    </message>
    <message>
        <source>Not used: this indicator is one figure, in the single-value column.</source>
        <translation>Non utilisé&#xa0;: cet indicateur est un chiffre unique, dans la colonne de la valeur unique.</translation>
    </message>
    <message>
        <source>Not used: this indicator is by sex, in the women and men columns.</source>
        <translation>Non utilisé&#xa0;: cet indicateur se mesure par sexe, dans les colonnes des femmes et des hommes.</translation>
    </message>
    <message>
        <source>Not used: only a range target has an upper end.</source>
        <translation>Non utilisé&#xa0;: seule une cible en fourchette a une borne haute.</translation>
    </message>
    <message>
        <source>Not used: this target is a trend or none, with no number.</source>
        <translation>Non utilisé&#xa0;: cette cible est une tendance ou n’existe pas, sans chiffre.</translation>
    </message>
    <message>
        <source>The target date (%1) cannot be before the baseline date (%2).</source>
        <translation>La date cible (%1) ne peut pas précéder la date de référence (%2).</translation>
    </message>
</context>
<context>
    <name>LibraryGridsDialog</name>
    <message>
        <source>Grids in the library</source>
        <translation>Grilles de la bibliothèque</translation>
    </message>
    <message>
        <source>Grids saved from a design, ready to copy into another. The copy replaces this design&apos;s grid; changing it later does not change the grid in the library.</source>
        <translation>Grilles enregistrées depuis un projet, prêtes à être copiées dans un autre. La copie remplace la grille de ce projet&#xa0;; la modifier ensuite ne change pas la grille de la bibliothèque.</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Gates, criteria, bonuses</source>
        <translation>Conditions, critères, bonifications</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>The library has no grids yet: save one from a design.</source>
        <translation>La bibliothèque ne contient pas encore de grille&#xa0;: enregistrez-en une depuis un projet.</translation>
    </message>
    <message>
        <source>&amp;Use this grid</source>
        <translation>&amp;Utiliser cette grille</translation>
    </message>
    <message>
        <source>&amp;Delete from the library</source>
        <translation>&amp;Supprimer de la bibliothèque</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Delete from the library</source>
        <translation>Supprimer de la bibliothèque</translation>
    </message>
    <message>
        <source>Delete “%1” from the library? Designs that use a copy of it keep their copy.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» de la bibliothèque&#xa0;? Les projets qui en utilisent une copie conservent leur copie.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Search titles, territories and actors</source>
        <translation>Rechercher dans les titres, les territoires et les acteurs</translation>
    </message>
    <message>
        <source>Search designs</source>
        <translation>Rechercher des projets</translation>
    </message>
    <message>
        <source>Which designs</source>
        <translation>Quels projets</translation>
    </message>
    <message>
        <source>Designs</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>New design…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>Supprimer définitivement…</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <source>Opening the designs…</source>
        <translation>Ouverture des projets…</translation>
    </message>
    <message>
        <source>No design matches the search and filters.</source>
        <translation>Aucun projet ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>No archived designs.</source>
        <translation>Aucun projet archivé.</translation>
    </message>
    <message>
        <source>No designs.</source>
        <translation>Aucun projet.</translation>
    </message>
    <message numerus="yes">
        <source>%n design(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 designs</source>
        <translation>Projets affichés&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your designs are in a folder that seems to be synchronised or on a network drive. Keep them on this computer&apos;s own disk (see Preferences).</source>
        <translation>Vos projets se trouvent dans un dossier qui semble synchronisé ou situé sur un lecteur réseau. Conservez-les sur le disque de cet ordinateur (voir Préférences).</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Backup taken.</source>
        <translation>Sauvegarde effectuée.</translation>
    </message>
    <message>
        <source>The territory is too long: at most %1 characters.</source>
        <translation>Le territoire est trop long&#xa0;: %1 caractères au plus.</translation>
    </message>
    <message>
        <source>The title is too long: at most %1 characters.</source>
        <translation>Le titre est trop long&#xa0;: %1 caractères au plus.</translation>
    </message>
    <message>
        <source>This change could not be saved; the design is as it was before it.</source>
        <translation>Cette modification n’a pas pu être enregistrée&#xa0;; le projet est resté tel qu’il était avant.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Rename design</source>
        <translation>Renommer le projet</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Nouveau titre&#xa0;:</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Renommage de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Duplication de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Unarchive “%1”</source>
        <translation>Désarchivage de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation>Archivage de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move “%1” to the trash</source>
        <translation>Mise à la corbeille de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” was moved to the trash. Edit → Undo brings it back.</source>
        <translation>«&#xa0;%1&#xa0;» a été mis à la corbeille. Édition → Annuler le rétablit.</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>Restauration de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n design(s) for good? This cannot be undone, but a backup is taken first.</source>
        <translation>
            <numerusform>Supprimer définitivement %n projet&#xa0;? Cette action est irréversible, mais une sauvegarde est faite au préalable.</numerusform>
            <numerusform>Supprimer définitivement %n projets&#xa0;? Cette action est irréversible, mais une sauvegarde est faite au préalable.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>contributes (width: value)</source>
        <translation>apporte (épaisseur&#xa0;: valeur)</translation>
    </message>
    <message>
        <source>contributes</source>
        <translation>apporte</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>utilise</translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation>Ressources mutualisées</translation>
    </message>
    <message>
        <source>small value</source>
        <translation>faible valeur</translation>
    </message>
    <message>
        <source>area: value contributed</source>
        <translation>surface&#xa0;: valeur apportée</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Pooled resources (%1)</source>
        <translation>Ressources mutualisées (%1)</translation>
    </message>
    <message>
        <source>%1, continued</source>
        <translation>%1 (suite)</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>Fewer than %1 women or %1 men are behind this figure, so it is not shown (the design&apos;s suppression minimum). Type a new figure to replace it.</source>
        <translation>Ce chiffre porte sur moins de %1 femmes ou de %1 hommes&#xa0;: il n’est donc pas affiché (seuil de masquage du projet). Saisissez un nouveau chiffre pour le remplacer.</translation>
    </message>
    <message>
        <source>%1 measured, %2 expected on that day.</source>
        <translation>%1 mesuré, %2 attendu à cette date.</translation>
    </message>
</context>
<context>
    <name>MeasurementsPanel</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Number of
women</source>
        <translation>Nombre de
femmes</translation>
    </message>
    <message>
        <source>Number of
men</source>
        <translation>Nombre
d’hommes</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>Select an indicator above to see and add its measurements.</source>
        <translation>Sélectionnez un indicateur ci-dessus pour voir et ajouter ses mesures.</translation>
    </message>
    <message>
        <source>Select an indicator to see its chart</source>
        <translation>Sélectionnez un indicateur pour voir son graphique</translation>
    </message>
    <message>
        <source>Measurements of %1</source>
        <translation>Mesures de %1</translation>
    </message>
    <message>
        <source>Measurements of the selected indicator</source>
        <translation>Mesures de l’indicateur sélectionné</translation>
    </message>
    <message>
        <source>The selected indicator</source>
        <translation>L’indicateur sélectionné</translation>
    </message>
    <message>
        <source>One figure that counts organisations, measures or money: it is never suppressed.</source>
        <translation>Un chiffre unique qui compte des organismes, des mesures ou de l’argent&#xa0;: il n’est jamais masqué.</translation>
    </message>
    <message>
        <source>Give the women&apos;s and the men&apos;s figures and how many women and men are behind them; figures from fewer than %1 women or %1 men are shown as suppressed.</source>
        <translation>Indiquez le chiffre des femmes et celui des hommes, et le nombre de femmes et d’hommes sur lesquels ils portent&#xa0;; les chiffres portant sur moins de %1 femmes ou de %1 hommes sont masqués.</translation>
    </message>
    <message>
        <source>One figure worked out from both sexes: give it and how many women and men are behind it; from fewer than %1 women or %1 men it is shown as suppressed.</source>
        <translation>Un chiffre calculé à partir des deux sexes&#xa0;: indiquez-le, ainsi que le nombre de femmes et d’hommes sur lesquels il porte&#xa0;; s’il porte sur moins de %1 femmes ou de %1 hommes, il est masqué.</translation>
    </message>
    <message>
        <source>Latest measurement, %1. %2: %3 measured, %4 expected on that day. %5</source>
        <translation>Dernière mesure, %1. %2&#xa0;: %3 mesuré, %4 attendu à cette date. %5</translation>
    </message>
    <message>
        <source>The target is a trend or has no number yet, so progress is not assessed.</source>
        <translation>La cible est une tendance ou n’a pas encore de chiffre&#xa0;: la progression n’est donc pas évaluée.</translation>
    </message>
    <message>
        <source>No dated measurement yet: add one with Add above.</source>
        <translation>Pas encore de mesure datée&#xa0;: ajoutez-en une avec Ajouter ci-dessus.</translation>
    </message>
    <message>
        <source>The latest figure, %1, is suppressed: fewer than %2 women or %2 men are behind it, so its progress is not shown.</source>
        <translation>Le dernier chiffre, %1, est masqué&#xa0;: il porte sur moins de %2 femmes ou de %2 hommes, sa progression n’est donc pas affichée.</translation>
    </message>
    <message>
        <source>The latest measurement, %1, has no figure yet.</source>
        <translation>La dernière mesure, %1, n’a pas encore de chiffre.</translation>
    </message>
    <message>
        <source>Target: from %1 to %2</source>
        <translation>Cible&#xa0;: de %1 à %2</translation>
    </message>
    <message>
        <source>Target: at least %1</source>
        <translation>Cible&#xa0;: au moins %1</translation>
    </message>
    <message>
        <source>Target: at most %1</source>
        <translation>Cible&#xa0;: au plus %1</translation>
    </message>
    <message>
        <source>%1 by %2.</source>
        <translation>%1 d’ici le %2.</translation>
    </message>
</context>
<context>
    <name>NewDesignDialog</name>
    <message>
        <source>Blank design</source>
        <translation>Projet vierge</translation>
    </message>
    <message>
        <source>An empty design: you fill in every step yourself.</source>
        <translation>Un projet vide&#xa0;: vous remplissez vous-même chaque étape.</translation>
    </message>
    <message>
        <source>The example: care services in a province</source>
        <translation>L’exemple&#xa0;: des services d’aide et de soins dans une province</translation>
    </message>
    <message>
        <source>A complete, fictional design with every area filled in: the quickest way to see what a finished design looks like.</source>
        <translation>Un projet complet et fictif, dont tous les axes sont renseignés&#xa0;: le moyen le plus rapide de voir à quoi ressemble un projet abouti.</translation>
    </message>
    <message>
        <source>Shared back-office cluster</source>
        <translation>Pôle de fonctions support mutualisées</translation>
    </message>
    <message>
        <source>Social-economy enterprises pool accounts, payroll, ICT and purchasing, and use the time saved for work-life balance and women&apos;s careers.</source>
        <translation>Des entreprises de l’économie sociale et solidaire mutualisent comptabilité, paie, informatique et achats, et consacrent le temps gagné à l’articulation des temps de vie et aux carrières des femmes.</translation>
    </message>
    <message>
        <source>Women&apos;s entrepreneurship cluster</source>
        <translation>Pôle pour l’entrepreneuriat des femmes</translation>
    </message>
    <message>
        <source>Co-operatives, a women&apos;s-rights centre and the local authority support women who start or grow social enterprises: mentoring, premises, childcare and access to public procurement.</source>
        <translation>Des coopératives, un centre pour les droits des femmes et la collectivité locale accompagnent les femmes qui créent ou développent une entreprise sociale&#xa0;: mentorat, locaux, garde d’enfants et accès à la commande publique.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>For example: Care Together, Valdoria</source>
        <translation>Par exemple&#xa0;: Soins solidaires, Valdoria</translation>
    </message>
    <message>
        <source>Leave empty to keep the template&apos;s title</source>
        <translation>Laisser vide pour garder le titre du modèle</translation>
    </message>
    <message>
        <source>Give the design a title.</source>
        <translation>Donnez un titre au projet.</translation>
    </message>
    <message>
        <source>New design</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Start from a blank design or from a complete starting point you can adapt. Everything can be changed later.</source>
        <translation>Partez d’un projet vierge ou d’un point de départ complet que vous pouvez adapter. Tout pourra être modifié ensuite.</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritoire&#xa0;:</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Pôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New cluster</source>
        <translation>&amp;Nouveau pôle</translation>
    </message>
    <message>
        <source>&amp;Improve an existing cluster</source>
        <translation>&amp;Améliorer un pôle existant</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Dev&amp;ise&#xa0;:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Agreement &amp;language:</source>
        <translation>&amp;Langue de la convention&#xa0;:</translation>
    </message>
    <message>
        <source>Agreement language</source>
        <translation>Langue de la convention</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation>Ressources mutualisées</translation>
    </message>
    <message>
        <source>Skill exchanges</source>
        <translation>Échanges de compétences</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>Instances de gouvernance</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Lignes budgétaires</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>← Library</source>
        <translation>← Bibliothèque</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Éléments manquants</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Agreement: %1, version %2 · Last change: %3</source>
        <translation>Convention&#xa0;: %1, version %2 · Dernière modification&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nothing: every part of the design has content.</source>
        <translation>Rien&#xa0;: chaque partie du projet a un contenu.</translation>
    </message>
</context>
<context>
    <name>PoolingEditor</name>
    <message>
        <source>Resource or service</source>
        <translation>Ressource ou service</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Pooled resources and services</source>
        <translation>Ressources et services mutualisés</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>ressource</translation>
    </message>
    <message>
        <source>Wh&amp;at it is:</source>
        <translation>&amp;Descriptif&#xa0;:</translation>
    </message>
    <message>
        <source>How it helps women and men take part e&amp;qually:</source>
        <translation>Apport à une &amp;participation égale des femmes et des hommes&#xa0;:</translation>
    </message>
    <message>
        <source>Who may &amp;use it, and how:</source>
        <translation>Qui peut l’&amp;utiliser, et comment&#xa0;:</translation>
    </message>
    <message>
        <source>How the c&amp;osts are shared:</source>
        <translation>Partage des c&amp;oûts&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Cash or in kind</source>
        <translation>Numéraire ou nature</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>What exactly</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Who contributes</source>
        <translation>Qui apporte</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>apport</translation>
    </message>
    <message>
        <source>Women using it</source>
        <translation>Femmes utilisatrices</translation>
    </message>
    <message>
        <source>Men using it</source>
        <translation>Hommes utilisateurs</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Who uses it</source>
        <translation>Qui l’utilise</translation>
    </message>
    <message>
        <source>use</source>
        <translation>utilisation</translation>
    </message>
    <message>
        <source>Offered by</source>
        <translation>Proposé par</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçu par</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Women
taking part</source>
        <translation>Femmes
participantes</translation>
    </message>
    <message>
        <source>Men
taking part</source>
        <translation>Hommes
participants</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Exchanges of skills and knowledge</source>
        <translation>Échanges de compétences et de savoirs</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>échange</translation>
    </message>
    <message>
        <source>(a) Pooling</source>
        <translation>(a) Mutualisation</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <source>Selected resource: %1</source>
        <translation>Ressource sélectionnée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a resource in the table to see who gives and who uses it.</source>
        <translation>Sélectionnez une ressource dans le tableau pour voir qui l’apporte et qui l’utilise.</translation>
    </message>
    <message>
        <source>Total contributed: %1 (%2 in cash, %3 in kind)</source>
        <translation>Total apporté&#xa0;: %1 (%2 en numéraire, %3 en nature)</translation>
    </message>
</context>
<context>
    <name>PoolingMapPage</name>
    <message>
        <source>Find an organisation or resource</source>
        <translation>Rechercher un organisme ou une ressource</translation>
    </message>
    <message>
        <source>Find on the map</source>
        <translation>Rechercher sur la carte</translation>
    </message>
    <message>
        <source>Pooling map</source>
        <translation>Carte de la mutualisation</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>&amp;Save image…</source>
        <translation>&amp;Enregistrer l’image…</translation>
    </message>
    <message>
        <source>Save the whole map as a PNG or SVG picture</source>
        <translation>Enregistrer toute la carte en image PNG ou SVG</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing on the map is called “%1”.</source>
        <translation>Rien sur la carte ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Open in %1</source>
        <translation>&amp;Ouvrir dans %1</translation>
    </message>
    <message>
        <source>Nothing to map yet: add organisations in Actors and pooled resources in (a) Pooling.</source>
        <translation>Rien à représenter pour l’instant&#xa0;: ajoutez des organismes dans Acteurs et des ressources mutualisées dans (a) Mutualisation.</translation>
    </message>
    <message>
        <source>Click an organisation or a resource (or go to it with the arrow keys) to see its links; double-click it or press Enter to open it. Drag to move around; the wheel or Ctrl+plus and Ctrl+minus zoom.</source>
        <translation>Cliquez sur un organisme ou une ressource (ou atteignez-le avec les touches fléchées) pour voir ses liens&#xa0;; double-cliquez dessus ou appuyez sur Entrée pour l’ouvrir. Faites glisser pour vous déplacer&#xa0;; la molette ou Ctrl+plus et Ctrl+moins zooment.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) contributes to %n resource(s)</source>
        <translation>
            <numerusform>%1 (%2) contribue à %n ressource</numerusform>
            <numerusform>%1 (%2) contribue à %n ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>worth %1 in all</source>
        <translation>pour un total de %1</translation>
    </message>
    <message numerus="yes">
        <source>it uses %n resource(s).</source>
        <translation>
            <numerusform>ressource utilisée&#xa0;: %n.</numerusform>
            <numerusform>ressources utilisées&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 contributed by %n organisation(s)</source>
        <translation>
            <numerusform>%1 (%2)&#xa0;: %3 apportés par %n organisme</numerusform>
            <numerusform>%1 (%2)&#xa0;: %3 apportés par %n organismes</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 in cash, %2 in kind)</source>
        <translation>(%1 en numéraire, %2 en nature)</translation>
    </message>
    <message numerus="yes">
        <source>used by %n organisation(s).</source>
        <translation>
            <numerusform>%n organisme utilisateur.</numerusform>
            <numerusform>%n organismes utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pooling map: %1</source>
        <translation>Carte de la mutualisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation>Enregistrer la carte en image</translation>
    </message>
    <message>
        <source>Map not saved</source>
        <translation>Carte non enregistrée</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>L’image n’a pas pu être écrite dans %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>At start</source>
        <translation>Au démarrage</translation>
    </message>
    <message>
        <source>After 30 minutes of changes</source>
        <translation>Après 30 minutes de modifications</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à niveau</translation>
    </message>
    <message>
        <source>Before moving a design to the trash</source>
        <translation>Avant la mise à la corbeille d’un projet</translation>
    </message>
    <message>
        <source>Before emptying the trash</source>
        <translation>Avant de vider la corbeille</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>Faite manuellement</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant un import</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Comme l’ordinateur</translation>
    </message>
    <message>
        <source>This folder seems to be synchronised by a cloud service or to be on a network drive. Keep the database on this computer&apos;s own disk: synchronising it while the app runs can damage it.</source>
        <translation>Ce dossier semble synchronisé par un service en nuage ou situé sur un lecteur réseau. Conservez la base de données sur le disque de cet ordinateur&#xa0;: la synchroniser pendant que l’application tourne peut l’endommager.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace all your designs with the backup taken %1?

What you have now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Remplacer tous vos projets par la sauvegarde du %1&#xa0;?

Ce que vous avez maintenant est d’abord sauvegardé&#xa0;: vous pourrez revenir en arrière en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Langue de l’&amp;interface&#xa0;:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Default &amp;agreement language:</source>
        <translation>Langue des &amp;conventions par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default agreement language</source>
        <translation>Langue des conventions par défaut</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>&amp;Devise par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Devise par défaut</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>Données et sauvegardes</translation>
    </message>
    <message>
        <source>Your designs are kept in one database file on this computer. Backups are taken automatically and checked before they are kept.</source>
        <translation>Vos projets sont conservés dans un seul fichier de base de données sur cet ordinateur. Les sauvegardes sont faites automatiquement et vérifiées avant d’être conservées.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Fichier de base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>&amp;Backups (newest first):</source>
        <translation>&amp;Sauvegardes (les plus récentes d’abord)&#xa0;:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>Ouvrir le &amp;dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurer cette sauvegarde…</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>The design has no title.</source>
        <translation>Le projet n’a pas de titre.</translation>
    </message>
    <message>
        <source>The territory is not named.</source>
        <translation>Le territoire n’est pas nommé.</translation>
    </message>
    <message>
        <source>Only %n actor(s) will sign: an agreement needs at least three parties.</source>
        <translation>Acteurs signataires : %n seulement. Une convention exige au moins trois parties.</translation>
    </message>
    <message>
        <source>No local authority is among the actors.</source>
        <translation>Aucune collectivité locale ne figure parmi les acteurs.</translation>
    </message>
    <message>
        <source>%1 has no baseline of women and men yet.</source>
        <translation>%1 n’a pas encore de situation de départ femmes-hommes.</translation>
    </message>
    <message>
        <source>%1 has a negative count.</source>
        <translation>%1 comporte un nombre négatif.</translation>
    </message>
    <message>
        <source>%1 has more managers than workforce of the same sex.</source>
        <translation>%1 compte plus de personnes dans l’encadrement que dans l’effectif, pour un même sexe.</translation>
    </message>
    <message>
        <source>Nobody contributes to “%1”.</source>
        <translation>Personne n’apporte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nobody uses “%1”.</source>
        <translation>Personne n’utilise «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>An existing cluster needs at least one improvement action.</source>
        <translation>Un pôle existant a besoin d’au moins une action d’amélioration.</translation>
    </message>
    <message>
        <source>The balance threshold must be between 0% and 50%.</source>
        <translation>Le seuil d’équilibre doit être compris entre 0&#xa0;% et 50&#xa0;%.</translation>
    </message>
    <message>
        <source>“%1” has no seats yet.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas encore de sièges.</translation>
    </message>
    <message>
        <source>“%1” has too few women: under %2%.</source>
        <translation>«&#xa0;%1&#xa0;» compte trop peu de femmes&#xa0;: moins de %2&#xa0;%.</translation>
    </message>
    <message>
        <source>“%1” has too few men: under %2%.</source>
        <translation>«&#xa0;%1&#xa0;» compte trop peu d’hommes&#xa0;: moins de %2&#xa0;%.</translation>
    </message>
    <message>
        <source>The budget has no coordination line.</source>
        <translation>Le budget n’a pas de ligne de coordination.</translation>
    </message>
    <message>
        <source>“%1” has no baseline yet.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas encore de valeur de référence.</translation>
    </message>
    <message>
        <source>“%1” has no target yet.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas encore de cible.</translation>
    </message>
    <message>
        <source>The target date of “%1” is not after its baseline date.</source>
        <translation>La date cible de «&#xa0;%1&#xa0;» n’est pas postérieure à sa date de référence.</translation>
    </message>
    <message>
        <source>The target range of “%1” ends below where it starts.</source>
        <translation>La fourchette cible de «&#xa0;%1&#xa0;» finit plus bas qu’elle ne commence.</translation>
    </message>
    <message>
        <source>The agreement is final but %1 has no signatory.</source>
        <translation>La convention est définitive, mais %1 n’a pas de signataire.</translation>
    </message>
    <message>
        <source>The signatory for %1 has no representative.</source>
        <translation>Le signataire de %1 n’a pas de représentant.</translation>
    </message>
    <message>
        <source>%1 signs but is not marked as a party.</source>
        <translation>%1 signe mais n’est pas indiqué comme partie.</translation>
    </message>
    <message>
        <source>%1 has two signatory rows.</source>
        <translation>%1 a deux lignes de signataire.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>“%1” is not a DESEO database: it is not a database file at all.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une base de données DESEO&#xa0;: ce n’est pas du tout un fichier de base de données.</translation>
    </message>
    <message>
        <source>“%1” is a database, but not one made by DESEO Cluster Designer.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données, mais elle n’a pas été créée par DESEO Cluster Designer.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. Nothing has been changed in it.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être ouvert. Rien n’y a été modifié.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of DESEO Cluster Designer. This version (%2) cannot open it; install the newer version. The file has not been changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente de DESEO Cluster Designer. Cette version (%2) ne peut pas l’ouvrir&#xa0;; installez la version plus récente. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” cannot be saved to: the file or its folder is read-only. Choose a folder where you can save, or ask for write access.</source>
        <translation>Impossible d’enregistrer dans «&#xa0;%1&#xa0;»&#xa0;: le fichier ou son dossier est en lecture seule. Choisissez un dossier où vous pouvez enregistrer, ou demandez un accès en écriture.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you may not have permission to open it.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: vous n’avez peut-être pas l’autorisation de l’ouvrir.</translation>
    </message>
    <message>
        <source>The database “%1” could not be set up safely on this computer, so it was not opened.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» n’a pas pu être configurée de façon sûre sur cet ordinateur&#xa0;; elle n’a donc pas été ouverte.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded to this version. It was left exactly as it was, and a backup was taken first.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être mis à niveau vers cette version. Il a été laissé exactement tel qu’il était, et une sauvegarde a été faite au préalable.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written or did not pass its check. Your designs are unchanged.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» n’a pas pu être écrite ou n’a pas passé sa vérification. Vos projets n’ont pas été modifiés.</translation>
    </message>
    <message>
        <source>Another program is using “%1”. Close it and try again.</source>
        <translation>Un autre programme utilise «&#xa0;%1&#xa0;». Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>“%1” cannot be used.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être utilisé.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Non mesuré</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Pas de chiffre</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>masqué</translation>
    </message>
</context>
<context>
    <name>ResultsCard</name>
    <message>
        <source>Verdict of the financing grid</source>
        <translation>Résultat de la grille de financement</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Reasons for the verdict</source>
        <translation>Motifs du résultat</translation>
    </message>
    <message>
        <source>%1 points of %2 · threshold %3</source>
        <translation>%1 points sur %2 · seuil %3</translation>
    </message>
    <message>
        <source>Criterion %1 (%2): %3 points · minimum %4</source>
        <translation>Critère %1 (%2)&#xa0;: %3 points · minimum %4</translation>
    </message>
    <message>
        <source>none with this code</source>
        <translation>aucun critère avec ce code</translation>
    </message>
    <message>
        <source>Criteria %1 + bonus %2 (bonus capped at %3, total at %4)</source>
        <translation>Critères %1 + bonification %2 (bonification plafonnée à %3, total à %4)</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>Problems, by step</source>
        <translation>Problèmes, par étape</translation>
    </message>
    <message>
        <source>Double-click a problem, or select it and press Enter, to go to the field concerned.</source>
        <translation>Double-cliquez sur un problème, ou sélectionnez-le et appuyez sur Entrée, pour atteindre le champ concerné.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to look at.</source>
        <translation>
            <numerusform>%n problème à examiner.</numerusform>
            <numerusform>%n problèmes à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: the design is ready to become an agreement draft.</source>
        <translation>Aucun problème&#xa0;: le projet est prêt à devenir un projet de convention.</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>Choose an organisation from the list.</source>
        <translation>Choisissez un organisme dans la liste.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Choisissez une valeur dans la liste.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modification de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add the organisations on the Actors step first.</source>
        <translation>Ajoutez d’abord les organismes à l’étape Acteurs.</translation>
    </message>
    <message>
        <source>There is nothing to choose from yet.</source>
        <translation>Il n’y a encore rien à choisir.</translation>
    </message>
</context>
<context>
    <name>ScorecardBox</name>
    <message>
        <source>Scorecard: indicators on track</source>
        <translation>Tableau de suivi&#xa0;: indicateurs dans les temps</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Share on track</source>
        <translation>Part dans les temps</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Tous les indicateurs</translation>
    </message>
    <message>
        <source>No indicators yet: add them above.</source>
        <translation>Pas encore d’indicateurs&#xa0;: ajoutez-les ci-dessus.</translation>
    </message>
    <message>
        <source>No indicator can be assessed yet: each needs a target and a measurement.</source>
        <translation>Aucun indicateur ne peut encore être évalué&#xa0;: chacun a besoin d’une cible et d’une mesure.</translation>
    </message>
    <message>
        <source>%1 of the %2 indicators assessed are on track; %3 not measured yet.</source>
        <translation>%1 des %2 indicateurs évalués sont dans les temps&#xa0;; %3 ne sont pas encore mesurés.</translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>évaluateur</translation>
    </message>
    <message>
        <source>Sc&amp;ores of:</source>
        <translation>Notes &amp;de&#xa0;:</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>All assessors</source>
        <translation>Tous les évaluateurs</translation>
    </message>
    <message>
        <source>Eligibility gates</source>
        <translation>Conditions d’éligibilité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Criterion and sub-criteria</source>
        <translation>Critère et sous-critères</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonification</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>Points attribués</translation>
    </message>
    <message>
        <source>Eligibility gates: any “no” stops the assessment</source>
        <translation>Conditions d’éligibilité&#xa0;: un seul «&#xa0;non&#xa0;» arrête l’évaluation</translation>
    </message>
    <message>
        <source>Bonus: capped at %1 points</source>
        <translation>Bonification&#xa0;: plafonnée à %1 points</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Gate %1 met</source>
        <translation>Condition %1 remplie</translation>
    </message>
    <message>
        <source>Note on gate %1</source>
        <translation>Remarque sur la condition %1</translation>
    </message>
    <message>
        <source>Score of %1</source>
        <translation>Note du sous-critère %1</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Commentaire sur le sous-critère %1</translation>
    </message>
    <message>
        <source>Points of bonus %1</source>
        <translation>Points de la bonification %1</translation>
    </message>
    <message>
        <source>Assessor %1</source>
        <translation>Évaluateur %1</translation>
    </message>
    <message>
        <source>Each answer is saved as it is chosen. Means are over the assessors who answered.</source>
        <translation>Chaque réponse est enregistrée dès qu’elle est choisie. Les moyennes portent sur les évaluateurs qui ont répondu.</translation>
    </message>
    <message>
        <source>Add an assessor above to start scoring.</source>
        <translation>Ajoutez un évaluateur ci-dessus pour commencer la notation.</translation>
    </message>
    <message>
        <source>Not met (%1)</source>
        <translation>Non remplie (%1)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Remplie</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Answer first</source>
        <translation>Répondez d’abord</translation>
    </message>
    <message>
        <source>Answer a gate</source>
        <translation>Réponse à une condition</translation>
    </message>
    <message>
        <source>Score a sub-criterion</source>
        <translation>Notation d’un sous-critère</translation>
    </message>
    <message>
        <source>Give bonus points</source>
        <translation>Attribution de points de bonification</translation>
    </message>
    <message>
        <source>Change a note</source>
        <translation>Modification d’une remarque</translation>
    </message>
</context>
<context>
    <name>StartEditor</name>
    <message>
        <source>The CEMR European Charter for Equality of Women and Men in Local Life</source>
        <translation>La Charte européenne pour l’égalité des femmes et des hommes dans la vie locale, du Conseil des communes et régions d’Europe (CCRE)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritoire&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Pôle&#xa0;:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Échelon&#xa0;:</translation>
    </message>
    <message>
        <source>Signed by the local authority</source>
        <translation>Signée par la collectivité locale</translation>
    </message>
    <message>
        <source>Le&amp;gal vehicle:</source>
        <translation>Cadre &amp;juridique&#xa0;:</translation>
    </message>
    <message>
        <source>Fac&amp;ilitator:</source>
        <translation>&amp;Animation&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Dev&amp;ise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Agreement language:</source>
        <translation>&amp;Langue de la convention&#xa0;:</translation>
    </message>
    <message>
        <source>CEMR charter:</source>
        <translation>Charte du CCRE&#xa0;:</translation>
    </message>
    <message>
        <source>CEMR charter</source>
        <translation>Charte du CCRE</translation>
    </message>
    <message>
        <source>Advanced: thresholds</source>
        <translation>Avancé&#xa0;: seuils</translation>
    </message>
    <message>
        <source>Balance threshold (each sex at least):</source>
        <translation>Seuil d’équilibre (chaque sexe au moins)&#xa0;:</translation>
    </message>
    <message>
        <source>Suppress figures from fewer than this many women or men:</source>
        <translation>Masquer les chiffres portant sur un nombre de femmes ou d’hommes inférieur à&#xa0;:</translation>
    </message>
    <message>
        <source>Progress tolerance:</source>
        <translation>Tolérance pour la progression&#xa0;:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrage</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>These designs are already open in another DESEO window, which does not answer. Close it, or restart the computer, and try again.</source>
        <translation>Ces projets sont déjà ouverts dans une autre fenêtre DESEO, qui ne répond pas. Fermez-la, ou redémarrez l’ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>No backup of it was found.</source>
        <translation>Aucune sauvegarde de ce fichier n’a été trouvée.</translation>
    </message>
    <message>
        <source>The newest good backup, taken %1, is:
%2</source>
        <translation>La sauvegarde valide la plus récente, faite le %1, se trouve ici&#xa0;:
%2</translation>
    </message>
    <message>
        <source>The newest good backup was taken %1. Restore it? The damaged file is kept beside it, renamed, in case someone can repair it.</source>
        <translation>La sauvegarde valide la plus récente a été faite le %1. La restaurer&#xa0;? Le fichier endommagé est conservé à côté, renommé, au cas où quelqu’un pourrait le réparer.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Gender baseline</source>
        <translation>Situation de départ par sexe</translation>
    </message>
    <message>
        <source>(a) Pooling</source>
        <translation>(a) Mutualisation</translation>
    </message>
    <message>
        <source>(b) Existing services</source>
        <translation>(b) Services existants</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>(c) Financing</source>
        <translation>(c) Financement</translation>
    </message>
    <message>
        <source>(d) Valorisation</source>
        <translation>(d) Valorisation</translation>
    </message>
    <message>
        <source>(e) Evaluation</source>
        <translation>(e) Évaluation</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>(c) Financing grid</source>
        <translation>(c) Grille de financement</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Pooling map</source>
        <translation>Carte de la mutualisation</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Problèmes à régler</translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <source>Funded from (&amp;threshold):</source>
        <translation>Financé à partir de (&amp;seuil)&#xa0;:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation>A&amp;utorité&#xa0;:</translation>
    </message>
    <message>
        <source>Total &amp;capped at:</source>
        <translation>Total &amp;plafonné à&#xa0;:</translation>
    </message>
    <message>
        <source>Gen&amp;der criterion:</source>
        <translation>Critère &amp;d’égalité&#xa0;:</translation>
    </message>
    <message>
        <source>Its m&amp;inimum:</source>
        <translation>Son m&amp;inimum&#xa0;:</translation>
    </message>
    <message>
        <source>Bonus ca&amp;pped at:</source>
        <translation>Bonification pla&amp;fonnée à&#xa0;:</translation>
    </message>
    <message>
        <source>Sc&amp;ore levels:</source>
        <translation>Niveaux de n&amp;otation&#xa0;:</translation>
    </message>
    <message>
        <source>The grid</source>
        <translation>La grille</translation>
    </message>
    <message>
        <source>What a score of %1 means</source>
        <translation>Ce que signifie une note de %1</translation>
    </message>
    <message>
        <source>What each score level means</source>
        <translation>Ce que signifie chaque niveau de notation</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Eligibility gates</source>
        <translation>Conditions d’éligibilité</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>critère</translation>
    </message>
    <message>
        <source>Sub-criterion</source>
        <translation>Sous-critère</translation>
    </message>
    <message>
        <source>Sub-criteria</source>
        <translation>Sous-critères</translation>
    </message>
    <message>
        <source>sub-criterion</source>
        <translation>sous-critère</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonification</translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation>Bonifications</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>bonification</translation>
    </message>
    <message>
        <source>What a score of %1 means for this sub-criterion</source>
        <translation>Ce que signifie une note de %1 pour ce sous-critère</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>What each level means for sub-criterion %1 (blank: as for the whole grid)</source>
        <translation>Ce que signifie chaque niveau pour le sous-critère %1 (vide&#xa0;: comme pour l’ensemble de la grille)</translation>
    </message>
    <message>
        <source>Sub-criteria of criterion %1</source>
        <translation>Sous-critères du critère %1</translation>
    </message>
    <message>
        <source>Type the score levels as whole numbers with commas, such as 0, 1, 3, 5.</source>
        <translation>Saisissez les niveaux de notation en nombres entiers séparés par des virgules, par exemple 0, 1, 3, 5.</translation>
    </message>
    <message>
        <source>Change the score levels</source>
        <translation>Modification des niveaux de notation</translation>
    </message>
    <message>
        <source>Describe a score level</source>
        <translation>Description d’un niveau de notation</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Summary of the design</source>
        <translation>Synthèse du projet</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <source>Legal vehicle</source>
        <translation>Cadre juridique</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation>Ressources mutualisées</translation>
    </message>
    <message>
        <source>Skill exchanges</source>
        <translation>Échanges de compétences</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>Instances de gouvernance</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget prévisionnel</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Financing grid</source>
        <translation>Grille de financement</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Encadrement</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Conseils d’administration</translation>
    </message>
    <message>
        <source>Governance seats</source>
        <translation>Sièges des instances</translation>
    </message>
    <message>
        <source>Women and men in the cluster</source>
        <translation>Femmes et hommes dans le pôle</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>no territory</source>
        <translation>pas de territoire</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>%1, of which %2 sign</source>
        <translation>%1, dont %2 signataires</translation>
    </message>
    <message>
        <source>%1, worth %2</source>
        <translation>%1, d’une valeur de %2</translation>
    </message>
    <message>
        <source>%1 in cash, %2 in kind</source>
        <translation>%1 en numéraire, %2 en nature</translation>
    </message>
    <message>
        <source>none attached</source>
        <translation>aucune associée</translation>
    </message>
    <message>
        <source>funded (%1 points)</source>
        <translation>financé (%1 points)</translation>
    </message>
    <message>
        <source>not funded (%1 points)</source>
        <translation>non financé (%1 points)</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>pas encore évalué</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Ajouter une ligne au tableau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove the selected row of %1</source>
        <translation>Supprimer la ligne sélectionnée du tableau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move the selected row of %1 up</source>
        <translation>Monter la ligne sélectionnée du tableau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move the selected row of %1 down</source>
        <translation>Descendre la ligne sélectionnée du tableau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajout de ligne (%1)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Suppression de ligne (%1)</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacement de ligne (%1)</translation>
    </message>
</context>
<context>
    <name>ValorisationEditor</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Intitulé de l’action</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public visé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Speakers
women</source>
        <translation>Intervenantes
femmes</translation>
    </message>
    <message>
        <source>Speakers
men</source>
        <translation>Intervenants
hommes</translation>
    </message>
    <message>
        <source>Speakers
not stated</source>
        <translation>Intervenants
sexe non précisé</translation>
    </message>
    <message>
        <source>Valorisation actions</source>
        <translation>Actions de valorisation</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action de valorisation</translation>
    </message>
    <message>
        <source>Description of the selected action</source>
        <translation>Descriptif de l’action sélectionnée</translation>
    </message>
    <message>
        <source>What happens, who is invited, what it shows about women and men</source>
        <translation>Ce qui se passe, qui est invité, ce que l’action montre sur les femmes et les hommes</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriptif</translation>
    </message>
    <message>
        <source>The selected action</source>
        <translation>L’action sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descriptif&#xa0;:</translation>
    </message>
    <message>
        <source>Planned speakers, all actions</source>
        <translation>Intervenants prévus, toutes actions confondues</translation>
    </message>
    <message>
        <source>(d) Local valorisation</source>
        <translation>(d) Valorisation locale</translation>
    </message>
    <message>
        <source>Select an action in the table to describe it.</source>
        <translation>Sélectionnez une action dans le tableau pour la décrire.</translation>
    </message>
    <message>
        <source>(an action with no title yet)</source>
        <translation>(action encore sans titre)</translation>
    </message>
    <message>
        <source>Speakers planned in all: %1 · actions: %2</source>
        <translation>Intervenants prévus au total&#xa0;: %1 · actions&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Design…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>The &amp;Example</source>
        <translation>L’&amp;exemple</translation>
    </message>
    <message>
        <source>Shared &amp;Back-Office Cluster</source>
        <translation>Pôle de fonctions &amp;support mutualisées</translation>
    </message>
    <message>
        <source>&amp;Women&apos;s Entrepreneurship Cluster</source>
        <translation>Pôle pour l’entrepreneuriat des &amp;femmes</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Close Design</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Export Agreement…</source>
        <translation>&amp;Exporter la convention…</translation>
    </message>
    <message>
        <source>Export &amp;Design File…</source>
        <translation>Exporter le fichier de &amp;projet…</translation>
    </message>
    <message>
        <source>&amp;Import Design File…</source>
        <translation>&amp;Importer un fichier de projet…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>R&amp;echercher…</translation>
    </message>
    <message>
        <source>&amp;Designs</source>
        <translation>&amp;Projets</translation>
    </message>
    <message>
        <source>&amp;Archived</source>
        <translation>Projets &amp;archivés</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Corbeille</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Mode présentation</translation>
    </message>
    <message>
        <source>Larger text, for a projector</source>
        <translation>Texte agrandi, pour un vidéoprojecteur</translation>
    </message>
    <message>
        <source>&amp;About DESEO Cluster Designer</source>
        <translation>À &amp;propos de DESEO Cluster Designer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nouveau à partir d’un &amp;modèle</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Désarc&amp;hiver</translation>
    </message>
</context>
<context>
    <name>WorkshopsDialog</name>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Steps worked on</source>
        <translation>Étapes traitées</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Workshops held</source>
        <translation>Ateliers tenus</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <source>Attendance, all workshops:</source>
        <translation>Participation, tous ateliers confondus&#xa0;:</translation>
    </message>
    <message>
        <source>The selected workshop</source>
        <translation>L’atelier sélectionné</translation>
    </message>
    <message>
        <source>Worked on %1</source>
        <translation>Étape traitée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Decisions taken:</source>
        <translation>&amp;Décisions prises&#xa0;:</translation>
    </message>
    <message>
        <source>The workshop of %1</source>
        <translation>L’atelier du %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modification de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
</TS>
