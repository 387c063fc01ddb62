// SPDX-License-Identifier: Apache-2.0
// Every translation is complete: each .ts message finished with the same placeholders as its
// source, and every check of the rule catalogue carries the same languages' texts.
#include "testpaths.h"
#include "testsupport.h"

#include "compare/comparator.h"
#include "policy/annotationwaivers.h"
#include "policy/policyenforcer.h"
#include "policy/policyfile.h"
#include "report/reportsupport.h"
#include "report/textreport.h"
#include "rules/rulecatalogue.h"
#include "snapshot/platformdefaults.h"

#include <QTranslator>

#include "report/findingsummary.h"
#include "report/htmlreport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <nlohmann/json.hpp>

#include <functional>

namespace {

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:n|L?\\d)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QStringList tsFiles()
{
    const QDir folder(QStringLiteral(CROSSROADS_SOURCE_DIR "/translations"));
    QStringList files;
    for (const QString& name : folder.entryList({ QStringLiteral("*.ts") }, QDir::Files))
        files << folder.filePath(name);
    return files;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    /// A text is found at run time only under the context lupdate filed it in: the engine's
    /// texts must come out in Spanish once the catalogue is loaded, not only be in the .ts.
    void engineTextsComeOutTranslated()
    {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(CROSSROADS_SPANISH_QM)), CROSSROADS_SPANISH_QM);
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const crossroads::Comparison comparison = crossroads::Comparator::compare(crossroads::test::demoSnapshot(crossroads::Side::Dev),
            crossroads::test::demoSnapshot(crossroads::Side::Prod), crossroads::RuleCatalogue::builtIn());
        QVERIFY(crossroads::report::verdict(comparison).contains(QStringLiteral("hallazgo")));
        QCOMPARE(crossroads::PlatformDefaults::explain(QStringLiteral("kubernetes"), crossroads::FactKey::Privileged),
            QStringLiteral("Kubernetes ejecuta el contenedor sin privilegios."));
        const QString text = crossroads::TextReport::write(comparison, false);
        QVERIFY2(text.contains(QStringLiteral("(motor)")), "GapBuilder's engine row");
        QVERIFY2(text.contains(QStringLiteral("(predeterminado)")), "a default value's mark");
        QVERIFY2(text.contains(QStringLiteral("no está establecido")), "a default value's explanation");
        QVERIFY2(text.contains(QStringLiteral("sin equivalente en desarrollo")), "a one-sided finding");
        // The summaries: texts of report helpers are filed under the context of whoever calls them.
        const QString runtime = crossroads::domainVerdict(comparison, crossroads::Domain::Runtime).text();
        QVERIFY2(runtime.contains(QStringLiteral("producción más débil que lo probado: 1 crítico")), qPrintable(runtime));
        const crossroads::Result<QString> html = crossroads::HtmlReport::write(comparison);
        QVERIFY(html.ok());
        QVERIFY2(html->contains(QStringLiteral("Hallazgos críticos y altos")), "the HTML writer's own text");
        QVERIFY2(html->contains(QStringLiteral("Todavía no hay riesgos aceptados mediante exenciones.")), "a text of the HTML writer's helpers");
        QVERIFY2(html->contains(QStringLiteral("Puntuaciones por dominio, dev y prod")), "the HTML chart's label");
        QVERIFY2(html->contains(QStringLiteral("generado el")), "a text with a non-ASCII character (·) in its source");
        QCoreApplication::removeTranslator(&translator);
    }

    /// The same for German, and the catalogue's own German texts: the catalogue picks its
    /// language from the default locale when it is read.
    void engineTextsComeOutInGerman()
    {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(CROSSROADS_GERMAN_QM)), CROSSROADS_GERMAN_QM);
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([&] {
            QLocale::setDefault(previous);
            QCoreApplication::removeTranslator(&translator);
        });
        QFile file(QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/rules/catalogue.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const crossroads::Result<crossroads::RuleCatalogue> catalogue = crossroads::RuleCatalogue::fromJson(file.readAll(), file.fileName());
        QVERIFY(catalogue.ok());
        const crossroads::Check* privileged = catalogue->find(QStringLiteral("CR-RT-001"));
        QVERIFY(privileged != nullptr);
        QCOMPARE(privileged->title, QStringLiteral("Der Container ist privilegiert"));
        QCOMPARE(privileged->shortTitle, QStringLiteral("Privilegiert"));
        const crossroads::Comparison comparison = crossroads::Comparator::compare(crossroads::test::demoSnapshot(crossroads::Side::Dev),
            crossroads::test::demoSnapshot(crossroads::Side::Prod), *catalogue);
        const QString verdict = crossroads::report::verdict(comparison);
        QVERIFY2(verdict.contains(QStringLiteral("Offene Befunde")), qPrintable(verdict));
        QCOMPARE(crossroads::PlatformDefaults::explain(QStringLiteral("kubernetes"), crossroads::FactKey::Privileged),
            QStringLiteral("Kubernetes führt den Container ohne Privilegien aus."));
        const QString text = crossroads::TextReport::write(comparison, false);
        QVERIFY2(text.contains(QStringLiteral("(Engine)")), "GapBuilder's engine row");
        QVERIFY2(text.contains(QStringLiteral("(Standard)")), "a default value's mark");
        QVERIFY2(text.contains(QStringLiteral("ist nicht gesetzt")), "a default value's explanation");
        QVERIFY2(text.contains(QStringLiteral("ohne Gegenstück in der Entwicklung")), "a one-sided finding");
        QVERIFY2(text.contains(QStringLiteral("Eine gefährliche Capability wird hinzugefügt")), "a catalogue title");
        const QString runtime = crossroads::domainVerdict(comparison, crossroads::Domain::Runtime).text();
        QVERIFY2(runtime.contains(QStringLiteral("Produktion schwächer als getestet: 1 kritisch")), qPrintable(runtime));
        const crossroads::Result<QString> html = crossroads::HtmlReport::write(comparison);
        QVERIFY(html.ok());
        QVERIFY2(html->contains(QStringLiteral("Kritische und hohe Befunde")), "the HTML writer's own text");
        QVERIFY2(html->contains(QStringLiteral("Bisher ist kein Risiko per Ausnahme akzeptiert.")), "a text of the HTML writer's helpers");
        QVERIFY2(html->contains(QStringLiteral("Punkte je Bereich, dev und prod")), "the HTML chart's label");
        QVERIFY2(html->contains(QStringLiteral("erstellt am")), "a text with a non-ASCII character (·) in its source");
        QVERIFY2(html->contains(QStringLiteral("Punkte je Bereich (0–100, höher ist besser)")), "a text with a dash (–) in its source");
        QVERIFY2(html->contains(QStringLiteral("Eine gefährliche Capability wird hinzugefügt")), "a catalogue title in the HTML report");

        // Texts of free functions and of members, in files whose own tr helper once named a
        // context lupdate never files them under: they came out in English.
        const auto missingCheck = crossroads::PolicyFile::fromJson(R"({"schema": "crossroads.policy/v1", "name": "x", "waivers": [{"id": "W"}]})", QStringLiteral("p.json"));
        QVERIFY(!missingCheck.ok());
        QVERIFY2(missingCheck.error().toString().contains(QStringLiteral("eine Ausnahme braucht")), qPrintable(missingCheck.error().toString()));
        const auto noSuchBuiltin = crossroads::PolicyFile::load(QStringLiteral("builtin:no-such-policy"));
        QVERIFY(!noSuchBuiltin.ok());
        QVERIFY2(noSuchBuiltin.error().toString().contains(QStringLiteral("keine mitgelieferte Richtlinie")), qPrintable(noSuchBuiltin.error().toString()));
        const auto trusting = crossroads::PolicyFile::fromJson(R"({"schema": "crossroads.policy/v1", "name": "x", "trusted_registries": ["registry.example.com"]})", QStringLiteral("p.json"));
        QVERIFY(trusting.ok());
        const crossroads::Snapshot dev = crossroads::test::demoSnapshot(crossroads::Side::Dev);
        const crossroads::PolicyCheck checked = crossroads::PolicyEnforcer::check(dev, *trusting, crossroads::KubernetesVersion::latest(), QDate(2026, 12, 1));
        QVERIFY(std::any_of(checked.results.begin(), checked.results.end(),
            [](const crossroads::CheckResult& result) { return result.outcome.value.startsWith(QStringLiteral("nicht vertrauenswürdig: ")); }));
        crossroads::Snapshot annotated = dev;
        annotated.workloads.front().ignoreAnnotations.insert(QStringLiteral("kube-score/ignore"), QStringLiteral("pod-prbes"));
        const std::vector<crossroads::Waiver> waivers = crossroads::AnnotationWaivers::of(annotated);
        QCOMPARE(waivers.size(), std::size_t(1));
        QVERIFY2(waivers.front().reason.startsWith(QStringLiteral("Annotation im Manifest: ")) && waivers.front().reason.contains(QStringLiteral("kein Test von kube-score")),
            qPrintable(waivers.front().reason));
    }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& path : tsFiles())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context, source;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString where = context + QStringLiteral(": ") + source;
                QVERIFY2(xml.attributes().value(QLatin1String("type")) != QLatin1String("unfinished"), qPrintable(QStringLiteral("unfinished: ") + where));
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
                QVERIFY2(placeholders(translation).contains(placeholders(source)), qPrintable(QStringLiteral("placeholder lost: ") + where));
                ++messages;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 300);
    }

    void catalogueChecksCarryEveryLanguage()
    {
        QFile file(QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/rules/catalogue.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const nlohmann::json catalogue = nlohmann::json::parse(bytes.begin(), bytes.end());
        for (const QString& path : tsFiles()) {
            const std::string language = QFileInfo(path).baseName().section(QLatin1Char('_'), 1).toStdString();
            for (const auto& check : catalogue["checks"]) {
                const std::string id = check["id"].get<std::string>();
                QVERIFY2(check.contains("short") && !check["short"].get<std::string>().empty(), (id + " has no short title").c_str());
                QVERIFY2(check.contains(language), (id + " has no " + language).c_str());
                const auto& texts = check[language];
                for (const char* key : { "short", "title", "rationale" })
                    QVERIFY2(texts.contains(key) && !texts[key].get<std::string>().empty(), (id + " " + key).c_str());
                QVERIFY2(!texts["remediation"]["podman"].get<std::string>().empty() && !texts["remediation"]["kubernetes"].get<std::string>().empty(),
                    (id + " remediation").c_str());
            }
        }
    }

    /// A training scenario is read aloud to a mixed audience: every text it has in English it
    /// has in each language the window speaks, or the German trainee meets English mid-step.
    void trainingScenariosCarryEveryLanguage()
    {
        QStringList languages;
        for (const QString& path : tsFiles())
            languages << QFileInfo(path).baseName().section(QLatin1Char('_'), 1);
        QVERIFY(languages.contains(QStringLiteral("de")) && languages.contains(QStringLiteral("es")));
        const QDir folder(QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/scenarios"));
        const QStringList scenarios = folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(scenarios.size() >= 5);
        for (const QString& name : scenarios) {
            QFile file(folder.filePath(name + QStringLiteral("/scenario.json")));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray bytes = file.readAll();
            int texts = 0;
            // Every object with an "en" text is one translatable text; walk the whole document.
            std::function<void(const nlohmann::json&, const std::string&)> walk = [&](const nlohmann::json& node, const std::string& where) {
                if (node.is_object() && node.contains("en") && node["en"].is_string()) {
                    ++texts;
                    for (const QString& language : languages) {
                        const std::string code = language.toStdString();
                        QVERIFY2(node.contains(code) && !node[code].get<std::string>().empty(), (name.toStdString() + where + " has no " + code).c_str());
                        QVERIFY2(placeholders(QString::fromStdString(node[code].get<std::string>())) == placeholders(QString::fromStdString(node["en"].get<std::string>())),
                            (name.toStdString() + where + " " + code + ": placeholders differ").c_str());
                    }
                    return;
                }
                if (node.is_object()) {
                    for (const auto& [key, value] : node.items())
                        walk(value, where + "/" + key);
                } else if (node.is_array()) {
                    for (std::size_t i = 0; i < node.size(); ++i)
                        walk(node[i], where + "/" + std::to_string(i));
                }
            };
            walk(nlohmann::json::parse(bytes.begin(), bytes.end()), std::string());
            QVERIFY2(texts >= 10, qPrintable(name + QStringLiteral(": ") + QString::number(texts)));
        }
    }

    /// Help ▸ User guide opens in the user's language: there is a guide for each of them.
    void userGuideExistsInEveryLanguage()
    {
        QFile resources(QStringLiteral(CROSSROADS_SOURCE_DIR "/resources/gui.qrc"));
        QVERIFY(resources.open(QIODevice::ReadOnly));
        const QByteArray bundled = resources.readAll();
        for (const QString& path : tsFiles()) {
            const QString language = QFileInfo(path).baseName().section(QLatin1Char('_'), 1);
            const QString guide = QStringLiteral("docs/user-guide.%1.md").arg(language);
            QFile file(QStringLiteral(CROSSROADS_SOURCE_DIR "/") + guide);
            QVERIFY2(file.open(QIODevice::ReadOnly) && file.size() > 4000, qPrintable(guide));
            QVERIFY2(bundled.contains(QStringLiteral("alias=\"%1\"").arg(guide).toUtf8()), qPrintable(guide + QStringLiteral(" is not in resources/gui.qrc")));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
