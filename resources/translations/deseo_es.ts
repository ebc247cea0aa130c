<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>DESEO Cluster Designer is free software under the GNU General Public License, version 3 or later.</source>
        <translation>DESEO Cluster Designer es software libre distribuido bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>It is built on:</source>
        <translation>Se basa en:</translation>
    </message>
    <message>
        <source>The interface and the documents use the DejaVu Sans font, shipped with the app under this licence:</source>
        <translation>La interfaz y los documentos utilizan la fuente DejaVu Sans, que se distribuye con la aplicación bajo esta licencia:</translation>
    </message>
    <message>
        <source>About DESEO Cluster Designer</source>
        <translation>Acerca de DESEO Cluster Designer</translation>
    </message>
    <message>
        <source>DESEO Cluster Designer</source>
        <translation>DESEO Cluster Designer</translation>
    </message>
    <message>
        <source>Design local social-economy clusters that give women and men equal access to economic and social life, and draft their local agreements. It carries on the work of the EU project DESEO (REVES network, 2006-2008).</source>
        <translation>Diseñe clústeres locales de economía social que den a mujeres y hombres igualdad de acceso a la vida económica y social, y redacte sus acuerdos locales. Continúa el trabajo del proyecto europeo DESEO (red REVES, 2006-2008).</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>Fuentes DejaVu</translation>
    </message>
</context>
<context>
    <name>ActorImport</name>
    <message>
        <source>No organisation name.</source>
        <translation>Falta el nombre de la entidad.</translation>
    </message>
    <message>
        <source>Already among the actors.</source>
        <translation>Ya figura entre los actores.</translation>
    </message>
    <message>
        <source>Twice in the file.</source>
        <translation>Figura dos veces en el archivo.</translation>
    </message>
    <message>
        <source>Import Actors from a Spreadsheet</source>
        <translation>Importar actores desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.

%1</source>
        <translation>Este archivo no se puede importar; no se ha cambiado nada.

%1</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>No row of headers with an organisation&apos;s name was found in the first 30 lines, or the actors changed meanwhile. Use the template (Save a Template…) for the expected columns.</source>
        <translation>No se ha encontrado en las 30 primeras líneas ninguna fila de encabezados con el nombre de la entidad, o bien los actores han cambiado entretanto. Utilice la plantilla (Guardar una plantilla…) para tener las columnas esperadas.</translation>
    </message>
