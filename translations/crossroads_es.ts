<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CheckEvaluator</name>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="34"/>
        <source>true</source>
        <translation>verdadero</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="34"/>
        <source>false</source>
        <translation>falso</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="37"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="40"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="43"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="73"/>
        <source>passes: %1</source>
        <translation>se cumple: %1</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="185"/>
        <source>privileged</source>
        <translation>privilegiado</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="185"/>
        <source>not privileged</source>
        <translation>no privilegiado</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="186"/>
        <source>ALL dropped</source>
        <translation>ALL eliminadas</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="186"/>
        <source>not all dropped</source>
        <translation>no se eliminan todas</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="187"/>
        <source>non-root enforced</source>
        <translation>no-root exigido</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="187"/>
        <source>not enforced</source>
        <translation>no se exige</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="188"/>
        <source>escalation blocked</source>
        <translation>escalada bloqueada</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="188"/>
        <source>escalation allowed</source>
        <translation>escalada permitida</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="189"/>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="189"/>
        <source>writable</source>
        <translation>admite escritura</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="190"/>
        <source>HostProcess</source>
        <translation>HostProcess</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="190"/>
        <source>not HostProcess</source>
        <translation>no HostProcess</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="191"/>
        <source>host PID namespace</source>
        <translation>espacio PID del host</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="191"/>
        <source>own PID namespace</source>
        <translation>espacio PID propio</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="192"/>
        <source>host IPC namespace</source>
        <translation>espacio IPC del host</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="192"/>
        <source>own IPC namespace</source>
        <translation>espacio IPC propio</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="230"/>
        <source>cgroup v%1</source>
        <translation>cgroup v%1</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="248"/>
        <source>bind mount (as hostPath)</source>
        <translation>montaje bind (como hostPath)</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="250"/>
        <source>tmpfs (as emptyDir)</source>
        <translation>tmpfs (como emptyDir)</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="252"/>
        <source>named volume (as persistentVolumeClaim)</source>
        <translation>volumen con nombre (como persistentVolumeClaim)</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="331"/>
        <source>%1 level</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="334"/>
        <source>%1 level; fails %2</source>
        <translation>nivel %1; no cumple %2</translation>
    </message>
    <message>
        <location filename="../models/core/compare/networkexposure.cpp" line="53"/>
        <location filename="../models/core/rules/checkevaluator.cpp" line="193"/>
        <source>host network</source>
        <translation>red del host</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="193"/>
        <source>own network namespace</source>
        <translation>espacio de red propio</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="194"/>
        <source>host UTS namespace</source>
        <translation>espacio UTS del host</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="194"/>
        <source>own UTS namespace</source>
        <translation>espacio UTS propio</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="195"/>
        <source>own user namespace</source>
        <translation>espacio de usuario propio</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="195"/>
        <source>host user namespace</source>
        <translation>espacio de usuario del host</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="196"/>
        <source>inbound restricted</source>
        <translation>entrada restringida</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="196"/>
        <source>inbound open</source>
        <translation>entrada abierta</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="197"/>
        <source>outbound restricted</source>
        <translation>salida restringida</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="197"/>
        <source>outbound open</source>
        <translation>salida abierta</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="198"/>
        <source>token mounted</source>
        <translation>token montado</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="198"/>
        <source>no token</source>
        <translation>sin token</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="199"/>
        <source>pinned by digest</source>
        <translation>fijada por digest</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="199"/>
        <source>not pinned</source>
        <translation>no fijada</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="200"/>
        <source>mutable tag</source>
        <translation>etiqueta mutable</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="200"/>
        <source>fixed tag or digest</source>
        <translation>etiqueta fija o digest</translation>
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
        <translation>sin demonio</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="202"/>
        <source>root daemon</source>
        <translation>demonio con root</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="203"/>
        <source>seccomp supported</source>
        <translation>admite seccomp</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="203"/>
        <source>no seccomp</source>
        <translation>sin seccomp</translation>
    </message>
    <message>
        <location filename="../models/core/rules/checkevaluator.cpp" line="317"/>
        <source>not applicable to %1</source>
        <translation>no aplicable a %1</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="22"/>
        <source>compare a development environment with a production one (--demo: the bundled demo)</source>
        <translation>comparar un entorno de desarrollo con uno de producción (--demo: la demo incluida)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="26"/>
        <source>judge one environment against the rule catalogue</source>
        <translation>evaluar un entorno con el catálogo de reglas</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="27"/>
        <source>list every check: id, domain, severity, title, references</source>
        <translation>listar todas las comprobaciones: id, dominio, gravedad, título, referencias</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="29"/>
        <source>one check in full: what it tests, why it matters, the fix on both sides</source>
        <translation>una comprobación completa: qué evalúa, por qué importa, la corrección en ambos lados</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="33"/>
        <source>save an environment&apos;s facts as a snapshot file, or commit it to a git repository</source>
        <translation>guardar los hechos de un entorno como archivo de instantánea, o confirmarlo en un repositorio git</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="35"/>
        <source>read the local engine</source>
        <translation>leer el motor local</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="37"/>
        <source>the revisions of a git repository that changed snapshots, with failing checks by severity</source>
        <translation>las revisiones de un repositorio git que cambiaron instantáneas, con las comprobaciones que fallan por gravedad</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="39"/>
        <source>create an Ed25519 signing key (KEY, KEY.pub); --trust: trust it here</source>
        <translation>crear una clave de firma Ed25519 (KEY, KEY.pub); --trust: confiar en ella aquí</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="40"/>
        <source>write the detached signature FILE.sig</source>
        <translation>escribir la firma separada FILE.sig</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="42"/>
        <source>exit 0 valid and by a trusted key, 1 invalid, tampered or untrusted, 2 usage</source>
        <translation>estado 0 válida y de una clave de confianza, 1 no válida, alterada o sin confianza, 2 uso incorrecto</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="44"/>
        <source>trust signatures made with these keys (the trusted-keys folder of your config)</source>
        <translation>confiar en las firmas hechas con estas claves (la carpeta trusted-keys de su configuración)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="45"/>
        <source>print the shell completion script for commands, options and values</source>
        <translation>imprimir el script de autocompletado de la shell para órdenes, opciones y valores</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="60"/>
        <source>Usage: crossroads-cli &lt;command&gt; [options]</source>
        <translation>Uso: crossroads-cli &lt;orden&gt; [opciones]</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="61"/>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="68"/>
        <source>Exit status: 0 no gap at or above --fail-on, 1 gaps found, 2 bad usage or unreadable input
(with --keep-going too: the report is written, then the status is 2 whatever --fail-on found).
Run &apos;crossroads-cli &lt;command&gt; --help&apos; for the options of a command.
</source>
        <translation>Estado de salida: 0 ninguna brecha de --fail-on o más, 1 brechas encontradas, 2 uso incorrecto o entrada ilegible
(también con --keep-going: el informe se escribe y luego el estado es 2, encuentre lo que encuentre --fail-on).
Ejecute &apos;crossroads-cli &lt;orden&gt; --help&apos; para ver las opciones de una orden.
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="71"/>
        <source>crossroads-cli: unknown command &quot;%1&quot;</source>
        <translation>crossroads-cli: orden desconocida «%1»</translation>
    </message>
</context>
<context>
    <name>DocumentBuilder</name>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="59"/>
        <source>the document ends inside an unclosed block</source>
        <translation>el documento termina dentro de un bloque sin cerrar</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="76"/>
        <source>document larger than %1 MiB; split it or raise the limit</source>
        <translation>documento de más de %1 MiB; divídalo o aumente el límite</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="104"/>
        <source>a value inside a mapping has no key</source>
        <translation>un valor dentro de un mapeo no tiene clave</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="165"/>
        <source>more than %L1 items in one list; split it (Kubernetes itself supports at most 150,000 pods in a cluster)</source>
        <translation>más de %L1 elementos en una lista; divídala (Kubernetes admite como mucho 150.000 pods por clúster)</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="177"/>
        <location filename="../models/core/document/documentbuilder.cpp" line="189"/>
        <source>nesting deeper than %1 levels</source>
        <translation>anidamiento de más de %1 niveles</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="220"/>
        <source>unbalanced end of block</source>
        <translation>fin de bloque sin su inicio correspondiente</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="238"/>
        <source>a key outside a mapping</source>
        <translation>una clave fuera de un mapeo</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="240"/>
        <source>key longer than %1 MiB</source>
        <translation>clave de más de %1 MiB</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="304"/>
        <source>duplicate key &quot;%1&quot; (first at line %2)</source>
        <translation>clave duplicada &quot;%1&quot; (la primera, en la línea %2)</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="366"/>
        <source>text value longer than %1 MiB</source>
        <translation>valor de texto de más de %1 MiB</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="385"/>
        <source>alias *%1 refers to no anchor in this document</source>
        <translation>el alias *%1 no remite a ningún ancla de este documento</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="393"/>
        <source>alias *%1 refers to an anchor outside this list item</source>
        <translation>el alias *%1 remite a un ancla fuera de este elemento de la lista</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="398"/>
        <source>alias *%1 refers to its own enclosing node</source>
        <translation>el alias *%1 remite al propio nodo que lo contiene</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentbuilder.cpp" line="406"/>
        <source>YAML aliases expand to more than %1 nodes; refusing a possible &quot;billion laughs&quot; document</source>
        <translation>los alias YAML se expanden a más de %1 nodos; se rechaza un posible documento «billion laughs»</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentlimits.cpp" line="10"/>
        <source>a value longer than %1 MiB (text, number, or spaces and comments between values); refused</source>
        <translation>un valor de más de %1 MiB (texto, número, o espacios y comentarios entre valores); rechazado</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <location filename="../models/core/document/inmemoryjson.cpp" line="404"/>
        <location filename="../models/core/document/jsonparser.cpp" line="166"/>
        <location filename="../models/core/document/jsonparser.cpp" line="169"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <location filename="../models/core/document/jsonparser.cpp" line="176"/>
        <source>the file ends in the middle of its JSON: it was cut off (an interrupted copy, download or write?); get the whole file again (%1)</source>
        <translation>el archivo termina en mitad de su JSON: está cortado (¿una copia, descarga o escritura interrumpida?); obtenga de nuevo el archivo completo (%1)</translation>
    </message>
    <message>
        <location filename="../models/core/document/jsonparser.cpp" line="178"/>
        <source>line %1 (byte %2)</source>
        <translation>línea %1 (byte %2)</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../models/core/snapshot/factkey.cpp" line="129"/>
        <source>Runtime</source>
        <translation>Tiempo de ejecución</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/factkey.cpp" line="131"/>
        <source>Namespaces</source>
        <translation>Espacios de nombres</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/factkey.cpp" line="133"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/factkey.cpp" line="135"/>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/factkey.cpp" line="137"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <location filename="../models/core/importers/envfile.cpp" line="48"/>
        <source>not a regular file (a folder, FIFO, socket or device); not read</source>
        <translation>no es un archivo normal (una carpeta, FIFO, socket o dispositivo); no se lee</translation>
    </message>
    <message>
        <location filename="../models/core/importers/envfile.cpp" line="51"/>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <location filename="../models/core/importers/envfile.cpp" line="53"/>
        <source>larger than %1 KiB; not an env file</source>
        <translation>de más de %1 KiB; no es un archivo env</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../models/core/importers/containerinspectimporter.cpp" line="87"/>
        <source>pod infra container (holds the pod&apos;s namespaces, runs nothing)</source>
        <translation>contenedor de infraestructura del pod (mantiene los espacios de nombres del pod, no ejecuta nada)</translation>
    </message>
    <message>
        <location filename="../models/core/importers/enginepodresolver.cpp" line="87"/>
        <source>pod %1</source>
        <translation>pod %1</translation>
    </message>
    <message>
        <location filename="../models/core/importers/composeimporter.cpp" line="119"/>
        <source>names %1, outside the compose file&apos;s folder: not read, so its variables cannot be checked; copy it into the project</source>
        <translation>nombra %1, fuera de la carpeta del archivo compose: no se lee, así que sus variables no se pueden comprobar; cópielo al proyecto</translation>
    </message>
    <message>
        <location filename="../models/core/importers/composeimporter.cpp" line="126"/>
        <source>names %1: %2</source>
        <translation>nombra %1: %2</translation>
    </message>
</context>
<context>
    <name>Matcher</name>
    <message>
        <location filename="../models/core/compare/matcher.cpp" line="27"/>
        <location filename="../models/core/compare/matcher.cpp" line="33"/>
        <location filename="../models/core/compare/matcher.cpp" line="37"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <location filename="../models/core/compare/matcher.cpp" line="28"/>
        <location filename="../models/core/compare/matcher.cpp" line="38"/>
        <source>each pair needs &quot;dev&quot; and &quot;prod&quot; names</source>
        <translation>cada par necesita los nombres &quot;dev&quot; y &quot;prod&quot;</translation>
    </message>
    <message>
        <location filename="../models/core/compare/matcher.cpp" line="34"/>
        <source>expected &quot;pairs&quot;: a list of {dev, prod}</source>
        <translation>se esperaba &quot;pairs&quot;: una lista de {dev, prod}</translation>
    </message>
    <message>
        <location filename="../models/core/compare/matcher.cpp" line="167"/>
        <source>no development workload is named %1</source>
        <translation>ninguna carga de desarrollo se llama %1</translation>
    </message>
    <message>
        <location filename="../models/core/compare/matcher.cpp" line="168"/>
        <source>no production workload is named %1</source>
        <translation>ninguna carga de producción se llama %1</translation>
    </message>
    <message>
        <location filename="../models/core/compare/matcher.cpp" line="169"/>
        <source>an earlier pair of the map already uses one of them</source>
        <translation>un par anterior del mapa ya usa una de ellas</translation>
    </message>
</context>
<context>
    <name>PlatformDefaults</name>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="23"/>
        <source>Kubernetes runs the container unprivileged.</source>
        <translation>Kubernetes ejecuta el contenedor sin privilegios.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="24"/>
        <source>no capability is added to the container runtime&apos;s default set.</source>
        <translation>no se añade ninguna capacidad al conjunto predeterminado del runtime de contenedores.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="25"/>
        <source>nothing is dropped: the container runtime&apos;s default capabilities stay.</source>
        <translation>no se elimina nada: se mantienen las capacidades predeterminadas del runtime de contenedores.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="26"/>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="48"/>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="49"/>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="59"/>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="60"/>
        <source>the image&apos;s USER runs, which is root unless the image names another user.</source>
        <translation>se ejecuta el USER de la imagen, que es root salvo que la imagen indique otro usuario.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="27"/>
        <source>the kubelet does not check that the user is not root.</source>
        <translation>el kubelet no comprueba que el usuario no sea root.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="28"/>
        <source>allowPrivilegeEscalation is true: a setuid program can gain privileges.</source>
        <translation>allowPrivilegeEscalation es true: un programa setuid puede obtener privilegios.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="29"/>
        <source>Kubernetes runs the container Unconfined unless the kubelet runs with --seccomp-default (then RuntimeDefault).</source>
        <translation>Kubernetes ejecuta el contenedor como Unconfined salvo que el kubelet se ejecute con --seccomp-default (entonces RuntimeDefault).</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="30"/>
        <source>no pod-wide profile: each container&apos;s own setting applies.</source>
        <translation>sin perfil para todo el pod: se aplica la configuración de cada contenedor.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="31"/>
        <source>the container runtime&apos;s default AppArmor profile and SELinux label apply where the node has them.</source>
        <translation>se aplican el perfil AppArmor y la etiqueta SELinux predeterminados del runtime de contenedores donde el nodo los tiene.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="32"/>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="64"/>
        <source>the root filesystem is writable.</source>
        <translation>el sistema de archivos raíz admite escritura.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="33"/>
        <source>no memory limit, unless a LimitRange of the namespace (not in the input) sets one.</source>
        <translation>sin límite de memoria, salvo que un LimitRange del espacio de nombres (que no está en la entrada) establezca uno.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="34"/>
        <source>no CPU limit, unless a LimitRange of the namespace (not in the input) sets one.</source>
        <translation>sin límite de CPU, salvo que un LimitRange del espacio de nombres (que no está en la entrada) establezca uno.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="35"/>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="68"/>
        <source>no sysctl is set.</source>
        <translation>no se establece ningún sysctl.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="36"/>
        <source>the container runtime masks /proc paths (procMount Default).</source>
        <translation>el runtime de contenedores enmascara rutas de /proc (procMount Default).</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="37"/>
        <source>not a Windows HostProcess container.</source>
        <translation>no es un contenedor HostProcess de Windows.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="38"/>
        <source>the pod has its own process namespace.</source>
        <translation>el pod tiene su propio espacio de nombres de procesos.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="39"/>
        <source>the pod has its own IPC namespace.</source>
        <translation>el pod tiene su propio espacio de nombres IPC.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="40"/>
        <source>the pod has its own network namespace.</source>
        <translation>el pod tiene su propio espacio de nombres de red.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="41"/>
        <source>the pod has its own hostname (UTS namespace).</source>
        <translation>el pod tiene su propio nombre de host (espacio de nombres UTS).</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="42"/>
        <source>hostUsers is true: the pod shares the node&apos;s user namespace, so uid 0 in it is uid 0 on the node.</source>
        <translation>hostUsers es true: el pod comparte el espacio de nombres de usuario del nodo, así que el uid 0 en él es el uid 0 en el nodo.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="43"/>
        <source>no NetworkPolicy in the input selects the pod for ingress: Kubernetes lets all inbound traffic in.</source>
        <translation>ninguna NetworkPolicy de la entrada selecciona el pod para la entrada: Kubernetes deja pasar todo el tráfico entrante.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="44"/>
        <source>no NetworkPolicy in the input selects the pod for egress: Kubernetes lets all outbound traffic out.</source>
        <translation>ninguna NetworkPolicy de la entrada selecciona el pod para la salida: Kubernetes deja salir todo el tráfico saliente.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="45"/>
        <source>automountServiceAccountToken is true (on the pod and its ServiceAccount): the API token is mounted.</source>
        <translation>automountServiceAccountToken es true (en el pod y en su ServiceAccount): el token de la API se monta.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="46"/>
        <source>Always for :latest or an image without a tag, IfNotPresent otherwise.</source>
        <translation>Always para :latest o una imagen sin etiqueta, IfNotPresent en otro caso.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="50"/>
        <source>no-new-privileges is off unless containers.conf (Podman) or daemon.json (Docker) turns it on.</source>
        <translation>no-new-privileges está desactivado salvo que containers.conf (Podman) o daemon.json (Docker) lo activen.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="51"/>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="62"/>
        <source>the engine&apos;s default seccomp profile applies.</source>
        <translation>se aplica el perfil seccomp predeterminado del motor.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="52"/>
        <source>no AppArmor profile or SELinux label is recorded: the engine&apos;s default applies where the host has one.</source>
        <translation>no consta ningún perfil AppArmor ni etiqueta SELinux: se aplica el predeterminado del motor donde el host tiene uno.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="53"/>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="69"/>
        <source>the engine masks sensitive /proc paths.</source>
        <translation>el motor enmascara las rutas sensibles de /proc.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="54"/>
        <source>a rootful engine runs the container in the host&apos;s user namespace.</source>
        <translation>un motor rootful ejecuta el contenedor en el espacio de nombres de usuario del host.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="56"/>
        <source>compose runs the service unprivileged.</source>
        <translation>compose ejecuta el servicio sin privilegios.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="57"/>
        <source>no capability is added to the engine&apos;s default set.</source>
        <translation>no se añade ninguna capacidad al conjunto predeterminado del motor.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="58"/>
        <source>nothing is dropped: the engine&apos;s default capabilities stay.</source>
        <translation>no se elimina nada: se mantienen las capacidades predeterminadas del motor.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="61"/>
        <source>no-new-privileges is off unless the engine&apos;s configuration turns it on.</source>
        <translation>no-new-privileges está desactivado salvo que la configuración del motor lo active.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="63"/>
        <source>the engine&apos;s default AppArmor profile or SELinux label applies where the host has one.</source>
        <translation>se aplica el perfil AppArmor o la etiqueta SELinux predeterminados del motor donde el host tiene uno.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="65"/>
        <source>no memory limit.</source>
        <translation>sin límite de memoria.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="66"/>
        <source>no CPU limit.</source>
        <translation>sin límite de CPU.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="67"/>
        <source>the engine&apos;s default process limit applies (Podman: 2048; Docker: none).</source>
        <translation>se aplica el límite de procesos predeterminado del motor (Podman: 2048; Docker: ninguno).</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="70"/>
        <source>the service has its own process namespace.</source>
        <translation>el servicio tiene su propio espacio de nombres de procesos.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="71"/>
        <source>the service has its own IPC namespace.</source>
        <translation>el servicio tiene su propio espacio de nombres IPC.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="72"/>
        <source>the service joins the project&apos;s networks, not the host&apos;s.</source>
        <translation>el servicio se une a las redes del proyecto, no a la del host.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="73"/>
        <source>the service has its own hostname (UTS namespace).</source>
        <translation>el servicio tiene su propio nombre de host (espacio de nombres UTS).</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="74"/>
        <source>the engine&apos;s default: the host&apos;s user namespace for a rootful engine.</source>
        <translation>el predeterminado del motor: el espacio de nombres de usuario del host para un motor rootful.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="75"/>
        <source>the project&apos;s default bridge network.</source>
        <translation>la red bridge predeterminada del proyecto.</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/platformdefaults.cpp" line="76"/>
        <source>the service joins the project&apos;s default network, which reaches outside.</source>
        <translation>el servicio se une a la red predeterminada del proyecto, que llega al exterior.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../models/core/policy/policy.cpp" line="56"/>
        <source>requirement %1 is also defined in %2</source>
        <translation>el requisito %1 también está definido en %2</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policy.cpp" line="62"/>
        <source>waiver %1 is also defined in %2</source>
        <translation>la exención %1 también está definida en %2</translation>
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
        <translation>No existe el escenario de formación «%1».</translation>
    </message>
