#pragma once

#include "config/AppConfig.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace waveshelf {

class AppCore;
class ClientSecretStore;
struct EndpointCheckReport;

// The first-run guide's "Use your own SoundCloud app": what to register at
// SoundCloud, the redirect URI to enter there (with Copy), the client ID
// (checked by ConfigCheck), an optional client secret (kept only in the system
// keyring, or in WAVESHELF_CLIENT_SECRET), "Test" (EndpointCheck, without
// blocking the window) and "Save and continue" (the settings file, never the
// secret; then `saved`).
class OwnAppForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnAppForm)

public:
    // `core` and `secrets` must outlive the form.
    OwnAppForm(AppCore &core, const ClientSecretStore &secrets, QWidget *parent = nullptr);
    ~OwnAppForm() override;

signals:
    // The configuration in effect after saving: the client ID saved, the secret
    // (if any) from the keyring or the environment.
    void saved(const waveshelf::AppConfig &config);

private:
    [[nodiscard]] QPushButton *addButton(const QString &text, const QString &objectName);
    [[nodiscard]] QLineEdit *addField(const QString &labelText, const QString &objectName, QLabel **note);
    // The form's values over the current configuration; an error message if the client ID is unusable.
    [[nodiscard]] QString readForm(AppConfig &config) const;
    void copyRedirectUri();
    void test();
    void showReport(const EndpointCheckReport &report);
    void save();
    // Writes the client ID (and whether a secret is in the keyring) to the settings file; false if it failed (said).
    [[nodiscard]] bool writeSettings(const AppConfig &effective);
    void finishSave(const AppConfig &config);
    void probeKeyring();
    void showError(const QString &message);
    void setBusy(bool busy);

    AppCore &m_core;
    const ClientSecretStore &m_secrets;
    QLineEdit *m_redirectUri = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QLabel *m_clientSecretNote = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QObject *m_pending = nullptr;  // the context of the test or save under way
    bool m_keyringProbed = false;
};

}  // namespace waveshelf