</context>
<context>
    <name>ActorImportDialog</name>
    <message>
        <source>Import Actors from a Spreadsheet</source>
        <translation>Importar actores desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>What column “%1” holds</source>
        <translation>Qué contiene la columna «%1»</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>The rows and their problems</source>
        <translation>Las filas y sus problemas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Headers found on line %1. Check what each column holds:</source>
        <translation>Encabezados encontrados en la línea %1. Compruebe qué contiene cada columna:</translation>
    </message>
    <message>
        <source>Choose one column for the organisation&apos;s name, and each kind once.</source>
        <translation>Elija una columna para el nombre de la entidad y asigne cada contenido a una sola columna.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to add.</source>
        <translation>
            <numerusform>%n fila lista para añadir.</numerusform>
            <numerusform>%n filas listas para añadir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will be left out.</source>
        <translation>
            <numerusform>%n fila con problemas quedará fuera.</numerusform>
            <numerusform>%n filas con problemas quedarán fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Organisation(s)</source>
        <translation>
            <numerusform>Añadir %n entidad</numerusform>
            <numerusform>Añadir %n entidades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorsEditor</name>
    <message>
        <source>Organisation</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma jurídica</translation>
    </message>
    <message>
        <source>Social economy</source>
        <translation>Economía social</translation>
    </message>
    <message>
        <source>Role in the cluster</source>
        <translation>Función en el clúster</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Women-led</source>
        <translation>Dirigida por mujeres</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>actor</translation>
    </message>
    <message>
        <source>&amp;Import from a Spreadsheet…</source>
        <translation>&amp;Importar desde una hoja de cálculo…</translation>
    </message>
    <message>
        <source>Add organisations from an .xlsx or .csv file, after a preview</source>
        <translation>Añadir entidades desde un archivo .xlsx o .csv, tras una vista previa</translation>
    </message>
    <message>
        <source>Save a &amp;Template…</source>
        <translation>Guardar una &amp;plantilla…</translation>
    </message>
    <message>
        <source>A spreadsheet with the columns the import expects, to fill in</source>
        <translation>Una hoja de cálculo con las columnas que espera la importación, para rellenarla</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Save a Template</source>
        <translation>Guardar una plantilla</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Hojas de cálculo (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>such as 2026-03-01</source>
        <translation>p. ej., 2026-03-01</translation>
    </message>
    <message>
        <source>&amp;Raise the version</source>
        <translation>Subir &amp;la versión</translation>
    </message>
    <message>
        <source>Add 1 to the version number and date it today, as one step.</source>
        <translation>Suma 1 al número de versión y le pone la fecha de hoy, en un solo paso.</translation>
    </message>
    <message>
        <source>da&amp;ted</source>
        <translation>de fec&amp;ha</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>El acuerdo</translation>
    </message>
    <message>
        <source>Duration and signature</source>
        <translation>Duración y firma</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protección de datos personales</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Estad&amp;o:</translation>
    </message>
    <message>
        <source>Version date</source>
        <translation>Fecha de la versión</translation>
    </message>
    <message>
        <source>&amp;Duration (months):</source>
        <translation>Duración (&amp;meses):</translation>
    </message>
    <message>
        <source>&amp;Place of signature:</source>
        <translation>Lugar de la &amp;firma:</translation>
    </message>
    <message>
        <source>&amp;Contact point:</source>
        <translation>Punto de &amp;contacto:</translation>
    </message>
    <message>
        <source>Keep the data for (&amp;years):</source>
        <translation>&amp;Plazo de conservación (años):</translation>
    </message>
    <message>
        <source>The version is the one the parties see on the draft (for example “v2, 1 March 2026”): raise it when you send them a new draft.</source>
        <translation>La versión es la que las partes ven en el borrador (por ejemplo, «v2, 1 de marzo de 2026»): súbala cuando les envíe un nuevo borrador.</translation>
    </message>
    <message>
        <source>Who people can write to about their personal data (GDPR art. 26).</source>
        <translation>A quién pueden dirigirse las personas en relación con sus datos personales (art. 26 del RGPD).</translation>
    </message>
    <message>
        <source>Raise the agreement version to %1</source>
        <translation>Subir la versión del acuerdo a %1</translation>
    </message>
    <message>
        <source>Added to the standard text</source>
        <translation>Se añade al texto estándar</translation>
    </message>
    <message>
        <source>Replaces the standard text</source>
        <translation>Sustituye al texto estándar</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Su texto</translation>
    </message>
    <message>
        <source>Beginning of your text</source>
        <translation>Comienzo de su texto</translation>
    </message>
    <message>
        <source>Articles of the agreement</source>
        <translation>Artículos del acuerdo</translation>
    </message>
    <message>
        <source>article</source>
        <translation>artículo</translation>
    </message>
    <message>
        <source>Your &amp;text:</source>
        <translation>Su te&amp;xto:</translation>
    </message>
    <message>
        <source>Add it after the standard text of the article</source>
        <translation>Añadirlo después del texto estándar del artículo</translation>
    </message>
    <message>
        <source>Use it instead of the standard text</source>
        <translation>Utilizarlo en lugar del texto estándar</translation>
    </message>
    <message>
        <source>How your text is used</source>
        <translation>Uso de su texto</translation>
    </message>
    <message>
        <source>Versi&amp;on:</source>
        <translation>Ve&amp;rsión:</translation>
    </message>
    <message>
        <source>Renew&amp;al:</source>
        <translation>Prórro&amp;ga:</translation>
    </message>
    <message>
        <source>Entry &amp;into force:</source>
        <translation>Entra&amp;da en vigor:</translation>
    </message>
    <message>
        <source>H&amp;ow:</source>
        <translation>Us&amp;o:</translation>
    </message>
    <message>
        <source>Select an article to write its own text.</source>
        <translation>Seleccione un artículo para redactar su propio texto.</translation>
    </message>
    <message>
        <source>Article %1: %2</source>
        <translation>Artículo %1: %2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Commitments of each party</source>
        <translation>Compromisos de las partes</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>firmante</translation>
    </message>
    <message>
        <source>Add every &amp;party</source>
        <translation>Añadir todas las &amp;partes</translation>
    </message>
    <message>
        <source>Add a signatory for each organisation marked as signing that has none yet.</source>
        <translation>Añade un firmante por cada entidad marcada como firmante que todavía no lo tenga.</translation>
    </message>
    <message>
        <source>Every organisation marked as signing on the Actors step needs a row here: who signs for it, in which capacity (such as President), where and when. “Add every party” adds the rows still missing.</source>
        <translation>Cada entidad marcada como firmante en la etapa Actores necesita aquí una fila: quién firma en su nombre, con qué cargo (por ejemplo, Presidencia), dónde y cuándo. «Añadir todas las partes» añade las filas que aún faltan.</translation>
    </message>
    <message>
        <source>Every organisation that signs already has a signatory.</source>
        <translation>Cada entidad que firma tiene ya su firmante.</translation>
    </message>
    <message>
        <source>Add every party as a signatory</source>
        <translation>Añadir todas las partes como firmantes</translation>
    </message>
    <message numerus="yes">
        <source>Added %n signatories.</source>
        <translation>
            <numerusform>Se ha añadido %n firmante.</numerusform>
            <numerusform>Se han añadido %n firmantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the commitments of</source>
        <translation>Mostrar los compromisos de</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Eje</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>The &amp;commitment:</source>
        <translation>El &amp;compromiso:</translation>
    </message>
    <message>
        <source>The selected commitment</source>
        <translation>El compromiso seleccionado</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Todas las partes</translation>
    </message>
</context>
<context>
    <name>BalanceMeter</name>
    <message>
        <source>No figures yet</source>
        <translation>Sin datos todavía</translation>
    </message>
    <message>
        <source>Women %1% · Men %2%</source>
        <translation>Mujeres %1 % · Hombres %2 %</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>equilibrado</translation>
    </message>
    <message>
        <source>too few women (under %1%)</source>
        <translation>muy pocas mujeres (menos del %1 %)</translation>
    </message>
    <message>
        <source>too few men (under %1%)</source>
        <translation>muy pocos hombres (menos del %1 %)</translation>
    </message>
    <message numerus="yes">
        <source>(%n not stated)</source>
        <translation>
            <numerusform>(sexo no consta: %n)</numerusform>
            <numerusform>(sexo no consta: %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BaselineEditor</name>
    <message>
        <source>Workforce</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Puestos directivos</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Junta directiva</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>women</source>
        <translation>mujeres</translation>
    </message>
    <message>
        <source>men</source>
        <translation>hombres</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>sexo no consta</translation>
    </message>
    <message>
        <source>Women and men in each organisation</source>
        <translation>Mujeres y hombres en cada entidad</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>actor</translation>
    </message>
    <message>
        <source>The whole cluster</source>
        <translation>El clúster en su conjunto</translation>
    </message>
    <message>
        <source>The selected organisation</source>
        <translation>La entidad seleccionada</translation>
    </message>
    <message>
        <source>Gender baseline</source>
        <translation>Situación de partida por sexo</translation>
    </message>
    <message>
        <source>Select an organisation in the table.</source>
        <translation>Seleccione una entidad en la tabla.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Indicators from the catalogue</source>
        <translation>Indicadores del catálogo</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Todos los ámbitos</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Code or words of the name</source>
        <translation>Código o palabras del nombre</translation>
    </message>
    <message>
        <source>Find an indicator</source>
        <translation>Buscar un indicador</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>Á&amp;mbito:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Catalogue indicators: tick the ones to add</source>
        <translation>Indicadores del catálogo: marque los que desee añadir</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Default target</source>
        <translation>Meta por defecto</translation>
    </message>
    <message>
        <source>%1 (already in the design)</source>
        <translation>%1 (ya figura en el diseño)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>como mínimo %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>a gap of at most %1</source>
        <translation>una brecha de %1 como máximo</translation>
    </message>
    <message>
        <source>&amp;Add the ticked indicators (%1)</source>
        <translation>&amp;Añadir los indicadores marcados (%1)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Tick the indicators to add. Select one to read what it measures.</source>
        <translation>Marque los indicadores que desee añadir. Seleccione uno para leer qué mide.</translation>
    </message>
    <message>
        <source>Measured: %1. Unit: %2.</source>
        <translation>Medición: %1. Unidad: %2.</translation>
    </message>
    <message>
        <source>Default target: %1.</source>
        <translation>Meta por defecto: %1.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>A chart of the DESEO Cluster Designer</source>
        <translation>Un gráfico de DESEO Cluster Designer</translation>
    </message>
    <message>
        <source>Save chart as image (PNG or SVG)…</source>
        <translation>Guardar el gráfico como imagen (PNG o SVG)…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture or an SVG drawing</source>
        <translation>Guardar este gráfico como imagen PNG o como dibujo SVG</translation>
    </message>
    <message>
        <source>Save %1 as an image</source>
        <translation>Guardar «%1» como imagen</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <source>The chart could not be saved in %1.</source>
        <translation>No se ha podido guardar el gráfico en %1.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Workforce</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Puestos directivos</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Órganos de gobierno</translation>
    </message>
    <message>
        <source>Governance seats</source>
        <translation>Puestos en los órganos del clúster</translation>
    </message>
    <message>
        <source>Workshop attendance</source>
        <translation>Asistencia a los talleres</translation>
    </message>
    <message>
        <source>Planned speakers</source>
        <translation>Ponentes previstos</translation>
    </message>
    <message>
        <source>workforce</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>management</source>
        <translation>puestos directivos</translation>
    </message>
    <message>
        <source>boards</source>
        <translation>órganos de gobierno</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>financiado</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>no financiado</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>sin evaluar todavía</translation>
    </message>
    <message>
        <source>Share of the people whose sex is stated</source>
        <translation>Proporción entre las personas cuyo sexo consta</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Balance: each sex at least %1</source>
        <translation>Equilibrio: cada sexo, como mínimo el %1</translation>
    </message>
    <message>
        <source>%1: no figures yet</source>
        <translation>%1: sin datos todavía</translation>
    </message>
    <message>
        <source>%1: %2 women (%3), %4 men (%5)</source>
        <translation>%1: %2 mujeres (%3), %4 hombres (%5)</translation>
    </message>
    <message>
        <source>, %1 not stated</source>
        <translation>, %1 sin sexo indicado</translation>
    </message>
    <message>
        <source>Women and men in the cluster</source>
        <translation>Mujeres y hombres en el clúster</translation>
    </message>
    <message>
        <source>Group (people)</source>
        <translation>Grupo (personas)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Sex not stated: %1</source>
        <translation>Sexo no consta: %1</translation>
    </message>
    <message>
        <source>Organisation (people)</source>
        <translation>Entidad (personas)</translation>
    </message>
    <message>
        <source>Women and men by organisation: %1</source>
        <translation>Mujeres y hombres por entidad: %1</translation>
    </message>
    <message>
        <source>Value of the contributions (%1)</source>
        <translation>Valor de las aportaciones (%1)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>En dinero</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En especie</translation>
    </message>
    <message>
        <source>%1: %2 in cash, %3 in kind</source>
        <translation>%1: %2 en dinero, %3 en especie</translation>
    </message>
    <message>
        <source>Pooled value by category, cash and in kind</source>
        <translation>Valor mutualizado por categoría, en dinero y en especie</translation>
    </message>
    <message>
        <source>Category (total)</source>
        <translation>Categoría (total)</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Entidad aportante</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonificación</translation>
    </message>
    <message>
        <source>Financing score: %1 of %2, %3</source>
        <translation>Puntuación para la financiación: %1 de %2, %3</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Not earned</source>
        <translation>No obtenidos</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Threshold (%1)</source>
        <translation>Umbral (%1)</translation>
    </message>
    <message>
        <source>Criterion %1 minimum (%2)</source>
        <translation>Mínimo del criterio %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 points</source>
        <translation>%1: %2 de %3 puntos</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Todos los indicadores</translation>
    </message>
    <message>
        <source>Indicators: none assessed yet</source>
        <translation>Indicadores: ninguno evaluado todavía</translation>
    </message>
    <message>
        <source>Indicators: %1 on track</source>
        <translation>Indicadores: %1 en línea</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Domain (indicators)</source>
        <translation>Ámbito (indicadores)</translation>
    </message>
    <message>
        <source>%1: %2 on track, %3 at risk, %4 off track, %5 not measured</source>
        <translation>%1: %2 en línea, %3 en riesgo, %4 desviados, %5 sin medir</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Women in the workforce</source>
        <translation>Mujeres en la plantilla</translation>
    </message>
    <message>
        <source>Women in governance seats</source>
        <translation>Mujeres en los órganos del clúster</translation>
    </message>
    <message>
        <source>Pooled value</source>
        <translation>Valor mutualizado</translation>
    </message>
    <message>
        <source>Financing score</source>
        <translation>Puntuación para la financiación</translation>
    </message>
    <message>
        <source>Indicators on track</source>
        <translation>Indicadores en línea</translation>
    </message>
    <message>
        <source>Women and men in the cluster</source>
        <translation>Mujeres y hombres en el clúster</translation>
    </message>
    <message>
        <source>Women and men by organisation</source>
        <translation>Mujeres y hombres por entidad</translation>
    </message>
    <message>
        <source>Which people</source>
        <translation>Qué personas</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Puestos directivos</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Órganos de gobierno</translation>
    </message>
    <message>
        <source>Order of the organisations</source>
        <translation>Orden de las entidades</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>Las más grandes primero</translation>
    </message>
    <message>
        <source>Fewest women first</source>
        <translation>Menos mujeres primero</translation>
    </message>
    <message>
        <source>Fewest men first</source>
        <translation>Menos hombres primero</translation>
    </message>
    <message>
        <source>Pooled value by category</source>
        <translation>Valor mutualizado por categoría</translation>
    </message>
    <message>
        <source>Pooled value by contributor</source>
        <translation>Valor mutualizado por entidad aportante</translation>
    </message>
    <message>
        <source>Indicator progress</source>
        <translation>Avance de los indicadores</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Cuadro de mando</translation>
    </message>
    <message>
        <source>No figures of women and men yet.</source>
        <translation>Todavía no hay datos de mujeres y hombres.</translation>
    </message>
    <message>
        <source>No pooled contributions yet.</source>
        <translation>Todavía no hay aportaciones mutualizadas.</translation>
    </message>
    <message>
        <source>No financing grid is attached to this design.</source>
        <translation>Este diseño no tiene ninguna tabla de financiación asociada.</translation>
    </message>
    <message>
        <source>No indicators yet.</source>
        <translation>Todavía no hay indicadores.</translation>
    </message>
    <message>
        <source>No organisation has given these figures yet.</source>
        <translation>Ninguna entidad ha facilitado todavía estos datos.</translation>
    </message>
    <message>
        <source>%1 in kind</source>
        <translation>%1 en especie</translation>
    </message>
    <message>
        <source>nothing pooled yet</source>
        <translation>nada mutualizado todavía</translation>
    </message>
    <message>
        <source>no financing grid</source>
        <translation>sin tabla de financiación</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (threshold %2)</source>
        <translation>%1 (umbral: %2)</translation>
    </message>
    <message>
        <source>%1 of %2 assessed; %3 not measured</source>
        <translation>%1 en línea de %2 evaluados; %3 sin medir</translation>
    </message>
    <message>
        <source>no indicators yet</source>
        <translation>todavía no hay indicadores</translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation>sin datos todavía</translation>
    </message>
    <message>
        <source>of %1 people whose sex is stated</source>
        <translation>de %1 personas cuyo sexo consta</translation>
    </message>
</context>
<context>
    <name>DashboardPlurals</name>
    <message numerus="yes">
        <source>%n other organisation(s)</source>
        <translation>
            <numerusform>%n entidad más</numerusform>
            <numerusform>%n entidades más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisation (people); %n without figures</source>
        <translation>
            <numerusform>Entidad (personas); %n sin datos</numerusform>
            <numerusform>Entidad (personas); %n sin datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contributor; %n other(s): %1</source>
        <translation>
            <numerusform>Entidad aportante; %n más: %1</numerusform>
            <numerusform>Entidad aportante; %n más: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n largest contributor(s), cash and in kind</source>
        <translation>
            <numerusform>La entidad que más aporta, en dinero y en especie</numerusform>
            <numerusform>Las %n entidades que más aportan, en dinero y en especie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesignFile</name>
    <message>
        <source>Export Design File</source>
        <translation>Exportar archivo de diseño</translation>
    </message>
    <message>
        <source>Export “%1” with the names and contacts it holds?</source>
        <translation>¿Desea exportar «%1» con los nombres y datos de contacto que contiene?</translation>
    </message>
    <message>
        <source>To hand the design to a colleague, keep them. To share it as a good practice, leave them out: every name, e-mail and phone is replaced by a pseudonym.</source>
        <translation>Para pasar el diseño a un colega, consérvelos. Para compartirlo como buena práctica, exclúyalos: cada nombre, correo electrónico y teléfono se sustituye por un seudónimo.</translation>
    </message>
    <message>
        <source>Keep Personal Data</source>
        <translation>Conservar los datos personales</translation>
    </message>
    <message>
        <source>Leave Personal Data Out</source>
        <translation>Excluir los datos personales</translation>
    </message>
    <message>
        <source>DESEO designs (*.deseo)</source>
        <translation>Diseños de DESEO (*.deseo)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Import Design File</source>
        <translation>Importar archivo de diseño</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.

%1</source>
        <translation>Este archivo no se puede importar; no se ha cambiado nada.

%1</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Se ha importado «%1».</translation>
    </message>
    <message>
        <source>“%1” is already among your designs.</source>
        <translation>«%1» ya figura entre sus diseños.</translation>
    </message>
    <message>
        <source>Yours was last changed %1 (UTC); the file&apos;s copy %2 (UTC).</source>
        <translation>Su versión se modificó por última vez el %1 (UTC); la copia del archivo, el %2 (UTC).</translation>
    </message>
    <message>
        <source>Yours is NEWER than the file: replacing it loses those changes.</source>
        <translation>Su versión es MÁS RECIENTE que la del archivo: si la sustituye, perderá esos cambios.</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>Replace Mine</source>
        <translation>Sustituir el mío</translation>
    </message>
</context>
<context>
    <name>DesignPage</name>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Help for this step</source>
        <translation>Ayuda para esta etapa</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>‹ A&amp;trás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Siguie&amp;nte ›</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>Back to the library (everything is saved)</source>
        <translation>Volver a la biblioteca (todo queda guardado)</translation>
    </message>
    <message>
        <source>&amp;Workshops…</source>
        <translation>Tallere&amp;s…</translation>
    </message>
    <message>
        <source>Log the workshops held on this design</source>
        <translation>Registrar los talleres celebrados sobre este diseño</translation>
    </message>
    <message>
        <source>Fi&amp;nish</source>
        <translation>Fi&amp;nalizar</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Design your first cluster</source>
        <translation>Diseñe su primer clúster</translation>
    </message>
    <message>
        <source>A design gathers the actors of a territory, what they pool, how they govern the cluster, how it is financed and how progress towards equality between women and men is measured. Start a new one, or open the example to see a complete design.</source>
        <translation>Un diseño reúne a los actores de un territorio, lo que mutualizan, cómo gobiernan el clúster, cómo se financia y cómo se mide el avance hacia la igualdad entre mujeres y hombres. Cree uno nuevo o abra el ejemplo para ver un diseño completo.</translation>
    </message>
    <message>
        <source>New design…</source>
        <translation>Nuevo diseño…</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>Abrir el ejemplo</translation>
    </message>
</context>
<context>
    <name>EvaluationEditor</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medición</translation>
    </message>
    <message>
        <source>Baseline
date</source>
        <translation>Fecha de
referencia</translation>
    </message>
    <message>
        <source>Baseline
women</source>
        <translation>Referencia
mujeres</translation>
    </message>
    <message>
        <source>Baseline
men</source>
        <translation>Referencia
hombres</translation>
    </message>
    <message>
        <source>Baseline
one figure</source>
        <translation>Referencia
cifra única</translation>
    </message>
    <message>
        <source>Target
date</source>
        <translation>Fecha de
la meta</translation>
    </message>
    <message>
        <source>Target
women</source>
        <translation>Meta
mujeres</translation>
    </message>
    <message>
        <source>Target
men</source>
        <translation>Meta
hombres</translation>
    </message>
    <message>
        <source>Target
value</source>
        <translation>Meta
valor</translation>
    </message>
    <message>
        <source>Target
high end</source>
        <translation>Meta
límite superior</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Periodicidad</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <source>Add from the &amp;catalogue…</source>
        <translation>Añadir del &amp;catálogo…</translation>
    </message>
    <message>
        <source>Add indicators from the catalogue</source>
        <translation>Añadir indicadores del catálogo</translation>
    </message>
    <message>
        <source>or use Add above for an indicator of your own.</source>
        <translation>o utilice Añadir, más arriba, para un indicador propio.</translation>
    </message>
    <message>
        <source>The selected indicator</source>
        <translation>El indicador seleccionado</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Good direction:</source>
        <translation>Sentido desead&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Target kind:</source>
        <translation>Tipo de &amp;meta:</translation>
    </message>
    <message>
        <source>(e) Evaluation</source>
        <translation>(e) Evaluación</translation>
    </message>
    <message>
        <source>Select an indicator in the table to see which figures it needs.</source>
        <translation>Seleccione un indicador en la tabla para ver qué cifras necesita.</translation>
    </message>
    <message>
        <source>%1 is measured by sex: give the baseline and target for each sex.</source>
        <translation>%1 se mide por sexo: indique el valor de referencia y la meta de cada sexo.</translation>
    </message>
    <message>
        <source>%1 is one figure: give its baseline and target in one figure.</source>
        <translation>%1 es una cifra única: indique su valor de referencia y su meta en una sola cifra.</translation>
    </message>
    <message>
        <source>This indicator</source>
        <translation>Este indicador</translation>
    </message>
    <message>
        <source>The target is a range: give its low and high ends.</source>
        <translation>La meta es un intervalo: indique sus límites inferior y superior.</translation>
    </message>
    <message>
        <source>This kind of target has no number to reach.</source>
        <translation>Este tipo de meta no tiene ninguna cifra que alcanzar.</translation>
    </message>
</context>
<context>
    <name>ExistingServicesEditor</name>
    <message>
        <source>This step is for improving a cluster that already exists. This design is for a new cluster, so the wizard skips it; to record improvements, choose an existing cluster on the Start step.</source>
        <translation>Esta etapa sirve para mejorar un clúster que ya existe. Este diseño es para un clúster nuevo, por lo que el asistente la omite; para registrar mejoras, elija «Clúster existente» en la etapa Inicio.</translation>
    </message>
    <message>
        <source>Existing service or structure</source>
        <translation>Servicio o estructura existente</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Entidad responsable</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Acciones de mejora</translation>
    </message>
    <message>
        <source>improvement action</source>
        <translation>acción de mejora</translation>
    </message>
    <message>
        <source>The &amp;gap found:</source>
        <translation>La &amp;carencia detectada:</translation>
    </message>
    <message>
        <source>The improvement &amp;action:</source>
        <translation>La acción de &amp;mejora:</translation>
    </message>
    <message>
        <source>(b) Existing services</source>
        <translation>(b) Servicios existentes</translation>
    </message>
    <message>
        <source>Select an action in the table to write the gap and the action.</source>
        <translation>Seleccione una acción en la tabla para describir la carencia y la acción.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Selección: %1</translation>
    </message>
    <message>
        <source>(no service named yet)</source>
        <translation>(todavía sin servicio indicado)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The agreement draft of “%1”, made from the design as it is now.</source>
        <translation>El borrador del acuerdo de «%1», generado a partir del diseño en su estado actual.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>acuerdo</translation>
    </message>
    <message>
        <source>%1 (replaces the file already there)</source>
        <translation>%1 (sustituye al archivo existente)</translation>
    </message>
    <message>
        <source>Folder for the agreement</source>
        <translation>Carpeta para el acuerdo</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly (its process ended). Your files were left as they were; try again.</source>
        <translation>La exportación se ha detenido de forma inesperada (su proceso ha terminado). Sus archivos no se han modificado; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The export stopped because of a fault in the app (%1). Your files were left as they were; the details are in the log.</source>
        <translation>La exportación se ha detenido por un fallo de la aplicación (%1). Sus archivos no se han modificado; los detalles figuran en el registro.</translation>
    </message>
    <message>
        <source>The agreement was exported.</source>
        <translation>El acuerdo se ha exportado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n página)</numerusform>
            <numerusform>%1 (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Open the &amp;PDF</source>
        <translation>Abrir el &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Abrir el archivo</translation>
    </message>
    <message>
        <source>Open the &amp;workbook</source>
        <translation>Abrir el &amp;libro</translation>
    </message>
    <message>
        <source>Export agreement</source>
        <translation>Exportar el acuerdo</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>&amp;PDF document, to print and sign</source>
        <translation>Documento &amp;PDF, para imprimir y firmar</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook, to work in</source>
        <translation>Libro de E&amp;xcel, para trabajar en él</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Idioma del documento:</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Nombres:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>&amp;Mostrar en la carpeta</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Demasiado largo: %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Type a whole number, such as 12.</source>
        <translation>Escriba un número entero, por ejemplo 12.</translation>
    </message>
    <message>
        <source>It cannot be negative.</source>
        <translation>No puede ser negativo.</translation>
    </message>
    <message>
        <source>Too large: at most %1.</source>
        <translation>Demasiado grande: %1 como máximo.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @ and a domain, such as name@example.org.</source>
        <translation>Una dirección de correo electrónico necesita una @ y un dominio, por ejemplo nombre@ejemplo.org.</translation>
    </message>
    <message>
        <source>Choose one of the values in the list.</source>
        <translation>Elija uno de los valores de la lista.</translation>
    </message>
    <message>
        <source>Type a date such as 2026-03-01.</source>
        <translation>Escriba una fecha, por ejemplo 2026-03-01.</translation>
    </message>
    <message>
        <source>Type a number, such as 1250.50.</source>
        <translation>Escriba un número, por ejemplo 1250,50.</translation>
    </message>
    <message>
        <source>Women and men together are more than the total (%1).</source>
        <translation>Mujeres y hombres suman más que el total (%1).</translation>
    </message>
    <message>
        <source>This date must come after the one it follows.</source>
        <translation>Esta fecha debe ser posterior a la que la precede.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Este valor no se puede utilizar.</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>It is not a DESEO design file.</source>
        <translation>No es un archivo de diseño de DESEO.</translation>
    </message>
    <message>
        <source>The file is damaged (cut short or corrupt).</source>
        <translation>El archivo está dañado (incompleto o corrupto).</translation>
    </message>
    <message>
        <source>It holds too many files.</source>
        <translation>Contiene demasiados archivos.</translation>
    </message>
    <message>
        <source>It unpacks to more than 50 MB.</source>
        <translation>Una vez descomprimido, ocupa más de 50 MB.</translation>
    </message>
    <message>
        <source>It holds a file with an unsafe name.</source>
        <translation>Contiene un archivo con un nombre no seguro.</translation>
    </message>
    <message>
        <source>Parts of the design file are missing.</source>
        <translation>Faltan partes del archivo de diseño.</translation>
    </message>
    <message>
        <source>It holds files a design never has.</source>
        <translation>Contiene archivos que un diseño nunca tiene.</translation>
    </message>
    <message>
        <source>Its text is not valid UTF-8.</source>
        <translation>Su texto no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>Its contents are malformed.</source>
        <translation>Su contenido está mal formado.</translation>
    </message>
    <message>
        <source>It holds a value that is not a number.</source>
        <translation>Contiene un valor que no es un número.</translation>
    </message>
    <message>
        <source>It holds a number far too long.</source>
        <translation>Contiene un número demasiado largo.</translation>
    </message>
    <message>
        <source>Its contents are nested too deeply.</source>
        <translation>Su contenido tiene demasiados niveles de anidamiento.</translation>
    </message>
    <message>
        <source>It was made by a newer DESEO: install DESEO %1 or later to open it.</source>
        <translation>Se creó con una versión más reciente de DESEO: instale DESEO %1 o posterior para abrirlo.</translation>
    </message>
    <message>
        <source>The file was changed or damaged.</source>
        <translation>El archivo se ha modificado o está dañado.</translation>
    </message>
    <message>
        <source>It does not follow the design file format.</source>
        <translation>No sigue el formato de los archivos de diseño.</translation>
    </message>
    <message>
        <source>The file does not exist or cannot be read.</source>
        <translation>El archivo no existe o no se puede leer.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>El archivo es demasiado grande.</translation>
    </message>
    <message>
        <source>Only .xlsx and .csv files can be read.</source>
        <translation>Solo se pueden leer archivos .xlsx y .csv.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls): save it as .xlsx or .csv first.</source>
        <translation>Es un archivo antiguo de Excel (.xls): guárdelo antes como .xlsx o .csv.</translation>
    </message>
    <message>
        <source>The workbook contains macros: save it as a plain .xlsx first.</source>
        <translation>El libro contiene macros: guárdelo antes como un .xlsx normal.</translation>
    </message>
    <message>
        <source>The file is not an .xlsx workbook.</source>
        <translation>El archivo no es un libro .xlsx.</translation>
    </message>
    <message>
        <source>The workbook is damaged.</source>
        <translation>El libro está dañado.</translation>
    </message>
    <message>
        <source>The workbook has too many parts.</source>
        <translation>El libro tiene demasiadas partes.</translation>
    </message>
    <message>
        <source>The workbook unpacks too large.</source>
        <translation>Una vez descomprimido, el libro ocupa demasiado.</translation>
    </message>
    <message>
        <source>The workbook holds refused XML declarations.</source>
        <translation>El libro contiene declaraciones XML no admitidas.</translation>
    </message>
    <message>
        <source>The workbook holds a far too long text.</source>
        <translation>El libro contiene un texto demasiado largo.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>El libro no tiene ninguna hoja de cálculo.</translation>
    </message>
    <message>
        <source>The sheet has too many rows.</source>
        <translation>La hoja tiene demasiadas filas.</translation>
    </message>
    <message>
        <source>The sheet has too many columns.</source>
        <translation>La hoja tiene demasiadas columnas.</translation>
    </message>
    <message>
        <source>A cell holds far too long a text.</source>
        <translation>Una celda contiene un texto demasiado largo.</translation>
    </message>
    <message>
        <source>The file is not a text (CSV) file.</source>
        <translation>El archivo no es un archivo de texto (CSV).</translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor Windows-1252: save it as UTF-8.</source>
        <translation>El texto no está en UTF-8 ni en Windows-1252: guárdelo en UTF-8.</translation>
    </message>
    <message>
        <source>The CSV file cannot be read.</source>
        <translation>No se puede leer el archivo CSV.</translation>
    </message>
    <message>
        <source>Its contents cannot be used as a design.</source>
        <translation>Su contenido no se puede utilizar como diseño.</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read.</source>
        <translation>No se puede leer la hoja de cálculo.</translation>
    </message>
    <message>
        <source>There is a folder called %1 where the file should go. Choose another folder.</source>
        <translation>Hay una carpeta llamada %1 donde debería ir el archivo. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk for %1. Free some space or choose another folder; the file that was there is unchanged.</source>
        <translation>No hay espacio suficiente en el disco para %1. Libere espacio o elija otra carpeta; el archivo que ya había no ha cambiado.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is read-only. Choose another folder.</source>
        <translation>No se puede escribir %1: el disco es de solo lectura. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 cannot be written here: you do not have permission, or the file or folder is read-only. Choose another folder; the file that was there is unchanged.</source>
        <translation>No se puede escribir %1 aquí: no tiene permiso, o el archivo o la carpeta son de solo lectura. Elija otra carpeta; el archivo que ya había no ha cambiado.</translation>
    </message>
    <message>
        <source>%1 could not be replaced: it may be open in another program, or read-only. Close it and try again; the file that was there is unchanged.</source>
        <translation>No se ha podido sustituir %1: puede que esté abierto en otro programa o que sea de solo lectura. Ciérrelo y vuelva a intentarlo; el archivo que ya había no ha cambiado.</translation>
    </message>
    <message>
        <source>%1 is open in another program. Close it and try again; the file that was there is unchanged.</source>
        <translation>%1 está abierto en otro programa. Ciérrelo y vuelva a intentarlo; el archivo que ya había no ha cambiado.</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist. Choose another folder.</source>
        <translation>La carpeta para %1 no existe. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The name %1 is too long for this disk.</source>
        <translation>El nombre %1 es demasiado largo para este disco.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>FinancingEditor</name>
    <message>
        <source>Funder</source>
        <translation>Entidad financiadora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Also an actor of the cluster</source>
        <translation>También es actor del clúster</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Entidades financiadoras</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>entidad financiadora</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Partida presupuestaria</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Cash or in kind</source>
        <translation>En dinero o en especie</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Partidas presupuestarias</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>partida presupuestaria</translation>
    </message>
    <message>
        <source>Add a &amp;coordination line</source>
        <translation>Añadir una partida de &amp;coordinación</translation>
    </message>
    <message>
        <source>Add a coordination line at the top of the budget</source>
        <translation>Añadir una partida de coordinación al principio del presupuesto</translation>
    </message>
    <message>
        <source>Budget totals</source>
        <translation>Totales del presupuesto</translation>
    </message>
    <message>
        <source>(c) Local financing</source>
        <translation>(c) Financiación local</translation>
    </message>
    <message>
        <source>Add a coordination line</source>
        <translation>Añadir una partida de coordinación</translation>
    </message>
    <message>
        <source>No budget line for coordination yet. DESEO budgets put the coordination of the cluster first: someone has to run the partnership.</source>
        <translation>Todavía no hay ninguna partida presupuestaria de coordinación. Los presupuestos DESEO sitúan en primer lugar la coordinación del clúster: alguien tiene que hacer funcionar la alianza.</translation>
    </message>
    <message>
        <source>Coordination comes first in a DESEO budget: move its line to the top.</source>
        <translation>La coordinación va en primer lugar en un presupuesto DESEO: mueva su partida al principio.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>En dinero</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En especie</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No year</source>
        <translation>Sin año</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>The whole budget is %1, of which %2% in kind.</source>
        <translation>El presupuesto total es de %1, del que un %2 % es en especie.</translation>
    </message>
    <message>
        <source>No amounts yet.</source>
        <translation>Todavía no hay importes.</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>GovernanceEditor</name>
    <message>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Meetings a year</source>
        <translation>Reuniones al año</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>Órganos de gobernanza</translation>
    </message>
    <message>
        <source>body</source>
        <translation>órgano</translation>
    </message>
    <message>
        <source>How &amp;decisions are taken:</source>
        <translation>Cómo se toman las &amp;decisiones:</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quórum:</translation>
    </message>
    <message>
        <source>Seat holder</source>
        <translation>Titular del puesto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>seat</source>
        <translation>puesto</translation>
    </message>
    <message>
        <source>Balance of this body:</source>
        <translation>Equilibrio de este órgano:</translation>
    </message>
    <message>
        <source>All bodies together:</source>
        <translation>Todos los órganos en conjunto:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Dirigido por</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Funcionamiento</translation>
    </message>
    <message>
        <source>Common management systems</source>
        <translation>Sistemas de gestión comunes</translation>
    </message>
    <message>
        <source>management system</source>
        <translation>sistema de gestión</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <source>Select a body in the table to see its seats and rules.</source>
        <translation>Seleccione un órgano en la tabla para ver sus puestos y sus normas.</translation>
    </message>
    <message>
        <source>Selected body: %1</source>
        <translation>Órgano seleccionado: %1</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
</context>
<context>
    <name>GridNotes</name>
    <message>
        <source>The grid has no criteria yet: nothing can earn points.</source>
        <translation>La tabla todavía no tiene criterios: no se puede obtener ningún punto.</translation>
    </message>
    <message>
        <source>Criterion %1: its sub-criteria add up to %2, not its maximum of %3.</source>
        <translation>Criterio %1: sus subcriterios suman %2, no su máximo de %3.</translation>
    </message>
    <message>
        <source>The criteria add up to %1 points, while the total is capped at %2.</source>
        <translation>Los criterios suman %1 puntos, pero el total tiene un tope de %2.</translation>
    </message>
    <message>
        <source>No criterion has the code %1 that the gender-equality minimum names.</source>
        <translation>Ningún criterio tiene el código %1, al que se refiere el mínimo en igualdad de género.</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <source>Keep this grid to use it in other designs</source>
        <translation>Conservar esta tabla para utilizarla en otros diseños</translation>
    </message>
    <message>
        <source>&amp;Replace with a library grid…</source>
        <translation>Sustitu&amp;ir por una tabla de la biblioteca…</translation>
    </message>
    <message>
        <source>Save to the librar&amp;y…</source>
        <translation>Guardar en &amp;la biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>&amp;Puntuación</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Configuración de la tabla</translation>
    </message>
    <message>
        <source>No financing grid yet</source>
        <translation>Todavía no hay tabla de financiación</translation>
    </message>
    <message>
        <source>A local authority scores a cluster&apos;s project with a grid: eligibility gates, weighted criteria, a bonus, a threshold and a minimum for gender equality. Start from the default grid and adapt it, or copy a grid from the library.</source>
        <translation>Una entidad local puntúa el proyecto de un clúster con una tabla: requisitos de admisibilidad, criterios ponderados, una bonificación, un umbral y un mínimo en igualdad de género. Parta de la tabla por defecto y adáptela, o copie una tabla de la biblioteca.</translation>
    </message>
    <message>
        <source>Start from the &amp;default grid</source>
        <translation>Partir de la tabla por &amp;defecto</translation>
    </message>
    <message>
        <source>&amp;Copy a grid from the library…</source>
        <translation>&amp;Copiar una tabla de la biblioteca…</translation>
    </message>
    <message>
        <source>(c) Financing grid</source>
        <translation>(c) Tabla de financiación</translation>
    </message>
    <message>
        <source>Financing grid</source>
        <translation>Tabla de financiación</translation>
    </message>
    <message>
        <source>The library has no grids yet: save one from a design.</source>
        <translation>La biblioteca todavía no tiene tablas: guarde una desde un diseño.</translation>
    </message>
    <message>
        <source>Start from the default grid</source>
        <translation>Partir de la tabla por defecto</translation>
    </message>
    <message>
        <source>Replace the grid</source>
        <translation>Sustituir la tabla</translation>
    </message>
    <message>
        <source>Replace this design&apos;s grid with the one from the library? Its assessors and their scores go with it. Undo brings them back.</source>
        <translation>¿Desea sustituir la tabla de este diseño por la de la biblioteca? Sus personas evaluadoras y sus puntuaciones desaparecen con ella. Deshacer las recupera.</translation>
    </message>
    <message>
        <source>The grid was replaced. Undo brings the old one back.</source>
        <translation>Se ha sustituido la tabla. Deshacer recupera la anterior.</translation>
    </message>
    <message>
        <source>Save to the library</source>
        <translation>Guardar en la biblioteca</translation>
    </message>
    <message>
        <source>Name of the grid in the library:</source>
        <translation>Nombre de la tabla en la biblioteca:</translation>
    </message>
    <message>
        <source>Saved to the library as “%1”: other designs can now copy it.</source>
        <translation>Guardada en la biblioteca como «%1»: ahora otros diseños pueden copiarla.</translation>
    </message>
</context>
<context>
    <name>GridResults</name>
    <message>
        <source>Funded</source>
        <translation>Financiado</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>No financiado</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Sin evaluar todavía</translation>
    </message>
    <message>
        <source>Gate %1 is not met: %2 answered no to “%3”</source>
        <translation>No se cumple el requisito %1: respuesta «no» a «%3» (%2)</translation>
    </message>
    <message>
        <source>an assessor</source>
        <translation>una persona evaluadora</translation>
    </message>
    <message>
        <source>Gate %1 has no answer yet: every gate needs one (%2).</source>
        <translation>El requisito %1 todavía no tiene respuesta: cada requisito necesita una (%2).</translation>
    </message>
    <message>
        <source>No assessor yet: add one to score the project.</source>
        <translation>Todavía no hay ninguna persona evaluadora: añada una para puntuar el proyecto.</translation>
    </message>
    <message>
        <source>Sub-criterion %1 (%2) has no score yet; it counts as 0.</source>
        <translation>El subcriterio %1 (%2) todavía no tiene puntuación; cuenta como 0.</translation>
    </message>
    <message>
        <source>The total, %1, is %2 short of the threshold of %3.</source>
        <translation>El total, %1, se queda a %2 del umbral de %3.</translation>
    </message>
    <message>
        <source>Criterion %1 has %2 points, %3 short of its minimum of %4.</source>
        <translation>El criterio %1 tiene %2 puntos, %3 por debajo de su mínimo de %4.</translation>
    </message>
    <message>
        <source>Every eligibility gate is met.</source>
        <translation>Se cumplen todos los requisitos de admisibilidad.</translation>
    </message>
    <message>
        <source>The total, %1, reaches the threshold of %2.</source>
        <translation>El total, %1, alcanza el umbral de %2.</translation>
    </message>
    <message>
        <source>Criterion %1 has %2 points, at least its minimum of %3.</source>
        <translation>El criterio %1 tiene %2 puntos y alcanza su mínimo de %3.</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Chart of the selected indicator</source>
        <translation>Gráfico del indicador seleccionado</translation>
    </message>
    <message>
        <source>Select an indicator to see its chart</source>
        <translation>Seleccione un indicador para ver su gráfico</translation>
    </message>
    <message>
        <source>No measurement to draw yet</source>
        <translation>Todavía no hay mediciones que representar</translation>
    </message>
    <message>
        <source>Target range</source>
        <translation>Intervalo de la meta</translation>
    </message>
    <message>
        <source>Target (at least)</source>
        <translation>Meta (como mínimo)</translation>
    </message>
    <message>
        <source>Target (at most)</source>
        <translation>Meta (como máximo)</translation>
    </message>
    <message>
        <source>Expected path</source>
        <translation>Trayectoria esperada</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Valor medido</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Gap between women and men</source>
        <translation>Brecha entre mujeres y hombres</translation>
    </message>
    <message>
        <source>Women and men</source>
        <translation>Mujeres y hombres</translation>
    </message>
    <message>
        <source>Ratio of women to men</source>
        <translation>Ratio entre mujeres y hombres</translation>
    </message>
    <message>
        <source>Women&apos;s share (%)</source>
        <translation>Proporción de mujeres (%)</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>The number to reach: the bound of an &apos;at least&apos; or &apos;at most&apos; target, the largest gap of a &apos;gap at most&apos; target, the low end of a range.</source>
        <translation>La cifra que se debe alcanzar: el límite de una meta «Como mínimo» o «Como máximo», la brecha máxima de una meta «Brecha como máximo», el límite inferior de un intervalo.</translation>
    </message>
    <message>
        <source>The code in the catalogue; empty for an indicator of your own.</source>
        <translation>El código en el catálogo; vacío para un indicador propio.</translation>
    </message>
    <message>
        <source>Not used: this indicator is one figure, in the single-value column.</source>
        <translation>No se utiliza: este indicador es una cifra única, en la columna de cifra única.</translation>
    </message>
    <message>
        <source>Not used: this indicator is by sex, in the women and men columns.</source>
        <translation>No se utiliza: este indicador es por sexo, en las columnas de mujeres y hombres.</translation>
    </message>
    <message>
        <source>Not used: only a range target has an upper end.</source>
        <translation>No se utiliza: solo una meta de tipo intervalo tiene límite superior.</translation>
    </message>
    <message>
        <source>Not used: this target is a trend or none, with no number.</source>
        <translation>No se utiliza: el tipo de meta es «Tendencia» o «Ninguna», sin cifra.</translation>
    </message>
    <message>
        <source>The target date (%1) cannot be before the baseline date (%2).</source>
        <translation>La fecha de la meta (%1) no puede ser anterior a la fecha de referencia (%2).</translation>
    </message>
</context>
<context>
    <name>LibraryGridsDialog</name>
    <message>
        <source>Grids in the library</source>
        <translation>Tablas de la biblioteca</translation>
    </message>
    <message>
        <source>Grids saved from a design, ready to copy into another. The copy replaces this design&apos;s grid; changing it later does not change the grid in the library.</source>
        <translation>Tablas guardadas desde un diseño, listas para copiarlas en otro. La copia sustituye a la tabla de este diseño; si después la modifica, la tabla de la biblioteca no cambia.</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Gates, criteria, bonuses</source>
        <translation>Requisitos, criterios, bonificaciones</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>The library has no grids yet: save one from a design.</source>
        <translation>La biblioteca todavía no tiene tablas: guarde una desde un diseño.</translation>
    </message>
    <message>
        <source>&amp;Use this grid</source>
        <translation>&amp;Utilizar esta tabla</translation>
    </message>
    <message>
        <source>&amp;Delete from the library</source>
        <translation>&amp;Eliminar de la biblioteca</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Delete from the library</source>
        <translation>Eliminar de la biblioteca</translation>
    </message>
    <message>
        <source>Delete “%1” from the library? Designs that use a copy of it keep their copy.</source>
        <translation>¿Desea eliminar «%1» de la biblioteca? Los diseños que usan una copia de ella conservan su copia.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Search titles, territories and actors</source>
        <translation>Buscar en títulos, territorios y actores</translation>
    </message>
    <message>
        <source>Search designs</source>
        <translation>Buscar diseños</translation>
    </message>
    <message>
        <source>Which designs</source>
        <translation>Qué diseños</translation>
    </message>
    <message>
        <source>Designs</source>
        <translation>Diseños</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivados</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>New design…</source>
        <translation>Nuevo diseño…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>Eliminar definitivamente…</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vaciar la papelera…</translation>
    </message>
    <message>
        <source>Opening the designs…</source>
        <translation>Abriendo los diseños…</translation>
    </message>
    <message>
        <source>No design matches the search and filters.</source>
        <translation>Ningún diseño coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>No archived designs.</source>
        <translation>No hay diseños archivados.</translation>
    </message>
    <message>
        <source>No designs.</source>
        <translation>No hay diseños.</translation>
    </message>
    <message numerus="yes">
        <source>%n design(s)</source>
        <translation>
            <numerusform>%n diseño</numerusform>
            <numerusform>%n diseños</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 designs</source>
        <translation>%1 de %2 diseños</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your designs are in a folder that seems to be synchronised or on a network drive. Keep them on this computer&apos;s own disk (see Preferences).</source>
        <translation>Sus diseños están en una carpeta que parece sincronizada o en una unidad de red. Guárdelos en el disco propio de este equipo (véase Preferencias).</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Backup taken.</source>
        <translation>Copia de seguridad realizada.</translation>
    </message>
    <message>
        <source>The territory is too long: at most %1 characters.</source>
        <translation>El territorio es demasiado largo: %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The title is too long: at most %1 characters.</source>
        <translation>El título es demasiado largo: %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>This change could not be saved; the design is as it was before it.</source>
        <translation>No se ha podido guardar este cambio; el diseño sigue como estaba antes.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Rename design</source>
        <translation>Cambiar el nombre del diseño</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Nuevo título:</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Cambiar el nombre de «%1»</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Duplicar «%1»</translation>
    </message>
    <message>
        <source>Unarchive “%1”</source>
        <translation>Desarchivar «%1»</translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation>Archivar «%1»</translation>
    </message>
    <message>
        <source>Move “%1” to the trash</source>
        <translation>Mover «%1» a la papelera</translation>
    </message>
    <message>
        <source>“%1” was moved to the trash. Edit → Undo brings it back.</source>
        <translation>«%1» se ha movido a la papelera. Editar → Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>Restaurar «%1»</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n design(s) for good? This cannot be undone, but a backup is taken first.</source>
        <translation>
            <numerusform>¿Desea eliminar definitivamente %n diseño? No se puede deshacer, pero antes se hace una copia de seguridad.</numerusform>
            <numerusform>¿Desea eliminar definitivamente %n diseños? No se puede deshacer, pero antes se hace una copia de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Se ha restaurado la copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>contributes (width: value)</source>
        <translation>aporta (grosor: valor)</translation>
    </message>
    <message>
        <source>contributes</source>
        <translation>aporta</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>utiliza</translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation>Recursos mutualizados</translation>
    </message>
    <message>
        <source>small value</source>
        <translation>valor pequeño</translation>
    </message>
    <message>
        <source>area: value contributed</source>
        <translation>superficie: valor aportado</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Pooled resources (%1)</source>
        <translation>Recursos mutualizados (%1)</translation>
    </message>
    <message>
        <source>%1, continued</source>
        <translation>%1 (continuación)</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>Fewer than %1 women or %1 men are behind this figure, so it is not shown (the design&apos;s suppression minimum). Type a new figure to replace it.</source>
        <translation>Esta cifra se basa en menos de %1 mujeres o %1 hombres, por lo que no se muestra (mínimo de supresión del diseño). Escriba una nueva cifra para sustituirla.</translation>
    </message>
    <message>
        <source>%1 measured, %2 expected on that day.</source>
        <translation>%1 medido; %2 esperado en esa fecha.</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Number of
women</source>
        <translation>Número de
mujeres</translation>
    </message>
    <message>
        <source>Number of
men</source>
        <translation>Número de
hombres</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>medición</translation>
    </message>
    <message>
        <source>Select an indicator above to see and add its measurements.</source>
        <translation>Seleccione un indicador más arriba para ver y añadir sus mediciones.</translation>
    </message>
    <message>
        <source>Select an indicator to see its chart</source>
        <translation>Seleccione un indicador para ver su gráfico</translation>
    </message>
    <message>
        <source>Measurements of %1</source>
        <translation>Mediciones de %1</translation>
    </message>
    <message>
        <source>Measurements of the selected indicator</source>
        <translation>Mediciones del indicador seleccionado</translation>
    </message>
    <message>
        <source>The selected indicator</source>
        <translation>El indicador seleccionado</translation>
    </message>
    <message>
        <source>One figure that counts organisations, measures or money: it is never suppressed.</source>
        <translation>Una cifra única que cuenta entidades, medidas o dinero: nunca se suprime.</translation>
    </message>
    <message>
        <source>Give the women&apos;s and the men&apos;s figures and how many women and men are behind them; figures from fewer than %1 women or %1 men are shown as suppressed.</source>
        <translation>Indique las cifras de mujeres y de hombres y en cuántas mujeres y hombres se basan; las cifras basadas en menos de %1 mujeres o %1 hombres se muestran como suprimidas.</translation>
    </message>
    <message>
        <source>One figure worked out from both sexes: give it and how many women and men are behind it; from fewer than %1 women or %1 men it is shown as suppressed.</source>
        <translation>Una cifra única calculada a partir de ambos sexos: indíquela junto con el número de mujeres y hombres en que se basa; si se basa en menos de %1 mujeres o %1 hombres, se muestra como suprimida.</translation>
    </message>
    <message>
        <source>Latest measurement, %1. %2: %3 measured, %4 expected on that day. %5</source>
        <translation>Última medición, %1. %2: %3 medido; %4 esperado en esa fecha. %5</translation>
    </message>
    <message>
        <source>The target is a trend or has no number yet, so progress is not assessed.</source>
        <translation>La meta es una tendencia o todavía no tiene cifra, por lo que no se evalúa el avance.</translation>
    </message>
    <message>
        <source>No dated measurement yet: add one with Add above.</source>
        <translation>Todavía no hay ninguna medición con fecha: añada una con Añadir, más arriba.</translation>
    </message>
    <message>
        <source>The latest figure, %1, is suppressed: fewer than %2 women or %2 men are behind it, so its progress is not shown.</source>
        <translation>La última cifra (%1) está suprimida: se basa en menos de %2 mujeres o %2 hombres, por lo que no se muestra su avance.</translation>
    </message>
    <message>
        <source>The latest measurement, %1, has no figure yet.</source>
        <translation>La última medición (%1) todavía no tiene cifra.</translation>
    </message>
    <message>
        <source>Target: from %1 to %2</source>
        <translation>Meta: de %1 a %2</translation>
    </message>
    <message>
        <source>Target: at least %1</source>
        <translation>Meta: como mínimo %1</translation>
    </message>
    <message>
        <source>Target: at most %1</source>
        <translation>Meta: como máximo %1</translation>
    </message>
    <message>
        <source>%1 by %2.</source>
        <translation>%1, a más tardar el %2.</translation>
    </message>
</context>
<context>
    <name>NewDesignDialog</name>
    <message>
        <source>Blank design</source>
        <translation>Diseño en blanco</translation>
    </message>
    <message>
        <source>An empty design: you fill in every step yourself.</source>
        <translation>Un diseño vacío: usted rellena cada etapa.</translation>
    </message>
    <message>
        <source>The example: care services in a province</source>
        <translation>El ejemplo: servicios de cuidados en una provincia</translation>
    </message>
    <message>
        <source>A complete, fictional design with every area filled in: the quickest way to see what a finished design looks like.</source>
        <translation>Un diseño completo y ficticio con todas las áreas rellenadas: la forma más rápida de ver cómo es un diseño terminado.</translation>
    </message>
    <message>
        <source>Shared back-office cluster</source>
        <translation>Clúster de servicios administrativos compartidos</translation>
    </message>
    <message>
        <source>Social-economy enterprises pool accounts, payroll, ICT and purchasing, and use the time saved for work-life balance and women&apos;s careers.</source>
        <translation>Empresas de economía social mutualizan la contabilidad, las nóminas, las TIC y las compras, y dedican el tiempo ahorrado a la conciliación y a la carrera profesional de las mujeres.</translation>
    </message>
    <message>
        <source>Women&apos;s entrepreneurship cluster</source>
        <translation>Clúster de emprendimiento de mujeres</translation>
    </message>
    <message>
        <source>Co-operatives, a women&apos;s-rights centre and the local authority support women who start or grow social enterprises: mentoring, premises, childcare and access to public procurement.</source>
        <translation>Cooperativas, un centro de derechos de las mujeres y la entidad local apoyan a las mujeres que crean o hacen crecer empresas sociales: mentoría, locales, cuidado infantil y acceso a la contratación pública.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>For example: Care Together, Valdoria</source>
        <translation>Por ejemplo: Cuidar en Común, Valdoria</translation>
    </message>
    <message>
        <source>Leave empty to keep the template&apos;s title</source>
        <translation>Déjelo vacío para conservar el título de la plantilla</translation>
    </message>
    <message>
        <source>Give the design a title.</source>
        <translation>Dé un título al diseño.</translation>
    </message>
    <message>
        <source>New design</source>
        <translation>Nuevo diseño</translation>
    </message>
    <message>
        <source>Start from a blank design or from a complete starting point you can adapt. Everything can be changed later.</source>
        <translation>Parta de un diseño en blanco o de un punto de partida completo que pueda adaptar. Todo se puede cambiar más adelante.</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
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
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Clúster:</translation>
    </message>
    <message>
        <source>&amp;New cluster</source>
        <translation>&amp;Nuevo clúster</translation>
    </message>
    <message>
        <source>&amp;Improve an existing cluster</source>
        <translation>&amp;Mejorar un clúster existente</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>M&amp;oneda:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Agreement &amp;language:</source>
        <translation>&amp;Idioma del acuerdo:</translation>
    </message>
    <message>
        <source>Agreement language</source>
        <translation>Idioma del acuerdo</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation>Recursos mutualizados</translation>
    </message>
    <message>
        <source>Skill exchanges</source>
        <translation>Intercambios de competencias</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>Órganos de gobernanza</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Partidas presupuestarias</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>← Library</source>
        <translation>← Biblioteca</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Todavía falta</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Agreement: %1, version %2 · Last change: %3</source>
        <translation>Acuerdo: %1, versión %2 · Último cambio: %3</translation>
    </message>
    <message>
        <source>Nothing: every part of the design has content.</source>
        <translation>Nada: todas las partes del diseño tienen contenido.</translation>
    </message>
</context>
<context>
    <name>PoolingEditor</name>
    <message>
        <source>Resource or service</source>
        <translation>Recurso o servicio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Pooled resources and services</source>
        <translation>Recursos y servicios mutualizados</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>recurso</translation>
    </message>
    <message>
        <source>Wh&amp;at it is:</source>
        <translation>&amp;Qué es:</translation>
    </message>
    <message>
        <source>How it helps women and men take part e&amp;qually:</source>
        <translation>Cómo ayuda a que mujeres y hombres participen por &amp;igual:</translation>
    </message>
    <message>
        <source>Who may &amp;use it, and how:</source>
        <translation>Quién puede uti&amp;lizarlo y cómo:</translation>
    </message>
    <message>
        <source>How the c&amp;osts are shared:</source>
        <translation>Cómo se re&amp;parten los costes:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Cash or in kind</source>
        <translation>En dinero o en especie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>What exactly</source>
        <translation>Qué exactamente</translation>
    </message>
    <message>
        <source>Who contributes</source>
        <translation>Quién aporta</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>aportación</translation>
    </message>
    <message>
        <source>Women using it</source>
        <translation>Mujeres usuarias</translation>
    </message>
    <message>
        <source>Men using it</source>
        <translation>Hombres usuarios</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Who uses it</source>
        <translation>Quién lo utiliza</translation>
    </message>
    <message>
        <source>use</source>
        <translation>uso</translation>
    </message>
    <message>
        <source>Offered by</source>
        <translation>Entidad que ofrece</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Entidad receptora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Women
taking part</source>
        <translation>Mujeres
participantes</translation>
    </message>
    <message>
        <source>Men
taking part</source>
        <translation>Hombres
participantes</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Exchanges of skills and knowledge</source>
        <translation>Intercambios de competencias y conocimientos</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>intercambio</translation>
    </message>
    <message>
        <source>(a) Pooling</source>
        <translation>(a) Mutualización</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <source>Selected resource: %1</source>
        <translation>Recurso seleccionado: %1</translation>
    </message>
    <message>
        <source>Select a resource in the table to see who gives and who uses it.</source>
        <translation>Seleccione un recurso en la tabla para ver quién lo aporta y quién lo utiliza.</translation>
    </message>
    <message>
        <source>Total contributed: %1 (%2 in cash, %3 in kind)</source>
        <translation>Total aportado: %1 (%2 en dinero, %3 en especie)</translation>
    </message>
</context>
<context>
    <name>PoolingMapPage</name>
    <message>
        <source>Find an organisation or resource</source>
        <translation>Buscar una entidad o un recurso</translation>
    </message>
    <message>
        <source>Find on the map</source>
        <translation>Buscar en el mapa</translation>
    </message>
    <message>
        <source>Pooling map</source>
        <translation>Mapa de mutualización</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>&amp;Save image…</source>
        <translation>&amp;Guardar imagen…</translation>
    </message>
    <message>
        <source>Save the whole map as a PNG or SVG picture</source>
        <translation>Guardar el mapa completo como imagen PNG o SVG</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Abri&amp;r</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Bus&amp;car:</translation>
    </message>
    <message>
        <source>Nothing on the map is called “%1”.</source>
        <translation>No hay nada en el mapa que se llame «%1».</translation>
    </message>
    <message>
        <source>&amp;Open in %1</source>
        <translation>Abri&amp;r en %1</translation>
    </message>
    <message>
        <source>Nothing to map yet: add organisations in Actors and pooled resources in (a) Pooling.</source>
        <translation>Todavía no hay nada que representar: añada entidades en Actores y recursos mutualizados en (a) Mutualización.</translation>
    </message>
    <message>
        <source>Click an organisation or a resource (or go to it with the arrow keys) to see its links; double-click it or press Enter to open it. Drag to move around; the wheel or Ctrl+plus and Ctrl+minus zoom.</source>
        <translation>Haga clic en una entidad o un recurso (o llegue a él con las teclas de flecha) para ver sus vínculos; haga doble clic o pulse Intro para abrirlo. Arrastre para desplazarse; la rueda del ratón o Ctrl+más y Ctrl+menos acercan y alejan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) contributes to %n resource(s)</source>
        <translation>
            <numerusform>%1 (%2) aporta a %n recurso</numerusform>
            <numerusform>%1 (%2) aporta a %n recursos</numerusform>
        </translation>
    </message>
    <message>
        <source>worth %1 in all</source>
        <translation>por un valor total de %1</translation>
    </message>
    <message numerus="yes">
        <source>it uses %n resource(s).</source>
        <translation>
            <numerusform>utiliza %n recurso.</numerusform>
            <numerusform>utiliza %n recursos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 contributed by %n organisation(s)</source>
        <translation>
            <numerusform>%1 (%2): %3 aportados por %n entidad</numerusform>
            <numerusform>%1 (%2): %3 aportados por %n entidades</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 in cash, %2 in kind)</source>
        <translation>(%1 en dinero, %2 en especie)</translation>
    </message>
    <message numerus="yes">
        <source>used by %n organisation(s).</source>
        <translation>
            <numerusform>utilizado por %n entidad.</numerusform>
            <numerusform>utilizado por %n entidades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pooling map: %1</source>
        <translation>Mapa de mutualización: %1</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation>Guardar el mapa como imagen</translation>
    </message>
    <message>
        <source>Map not saved</source>
        <translation>Mapa no guardado</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>No se ha podido escribir la imagen en %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>At start</source>
        <translation>Al iniciar</translation>
    </message>
    <message>
        <source>After 30 minutes of changes</source>
        <translation>Tras 30 minutos de cambios</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Before moving a design to the trash</source>
        <translation>Antes de mover un diseño a la papelera</translation>
    </message>
    <message>
        <source>Before emptying the trash</source>
        <translation>Antes de vaciar la papelera</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>Realizada manualmente</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Igual que el equipo</translation>
    </message>
    <message>
        <source>This folder seems to be synchronised by a cloud service or to be on a network drive. Keep the database on this computer&apos;s own disk: synchronising it while the app runs can damage it.</source>
        <translation>Esta carpeta parece estar sincronizada por un servicio en la nube o encontrarse en una unidad de red. Guarde la base de datos en el disco propio de este equipo: sincronizarla mientras la aplicación está abierta puede dañarla.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace all your designs with the backup taken %1?