</context>
<context>
    <name>RuleCatalogue</name>
    <message>
        <location filename="../models/core/rules/rulecatalogue.cpp" line="70"/>
        <source>not a rule catalogue (expected an object with &quot;checks&quot;)</source>
        <translation>no es un catálogo de reglas (se esperaba un objeto con &quot;checks&quot;)</translation>
    </message>
    <message>
        <location filename="../models/core/rules/rulecatalogue.cpp" line="85"/>
        <source>a check needs id, title, domain, severity and a known test</source>
        <translation>una comprobación necesita id, title, domain, severity y un test conocido</translation>
    </message>
    <message>
        <location filename="../models/core/rules/rulecatalogue.cpp" line="95"/>
        <source>unknown fact %1</source>
        <translation>dato (fact) desconocido %1</translation>
    </message>
    <message>
        <location filename="../models/core/rules/rulecatalogue.cpp" line="118"/>
        <source>fails_when must name a container fact</source>
        <translation>fails_when debe nombrar un hecho de contenedor</translation>
    </message>
    <message>
        <location filename="../models/core/rules/rulecatalogue.cpp" line="125"/>
        <source>pass_when must name a container fact</source>
        <translation>pass_when debe nombrar un hecho de contenedor</translation>
    </message>
    <message>
        <location filename="../models/core/rules/rulecatalogue.cpp" line="141"/>
        <source>duplicate check id %1</source>
        <translation>id de comprobación duplicado %1</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="29"/>
        <source>must be %1 lowercase hexadecimal digits, as Crossroads writes it; the snapshot is damaged or was edited</source>
        <translation>debe tener %1 dígitos hexadecimales en minúscula, como lo escribe Crossroads; la instantánea está dañada o fue editada</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="70"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="71"/>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="72"/>
        <source>a list of texts</source>
        <translation>una lista de textos</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="176"/>
        <source>is not a fact shape as Crossroads writes it, {&quot;fact&quot;: name, &quot;provenance&quot;: …}</source>
        <translation>no es una forma de hecho tal como la escribe Crossroads: {&quot;fact&quot;: nombre, &quot;provenance&quot;: …}</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="204"/>
        <source>is not a fact as Crossroads writes it, [shape, value, source, line]</source>
        <translation>no es un hecho tal como lo escribe Crossroads: [forma, valor, origen, línea]</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="209"/>
        <source>names fact shape %1, which no workload before it defines</source>
        <translation>nombra la forma de hecho %1, que ninguna carga de trabajo anterior define</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="219"/>
        <source>gives fact %1 a second time (first at line %2)</source>
        <translation>da el hecho %1 por segunda vez (la primera en la línea %2)</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="38"/>
        <source>%1; the snapshot is damaged or was edited: write it again from its inputs (crossroads-cli snapshot), or restore the saved copy</source>
        <translation>%1; la instantánea está dañada o fue editada: escríbala de nuevo desde sus entradas (crossroads-cli snapshot) o restaure la copia guardada</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="77"/>
        <source>gives fact %1 the value %2, but it is %3 (or null) wherever Crossroads writes it</source>
        <translation>da al hecho %1 el valor %2, pero es %3 (o null) siempre que Crossroads lo escribe</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="231"/>
        <source>cites source %1, but its workload lists %2 source(s), numbered from 0</source>
        <translation>cita la fuente %1, pero su carga de trabajo enumera %2 fuente(s), numeradas desde 0</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="235"/>
        <source>gives line %1, where a line is a whole number</source>
        <translation>da la línea %1, pero una línea es un número entero</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="270"/>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="310"/>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="322"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="311"/>
        <source>snapshot format %1 is newer than this Crossroads understands (%2)</source>
        <translation>el formato de instantánea %1 es más reciente que el que admite esta versión de Crossroads (%2)</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="323"/>
        <source>recorded as the development side, but given as production; give it as the dev side (--dev, or check --side dev), or compare two snapshots of one side with history --from/--to</source>
        <translation>registrada como el lado de desarrollo, pero indicada como producción; indíquela como lado de desarrollo (--dev, o check --side dev), o compare dos instantáneas de un mismo lado con history --from/--to</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/snapshotfile.cpp" line="325"/>
        <source>recorded as the production side, but given as development; give it as the prod side (--prod, or check --side prod), or compare two snapshots of one side with history --from/--to</source>
        <translation>registrada como el lado de producción, pero indicada como desarrollo; indíquela como lado de producción (--prod, o check --side prod), o compare dos instantáneas de un mismo lado con history --from/--to</translation>
    </message>
</context>
<context>
    <name>crossroads</name>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="91"/>
        <location filename="../models/core/policy/policyenforcer.cpp" line="77"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="114"/>
        <location filename="../models/core/policy/policyenforcer.cpp" line="143"/>
        <source>no counterpart in development</source>
        <translation>sin equivalente en desarrollo</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="114"/>
        <location filename="../models/core/policy/policyenforcer.cpp" line="143"/>
        <source>no counterpart in production</source>
        <translation>sin equivalente en producción</translation>
    </message>
    <message>
        <location filename="../models/core/document/yamlparser.cpp" line="167"/>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
    <message>
        <location filename="../models/core/document/wholejson.cpp" line="26"/>
        <location filename="../models/core/document/yamlparser.cpp" line="173"/>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <location filename="../models/core/document/wholejson.cpp" line="47"/>
        <location filename="../models/core/document/wholejson.cpp" line="50"/>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <location filename="../models/core/document/wholejson.cpp" line="52"/>
        <source>not valid JSON: out of memory or malformed</source>
        <translation>JSON no válido: sin memoria o mal formado</translation>
    </message>
    <message>
        <location filename="../models/core/document/wholejson.cpp" line="38"/>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location filename="../models/core/document/yamlparser.cpp" line="179"/>
        <location filename="../models/core/importers/environmentimporter.cpp" line="42"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <location filename="../models/core/document/yamlparser.cpp" line="207"/>
        <source>the file is empty (it holds only comments)</source>
        <translation>el archivo está vacío (solo contiene comentarios)</translation>
    </message>
    <message>
        <location filename="../models/core/document/yamlparser.cpp" line="218"/>
        <source>a mapping or sequence used as a key is not supported</source>
        <translation>no se admite un mapeo o una secuencia como clave</translation>
    </message>
    <message>
        <location filename="../models/core/document/yamlparser.cpp" line="235"/>
        <source>an alias used as a key is not supported</source>
        <translation>no se admite un alias como clave</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="44"/>
        <source>document %1, </source>
        <translation>documento %1, </translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="86"/>
        <source>a Crossroads policy, not an environment: give it with --policy (once per file)</source>
        <translation>una política de Crossroads, no un entorno: indíquela con --policy (una vez por archivo)</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="88"/>
        <source>a Crossroads report (%1), not an environment</source>
        <translation>un informe de Crossroads (%1), no un entorno</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="112"/>
        <source>a container list (docker ps, /containers/json), which lacks the settings Crossroads judges; give docker inspect (or podman inspect) output of the containers instead</source>
        <translation>una lista de contenedores (docker ps, /containers/json), a la que le faltan los ajustes que Crossroads juzga; indique en su lugar la salida de docker inspect (o podman inspect) de los contenedores</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="114"/>
        <source>object of kind %1 without apiVersion; not a Kubernetes manifest</source>
        <translation>objeto de tipo (kind) %1 sin apiVersion; no es un manifiesto de Kubernetes</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="116"/>
        <source>not a container or network inspect, engine info, compose file, Kubernetes object or Crossroads snapshot</source>
        <translation>no es una inspección de contenedor o de red, información del motor, archivo compose, objeto de Kubernetes ni instantánea de Crossroads</translation>
    </message>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="542"/>
        <source>%1 %2 has no pod template</source>
        <translation>%1 %2 no tiene plantilla de pod</translation>
    </message>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="561"/>
        <source>%1 %2 has no containers</source>
        <translation>%1 %2 no tiene contenedores</translation>
    </message>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="607"/>
        <source>Secret %1: data key %2 is not valid base64; not fingerprinted</source>
        <translation>Secret %1: la clave de datos %2 no es base64 válido; no se calcula su huella</translation>
    </message>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="641"/>
        <source>ConfigMap %1: binaryData keys (%2) are not read for credentials</source>
        <translation>ConfigMap %1: las claves de binaryData (%2) no se examinan en busca de credenciales</translation>
    </message>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="651"/>
        <source>%1 %2: kind %1 carries no container posture</source>
        <translation>%1 %2: el tipo (kind) %1 no describe ninguna postura de contenedor</translation>
    </message>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="710"/>
        <source>NetworkPolicy %1: podSelector operator %2 is not In, NotIn, Exists or DoesNotExist; the API server refuses the policy, so it isolates no pod</source>
        <translation>NetworkPolicy %1: el operador %2 de podSelector no es In, NotIn, Exists ni DoesNotExist; el servidor de la API rechaza la política, así que no aísla ningún pod</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="60"/>
        <source>Scores (0–100, higher is better)   dev  prod
</source>
        <translation>Puntuación (0–100, mayor es mejor) dev  prod
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="60"/>
        <source>Scores (0–100, higher is better)   score
</source>
        <translation>Puntuación (0–100, mayor es mejor) puntos
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="82"/>
        <source>  waiver %1 (%2) is for the %3 side: not applied here
</source>
        <translation>  la exención %1 (%2) es para el lado %3: aquí no se aplica
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="84"/>
        <source>  waiver %1 (%2) EXPIRED on %3: it no longer counts
</source>
        <translation>  la exención %1 (%2) CADUCÓ el %3: ya no cuenta
</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/report/textreport.cpp" line="86"/>
        <source>  waiver %1 (%2) is unused: the %n gap(s) it names fail on both sides, which a waiver for the %3 side alone does not accept (give it no side, or fix the other side)
</source>
        <translation>
            <numerusform>  la exención %1 (%2) no se usa: la %n brecha que nombra falla en ambos lados, y una exención solo para el lado %3 no la acepta (quítele el lado o corrija el otro)
</numerusform>
            <numerusform>  la exención %1 (%2) no se usa: las %n brechas que nombra fallan en ambos lados, y una exención solo para el lado %3 no las acepta (quítele el lado o corrija el otro)
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="91"/>
        <source>  waiver %1 (%2) is unused: %3
</source>
        <translation>  la exención %1 (%2) no se usa: %3
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="93"/>
        <source>  waiver %1 (%2) is unused: it matches nothing
</source>
        <translation>  la exención %1 (%2) no se usa: no coincide con nada
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="106"/>
        <source>Baseline %1: %2 new, %3 updated, %4 gone
</source>
        <translation>Línea base %1: %2 nuevas, %3 actualizadas, %4 desaparecidas
