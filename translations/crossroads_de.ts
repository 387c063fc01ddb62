<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CheckEvaluator</name>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="34"/>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="34"/>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="37"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="40"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="43"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="73"/>
        <source>passes: %1</source>
        <translation>besteht: %1</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="185"/>
        <source>privileged</source>
        <translation>privilegiert</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="185"/>
        <source>not privileged</source>
        <translation>nicht privilegiert</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="186"/>
        <source>ALL dropped</source>
        <translation>ALL entfernt</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="186"/>
        <source>not all dropped</source>
        <translation>nicht alle entfernt</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="187"/>
        <source>non-root enforced</source>
        <translation>Nicht-Root erzwungen</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="187"/>
        <source>not enforced</source>
        <translation>nicht erzwungen</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="188"/>
        <source>escalation blocked</source>
        <translation>Eskalation blockiert</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="188"/>
        <source>escalation allowed</source>
        <translation>Eskalation erlaubt</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="189"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="189"/>
        <source>writable</source>
        <translation>beschreibbar</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="190"/>
        <source>HostProcess</source>
        <translation>HostProcess</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="190"/>
        <source>not HostProcess</source>
        <translation>kein HostProcess</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="191"/>
        <source>host PID namespace</source>
        <translation>PID-Namespace des Hosts</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="191"/>
        <source>own PID namespace</source>
        <translation>eigener PID-Namespace</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="192"/>
        <source>host IPC namespace</source>
        <translation>IPC-Namespace des Hosts</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="192"/>
        <source>own IPC namespace</source>
        <translation>eigener IPC-Namespace</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="230"/>
        <source>cgroup v%1</source>
        <translation>cgroup v%1</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="248"/>
        <source>bind mount (as hostPath)</source>
        <translation>Bind-Mount (als hostPath)</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="250"/>
        <source>tmpfs (as emptyDir)</source>
        <translation>tmpfs (als emptyDir)</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="252"/>
        <source>named volume (as persistentVolumeClaim)</source>
        <translation>benanntes Volume (als persistentVolumeClaim)</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="331"/>
        <source>%1 level</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="334"/>
        <source>%1 level; fails %2</source>
        <translation>Stufe %1; verfehlt %2</translation>
    </message>
    <message>
        <location filename="../models/core/compare/networkexposure.cpp" line="53"/>
        <location filename="../models/core/rules/checkevaluator.cpp" line="193"/>
        <source>host network</source>
        <translation>Host-Netzwerk</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="193"/>
        <source>own network namespace</source>
        <translation>eigener Netzwerk-Namespace</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="194"/>
        <source>host UTS namespace</source>
        <translation>UTS-Namespace des Hosts</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="194"/>
        <source>own UTS namespace</source>
        <translation>eigener UTS-Namespace</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="195"/>
        <source>own user namespace</source>
        <translation>eigener User-Namespace</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="195"/>
        <source>host user namespace</source>
        <translation>User-Namespace des Hosts</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="196"/>
        <source>inbound restricted</source>
        <translation>eingehend beschränkt</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="196"/>
        <source>inbound open</source>
        <translation>eingehend offen</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="197"/>
        <source>outbound restricted</source>
        <translation>ausgehend beschränkt</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="197"/>
        <source>outbound open</source>
        <translation>ausgehend offen</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="198"/>
        <source>token mounted</source>
        <translation>Token eingehängt</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="198"/>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="199"/>
        <source>pinned by digest</source>
        <translation>per Digest fixiert</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="199"/>
        <source>not pinned</source>
        <translation>nicht fixiert</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="200"/>
        <source>mutable tag</source>
        <translation>veränderliches Tag</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="200"/>
        <source>fixed tag or digest</source>
        <translation>festes Tag oder Digest</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="201"/>
        <source>rootless</source>
        <translation>rootless</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="201"/>
        <source>rootful</source>
        <translation>rootful</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="202"/>
        <source>daemonless</source>
        <translation>ohne Daemon</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="202"/>
        <source>root daemon</source>
        <translation>Root-Daemon</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="203"/>
        <source>seccomp supported</source>
        <translation>seccomp unterstützt</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="203"/>
        <source>no seccomp</source>
        <translation>kein seccomp</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="317"/>
        <source>not applicable to %1</source>
        <translation>nicht anwendbar auf %1</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="22"/>
        <source>compare a development environment with a production one (--demo: the bundled demo)</source>
        <translation>eine Entwicklungsumgebung mit einer Produktionsumgebung vergleichen (--demo: die mitgelieferte Demo)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="26"/>
        <source>judge one environment against the rule catalogue</source>
        <translation>eine Umgebung am Regelkatalog messen</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="27"/>
        <source>list every check: id, domain, severity, title, references</source>
        <translation>alle Prüfungen auflisten: ID, Bereich, Schweregrad, Titel, Referenzen</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="29"/>
        <source>one check in full: what it tests, why it matters, the fix on both sides</source>
        <translation>eine Prüfung vollständig: was sie prüft, warum es wichtig ist, die Behebung auf beiden Seiten</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="33"/>
        <source>save an environment&apos;s facts as a snapshot file, or commit it to a git repository</source>
        <translation>die Fakten einer Umgebung als Snapshot-Datei speichern oder in ein Git-Repository committen</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="35"/>
        <source>read the local engine</source>
        <translation>die lokale Engine auslesen</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="37"/>
        <source>the revisions of a git repository that changed snapshots, with failing checks by severity</source>
        <translation>die Revisionen eines Git-Repositorys, die Snapshots geändert haben, mit fehlschlagenden Prüfungen nach Schweregrad</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="39"/>
        <source>create an Ed25519 signing key (KEY, KEY.pub); --trust: trust it here</source>
        <translation>einen Ed25519-Signaturschlüssel erzeugen (KEY, KEY.pub); --trust: ihm hier vertrauen</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="40"/>
        <source>write the detached signature FILE.sig</source>
        <translation>die abgetrennte Signatur FILE.sig schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="42"/>
        <source>exit 0 valid and by a trusted key, 1 invalid, tampered or untrusted, 2 usage</source>
        <translation>Exit-Status 0 gültig und von einem vertrauenswürdigen Schlüssel, 1 ungültig, manipuliert oder nicht vertrauenswürdig, 2 Aufruffehler</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="44"/>
        <source>trust signatures made with these keys (the trusted-keys folder of your config)</source>
        <translation>Signaturen dieser Schlüssel vertrauen (der Ordner trusted-keys Ihrer Konfiguration)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="45"/>
        <source>print the shell completion script for commands, options and values</source>
        <translation>das Shell-Vervollständigungsskript für Befehle, Optionen und Werte ausgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="60"/>
        <source>Usage: crossroads-cli &lt;command&gt; [options]</source>
        <translation>Aufruf: crossroads-cli &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="61"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="68"/>
        <source>Exit status: 0 no gap at or above --fail-on, 1 gaps found, 2 bad usage or unreadable input
(with --keep-going too: the report is written, then the status is 2 whatever --fail-on found).
Run &apos;crossroads-cli &lt;command&gt; --help&apos; for the options of a command.
</source>
        <translation>Exit-Status: 0 keine Lücke ab --fail-on, 1 Lücken gefunden, 2 Aufruffehler oder nicht lesbare Eingabe
