// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace crossroads {

/// Memory and CPU limits as each platform writes them, read into one unit so that "268435456"
/// (Docker's bytes), "256m" (compose, binary) and "256Mi" (Kubernetes) are seen to be equal and
/// are shown alike.
namespace ResourceQuantity {
/// Bytes of a memory limit. `kubernetes` selects Kubernetes quantities ("128Mi", "1G", "1e9");
/// otherwise Docker/compose sizes ("512m", "1g", "1024", binary units).
std::optional<double> memoryBytes(const QString& text, bool kubernetes);
/// CPUs of a CPU limit: "0.5" or Kubernetes' "500m".
std::optional<double> cpus(const QString& text, bool kubernetes);
/// "256 MiB", "1.5 GiB", "100 MB", "512 bytes".
QString formatBytes(double bytes);
/// "0.5 CPU", "2 CPUs".
QString formatCpus(double cpus);
} // namespace ResourceQuantity

} // namespace crossroads
