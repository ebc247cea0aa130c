<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ActorImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) ready to add.</source>
        <translation><numerusform>%n row ready to add.</numerusform><numerusform>%n rows ready to add.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will be left out.</source>
        <translation><numerusform>%n row with problems will be left out.</numerusform><numerusform>%n rows with problems will be left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %n Organisation(s)</source>
        <translation><numerusform>Add %n Organisation</numerusform><numerusform>Add %n Organisations</numerusform></translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message numerus="yes">
        <source>Added %n signatories.</source>
        <translation><numerusform>Added %n signatories.</numerusform><numerusform>Added %n signatories.</numerusform></translation>
    </message>
</context>
<context>
    <name>BalanceMeter</name>
    <message numerus="yes">
        <source>(%n not stated)</source>
        <translation><numerusform>(%n not stated)</numerusform><numerusform>(%n not stated)</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardPlurals</name>
    <message numerus="yes">
        <source>%n other organisation(s)</source>
        <translation><numerusform>%n other organisation</numerusform><numerusform>%n other organisations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Organisation (people); %n without figures</source>
        <translation><numerusform>Organisation (people); %n without figures</numerusform><numerusform>Organisation (people); %n without figures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Contributor; %n other(s): %1</source>
        <translation><numerusform>Contributor; %n other: %1</numerusform><numerusform>Contributor; %n others: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The %n largest contributor(s), cash and in kind</source>
        <translation><numerusform>The %n largest contributor, cash and in kind</numerusform><numerusform>The %n largest contributors, cash and in kind</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation><numerusform>%1 (%n page)</numerusform><numerusform>%1 (%n pages)</numerusform></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <source>%n design(s)</source>
        <translation><numerusform>%n design</numerusform><numerusform>%n designs</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Delete %n design(s) for good? This cannot be undone, but a backup is taken first.</source>
        <translation><numerusform>Delete %n design for good? This cannot be undone, but a backup is taken first.</numerusform><numerusform>Delete %n designs for good? This cannot be undone, but a backup is taken first.</numerusform></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>Add at least %n more actor(s): an agreement needs three parties.</source>
        <translation><numerusform>Add at least %n more actor: an agreement needs three parties.</numerusform><numerusform>Add at least %n more actors: an agreement needs three parties.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) without a baseline of women and men yet.</source>
        <translation><numerusform>%n actor without a baseline of women and men yet.</numerusform><numerusform>%n actors without a baseline of women and men yet.</numerusform></translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n other organisation(s)</source>
        <translation><numerusform>%n other organisation</numerusform><numerusform>%n other organisations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Organisation (people); %n without figures</source>
        <translation><numerusform>Organisation (people); %n without figures</numerusform><numerusform>Organisation (people); %n without figures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Contributor; %n more give %1</source>
        <translation><numerusform>Contributor; %n more give %1</numerusform><numerusform>Contributor; %n more give %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The %n largest contributors, cash and in kind</source>
        <translation><numerusform>The %n largest contributors, cash and in kind</numerusform><numerusform>The %n largest contributors, cash and in kind</numerusform></translation>
    </message>
</context>
<context>
    <name>PoolingMapPage</name>
    <message numerus="yes">
        <source>%1 (%2) contributes to %n resource(s)</source>
        <translation><numerusform>%1 (%2) contributes to %n resource</numerusform><numerusform>%1 (%2) contributes to %n resources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>it uses %n resource(s).</source>
        <translation><numerusform>it uses %n resource.</numerusform><numerusform>it uses %n resources.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 contributed by %n organisation(s)</source>
        <translation><numerusform>%1 (%2): %3 contributed by %n organisation</numerusform><numerusform>%1 (%2): %3 contributed by %n organisations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>used by %n organisation(s).</source>
        <translation><numerusform>used by %n organisation.</numerusform><numerusform>used by %n organisations.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message numerus="yes">
        <source>%n problem(s) to look at.</source>
        <translation><numerusform>%n problem to look at.</numerusform><numerusform>%n problems to look at.</numerusform></translation>
    </message>
</context>
</TS>