#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class QJsonArray;
class QJsonObject;
class QUrl;

namespace waveshelf::sandbox {

// An HTTP answer, independent of the QtHttpServer version (HttpCompat sends it).
struct SandboxReply {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray &name, const QByteArray &value);

    [[nodiscard]] static SandboxReply json(const QJsonObject &object, int status = 200);
    [[nodiscard]] static SandboxReply json(const QJsonArray &array, int status = 200);
    [[nodiscard]] static SandboxReply rawJson(const QByteArray &body, int status = 200);
    [[nodiscard]] static SandboxReply html(const QString &page, int status = 200);
    [[nodiscard]] static SandboxReply text(const QByteArray &body, int status);
    [[nodiscard]] static SandboxReply redirect(const QUrl &location);
    // SoundCloud's error shape: {"code":N,"message":…,"status":"N - Reason","errors":[],"error":null}
    [[nodiscard]] static SandboxReply apiError(int status, const QString &message = QString());
    [[nodiscard]] static QString reasonPhrase(int status);
};

}  // namespace waveshelf::sandbox
