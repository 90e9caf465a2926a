#pragma once

#include "common/Result.h"
#include "config/AppConfig.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class SettingsDialog;
}

namespace waveshelf {

// Edits the settings of AppConfig that live in the settings file: client ID, redirect URI
// and the three endpoints. Values the environment overrides are shown read-only with the
// variable's name; the client secret is never edited here. "Save" validates, then writes
// with ConfigLoader::save and closes only when that worked.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(const AppConfig &current, const QStringList &overriddenKeys, QWidget *parent);
    ~SettingsDialog() override;

    // The configuration in effect after saving (environment overrides still win).
    // Note: hides QDialog::result(); use the return value of exec() for the dialog code.
    [[nodiscard]] AppConfig result() const { return m_result; }

    // An endpoint as typed: http or https, with a host. InvalidInput names the field.
    [[nodiscard]] static Result<QUrl> parseEndpoint(const QString &text, const QString &fieldName);

    void accept() override;

private:
    struct Field {
        QLineEdit *lineEdit;
        QLabel *noteLabel;
        QLabel *label;
        QString iniKey;
        QString envVariable;
        bool overridden;
    };

    void setupField(Field &field);
    void restoreDefaults();
    [[nodiscard]] Result<AppConfig> readForm(const AppConfig &base) const;
    void showError(const QString &message, QLineEdit *focus);
    void clearError();
    [[nodiscard]] const Field &field(const QString &iniKey) const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppConfig m_current;
    AppConfig m_result;
    QList<Field> m_fields;
};

}  // namespace waveshelf
