#include "LibraryPage.h"

#include "ArtworkLoader.h"
#include "BrowserWaitView.h"
#include "ConnectPromptView.h"
#include "LibraryBrowser.h"
#include "MessageBar.h"
#include "library/Library.h"
#include "models/TrackListModel.h"
#include "session/ArtworkCacheFolder.h"
#include "session/ConnectController.h"
#include "session/UserContext.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace waveshelf {

LibraryPage::LibraryPage(UserContext &context, ConnectController &controller, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_connect(controller)
    , m_artwork(
          ArtworkLoader::forUser(ArtworkCacheFolder::rootFor(context.config().databaseLocation()), context.user().id))
    , m_stack(new QStackedWidget(this))
    , m_promptView(new ConnectPromptView(m_stack))
    , m_browser(new LibraryBrowser(context.library(), context.api(), m_artwork.get(), &context.viewStates(), m_stack))
    , m_browserWaitView(new BrowserWaitView(m_stack))
    , m_messageBar(new MessageBar(this))
{
    m_stack->addWidget(m_promptView);
    m_stack->addWidget(m_browser);
    m_stack->addWidget(m_browserWaitView);
    m_promptView->setWindowAvailable(m_connect.hasSignInWindow());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_stack, 1);

    QObject::connect(m_promptView, &ConnectPromptView::connectRequested, this, &LibraryPage::connectToSoundCloud);
    QObject::connect(m_promptView, &ConnectPromptView::browserSignInRequested, &m_connect,
                     &ConnectController::connectWithBrowser);
    QObject::connect(m_browserWaitView, &BrowserWaitView::openAgainRequested, &m_connect,
                     &ConnectController::openBrowserAgain);
    QObject::connect(m_browserWaitView, &BrowserWaitView::cancelRequested, &m_connect, &ConnectController::cancel);
    QObject::connect(m_messageBar, &MessageBar::retryRequested, this, [this] {
        m_messageBar->hide();
        m_context.library().retryAll();
    });
    QObject::connect(m_messageBar, &MessageBar::reconnectRequested, this, &LibraryPage::connectToSoundCloud);
    QObject::connect(m_browser, &LibraryBrowser::failed, this, &LibraryPage::showError);
    QObject::connect(m_browser, &LibraryBrowser::statusMessage, this, &LibraryPage::statusMessage);
    QObject::connect(m_browser, &LibraryBrowser::playRequested, this, &LibraryPage::playRequested);
    QObject::connect(m_browser, &LibraryBrowser::shufflePlayRequested, this, &LibraryPage::shufflePlayRequested);
    QObject::connect(m_browser, &LibraryBrowser::playNextRequested, this, &LibraryPage::playNextRequested);
    QObject::connect(m_browser, &LibraryBrowser::addToQueueRequested, this, &LibraryPage::addToQueueRequested);

    QObject::connect(&m_connect, &ConnectController::stateChanged, this, &LibraryPage::onConnectStateChanged);
    QObject::connect(&m_connect, &ConnectController::waitingForBrowser, this, [this](quint16 port) {
        m_browserWaitView->showWaiting(port);
        m_stack->setCurrentWidget(m_browserWaitView);
        emit statusMessage(tr("Waiting for you to approve Waveshelf in your web browser…"));
    });
    QObject::connect(&m_connect, &ConnectController::exchanging, this, [this] {
        m_browserWaitView->showFinishing();
        emit statusMessage(tr("Finishing the connection with SoundCloud…"));
    });
    QObject::connect(&m_connect, &ConnectController::connected, this, &LibraryPage::onConnected);
    QObject::connect(&m_connect, &ConnectController::failed, this, &LibraryPage::showError);
    QObject::connect(&m_connect, &ConnectController::differentAccount, this, &LibraryPage::askToReplaceAccount);
    QObject::connect(&m_connect, &ConnectController::confirmAccount, this, &LibraryPage::askToConfirmAccount);
}

LibraryPage::~LibraryPage()
{
    delete m_stack;  // the views go before the artwork loader they paint from
}

TrackListModel *LibraryPage::tracksModel() const
{
    return m_browser->currentTrackModel();
}

void LibraryPage::start()
{
    const auto account = m_context.connectedAccount();
    if (!account.ok()) {
        showConnectPrompt();
        showError(account.error());
    } else if (account.value().has_value()) {
        showAccount(*account.value());
    } else {
        showConnectPrompt();
    }
}

void LibraryPage::connectToSoundCloud()
{
    m_connect.connectInWindow();
}

