#include "LibraryPage.h"

#include "BrowserProfiles.h"
#include "ConnectPopup.h"
#include "TrackItemDelegate.h"
#include "models/TrackListModel.h"
#include "network/ApiClient.h"
#include "network/TokenSession.h"
#include "session/ConnectFlow.h"
#include "auth/LoopbackReceiver.h"
#include "session/UserContext.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace waveshelf {

LibraryPage::LibraryPage(UserContext &context, BrowserProfiles &profiles, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_profiles(profiles),
      m_tracks(new TrackListModel(context.api(), this)),
      m_stack(new QStackedWidget(this))
{
    // Connect prompt.
    m_promptPanel = new QWidget(m_stack);
    auto *promptTitle = new QLabel(tr("Connect Waveshelf to your SoundCloud account"), m_promptPanel);
    QFont titleFont = promptTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    promptTitle->setFont(titleFont);
    promptTitle->setAlignment(Qt::AlignCenter);
    m_promptLabel = new QLabel(m_promptPanel);
    m_promptLabel->setWordWrap(true);
    m_promptLabel->setAlignment(Qt::AlignCenter);
    m_connectPushButton = new QPushButton(tr("Connect to SoundCloud"), m_promptPanel);
    m_connectPushButton->setObjectName(QStringLiteral("connectPushButton"));
    m_connectPushButton->setAccessibleName(m_connectPushButton->text());
    m_connectPushButton->setDefault(true);
    m_connectPushButton->setMinimumHeight(40);
    m_browserSignInPushButton = new QPushButton(tr("Sign in with your web browser instead"), m_promptPanel);
    m_browserSignInPushButton->setObjectName(QStringLiteral("browserSignInPushButton"));
    m_browserSignInPushButton->setAccessibleName(m_browserSignInPushButton->text());
    m_browserSignInPushButton->setMinimumHeight(40);
    auto *promptLayout = new QVBoxLayout(m_promptPanel);
    promptLayout->addStretch();
    promptLayout->addWidget(promptTitle);
    promptLayout->addWidget(m_promptLabel);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_connectPushButton);
    buttonRow->addWidget(m_browserSignInPushButton);
    buttonRow->addStretch();
    promptLayout->addLayout(buttonRow);
    promptLayout->addStretch();
    m_stack->addWidget(m_promptPanel);

    // Library.
    m_libraryPanel = new QWidget(m_stack);
    m_accountLabel = new QLabel(m_libraryPanel);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_accountLabel->setTextFormat(Qt::PlainText);
    m_countLabel = new QLabel(m_libraryPanel);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_disconnectPushButton = new QPushButton(tr("Disconnect"), m_libraryPanel);
    m_disconnectPushButton->setObjectName(QStringLiteral("disconnectPushButton"));
    m_disconnectPushButton->setAccessibleName(m_disconnectPushButton->text());
    m_tracksTableView = new QTableView(m_libraryPanel);
    m_tracksTableView->setObjectName(QStringLiteral("tracksTableView"));
    m_tracksTableView->setAccessibleName(tr("Your tracks"));
    m_tracksTableView->setModel(m_tracks);
    m_tracksTableView->setItemDelegate(new TrackItemDelegate(m_tracksTableView));
    m_tracksTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tracksTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tracksTableView->setAlternatingRowColors(true);
    m_tracksTableView->setWordWrap(false);
    m_tracksTableView->verticalHeader()->hide();
    m_tracksTableView->verticalHeader()->setDefaultSectionSize(m_tracksTableView->fontMetrics().height() + 10);
    m_tracksTableView->horizontalHeader()->setSectionResizeMode(TrackListModel::TitleColumn, QHeaderView::Stretch);
    m_tracksTableView->horizontalHeader()->setSectionResizeMode(TrackListModel::ArtistColumn, QHeaderView::Interactive);
    m_tracksTableView->setColumnWidth(TrackListModel::ArtistColumn, 180);
    m_tracksTableView->setColumnWidth(TrackListModel::GenreColumn, 170);
    m_tracksTableView->horizontalHeader()->setSectionResizeMode(TrackListModel::DurationColumn,
                                                               QHeaderView::ResizeToContents);
    auto *header = new QHBoxLayout;
    header->addWidget(m_accountLabel, 1);
    header->addWidget(m_countLabel);
    header->addWidget(m_disconnectPushButton);
    auto *libraryLayout = new QVBoxLayout(m_libraryPanel);
    libraryLayout->setContentsMargins(0, 0, 0, 0);
    libraryLayout->addLayout(header);
    libraryLayout->addWidget(m_tracksTableView, 1);
    m_stack->addWidget(m_libraryPanel);
    m_browserWaitPanel = createBrowserWaitPanel();
    m_stack->addWidget(m_browserWaitPanel);

    // Messages.
    m_messagePanel = new QWidget(this);
    m_messagePanel->setObjectName(QStringLiteral("messagePanel"));
    m_messageLabel = new QLabel(m_messagePanel);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setAccessibleName(tr("Message"));
    m_retryPushButton = new QPushButton(tr("Try again"), m_messagePanel);
    m_retryPushButton->setObjectName(QStringLiteral("retryPushButton"));
    m_retryPushButton->setAccessibleName(m_retryPushButton->text());
    m_reconnectPushButton = new QPushButton(tr("Reconnect"), m_messagePanel);
    m_reconnectPushButton->setObjectName(QStringLiteral("reconnectPushButton"));
    m_reconnectPushButton->setAccessibleName(m_reconnectPushButton->text());
    auto *messageLayout = new QHBoxLayout(m_messagePanel);
    messageLayout->addWidget(m_messageLabel, 1);
    messageLayout->addWidget(m_retryPushButton);
    messageLayout->addWidget(m_reconnectPushButton);
    m_messagePanel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messagePanel);
    layout->addWidget(m_stack, 1);

    connect(m_connectPushButton, &QPushButton::clicked, this, &LibraryPage::connectToSoundCloud);
    connect(m_browserSignInPushButton, &QPushButton::clicked, this, &LibraryPage::signInWithBrowser);
    connect(m_reconnectPushButton, &QPushButton::clicked, this, &LibraryPage::connectToSoundCloud);
    connect(m_disconnectPushButton, &QPushButton::clicked, this, &LibraryPage::disconnectFromSoundCloud);
    connect(m_retryPushButton, &QPushButton::clicked, this, [this] {
        m_messagePanel->hide();
        m_tracks->retry();
    });
    connect(m_tracks, &TrackListModel::loadFailed, this, &LibraryPage::onTracksFailed);
    connect(m_tracks, &TrackListModel::pageLoaded, this, &LibraryPage::updateTrackCount);
    connect(m_tracks, &TrackListModel::loadingChanged, this, &LibraryPage::updateTrackCount);
}

