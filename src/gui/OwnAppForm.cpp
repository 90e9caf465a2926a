#include "OwnAppForm.h"

#include "ErrorLabelStyle.h"
#include "app/AppCore.h"
#include "config/ConfigCheck.h"
#include "config/ConfigLoader.h"
#include "network/EndpointCheck.h"
#include "secrets/ClientSecretStore.h"

#include <QAccessible>
#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QVBoxLayout>

namespace waveshelf {

namespace {

// A label's text as a control's accessible name: no mnemonic, no colon.
QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                   | Qt::LinksAccessibleByKeyboard);
    return label;
}

}  // namespace

OwnAppForm::OwnAppForm(AppCore &core, const ClientSecretStore &secrets, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_secrets(secrets)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *steps = wrappedLabel(
        tr("1. Sign in at <a href=\"https://soundcloud.com/you/apps\">soundcloud.com/you/apps</a> and register a new "
           "app (any name, such as “Waveshelf on my computer”).<br>"
           "2. Enter this redirect URI for the app there, exactly as shown:"),
        this);
    steps->setObjectName(QStringLiteral("ownAppStepsLabel"));
    steps->setOpenExternalLinks(true);
    layout->addWidget(steps);

    auto *redirectRow = new QHBoxLayout;
    m_redirectUri = new QLineEdit(m_core.config().redirectUri.toString(), this);
    m_redirectUri->setObjectName(QStringLiteral("redirectUriLineEdit"));
    m_redirectUri->setReadOnly(true);
    m_redirectUri->setAccessibleName(tr("Redirect URI"));
    redirectRow->addWidget(m_redirectUri, 1);
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyRedirectUriPushButton"));
    m_copy->setAccessibleName(tr("Copy"));
    m_copy->setAccessibleDescription(tr("Copies the redirect URI"));
    redirectRow->addWidget(m_copy);
    layout->addLayout(redirectRow);
    layout->addWidget(
        wrappedLabel(tr("3. Copy the app's client ID (and its client secret, if it shows one) here:"), this));

    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto *idLabel = new QLabel(tr("Client &ID:"), this);
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("clientIdLineEdit"));
    m_clientId->setAccessibleName(plain(idLabel->text()));
    idLabel->setBuddy(m_clientId);
    form->addRow(idLabel, m_clientId);
    auto *secretLabel = new QLabel(tr("Client s&ecret (optional):"), this);
    m_clientSecret = new QLineEdit(this);
    m_clientSecret->setObjectName(QStringLiteral("clientSecretLineEdit"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setAccessibleName(plain(secretLabel->text()));
    secretLabel->setBuddy(m_clientSecret);
    form->addRow(secretLabel, m_clientSecret);
    m_clientSecretNote = wrappedLabel(QString(), this);
    m_clientSecretNote->setObjectName(QStringLiteral("clientSecretNoteLabel"));
    m_clientSecretNote->setAccessibleName(tr("About the client secret"));
    form->addRow(m_clientSecretNote);
    if (!m_core.config().clientSecret.isEmpty()) {
        // Set in the environment: used as it is, never stored.
        m_clientSecret->setEnabled(false);
        m_clientSecretNote->setText(tr("A client secret is set in the environment variable WAVESHELF_CLIENT_SECRET: "
                                       "Waveshelf uses it and does not store it."));
    } else {
        m_clientSecretNote->setText(tr("Most apps work without one. A secret you enter is kept in the system "
                                       "keyring, never in Waveshelf's settings file."));
    }

    auto *buttons = new QHBoxLayout;
    m_test = addButton(tr("&Test"), QStringLiteral("testPushButton"));
    m_test->setAccessibleDescription(tr("Checks that SoundCloud's sign-in and token addresses answer"));
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    m_save = addButton(tr("Save and co&ntinue"), QStringLiteral("saveOwnAppPushButton"));
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    m_testResult = wrappedLabel(QString(), this);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setAccessibleName(tr("Test result"));
    m_testResult->hide();
    layout->addWidget(m_testResult);
    m_error = wrappedLabel(QString(), this);
    m_error->setObjectName(QStringLiteral("ownAppErrorLabel"));
    m_error->setAccessibleName(tr("Problem"));
    ErrorLabelStyle::apply(m_error);
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_copy, &QPushButton::clicked, this, &OwnAppForm::copyRedirectUri);
    connect(m_test, &QPushButton::clicked, this, &OwnAppForm::test);
    connect(m_save, &QPushButton::clicked, this, &OwnAppForm::save);
    connect(m_clientId, &QLineEdit::returnPressed, this, &OwnAppForm::save);
    connect(m_clientSecret, &QLineEdit::textEdited, this, &OwnAppForm::probeKeyring);
}

OwnAppForm::~OwnAppForm() = default;

QPushButton *OwnAppForm::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(plain(text));
    return button;
}