What you have now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>¿Desea sustituir todos sus diseños por la copia de seguridad realizada el %1?

Antes se hace una copia de seguridad de lo que tiene ahora, de modo que podrá deshacerlo restaurando esa copia.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Default &amp;agreement language:</source>
        <translation>Idioma predeterminado del &amp;acuerdo:</translation>
    </message>
    <message>
        <source>Default agreement language</source>
        <translation>Idioma predeterminado del acuerdo</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>&amp;Moneda predeterminada:</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Moneda predeterminada</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>Datos y copias de seguridad</translation>
    </message>
    <message>
        <source>Your designs are kept in one database file on this computer. Backups are taken automatically and checked before they are kept.</source>
        <translation>Sus diseños se guardan en un único archivo de base de datos en este equipo. Las copias de seguridad se realizan automáticamente y se comprueban antes de conservarlas.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Archivo de base de datos:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>&amp;Backups (newest first):</source>
        <translation>Copias de seguridad (la más reciente &amp;primero):</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer una copia a&amp;hora</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>Abrir la &amp;carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurar esta copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>The design has no title.</source>
        <translation>El diseño no tiene título.</translation>
    </message>
    <message>
        <source>The territory is not named.</source>
        <translation>No se ha indicado el territorio.</translation>
    </message>
    <message>
        <source>Only %n actor(s) will sign: an agreement needs at least three parties.</source>
        <translation>Actores que firmarán: %n. Un acuerdo necesita al menos tres partes.</translation>
    </message>
    <message>
        <source>No local authority is among the actors.</source>
        <translation>No hay ninguna entidad local entre los actores.</translation>
    </message>
    <message>
        <source>%1 has no baseline of women and men yet.</source>
        <translation>Todavía no se ha indicado la situación de partida de mujeres y hombres de %1.</translation>
    </message>
    <message>
        <source>%1 has a negative count.</source>
        <translation>%1 tiene un recuento negativo.</translation>
    </message>
    <message>
        <source>%1 has more managers than workforce of the same sex.</source>
        <translation>%1 indica, para un mismo sexo, más personas en puestos directivos que en la plantilla.</translation>
    </message>
    <message>
        <source>Nobody contributes to “%1”.</source>
        <translation>Nadie aporta a «%1».</translation>
    </message>
    <message>
        <source>Nobody uses “%1”.</source>
        <translation>Nadie utiliza «%1».</translation>
    </message>
    <message>
        <source>An existing cluster needs at least one improvement action.</source>
        <translation>Un clúster existente necesita al menos una acción de mejora.</translation>
    </message>
    <message>
        <source>The balance threshold must be between 0% and 50%.</source>
        <translation>El umbral de equilibrio debe estar entre el 0 % y el 50 %.</translation>
    </message>
    <message>
        <source>“%1” has no seats yet.</source>
        <translation>«%1» todavía no tiene puestos.</translation>
    </message>
    <message>
        <source>“%1” has too few women: under %2%.</source>
        <translation>«%1» tiene muy pocas mujeres: menos del %2 %.</translation>
    </message>
    <message>
        <source>“%1” has too few men: under %2%.</source>
        <translation>«%1» tiene muy pocos hombres: menos del %2 %.</translation>
    </message>
    <message>
        <source>The budget has no coordination line.</source>
        <translation>El presupuesto no tiene ninguna partida de coordinación.</translation>
    </message>
    <message>
        <source>“%1” has no baseline yet.</source>
        <translation>«%1» todavía no tiene valor de referencia.</translation>
    </message>
    <message>
        <source>“%1” has no target yet.</source>
        <translation>«%1» todavía no tiene meta.</translation>
    </message>
    <message>
        <source>The target date of “%1” is not after its baseline date.</source>
        <translation>La fecha de la meta de «%1» no es posterior a su fecha de referencia.</translation>
    </message>
    <message>
        <source>The target range of “%1” ends below where it starts.</source>
        <translation>El intervalo de la meta de «%1» termina por debajo de donde empieza.</translation>
    </message>
    <message>
        <source>The agreement is final but %1 has no signatory.</source>
        <translation>El acuerdo es definitivo, pero %1 no tiene firmante.</translation>
    </message>
    <message>
        <source>The signatory for %1 has no representative.</source>
        <translation>El firmante de %1 no tiene representante.</translation>
    </message>
    <message>
        <source>%1 signs but is not marked as a party.</source>
        <translation>%1 firma, pero no figura como parte.</translation>
    </message>
    <message>
        <source>%1 has two signatory rows.</source>
        <translation>%1 tiene dos filas de firmante.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>«%1» es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>“%1” is not a DESEO database: it is not a database file at all.</source>
        <translation>«%1» no es una base de datos de DESEO: ni siquiera es un archivo de base de datos.</translation>
    </message>
    <message>
        <source>“%1” is a database, but not one made by DESEO Cluster Designer.</source>
        <translation>«%1» es una base de datos, pero no creada por DESEO Cluster Designer.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. Nothing has been changed in it.</source>
        <translation>«%1» está dañado y no se puede abrir. No se ha cambiado nada en él.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of DESEO Cluster Designer. This version (%2) cannot open it; install the newer version. The file has not been changed.</source>
        <translation>«%1» se guardó con una versión más reciente de DESEO Cluster Designer. Esta versión (%2) no puede abrirlo; instale la versión más reciente. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>“%1” cannot be saved to: the file or its folder is read-only. Choose a folder where you can save, or ask for write access.</source>
        <translation>No se puede guardar en «%1»: el archivo o su carpeta son de solo lectura. Elija una carpeta en la que pueda guardar o solicite permiso de escritura.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you may not have permission to open it.</source>
        <translation>No se puede leer «%1»: puede que no tenga permiso para abrirlo.</translation>
    </message>
    <message>
        <source>The database “%1” could not be set up safely on this computer, so it was not opened.</source>
        <translation>La base de datos «%1» no se ha podido preparar de forma segura en este equipo, por lo que no se ha abierto.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded to this version. It was left exactly as it was, and a backup was taken first.</source>
        <translation>«%1» no se ha podido actualizar a esta versión. Se ha dejado exactamente como estaba, y antes se hizo una copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written or did not pass its check. Your designs are unchanged.</source>
        <translation>La copia de seguridad «%1» no se ha podido escribir o no ha superado la comprobación. Sus diseños no han cambiado.</translation>
    </message>
    <message>
        <source>Another program is using “%1”. Close it and try again.</source>
        <translation>Otro programa está utilizando «%1». Ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>“%1” cannot be used.</source>
        <translation>«%1» no se puede utilizar.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>On track</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Desviado</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Sin medir</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Suprimido</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Sin cifra</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>suprimido</translation>
    </message>
