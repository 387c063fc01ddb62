// SPDX-License-Identifier: Apache-2.0
#pragma once

// Real outside tools the report tests check against (a JSON Schema validator, pdftotext, a
// headless browser). A missing tool makes a test QSKIP with the reason; CI installs them all.
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace crossroads::test {

struct ToolRun {
    bool started = false;
    int exitCode = -1;
    QByteArray out, err;
};

inline ToolRun runTool(const QString& program, const QStringList& arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForStarted(10000))
        return run;
    run.started = true;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// Validates with python3-jsonschema, using the validator class the schema's "$schema" names.
inline const char* jsonSchemaScript = "import json, sys, jsonschema\n"
                                      "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                                      "document = json.load(open(sys.argv[2], encoding='utf-8'))\n"
                                      "cls = jsonschema.validators.validator_for(schema)\n"
                                      "cls.check_schema(schema)\n"
                                      "errors = sorted(cls(schema).iter_errors(document), key=lambda e: list(e.absolute_path))\n"
                                      "for e in errors[:20]:\n"
                                      "    print('/'.join(str(p) for p in e.absolute_path) + ': ' + e.message)\n"
                                      "sys.exit(1 if errors else 0)\n";

inline bool haveJsonSchemaValidator()
{
    const ToolRun run = runTool(QStringLiteral("python3"), { QStringLiteral("-c"), QStringLiteral("import jsonschema") });
    return run.started && run.exitCode == 0;
}

/// Empty on success, else the validator's complaints.
inline QString validateJson(const QString& schemaPath, const QString& documentPath)
{
    const ToolRun run = runTool(QStringLiteral("python3"), { QStringLiteral("-c"), QString::fromLatin1(jsonSchemaScript), schemaPath, documentPath });
    if (run.exitCode == 0)
        return {};
    return QString::fromUtf8(run.out + run.err);
}

inline QString findBrowser()
{
    for (const char* name : { "chromium", "chromium-browser", "google-chrome" }) {
        const QString path = QStandardPaths::findExecutable(QLatin1String(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

} // namespace crossroads::test
