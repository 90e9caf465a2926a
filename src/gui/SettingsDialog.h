#pragma once

#include "config/AppConfig.h"
#include "config/ConfigProblem.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;

namespace Ui {
class SettingsDialog;
}

namespace waveshelf {

class AccountSettingsPage;
class Library;
class LibraryCacheBox;
class PlaybackSettingsPage;

// Edits the settings of AppConfig that live in the settings file, in pages: General
// (the language, from the next start), Playback (the audio output,
// PlaybackSettingsPage), Library (the cache's limit; with the logged-in user's
// Library, their cache's size and "Clear", LibraryCacheBox), Account (the window's
// password and connection actions, AccountSettingsPage) and Advanced (client ID,
// redirect URI, the three endpoints, the database). Resizable, opening at its size hint. Values the environment overrides are shown read-only with the
// variable's name, values of this session only (the sandbox) with a note and unsaved unless
// changed; the client secret is never edited here. "Save" validates, then writes
// with ConfigLoader::save and closes only when that worked.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `library`: the logged-in user's, or null when nobody is logged in.
    SettingsDialog(const AppConfig &current, const QStringList &overriddenKeys, QWidget *parent,
                   Library *library = nullptr);
    ~SettingsDialog() override;

    // The configuration in effect after saving (environment overrides still win).
    [[nodiscard]] const AppConfig &settings() const { return m_settings; }
    // Values in effect for this session only (the sandbox tried from the first-run
    // guide): shown with `note`, and written to the settings file only when changed
    // here; left as they are, the file keeps what it had.
    void keepForThisSession(const QStringList &iniKeys, const QString &note);

    // The Account page: who is logged in (empty: nobody), their SoundCloud connection
    // in words, and the window's actions for them (shown as buttons).
    void setAccount(const QString &username, const QString &connection, const QList<QAction *> &actions);
    // An Account page button closed the dialog to have this action run, or nullptr.
    [[nodiscard]] QAction *chosenAction() const { return m_chosenAction; }
    // Opens on the page of that object name ("playbackPage", "libraryPage", "accountPage", "advancedPage").
    void showPage(const QString &objectName);

    void accept() override;

private:
    struct Field {
        QLineEdit *lineEdit;
        QLabel *noteLabel;
        QLabel *label;
        ConfigField configField;
        QString iniKey;
        QString envVariable;
        bool overridden;
    };

    void setupField(Field &field);
    void setupLanguage(bool overridden);
    void showLanguageNote();
    [[nodiscard]] QString chosenLanguage() const;
    void restoreDefaults();
    // Copies the editable fields into `config`; the first value ConfigCheck refuses, if any.
    [[nodiscard]] std::optional<ConfigProblem> readForm(AppConfig &config) const;
    void showError(const QString &message, QLineEdit *focus);
    void clearError();
    [[nodiscard]] const Field &field(ConfigField configField) const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppConfig m_current;
    AppConfig m_settings;
    QList<Field> m_fields;
    LibraryCacheBox *m_cacheBox;
    PlaybackSettingsPage *m_playbackPage = nullptr;
    QPointer<AccountSettingsPage> m_accountPage;
    QAction *m_chosenAction = nullptr;
    bool m_languageOverridden = false;
    QStringList m_sessionOnlyKeys;
    QString m_sessionNote;
};

}  // namespace waveshelf
