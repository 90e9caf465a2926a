// Two processes (here: two threads, each with its own connection) starting
// at once on a new or old database: both open it; migrations run once.

#include "TestDataDir.h"
#include "storage/Database.h"

#include <QTest>

#include <thread>

using namespace waveshelf;

class TestConcurrentOpen final : public QObject {
    Q_OBJECT

private slots:
    void twoStartsOnANewDatabaseBothSucceed();
};

void TestConcurrentOpen::twoStartsOnANewDatabaseBothSucceed()
{
    for (int round = 0; round < 5; ++round) {
        test::TestDataDir dir;
        const QString path = dir.config().databasePath();
        std::atomic<int> ready{0};
        bool ok[2] = {false, false};
        QString errors[2];
        int versions[2] = {0, 0};
        const auto start = [&](int i) {
            ++ready;
            while (ready < 2)
                std::this_thread::yield();
            auto db = Database::open(path);
            ok[i] = db.ok();
            if (db.ok())
                versions[i] = db.value()->schemaVersion();
            else
                errors[i] = db.error().detail;
        };
        std::thread first(start, 0);
        std::thread second(start, 1);
        first.join();
        second.join();
        QVERIFY2(ok[0], qPrintable(errors[0]));
        QVERIFY2(ok[1], qPrintable(errors[1]));
        QCOMPARE(versions[0], Database::latestSchemaVersion());
        QCOMPARE(versions[1], Database::latestSchemaVersion());
    }
}

QTEST_GUILESS_MAIN(TestConcurrentOpen)
#include "tst_concurrentopen.moc"
