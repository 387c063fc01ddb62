// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

#include "importcontext.h"

namespace crossroads {

/// Kubernetes objects from YAML manifests or `kubectl get -o json`: workloads (Pod, Deployment,
/// StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob) become workloads with
/// per-container facts; Service, Ingress, NetworkPolicy, Namespace, Node, RuntimeClass and
/// ServiceAccount are kept for KubernetesResolver; Secrets are fingerprinted. Other kinds are
/// skipped with the reason.
class KubernetesImporter {
    Q_DECLARE_TR_FUNCTIONS(crossroads::KubernetesImporter)
public:
    static bool recognises(const Node& root);
    /// kind: the object's kind, or the one its typed List implies when the item has none.
    static void import(const ImportContext& context, const Node& root, const QString& kind);
};

} // namespace crossroads
