// SPDX-License-Identifier: Apache-2.0
// The manual pages and shell completions of both programs, run as a user runs them: man renders
// the page without a warning and it documents every option --help prints; bash, fish and zsh
// complete commands, options and their documented values.
#include "testpaths.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int status = -1;
    QByteArray out, err;
};

Run run(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

const QString cli = QStringLiteral(CROSSROADS_CLI_PATH);
const QString gui = QStringLiteral(CROSSROADS_GUI_PATH);

/// The long option names a --help text lists ("  -o, --output <file>  …" → "output").
QStringList helpOptions(const QByteArray& help)
{
    QStringList names;
    static const QRegularExpression line(QStringLiteral("^\\s+(?:-\\w, )?--([\\w-]+)"), QRegularExpression::MultilineOption);
    for (auto match = line.globalMatch(QString::fromUtf8(help)); match.hasNext();)
        names << match.next().captured(1);
    return names;
}

} // namespace

class TestCommandDocs : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString save(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    /// What bash-completion offers for `line` (a trailing space starts a new word).
    QStringList bashComplete(const QString& script, const QString& function, const QString& line)
    {
        const QString program = QStringLiteral(
            "source /usr/share/bash-completion/bash_completion\n"
            "source '%1'\n"
            "COMP_LINE='%2'; COMP_POINT=${#COMP_LINE}\n"
            "read -r -a COMP_WORDS <<< \"$COMP_LINE\"\n"
            "[[ \"$COMP_LINE\" == *' ' ]] && COMP_WORDS+=('')\n"
            "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
            "%3\n"
            "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
                                    .arg(script, line, function);
        const Run result = run(QStringLiteral("bash"), { QStringLiteral("--norc"), QStringLiteral("-c"), program });
        return QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char* tool : { "man", "bash", "fish", "zsh" })
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), tool);
        QVERIFY(QFile::exists(QStringLiteral("/usr/share/bash-completion/bash_completion")));
    }

    void manPageRendersWithoutWarnings_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("crossroads-cli") << cli;
        QTest::newRow("crossroads") << gui;
    }
    void manPageRendersWithoutWarnings()
    {
        QFETCH(QString, program);
        const Run page = run(program, { QStringLiteral("--manpage") });
        QCOMPARE(page.status, 0);
        QVERIFY(page.out.startsWith(".\\\""));
        QVERIFY2(page.err.isEmpty(), page.err.constData());
        // The packaged page is read on every machine: no folder of the one that built it.
        QVERIFY2(!page.out.contains(QByteArray(QDir::homePath().toUtf8() + '/')), "the builder's home folder is in the page");
        const QString file = save(QFileInfo(program).fileName() + QStringLiteral(".1"), page.out);
        // What lintian runs on a packaged page (manpage-has-errors-from-man).
        QProcess man;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        man.setProcessEnvironment(environment);
        man.start(QStringLiteral("man"), { QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"), QStringLiteral("-l"), file });
        QVERIFY(man.waitForFinished(60000));
        QCOMPARE(man.exitCode(), 0);
        const QByteArray warnings = man.readAllStandardError();
        QVERIFY2(warnings.isEmpty(), warnings.constData());
        const QString rendered = QString::fromUtf8(man.readAllStandardOutput());
        QVERIFY(rendered.contains(QStringLiteral("SYNOPSIS")));
        QVERIFY(rendered.contains(QStringLiteral("EXIT STATUS")));
        QVERIFY2(rendered.contains(QStringLiteral("dev→prod")), "non-ASCII text survives as itself");
    }

    /// Every option every command's --help lists is in the manual page: they cannot drift.
    void cliManPageDocumentsEveryOption()
    {
        const Run page = run(cli, { QStringLiteral("--manpage") });
        const QString text = QString::fromUtf8(page.out);
        const Run usage = run(cli, { QStringLiteral("--help") });
        static const QRegularExpression commandLine(QStringLiteral("^  (\\w+) "), QRegularExpression::MultilineOption);
        QStringList commands;
        for (auto match = commandLine.globalMatch(QString::fromUtf8(usage.out)); match.hasNext();) {
            const QString name = match.next().captured(1);
            if (!commands.contains(name))
                commands << name;
        }
        // The commands the README documents.
        for (const char* documented : { "compare", "check", "checks", "explain", "snapshot", "collect", "history", "keygen", "sign", "verify", "trust", "completion" })
            QVERIFY2(commands.contains(QString::fromLatin1(documented)), documented);
        for (const QString& command : commands) {
            QVERIFY2(text.contains(QStringLiteral(".SS ") + command + QLatin1Char('\n')), qPrintable(command));
            const QString section = text.section(QStringLiteral(".SS ") + command + QLatin1Char('\n'), 1).section(QStringLiteral(".SS "), 0, 0);
            const Run help = run(cli, { command, QStringLiteral("--help") });
            QCOMPARE(help.status, 0);
            const QStringList options = helpOptions(help.out);
            QVERIFY2(!options.isEmpty(), qPrintable(command));
            for (const QString& option : options) {
                const QString escaped = QStringLiteral("\\fB\\-\\-") + QString(option).replace(QLatin1Char('-'), QStringLiteral("\\-")) + QStringLiteral("\\fR");
                // --help is among the global options; --help-all only adds Qt's own.
                const bool qtOwn = option == QLatin1String("help") || option == QLatin1String("help-all");
                QVERIFY2(qtOwn || section.contains(escaped), qPrintable(command + QStringLiteral(" --") + option));
            }
        }
    }

    void bashCompletes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("offered");
        QTest::addColumn<QStringList>("notOffered");
        const auto row = [](const char* name, const char* line, const char* offered, const char* notOffered) {
            const auto words = [](const char* text) { return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
            QTest::newRow(name) << QString::fromLatin1(line) << words(offered) << words(notOffered);
        };
        row("commands", "crossroads-cli ch", "check checks", "compare");
        row("compare options", "crossroads-cli compare --fo", "--format", "--side");
        row("compare formats", "crossroads-cli compare --format ", "text json sarif markdown html pdf", "");
        row("check formats", "crossroads-cli check -f ", "text json sarif markdown html pdf", "");
        row("catalogue formats", "crossroads-cli checks -f ", "text json markdown", "sarif pdf");
        row("severities", "crossroads-cli check --fail-on ", "low medium high critical", "");
        row("sides", "crossroads-cli snapshot --side ", "dev prod", "");
        row("engines", "crossroads-cli collect ", "podman docker", "");
        row("check ids", "crossroads-cli explain CR-RT-00", "CR-RT-001", "CR-NET-001");
        row("shells", "crossroads-cli completion ", "bash zsh fish", "");
        // The bundled policies beside files (builtin:NAME: bash offers what follows the colon,
        // a word break for readline), and a value given with = (GNU style, as --help allows).
        row("policies", "crossroads-cli check --policy ", "builtin:pss-restricted builtin:cis-docker-5", "");
        row("policy after its prefix", "crossroads-cli compare --policy builtin:pss", "pss-restricted", "cis-docker-5");
        row("format after =", "crossroads-cli check --format=js", "json", "text");
        row("gui options", "crossroads --pal", "--palette", "");
        row("gui palettes", "crossroads --palette ", "light dark", "");
    }
    void bashCompletes()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, offered);
        QFETCH(QStringList, notOffered);
        const bool forGui = line.startsWith(QLatin1String("crossroads "));
        const Run script = forGui ? run(gui, { QStringLiteral("--completion"), QStringLiteral("bash") }) : run(cli, { QStringLiteral("completion"), QStringLiteral("bash") });
        QCOMPARE(script.status, 0);
        QVERIFY2(script.err.isEmpty(), script.err.constData()); // sourced at shell start: no noise
        const QString path = save(forGui ? QStringLiteral("crossroads.bash") : QStringLiteral("crossroads-cli.bash"), script.out);
        const QStringList got = bashComplete(path, forGui ? QStringLiteral("_crossroads") : QStringLiteral("_crossroads_cli"), line);
        for (const QString& word : offered)
            QVERIFY2(got.contains(word), qPrintable(word + QStringLiteral(" not in: ") + got.join(QLatin1Char(' '))));
        for (const QString& word : notOffered)
            QVERIFY2(!got.contains(word), qPrintable(word));
    }

    void bashCompletesFilesAfterPathOptions()
    {
        const QString folder = m_dir.filePath(QStringLiteral("inputs"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(!save(QStringLiteral("inputs/podman-inspect.json"), "[]").isEmpty());
        const QString path = save(QStringLiteral("crossroads-cli.bash"), run(cli, { QStringLiteral("completion"), QStringLiteral("bash") }).out);
        const QStringList got = bashComplete(path, QStringLiteral("_crossroads_cli"), QStringLiteral("crossroads-cli compare --dev %1/pod").arg(folder));
        QCOMPARE(got, QStringList { folder + QStringLiteral("/podman-inspect.json") });
    }

    void fishCompletes()
    {
        const QString path = save(QStringLiteral("crossroads-cli.fish"), run(cli, { QStringLiteral("completion"), QStringLiteral("fish") }).out);
        const auto complete = [&path](const QString& line) {
            const Run result = run(QStringLiteral("fish"), { QStringLiteral("--no-config"), QStringLiteral("-c"),
                                                               QStringLiteral("source '%1'; complete -C '%2'").arg(path, line) });
            QStringList words;
            for (const QString& row : QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                words << row.section(QLatin1Char('\t'), 0, 0);
            return words;
        };
        const QStringList commands = complete(QStringLiteral("crossroads-cli "));
        QVERIFY2(commands.contains(QStringLiteral("compare")) && commands.contains(QStringLiteral("explain")), qPrintable(commands.join(QLatin1Char(' '))));
        const QStringList formats = complete(QStringLiteral("crossroads-cli compare --format "));
        QVERIFY2(formats.contains(QStringLiteral("sarif")) && formats.contains(QStringLiteral("pdf")), qPrintable(formats.join(QLatin1Char(' '))));
        const QStringList policies = complete(QStringLiteral("crossroads-cli check --policy "));
        QVERIFY2(policies.contains(QStringLiteral("builtin:pss-restricted")), qPrintable(policies.join(QLatin1Char(' '))));
        const QStringList options = complete(QStringLiteral("crossroads-cli check --"));
        QVERIFY2(options.contains(QStringLiteral("--side")) && !options.contains(QStringLiteral("--dev")), qPrintable(options.join(QLatin1Char(' '))));
    }

    void zshScriptsLoad()
    {
        for (const QString& program : { cli, gui }) {
            const Run script = program == cli ? run(cli, { QStringLiteral("completion"), QStringLiteral("zsh") }) : run(gui, { QStringLiteral("--completion"), QStringLiteral("zsh") });
            QCOMPARE(script.status, 0);
            QVERIFY(script.out.startsWith("#compdef "));
            const QString path = save(QStringLiteral("_") + QFileInfo(program).fileName(), script.out);
            const Run syntax = run(QStringLiteral("zsh"), { QStringLiteral("-n"), path });
            QVERIFY2(syntax.status == 0 && syntax.err.isEmpty(), syntax.err.constData());
        }
    }

    void unknownShellIsAUsageError()
    {
        const Run result = run(cli, { QStringLiteral("completion"), QStringLiteral("tcsh") });
        QCOMPARE(result.status, 2);
        QVERIFY(result.err.contains("bash, zsh or fish"));
    }
};

QTEST_GUILESS_MAIN(TestCommandDocs)
#include "tst_commanddocs.moc"
