#include "ConnectPopup.h"

#include "AddressBar.h"
#include "ConnectPage.h"
#include "SignInPopupWindow.h"
#include "common/LogCategories.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWebEngineLoadingInfo>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace waveshelf {

namespace {
// net::ERR_ABORTED: a navigation replaced or refused, not a failure to show.
constexpr int kNetErrorAborted = -3;
}  // namespace

ConnectPopup::ConnectPopup(QWebEngineProfile *profile, const QUrl &authorizeUrl, const QUrl &redirectUri,
                           QWidget *parent)
    : QDialog(parent)
    , m_authorizeUrl(authorizeUrl)
    , m_retryUrl(authorizeUrl)
    , m_addressBar(new AddressBar(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QWebEngineView(m_stack))
    , m_page(new ConnectPage(profile, redirectUri, this, m_view))
    , m_errorPanel(new QWidget(m_stack))
    , m_errorLabel(new QLabel(m_errorPanel))
    , m_retryPushButton(new QPushButton(tr("&Retry"), m_errorPanel))
    , m_statusLabel(new QLabel(this))
    , m_cancelPushButton(new QPushButton(tr("Cancel"), this))
    , m_browserSignInPushButton(new QPushButton(tr("Having trouble? Sign in with your web browser instead"), this))
{
    setObjectName(QStringLiteral("connectPopup"));
    setWindowTitle(tr("Connect to SoundCloud"));
    setAccessibleName(windowTitle());
    setSizeGripEnabled(true);

    m_view->setObjectName(QStringLiteral("connectWebEngineView"));
    m_view->setAccessibleName(tr("SoundCloud sign-in page"));
    m_view->setPage(m_page);
    m_addressBar->follow(m_page);

    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAlignment(Qt::AlignCenter);
    m_errorLabel->setAccessibleName(tr("Error"));
    m_retryPushButton->setObjectName(QStringLiteral("retryPushButton"));
    m_retryPushButton->setAccessibleName(tr("Retry"));
    m_retryPushButton->setAutoDefault(false);
    auto *errorLayout = new QVBoxLayout(m_errorPanel);
    errorLayout->addStretch();
    errorLayout->addWidget(m_errorLabel);
    errorLayout->addWidget(m_retryPushButton, 0, Qt::AlignHCenter);
    errorLayout->addStretch();
    m_errorPanel->setObjectName(QStringLiteral("errorPanel"));

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_errorPanel);

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAccessibleName(tr("Status"));
    m_cancelPushButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_cancelPushButton->setAccessibleName(tr("Cancel"));
    m_cancelPushButton->setAutoDefault(false);

    m_browserSignInPushButton->setObjectName(QStringLiteral("browserSignInPushButton"));
    m_browserSignInPushButton->setAccessibleName(m_browserSignInPushButton->text());
    m_browserSignInPushButton->setFlat(true);
    m_browserSignInPushButton->setAutoDefault(false);
    m_browserSignInPushButton->setCursor(Qt::PointingHandCursor);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(m_browserSignInPushButton);
    bottom->addWidget(m_cancelPushButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_addressBar);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);
    resize(520, 720);

    connect(m_page, &ConnectPage::redirectCaught, this, &ConnectPopup::onRedirectCaught);
    connect(m_page, &QWebEnginePage::loadingChanged, this, &ConnectPopup::onLoadingChanged);
    connect(m_retryPushButton, &QPushButton::clicked, this, &ConnectPopup::retry);
    connect(m_cancelPushButton, &QPushButton::clicked, this, &ConnectPopup::reject);
    connect(m_browserSignInPushButton, &QPushButton::clicked, this, &ConnectPopup::switchToBrowser);

    m_addressBar->showUrl(authorizeUrl);
    m_page->load(authorizeUrl);
}

