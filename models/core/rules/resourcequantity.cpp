// SPDX-License-Identifier: Apache-2.0
#include "resourcequantity.h"

#include <QRegularExpression>

#include <array>
#include <cmath>

namespace crossroads::ResourceQuantity {

namespace {

struct Split {
    double number = 0;
    QString suffix;
};

std::optional<Split> split(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]*)?(?:[eE][+-]?[0-9]+)?)\\s*([A-Za-z]*)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double number = match.captured(1).toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < 0)
        return std::nullopt;
    return Split { number, match.captured(2) };
}

std::optional<double> scale(const QString& suffix, bool kubernetes)
{
    if (kubernetes) {
        // Kubernetes quantities: binary Ki..Ei, decimal k..E, and the milli/micro/nano ones.
        static const std::array<std::pair<const char*, double>, 16> units { {
            { "", 1 }, { "Ki", 1024.0 }, { "Mi", std::pow(1024.0, 2) }, { "Gi", std::pow(1024.0, 3) }, { "Ti", std::pow(1024.0, 4) },
            { "Pi", std::pow(1024.0, 5) }, { "Ei", std::pow(1024.0, 6) }, { "n", 1e-9 }, { "u", 1e-6 }, { "m", 1e-3 }, { "k", 1e3 },
            { "M", 1e6 }, { "G", 1e9 }, { "T", 1e12 }, { "P", 1e15 }, { "E", 1e18 },
        } };
        for (const auto& [name, factor] : units) {
            if (suffix == QLatin1String(name))
                return factor;
        }
        return std::nullopt;
    }
    // Docker and compose sizes: b, k, m, g (optionally with a trailing b), in powers of 1024.
    const QString unit = suffix.toLower();
    static const std::array<std::pair<const char*, double>, 9> units { {
        { "", 1 }, { "b", 1 }, { "k", 1024.0 }, { "kb", 1024.0 }, { "m", std::pow(1024.0, 2) }, { "mb", std::pow(1024.0, 2) },
        { "g", std::pow(1024.0, 3) }, { "gb", std::pow(1024.0, 3) }, { "t", std::pow(1024.0, 4) },
    } };
    for (const auto& [name, factor] : units) {
        if (unit == QLatin1String(name))
            return factor;
    }
    return std::nullopt;
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

std::optional<double> memoryBytes(const QString& text, bool kubernetes)
{
    const std::optional<Split> parts = split(text);
    if (!parts)
        return std::nullopt;
    const std::optional<double> factor = scale(parts->suffix, kubernetes);
    if (!factor)
        return std::nullopt;
    return parts->number * *factor;
}

std::optional<double> cpus(const QString& text, bool kubernetes)
{
    const std::optional<Split> parts = split(text);
    if (!parts)
        return std::nullopt;
    if (parts->suffix.isEmpty())
        return parts->number;
    if (kubernetes && parts->suffix == QLatin1String("m"))
        return parts->number / 1000.0;
    return std::nullopt;
}

QString formatBytes(double bytes)
{
    static const std::array<const char*, 5> binary { "KiB", "MiB", "GiB", "TiB", "PiB" };
    static const std::array<const char*, 5> decimal { "kB", "MB", "GB", "TB", "PB" };
    // The largest unit the value is a whole number of (binary in sixteenths: 1.5 GiB), binary
    // before decimal at each size: 268435456 is 256 MiB, 500000000 is 500 MB.
    for (int power = static_cast<int>(binary.size()); power >= 1; --power) {
        const double binaryUnit = std::pow(1024.0, power);
        if (bytes >= binaryUnit && std::fmod(bytes, binaryUnit / 16) == 0)
            return number(bytes / binaryUnit) + QLatin1Char(' ') + QLatin1String(binary[static_cast<std::size_t>(power - 1)]);
        const double decimalUnit = std::pow(1000.0, power);
        if (bytes >= decimalUnit && std::fmod(bytes, decimalUnit) == 0)
            return number(bytes / decimalUnit) + QLatin1Char(' ') + QLatin1String(decimal[static_cast<std::size_t>(power - 1)]);
    }
    return number(bytes) + QStringLiteral(" bytes");
}

QString formatCpus(double cpus)
{
    return number(cpus) + (cpus <= 1 ? QStringLiteral(" CPU") : QStringLiteral(" CPUs"));
}

} // namespace crossroads::ResourceQuantity