LibraryPage::~LibraryPage()
{
    delete m_popup.data();  // a pending connect attempt dies with the session
}

ConnectPopup *LibraryPage::popup() const
{
    return m_popup.data();
}

void LibraryPage::start()
{
    const auto account = m_context.connectedAccount();
    if (!account.ok()) {
        showConnectPrompt(QString());
        showError(account.error());
        return;
    }
    if (account.value().has_value())
        showAccount(*account.value());
    else
        showConnectPrompt(QString());
}

void LibraryPage::showConnectPrompt(const QString &message)
{
    m_account.reset();
    m_tracks->clear();
    m_promptLabel->setText(message.isEmpty()
                               ? tr("Waveshelf opens SoundCloud's sign-in page in a small window. Approve "
                                    "Waveshelf there once; after that your library is here whenever you log in.")
                               : message);
    m_stack->setCurrentWidget(m_promptPanel);
    m_connectPushButton->setFocus();
    emit connectionChanged(false);
}

void LibraryPage::showAccount(const SoundCloudAccount &account)
{
    m_account = account;
    m_messagePanel->hide();
    m_accountLabel->setText(tr("Connected to SoundCloud as %1").arg(account.username));
    m_accountLabel->setAccessibleName(m_accountLabel->text());
    m_stack->setCurrentWidget(m_libraryPanel);
    m_tracks->load(m_context.api().listUrl(QStringLiteral("/me/tracks")));
    m_tracksTableView->setFocus();
    emit connectionChanged(true);
}

