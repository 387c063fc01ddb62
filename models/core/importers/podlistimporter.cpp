// SPDX-License-Identifier: Apache-2.0
#include "podlistimporter.h"

namespace crossroads {

bool PodListImporter::recognises(const Node& root)
{
    return root.isObject() && root["Id"].isString() && root["Name"].isString() && root["InfraId"].isValid() && root["Containers"].isArray();
}

void PodListImporter::import(const ImportContext& context, const Node& root)
{
    context.batch->enginePods.pods.push_back(EnginePods::Pod { root["Id"].toString(), root["Name"].toString(), toStringMap(root["Labels"]) });
}

} // namespace crossroads
