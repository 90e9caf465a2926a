#pragma once

#include "soundcloud/SoundCloudAccount.h"
#include "soundcloud/Track.h"

#include <QList>
#include <QWidget>

#include <optional>

class QStackedWidget;

namespace waveshelf {

class BrowserWaitView;
class ConnectController;
class ConnectPromptView;
class MessageBar;
class TrackLibraryView;
class TrackListModel;
class UserContext;
struct Error;

// What a logged-in user sees: "Connect to SoundCloud" until connected, then
// their tracks. Presents the user's ConnectController (which runs connect
// attempts) in four views: the connect prompt, the wait for the web browser,
// the library and a message bar. Lives exactly as long as the user's session.
class LibraryPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPage)

public:
    // controller must outlive the page (both belong to the user's session).
    LibraryPage(UserContext &context, ConnectController &controller, QWidget *parent = nullptr);
    ~LibraryPage() override;

    // Shows the stored connection (and its tracks), or the connect prompt.
    void start();
    void connectToSoundCloud();
    // Asks first, then forgets the connection.
    void disconnectFromSoundCloud();

    [[nodiscard]] TrackListModel *tracksModel() const { return m_tracks; }
    [[nodiscard]] ConnectController &connectController() const { return m_connect; }
    [[nodiscard]] bool isConnected() const { return m_account.has_value(); }

signals:
    void connectionChanged(bool connected);
    void statusMessage(const QString &text);
    // Playback requests from any track list (the player, owned by the window, acts on them):
    // Enter or double-click plays `tracks[index]` and queues the rest of that list after it;
    // "Play next" and "Add to queue" from the context menu.
    void playRequested(const QList<waveshelf::Track> &tracks, int index);
    void playNextRequested(const waveshelf::Track &track);
    void addToQueueRequested(const QList<waveshelf::Track> &tracks);

private:
    void showConnectPrompt();
    void showAccount(const SoundCloudAccount &account);
    void showError(const Error &error);
    void onConnectStateChanged();
    void onConnected(const SoundCloudAccount &account);
    void askToReplaceAccount(const SoundCloudAccount &stored, const SoundCloudAccount &signedIn);
    void askToConfirmAccount(const SoundCloudAccount &signedIn);
    struct AccountQuestion {
        QString objectName;
        QString title;
        QString text;
        QString yes;
        QString no;
    };
    void askAboutAccount(const AccountQuestion &question);
    void forgetConnection();

    UserContext &m_context;
    ConnectController &m_connect;
    TrackListModel *m_tracks;
    std::optional<SoundCloudAccount> m_account;

    QStackedWidget *m_stack;
    ConnectPromptView *m_promptView;
    TrackLibraryView *m_libraryView;
    BrowserWaitView *m_browserWaitView;
    MessageBar *m_messageBar;
};

}  // namespace waveshelf