</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="87"/>
        <source>Scores per domain, dev and prod</source>
        <translation>Puntuaciones por dominio, dev y prod</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="79"/>
        <location filename="../models/core/report/htmlreport.cpp" line="99"/>
        <location filename="../models/core/report/textreport.cpp" line="68"/>
        <location filename="../views/report/pdfreport.cpp" line="59"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="129"/>
        <source>Results by classification</source>
        <translation>Resultados por clasificación</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="144"/>
        <source>(no source)</source>
        <translation>(sin origen)</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="152"/>
        <location filename="../views/report/pdfreport.cpp" line="111"/>
        <source>Waiver %1 expired on %2; the gap counts again.</source>
        <translation>La exención %1 caducó el %2; la brecha vuelve a contar.</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="153"/>
        <source>Waived by %1 (%2) until %3, was %4: </source>
        <translation>Exento por %1 (%2) hasta el %3, era %4: </translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="195"/>
        <source>No risk is accepted by a waiver.</source>
        <translation>Todavía no hay riesgos aceptados mediante exenciones.</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="197"/>
        <source>Waiver</source>
        <translation>Exención</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="197"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="197"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="197"/>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="197"/>
        <source>Gaps</source>
        <translation>Brechas</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="197"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="197"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../models/core/session/comparisonjob.cpp" line="28"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="53"/>
        <location filename="../models/core/training/trainingscenario.cpp" line="27"/>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <location filename="../models/core/training/trainingscenario.cpp" line="31"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../app/gui/headlessrun.cpp" line="33"/>
        <source>crossroads: no display found. Give --demo or --dev PATH… --prod PATH… to compare headless, or use crossroads-cli.</source>
        <translation>crossroads: no se encontró ninguna pantalla. Indique --demo o --dev RUTA… --prod RUTA… para comparar sin interfaz gráfica, o use crossroads-cli.</translation>
    </message>
    <message>
        <location filename="../app/gui/headlessrun.cpp" line="37"/>
        <source>No display found: comparing headless (crossroads-cli has every option).</source>
        <translation>No se encontró ninguna pantalla: se compara sin interfaz gráfica (crossroads-cli ofrece todas las opciones).</translation>
    </message>
    <message>
        <location filename="../models/core/history/posturetimeline.cpp" line="48"/>
        <source>timeline stopped</source>
        <translation>cronología detenida</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisioncomparison.cpp" line="14"/>
        <source>comparison stopped</source>
        <translation>comparación detenida</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionspec.cpp" line="13"/>
        <source>write a snapshot in the repository as REV:PATH, e.g. v1.4:prod/posture.crossroads.json</source>
        <translation>escriba una instantánea del repositorio como REV:PATH, p. ej. v1.4:prod/posture.crossroads.json</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="47"/>
        <location filename="../models/core/history/revisionwalker.cpp" line="66"/>
        <source>cannot list branches and tags</source>
        <translation>no se pueden listar las ramas y etiquetas</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="101"/>
        <location filename="../models/core/history/revisionwalker.cpp" line="115"/>
        <source>cannot read the tree of commit %1</source>
        <translation>no se puede leer el árbol de la confirmación %1</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="109"/>
        <source>cannot read the parent of commit %1</source>
        <translation>no se puede leer el padre de la confirmación %1</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="124"/>
        <source>cannot compare commit %1 with its parent</source>
        <translation>no se puede comparar la confirmación %1 con su padre</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="28"/>
        <source>cannot build the new tree</source>
        <translation>no se puede construir el nuevo árbol</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="40"/>
        <source>cannot read folder %1</source>
        <translation>no se puede leer la carpeta %1</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="44"/>
        <source>%1 is a file, not a folder, on this branch</source>
        <translation>%1 es un archivo, no una carpeta, en esta rama</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="54"/>
        <source>%1 is a folder on this branch</source>
        <translation>%1 es una carpeta en esta rama</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="58"/>
        <source>cannot add %1 to the tree</source>
        <translation>no se puede añadir %1 al árbol</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="62"/>
        <source>cannot write the new tree</source>
        <translation>no se puede escribir el nuevo árbol</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="76"/>
        <source>&quot;%1&quot; is not a path inside the repository (write it like prod/posture.crossroads.json)</source>
        <translation>&quot;%1&quot; no es una ruta dentro del repositorio (escríbala como prod/posture.crossroads.json)</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="88"/>
        <source>cannot read HEAD</source>
        <translation>no se puede leer HEAD</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="91"/>
        <source>HEAD is detached; name the branch to commit to</source>
        <translation>HEAD está separado (detached); indique la rama en la que confirmar</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="94"/>
        <source>HEAD does not name a branch; name the branch to commit to</source>
        <translation>HEAD no designa ninguna rama; indique la rama en la que confirmar</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyenforcer.cpp" line="75"/>
        <source>untrusted: %1</source>
        <translation>no fiable: %1</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyenforcer.cpp" line="78"/>
        <source>all images from trusted registries</source>
        <translation>todas las imágenes proceden de registros de confianza</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="39"/>
        <source>unknown check %1 (a waiver names a catalogue check, a comparison fact, a requirement of the policies in force, or a pattern with * or ?)</source>
        <translation>comprobación desconocida %1 (una exención nombra una comprobación del catálogo, un hecho de comparación, un requisito de las políticas en vigor o un patrón con * o ?)</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="55"/>
        <source>larger than %1 bytes; not a policy file</source>
        <translation>de más de %1 bytes; no es un archivo de política</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="96"/>
        <source>expected a list of strings</source>
        <translation>se esperaba una lista de cadenas</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="100"/>
        <source>expected a non-empty string</source>
        <translation>se esperaba una cadena no vacía</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="109"/>
        <source>a waiver is an object</source>
        <translation>una exención es un objeto</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="111"/>
        <source>unknown key &quot;%1&quot; in a waiver</source>
        <translation>clave desconocida &quot;%1&quot; en una exención</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="117"/>
        <source>a waiver needs &quot;%1&quot; (id, check, owner, reason and expires are required)</source>
        <translation>una exención necesita &quot;%1&quot; (id, check, owner, reason y expires son obligatorios)</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="121"/>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="133"/>
        <location filename="../models/core/policy/policyfile.cpp" line="149"/>
        <source>side must be dev, prod or both</source>
        <translation>side debe ser dev, prod o both</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="136"/>
        <source>expires must be a date like 2026-12-31</source>
        <translation>expires debe ser una fecha como 2026-12-31</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="143"/>
        <source>a requirement is an object</source>
        <translation>un requisito es un objeto</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="159"/>
        <source>unexpected value type: %1</source>
        <translation>tipo de valor inesperado: %1</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="166"/>
        <source>a requirement names a fact; use the catalogue&apos;s Pod Security checks for pss.level</source>
        <translation>un requisito designa un dato (fact); use las comprobaciones de Pod Security del catálogo para pss.level</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="173"/>
        <source>not a policy file (expected &quot;schema&quot;: &quot;%1&quot;)</source>
        <translation>no es un archivo de política (se esperaba &quot;schema&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="175"/>
        <location filename="../models/core/policy/policyfile.cpp" line="187"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clave desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="185"/>
        <source>expected an object with only, disable and severity</source>
        <translation>se esperaba un objeto con only, disable y severity</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="197"/>
        <location filename="../models/core/policy/policyfile.cpp" line="216"/>
        <source>unknown check %1</source>
        <translation>comprobación desconocida %1</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="210"/>
        <source>expected an object of check id → severity</source>
        <translation>se esperaba un objeto de id de comprobación → gravedad</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="218"/>
        <source>severity must be low, medium, high or critical</source>
        <translation>severity debe ser low, medium, high o critical</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="231"/>
        <source>expected a list</source>
        <translation>se esperaba una lista</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="239"/>
        <source>%1 is a catalogue check id; give the requirement its own id</source>
        <translation>%1 es un id de comprobación del catálogo; asigne al requisito un id propio</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="256"/>
        <source>waiver id %1 is used twice</source>
        <translation>el id de exención %1 se usa dos veces</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="197"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="197"/>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="44"/>
        <source>Scores per domain (0–100, higher is better)</source>
        <translation>Puntuaciones por dominio (0–100, mayor es mejor)</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="104"/>
        <source>Evidence: %1</source>
        <translation>Evidencia: %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="110"/>
        <source>Waived (%1) by %2 until %3: </source>
        <translation>Exento (%1) por %2 hasta el %3: </translation>
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
        <translation>%1 (ticket %2)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/acceptedriskmodel.cpp" line="82"/>
        <source>Waiver</source>
        <translation>Exención</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/acceptedriskmodel.cpp" line="83"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/acceptedriskmodel.cpp" line="84"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/acceptedriskmodel.cpp" line="85"/>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/acceptedriskmodel.cpp" line="86"/>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/acceptedriskmodel.cpp" line="87"/>
        <source>Gaps</source>
        <translation>Brechas</translation>
    </message>
</context>
<context>
    <name>crossroads::AnnotationWaivers</name>
    <message>
        <location filename="../models/core/policy/annotationwaivers.cpp" line="133"/>
        <source>the manifest (annotation; no owner stated)</source>
        <translation>el manifiesto (anotación; sin responsable indicado)</translation>
    </message>
    <message>
        <location filename="../models/core/policy/annotationwaivers.cpp" line="134"/>
        <source>in-manifest annotation %1</source>
        <translation>anotación en el manifiesto: %1</translation>
    </message>
    <message>
        <location filename="../models/core/policy/annotationwaivers.cpp" line="188"/>
        <source>“%1” is no kube-score test (misspelt?): it waives nothing, in kube-score or here</source>
        <translation>«%1» no es una prueba de kube-score (¿error tipográfico?): no exime de nada, ni en kube-score ni aquí</translation>
    </message>
    <message>
        <location filename="../models/core/policy/annotationwaivers.cpp" line="196"/>
        <source>kube-score reads no annotation %1 (misspelt? kube-score/ignore and kube-score/enable are its own): it waives nothing</source>
        <translation>kube-score no lee ninguna anotación %1 (¿mal escrita? kube-score/ignore y kube-score/enable son las suyas): no exime nada</translation>
    </message>
    <message>
        <location filename="../models/core/policy/annotationwaivers.cpp" line="225"/>
        <source>%1-expires (a date YYYY-MM-DD)</source>
        <translation>%1-expires (una fecha AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../models/core/policy/annotationwaivers.cpp" line="230"/>
        <source>not honoured, it waives nothing: it lacks %1</source>
        <translation>no se respeta, no exime nada: le falta %1</translation>
    </message>
    <message>
        <location filename="../models/core/policy/annotationwaivers.cpp" line="199"/>
        <source>Polaris reads no annotation %1 (misspelt? polaris.fairwinds.com/exempt and polaris.fairwinds.com/CHECK-exempt are its own): it waives nothing</source>
        <translation>Polaris no lee ninguna anotación %1 (¿error tipográfico? polaris.fairwinds.com/exempt y polaris.fairwinds.com/CHECK-exempt son las suyas): no exime de nada</translation>
    </message>
    <message>
        <location filename="../models/core/policy/annotationwaivers.cpp" line="208"/>
        <source>“%1” is none of Polaris&apos; own checks (a custom check, or misspelt?): Crossroads waives nothing for it</source>
        <translation>«%1» no es ninguna de las comprobaciones propias de Polaris (¿una comprobación personalizada o un error tipográfico?): Crossroads no exime de nada por ella</translation>
    </message>
</context>
<context>
    <name>crossroads::Baseline</name>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="79"/>
        <source>cannot open the baseline: %1</source>
        <translation>no se puede abrir la línea base: %1</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="81"/>
        <source>larger than %1 bytes; not a crossroads report</source>
        <translation>de más de %1 bytes; no es un informe de crossroads</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="92"/>
        <source>not a crossroads report: %1</source>
        <translation>no es un informe de crossroads: %1</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="103"/>
        <source>not a report; a baseline is a report written by crossroads-cli --format json or sarif</source>
        <translation>no es un informe; una referencia es un informe escrito por crossroads-cli --format json o sarif</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="114"/>
        <source>must be %1; not a report written by crossroads</source>
        <translation>debe ser %1; no es un informe escrito por crossroads</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="121"/>
        <source>a list of gaps</source>
        <translation>una lista de brechas</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="125"/>
        <source>a gap (an object)</source>
        <translation>una brecha (un objeto)</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="127"/>
        <source>a gap without a fingerprint (written by an older crossroads?)</source>
        <translation>una brecha sin huella (¿escrita por una versión anterior de crossroads?)</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="134"/>
        <source>a list of runs</source>
        <translation>una lista de ejecuciones</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="136"/>
        <source>a run (an object)</source>
        <translation>una ejecución (un objeto)</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="146"/>
        <location filename="../models/core/baseline/baseline.cpp" line="187"/>
        <source>a list of results</source>
        <translation>una lista de resultados</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="151"/>
        <location filename="../models/core/baseline/baseline.cpp" line="191"/>
        <source>a result (an object)</source>
        <translation>un resultado (un objeto)</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="158"/>
        <location filename="../models/core/baseline/baseline.cpp" line="160"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="174"/>
        <source>a result without the crossroadsGap/v1 fingerprint (not written by crossroads?)</source>
        <translation>un resultado sin la huella crossroadsGap/v1 (¿no lo escribió crossroads?)</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="200"/>
        <source>a failing result without a fingerprint (written by an older crossroads?)</source>
        <translation>un resultado fallido sin huella (¿escrito por una versión anterior de crossroads?)</translation>
    </message>
    <message>
        <location filename="../models/core/baseline/baseline.cpp" line="204"/>
        <source>neither a crossroads report (comparison or check JSON) nor a SARIF 2.1.0 log</source>
        <translation>no es ni un informe de crossroads (JSON de comparación o de check) ni un registro SARIF 2.1.0</translation>
    </message>
</context>
<context>
    <name>crossroads::CatalogueReport</name>
    <message>
        <location filename="../models/core/report/cataloguereport.cpp" line="51"/>
        <source>DOMAIN</source>
        <translation>DOMINIO</translation>
    </message>
    <message>
        <location filename="../models/core/report/cataloguereport.cpp" line="52"/>
        <source>SEVERITY</source>
        <translation>GRAVEDAD</translation>
    </message>
    <message>
        <location filename="../models/core/report/cataloguereport.cpp" line="59"/>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <location filename="../models/core/report/cataloguereport.cpp" line="67"/>
        <source>%1 checks (catalogue %2). &apos;crossroads-cli explain ID&apos; prints one in full.</source>
        <translation>%1 comprobaciones (catálogo %2). «crossroads-cli explain ID» muestra una completa.</translation>
    </message>
    <message>
        <location filename="../models/core/report/cataloguereport.cpp" line="126"/>
        <source>fact %1</source>
        <translation>hecho %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/cataloguereport.cpp" line="128"/>
        <source>Applies to: %1. %2</source>
        <translation>Se aplica a: %1. %2</translation>
    </message>
    <message>
        <location filename="../models/core/report/cataloguereport.cpp" line="129"/>
        <source>Fix for Podman / Docker / compose:</source>
        <translation>Corrección para Podman / Docker / compose:</translation>
    </message>
    <message>
        <location filename="../models/core/report/cataloguereport.cpp" line="130"/>
        <source>Fix for Kubernetes:</source>
        <translation>Corrección para Kubernetes:</translation>
    </message>
    <message>
        <location filename="../models/core/report/cataloguereport.cpp" line="132"/>
        <source>References: %1</source>
        <translation>Referencias: %1</translation>
    </message>
</context>
<context>
    <name>crossroads::ClassificationLegend</name>
    <message>
        <location filename="../views/classificationlegend.cpp" line="47"/>
        <source>– %1 · blank: %2</source>
        <translation>– %1 · vacía: %2</translation>
    </message>
    <message>
        <location filename="../views/classificationlegend.cpp" line="52"/>
        <source>Legend of the gap matrix</source>
        <translation>Leyenda de la matriz de brechas</translation>
    </message>
</context>
<context>
    <name>crossroads::ClassificationStyle</name>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="50"/>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="51"/>
        <source>Production only</source>
        <translation>Solo en producción</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="52"/>
        <source>Fidelity gap</source>
        <translation>Brecha de fidelidad</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="53"/>
        <source>Development only</source>
        <translation>Solo en desarrollo</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="54"/>
        <source>Shared failure</source>
        <translation>Fallo compartido</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="55"/>
        <source>Drift</source>
        <translation>Deriva</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="56"/>
        <source>Aligned</source>
        <translation>Alineado</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="57"/>
        <source>Waived</source>
        <translation>Exento</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="60"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="66"/>
        <source>Production is weaker than what was tested</source>
        <translation>Producción es más débil que lo que se probó</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="68"/>
        <source>Developers test under a weaker posture than production</source>
        <translation>Los desarrolladores prueban con una postura más débil que la de producción</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="67"/>
        <source>Fails in production, where development has no counterpart or lacks the facts to judge it</source>
        <translation>Falla en producción, donde desarrollo no tiene contrapartida o le faltan los datos para juzgarlo</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="69"/>
        <source>Fails in development, where production has no counterpart or lacks the facts to judge it</source>
        <translation>Falla en desarrollo, donde producción no tiene contrapartida o le faltan los datos para juzgarlo</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="70"/>
        <source>Both sides fail the check</source>
        <translation>Ninguno de los dos lados supera la comprobación</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="71"/>
        <source>Both pass, with different values</source>
        <translation>Ambos la superan, con valores distintos</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="72"/>
        <source>Both pass with the same value</source>
        <translation>Ambos la superan con el mismo valor</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="73"/>
        <source>An accepted risk: a policy waiver with owner, reason and expiry covers it</source>
        <translation>Un riesgo aceptado: lo cubre una exención de política con responsable, motivo y caducidad</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="76"/>
        <source>A side lacks the facts to judge</source>
        <translation>A uno de los lados le faltan datos para evaluarla</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="82"/>
        <source>Does not apply</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="83"/>
        <source>No finding (no counterpart on the other side to compare with)</source>
        <translation>Sin hallazgos (no hay equivalente en el otro lado con el que comparar)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="92"/>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="93"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="94"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/classificationstyle.cpp" line="97"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
</context>
<context>
    <name>crossroads::CommandLine</name>
    <message>
        <location filename="../app/gui/commandline.cpp" line="50"/>
        <source>Compare the security posture of a development container environment with a production one.</source>
        <translation>Comparar la postura de seguridad de un entorno de contenedores de desarrollo con uno de producción.</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="36"/>
        <source>Open the bundled demo comparison.</source>
        <translation>Abrir la comparación de demostración incluida.</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="37"/>
        <source>Development inputs: files or folders (several may follow).</source>
        <translation>Entradas de desarrollo: archivos o carpetas (pueden indicarse varios).</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="37"/>
        <location filename="../app/gui/commandline.cpp" line="38"/>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="38"/>
        <source>Production inputs: files or folders (several may follow).</source>
        <translation>Entradas de producción: archivos o carpetas (pueden indicarse varios).</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="39"/>
        <source>Explicit dev→prod workload pairs (JSON or YAML).</source>
        <translation>Pares explícitos de cargas de trabajo desarrollo→producción (JSON o YAML).</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="39"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="40"/>
        <source>Open a bundled training scenario by id.</source>
        <translation>Abrir un escenario de formación incluido, por su id.</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="40"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="41"/>
        <source>Open a git repository of saved snapshots on the History page.</source>
        <translation>Abrir un repositorio git de instantáneas guardadas en la página Historial.</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="42"/>
        <source>Save a PNG of every page into a folder, then quit.</source>
        <translation>Guardar un PNG de cada página en una carpeta y salir.</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="41"/>
        <location filename="../app/gui/commandline.cpp" line="42"/>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="43"/>
        <source>Use a light or a dark palette instead of the desktop&apos;s: light or dark.</source>
        <translation>Usar una paleta clara u oscura en lugar de la del escritorio: light o dark.</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="43"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="44"/>
        <source>Open the window at this size, e.g. 1366x768.</source>
        <translation>Abrir la ventana con este tamaño, p. ej. 1366x768.</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="44"/>
        <source>WxH</source>
        <translation>AnxAl</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="87"/>
        <source>--palette takes light or dark, not %1</source>
        <translation>--palette admite light o dark, no %1</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="94"/>
        <source>--window-size takes WIDTHxHEIGHT in pixels (at least 640x480), not %1</source>
        <translation>--window-size admite ANCHOxALTO en píxeles (al menos 640x480), no %1</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="101"/>
        <source>give both --dev PATH… and --prod PATH…</source>
        <translation>indique tanto --dev RUTA… como --prod RUTA…</translation>
    </message>
    <message>
        <location filename="../app/gui/commandline.cpp" line="109"/>
        <source>unexpected argument %1; inputs follow --dev or --prod</source>
        <translation>argumento inesperado %1; las entradas van detrás de --dev o --prod</translation>
    </message>
</context>
<context>
    <name>crossroads::ComparisonJob</name>
    <message>
        <location filename="../models/core/session/comparisonjob.cpp" line="101"/>
        <source>Reading the development side…</source>
        <translation>Leyendo el lado de desarrollo…</translation>
    </message>
    <message>
        <location filename="../models/core/session/comparisonjob.cpp" line="101"/>
        <source>Reading the production side…</source>
        <translation>Leyendo el lado de producción…</translation>
    </message>
    <message>
        <location filename="../models/core/session/comparisonjob.cpp" line="134"/>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <location filename="../models/core/session/comparisonjob.cpp" line="137"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>crossroads::ComparisonLoader</name>
    <message>
        <location filename="../views/comparisonloader.cpp" line="51"/>
        <source>Laying out the gap matrix…</source>
        <translation>Organizando la matriz de brechas…</translation>
    </message>
</context>
<context>
    <name>crossroads::CredentialClassifier</name>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="329"/>
        <source>private-key</source>
        <translation>clave privada</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="330"/>
        <source>aws-access-key-id</source>
        <translation>ID de clave de acceso de AWS</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="331"/>
        <source>github-token</source>
        <translation>token de GitHub</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="332"/>
        <source>gitlab-token</source>
        <translation>token de GitLab</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="333"/>
        <source>slack-token</source>
        <translation>token de Slack</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="334"/>
        <source>stripe-key</source>
        <translation>clave de Stripe</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="335"/>
        <source>google-api-key</source>
        <translation>clave de API de Google</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="336"/>
        <source>jwt</source>
        <translation>JWT</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="337"/>
        <source>url-with-password</source>
        <translation>URL con contraseña</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="338"/>
        <source>high-entropy</source>
        <translation>valor de alta entropía</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="339"/>
        <source>credential-name</source>
        <translation>credencial por su nombre</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/credentialclassifier.cpp" line="340"/>
        <source>secret-data</source>
        <translation>datos de Secret</translation>
    </message>
</context>
<context>
    <name>crossroads::DashboardView</name>
    <message>
        <location filename="../views/dashboardview.cpp" line="105"/>
        <source>Failing checks by severity</source>
        <translation>Comprobaciones fallidas por gravedad</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="127"/>
        <source>Trend in the history repository</source>
        <translation>Tendencia en el repositorio de historial</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="136"/>
        <source>Scores per domain, development and production</source>
        <translation>Puntuaciones por dominio, desarrollo y producción</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="137"/>
        <source>Scores per domain (0–100, higher is better)</source>
        <translation>Puntuaciones por dominio (0–100, mayor es mejor)</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="142"/>
        <source>Verdict per domain</source>
        <translation>Veredicto por dominio</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="161"/>
        <source>Engine facts</source>
        <translation>Datos del motor</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="164"/>
        <location filename="../views/dashboardview.cpp" line="174"/>
        <source>Accepted risks</source>
        <translation>Riesgos aceptados</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="165"/>
        <source>Risks accepted by policy waivers; the reason is in each row&apos;s tooltip</source>
        <translation>Riesgos aceptados por exenciones de la política; el motivo está en la información emergente de cada fila</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="167"/>
        <source>No risk is accepted by a waiver. Accept one with “Accept as a risk” in a gap&apos;s detail, or load a policy (Policy menu).</source>
        <translation>Todavía no hay riesgos aceptados mediante exenciones. Acepte uno con «Aceptar como riesgo» en el detalle de una brecha, o cargue una política (menú Política).</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="175"/>
        <source>Container engines</source>
        <translation>Motores de contenedores</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="178"/>
        <location filename="../views/dashboardview.cpp" line="190"/>
        <source>Most severe open findings</source>
        <translation>Hallazgos abiertos más graves</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dashboardview.cpp" line="228"/>
        <source>Most severe open findings: %n critical or high, criticals of every kind first</source>
        <translation>
            <numerusform>Hallazgos abiertos más graves: %n crítico o alto, primero los críticos de todo tipo</numerusform>
            <numerusform>Hallazgos abiertos más graves: %n críticos o altos, primero los críticos de todo tipo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="229"/>
        <source>Most severe open findings: none critical or high</source>
        <translation>Hallazgos abiertos más graves: ninguno crítico ni alto</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="231"/>
        <source> (the first %1; the Gap matrix shows all)</source>
        <translation> (los primeros %1; la matriz de brechas los muestra todos)</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="235"/>
        <source>Accepted risks (%1, %2 expiring)</source>
        <translation>Riesgos aceptados (%1, %2 a punto de caducar)</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="235"/>
        <source>Accepted risks (%1)</source>
        <translation>Riesgos aceptados (%1)</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="272"/>
        <source>%1, from %2 to %3: %4 → %5 failing checks in its snapshots (%6); %7.</source>
        <translation>%1, de %2 a %3: %4 → %5 comprobaciones fallidas en sus instantáneas (%6); %7.</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="382"/>
        <source>not judged</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="179"/>
        <source>Press Enter or double-click to open the gap</source>
        <translation>Pulse Intro o haga doble clic para abrir la brecha</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dashboardview.cpp" line="236"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (development) ⇄ &lt;b&gt;%2&lt;/b&gt; (production) · %n pair(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (desarrollo) ⇄ &lt;b&gt;%2&lt;/b&gt; (producción) · %n par</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (desarrollo) ⇄ &lt;b&gt;%2&lt;/b&gt; (producción) · %n pares</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="238"/>
        <source>, %1 dev-only and %2 prod-only workload(s) · Pod Security judged at Kubernetes %3%4</source>
        <translation>, %1 carga(s) de trabajo solo en desarrollo y %2 solo en producción · Pod Security evaluado según Kubernetes %3%4</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="241"/>
        <source> (no node version found: latest)</source>
        <translation> (no se encontró la versión de los nodos: la más reciente)</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="252"/>
        <source>Open a history repository (History page) to see how its latest revision moved against the previous one.</source>
        <translation>Abra un repositorio de historial (página Historial) para ver cómo ha cambiado su última revisión respecto a la anterior.</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="253"/>
        <source>The history holds one revision: nothing to compare it with yet.</source>
        <translation>El historial tiene una sola revisión: todavía no hay con qué compararla.</translation>
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
            <numerusform>▲ %n más</numerusform>
            <numerusform>▲ %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dashboardview.cpp" line="270"/>
        <source>▼ %n fewer</source>
        <translation>
            <numerusform>▼ %n menos</numerusform>
            <numerusform>▼ %n menos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="270"/>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="277"/>
        <source>History of %1: the failing checks of every snapshot file at a revision, each checked on its own (the History page&apos;s timeline)</source>
        <translation>Historial de %1: las comprobaciones fallidas de cada archivo de instantánea en una revisión, cada uno evaluado por separado (la cronología de la página Historial)</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="317"/>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="318"/>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <location filename="../views/dashboardview.cpp" line="327"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
</context>
<context>
    <name>crossroads::DetachedSignature</name>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="36"/>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="45"/>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="100"/>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="108"/>
        <source>cannot open the signature: %1</source>
        <translation>no se puede abrir la firma: %1</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="110"/>
        <source>too large to be a signature file</source>
        <translation>demasiado grande para ser un archivo de firma</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="137"/>
        <source>not a crossroads signature (expected &quot;schema&quot;: &quot;%1&quot; and a statement)</source>
        <translation>no es una firma de crossroads (se esperaba &quot;schema&quot;: &quot;%1&quot; y una declaración)</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="151"/>
        <source>the signed statement is damaged</source>
        <translation>la declaración firmada está dañada</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="157"/>
        <source>the signature value is damaged or truncated</source>
        <translation>el valor de la firma está dañado o truncado</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="163"/>
        <source>the embedded public key is damaged</source>
        <translation>la clave pública incrustada está dañada</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="165"/>
        <source>the embedded public key is not the signing key %1</source>
        <translation>la clave pública incrustada no es la clave de firma %1</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="183"/>
        <source>%1: signature valid, but made by key %2 (signer &quot;%3&quot;, as the signature claims), which is not trusted</source>
        <translation>%1: firma válida, pero hecha con la clave %2 (firmante &quot;%3&quot;, según dice la firma), que no es de confianza</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="189"/>
        <source>%1: valid signature by %2 (key %3, trusted: %4) at %5</source>
        <translation>%1: firma válida de %2 (clave %3, de confianza: %4) el %5</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="167"/>
        <source>the signature does not match its statement: the signature file was altered</source>
        <translation>la firma no coincide con su declaración: el archivo de firma se ha alterado</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="131"/>
        <source>damaged or truncated signature file (%1%2)</source>
        <translation>archivo de firma dañado o truncado (%1%2)</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="173"/>
        <source>this signature is for &quot;%1&quot;, not for &quot;%2&quot; (SHA-256 differs)</source>
        <translation>esta firma es para &quot;%1&quot;, no para &quot;%2&quot; (el SHA-256 difiere)</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="174"/>
        <source>%1 was changed after it was signed: SHA-256 is %2, signed was %3</source>
        <translation>%1 se modificó después de firmarse: su SHA-256 es %2, el firmado era %3</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="192"/>
        <source>; signed under the name &quot;%1&quot;</source>
        <translation>; firmado con el nombre &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/detachedsignature.cpp" line="200"/>
        <source>%1 is not signed (no %2)</source>
        <translation>%1 no está firmado (no existe %2)</translation>
    </message>
</context>
<context>
    <name>crossroads::DocumentReader</name>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="32"/>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="65"/>
        <location filename="../models/core/document/documentreader.cpp" line="116"/>
        <location filename="../models/core/document/inmemoryjson.cpp" line="396"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="67"/>
        <location filename="../models/core/document/documentreader.cpp" line="120"/>
        <location filename="../models/core/document/documentreader.cpp" line="147"/>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="68"/>
        <location filename="../models/core/document/documentreader.cpp" line="92"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="73"/>
        <source>the file is UTF-16 encoded; save it as UTF-8</source>
        <translation>el archivo está codificado en UTF-16; guárdelo como UTF-8</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="76"/>
        <location filename="../models/core/document/documentreader.cpp" line="114"/>
        <source>byte %1</source>
        <translation>byte %1</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="76"/>
        <location filename="../models/core/document/documentreader.cpp" line="114"/>
        <source>binary data, not JSON or YAML</source>
        <translation>datos binarios, no JSON ni YAML</translation>
    </message>
    <message>
        <location filename="../models/core/document/documentreader.cpp" line="145"/>
        <source>the file changed while it was read; read it again once it is complete</source>
        <translation>el archivo cambió mientras se leía; vuelva a leerlo cuando esté completo</translation>
    </message>
</context>
<context>
    <name>crossroads::DriftListModel</name>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="25"/>
        <source>▲ Better</source>
        <translation>▲ Mejor</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="26"/>
        <source>▼ Worse</source>
        <translation>▼ Peor</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="27"/>
        <source>+ Appeared</source>
        <translation>+ Aparecida</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="30"/>
        <source>− Disappeared</source>
        <translation>− Desaparecida</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="72"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="73"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="74"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="75"/>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="76"/>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="77"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/driftlistmodel.cpp" line="78"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>crossroads::DropZone</name>
    <message>
        <location filename="../views/dropzone.cpp" line="39"/>
        <source>%1: chosen inputs</source>
        <translation>%1: entradas seleccionadas</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="40"/>
        <source>Press Delete to remove the selected input</source>
        <translation>Pulse Supr para quitar la entrada seleccionada</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="41"/>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="42"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="43"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="44"/>
        <source>%1: add files</source>
        <translation>%1: añadir archivos</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="45"/>
        <source>%1: add folder</source>
        <translation>%1: añadir carpeta</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="46"/>
        <source>%1: clear</source>
        <translation>%1: vaciar</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="58"/>
        <source>%1: choose input files</source>
        <translation>%1: elegir archivos de entrada</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="59"/>
        <source>Inputs (*.json *.yaml *.yml);;All files (*)</source>
        <translation>Entradas (*.json *.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="62"/>
        <source>%1: choose a folder</source>
        <translation>%1: elegir una carpeta</translation>
    </message>
    <message>
        <location filename="../views/dropzone.cpp" line="107"/>
        <source>%1 (folder)</source>
        <translation>%1 (carpeta)</translation>
    </message>
</context>
<context>
    <name>crossroads::EngineCollector</name>
    <message>
        <location filename="../models/core/collect/enginecollector.cpp" line="39"/>
        <source>cannot start %1: %2</source>
        <translation>no se puede iniciar %1: %2</translation>
    </message>
    <message>
        <location filename="../models/core/collect/enginecollector.cpp" line="43"/>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <location filename="../models/core/collect/enginecollector.cpp" line="47"/>
        <source>failed (exit %1): %2</source>
        <translation>falló (código de salida %1): %2</translation>
    </message>
    <message>
        <location filename="../models/core/collect/enginecollector.cpp" line="56"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>no se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <location filename="../models/core/collect/enginecollector.cpp" line="61"/>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <location filename="../models/core/collect/enginecollector.cpp" line="119"/>
        <source>local %1</source>
        <translation>%1 local</translation>
    </message>
</context>
<context>
    <name>crossroads::EngineFactsModel</name>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="15"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="16"/>
        <source>Engine version</source>
        <translation>Versión del motor</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="17"/>
        <source>Rootless</source>
        <translation>Sin root (rootless)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="18"/>
        <source>Daemonless</source>
        <translation>Sin demonio (daemonless)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="19"/>
        <source>OCI runtime</source>
        <translation>Runtime OCI</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="20"/>
        <source>cgroup version</source>
        <translation>Versión de cgroup</translation>
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
        <translation>Espacios de nombres de usuario</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="25"/>
        <source>Kubernetes version</source>
        <translation>Versión de Kubernetes</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="26"/>
        <source>RuntimeClasses</source>
        <translation>RuntimeClasses</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="27"/>
        <source>Node container runtimes</source>
        <translation>Runtimes de contenedores de los nodos</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="34"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="40"/>
        <source>Not in the input: the platform&apos;s documented default (%1)</source>
        <translation>No está en la entrada: el valor predeterminado documentado de la plataforma (%1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="42"/>
        <source>Derived from what the input states (%1)</source>
        <translation>Deducido de lo que indica la entrada (%1)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="117"/>
        <source>Engine fact</source>
        <translation>Dato del motor</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="118"/>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/enginefactsmodel.cpp" line="119"/>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
</context>
<context>
    <name>crossroads::EnvironmentImporter</name>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="175"/>
        <source>a symbolic link that leads nowhere (its target is missing, or links back to itself)</source>
        <translation>un enlace simbólico que no lleva a ninguna parte (falta su destino, o remite a sí mismo)</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="177"/>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="179"/>
        <source>not a regular file (a FIFO, socket or device): refused, as reading it could block</source>
        <translation>no es un archivo normal (un FIFO, socket o dispositivo): se rechaza, pues leerlo podría bloquearse</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="190"/>
        <source>a symbolic link that leads nowhere (its target is missing, or links back to itself); not read</source>
        <translation>un enlace simbólico que no lleva a ninguna parte (falta su destino, o remite a sí mismo); no se lee</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="191"/>
        <source>not a regular file (a FIFO, socket or device); not read, as reading it could block</source>
        <translation>no es un archivo normal (un FIFO, socket o dispositivo); no se lee, ya que leerlo podría bloquear</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="200"/>
        <source>not a .json, .yaml or .yml file</source>
        <translation>no es un archivo .json, .yaml ni .yml</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="248"/>
        <source>no input files found</source>
        <translation>no se encontraron archivos de entrada</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="277"/>
        <source>holds only empty documents (nothing but ---, null or comments)</source>
        <translation>solo contiene documentos vacíos (nada más que ---, null o comentarios)</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="289"/>
        <source>not a JSON or YAML input (%1: %2)</source>
        <translation>no es una entrada JSON ni YAML (%1: %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/importers/environmentimporter.cpp" line="302"/>
        <source>%n more item(s) of this file are not inputs either</source>
        <translation>
            <numerusform>%n elemento más de este archivo tampoco es una entrada</numerusform>
            <numerusform>%n elementos más de este archivo tampoco son entradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="308"/>
        <source>its credential fingerprints were made with workspace key %1, not this side&apos;s key %2: reused credentials cannot be found across them</source>
        <translation>sus huellas de credenciales se generaron con la clave de trabajo %1, no con la clave %2 de este lado: no se pueden encontrar credenciales reutilizadas entre ellas</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="309"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../models/core/importers/environmentimporter.cpp" line="364"/>
        <source>could not be read: %1</source>
        <translation>no se pudo leer: %1</translation>
    </message>
</context>
<context>
    <name>crossroads::ExposureText</name>
    <message>
        <location filename="../models/core/snapshot/exposuretext.cpp" line="33"/>
        <source>hostNetwork (all container ports on the host)</source>
        <translation>hostNetwork (todos los puertos del contenedor en el host)</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/exposuretext.cpp" line="39"/>
        <source>%1 %2 (node port chosen by the cluster)-&gt;%3/%4 via service %5</source>
        <translation>%1 %2 (puerto de nodo elegido por el clúster)-&gt;%3/%4 a través del servicio %5</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/exposuretext.cpp" line="42"/>
        <source>%1 %2 (node port %3)-&gt;%4/%5 via service %6</source>
        <translation>%1 %2 (puerto de nodo %3)-&gt;%4/%5 a través del servicio %6</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/exposuretext.cpp" line="45"/>
        <source>externalIP %1 via service %2</source>
        <translation>externalIP %1 a través del servicio %2</translation>
    </message>
    <message>
        <location filename="../models/core/snapshot/exposuretext.cpp" line="47"/>
        <source>Ingress %1 (%2) -&gt; service %3</source>
        <translation>Ingress %1 (%2) -&gt; servicio %3</translation>
    </message>
</context>
<context>
    <name>crossroads::FieldCheck</name>
    <message>
        <location filename="../models/core/importers/composeimporter.cpp" line="49"/>
        <source>must name ports from 0 to 65535 (a number or a range), not %1</source>
        <translation>debe indicar puertos de 0 a 65535 (un número o un rango), no %1</translation>
    </message>
    <message>
        <location filename="../models/core/importers/composeimporter.cpp" line="49"/>
        <location filename="../models/core/importers/fieldcheck.cpp" line="14"/>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="18"/>
        <source>a number too large</source>
        <translation>un número demasiado grande</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="22"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="24"/>
        <source>a mapping</source>
        <translation>un mapeo</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="26"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="39"/>
        <source>line %1, %2</source>
        <translation>línea %1, %2</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="40"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="63"/>
        <source>must be true or false, not %1</source>
        <translation>debe ser true o false, no %1</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="80"/>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>debe ser un número entero de %1 a %2, no %3</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="90"/>
        <source>must be a text, not %1</source>
        <translation>debe ser un texto, no %1</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="104"/>
        <source>must hold a uid and gid from 0 to %1, not %2</source>
        <translation>debe contener un uid y un gid de 0 a %1, no %2</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="114"/>
        <source>must be a list, not %1</source>
        <translation>debe ser una lista, no %1</translation>
    </message>
    <message>
        <location filename="../models/core/importers/fieldcheck.cpp" line="121"/>
        <source>must be a mapping, not %1</source>
        <translation>debe ser un mapeo, no %1</translation>
    </message>
</context>
<context>
    <name>crossroads::FindingSummary</name>
    <message>
        <location filename="../models/core/report/findingsummary.cpp" line="80"/>
        <source>expired: its gaps count again</source>
        <translation>caducada: sus brechas vuelven a contar</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/report/findingsummary.cpp" line="82"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/report/findingsummary.cpp" line="90"/>
        <source>%n critical</source>
        <translation>
            <numerusform>%n crítico</numerusform>
            <numerusform>%n críticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/report/findingsummary.cpp" line="92"/>
        <source>%n high</source>
        <translation>
            <numerusform>%n alto</numerusform>
            <numerusform>%n altos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/report/findingsummary.cpp" line="94"/>
        <source>%n medium</source>
        <translation>
            <numerusform>%n medio</numerusform>
            <numerusform>%n medios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/report/findingsummary.cpp" line="96"/>
        <source>%n low</source>
        <translation>
            <numerusform>%n bajo</numerusform>
            <numerusform>%n bajos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/core/report/findingsummary.cpp" line="136"/>
        <source>production weaker than tested: %1</source>
        <translation>producción más débil que lo probado: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/findingsummary.cpp" line="137"/>
        <source>development weaker than production: %1</source>
        <translation>desarrollo más débil que producción: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/findingsummary.cpp" line="138"/>
        <source>failing on both sides: %1</source>
        <translation>fallan en ambos lados: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/findingsummary.cpp" line="140"/>
        <source>failing in production only (development not judged): %1</source>
        <translation>falla solo en producción (desarrollo sin juzgar): %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/findingsummary.cpp" line="143"/>
        <source>failing in development only (production not judged): %1</source>
        <translation>falla solo en desarrollo (producción sin juzgar): %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/findingsummary.cpp" line="140"/>
        <location filename="../models/core/report/findingsummary.cpp" line="143"/>
        <source>failing: %1</source>
        <translation>con fallos: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/findingsummary.cpp" line="149"/>
        <source>no open finding</source>
        <translation>ningún hallazgo abierto</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/report/findingsummary.cpp" line="151"/>
        <source>%n accepted by waivers</source>
        <translation>
            <numerusform>%n aceptado por exenciones</numerusform>
            <numerusform>%n aceptados por exenciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/report/findingsummary.cpp" line="153"/>
        <source>%n not judged</source>
        <translation>
            <numerusform>%n sin evaluar</numerusform>
            <numerusform>%n sin evaluar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crossroads::GapBuilder</name>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="285"/>
        <location filename="../models/core/compare/comparator.cpp" line="603"/>
        <source>(engine)</source>
        <translation>(motor)</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="303"/>
        <source>unknown (add `podman info` / `docker info` output)</source>
        <translation>desconocido (añada la salida de `podman info` / `docker info`)</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="305"/>
        <source>unknown (add Node objects)</source>
        <translation>desconocido (añada objetos Node)</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="317"/>
        <source>fingerprints made with key %1</source>
        <translation>huellas generadas con la clave %1</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="318"/>
        <source>fingerprints made with key %1; compare under one key</source>
        <translation>huellas generadas con la clave %1; compare con una misma clave</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="357"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="359"/>
        <source>%1 holds the same value</source>
        <translation>%1 contiene el mismo valor</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="392"/>
        <source>namespace %1 enforces %2 (%3)</source>
        <translation>el espacio de nombres %1 aplica %2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="396"/>
        <source>namespace %1 has no enforce label (privileged)</source>
        <translation>el espacio de nombres %1 no tiene etiqueta enforce (privileged)</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="398"/>
        <source>without a pod-security.kubernetes.io/enforce label, Pod Security admission admits every pod.</source>
        <translation>sin etiqueta pod-security.kubernetes.io/enforce, la admisión de Pod Security admite todos los pods.</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="401"/>
        <source>production&apos;s own workload refused: %1</source>
        <translation>la propia carga de trabajo de producción se rechaza: %1</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="404"/>
        <source>admitted</source>
        <translation>admitida</translation>
    </message>
    <message>
        <location filename="../models/core/compare/comparator.cpp" line="404"/>
        <source>refused: %1</source>
        <translation>rechazada: %1</translation>
    </message>
</context>
<context>
    <name>crossroads::GapDetailView</name>
    <message>
        <location filename="../views/gapdetailview.cpp" line="201"/>
        <source>Select a cell in the gap matrix, or a gap on the dashboard, to see both sides and the fix.</source>
        <translation>Seleccione una celda de la matriz de brechas, o una brecha en el panel, para ver ambos lados y la corrección.</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="91"/>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="97"/>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="98"/>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="101"/>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="103"/>
        <source>How to fix it</source>
        <translation>Cómo corregirlo</translation>
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
        <translation>Referencias</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="112"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="115"/>
        <source>Write a waiver with owner, reason and expiry to a policy file</source>
        <translation>Escribir una exención con responsable, motivo y caducidad en un archivo de política</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="138"/>
        <source>Gap detail</source>
        <translation>Detalle de la brecha</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="159"/>
        <source>%1 value</source>
        <translation>Valor de %1</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="163"/>
        <source>%1 default</source>
        <translation>%1 predeterminado</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="181"/>
        <source>Fix for %1</source>
        <translation>Corrección para %1</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="182"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="183"/>
        <source>Copy the fix for %1</source>
        <translation>Copiar la corrección para %1</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="219"/>
        <source>whole workload</source>
        <translation>toda la carga de trabajo</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="219"/>
        <source>container %1</source>
        <translation>contenedor %1</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="236"/>
        <source>Fact read: %1</source>
        <translation>Dato leído: %1</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="243"/>
        <source>%1, container %2</source>
        <translation>%1, contenedor %2</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="243"/>
        <source>%1, no container %2</source>
        <translation>%1, sin contenedor %2</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="248"/>
        <location filename="../views/gapdetailview.cpp" line="249"/>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="263"/>
        <source>from %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="271"/>
        <location filename="../views/gapdetailview.cpp" line="272"/>
        <source>No fix is recorded: this finding&apos;s check is not in the catalogue.</source>
        <translation>No hay corrección registrada: la comprobación de este hallazgo no está en el catálogo.</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="293"/>
        <source>No benchmark control covers this check.</source>
        <translation>Ningún control de referencia cubre esta comprobación.</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="258"/>
        <source>no source location</source>
        <translation>sin ubicación de origen</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="74"/>
        <source>Accept as a risk (add &amp;waiver)…</source>
        <translation>Aceptar como riesgo (añadir &amp;exención)…</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="211"/>
        <source>%1

No finding in this cell.</source>
        <translation>%1

Ningún hallazgo en esta celda.</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="240"/>
        <source>No counterpart on this side</source>
        <translation>Sin equivalente en este lado</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="263"/>
        <source>from %1, line %2</source>
        <translation>en %1, línea %2</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="276"/>
        <source>Kubernetes Pod Security Standards: %1</source>
        <translation>Kubernetes Pod Security Standards: %1</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="278"/>
        <source>CIS Docker Benchmark 1.6.0, control %1</source>
        <translation>CIS Docker Benchmark 1.6.0, control %1</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="285"/>
        <source>Waiver %1 EXPIRED on %2 and no longer counts.</source>
        <translation>La exención %1 CADUCÓ el %2 y ya no cuenta.</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="285"/>
        <source>Waived by %1 until %2.</source>
        <translation>Exento por %1 hasta el %2.</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="287"/>
        <source>Owner: %1 · Reason: %2%3</source>
        <translation>Responsable: %1 · Motivo: %2%3</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="287"/>
        <source> · Ticket: %1</source>
        <translation> · Ticket: %1</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="288"/>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="290"/>
        <source>No policy in force (Policy menu).</source>
        <translation>No hay ninguna política en vigor (menú Política).</translation>
    </message>
    <message>
        <location filename="../views/gapdetailview.cpp" line="290"/>
        <source>Policy in force: %1. No waiver covers this gap.</source>
        <translation>Política en vigor: %1. Ninguna exención cubre esta brecha.</translation>
    </message>
</context>
<context>
    <name>crossroads::GapListModel</name>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="92"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="93"/>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="94"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="95"/>
        <source>Workload (dev ⇄ prod)</source>
        <translation>Carga (des. ⇄ prod.)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="96"/>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="97"/>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gaplistmodel.cpp" line="98"/>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
</context>
<context>
    <name>crossroads::GapMatrixModel</name>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="103"/>
        <source>(engine)</source>
        <translation>(motor)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="104"/>
        <source>Container engines</source>
        <translation>Motores de contenedores</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="119"/>
        <source>%1 (dev only)</source>
        <translation>%1 (solo desarrollo)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="124"/>
        <source>%1 (prod only)</source>
        <translation>%1 (solo producción)</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="223"/>
        <source>No namespace</source>
        <translation>Sin espacio de nombres</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="224"/>
        <source>%1 · %n workload(s)</source>
        <translation>
            <numerusform>%1 · %n carga de trabajo</numerusform>
            <numerusform>%1 · %n cargas de trabajo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="320"/>
        <source>Development: %1
Production: %2</source>
        <translation>Desarrollo: %1
Producción: %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="346"/>
        <source>dev: %1</source>
        <translation>desarrollo: %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="346"/>
        <source>prod: %1</source>
        <translation>producción: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="348"/>
        <source>and %n more container(s)</source>
        <translation>
            <numerusform>y %n contenedor más</numerusform>
            <numerusform>y %n contenedores más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/gapmatrixmodel.cpp" line="387"/>
        <source>Workload (dev ⇄ prod)</source>
        <translation>Carga de trabajo (desarrollo ⇄ producción)</translation>
    </message>
</context>
<context>
    <name>crossroads::GapMatrixView</name>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="54"/>
        <source>Check &amp;ids</source>
        <translation>&amp;IDs de comprobación</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="59"/>
        <source>Filter workloads…</source>
        <translation>Filtrar cargas de trabajo…</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="61"/>
        <source>Filter workloads by name</source>
        <translation>Filtrar cargas de trabajo por nombre</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="62"/>
        <source>All domains</source>
        <translation>Todos los dominios</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="65"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="66"/>
        <source>Any severity</source>
        <translation>Cualquier gravedad</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="68"/>
        <source>%1 and above</source>
        <translation>%1 o superior</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="69"/>
        <source>Minimum severity</source>
        <translation>Gravedad mínima</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="70"/>
        <source>Any classification</source>
        <translation>Cualquier clasificación</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="75"/>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="76"/>
        <location filename="../views/gapmatrixview.cpp" line="166"/>
        <source>All namespaces</source>
        <translation>Todos los espacios de nombres</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="77"/>
        <source>Namespace</source>
        <translation>Espacio de nombres</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="78"/>
        <source>All workloads</source>
        <translation>Todas las cargas</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="79"/>
        <source>Pairs only</source>
        <translation>Solo pares</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="80"/>
        <source>Without a counterpart</source>
        <translation>Sin equivalente</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="81"/>
        <source>Pairing</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="82"/>
        <source>Show every workload, only the dev ⇄ prod pairs, or only the workloads with no counterpart on the other side</source>
        <translation>Mostrar todas las cargas de trabajo, solo los pares desarrollo ⇄ producción o solo las cargas sin equivalente en el otro lado</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="83"/>
        <source>Label the columns with check ids (CR-RT-001) instead of short titles</source>
        <translation>Rotular las columnas con los ids de comprobación (CR-RT-001) en lugar de títulos cortos</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="85"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="99"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="126"/>
        <source>Gap matrix</source>
        <translation>Matriz de brechas</translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="127"/>
        <source>Rows are workload pairs, columns are checks; arrow keys move between cells</source>
        <translation>Las filas son pares de cargas de trabajo y las columnas, comprobaciones; las teclas de flecha mueven entre celdas</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/gapmatrixview.cpp" line="266"/>
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 de %n fila</numerusform>
            <numerusform>%1 de %n filas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/gapmatrixview.cpp" line="290"/>
        <source>%1 on %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>crossroads::HelpMenu</name>
    <message>
        <location filename="../views/helpmenu.cpp" line="25"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../views/helpmenu.cpp" line="28"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de usuario</translation>
    </message>
    <message>
        <location filename="../views/helpmenu.cpp" line="31"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../views/helpmenu.cpp" line="32"/>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Informar de un problema…</translation>
    </message>
</context>
<context>
    <name>crossroads::HistoryView</name>
    <message>
        <location filename="../views/historyview.cpp" line="50"/>
        <source>Load &amp;more</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="54"/>
        <location filename="../views/historyview.cpp" line="65"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="59"/>
        <source>C&amp;ompare dev ⇄ prod</source>
        <translation>C&amp;omparar desarrollo ⇄ producción</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="60"/>
        <source>Show &amp;drift (first → second)</source>
        <translation>Mostrar la &amp;deriva (primera → segunda)</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="69"/>
        <source>A git repository of saved .crossroads.json snapshots</source>
        <translation>Un repositorio git de instantáneas .crossroads.json guardadas</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="70"/>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="71"/>
        <source>*.crossroads.json</source>
        <translation>*.crossroads.json</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="72"/>
        <source>Which snapshot files count: paths, folders or globs, separated by spaces</source>
        <translation>Qué archivos de instantánea cuentan: rutas, carpetas o patrones glob, separados por espacios</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="73"/>
        <source>Snapshot files</source>
        <translation>Archivos de instantánea</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="74"/>
        <source>Open &amp;repository…</source>
        <translation>Abrir &amp;repositorio…</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="76"/>
        <source>Repository:</source>
        <translation>Repositorio:</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="79"/>
        <source>&amp;Files:</source>
        <translation>Arc&amp;hivos:</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="92"/>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="108"/>
        <source>Failing checks by severity over the revisions</source>
        <translation>Comprobaciones fallidas por gravedad a lo largo de las revisiones</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="109"/>
        <source>Failing checks by severity, oldest to newest</source>
        <translation>Comprobaciones fallidas por gravedad, de la más antigua a la más reciente</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="121"/>
        <source>Compare snapshots at revisions</source>
        <translation>Comparar instantáneas en distintas revisiones</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="130"/>
        <source>&amp;Development (or before):</source>
        <translation>D&amp;esarrollo (o antes):</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="132"/>
        <source>&amp;Production (or after):</source>
        <translation>Producció&amp;n (o después):</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="141"/>
        <location filename="../views/historyview.cpp" line="375"/>
        <source>The same side at two revisions: which checks got worse, appeared, got better or disappeared</source>
        <translation>El mismo lado en dos revisiones: qué comprobaciones empeoraron, aparecieron, mejoraron o desaparecieron</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="334"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="374"/>
        <source>Both picks are the same file at the same revision: pick an earlier revision first, or another file</source>
        <translation>Ambas selecciones son el mismo archivo en la misma revisión: elija primero una revisión anterior u otro archivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/historyview.cpp" line="433"/>
        <source>⚠ %n snapshot file(s) could not be read and count as nothing: %1</source>
        <translation>
            <numerusform>⚠ %n archivo de instantánea no se pudo leer y cuenta como nada: %1</numerusform>
            <numerusform>⚠ %n archivos de instantánea no se pudieron leer y cuentan como nada: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="503"/>
        <source>%1 at %2 → %3 at %4</source>
        <translation>%1 en %2 → %3 en %4</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="504"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="545"/>
        <source>%1: %2 worse, %3 appeared, %4 better, %5 disappeared.</source>
        <translation>%1: %2 peor, %3 aparecidos, %4 mejor, %5 desaparecidos.</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="554"/>
        <source>(Two different files: workloads of one appear as gone from the other.)</source>
        <translation>(Dos archivos distintos: las cargas de uno aparecen como desaparecidas del otro.)</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="146"/>
        <source>Development revision</source>
        <translation>Revisión de desarrollo</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="147"/>
        <source>Development snapshot</source>
        <translation>Instantánea de desarrollo</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="148"/>
        <source>Production revision</source>
        <translation>Revisión de producción</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="149"/>
        <source>Production snapshot</source>
        <translation>Instantánea de producción</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="159"/>
        <source>Drift between two revisions</source>
        <translation>Deriva entre dos revisiones</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="160"/>
        <source>Drift</source>
        <translation>Deriva</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="170"/>
        <source>Reading snapshots</source>
        <translation>Leyendo instantáneas</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="174"/>
        <source>Pick two revisions of the same snapshot file below and show the drift.</source>
        <translation>Elija abajo dos revisiones del mismo archivo de instantánea y muestre la deriva.</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="205"/>
        <source>Drift cancelled.</source>
        <translation>Deriva cancelada.</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="207"/>
        <source>Open a repository to see how the posture moved between releases.</source>
        <translation>Abra un repositorio para ver cómo ha evolucionado la postura entre versiones.</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="210"/>
        <source>Posture repository (working tree or bare)</source>
        <translation>Repositorio de postura (árbol de trabajo o bare)</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="284"/>
        <source>Reading revisions…</source>
        <translation>Leyendo revisiones…</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="318"/>
        <source>No revision touched a snapshot file%1.</source>
        <translation>Ninguna revisión modificó un archivo de instantánea%1.</translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="318"/>
        <source> (shallow clone: older history is missing)</source>
        <translation> (clon superficial: falta el historial más antiguo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/historyview.cpp" line="319"/>
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revisión</numerusform>
            <numerusform>%n revisiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/historyview.cpp" line="319"/>
        <source>, more available</source>
        <translation>, hay más disponibles</translation>
    </message>
</context>
<context>
    <name>crossroads::HtmlReport</name>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="261"/>
        <source> · policy %1</source>
        <translation> · política %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="263"/>
        <source> · baseline %1</source>
        <translation> · línea base %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="272"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="286"/>
        <source>Scores per domain (0–100, higher is better)</source>
        <translation>Puntuaciones por dominio (0–100, mayor es mejor)</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="288"/>
        <source>Results by classification</source>
        <translation>Resultados por clasificación</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="292"/>
        <source>Critical and high findings (%1)</source>
        <translation>Hallazgos críticos y altos (%1)</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="294"/>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="296"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="307"/>
        <source>Accepted risks</source>
        <translation>Riesgos aceptados</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="313"/>
        <source>Findings by domain</source>
        <translation>Hallazgos por dominio</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="324"/>
        <source>Score: dev %1, prod %2. %3</source>
        <translation>Puntuación: dev %1, prod %2. %3</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <source>Gaps</source>
        <translation>Brechas</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="296"/>
        <location filename="../models/core/report/htmlreport.cpp" line="310"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="310"/>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="296"/>
        <location filename="../models/core/report/htmlreport.cpp" line="310"/>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="259"/>
        <source>%1 · generated %2 · Pod Security judged at Kubernetes %3</source>
        <translation>%1 · generado el %2 · Pod Security evaluado según Kubernetes %3</translation>
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
        <location filename="../models/core/report/htmlreport.cpp" line="312"/>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="170"/>
        <source>critical</source>
        <comment>tile: the number of open findings of this severity</comment>
        <translation>críticos</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="171"/>
        <source>high</source>
        <comment>tile: the number of open findings of this severity</comment>
        <translation>altos</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="172"/>
        <source>medium</source>
        <comment>tile: the number of open findings of this severity</comment>
        <translation>medios</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="175"/>
        <source>low</source>
        <comment>tile: the number of open findings of this severity</comment>
        <translation>bajos</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="233"/>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="246"/>
        <source>Crossroads report: %1</source>
        <translation>Informe de Crossroads: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="247"/>
        <source>Crossroads: %1</source>
        <translation>Crossroads: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="321"/>
        <source>Score: %1. %2</source>
        <translation>Puntuación: %1. %2</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="333"/>
        <location filename="../models/core/report/htmlreport.cpp" line="359"/>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="350"/>
        <source>Gone since the baseline:</source>
        <translation>Desaparecidas desde la línea base:</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="355"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="388"/>
        <source>Waivers</source>
        <translation>Exenciones</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="390"/>
        <source>No waivers.</source>
        <translation>No hay exenciones.</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <source>Waiver</source>
        <translation>Exención</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <location filename="../models/core/report/htmlreport.cpp" line="430"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="393"/>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="407"/>
        <source>Pairs</source>
        <translation>Parejas</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="408"/>
        <source>paired by</source>
        <translation>emparejado por</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="408"/>
        <source>containers</source>
        <translation>contenedores</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="419"/>
        <source>In development only (judged on their own): %1</source>
        <translation>Solo en desarrollo (se juzgan por sí mismos): %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="419"/>
        <source>In production only (judged on their own): %1</source>
        <translation>Solo en producción (se juzgan por sí mismos): %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="424"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="430"/>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../models/core/report/htmlreport.cpp" line="430"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>crossroads::KubernetesResolver</name>
    <message>
        <location filename="../models/core/importers/kubernetesresolver.cpp" line="140"/>
        <source>ConfigMap %1 holds credential-like keys (%2) but no workload in the input uses it; it is compared for reused credentials only</source>
        <translation>El ConfigMap %1 tiene claves que parecen credenciales (%2), pero ninguna carga de trabajo de la entrada lo usa; solo se compara para detectar credenciales reutilizadas</translation>
    </message>
</context>
<context>
    <name>crossroads::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="117"/>
        <location filename="../views/mainwindow.cpp" line="552"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="119"/>
        <source>Crossroads</source>
        <translation>Crossroads</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="128"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="129"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="130"/>
        <location filename="../views/mainwindow.cpp" line="144"/>
        <source>Gap matrix</source>
        <translation>Matriz de brechas</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="131"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="132"/>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="133"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="145"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="159"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="160"/>
        <source>Stop the running import (Esc)</source>
        <translation>Detener la importación en curso (Esc)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="168"/>
        <location filename="../views/mainwindow.cpp" line="449"/>
        <source>No policy</source>
        <translation>Sin política</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="219"/>
        <source>Gap detail</source>
        <translation>Detalle de la brecha</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="227"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="236"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="237"/>
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="239"/>
        <source>&amp;Compare environments…</source>
        <translation>&amp;Comparar entornos…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="242"/>
        <source>Co&amp;llect local engine</source>
        <translation>&amp;Recopilar motor local</translation>
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
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="248"/>
        <source>&amp;Sign a file…</source>
        <translation>&amp;Firmar un archivo…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="249"/>
        <source>&amp;Verify a signed file…</source>
        <translation>&amp;Verificar un archivo firmado…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="250"/>
        <source>Signed report or snapshot</source>
        <translation>Informe o instantánea firmados</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="257"/>
        <source>Signature does not hold</source>
        <translation>La firma no es válida</translation>
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
        <source>%1 has no signature (%2.sig).</source>
        <translation>%1 no tiene firma (%2.sig).</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="263"/>
        <source>Signed by an untrusted key</source>
        <translation>Firmado con una clave que no es de confianza</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="266"/>
        <source>Signature verified</source>
        <translation>Firma verificada</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="271"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="274"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="284"/>
        <source>&amp;Find in matrix</source>
        <translation>&amp;Buscar en la matriz</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="293"/>
        <source>&amp;Training</source>
        <translation>&amp;Formación</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="294"/>
        <source>&amp;Next step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="296"/>
        <source>&amp;Previous step</source>
        <translation>Paso &amp;anterior</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="302"/>
        <source>&amp;About Crossroads</source>
        <translation>&amp;Acerca de Crossroads</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="303"/>
        <source>About Crossroads</source>
        <translation>Acerca de Crossroads</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="304"/>
        <source>&lt;h3&gt;Crossroads %1&lt;/h3&gt;&lt;p&gt;Compares the security posture of a development container environment with a production one.&lt;/p&gt;&lt;p&gt;Secret values never leave the import: credentials are kept only as keyed fingerprints.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crossroads %1&lt;/h3&gt;&lt;p&gt;Compara la postura de seguridad de un entorno de contenedores de desarrollo con la de uno de producción.&lt;/p&gt;&lt;p&gt;Los valores secretos nunca salen de la importación: las credenciales solo se conservan como huellas con clave.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="309"/>
        <source>Cancel the running import</source>
        <translation>Cancelar la importación en curso</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="390"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="402"/>
        <source>Replace the comparison?</source>
        <translation>¿Sustituir la comparación?</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="403"/>
        <source>Starting the scenario “%1” replaces the comparison on screen, “%2”.</source>
        <translation>Iniciar el escenario «%1» sustituye la comparación que está en pantalla, «%2».</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="404"/>
        <source>Nothing is deleted: the comparison can be opened again from the recent comparisons on the Start page.</source>
        <translation>No se borra nada: la comparación se puede volver a abrir desde las comparaciones recientes de la página Inicio.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="405"/>
        <source>&amp;Replace it and start</source>
        <translation>&amp;Sustituirla e iniciar</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="416"/>
        <source>Opening scenario “%1”…</source>
        <translation>Abriendo el escenario «%1»…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="446"/>
        <source>%1 — Crossroads</source>
        <translation>%1 — Crossroads</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="449"/>
        <source>Policy: %1</source>
        <translation>Política: %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="453"/>
        <source>Every check of the catalogue counts; the Policy menu applies one.</source>
        <translation>Cuentan todas las comprobaciones del catálogo; el menú Política aplica una política.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="481"/>
        <source>Nothing was loaded: %1</source>
        <translation>No se cargó nada: %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="488"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="493"/>
        <source>&amp;Policy</source>
        <translation>&amp;Política</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="494"/>
        <source>&amp;Open policy files…</source>
        <translation>&amp;Abrir archivos de política…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="495"/>
        <source>Policy files (applied in order)</source>
        <translation>Archivos de política (se aplican en orden)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="495"/>
        <source>Policy files (*.json)</source>
        <translation>Archivos de política (*.json)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="500"/>
        <source>Bundled: Pod Security Standards restricted</source>
        <translation>Incluida: Pod Security Standards restricted</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="501"/>
        <source>Bundled: CIS Docker Benchmark section 5</source>
        <translation>Incluida: CIS Docker Benchmark, sección 5</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="506"/>
        <source>&amp;No policy</source>
        <translation>&amp;Sin política</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="512"/>
        <source>Open a comparison first; the policy applies to it.</source>
        <translation>Abra primero una comparación; la política se aplica a ella.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="536"/>
        <source>Waiver not written</source>
        <translation>Exención no escrita</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="539"/>
        <source>Waiver %1 written to %2; comparing again under the policy.</source>
        <translation>Exención %1 escrita en %2; comparando de nuevo con la política.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="552"/>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="573"/>
        <source>Export cancelled; no file written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="573"/>
        <source>Export failed: %1</source>
        <translation>Error en la exportación: %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="576"/>
        <source>Exported %1.</source>
        <translation>Exportado %1.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="583"/>
        <source>Open a comparison first.</source>
        <translation>Abra primero una comparación.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="588"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="596"/>
        <source>Sign the report?</source>
        <translation>¿Firmar el informe?</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="597"/>
        <source>Sign %1 with your Ed25519 key, so an auditor can verify it was not changed?</source>
        <translation>¿Firmar %1 con su clave Ed25519, para que un auditor pueda verificar que no se ha modificado?</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="604"/>
        <source>File to sign</source>
        <translation>Archivo que firmar</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="607"/>
        <source>Private key (crossroads-cli keygen)</source>
        <translation>Clave privada (crossroads-cli keygen)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="607"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Claves (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="613"/>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="613"/>
        <source>Passphrase for %1:</source>
        <translation>Frase de contraseña para %1:</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="260"/>
        <location filename="../views/mainwindow.cpp" line="620"/>
        <location filename="../views/mainwindow.cpp" line="626"/>
        <source>Not signed</source>
        <translation>No firmado</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="92"/>
        <source>; if you know it is the signer&apos;s key, copy its public key (.pub) into %1</source>
        <translation>; si sabe que es la clave del firmante, copie su clave pública (.pub) en %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="460"/>
        <source>Compared: %n open finding(s).</source>
        <translation>
            <numerusform>Comparado: %n hallazgo abierto.</numerusform>
            <numerusform>Comparado: %n hallazgos abiertos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="461"/>
        <source>Compared: %n open finding(s); some inputs could not be read (see Problems).</source>
        <translation>
            <numerusform>Comparado: %n hallazgo abierto; algunas entradas no se pudieron leer (vea Problemas).</numerusform>
            <numerusform>Comparado: %n hallazgos abiertos; algunas entradas no se pudieron leer (vea Problemas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="629"/>
        <source>Signed: %1</source>
        <translation>Firmado: %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="640"/>
        <source>✖ %1: signature does not hold</source>
        <translation>✖ %1: la firma no es válida</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="644"/>
        <source>%1: unsigned</source>
        <translation>%1: sin firmar</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="648"/>
        <source>⚠ %1: signed by an untrusted key</source>
        <translation>⚠ %1: firmado con una clave que no es de confianza</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="652"/>
        <source>✔ %1: verified</source>
        <translation>✔ %1: verificado</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="676"/>
        <source>Checking %n signature(s)…</source>
        <translation>
            <numerusform>Comprobando %n firma…</numerusform>
            <numerusform>Comprobando %n firmas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="712"/>
        <source>✖ %n signature(s) do not hold</source>
        <translation>
            <numerusform>✖ %n firma no es válida</numerusform>
            <numerusform>✖ %n firmas no son válidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="715"/>
        <source>⚠ %n input(s) signed by an untrusted key</source>
        <translation>
            <numerusform>⚠ %n entrada firmada con una clave que no es de confianza</numerusform>
            <numerusform>⚠ %n entradas firmadas con una clave que no es de confianza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="718"/>
        <source>✔ %n signed input(s) verified</source>
        <translation>
            <numerusform>✔ %n entrada firmada verificada</numerusform>
            <numerusform>✔ %n entradas firmadas verificadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="738"/>
        <source>Collecting the local %1 engine…</source>
        <translation>Recopilando el motor %1 local…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="754"/>
        <source>Collected the local engine into %1 (sanitized). Add the production side and compare.</source>
        <translation>Motor local recopilado en %1 (saneado). Añada el lado de producción y compare.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="793"/>
        <source>Added to the development side.</source>
        <translation>Añadido al lado de desarrollo.</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="793"/>
        <source>Added to the production side.</source>
        <translation>Añadido al lado de producción.</translation>
    </message>
</context>
<context>
    <name>crossroads::MarkdownReport</name>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="85"/>
        <source> · policy **%1**</source>
        <translation> · política **%1**</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="87"/>
        <source> · baseline `%1`</source>
        <translation> · línea base `%1`</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="83"/>
        <source>%1 · generated %2 · Pod Security judged at Kubernetes %3</source>
        <translation>%1 · generado el %2 · Pod Security evaluado según Kubernetes %3</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="96"/>
        <source>## Summary

</source>
        <translation>## Resumen

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="97"/>
        <source>Open findings: **%1** critical · **%2** high · **%3** medium · **%4** low

</source>
        <translation>Hallazgos abiertos: **%1** críticos · **%2** altos · **%3** medios · **%4** bajos

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="112"/>
        <source>| Domain |</source>
        <translation>| Dominio |</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="120"/>
        <source>| **Overall** |</source>
        <translation>| **Global** |</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="126"/>
        <source>## Critical and high findings (%1)

</source>
        <translation>## Hallazgos críticos y altos (%1)

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="128"/>
        <source>None.

</source>
        <translation>Ninguna.

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="130"/>
        <location filename="../models/core/report/markdownreport.cpp" line="172"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="130"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="130"/>
        <location filename="../models/core/report/markdownreport.cpp" line="172"/>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="140"/>
        <source>## Accepted risks

</source>
        <translation>## Riesgos aceptados

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="143"/>
        <source>No risk is accepted by a waiver.

</source>
        <translation>Todavía no hay riesgos aceptados mediante exenciones.

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="145"/>
        <source>| Waiver | Owner | Check | Workload | Side | Expires | Gaps | Reason |
</source>
        <translation>| Exención | Responsable | Comprobación | Carga de trabajo | Lado | Caduca | Brechas | Motivo |
</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="159"/>
        <source>## Open findings by domain

</source>
        <translation>## Hallazgos abiertos por dominio

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="168"/>
        <source>No open finding.

</source>
        <translation>Ningún hallazgo abierto.

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="172"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="172"/>
        <source> Baseline |</source>
        <translation> Línea base |</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="204"/>
        <source>%1 drift or unknown result(s) are not listed; see the JSON or HTML report.

</source>
        <translation>%1 resultado(s) de deriva o desconocido(s) no se enumeran; consulte el informe JSON o HTML.

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="206"/>
        <source>A value marked (default) is not in the input: the platform&apos;s documented default applies, as the line under it says.

</source>
        <translation>Un valor marcado (predeterminado) no está en la entrada: se aplica el valor predeterminado documentado de la plataforma, como dice la línea de debajo.

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="208"/>
        <source>%1 gap(s) of the baseline are gone.

</source>
        <translation>%1 brecha(s) de la línea base han desaparecido.

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="212"/>
        <source>## Waivers (judged on %1)

</source>
        <translation>## Exenciones (evaluadas a fecha de %1)

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="213"/>
        <source>| Waiver | State | Check | Workload | Side | Owner | Reason | Ticket | Expires | Gaps |
</source>
        <translation>| Exención | Estado | Comprobación | Carga de trabajo | Lado | Responsable | Motivo | Ticket | Caduca | Brechas |
</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="227"/>
        <source>&lt;details&gt;&lt;summary&gt;Pairs (%1)&lt;/summary&gt;

| dev | prod | paired by | containers |
| --- | --- | --- | --- |
</source>
        <translation>&lt;details&gt;&lt;summary&gt;Parejas (%1)&lt;/summary&gt;

| desarrollo | producción | emparejado por | contenedores |
| --- | --- | --- | --- |
</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="233"/>
        <source>In development only (judged on their own): %1</source>
        <translation>Solo en desarrollo (se juzgan por sí mismos): %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="233"/>
        <source>In production only (judged on their own): %1</source>
        <translation>Solo en producción (se juzgan por sí mismos): %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="239"/>
        <source>&lt;details&gt;&lt;summary&gt;Skipped (%1)&lt;/summary&gt;

</source>
        <translation>&lt;details&gt;&lt;summary&gt;Omitido (%1)&lt;/summary&gt;

</translation>
    </message>
    <message>
        <location filename="../models/core/report/markdownreport.cpp" line="244"/>
        <source>&lt;details&gt;&lt;summary&gt;Inputs (SHA-256)&lt;/summary&gt;

| Side | File | SHA-256 |
| --- | --- | --- |
</source>
        <translation>&lt;details&gt;&lt;summary&gt;Entradas (SHA-256)&lt;/summary&gt;

| Lado | Archivo | SHA-256 |
| --- | --- | --- |
</translation>
    </message>
</context>
<context>
    <name>crossroads::NetworkExposure</name>
    <message>
        <location filename="../models/core/compare/networkexposure.cpp" line="25"/>
        <source>Reachable from outside</source>
        <translation>Accesible desde fuera</translation>
    </message>
    <message>
        <location filename="../models/core/compare/networkexposure.cpp" line="26"/>
        <source>Host only (loopback)</source>
        <translation>Solo en el host (loopback)</translation>
    </message>
    <message>
        <location filename="../models/core/compare/networkexposure.cpp" line="27"/>
        <source>Internal network</source>
        <translation>Red interna</translation>
    </message>
    <message>
        <location filename="../models/core/compare/networkexposure.cpp" line="28"/>
        <source>Isolated</source>
        <translation>Aislada</translation>
    </message>
    <message>
        <location filename="../models/core/compare/networkexposure.cpp" line="31"/>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
</context>
<context>
    <name>crossroads::NetworkView</name>
    <message>
        <location filename="../views/networkview.cpp" line="59"/>
        <source>ingress isolated</source>
        <translation>tráfico de entrada aislado</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="61"/>
        <source>egress isolated</source>
        <translation>tráfico de salida aislado</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="76"/>
        <source>and %1 more (in the tooltip)</source>
        <translation>y %1 más (en la información emergente)</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="147"/>
        <source>Show only &amp;differences</source>
        <translation>Mostrar solo las &amp;diferencias</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="155"/>
        <source>Network exposure diagram</source>
        <translation>Diagrama de exposición de red</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="171"/>
        <source>Red link: the pair&apos;s exposure differs</source>
        <translation>Enlace rojo: la exposición del par difiere</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="264"/>
        <source>Development: %1</source>
        <translation>Desarrollo: %1</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="265"/>
        <source>Production: %1</source>
        <translation>Producción: %1</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="295"/>
        <source>Outside the host (LAN, internet)</source>
        <translation>Fuera del host (LAN, internet)</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="296"/>
        <source>Outside the cluster (LAN, internet)</source>
        <translation>Fuera del clúster (LAN, internet)</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="314"/>
        <source>wider in prod</source>
        <translation>más amplia en producción</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="314"/>
        <source>wider in dev</source>
        <translation>más amplia en desarrollo</translation>
    </message>
    <message>
        <location filename="../views/networkview.cpp" line="327"/>
        <source>No differences in exposure between the paired workloads.</source>
        <translation>No hay diferencias de exposición entre las cargas de trabajo emparejadas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/networkview.cpp" line="334"/>
        <source>Reachable from outside: %1 of %2 dev workload(s), %3 of %4 prod workload(s). %n pair(s) differ in exposure.</source>
        <translation>
            <numerusform>Accesibles desde fuera: %1 de %2 carga(s) de trabajo de desarrollo, %3 de %4 carga(s) de trabajo de producción. %n par difiere en exposición.</numerusform>
            <numerusform>Accesibles desde fuera: %1 de %2 carga(s) de trabajo de desarrollo, %3 de %4 carga(s) de trabajo de producción. %n pares difieren en exposición.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crossroads::OutOfMemory</name>
    <message>
        <location filename="../models/core/common/outofmemory.cpp" line="11"/>
        <source>not enough memory to finish: the inputs need more than this machine has free; give fewer or smaller inputs, or run where more memory is free</source>
        <translation>no hay memoria suficiente para terminar: las entradas necesitan más de la que esta máquina tiene libre; indique menos entradas o más pequeñas, o ejecútelo donde haya más memoria libre</translation>
    </message>
</context>
<context>
    <name>crossroads::PdfReport</name>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="121"/>
        <source>PDF export needs a QGuiApplication (fonts); start one, e.g. on the offscreen platform</source>
        <translation>La exportación a PDF necesita una QGuiApplication (fuentes); inicie una, p. ej. en la plataforma offscreen</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="133"/>
        <source>Crossroads posture report</source>
        <translation>Informe de postura de Crossroads</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="136"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="139"/>
        <source>Development: %1 (%2 workloads, %3 containers)</source>
        <translation>Desarrollo: %1 (%2 cargas de trabajo, %3 contenedores)</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="141"/>
        <source>Production: %1 (%2 workloads, %3 containers)</source>
        <translation>Producción: %1 (%2 cargas de trabajo, %3 contenedores)</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="142"/>
        <source>Checked on its own against the catalogue; Pod Security judged at Kubernetes %1</source>
        <translation>Comprobado por sí solo frente al catálogo; Pod Security juzgado en Kubernetes %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="143"/>
        <source>%1 workload pair(s); Pod Security judged at Kubernetes %2</source>
        <translation>%1 par(es) de cargas de trabajo; Pod Security evaluado según Kubernetes %2</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="144"/>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="163"/>
        <source>Open findings: %1 critical · %2 high · %3 medium · %4 low</source>
        <translation>Hallazgos abiertos: %1 críticos · %2 altos · %3 medios · %4 bajos</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="182"/>
        <source>Critical and high findings (%1)</source>
        <translation>Hallazgos críticos y altos (%1)</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="184"/>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="235"/>
        <source>Score: %1. %2</source>
        <translation>Puntuación: %1. %2</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="275"/>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="275"/>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="275"/>
        <source>Paired by</source>
        <translation>Emparejado por</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="275"/>
        <source>Containers</source>
        <translation>Contenedores</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="285"/>
        <source>In development only (judged on their own): %1</source>
        <translation>Solo en desarrollo (se juzgan por sí mismos): %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="285"/>
        <source>In production only (judged on their own): %1</source>
        <translation>Solo en producción (se juzgan por sí mismos): %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="304"/>
        <source>Crossroads posture report: %1</source>
        <translation>Informe de postura de Crossroads: %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="312"/>
        <source>Crossroads posture report: %1 · %2</source>
        <translation>Informe de postura de Crossroads: %1 · %2</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="147"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="147"/>
        <source>none (every catalogue check at its catalogue severity)</source>
        <translation>ninguna (cada comprobación del catálogo con la gravedad del catálogo)</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="157"/>
        <source>Input digests (SHA-256)</source>
        <translation>Resúmenes de las entradas (SHA-256)</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="154"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="144"/>
        <source>Written by: %1</source>
        <translation>Generado por: %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="149"/>
        <source>Baseline: %1</source>
        <translation>Línea base: %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="154"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="162"/>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="187"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="187"/>
        <location filename="../views/report/pdfreport.cpp" line="203"/>
        <location filename="../views/report/pdfreport.cpp" line="227"/>
        <location filename="../views/report/pdfreport.cpp" line="263"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="187"/>
        <location filename="../views/report/pdfreport.cpp" line="203"/>
        <location filename="../views/report/pdfreport.cpp" line="227"/>
        <location filename="../views/report/pdfreport.cpp" line="237"/>
        <location filename="../views/report/pdfreport.cpp" line="263"/>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="198"/>
        <source>Accepted risks</source>
        <translation>Riesgos aceptados</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="201"/>
        <source>No risk is accepted by a waiver.</source>
        <translation>Todavía no hay riesgos aceptados mediante exenciones.</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="227"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="230"/>
        <source>Domain: %1</source>
        <translation>Dominio: %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="240"/>
        <location filename="../views/report/pdfreport.cpp" line="309"/>
        <location filename="../views/report/pdfreport.cpp" line="314"/>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="256"/>
        <source>Appendix: waivers</source>
        <translation>Apéndice: exenciones</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="259"/>
        <source>No waivers.</source>
        <translation>No hay exenciones.</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="261"/>
        <source>Judged on %1.</source>
        <translation>Evaluado a fecha de %1.</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="203"/>
        <location filename="../views/report/pdfreport.cpp" line="263"/>
        <source>Waiver</source>
        <translation>Exención</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="203"/>
        <location filename="../views/report/pdfreport.cpp" line="263"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="203"/>
        <location filename="../views/report/pdfreport.cpp" line="263"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="203"/>
        <location filename="../views/report/pdfreport.cpp" line="263"/>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="236"/>
        <source>Score: dev %1, prod %2. %3</source>
        <translation>Puntuación: dev %1, prod %2. %3</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="237"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="249"/>
        <source>No open finding in this domain.</source>
        <translation>Ningún hallazgo abierto en este dominio.</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="252"/>
        <source>Notes: drift and not judged</source>
        <translation>Notas: deriva y sin evaluar</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="252"/>
        <source>Both sides pass with different values, or a side lacks the facts to judge.</source>
        <translation>Ambos lados cumplen con valores distintos, o a un lado le faltan los datos para evaluar.</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="269"/>
        <source>Ticket: %1</source>
        <translation>Ticket: %1</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="278"/>
        <source>Appendix: pairs</source>
        <translation>Apéndice: parejas</translation>
    </message>
    <message>
        <location filename="../views/report/pdfreport.cpp" line="289"/>
        <source>Appendix: skipped</source>
        <translation>Apéndice: omitido</translation>
    </message>
</context>
<context>
    <name>crossroads::PodSecurity</name>
    <message>
        <location filename="../models/core/rules/podsecurity.cpp" line="126"/>
        <source> (container %1)</source>
        <translation> (contenedor %1)</translation>
    </message>
    <message>
        <location filename="../models/core/rules/podsecurity.cpp" line="128"/>
        <source> (pod)</source>
        <translation> (pod)</translation>
    </message>
</context>
<context>
    <name>crossroads::PodSpecReader</name>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="108"/>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <location filename="../models/core/importers/kubernetesimporter.cpp" line="192"/>
        <source>container %1: allowPrivilegeEscalation: false with %2 is refused by the API server; escalation stays allowed</source>
        <translation>contenedor %1: el servidor de la API rechaza allowPrivilegeEscalation: false con %2; la escalada sigue permitida</translation>
    </message>
</context>
<context>
    <name>crossroads::PolicyFile</name>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="291"/>
        <source>unexpected value type: %1</source>
        <translation>tipo de valor inesperado: %1</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="299"/>
        <source>no bundled policy of that name; bundled: %1</source>
        <translation>no hay ninguna política incluida con ese nombre; incluidas: %1</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="356"/>
        <source>waiver id %1 is already in the file</source>
        <translation>el id de exención %1 ya está en el archivo</translation>
    </message>
    <message>
        <location filename="../models/core/policy/policyfile.cpp" line="368"/>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>crossroads::ProblemListModel</name>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="45"/>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="54"/>
        <source>dev</source>
        <translation>desarrollo</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="45"/>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="54"/>
        <source>prod</source>
        <translation>producción</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="84"/>
        <source>Not loaded</source>
        <translation>No cargado</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="84"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="102"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="103"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="104"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="105"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/problemlistmodel.cpp" line="106"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>crossroads::ProblemsPanel</name>
    <message>
        <location filename="../views/problemspanel.cpp" line="26"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../views/problemspanel.cpp" line="38"/>
        <source>Every input was read.</source>
        <translation>Se leyeron todas las entradas.</translation>
    </message>
    <message>
        <location filename="../views/problemspanel.cpp" line="39"/>
        <source>%1 input(s) could not be read; %2 item(s) skipped on purpose.</source>
        <translation>No se pudieron leer %1 entrada(s); se omitieron %2 elemento(s) a propósito.</translation>
    </message>
</context>
<context>
    <name>crossroads::ReportExport</name>
    <message>
        <location filename="../views/reportexport.cpp" line="22"/>
        <source>JSON comparison (*.json)</source>
        <translation>Comparación JSON (*.json)</translation>
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
        <translation>Informe HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../views/reportexport.cpp" line="22"/>
        <source>PDF report (*.pdf)</source>
        <translation>Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../views/reportexport.cpp" line="23"/>
        <source>Text, as in a terminal (*.txt)</source>
        <translation>Texto, como en un terminal (*.txt)</translation>
    </message>
    <message>
        <location filename="../views/reportexport.cpp" line="71"/>
        <location filename="../views/reportexport.cpp" line="96"/>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <location filename="../views/reportexport.cpp" line="94"/>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
</context>
<context>
    <name>crossroads::ReportProblemDialog</name>
    <message>
        <location filename="../views/reportproblemdialog.cpp" line="19"/>
        <source>&amp;Copy version and platform</source>
        <translation>&amp;Copiar versión y plataforma</translation>
    </message>
    <message>
        <location filename="../views/reportproblemdialog.cpp" line="20"/>
        <source>Copy the &amp;Problems panel</source>
        <translation>Copiar el panel &amp;Problemas</translation>
    </message>
    <message>
        <location filename="../views/reportproblemdialog.cpp" line="22"/>
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <location filename="../views/reportproblemdialog.cpp" line="23"/>
        <source>&lt;h3&gt;Report a problem&lt;/h3&gt;&lt;p&gt;Tell whoever looks after Crossroads for you (your team&apos;s issue tracker) what you did, what you expected and what happened instead. Attach:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the &lt;b&gt;version and platform&lt;/b&gt; (the button below copies them);&lt;/li&gt;&lt;li&gt;the comparison as an exported &lt;b&gt;JSON report&lt;/b&gt; (File ▸ Export report…, JSON) or a saved &lt;b&gt;snapshot&lt;/b&gt; (&lt;tt&gt;crossroads-cli snapshot&lt;/tt&gt;): both are sanitized and hold no secret value;&lt;/li&gt;&lt;li&gt;the &lt;b&gt;Problems panel&lt;/b&gt; (View ▸ Problems) when an input could not be read.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Never attach&lt;/b&gt; secrets or the raw files they live in: kubeconfigs, &lt;tt&gt;.env&lt;/tt&gt; files, Kubernetes Secret manifests, private keys (a signing key, &lt;tt&gt;workspace.key&lt;/tt&gt;) or tokens. If an input file is needed to show the problem, cut it down and replace every credential first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Informar de un problema&lt;/h3&gt;&lt;p&gt;Cuente a quien le mantiene Crossroads (el gestor de incidencias de su equipo) qué hizo, qué esperaba y qué pasó en su lugar. Adjunte:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;la &lt;b&gt;versión y plataforma&lt;/b&gt; (el botón de abajo las copia);&lt;/li&gt;&lt;li&gt;la comparación como &lt;b&gt;informe JSON&lt;/b&gt; exportado (Archivo ▸ Exportar informe…, JSON) o una &lt;b&gt;instantánea&lt;/b&gt; guardada (&lt;tt&gt;crossroads-cli snapshot&lt;/tt&gt;): ambos están saneados y no contienen ningún valor secreto;&lt;/li&gt;&lt;li&gt;el &lt;b&gt;panel Problemas&lt;/b&gt; (Ver ▸ Problemas) cuando no se pudo leer una entrada.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;No adjunte nunca&lt;/b&gt; secretos ni los archivos en que están: kubeconfigs, archivos &lt;tt&gt;.env&lt;/tt&gt;, manifiestos de Secret de Kubernetes, claves privadas (una clave de firma, &lt;tt&gt;workspace.key&lt;/tt&gt;) ni tokens. Si hace falta un archivo de entrada para mostrar el problema, recórtelo y sustituya antes cada credencial.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/reportproblemdialog.cpp" line="36"/>
        <source>Copies the version of Crossroads and Qt, the system and the locale to the clipboard</source>
        <translation>Copia al portapapeles la versión de Crossroads y de Qt, el sistema y la configuración regional</translation>
    </message>
    <message>
        <location filename="../views/reportproblemdialog.cpp" line="37"/>
        <source>Copies every line of the Problems panel to the clipboard, as tab-separated text</source>
        <translation>Copia al portapapeles cada línea del panel Problemas, como texto separado por tabuladores</translation>
    </message>
</context>
<context>
    <name>crossroads::RevisionComparison</name>
    <message>
        <location filename="../models/core/history/revisioncomparison.cpp" line="32"/>
        <location filename="../models/core/history/revisioncomparison.cpp" line="38"/>
        <source>reading %1</source>
        <translation>leyendo %1</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisioncomparison.cpp" line="44"/>
        <source>comparing</source>
        <translation>comparando</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisioncomparison.cpp" line="47"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
</context>
<context>
    <name>crossroads::RevisionListModel</name>
    <message>
        <location filename="../models/itemmodels/revisionlistmodel.cpp" line="73"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/revisionlistmodel.cpp" line="74"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/revisionlistmodel.cpp" line="75"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/revisionlistmodel.cpp" line="76"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/revisionlistmodel.cpp" line="77"/>
        <source>Snapshots changed</source>
        <translation>Instantáneas modificadas</translation>
    </message>
</context>
<context>
    <name>crossroads::RevisionWalker</name>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="145"/>
        <source>the repository is empty: it has no commits yet</source>
        <translation>el repositorio está vacío: todavía no tiene confirmaciones</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="152"/>
        <location filename="../models/core/history/revisionwalker.cpp" line="206"/>
        <source>cannot walk the history</source>
        <translation>no se puede recorrer el historial</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="159"/>
        <source>HEAD names a branch without commits; name a start revision or walk all branches and tags</source>
        <translation>HEAD designa una rama sin confirmaciones; indique una revisión de inicio o recorra todas las ramas y etiquetas</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="162"/>
        <source>cannot read HEAD</source>
        <translation>no se puede leer HEAD</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="170"/>
        <source>cannot walk from &quot;%1&quot;</source>
        <translation>no se puede recorrer desde &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="176"/>
        <source>cannot walk the branches and tags</source>
        <translation>no se pueden recorrer las ramas y etiquetas</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="188"/>
        <source>cannot read commit %1</source>
        <translation>no se puede leer la confirmación %1</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="218"/>
        <source>cannot read the tree of revision &quot;%1&quot;</source>
        <translation>no se puede leer el árbol de la revisión &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="226"/>
        <source>cannot read the path filter &quot;%1&quot;</source>
        <translation>no se puede leer el filtro de rutas &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/core/history/revisionwalker.cpp" line="236"/>
        <source>cannot list the files of revision &quot;%1&quot;</source>
        <translation>no se pueden listar los archivos de la revisión &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>crossroads::SarifReport</name>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="158"/>
        <source>%1 (a comparison-level fact that needs both sides).</source>
        <translation>%1 (un dato de comparación que necesita ambos lados).</translation>
    </message>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="159"/>
        <source>See docs/comparison-json.md for %1.</source>
        <translation>Véase docs/comparison-json.md sobre %1.</translation>
    </message>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="168"/>
        <source>Fix on Podman/Docker: %1</source>
        <translation>Corrección en Podman/Docker: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="169"/>
        <source>Fix on Kubernetes: %1</source>
        <translation>Corrección en Kubernetes: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="249"/>
        <source>%1 on %2. %3: %4.</source>
        <translation>%1 en %2. %3: %4.</translation>
    </message>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="251"/>
        <source>%1 (%2) on %3. dev: %4; prod: %5.</source>
        <translation>%1 (%2) en %3. dev: %4; prod: %5.</translation>
    </message>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="327"/>
        <source>dev side</source>
        <translation>lado de desarrollo (dev)</translation>
    </message>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="328"/>
        <source>prod side</source>
        <translation>lado de producción (prod)</translation>
    </message>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="394"/>
        <source>waiver %1 expired on %2: %3</source>
        <translation>la exención %1 caducó el %2: %3</translation>
    </message>
    <message>
        <location filename="../models/core/report/sarifreport.cpp" line="407"/>
        <source>%1: no longer found (was %2).</source>
        <translation>%1: ya no se encuentra (era %2).</translation>
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
        <translation>Ventana</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="68"/>
        <location filename="../views/shortcutsdialog.cpp" line="81"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="70"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="70"/>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="70"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="100"/>
        <source>%1 menu</source>
        <translation>Menú %1</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="120"/>
        <source>Clear the search field</source>
        <translation>Vaciar el campo de búsqueda</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="120"/>
        <location filename="../views/shortcutsdialog.cpp" line="121"/>
        <source>Gap matrix</source>
        <translation>Matriz de brechas</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="121"/>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="121"/>
        <source>Move between cells; the detail shows the selected one</source>
        <translation>Moverse entre celdas; el detalle muestra la seleccionada</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="122"/>
        <source>Open the selected item: a recent comparison, a finding, a training scenario</source>
        <translation>Abrir el elemento seleccionado: una comparación reciente, un hallazgo, un escenario de formación</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="122"/>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="123"/>
        <source>Remove the selected input from its side</source>
        <translation>Quitar la entrada seleccionada de su lado</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="123"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="124"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="124"/>
        <source>Move to the next or previous field</source>
        <translation>Ir al campo siguiente o al anterior</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="125"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+letra subrayada</translation>
    </message>
    <message>
        <location filename="../views/shortcutsdialog.cpp" line="125"/>
        <source>Open that menu, press that button or go to that field</source>
        <translation>Abrir ese menú, pulsar ese botón o ir a ese campo</translation>
    </message>
</context>
<context>
    <name>crossroads::SigningKey</name>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="52"/>
        <source>cannot open the key: %1</source>
        <translation>no se puede abrir la clave: %1</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="54"/>
        <source>too large to be a key file</source>
        <translation>demasiado grande para ser un archivo de clave</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="74"/>
        <source>cannot generate an Ed25519 key</source>
        <translation>no se puede generar una clave Ed25519</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="96"/>
        <source>the key is passphrase-protected; give --passphrase-file</source>
        <translation>la clave está protegida con frase de contraseña; indique --passphrase-file</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="96"/>
        <source>wrong passphrase or damaged key</source>
        <translation>frase de contraseña incorrecta o clave dañada</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="97"/>
        <source>not a PEM private key</source>
        <translation>no es una clave privada PEM</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="103"/>
        <location filename="../models/core/integrity/signingkey.cpp" line="116"/>
        <source>not an Ed25519 key</source>
        <translation>no es una clave Ed25519</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="112"/>
        <source>not a PEM public key</source>
        <translation>no es una clave pública PEM</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="141"/>
        <source>cannot encode the private key</source>
        <translation>no se puede codificar la clave privada</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="146"/>
        <source>cannot create the key file (it must not exist yet): %1</source>
        <translation>no se puede crear el archivo de clave (no debe existir todavía): %1</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="150"/>
        <location filename="../models/core/integrity/signingkey.cpp" line="159"/>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="185"/>
        <source>signing needs the private key</source>
        <translation>para firmar se necesita la clave privada</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="189"/>
        <source>cannot start signing</source>
        <translation>no se puede iniciar la firma</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/signingkey.cpp" line="193"/>
        <location filename="../models/core/integrity/signingkey.cpp" line="196"/>
        <source>cannot sign</source>
        <translation>no se puede firmar</translation>
    </message>
</context>
<context>
    <name>crossroads::SnapshotBlob</name>
    <message>
        <location filename="../models/core/history/snapshotblob.cpp" line="21"/>
        <source>larger than %1 MiB; not a Crossroads snapshot</source>
        <translation>de más de %1 MiB; no es una instantánea de Crossroads</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotblob.cpp" line="25"/>
        <source>byte %1</source>
        <translation>byte %1</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotblob.cpp" line="26"/>
        <source>not a Crossroads snapshot: %1</source>
        <translation>no es una instantánea de Crossroads: %1</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotblob.cpp" line="31"/>
        <source>not a Crossroads snapshot: schema is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>no es una instantánea de Crossroads: el esquema es &quot;%1&quot;, se esperaba &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotblob.cpp" line="38"/>
        <source>side must be &quot;dev&quot; or &quot;prod&quot;, not &quot;%1&quot;</source>
        <translation>side debe ser &quot;dev&quot; o &quot;prod&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotblob.cpp" line="48"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>no se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotblob.cpp" line="54"/>
        <source>cannot write a temporary copy: %1</source>
        <translation>no se puede escribir una copia temporal: %1</translation>
    </message>
</context>
<context>
    <name>crossroads::SnapshotCommitter</name>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="135"/>
        <source>a commit needs a message</source>
        <translation>una confirmación necesita un mensaje</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="152"/>
        <source>&quot;%1&quot; is not a valid branch name</source>
        <translation>&quot;%1&quot; no es un nombre de rama válido</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="159"/>
        <source>branch %1 is locked by another git process (%2 exists); try again when it has finished, or remove the stale lock file</source>
        <translation>la rama %1 está bloqueada por otro proceso de git (existe %2); inténtelo de nuevo cuando termine o elimine el archivo de bloqueo obsoleto</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="168"/>
        <source>the index is locked by another git process (%1 exists); try again when it has finished, or remove the stale lock file</source>
        <translation>el índice está bloqueado por otro proceso de git (existe %1); inténtelo de nuevo cuando termine o elimine el archivo de bloqueo obsoleto</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="178"/>
        <source>no author: set user.name and user.email in the repository&apos;s git config (git config user.name …)</source>
        <translation>no hay autor: configure user.name y user.email en la configuración de git del repositorio (git config user.name …)</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="193"/>
        <source>branch %1 does not exist (%2); check the name, or start it from HEAD with --new-branch</source>
        <translation>la rama %1 no existe (%2); revise el nombre, o iníciela desde HEAD con --new-branch</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="195"/>
        <source>the repository has no branch yet</source>
        <translation>el repositorio aún no tiene ramas</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="195"/>
        <source>branches: %1</source>
        <translation>ramas: %1</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="205"/>
        <source>cannot read branch %1</source>
        <translation>no se puede leer la rama %1</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="218"/>
        <source>cannot read the tree of branch %1</source>
        <translation>no se puede leer el árbol de la rama %1</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="256"/>
        <source>cannot read the state of %1 in the working tree</source>
        <translation>no se puede leer el estado de %1 en el árbol de trabajo</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="259"/>
        <source>%1 has changes that are not committed (git status shows them); commit or discard them first, or commit the snapshot to another branch with --branch; nothing was committed</source>
        <translation>%1 tiene cambios sin confirmar (git status los muestra); confírmelos o descártelos primero, o confirme la instantánea en otra rama con --branch; no se confirmó nada</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="268"/>
        <source>cannot store the snapshot</source>
        <translation>no se puede almacenar la instantánea</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="275"/>
        <source>cannot read the new tree</source>
        <translation>no se puede leer el nuevo árbol</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="285"/>
        <source>cannot write the commit</source>
        <translation>no se puede escribir la confirmación</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="299"/>
        <source>branch %1 moved while the snapshot was being committed; nothing was changed, try again</source>
        <translation>la rama %1 se movió mientras se confirmaba la instantánea; no se ha cambiado nada, inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="303"/>
        <source>cannot update branch %1</source>
        <translation>no se puede actualizar la rama %1</translation>
    </message>
    <message>
        <location filename="../models/core/history/snapshotcommitter.cpp" line="316"/>
        <source>git could not update the file</source>
        <translation>git no pudo actualizar el archivo</translation>
    </message>
</context>
<context>
    <name>crossroads::TextReport</name>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="114"/>
        <source>Crossroads: dev &quot;%1&quot; vs prod &quot;%2&quot;</source>
        <translation>Crossroads: dev &quot;%1&quot; frente a prod &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="115"/>
        <source>Pod Security judged at Kubernetes %1%2
</source>
        <translation>Pod Security evaluado según Kubernetes %1%2
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="116"/>
        <source> (no node version in the input; assumed latest)</source>
        <translation> (la entrada no indica la versión de los nodos; se asume la más reciente)</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="117"/>
        <source>Pairs: %1</source>
        <translation>Pares: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="129"/>
        <source>: containers %1</source>
        <translation>: contenedores %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="139"/>
        <source>… %1 more</source>
        <translation>… %1 más</translation>
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
        <translation> (contenedor init)</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="158"/>
        <source>Map pair unused: %1
</source>
        <translation>Par del mapa sin usar: %1
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="227"/>
        <location filename="../models/core/report/textreport.cpp" line="282"/>
        <source>SKIPPED</source>
        <translation>OMITIDO</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="140"/>
        <source>Unpaired %1 (judged on their own): %2
</source>
        <translation>Sin emparejar en %1 (se juzgan por sí mismos): %2
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="153"/>
        <source>Containers in %1 only (judged on their own): %2
</source>
        <translation>Contenedores solo en %1 (se juzgan por sí mismos): %2
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="167"/>
        <source>Results: %1
</source>
        <translation>Resultados: %1
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="176"/>
        <location filename="../models/core/report/textreport.cpp" line="278"/>
        <source>Policy: %1 · %2 waived
</source>
        <translation>Política: %1 · %2 exentas
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="176"/>
        <location filename="../models/core/report/textreport.cpp" line="278"/>
        <source>No policy; in-manifest annotations waive %1
</source>
        <translation>Sin política; las anotaciones del manifiesto eximen %1
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="202"/>
        <location filename="../models/core/report/textreport.cpp" line="268"/>
        <source>new since the baseline</source>
        <translation>nueva desde la línea base</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="206"/>
        <source>      waived (%1, was %2) by %3 until %4: %5%6
</source>
        <translation>      exenta (%1, era %2) por %3 hasta el %4: %5%6
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="209"/>
        <source>      waiver %1 expired on %2; the gap counts again
</source>
        <translation>      la exención %1 caducó el %2; la brecha vuelve a contar
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="220"/>
        <source>      fix %1
</source>
        <translation>      corrección %1
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="223"/>
        <source>  %1 result(s) unknown: the inputs do not say (see --format json)
</source>
        <translation>  %1 resultado(s) desconocido(s): las entradas no lo indican (véase --format json)
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="236"/>
        <source>Crossroads check: %1 side &quot;%2&quot; — %3 workload(s), %4 container(s)</source>
        <translation>Comprobación de Crossroads: lado %1 &quot;%2&quot; — %3 carga(s) de trabajo, %4 contenedor(es)</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="242"/>
        <source>Incomplete: %1 input file(s) could not be read and are not judged (listed under Skipped).</source>
        <translation>Incompleto: %1 archivo(s) de entrada no se pudieron leer y no se juzgan (aparecen en Omitido).</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="258"/>
        <source>(engine)</source>
        <translation>(motor)</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="261"/>
        <source>WAIVED</source>
        <translation>EXENTO</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="261"/>
        <source>FAIL</source>
        <translation>FALLA</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="271"/>
        <source>      accepted by %1 (%2, until %3): %4
</source>
        <translation>      aceptado por %1 (%2, hasta el %3): %4
</translation>
    </message>
    <message>
        <location filename="../models/core/report/textreport.cpp" line="276"/>
        <source>%1 pass · %2 fail · %3 unknown
</source>
        <translation>%1 superadas · %2 fallidas · %3 desconocidas
</translation>
    </message>
</context>
<context>
    <name>crossroads::TrainingScenario</name>
    <message>
        <location filename="../models/core/training/trainingscenario.cpp" line="101"/>
        <source>a scenario needs id, title, dev and prod</source>
        <translation>un escenario necesita id, title, dev y prod</translation>
    </message>
    <message>
        <location filename="../models/core/training/trainingscenario.cpp" line="104"/>
        <source>a scenario needs at least one step</source>
        <translation>un escenario necesita al menos un paso</translation>
    </message>
    <message>
        <location filename="../models/core/training/trainingscenario.cpp" line="113"/>
        <source>a step needs gap, title, narrative, for_developers and for_operations</source>
        <translation>un paso necesita gap, title, narrative, for_developers y for_operations</translation>
    </message>
    <message>
        <location filename="../models/core/training/trainingscenario.cpp" line="129"/>
        <source>expected a list of scenario folders</source>
        <translation>se esperaba una lista de carpetas de escenarios</translation>
    </message>
</context>
<context>
    <name>crossroads::TrainingView</name>
    <message>
        <location filename="../views/trainingview.cpp" line="51"/>
        <source>← &amp;Previous</source>
        <translation>← A&amp;nterior</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="52"/>
        <source>&amp;Next →</source>
        <translation>&amp;Siguiente →</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="53"/>
        <source>Show in &amp;matrix</source>
        <translation>Mostrar en la &amp;matriz</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="58"/>
        <source>&lt;h2&gt;Training mode&lt;/h2&gt;&lt;p&gt;Each scenario opens a small dev and prod environment and walks through its gaps one by one, in plain words, with what developers and operations each change. Pick one and press Enter.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Modo formación&lt;/h2&gt;&lt;p&gt;Cada escenario abre un pequeño entorno de desarrollo y otro de producción y recorre sus brechas una a una, en lenguaje llano, indicando qué debe cambiar desarrollo y qué debe cambiar operaciones. Elija uno y pulse Intro.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="62"/>
        <source>Training scenarios</source>
        <translation>Escenarios de formación</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="72"/>
        <source>The bundled scenarios could not be read: %1</source>
        <translation>No se pudieron leer los escenarios incluidos: %1</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="76"/>
        <source>&amp;Start scenario</source>
        <translation>&amp;Iniciar escenario</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="100"/>
        <source>Step title</source>
        <translation>Título del paso</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="101"/>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="104"/>
        <source>All scenarios</source>
        <translation>Todos los escenarios</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="102"/>
        <location filename="../views/trainingview.cpp" line="115"/>
        <source>Developers change</source>
        <translation>Cambios para desarrollo</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="103"/>
        <location filename="../views/trainingview.cpp" line="116"/>
        <source>Operations change</source>
        <translation>Cambios para operaciones</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="212"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../views/trainingview.cpp" line="222"/>
        <source>This step&apos;s gap is not in the loaded comparison.</source>
        <translation>La brecha de este paso no está en la comparación cargada.</translation>
    </message>
</context>
<context>
    <name>crossroads::TrustedKeys</name>
    <message>
        <location filename="../models/core/integrity/trustedkeys.cpp" line="24"/>
        <source>cannot open the key: %1</source>
        <translation>no se puede abrir la clave: %1</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/trustedkeys.cpp" line="26"/>
        <source>too large to be a key file</source>
        <translation>demasiado grande para ser un archivo de clave</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/trustedkeys.cpp" line="29"/>
        <source>holds a private key; only public keys (.pub) belong among the trusted keys</source>
        <translation>contiene una clave privada; entre las claves de confianza solo van claves públicas (.pub)</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/trustedkeys.cpp" line="89"/>
        <source>cannot create the trusted-keys folder</source>
        <translation>no se puede crear la carpeta de claves de confianza</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/trustedkeys.cpp" line="95"/>
        <source>another key is trusted under this name; give the new key another file name</source>
        <translation>ya hay otra clave de confianza con este nombre; dé otro nombre de archivo a la clave nueva</translation>
    </message>
    <message>
        <location filename="../models/core/integrity/trustedkeys.cpp" line="96"/>
        <location filename="../models/core/integrity/trustedkeys.cpp" line="101"/>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>crossroads::UserGuideDialog</name>
    <message>
        <location filename="../views/userguidedialog.cpp" line="20"/>
        <source>Crossroads user guide</source>
        <translation>Guía de usuario de Crossroads</translation>
    </message>
    <message>
        <location filename="../views/userguidedialog.cpp" line="22"/>
        <source>User guide</source>
        <translation>Guía de usuario</translation>
    </message>
    <message>
        <location filename="../views/userguidedialog.cpp" line="27"/>
        <source>The user guide is missing from this build (%1).</source>
        <translation>Esta compilación no incluye la guía de usuario (%1).</translation>
    </message>
</context>
<context>
    <name>crossroads::Waiver</name>
    <message>
        <location filename="../models/core/policy/waiver.cpp" line="10"/>
        <source>the annotation is removed</source>
        <translation>que se quite la anotación</translation>
    </message>
</context>
<context>
    <name>crossroads::WaiverDialog</name>
    <message>
        <location filename="../views/waiverdialog.cpp" line="38"/>
        <source>Accept a risk: add waiver %1</source>
        <translation>Aceptar un riesgo: añadir la exención %1</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="39"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 ⇄ %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 ⇄ %3</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="45"/>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="46"/>
        <source>Development only</source>
        <translation>Solo desarrollo</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="47"/>
        <source>Production only</source>
        <translation>Solo producción</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="50"/>
        <source>A name or a wildcard pattern on namespace/name, e.g. shop/*</source>
        <translation>Un nombre o un patrón con comodines sobre espacio de nombres/nombre, p. ej. shop/*</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="53"/>
        <source>Who answers for this risk</source>
        <translation>Quién responde de este riesgo</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="54"/>
        <source>Why it is acceptable until the expiry date</source>
        <translation>Por qué es aceptable hasta la fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="55"/>
        <source>Optional: issue or change ticket</source>
        <translation>Opcional: ticket de incidencia o de cambio</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="62"/>
        <source>Choose or create…</source>
        <translation>Elegir o crear…</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="64"/>
        <source>Policy file for the waiver</source>
        <translation>Archivo de política para la exención</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="64"/>
        <source>Policy files (*.json)</source>
        <translation>Archivos de política (*.json)</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="77"/>
        <source>&amp;Check:</source>
        <translation>C&amp;omprobación:</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="78"/>
        <source>&amp;Workload:</source>
        <translation>&amp;Carga de trabajo:</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="79"/>
        <source>&amp;Side:</source>
        <translation>&amp;Lado:</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="80"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="81"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="82"/>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="83"/>
        <source>&amp;Expires:</source>
        <translation>Ca&amp;duca:</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="85"/>
        <source>Policy &amp;file:</source>
        <translation>&amp;Archivo de política:</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="94"/>
        <source>Write waiver</source>
        <translation>Escribir exención</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="108"/>
        <source>Choose the policy file the waiver is written to.</source>
        <translation>Elija el archivo de política en el que se escribirá la exención.</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="109"/>
        <source>Waiver %1 will be added to %2; nothing else in the file changes.</source>
        <translation>La exención %1 se añadirá a %2; no cambia nada más en el archivo.</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="110"/>
        <source>%1 will be created as a policy holding waiver %2.</source>
        <translation>%1 se creará como una política que contiene la exención %2.</translation>
    </message>
    <message>
        <location filename="../views/waiverdialog.cpp" line="153"/>
        <source>cannot create: %1</source>
        <translation>no se puede crear: %1</translation>
    </message>
</context>
<context>
    <name>crossroads::WelcomePage</name>
    <message>
        <location filename="../views/welcomepage.cpp" line="25"/>
        <source>Development side</source>
        <translation>Lado de desarrollo</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="26"/>
        <source>Production side</source>
        <translation>Lado de producción</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="25"/>
        <source>Drop podman or docker inspect and info output, compose files or saved snapshots here, or add them below.</source>
        <translation>Suelte aquí salidas de podman o docker inspect e info, archivos compose o instantáneas guardadas, o añádalos abajo.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="26"/>
        <source>Drop Kubernetes manifests, kubectl get -o json output or a folder of them here, or add them below.</source>
        <translation>Suelte aquí manifiestos de Kubernetes, salidas de kubectl get -o json o una carpeta que los contenga, o añádalos abajo.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="22"/>
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="27"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="37"/>
        <source>&lt;h1&gt;Crossroads&lt;/h1&gt;&lt;p&gt;Where development and production part ways: compare the security posture of a Podman, Docker or compose environment with the Kubernetes one it ships to — runtime, namespaces, network, secrets and image supply chain.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Crossroads&lt;/h1&gt;&lt;p&gt;Donde desarrollo y producción se separan: compare la postura de seguridad de un entorno Podman, Docker o compose con la del entorno Kubernetes al que se despliega — tiempo de ejecución, espacios de nombres, red, secretos y cadena de suministro de imágenes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="48"/>
        <source>A rootless Podman dev side against a Kubernetes 1.30 prod side</source>
        <translation>Un lado de desarrollo con Podman sin root (rootless) frente a un lado de producción con Kubernetes 1.30</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="23"/>
        <source>Co&amp;llect local engine</source>
        <translation>&amp;Recopilar motor local</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="51"/>
        <source>Read the local Podman or Docker engine as the development side</source>
        <translation>Leer el motor Podman o Docker local como lado de desarrollo</translation>
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
        <location filename="../views/welcomepage.cpp" line="24"/>
        <source>&amp;Training scenarios</source>
        <translation>&amp;Escenarios de formación</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="29"/>
        <source>Loaded now</source>
        <translation>Cargado ahora</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="71"/>
        <source>Development:</source>
        <translation>Desarrollo:</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="73"/>
        <source>Production:</source>
        <translation>Producción:</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="89"/>
        <source>Import both sides and compare them</source>
        <translation>Importar ambos lados y compararlos</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="91"/>
        <location filename="../views/welcomepage.cpp" line="93"/>
        <source>Recent comparisons</source>
        <translation>Comparaciones recientes</translation>
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
        <translation>Desarrollo: %1
Producción: %2</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="144"/>
        <source>No recent comparisons yet.</source>
        <translation>Todavía no hay comparaciones recientes.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="153"/>
        <source>bundled %1</source>
        <translation>%1 (incluido)</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="170"/>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="171"/>
        <source>%1 in the repository %2</source>
        <translation>%1 en el repositorio %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/welcomepage.cpp" line="181"/>
        <source>%1, %2 and %n more</source>
        <translation>
            <numerusform>%1, %2 y %n más</numerusform>
            <numerusform>%1, %2 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="183"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="190"/>
        <source>loaded %1</source>
        <translation>cargada el %1</translation>
    </message>
</context>
<context>
    <name>crossroads::WorkspaceKey</name>
    <message>
        <location filename="../models/core/secrets/workspacekey.cpp" line="75"/>
        <source>the system random generator failed</source>
        <translation>ha fallado el generador aleatorio del sistema</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/workspacekey.cpp" line="84"/>
        <source>cannot create the key file: %1</source>
        <translation>no se puede crear el archivo de clave: %1</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/workspacekey.cpp" line="89"/>
        <source>cannot write the key file: %1</source>
        <translation>no se puede escribir el archivo de clave: %1</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/workspacekey.cpp" line="97"/>
        <source>cannot read the key file: %1</source>
        <translation>no se puede leer el archivo de clave: %1</translation>
    </message>
    <message>
        <location filename="../models/core/secrets/workspacekey.cpp" line="109"/>
        <source>the key file holds fewer than 16 bytes</source>
        <translation>el archivo de clave contiene menos de 16 bytes</translation>
    </message>
</context>
<context>
    <name>crossroads::cli</name>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="58"/>
        <source>warning: %1; credentials are classified but not fingerprinted</source>
        <translation>aviso: %1; las credenciales se clasifican, pero no se calcula su huella</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="68"/>
        <source>unknown severity &quot;%1&quot;; use low, medium, high or critical</source>
        <translation>gravedad desconocida &quot;%1&quot;; use low, medium, high o critical</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="84"/>
        <source>cannot read Kubernetes version &quot;%1&quot;; write it like v1.31</source>
        <translation>no se puede interpretar la versión de Kubernetes &quot;%1&quot;; escríbala como v1.31</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="121"/>
        <source>--side must be dev or prod</source>
        <translation>--side debe ser dev o prod</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="158"/>
        <location filename="../app/cli/clisupport.cpp" line="176"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="216"/>
        <source>reading</source>
        <translation>leyendo</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="247"/>
        <source>skipped file: %1</source>
        <translation>archivo omitido: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="23"/>
        <source>Compare a development environment with a production one.</source>
        <translation>Comparar un entorno de desarrollo con uno de producción.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="24"/>
        <source>Development inputs: files or folders (several may follow).</source>
        <translation>Entradas de desarrollo: archivos o carpetas (pueden indicarse varios).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="24"/>
        <location filename="../app/cli/comparecommand.cpp" line="25"/>
        <location filename="../app/cli/historycommand.cpp" line="221"/>
        <location filename="../app/cli/historycommand.cpp" line="224"/>
        <location filename="../app/cli/historycommand.cpp" line="226"/>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="25"/>
        <source>Production inputs: files or folders (several may follow).</source>
        <translation>Entradas de producción: archivos o carpetas (pueden indicarse varios).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="26"/>
        <source>Explicit dev→prod workload pairs (JSON or YAML).</source>
        <translation>Pares explícitos de cargas de trabajo desarrollo→producción (JSON o YAML).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="33"/>
        <source>Read --dev, --prod and --baseline values written REV:PATH from this git repository.</source>
        <translation>Leer de este repositorio git los valores de --dev, --prod y --baseline escritos REV:RUTA.</translation>
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
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="291"/>
        <source>--ask-passphrase needs a terminal; use --passphrase-file</source>
        <translation>--ask-passphrase necesita un terminal; use --passphrase-file</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="187"/>
        <source>could not write the snapshot to standard output</source>
        <translation>no se pudo escribir la instantánea en la salida estándar</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="169"/>
        <source>could not write to standard output: %1</source>
        <translation>no se pudo escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="201"/>
        <source>wrote %1: %2 snapshot, %3 workload(s), %4 container(s) from %5 input(s)</source>
        <translation>escrito %1: instantánea %2, %3 carga(s) de trabajo, %4 contenedor(es) de %5 entrada(s)</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="295"/>
        <source>the passphrases differ</source>
        <translation>las frases de contraseña no coinciden</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="299"/>
        <source>empty passphrase</source>
        <translation>frase de contraseña vacía</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="308"/>
        <source>%1: cannot open the passphrase file: %2</source>
        <translation>%1: no se puede abrir el archivo de frase de contraseña: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="315"/>
        <source>%1: the passphrase file is empty</source>
        <translation>%1: el archivo de frase de contraseña está vacío</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="341"/>
        <source>Read the key&apos;s passphrase from the first line of FILE.</source>
        <translation>Leer la frase de contraseña de la clave de la primera línea de ARCHIVO.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="342"/>
        <source>Ask for the key&apos;s passphrase on the terminal.</source>
        <translation>Pedir la frase de contraseña de la clave en el terminal.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="352"/>
        <source>--format pdf needs -o FILE.pdf</source>
        <translation>--format pdf necesita -o ARCHIVO.pdf</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clisupport.cpp" line="392"/>
        <source>wrote %1: %n open finding(s)</source>
        <translation>
            <numerusform>escrito %1: %n hallazgo abierto</numerusform>
            <numerusform>escrito %1: %n hallazgos abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clisupport.cpp" line="397"/>
        <source>; %n new at or above %1, exit 1</source>
        <translation>
            <numerusform>; %n nuevo de gravedad %1 o superior, salida 1</numerusform>
            <numerusform>; %n nuevos de gravedad %1 o superior, salida 1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clisupport.cpp" line="397"/>
        <source>; %n at or above %1, exit 1</source>
        <translation>
            <numerusform>; %n de gravedad %1 o superior, salida 1</numerusform>
            <numerusform>; %n de gravedad %1 o superior, salida 1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="398"/>
        <source>; none new at or above %1</source>
        <translation>; ninguno nuevo de gravedad %1 o superior</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="398"/>
        <source>; none at or above %1</source>
        <translation>; ninguno de gravedad %1 o superior</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="27"/>
        <source>Compare the bundled demo scenario.</source>
        <translation>Comparar el escenario de demostración incluido.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="28"/>
        <source>A previous report (--format json or sarif) to mark gaps new, unchanged, updated or absent; with --repo also REV:PATH.</source>
        <translation>Un informe anterior (--format json o sarif) con el que marcar las brechas como nuevas, sin cambios, actualizadas o ausentes; con --repo también REV:PATH.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="30"/>
        <source>Exit 1 only for gaps that fail now and did not before (needs --baseline; --fail-on sets the severity).</source>
        <translation>Salir con código 1 solo por brechas que fallan ahora y antes no fallaban (necesita --baseline; --fail-on fija la gravedad).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="31"/>
        <source>Also sign the report written with -o: FILE.sig (see crossroads-cli sign).</source>
        <translation>Firmar también el informe escrito con -o: ARCHIVO.sig (véase crossroads-cli sign).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="31"/>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="307"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="36"/>
        <source>Output format: text, json, sarif, markdown, html or pdf (pdf needs -o).</source>
        <translation>Formato de salida: text, json, sarif, markdown, html o pdf (pdf necesita -o).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="50"/>
        <source>compare needs --dev PATH… and --prod PATH… (or --demo); see crossroads-cli compare --help</source>
        <translation>compare necesita --dev RUTA… y --prod RUTA… (o --demo); véase crossroads-cli compare --help</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="79"/>
        <source>--fail-on-new needs --baseline PREVIOUS.json</source>
        <translation>--fail-on-new necesita --baseline ANTERIOR.json</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="108"/>
        <source>--today must be a date like 2026-12-31</source>
        <translation>--today debe ser una fecha como 2026-12-31</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clisupport.cpp" line="255"/>
        <source>%n input file(s) could not be read (see above): exit status 2</source>
        <translation>
            <numerusform>no se pudo leer %n archivo de entrada (véase más arriba): estado de salida 2</numerusform>
            <numerusform>no se pudieron leer %n archivos de entrada (véase más arriba): estado de salida 2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="62"/>
        <location filename="../app/cli/comparecommand.cpp" line="70"/>
        <source>--source-root applies to --format sarif</source>
        <translation>--source-root solo se aplica a --format sarif</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="66"/>
        <location filename="../app/cli/comparecommand.cpp" line="74"/>
        <source>%1: no such folder (--source-root)</source>
        <translation>%1: no existe esa carpeta (--source-root)</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="89"/>
        <source>--sign-key needs -o FILE</source>
        <translation>--sign-key necesita -o ARCHIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="108"/>
        <source>%1 is a report of check (the %2 side alone), whose findings a comparison never has; give a report of compare as --baseline</source>
        <translation>%1 es un informe de check (solo el lado %2), cuyos hallazgos una comparación nunca tiene; indique un informe de compare como --baseline</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="130"/>
        <source>%1: a pair paired nothing: %2</source>
        <translation>%1: un par no emparejó nada: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="37"/>
        <source>Check one environment against the rule catalogue.</source>
        <translation>Comprobar un entorno con el catálogo de reglas.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="38"/>
        <location filename="../app/cli/collectcommand.cpp" line="15"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="14"/>
        <source>side</source>
        <translation>lado</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="38"/>
        <source>Which side the inputs describe: dev or prod (default: the side saved snapshots were recorded for; prod when every workload read is a Kubernetes object and no local engine was read; else dev; it decides which policy waivers and requirements apply).</source>
        <translation>Qué lado describen las entradas: dev o prod (predeterminado: el lado para el que se registraron las instantáneas guardadas; prod cuando toda carga de trabajo leída es un objeto de Kubernetes y no se leyó ningún motor local; si no, dev; decide qué exenciones y requisitos de la política se aplican).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="39"/>
        <source>A previous check report (--format json or sarif) to mark failures new, unchanged, updated or absent.</source>
        <translation>Un informe anterior de check (--format json o sarif) para marcar los fallos como nuevos, sin cambios, actualizados o desaparecidos.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="40"/>
        <source>Exit 1 only for failures that are new since --baseline (--fail-on sets the severity).</source>
        <translation>Salir con 1 solo por fallos nuevos desde --baseline (--fail-on fija la gravedad).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="43"/>
        <source>Output format: text, json (every result), sarif, markdown, html or pdf (the failures; pdf needs -o).</source>
        <translation>Formato de salida: text, json (todos los resultados), sarif, markdown, html o pdf (los fallos; pdf necesita -o).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="45"/>
        <source>A policy file to apply (repeat for several, merged in order; builtin:pss-restricted and builtin:cis-docker-5 are bundled).</source>
        <translation>Un archivo de política que aplicar (repita la opción para varios, combinados en orden; builtin:pss-restricted y builtin:cis-docker-5 vienen incluidos).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="46"/>
        <location filename="../app/cli/comparecommand.cpp" line="37"/>
        <source>Write to FILE instead of standard output; without --format, its extension chooses the format (.json, .sarif, .md, .html, .pdf).</source>
        <translation>Escribir en ARCHIVO en lugar de la salida estándar; sin --format, su extensión elige el formato (.json, .sarif, .md, .html, .pdf).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="49"/>
        <source>Files or folders to check.</source>
        <translation>Archivos o carpetas que comprobar.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="49"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="25"/>
        <source>PATH…</source>
        <translation>RUTA…</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="56"/>
        <source>check needs at least one PATH; see crossroads-cli check --help</source>
        <translation>check necesita al menos una RUTA; véase crossroads-cli check --help</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="71"/>
        <source>--fail-on-new needs --baseline PREVIOUS.json (or .sarif)</source>
        <translation>--fail-on-new necesita --baseline ANTERIOR.json (o .sarif)</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="109"/>
        <source>%1 is a report of check on the %2 side, and this check judges the %3 side; give a report of the same side as --baseline</source>
        <translation>%1 es un informe de check del lado %2, y esta comprobación juzga el lado %3; indique un informe del mismo lado como --baseline</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="111"/>
        <source>%1 is a report of compare, whose findings pair two sides; give a report of check (--format json or sarif) as --baseline</source>
        <translation>%1 es un informe de compare, cuyos hallazgos emparejan dos lados; indique un informe de check (--format json o sarif) como --baseline</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="13"/>
        <source>Save a sanitized snapshot of one environment (no secret values, only keyed fingerprints).</source>
        <translation>Guardar una instantánea saneada de un entorno (sin valores secretos, solo huellas con clave).</translation>
    </message>
    <message>
        <location filename="../app/cli/collectcommand.cpp" line="15"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="14"/>
        <source>dev or prod.</source>
        <translation>dev o prod.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="15"/>
        <source>A name for the snapshot.</source>
        <translation>Un nombre para la instantánea.</translation>
    </message>
    <message>
        <location filename="../app/cli/signcommand.cpp" line="15"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="15"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="17"/>
        <source>Commit the snapshot to a git repository (with --repo, --path and -m).</source>
        <translation>Confirmar la instantánea en un repositorio git (con --repo, --path y -m).</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="18"/>
        <source>With --commit: the git repository (working tree or bare).</source>
        <translation>Con --commit: el repositorio git (con árbol de trabajo o bare).</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="19"/>
        <source>With --commit: the snapshot&apos;s path in the repository.</source>
        <translation>Con --commit: la ruta de la instantánea en el repositorio.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="19"/>
        <source>path-in-repo</source>
        <translation>ruta-en-repo</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="20"/>
        <source>With --commit: the commit message.</source>
        <translation>Con --commit: el mensaje del commit.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="20"/>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="30"/>
        <source>--repo, --path, -m, --branch and --new-branch go with --commit</source>
        <translation>--repo, --path, -m, --branch y --new-branch van con --commit</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="21"/>
        <source>branch</source>
        <translation>rama</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="21"/>
        <source>With --commit: the branch to commit to (default: the current one); it must exist.</source>
        <translation>Con --commit: la rama en la que confirmar (por defecto: la actual); debe existir.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="22"/>
        <source>With --commit --branch: start the branch from HEAD when it does not exist yet.</source>
        <translation>Con --commit --branch: iniciar la rama desde HEAD si aún no existe.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="23"/>
        <source>The snapshot file to write (FILE.crossroads.json); with --commit, also kept here.</source>
        <translation>El archivo de instantánea que escribir (ARCHIVO.crossroads.json); con --commit, también se conserva aquí.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="25"/>
        <source>Files or folders to import.</source>
        <translation>Archivos o carpetas que importar.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="37"/>
        <source>snapshot needs PATH… and -o FILE.crossroads.json</source>
        <translation>snapshot necesita RUTA… y -o ARCHIVO.crossroads.json</translation>
    </message>
    <message>
        <location filename="../app/cli/collectcommand.cpp" line="14"/>
        <source>Read the local Podman or Docker engine into a snapshot.</source>
        <translation>Leer el motor Podman o Docker local en una instantánea.</translation>
    </message>
    <message>
        <location filename="../app/cli/collectcommand.cpp" line="16"/>
        <source>Write the snapshot to FILE instead of standard output (FILE.crossroads.json; crossroads-cli check FILE judges it).</source>
        <translation>Escribir la instantánea en FILE en lugar de la salida estándar (FILE.crossroads.json; crossroads-cli check FILE la evalúa).</translation>
    </message>
    <message>
        <location filename="../app/cli/collectcommand.cpp" line="18"/>
        <source>podman or docker</source>
        <translation>podman o docker</translation>
    </message>
    <message>
        <location filename="../app/cli/collectcommand.cpp" line="23"/>
        <source>collect needs the engine: crossroads-cli collect podman|docker [-o FILE]</source>
        <translation>collect necesita el motor: crossroads-cli collect podman|docker [-o ARCHIVO]</translation>
    </message>
    <message>
        <location filename="../app/cli/collectcommand.cpp" line="28"/>
        <source>unknown engine &quot;%1&quot;; collect reads podman or docker</source>
        <translation>motor desconocido «%1»; collect lee podman o docker</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="14"/>
        <source>Create an Ed25519 signing key: KEY (private, mode 0600) and KEY.pub (public, for verifiers).</source>
        <translation>Crear una clave de firma Ed25519: CLAVE (privada, modo 0600) y CLAVE.pub (pública, para quienes verifican).</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="16"/>
        <source>Also trust the new key on this machine: copy KEY.pub into the trusted-keys folder (%1).</source>
        <translation>Confiar además en la clave nueva en este equipo: copiar KEY.pub en la carpeta de claves de confianza (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="17"/>
        <source>Write the private key to FILE (mode 0600) and the public key to FILE.pub.</source>
        <translation>Escribir la clave privada en ARCHIVO (modo 0600) y la pública en ARCHIVO.pub.</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="23"/>
        <source>keygen needs -o KEY</source>
        <translation>keygen necesita -o CLAVE</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="42"/>
        <source>wrote %1 (private, keep it safe) and %1.pub; key id %2</source>
        <translation>se han escrito %1 (privada, guárdela en lugar seguro) y %1.pub; id de clave %2</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="44"/>
        <source>verifiers trust it with: crossroads-cli trust %1.pub</source>
        <translation>quien verifique confía en ella con: crossroads-cli trust %1.pub</translation>
    </message>
    <message>
        <location filename="../app/cli/keygencommand.cpp" line="52"/>
        <location filename="../app/cli/trustcommand.cpp" line="48"/>
        <source>trusted key %1 (%2)</source>
        <translation>clave de confianza %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/signcommand.cpp" line="13"/>
        <source>Sign a file (a report, a snapshot): writes a detached FILE.sig with its SHA-256, the key id, the signer and the time.</source>
        <translation>Firmar un archivo (un informe, una instantánea): escribe un ARCHIVO.sig separado con su SHA-256, el id de la clave, el firmante y la hora.</translation>
    </message>
    <message>
        <location filename="../app/cli/signcommand.cpp" line="14"/>
        <source>The private signing key (from crossroads-cli keygen).</source>
        <translation>La clave privada de firma (de crossroads-cli keygen).</translation>
    </message>
    <message>
        <location filename="../app/cli/signcommand.cpp" line="15"/>
        <source>Who signs (default: user@host).</source>
        <translation>Quién firma (predeterminado: usuario@host).</translation>
    </message>
    <message>
        <location filename="../app/cli/signcommand.cpp" line="18"/>
        <source>The file to sign.</source>
        <translation>El archivo que firmar.</translation>
    </message>
    <message>
        <location filename="../app/cli/signcommand.cpp" line="23"/>
        <source>sign needs FILE --key KEY</source>
        <translation>sign necesita ARCHIVO --key CLAVE</translation>
    </message>
    <message>
        <location filename="../app/cli/signcommand.cpp" line="40"/>
        <source>wrote %1: SHA-256 %2, key %3, signer %4</source>
        <translation>se ha escrito %1: SHA-256 %2, clave %3, firmante %4</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="14"/>
        <source>Verify a file against its detached signature and the keys you trust. Exit 0 valid and made by a trusted key; 1 invalid, tampered or made by a key that is not trusted; 2 usage or unreadable.</source>
        <translation>Verificar un archivo con su firma separada y las claves de su confianza. Sale con 0 si es válida y está hecha con una clave de confianza; 1 si no es válida, se ha manipulado o está hecha con una clave que no es de confianza; 2 si hay un error de uso o no se puede leer.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="18"/>
        <source>Trust this public key (repeat for several); then only these are trusted and the trusted-keys folder (%1) is not read.</source>
        <translation>Confiar en esta clave pública (repítalo para varias); entonces solo se confía en ellas y no se lee la carpeta de claves de confianza (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/trustcommand.cpp" line="14"/>
        <source>Trust public keys: copies each KEY.pub into the trusted-keys folder (%1), so that verify and the GUI accept signatures made with it. Compare the key id printed with the one the signer gave you.</source>
        <translation>Confiar en claves públicas: copia cada KEY.pub en la carpeta de claves de confianza (%1), para que verify y la interfaz gráfica acepten las firmas hechas con ella. Compare el id de clave que se muestra con el que le dio el firmante.</translation>
    </message>
    <message>
        <location filename="../app/cli/trustcommand.cpp" line="17"/>
        <source>List the trusted keys.</source>
        <translation>Listar las claves de confianza.</translation>
    </message>
    <message>
        <location filename="../app/cli/trustcommand.cpp" line="19"/>
        <source>Public key files (from crossroads-cli keygen: KEY.pub).</source>
        <translation>Archivos de clave pública (de crossroads-cli keygen: KEY.pub).</translation>
    </message>
    <message>
        <location filename="../app/cli/trustcommand.cpp" line="19"/>
        <source>KEY.pub…</source>
        <translation>CLAVE.pub…</translation>
    </message>
    <message>
        <location filename="../app/cli/trustcommand.cpp" line="24"/>
        <source>trust needs KEY.pub… or --list</source>
        <translation>trust necesita KEY.pub… o --list</translation>
    </message>
    <message>
        <location filename="../app/cli/trustcommand.cpp" line="32"/>
        <source>no trusted keys in %1</source>
        <translation>no hay claves de confianza en %1</translation>
    </message>
    <message>
        <location filename="../app/cli/trustcommand.cpp" line="48"/>
        <source>already trusted: key %1 (%2)</source>
        <translation>ya es de confianza: clave %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="16"/>
        <source>The signature (default: FILE.sig).</source>
        <translation>La firma (predeterminada: ARCHIVO.sig).</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="21"/>
        <source>The signed file.</source>
        <translation>El archivo firmado.</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="26"/>
        <source>verify needs FILE [--sig FILE.sig] [--pubkey KEY.pub]</source>
        <translation>verify necesita ARCHIVO [--sig ARCHIVO.sig] [--pubkey CLAVE.pub]</translation>
    </message>
    <message>
        <location filename="../app/cli/trustcommand.cpp" line="30"/>
        <location filename="../app/cli/verifycommand.cpp" line="43"/>
        <source>warning: %1; not trusted</source>
        <translation>aviso: %1; no es de confianza</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="59"/>
        <source>UNTRUSTED: %1; %2</source>
        <translation>NO ES DE CONFIANZA: %1; %2</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="61"/>
        <source>the key(s) given with --pubkey: %1</source>
        <translation>clave(s) indicada(s) con --pubkey: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="62"/>
        <source>if you know it is the signer&apos;s key, add its .pub to %1 (crossroads-cli trust KEY.pub) or pass --pubkey KEY.pub</source>
        <translation>si sabe que es la clave del firmante, añada su .pub a %1 (crossroads-cli trust KEY.pub) o indique --pubkey KEY.pub</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="69"/>
        <source>INVALID: %1</source>
        <translation>NO VÁLIDO: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="134"/>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="155"/>
        <source>note: %1 is a %2 snapshot and %3 a %4 one; use compare --repo to set dev against prod</source>
        <translation>nota: %1 es una instantánea de %2 y %3 una de %4; use compare --repo para enfrentar dev con prod</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="189"/>
        <source>%1 → %2: %3 worse, %4 appeared, %5 better, %6 disappeared
</source>
        <translation>%1 → %2: %3 empeoran, %4 aparecen, %5 mejoran, %6 desaparecen
</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="201"/>
        <source>engine</source>
        <translation>motor</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="216"/>
        <source>List the revisions of a git repository that touched saved snapshots, with the failing checks of every snapshot at each revision (each checked on its own, like crossroads-cli check).</source>
        <translation>Listar las revisiones de un repositorio git que modificaron instantáneas guardadas, con las comprobaciones fallidas de cada instantánea en cada revisión (cada una comprobada por separado, como crossroads-cli check).</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="219"/>
        <source>The git repository (working tree or bare).</source>
        <translation>El repositorio git (árbol de trabajo o bare).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="33"/>
        <location filename="../app/cli/historycommand.cpp" line="219"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="18"/>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="221"/>
        <source>Snapshot file, folder or glob (repeatable; default: *.crossroads.json).</source>
        <translation>Archivo, carpeta o patrón glob de instantáneas (repetible; predeterminado: *.crossroads.json).</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="223"/>
        <source>With --prod: count the failing gaps of this dev snapshot against the prod one at each revision.</source>
        <translation>Con --prod: contar las brechas fallidas de esta instantánea de desarrollo frente a la de producción en cada revisión.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="226"/>
        <source>With --dev: the prod snapshot&apos;s path in the repository.</source>
        <translation>Con --dev: la ruta de la instantánea de producción en el repositorio.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="228"/>
        <source>With --to: list the checks of one side that moved between two revisions.</source>
        <translation>Con --to: listar las comprobaciones de un lado que cambiaron entre dos revisiones.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="228"/>
        <location filename="../app/cli/historycommand.cpp" line="229"/>
        <source>REV:PATH</source>
        <translation>REV:PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="229"/>
        <source>With --from: the later snapshot.</source>
        <translation>Con --from: la instantánea posterior.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="232"/>
        <source>At most N revisions (default 50; 0: all).</source>
        <translation>Como máximo N revisiones (predeterminado 50; 0: todas).</translation>
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
        <translation>Omitir las N revisiones coincidentes más recientes.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="235"/>
        <source>Walk every branch and tag, not only HEAD.</source>
        <translation>Recorrer todas las ramas y etiquetas, no solo HEAD.</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="237"/>
        <source>Walk back from this revision instead of HEAD (repeatable).</source>
        <translation>Recorrer hacia atrás desde esta revisión en lugar de HEAD (repetible).</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="237"/>
        <source>rev</source>
        <translation>rev</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="257"/>
        <source>usage: crossroads-cli history --repo DIR [--path P… | --dev PATH --prod PATH] [--format text|json] [--limit N] [--offset N] [--all] [--rev REV]</source>
        <translation>uso: crossroads-cli history --repo DIR [--path P… | --dev RUTA --prod RUTA] [--format text|json] [--limit N] [--offset N] [--all] [--rev REV]</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="268"/>
        <source>history --from REV:PATH needs --to REV:PATH</source>
        <translation>history --from REV:PATH necesita --to REV:PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="282"/>
        <source>failing gaps (regression, fidelity, shared) of the dev snapshot against the prod one at the revision</source>
        <translation>brechas fallidas (regresión, fidelidad, compartidas) de la instantánea de desarrollo frente a la de producción en la revisión</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="283"/>
        <source>failing checks of every matching snapshot at the revision, each checked on its own</source>
        <translation>comprobaciones fallidas de cada instantánea coincidente en la revisión, cada una comprobada por separado</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="304"/>
        <source>%1: revisions touching %2, newest first; counts: %3
</source>
        <translation>%1: revisiones que modifican %2, de la más reciente a la más antigua; recuentos: %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="307"/>
        <source>revision</source>
        <translation>revisión</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="307"/>
        <source>refs, message</source>
        <translation>referencias, mensaje</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="311"/>
        <source>(no revision touched a snapshot file)
</source>
        <translation>(ninguna revisión modificó un archivo de instantánea)
</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="313"/>
        <source>… more revisions: --offset %1
</source>
        <translation>… más revisiones: --offset %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="331"/>
        <source>--repo needs a folder</source>
        <translation>--repo necesita una carpeta</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="341"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>no se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="374"/>
        <source>%1: not a path inside the repository</source>
        <translation>%1: no es una ruta dentro del repositorio</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="380"/>
        <source>%1: cannot write a temporary copy: %2</source>
        <translation>%1: no se puede escribir una copia temporal: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="410"/>
        <source>snapshot --commit needs --repo DIR --path PATH/IN/REPO.crossroads.json -m MESSAGE [--branch B [--new-branch]]</source>
        <translation>snapshot --commit necesita --repo DIR --path RUTA/EN/REPO.crossroads.json -m MENSAJE [--branch B [--new-branch]]</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="414"/>
        <source>--new-branch starts the branch --branch names; name it (--branch B --new-branch)</source>
        <translation>--new-branch crea la rama que nombra --branch; nómbrela (--branch B --new-branch)</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="441"/>
        <source>%1: cannot read the snapshot back: %2</source>
        <translation>%1: no se puede volver a leer la instantánea: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="457"/>
        <source>note: %1 does not end in .crossroads.json, so history lists it only when asked: history --repo %2 --path %1</source>
        <translation>nota: %1 no termina en .crossroads.json, así que history solo la muestra si se pide: history --repo %2 --path %1</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="459"/>
        <source>unchanged: %1 already holds this snapshot at %2 (%3); nothing committed</source>
        <translation>sin cambios: %1 ya contiene esta instantánea en %2 (%3); no se hizo ningún commit</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="461"/>
        <source>note: the copy of %1 in %2 has changes that are not committed; they were left as they are (git diff shows them)</source>
        <translation>nota: la copia de %1 en %2 tiene cambios sin confirmar; se dejaron como están (git diff los muestra)</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="465"/>
        <source>committed %1 to %2%3: %4</source>
        <translation>se ha confirmado %1 en %2%3: %4</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="467"/>
        <source> (new branch)</source>
        <translation> (rama nueva)</translation>
    </message>
    <message>
        <location filename="../app/cli/historycommand.cpp" line="469"/>
        <source>note: %1 is checked out in %2, but its copy of %3 could not be updated (%4); git checkout HEAD -- %3 brings it up to date</source>
        <translation>nota: %1 está extraída en %2, pero su copia de %3 no se pudo actualizar (%4); git checkout HEAD -- %3 la pone al día</translation>
    </message>
    <message>
        <location filename="../app/cli/checkscommand.cpp" line="12"/>
        <source>List every check of the rule catalogue: id, domain, severity, title and references.</source>
        <translation>Lista todas las comprobaciones del catálogo de reglas: id, dominio, gravedad, título y referencias.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkscommand.cpp" line="15"/>
        <source>Output format: text, json or markdown (the catalogue page, docs/checks.md).</source>
        <translation>Formato de salida: text, json o markdown (la página del catálogo, docs/checks.md).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkscommand.cpp" line="16"/>
        <source>Write to FILE instead of standard output; without --format, its extension chooses the format (.json, .md).</source>
        <translation>Escribir en ARCHIVO en lugar de la salida estándar; sin --format, su extensión elige el formato (.json, .md).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkscommand.cpp" line="21"/>
        <source>checks takes no arguments; to see one check, run crossroads-cli explain ID</source>
        <translation>checks no admite argumentos; para ver una comprobación, ejecute crossroads-cli explain ID</translation>
    </message>
    <message>
        <location filename="../app/cli/explaincommand.cpp" line="17"/>
        <source>Print one check in full: what fails, why it matters, where it applies, the fix on both sides and the references.</source>
        <translation>Muestra una comprobación completa: qué falla, por qué importa, dónde se aplica, la corrección en ambos lados y las referencias.</translation>
    </message>
    <message>
        <location filename="../app/cli/explaincommand.cpp" line="18"/>
        <source>The check&apos;s id, e.g. CR-RT-001 (crossroads-cli checks lists them).</source>
        <translation>El id de la comprobación, p. ej. CR-RT-001 (crossroads-cli checks los lista).</translation>
    </message>
    <message>
        <location filename="../app/cli/explaincommand.cpp" line="18"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/explaincommand.cpp" line="24"/>
        <source>explain needs one check id, e.g. crossroads-cli explain CR-RT-001</source>
        <translation>explain necesita un id de comprobación, p. ej. crossroads-cli explain CR-RT-001</translation>
    </message>
    <message>
        <location filename="../app/cli/explaincommand.cpp" line="30"/>
        <source>there is no check &quot;%1&quot;; crossroads-cli checks lists every id</source>
        <translation>no existe la comprobación «%1»; crossroads-cli checks lista todos los ids</translation>
    </message>
    <message>
        <location filename="../app/cli/clidocs.cpp" line="131"/>
        <source>Print the completion script for a shell (packages install them; or: source &lt;(crossroads-cli completion bash)).</source>
        <translation>Imprimir el script de autocompletado de una shell (los paquetes lo instalan; si no: source &lt;(crossroads-cli completion bash)).</translation>
    </message>
    <message>
        <location filename="../app/cli/clidocs.cpp" line="132"/>
        <source>bash, zsh or fish</source>
        <translation>bash, zsh o fish</translation>
    </message>
    <message>
        <location filename="../app/cli/clidocs.cpp" line="137"/>
        <source>completion needs the shell: bash, zsh or fish</source>
        <translation>completion necesita la shell: bash, zsh o fish</translation>
    </message>
</context>
<context>
    <name>crossroads::cli::Options</name>
    <message>
        <location filename="../app/cli/clisupport.h" line="47"/>
        <source>Output format: text or json.</source>
        <translation>Formato de salida: text o json.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="47"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="49"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribir en ARCHIVO en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="50"/>
        <location filename="../app/cli/clisupport.h" line="54"/>
        <location filename="../app/cli/clisupport.h" line="60"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="52"/>
        <source>Load the good files when some inputs are bad; report the bad ones. The output is written, and the exit status is still 2.</source>
        <translation>Cargar los archivos válidos cuando algunas entradas sean erróneas e informar de las erróneas. La salida se escribe y el estado de salida sigue siendo 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="53"/>
        <source>Workspace key for credential fingerprints (default: created in your config folder).</source>
        <translation>Clave del espacio de trabajo para las huellas de credenciales (predeterminada: se crea en su carpeta de configuración).</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="56"/>
        <source>Judge Pod Security at this Kubernetes version (default: the nodes&apos; kubeletVersion, else latest).</source>
        <translation>Evaluar Pod Security con esta versión de Kubernetes (predeterminada: la kubeletVersion de los nodos o, en su defecto, la más reciente).</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="56"/>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="57"/>
        <source>Exit 1 when a gap of this severity or worse exists: low, medium, high, critical.</source>
        <translation>Salir con código 1 si existe una brecha de esta gravedad o superior: low, medium, high, critical.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="58"/>
        <source>severity</source>
        <translation>gravedad</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="60"/>
        <source>Policy files to apply, merged in order (several may follow; builtin:pss-restricted and builtin:cis-docker-5 are bundled).</source>
        <translation>Archivos de política que aplicar, combinados en orden (pueden indicarse varios; builtin:pss-restricted y builtin:cis-docker-5 vienen incluidos).</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="62"/>
        <source>SARIF: write inputs below this folder relative to it (uriBaseId SRCROOT), as code-scanning UIs expect.</source>
        <translation>SARIF: escribir las entradas de esta carpeta relativas a ella (uriBaseId SRCROOT), como esperan las interfaces de análisis de código.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="62"/>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="64"/>
        <source>With -o: no summary line on standard error (errors are still printed).</source>
        <translation>Con -o: sin línea de resumen en la salida de error (los errores se siguen mostrando).</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="66"/>
        <source>Judge waiver expiry as of this date (YYYY-MM-DD) instead of today.</source>
        <translation>Evaluar la caducidad de las exenciones a fecha de este día (AAAA-MM-DD) en lugar de hoy.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="66"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.h" line="116"/>
        <source>unknown format &quot;%1&quot;; use %2</source>
        <translation>formato desconocido &quot;%1&quot;; use %2</translation>
    </message>
</context>
<context>
    <name>crossroads::git</name>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="43"/>
        <source>%1: locked by another git process (%2); try again when it has finished, or remove the stale lock file</source>
        <translation>%1: bloqueado por otro proceso de git (%2); inténtelo de nuevo cuando termine o elimine el archivo de bloqueo obsoleto</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="48"/>
        <source>%1: a git object is corrupted (%2); run git fsck</source>
        <translation>%1: un objeto de git está dañado (%2); ejecute git fsck</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="50"/>
        <source>%1: the repository is a shallow clone and this part of its history is missing (%2); fetch it with git fetch --unshallow</source>
        <translation>%1: el repositorio es un clon superficial y falta esta parte de su historial (%2); descárguela con git fetch --unshallow</translation>
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
        <translation>no es un repositorio git (ni un árbol de trabajo ni un repositorio bare)</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="72"/>
        <source>cannot open the repository</source>
        <translation>no se puede abrir el repositorio</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="94"/>
        <source>more than %1 commits</source>
        <translation>más de %1 commits</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="94"/>
        <source>1 commit</source>
        <translation>1 commit</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="94"/>
        <source>%1 commits</source>
        <translation>%1 commits</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="101"/>
        <source>the repository is empty: it has no commits yet</source>
        <translation>el repositorio está vacío: todavía no tiene confirmaciones</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="105"/>
        <source>unknown revision &quot;%1&quot;</source>
        <translation>revisión desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="114"/>
        <source>unknown revision &quot;%1&quot;: it goes back further than the history of %2, which has %3 along its first parents</source>
        <translation>revisión desconocida «%1»: va más atrás que la historia de %2, que tiene %3 siguiendo los primeros padres</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="122"/>
        <source>cannot read revision &quot;%1&quot;</source>
        <translation>no se puede leer la revisión &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="127"/>
        <source>revision &quot;%1&quot; is not a commit</source>
        <translation>la revisión &quot;%1&quot; no es una confirmación</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="137"/>
        <source>cannot read the tree of revision &quot;%1&quot;</source>
        <translation>no se puede leer el árbol de la revisión &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="143"/>
        <source>%1 does not exist at revision &quot;%2&quot;</source>
        <translation>%1 no existe en la revisión &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="146"/>
        <location filename="../models/core/history/gitrepository.cpp" line="153"/>
        <source>cannot read %1 at revision &quot;%2&quot;</source>
        <translation>no se puede leer %1 en la revisión &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="149"/>
        <source>%1 is not a file at revision &quot;%2&quot;</source>
        <translation>%1 no es un archivo en la revisión &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../models/core/history/gitrepository.cpp" line="158"/>
        <source>%1 at revision &quot;%2&quot; has %3 bytes, more than the limit of %4</source>
        <translation>%1 en la revisión &quot;%2&quot; ocupa %3 bytes, más que el límite de %4</translation>
    </message>
</context>
<context>
    <name>crossroads::report</name>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="45"/>
        <source>%1 (production only)</source>
        <translation>%1 (solo en producción)</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="47"/>
        <source>%1 (development only)</source>
        <translation>%1 (solo en desarrollo)</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="56"/>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="57"/>
        <source>prod-only</source>
        <translation>solo prod</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="58"/>
        <source>fidelity</source>
        <translation>brecha de fidelidad</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="59"/>
        <source>dev-only</source>
        <translation>solo dev</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="60"/>
        <source>shared</source>
        <translation>compartido</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="61"/>
        <source>drift</source>
        <translation>deriva</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="62"/>
        <source>aligned</source>
        <translation>alineado</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="63"/>
        <source>waived</source>
        <translation>exento</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="66"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="72"/>
        <source>both</source>
        <translation>ambos</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="79"/>
        <source>map</source>
        <translation>archivo de correspondencias</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="79"/>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="80"/>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="80"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="81"/>
        <source>container</source>
        <translation>contenedor</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="81"/>
        <source>position</source>
        <translation>posición</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="93"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="94"/>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="97"/>
        <source>unused</source>
        <translation>sin usar</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="104"/>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="105"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="106"/>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="109"/>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="117"/>
        <source>fail</source>
        <translation>falla</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="125"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="125"/>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="150"/>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="152"/>
        <source>%1 (derived)</source>
        <translation>%1 (deducido)</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="168"/>
        <source>not stated in the input: the platform&apos;s default applies.</source>
        <translation>no consta en la entrada: se aplica el valor predeterminado de la plataforma.</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="168"/>
        <source>not stated in the input: %1</source>
        <translation>no consta en la entrada: %1</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="169"/>
        <source>%1 is not set: the platform&apos;s default applies.</source>
        <translation>%1 no está establecido: se aplica el valor predeterminado de la plataforma.</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="169"/>
        <source>%1 is not set: %2</source>
        <translation>%1 no está establecido: %2</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="222"/>
        <source>not stated (platform default)</source>
        <translation>no consta (valor predeterminado de la plataforma)</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="222"/>
        <source>%1 not set (platform default)</source>
        <translation>%1 no establecido (valor predeterminado de la plataforma)</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="224"/>
        <source> under </source>
        <translation> en </translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="243"/>
        <source>Crossroads (version not set)</source>
        <translation>Crossroads (versión no indicada)</translation>
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
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="275"/>
        <source>%1: found on neither side; the values differ</source>
        <translation>%1: no se da en ningún lado; los valores difieren</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="277"/>
        <source>%1 — not judged: a side lacks the facts</source>
        <translation>%1 — sin juzgar: a un lado le faltan los datos</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="289"/>
        <source>No open finding: every check that could be judged passes.</source>
        <translation>Ningún hallazgo abierto: todas las comprobaciones que se pudieron juzgar pasan.</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="290"/>
        <source>%1 open finding(s), %2 of them critical or high.</source>
        <translation>%1 hallazgo(s) abierto(s), %2 de ellos críticos o altos.</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="293"/>
        <source>No open finding: production and development agree on every check that could be judged.</source>
        <translation>Ningún hallazgo abierto: producción y desarrollo coinciden en todas las comprobaciones que se pudieron juzgar.</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="294"/>
        <source>%1 open finding(s), %2 of them critical or high; %3 where production is weaker than what developers tested, %4 in production only.</source>
        <translation>%1 hallazgo(s) abierto(s), %2 de ellos críticos o altos; %3 donde producción es más débil que lo que probaron los desarrolladores, %4 solo en producción.</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="306"/>
        <source>development &quot;%1&quot; checked on its own</source>
        <translation>desarrollo «%1» comprobado por sí solo</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="307"/>
        <source>production &quot;%1&quot; checked on its own</source>
        <translation>producción «%1» comprobada por sí sola</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="308"/>
        <source>dev &quot;%1&quot; vs prod &quot;%2&quot;</source>
        <translation>dev «%1» frente a prod «%2»</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="356"/>
        <location filename="../models/core/report/reportsupport.h" line="391"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="369"/>
        <source>Credential fingerprints were made with different workspace keys (dev %1, prod %2): reused credentials (CR-SEC-005) cannot be found, so fewer findings are counted. Compare with the snapshot&apos;s own key (crossroads-cli compare --key-file FILE), or take both sides with one key.</source>
        <translation>Las huellas de las credenciales se hicieron con claves de espacio de trabajo distintas (dev %1, prod %2): no se pueden encontrar credenciales reutilizadas (CR-SEC-005), así que se cuentan menos hallazgos. Compare con la clave propia de la instantánea (crossroads-cli compare --key-file ARCHIVO) o tome ambos lados con una sola clave.</translation>
    </message>
    <message>
        <location filename="../models/core/report/reportsupport.h" line="407"/>
        <source>Incomplete: %1 input file(s) could not be read and are not judged (listed under Skipped).</source>
        <translation>Incompleto: %1 archivo(s) de entrada no se pudieron leer y no se juzgan (aparecen en Omitido).</translation>
    </message>
</context>
</TS>
