#pragma once

#include "soundcloud/SoundCloudAccount.h"
#include "soundcloud/Track.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QStackedWidget;

namespace waveshelf {

class ArtworkLoader;
class BrowserWaitView;
class ConnectController;
class ConnectPromptView;
class LibraryBrowser;
class MessageBar;
class TrackListModel;
class UserContext;
struct Error;

// What a logged-in user sees: "Connect to SoundCloud" until connected, then
// their library (LibraryBrowser). Presents the user's ConnectController (which
// runs connect attempts) in four views: the connect prompt, the wait for the
// web browser, the library browser and a message bar. Lives exactly as long as
// the user's session, and so does its ArtworkLoader (one per login).
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

    // The track list the browser shows now (Likes after connecting), or nullptr.
    [[nodiscard]] TrackListModel *tracksModel() const;
    [[nodiscard]] LibraryBrowser *browser() const { return m_browser; }
    [[nodiscard]] ArtworkLoader *artwork() const { return m_artwork.get(); }
    [[nodiscard]] ConnectController &connectController() const { return m_connect; }
    [[nodiscard]] bool isConnected() const { return m_account.has_value(); }

signals:
    void connectionChanged(bool connected);
    void statusMessage(const QString &text);
    // Playback requests from any track list (the player, owned by the window, acts on them):
    // Enter or double-click plays `tracks[index]` and queues the rest of that list after it;
    // "Play next" and "Add to queue" from the context menu.
    void playRequested(const QList<waveshelf::Track> &tracks, int index);
    void shufflePlayRequested(const QList<waveshelf::Track> &tracks);
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
    std::unique_ptr<ArtworkLoader> m_artwork;
    std::optional<SoundCloudAccount> m_account;

    QStackedWidget *m_stack;
    ConnectPromptView *m_promptView;
    LibraryBrowser *m_browser;
    BrowserWaitView *m_browserWaitView;
    MessageBar *m_messageBar;
};

}  // namespace waveshelf
