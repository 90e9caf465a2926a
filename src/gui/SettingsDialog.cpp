#include "SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "AccountSettingsPage.h"
#include "ErrorLabelStyle.h"
#include "LibraryCacheBox.h"
#include "PlaybackSettingsPage.h"
#include "config/ConfigCheck.h"
#include "config/ConfigLoader.h"
#include "i18n/Translations.h"

#include <QAccessible>
#include <QComboBox>
#include <QDir>
#include <QProcessEnvironment>
#include <QPushButton>

#include <utility>

namespace waveshelf {

namespace {

// The visible label without its mnemonic and colon, to name a field in a message.
QString fieldName(const QLabel *label)
{
    QString text = label->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

// The SoundCloud and database settings a field edits, as pointers into AppConfig.
QString AppConfig::*textMember(ConfigField field)
{
    switch (field) {
    case ConfigField::ClientId:
        return &AppConfig::clientId;
    case ConfigField::DatabaseUrl:
        return &AppConfig::databaseUrl;
    default:
        return nullptr;
    }
}

QUrl AppConfig::*urlMember(ConfigField field)
{
    switch (field) {
    case ConfigField::RedirectUri:
        return &AppConfig::redirectUri;
    case ConfigField::AuthorizeUrl:
        return &AppConfig::authorizeUrl;
    case ConfigField::TokenUrl:
        return &AppConfig::tokenUrl;
    case ConfigField::ApiUrl:
        return &AppConfig::apiUrl;
    default:
        return nullptr;
    }
}

bool sameSetting(ConfigField field, const AppConfig &a, const AppConfig &b)
{
    if (QString AppConfig::*text = textMember(field))
        return a.*text == b.*text;
    if (QUrl AppConfig::*url = urlMember(field))
        return a.*url == b.*url;
    return true;
}

void copySetting(ConfigField field, const AppConfig &from, AppConfig &to)
{
    if (QString AppConfig::*text = textMember(field))
        to.*text = from.*text;
    if (QUrl AppConfig::*url = urlMember(field))
        to.*url = from.*url;
}

}  // namespace

SettingsDialog::SettingsDialog(const AppConfig &current, const QStringList &overriddenKeys, QWidget *parent,
                               Library *library)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_current(current)
    , m_settings(current)
    , m_cacheBox(nullptr)
{
    m_ui->setupUi(this);
    // Pages: General, Playback, Library, Account, Advanced; resizable, opening at its size hint.
    m_ui->pagesTabWidget->setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    m_playbackPage = new PlaybackSettingsPage(current.audioOutput, m_ui->pagesTabWidget);
    m_ui->pagesTabWidget->insertTab(1, m_playbackPage, tr("Playback"));
    m_cacheBox = new LibraryCacheBox(current.libraryCacheLimitMiB, library, m_ui->libraryPage);
    m_ui->libraryPageLayout->insertWidget(0, m_cacheBox);
    setAccount(QString(), QString(), {});
    setupLanguage(overriddenKeys.contains(QStringLiteral("ui/language")));

    m_fields = {
        {m_ui->clientIdLineEdit, m_ui->clientIdNoteLabel, m_ui->clientIdLabel, ConfigField::ClientId,
         QStringLiteral("soundcloud/client_id"), QStringLiteral("WAVESHELF_CLIENT_ID"), false},
        {m_ui->redirectUriLineEdit, m_ui->redirectUriNoteLabel, m_ui->redirectUriLabel, ConfigField::RedirectUri,
         QStringLiteral("soundcloud/redirect_uri"), QStringLiteral("WAVESHELF_REDIRECT_URI"), false},
        {m_ui->authorizeUrlLineEdit, m_ui->authorizeUrlNoteLabel, m_ui->authorizeUrlLabel, ConfigField::AuthorizeUrl,
         QStringLiteral("soundcloud/authorize_url"), QStringLiteral("WAVESHELF_AUTHORIZE_URL"), false},
        {m_ui->tokenUrlLineEdit, m_ui->tokenUrlNoteLabel, m_ui->tokenUrlLabel, ConfigField::TokenUrl,
         QStringLiteral("soundcloud/token_url"), QStringLiteral("WAVESHELF_TOKEN_URL"), false},
        {m_ui->apiUrlLineEdit, m_ui->apiUrlNoteLabel, m_ui->apiUrlLabel, ConfigField::ApiUrl,
         QStringLiteral("soundcloud/api_url"), QStringLiteral("WAVESHELF_API_URL"), false},
        {m_ui->databaseUrlLineEdit, m_ui->databaseUrlNoteLabel, m_ui->databaseUrlLabel, ConfigField::DatabaseUrl,
         QStringLiteral("database/url"), QStringLiteral("WAVESHELF_DATABASE_URL"), false},
    };

    m_ui->clientIdLineEdit->setText(current.clientId);
    m_ui->redirectUriLineEdit->setText(current.redirectUri.toString());
    m_ui->authorizeUrlLineEdit->setText(current.authorizeUrl.toString());
    m_ui->tokenUrlLineEdit->setText(current.tokenUrl.toString());
    m_ui->apiUrlLineEdit->setText(current.apiUrl.toString());
    m_ui->databaseUrlLineEdit->setText(current.databaseUrl);
    for (Field &f : m_fields) {
        f.overridden = overriddenKeys.contains(f.iniKey);
        setupField(f);
    }
    m_ui->settingsFileNoteLabel->setText(current.ignoredSettingsFile);
    m_ui->settingsFileNoteLabel->setAccessibleDescription(current.ignoredSettingsFile);
    m_ui->settingsFileNoteLabel->setVisible(!current.ignoredSettingsFile.isEmpty());
    m_ui->dataDirLineEdit->setText(QDir::toNativeSeparators(current.dataDir));
    m_ui->dataDirLineEdit->setAccessibleDescription(tr("Where Waveshelf keeps its database and settings"));
    if (m_ui->databaseUrlNoteLabel->text().isEmpty()) {  // no note of setupField to keep
        m_ui->databaseUrlLineEdit->setToolTip(
            tr("A PostgreSQL database shared by several computers, as postgresql://user@server/database. "
               "The password is read from ~/.pgpass or PGPASSWORD, never from here. Used from the next start. "
               "The server keeps each local user's name, Argon2id password hash and vault salt, and the "
               "SoundCloud tokens and library only as sealed blobs that the user's password opens. A server on "
               "another computer is reached over TLS with its certificate checked (sslmode=verify-full, with the "
               "certificate authority in ~/.postgresql/root.crt) unless the URL names another sslmode."));
        m_ui->databaseUrlLineEdit->setAccessibleDescription(m_ui->databaseUrlLineEdit->toolTip());
    }

    m_ui->clientSecretNoteLabel->setText(
        tr("The client secret is not set here: Waveshelf reads it from the environment variable "
           "WAVESHELF_CLIENT_SECRET or from the system keyring (where the first-run guide keeps it), and "
           "never writes it to the settings file. Most people do not need one.")
        + QLatin1Char(' ')
        + (current.clientSecret.isEmpty() ? tr("No client secret is set now.") : tr("A client secret is set now.")));
    m_ui->clientSecretNoteLabel->setAccessibleName(tr("About the client secret"));
    ErrorLabelStyle::apply(m_ui->errorLabel);
    m_ui->errorLabel->hide();

    m_ui->buttonBox->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->restoreDefaultsPushButton, &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setAccount(const QString &username, const QString &connection, const QList<QAction *> &actions)
{
    QTabWidget *pages = m_ui->pagesTabWidget;
    const bool wasShown = m_accountPage && pages->currentWidget() == m_accountPage;
    delete m_accountPage;
    const int at = pages->indexOf(m_ui->advancedPage);  // Account comes before Advanced
    m_accountPage = new AccountSettingsPage(username, connection, actions, pages);
    pages->insertTab(at, m_accountPage, tr("Account"));
    connect(m_accountPage, &AccountSettingsPage::actionChosen, this, [this](QAction *action) {
        m_chosenAction = action;
        reject();  // the window runs it once the dialog is gone
    });
    if (wasShown)
        pages->setCurrentWidget(m_accountPage);
}

void SettingsDialog::showPage(const QString &objectName)
{
    if (auto *page = m_ui->pagesTabWidget->findChild<QWidget *>(objectName))
        m_ui->pagesTabWidget->setCurrentWidget(page);
}

void SettingsDialog::setupLanguage(bool overridden)
{
    m_languageOverridden = overridden;
    QComboBox *combo = m_ui->languageComboBox;
    const QString system = Translations::resolve(QString(), QLocale::system().uiLanguages());
    combo->addItem(tr("System default (%1)").arg(Translations::nativeName(system)), QString());
    QStringList languages = Translations::available();
    std::sort(languages.begin(), languages.end(), [](const QString &a, const QString &b) {
        return Translations::nativeName(a).localeAwareCompare(Translations::nativeName(b)) < 0;
    });
    for (const QString &language : std::as_const(languages))
        combo->addItem(Translations::nativeName(language), language);
    combo->setCurrentIndex(qMax(0, combo->findData(m_current.language)));
    combo->setEnabled(!overridden);
    m_ui->languageNoteLabel->setAccessibleName(tr("Note on %1").arg(fieldName(m_ui->languageLabel)));
    connect(combo, &QComboBox::currentIndexChanged, this, &SettingsDialog::showLanguageNote);
    showLanguageNote();
}

void SettingsDialog::showLanguageNote()
{
    QString note;
    if (m_languageOverridden)
        note = tr("Set by the environment variable %1, so it cannot be changed here.")
                   .arg(QStringLiteral("WAVESHELF_LANGUAGE"));
    else if (chosenLanguage() != m_current.language)
        note = tr("Waveshelf speaks the language chosen here from its next start.");
    m_ui->languageNoteLabel->setText(note);
    m_ui->languageNoteLabel->setVisible(!note.isEmpty());
    m_ui->languageComboBox->setAccessibleDescription(note);
}

QString SettingsDialog::chosenLanguage() const
{
    return m_ui->languageComboBox->currentData().toString();
}

void SettingsDialog::keepForThisSession(const QStringList &iniKeys, const QString &note)
{
    m_sessionOnlyKeys = iniKeys;
    m_sessionNote = note;
    for (Field &f : m_fields)
        setupField(f);
}

void SettingsDialog::setupField(Field &f)
{
    f.lineEdit->setReadOnly(f.overridden);
    f.noteLabel->setAccessibleName(tr("Note on %1").arg(fieldName(f.label)));
    QStringList notes;
    if (f.overridden)
        notes << tr("Set by the environment variable %1, so it cannot be changed here.").arg(f.envVariable);
    else if (m_sessionOnlyKeys.contains(f.iniKey))
        notes << m_sessionNote;
    // A value Waveshelf read and refused (the field shows what is used instead).
    for (const ConfigProblem &refused : m_current.refusedValues) {
        if (refused.field == f.configField)
            notes << refused.message;
    }
    const QString note = notes.join(QLatin1Char(' '));
    f.noteLabel->setVisible(!note.isEmpty());
    f.noteLabel->setText(note);
    f.lineEdit->setAccessibleDescription(note);
    f.lineEdit->setToolTip(note);
}

const SettingsDialog::Field &SettingsDialog::field(ConfigField configField) const
{
    for (const Field &f : m_fields) {
        if (f.configField == configField)
            return f;
    }
    Q_UNREACHABLE();
}

std::optional<ConfigProblem> SettingsDialog::readForm(AppConfig &config) const
{
    const Field &clientId = field(ConfigField::ClientId);
    if (!clientId.overridden) {
        const QString id = clientId.lineEdit->text().trimmed();
        if (std::optional<ConfigProblem> problem = ConfigCheck::clientId(id))
            return problem;
        config.clientId = id;
    }
    const Field &database = field(ConfigField::DatabaseUrl);
    if (!database.overridden) {
        const QString url = database.lineEdit->text().trimmed();
        if (std::optional<ConfigProblem> problem = ConfigCheck::databaseUrl(url))
            return problem;
        config.databaseUrl = url;
    }
    for (const ConfigField configField :
         {ConfigField::RedirectUri, ConfigField::AuthorizeUrl, ConfigField::TokenUrl, ConfigField::ApiUrl}) {
        const Field &f = field(configField);
        if (f.overridden)
            continue;
        const QUrl url = ConfigCheck::endpointUrl(f.lineEdit->text());
        if (std::optional<ConfigProblem> problem = ConfigCheck::endpoint(configField, url))
            return problem;
        if (QUrl AppConfig::*member = urlMember(configField))  // one for each of these fields
            config.*member = url;
    }
    return std::nullopt;
}

void SettingsDialog::accept()
{
    clearError();
    // What the settings file holds now, so that values set by the environment are
    // not written into it.
    AppConfig toSave = ConfigLoader::load(m_current.dataDir, QProcessEnvironment());
    const AppConfig inFile = toSave;
    if (const std::optional<ConfigProblem> problem = readForm(toSave)) {
        showError(problem->message, field(problem->field).lineEdit);
        return;
    }
    // This session's own values, left as they were, stay out of the file.
    for (const Field &f : m_fields) {
        if (m_sessionOnlyKeys.contains(f.iniKey) && sameSetting(f.configField, toSave, m_current))
            copySetting(f.configField, inFile, toSave);
    }
    toSave.clientSecret.clear();
    if (!m_languageOverridden)
        toSave.language = chosenLanguage();
    toSave.libraryCacheLimitMiB = m_cacheBox->limitMiB();
    toSave.audioOutput = m_playbackPage->audioOutput();
    if (const Result<void> written = ConfigLoader::save(toSave); !written.ok()) {
        showError(written.error().message, nullptr);
        return;
    }
    m_settings = m_current;
    (void)readForm(m_settings);  // checked above
    if (!m_languageOverridden)
        m_settings.language = toSave.language;  // used from the next start
    m_settings.libraryCacheLimitMiB = toSave.libraryCacheLimitMiB;
    m_settings.audioOutput = toSave.audioOutput;
    m_cacheBox->applyLimit();
    QDialog::accept();
}

void SettingsDialog::restoreDefaults()
{
    clearError();
    const std::pair<ConfigField, QUrl> defaults[] = {
        {ConfigField::RedirectUri, AppConfig::defaultRedirectUri()},
        {ConfigField::AuthorizeUrl, AppConfig::soundCloudAuthorizeUrl()},
        {ConfigField::TokenUrl, AppConfig::soundCloudTokenUrl()},
        {ConfigField::ApiUrl, AppConfig::soundCloudApiUrl()},
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
