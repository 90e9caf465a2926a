#pragma once

#include "common/Error.h"
#include "soundcloud/SoundCloudAccount.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace waveshelf {

class BrowserProfiles;
class ConnectFlow;
class ConnectPopup;
class LoopbackReceiver;
class TrackListModel;
class UserContext;

// What a logged-in user sees: "Connect to SoundCloud" until connected, then
// their tracks. Lives exactly as long as the user's session; destroying it
// closes a pending popup and drops its result.
class LibraryPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPage)

public:
    static constexpr int kRateLimitBackoffMs = 30'000;

    LibraryPage(UserContext &context, BrowserProfiles &profiles, QWidget *parent = nullptr);
    ~LibraryPage() override;

    // Shows the stored connection (and its tracks), or the connect prompt.
    void start();
    void connectToSoundCloud();
    void disconnectFromSoundCloud();

    [[nodiscard]] TrackListModel *tracksModel() const { return m_tracks; }
    [[nodiscard]] ConnectPopup *popup() const;
    [[nodiscard]] bool isConnected() const { return m_account.has_value(); }

    // "Sign in with your web browser instead" (RFC 8252): opens the authorize
    // URL with the browser opener and waits for the redirect on 127.0.0.1.
    void signInWithBrowser();
    void cancelBrowserSignIn();
    // From the start of a browser sign-in until its attempt ends (connected or failed).
    [[nodiscard]] bool isWaitingForBrowser() const;
    // Opens a URL in the system browser; QDesktopServices::openUrl unless replaced (tests).
    using BrowserOpener = std::function<bool(const QUrl &)>;
    void setBrowserOpener(BrowserOpener opener);

signals:
    void connectionChanged(bool connected);
    void statusMessage(const QString &text);

private:
    void showConnectPrompt(const QString &message);
    void showAccount(const SoundCloudAccount &account);
    void showError(const Error &error);
    void watchFlow(ConnectFlow *flow);
    void forgetConnection();
    void askToReplaceAccount(const SoundCloudAccount &stored, const SoundCloudAccount &signedIn);
    void onConnectFailed(const Error &error);
    void onTracksFailed(const Error &error);
    void setConnecting(bool connecting);
    void updateTrackCount();
    // Sign-in with the web browser (LibraryPage.cpp, last section).
    [[nodiscard]] QWidget *createBrowserWaitPanel();
    void onBrowserRedirect(const QUrl &url);
    void onBrowserSignInFailed(const Error &error);
    [[nodiscard]] bool checkClientId();
    void endBrowserSignIn();

    UserContext &m_context;
    BrowserProfiles &m_profiles;
    TrackListModel *m_tracks;
    std::optional<SoundCloudAccount> m_account;
    QPointer<ConnectPopup> m_popup;
    QPointer<ConnectFlow> m_flow;

    QStackedWidget *m_stack;
    // connect prompt
    QWidget *m_promptPanel;
    QLabel *m_promptLabel;
    QPushButton *m_connectPushButton;
    QPushButton *m_browserSignInPushButton;
    // library
    QWidget *m_libraryPanel;
    QLabel *m_accountLabel;
    QLabel *m_countLabel;
    QPushButton *m_disconnectPushButton;
    QTableView *m_tracksTableView;
    // messages (both panels)
    QWidget *m_messagePanel;
    QLabel *m_messageLabel;
    QPushButton *m_retryPushButton;
    QPushButton *m_reconnectPushButton;
    // sign-in with the web browser
    BrowserOpener m_browserOpener;
    QPointer<LoopbackReceiver> m_receiver;
    QPointer<QWidget> m_panelBeforeBrowser;
    QWidget *m_browserWaitPanel = nullptr;
    QLabel *m_browserWaitLabel = nullptr;
    QPushButton *m_reopenBrowserPushButton = nullptr;
    QPushButton *m_cancelBrowserPushButton = nullptr;
};

}  // namespace waveshelf
