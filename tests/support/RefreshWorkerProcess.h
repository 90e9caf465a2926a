#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

namespace waveshelf::test {

class ConnectedUserFixture;

// Starts tests/support/refresh_worker (`program`) on the fixture's data dir
// against the sandbox at `service`, firing `requests` concurrent /me requests
// (after a "go" line on stdin when `waitForGo`). The local password goes
// through stdin, never the command line.
[[nodiscard]] std::unique_ptr<QProcess> startRefreshWorker(const QString &program, ConnectedUserFixture &user,
                                                           const QUrl &service, const QString &localUser,
                                                           const QString &localPassword, int requests, bool waitForGo,
                                                           QProcess::ProcessChannelMode channels);

}  // namespace waveshelf::test
