// OffThread: the work runs on the global thread pool, what follows it on the
// caller's thread, and nothing follows it once the caller's context is gone.

#include "TestSuite.h"
#include "common/OffThread.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>

using namespace waveshelf;

class TestOffThread final : public QObject {
    Q_OBJECT

private slots:
    void workOnThePoolResultOnTheCallersThread();
    void errorsArriveAsValues();
    void destroyedContextDropsTheResult();
};

void TestOffThread::workOnThePoolResultOnTheCallersThread()
{
    QObject context;
    QThread *workThread = nullptr;
    QThread *doneThread = nullptr;
    int calls = 0;
    OffThread::compute<int>(
        [&workThread] {
            workThread = QThread::currentThread();
            return Result<int>(42);
        },
        &context,
        [&](Result<int> result) {
            doneThread = QThread::currentThread();
            ++calls;
            QVERIFY(result.ok());
            QCOMPARE(result.value(), 42);
        });
    QTRY_COMPARE(calls, 1);
    QVERIFY(workThread && workThread != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
}

void TestOffThread::errorsArriveAsValues()
{
    QObject context;
    int calls = 0;
    OffThread::compute<QString>(
        [] {
            return Result<QString>(Error{ErrorKind::Protocol, QStringLiteral("bad")});
        },
        &context,
        [&calls](Result<QString> result) {
            ++calls;
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind, ErrorKind::Protocol);
        });
    QTRY_COMPARE(calls, 1);
}

void TestOffThread::destroyedContextDropsTheResult()
{
    QSemaphore started;
    QSemaphore release;
    std::atomic<bool> finished{false};
    int calls = 0;
    {
        QObject context;
        OffThread::run(
            [&] {
                started.release();
                release.acquire();  // held until the context is gone
                finished = true;
            },
            &context, [&calls] { ++calls; });
        started.acquire();
    }
    release.release();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10'000));
    QVERIFY(finished);
    // What the finished work posted is delivered by now, or never.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(calls, 0);
}

WAVESHELF_TEST_GUILESS_MAIN(TestOffThread)
#include "tst_offthread.moc"
