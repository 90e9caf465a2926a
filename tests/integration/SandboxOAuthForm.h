#pragma once

// The OAuth form of the sandbox tests: parameters, PKCE pairs and the authorize
// page's hidden fields, written here independently of the sandbox's own code.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace sandboxtest {

using Params = QList<QPair<QString, QString>>;

inline const QString kClientId = QStringLiteral("waveshelf-sandbox");
inline const QString kRedirectUri = QStringLiteral("http://127.0.0.1:8765/callback");

// Form encoding written here, independent of the sandbox's own.
QByteArray formEncode(const Params &params);
Params withParam(Params params, const QString &key, const QString &value);
Params withoutParam(Params params, const QString &key);
QString randomVerifier();
QString challengeOf(const QString &verifier);
QString htmlUnescape(QString text);
// What a browser would post back: the page's hidden fields.
Params hiddenFields(const QByteArray &html);

}  // namespace sandboxtest
