#pragma once

#include "FormFields.h"

#include <QByteArray>
#include <QString>

namespace waveshelf::sandbox {

// The parts of an HTTP request the endpoints look at, independent of the
// QtHttpServer version (HttpCompat fills it in).
struct SandboxRequest {
    QByteArray method;  // "GET", "POST", "DELETE"...
    QString path;
    FormFields query;
    FormFields form;  // the body, when it is form-encoded
    QByteArray json;  // the body, when it is application/json
    QByteArray authorization;
    QByteArray cookie;
    QByteArray ifNoneMatch;
    QByteArray userAgent;
};

}  // namespace waveshelf::sandbox
