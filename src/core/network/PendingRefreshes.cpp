#include "network/PendingRefreshes.h"

#include "common/LogCategories.h"
#include "common/ShutdownSignals.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace waveshelf {

namespace {

const char kObjectName[] = "waveshelf-pending-refreshes";

}  // namespace

PendingRefreshes::PendingRefreshes(QObject *parent)
    : QObject(parent)
{
    setObjectName(QLatin1String(kObjectName));
}

PendingRefreshes &PendingRefreshes::of(QNetworkAccessManager &network)
{
    auto *existing = network.findChild<PendingRefreshes *>(QLatin1String(kObjectName), Qt::FindDirectChildrenOnly);
    return existing ? *existing : *new PendingRefreshes(&network);
}

PendingRefreshes::~PendingRefreshes()
{
    if (m_holding)
        ShutdownSignals::release();
}

void PendingRefreshes::add(QObject *receiver)
{
    m_receivers.append(receiver);
    if (!m_holding) {
        m_holding = true;
        ShutdownSignals::hold();  // a Ctrl+C now waits for this answer
    }
    connect(receiver, &QObject::destroyed, this, [this] { prune(); });
}

void PendingRefreshes::finished(QObject *receiver)
{
    m_receivers.removeAll(receiver);
    prune();
}

int PendingRefreshes::count() const
{
    int pending = 0;
    for (const QPointer<QObject> &receiver : m_receivers)
        pending += receiver ? 1 : 0;
    return pending;
}

void PendingRefreshes::prune()
{
    m_receivers.removeAll(QPointer<QObject>());
    if (count() > 0)
        return;
    if (m_holding) {
        m_holding = false;
        ShutdownSignals::release();
    }
    emit allDone();
}

bool PendingRefreshes::waitUntilDone(std::chrono::milliseconds timeout) const
{
    if (count() == 0)
        return true;
    qCInfo(lcAuth) << "waiting for" << count() << "refresh answer(s) before stopping";
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &PendingRefreshes::allDone, &loop, &QEventLoop::quit);
    deadline.start(timeout);
    loop.exec();
    const bool done = count() == 0;
    if (!done)
        qCWarning(lcAuth) << "stopping without a refresh answer; the connection may need a reconnect";
    return done;
}

void PendingRefreshes::waitThenExit(QNetworkAccessManager &network, int exitCode)
{
    (void)of(network).waitUntilDone(kShutdownWait);
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(exitCode);
}

}  // namespace waveshelf