void LibraryPage::showError(const Error &error)
{
    m_messageLabel->setText(error.message);
    m_retryPushButton->setVisible(error.isTransient() && m_account.has_value());
    m_retryPushButton->setEnabled(true);
    if (error.kind == ErrorKind::RateLimited) {
        // Back off: no retry before SoundCloud's reset time (or half a minute).
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 waitMs = error.retryAt.isValid() && error.retryAt > now
            ? qMin<qint64>(now.msecsTo(error.retryAt), 15 * 60 * 1000)
            : kRateLimitBackoffMs;
        m_retryPushButton->setEnabled(false);
        QTimer::singleShot(waitMs, m_retryPushButton, [button = m_retryPushButton] { button->setEnabled(true); });
    }
    m_reconnectPushButton->setVisible(error.kind == ErrorKind::ReconnectNeeded);
    m_messagePanel->show();
    emit statusMessage(error.message);
}

void LibraryPage::connectToSoundCloud()
{
    if (m_popup) {
        m_popup->raise();
        m_popup->activateWindow();
        return;
    }
    if (!checkClientId())
        return;
    m_messagePanel->hide();
    m_flow = m_context.startConnect();
    m_popup = new ConnectPopup(m_profiles.profileFor(m_context.user().id), m_flow->request().url,
                               m_flow->request().redirectUri, window());
    m_popup->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_popup, &ConnectPopup::redirectReceived, m_flow, &ConnectFlow::complete);
    connect(m_popup, &ConnectPopup::closedByUser, m_flow, &ConnectFlow::cancelByUser);
    connect(m_popup, &ConnectPopup::browserSignInRequested, this, &LibraryPage::signInWithBrowser);
    watchFlow(m_flow);
    setConnecting(true);
    m_popup->show();
}

void LibraryPage::watchFlow(ConnectFlow *flow)
{
    connect(flow, &ConnectFlow::exchanging, this,
            [this] { emit statusMessage(tr("Finishing the connection with SoundCloud…")); });
    connect(flow, &ConnectFlow::connected, this, [this](const SoundCloudAccount &account) {
        setConnecting(false);
        emit statusMessage(tr("Connected to SoundCloud as %1.").arg(account.username));
        showAccount(account);
    });
    connect(flow, &ConnectFlow::failed, this, &LibraryPage::onConnectFailed);
    connect(flow, &ConnectFlow::differentAccount, this, &LibraryPage::askToReplaceAccount);
}

void LibraryPage::askToReplaceAccount(const SoundCloudAccount &stored, const SoundCloudAccount &signedIn)
{
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Replace the SoundCloud account?"),
        tr("You signed in to SoundCloud as %1, but Waveshelf has you connected as %2.\n\n"
           "Connect %1 instead? Waveshelf then forgets the connection to %2.")
            .arg(signedIn.username, stored.username),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("replaceAccountMessageBox"));
    box->setTextFormat(Qt::PlainText);  // usernames come from the server
    QPushButton *replace = box->addButton(tr("Connect %1").arg(signedIn.username), QMessageBox::AcceptRole);
    box->addButton(tr("Keep %1").arg(stored.username), QMessageBox::RejectRole);
    box->setDefaultButton(qobject_cast<QPushButton *>(box->buttons().constLast()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ConnectFlow> flow = m_flow;
    connect(box, &QMessageBox::finished, this, [box, replace, flow] {
        if (!flow)
            return;  // the session ended meanwhile
        if (box->clickedButton() == replace)
            flow->confirmReplace();
        else
            flow->keepExisting();
    });
    box->open();
}

void LibraryPage::onConnectFailed(const Error &error)
{
    setConnecting(false);
    showError(error);
}

void LibraryPage::setConnecting(bool connecting)
{
    m_connectPushButton->setEnabled(!connecting);
    m_browserSignInPushButton->setEnabled(!connecting);
    m_reconnectPushButton->setEnabled(!connecting);
    if (connecting)
        emit statusMessage(tr("Waiting for you to approve Waveshelf in the SoundCloud window…"));
}

void LibraryPage::onTracksFailed(const Error &error)
{
    showError(error);
}

void LibraryPage::disconnectFromSoundCloud()
{
    // Asked without a nested event loop: a connect finishing meanwhile must
    // not be undone by an answer given to an older question.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Disconnect from SoundCloud"),
                                tr("Waveshelf will forget your SoundCloud connection on this computer and sign you "
                                   "out of SoundCloud in its window. Your tracks stay on SoundCloud. Disconnect?"),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("disconnectMessageBox"));
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<SoundCloudAccount> askedAbout = m_account;
    connect(box, &QMessageBox::finished, this, [this, box, askedAbout] {
        if (box->clickedButton() == box->button(QMessageBox::Yes) && m_account && askedAbout
            && m_account->urn == askedAbout->urn)
            forgetConnection();
    });
    box->open();
}

