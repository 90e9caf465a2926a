#pragma once

#include <QDBusAbstractAdaptor>
#include <QStringList>

#include <functional>

namespace waveshelf {

// org.mpris.MediaPlayer2 on the exported object: who we are (Identity
// "Waveshelf", the desktop entry's name) and Raise/Quit through the callbacks
// given (an empty callback: CanRaise/CanQuit false, the method does nothing).
// Waveshelf opens no URIs and has no track list interface.
class MprisRootAdaptor final : public QDBusAbstractAdaptor {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MprisRootAdaptor)
    Q_CLASSINFO("D-Bus Interface", "org.mpris.MediaPlayer2")
    Q_PROPERTY(bool CanQuit READ canQuit)
    Q_PROPERTY(bool CanRaise READ canRaise)
    Q_PROPERTY(bool HasTrackList READ hasTrackList)
    Q_PROPERTY(QString Identity READ identity)
    Q_PROPERTY(QString DesktopEntry READ desktopEntry)
    Q_PROPERTY(QStringList SupportedUriSchemes READ supportedUriSchemes)
    Q_PROPERTY(QStringList SupportedMimeTypes READ supportedMimeTypes)

public:
    MprisRootAdaptor(QObject *exported, std::function<void()> raise, std::function<void()> quit);

    [[nodiscard]] bool canQuit() const { return bool(m_quit); }
    [[nodiscard]] bool canRaise() const { return bool(m_raise); }
    [[nodiscard]] static bool hasTrackList() { return false; }
    [[nodiscard]] static QString identity();
    [[nodiscard]] static QString desktopEntry();
    [[nodiscard]] static QStringList supportedUriSchemes() { return {}; }
    [[nodiscard]] static QStringList supportedMimeTypes() { return {}; }

public slots:
    // Both run after the D-Bus reply has left (queued), so a quitting app still answers.
    void Raise();
    void Quit();

private:
    std::function<void()> m_raise;
    std::function<void()> m_quit;
};

}  // namespace waveshelf
