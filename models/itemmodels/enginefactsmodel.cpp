// SPDX-License-Identifier: Apache-2.0
#include "enginefactsmodel.h"

#include "rules/checkevaluator.h"

#include <QFont>

namespace crossroads {

namespace {

QString factLabel(FactKey key)
{
    switch (key) {
    case FactKey::EngineKind: return EngineFactsModel::tr("Engine");
    case FactKey::EngineVersion: return EngineFactsModel::tr("Engine version");
    case FactKey::EngineRootless: return EngineFactsModel::tr("Rootless");
    case FactKey::EngineDaemonless: return EngineFactsModel::tr("Daemonless");
    case FactKey::EngineOciRuntime: return EngineFactsModel::tr("OCI runtime");
    case FactKey::EngineCgroupVersion: return EngineFactsModel::tr("cgroup version");
    case FactKey::EngineSeccomp: return EngineFactsModel::tr("seccomp");
    case FactKey::EngineAppArmor: return EngineFactsModel::tr("AppArmor");
    case FactKey::EngineSelinux: return EngineFactsModel::tr("SELinux");
    case FactKey::EngineUserNamespaces: return EngineFactsModel::tr("User namespaces");
    case FactKey::EngineKubernetesVersion: return EngineFactsModel::tr("Kubernetes version");
    case FactKey::EngineRuntimeClasses: return EngineFactsModel::tr("RuntimeClasses");
    case FactKey::EngineNodeRuntimes: return EngineFactsModel::tr("Node container runtimes");
    default: return QString::fromLatin1(factName(key));
    }
}

QString shown(const Fact& fact)
{
    return fact.isKnown() ? CheckEvaluator::displayText(fact.value) : EngineFactsModel::tr("unknown");
}

QString origin(const Fact& fact, const SourceLocation& source)
{
    if (fact.provenance == Provenance::Default)
        return EngineFactsModel::tr("Not in the input: the platform's documented default (%1)").arg(source.toString());
    if (fact.provenance == Provenance::Derived)
        return EngineFactsModel::tr("Derived from what the input states (%1)").arg(source.toString());
    return source.toString();
}

} // namespace

EngineFactsModel::EngineFactsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EngineFactsModel::setComparison(std::shared_ptr<const Comparison> comparison)
{
    beginResetModel();
    m_rows.clear();
    if (comparison) {
        for (int k = containerFactCount; k < static_cast<int>(FactKey::FactKeyCount); ++k) {
            const auto key = static_cast<FactKey>(k);
            const Fact& dev = comparison->dev.engineFact(key);
            const Fact& prod = comparison->prod.engineFact(key);
            if (!dev.isKnown() && !prod.isKnown())
                continue; // neither side can say anything: no row of two "unknown"s
            m_rows.push_back(Row { factLabel(key), shown(dev), shown(prod), origin(dev, comparison->dev.locateEngine(dev)),
                origin(prod, comparison->prod.locateEngine(prod)), isDerived(dev.provenance), isDerived(prod.provenance) });
        }
    }
    endResetModel();
}

int EngineFactsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EngineFactsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EngineFactsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const bool differs = row.dev != row.prod;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == FactColumn ? row.label : index.column() == DevColumn ? row.dev : row.prod;
    case Qt::ToolTipRole:
        if (index.column() == DevColumn)
            return row.devSource;
        if (index.column() == ProdColumn)
            return row.prodSource;
        return {};
    case Qt::FontRole: {
        // Bold where the sides differ; italic where a value is a platform default, not stated.
        if (index.column() == FactColumn)
            return {};
        QFont font;
        font.setBold(differs);
        font.setItalic(index.column() == DevColumn ? row.devDerived : row.prodDerived);
        return font;
    }
    case DiffersRole:
        return differs;
    default:
        return {};
    }
}

QVariant EngineFactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FactColumn: return tr("Engine fact");
    case DevColumn: return tr("Development");
    case ProdColumn: return tr("Production");
    default: return {};
    }
}

} // namespace crossroads
