#pragma once

#include <QObject>
#include <QUrl>

namespace waveshelf {

// An embedded window showing SoundCloud's sign-in page (the app's WebEngine
// popup). ConnectController drives it through this interface only, so it names
// no widget or WebEngine type and can come from a plugin.
//
// open() shows authorizeUrl. The navigation to redirectUri is refused before it
// loads, the window closes and redirectReceived() carries the full URL. The
// person closing the window first gives closedByUser(); asking for the system
// web browser instead gives browserSignInRequested(). Exactly one of the three
// is emitted, once. close() (and deleting the object) closes the window
// without any of them.
class SignInWindow : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInWindow)

public:
    explicit SignInWindow(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~SignInWindow() override = default;

    virtual void open(const QUrl &authorizeUrl, const QUrl &redirectUri) = 0;
    // Brings the open window to the front.
    virtual void raise() = 0;
    virtual void close() = 0;

signals:
    void redirectReceived(const QUrl &url);
    void closedByUser();
    void browserSignInRequested();
};

}  // namespace waveshelf
