#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace waveshelf {

namespace {

constexpr auto kResourceDir = ":/i18n";

QString baseLanguage(const QString &name)
{
    return name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

}  // namespace

Translations::~Translations()
{
    removeInstalled();
    if (m_previousDefault)
        QLocale::setDefault(*m_previousDefault);
}

QStringList Translations::available()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(QLatin1String(kResourceDir)).entryList({QStringLiteral("waveshelf_*.qm")});
    for (const QString &file : files) {
        const QString language = file.mid(10).chopped(3);  // "waveshelf_" ... ".qm"
        if (!languages.contains(language))
            languages.append(language);
    }
    return languages;
}

QString Translations::nativeName(const QString &language)
{
    // CLDR names a region's variant ("American English", "español de España");
    // the shipped languages are no region's.
    static const QHash<QString, QString> shipped{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
    if (const auto found = shipped.constFind(baseLanguage(language)); found != shipped.constEnd())
        return found.value();
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? language : name;
}

QString Translations::resolve(const QString &requested, const QStringList &systemLanguages)
{
    const QStringList shipped = available();
    const QString wanted = baseLanguage(requested);
    if (shipped.contains(wanted))
        return wanted;
    for (const QString &system : systemLanguages) {
        const QString language = baseLanguage(system);
        if (shipped.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Translations::use(const QString &requested)
{
    const QString language = resolve(requested, QLocale::system().uiLanguages());
    removeInstalled();
    // Numbers and dates follow the system's locale when the system speaks the
    // language chosen (en_GB keeps its dates under English).
    const QLocale system = QLocale::system();
    const QLocale locale = baseLanguage(system.name()) == language ? system : QLocale(language);
    if (!m_previousDefault)
        m_previousDefault = QLocale();  // the default now
    QLocale::setDefault(locale);

    // English is the source text, but its plural forms ("%n track(s)" → "1 track",
    // "7 tracks") come from waveshelf_en.qm like any language's.
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral("waveshelf_") + language, QLatin1String(kResourceDir))) {
        m_own = own.release();
        QCoreApplication::installTranslator(m_own);
    }
    if (language == QLatin1String("en"))
        return language;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qt = qt.release();
        QCoreApplication::installTranslator(m_qt);
    }
    return language;
}

void Translations::removeInstalled()
{
    for (QTranslator **translator : {&m_own, &m_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

}  // namespace waveshelf
