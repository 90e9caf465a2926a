#include "MprisClient.h"

#include "MprisService.h"

#include <QDBusArgument>
#include <QDBusPendingCall>
#include <QDBusVariant>
#include <QTest>

namespace mpristest {

namespace {

const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");

QString nextConnectionName()
{
    static int count = 0;
    return QStringLiteral("mpris-test-client-%1").arg(++count);
}

}  // namespace

const QString MprisClient::kRoot = QStringLiteral("org.mpris.MediaPlayer2");
const QString MprisClient::kPlayer = QStringLiteral("org.mpris.MediaPlayer2.Player");

MprisClient::MprisClient(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_service(serviceName)
    , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, nextConnectionName()))
{
    // Any sender on this private bus: matching the well-known name would drop the
    // signals that come before Qt has looked up its owner.
    const QString path = waveshelf::MprisService::kObjectPath;
    m_bus.connect(QString(), path, kProperties, QStringLiteral("PropertiesChanged"), this,
                  SLOT(onPropertiesChanged(QDBusMessage)));
    m_bus.connect(QString(), path, kPlayer, QStringLiteral("Seeked"), this, SLOT(onSeeked(qlonglong)));
}

MprisClient::~MprisClient()
{
    QDBusConnection::disconnectFromBus(m_bus.name());
}

QDBusMessage MprisClient::waitForReply(const QDBusMessage &message)
{
    QDBusPendingCall pending = m_bus.asyncCall(message, 15'000);
    if (!QTest::qWaitFor([&] { return pending.isFinished(); }, 20'000))
        return QDBusMessage::createError(QStringLiteral("test.Timeout"), QStringLiteral("no reply"));
    return pending.reply();
}

QDBusMessage MprisClient::call(const QString &interface, const QString &method, const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(m_service, waveshelf::MprisService::kObjectPath, interface,
                                                          method);
    message.setArguments(arguments);
    return waitForReply(message);
}

QVariant MprisClient::property(const QString &interface, const QString &name)
{
    QDBusMessage message = QDBusMessage::createMethodCall(m_service, waveshelf::MprisService::kObjectPath, kProperties,
                                                          QStringLiteral("Get"));
    message << interface << name;
    const QDBusMessage reply = waitForReply(message);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return plain(reply.arguments().first());
}

bool MprisClient::setProperty(const QString &interface, const QString &name, const QVariant &value)
{
    QDBusMessage message = QDBusMessage::createMethodCall(m_service, waveshelf::MprisService::kObjectPath, kProperties,
                                                          QStringLiteral("Set"));
    message << interface << name << QVariant::fromValue(QDBusVariant(value));
    return waitForReply(message).type() == QDBusMessage::ReplyMessage;
}

bool MprisClient::waitForChange(const QString &name, const QVariant &value, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            for (const QVariantMap &change : m_changes) {
                if (change.contains(name) && change.value(name) == value)
                    return true;
            }
            return false;
        },
        timeoutMs);
}

void MprisClient::clearSignals()
{
    m_changes.clear();
    m_seeked.clear();
}

QVariant MprisClient::plain(const QVariant &value)
{
    if (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        return plain(value.value<QDBusVariant>().variant());
    if (value.userType() != qMetaTypeId<QDBusArgument>())
        return value;
    const auto argument = value.value<QDBusArgument>();
    if (argument.currentSignature() != QLatin1String("a{sv}"))
        return value;
    QVariantMap map = qdbus_cast<QVariantMap>(argument);
    for (auto it = map.begin(); it != map.end(); ++it)
        it.value() = plain(it.value());
    return map;
}

void MprisClient::onPropertiesChanged(const QDBusMessage &message)
{
    const QVariantList arguments = message.arguments();
    if (arguments.size() != 3 || arguments.at(0).toString() != kPlayer)
        return;
    m_changes.append(plain(arguments.at(1)).toMap());
}

void MprisClient::onSeeked(qlonglong positionUs)
{
    m_seeked.append(positionUs);
}

}  // namespace mpristest