</context>
<context>
    <name>ResultsCard</name>
    <message>
        <source>Verdict of the financing grid</source>
        <translation>Resultado de la tabla de financiación</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Reasons for the verdict</source>
        <translation>Motivos del resultado</translation>
    </message>
    <message>
        <source>%1 points of %2 · threshold %3</source>
        <translation>%1 puntos de %2 · umbral %3</translation>
    </message>
    <message>
        <source>Criterion %1 (%2): %3 points · minimum %4</source>
        <translation>Criterio %1 (%2): %3 puntos · mínimo %4</translation>
    </message>
    <message>
        <source>none with this code</source>
        <translation>ninguno con este código</translation>
    </message>
    <message>
        <source>Criteria %1 + bonus %2 (bonus capped at %3, total at %4)</source>
        <translation>Criterios %1 + bonificación %2 (tope de la bonificación: %3; del total: %4)</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>Problems, by step</source>
        <translation>Problemas, por etapa</translation>
    </message>
    <message>
        <source>Double-click a problem, or select it and press Enter, to go to the field concerned.</source>
        <translation>Haga doble clic en un problema, o selecciónelo y pulse Intro, para ir al campo correspondiente.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to look at.</source>
        <translation>
            <numerusform>%n problema que revisar.</numerusform>
            <numerusform>%n problemas que revisar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: the design is ready to become an agreement draft.</source>
        <translation>Ningún problema: el diseño está listo para convertirse en un borrador de acuerdo.</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>Choose an organisation from the list.</source>
        <translation>Elija una entidad de la lista.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Elija una opción de la lista.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Add the organisations on the Actors step first.</source>
        <translation>Añada antes las entidades en la etapa Actores.</translation>
    </message>
    <message>
        <source>There is nothing to choose from yet.</source>
        <translation>Todavía no hay nada entre lo que elegir.</translation>
    </message>