(auch mit --keep-going: der Bericht wird geschrieben, dann ist der Status 2, unabhängig davon, was --fail-on fand).
&apos;crossroads-cli &lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="71"/>
        <source>crossroads-cli: unknown command &quot;%1&quot;</source>
        <translation>crossroads-cli: unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>DocumentBuilder</name>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="59"/>
        <source>the document ends inside an unclosed block</source>
        <translation>das Dokument endet in einem nicht geschlossenen Block</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="76"/>
        <source>document larger than %1 MiB; split it or raise the limit</source>
        <translation>Dokument größer als %1 MiB; teilen Sie es auf oder erhöhen Sie das Limit</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="104"/>
        <source>a value inside a mapping has no key</source>
        <translation>ein Wert in einem Mapping hat keinen Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="165"/>
        <source>more than %L1 items in one list; split it (Kubernetes itself supports at most 150,000 pods in a cluster)</source>
        <translation>mehr als %L1 Einträge in einer Liste; teilen Sie sie auf (Kubernetes selbst unterstützt höchstens 150.000 Pods pro Cluster)</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="177"/>
        <location filename="../models/core/document/documentbuilder.cpp" line="189"/>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="220"/>
        <source>unbalanced end of block</source>
        <translation>Blockende ohne passenden Anfang</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="238"/>
        <source>a key outside a mapping</source>
        <translation>ein Schlüssel außerhalb eines Mappings</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="240"/>
        <source>key longer than %1 MiB</source>
        <translation>Schlüssel länger als %1 MiB</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="304"/>
        <source>duplicate key &quot;%1&quot; (first at line %2)</source>
        <translation>doppelter Schlüssel „%1“ (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="366"/>
        <source>text value longer than %1 MiB</source>
        <translation>Textwert länger als %1 MiB</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="385"/>
        <source>alias *%1 refers to no anchor in this document</source>
        <translation>Alias *%1 verweist auf keinen Anker in diesem Dokument</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="393"/>
        <source>alias *%1 refers to an anchor outside this list item</source>
        <translation>Alias *%1 verweist auf einen Anker außerhalb dieses Listeneintrags</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="398"/>
        <source>alias *%1 refers to its own enclosing node</source>
        <translation>Alias *%1 verweist auf den eigenen umschließenden Knoten</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="406"/>
        <source>YAML aliases expand to more than %1 nodes; refusing a possible &quot;billion laughs&quot; document</source>
        <translation>YAML-Aliase ergeben mehr als %1 Knoten; ein mögliches „Billion Laughs“-Dokument wird abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentlimits.cpp" line="10"/>
        <source>a value longer than %1 MiB (text, number, or spaces and comments between values); refused</source>
        <translation>ein Wert länger als %1 MiB (Text, Zahl oder Leerraum und Kommentare zwischen Werten); abgelehnt</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <location filename="../models/core/document/inmemoryjson.cpp" line="404"/>
        <location filename="../models/core/document/jsonparser.cpp" line="166"/>
        <location filename="../models/core/document/jsonparser.cpp" line="169"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../models/core/document/jsonparser.cpp" line="176"/>
        <source>the file ends in the middle of its JSON: it was cut off (an interrupted copy, download or write?); get the whole file again (%1)</source>
        <translation>die Datei endet mitten in ihrem JSON: sie wurde abgeschnitten (ein unterbrochenes Kopieren, Herunterladen oder Schreiben?); holen Sie die ganze Datei erneut (%1)</translation>
    </message>
    <message>
        <location filename="../models/core/document/jsonparser.cpp" line="178"/>
        <source>line %1 (byte %2)</source>
        <translation>Zeile %1 (Byte %2)</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../models/core/snapshot/factkey.cpp" line="129"/>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/factkey.cpp" line="131"/>
        <source>Namespaces</source>
        <translation>Namespaces</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/factkey.cpp" line="133"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/factkey.cpp" line="135"/>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/factkey.cpp" line="137"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <location filename="../models/core/importers/envfile.cpp" line="48"/>
        <source>not a regular file (a folder, FIFO, socket or device); not read</source>
        <translation>keine reguläre Datei (ein Ordner, FIFO, Socket oder Gerät); nicht gelesen</translation>
    </message>
    <message>
        <location filename="../models/core/importers/envfile.cpp" line="51"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/importers/envfile.cpp" line="53"/>
        <source>larger than %1 KiB; not an env file</source>
        <translation>größer als %1 KiB; keine env-Datei</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../models/core/importers/composeimporter.cpp" line="119"/>
        <source>names %1, outside the compose file&apos;s folder: not read, so its variables cannot be checked; copy it into the project</source>
        <translation>verweist auf %1 außerhalb des Ordners der compose-Datei: nicht gelesen, daher können ihre Variablen nicht geprüft werden; kopieren Sie sie ins Projekt</translation>
    </message>
    <message>
        <location filename="../models/core/importers/composeimporter.cpp" line="126"/>
        <source>names %1: %2</source>
        <translation>verweist auf %1: %2</translation>
    </message>
    <message>
        <location filename="../models/core/importers/containerinspectimporter.cpp" line="87"/>
        <source>pod infra container (holds the pod&apos;s namespaces, runs nothing)</source>
        <translation>Infra-Container des Pods (hält die Namespaces des Pods, führt nichts aus)</translation>
    </message>
    <message>
        <location filename="../models/core/importers/enginepodresolver.cpp" line="87"/>
        <source>pod %1</source>
        <translation>Pod %1</translation>
    </message>
</context>
<context>
    <name>Matcher</name>
    <message>
        <location filename="../models/core/compare/matcher.cpp" line="27"/>
        <location filename="../models/core/compare/matcher.cpp" line="33"/>
        <location filename="../models/core/compare/matcher.cpp" line="37"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../models/core/compare/matcher.cpp" line="28"/>
        <location filename="../models/core/compare/matcher.cpp" line="38"/>
        <source>each pair needs &quot;dev&quot; and &quot;prod&quot; names</source>
        <translation>jedes Paar braucht die Namen „dev“ und „prod“</translation>
    </message>
    <message>
        <location filename="../models/core/compare/matcher.cpp" line="34"/>
        <source>expected &quot;pairs&quot;: a list of {dev, prod}</source>
        <translation>erwartet wurde „pairs“: eine Liste von {dev, prod}</translation>
    </message>
    <message>
        <location filename="../models/core/compare/matcher.cpp" line="167"/>
        <source>no development workload is named %1</source>
        <translation>kein Workload in der Entwicklung heißt %1</translation>
    </message>
    <message>
        <location filename="../models/core/compare/matcher.cpp" line="168"/>
        <source>no production workload is named %1</source>
        <translation>kein Workload in der Produktion heißt %1</translation>
    </message>
    <message>
        <location filename="../models/core/compare/matcher.cpp" line="169"/>
        <source>an earlier pair of the map already uses one of them</source>
        <translation>ein früheres Paar der Zuordnung verwendet bereits einen davon</translation>
    </message>
</context>
<context>
    <name>PlatformDefaults</name>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="23"/>
        <source>Kubernetes runs the container unprivileged.</source>
        <translation>Kubernetes führt den Container ohne Privilegien aus.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="24"/>
        <source>no capability is added to the container runtime&apos;s default set.</source>
        <translation>zu den Standard-Capabilities der Container-Runtime kommt keine hinzu.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="25"/>
        <source>nothing is dropped: the container runtime&apos;s default capabilities stay.</source>
        <translation>nichts wird entfernt: die Standard-Capabilities der Container-Runtime bleiben.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="26"/>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="48"/>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="49"/>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="59"/>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="60"/>
        <source>the image&apos;s USER runs, which is root unless the image names another user.</source>
        <translation>es läuft der USER des Images, also root, sofern das Image keinen anderen Benutzer nennt.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="27"/>
        <source>the kubelet does not check that the user is not root.</source>
        <translation>das Kubelet prüft nicht, dass der Benutzer nicht root ist.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="28"/>
        <source>allowPrivilegeEscalation is true: a setuid program can gain privileges.</source>
        <translation>allowPrivilegeEscalation ist true: ein setuid-Programm kann Privilegien erlangen.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="29"/>
        <source>Kubernetes runs the container Unconfined unless the kubelet runs with --seccomp-default (then RuntimeDefault).</source>
        <translation>Kubernetes führt den Container Unconfined aus, sofern das Kubelet nicht mit --seccomp-default läuft (dann RuntimeDefault).</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="30"/>
        <source>no pod-wide profile: each container&apos;s own setting applies.</source>
        <translation>kein Profil für den ganzen Pod: es gilt die Einstellung des jeweiligen Containers.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="31"/>
        <source>the container runtime&apos;s default AppArmor profile and SELinux label apply where the node has them.</source>
        <translation>es gelten das Standard-AppArmor-Profil und das SELinux-Label der Container-Runtime, wo der Knoten sie hat.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="32"/>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="64"/>
        <source>the root filesystem is writable.</source>
        <translation>das Root-Dateisystem ist beschreibbar.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="33"/>
        <source>no memory limit, unless a LimitRange of the namespace (not in the input) sets one.</source>
        <translation>kein Speicherlimit, sofern keine LimitRange des Namespace (nicht in der Eingabe) eines setzt.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="34"/>
        <source>no CPU limit, unless a LimitRange of the namespace (not in the input) sets one.</source>
        <translation>kein CPU-Limit, sofern keine LimitRange des Namespace (nicht in der Eingabe) eines setzt.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="35"/>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="68"/>
        <source>no sysctl is set.</source>
        <translation>es ist kein sysctl gesetzt.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="36"/>
        <source>the container runtime masks /proc paths (procMount Default).</source>
        <translation>die Container-Runtime maskiert /proc-Pfade (procMount Default).</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="37"/>
        <source>not a Windows HostProcess container.</source>
        <translation>kein Windows-HostProcess-Container.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="38"/>
        <source>the pod has its own process namespace.</source>
        <translation>der Pod hat einen eigenen Prozess-Namespace.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="39"/>
        <source>the pod has its own IPC namespace.</source>
        <translation>der Pod hat einen eigenen IPC-Namespace.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="40"/>
        <source>the pod has its own network namespace.</source>
        <translation>der Pod hat einen eigenen Netzwerk-Namespace.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="41"/>
        <source>the pod has its own hostname (UTS namespace).</source>
        <translation>der Pod hat einen eigenen Hostnamen (UTS-Namespace).</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="42"/>
        <source>hostUsers is true: the pod shares the node&apos;s user namespace, so uid 0 in it is uid 0 on the node.</source>
        <translation>hostUsers ist true: der Pod teilt den User-Namespace des Knotens, uid 0 darin ist also uid 0 auf dem Knoten.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="43"/>
        <source>no NetworkPolicy in the input selects the pod for ingress: Kubernetes lets all inbound traffic in.</source>
        <translation>keine NetworkPolicy der Eingabe wählt den Pod für Ingress aus: Kubernetes lässt allen eingehenden Verkehr zu.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="44"/>
        <source>no NetworkPolicy in the input selects the pod for egress: Kubernetes lets all outbound traffic out.</source>
        <translation>keine NetworkPolicy der Eingabe wählt den Pod für Egress aus: Kubernetes lässt allen ausgehenden Verkehr zu.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="45"/>
        <source>automountServiceAccountToken is true (on the pod and its ServiceAccount): the API token is mounted.</source>
        <translation>automountServiceAccountToken ist true (am Pod und an seinem ServiceAccount): das API-Token wird eingehängt.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="46"/>
        <source>Always for :latest or an image without a tag, IfNotPresent otherwise.</source>
        <translation>Always bei :latest oder einem Image ohne Tag, sonst IfNotPresent.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="50"/>
        <source>no-new-privileges is off unless containers.conf (Podman) or daemon.json (Docker) turns it on.</source>
        <translation>no-new-privileges ist aus, sofern containers.conf (Podman) oder daemon.json (Docker) es nicht einschaltet.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="51"/>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="62"/>
        <source>the engine&apos;s default seccomp profile applies.</source>
        <translation>es gilt das Standard-seccomp-Profil der Engine.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="52"/>
        <source>no AppArmor profile or SELinux label is recorded: the engine&apos;s default applies where the host has one.</source>
        <translation>kein AppArmor-Profil und kein SELinux-Label erfasst: es gilt der Standard der Engine, wo der Host einen hat.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="53"/>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="69"/>
        <source>the engine masks sensitive /proc paths.</source>
        <translation>die Engine maskiert sensible /proc-Pfade.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="54"/>
        <source>a rootful engine runs the container in the host&apos;s user namespace.</source>
        <translation>eine rootful Engine führt den Container im User-Namespace des Hosts aus.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="56"/>
        <source>compose runs the service unprivileged.</source>
        <translation>compose führt den Dienst ohne Privilegien aus.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="57"/>
        <source>no capability is added to the engine&apos;s default set.</source>
        <translation>zu den Standard-Capabilities der Engine kommt keine hinzu.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="58"/>
        <source>nothing is dropped: the engine&apos;s default capabilities stay.</source>
        <translation>nichts wird entfernt: die Standard-Capabilities der Engine bleiben.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="61"/>
        <source>no-new-privileges is off unless the engine&apos;s configuration turns it on.</source>
        <translation>no-new-privileges ist aus, sofern die Konfiguration der Engine es nicht einschaltet.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="63"/>
        <source>the engine&apos;s default AppArmor profile or SELinux label applies where the host has one.</source>
        <translation>es gilt das Standard-AppArmor-Profil oder SELinux-Label der Engine, wo der Host eines hat.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="65"/>
        <source>no memory limit.</source>
        <translation>kein Speicherlimit.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="66"/>
        <source>no CPU limit.</source>
        <translation>kein CPU-Limit.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="67"/>
        <source>the engine&apos;s default process limit applies (Podman: 2048; Docker: none).</source>
        <translation>es gilt das Standard-Prozesslimit der Engine (Podman: 2048; Docker: keines).</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="70"/>
        <source>the service has its own process namespace.</source>
        <translation>der Dienst hat einen eigenen Prozess-Namespace.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="71"/>
        <source>the service has its own IPC namespace.</source>
        <translation>der Dienst hat einen eigenen IPC-Namespace.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="72"/>
        <source>the service joins the project&apos;s networks, not the host&apos;s.</source>
        <translation>der Dienst tritt den Netzwerken des Projekts bei, nicht dem des Hosts.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="73"/>
        <source>the service has its own hostname (UTS namespace).</source>
        <translation>der Dienst hat einen eigenen Hostnamen (UTS-Namespace).</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="74"/>
        <source>the engine&apos;s default: the host&apos;s user namespace for a rootful engine.</source>
        <translation>der Standard der Engine: bei einer rootful Engine der User-Namespace des Hosts.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="75"/>
        <source>the project&apos;s default bridge network.</source>
        <translation>das Standard-Bridge-Netzwerk des Projekts.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="76"/>
        <source>the service joins the project&apos;s default network, which reaches outside.</source>
        <translation>der Dienst tritt dem Standardnetzwerk des Projekts bei, das nach außen reicht.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../models/core/policy/policy.cpp" line="56"/>
        <source>requirement %1 is also defined in %2</source>
        <translation>Anforderung %1 ist auch in %2 definiert</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policy.cpp" line="62"/>
        <source>waiver %1 is also defined in %2</source>
        <translation>Ausnahme %1 ist auch in %2 definiert</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/guiapplication.cpp" line="156"/>
        <source>Crossroads</source>
        <translation>Crossroads</translation>
    </message>
    <message>
        <location filename="../app/gui/guiapplication.cpp" line="156"/>
        <source>There is no training scenario “%1”.</source>
        <translation>Es gibt kein Trainingsszenario „%1“.</translation>
    </message>
</context>
<context>
    <name>RuleCatalogue</name>
    <message>
        <location filename="../models/core/rules/rulecatalogue.cpp" line="70"/>
        <source>not a rule catalogue (expected an object with &quot;checks&quot;)</source>
        <translation>kein Regelkatalog (erwartet wurde ein Objekt mit „checks“)</translation>
    </message>
    <message>
        <location filename="../models/core/rules/rulecatalogue.cpp" line="85"/>
        <source>a check needs id, title, domain, severity and a known test</source>
        <translation>eine Prüfung braucht id, title, domain, severity und einen bekannten test</translation>
    </message>
    <message>
        <location filename="../models/core/rules/rulecatalogue.cpp" line="95"/>
        <source>unknown fact %1</source>
        <translation>unbekannter Fakt %1</translation>
    </message>
    <message>
        <location filename="../models/core/rules/rulecatalogue.cpp" line="118"/>
        <source>fails_when must name a container fact</source>
        <translation>fails_when muss einen Container-Fakt nennen</translation>
    </message>
    <message>
        <location filename="../models/core/rules/rulecatalogue.cpp" line="125"/>
        <source>pass_when must name a container fact</source>
        <translation>pass_when muss einen Container-Fakt nennen</translation>
    </message>
    <message>
        <location filename="../models/core/rules/rulecatalogue.cpp" line="141"/>
        <source>duplicate check id %1</source>
        <translation>doppelte Prüf-ID %1</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="29"/>
        <source>must be %1 lowercase hexadecimal digits, as Crossroads writes it; the snapshot is damaged or was edited</source>
        <translation>muss aus %1 kleingeschriebenen Hexadezimalziffern bestehen, wie Crossroads es schreibt; der Snapshot ist beschädigt oder wurde bearbeitet</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="70"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="71"/>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="72"/>
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="176"/>
        <source>is not a fact shape as Crossroads writes it, {&quot;fact&quot;: name, &quot;provenance&quot;: …}</source>
        <translation>ist keine Faktform, wie Crossroads sie schreibt: {&quot;fact&quot;: Name, &quot;provenance&quot;: …}</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="204"/>
        <source>is not a fact as Crossroads writes it, [shape, value, source, line]</source>
        <translation>ist kein Fakt, wie Crossroads ihn schreibt: [Form, Wert, Quelle, Zeile]</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="209"/>
        <source>names fact shape %1, which no workload before it defines</source>
        <translation>nennt die Faktform %1, die kein Workload davor definiert</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="219"/>
        <source>gives fact %1 a second time (first at line %2)</source>
        <translation>gibt den Fakt %1 ein zweites Mal an (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="38"/>
        <source>%1; the snapshot is damaged or was edited: write it again from its inputs (crossroads-cli snapshot), or restore the saved copy</source>
        <translation>%1; der Snapshot ist beschädigt oder wurde bearbeitet: schreiben Sie ihn aus seinen Eingaben neu (crossroads-cli snapshot) oder stellen Sie die gespeicherte Kopie wieder her</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="77"/>
        <source>gives fact %1 the value %2, but it is %3 (or null) wherever Crossroads writes it</source>
        <translation>gibt dem Fakt %1 den Wert %2, aber er ist überall, wo Crossroads ihn schreibt, %3 (oder null)</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="231"/>
        <source>cites source %1, but its workload lists %2 source(s), numbered from 0</source>
        <translation>nennt Quelle %1, aber seine Workload führt %2 Quelle(n), ab 0 nummeriert</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="235"/>
        <source>gives line %1, where a line is a whole number</source>
        <translation>gibt Zeile %1 an, eine Zeile ist aber eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="270"/>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="310"/>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="322"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="311"/>
        <source>snapshot format %1 is newer than this Crossroads understands (%2)</source>
        <translation>Snapshot-Format %1 ist neuer, als diese Crossroads-Version versteht (%2)</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="323"/>
        <source>recorded as the development side, but given as production; give it as the dev side (--dev, or check --side dev), or compare two snapshots of one side with history --from/--to</source>
        <translation>als Entwicklungsumgebung aufgezeichnet, aber als Produktion angegeben; geben Sie ihn als dev-Seite an (--dev oder check --side dev) oder vergleichen Sie zwei Snapshots einer Seite mit history --from/--to</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="325"/>
        <source>recorded as the production side, but given as development; give it as the prod side (--prod, or check --side prod), or compare two snapshots of one side with history --from/--to</source>
        <translation>als Produktionsumgebung aufgezeichnet, aber als Entwicklung angegeben; geben Sie ihn als prod-Seite an (--prod oder check --side prod) oder vergleichen Sie zwei Snapshots einer Seite mit history --from/--to</translation>
    </message>
</context>
<context>
    <name>crossroads</name>
    <message>
        <location filename="../app/gui/headlessrun.cpp" line="33"/>
        <source>crossroads: no display found. Give --demo or --dev PATH… --prod PATH… to compare headless, or use crossroads-cli.</source>
        <translation>crossroads: keine Anzeige gefunden. Geben Sie --demo oder --dev PFAD… --prod PFAD… an, um ohne Anzeige zu vergleichen, oder verwenden Sie crossroads-cli.</translation>
    </message>
    <message>
        <location filename="../app/gui/headlessrun.cpp" line="37"/>
        <source>No display found: comparing headless (crossroads-cli has every option).</source>
        <translation>Keine Anzeige gefunden: Vergleich ohne Anzeige (crossroads-cli hat alle Optionen).</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="91"/>
        <location filename="../models/core/policy/policyenforcer.cpp" line="77"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="114"/>
        <location filename="../models/core/policy/policyenforcer.cpp" line="143"/>
        <source>no counterpart in development</source>
        <translation>ohne Gegenstück in der Entwicklung</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="114"/>
        <location filename="../models/core/policy/policyenforcer.cpp" line="143"/>
        <source>no counterpart in production</source>
        <translation>ohne Gegenstück in der Produktion</translation>
    </message>
    <message>
        <location filename="../models/core/document/wholejson.cpp" line="26"/>
        <location filename="../models/core/document/yamlparser.cpp" line="173"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../models/core/document/wholejson.cpp" line="38"/>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/document/wholejson.cpp" line="47"/>
        <location filename="../models/core/document/wholejson.cpp" line="50"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../models/core/document/wholejson.cpp" line="52"/>
        <source>not valid JSON: out of memory or malformed</source>
        <translation>kein gültiges JSON: Speicher erschöpft oder fehlerhaft</translation>
    </message>
    <message>
        <location filename="../models/core/document/yamlparser.cpp" line="167"/>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <location filename="../models/core/document/yamlparser.cpp" line="179"/>
        <location filename="../models/core/importers/environmentimporter.cpp" line="42"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../models/core/document/yamlparser.cpp" line="207"/>
        <source>the file is empty (it holds only comments)</source>
        <translation>die Datei ist leer (sie enthält nur Kommentare)</translation>
    </message>
    <message>
        <location filename="../models/core/document/yamlparser.cpp" line="218"/>
        <source>a mapping or sequence used as a key is not supported</source>
        <translation>ein Mapping oder eine Sequenz als Schlüssel wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../models/core/document/yamlparser.cpp" line="235"/>
        <source>an alias used as a key is not supported</source>
        <translation>ein Alias als Schlüssel wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../models/core/history/posturetimeline.cpp" line="48"/>
        <source>timeline stopped</source>
        <translation>Zeitleiste angehalten</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisioncomparison.cpp" line="14"/>
        <source>comparison stopped</source>
        <translation>Vergleich angehalten</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionspec.cpp" line="13"/>
        <source>write a snapshot in the repository as REV:PATH, e.g. v1.4:prod/posture.crossroads.json</source>
        <translation>geben Sie einen Snapshot im Repository als REV:PFAD an, z. B. v1.4:prod/posture.crossroads.json</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="47"/>
        <location filename="../models/core/history/revisionwalker.cpp" line="66"/>
        <source>cannot list branches and tags</source>
        <translation>Branches und Tags können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="101"/>
        <location filename="../models/core/history/revisionwalker.cpp" line="115"/>
        <source>cannot read the tree of commit %1</source>
        <translation>der Tree von Commit %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="109"/>
        <source>cannot read the parent of commit %1</source>
        <translation>der Vorgänger von Commit %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="124"/>
        <source>cannot compare commit %1 with its parent</source>
        <translation>Commit %1 kann nicht mit seinem Vorgänger verglichen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="28"/>
        <source>cannot build the new tree</source>
        <translation>der neue Tree kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="40"/>
        <source>cannot read folder %1</source>
        <translation>Ordner %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="44"/>
        <source>%1 is a file, not a folder, on this branch</source>
        <translation>%1 ist auf diesem Branch eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="54"/>
        <source>%1 is a folder on this branch</source>
        <translation>%1 ist auf diesem Branch ein Ordner</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="58"/>
        <source>cannot add %1 to the tree</source>
        <translation>%1 kann nicht zum Tree hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="62"/>
        <source>cannot write the new tree</source>
        <translation>der neue Tree kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="76"/>
        <source>&quot;%1&quot; is not a path inside the repository (write it like prod/posture.crossroads.json)</source>
        <translation>„%1“ ist kein Pfad im Repository (schreiben Sie ihn wie prod/posture.crossroads.json)</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="88"/>
        <source>cannot read HEAD</source>
        <translation>HEAD kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="91"/>
        <source>HEAD is detached; name the branch to commit to</source>
        <translation>HEAD ist losgelöst (detached); nennen Sie den Branch für den Commit</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="94"/>
        <source>HEAD does not name a branch; name the branch to commit to</source>
        <translation>HEAD verweist auf keinen Branch; nennen Sie den Branch für den Commit</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="44"/>
        <source>document %1, </source>
        <translation>Dokument %1, </translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="86"/>
        <source>a Crossroads policy, not an environment: give it with --policy (once per file)</source>
        <translation>eine Crossroads-Richtlinie, keine Umgebung: geben Sie sie mit --policy an (einmal pro Datei)</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="88"/>
        <source>a Crossroads report (%1), not an environment</source>
        <translation>ein Crossroads-Bericht (%1), keine Umgebung</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="112"/>
        <source>a container list (docker ps, /containers/json), which lacks the settings Crossroads judges; give docker inspect (or podman inspect) output of the containers instead</source>
        <translation>eine Container-Liste (docker ps, /containers/json), der die Einstellungen fehlen, die Crossroads bewertet; geben Sie stattdessen die Ausgabe von docker inspect (oder podman inspect) der Container an</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="114"/>
        <source>object of kind %1 without apiVersion; not a Kubernetes manifest</source>
        <translation>Objekt der Art %1 ohne apiVersion; kein Kubernetes-Manifest</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="116"/>
        <source>not a container or network inspect, engine info, compose file, Kubernetes object or Crossroads snapshot</source>
        <translation>weder Container- oder Netzwerk-inspect noch Engine-info, compose-Datei, Kubernetes-Objekt oder Crossroads-Snapshot</translation>
    </message>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="542"/>
        <source>%1 %2 has no pod template</source>
        <translation>%1 %2 hat kein Pod-Template</translation>
    </message>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="561"/>
        <source>%1 %2 has no containers</source>
        <translation>%1 %2 hat keine Container</translation>
    </message>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="607"/>
        <source>Secret %1: data key %2 is not valid base64; not fingerprinted</source>
        <translation>Secret %1: Datenschlüssel %2 ist kein gültiges Base64; kein Fingerabdruck erstellt</translation>
    </message>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="641"/>
        <source>ConfigMap %1: binaryData keys (%2) are not read for credentials</source>
        <translation>ConfigMap %1: binaryData-Schlüssel (%2) werden nicht nach Zugangsdaten durchsucht</translation>
    </message>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="651"/>
        <source>%1 %2: kind %1 carries no container posture</source>
        <translation>%1 %2: die Art %1 trägt keine Container-Sicherheitslage</translation>
    </message>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="710"/>
        <source>NetworkPolicy %1: podSelector operator %2 is not In, NotIn, Exists or DoesNotExist; the API server refuses the policy, so it isolates no pod</source>
        <translation>NetworkPolicy %1: podSelector-Operator %2 ist weder In, NotIn, Exists noch DoesNotExist; der API-Server weist die Policy ab, sie isoliert also keinen Pod</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyenforcer.cpp" line="75"/>
        <source>untrusted: %1</source>
        <translation>nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyenforcer.cpp" line="78"/>
        <source>all images from trusted registries</source>
        <translation>alle Images aus vertrauenswürdigen Registries</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="39"/>
        <source>unknown check %1 (a waiver names a catalogue check, a comparison fact, a requirement of the policies in force, or a pattern with * or ?)</source>
        <translation>unbekannte Prüfung %1 (eine Ausnahme nennt eine Katalogprüfung, einen Vergleichsfakt, eine Anforderung der geltenden Richtlinien oder ein Muster mit * oder ?)</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="53"/>
        <location filename="../models/core/training/trainingscenario.cpp" line="27"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="55"/>
        <source>larger than %1 bytes; not a policy file</source>
        <translation>größer als %1 Byte; keine Richtliniendatei</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="96"/>
        <source>expected a list of strings</source>
        <translation>erwartet wurde eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="100"/>
        <source>expected a non-empty string</source>
        <translation>erwartet wurde eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="109"/>
        <source>a waiver is an object</source>
        <translation>eine Ausnahme ist ein Objekt</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="111"/>
        <source>unknown key &quot;%1&quot; in a waiver</source>
        <translation>unbekannter Schlüssel „%1“ in einer Ausnahme</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="117"/>
        <source>a waiver needs &quot;%1&quot; (id, check, owner, reason and expires are required)</source>
        <translation>eine Ausnahme braucht „%1“ (id, check, owner, reason und expires sind Pflicht)</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="121"/>
        <source>expected a string</source>
        <translation>erwartet wurde eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="133"/>
        <location filename="../models/core/policy/policyfile.cpp" line="149"/>
        <source>side must be dev, prod or both</source>
        <translation>side muss dev, prod oder both sein</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="136"/>
        <source>expires must be a date like 2026-12-31</source>
        <translation>expires muss ein Datum wie 2026-12-31 sein</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="143"/>
        <source>a requirement is an object</source>
        <translation>eine Anforderung ist ein Objekt</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="159"/>
        <source>unexpected value type: %1</source>
        <translation>unerwarteter Werttyp: %1</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="166"/>
        <source>a requirement names a fact; use the catalogue&apos;s Pod Security checks for pss.level</source>
        <translation>eine Anforderung nennt einen Fakt; verwenden Sie für pss.level die Pod-Security-Prüfungen des Katalogs</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="173"/>
        <source>not a policy file (expected &quot;schema&quot;: &quot;%1&quot;)</source>
        <translation>keine Richtliniendatei (erwartet wurde „schema“: „%1“)</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="175"/>
        <location filename="../models/core/policy/policyfile.cpp" line="187"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="185"/>
        <source>expected an object with only, disable and severity</source>
        <translation>erwartet wurde ein Objekt mit only, disable und severity</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="197"/>
        <location filename="../models/core/policy/policyfile.cpp" line="216"/>
        <source>unknown check %1</source>
        <translation>unbekannte Prüfung %1</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="210"/>
        <source>expected an object of check id → severity</source>
        <translation>erwartet wurde ein Objekt aus Prüf-ID → Schweregrad</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="218"/>
        <source>severity must be low, medium, high or critical</source>
        <translation>severity muss low, medium, high oder critical sein</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="231"/>
        <source>expected a list</source>
        <translation>erwartet wurde eine Liste</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="239"/>
        <source>%1 is a catalogue check id; give the requirement its own id</source>
        <translation>%1 ist die ID einer Katalogprüfung; geben Sie der Anforderung eine eigene ID</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="256"/>
        <source>waiver id %1 is used twice</source>
        <translation>Ausnahme-ID %1 wird zweimal verwendet</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="87"/>
        <source>Scores per domain, dev and prod</source>
        <translation>Punkte je Bereich, dev und prod</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="79"/>
        <location filename="../models/core/report/htmlreport.cpp" line="99"/>
        <location filename="../models/core/report/textreport.cpp" line="68"/>
        <location filename="../views/report/pdfreport.cpp" line="59"/>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="129"/>
        <source>Results by classification</source>
        <translation>Ergebnisse nach Einstufung</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="144"/>
        <source>(no source)</source>
        <translation>(keine Quelle)</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="152"/>
        <location filename="../views/report/pdfreport.cpp" line="111"/>
        <source>Waiver %1 expired on %2; the gap counts again.</source>
        <translation>Ausnahme %1 ist am %2 abgelaufen; die Lücke zählt wieder.</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="153"/>
        <source>Waived by %1 (%2) until %3, was %4: </source>
        <translation>Ausgenommen von %1 (%2) bis %3, war %4: </translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="195"/>
        <source>No risk is accepted by a waiver.</source>
        <translation>Bisher ist kein Risiko per Ausnahme akzeptiert.</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="197"/>
        <source>Waiver</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="197"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="197"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="197"/>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="197"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="197"/>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="197"/>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="197"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="197"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="60"/>
        <source>Scores (0–100, higher is better)   dev  prod
</source>
        <translation>Punkte (0–100, höher ist besser)   dev  prod
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="60"/>
        <source>Scores (0–100, higher is better)   score
</source>
        <translation>Punkte (0–100, höher ist besser)   Wert
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="82"/>
        <source>  waiver %1 (%2) is for the %3 side: not applied here
</source>
        <translation>  Ausnahme %1 (%2) gilt für die Seite %3: hier nicht angewandt
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="84"/>
        <source>  waiver %1 (%2) EXPIRED on %3: it no longer counts
</source>
        <translation>  Ausnahme %1 (%2) ist am %3 ABGELAUFEN: sie zählt nicht mehr
</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/report/textreport.cpp" line="86"/>
        <source>  waiver %1 (%2) is unused: the %n gap(s) it names fail on both sides, which a waiver for the %3 side alone does not accept (give it no side, or fix the other side)
</source>
        <translation>
            <numerusform>  Ausnahme %1 (%2) ist ungenutzt: die %n Lücke, die sie nennt, scheitert in beiden Umgebungen, und eine Ausnahme nur für %3 nimmt sie nicht aus (lassen Sie die Umgebung weg oder beheben Sie die andere)
</numerusform>
            <numerusform>  Ausnahme %1 (%2) ist ungenutzt: die %n Lücken, die sie nennt, scheitern in beiden Umgebungen, und eine Ausnahme nur für %3 nimmt sie nicht aus (lassen Sie die Umgebung weg oder beheben Sie die andere)
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="91"/>
        <source>  waiver %1 (%2) is unused: %3
</source>
        <translation>  Ausnahme %1 (%2) ist ungenutzt: %3
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="93"/>
        <source>  waiver %1 (%2) is unused: it matches nothing
</source>
        <translation>  Ausnahme %1 (%2) ist ungenutzt: sie trifft auf nichts zu
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="106"/>
        <source>Baseline %1: %2 new, %3 updated, %4 gone
</source>
        <translation>Baseline %1: %2 neu, %3 geändert, %4 weggefallen
</translation>
    </message>
    <message>
        <location filename="../models/core/session/comparisonjob.cpp" line="28"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/core/training/trainingscenario.cpp" line="31"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="44"/>
        <source>Scores per domain (0–100, higher is better)</source>
        <translation>Punkte je Bereich (0–100, höher ist besser)</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="104"/>
        <source>Evidence: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="110"/>
        <source>Waived (%1) by %2 until %3: </source>
        <translation>Ausgenommen (%1) von %2 bis %3: </translation>
    </message>
</context>
<context>
    <name>crossroads::AcceptedRiskModel</name>
    <message>
        <location filename="../models/itemmodels/acceptedriskmodel.cpp" line="54"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/acceptedriskmodel.cpp" line="64"/>
        <source>%1 (ticket %2)</source>
        <translation>%1 (Ticket %2)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/acceptedriskmodel.cpp" line="82"/>
        <source>Waiver</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/acceptedriskmodel.cpp" line="83"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/acceptedriskmodel.cpp" line="84"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/acceptedriskmodel.cpp" line="85"/>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/acceptedriskmodel.cpp" line="86"/>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/acceptedriskmodel.cpp" line="87"/>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
</context>
<context>
    <name>crossroads::AnnotationWaivers</name>
    <message>
        <location filename="../models/core/policy/annotationwaivers.cpp" line="133"/>
        <source>the manifest (annotation; no owner stated)</source>
        <translation>das Manifest (Annotation; kein Verantwortlicher genannt)</translation>
    </message>
    <message>
        <location filename="../models/core/policy/annotationwaivers.cpp" line="134"/>
        <source>in-manifest annotation %1</source>
        <translation>Annotation im Manifest: %1</translation>
    </message>
    <message>
        <location filename="../models/core/policy/annotationwaivers.cpp" line="188"/>
        <source>“%1” is no kube-score test (misspelt?): it waives nothing, in kube-score or here</source>
        <translation>„%1“ ist kein Test von kube-score (vertippt?): die Angabe nimmt nichts aus, weder in kube-score noch hier</translation>
    </message>
    <message>
        <location filename="../models/core/policy/annotationwaivers.cpp" line="196"/>
        <source>kube-score reads no annotation %1 (misspelt? kube-score/ignore and kube-score/enable are its own): it waives nothing</source>
        <translation>kube-score liest keine Annotation %1 (vertippt? kube-score/ignore und kube-score/enable sind seine eigenen): sie nimmt nichts aus</translation>
    </message>
    <message>
        <location filename="../models/core/policy/annotationwaivers.cpp" line="225"/>
        <source>%1-expires (a date YYYY-MM-DD)</source>
        <translation>%1-expires (ein Datum JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../models/core/policy/annotationwaivers.cpp" line="230"/>
        <source>not honoured, it waives nothing: it lacks %1</source>
        <translation>nicht beachtet, sie nimmt nichts aus: es fehlt %1</translation>
    </message>
    <message>
        <location filename="../models/core/policy/annotationwaivers.cpp" line="199"/>
        <source>Polaris reads no annotation %1 (misspelt? polaris.fairwinds.com/exempt and polaris.fairwinds.com/CHECK-exempt are its own): it waives nothing</source>
        <translation>Polaris liest keine Annotation %1 (vertippt? polaris.fairwinds.com/exempt und polaris.fairwinds.com/CHECK-exempt sind seine): sie nimmt nichts aus</translation>
    </message>
    <message>
        <location filename="../models/core/policy/annotationwaivers.cpp" line="208"/>
        <source>“%1” is none of Polaris&apos; own checks (a custom check, or misspelt?): Crossroads waives nothing for it</source>
        <translation>„%1“ ist keine der mitgelieferten Prüfungen von Polaris (eine benutzerdefinierte Prüfung oder vertippt?): Crossroads nimmt dafür nichts aus</translation>
    </message>
</context>
<context>
    <name>crossroads::Baseline</name>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="79"/>
        <source>cannot open the baseline: %1</source>
        <translation>die Baseline kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="81"/>
        <source>larger than %1 bytes; not a crossroads report</source>
        <translation>größer als %1 Byte; kein Crossroads-Bericht</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="92"/>
        <source>not a crossroads report: %1</source>
        <translation>kein Crossroads-Bericht: %1</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="103"/>
        <source>not a report; a baseline is a report written by crossroads-cli --format json or sarif</source>
        <translation>kein Bericht; eine Baseline ist ein Bericht, den crossroads-cli --format json oder sarif geschrieben hat</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="114"/>
        <source>must be %1; not a report written by crossroads</source>
        <translation>muss %1 sein; kein von Crossroads geschriebener Bericht</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="121"/>
        <source>a list of gaps</source>
        <translation>eine Liste von Lücken</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="125"/>
        <source>a gap (an object)</source>
        <translation>eine Lücke (ein Objekt)</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="127"/>
        <source>a gap without a fingerprint (written by an older crossroads?)</source>
        <translation>eine Lücke ohne Fingerabdruck (von einer älteren Crossroads-Version geschrieben?)</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="134"/>
        <source>a list of runs</source>
        <translation>eine Liste von Runs</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="136"/>
        <source>a run (an object)</source>
        <translation>ein Run (ein Objekt)</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="146"/>
        <location filename="../models/core/baseline/baseline.cpp" line="187"/>
        <source>a list of results</source>
        <translation>eine Liste von Ergebnissen</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="151"/>
        <location filename="../models/core/baseline/baseline.cpp" line="191"/>
        <source>a result (an object)</source>
        <translation>ein Ergebnis (ein Objekt)</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="158"/>
        <location filename="../models/core/baseline/baseline.cpp" line="160"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="174"/>
        <source>a result without the crossroadsGap/v1 fingerprint (not written by crossroads?)</source>
        <translation>ein Ergebnis ohne den Fingerabdruck crossroadsGap/v1 (nicht von Crossroads geschrieben?)</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="200"/>
        <source>a failing result without a fingerprint (written by an older crossroads?)</source>
        <translation>ein fehlschlagendes Ergebnis ohne Fingerabdruck (von einer älteren Crossroads-Version geschrieben?)</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="204"/>
        <source>neither a crossroads report (comparison or check JSON) nor a SARIF 2.1.0 log</source>
        <translation>weder ein Crossroads-Bericht (Vergleichs- oder check-JSON) noch ein SARIF-2.1.0-Log</translation>
    </message>
</context>
<context>
    <name>crossroads::CatalogueReport</name>
    <message>
        <location filename="../models/core/report/cataloguereport.cpp" line="51"/>
        <source>DOMAIN</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <location filename="../models/core/report/cataloguereport.cpp" line="52"/>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <location filename="../models/core/report/cataloguereport.cpp" line="59"/>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <location filename="../models/core/report/cataloguereport.cpp" line="67"/>
        <source>%1 checks (catalogue %2). &apos;crossroads-cli explain ID&apos; prints one in full.</source>
        <translation>%1 Prüfungen (Katalog %2). „crossroads-cli explain ID“ zeigt eine vollständig.</translation>
    </message>
    <message>
        <location filename="../models/core/report/cataloguereport.cpp" line="126"/>
        <source>fact %1</source>
        <translation>Fakt %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/cataloguereport.cpp" line="128"/>
        <source>Applies to: %1. %2</source>
        <translation>Gilt für: %1. %2</translation>
    </message>
    <message>
        <location filename="../models/core/report/cataloguereport.cpp" line="129"/>
        <source>Fix for Podman / Docker / compose:</source>
        <translation>Behebung für Podman / Docker / compose:</translation>
    </message>
    <message>
        <location filename="../models/core/report/cataloguereport.cpp" line="130"/>
        <source>Fix for Kubernetes:</source>
        <translation>Behebung für Kubernetes:</translation>
    </message>
    <message>
        <location filename="../models/core/report/cataloguereport.cpp" line="132"/>
        <source>References: %1</source>
        <translation>Referenzen: %1</translation>
    </message>
</context>
<context>
    <name>crossroads::ClassificationLegend</name>
    <message>
        <location filename="../views/classificationlegend.cpp" line="47"/>
        <source>– %1 · blank: %2</source>
        <translation>– %1 · leer: %2</translation>
    </message>
    <message>
        <location filename="../views/classificationlegend.cpp" line="52"/>
        <source>Legend of the gap matrix</source>
        <translation>Legende der Lückenmatrix</translation>
    </message>
</context>
<context>
    <name>crossroads::ClassificationStyle</name>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="50"/>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="51"/>
        <source>Production only</source>
        <translation>Nur Produktion</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="52"/>
        <source>Fidelity gap</source>
        <translation>Testtreue-Lücke</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="53"/>
        <source>Development only</source>
        <translation>Nur Entwicklung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="54"/>
        <source>Shared failure</source>
        <translation>Beidseitig verfehlt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="55"/>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="56"/>
        <source>Aligned</source>
        <translation>Übereinstimmend</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="57"/>
        <source>Waived</source>
        <translation>Ausgenommen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="60"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="66"/>
        <source>Production is weaker than what was tested</source>
        <translation>Die Produktion ist schwächer als das Getestete</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="68"/>
        <source>Developers test under a weaker posture than production</source>
        <translation>Entwickler testen unter schwächeren Sicherheitseinstellungen als die Produktion</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="67"/>
        <source>Fails in production, where development has no counterpart or lacks the facts to judge it</source>
        <translation>Schlägt in der Produktion fehl; die Entwicklung hat kein Gegenstück oder nicht die Fakten, um es zu bewerten</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="69"/>
        <source>Fails in development, where production has no counterpart or lacks the facts to judge it</source>
        <translation>Schlägt in der Entwicklung fehl; die Produktion hat kein Gegenstück oder nicht die Fakten, um es zu bewerten</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="70"/>
        <source>Both sides fail the check</source>
        <translation>Beide Seiten bestehen die Prüfung nicht</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="71"/>
        <source>Both pass, with different values</source>
        <translation>Beide bestehen, mit unterschiedlichen Werten</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="72"/>
        <source>Both pass with the same value</source>
        <translation>Beide bestehen mit demselben Wert</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="73"/>
        <source>An accepted risk: a policy waiver with owner, reason and expiry covers it</source>
        <translation>Ein akzeptiertes Risiko: eine Richtlinienausnahme mit Verantwortlichem, Begründung und Ablaufdatum deckt es ab</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="76"/>
        <source>A side lacks the facts to judge</source>
        <translation>Einer Seite fehlen die Fakten für eine Bewertung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="82"/>
        <source>Does not apply</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="83"/>
        <source>No finding (no counterpart on the other side to compare with)</source>
        <translation>Kein Befund (kein Gegenstück auf der anderen Seite zum Vergleich)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="92"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="93"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="94"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="97"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
</context>
<context>
    <name>crossroads::CommandLine</name>
    <message>
        <location filename="../app/gui/commandline.cpp" line="50"/>
        <source>Compare the security posture of a development container environment with a production one.</source>
        <translation>Vergleicht die Sicherheitslage einer Container-Entwicklungsumgebung mit der einer Produktionsumgebung.</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="36"/>
        <source>Open the bundled demo comparison.</source>
        <translation>Den mitgelieferten Demo-Vergleich öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="37"/>
        <source>Development inputs: files or folders (several may follow).</source>
        <translation>Eingaben der Entwicklung: Dateien oder Ordner (mehrere möglich).</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="37"/>
        <location filename="../app/gui/commandline.cpp" line="38"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="38"/>
        <source>Production inputs: files or folders (several may follow).</source>
        <translation>Eingaben der Produktion: Dateien oder Ordner (mehrere möglich).</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="39"/>
        <source>Explicit dev→prod workload pairs (JSON or YAML).</source>
        <translation>Explizite Workload-Paare dev→prod (JSON oder YAML).</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="39"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="40"/>
        <source>Open a bundled training scenario by id.</source>
        <translation>Ein mitgeliefertes Trainingsszenario über seine ID öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="40"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="41"/>
        <source>Open a git repository of saved snapshots on the History page.</source>
        <translation>Ein Git-Repository gespeicherter Snapshots auf der Seite Verlauf öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="41"/>
        <location filename="../app/gui/commandline.cpp" line="42"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="42"/>
        <source>Save a PNG of every page into a folder, then quit.</source>
        <translation>Von jeder Seite ein PNG in einem Ordner speichern, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="43"/>
        <source>Use a light or a dark palette instead of the desktop&apos;s: light or dark.</source>
        <translation>Eine helle oder dunkle Palette statt der des Desktops verwenden: light oder dark.</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="43"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="44"/>
        <source>Open the window at this size, e.g. 1366x768.</source>
        <translation>Das Fenster in dieser Größe öffnen, z. B. 1366x768.</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="44"/>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="87"/>
        <source>--palette takes light or dark, not %1</source>
        <translation>--palette erwartet light oder dark, nicht %1</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="94"/>
        <source>--window-size takes WIDTHxHEIGHT in pixels (at least 640x480), not %1</source>
        <translation>--window-size erwartet BREITExHÖHE in Pixeln (mindestens 640x480), nicht %1</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="101"/>
        <source>give both --dev PATH… and --prod PATH…</source>
        <translation>geben Sie sowohl --dev PFAD… als auch --prod PFAD… an</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="109"/>
        <source>unexpected argument %1; inputs follow --dev or --prod</source>
        <translation>unerwartetes Argument %1; Eingaben folgen auf --dev oder --prod</translation>
    </message>
</context>
<context>
    <name>crossroads::ComparisonJob</name>
    <message>
        <location filename="../models/core/session/comparisonjob.cpp" line="101"/>
        <source>Reading the development side…</source>
        <translation>Entwicklungsumgebung wird gelesen…</translation>
    </message>
    <message>
        <location filename="../models/core/session/comparisonjob.cpp" line="101"/>
        <source>Reading the production side…</source>
        <translation>Produktionsumgebung wird gelesen…</translation>
    </message>
    <message>
        <location filename="../models/core/session/comparisonjob.cpp" line="134"/>
        <source>Comparing…</source>
        <translation>Vergleich läuft…</translation>
    </message>
    <message>
        <location filename="../models/core/session/comparisonjob.cpp" line="137"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>crossroads::ComparisonLoader</name>
    <message>
        <location filename="../views/comparisonloader.cpp" line="51"/>
        <source>Laying out the gap matrix…</source>
        <translation>Die Lückenmatrix wird angeordnet…</translation>
    </message>
</context>
<context>
    <name>crossroads::CredentialClassifier</name>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="329"/>
        <source>private-key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="330"/>
        <source>aws-access-key-id</source>
        <translation>AWS-Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="331"/>
        <source>github-token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="332"/>
        <source>gitlab-token</source>
        <translation>GitLab-Token</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="333"/>
        <source>slack-token</source>
        <translation>Slack-Token</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="334"/>
        <source>stripe-key</source>
        <translation>Stripe-Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="335"/>
        <source>google-api-key</source>
        <translation>Google-API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="336"/>
        <source>jwt</source>
        <translation>JWT</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="337"/>
        <source>url-with-password</source>
        <translation>URL mit Passwort</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="338"/>
        <source>high-entropy</source>
        <translation>Wert hoher Entropie</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="339"/>
        <source>credential-name</source>
        <translation>Zugangsdaten dem Namen nach</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="340"/>
        <source>secret-data</source>
        <translation>Secret-Daten</translation>
    </message>
</context>
<context>
    <name>crossroads::DashboardView</name>
    <message>
        <location filename="../views/dashboardview.cpp" line="105"/>
        <source>Failing checks by severity</source>
        <translation>Fehlgeschlagene Prüfungen nach Schweregrad</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="127"/>
        <source>Trend in the history repository</source>
        <translation>Trend im Verlaufs-Repository</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="136"/>
        <source>Scores per domain, development and production</source>
        <translation>Punkte je Bereich, Entwicklung und Produktion</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="137"/>
        <source>Scores per domain (0–100, higher is better)</source>
        <translation>Punkte je Bereich (0–100, höher ist besser)</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="142"/>
        <source>Verdict per domain</source>
        <translation>Urteil je Bereich</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="161"/>
        <source>Engine facts</source>
        <translation>Engine-Fakten</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="164"/>
        <location filename="../views/dashboardview.cpp" line="174"/>
        <source>Accepted risks</source>
        <translation>Akzeptierte Risiken</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="165"/>
        <source>Risks accepted by policy waivers; the reason is in each row&apos;s tooltip</source>
        <translation>Durch Richtlinienausnahmen akzeptierte Risiken; die Begründung steht im Tooltip jeder Zeile</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="167"/>
        <source>No risk is accepted by a waiver. Accept one with “Accept as a risk” in a gap&apos;s detail, or load a policy (Policy menu).</source>
        <translation>Bisher ist kein Risiko per Ausnahme akzeptiert. Akzeptieren Sie eines mit „Risiko akzeptieren“ im Detail einer Lücke oder laden Sie eine Richtlinie (Menü Richtlinie).</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="175"/>
        <source>Container engines</source>
        <translation>Container-Engines</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="178"/>
        <location filename="../views/dashboardview.cpp" line="190"/>
        <source>Most severe open findings</source>
        <translation>Schwerste offene Befunde</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="179"/>
        <source>Press Enter or double-click to open the gap</source>
        <translation>Eingabetaste oder Doppelklick öffnet die Lücke</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dashboardview.cpp" line="228"/>
        <source>Most severe open findings: %n critical or high, criticals of every kind first</source>
        <translation>
            <numerusform>Schwerste offene Befunde: %n kritischer oder hoher, kritische jeder Art zuerst</numerusform>
            <numerusform>Schwerste offene Befunde: %n kritische oder hohe, kritische jeder Art zuerst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="229"/>
        <source>Most severe open findings: none critical or high</source>
        <translation>Schwerste offene Befunde: keiner kritisch oder hoch</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="231"/>
        <source> (the first %1; the Gap matrix shows all)</source>
        <translation> (die ersten %1; die Lückenmatrix zeigt alle)</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="235"/>
        <source>Accepted risks (%1, %2 expiring)</source>
        <translation>Akzeptierte Risiken (%1, %2 vor Ablauf)</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="235"/>
        <source>Accepted risks (%1)</source>
        <translation>Akzeptierte Risiken (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dashboardview.cpp" line="236"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (development) ⇄ &lt;b&gt;%2&lt;/b&gt; (production) · %n pair(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (Entwicklung) ⇄ &lt;b&gt;%2&lt;/b&gt; (Produktion) · %n Paar</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (Entwicklung) ⇄ &lt;b&gt;%2&lt;/b&gt; (Produktion) · %n Paare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="238"/>
        <source>, %1 dev-only and %2 prod-only workload(s) · Pod Security judged at Kubernetes %3%4</source>
        <translation>, %1 Workloads nur in dev und %2 nur in prod · Pod Security bewertet nach Kubernetes %3%4</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="241"/>
        <source> (no node version found: latest)</source>
        <translation> (keine Knotenversion gefunden: neueste)</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="252"/>
        <source>Open a history repository (History page) to see how its latest revision moved against the previous one.</source>
        <translation>Öffnen Sie ein Verlaufs-Repository (Seite Verlauf), um zu sehen, wie sich seine neueste Revision gegenüber der vorigen verändert hat.</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="253"/>
        <source>The history holds one revision: nothing to compare it with yet.</source>
        <translation>Der Verlauf enthält eine Revision: noch nichts zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="264"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dashboardview.cpp" line="270"/>
        <source>▲ %n more</source>
        <translation>
            <numerusform>▲ %n mehr</numerusform>
            <numerusform>▲ %n mehr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dashboardview.cpp" line="270"/>
        <source>▼ %n fewer</source>
        <translation>
            <numerusform>▼ %n weniger</numerusform>
            <numerusform>▼ %n weniger</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="270"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="272"/>
        <source>%1, from %2 to %3: %4 → %5 failing checks in its snapshots (%6); %7.</source>
        <translation>%1, von %2 bis %3: %4 → %5 fehlgeschlagene Prüfungen in seinen Snapshots (%6); %7.</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="277"/>
        <source>History of %1: the failing checks of every snapshot file at a revision, each checked on its own (the History page&apos;s timeline)</source>
        <translation>Verlauf von %1: die fehlgeschlagenen Prüfungen jeder Snapshot-Datei je Revision, jede für sich geprüft (die Zeitleiste der Seite Verlauf)</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="317"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="318"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="327"/>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="382"/>
        <source>not judged</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>crossroads::DetachedSignature</name>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="36"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="45"/>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="100"/>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="108"/>
        <source>cannot open the signature: %1</source>
        <translation>die Signatur kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="110"/>
        <source>too large to be a signature file</source>
        <translation>zu groß für eine Signaturdatei</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="131"/>
        <source>damaged or truncated signature file (%1%2)</source>
        <translation>beschädigte oder abgeschnittene Signaturdatei (%1%2)</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="137"/>
        <source>not a crossroads signature (expected &quot;schema&quot;: &quot;%1&quot; and a statement)</source>
        <translation>keine Crossroads-Signatur (erwartet wurden „schema“: „%1“ und eine Aussage)</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="151"/>
        <source>the signed statement is damaged</source>
        <translation>die signierte Aussage ist beschädigt</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="157"/>
        <source>the signature value is damaged or truncated</source>
        <translation>der Signaturwert ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="163"/>
        <source>the embedded public key is damaged</source>
        <translation>der eingebettete öffentliche Schlüssel ist beschädigt</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="165"/>
        <source>the embedded public key is not the signing key %1</source>
        <translation>der eingebettete öffentliche Schlüssel ist nicht der Signaturschlüssel %1</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="167"/>
        <source>the signature does not match its statement: the signature file was altered</source>
        <translation>die Signatur passt nicht zu ihrer Aussage: die Signaturdatei wurde verändert</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="173"/>
        <source>this signature is for &quot;%1&quot;, not for &quot;%2&quot; (SHA-256 differs)</source>
        <translation>diese Signatur gilt für „%1“, nicht für „%2“ (SHA-256 weicht ab)</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="174"/>
        <source>%1 was changed after it was signed: SHA-256 is %2, signed was %3</source>
        <translation>%1 wurde nach dem Signieren geändert: SHA-256 ist %2, signiert wurde %3</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="183"/>
        <source>%1: signature valid, but made by key %2 (signer &quot;%3&quot;, as the signature claims), which is not trusted</source>
        <translation>%1: Signatur gültig, aber mit Schlüssel %2 erstellt (Unterzeichner „%3“, laut Signatur), dem nicht vertraut wird</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="189"/>
        <source>%1: valid signature by %2 (key %3, trusted: %4) at %5</source>
        <translation>%1: gültige Signatur von %2 (Schlüssel %3, vertrauenswürdig: %4) am %5</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="192"/>
        <source>; signed under the name &quot;%1&quot;</source>
        <translation>; signiert unter dem Namen „%1“</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="200"/>
        <source>%1 is not signed (no %2)</source>
        <translation>%1 ist nicht signiert (kein %2)</translation>
    </message>
</context>
<context>
    <name>crossroads::DocumentReader</name>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="32"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="76"/>
        <location filename="../models/core/document/documentreader.cpp" line="114"/>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="76"/>
        <location filename="../models/core/document/documentreader.cpp" line="114"/>
        <source>binary data, not JSON or YAML</source>
        <translation>Binärdaten, kein JSON oder YAML</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="65"/>
        <location filename="../models/core/document/documentreader.cpp" line="116"/>
        <location filename="../models/core/document/inmemoryjson.cpp" line="396"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="67"/>
        <location filename="../models/core/document/documentreader.cpp" line="120"/>
        <location filename="../models/core/document/documentreader.cpp" line="147"/>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="68"/>
        <location filename="../models/core/document/documentreader.cpp" line="92"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="73"/>
        <source>the file is UTF-16 encoded; save it as UTF-8</source>
        <translation>die Datei ist UTF-16-kodiert; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="145"/>
        <source>the file changed while it was read; read it again once it is complete</source>
        <translation>die Datei hat sich beim Lesen geändert; lesen Sie sie erneut, sobald sie vollständig ist</translation>
    </message>
</context>
<context>
    <name>crossroads::DriftListModel</name>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="25"/>
        <source>▲ Better</source>
        <translation>▲ Besser</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="26"/>
        <source>▼ Worse</source>
        <translation>▼ Schlechter</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="27"/>
        <source>+ Appeared</source>
        <translation>+ Hinzugekommen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="30"/>
        <source>− Disappeared</source>
        <translation>− Weggefallen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="72"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="73"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="74"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="75"/>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="76"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="77"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="78"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>crossroads::DropZone</name>
    <message>
        <location filename="../views/dropzone.cpp" line="39"/>
        <source>%1: chosen inputs</source>
        <translation>%1: gewählte Eingaben</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="40"/>
        <source>Press Delete to remove the selected input</source>
        <translation>Entf entfernt die ausgewählte Eingabe</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="41"/>
        <source>Add files…</source>
        <translation>Dateien wählen…</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="42"/>
        <source>Add folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="43"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="44"/>
        <source>%1: add files</source>
        <translation>%1: Dateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="45"/>
        <source>%1: add folder</source>
        <translation>%1: Ordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="46"/>
        <source>%1: clear</source>
        <translation>%1: leeren</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="58"/>
        <source>%1: choose input files</source>
        <translation>%1: Eingabedateien wählen</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="59"/>
        <source>Inputs (*.json *.yaml *.yml);;All files (*)</source>
        <translation>Eingaben (*.json *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="62"/>
        <source>%1: choose a folder</source>
        <translation>%1: Ordner wählen</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="107"/>
        <source>%1 (folder)</source>
        <translation>%1 (Ordner)</translation>
    </message>
</context>
<context>
    <name>crossroads::EngineCollector</name>
    <message>
        <location filename="../models/core/collect/enginecollector.cpp" line="39"/>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/core/collect/enginecollector.cpp" line="43"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../models/core/collect/enginecollector.cpp" line="47"/>
        <source>failed (exit %1): %2</source>
        <translation>fehlgeschlagen (Exit-Status %1): %2</translation>
    </message>
    <message>
        <location filename="../models/core/collect/enginecollector.cpp" line="56"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/collect/enginecollector.cpp" line="61"/>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/collect/enginecollector.cpp" line="119"/>
        <source>local %1</source>
        <translation>%1 (lokal)</translation>
    </message>
</context>
<context>
    <name>crossroads::EngineFactsModel</name>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="15"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="16"/>
        <source>Engine version</source>
        <translation>Engine-Version</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="17"/>
        <source>Rootless</source>
        <translation>Rootless</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="18"/>
        <source>Daemonless</source>
        <translation>Ohne Daemon</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="19"/>
        <source>OCI runtime</source>
        <translation>OCI-Runtime</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="20"/>
        <source>cgroup version</source>
        <translation>cgroup-Version</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="21"/>
        <source>seccomp</source>
        <translation>seccomp</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="22"/>
        <source>AppArmor</source>
        <translation>AppArmor</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="23"/>
        <source>SELinux</source>
        <translation>SELinux</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="24"/>
        <source>User namespaces</source>
        <translation>User-Namespaces</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="25"/>
        <source>Kubernetes version</source>
        <translation>Kubernetes-Version</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="26"/>
        <source>RuntimeClasses</source>
        <translation>RuntimeClasses</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="27"/>
        <source>Node container runtimes</source>
        <translation>Container-Runtimes der Knoten</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="34"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="40"/>
        <source>Not in the input: the platform&apos;s documented default (%1)</source>
        <translation>Nicht in der Eingabe: der dokumentierte Standard der Plattform (%1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="42"/>
        <source>Derived from what the input states (%1)</source>
        <translation>Abgeleitet aus den Angaben der Eingabe (%1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="117"/>
        <source>Engine fact</source>
        <translation>Engine-Fakt</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="118"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="119"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
</context>
<context>
    <name>crossroads::EnvironmentImporter</name>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="175"/>
        <source>a symbolic link that leads nowhere (its target is missing, or links back to itself)</source>
        <translation>ein symbolischer Link ins Leere (sein Ziel fehlt oder er verweist auf sich selbst)</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="177"/>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="179"/>
        <source>not a regular file (a FIFO, socket or device): refused, as reading it could block</source>
        <translation>keine reguläre Datei (ein FIFO, Socket oder Gerät): abgelehnt, da das Lesen blockieren könnte</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="190"/>
        <source>a symbolic link that leads nowhere (its target is missing, or links back to itself); not read</source>
        <translation>ein symbolischer Link ins Leere (sein Ziel fehlt oder er verweist auf sich selbst); nicht gelesen</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="191"/>
        <source>not a regular file (a FIFO, socket or device); not read, as reading it could block</source>
        <translation>keine reguläre Datei (ein FIFO, Socket oder Gerät); nicht gelesen, da das Lesen blockieren könnte</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="200"/>
        <source>not a .json, .yaml or .yml file</source>
        <translation>keine .json-, .yaml- oder .yml-Datei</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="248"/>
        <source>no input files found</source>
        <translation>keine Eingabedateien gefunden</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="277"/>
        <source>holds only empty documents (nothing but ---, null or comments)</source>
        <translation>enthält nur leere Dokumente (nur ---, null oder Kommentare)</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="289"/>
        <source>not a JSON or YAML input (%1: %2)</source>
        <translation>keine JSON- oder YAML-Eingabe (%1: %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/importers/environmentimporter.cpp" line="302"/>
        <source>%n more item(s) of this file are not inputs either</source>
        <translation>
            <numerusform>%n weiterer Eintrag dieser Datei ist ebenfalls keine Eingabe</numerusform>
            <numerusform>%n weitere Einträge dieser Datei sind ebenfalls keine Eingaben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="308"/>
        <source>its credential fingerprints were made with workspace key %1, not this side&apos;s key %2: reused credentials cannot be found across them</source>
        <translation>seine Fingerabdrücke von Zugangsdaten wurden mit dem Arbeitsbereichsschlüssel %1 erstellt, nicht mit dem Schlüssel %2 dieser Seite: wiederverwendete Zugangsdaten lassen sich darüber hinweg nicht finden</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="309"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="364"/>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>crossroads::ExposureText</name>
    <message>
        <location filename="../models/core/snapshot/exposuretext.cpp" line="33"/>
        <source>hostNetwork (all container ports on the host)</source>
        <translation>hostNetwork (alle Container-Ports auf dem Host)</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/exposuretext.cpp" line="39"/>
        <source>%1 %2 (node port chosen by the cluster)-&gt;%3/%4 via service %5</source>
        <translation>%1 %2 (vom Cluster gewählter Node-Port)-&gt;%3/%4 über Service %5</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/exposuretext.cpp" line="42"/>
        <source>%1 %2 (node port %3)-&gt;%4/%5 via service %6</source>
        <translation>%1 %2 (Node-Port %3)-&gt;%4/%5 über Service %6</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/exposuretext.cpp" line="45"/>
        <source>externalIP %1 via service %2</source>
        <translation>externalIP %1 über Service %2</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/exposuretext.cpp" line="47"/>
        <source>Ingress %1 (%2) -&gt; service %3</source>
        <translation>Ingress %1 (%2) -&gt; Service %3</translation>
    </message>
</context>
<context>
    <name>crossroads::FieldCheck</name>
    <message>
        <location filename="../models/core/importers/composeimporter.cpp" line="49"/>
        <source>must name ports from 0 to 65535 (a number or a range), not %1</source>
        <translation>muss Ports von 0 bis 65535 nennen (eine Zahl oder einen Bereich), nicht %1</translation>
    </message>
    <message>
        <location filename="../models/core/importers/composeimporter.cpp" line="49"/>
        <location filename="../models/core/importers/fieldcheck.cpp" line="14"/>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="18"/>
        <source>a number too large</source>
        <translation>eine zu große Zahl</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="22"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="24"/>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="26"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="39"/>
        <source>line %1, %2</source>
        <translation>Zeile %1, %2</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="40"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="63"/>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="80"/>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein, nicht %3</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="90"/>
        <source>must be a text, not %1</source>
        <translation>muss ein Text sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="104"/>
        <source>must hold a uid and gid from 0 to %1, not %2</source>
        <translation>muss eine uid und gid von 0 bis %1 enthalten, nicht %2</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="114"/>
        <source>must be a list, not %1</source>
        <translation>muss eine Liste sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="121"/>
        <source>must be a mapping, not %1</source>
        <translation>muss ein Mapping sein, nicht %1</translation>
    </message>
</context>
<context>
    <name>crossroads::FindingSummary</name>
    <message>
        <location filename="../models/core/report/findingsummary.cpp" line="80"/>
        <source>expired: its gaps count again</source>
        <translation>abgelaufen: ihre Lücken zählen wieder</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/report/findingsummary.cpp" line="82"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/report/findingsummary.cpp" line="90"/>
        <source>%n critical</source>
        <translation>
            <numerusform>%n kritisch</numerusform>
            <numerusform>%n kritisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/report/findingsummary.cpp" line="92"/>
        <source>%n high</source>
        <translation>
            <numerusform>%n hoch</numerusform>
            <numerusform>%n hoch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/report/findingsummary.cpp" line="94"/>
        <source>%n medium</source>
        <translation>
            <numerusform>%n mittel</numerusform>
            <numerusform>%n mittel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/report/findingsummary.cpp" line="96"/>
        <source>%n low</source>
        <translation>
            <numerusform>%n niedrig</numerusform>
            <numerusform>%n niedrig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/core/report/findingsummary.cpp" line="136"/>
        <source>production weaker than tested: %1</source>
        <translation>Produktion schwächer als getestet: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/findingsummary.cpp" line="137"/>
        <source>development weaker than production: %1</source>
        <translation>Entwicklung schwächer als Produktion: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/findingsummary.cpp" line="138"/>
        <source>failing on both sides: %1</source>
        <translation>auf beiden Seiten nicht bestanden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/findingsummary.cpp" line="140"/>
        <source>failing in production only (development not judged): %1</source>
        <translation>nur in der Produktion fehlgeschlagen (Entwicklung nicht bewertet): %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/findingsummary.cpp" line="143"/>
        <source>failing in development only (production not judged): %1</source>
        <translation>nur in der Entwicklung fehlgeschlagen (Produktion nicht bewertet): %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/findingsummary.cpp" line="140"/>
        <location filename="../models/core/report/findingsummary.cpp" line="143"/>
        <source>failing: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/findingsummary.cpp" line="149"/>
        <source>no open finding</source>
        <translation>kein offener Befund</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/report/findingsummary.cpp" line="151"/>
        <source>%n accepted by waivers</source>
        <translation>
            <numerusform>%n durch Ausnahmen akzeptiert</numerusform>
            <numerusform>%n durch Ausnahmen akzeptiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/report/findingsummary.cpp" line="153"/>
        <source>%n not judged</source>
        <translation>
            <numerusform>%n nicht bewertet</numerusform>
            <numerusform>%n nicht bewertet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crossroads::GapBuilder</name>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="285"/>
        <location filename="../models/core/compare/comparator.cpp" line="603"/>
        <source>(engine)</source>
        <translation>(Engine)</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="303"/>
        <source>unknown (add `podman info` / `docker info` output)</source>
        <translation>unbekannt (Ausgabe von `podman info` / `docker info` hinzufügen)</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="305"/>
        <source>unknown (add Node objects)</source>
        <translation>unbekannt (Node-Objekte hinzufügen)</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="317"/>
        <source>fingerprints made with key %1</source>
        <translation>Fingerabdrücke mit Schlüssel %1 erstellt</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="318"/>
        <source>fingerprints made with key %1; compare under one key</source>
        <translation>Fingerabdrücke mit Schlüssel %1 erstellt; vergleichen Sie unter einem Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="357"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="359"/>
        <source>%1 holds the same value</source>
        <translation>%1 enthält denselben Wert</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="392"/>
        <source>namespace %1 enforces %2 (%3)</source>
        <translation>Namespace %1 erzwingt %2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="396"/>
        <source>namespace %1 has no enforce label (privileged)</source>
        <translation>Namespace %1 hat kein enforce-Label (privileged)</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="398"/>
        <source>without a pod-security.kubernetes.io/enforce label, Pod Security admission admits every pod.</source>
        <translation>ohne ein Label pod-security.kubernetes.io/enforce lässt die Pod Security Admission jeden Pod zu.</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="401"/>
        <source>production&apos;s own workload refused: %1</source>
        <translation>auch der eigene Workload der Produktion wird abgewiesen: %1</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="404"/>
        <source>admitted</source>
        <translation>zugelassen</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="404"/>
        <source>refused: %1</source>
        <translation>abgewiesen: %1</translation>
    </message>
</context>
<context>
    <name>crossroads::GapDetailView</name>
    <message>
        <location filename="../views/gapdetailview.cpp" line="74"/>
        <source>Accept as a risk (add &amp;waiver)…</source>
        <translation>Risiko akzeptieren (Aus&amp;nahme anlegen)…</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="91"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="97"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="98"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="101"/>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="103"/>
        <source>How to fix it</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="107"/>
        <source>Podman / Docker / compose</source>
        <translation>Podman / Docker / compose</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="108"/>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="110"/>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="112"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="115"/>
        <source>Write a waiver with owner, reason and expiry to a policy file</source>
        <translation>Eine Ausnahme mit Verantwortlichem, Begründung und Ablaufdatum in eine Richtliniendatei schreiben</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="138"/>
        <source>Gap detail</source>
        <translation>Lückendetail</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="159"/>
        <source>%1 value</source>
        <translation>%1: Wert</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="163"/>
        <source>%1 default</source>
        <translation>%1: Standard</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="181"/>
        <source>Fix for %1</source>
        <translation>Behebung für %1</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="182"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="183"/>
        <source>Copy the fix for %1</source>
        <translation>Die Behebung für %1 kopieren</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="201"/>
        <source>Select a cell in the gap matrix, or a gap on the dashboard, to see both sides and the fix.</source>
        <translation>Wählen Sie eine Zelle der Lückenmatrix oder eine Lücke im Dashboard, um beide Seiten und die Behebung zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="211"/>
        <source>%1

No finding in this cell.</source>
        <translation>%1

Kein Befund in dieser Zelle.</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="219"/>
        <source>whole workload</source>
        <translation>ganzer Workload</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="219"/>
        <source>container %1</source>
        <translation>Container %1</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="236"/>
        <source>Fact read: %1</source>
        <translation>Gelesener Fakt: %1</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="240"/>
        <source>No counterpart on this side</source>
        <translation>Kein Gegenstück auf dieser Seite</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="243"/>
        <source>%1, container %2</source>
        <translation>%1, Container %2</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="243"/>
        <source>%1, no container %2</source>
        <translation>%1, kein Container %2</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="248"/>
        <location filename="../views/gapdetailview.cpp" line="249"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="258"/>
        <source>no source location</source>
        <translation>keine Quellangabe</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="263"/>
        <source>from %1, line %2</source>
        <translation>aus %1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="263"/>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="271"/>
        <location filename="../views/gapdetailview.cpp" line="272"/>
        <source>No fix is recorded: this finding&apos;s check is not in the catalogue.</source>
        <translation>Keine Behebung hinterlegt: Die Prüfung dieses Befunds steht nicht im Katalog.</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="293"/>
        <source>No benchmark control covers this check.</source>
        <translation>Keine Benchmark-Kontrolle deckt diese Prüfung ab.</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="276"/>
        <source>Kubernetes Pod Security Standards: %1</source>
        <translation>Kubernetes Pod Security Standards: %1</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="278"/>
        <source>CIS Docker Benchmark 1.6.0, control %1</source>
        <translation>CIS Docker Benchmark 1.6.0, Kontrolle %1</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="285"/>
        <source>Waiver %1 EXPIRED on %2 and no longer counts.</source>
        <translation>Ausnahme %1 ist am %2 ABGELAUFEN und zählt nicht mehr.</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="285"/>
        <source>Waived by %1 until %2.</source>
        <translation>Ausgenommen von %1 bis %2.</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="287"/>
        <source>Owner: %1 · Reason: %2%3</source>
        <translation>Verantwortlich: %1 · Begründung: %2%3</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="287"/>
        <source> · Ticket: %1</source>
        <translation> · Ticket: %1</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="288"/>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="290"/>
        <source>No policy in force (Policy menu).</source>
        <translation>Keine Richtlinie in Kraft (Menü Richtlinie).</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="290"/>
        <source>Policy in force: %1. No waiver covers this gap.</source>
        <translation>Geltende Richtlinie: %1. Keine Ausnahme deckt diese Lücke ab.</translation>
    </message>
</context>
<context>
    <name>crossroads::GapListModel</name>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="92"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="93"/>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="94"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="95"/>
        <source>Workload (dev ⇄ prod)</source>
        <translation>Workload (dev ⇄ prod)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="96"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="97"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="98"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
</context>
<context>
    <name>crossroads::GapMatrixModel</name>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="103"/>
        <source>(engine)</source>
        <translation>(Engine)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="104"/>
        <source>Container engines</source>
        <translation>Container-Engines</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="119"/>
        <source>%1 (dev only)</source>
        <translation>%1 (nur dev)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="124"/>
        <source>%1 (prod only)</source>
        <translation>%1 (nur prod)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="223"/>
        <source>No namespace</source>
        <translation>Kein Namespace</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="224"/>
        <source>%1 · %n workload(s)</source>
        <translation>
            <numerusform>%1 · %n Workload</numerusform>
            <numerusform>%1 · %n Workloads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="320"/>
        <source>Development: %1
Production: %2</source>
        <translation>Entwicklung: %1
Produktion: %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="346"/>
        <source>dev: %1</source>
        <translation>dev: %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="346"/>
        <source>prod: %1</source>
        <translation>prod: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="348"/>
        <source>and %n more container(s)</source>
        <translation>
            <numerusform>und %n weiterer Container</numerusform>
            <numerusform>und %n weitere Container</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="387"/>
        <source>Workload (dev ⇄ prod)</source>
        <translation>Workload (dev ⇄ prod)</translation>
    </message>
</context>
<context>
    <name>crossroads::GapMatrixView</name>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="54"/>
        <source>Check &amp;ids</source>
        <translation>Prüf-&amp;IDs</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="59"/>
        <source>Filter workloads…</source>
        <translation>Workloads filtern…</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="61"/>
        <source>Filter workloads by name</source>
        <translation>Workloads nach Namen filtern</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="62"/>
        <source>All domains</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="65"/>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="66"/>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="68"/>
        <source>%1 and above</source>
        <translation>%1 und höher</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="69"/>
        <source>Minimum severity</source>
        <translation>Mindestschweregrad</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="70"/>
        <source>Any classification</source>
        <translation>Jede Einstufung</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="75"/>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="76"/>
        <location filename="../views/gapmatrixview.cpp" line="166"/>
        <source>All namespaces</source>
        <translation>Alle Namespaces</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="77"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="78"/>
        <source>All workloads</source>
        <translation>Alle Workloads</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="79"/>
        <source>Pairs only</source>
        <translation>Nur Paare</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="80"/>
        <source>Without a counterpart</source>
        <translation>Ohne Gegenstück</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="81"/>
        <source>Pairing</source>
        <translation>Paarung</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="82"/>
        <source>Show every workload, only the dev ⇄ prod pairs, or only the workloads with no counterpart on the other side</source>
        <translation>Alle Workloads zeigen, nur die Paare dev ⇄ prod oder nur die Workloads ohne Gegenstück auf der anderen Seite</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="83"/>
        <source>Label the columns with check ids (CR-RT-001) instead of short titles</source>
        <translation>Spalten mit Prüf-IDs (CR-RT-001) statt Kurztiteln beschriften</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="85"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="99"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="126"/>
        <source>Gap matrix</source>
        <translation>Lückenmatrix</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="127"/>
        <source>Rows are workload pairs, columns are checks; arrow keys move between cells</source>
        <translation>Zeilen sind Workload-Paare, Spalten sind Prüfungen; die Pfeiltasten wechseln zwischen den Zellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/gapmatrixview.cpp" line="266"/>
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 von %n Zeile</numerusform>
            <numerusform>%1 von %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="290"/>
        <source>%1 on %2: %3</source>
        <translation>%1 bei %2: %3</translation>
    </message>
</context>
<context>
    <name>crossroads::HelpMenu</name>
    <message>
        <location filename="../views/helpmenu.cpp" line="25"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../views/helpmenu.cpp" line="28"/>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../views/helpmenu.cpp" line="31"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../views/helpmenu.cpp" line="32"/>
        <source>&amp;Report a problem…</source>
        <translation>Problem &amp;melden…</translation>
    </message>
</context>
<context>
    <name>crossroads::HistoryView</name>
    <message>
        <location filename="../views/historyview.cpp" line="50"/>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="54"/>
        <location filename="../views/historyview.cpp" line="65"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="59"/>
        <source>C&amp;ompare dev ⇄ prod</source>
        <translation>dev ⇄ prod &amp;vergleichen</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="60"/>
        <source>Show &amp;drift (first → second)</source>
        <translation>Dri&amp;ft zeigen (erste → zweite)</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="69"/>
        <source>A git repository of saved .crossroads.json snapshots</source>
        <translation>Ein Git-Repository gespeicherter .crossroads.json-Snapshots</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="70"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="71"/>
        <source>*.crossroads.json</source>
        <translation>*.crossroads.json</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="72"/>
        <source>Which snapshot files count: paths, folders or globs, separated by spaces</source>
        <translation>Welche Snapshot-Dateien zählen: Pfade, Ordner oder Globs, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="73"/>
        <source>Snapshot files</source>
        <translation>Snapshot-Dateien</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="74"/>
        <source>Open &amp;repository…</source>
        <translation>Re&amp;pository öffnen…</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="76"/>
        <source>Repository:</source>
        <translation>Repository:</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="79"/>
        <source>&amp;Files:</source>
        <translation>Date&amp;ien:</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="92"/>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="108"/>
        <source>Failing checks by severity over the revisions</source>
        <translation>Fehlgeschlagene Prüfungen nach Schweregrad über die Revisionen</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="109"/>
        <source>Failing checks by severity, oldest to newest</source>
        <translation>Fehlgeschlagene Prüfungen nach Schweregrad, älteste zuerst</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="121"/>
        <source>Compare snapshots at revisions</source>
        <translation>Snapshots zweier Revisionen vergleichen</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="130"/>
        <source>&amp;Development (or before):</source>
        <translation>&amp;Entwicklung (oder vorher):</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="132"/>
        <source>&amp;Production (or after):</source>
        <translation>Pr&amp;oduktion (oder nachher):</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="141"/>
        <location filename="../views/historyview.cpp" line="375"/>
        <source>The same side at two revisions: which checks got worse, appeared, got better or disappeared</source>
        <translation>Dieselbe Seite in zwei Revisionen: welche Prüfungen schlechter wurden, hinzukamen, besser wurden oder wegfielen</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="146"/>
        <source>Development revision</source>
        <translation>Revision der Entwicklung</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="147"/>
        <source>Development snapshot</source>
        <translation>Snapshot der Entwicklung</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="148"/>
        <source>Production revision</source>
        <translation>Revision der Produktion</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="149"/>
        <source>Production snapshot</source>
        <translation>Snapshot der Produktion</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="159"/>
        <source>Drift between two revisions</source>
        <translation>Drift zwischen zwei Revisionen</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="160"/>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="170"/>
        <source>Reading snapshots</source>
        <translation>Snapshots werden gelesen</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="174"/>
        <source>Pick two revisions of the same snapshot file below and show the drift.</source>
        <translation>Wählen Sie unten zwei Revisionen derselben Snapshot-Datei und lassen Sie die Drift anzeigen.</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="205"/>
        <source>Drift cancelled.</source>
        <translation>Drift abgebrochen.</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="207"/>
        <source>Open a repository to see how the posture moved between releases.</source>
        <translation>Öffnen Sie ein Repository, um zu sehen, wie sich die Sicherheitslage zwischen Releases verändert hat.</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="210"/>
        <source>Posture repository (working tree or bare)</source>
        <translation>Repository der Sicherheitslage (Arbeitsverzeichnis oder bare)</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="284"/>
        <source>Reading revisions…</source>
        <translation>Revisionen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="318"/>
        <source>No revision touched a snapshot file%1.</source>
        <translation>Keine Revision hat eine Snapshot-Datei berührt%1.</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="318"/>
        <source> (shallow clone: older history is missing)</source>
        <translation> (Shallow Clone: ältere Historie fehlt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/historyview.cpp" line="319"/>
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n Revision</numerusform>
            <numerusform>%n Revisionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="319"/>
        <source>, more available</source>
        <translation>, weitere verfügbar</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="334"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="374"/>
        <source>Both picks are the same file at the same revision: pick an earlier revision first, or another file</source>
        <translation>Beide Auswahlen sind dieselbe Datei in derselben Revision: wählen Sie zuerst eine frühere Revision oder eine andere Datei</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/historyview.cpp" line="433"/>
        <source>⚠ %n snapshot file(s) could not be read and count as nothing: %1</source>
        <translation>
            <numerusform>⚠ %n Snapshot-Datei konnte nicht gelesen werden und zählt nicht: %1</numerusform>
            <numerusform>⚠ %n Snapshot-Dateien konnten nicht gelesen werden und zählen nicht: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="503"/>
        <source>%1 at %2 → %3 at %4</source>
        <translation>%1 in %2 → %3 in %4</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="504"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="545"/>
        <source>%1: %2 worse, %3 appeared, %4 better, %5 disappeared.</source>
        <translation>%1: %2 schlechter, %3 hinzugekommen, %4 besser, %5 weggefallen.</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="554"/>
        <source>(Two different files: workloads of one appear as gone from the other.)</source>
        <translation>(Zwei verschiedene Dateien: Workloads der einen erscheinen als aus der anderen weggefallen.)</translation>
    </message>
</context>
<context>
    <name>crossroads::HtmlReport</name>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="259"/>
        <source>%1 · generated %2 · Pod Security judged at Kubernetes %3</source>
        <translation>%1 · erstellt am %2 · Pod Security bewertet nach Kubernetes %3</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="261"/>
        <source> · policy %1</source>
        <translation> · Richtlinie %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="263"/>
        <source> · baseline %1</source>
        <translation> · Baseline %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="272"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="286"/>
        <source>Scores per domain (0–100, higher is better)</source>
        <translation>Punkte je Bereich (0–100, höher ist besser)</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="288"/>
        <source>Results by classification</source>
        <translation>Ergebnisse nach Einstufung</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="292"/>
        <source>Critical and high findings (%1)</source>
        <translation>Kritische und hohe Befunde (%1)</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="294"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="296"/>
        <location filename="../models/core/report/htmlreport.cpp" line="310"/>
        <source>Severity</source>
        <translation>Schwere­grad</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="296"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="296"/>
        <location filename="../models/core/report/htmlreport.cpp" line="310"/>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="408"/>
        <source>dev</source>
        <translation>dev</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="408"/>
        <source>prod</source>
        <translation>prod</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="307"/>
        <source>Accepted risks</source>
        <translation>Akzeptierte Risiken</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="170"/>
        <source>critical</source>
        <comment>tile: the number of open findings of this severity</comment>
        <translation>kritisch</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="171"/>
        <source>high</source>
        <comment>tile: the number of open findings of this severity</comment>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="172"/>
        <source>medium</source>
        <comment>tile: the number of open findings of this severity</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="175"/>
        <source>low</source>
        <comment>tile: the number of open findings of this severity</comment>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="233"/>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="246"/>
        <source>Crossroads report: %1</source>
        <translation>Crossroads-Bericht: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="247"/>
        <source>Crossroads: %1</source>
        <translation>Crossroads: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="310"/>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="312"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="313"/>
        <source>Findings by domain</source>
        <translation>Befunde nach Bereich</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="321"/>
        <source>Score: %1. %2</source>
        <translation>Punkte: %1. %2</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="324"/>
        <source>Score: dev %1, prod %2. %3</source>
        <translation>Punkte: dev %1, prod %2. %3</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="333"/>
        <location filename="../models/core/report/htmlreport.cpp" line="359"/>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="350"/>
        <source>Gone since the baseline:</source>
        <translation>Seit der Baseline weggefallen:</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="355"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="388"/>
        <source>Waivers</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="390"/>
        <source>No waivers.</source>
        <translation>Keine Ausnahmen.</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <source>Waiver</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <location filename="../models/core/report/htmlreport.cpp" line="430"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="407"/>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="408"/>
        <source>paired by</source>
        <translation>gepaart über</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="408"/>
        <source>containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="419"/>
        <source>In development only (judged on their own): %1</source>
        <translation>Nur in der Entwicklung (für sich bewertet): %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="419"/>
        <source>In production only (judged on their own): %1</source>
        <translation>Nur in der Produktion (für sich bewertet): %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="424"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="430"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="430"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>crossroads::KubernetesResolver</name>
    <message>
        <location filename="../models/core/importers/kubernetesresolver.cpp" line="140"/>
        <source>ConfigMap %1 holds credential-like keys (%2) but no workload in the input uses it; it is compared for reused credentials only</source>
        <translation>ConfigMap %1 enthält Schlüssel, die nach Zugangsdaten aussehen (%2), aber kein Workload der Eingabe verwendet sie; sie wird nur auf wiederverwendete Zugangsdaten verglichen</translation>
    </message>
</context>
<context>
    <name>crossroads::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="92"/>
        <source>; if you know it is the signer&apos;s key, copy its public key (.pub) into %1</source>
        <translation>; wenn Sie sicher sind, dass es der Schlüssel des Unterzeichners ist, kopieren Sie seinen öffentlichen Schlüssel (.pub) nach %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="117"/>
        <location filename="../views/mainwindow.cpp" line="552"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="119"/>
        <source>Crossroads</source>
        <translation>Crossroads</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="128"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="129"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="130"/>
        <location filename="../views/mainwindow.cpp" line="144"/>
        <source>Gap matrix</source>
        <translation>Lückenmatrix</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="131"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="132"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="133"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="145"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="159"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="160"/>
        <source>Stop the running import (Esc)</source>
        <translation>Den laufenden Import anhalten (Esc)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="168"/>
        <location filename="../views/mainwindow.cpp" line="449"/>
        <source>No policy</source>
        <translation>Keine Richtlinie</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="219"/>
        <source>Gap detail</source>
        <translation>Lückendetail</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="227"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="236"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="237"/>
        <source>Open the &amp;demo</source>
        <translation>D&amp;emo öffnen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="239"/>
        <source>&amp;Compare environments…</source>
        <translation>Umgebungen &amp;vergleichen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="242"/>
        <source>Co&amp;llect local engine</source>
        <translation>Lokale Engine ein&amp;lesen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="243"/>
        <source>Podman</source>
        <translation>Podman</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="244"/>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="246"/>
        <source>&amp;Export report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="248"/>
        <source>&amp;Sign a file…</source>
        <translation>Datei &amp;signieren…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="249"/>
        <source>&amp;Verify a signed file…</source>
        <translation>Signierte Datei &amp;prüfen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="250"/>
        <source>Signed report or snapshot</source>
        <translation>Signierter Bericht oder Snapshot</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="257"/>
        <source>Signature does not hold</source>
        <translation>Signatur ist ungültig</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="257"/>
        <location filename="../views/mainwindow.cpp" line="263"/>
        <location filename="../views/mainwindow.cpp" line="266"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="260"/>
        <location filename="../views/mainwindow.cpp" line="620"/>
        <location filename="../views/mainwindow.cpp" line="626"/>
        <source>Not signed</source>
        <translation>Nicht signiert</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="260"/>
        <source>%1 has no signature (%2.sig).</source>
        <translation>%1 hat keine Signatur (%2.sig).</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="263"/>
        <source>Signed by an untrusted key</source>
        <translation>Signiert mit nicht vertrauenswürdigem Schlüssel</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="266"/>
        <source>Signature verified</source>
        <translation>Signatur geprüft</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="271"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="274"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="284"/>
        <source>&amp;Find in matrix</source>
        <translation>In der Matrix &amp;suchen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="293"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="294"/>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="296"/>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="302"/>
        <source>&amp;About Crossroads</source>
        <translation>&amp;Über Crossroads</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="303"/>
        <source>About Crossroads</source>
        <translation>Über Crossroads</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="304"/>
        <source>&lt;h3&gt;Crossroads %1&lt;/h3&gt;&lt;p&gt;Compares the security posture of a development container environment with a production one.&lt;/p&gt;&lt;p&gt;Secret values never leave the import: credentials are kept only as keyed fingerprints.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crossroads %1&lt;/h3&gt;&lt;p&gt;Vergleicht die Sicherheitslage einer Container-Entwicklungsumgebung mit der einer Produktionsumgebung.&lt;/p&gt;&lt;p&gt;Geheime Werte verlassen den Import nie: Zugangsdaten werden nur als schlüsselgebundene Fingerabdrücke aufbewahrt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="309"/>
        <source>Cancel the running import</source>
        <translation>Den laufenden Import abbrechen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="390"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="402"/>
        <source>Replace the comparison?</source>
        <translation>Den Vergleich ersetzen?</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="403"/>
        <source>Starting the scenario “%1” replaces the comparison on screen, “%2”.</source>
        <translation>Das Starten des Szenarios „%1“ ersetzt den angezeigten Vergleich „%2“.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="404"/>
        <source>Nothing is deleted: the comparison can be opened again from the recent comparisons on the Start page.</source>
        <translation>Es wird nichts gelöscht: Der Vergleich lässt sich über die letzten Vergleiche auf der Startseite wieder öffnen.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="405"/>
        <source>&amp;Replace it and start</source>
        <translation>&amp;Ersetzen und starten</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="416"/>
        <source>Opening scenario “%1”…</source>
        <translation>Szenario „%1“ wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="446"/>
        <source>%1 — Crossroads</source>
        <translation>%1 — Crossroads</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="449"/>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="453"/>
        <source>Every check of the catalogue counts; the Policy menu applies one.</source>
        <translation>Jede Prüfung des Katalogs zählt; das Menü Richtlinie wendet eine Richtlinie an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="460"/>
        <source>Compared: %n open finding(s).</source>
        <translation>
            <numerusform>Verglichen: %n offener Befund.</numerusform>
            <numerusform>Verglichen: %n offene Befunde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="461"/>
        <source>Compared: %n open finding(s); some inputs could not be read (see Problems).</source>
        <translation>
            <numerusform>Verglichen: %n offener Befund; einige Eingaben konnten nicht gelesen werden (siehe Probleme).</numerusform>
            <numerusform>Verglichen: %n offene Befunde; einige Eingaben konnten nicht gelesen werden (siehe Probleme).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="481"/>
        <source>Nothing was loaded: %1</source>
        <translation>Nichts wurde geladen: %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="488"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="493"/>
        <source>&amp;Policy</source>
        <translation>&amp;Richtlinie</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="494"/>
        <source>&amp;Open policy files…</source>
        <translation>Richtliniendateien ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="495"/>
        <source>Policy files (applied in order)</source>
        <translation>Richtliniendateien (der Reihe nach angewandt)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="495"/>
        <source>Policy files (*.json)</source>
        <translation>Richtliniendateien (*.json)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="500"/>
        <source>Bundled: Pod Security Standards restricted</source>
        <translation>Mitgeliefert: Pod Security Standards restricted</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="501"/>
        <source>Bundled: CIS Docker Benchmark section 5</source>
        <translation>Mitgeliefert: CIS Docker Benchmark Abschnitt 5</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="506"/>
        <source>&amp;No policy</source>
        <translation>&amp;Keine Richtlinie</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="512"/>
        <source>Open a comparison first; the policy applies to it.</source>
        <translation>Öffnen Sie zuerst einen Vergleich; die Richtlinie gilt für ihn.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="536"/>
        <source>Waiver not written</source>
        <translation>Ausnahme nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="539"/>
        <source>Waiver %1 written to %2; comparing again under the policy.</source>
        <translation>Ausnahme %1 in %2 geschrieben; es wird unter der Richtlinie neu verglichen.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="552"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="573"/>
        <source>Export cancelled; no file written.</source>
        <translation>Export abgebrochen; keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="573"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="576"/>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="583"/>
        <source>Open a comparison first.</source>
        <translation>Öffnen Sie zuerst einen Vergleich.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="588"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="596"/>
        <source>Sign the report?</source>
        <translation>Den Bericht signieren?</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="597"/>
        <source>Sign %1 with your Ed25519 key, so an auditor can verify it was not changed?</source>
        <translation>%1 mit Ihrem Ed25519-Schlüssel signieren, damit ein Prüfer nachweisen kann, dass die Datei nicht verändert wurde?</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="604"/>
        <source>File to sign</source>
        <translation>Zu signierende Datei</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="607"/>
        <source>Private key (crossroads-cli keygen)</source>
        <translation>Privater Schlüssel (crossroads-cli keygen)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="607"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="613"/>
        <source>Key passphrase</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="613"/>
        <source>Passphrase for %1:</source>
        <translation>Passphrase für %1:</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="629"/>
        <source>Signed: %1</source>
        <translation>Signiert: %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="640"/>
        <source>✖ %1: signature does not hold</source>
        <translation>✖ %1: Signatur ungültig</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="644"/>
        <source>%1: unsigned</source>
        <translation>%1: nicht signiert</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="648"/>
        <source>⚠ %1: signed by an untrusted key</source>
        <translation>⚠ %1: mit nicht vertrauenswürdigem Schlüssel signiert</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="652"/>
        <source>✔ %1: verified</source>
        <translation>✔ %1: geprüft</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="676"/>
        <source>Checking %n signature(s)…</source>
        <translation>
            <numerusform>%n Signatur wird geprüft…</numerusform>
            <numerusform>%n Signaturen werden geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="712"/>
        <source>✖ %n signature(s) do not hold</source>
        <translation>
            <numerusform>✖ %n Signatur ungültig</numerusform>
            <numerusform>✖ %n Signaturen ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="715"/>
        <source>⚠ %n input(s) signed by an untrusted key</source>
        <translation>
            <numerusform>⚠ %n Eingabe mit nicht vertrauenswürdigem Schlüssel signiert</numerusform>
            <numerusform>⚠ %n Eingaben mit nicht vertrauenswürdigem Schlüssel signiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="718"/>
        <source>✔ %n signed input(s) verified</source>
        <translation>
            <numerusform>✔ %n signierte Eingabe geprüft</numerusform>
            <numerusform>✔ %n signierte Eingaben geprüft</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="738"/>
        <source>Collecting the local %1 engine…</source>
        <translation>Die lokale Engine %1 wird eingelesen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="754"/>
        <source>Collected the local engine into %1 (sanitized). Add the production side and compare.</source>
        <translation>Die lokale Engine wurde in %1 eingelesen (bereinigt). Fügen Sie die Produktionsumgebung hinzu und vergleichen Sie.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="793"/>
        <source>Added to the development side.</source>
        <translation>Zur Entwicklungsumgebung hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="793"/>
        <source>Added to the production side.</source>
        <translation>Zur Produktionsumgebung hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>crossroads::MarkdownReport</name>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="83"/>
        <source>%1 · generated %2 · Pod Security judged at Kubernetes %3</source>
        <translation>%1 · erstellt am %2 · Pod Security bewertet nach Kubernetes %3</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="85"/>
        <source> · policy **%1**</source>
        <translation> · Richtlinie **%1**</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="87"/>
        <source> · baseline `%1`</source>
        <translation> · Baseline `%1`</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="96"/>
        <source>## Summary

</source>
        <translation>## Zusammenfassung

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="97"/>
        <source>Open findings: **%1** critical · **%2** high · **%3** medium · **%4** low

</source>
        <translation>Offene Befunde: **%1** kritisch · **%2** hoch · **%3** mittel · **%4** niedrig

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="126"/>
        <source>## Critical and high findings (%1)

</source>
        <translation>## Kritische und hohe Befunde (%1)

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="128"/>
        <source>None.

</source>
        <translation>Keine.

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="130"/>
        <location filename="../models/core/report/markdownreport.cpp" line="172"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="130"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="130"/>
        <location filename="../models/core/report/markdownreport.cpp" line="172"/>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="140"/>
        <source>## Accepted risks

</source>
        <translation>## Akzeptierte Risiken

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="143"/>
        <source>No risk is accepted by a waiver.

</source>
        <translation>Bisher ist kein Risiko per Ausnahme akzeptiert.

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="145"/>
        <source>| Waiver | Owner | Check | Workload | Side | Expires | Gaps | Reason |
</source>
        <translation>| Ausnahme | Verantwortlich | Prüfung | Workload | Seite | Ablauf | Lücken | Begründung |
</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="159"/>
        <source>## Open findings by domain

</source>
        <translation>## Offene Befunde nach Bereich

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="168"/>
        <source>No open finding.

</source>
        <translation>Kein offener Befund.

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="172"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="112"/>
        <source>| Domain |</source>
        <translation>| Bereich |</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="120"/>
        <source>| **Overall** |</source>
        <translation>| **Gesamt** |</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="172"/>
        <source> Baseline |</source>
        <translation> Baseline |</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="204"/>
        <source>%1 drift or unknown result(s) are not listed; see the JSON or HTML report.

</source>
        <translation>%1 Ergebnis(se) mit Drift oder unbekanntem Ausgang sind nicht aufgeführt; siehe den JSON- oder HTML-Bericht.

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="206"/>
        <source>A value marked (default) is not in the input: the platform&apos;s documented default applies, as the line under it says.

</source>
        <translation>Ein mit (Standard) markierter Wert steht nicht in der Eingabe: es gilt der dokumentierte Standard der Plattform, wie die Zeile darunter erklärt.

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="208"/>
        <source>%1 gap(s) of the baseline are gone.

</source>
        <translation>%1 Lücke(n) der Baseline sind weggefallen.

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="212"/>
        <source>## Waivers (judged on %1)

</source>
        <translation>## Ausnahmen (bewertet am %1)

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="213"/>
        <source>| Waiver | State | Check | Workload | Side | Owner | Reason | Ticket | Expires | Gaps |
</source>
        <translation>| Ausnahme | Zustand | Prüfung | Workload | Seite | Verantwortlich | Begründung | Ticket | Ablauf | Lücken |
</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="227"/>
        <source>&lt;details&gt;&lt;summary&gt;Pairs (%1)&lt;/summary&gt;

| dev | prod | paired by | containers |
| --- | --- | --- | --- |
</source>
        <translation>&lt;details&gt;&lt;summary&gt;Paare (%1)&lt;/summary&gt;

| dev | prod | gepaart über | Container |
| --- | --- | --- | --- |
</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="233"/>
        <source>In development only (judged on their own): %1</source>
        <translation>Nur in der Entwicklung (für sich bewertet): %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="233"/>
        <source>In production only (judged on their own): %1</source>
        <translation>Nur in der Produktion (für sich bewertet): %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="239"/>
        <source>&lt;details&gt;&lt;summary&gt;Skipped (%1)&lt;/summary&gt;

</source>
        <translation>&lt;details&gt;&lt;summary&gt;Übersprungen (%1)&lt;/summary&gt;

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="244"/>
        <source>&lt;details&gt;&lt;summary&gt;Inputs (SHA-256)&lt;/summary&gt;

| Side | File | SHA-256 |
| --- | --- | --- |
</source>
        <translation>&lt;details&gt;&lt;summary&gt;Eingaben (SHA-256)&lt;/summary&gt;

| Seite | Datei | SHA-256 |
| --- | --- | --- |
</translation>
    </message>
</context>
<context>
    <name>crossroads::NetworkExposure</name>
    <message>
        <location filename="../models/core/compare/networkexposure.cpp" line="25"/>
        <source>Reachable from outside</source>
        <translation>Von außen erreichbar</translation>
    </message>
    <message>
        <location filename="../models/core/compare/networkexposure.cpp" line="26"/>
        <source>Host only (loopback)</source>
        <translation>Nur Host (Loopback)</translation>
    </message>
    <message>
        <location filename="../models/core/compare/networkexposure.cpp" line="27"/>
        <source>Internal network</source>
        <translation>Internes Netzwerk</translation>
    </message>
    <message>
        <location filename="../models/core/compare/networkexposure.cpp" line="28"/>
        <source>Isolated</source>
        <translation>Isoliert</translation>
    </message>
    <message>
        <location filename="../models/core/compare/networkexposure.cpp" line="31"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>crossroads::NetworkView</name>
    <message>
        <location filename="../views/networkview.cpp" line="59"/>
        <source>ingress isolated</source>
        <translation>Ingress isoliert</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="61"/>
        <source>egress isolated</source>
        <translation>Egress isoliert</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="76"/>
        <source>and %1 more (in the tooltip)</source>
        <translation>und %1 weitere (im Tooltip)</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="147"/>
        <source>Show only &amp;differences</source>
        <translation>Nur &amp;Unterschiede zeigen</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="155"/>
        <source>Network exposure diagram</source>
        <translation>Diagramm der Netzwerkexposition</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="171"/>
        <source>Red link: the pair&apos;s exposure differs</source>
        <translation>Rote Verbindung: Exposition des Paars weicht ab</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="264"/>
        <source>Development: %1</source>
        <translation>Entwicklung: %1</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="265"/>
        <source>Production: %1</source>
        <translation>Produktion: %1</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="295"/>
        <source>Outside the host (LAN, internet)</source>
        <translation>Außerhalb des Hosts (LAN, Internet)</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="296"/>
        <source>Outside the cluster (LAN, internet)</source>
        <translation>Außerhalb des Clusters (LAN, Internet)</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="314"/>
        <source>wider in prod</source>
        <translation>Prod ist offener</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="314"/>
        <source>wider in dev</source>
        <translation>Dev ist offener</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="327"/>
        <source>No differences in exposure between the paired workloads.</source>
        <translation>Keine Unterschiede in der Exposition zwischen den gepaarten Workloads.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/networkview.cpp" line="334"/>
        <source>Reachable from outside: %1 of %2 dev workload(s), %3 of %4 prod workload(s). %n pair(s) differ in exposure.</source>
        <translation>
            <numerusform>Von außen erreichbar: %1 von %2 dev-Workloads, %3 von %4 prod-Workloads. %n Paar unterscheidet sich in der Exposition.</numerusform>
            <numerusform>Von außen erreichbar: %1 von %2 dev-Workloads, %3 von %4 prod-Workloads. %n Paare unterscheiden sich in der Exposition.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crossroads::OutOfMemory</name>
    <message>
        <location filename="../models/core/common/outofmemory.cpp" line="11"/>
        <source>not enough memory to finish: the inputs need more than this machine has free; give fewer or smaller inputs, or run where more memory is free</source>
        <translation>nicht genug Arbeitsspeicher zum Abschließen: die Eingaben brauchen mehr, als auf diesem Rechner frei ist; geben Sie weniger oder kleinere Eingaben an oder führen Sie es dort aus, wo mehr Speicher frei ist</translation>
    </message>
</context>
<context>
    <name>crossroads::PdfReport</name>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="121"/>
        <source>PDF export needs a QGuiApplication (fonts); start one, e.g. on the offscreen platform</source>
        <translation>Der PDF-Export braucht eine QGuiApplication (Schriften); starten Sie eine, z. B. auf der Plattform offscreen</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="133"/>
        <source>Crossroads posture report</source>
        <translation>Crossroads-Bericht zur Sicherheitslage</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="136"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="139"/>
        <source>Development: %1 (%2 workloads, %3 containers)</source>
        <translation>Entwicklung: %1 (%2 Workloads, %3 Container)</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="141"/>
        <source>Production: %1 (%2 workloads, %3 containers)</source>
        <translation>Produktion: %1 (%2 Workloads, %3 Container)</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="142"/>
        <source>Checked on its own against the catalogue; Pod Security judged at Kubernetes %1</source>
        <translation>Für sich allein gegen den Katalog geprüft; Pod Security bewertet bei Kubernetes %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="143"/>
        <source>%1 workload pair(s); Pod Security judged at Kubernetes %2</source>
        <translation>%1 Workload-Paar(e); Pod Security bewertet nach Kubernetes %2</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="144"/>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="144"/>
        <source>Written by: %1</source>
        <translation>Erstellt von: %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="147"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="147"/>
        <source>none (every catalogue check at its catalogue severity)</source>
        <translation>keine (jede Katalogprüfung mit ihrem Katalog-Schweregrad)</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="149"/>
        <source>Baseline: %1</source>
        <translation>Baseline: %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="154"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="154"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="157"/>
        <source>Input digests (SHA-256)</source>
        <translation>Prüfsummen der Eingaben (SHA-256)</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="162"/>
        <source>Executive summary</source>
        <translation>Management-Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="163"/>
        <source>Open findings: %1 critical · %2 high · %3 medium · %4 low</source>
        <translation>Offene Befunde: %1 kritisch · %2 hoch · %3 mittel · %4 niedrig</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="182"/>
        <source>Critical and high findings (%1)</source>
        <translation>Kritische und hohe Befunde (%1)</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="184"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="187"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="187"/>
        <location filename="../views/report/pdfreport.cpp" line="203"/>
        <location filename="../views/report/pdfreport.cpp" line="227"/>
        <location filename="../views/report/pdfreport.cpp" line="263"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="187"/>
        <location filename="../views/report/pdfreport.cpp" line="203"/>
        <location filename="../views/report/pdfreport.cpp" line="227"/>
        <location filename="../views/report/pdfreport.cpp" line="237"/>
        <location filename="../views/report/pdfreport.cpp" line="263"/>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="198"/>
        <source>Accepted risks</source>
        <translation>Akzeptierte Risiken</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="201"/>
        <source>No risk is accepted by a waiver.</source>
        <translation>Bisher ist kein Risiko per Ausnahme akzeptiert.</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="203"/>
        <location filename="../views/report/pdfreport.cpp" line="263"/>
        <source>Waiver</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="203"/>
        <location filename="../views/report/pdfreport.cpp" line="263"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="203"/>
        <location filename="../views/report/pdfreport.cpp" line="263"/>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="203"/>
        <location filename="../views/report/pdfreport.cpp" line="263"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="227"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="304"/>
        <source>Crossroads posture report: %1</source>
        <translation>Crossroads-Bericht zur Sicherheitslage: %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="312"/>
        <source>Crossroads posture report: %1 · %2</source>
        <translation>Crossroads-Bericht zur Sicherheitslage: %1 · %2</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="230"/>
        <source>Domain: %1</source>
        <translation>Bereich: %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="235"/>
        <source>Score: %1. %2</source>
        <translation>Punkte: %1. %2</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="236"/>
        <source>Score: dev %1, prod %2. %3</source>
        <translation>Punkte: dev %1, prod %2. %3</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="237"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="240"/>
        <location filename="../views/report/pdfreport.cpp" line="309"/>
        <location filename="../views/report/pdfreport.cpp" line="314"/>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="249"/>
        <source>No open finding in this domain.</source>
        <translation>Kein offener Befund in diesem Bereich.</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="252"/>
        <source>Notes: drift and not judged</source>
        <translation>Hinweise: Drift und nicht bewertet</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="252"/>
        <source>Both sides pass with different values, or a side lacks the facts to judge.</source>
        <translation>Beide Seiten bestehen mit unterschiedlichen Werten, oder einer Seite fehlen die Fakten für eine Bewertung.</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="256"/>
        <source>Appendix: waivers</source>
        <translation>Anhang: Ausnahmen</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="259"/>
        <source>No waivers.</source>
        <translation>Keine Ausnahmen.</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="261"/>
        <source>Judged on %1.</source>
        <translation>Bewertet am %1.</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="269"/>
        <source>Ticket: %1</source>
        <translation>Ticket: %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="275"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="275"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="275"/>
        <source>Paired by</source>
        <translation>Gepaart über</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="275"/>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="278"/>
        <source>Appendix: pairs</source>
        <translation>Anhang: Paare</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="285"/>
        <source>In development only (judged on their own): %1</source>
        <translation>Nur in der Entwicklung (für sich bewertet): %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="285"/>
        <source>In production only (judged on their own): %1</source>
        <translation>Nur in der Produktion (für sich bewertet): %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="289"/>
        <source>Appendix: skipped</source>
        <translation>Anhang: übersprungen</translation>
    </message>
</context>
<context>
    <name>crossroads::PodSecurity</name>
    <message>
        <location filename="../models/core/rules/podsecurity.cpp" line="126"/>
        <source> (container %1)</source>
        <translation> (Container %1)</translation>
    </message>
    <message>
        <location filename="../models/core/rules/podsecurity.cpp" line="128"/>
        <source> (pod)</source>
        <translation> (Pod)</translation>
    </message>
</context>
<context>
    <name>crossroads::PodSpecReader</name>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="108"/>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="192"/>
        <source>container %1: allowPrivilegeEscalation: false with %2 is refused by the API server; escalation stays allowed</source>
        <translation>Container %1: allowPrivilegeEscalation: false zusammen mit %2 weist der API-Server ab; die Eskalation bleibt erlaubt</translation>
    </message>
</context>
<context>
    <name>crossroads::PolicyFile</name>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="291"/>
        <source>unexpected value type: %1</source>
        <translation>unerwarteter Werttyp: %1</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="299"/>
        <source>no bundled policy of that name; bundled: %1</source>
        <translation>keine mitgelieferte Richtlinie dieses Namens; mitgeliefert: %1</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="356"/>
        <source>waiver id %1 is already in the file</source>
        <translation>Ausnahme-ID %1 steht bereits in der Datei</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="368"/>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>crossroads::ProblemListModel</name>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="45"/>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="54"/>
        <source>dev</source>
        <translation>dev</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="45"/>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="54"/>
        <source>prod</source>
        <translation>prod</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="84"/>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="84"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="103"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="104"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="105"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="106"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>crossroads::ProblemsPanel</name>
    <message>
        <location filename="../views/problemspanel.cpp" line="26"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../views/problemspanel.cpp" line="38"/>
        <source>Every input was read.</source>
        <translation>Alle Eingaben wurden gelesen.</translation>
    </message>
    <message>
        <location filename="../views/problemspanel.cpp" line="39"/>
        <source>%1 input(s) could not be read; %2 item(s) skipped on purpose.</source>
        <translation>%1 Eingabe(n) nicht lesbar; absichtlich übersprungen: %2.</translation>
    </message>
</context>
<context>
    <name>crossroads::ReportExport</name>
    <message>
        <location filename="../views/reportexport.cpp" line="22"/>
        <source>JSON comparison (*.json)</source>
        <translation>JSON-Vergleich (*.json)</translation>
    </message>
    <message>
        <location filename="../views/reportexport.cpp" line="22"/>
        <source>SARIF 2.1.0 (*.sarif)</source>
        <translation>SARIF 2.1.0 (*.sarif)</translation>
    </message>
    <message>
        <location filename="../views/reportexport.cpp" line="22"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../views/reportexport.cpp" line="22"/>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <location filename="../views/reportexport.cpp" line="22"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <location filename="../views/reportexport.cpp" line="23"/>
        <source>Text, as in a terminal (*.txt)</source>
        <translation>Text wie im Terminal (*.txt)</translation>
    </message>
    <message>
        <location filename="../views/reportexport.cpp" line="71"/>
        <location filename="../views/reportexport.cpp" line="96"/>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../views/reportexport.cpp" line="94"/>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
</context>
<context>
    <name>crossroads::ReportProblemDialog</name>
    <message>
        <location filename="../views/reportproblemdialog.cpp" line="19"/>
        <source>&amp;Copy version and platform</source>
        <translation>Version und Plattform &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../views/reportproblemdialog.cpp" line="20"/>
        <source>Copy the &amp;Problems panel</source>
        <translation>Panel „&amp;Probleme“ kopieren</translation>
    </message>
    <message>
        <location filename="../views/reportproblemdialog.cpp" line="22"/>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <location filename="../views/reportproblemdialog.cpp" line="23"/>
        <source>&lt;h3&gt;Report a problem&lt;/h3&gt;&lt;p&gt;Tell whoever looks after Crossroads for you (your team&apos;s issue tracker) what you did, what you expected and what happened instead. Attach:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the &lt;b&gt;version and platform&lt;/b&gt; (the button below copies them);&lt;/li&gt;&lt;li&gt;the comparison as an exported &lt;b&gt;JSON report&lt;/b&gt; (File ▸ Export report…, JSON) or a saved &lt;b&gt;snapshot&lt;/b&gt; (&lt;tt&gt;crossroads-cli snapshot&lt;/tt&gt;): both are sanitized and hold no secret value;&lt;/li&gt;&lt;li&gt;the &lt;b&gt;Problems panel&lt;/b&gt; (View ▸ Problems) when an input could not be read.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Never attach&lt;/b&gt; secrets or the raw files they live in: kubeconfigs, &lt;tt&gt;.env&lt;/tt&gt; files, Kubernetes Secret manifests, private keys (a signing key, &lt;tt&gt;workspace.key&lt;/tt&gt;) or tokens. If an input file is needed to show the problem, cut it down and replace every credential first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Problem melden&lt;/h3&gt;&lt;p&gt;Schildern Sie denen, die Crossroads für Sie betreuen (dem Issue-Tracker Ihres Teams), was Sie getan haben, was Sie erwartet haben und was stattdessen passiert ist. Hängen Sie an:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;die &lt;b&gt;Version und Plattform&lt;/b&gt; (die Schaltfläche unten kopiert sie);&lt;/li&gt;&lt;li&gt;den Vergleich als exportierten &lt;b&gt;JSON-Bericht&lt;/b&gt; (Datei ▸ Bericht exportieren…, JSON) oder einen gespeicherten &lt;b&gt;Snapshot&lt;/b&gt; (&lt;tt&gt;crossroads-cli snapshot&lt;/tt&gt;): beide sind bereinigt und enthalten keinen geheimen Wert;&lt;/li&gt;&lt;li&gt;das &lt;b&gt;Panel Probleme&lt;/b&gt; (Ansicht ▸ Probleme), wenn eine Eingabe nicht gelesen werden konnte.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Hängen Sie niemals&lt;/b&gt; Secrets an oder die Rohdateien, in denen sie stehen: kubeconfigs, &lt;tt&gt;.env&lt;/tt&gt;-Dateien, Secret-Manifeste von Kubernetes, private Schlüssel (einen Signaturschlüssel, &lt;tt&gt;workspace.key&lt;/tt&gt;) oder Tokens. Wird eine Eingabedatei gebraucht, um das Problem zu zeigen, kürzen Sie sie und ersetzen Sie vorher alle Zugangsdaten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/reportproblemdialog.cpp" line="36"/>
        <source>Copies the version of Crossroads and Qt, the system and the locale to the clipboard</source>
        <translation>Kopiert die Version von Crossroads und Qt, das System und das Gebietsschema in die Zwischenablage</translation>
    </message>
    <message>
        <location filename="../views/reportproblemdialog.cpp" line="37"/>
        <source>Copies every line of the Problems panel to the clipboard, as tab-separated text</source>
        <translation>Kopiert jede Zeile des Panels Probleme als tabulatorgetrennten Text in die Zwischenablage</translation>
    </message>
</context>
<context>
    <name>crossroads::RevisionComparison</name>
    <message>
        <location filename="../models/core/history/revisioncomparison.cpp" line="32"/>
        <location filename="../models/core/history/revisioncomparison.cpp" line="38"/>
        <source>reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisioncomparison.cpp" line="44"/>
        <source>comparing</source>
        <translation>Vergleich läuft</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisioncomparison.cpp" line="47"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>crossroads::RevisionListModel</name>
    <message>
        <location filename="../models/itemmodels/revisionlistmodel.cpp" line="73"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/revisionlistmodel.cpp" line="74"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/revisionlistmodel.cpp" line="75"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/revisionlistmodel.cpp" line="76"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/revisionlistmodel.cpp" line="77"/>
        <source>Snapshots changed</source>
        <translation>Geänderte Snapshots</translation>
    </message>
</context>
<context>
    <name>crossroads::RevisionWalker</name>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="145"/>
        <source>the repository is empty: it has no commits yet</source>
        <translation>das Repository ist leer: es hat noch keine Commits</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="152"/>
        <location filename="../models/core/history/revisionwalker.cpp" line="206"/>
        <source>cannot walk the history</source>
        <translation>die Historie kann nicht durchlaufen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="159"/>
        <source>HEAD names a branch without commits; name a start revision or walk all branches and tags</source>
        <translation>HEAD verweist auf einen Branch ohne Commits; nennen Sie eine Startrevision oder durchlaufen Sie alle Branches und Tags</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="162"/>
        <source>cannot read HEAD</source>
        <translation>HEAD kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="170"/>
        <source>cannot walk from &quot;%1&quot;</source>
        <translation>von „%1“ aus kann nicht durchlaufen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="176"/>
        <source>cannot walk the branches and tags</source>
        <translation>die Branches und Tags können nicht durchlaufen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="188"/>
        <source>cannot read commit %1</source>
        <translation>Commit %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="218"/>
        <source>cannot read the tree of revision &quot;%1&quot;</source>
        <translation>der Tree der Revision „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="226"/>
        <source>cannot read the path filter &quot;%1&quot;</source>
        <translation>der Pfadfilter „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="236"/>
        <source>cannot list the files of revision &quot;%1&quot;</source>
        <translation>die Dateien der Revision „%1“ können nicht aufgelistet werden</translation>
    </message>
</context>
<context>
    <name>crossroads::SarifReport</name>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="158"/>
        <source>%1 (a comparison-level fact that needs both sides).</source>
        <translation>%1 (ein Vergleichsfakt, der beide Seiten braucht).</translation>
    </message>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="159"/>
        <source>See docs/comparison-json.md for %1.</source>
        <translation>Siehe docs/comparison-json.md zu %1.</translation>
    </message>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="168"/>
        <source>Fix on Podman/Docker: %1</source>
        <translation>Behebung bei Podman/Docker: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="169"/>
        <source>Fix on Kubernetes: %1</source>
        <translation>Behebung bei Kubernetes: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="249"/>
        <source>%1 on %2. %3: %4.</source>
        <translation>%1 bei %2. %3: %4.</translation>
    </message>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="251"/>
        <source>%1 (%2) on %3. dev: %4; prod: %5.</source>
        <translation>%1 (%2) bei %3. dev: %4; prod: %5.</translation>
    </message>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="327"/>
        <source>dev side</source>
        <translation>Entwicklungsumgebung (dev)</translation>
    </message>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="328"/>
        <source>prod side</source>
        <translation>Produktionsumgebung (prod)</translation>
    </message>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="394"/>
        <source>waiver %1 expired on %2: %3</source>
        <translation>Ausnahme %1 abgelaufen am %2: %3</translation>
    </message>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="407"/>
        <source>%1: no longer found (was %2).</source>
        <translation>%1: nicht mehr gefunden (war %2).</translation>
    </message>
</context>
<context>
    <name>crossroads::ShortcutsDialog</name>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="47"/>
        <location filename="../views/shortcutsdialog.cpp" line="110"/>
        <location filename="../views/shortcutsdialog.cpp" line="124"/>
        <location filename="../views/shortcutsdialog.cpp" line="125"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="68"/>
        <location filename="../views/shortcutsdialog.cpp" line="81"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="70"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="70"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="70"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="100"/>
        <source>%1 menu</source>
        <translation>Menü %1</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="120"/>
        <source>Clear the search field</source>
        <translation>Das Suchfeld leeren</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="120"/>
        <location filename="../views/shortcutsdialog.cpp" line="121"/>
        <source>Gap matrix</source>
        <translation>Lückenmatrix</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="121"/>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="121"/>
        <source>Move between cells; the detail shows the selected one</source>
        <translation>Zwischen Zellen wechseln; das Detail zeigt die ausgewählte</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="122"/>
        <source>Open the selected item: a recent comparison, a finding, a training scenario</source>
        <translation>Eintrag öffnen: letzter Vergleich, Befund, Trainingsszenario</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="122"/>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="123"/>
        <source>Remove the selected input from its side</source>
        <translation>Die ausgewählte Eingabe von ihrer Seite entfernen</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="123"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="124"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="124"/>
        <source>Move to the next or previous field</source>
        <translation>Zum nächsten oder vorigen Feld wechseln</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="125"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="125"/>
        <source>Open that menu, press that button or go to that field</source>
        <translation>Menü öffnen, Schaltfläche drücken, zum Feld wechseln</translation>
    </message>
</context>
<context>
    <name>crossroads::SigningKey</name>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="52"/>
        <source>cannot open the key: %1</source>
        <translation>der Schlüssel kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="54"/>
        <source>too large to be a key file</source>
        <translation>zu groß für eine Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="74"/>
        <source>cannot generate an Ed25519 key</source>
        <translation>es kann kein Ed25519-Schlüssel erzeugt werden</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="96"/>
        <source>the key is passphrase-protected; give --passphrase-file</source>
        <translation>der Schlüssel ist mit einer Passphrase geschützt; geben Sie --passphrase-file an</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="96"/>
        <source>wrong passphrase or damaged key</source>
        <translation>falsche Passphrase oder beschädigter Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="97"/>
        <source>not a PEM private key</source>
        <translation>kein privater PEM-Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="103"/>
        <location filename="../models/core/integrity/signingkey.cpp" line="116"/>
        <source>not an Ed25519 key</source>
        <translation>kein Ed25519-Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="112"/>
        <source>not a PEM public key</source>
        <translation>kein öffentlicher PEM-Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="141"/>
        <source>cannot encode the private key</source>
        <translation>der private Schlüssel kann nicht kodiert werden</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="146"/>
        <source>cannot create the key file (it must not exist yet): %1</source>
        <translation>die Schlüsseldatei kann nicht angelegt werden (sie darf noch nicht existieren): %1</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="150"/>
        <location filename="../models/core/integrity/signingkey.cpp" line="159"/>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="185"/>
        <source>signing needs the private key</source>
        <translation>zum Signieren wird der private Schlüssel benötigt</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="189"/>
        <source>cannot start signing</source>
        <translation>das Signieren kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="193"/>
        <location filename="../models/core/integrity/signingkey.cpp" line="196"/>
        <source>cannot sign</source>
        <translation>es kann nicht signiert werden</translation>
    </message>
</context>
<context>
    <name>crossroads::SnapshotBlob</name>
    <message>
        <location filename="../models/core/history/snapshotblob.cpp" line="21"/>
        <source>larger than %1 MiB; not a Crossroads snapshot</source>
        <translation>größer als %1 MiB; kein Crossroads-Snapshot</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotblob.cpp" line="25"/>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotblob.cpp" line="26"/>
        <source>not a Crossroads snapshot: %1</source>
        <translation>kein Crossroads-Snapshot: %1</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotblob.cpp" line="31"/>
        <source>not a Crossroads snapshot: schema is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>kein Crossroads-Snapshot: schema ist „%1“, erwartet „%2“</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotblob.cpp" line="38"/>
        <source>side must be &quot;dev&quot; or &quot;prod&quot;, not &quot;%1&quot;</source>
        <translation>side muss „dev“ oder „prod“ sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotblob.cpp" line="48"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotblob.cpp" line="54"/>
        <source>cannot write a temporary copy: %1</source>
        <translation>es kann keine temporäre Kopie geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>crossroads::SnapshotCommitter</name>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="135"/>
        <source>a commit needs a message</source>
        <translation>ein Commit braucht eine Nachricht</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="152"/>
        <source>&quot;%1&quot; is not a valid branch name</source>
        <translation>„%1“ ist kein gültiger Branch-Name</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="159"/>
        <source>branch %1 is locked by another git process (%2 exists); try again when it has finished, or remove the stale lock file</source>
        <translation>Branch %1 ist von einem anderen Git-Prozess gesperrt (%2 existiert); versuchen Sie es erneut, wenn er fertig ist, oder entfernen Sie die verwaiste Sperrdatei</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="168"/>
        <source>the index is locked by another git process (%1 exists); try again when it has finished, or remove the stale lock file</source>
        <translation>der Index ist von einem anderen Git-Prozess gesperrt (%1 existiert); versuchen Sie es erneut, wenn er fertig ist, oder entfernen Sie die verwaiste Sperrdatei</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="178"/>
        <source>no author: set user.name and user.email in the repository&apos;s git config (git config user.name …)</source>
        <translation>kein Autor: setzen Sie user.name und user.email in der Git-Konfiguration des Repositorys (git config user.name …)</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="193"/>
        <source>branch %1 does not exist (%2); check the name, or start it from HEAD with --new-branch</source>
        <translation>Branch %1 existiert nicht (%2); prüfen Sie den Namen, oder beginnen Sie ihn mit --new-branch ab HEAD</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="195"/>
        <source>the repository has no branch yet</source>
        <translation>das Repository hat noch keinen Branch</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="195"/>
        <source>branches: %1</source>
        <translation>Branches: %1</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="205"/>
        <source>cannot read branch %1</source>
        <translation>Branch %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="218"/>
        <source>cannot read the tree of branch %1</source>
        <translation>der Tree von Branch %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="256"/>
        <source>cannot read the state of %1 in the working tree</source>
        <translation>der Zustand von %1 im Arbeitsverzeichnis kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="259"/>
        <source>%1 has changes that are not committed (git status shows them); commit or discard them first, or commit the snapshot to another branch with --branch; nothing was committed</source>
        <translation>%1 hat nicht committete Änderungen (git status zeigt sie); committen oder verwerfen Sie sie zuerst, oder committen Sie den Snapshot mit --branch in einen anderen Branch; es wurde nichts committet</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="268"/>
        <source>cannot store the snapshot</source>
        <translation>der Snapshot kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="275"/>
        <source>cannot read the new tree</source>
        <translation>der neue Tree kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="285"/>
        <source>cannot write the commit</source>
        <translation>der Commit kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="299"/>
        <source>branch %1 moved while the snapshot was being committed; nothing was changed, try again</source>
        <translation>Branch %1 hat sich bewegt, während der Snapshot committet wurde; nichts wurde geändert, versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="303"/>
        <source>cannot update branch %1</source>
        <translation>Branch %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="316"/>
        <source>git could not update the file</source>
        <translation>git konnte die Datei nicht aktualisieren</translation>
    </message>
</context>
<context>
    <name>crossroads::TextReport</name>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="114"/>
        <source>Crossroads: dev &quot;%1&quot; vs prod &quot;%2&quot;</source>
        <translation>Crossroads: dev „%1“ gegen prod „%2“</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="115"/>
        <source>Pod Security judged at Kubernetes %1%2
</source>
        <translation>Pod Security bewertet nach Kubernetes %1%2
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="116"/>
        <source> (no node version in the input; assumed latest)</source>
        <translation> (keine Knotenversion in der Eingabe; neueste angenommen)</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="117"/>
        <source>Pairs: %1</source>
        <translation>Paare: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="129"/>
        <source>: containers %1</source>
        <translation>: Container %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="139"/>
        <source>… %1 more</source>
        <translation>… %1 weitere</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="140"/>
        <source>Unpaired %1 (judged on their own): %2
</source>
        <translation>Ungepaart in %1 (für sich bewertet): %2
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="142"/>
        <location filename="../models/core/report/textreport.cpp" line="155"/>
        <source>dev</source>
        <translation>dev</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="143"/>
        <location filename="../models/core/report/textreport.cpp" line="156"/>
        <source>prod</source>
        <translation>prod</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="151"/>
        <source> (init container)</source>
        <translation> (Init-Container)</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="153"/>
        <source>Containers in %1 only (judged on their own): %2
</source>
        <translation>Container nur in %1 (für sich bewertet): %2
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="158"/>
        <source>Map pair unused: %1
</source>
        <translation>Paar der Zuordnung ungenutzt: %1
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="167"/>
        <source>Results: %1
</source>
        <translation>Ergebnisse: %1
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="176"/>
        <location filename="../models/core/report/textreport.cpp" line="278"/>
        <source>Policy: %1 · %2 waived
</source>
        <translation>Richtlinie: %1 · %2 ausgenommen
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="176"/>
        <location filename="../models/core/report/textreport.cpp" line="278"/>
        <source>No policy; in-manifest annotations waive %1
</source>
        <translation>Keine Richtlinie; Annotationen im Manifest nehmen %1 aus
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="202"/>
        <location filename="../models/core/report/textreport.cpp" line="268"/>
        <source>new since the baseline</source>
        <translation>neu seit der Baseline</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="206"/>
        <source>      waived (%1, was %2) by %3 until %4: %5%6
</source>
        <translation>      ausgenommen (%1, war %2) von %3 bis %4: %5%6
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="209"/>
        <source>      waiver %1 expired on %2; the gap counts again
</source>
        <translation>      Ausnahme %1 ist am %2 abgelaufen; die Lücke zählt wieder
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="220"/>
        <source>      fix %1
</source>
        <translation>      Behebung %1
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="223"/>
        <source>  %1 result(s) unknown: the inputs do not say (see --format json)
</source>
        <translation>  %1 Ergebnis(se) unbekannt: die Eingaben sagen nichts dazu (siehe --format json)
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="227"/>
        <location filename="../models/core/report/textreport.cpp" line="282"/>
        <source>SKIPPED</source>
        <translation>ÜBERSPRUNGEN</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="236"/>
        <source>Crossroads check: %1 side &quot;%2&quot; — %3 workload(s), %4 container(s)</source>
        <translation>Crossroads-Prüfung: Seite %1 „%2“ — %3 Workloads, %4 Container</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="242"/>
        <source>Incomplete: %1 input file(s) could not be read and are not judged (listed under Skipped).</source>
        <translation>Unvollständig: %1 Eingabedatei(en) konnten nicht gelesen werden und sind nicht bewertet (unter Übersprungen aufgeführt).</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="258"/>
        <source>(engine)</source>
        <translation>(Engine)</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="261"/>
        <source>WAIVED</source>
        <translation>AUSGENOMMEN</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="261"/>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="271"/>
        <source>      accepted by %1 (%2, until %3): %4
</source>
        <translation>      akzeptiert von %1 (%2, bis %3): %4
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="276"/>
        <source>%1 pass · %2 fail · %3 unknown
</source>
        <translation>%1 bestanden · %2 nicht bestanden · %3 unbekannt
</translation>
    </message>
</context>
<context>
    <name>crossroads::TrainingScenario</name>
    <message>
        <location filename="../models/core/training/trainingscenario.cpp" line="101"/>
        <source>a scenario needs id, title, dev and prod</source>
        <translation>ein Szenario braucht id, title, dev und prod</translation>
    </message>
    <message>
        <location filename="../models/core/training/trainingscenario.cpp" line="104"/>
        <source>a scenario needs at least one step</source>
        <translation>ein Szenario braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <location filename="../models/core/training/trainingscenario.cpp" line="113"/>
        <source>a step needs gap, title, narrative, for_developers and for_operations</source>
        <translation>ein Schritt braucht gap, title, narrative, for_developers und for_operations</translation>
    </message>
    <message>
        <location filename="../models/core/training/trainingscenario.cpp" line="129"/>
        <source>expected a list of scenario folders</source>
        <translation>erwartet wurde eine Liste von Szenario-Ordnern</translation>
    </message>
</context>
<context>
    <name>crossroads::TrainingView</name>
    <message>
        <location filename="../views/trainingview.cpp" line="51"/>
        <source>← &amp;Previous</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="52"/>
        <source>&amp;Next →</source>
        <translation>&amp;Weiter →</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="53"/>
        <source>Show in &amp;matrix</source>
        <translation>In der &amp;Matrix zeigen</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="58"/>
        <source>&lt;h2&gt;Training mode&lt;/h2&gt;&lt;p&gt;Each scenario opens a small dev and prod environment and walks through its gaps one by one, in plain words, with what developers and operations each change. Pick one and press Enter.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Trainingsmodus&lt;/h2&gt;&lt;p&gt;Jedes Szenario öffnet eine kleine dev- und prod-Umgebung und geht ihre Lücken nacheinander in einfachen Worten durch, jeweils mit dem, was Entwicklung und Betrieb ändern. Wählen Sie eines und drücken Sie die Eingabetaste.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="62"/>
        <source>Training scenarios</source>
        <translation>Trainingsszenarien</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="72"/>
        <source>The bundled scenarios could not be read: %1</source>
        <translation>Die mitgelieferten Szenarien konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="76"/>
        <source>&amp;Start scenario</source>
        <translation>Szenario &amp;starten</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="100"/>
        <source>Step title</source>
        <translation>Titel des Schritts</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="101"/>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="104"/>
        <source>All scenarios</source>
        <translation>Alle Szenarien</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="102"/>
        <location filename="../views/trainingview.cpp" line="115"/>
        <source>Developers change</source>
        <translation>Was die Entwicklung ändert</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="103"/>
        <location filename="../views/trainingview.cpp" line="116"/>
        <source>Operations change</source>
        <translation>Was der Betrieb ändert</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="212"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="222"/>
        <source>This step&apos;s gap is not in the loaded comparison.</source>
        <translation>Die Lücke dieses Schritts ist nicht im geladenen Vergleich.</translation>
    </message>
</context>
<context>
    <name>crossroads::TrustedKeys</name>
    <message>
        <location filename="../models/core/integrity/trustedkeys.cpp" line="24"/>
        <source>cannot open the key: %1</source>
        <translation>der Schlüssel kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/trustedkeys.cpp" line="26"/>
        <source>too large to be a key file</source>
        <translation>zu groß für eine Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/trustedkeys.cpp" line="29"/>
        <source>holds a private key; only public keys (.pub) belong among the trusted keys</source>
        <translation>enthält einen privaten Schlüssel; zu den vertrauenswürdigen Schlüsseln gehören nur öffentliche (.pub)</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/trustedkeys.cpp" line="89"/>
        <source>cannot create the trusted-keys folder</source>
        <translation>der Ordner der vertrauenswürdigen Schlüssel kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/trustedkeys.cpp" line="95"/>
        <source>another key is trusted under this name; give the new key another file name</source>
        <translation>unter diesem Namen wird schon ein anderer Schlüssel vertraut; geben Sie dem neuen Schlüssel einen anderen Dateinamen</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/trustedkeys.cpp" line="96"/>
        <location filename="../models/core/integrity/trustedkeys.cpp" line="101"/>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>crossroads::UserGuideDialog</name>
    <message>
        <location filename="../views/userguidedialog.cpp" line="20"/>
        <source>Crossroads user guide</source>
        <translation>Crossroads-Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../views/userguidedialog.cpp" line="22"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../views/userguidedialog.cpp" line="27"/>
        <source>The user guide is missing from this build (%1).</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build (%1).</translation>
    </message>
</context>
<context>
    <name>crossroads::Waiver</name>
    <message>
        <location filename="../models/core/policy/waiver.cpp" line="10"/>
        <source>the annotation is removed</source>
        <translation>die Annotation entfernt wird</translation>
    </message>
</context>
<context>
    <name>crossroads::WaiverDialog</name>
    <message>
        <location filename="../views/waiverdialog.cpp" line="38"/>
        <source>Accept a risk: add waiver %1</source>
        <translation>Ein Risiko akzeptieren: Ausnahme %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="39"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 ⇄ %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 ⇄ %3</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="45"/>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="46"/>
        <source>Development only</source>
        <translation>Nur Entwicklung</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="47"/>
        <source>Production only</source>
        <translation>Nur Produktion</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="50"/>
        <source>A name or a wildcard pattern on namespace/name, e.g. shop/*</source>
        <translation>Ein Name oder ein Platzhaltermuster auf namespace/name, z. B. shop/*</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="53"/>
        <source>Who answers for this risk</source>
        <translation>Wer für dieses Risiko verantwortlich ist</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="54"/>
        <source>Why it is acceptable until the expiry date</source>
        <translation>Warum es bis zum Ablaufdatum vertretbar ist</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="55"/>
        <source>Optional: issue or change ticket</source>
        <translation>Optional: Issue- oder Change-Ticket</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="62"/>
        <source>Choose or create…</source>
        <translation>Wählen oder anlegen…</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="64"/>
        <source>Policy file for the waiver</source>
        <translation>Richtliniendatei für die Ausnahme</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="64"/>
        <source>Policy files (*.json)</source>
        <translation>Richtliniendateien (*.json)</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="77"/>
        <source>&amp;Check:</source>
        <translation>&amp;Prüfung:</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="78"/>
        <source>&amp;Workload:</source>
        <translation>&amp;Workload:</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="79"/>
        <source>&amp;Side:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="80"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="81"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="82"/>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="83"/>
        <source>&amp;Expires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="85"/>
        <source>Policy &amp;file:</source>
        <translation>Richtlinien&amp;datei:</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="94"/>
        <source>Write waiver</source>
        <translation>Ausnahme schreiben</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="108"/>
        <source>Choose the policy file the waiver is written to.</source>
        <translation>Wählen Sie die Richtliniendatei, in die die Ausnahme geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="109"/>
        <source>Waiver %1 will be added to %2; nothing else in the file changes.</source>
        <translation>Ausnahme %1 wird zu %2 hinzugefügt; sonst ändert sich nichts in der Datei.</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="110"/>
        <source>%1 will be created as a policy holding waiver %2.</source>
        <translation>%1 wird als Richtlinie mit Ausnahme %2 angelegt.</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="153"/>
        <source>cannot create: %1</source>
        <translation>kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>crossroads::WelcomePage</name>
    <message>
        <location filename="../views/welcomepage.cpp" line="22"/>
        <source>Open the &amp;demo</source>
        <translation>D&amp;emo öffnen</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="23"/>
        <source>Co&amp;llect local engine</source>
        <translation>Lokale Engine ein&amp;lesen</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="24"/>
        <source>&amp;Training scenarios</source>
        <translation>Trainings&amp;szenarien</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="25"/>
        <source>Development side</source>
        <translation>Entwicklungsumgebung</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="25"/>
        <source>Drop podman or docker inspect and info output, compose files or saved snapshots here, or add them below.</source>
        <translation>Legen Sie hier Ausgaben von podman bzw. docker inspect und info, compose-Dateien oder gespeicherte Snapshots ab oder fügen Sie sie unten hinzu.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="26"/>
        <source>Production side</source>
        <translation>Produktionsumgebung</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="26"/>
        <source>Drop Kubernetes manifests, kubectl get -o json output or a folder of them here, or add them below.</source>
        <translation>Legen Sie hier Kubernetes-Manifeste, Ausgaben von kubectl get -o json oder einen Ordner davon ab oder fügen Sie sie unten hinzu.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="27"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="29"/>
        <source>Loaded now</source>
        <translation>Jetzt geladen</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="37"/>
        <source>&lt;h1&gt;Crossroads&lt;/h1&gt;&lt;p&gt;Where development and production part ways: compare the security posture of a Podman, Docker or compose environment with the Kubernetes one it ships to — runtime, namespaces, network, secrets and image supply chain.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Crossroads&lt;/h1&gt;&lt;p&gt;Wo sich Entwicklung und Produktion trennen: Vergleichen Sie die Sicherheitslage einer Podman-, Docker- oder compose-Umgebung mit der Kubernetes-Umgebung, in die sie ausgeliefert wird — Laufzeit, Namespaces, Netzwerk, Secrets und Image-Lieferkette.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="48"/>
        <source>A rootless Podman dev side against a Kubernetes 1.30 prod side</source>
        <translation>Eine rootless Podman-Seite (dev) gegen eine Kubernetes-1.30-Seite (prod)</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="51"/>
        <source>Read the local Podman or Docker engine as the development side</source>
        <translation>Die lokale Podman- oder Docker-Engine als Entwicklungsumgebung einlesen</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="53"/>
        <source>Podman</source>
        <translation>Podman</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="54"/>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="71"/>
        <source>Development:</source>
        <translation>Entwicklung:</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="73"/>
        <source>Production:</source>
        <translation>Produktion:</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="89"/>
        <source>Import both sides and compare them</source>
        <translation>Beide Seiten importieren und vergleichen</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="91"/>
        <location filename="../views/welcomepage.cpp" line="93"/>
        <source>Recent comparisons</source>
        <translation>Letzte Vergleiche</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="139"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="140"/>
        <source>Development: %1
Production: %2</source>
        <translation>Entwicklung: %1
Produktion: %2</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="144"/>
        <source>No recent comparisons yet.</source>
        <translation>Noch keine Vergleiche.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="153"/>
        <source>bundled %1</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="170"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="171"/>
        <source>%1 in the repository %2</source>
        <translation>%1 im Repository %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/welcomepage.cpp" line="181"/>
        <source>%1, %2 and %n more</source>
        <translation>
            <numerusform>%1, %2 und %n weitere</numerusform>
            <numerusform>%1, %2 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="183"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="190"/>
        <source>loaded %1</source>
        <translation>geladen am %1</translation>
    </message>
</context>
<context>
    <name>crossroads::WorkspaceKey</name>
    <message>
        <location filename="../models/core/secrets/workspacekey.cpp" line="75"/>
        <source>the system random generator failed</source>
        <translation>der Zufallsgenerator des Systems ist ausgefallen</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/workspacekey.cpp" line="84"/>
        <source>cannot create the key file: %1</source>
        <translation>die Schlüsseldatei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/workspacekey.cpp" line="89"/>
        <source>cannot write the key file: %1</source>
        <translation>die Schlüsseldatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/workspacekey.cpp" line="97"/>
        <source>cannot read the key file: %1</source>
        <translation>die Schlüsseldatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/workspacekey.cpp" line="109"/>
        <source>the key file holds fewer than 16 bytes</source>
        <translation>die Schlüsseldatei enthält weniger als 16 Byte</translation>
    </message>
</context>
<context>
    <name>crossroads::cli</name>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="58"/>
        <source>warning: %1; credentials are classified but not fingerprinted</source>
        <translation>Warnung: %1; Zugangsdaten werden eingestuft, aber ohne Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="68"/>
        <source>unknown severity &quot;%1&quot;; use low, medium, high or critical</source>
        <translation>unbekannter Schweregrad „%1“; verwenden Sie low, medium, high oder critical</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="84"/>
        <source>cannot read Kubernetes version &quot;%1&quot;; write it like v1.31</source>
        <translation>Kubernetes-Version „%1“ ist nicht lesbar; schreiben Sie sie wie v1.31</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="108"/>
        <source>--today must be a date like 2026-12-31</source>
        <translation>--today muss ein Datum wie 2026-12-31 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="121"/>
        <source>--side must be dev or prod</source>
        <translation>--side muss dev oder prod sein</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="158"/>
        <location filename="../app/cli/clisupport.cpp" line="176"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="169"/>
        <source>could not write to standard output: %1</source>
        <translation>konnte nicht in die Standardausgabe schreiben: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="187"/>
        <source>could not write the snapshot to standard output</source>
        <translation>der Snapshot konnte nicht in die Standardausgabe geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="201"/>
        <source>wrote %1: %2 snapshot, %3 workload(s), %4 container(s) from %5 input(s)</source>
        <translation>%1 geschrieben: Snapshot %2, %3 Workloads, %4 Container aus %5 Eingaben</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="216"/>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="247"/>
        <source>skipped file: %1</source>
        <translation>übersprungene Datei: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clisupport.cpp" line="255"/>
        <source>%n input file(s) could not be read (see above): exit status 2</source>
        <translation>
            <numerusform>%n Eingabedatei konnte nicht gelesen werden (siehe oben): Exit-Status 2</numerusform>
            <numerusform>%n Eingabedateien konnten nicht gelesen werden (siehe oben): Exit-Status 2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="291"/>
        <source>--ask-passphrase needs a terminal; use --passphrase-file</source>
        <translation>--ask-passphrase braucht ein Terminal; verwenden Sie --passphrase-file</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="295"/>
        <source>the passphrases differ</source>
        <translation>die Passphrasen stimmen nicht überein</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="299"/>
        <source>empty passphrase</source>
        <translation>leere Passphrase</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="308"/>
        <source>%1: cannot open the passphrase file: %2</source>
        <translation>%1: die Passphrase-Datei kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="315"/>
        <source>%1: the passphrase file is empty</source>
        <translation>%1: die Passphrase-Datei ist leer</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="341"/>
        <source>Read the key&apos;s passphrase from the first line of FILE.</source>
        <translation>Die Passphrase des Schlüssels aus der ersten Zeile von DATEI lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="39"/>
        <location filename="../app/cli/clisupport.cpp" line="341"/>
        <location filename="../app/cli/comparecommand.cpp" line="26"/>
        <location filename="../app/cli/comparecommand.cpp" line="29"/>
        <location filename="../app/cli/signcommand.cpp" line="14"/>
        <location filename="../app/cli/verifycommand.cpp" line="16"/>
        <location filename="../app/cli/verifycommand.cpp" line="19"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="342"/>
        <source>Ask for the key&apos;s passphrase on the terminal.</source>
        <translation>Die Passphrase des Schlüssels im Terminal abfragen.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="352"/>
        <source>--format pdf needs -o FILE.pdf</source>
        <translation>--format pdf braucht -o DATEI.pdf</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clisupport.cpp" line="392"/>
        <source>wrote %1: %n open finding(s)</source>
        <translation>
            <numerusform>%1 geschrieben: %n offener Befund</numerusform>
            <numerusform>%1 geschrieben: %n offene Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clisupport.cpp" line="397"/>
        <source>; %n new at or above %1, exit 1</source>
        <translation>
            <numerusform>; %n neuer ab %1, Exit-Status 1</numerusform>
            <numerusform>; %n neue ab %1, Exit-Status 1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clisupport.cpp" line="397"/>
        <source>; %n at or above %1, exit 1</source>
        <translation>
            <numerusform>; %n ab %1, Exit-Status 1</numerusform>
            <numerusform>; %n ab %1, Exit-Status 1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="398"/>
        <source>; none new at or above %1</source>
        <translation>; keiner neu ab %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="398"/>
        <source>; none at or above %1</source>
        <translation>; keiner ab %1</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="23"/>
        <source>Compare a development environment with a production one.</source>
        <translation>Eine Entwicklungsumgebung mit einer Produktionsumgebung vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="24"/>
        <source>Development inputs: files or folders (several may follow).</source>
        <translation>Eingaben der Entwicklung: Dateien oder Ordner (mehrere möglich).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="24"/>
        <location filename="../app/cli/comparecommand.cpp" line="25"/>
        <location filename="../app/cli/historycommand.cpp" line="221"/>
        <location filename="../app/cli/historycommand.cpp" line="224"/>
        <location filename="../app/cli/historycommand.cpp" line="226"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="25"/>
        <source>Production inputs: files or folders (several may follow).</source>
        <translation>Eingaben der Produktion: Dateien oder Ordner (mehrere möglich).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="26"/>
        <source>Explicit dev→prod workload pairs (JSON or YAML).</source>
        <translation>Explizite Workload-Paare dev→prod (JSON oder YAML).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="27"/>
        <source>Compare the bundled demo scenario.</source>
        <translation>Das mitgelieferte Demo-Szenario vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="28"/>
        <source>A previous report (--format json or sarif) to mark gaps new, unchanged, updated or absent; with --repo also REV:PATH.</source>
        <translation>Ein früherer Bericht (--format json oder sarif), um Lücken als neu, unverändert, geändert oder weggefallen zu markieren; mit --repo auch REV:PFAD.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="30"/>
        <source>Exit 1 only for gaps that fail now and did not before (needs --baseline; --fail-on sets the severity).</source>
        <translation>Exit-Status 1 nur für Lücken, die jetzt scheitern und vorher nicht (braucht --baseline; --fail-on legt den Schweregrad fest).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="31"/>
        <source>Also sign the report written with -o: FILE.sig (see crossroads-cli sign).</source>
        <translation>Den mit -o geschriebenen Bericht auch signieren: DATEI.sig (siehe crossroads-cli sign).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="31"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="33"/>
        <source>Read --dev, --prod and --baseline values written REV:PATH from this git repository.</source>
        <translation>Werte von --dev, --prod und --baseline in der Form REV:PFAD aus diesem Git-Repository lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="36"/>
        <source>Output format: text, json, sarif, markdown, html or pdf (pdf needs -o).</source>
        <translation>Ausgabeformat: text, json, sarif, markdown, html oder pdf (pdf braucht -o).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="50"/>
        <source>compare needs --dev PATH… and --prod PATH… (or --demo); see crossroads-cli compare --help</source>
        <translation>compare braucht --dev PFAD… und --prod PFAD… (oder --demo); siehe crossroads-cli compare --help</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="62"/>
        <location filename="../app/cli/comparecommand.cpp" line="70"/>
        <source>--source-root applies to --format sarif</source>
        <translation>--source-root gilt für --format sarif</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="66"/>
        <location filename="../app/cli/comparecommand.cpp" line="74"/>
        <source>%1: no such folder (--source-root)</source>
        <translation>%1: kein solcher Ordner (--source-root)</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="79"/>
        <source>--fail-on-new needs --baseline PREVIOUS.json</source>
        <translation>--fail-on-new braucht --baseline VORHERIG.json</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="89"/>
        <source>--sign-key needs -o FILE</source>
        <translation>--sign-key braucht -o DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="108"/>
        <source>%1 is a report of check (the %2 side alone), whose findings a comparison never has; give a report of compare as --baseline</source>
        <translation>%1 ist ein Bericht von check (nur die Umgebung %2), dessen Befunde ein Vergleich nie hat; geben Sie einen Bericht von compare als --baseline an</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="130"/>
        <source>%1: a pair paired nothing: %2</source>
        <translation>%1: ein Paar hat nichts gepaart: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="37"/>
        <source>Check one environment against the rule catalogue.</source>
        <translation>Eine Umgebung gegen den Regelkatalog prüfen.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="38"/>
        <location filename="../app/cli/collectcommand.cpp" line="15"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="14"/>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="38"/>
        <source>Which side the inputs describe: dev or prod (default: the side saved snapshots were recorded for; prod when every workload read is a Kubernetes object and no local engine was read; else dev; it decides which policy waivers and requirements apply).</source>
        <translation>Welche Umgebung die Eingaben beschreiben: dev oder prod (Standard: die Umgebung, für die gespeicherte Snapshots aufgezeichnet wurden; prod, wenn jeder gelesene Workload ein Kubernetes-Objekt ist und keine lokale Engine gelesen wurde; sonst dev; sie entscheidet, welche Ausnahmen und Anforderungen der Richtlinie gelten).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="39"/>
        <source>A previous check report (--format json or sarif) to mark failures new, unchanged, updated or absent.</source>
        <translation>Ein früherer check-Bericht (--format json oder sarif), um Fehlschläge als neu, unverändert, geändert oder weggefallen zu markieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="40"/>
        <source>Exit 1 only for failures that are new since --baseline (--fail-on sets the severity).</source>
        <translation>Exit-Status 1 nur für Fehlschläge, die seit --baseline neu sind (--fail-on setzt den Schweregrad).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="43"/>
        <source>Output format: text, json (every result), sarif, markdown, html or pdf (the failures; pdf needs -o).</source>
        <translation>Ausgabeformat: text, json (jedes Ergebnis), sarif, markdown, html oder pdf (die Fehlschläge; pdf braucht -o).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="45"/>
        <source>A policy file to apply (repeat for several, merged in order; builtin:pss-restricted and builtin:cis-docker-5 are bundled).</source>
        <translation>Eine anzuwendende Richtliniendatei (für mehrere wiederholen, der Reihe nach zusammengeführt; builtin:pss-restricted und builtin:cis-docker-5 sind mitgeliefert).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="46"/>
        <location filename="../app/cli/comparecommand.cpp" line="37"/>
        <source>Write to FILE instead of standard output; without --format, its extension chooses the format (.json, .sarif, .md, .html, .pdf).</source>
        <translation>In DATEI statt in die Standardausgabe schreiben; ohne --format wählt ihre Endung das Format (.json, .sarif, .md, .html, .pdf).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="49"/>
        <source>Files or folders to check.</source>
        <translation>Zu prüfende Dateien oder Ordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="49"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="25"/>
        <source>PATH…</source>
        <translation>PFAD…</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="56"/>
        <source>check needs at least one PATH; see crossroads-cli check --help</source>
        <translation>check braucht mindestens einen PFAD; siehe crossroads-cli check --help</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="71"/>
        <source>--fail-on-new needs --baseline PREVIOUS.json (or .sarif)</source>
        <translation>--fail-on-new braucht --baseline VORHERIG.json (oder .sarif)</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="109"/>
        <source>%1 is a report of check on the %2 side, and this check judges the %3 side; give a report of the same side as --baseline</source>
        <translation>%1 ist ein Bericht von check über die Umgebung %2, und diese Prüfung bewertet die Umgebung %3; geben Sie einen Bericht derselben Umgebung als --baseline an</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="111"/>
        <source>%1 is a report of compare, whose findings pair two sides; give a report of check (--format json or sarif) as --baseline</source>
        <translation>%1 ist ein Bericht von compare, dessen Befunde zwei Umgebungen paaren; geben Sie einen Bericht von check (--format json oder sarif) als --baseline an</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="13"/>
        <source>Save a sanitized snapshot of one environment (no secret values, only keyed fingerprints).</source>
        <translation>Einen bereinigten Snapshot einer Umgebung speichern (keine geheimen Werte, nur schlüsselgebundene Fingerabdrücke).</translation>
    </message>
    <message>
        <location filename="../app/cli/collectcommand.cpp" line="15"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="14"/>
        <source>dev or prod.</source>
        <translation>dev oder prod.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="15"/>
        <source>A name for the snapshot.</source>
        <translation>Ein Name für den Snapshot.</translation>
    </message>
    <message>
        <location filename="../app/cli/signcommand.cpp" line="15"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="15"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="17"/>
        <source>Commit the snapshot to a git repository (with --repo, --path and -m).</source>
        <translation>Den Snapshot in ein Git-Repository committen (mit --repo, --path und -m).</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="18"/>
        <source>With --commit: the git repository (working tree or bare).</source>
        <translation>Mit --commit: das Git-Repository (Arbeitsverzeichnis oder bare).</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="19"/>
        <source>With --commit: the snapshot&apos;s path in the repository.</source>
        <translation>Mit --commit: der Pfad des Snapshots im Repository.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="19"/>
        <source>path-in-repo</source>
        <translation>pfad-im-repo</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="20"/>
        <source>With --commit: the commit message.</source>
        <translation>Mit --commit: die Commit-Nachricht.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="20"/>
        <source>message</source>
        <translation>nachricht</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="30"/>
        <source>--repo, --path, -m, --branch and --new-branch go with --commit</source>
        <translation>--repo, --path, -m, --branch und --new-branch gehören zu --commit</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="21"/>
        <source>branch</source>
        <translation>branch</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="21"/>
        <source>With --commit: the branch to commit to (default: the current one); it must exist.</source>
        <translation>Mit --commit: der Branch, auf den committet wird (Standard: der aktuelle); er muss existieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="22"/>
        <source>With --commit --branch: start the branch from HEAD when it does not exist yet.</source>
        <translation>Mit --commit --branch: den Branch ab HEAD beginnen, wenn er noch nicht existiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="23"/>
        <source>The snapshot file to write (FILE.crossroads.json); with --commit, also kept here.</source>
        <translation>Die zu schreibende Snapshot-Datei (DATEI.crossroads.json); mit --commit bleibt sie auch hier.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="25"/>
        <source>Files or folders to import.</source>
        <translation>Zu importierende Dateien oder Ordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="37"/>
        <source>snapshot needs PATH… and -o FILE.crossroads.json</source>
        <translation>snapshot braucht PFAD… und -o DATEI.crossroads.json</translation>
    </message>
    <message>
        <location filename="../app/cli/collectcommand.cpp" line="14"/>
        <source>Read the local Podman or Docker engine into a snapshot.</source>
        <translation>Die lokale Podman- oder Docker-Engine in einen Snapshot einlesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/collectcommand.cpp" line="16"/>
        <source>Write the snapshot to FILE instead of standard output (FILE.crossroads.json; crossroads-cli check FILE judges it).</source>
        <translation>Den Snapshot in DATEI statt in die Standardausgabe schreiben (DATEI.crossroads.json; crossroads-cli check DATEI bewertet ihn).</translation>
    </message>
    <message>
        <location filename="../app/cli/collectcommand.cpp" line="18"/>
        <source>podman or docker</source>
        <translation>podman oder docker</translation>
    </message>
    <message>
        <location filename="../app/cli/collectcommand.cpp" line="23"/>
        <source>collect needs the engine: crossroads-cli collect podman|docker [-o FILE]</source>
        <translation>collect braucht die Engine: crossroads-cli collect podman|docker [-o DATEI]</translation>
    </message>
    <message>
        <location filename="../app/cli/collectcommand.cpp" line="28"/>
        <source>unknown engine &quot;%1&quot;; collect reads podman or docker</source>
        <translation>unbekannte Engine „%1“; collect liest podman oder docker</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="14"/>
        <source>Create an Ed25519 signing key: KEY (private, mode 0600) and KEY.pub (public, for verifiers).</source>
        <translation>Einen Ed25519-Signaturschlüssel erzeugen: SCHLÜSSEL (privat, Modus 0600) und SCHLÜSSEL.pub (öffentlich, für Prüfende).</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="16"/>
        <source>Also trust the new key on this machine: copy KEY.pub into the trusted-keys folder (%1).</source>
        <translation>Dem neuen Schlüssel auf diesem Rechner auch vertrauen: SCHLÜSSEL.pub in den Ordner der vertrauenswürdigen Schlüssel kopieren (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="17"/>
        <source>Write the private key to FILE (mode 0600) and the public key to FILE.pub.</source>
        <translation>Den privaten Schlüssel nach DATEI (Modus 0600) und den öffentlichen nach DATEI.pub schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="23"/>
        <source>keygen needs -o KEY</source>
        <translation>keygen braucht -o SCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="42"/>
        <source>wrote %1 (private, keep it safe) and %1.pub; key id %2</source>
        <translation>%1 (privat, sicher aufbewahren) und %1.pub geschrieben; Schlüssel-ID %2</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="44"/>
        <source>verifiers trust it with: crossroads-cli trust %1.pub</source>
        <translation>Prüfende vertrauen ihm mit: crossroads-cli trust %1.pub</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="52"/>
        <location filename="../app/cli/trustcommand.cpp" line="48"/>
        <source>trusted key %1 (%2)</source>
        <translation>vertrauenswürdiger Schlüssel %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/signcommand.cpp" line="13"/>
        <source>Sign a file (a report, a snapshot): writes a detached FILE.sig with its SHA-256, the key id, the signer and the time.</source>
        <translation>Eine Datei signieren (einen Bericht, einen Snapshot): schreibt eine abgetrennte DATEI.sig mit ihrem SHA-256, der Schlüssel-ID, dem Unterzeichner und der Zeit.</translation>
    </message>
    <message>
        <location filename="../app/cli/signcommand.cpp" line="14"/>
        <source>The private signing key (from crossroads-cli keygen).</source>
        <translation>Der private Signaturschlüssel (aus crossroads-cli keygen).</translation>
    </message>
    <message>
        <location filename="../app/cli/signcommand.cpp" line="15"/>
        <source>Who signs (default: user@host).</source>
        <translation>Wer signiert (Standard: benutzer@host).</translation>
    </message>
    <message>
        <location filename="../app/cli/signcommand.cpp" line="18"/>
        <source>The file to sign.</source>
        <translation>Die zu signierende Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/signcommand.cpp" line="23"/>
        <source>sign needs FILE --key KEY</source>
        <translation>sign braucht DATEI --key SCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../app/cli/signcommand.cpp" line="40"/>
        <source>wrote %1: SHA-256 %2, key %3, signer %4</source>
        <translation>%1 geschrieben: SHA-256 %2, Schlüssel %3, Unterzeichner %4</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="14"/>
        <source>Verify a file against its detached signature and the keys you trust. Exit 0 valid and made by a trusted key; 1 invalid, tampered or made by a key that is not trusted; 2 usage or unreadable.</source>
        <translation>Eine Datei gegen ihre abgetrennte Signatur und die Schlüssel prüfen, denen Sie vertrauen. Exit-Status 0: gültig und von einem vertrauenswürdigen Schlüssel; 1: ungültig, manipuliert oder von einem nicht vertrauenswürdigen Schlüssel; 2: Aufruffehler oder nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="16"/>
        <source>The signature (default: FILE.sig).</source>
        <translation>Die Signatur (Standard: DATEI.sig).</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="18"/>
        <source>Trust this public key (repeat for several); then only these are trusted and the trusted-keys folder (%1) is not read.</source>
        <translation>Diesem öffentlichen Schlüssel vertrauen (für mehrere wiederholen); dann gelten nur diese als vertrauenswürdig und der Ordner der vertrauenswürdigen Schlüssel (%1) wird nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="21"/>
        <source>The signed file.</source>
        <translation>Die signierte Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="26"/>
        <source>verify needs FILE [--sig FILE.sig] [--pubkey KEY.pub]</source>
        <translation>verify braucht DATEI [--sig DATEI.sig] [--pubkey SCHLÜSSEL.pub]</translation>
    </message>
    <message>
        <location filename="../app/cli/trustcommand.cpp" line="30"/>
        <location filename="../app/cli/verifycommand.cpp" line="43"/>
        <source>warning: %1; not trusted</source>
        <translation>Warnung: %1; nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="59"/>
        <source>UNTRUSTED: %1; %2</source>
        <translation>NICHT VERTRAUENSWÜRDIG: %1; %2</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="61"/>
        <source>the key(s) given with --pubkey: %1</source>
        <translation>der/die mit --pubkey angegebene(n) Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="62"/>
        <source>if you know it is the signer&apos;s key, add its .pub to %1 (crossroads-cli trust KEY.pub) or pass --pubkey KEY.pub</source>
        <translation>wenn Sie sicher sind, dass es der Schlüssel des Unterzeichners ist, fügen Sie seine .pub zu %1 hinzu (crossroads-cli trust SCHLÜSSEL.pub) oder übergeben Sie --pubkey SCHLÜSSEL.pub</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="69"/>
        <source>INVALID: %1</source>
        <translation>UNGÜLTIG: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/trustcommand.cpp" line="14"/>
        <source>Trust public keys: copies each KEY.pub into the trusted-keys folder (%1), so that verify and the GUI accept signatures made with it. Compare the key id printed with the one the signer gave you.</source>
        <translation>Öffentlichen Schlüsseln vertrauen: kopiert jede SCHLÜSSEL.pub in den Ordner der vertrauenswürdigen Schlüssel (%1), damit verify und die GUI damit erstellte Signaturen annehmen. Vergleichen Sie die ausgegebene Schlüssel-ID mit der, die Ihnen der Unterzeichner genannt hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/trustcommand.cpp" line="17"/>
        <source>List the trusted keys.</source>
        <translation>Die vertrauenswürdigen Schlüssel auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli/trustcommand.cpp" line="19"/>
        <source>Public key files (from crossroads-cli keygen: KEY.pub).</source>
        <translation>Dateien öffentlicher Schlüssel (aus crossroads-cli keygen: SCHLÜSSEL.pub).</translation>
    </message>
    <message>
        <location filename="../app/cli/trustcommand.cpp" line="19"/>
        <source>KEY.pub…</source>
        <translation>SCHLÜSSEL.pub…</translation>
    </message>
    <message>
        <location filename="../app/cli/trustcommand.cpp" line="24"/>
        <source>trust needs KEY.pub… or --list</source>
        <translation>trust braucht SCHLÜSSEL.pub… oder --list</translation>
    </message>
    <message>
        <location filename="../app/cli/trustcommand.cpp" line="32"/>
        <source>no trusted keys in %1</source>
        <translation>keine vertrauenswürdigen Schlüssel in %1</translation>
    </message>
    <message>
        <location filename="../app/cli/trustcommand.cpp" line="48"/>
        <source>already trusted: key %1 (%2)</source>
        <translation>bereits vertrauenswürdig: Schlüssel %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="134"/>
        <source>absent</source>
        <translation>weggefallen</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="155"/>
        <source>note: %1 is a %2 snapshot and %3 a %4 one; use compare --repo to set dev against prod</source>
        <translation>Hinweis: %1 ist ein %2-Snapshot und %3 ein %4-Snapshot; verwenden Sie compare --repo, um dev gegen prod zu stellen</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="189"/>
        <source>%1 → %2: %3 worse, %4 appeared, %5 better, %6 disappeared
</source>
        <translation>%1 → %2: %3 schlechter, %4 hinzugekommen, %5 besser, %6 weggefallen
</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="201"/>
        <source>engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="216"/>
        <source>List the revisions of a git repository that touched saved snapshots, with the failing checks of every snapshot at each revision (each checked on its own, like crossroads-cli check).</source>
        <translation>Die Revisionen eines Git-Repositorys auflisten, die gespeicherte Snapshots berührt haben, mit den fehlgeschlagenen Prüfungen jedes Snapshots je Revision (jeder für sich geprüft, wie bei crossroads-cli check).</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="219"/>
        <source>The git repository (working tree or bare).</source>
        <translation>Das Git-Repository (Arbeitsverzeichnis oder bare).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="33"/>
        <location filename="../app/cli/historycommand.cpp" line="219"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="18"/>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="221"/>
        <source>Snapshot file, folder or glob (repeatable; default: *.crossroads.json).</source>
        <translation>Snapshot-Datei, Ordner oder Glob (wiederholbar; Standard: *.crossroads.json).</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="223"/>
        <source>With --prod: count the failing gaps of this dev snapshot against the prod one at each revision.</source>
        <translation>Mit --prod: die offenen Lücken dieses dev-Snapshots gegenüber dem prod-Snapshot je Revision zählen.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="226"/>
        <source>With --dev: the prod snapshot&apos;s path in the repository.</source>
        <translation>Mit --dev: der Pfad des prod-Snapshots im Repository.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="228"/>
        <source>With --to: list the checks of one side that moved between two revisions.</source>
        <translation>Mit --to: die Prüfungen einer Seite auflisten, die sich zwischen zwei Revisionen verändert haben.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="228"/>
        <location filename="../app/cli/historycommand.cpp" line="229"/>
        <source>REV:PATH</source>
        <translation>REV:PFAD</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="229"/>
        <source>With --from: the later snapshot.</source>
        <translation>Mit --from: der spätere Snapshot.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="232"/>
        <source>At most N revisions (default 50; 0: all).</source>
        <translation>Höchstens N Revisionen (Standard 50; 0: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="232"/>
        <location filename="../app/cli/historycommand.cpp" line="234"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="234"/>
        <source>Skip the N newest matching revisions.</source>
        <translation>Die N neuesten passenden Revisionen überspringen.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="235"/>
        <source>Walk every branch and tag, not only HEAD.</source>
        <translation>Alle Branches und Tags durchlaufen, nicht nur HEAD.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="237"/>
        <source>Walk back from this revision instead of HEAD (repeatable).</source>
        <translation>Von dieser Revision statt von HEAD aus zurückgehen (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="237"/>
        <source>rev</source>
        <translation>Rev</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="257"/>
        <source>usage: crossroads-cli history --repo DIR [--path P… | --dev PATH --prod PATH] [--format text|json] [--limit N] [--offset N] [--all] [--rev REV]</source>
        <translation>Aufruf: crossroads-cli history --repo ORDNER [--path P… | --dev PFAD --prod PFAD] [--format text|json] [--limit N] [--offset N] [--all] [--rev REV]</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="268"/>
        <source>history --from REV:PATH needs --to REV:PATH</source>
        <translation>history --from REV:PFAD braucht --to REV:PFAD</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="282"/>
        <source>failing gaps (regression, fidelity, shared) of the dev snapshot against the prod one at the revision</source>
        <translation>offene Lücken (Regression, Testtreue-Lücke, beidseitig) des dev-Snapshots gegenüber dem prod-Snapshot in der Revision</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="283"/>
        <source>failing checks of every matching snapshot at the revision, each checked on its own</source>
        <translation>fehlgeschlagene Prüfungen jedes passenden Snapshots in der Revision, jeder für sich geprüft</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="304"/>
        <source>%1: revisions touching %2, newest first; counts: %3
</source>
        <translation>%1: Revisionen, die %2 berühren, neueste zuerst; Zahlen: %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="307"/>
        <source>revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="307"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="307"/>
        <source>refs, message</source>
        <translation>Refs, Nachricht</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="311"/>
        <source>(no revision touched a snapshot file)
</source>
        <translation>(keine Revision hat eine Snapshot-Datei berührt)
</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="313"/>
        <source>… more revisions: --offset %1
</source>
        <translation>… weitere Revisionen: --offset %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="331"/>
        <source>--repo needs a folder</source>
        <translation>--repo braucht einen Ordner</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="341"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="374"/>
        <source>%1: not a path inside the repository</source>
        <translation>%1: kein Pfad im Repository</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="380"/>
        <source>%1: cannot write a temporary copy: %2</source>
        <translation>%1: es kann keine temporäre Kopie geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="410"/>
        <source>snapshot --commit needs --repo DIR --path PATH/IN/REPO.crossroads.json -m MESSAGE [--branch B [--new-branch]]</source>
        <translation>snapshot --commit braucht --repo VERZ --path PFAD/IM/REPO.crossroads.json -m NACHRICHT [--branch B [--new-branch]]</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="414"/>
        <source>--new-branch starts the branch --branch names; name it (--branch B --new-branch)</source>
        <translation>--new-branch legt den Branch an, den --branch nennt; geben Sie ihn an (--branch B --new-branch)</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="441"/>
        <source>%1: cannot read the snapshot back: %2</source>
        <translation>%1: der Snapshot kann nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="457"/>
        <source>note: %1 does not end in .crossroads.json, so history lists it only when asked: history --repo %2 --path %1</source>
        <translation>Hinweis: %1 endet nicht auf .crossroads.json, daher zeigt history ihn nur auf Nachfrage: history --repo %2 --path %1</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="459"/>
        <source>unchanged: %1 already holds this snapshot at %2 (%3); nothing committed</source>
        <translation>unverändert: %1 enthält diesen Snapshot bereits unter %2 (%3); nichts committet</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="461"/>
        <source>note: the copy of %1 in %2 has changes that are not committed; they were left as they are (git diff shows them)</source>
        <translation>Hinweis: die Kopie von %1 in %2 hat nicht committete Änderungen; sie wurden so belassen (git diff zeigt sie)</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="465"/>
        <source>committed %1 to %2%3: %4</source>
        <translation>%1 nach %2%3 committet: %4</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="467"/>
        <source> (new branch)</source>
        <translation> (neuer Branch)</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="469"/>
        <source>note: %1 is checked out in %2, but its copy of %3 could not be updated (%4); git checkout HEAD -- %3 brings it up to date</source>
        <translation>Hinweis: %1 ist in %2 ausgecheckt, aber seine Kopie von %3 konnte nicht aktualisiert werden (%4); git checkout HEAD -- %3 bringt sie auf den neuesten Stand</translation>
    </message>
    <message>
        <location filename="../app/cli/checkscommand.cpp" line="12"/>
        <source>List every check of the rule catalogue: id, domain, severity, title and references.</source>
        <translation>Alle Prüfungen des Regelkatalogs auflisten: ID, Bereich, Schweregrad, Titel und Referenzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkscommand.cpp" line="15"/>
        <source>Output format: text, json or markdown (the catalogue page, docs/checks.md).</source>
        <translation>Ausgabeformat: text, json oder markdown (die Katalogseite, docs/checks.md).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkscommand.cpp" line="16"/>
        <source>Write to FILE instead of standard output; without --format, its extension chooses the format (.json, .md).</source>
        <translation>In DATEI statt in die Standardausgabe schreiben; ohne --format wählt ihre Endung das Format (.json, .md).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkscommand.cpp" line="21"/>
        <source>checks takes no arguments; to see one check, run crossroads-cli explain ID</source>
        <translation>checks nimmt keine Argumente; für eine einzelne Prüfung führen Sie crossroads-cli explain ID aus</translation>
    </message>
    <message>
        <location filename="../app/cli/explaincommand.cpp" line="17"/>
        <source>Print one check in full: what fails, why it matters, where it applies, the fix on both sides and the references.</source>
        <translation>Eine Prüfung vollständig ausgeben: was fehlschlägt, warum es wichtig ist, wo sie gilt, die Behebung auf beiden Seiten und die Referenzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/explaincommand.cpp" line="18"/>
        <source>The check&apos;s id, e.g. CR-RT-001 (crossroads-cli checks lists them).</source>
        <translation>Die ID der Prüfung, z. B. CR-RT-001 (crossroads-cli checks listet sie auf).</translation>
    </message>
    <message>
        <location filename="../app/cli/explaincommand.cpp" line="18"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/explaincommand.cpp" line="24"/>
        <source>explain needs one check id, e.g. crossroads-cli explain CR-RT-001</source>
        <translation>explain braucht eine Prüf-ID, z. B. crossroads-cli explain CR-RT-001</translation>
    </message>
    <message>
        <location filename="../app/cli/explaincommand.cpp" line="30"/>
        <source>there is no check &quot;%1&quot;; crossroads-cli checks lists every id</source>
        <translation>es gibt keine Prüfung „%1“; crossroads-cli checks listet alle IDs auf</translation>
    </message>
    <message>
        <location filename="../app/cli/clidocs.cpp" line="131"/>
        <source>Print the completion script for a shell (packages install them; or: source &lt;(crossroads-cli completion bash)).</source>
        <translation>Das Vervollständigungsskript für eine Shell ausgeben (Pakete installieren es; sonst: source &lt;(crossroads-cli completion bash)).</translation>
    </message>
    <message>
        <location filename="../app/cli/clidocs.cpp" line="132"/>
        <source>bash, zsh or fish</source>
        <translation>bash, zsh oder fish</translation>
    </message>
    <message>
        <location filename="../app/cli/clidocs.cpp" line="137"/>
        <source>completion needs the shell: bash, zsh or fish</source>
        <translation>completion braucht die Shell: bash, zsh oder fish</translation>
    </message>
</context>
<context>
    <name>crossroads::cli::Options</name>
    <message>
        <location filename="../app/cli/clisupport.h" line="47"/>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="47"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="49"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="50"/>
        <location filename="../app/cli/clisupport.h" line="54"/>
        <location filename="../app/cli/clisupport.h" line="60"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="52"/>
        <source>Load the good files when some inputs are bad; report the bad ones. The output is written, and the exit status is still 2.</source>
        <translation>Die guten Dateien laden, wenn einige Eingaben fehlerhaft sind; die fehlerhaften melden. Die Ausgabe wird geschrieben, der Exit-Status ist trotzdem 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="53"/>
        <source>Workspace key for credential fingerprints (default: created in your config folder).</source>
        <translation>Arbeitsbereichsschlüssel für Fingerabdrücke von Zugangsdaten (Standard: in Ihrem Konfigurationsordner angelegt).</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="56"/>
        <source>Judge Pod Security at this Kubernetes version (default: the nodes&apos; kubeletVersion, else latest).</source>
        <translation>Pod Security nach dieser Kubernetes-Version bewerten (Standard: die kubeletVersion der Knoten, sonst die neueste).</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="56"/>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="57"/>
        <source>Exit 1 when a gap of this severity or worse exists: low, medium, high, critical.</source>
        <translation>Exit-Status 1, wenn eine Lücke dieses oder eines höheren Schweregrads besteht: low, medium, high, critical.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="58"/>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="60"/>
        <source>Policy files to apply, merged in order (several may follow; builtin:pss-restricted and builtin:cis-docker-5 are bundled).</source>
        <translation>Anzuwendende Richtliniendateien, der Reihe nach zusammengeführt (mehrere möglich; builtin:pss-restricted und builtin:cis-docker-5 sind mitgeliefert).</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="62"/>
        <source>SARIF: write inputs below this folder relative to it (uriBaseId SRCROOT), as code-scanning UIs expect.</source>
        <translation>SARIF: Eingaben unterhalb dieses Ordners relativ zu ihm angeben (uriBaseId SRCROOT), wie es Code-Scanning-Oberflächen erwarten.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="62"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="64"/>
        <source>With -o: no summary line on standard error (errors are still printed).</source>
        <translation>Mit -o: keine Zusammenfassungszeile auf der Standardfehlerausgabe (Fehler werden weiterhin ausgegeben).</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="66"/>
        <source>Judge waiver expiry as of this date (YYYY-MM-DD) instead of today.</source>
        <translation>Den Ablauf von Ausnahmen zu diesem Datum (JJJJ-MM-TT) statt zu heute bewerten.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="66"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="116"/>
        <source>unknown format &quot;%1&quot;; use %2</source>
        <translation>unbekanntes Format „%1“; verwenden Sie %2</translation>
    </message>
</context>
<context>
    <name>crossroads::git</name>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="43"/>
        <source>%1: locked by another git process (%2); try again when it has finished, or remove the stale lock file</source>
        <translation>%1: von einem anderen Git-Prozess gesperrt (%2); versuchen Sie es erneut, wenn er fertig ist, oder entfernen Sie die verwaiste Sperrdatei</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="48"/>
        <source>%1: a git object is corrupted (%2); run git fsck</source>
        <translation>%1: ein Git-Objekt ist beschädigt (%2); führen Sie git fsck aus</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="50"/>
        <source>%1: the repository is a shallow clone and this part of its history is missing (%2); fetch it with git fetch --unshallow</source>
        <translation>%1: das Repository ist ein Shallow Clone und dieser Teil seiner Historie fehlt (%2); holen Sie ihn mit git fetch --unshallow</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="54"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>crossroads::git::Repository</name>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="69"/>
        <source>not a git repository (neither a working tree nor a bare repository)</source>
        <translation>kein Git-Repository (weder ein Arbeitsverzeichnis noch ein bare Repository)</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="72"/>
        <source>cannot open the repository</source>
        <translation>das Repository kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="94"/>
        <source>more than %1 commits</source>
        <translation>mehr als %1 Commits</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="94"/>
        <source>1 commit</source>
        <translation>1 Commit</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="94"/>
        <source>%1 commits</source>
        <translation>%1 Commits</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="101"/>
        <source>the repository is empty: it has no commits yet</source>
        <translation>das Repository ist leer: es hat noch keine Commits</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="105"/>
        <source>unknown revision &quot;%1&quot;</source>
        <translation>unbekannte Revision „%1“</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="114"/>
        <source>unknown revision &quot;%1&quot;: it goes back further than the history of %2, which has %3 along its first parents</source>
        <translation>unbekannte Revision „%1“: sie reicht weiter zurück als die Historie von %2, die entlang der ersten Eltern %3 hat</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="122"/>
        <source>cannot read revision &quot;%1&quot;</source>
        <translation>Revision „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="127"/>
        <source>revision &quot;%1&quot; is not a commit</source>
        <translation>Revision „%1“ ist kein Commit</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="137"/>
        <source>cannot read the tree of revision &quot;%1&quot;</source>
        <translation>der Tree der Revision „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="143"/>
        <source>%1 does not exist at revision &quot;%2&quot;</source>
        <translation>%1 existiert in Revision „%2“ nicht</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="146"/>
        <location filename="../models/core/history/gitrepository.cpp" line="153"/>
        <source>cannot read %1 at revision &quot;%2&quot;</source>
        <translation>%1 in Revision „%2“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="149"/>
        <source>%1 is not a file at revision &quot;%2&quot;</source>
        <translation>%1 ist in Revision „%2“ keine Datei</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="158"/>
        <source>%1 at revision &quot;%2&quot; has %3 bytes, more than the limit of %4</source>
        <translation>%1 in Revision „%2“ hat %3 Byte, mehr als das Limit von %4</translation>
    </message>
</context>
<context>
    <name>crossroads::report</name>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="45"/>
        <source>%1 (production only)</source>
        <translation>%1 (nur Produktion)</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="47"/>
        <source>%1 (development only)</source>
        <translation>%1 (nur Entwicklung)</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="56"/>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="57"/>
        <source>prod-only</source>
        <translation>nur prod</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="58"/>
        <source>fidelity</source>
        <translation>Testtreue-Lücke</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="59"/>
        <source>dev-only</source>
        <translation>nur dev</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="60"/>
        <source>shared</source>
        <translation>beidseitig</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="61"/>
        <source>drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="62"/>
        <source>aligned</source>
        <translation>übereinstimmend</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="63"/>
        <source>waived</source>
        <translation>ausgenommen</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="66"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="72"/>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="79"/>
        <source>map</source>
        <translation>Zuordnungsdatei</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="79"/>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="80"/>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="80"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="81"/>
        <source>container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="81"/>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="93"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="94"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="97"/>
        <source>unused</source>
        <translation>ungenutzt</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="104"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="105"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="106"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="109"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="117"/>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="125"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="125"/>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="150"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="152"/>
        <source>%1 (derived)</source>
        <translation>%1 (abgeleitet)</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="168"/>
        <source>not stated in the input: the platform&apos;s default applies.</source>
        <translation>nicht in der Eingabe angegeben: es gilt der Standard der Plattform.</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="168"/>
        <source>not stated in the input: %1</source>
        <translation>nicht in der Eingabe angegeben: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="169"/>
        <source>%1 is not set: the platform&apos;s default applies.</source>
        <translation>%1 ist nicht gesetzt: es gilt der Standard der Plattform.</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="169"/>
        <source>%1 is not set: %2</source>
        <translation>%1 ist nicht gesetzt: %2</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="222"/>
        <source>not stated (platform default)</source>
        <translation>nicht angegeben (Standard der Plattform)</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="222"/>
        <source>%1 not set (platform default)</source>
        <translation>%1 nicht gesetzt (Standard der Plattform)</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="224"/>
        <source> under </source>
        <translation> unter </translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="243"/>
        <source>Crossroads (version not set)</source>
        <translation>Crossroads (Version nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="243"/>
        <source>Crossroads %1</source>
        <translation>Crossroads %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="254"/>
        <source>Dev (Podman/Docker): %1</source>
        <translation>Dev (Podman/Docker): %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="256"/>
        <source>Prod (Kubernetes): %1</source>
        <translation>Prod (Kubernetes): %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="265"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="275"/>
        <source>%1: found on neither side; the values differ</source>
        <translation>%1: auf keiner Seite festgestellt; die Werte unterscheiden sich</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="277"/>
        <source>%1 — not judged: a side lacks the facts</source>
        <translation>%1 — nicht bewertet: einer Seite fehlen die Fakten</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="289"/>
        <source>No open finding: every check that could be judged passes.</source>
        <translation>Kein offener Befund: jede bewertbare Prüfung ist bestanden.</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="290"/>
        <source>%1 open finding(s), %2 of them critical or high.</source>
        <translation>Offene Befunde: %1, davon %2 kritisch oder hoch.</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="293"/>
        <source>No open finding: production and development agree on every check that could be judged.</source>
        <translation>Kein offener Befund: Produktion und Entwicklung stimmen bei jeder bewertbaren Prüfung überein.</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="294"/>
        <source>%1 open finding(s), %2 of them critical or high; %3 where production is weaker than what developers tested, %4 in production only.</source>
        <translation>Offene Befunde: %1, davon %2 kritisch oder hoch; %3 mit schwächerer Produktion als von der Entwicklung getestet, %4 nur in der Produktion.</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="306"/>
        <source>development &quot;%1&quot; checked on its own</source>
        <translation>Entwicklung „%1“, für sich allein geprüft</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="307"/>
        <source>production &quot;%1&quot; checked on its own</source>
        <translation>Produktion „%1“, für sich allein geprüft</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="308"/>
        <source>dev &quot;%1&quot; vs prod &quot;%2&quot;</source>
        <translation>dev „%1“ gegen prod „%2“</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="356"/>
        <location filename="../models/core/report/reportsupport.h" line="391"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="369"/>
        <source>Credential fingerprints were made with different workspace keys (dev %1, prod %2): reused credentials (CR-SEC-005) cannot be found, so fewer findings are counted. Compare with the snapshot&apos;s own key (crossroads-cli compare --key-file FILE), or take both sides with one key.</source>
        <translation>Die Fingerabdrücke der Zugangsdaten wurden mit verschiedenen Workspace-Schlüsseln erstellt (dev %1, prod %2): wiederverwendete Zugangsdaten (CR-SEC-005) können nicht gefunden werden, daher werden weniger Befunde gezählt. Vergleichen Sie mit dem eigenen Schlüssel des Snapshots (crossroads-cli compare --key-file DATEI) oder erfassen Sie beide Seiten mit einem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="407"/>
        <source>Incomplete: %1 input file(s) could not be read and are not judged (listed under Skipped).</source>
        <translation>Unvollständig: %1 Eingabedatei(en) konnten nicht gelesen werden und sind nicht bewertet (unter Übersprungen aufgeführt).</translation>
    </message>
</context>
</TS>
