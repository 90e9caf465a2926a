#pragma once

#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace waveshelf::test {

// Plays the browser's part against the sandbox's authorize page over plain
// HTTP: signs in and approves (or denies), and returns the redirect URL the
// sandbox answers with (its Location header). Empty on failure.
class SandboxSignIn final {
public:
    [[nodiscard]] static QUrl approve(QNetworkAccessManager &network, const QUrl &authorizeUrl, const QString &username,
                                      const QString &password);
    [[nodiscard]] static QUrl deny(QNetworkAccessManager &network, const QUrl &authorizeUrl, const QString &username,
                                   const QString &password);

private:
    [[nodiscard]] static QUrl decide(QNetworkAccessManager &network, const QUrl &authorizeUrl, const QString &username,
                                     const QString &password, const QString &decision);
};

}  // namespace waveshelf::test
