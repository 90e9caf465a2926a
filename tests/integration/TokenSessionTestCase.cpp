#include "TokenSessionTestCase.h"

#include <QTest>

using namespace waveshelf;

namespace tokensessiontest {

void TokenSessionTestCase::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TokenSessionTestCase::init()
{
    m_sandbox.clearFaults();
    m_sandbox.resetCounters();
    m_sandbox.setAccessTokenLifetime(3600);
    m_sandbox.setRotateRefreshTokens(true);
}

void TokenSessionTestCase::fetchMe(test::ConnectedUserFixture &user, Outcome &outcome)
{
    user.fetchMe(this, outcome);
}

void TokenSessionTestCase::expireLocally(test::ConnectedUserFixture &user)
{
    QVERIFY(user.expireLocally());
}

}  // namespace tokensessiontest