void LibraryPage::showConnectPrompt()
{
    m_account.reset();
    m_browser->clear();
    m_promptView->setMessage(QString());
    m_stack->setCurrentWidget(m_promptView);
    m_promptView->focusConnect();
    emit connectionChanged(false);
}

void LibraryPage::showAccount(const SoundCloudAccount &account)
{
    m_account = account;
    m_messageBar->hide();
    m_stack->setCurrentWidget(m_browser);
    m_browser->showAccount(account);
    emit connectionChanged(true);
}

void LibraryPage::showError(const Error &error)
{
    if (error.kind == ErrorKind::ReconnectNeeded)
        m_browser->setConnectionRefused(true);
    m_messageBar->showError(error, m_account.has_value());
    emit statusMessage(error.message);
}

void LibraryPage::onConnectStateChanged()
{
    const ConnectController::State state = m_connect.state();
    const bool busy = state != ConnectController::State::Idle;
    m_promptView->setBusy(busy);
    m_messageBar->setReconnectEnabled(!busy);
    if (state == ConnectController::State::InWindow) {
        m_messageBar->hide();
        emit statusMessage(tr("Waiting for you to approve Waveshelf in the SoundCloud window…"));
    } else if (state == ConnectController::State::WaitingForBrowser) {
        m_messageBar->hide();
    } else if (state == ConnectController::State::Idle && m_stack->currentWidget() == m_browserWaitView) {
        m_stack->setCurrentWidget(m_account ? static_cast<QWidget *>(m_browser) : m_promptView);
    }
}

void LibraryPage::onConnected(const SoundCloudAccount &account)
{
    // The account button says who is connected (once: not in the status bar too).
    emit statusMessage(QString());
    showAccount(account);
}

void LibraryPage::askToReplaceAccount(const SoundCloudAccount &stored, const SoundCloudAccount &signedIn)
{
    askAboutAccount({QStringLiteral("replaceAccountMessageBox"), tr("Replace the SoundCloud account?"),
                     tr("You signed in to SoundCloud as %1, but Waveshelf has you connected as %2.\n\n"
                        "Connect %1 instead? Waveshelf then forgets the connection to %2.")
                         .arg(signedIn.username, stored.username),
                     tr("Connect %1").arg(signedIn.username), tr("Keep %1").arg(stored.username)});
}

void LibraryPage::askToConfirmAccount(const SoundCloudAccount &signedIn)
{
    // After a web browser sign-in: another user of this computer could have
    // finished it with their own account (see ConnectController).
    askAboutAccount({QStringLiteral("confirmAccountMessageBox"), tr("Is this your SoundCloud account?"),
                     tr("Your web browser signed in to SoundCloud as %1.\n\n"
                        "Connect Waveshelf to this account? Choose “Connect” only if %1 is your account: someone "
                        "else on this computer could have finished the sign-in with theirs.")
                         .arg(signedIn.username),
                     tr("Connect %1").arg(signedIn.username), tr("Do Not Connect")});
}

void LibraryPage::askAboutAccount(const AccountQuestion &question)
{
    // Without a nested event loop (open(), not exec()); Enter and Escape answer no.
    auto *box = new QMessageBox(QMessageBox::Question, question.title, question.text, QMessageBox::NoButton, this);
    box->setObjectName(question.objectName);
    box->setAccessibleName(question.title);
    box->setTextFormat(Qt::PlainText);  // usernames come from the server
    QPushButton *yes = box->addButton(question.yes, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmAccountButton"));
    yes->setAccessibleName(yes->text());
    QPushButton *no = box->addButton(question.no, QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("declineAccountButton"));
    no->setAccessibleName(no->text());
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // confirm() and decline() answer either question (confirmAccount or differentAccount).
    QObject::connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() == yes)
            m_connect.confirm();
        else
            m_connect.decline();
    });
    box->open();
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
    QObject::connect(box, &QMessageBox::finished, this, [this, box, askedAbout] {
        if (box->clickedButton() == box->button(QMessageBox::Yes) && m_account && askedAbout
            && m_account->urn == askedAbout->urn)
            forgetConnection();
    });
    box->open();
}

void LibraryPage::forgetConnection()
{
    // A connect attempt still open (window or web browser) ends with the connection.
    if (const Result<void> removed = m_connect.disconnectAccount(); !removed.ok()) {
        showError(removed.error());
        return;
    }
    m_messageBar->hide();
    showConnectPrompt();
    emit statusMessage(tr("Disconnected from SoundCloud."));
}

}  // namespace waveshelf
