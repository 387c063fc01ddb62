// SPDX-License-Identifier: Apache-2.0
#include "factimplications.h"

#include "snapshot/exposuretext.h"

namespace crossroads {

namespace {

const QString allCapabilities = QStringLiteral("ALL");
const QString hostNetworkPorts = ExposureText::hostNetwork();

/// Sets `key` to `value`, citing the fact it follows from.
void implied(Container& container, FactKey key, FactValue value, const Fact& cause)
{
    Fact& fact = container[key];
    fact.value = std::move(value);
    fact.provenance = Provenance::Derived;
    fact.base = cause.base;
    fact.line = cause.line;
    fact.pathId = cause.provenance == Provenance::Default ? FactPath::none : cause.pathId;
}

/// Adds `item` to a list fact unless it is there; the fact then follows from `cause`.
void addItem(Container& container, FactKey key, const QString& item, const Fact& cause)
{
    QStringList items = container[key].value.toStringList();
    if (items.contains(item))
        return;
    items << item;
    implied(container, key, items, cause);
}

bool isTrue(const Fact& fact)
{
    return fact.isKnown() && fact.value.toBool();
}

} // namespace

void FactImplications::apply(Workload& workload)
{
    for (Container& container : workload.containers) {
        // Dropping ALL and adding ALL back leaves every capability.
        const Fact added = container[FactKey::CapabilitiesAdded];
        if (added.isKnown() && added.value.toStringList().contains(allCapabilities) && isTrue(container[FactKey::CapabilitiesDropAll]))
            implied(container, FactKey::CapabilitiesDropAll, false, added);

        const Fact hostNetwork = container[FactKey::HostNetwork];
        if (isTrue(hostNetwork)) {
            // Every port the process listens on is a port of the host or node.
            addItem(container, FactKey::PublishedPorts, hostNetworkPorts, hostNetwork);
            implied(container, FactKey::IngressIsolated, false, hostNetwork);
        }
    }
}

} // namespace crossroads
