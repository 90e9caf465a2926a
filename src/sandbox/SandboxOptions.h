#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace waveshelf::sandbox {

// How the simulated SoundCloud app registration and server are set up.
struct SandboxOptions {
    QString clientId = QStringLiteral("waveshelf-sandbox");
    // Empty: a public client (PKCE only), as SoundCloud's own command-line sign-in.
    // Set: the token endpoint requires client_secret to match.
    QString clientSecret;
    // Registered redirect URIs; the authorize and token requests must match one exactly.
    QList<QUrl> redirectUris{QUrl(QStringLiteral("http://127.0.0.1:8765/callback"))};
    int accessTokenLifetimeSeconds = 3600;
    // 0 picks a free port. The server binds 127.0.0.1 only.
    quint16 port = 0;
};

}  // namespace waveshelf::sandbox