</context>
<context>
    <name>ScorecardBox</name>
    <message>
        <source>Scorecard: indicators on track</source>
        <translation>Balance de resultados: indicadores en línea</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Share on track</source>
        <translation>Proporción en línea</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Todos los indicadores</translation>
    </message>
    <message>
        <source>No indicators yet: add them above.</source>
        <translation>Todavía no hay indicadores: añádalos más arriba.</translation>
    </message>
    <message>
        <source>No indicator can be assessed yet: each needs a target and a measurement.</source>
        <translation>Todavía no se puede evaluar ningún indicador: cada uno necesita una meta y una medición.</translation>
    </message>
    <message>
        <source>%1 of the %2 indicators assessed are on track; %3 not measured yet.</source>
        <translation>%1 de los %2 indicadores evaluados están en línea; %3 todavía sin medir.</translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <source>Assessor</source>
        <translation>Persona evaluadora</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Fecha de evaluación</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Personas evaluadoras</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>persona evaluadora</translation>
    </message>
    <message>
        <source>Sc&amp;ores of:</source>
        <translation>Puntuaciones &amp;de:</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>All assessors</source>
        <translation>Todas las personas evaluadoras</translation>
    </message>
    <message>
        <source>Eligibility gates</source>
        <translation>Requisitos de admisibilidad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Criterion and sub-criteria</source>
        <translation>Criterio y subcriterios</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonificación</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>Puntos concedidos</translation>
    </message>
    <message>
        <source>Eligibility gates: any “no” stops the assessment</source>
        <translation>Requisitos de admisibilidad: cualquier «no» detiene la evaluación</translation>
    </message>
    <message>
        <source>Bonus: capped at %1 points</source>
        <translation>Bonificación: tope de %1 puntos</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Gate %1 met</source>
        <translation>Requisito %1 cumplido</translation>
    </message>
    <message>
        <source>Note on gate %1</source>
        <translation>Nota sobre el requisito %1</translation>
    </message>
    <message>
        <source>Score of %1</source>
        <translation>Puntuación de %1</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Comentario sobre %1</translation>
    </message>
    <message>
        <source>Points of bonus %1</source>
        <translation>Puntos de la bonificación %1</translation>
    </message>
    <message>
        <source>Assessor %1</source>
        <translation>Persona evaluadora %1</translation>
    </message>
    <message>
        <source>Each answer is saved as it is chosen. Means are over the assessors who answered.</source>
        <translation>Cada respuesta se guarda en cuanto se elige. Las medias se calculan sobre las personas evaluadoras que han respondido.</translation>
    </message>
    <message>
        <source>Add an assessor above to start scoring.</source>
        <translation>Añada una persona evaluadora más arriba para empezar a puntuar.</translation>
    </message>
    <message>
        <source>Not met (%1)</source>
        <translation>No cumplido (%1)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Answer first</source>
        <translation>Responda primero</translation>
    </message>
    <message>
        <source>Answer a gate</source>
        <translation>Responder a un requisito</translation>
    </message>
    <message>
        <source>Score a sub-criterion</source>
        <translation>Puntuar un subcriterio</translation>
    </message>
    <message>
        <source>Give bonus points</source>
        <translation>Conceder puntos de bonificación</translation>
    </message>
    <message>
        <source>Change a note</source>
        <translation>Cambiar una nota</translation>
    </message>
