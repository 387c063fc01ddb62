// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "importcontext.h"

#include <QCoreApplication>

#include <limits>
#include <optional>

namespace crossroads {

/// Typed reads of the fields the importers rely on. A value the platform itself refuses (a
/// text where it wants a boolean, a port past 65535, a uid past 2^31 - 1, a list where it wants
/// a mapping) is never read as a default: it makes the file unreadable at its place, as the API
/// server or the engine would refuse the object. The first such value of a file is kept
/// (ImportBatch::invalid) and importUnit returns it, so the file is not merged.
class FieldCheck {
    Q_DECLARE_TR_FUNCTIONS(crossroads::FieldCheck)
public:
    enum class Booleans {
        Yaml, ///< JSON booleans and YAML plain true/yes/on… (Kubernetes, inspect output)
        ComposeText, ///< also the texts Compose accepts: "true", "yes", "on", "y" and their opposites
    };
    enum class Integers {
        Number, ///< a JSON or YAML number only (Kubernetes)
        NumberOrDigits, ///< also a text of decimal digits ("8080", as Docker writes HostPort)
    };

    /// Absent or null: nullopt, no error.
    static std::optional<bool> boolean(const ImportContext& context, const Node& node, Booleans spelling = Booleans::Yaml);
    static std::optional<qint64> integer(const ImportContext& context, const Node& node, qint64 minimum, qint64 maximum,
        Integers spelling = Integers::Number);
    /// A text field: a string; a number or boolean where a text belongs is refused under
    /// Integers::Number rules (Kubernetes), read as its text otherwise.
    static std::optional<QString> text(const ImportContext& context, const Node& node, bool scalarsAsText = false);
    /// A user as engines take it ("uid", "uid:gid", names): a number must fit a Linux uid or gid.
    static void linuxUser(const ImportContext& context, const Node& node);
    /// A list or a mapping where one belongs: absent and null pass, anything else is refused.
    static bool isListOrAbsent(const ImportContext& context, const Node& node);
    static bool isMappingOrAbsent(const ImportContext& context, const Node& node);
    /// Records why a field is refused (the file's first such reason wins); returns false.
    static bool refuse(const ImportContext& context, const Node& node, const QString& reason);

    /// A uid or gid as Linux holds it (uid_t): 0 to 4294967294 (-1 means "none").
    static constexpr qint64 maxLinuxId = 4294967294;
    /// Kubernetes runAsUser/runAsGroup/fsGroup: 0 to 2147483647 (validation.IsValidUserID).
    static constexpr qint64 maxKubernetesId = std::numeric_limits<qint32>::max();

private:
    static QString found(const Node& node);
};

} // namespace crossroads
