#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QPushButton;
class QStackedWidget;
class QWebEngineLoadingInfo;
class QWebEngineProfile;
class QWebEngineView;

namespace waveshelf {

class AddressBar;
class ConnectPage;

// The "Connect to SoundCloud" popup: SoundCloud's sign-in page in an embedded browser
// using the local user's own profile. The navigation to the redirect URI is refused
// before it loads (so nothing ever reaches that address), the popup closes and
// redirectReceived() carries the full URL. Closing the popup first gives closedByUser().
// "Having trouble? Sign in with your web browser instead" closes it with
// browserSignInRequested(). Exactly one of the three is emitted, once.
class ConnectPopup final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectPopup)

public:
    ConnectPopup(QWebEngineProfile *profile, const QUrl &authorizeUrl, const QUrl &redirectUri, QWidget *parent);

    [[nodiscard]] QWebEngineView *view() const { return m_view; }
    [[nodiscard]] bool isFinished() const { return m_finished; }

    void reject() override;

signals:
    void redirectReceived(const QUrl &url);
    void closedByUser();
    void browserSignInRequested();

private:
    void onRedirectCaught(const QUrl &url);
    void onLoadingChanged(const QWebEngineLoadingInfo &info);
    void showLoadError(const QWebEngineLoadingInfo &info);
    void retry();
    // The keyboard in the page's first field once it has loaded.
    void focusFirstField();
    void closeSignInWindows();
    void switchToBrowser();

    QUrl m_authorizeUrl;
    QUrl m_retryUrl;
    bool m_finished = false;

    AddressBar *m_addressBar;
    QStackedWidget *m_stack;
    QWebEngineView *m_view;
    ConnectPage *m_page;
    QWidget *m_errorPanel;
    QLabel *m_errorLabel;
    QPushButton *m_retryPushButton;
    QLabel *m_statusLabel;
    QPushButton *m_cancelPushButton;
    QPushButton *m_browserSignInPushButton;
};

}  // namespace waveshelf