</context>
<context>
    <name>StartEditor</name>
    <message>
        <source>The CEMR European Charter for Equality of Women and Men in Local Life</source>
        <translation>La Carta Europea para la Igualdad de Mujeres y Hombres en la Vida Local, del Consejo de Municipios y Regiones de Europa (CMRE)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Títu&amp;lo:</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritorio:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Clúster:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Signed by the local authority</source>
        <translation>Firmada por la entidad local</translation>
    </message>
    <message>
        <source>Le&amp;gal vehicle:</source>
        <translation>&amp;Fórmula jurídica:</translation>
    </message>
    <message>
        <source>Fac&amp;ilitator:</source>
        <translation>Persona dinami&amp;zadora:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Agreement language:</source>
        <translation>&amp;Idioma del acuerdo:</translation>
    </message>
    <message>
        <source>CEMR charter:</source>
        <translation>Carta del CMRE:</translation>
    </message>
    <message>
        <source>CEMR charter</source>
        <translation>Carta del CMRE</translation>
    </message>
    <message>
        <source>Advanced: thresholds</source>
        <translation>Opciones avanzadas: umbrales</translation>
    </message>
    <message>
        <source>Balance threshold (each sex at least):</source>
        <translation>Umbral de equilibrio (cada sexo, como mínimo):</translation>
    </message>
    <message>
        <source>Suppress figures from fewer than this many women or men:</source>
        <translation>Suprimir las cifras basadas en menos de este número de mujeres u hombres:</translation>
    </message>
    <message>
        <source>Progress tolerance:</source>
        <translation>Tolerancia del avance:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>These designs are already open in another DESEO window, which does not answer. Close it, or restart the computer, and try again.</source>
        <translation>Estos diseños ya están abiertos en otra ventana de DESEO, que no responde. Ciérrela, o reinicie el equipo, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No backup of it was found.</source>
        <translation>No se ha encontrado ninguna copia de seguridad de este archivo.</translation>
    </message>
    <message>
        <source>The newest good backup, taken %1, is:
