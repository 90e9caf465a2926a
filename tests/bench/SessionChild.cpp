#include "SessionChild.h"

#include "ArtworkLoader.h"

#include "LatencyProbe.h"
#include "LibraryPage.h"
#include "LoginPage.h"
#include "ProcStats.h"
#include "RunningApp.h"
#include "accounts/AccountService.h"
#include "accounts/CredentialCheck.h"
#include "config/ConfigLoader.h"
#include "models/TrackListModel.h"
#include "network/ApiClient.h"
#include "session/ConnectController.h"
#include "session/UserContext.h"
#include "storage/UserRepository.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>

#include <cstdio>

namespace waveshelf::bench {

namespace {

constexpr int kTimeoutMs = 60'000;
constexpr const char *kWebEngineLibrary = "libQt6WebEngineCore";

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// Runs the event loop until `done` says so (checked after every event batch
// that `changed` signals) or the timeout; false on timeout.
template <typename Sender, typename Signal, typename Done>
bool waitFor(Sender *sender, Signal changed, Done done, int timeoutMs = kTimeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(sender, changed, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] { loop.exit(1); });
    return loop.exec() == 0;
}

QDialog *visiblePopup()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window->objectName() == QLatin1String("connectPopup") && window->isVisible())
            return qobject_cast<QDialog *>(window);
    }
    return nullptr;
}

double residentMiB()
{
    return double(ProcStats::residentKib()) / 1024.0;
}

}  // namespace

SessionChild::SessionChild(QString localUser, QString password, bool quick)
    : m_localUser(std::move(localUser))
    , m_password(std::move(password))
    , m_quick(quick)
{
}

SessionChild::~SessionChild() = default;

void SessionChild::print(const char *key, double value)
{
    std::printf("figure %s %.3f\n", key, value);
    std::fflush(stdout);
}

LibraryPage *SessionChild::library() const
{
    return m_app->window->libraryPage();
}

int SessionChild::run()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const AppConfig config = ConfigLoader::load(ConfigLoader::resolveDataDir({}, env), env);
    m_app = std::make_unique<test::RunningApp>(test::RunningApp::start(config));
    if (!QTest::qWaitForWindowExposed(m_app->window.get()))
        return 2;
    if (!logIn())
        return 3;
    print("webengine_before", ProcStats::maps(kWebEngineLibrary) ? 1 : 0);
    if (!pageThroughAll())
        return 4;
    if (!scroll())
        return 5;
    idle();
    if (!openAndClosePopup())
        return 6;
    return 0;
}

bool SessionChild::logIn()
{
    // The KDF alone: the login's own work (hash verify + vault unlock), same parameters.
    const auto stored = m_app->core->users().findByUsername(m_localUser);
    if (!stored.ok() || !stored.value().has_value())
        return false;
    QList<double> kdf;
    for (int run = 0; run < (m_quick ? 1 : 3); ++run) {
        QElapsedTimer clock;
        clock.start();
        if (!CredentialCheck::verifyAndUnlock(stored.value(), m_password, m_app->core->config().kdfLimits).ok())
            return false;
        kdf.append(msSince(clock));
    }
    std::sort(kdf.begin(), kdf.end());
    print("kdf_ms", kdf.at(kdf.size() / 2));

    LoginPage *page = m_app->window->loginPage();
    page->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit"))->setText(m_localUser);
    page->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))->setText(m_password);
    QEventLoop loop;
    QElapsedTimer clock;
    double busyEnd = -1;
    double firstRows = -1;
    QObject::connect(&m_app->core->accounts(), &AccountService::busyChanged, &loop, [&](bool busy) {
        if (!busy && busyEnd < 0)
            busyEnd = msSince(clock);
    });
    // After MainWindow's own slot, which made the library page.
    QObject::connect(page, &LoginPage::loggedIn, &loop, [&] {
        if (!library())
            return;
        // The default view: lena's 10,000 likes, from the network (no cache yet).
        QObject::connect(library()->tracksModel(), &TrackListModel::rowsInserted, &loop, [&] {
            firstRows = msSince(clock);
            loop.quit();
        });
    });
    QTimer::singleShot(kTimeoutMs, &loop, [&] { loop.exit(1); });
    clock.start();
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("logInPushButton")), Qt::LeftButton);
    if (loop.exec() != 0)
        return false;
    print("login_phase_ms", busyEnd);
    print("login_to_tracks_ms", firstRows);

    // One round trip of the same first page, through the same client (median of 3).
    QList<double> trips;
    // The user's context is the parent of the page's connect controller (MainWindow).
    auto *context = qobject_cast<UserContext *>(library()->connectController().parent());
    if (!context)
        return false;
    ApiClient &api = context->api();
    for (int run = 0; run < 3; ++run) {
        QEventLoop trip;
        QElapsedTimer tripClock;
        tripClock.start();
        api.get(api.listUrl(QStringLiteral("/me/likes/tracks")), &trip, [&](Result<QByteArray>) { trip.quit(); });
        trip.exec();
        trips.append(msSince(tripClock));
    }
    std::sort(trips.begin(), trips.end());
    print("round_trip_ms", trips.at(1));
    return true;
}

