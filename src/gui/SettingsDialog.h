#pragma once

#include "config/AppConfig.h"
#include "config/ConfigProblem.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;

namespace Ui {
class SettingsDialog;
}

namespace waveshelf {

class Library;
class LibraryCacheBox;

// Edits the settings of AppConfig that live in the settings file: client ID, redirect URI
// and the three endpoints, the database, the language (from the next start) and the
// library cache's limit; with the logged-in user's Library, their cache's size and
// "Clear" (LibraryCacheBox). Values the environment overrides are shown read-only with the
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
    bool m_languageOverridden = false;
    QStringList m_sessionOnlyKeys;
    QString m_sessionNote;
};

}  // namespace waveshelf
