// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace crossroads {

/// How a Kubernetes exposure is written into the published-ports fact, and how a person reads
/// it. The fact keeps one English form, since it is compared between sides, digested and
/// parsed again (NetworkExposure); shown() puts the words around the names into the user's
/// language.
namespace ExposureText {

/// "LoadBalancer 443 (node port *)->8080/TCP via service web"
QString servicePort(const QString& type, const QString& port, const QString& nodePort, const QString& target, const QString& protocol,
    const QString& service);
/// "externalIP 203.0.113.7 via service web"
QString externalIp(const QString& address, const QString& service);
/// "Ingress shop (shop.example.com) -> service web"
QString ingress(const QString& name, const QStringList& hosts, const QString& service);

/// "hostNetwork (all container ports on the host)": a container in the host network.
QString hostNetwork();

/// An entry of the fact in the user's language; any other entry (an engine's "0.0.0.0:8080->80/tcp") as it is.
QString shown(const QString& entry);

} // namespace ExposureText

} // namespace crossroads
