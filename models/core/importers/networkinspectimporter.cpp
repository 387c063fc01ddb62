// SPDX-License-Identifier: Apache-2.0
#include "networkinspectimporter.h"

#include "fieldcheck.h"

namespace crossroads {

bool NetworkInspectImporter::recognises(const Node& root)
{
    if (!root.isObject())
        return false;
    // Docker spells its keys in CamelCase, Podman 4 in snake_case.
    const bool docker = root["Name"].isString() && root["Driver"].isString() && root["IPAM"].isValid();
    const bool podman = root["name"].isString() && root["driver"].isString() && root["internal"].isValid();
    return docker || podman;
}

void NetworkInspectImporter::import(const ImportContext& context, const Node& root)
{
    const bool docker = root["Name"].isString();
    const Node internal = docker ? root["Internal"] : root["internal"];
    context.batch->engineNetworks.networks.push_back(EngineNetworks::Network { docker ? root["Name"].toString() : root["name"].toString(),
        FieldCheck::boolean(context, internal).value_or(false), locationOf(context, internal.isValid() ? internal : root) });
}

} // namespace crossroads