void LibraryPage::forgetConnection()
{
    // A connect attempt still open (popup or browser) ends with the connection.
    delete m_popup.data();
    endBrowserSignIn();
    setConnecting(false);
    const auto removed = m_context.disconnect();
    if (!removed.ok()) {
        showError(removed.error());
        return;
    }
    m_profiles.clear(m_context.user().id);
    m_messagePanel->hide();
    showConnectPrompt(QString());
    emit statusMessage(tr("Disconnected from SoundCloud."));
}

void LibraryPage::updateTrackCount()
{
    const int rows = m_tracks->rowCount();
    if (m_tracks->isLoading())
        m_countLabel->setText(tr("Loading tracks…"));
    else if (m_tracks->isComplete())
        m_countLabel->setText(tr("%n track(s)", nullptr, rows));
    else
        m_countLabel->setText(tr("%n track(s) so far", nullptr, rows));
}

// --- Sign in with the web browser (RFC 8252) ---------------------------------
// The popup's flow, with the system browser instead of the popup and a
// LoopbackReceiver on the redirect URI's port instead of ConnectPage. Success
// and failure go through watchFlow(), exactly as for the popup.

namespace {

bool openWith(const LibraryPage::BrowserOpener &opener, const QUrl &url)
{
    return opener ? opener(url) : QDesktopServices::openUrl(url);
}

}  // namespace

bool LibraryPage::checkClientId()
{
    if (m_context.config().hasClientId())
        return true;
    showError(Error{ErrorKind::InvalidInput,
                    tr("No SoundCloud app is set up yet. Open File → Settings and enter your app's client ID."),
                    QStringLiteral("no client id")});
    return false;
}

bool LibraryPage::isWaitingForBrowser() const
{
    return !m_receiver.isNull();
}

void LibraryPage::setBrowserOpener(BrowserOpener opener)
{
    m_browserOpener = std::move(opener);
}