%2</source>
        <translation>La copia de seguridad válida más reciente, realizada el %1, es:
%2</translation>
    </message>
    <message>
        <source>The newest good backup was taken %1. Restore it? The damaged file is kept beside it, renamed, in case someone can repair it.</source>
        <translation>La copia de seguridad válida más reciente se realizó el %1. ¿Desea restaurarla? El archivo dañado se conserva a su lado, con otro nombre, por si alguien puede repararlo.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Gender baseline</source>
        <translation>Situación de partida por sexo</translation>
    </message>
    <message>
        <source>(a) Pooling</source>
        <translation>(a) Mutualización</translation>
    </message>
    <message>
        <source>(b) Existing services</source>
        <translation>(b) Servicios existentes</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <source>(c) Financing</source>
        <translation>(c) Financiación</translation>
    </message>
    <message>
        <source>(d) Valorisation</source>
        <translation>(d) Valorización</translation>
    </message>
    <message>
        <source>(e) Evaluation</source>
        <translation>(e) Evaluación</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>(c) Financing grid</source>
        <translation>(c) Tabla de financiación</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Cuadro de mando</translation>
    </message>
    <message>
        <source>Pooling map</source>
        <translation>Mapa de mutualización</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Con problemas</translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <source>Funded from (&amp;threshold):</source>
        <translation>Umbral de &amp;financiación:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation>Auto&amp;ridad:</translation>
    </message>
    <message>
        <source>Total &amp;capped at:</source>
        <translation>Tope &amp;del total:</translation>
    </message>
    <message>
        <source>Gen&amp;der criterion:</source>
        <translation>Criterio de &amp;género:</translation>
    </message>
    <message>
        <source>Its m&amp;inimum:</source>
        <translation>Mínimo e&amp;xigido:</translation>
    </message>
    <message>
        <source>Bonus ca&amp;pped at:</source>
        <translation>T&amp;ope de la bonificación:</translation>
    </message>
    <message>
        <source>Sc&amp;ore levels:</source>
        <translation>Niveles &amp;de puntuación:</translation>
    </message>
    <message>
        <source>The grid</source>
        <translation>La tabla</translation>
    </message>
    <message>
        <source>What a score of %1 means</source>
        <translation>Qué significa una puntuación de %1</translation>
    </message>
    <message>
        <source>What each score level means</source>
        <translation>Qué significa cada nivel de puntuación</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Eligibility gates</source>
        <translation>Requisitos de admisibilidad</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>requisito</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>criterio</translation>
    </message>
    <message>
        <source>Sub-criterion</source>
        <translation>Subcriterio</translation>
    </message>
    <message>
        <source>Sub-criteria</source>
        <translation>Subcriterios</translation>
    </message>
    <message>
        <source>sub-criterion</source>
        <translation>subcriterio</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonificación</translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation>Bonificaciones</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>bonificación</translation>
    </message>
    <message>
        <source>What a score of %1 means for this sub-criterion</source>
        <translation>Qué significa una puntuación de %1 en este subcriterio</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>What each level means for sub-criterion %1 (blank: as for the whole grid)</source>
        <translation>Qué significa cada nivel en el subcriterio %1 (en blanco: igual que en el conjunto de la tabla)</translation>
    </message>
    <message>
        <source>Sub-criteria of criterion %1</source>
        <translation>Subcriterios del criterio %1</translation>
    </message>
    <message>
        <source>Type the score levels as whole numbers with commas, such as 0, 1, 3, 5.</source>
        <translation>Escriba los niveles de puntuación como números enteros separados por comas, por ejemplo 0, 1, 3, 5.</translation>
    </message>
    <message>
        <source>Change the score levels</source>
        <translation>Cambiar los niveles de puntuación</translation>
    </message>
    <message>
        <source>Describe a score level</source>
        <translation>Describir un nivel de puntuación</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Summary of the design</source>
        <translation>Resumen del diseño</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Legal vehicle</source>
        <translation>Fórmula jurídica</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Persona dinamizadora</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Pooled resources</source>
        <translation>Recursos mutualizados</translation>
    </message>
    <message>
        <source>Skill exchanges</source>
        <translation>Intercambios de competencias</translation>
    </message>
    <message>
        <source>Governance bodies</source>
        <translation>Órganos de gobernanza</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Financing grid</source>
        <translation>Tabla de financiación</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Puestos directivos</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Órganos de gobierno</translation>
    </message>
    <message>
        <source>Governance seats</source>
        <translation>Puestos en los órganos del clúster</translation>
    </message>
    <message>
        <source>Women and men in the cluster</source>
        <translation>Mujeres y hombres en el clúster</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>no territory</source>
        <translation>sin territorio</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>%1, of which %2 sign</source>
        <translation>%1, de las cuales %2 firman</translation>
    </message>
    <message>
        <source>%1, worth %2</source>
        <translation>%1, por un valor de %2</translation>
    </message>
    <message>
        <source>%1 in cash, %2 in kind</source>
        <translation>%1 en dinero, %2 en especie</translation>
    </message>
    <message>
        <source>none attached</source>
        <translation>ninguna asociada</translation>
    </message>
    <message>
        <source>funded (%1 points)</source>
        <translation>financiado (%1 puntos)</translation>
    </message>
    <message>
        <source>not funded (%1 points)</source>
        <translation>no financiado (%1 puntos)</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>sin evaluar todavía</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Añadir una fila a «%1»</translation>
    </message>
    <message>
        <source>Remove the selected row of %1</source>
        <translation>Eliminar la fila seleccionada de «%1»</translation>
    </message>
    <message>
        <source>Move the selected row of %1 up</source>
        <translation>Subir la fila seleccionada de «%1»</translation>
    </message>
    <message>
        <source>Move the selected row of %1 down</source>
        <translation>Bajar la fila seleccionada de «%1»</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
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
        <translation>Acción</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público destinatario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Speakers
