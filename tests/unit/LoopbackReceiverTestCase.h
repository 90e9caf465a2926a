#pragma once

// The base of the tst_loopbackreceiver* tests: a free loopback port per test (in
// init(), run by Qt Test for the derived class) and a raw HTTP client for it.

#include <QByteArray>
#include <QObject>
#include <QUrl>

namespace loopbacktest {

class LoopbackReceiverTestCase : public QObject {
    Q_OBJECT

private slots:
    void init();

protected:
    static constexpr int kWaitMs = 10'000;
    static const QByteArray kState;
    static const QByteArray kCode;

    static quint16 freePort();
    static QUrl redirectUriFor(quint16 port);
    // Sends raw bytes as one client and returns everything the receiver answers
    // until it closes the connection (empty if it never answers).
    static QByteArray exchange(quint16 port, const QByteArray &request);
    static int statusOf(const QByteArray &answer);
    static QByteArray bodyOf(const QByteArray &answer);
    static QByteArray get(const QByteArray &target);
    static QByteArray goodTarget();
    static bool portIsClosed(quint16 port);

    quint16 m_port = 0;
};

}  // namespace loopbacktest