QWidget *LibraryPage::createBrowserWaitPanel()
{
    auto *panel = new QWidget(m_stack);
    panel->setObjectName(QStringLiteral("browserWaitPanel"));
    auto *title = new QLabel(tr("Waiting for you to approve Waveshelf in your web browser…"), panel);
    title->setObjectName(QStringLiteral("browserWaitTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    m_browserWaitLabel = new QLabel(panel);
    m_browserWaitLabel->setObjectName(QStringLiteral("browserWaitLabel"));
    m_browserWaitLabel->setAlignment(Qt::AlignCenter);
    m_browserWaitLabel->setWordWrap(true);
    m_browserWaitLabel->setTextFormat(Qt::PlainText);
    m_reopenBrowserPushButton = new QPushButton(tr("Open the page again"), panel);
    m_reopenBrowserPushButton->setObjectName(QStringLiteral("reopenBrowserPushButton"));
    m_reopenBrowserPushButton->setAccessibleName(m_reopenBrowserPushButton->text());
    m_cancelBrowserPushButton = new QPushButton(tr("Cancel"), panel);
    m_cancelBrowserPushButton->setObjectName(QStringLiteral("cancelBrowserSignInPushButton"));
    m_cancelBrowserPushButton->setAccessibleName(tr("Cancel signing in with the web browser"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reopenBrowserPushButton);
    buttons->addWidget(m_cancelBrowserPushButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(panel);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(m_browserWaitLabel);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_reopenBrowserPushButton, &QPushButton::clicked, this, [this] {
        if (m_receiver && m_flow)
            openWith(m_browserOpener, m_flow->request().url);
    });
    connect(m_cancelBrowserPushButton, &QPushButton::clicked, this, &LibraryPage::cancelBrowserSignIn);
    return panel;
}

void LibraryPage::signInWithBrowser()
{
    if (m_receiver) {  // already waiting: show the page again
        if (m_flow)
            openWith(m_browserOpener, m_flow->request().url);
        return;
    }
    if (m_popup && !m_popup->isFinished()) {  // one attempt at a time
        m_popup->raise();
        m_popup->activateWindow();
        return;
    }
    if (!checkClientId())
        return;
    m_messagePanel->hide();
    m_flow = m_context.startConnect();  // replaces the popup's attempt, if it asked for this
    ConnectFlow *flow = m_flow;
    auto *receiver = new LoopbackReceiver(flow->request().redirectUri, flow->request().state, this);
    const Result<void> started = receiver->start();
    if (!started.ok()) {
        delete receiver;
        delete flow;
        setConnecting(false);
        showError(started.error());
        return;
    }
    m_receiver = receiver;
    connect(receiver, &LoopbackReceiver::redirectReceived, this, &LibraryPage::onBrowserRedirect);
    connect(receiver, &LoopbackReceiver::redirectReceived, flow, &ConnectFlow::complete);
    connect(receiver, &LoopbackReceiver::failed, this, &LibraryPage::onBrowserSignInFailed);
    watchFlow(flow);
    // The wait ends with the attempt, however it ends (also when another attempt replaces it).
    connect(flow, &ConnectFlow::connected, this, &LibraryPage::endBrowserSignIn);
    connect(flow, &ConnectFlow::failed, this, &LibraryPage::endBrowserSignIn);
    connect(flow, &QObject::destroyed, this, [this] {  // replaced by a new attempt, or disconnected
        endBrowserSignIn();
        setConnecting(false);
    });

    setConnecting(true);
    m_browserWaitLabel->setText(
        tr("Your web browser shows SoundCloud's sign-in page. Approve Waveshelf there, then come back here. "
           "Waveshelf listens on this computer only (port %1) for SoundCloud's answer.")
            .arg(receiver->serverPort()));
    m_reopenBrowserPushButton->setEnabled(true);
    m_cancelBrowserPushButton->setEnabled(true);
    m_stack->setCurrentWidget(m_browserWaitPanel);
    m_cancelBrowserPushButton->setFocus();
    emit statusMessage(tr("Waiting for you to approve Waveshelf in your web browser…"));
    if (!openWith(m_browserOpener, flow->request().url)) {
        onBrowserSignInFailed(Error{ErrorKind::Unreachable,
                                    tr("Waveshelf could not open your web browser. Check that a default web "
                                       "browser is set up, or connect in Waveshelf's own window instead."),
                                    QStringLiteral("opening the system browser failed")});
    }
}

void LibraryPage::cancelBrowserSignIn()
{
    if (m_receiver)
        m_receiver->cancel();  // failed(Cancelled) -> onBrowserSignInFailed
}

void LibraryPage::onBrowserRedirect(const QUrl &url)
{
    Q_UNUSED(url);  // ConnectFlow::complete reads it
    m_browserWaitLabel->setText(tr("Finishing the connection with SoundCloud…"));
    m_reopenBrowserPushButton->setEnabled(false);
    m_cancelBrowserPushButton->setEnabled(false);
}

void LibraryPage::onBrowserSignInFailed(const Error &error)
{
    // Cancelled, timed out or no browser: the attempt is over, nothing was stored.
    ConnectFlow *flow = m_flow;
    endBrowserSignIn();
    delete flow;
    onConnectFailed(error);
}

void LibraryPage::endBrowserSignIn()
{
    if (LoopbackReceiver *receiver = m_receiver.data()) {
        m_receiver = nullptr;
        receiver->disconnect(this);
        receiver->cancel();  // closes the port now if still open; nobody hears its signal
        receiver->deleteLater();
    }
    if (m_stack->currentWidget() == m_browserWaitPanel)
        m_stack->setCurrentWidget(m_account ? m_libraryPanel : m_promptPanel);
}

}  // namespace waveshelf
