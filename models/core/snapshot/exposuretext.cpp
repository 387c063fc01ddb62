// SPDX-License-Identifier: Apache-2.0
#include "exposuretext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace crossroads::ExposureText {

QString servicePort(const QString& type, const QString& port, const QString& nodePort, const QString& target, const QString& protocol,
    const QString& service)
{
    return QStringLiteral("%1 %2 (node port %3)->%4/%5 via service %6").arg(type, port, nodePort, target, protocol, service);
}

QString externalIp(const QString& address, const QString& service)
{
    return QStringLiteral("externalIP %1 via service %2").arg(address, service);
}

QString ingress(const QString& name, const QStringList& hosts, const QString& service)
{
    return QStringLiteral("Ingress %1 (%2) -> service %3").arg(name, hosts.join(QStringLiteral(", ")), service);
}

QString hostNetwork()
{
    return QStringLiteral("hostNetwork (all container ports on the host)");
}

QString shown(const QString& entry)
{
    if (entry == hostNetwork())
        return QCoreApplication::translate("crossroads::ExposureText", "hostNetwork (all container ports on the host)");
    // The patterns of the three writers above; names are Kubernetes object names (no spaces).
    static const QRegularExpression port(QStringLiteral("^(\\S+) (\\S+) \\(node port (\\S+)\\)->(\\S+)/(\\S+) via service (\\S+)$"));
    static const QRegularExpression external(QStringLiteral("^externalIP (\\S+) via service (\\S+)$"));
    static const QRegularExpression routed(QStringLiteral("^Ingress (\\S+) \\((.*)\\) -> service (\\S+)$"));
    if (const QRegularExpressionMatch m = port.match(entry); m.hasMatch() && m.captured(3) == QLatin1String("*")) // none written: the cluster picks one
        return QCoreApplication::translate("crossroads::ExposureText", "%1 %2 (node port chosen by the cluster)->%3/%4 via service %5")
            .arg(m.captured(1), m.captured(2), m.captured(4), m.captured(5), m.captured(6));
    if (const QRegularExpressionMatch m = port.match(entry); m.hasMatch())
        return QCoreApplication::translate("crossroads::ExposureText", "%1 %2 (node port %3)->%4/%5 via service %6")
            .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5), m.captured(6));
    if (const QRegularExpressionMatch m = external.match(entry); m.hasMatch())
        return QCoreApplication::translate("crossroads::ExposureText", "externalIP %1 via service %2").arg(m.captured(1), m.captured(2));
    if (const QRegularExpressionMatch m = routed.match(entry); m.hasMatch())
        return QCoreApplication::translate("crossroads::ExposureText", "Ingress %1 (%2) -> service %3").arg(m.captured(1), m.captured(2), m.captured(3));
    return entry;
}

} // namespace crossroads::ExposureText
