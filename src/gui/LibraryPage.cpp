#include "LibraryPage.h"

#include "BrowserProfiles.h"
#include "ConnectPopup.h"
#include "TrackItemDelegate.h"
#include "models/TrackListModel.h"
#include "network/ApiClient.h"
#include "network/TokenSession.h"
#include "session/ConnectFlow.h"
#include "session/UserContext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
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
    auto *promptLayout = new QVBoxLayout(m_promptPanel);
    promptLayout->addStretch();
    promptLayout->addWidget(promptTitle);
    promptLayout->addWidget(m_promptLabel);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_connectPushButton);
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
    if (!m_context.config().hasClientId()) {
        showError(Error{ErrorKind::InvalidInput,
                        tr("No SoundCloud app is set up yet. Open File → Settings and enter your app's client ID."),
                        QStringLiteral("no client id")});
        return;
    }
    m_messagePanel->hide();
    m_flow = m_context.startConnect();
    m_popup = new ConnectPopup(m_profiles.profileFor(m_context.user().id), m_flow->request().url,
                               m_flow->request().redirectUri, window());
    m_popup->setAttribute(Qt::WA_DeleteOnClose);
    ConnectFlow *flow = m_flow;
    connect(m_popup, &ConnectPopup::redirectReceived, flow, &ConnectFlow::complete);
    connect(m_popup, &ConnectPopup::closedByUser, flow, &ConnectFlow::cancelByUser);
    connect(flow, &ConnectFlow::exchanging, this,
            [this] { emit statusMessage(tr("Finishing the connection with SoundCloud…")); });
    connect(flow, &ConnectFlow::connected, this, [this](const SoundCloudAccount &account) {
        setConnecting(false);
        emit statusMessage(tr("Connected to SoundCloud as %1.").arg(account.username));
        showAccount(account);
    });
    connect(flow, &ConnectFlow::failed, this, &LibraryPage::onConnectFailed);
    setConnecting(true);
    m_popup->show();
}

void LibraryPage::onConnectFailed(const Error &error)
{
    setConnecting(false);
    showError(error);
}

void LibraryPage::setConnecting(bool connecting)
{
    m_connectPushButton->setEnabled(!connecting);
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
    const auto answer = QMessageBox::question(
        this, tr("Disconnect from SoundCloud"),
        tr("Waveshelf will forget your SoundCloud connection on this computer and sign you out of SoundCloud "
           "in its window. Your tracks stay on SoundCloud. Disconnect?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
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

}  // namespace waveshelf
