#pragma once

// The only place that touches QtHttpServer API that differs between Qt 6.4 and newer
// releases (header handling, responder parameter, reaching the connection).

#include "SandboxReply.h"
#include "SandboxRequest.h"

#include <QHttpServerResponder>
#include <QList>
#include <QPointer>
#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
class QObject;
class QTcpSocket;
QT_END_NAMESPACE

namespace waveshelf::sandbox::compat {

// The responder parameter type of a route handler.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
using ResponderArg = QHttpServerResponder &;
#else
using ResponderArg = QHttpServerResponder &&;
#endif

[[nodiscard]] SandboxRequest toSandboxRequest(const QHttpServerRequest &request);

// Whether QtHttpServer can write this status line (it throws on codes it does not know).
[[nodiscard]] bool isKnownStatus(int status);

void send(QHttpServerResponder &responder, const SandboxReply &reply);

// The connection a request came on, or null if it cannot be found. `roots` are searched
// for the socket on Qt versions whose responder does not expose it.
[[nodiscard]] QPointer<QTcpSocket> connectionOf(const QHttpServerRequest &request, QHttpServerResponder &responder,
                                                const QList<QObject *> &roots);

}  // namespace waveshelf::sandbox::compat