QString OwnAppForm::readForm(AppConfig &config) const
{
    const QString id = m_clientId->text().trimmed();
    if (id.isEmpty())
        return tr("Please enter your app's client ID.");
    if (const std::optional<ConfigProblem> problem = ConfigCheck::clientId(id))
        return problem->message;
    config.clientId = id;
    if (m_clientSecret->isEnabled())
        config.clientSecret = m_clientSecret->text();
    return {};
}

void OwnAppForm::copyRedirectUri()
{
    QGuiApplication::clipboard()->setText(m_redirectUri->text());
    m_copy->setText(tr("Copied"));
    m_copy->setAccessibleName(tr("Copied"));
}

void OwnAppForm::test()
{
    AppConfig config = m_core.config();
    if (const QString problem = readForm(config); !problem.isEmpty()) {
        showError(problem);
        m_clientId->setFocus();
        return;
    }
    showError(QString());
    setBusy(true);
    m_testResult->setText(tr("Testing…"));
    m_testResult->show();
    EndpointCheck::run(m_core.network(), config, m_pending, [this](Result<EndpointCheckReport> report) {
        setBusy(false);
        if (!report.ok()) {
            m_testResult->hide();
            showError(report.error().message);
            return;
        }
        showReport(report.value());
    });
}

void OwnAppForm::showReport(const EndpointCheckReport &report)
{
    auto line = [](const EndpointVerdict &verdict) {
        return (verdict.outcome == EndpointVerdict::Outcome::Answers ? tr("Works: %1") : tr("Problem: %1"))
            .arg(verdict.message);
    };
    QString text = line(report.authorize) + QLatin1Char('\n') + line(report.token);
    if (report.allAnswer())
        text += QLatin1Char('\n') + tr("Everything answers: save and continue.");
    m_testResult->setText(text);
    m_testResult->setAccessibleDescription(text);
    QAccessibleEvent event(m_testResult, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void OwnAppForm::save()
{
    AppConfig effective = m_core.config();
    if (const QString problem = readForm(effective); !problem.isEmpty()) {
        showError(problem);
        m_clientId->setFocus();
        return;
    }
    if (!m_clientSecret->isEnabled() || m_clientSecret->text().isEmpty()) {
        effective.clientSecretInKeyring = false;
        if (writeSettings(effective))
            finishSave(effective);
        return;
    }
    // The secret goes to the keyring first; the settings file only says that it is there.
    setBusy(true);
    m_secrets.write(effective.clientId, m_clientSecret->text(), m_pending,
                    [this, effective](const Result<void> &stored) mutable {
                        setBusy(false);
                        effective.clientSecretInKeyring = stored.ok();
                        if (!stored.ok())
                            effective.clientSecret.clear();
                        if (!writeSettings(effective))
                            return;
                        if (stored.ok()) {
                            finishSave(effective);
                            return;
                        }
                        // Kept nowhere: the user may go on without it (or set the variable).
                        m_clientSecret->clear();
                        showError(stored.error().message + QLatin1Char(' ')
                                  + tr("The client ID is saved. Press “Save and continue” again to go on "
                                       "without the secret."));
                    });
}

bool OwnAppForm::writeSettings(const AppConfig &effective)
{
    // What the settings file holds now, so that values set by the environment stay out of it.
    AppConfig toSave = ConfigLoader::load(effective.dataDir, QProcessEnvironment());
    toSave.clientId = effective.clientId;
    toSave.clientSecretInKeyring = effective.clientSecretInKeyring;
    toSave.clientSecret.clear();  // never in the settings file
    if (const Result<void> written = ConfigLoader::save(toSave); !written.ok()) {
        showError(written.error().message);
        return false;
    }
    return true;
}

void OwnAppForm::finishSave(const AppConfig &config)
{
    showError(QString());
    emit saved(config);
}

void OwnAppForm::probeKeyring()
{
    if (m_keyringProbed)
        return;
    m_keyringProbed = true;
    // Reading an entry that is not there says whether a keyring answers at all.
    m_secrets.read(QStringLiteral("waveshelf-keyring-probe"), this, [this](const Result<QString> &read) {
        if (read.ok() || read.error().kind != ErrorKind::Unreachable)
            return;
        m_clientSecretNote->setText(read.error().message);
        m_clientSecret->setAccessibleDescription(read.error().message);
    });
}

void OwnAppForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setAccessibleDescription(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        QAccessibleEvent event(m_error, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void OwnAppForm::setBusy(bool busy)
{
    if (busy) {
        m_pending = new QObject(this);
    } else if (m_pending) {
        m_pending->deleteLater();
        m_pending = nullptr;
    }
    m_test->setEnabled(!busy);
    m_save->setEnabled(!busy);
    m_clientId->setReadOnly(busy);
}

}  // namespace waveshelf
