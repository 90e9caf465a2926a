#pragma once

// Stands where the redirect URI points and counts whoever connects. The popup must
// refuse the navigation before anything reaches it.

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>

namespace popuptest {

class RedirectTarget final {
public:
    RedirectTarget();
    [[nodiscard]] bool isListening() const { return m_listening; }
    [[nodiscard]] int connections() const { return m_connections; }
    [[nodiscard]] QUrl redirectUri() const;
    // The answer as the authorization server writes it: '+' and '%2B' both present.
    [[nodiscard]] QByteArray answer() const;

private:
    QTcpServer m_server;
    int m_connections = 0;
    bool m_listening = false;
};

}  // namespace popuptest
