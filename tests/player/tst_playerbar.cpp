// PlayerBar and QueueView driven by a real PlayerController against the sandbox,
// on FakeMediaBackend (no sound): the bar shows the track, its state and times and
// acts on the player; every control has an accessible name and takes the keyboard focus; the
// queue marks the current row, reorders, removes and plays a row.

#include "PlayQueue.h"
#include "PlayerBar.h"
#include "PlayerController.h"
#include "PlayerTestCase.h"
#include "QueueItemDelegate.h"
#include "QueueView.h"
#include "TestSuite.h"

#include <QAbstractSlider>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace waveshelf;
using State = PlayerController::State;

class TestPlayerBar final : public playertest::PlayerTestCase {
    Q_OBJECT

private slots:
    void formatsTimes();
    void showsAndDrivesThePlayer();
    void clickOnTheSeekBarJumpsThere();
    void transportStaysCentredWhateverTheTitle();
    void nothingToPlayNothingToPress();
    void controlsAreNamedAndReachable();
    void saysWhatWentWrong();
    void queueViewReordersRemovesAndPlays();
    void queueViewShowsPlayedNowAndNextAndClears();

private:
    template <typename T>
    static T *child(QWidget &parent, const char *name)
    {
        return parent.findChild<T *>(QLatin1String(name));
    }
};

