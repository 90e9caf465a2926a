#pragma once

#include "common/Error.h"
#include "soundcloud/SoundCloudAccount.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace waveshelf {

class BrowserProfiles;
class ConnectFlow;
class ConnectPopup;
class TrackListModel;
class UserContext;

// What a logged-in user sees: "Connect to SoundCloud" until connected, then
// their tracks. Lives exactly as long as the user's session; destroying it
// closes a pending popup and drops its result.
class LibraryPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPage)

public:
    LibraryPage(UserContext &context, BrowserProfiles &profiles, QWidget *parent = nullptr);
    ~LibraryPage() override;

    // Shows the stored connection (and its tracks), or the connect prompt.
    void start();
    void connectToSoundCloud();
    void disconnectFromSoundCloud();

    [[nodiscard]] TrackListModel *tracksModel() const { return m_tracks; }
    [[nodiscard]] ConnectPopup *popup() const;
    [[nodiscard]] bool isConnected() const { return m_account.has_value(); }

signals:
    void connectionChanged(bool connected);
    void statusMessage(const QString &text);

private:
    void showConnectPrompt(const QString &message);
    void showAccount(const SoundCloudAccount &account);
    void showError(const Error &error);
    void onConnectFailed(const Error &error);
    void onTracksFailed(const Error &error);
    void setConnecting(bool connecting);
    void updateTrackCount();

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
};

}  // namespace waveshelf