void ConnectPopup::focusFirstField()
{
    // The keyboard goes to the page (the address is only to read), in its first field.
    // Unless the page put the focus somewhere itself (autofocus, its own script).
    static const QString script = QStringLiteral(
        "(function () {"
        "  var active = document.activeElement;"
        "  if (active && active !== document.body && active !== document.documentElement) return;"
        "  var field = document.querySelector("
        "    'input:not([type=hidden]):not([disabled]):not([readonly]), textarea:not([disabled]), "
        "select:not([disabled])');"
        "  if (field) field.focus();"
        "})();");
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld);
    m_view->setFocus(Qt::OtherFocusReason);
}

void ConnectPopup::reject()
{
    if (!m_finished) {
        m_finished = true;
        m_page->triggerAction(QWebEnginePage::Stop);
        closeSignInWindows();
        qCInfo(lcAuth) << "Connect popup closed by the user";
        QDialog::reject();
        emit closedByUser();
        return;
    }
    QDialog::reject();
}

void ConnectPopup::onRedirectCaught(const QUrl &url)
{
    if (m_finished)
        return;
    m_finished = true;
    m_page->triggerAction(QWebEnginePage::Stop);
    closeSignInWindows();
    m_statusLabel->setText(tr("Signed in. Finishing…"));
    accept();
    emit redirectReceived(url);
}

void ConnectPopup::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    if (m_finished)
        return;
    switch (info.status()) {
    case QWebEngineLoadingInfo::LoadStartedStatus:
        m_statusLabel->setText(tr("Loading…"));
        break;
    case QWebEngineLoadingInfo::LoadSucceededStatus:
        m_statusLabel->clear();
        m_stack->setCurrentWidget(m_view);
        focusFirstField();
        break;
    case QWebEngineLoadingInfo::LoadStoppedStatus:
        m_statusLabel->clear();
        break;
    case QWebEngineLoadingInfo::LoadFailedStatus:
        if (info.errorDomain() == QWebEngineLoadingInfo::InternalErrorDomain && info.errorCode() == kNetErrorAborted) {
            m_statusLabel->clear();
        } else if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain) {
            // The server answered with a page of its own; let the user read it.
            m_statusLabel->setText(tr("The page reported an error (HTTP %1).").arg(info.errorCode()));
            m_stack->setCurrentWidget(m_view);
        } else {
            showLoadError(info);
        }
        break;
    }
}

void ConnectPopup::showLoadError(const QWebEngineLoadingInfo &info)
{
    const QString host = info.url().host().isEmpty() ? m_authorizeUrl.host() : info.url().host();
    QString message;
    switch (info.errorDomain()) {
    case QWebEngineLoadingInfo::CertificateErrorDomain:
        message = tr("The connection to %1 is not secure: its certificate was refused. "
                     "The sign-in page was not opened.")
                      .arg(host);
        break;
    case QWebEngineLoadingInfo::DnsErrorDomain:
        message = tr("%1 could not be found. Check your internet connection, then try again.").arg(host);
        break;
    default:
        message = tr("Could not reach %1. Check your internet connection, then try again.").arg(host);
        break;
    }
    qCWarning(lcAuth) << "Sign-in page failed to load:" << info.errorDomain() << info.errorCode() << info.errorString();
    m_retryUrl = info.url().isValid() && !info.url().isEmpty() ? info.url() : m_authorizeUrl;
    m_errorLabel->setText(message);
    m_errorLabel->setAccessibleDescription(message);
    m_statusLabel->setText(tr("The sign-in page could not be loaded."));
    m_stack->setCurrentWidget(m_errorPanel);
    m_retryPushButton->setFocus();
}

void ConnectPopup::retry()
{
    m_stack->setCurrentWidget(m_view);
    m_errorLabel->clear();
    m_page->load(m_retryUrl);
}

void ConnectPopup::switchToBrowser()
{
    if (m_finished)
        return;
    m_finished = true;
    m_page->triggerAction(QWebEnginePage::Stop);
    closeSignInWindows();
    qCInfo(lcAuth) << "Connect popup closed to sign in with the web browser";
    QDialog::reject();
    emit browserSignInRequested();
}

void ConnectPopup::closeSignInWindows()
{
    const auto windows = findChildren<SignInPopupWindow *>();
    for (SignInPopupWindow *window : windows)
        window->close();
}

}  // namespace waveshelf
