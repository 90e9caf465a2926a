#pragma once

// The other end of MPRIS in the tests: a desktop's media applet on its own
// connection to the (private) session bus. Every call waits for its reply with
// the event loop running, since the service answers from this same thread.

#include <QDBusConnection>
#include <QDBusMessage>
#include <QList>
#include <QObject>
#include <QVariantMap>

namespace mpristest {

class MprisClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MprisClient)

public:
    static const QString kRoot;    // org.mpris.MediaPlayer2
    static const QString kPlayer;  // org.mpris.MediaPlayer2.Player

    MprisClient(const QString &serviceName, QObject *parent = nullptr);
    ~MprisClient() override;

    [[nodiscard]] bool isConnected() const { return m_bus.isConnected(); }
    [[nodiscard]] QDBusConnection &bus() { return m_bus; }

    // A property through org.freedesktop.DBus.Properties.Get, as plain Qt values
    // (a{sv} as QVariantMap); invalid if the call failed.
    [[nodiscard]] QVariant property(const QString &interface, const QString &name);
    [[nodiscard]] QVariantMap metadata() { return property(kPlayer, QStringLiteral("Metadata")).toMap(); }
    // Properties.Set; true when the service answered without an error.
    bool setProperty(const QString &interface, const QString &name, const QVariant &value);
    // A method call; the reply (an error reply included).
    QDBusMessage call(const QString &interface, const QString &method, const QVariantList &arguments = {});

    // What PropertiesChanged said about the Player interface, one map per signal.
    [[nodiscard]] const QList<QVariantMap> &changes() const { return m_changes; }
    // Waits until a PropertiesChanged says `name` is `value`.
    [[nodiscard]] bool waitForChange(const QString &name, const QVariant &value, int timeoutMs = 15'000);
    // Positions (µs) of the Seeked signals received.
    [[nodiscard]] const QList<qlonglong> &seeked() const { return m_seeked; }
    void clearSignals();

    // A D-Bus value as plain Qt values: variants unwrapped, a{sv} as QVariantMap.
    [[nodiscard]] static QVariant plain(const QVariant &value);

private slots:
    void onPropertiesChanged(const QDBusMessage &message);
    void onSeeked(qlonglong positionUs);

private:
    QDBusMessage waitForReply(const QDBusMessage &message);

    QString m_service;
    QDBusConnection m_bus;
    QList<QVariantMap> m_changes;
    QList<qlonglong> m_seeked;
};

}  // namespace mpristest