void TestPlayerBar::formatsTimes()
{
    QCOMPARE(PlayerBar::formatTime(0), QStringLiteral("0:00"));
    QCOMPARE(PlayerBar::formatTime(65'400), QStringLiteral("1:05"));
    QCOMPARE(PlayerBar::formatTime(12 * 60'000), QStringLiteral("12:00"));
    QCOMPARE(PlayerBar::formatTime(3'723'000), QStringLiteral("1:02:03"));
}

void TestPlayerBar::showsAndDrivesThePlayer()
{
    PlayerBar bar(*m_player, nullptr);
    bar.resize(900, bar.sizeHint().height());
    bar.show();
    auto *status = child<QLabel>(bar, "playerStatus");
    auto *playPause = child<QToolButton>(bar, "playPauseButton");
    QCOMPARE(playPause->accessibleName(), QStringLiteral("Play"));
    QSignalSpy states(m_player, &PlayerController::stateChanged);
    m_player->playFrom({track(510001), track(510002)}, 0);
    QCOMPARE(child<QLabel>(bar, "playerTitle")->text(), QStringLiteral("Track 510001"));
    QCOMPARE(child<QLabel>(bar, "playerArtist")->text(), QStringLiteral("Sandbox"));
    QCOMPARE(status->text(), QStringLiteral("Buffering…"));  // loading: the stream is being resolved
    QCOMPARE(playPause->accessibleName(), QStringLiteral("Pause"));
    QVERIFY(waitUntilPlayingPast(1'200));
    QTRY_VERIFY(!status->text().contains(QStringLiteral("Buffering")));
    QTRY_VERIFY(child<QLabel>(bar, "elapsedLabel")->text() != QStringLiteral("0:00"));
    QTRY_COMPARE(child<QLabel>(bar, "totalLabel")->text(), PlayerBar::formatTime(m_player->duration()));

    QTest::mouseClick(playPause, Qt::LeftButton);
    QTRY_COMPARE(m_player->state(), State::Paused);
    QCOMPARE(playPause->accessibleName(), QStringLiteral("Play"));

    // The seek slider by keyboard: Page Up goes 30 seconds on.
    auto *seek = child<QAbstractSlider>(bar, "seekSlider");
    seek->setFocus();
    QTest::keyClick(seek, Qt::Key_PageUp);
    QTRY_VERIFY(m_player->position() >= 30'000);

    auto *volume = child<QAbstractSlider>(bar, "volumeSlider");
    volume->setValue(25);
    QCOMPARE(m_player->volume(), 0.25F);
    QTest::mouseClick(child<QToolButton>(bar, "muteButton"), Qt::LeftButton);
    QVERIFY(m_player->isMuted());
    QCOMPARE(child<QToolButton>(bar, "muteButton")->accessibleName(), QStringLiteral("Unmute"));
    QTest::mouseClick(child<QToolButton>(bar, "shuffleButton"), Qt::LeftButton);
    QVERIFY(m_queue->shuffle());
    QTest::mouseClick(child<QToolButton>(bar, "repeatButton"), Qt::LeftButton);
    QCOMPARE(m_queue->repeat(), PlayQueue::Repeat::All);
    QCOMPARE(child<QToolButton>(bar, "repeatButton")->accessibleName(), QStringLiteral("Repeat: all"));

    QTest::mouseClick(child<QToolButton>(bar, "nextButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>(bar, "playerTitle")->text(), QStringLiteral("Track 510002"));
    QVERIFY(waitUntilPlayingPast(300));
}

void TestPlayerBar::clickOnTheSeekBarJumpsThere()
{
    // Issue 19, defect 5: a click moved 30 s toward the pointer.
    PlayerBar bar(*m_player, nullptr);
    bar.resize(900, bar.sizeHint().height());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    m_player->playFrom({track(510001)}, 0);
    QVERIFY(waitUntilPlayingPast(300));
    QTest::mouseClick(child<QToolButton>(bar, "playPauseButton"), Qt::LeftButton);
    QTRY_COMPARE(m_player->state(), State::Paused);
    auto *seek = child<QAbstractSlider>(bar, "seekSlider");
    const qint64 duration = m_player->duration();
    QVERIFY(duration > 0);
    QCOMPARE(seek->maximum(), int(duration));
    const auto near = [duration](qint64 position, double fraction) {
        return qAbs(position - qint64(double(duration) * fraction)) < duration / 20;
    };
    const int y = seek->height() / 2;

    QTest::mouseClick(seek, Qt::LeftButton, {}, QPoint(seek->width() * 3 / 4, y));
    QTRY_VERIFY2(near(m_player->position(), 0.75), qPrintable(QString::number(m_player->position())));
    QTest::mouseClick(seek, Qt::LeftButton, {}, QPoint(seek->width() / 10, y));
    QTRY_VERIFY2(near(m_player->position(), 0.1), qPrintable(QString::number(m_player->position())));

    // A press on the bar takes hold of the handle there: a drag goes on from it,
    // and the player seeks once, where it is let go.
    QTest::mousePress(seek, Qt::LeftButton, {}, QPoint(seek->width() / 2, y));
    QVERIFY(seek->isSliderDown());
    QTest::mouseMove(seek, QPoint(seek->width() * 3 / 5, y));
    QTest::mouseRelease(seek, Qt::LeftButton, {}, QPoint(seek->width() * 3 / 5, y));
    QTRY_VERIFY2(near(m_player->position(), 0.6), qPrintable(QString::number(m_player->position())));

    // The keys still step.
    QTRY_COMPARE(qint64(seek->value()), m_player->position());
    const int before = seek->value();
    seek->setFocus();
    QTest::keyClick(seek, Qt::Key_Right);
    QTRY_COMPARE(m_player->position(), qint64(before + seek->singleStep()));
}

void TestPlayerBar::transportStaysCentredWhateverTheTitle()
{
    // Issue 19, defect 2: Previous sat at x 262, 285 or 318 depending on the title.
    PlayerBar bar(*m_player, nullptr);
    bar.resize(1000, bar.sizeHint().height());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    auto *previous = child<QToolButton>(bar, "previousButton");
    auto *playPause = child<QToolButton>(bar, "playPauseButton");
    auto *seek = child<QAbstractSlider>(bar, "seekSlider");
    const auto settle = [] { QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); };

    Track shortTitle = track(510001);
    shortTitle.title = QStringLiteral("Ok");
    shortTitle.artist = QStringLiteral("A");
    Track longTitle = track(510002);
    longTitle.title = QString(QStringLiteral("A very long title that goes on ")).repeated(6);
    longTitle.artist = QString(QStringLiteral("An artist with a long name ")).repeated(4);
    m_queue->playFrom({shortTitle, longTitle}, 0);
    m_player->cue(0);
    settle();
    const QPoint previousAt = previous->mapTo(&bar, QPoint(0, 0));
    const QRect seekAt(seek->mapTo(&bar, QPoint(0, 0)), seek->size());
    // Centred: the play button's middle is the bar's.
    QVERIFY2(qAbs(playPause->mapTo(&bar, playPause->rect().center()).x() - bar.width() / 2) <= playPause->width(),
             qPrintable(QString::number(playPause->mapTo(&bar, playPause->rect().center()).x())));
    QVERIFY2(seek->width() >= bar.width() / 3, qPrintable(QString::number(seek->width())));

    m_queue->setCurrentIndex(1);
    m_player->cue(0);
    settle();
    QCOMPARE(previous->mapTo(&bar, QPoint(0, 0)), previousAt);
    QCOMPARE(QRect(seek->mapTo(&bar, QPoint(0, 0)), seek->size()), seekAt);
    // The long title is cut to fit, and whole in its tooltip.
    auto *title = child<QLabel>(bar, "playerTitle");
    QVERIFY(title->text().endsWith(QChar(0x2026)));
    QCOMPARE(title->toolTip(), longTitle.title);
    QVERIFY(title->mapTo(&bar, QPoint(title->width(), 0)).x() < previousAt.x());
}

void TestPlayerBar::nothingToPlayNothingToPress()
{
    // Issue 19, defect 13: the Play button was enabled with nothing to play.
    PlayerBar bar(*m_player, nullptr);
    for (const char *name : {"previousButton", "playPauseButton", "nextButton"})
        QVERIFY2(!child<QToolButton>(bar, name)->isEnabled(), name);
    QVERIFY(!child<QAbstractSlider>(bar, "seekSlider")->isEnabled());
    m_queue->playFrom({track(510001)}, 0);
    m_player->cue(0);
    for (const char *name : {"previousButton", "playPauseButton", "nextButton"})
        QVERIFY2(child<QToolButton>(bar, name)->isEnabled(), name);
    QVERIFY(child<QAbstractSlider>(bar, "seekSlider")->isEnabled());
}

void TestPlayerBar::controlsAreNamedAndReachable()
{
    PlayerBar bar(*m_player, nullptr);
    QueueView queue(*m_player);
    for (QWidget *widget : {static_cast<QWidget *>(&bar), static_cast<QWidget *>(&queue)}) {
        const auto controls = widget->findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *control : controls) {
            if (!qobject_cast<QAbstractButton *>(control) && !qobject_cast<QAbstractSlider *>(control)
                && !qobject_cast<QListView *>(control))
                continue;
            if (qobject_cast<QScrollBar *>(control))
                continue;  // a list's own scroll bars
            ++checked;
            QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
            QVERIFY2(control->focusPolicy() & Qt::TabFocus, qPrintable(control->objectName()));
            if (!control->toolTip().isEmpty() && qobject_cast<QToolButton *>(control))
                QCOMPARE(control->accessibleName(), control->toolTip());
        }
        QVERIFY(checked >= 4);
    }
}

void TestPlayerBar::saysWhatWentWrong()
{
    PlayerBar bar(*m_player, nullptr);
    auto *status = child<QLabel>(bar, "playerStatus");
    m_player->playFrom({track(520004, QStringLiteral("blocked"))}, 0);
    QVERIFY(status->text().contains(QStringLiteral("blocked on SoundCloud")));
    m_player->playFrom({track(520005, QStringLiteral("preview"))}, 0);
    QVERIFY(status->text().contains(QStringLiteral("Preview")));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Only a preview")), 10'000);
}

void TestPlayerBar::queueViewReordersRemovesAndPlays()
{
    QueueView view(*m_player);
    view.show();
    QApplication::setActiveWindow(&view);
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QListView *list = view.list();
    m_queue->playFrom({track(510001), track(510002), track(510003)}, 0);
    m_player->cue(0);  // current without playing
    QVERIFY(list->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!list->model()->index(1, 0).data(Qt::FontRole).value<QFont>().bold());

    list->setFocus();
    list->setCurrentIndex(m_queue->index(2));
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_queue->at(1).urn, track(510003).urn);
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("moveDownButton")), Qt::LeftButton);
    QCOMPARE(m_queue->at(2).urn, track(510003).urn);
    // What a drag within the list does (QListView's InternalMove calls moveRows).
    QVERIFY(m_queue->moveRow(QModelIndex(), 2, QModelIndex(), 0));
    QCOMPARE(m_queue->at(0).urn, track(510003).urn);
    QCOMPARE(m_queue->currentIndex(), 1);  // the current track moved with its row
    QVERIFY(list->model()->flags(m_queue->index(0)) & Qt::ItemIsDragEnabled);

    list->setFocus();
    list->setCurrentIndex(m_queue->index(2));
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(m_queue->count(), 2);

    const QRect row0 = list->visualRect(m_queue->index(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row0.center());  // a double-click's first press
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, row0.center());
    QCOMPARE(m_player->currentTrack()->urn, track(510003).urn);
    QVERIFY(waitUntilPlayingPast(200));
    QVERIFY(list->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
}

void TestPlayerBar::queueViewShowsPlayedNowAndNextAndClears()
{
    // Issue 19, defect 13: the queue was plain "Title — artist" text with a horizontal
    // scroll bar, no durations, no split between played and upcoming, no Clear.
    QueueView view(*m_player);
    view.resize(260, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QListView *list = view.list();
    QCOMPARE(list->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    auto *clear = view.findChild<QPushButton *>(QStringLiteral("clearButton"));
    QVERIFY(clear && !clear->isEnabled());  // nothing to clear

    Track longOne = track(510003);
    longOne.title = QString(QStringLiteral("A title far too long for the dock ")).repeated(3);
    m_queue->playFrom({track(510001), track(510002), longOne, track(510004)}, 1);
    m_player->cue(0);
    const auto caption = [list](int row) { return QueueItemDelegate::captionOf(list->model()->index(row, 0)); };
    QCOMPARE(caption(0), QString());  // played
    QCOMPARE(caption(1), QStringLiteral("Now playing"));
    QCOMPARE(caption(2), QStringLiteral("Up next"));
    QCOMPARE(caption(3), QString());
    // Captioned rows are taller; no row is wider than the list (it elides).
    const int plain = list->visualRect(m_queue->index(0)).height();
    QVERIFY(list->visualRect(m_queue->index(1)).height() > plain);
    QVERIFY(list->visualRect(m_queue->index(2)).width() <= list->viewport()->width());
    // The headings follow the current track.
    m_queue->setCurrentIndex(2);
    QCOMPARE(caption(1), QString());
    QCOMPARE(caption(3), QStringLiteral("Up next"));
    QTRY_VERIFY(list->visualRect(m_queue->index(1)).height() == plain);

    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(m_queue->count(), 1);
    QCOMPARE(m_queue->at(0).urn, longOne.urn);
    QVERIFY(!clear->isEnabled());
}

WAVESHELF_TEST_MAIN(TestPlayerBar)
#include "tst_playerbar.moc"