bool SessionChild::pageThroughAll()
{
    TrackListModel *model = library()->tracksModel();
    auto *view = library()->findChild<QTableView *>();
    if (!view)
        return false;
    LatencyProbe probe;
    QElapsedTimer clock;
    clock.start();
    probe.start();
    // As a person scrolling down: each page that lands, the view goes to the end
    // again and asks for the next (fetchMore).
    const auto scrollOn = [view] { QTimer::singleShot(0, view, [view] { view->scrollToBottom(); }); };
    QObject::connect(model, &TrackListModel::pageLoaded, view, scrollOn);
    scrollOn();
    const bool complete = waitFor(model, &TrackListModel::pageLoaded, [model] { return model->isComplete(); });
    probe.stop();
    QObject::disconnect(model, &TrackListModel::pageLoaded, view, nullptr);
    print("paging_ms", msSince(clock));
    print("paging_stall_ms", probe.longestStallMs());
    print("rows", model->rowCount());
    // The rows on screen at the end get their artwork (after the view rests), then the figure.
    ArtworkLoader *artwork = library()->artwork();
    int images = 0;
    QObject::connect(artwork, &ArtworkLoader::imageReady, view, [&images] { ++images; });
    waitFor(artwork, &ArtworkLoader::imageReady, [&images] { return images > 0; });
    waitFor(artwork, &ArtworkLoader::idle, [artwork] { return artwork->isIdle(); });
    QObject::disconnect(artwork, &ArtworkLoader::imageReady, view, nullptr);
    QCoreApplication::processEvents();
    print("artwork_images", images);
    print("rss_10k_mib", residentMiB());
    return complete;
}

bool SessionChild::scroll()
{
    auto *view = library()->findChild<QTableView *>();
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(0);
    LatencyProbe probe;
    QEventLoop loop;
    const int step = bar->pageStep() * (m_quick ? 8 : 1);
    // One page down per turn of the event loop, each painted before the next.
    QTimer stepper;
    stepper.setInterval(0);
    QObject::connect(&stepper, &QTimer::timeout, &loop, [&] {
        view->viewport()->repaint();
        if (bar->value() >= bar->maximum())
            loop.quit();
        bar->setValue(bar->value() + step);
    });
    probe.start();
    stepper.start();
    loop.exec();
    probe.stop();
    print("scroll_stall_ms", probe.longestStallMs());
    return true;
}

void SessionChild::idle()
{
    // Let what the scrolling queued settle, then watch the process do nothing.
    QEventLoop settle;
    QTimer::singleShot(1000, &settle, &QEventLoop::quit);
    settle.exec();
    const int seconds = m_quick ? 3 : 10;
    const double cpuBefore = ProcStats::cpuMs();
    const qint64 switchesBefore = ProcStats::contextSwitches();
    QEventLoop idle;
    QTimer::singleShot(seconds * 1000, &idle, &QEventLoop::quit);
    idle.exec();
    print("idle_cpu_ms", ProcStats::cpuMs() - cpuBefore);
    // Less the one wake-up of the timer that ends the window.
    print("idle_wakeups_per_s", double(ProcStats::contextSwitches() - switchesBefore - 1) / seconds);
    print("idle_seconds", seconds);
}

bool SessionChild::openAndClosePopup()
{
    ConnectController &connector = library()->connectController();
    library()->connectToSoundCloud();
    if (!connector.signInWindow())
        return false;
    if (!QTest::qWaitFor([] { return visiblePopup() != nullptr; }, kTimeoutMs))
        return false;
    // The sandbox's authorize page loaded (the address bar's progress hidden again).
    (void)QTest::qWaitFor(
        [] {
            QDialog *popup = visiblePopup();
            auto *progress = popup ? popup->findChild<QProgressBar *>(QStringLiteral("loadingProgressBar")) : nullptr;
            auto *address = popup ? popup->findChild<QLineEdit *>(QStringLiteral("addressLineEdit")) : nullptr;
            return progress && address && progress->isHidden() && !address->text().isEmpty();
        },
        kTimeoutMs);
    visiblePopup()->reject();
    if (!QTest::qWaitFor([&connector] { return connector.signInWindow() == nullptr; }, kTimeoutMs))
        return false;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    print("rss_after_popup_mib", residentMiB());
    print("webengine_after", ProcStats::maps(kWebEngineLibrary) ? 1 : 0);
    return true;
}

}  // namespace waveshelf::bench
