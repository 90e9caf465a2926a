#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

class QTranslator;

namespace waveshelf {

// The languages Waveshelf speaks, and switching the running app to one: its
// own strings (the .qm files embedded under :/i18n) and Qt's (qtbase_*.qm
// from Qt's translations folder, when installed). QLocale's default follows,
// so dates, durations and numbers read the way the language writes them.
// Used by the app and the CLI alike; made by main() after the application
// object and destroyed before it, which gives back the translators and the
// default locale it had (the CLI runs in a test's process too).
class Translations final {
public:
    Translations() = default;
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // "de", "fr", "es", "en"; empty or unknown: the system's language when
    // Waveshelf speaks it, else English. Returns the language now in use.
    QString use(const QString &language);

    // Every language shipped, "en" first.
    [[nodiscard]] static QStringList available();
    // A language's own name ("Deutsch"), for a language menu.
    [[nodiscard]] static QString nativeName(const QString &language);
    // The language `requested` resolves to, given the system's UI languages.
    [[nodiscard]] static QString resolve(const QString &requested, const QStringList &systemLanguages);

private:
    void removeInstalled();

    // QLocale's default before the first use(), given back on destruction.
    std::optional<QLocale> m_previousDefault;
    QTranslator *m_own = nullptr;
    QTranslator *m_qt = nullptr;
};

}  // namespace waveshelf
