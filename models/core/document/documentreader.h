// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "common/result.h"
#include "documentbuilder.h"
#include "documentlimits.h"
#include "inputsource.h"

#include <functional>

class QIODevice;

namespace crossroads {

enum class Syntax { Json, Yaml };

/// Receives each unit as it is parsed; an error stops the read and becomes its result.
using UnitConsumer = std::function<Status(const Unit&)>;

/// Reads every document of one file, JSON or YAML (told apart by content, not by name), and
/// hands out units one at a time. Refuses empty, binary and UTF-16 files with a clear message;
/// errors name the file and the line (and byte offset for JSON).
class DocumentReader {
public:
    explicit DocumentReader(DocumentLimits limits = {}, ReadControl control = {});

    Status read(QIODevice& device, const QString& fileName, const UnitConsumer& consumer) const;
    /// Convenience for files on disk and in the resource system.
    Status readFile(const QString& path, const UnitConsumer& consumer) const;

private:
    DocumentLimits m_limits;
    ReadControl m_control;
};

// Parser back ends; DocumentReader picks one.
Status parseJson(InputSource& source, DocumentBuilder& builder, const QString& fileName);
Status parseYaml(InputSource& source, DocumentBuilder& builder, const QString& fileName);

} // namespace crossroads
