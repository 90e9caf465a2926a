#pragma once

// The base of the tst_tokensession* tests: the in-process sandbox on loopback
// (started once, reset before each test by initTestCase() and init(), run by Qt
// Test for the derived class) and a connected user's /me call.

#include "ConnectedUserFixture.h"
#include "SandboxHost.h"

#include <QObject>

namespace tokensessiontest {

class TokenSessionTestCase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

protected:
    using Outcome = waveshelf::test::ConnectedUserFixture::MeOutcome;

    void fetchMe(waveshelf::test::ConnectedUserFixture &user, Outcome &outcome);
    void expireLocally(waveshelf::test::ConnectedUserFixture &user);
    waveshelf::sandbox::SandboxHost m_sandbox;
};

}  // namespace tokensessiontest
