// SPDX-License-Identifier: Apache-2.0
#include "trainingscenario.h"

#include "document/wholejson.h"

#include "common/engineresources.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <nlohmann/json.hpp>

namespace crossroads {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("crossroads", text);
}

Result<nlohmann::json> readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { path, QString(), tr("cannot open: %1").arg(file.errorString()) };
    const QByteArray bytes = file.readAll();
    Result<nlohmann::json> json = WholeJson::parse(bytes, path);
    if (json && !json->is_object())
        return Error { path, QString(), tr("not a JSON object") };
    return json;
}

/// A plain string, or an object of translations keyed by language ("en", "es"): the narrative
/// is data, so it carries its own translations rather than going through .ts files.
QString text(const nlohmann::json& object, const char* key)
{
    const auto found = object.find(key);
    if (found == object.end())
        return {};
    if (found->is_string())
        return QString::fromStdString(found->get<std::string>());
    if (!found->is_object())
        return {};
    const std::string language = QLocale().name().section(QLatin1Char('_'), 0, 0).toStdString();
    for (const std::string& candidate : { language, std::string("en") }) {
        const auto translated = found->find(candidate);
        if (translated != found->end() && translated->is_string())
            return QString::fromStdString(translated->get<std::string>());
    }
    return {};
}

QStringList paths(const nlohmann::json& object, const char* key, const QString& folder)
{
    QStringList result;
    const auto found = object.find(key);
    if (found == object.end() || !found->is_array())
        return result;
    for (const auto& item : *found) {
        if (item.is_string())
            result << folder + QLatin1Char('/') + QString::fromStdString(item.get<std::string>());
    }
    return result;
}

} // namespace

int TrainingStep::findGap(const Comparison& comparison) const
{
    for (std::size_t g = 0; g < comparison.gaps.size(); ++g) {
        const Gap& candidate = comparison.gaps[g];
        if (candidate.checkId != gap && candidate.factName != gap) // a comparison-level check by its fact, as older scenarios name it
            continue;
        if (!container.isEmpty() && candidate.container != container)
            continue;
        if (workload.isEmpty() || candidate.devWorkload.contains(workload) || candidate.prodWorkload.contains(workload))
            return static_cast<int>(g);
    }
    return -1;
}

Result<TrainingScenario> TrainingScenario::load(const QString& folder)
{
    const QString path = folder + QStringLiteral("/scenario.json");
    Result<nlohmann::json> json = readJson(path);
    if (!json)
        return json.error();
    TrainingScenario scenario;
    scenario.id = text(*json, "id");
    scenario.title = text(*json, "title");
    scenario.summary = text(*json, "summary");
    scenario.introduction = text(*json, "introduction");
    scenario.request.devPaths = paths(*json, "dev", folder);
    scenario.request.prodPaths = paths(*json, "prod", folder);
    scenario.request.devName = text(*json, "dev_name");
    scenario.request.prodName = text(*json, "prod_name");
    scenario.request.keepGoing = false;
    if (scenario.id.isEmpty() || scenario.title.isEmpty() || scenario.request.devPaths.isEmpty() || scenario.request.prodPaths.isEmpty())
        return Error { path, QString(), tr("a scenario needs id, title, dev and prod") };
    const auto steps = json->find("steps");
    if (steps == json->end() || !steps->is_array() || steps->empty())
        return Error { path, QStringLiteral("/steps"), tr("a scenario needs at least one step") };
    for (std::size_t index = 0; index < steps->size(); ++index) {
        const nlohmann::json& step = (*steps)[index];
        if (!step.is_object())
            continue;
        TrainingStep loaded { text(step, "gap"), text(step, "workload"), text(step, "container"), text(step, "title"), text(step, "narrative"),
            text(step, "for_developers"), text(step, "for_operations") };
        // A step teaches only with all four texts: refuse a half-written one instead of showing blanks.
        if (loaded.gap.isEmpty() || loaded.title.isEmpty() || loaded.narrative.isEmpty() || loaded.forDevelopers.isEmpty() || loaded.forOperations.isEmpty())
            return Error { path, QStringLiteral("/steps/%1").arg(index), tr("a step needs gap, title, narrative, for_developers and for_operations") };
        scenario.steps.push_back(std::move(loaded));
    }
    return scenario;
}

Result<std::vector<TrainingScenario>> TrainingScenario::bundled()
{
    ensureEngineResources();
    const QString root = QStringLiteral(":/crossroads/scenarios");
    Result<nlohmann::json> index = readJson(root + QStringLiteral("/index.json"));
    if (!index)
        return index.error();
    std::vector<TrainingScenario> scenarios;
    const auto ids = index->find("scenarios");
    if (ids == index->end() || !ids->is_array())
        return Error { root + QStringLiteral("/index.json"), QStringLiteral("/scenarios"), tr("expected a list of scenario folders") };
    for (const auto& id : *ids) {
        if (!id.is_string())
            continue;
        Result<TrainingScenario> scenario = load(root + QLatin1Char('/') + QString::fromStdString(id.get<std::string>()));
        if (!scenario)
            return scenario.error();
        scenarios.push_back(std::move(scenario).value());
    }
    return scenarios;
}

} // namespace crossroads
