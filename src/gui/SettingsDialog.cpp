#include "SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "config/ConfigLoader.h"

#include <QAccessible>
#include <QDir>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>

#include <utility>

namespace waveshelf {

namespace {

const QString kClientId = QStringLiteral("soundcloud/client_id");
const QString kRedirectUri = QStringLiteral("soundcloud/redirect_uri");
const QString kAuthorizeUrl = QStringLiteral("soundcloud/authorize_url");
const QString kTokenUrl = QStringLiteral("soundcloud/token_url");
const QString kApiUrl = QStringLiteral("soundcloud/api_url");

// The visible label without its mnemonic and colon, to name a field in a message.
QString fieldName(const QLabel *label)
{
    QString text = label->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

}  // namespace

SettingsDialog::SettingsDialog(const AppConfig &current, const QStringList &overriddenKeys, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_current(current), m_result(current)
{
    m_ui->setupUi(this);

    m_fields = {
        {m_ui->clientIdLineEdit, m_ui->clientIdNoteLabel, m_ui->clientIdLabel, kClientId,
         QStringLiteral("WAVESHELF_CLIENT_ID"), false},
        {m_ui->redirectUriLineEdit, m_ui->redirectUriNoteLabel, m_ui->redirectUriLabel, kRedirectUri,
         QStringLiteral("WAVESHELF_REDIRECT_URI"), false},
        {m_ui->authorizeUrlLineEdit, m_ui->authorizeUrlNoteLabel, m_ui->authorizeUrlLabel, kAuthorizeUrl,
         QStringLiteral("WAVESHELF_AUTHORIZE_URL"), false},
        {m_ui->tokenUrlLineEdit, m_ui->tokenUrlNoteLabel, m_ui->tokenUrlLabel, kTokenUrl,
         QStringLiteral("WAVESHELF_TOKEN_URL"), false},
        {m_ui->apiUrlLineEdit, m_ui->apiUrlNoteLabel, m_ui->apiUrlLabel, kApiUrl,
         QStringLiteral("WAVESHELF_API_URL"), false},
    };

    m_ui->clientIdLineEdit->setText(current.clientId);
    m_ui->redirectUriLineEdit->setText(current.redirectUri.toString());
    m_ui->authorizeUrlLineEdit->setText(current.authorizeUrl.toString());
    m_ui->tokenUrlLineEdit->setText(current.tokenUrl.toString());
    m_ui->apiUrlLineEdit->setText(current.apiUrl.toString());
    for (Field &f : m_fields) {
        f.overridden = overriddenKeys.contains(f.iniKey);
        setupField(f);
    }
    m_ui->dataDirLineEdit->setText(QDir::toNativeSeparators(current.dataDir));
    m_ui->dataDirLineEdit->setAccessibleDescription(tr("Where Waveshelf keeps its database and settings"));

    m_ui->clientSecretNoteLabel->setText(
        tr("The client secret is not set here: Waveshelf reads it only from the environment "
           "variable WAVESHELF_CLIENT_SECRET, and never saves it. Most people do not need one.")
        + QLatin1Char(' ')
        + (current.clientSecret.isEmpty() ? tr("No client secret is set now.")
                                          : tr("A client secret is set now.")));
    m_ui->clientSecretNoteLabel->setAccessibleName(tr("About the client secret"));
    m_ui->errorLabel->setStyleSheet(
        QStringLiteral("color: white; background: #b3261e; padding: 6px; border-radius: 4px;"));
    m_ui->errorLabel->hide();

    m_ui->buttonBox->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->restoreDefaultsPushButton, &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setupField(Field &f)
{
    f.lineEdit->setReadOnly(f.overridden);
    f.noteLabel->setVisible(f.overridden);
    f.noteLabel->setAccessibleName(tr("Note on %1").arg(fieldName(f.label)));
    if (f.overridden) {
        const QString note =
            tr("Set by the environment variable %1, so it cannot be changed here.").arg(f.envVariable);
        f.noteLabel->setText(note);
        f.lineEdit->setAccessibleDescription(note);
        f.lineEdit->setToolTip(note);
    }
}

const SettingsDialog::Field &SettingsDialog::field(const QString &iniKey) const
{
    for (const Field &f : m_fields) {
        if (f.iniKey == iniKey)
            return f;
    }
    Q_UNREACHABLE();
}

Result<QUrl> SettingsDialog::parseEndpoint(const QString &text, const QString &name)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorKind::InvalidInput, tr("Please enter the %1.").arg(name), QStringLiteral("empty URL")};
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return Error{ErrorKind::InvalidInput,
                     tr("The %1 must be a web address that starts with https:// or http://.").arg(name),
                     QStringLiteral("not an http(s) URL")};
    }
    if (url.host().isEmpty()) {
        return Error{ErrorKind::InvalidInput,
                     tr("The %1 needs a server name after %2://, as in https://secure.soundcloud.com.")
                         .arg(name, scheme),
                     QStringLiteral("URL without host")};
    }
    const bool loopback = url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
    if (scheme == QLatin1String("http") && !loopback) {
        // Tokens and the client secret travel there: unencrypted only on this computer.
        return Error{ErrorKind::InvalidInput,
                     tr("The %1 must start with https:// (plain http:// is only allowed for this computer, "
                        "such as 127.0.0.1).")
                         .arg(name),
                     QStringLiteral("http to a remote host")};
    }
    return url;
}

Result<AppConfig> SettingsDialog::readForm(const AppConfig &base) const
{
    AppConfig config = base;
    const Field &clientId = field(kClientId);
    if (!clientId.overridden) {
        const QString id = clientId.lineEdit->text().trimmed();
        if (id.contains(QRegularExpression(QStringLiteral("\\s")))) {
            return Error{ErrorKind::InvalidInput, tr("The client ID cannot contain spaces."),
                         QStringLiteral("client id with spaces")};
        }
        config.clientId = id;
    }
    const std::pair<QString, QUrl AppConfig::*> urls[] = {
        {kRedirectUri, &AppConfig::redirectUri},
        {kAuthorizeUrl, &AppConfig::authorizeUrl},
        {kTokenUrl, &AppConfig::tokenUrl},
        {kApiUrl, &AppConfig::apiUrl},
    };
    for (const auto &[key, member] : urls) {
        const Field &f = field(key);
        if (f.overridden)
            continue;
        Result<QUrl> url = parseEndpoint(f.lineEdit->text(), fieldName(f.label));
        if (!url.ok()) {
            Error error = url.error();
            error.detail = key;
            return error;
        }
        if (key == kRedirectUri && url.value().hasFragment()) {
            return Error{ErrorKind::InvalidInput, tr("The Redirect URI cannot contain a “#” part."), key};
        }
        config.*member = url.value();
    }
    return config;
}

void SettingsDialog::accept()
{
    clearError();
    // What the settings file holds now, so that values set by the environment are
    // not written into it.
    const AppConfig fileValues = ConfigLoader::load(m_current.dataDir, QProcessEnvironment());
    Result<AppConfig> toSave = readForm(fileValues);
    if (!toSave.ok()) {
        const QString key = toSave.error().detail;
        QLineEdit *focus = m_ui->clientIdLineEdit;
        for (const Field &f : std::as_const(m_fields)) {
            if (f.iniKey == key)
                focus = f.lineEdit;
        }
        showError(toSave.error().message, focus);
        return;
    }
    AppConfig saved = toSave.value();
    saved.clientSecret.clear();
    if (const Result<void> written = ConfigLoader::save(saved); !written.ok()) {
        showError(written.error().message, nullptr);
        return;
    }
    m_result = readForm(m_current).value();
    QDialog::accept();
}

void SettingsDialog::restoreDefaults()
{
    clearError();
    const std::pair<QString, QUrl> defaults[] = {
        {kRedirectUri, AppConfig::defaultRedirectUri()},
        {kAuthorizeUrl, AppConfig::soundCloudAuthorizeUrl()},
        {kTokenUrl, AppConfig::soundCloudTokenUrl()},
        {kApiUrl, AppConfig::soundCloudApiUrl()},
    };
    for (const auto &[key, url] : defaults) {
        const Field &f = field(key);
        if (!f.overridden)
            f.lineEdit->setText(url.toString());
    }
}

void SettingsDialog::showError(const QString &message, QLineEdit *focus)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setAccessibleDescription(message);
    m_ui->errorLabel->show();
    QAccessibleEvent event(m_ui->errorLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
    if (focus) {
        focus->setFocus();
        focus->selectAll();
    }
}

void SettingsDialog::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->setAccessibleDescription(QString());
    m_ui->errorLabel->hide();
}

}  // namespace waveshelf
