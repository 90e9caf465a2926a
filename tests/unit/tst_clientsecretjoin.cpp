// What the keyring's answer changes in the app's config when it arrives
// (MainWindow::loadClientSecret): only the client secret, joined to the config
// current at that moment, never the config the question was asked with.

#include "TestSuite.h"
#include "config/AppConfig.h"
#include "secrets/ClientSecretStore.h"

#include <QTest>

using namespace waveshelf;

namespace {

AppConfig asked()
{
    AppConfig config;
    config.clientId = QStringLiteral("client-a");
    config.clientSecretInKeyring = true;
    config.apiUrl = QUrl(QStringLiteral("https://api.example.test/"));
    config.libraryCacheLimitMiB = 100;
    return config;
}

AppConfig answered()
{
    AppConfig config = asked();
    config.clientSecret = QStringLiteral("from-the-keyring");
    return config;
}

}  // namespace

class TestClientSecretJoin final : public QObject {
    Q_OBJECT

private slots:
    void joinsOnlyTheSecretToTheCurrentConfig();
    void leavesAnotherClientOrASecretSetMeanwhile();
};

void TestClientSecretJoin::joinsOnlyTheSecretToTheCurrentConfig()
{
    // Settings changed while the keyring was asked: those changes stay.
    AppConfig current = asked();
    current.apiUrl = QUrl(QStringLiteral("https://changed.example.test/"));
    current.libraryCacheLimitMiB = 250;
    const std::optional<AppConfig> joined = ClientSecretStore::withAnsweredSecret(current, answered());
    QVERIFY(joined);
    QCOMPARE(joined->clientSecret, QStringLiteral("from-the-keyring"));
    QCOMPARE(joined->apiUrl, current.apiUrl);
    QCOMPARE(joined->libraryCacheLimitMiB, 250);
    QCOMPARE(joined->clientId, current.clientId);
}

void TestClientSecretJoin::leavesAnotherClientOrASecretSetMeanwhile()
{
    AppConfig otherClient = asked();
    otherClient.clientId = QStringLiteral("client-b");
    QVERIFY(!ClientSecretStore::withAnsweredSecret(otherClient, answered()));
    AppConfig withSecret = asked();
    withSecret.clientSecret = QStringLiteral("entered-meanwhile");
    QVERIFY(!ClientSecretStore::withAnsweredSecret(withSecret, answered()));
    QVERIFY(!ClientSecretStore::withAnsweredSecret(asked(), asked()));  // no secret in the answer
}

WAVESHELF_TEST_GUILESS_MAIN(TestClientSecretJoin)
#include "tst_clientsecretjoin.moc"
