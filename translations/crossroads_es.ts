<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DocumentBuilder</name>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="34"/>
        <source>the document ends inside an unclosed block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="51"/>
        <source>document larger than %1 MiB; split it or raise the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="79"/>
        <source>a value inside a mapping has no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="146"/>
        <location filename="../models/core/document/documentbuilder.cpp" line="158"/>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="186"/>
        <source>unbalanced end of block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="199"/>
        <source>a key outside a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="201"/>
        <source>key longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="247"/>
        <source>text value longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="266"/>
        <source>alias *%1 refers to no anchor in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="274"/>
        <source>alias *%1 refers to an anchor outside this list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="279"/>
        <source>alias *%1 refers to its own enclosing node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="287"/>
        <source>YAML aliases expand to more than %1 nodes; refusing a possible &quot;billion laughs&quot; document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <location filename="../models/core/document/jsonparser.cpp" line="141"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/jsonparser.cpp" line="144"/>
        <source>line %1 (byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../models/core/snapshot/factkey.cpp" line="119"/>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/factkey.cpp" line="121"/>
        <source>Namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/factkey.cpp" line="123"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/factkey.cpp" line="125"/>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/factkey.cpp" line="127"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../models/core/importers/containerinspectimporter.cpp" line="37"/>
        <source>pod infra container (holds the pod&apos;s namespaces, runs nothing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Matcher</name>
    <message>
        <location filename="../models/core/compare/matcher.cpp" line="24"/>
        <location filename="../models/core/compare/matcher.cpp" line="30"/>
        <location filename="../models/core/compare/matcher.cpp" line="34"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/matcher.cpp" line="25"/>
        <location filename="../models/core/compare/matcher.cpp" line="35"/>
        <source>each pair needs &quot;dev&quot; and &quot;prod&quot; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/matcher.cpp" line="31"/>
        <source>expected &quot;pairs&quot;: a list of {dev, prod}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/guiapplication.cpp" line="84"/>
        <source>Crossroads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guiapplication.cpp" line="84"/>
        <source>There is no training scenario “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleCatalogue</name>
    <message>
        <location filename="../models/core/rules/rulecatalogue.cpp" line="43"/>
        <source>not a rule catalogue (expected an object with &quot;checks&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/rules/rulecatalogue.cpp" line="57"/>
        <source>a check needs id, title, domain, severity and a known test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/rules/rulecatalogue.cpp" line="64"/>
        <source>unknown fact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/rules/rulecatalogue.cpp" line="86"/>
        <source>duplicate check id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="152"/>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="155"/>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="167"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="168"/>
        <source>snapshot format %1 is newer than this Crossroads understands (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads</name>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="161"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="182"/>
        <source>(engine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="191"/>
        <source>Dev and prod run the same kind of container engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="200"/>
        <source>unknown (add `podman info` / `docker info` output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="202"/>
        <source>unknown (add Node objects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="218"/>
        <source>No credential is shared between dev and prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="222"/>
        <source>fingerprints made with key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="223"/>
        <source>fingerprints made with key %1; compare under one key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="255"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="256"/>
        <source>%1 holds the same value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="270"/>
        <source>Prod namespace would admit the workload as developers run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="283"/>
        <source>namespace %1 enforces %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="286"/>
        <source>namespace %1 has no enforce label (privileged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="289"/>
        <source>admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="289"/>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="297"/>
        <source>Production runs the build that was tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/yamlparser.cpp" line="154"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/yamlparser.cpp" line="160"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/yamlparser.cpp" line="166"/>
        <location filename="../models/core/importers/environmentimporter.cpp" line="31"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/yamlparser.cpp" line="200"/>
        <source>a mapping or sequence used as a key is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/yamlparser.cpp" line="217"/>
        <source>an alias used as a key is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="33"/>
        <source>document %1, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="58"/>
        <source>object of kind %1 without apiVersion; not a Kubernetes manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="61"/>
        <source>not a container inspect, engine info, compose file, Kubernetes object or Crossroads snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="385"/>
        <source>%1 %2 has no pod template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="399"/>
        <source>%1 %2 has no containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="441"/>
        <source>Secret %1: data key %2 is not valid base64; not fingerprinted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="50"/>
        <source>Scores (0–100, higher is better)   dev  prod
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="50"/>
        <source>Scores (0–100, higher is better)   score
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="58"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/session/comparisonjob.cpp" line="23"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/training/trainingscenario.cpp" line="25"/>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/training/trainingscenario.cpp" line="29"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/headlessrun.cpp" line="33"/>
        <source>crossroads: no display found. Give --demo or --dev PATH… --prod PATH… to compare headless, or use crossroads-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/headlessrun.cpp" line="37"/>
        <source>No display found: comparing headless (crossroads-cli has every option).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::ClassificationLegend</name>
    <message>
        <location filename="../views/classificationlegend.cpp" line="17"/>
        <source>Legend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/classificationlegend.cpp" line="43"/>
        <source>Legend of the gap matrix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::ClassificationStyle</name>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="72"/>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="73"/>
        <source>Fidelity gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="74"/>
        <source>Shared failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="75"/>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="76"/>
        <source>Aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="79"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="85"/>
        <source>Production is weaker than what was tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="86"/>
        <source>Developers test under a weaker posture than production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="87"/>
        <source>Both sides fail the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="88"/>
        <source>Both pass, with different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="89"/>
        <source>Both pass with the same value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="92"/>
        <source>A side lacks the facts to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="98"/>
        <source>Does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="99"/>
        <source>No counterpart on the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="108"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="109"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="110"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="113"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::CommandLine</name>
    <message>
        <location filename="../app/gui/commandline.cpp" line="28"/>
        <source>Compare the security posture of a development container environment with a production one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="31"/>
        <source>Open the bundled demo comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="32"/>
        <source>Development inputs: files or folders (several may follow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="32"/>
        <location filename="../app/gui/commandline.cpp" line="33"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="33"/>
        <source>Production inputs: files or folders (several may follow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="34"/>
        <source>Explicit dev→prod workload pairs (JSON or YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="34"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="35"/>
        <source>Open a bundled training scenario by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="35"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="36"/>
        <source>Save a PNG of every page into a folder, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="36"/>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="52"/>
        <source>give both --dev PATH… and --prod PATH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="60"/>
        <source>unexpected argument %1; inputs follow --dev or --prod</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::ComparisonJob</name>
    <message>
        <location filename="../models/core/session/comparisonjob.cpp" line="70"/>
        <source>Reading the development side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/session/comparisonjob.cpp" line="70"/>
        <source>Reading the production side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/session/comparisonjob.cpp" line="103"/>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/session/comparisonjob.cpp" line="105"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::DashboardView</name>
    <message>
        <location filename="../views/dashboardview.cpp" line="88"/>
        <source>Failing checks by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="111"/>
        <source>Scores per domain, development and production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="112"/>
        <source>Scores per domain (0–100, higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="117"/>
        <source>Engine facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="118"/>
        <source>Container engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="123"/>
        <source>Worst regressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="124"/>
        <source>Press Enter or double-click to open the gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="125"/>
        <source>Worst regressions: production weaker than what was tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dashboardview.cpp" line="153"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (development) ⇄ &lt;b&gt;%2&lt;/b&gt; (production) · %n pair(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="155"/>
        <source>, %1 dev-only and %2 prod-only workload(s) · Pod Security judged at Kubernetes %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="158"/>
        <source> (no node version found: latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="182"/>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="183"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="192"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::DocumentReader</name>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="28"/>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="37"/>
        <location filename="../models/core/document/documentreader.cpp" line="76"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="39"/>
        <location filename="../models/core/document/documentreader.cpp" line="78"/>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="40"/>
        <location filename="../models/core/document/documentreader.cpp" line="65"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="45"/>
        <source>the file is UTF-16 encoded; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="48"/>
        <source>byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="48"/>
        <source>binary data, not JSON or YAML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::DropZone</name>
    <message>
        <location filename="../views/dropzone.cpp" line="29"/>
        <source>%1: chosen inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="30"/>
        <source>Press Delete to remove the selected input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="31"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="32"/>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="33"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="34"/>
        <source>%1: add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="35"/>
        <source>%1: add folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="36"/>
        <source>%1: clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="48"/>
        <source>%1: choose input files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="49"/>
        <source>Inputs (*.json *.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="52"/>
        <source>%1: choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="97"/>
        <source>%1 (folder)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::EngineCollector</name>
    <message>
        <location filename="../models/core/collect/enginecollector.cpp" line="39"/>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/collect/enginecollector.cpp" line="43"/>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/collect/enginecollector.cpp" line="47"/>
        <source>failed (exit %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/collect/enginecollector.cpp" line="56"/>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/collect/enginecollector.cpp" line="61"/>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/collect/enginecollector.cpp" line="90"/>
        <source>local %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::EngineFactsModel</name>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="15"/>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="16"/>
        <source>Engine version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="17"/>
        <source>Rootless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="18"/>
        <source>Daemonless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="19"/>
        <source>OCI runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="20"/>
        <source>cgroup version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="21"/>
        <source>seccomp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="22"/>
        <source>AppArmor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="23"/>
        <source>SELinux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="24"/>
        <source>User namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="25"/>
        <source>Kubernetes version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="26"/>
        <source>RuntimeClasses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="27"/>
        <source>Node container runtimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="35"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="37"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="109"/>
        <source>Engine fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="110"/>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="111"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::EnvironmentImporter</name>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="84"/>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="98"/>
        <source>not a .json, .yaml or .yml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="122"/>
        <source>no input files found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::GapDetailView</name>
    <message>
        <location filename="../views/gapdetailview.cpp" line="63"/>
        <source>Select a cell in the gap matrix, or a gap on the dashboard, to see both sides and the fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="75"/>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="81"/>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="82"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="85"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="87"/>
        <source>How to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="89"/>
        <source>Podman / Docker / compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="90"/>
        <source>Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="92"/>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="110"/>
        <source>Gap detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="124"/>
        <source>%1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="142"/>
        <source>Fix for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="144"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="145"/>
        <source>Copy the fix for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="165"/>
        <source>%1

Nothing to report here: both sides agree or the check does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="173"/>
        <source>whole workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="173"/>
        <source>container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="192"/>
        <source>%1, container %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="196"/>
        <location filename="../views/gapdetailview.cpp" line="197"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="198"/>
        <location filename="../views/gapdetailview.cpp" line="199"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="198"/>
        <location filename="../views/gapdetailview.cpp" line="199"/>
        <source>no source location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="202"/>
        <location filename="../views/gapdetailview.cpp" line="203"/>
        <source>See the values above: make both sides agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="207"/>
        <source>Kubernetes Pod Security Standards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="209"/>
        <source>CIS Docker Benchmark 1.6.0, control %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="213"/>
        <source>None for this comparison-level fact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::GapListModel</name>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="75"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="76"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="77"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="78"/>
        <source>Workload (dev ⇄ prod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="79"/>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="80"/>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="81"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::GapMatrixModel</name>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="65"/>
        <source>(engine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="66"/>
        <source>Container engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="78"/>
        <source>%1 (dev only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="82"/>
        <source>%1 (prod only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="153"/>
        <source>Development: %1
Production: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="179"/>
        <source>dev: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="179"/>
        <source>prod: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="181"/>
        <source>and %n more container(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="211"/>
        <source>Workload (dev ⇄ prod)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::GapMatrixView</name>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="49"/>
        <source>Filter workloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="51"/>
        <source>Filter workloads by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="52"/>
        <source>All domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="55"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="56"/>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="58"/>
        <source>%1 and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="59"/>
        <source>Minimum severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="60"/>
        <source>Any classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="65"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="66"/>
        <location filename="../views/gapmatrixview.cpp" line="123"/>
        <source>All namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="67"/>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="68"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="71"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="96"/>
        <source>Gap matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="97"/>
        <source>Rows are workload pairs, columns are checks; arrow keys move between cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/gapmatrixview.cpp" line="155"/>
        <source>%1 of %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="179"/>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::KubernetesImporter</name>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="563"/>
        <source>%1 %2: kind %1 carries no container posture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="71"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="73"/>
        <source>Crossroads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="82"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="83"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="84"/>
        <location filename="../views/mainwindow.cpp" line="94"/>
        <source>Gap matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="85"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="86"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="95"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="109"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="110"/>
        <source>Stop the running import (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="155"/>
        <source>Gap detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="162"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="171"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="172"/>
        <source>Open the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="174"/>
        <source>&amp;Compare environments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="177"/>
        <source>Co&amp;llect local engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="178"/>
        <source>Podman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="179"/>
        <source>Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="181"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="184"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="194"/>
        <source>&amp;Find in matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="201"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="202"/>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="204"/>
        <source>&amp;Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="207"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="208"/>
        <source>&amp;About Crossroads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="209"/>
        <source>About Crossroads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="210"/>
        <source>&lt;h3&gt;Crossroads %1&lt;/h3&gt;&lt;p&gt;Compares the security posture of a development container environment with a production one.&lt;/p&gt;&lt;p&gt;Secret values never leave the import: credentials are kept only as keyed fingerprints.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="267"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="273"/>
        <source>Opening scenario “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="301"/>
        <source>%1 — Crossroads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="305"/>
        <source>Compared: %n gap(s) to review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="306"/>
        <source>Compared: %n gap(s); some inputs could not be read (see Problems).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="326"/>
        <source>Nothing was loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="333"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="349"/>
        <source>Collecting the local %1 engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="365"/>
        <source>Collected the local engine into %1 (sanitized). Add the production side and compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="402"/>
        <source>Added to the development side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="402"/>
        <source>Added to the production side.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::NetworkExposure</name>
    <message>
        <location filename="../models/core/compare/networkexposure.cpp" line="23"/>
        <source>Reachable from outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/networkexposure.cpp" line="24"/>
        <source>Host only (loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/networkexposure.cpp" line="25"/>
        <source>Internal network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/networkexposure.cpp" line="26"/>
        <source>Isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/compare/networkexposure.cpp" line="29"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::NetworkView</name>
    <message>
        <location filename="../views/networkview.cpp" line="50"/>
        <source>egress isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="109"/>
        <source>Show only &amp;differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="115"/>
        <source>Network exposure diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="129"/>
        <source>Red link: the pair&apos;s exposure differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="192"/>
        <source>Development: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="193"/>
        <source>Production: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="194"/>
        <source>Outside the host (LAN, internet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="195"/>
        <source>Outside the cluster (LAN, internet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="217"/>
        <source>wider in prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="217"/>
        <source>wider in dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="226"/>
        <source>No differences in exposure between the paired workloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/networkview.cpp" line="231"/>
        <source>Reachable from outside: %1 of %2 dev workload(s), %3 of %4 prod workload(s). %n pair(s) differ in exposure.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crossroads::ProblemListModel</name>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="45"/>
        <source>dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="45"/>
        <source>prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="73"/>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="73"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="91"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="92"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="93"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="94"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="95"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::ProblemsPanel</name>
    <message>
        <location filename="../views/problemspanel.cpp" line="26"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/problemspanel.cpp" line="38"/>
        <source>Every input was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/problemspanel.cpp" line="39"/>
        <source>%1 input(s) could not be read; %2 item(s) skipped on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::TextReport</name>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="70"/>
        <source>Crossroads: dev &quot;%1&quot; vs prod &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="71"/>
        <source>Pod Security judged at Kubernetes %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="72"/>
        <source> (no node version in the input; assumed latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="73"/>
        <source>Pairs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="88"/>
        <source>… %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="89"/>
        <source>Unpaired %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="91"/>
        <source>dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="92"/>
        <source>prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="95"/>
        <source>Results: %1 regression · %2 fidelity · %3 shared · %4 drift · %5 aligned · %6 unknown
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="130"/>
        <source>  %1 result(s) unknown: the inputs do not say (see --format json)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="134"/>
        <source>%1 input item(s) skipped (not container posture); see --format json
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="141"/>
        <source>Crossroads check: %1 side &quot;%2&quot; — %3 workload(s), %4 container(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="155"/>
        <source>(engine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="162"/>
        <source>%1 pass · %2 fail · %3 unknown
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::TrainingScenario</name>
    <message>
        <location filename="../models/core/training/trainingscenario.cpp" line="97"/>
        <source>a scenario needs id, title, dev and prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/training/trainingscenario.cpp" line="100"/>
        <source>a scenario needs at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/training/trainingscenario.cpp" line="120"/>
        <source>expected a list of scenario folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::TrainingView</name>
    <message>
        <location filename="../views/trainingview.cpp" line="49"/>
        <source>← &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="50"/>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="51"/>
        <source>Show in &amp;matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="56"/>
        <source>&lt;h2&gt;Training mode&lt;/h2&gt;&lt;p&gt;Each scenario opens a small dev and prod environment and walks through its gaps one by one, in plain words, with what developers and operations each change. Pick one and press Enter.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="60"/>
        <source>Training scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="71"/>
        <source>The bundled scenarios could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="74"/>
        <source>&amp;Start scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="98"/>
        <source>All scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="109"/>
        <source>Developers change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="110"/>
        <source>Operations change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="189"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="199"/>
        <source>This step&apos;s gap is not in the loaded comparison.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::WelcomePage</name>
    <message>
        <location filename="../views/welcomepage.cpp" line="20"/>
        <source>Development side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="20"/>
        <source>Drop `podman`/`docker inspect` and `info` output, compose files or saved snapshots here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="21"/>
        <source>Production side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="21"/>
        <source>Drop Kubernetes manifests, `kubectl get -o json` output or a folder of them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="22"/>
        <source>Open the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="23"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="28"/>
        <source>&lt;h1&gt;Crossroads&lt;/h1&gt;&lt;p&gt;Where development and production part ways: compare the security posture of a Podman, Docker or compose environment with the Kubernetes one it ships to — runtime, namespaces, network, secrets and image supply chain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="39"/>
        <source>A rootless Podman dev side against a Kubernetes 1.30 prod side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="40"/>
        <source>Co&amp;llect local engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="42"/>
        <source>Read the local Podman or Docker engine as the development side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="44"/>
        <source>Podman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="45"/>
        <source>Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="47"/>
        <source>&amp;Training scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="59"/>
        <source>Import both sides and compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="61"/>
        <location filename="../views/welcomepage.cpp" line="63"/>
        <source>Recent comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="108"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="109"/>
        <source>Development: %1
Production: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="113"/>
        <source>No recent comparisons yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::WorkspaceKey</name>
    <message>
        <location filename="../models/core/secrets/workspacekey.cpp" line="75"/>
        <source>the system random generator failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/secrets/workspacekey.cpp" line="84"/>
        <source>cannot create the key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/secrets/workspacekey.cpp" line="89"/>
        <source>cannot write the key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/secrets/workspacekey.cpp" line="97"/>
        <source>cannot read the key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/secrets/workspacekey.cpp" line="109"/>
        <source>the key file holds fewer than 16 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::cli</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="101"/>
        <source>warning: %1; credentials are classified but not fingerprinted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="111"/>
        <source>unknown severity &quot;%1&quot;; use low, medium, high or critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="123"/>
        <source>cannot read Kubernetes version &quot;%1&quot;; write it like v1.31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="137"/>
        <source>--side must be dev or prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="156"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="168"/>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="190"/>
        <source>skipped file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="198"/>
        <source>Compare a development environment with a production one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="199"/>
        <source>Development inputs: files or folders (several may follow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="199"/>
        <location filename="../app/cli/clicommands.cpp" line="200"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="200"/>
        <source>Production inputs: files or folders (several may follow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="201"/>
        <source>Explicit dev→prod workload pairs (JSON or YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="201"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="202"/>
        <source>Compare the bundled demo scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="215"/>
        <source>compare needs --dev PATH… and --prod PATH… (or --demo); see crossroads-cli compare --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="256"/>
        <source>Check one environment against the rule catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="257"/>
        <source>Which side the inputs describe: dev or prod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="257"/>
        <location filename="../app/cli/clicommands.cpp" line="302"/>
        <location filename="../app/cli/clicommands.cpp" line="327"/>
        <source>side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="260"/>
        <source>Files or folders to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="260"/>
        <location filename="../app/cli/clicommands.cpp" line="305"/>
        <source>PATH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="267"/>
        <source>check needs at least one PATH; see crossroads-cli check --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="301"/>
        <source>Save a sanitized snapshot of one environment (no secret values, only keyed fingerprints).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="302"/>
        <location filename="../app/cli/clicommands.cpp" line="327"/>
        <source>dev or prod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="303"/>
        <source>A name for the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="303"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="305"/>
        <source>Files or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="312"/>
        <source>snapshot needs PATH… and -o FILE.crossroads.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="326"/>
        <source>Read the local Podman or Docker engine into a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="329"/>
        <source>podman or docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="335"/>
        <source>collect needs the engine: crossroads-cli collect podman|docker [-o FILE]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossroads::cli::Options</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="39"/>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="39"/>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="41"/>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="42"/>
        <location filename="../app/cli/clicommands.cpp" line="45"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="43"/>
        <source>Load the good files when some inputs are bad; report the bad ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="44"/>
        <source>Workspace key for credential fingerprints (default: created in your config folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="47"/>
        <source>Judge Pod Security at this Kubernetes version (default: the nodes&apos; kubeletVersion, else latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="47"/>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="48"/>
        <source>Exit 1 when a gap of this severity or worse exists: low, medium, high, critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="49"/>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="73"/>
        <source>unknown format &quot;%1&quot;; use text or json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