women</source>
        <translation>Ponentes
mujeres</translation>
    </message>
    <message>
        <source>Speakers
men</source>
        <translation>Ponentes
hombres</translation>
    </message>
    <message>
        <source>Speakers
not stated</source>
        <translation>Ponentes
sexo no consta</translation>
    </message>
    <message>
        <source>Valorisation actions</source>
        <translation>Acciones de puesta en valor</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>Description of the selected action</source>
        <translation>Descripción de la acción seleccionada</translation>
    </message>
    <message>
        <source>What happens, who is invited, what it shows about women and men</source>
        <translation>Qué ocurre, a quién se invita, qué muestra sobre mujeres y hombres</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>The selected action</source>
        <translation>La acción seleccionada</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Planned speakers, all actions</source>
        <translation>Ponentes previstos, todas las acciones</translation>
    </message>
    <message>
        <source>(d) Local valorisation</source>
        <translation>(d) Puesta en valor local</translation>
    </message>
    <message>
        <source>Select an action in the table to describe it.</source>
        <translation>Seleccione una acción en la tabla para describirla.</translation>
    </message>
    <message>
        <source>(an action with no title yet)</source>
        <translation>(una acción todavía sin título)</translation>
    </message>
    <message>
        <source>Speakers planned in all: %1 · actions: %2</source>
        <translation>Ponentes previstos en total: %1 · acciones: %2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Design…</source>
        <translation>&amp;Nuevo diseño…</translation>
    </message>
    <message>
        <source>The &amp;Example</source>
        <translation>El &amp;ejemplo</translation>
    </message>
    <message>
        <source>Shared &amp;Back-Office Cluster</source>
        <translation>Clúster de servicios &amp;administrativos compartidos</translation>
    </message>
    <message>
        <source>&amp;Women&apos;s Entrepreneurship Cluster</source>
        <translation>Clúster de emprendimiento de &amp;mujeres</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Close Design</source>
        <translation>&amp;Cerrar diseño</translation>
    </message>
    <message>
        <source>&amp;Export Agreement…</source>
        <translation>&amp;Exportar acuerdo…</translation>
    </message>
    <message>
        <source>Export &amp;Design File…</source>
        <translation>Exportar archivo de &amp;diseño…</translation>
    </message>
    <message>
        <source>&amp;Import Design File…</source>
        <translation>&amp;Importar archivo de diseño…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Designs</source>
        <translation>&amp;Diseños</translation>
    </message>
    <message>
        <source>&amp;Archived</source>
        <translation>&amp;Archivados</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Papelera</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Modo presentación</translation>
    </message>
    <message>
        <source>Larger text, for a projector</source>
        <translation>Texto más grande, para un proyector</translation>
    </message>
    <message>
        <source>&amp;About DESEO Cluster Designer</source>
        <translation>&amp;Acerca de DESEO Cluster Designer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nuevo desde &amp;plantilla</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Desarc&amp;hivar</translation>
    </message>
</context>
<context>
    <name>WorkshopsDialog</name>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Sexo no consta</translation>
    </message>
    <message>
        <source>Steps worked on</source>
        <translation>Etapas abordadas</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Workshops held</source>
        <translation>Talleres celebrados</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>taller</translation>
    </message>
    <message>
        <source>Attendance, all workshops:</source>
        <translation>Asistencia, todos los talleres:</translation>
    </message>
    <message>
        <source>The selected workshop</source>
        <translation>El taller seleccionado</translation>
    </message>
    <message>
        <source>Worked on %1</source>
        <translation>Etapa abordada: %1</translation>
    </message>
    <message>
        <source>&amp;Decisions taken:</source>
        <translation>&amp;Decisiones adoptadas:</translation>
    </message>
    <message>
        <source>The workshop of %1</source>
        <translation>El taller del %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
</TS>
