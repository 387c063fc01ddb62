// SPDX-License-Identifier: Apache-2.0
#include "rulecatalogue.h"

#include "common/engineresources.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <map>

namespace crossroads {

namespace {

QString text(const nlohmann::json& object, const char* key)
{
    const auto found = object.find(key);
    if (found == object.end() || !found->is_string())
        return {};
    return QString::fromStdString(found->get<std::string>());
}

std::optional<CheckTest> testFromName(const std::string& name)
{
    static const std::map<std::string, CheckTest> tests { { "is_false", CheckTest::IsFalse }, { "is_true", CheckTest::IsTrue },
        { "empty", CheckTest::Empty }, { "not_empty", CheckTest::NotEmpty }, { "subset_of", CheckTest::SubsetOf }, { "names_subset_of", CheckTest::NamesSubsetOf },
        { "not_in", CheckTest::NotIn }, { "in", CheckTest::In }, { "no_item_starts_with", CheckTest::NoItemStartsWith },
        { "non_root_user", CheckTest::NonRootUser }, { "pss_level_at_least", CheckTest::PssLevelAtLeast },
        { "every_item_starts_with", CheckTest::EveryItemStartsWith }, { "comparison", CheckTest::Comparison } };
    const auto found = tests.find(name);
    return found == tests.end() ? std::nullopt : std::optional<CheckTest>(found->second);
}

/// The catalogue is data, so it carries its own translations: a check may hold a block per
/// language ("es": {short, title, rationale, remediation}) whose texts replace the English ones when
/// the user's locale asks for that language. Ids, facts and references never change.
void applyTranslation(Check& check, const nlohmann::json& item)
{
    const std::string language = QLocale().name().section(QLatin1Char('_'), 0, 0).toStdString();
    const auto found = item.find(language);
    if (language == "en" || found == item.end() || !found->is_object())
        return;
    auto replace = [](QString& target, const QString& translated) {
        if (!translated.isEmpty())
            target = translated;
    };
    replace(check.title, text(*found, "title"));
    replace(check.shortTitle, text(*found, "short"));
    replace(check.rationale, text(*found, "rationale"));
    replace(check.notApplicable, text(*found, "not_applicable"));
    replace(check.failWhenValue, text(*found, "fails_when_value"));
    replace(check.passWhenValue, text(*found, "pass_when_value"));
    if (const auto remediation = found->find("remediation"); remediation != found->end() && remediation->is_object()) {
        replace(check.remediationPodman, text(*remediation, "podman"));
        replace(check.remediationKubernetes, text(*remediation, "kubernetes"));
    }
}

} // namespace

Result<RuleCatalogue> RuleCatalogue::fromJson(const QByteArray& json, const QString& origin)
{
    auto problem = [&origin](const QString& where, const QString& message) { return Error { origin, where, message }; };
    const nlohmann::json root = nlohmann::json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (root.is_discarded() || !root.is_object() || !root.contains("checks") || !root["checks"].is_array())
        return problem({}, QCoreApplication::translate("RuleCatalogue", "not a rule catalogue (expected an object with \"checks\")"));
    RuleCatalogue catalogue;
    catalogue.m_version = text(root, "version");
    std::size_t index = 0;
    for (const auto& item : root["checks"]) {
        const QString where = QStringLiteral("/checks/%1").arg(index++);
        Check check;
        check.id = text(item, "id");
        check.title = text(item, "title");
        check.shortTitle = text(item, "short");
        check.factName = text(item, "fact");
        const std::optional<Domain> domain = domainFromName(text(item, "domain").toStdString());
        const std::optional<Severity> severity = severityFromName(text(item, "severity"));
        const std::optional<CheckTest> test = testFromName(text(item, "test").toStdString());
        if (check.id.isEmpty() || check.title.isEmpty() || !domain || !severity || !test)
            return problem(where, QCoreApplication::translate("RuleCatalogue", "a check needs id, title, domain, severity and a known test"));
        check.domain = *domain;
        check.severity = *severity;
        check.test = *test;
        if (check.test == CheckTest::Comparison) {
            // Judged by the comparator from both sides; the fact names what it compares.
            check.scope = CheckScope::Comparison;
        } else if (check.test != CheckTest::PssLevelAtLeast) {
            const std::optional<FactKey> key = factKeyFromName(check.factName.toStdString());
            if (!key)
                return problem(where, QCoreApplication::translate("RuleCatalogue", "unknown fact %1").arg(check.factName));
            check.fact = *key;
            check.scope = isEngineFact(*key) ? CheckScope::Engine : CheckScope::Container;
        } else {
            check.scope = CheckScope::Workload;
        }
        if (item.contains("values")) {
            for (const auto& value : item["values"])
                check.values << QString::fromStdString(value.get<std::string>());
        }
        check.drift = item.value("drift", true);
        if (item.contains("platforms")) {
            for (const auto& platform : item["platforms"])
                check.platforms << QString::fromStdString(platform.get<std::string>());
        }
        check.notApplicable = text(item, "not_applicable");
        if (item.contains("shows")) {
            for (const auto& prefix : item["shows"])
                check.shows << QString::fromStdString(prefix.get<std::string>());
        }
        if (const auto fails = item.find("fails_when"); fails != item.end() && fails->is_object()) {
            const std::optional<FactKey> key = factKeyFromName(text(*fails, "fact").toStdString());
            if (!key || isEngineFact(*key))
                return problem(where, QCoreApplication::translate("RuleCatalogue", "fails_when must name a container fact"));
            check.failWhen = *key;
            check.failWhenValue = text(*fails, "value");
        }
        if (item.contains("pass_when")) {
            const std::optional<FactKey> key = factKeyFromName(text(item, "pass_when").toStdString());
            if (!key || isEngineFact(*key))
                return problem(where, QCoreApplication::translate("RuleCatalogue", "pass_when must name a container fact"));
            check.passWhen = *key;
            check.passWhenValue = text(item, "pass_when_value");
        }
        check.rationale = text(item, "rationale");
        if (item.contains("remediation")) {
            check.remediationPodman = text(item["remediation"], "podman");
            check.remediationKubernetes = text(item["remediation"], "kubernetes");
        }
        if (item.contains("references")) {
            check.pss = text(item["references"], "pss");
            check.cisDocker = text(item["references"], "cis_docker");
            check.otherReferences = text(item["references"], "other");
        }
        applyTranslation(check, item);
        if (catalogue.find(check.id) != nullptr)
            return problem(where, QCoreApplication::translate("RuleCatalogue", "duplicate check id %1").arg(check.id));
        catalogue.m_checks.push_back(std::move(check));
    }
    return catalogue;
}

RuleCatalogue RuleCatalogue::fromChecks(QString version, std::vector<Check> checks)
{
    RuleCatalogue catalogue;
    catalogue.m_version = std::move(version);
    catalogue.m_checks = std::move(checks);
    return catalogue;
}

const RuleCatalogue& RuleCatalogue::builtIn()
{
    static const RuleCatalogue catalogue = [] {
        ensureEngineResources();
        QFile file(QStringLiteral(":/crossroads/rules/catalogue.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the built-in rule catalogue is missing from the program's resources");
        Result<RuleCatalogue> loaded = fromJson(file.readAll(), file.fileName());
        if (!loaded)
            qFatal("the built-in rule catalogue is invalid: %s", qPrintable(loaded.error().toString()));
        return std::move(loaded).value();
    }();
    return catalogue;
}

const Check* RuleCatalogue::find(const QString& id) const
{
    for (const Check& check : m_checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

const Check* RuleCatalogue::findComparison(const QString& fact) const
{
    for (const Check& check : m_checks) {
        if (check.scope == CheckScope::Comparison && check.factName == fact)
            return &check;
    }
    return nullptr;
}

QString RuleCatalogue::canonicalId(const QString& idOrFact) const
{
    if (find(idOrFact) != nullptr)
        return idOrFact;
    if (const Check* check = findComparison(idOrFact))
        return check->id;
    return idOrFact;
}

} // namespace crossroads
