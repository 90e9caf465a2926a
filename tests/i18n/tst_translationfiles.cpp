// Every shipped language is complete and current: lupdate run over today's
// sources (tests/i18n/RefreshTranslations.cmake, a CTest fixture) changes
// nothing in the committed .ts files, and no entry is unfinished, obsolete or
// vanished. English is the source language: only its plural forms (%n) need
// entries. A string added to the code without translations fails here.

#include "TestSuite.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslationFiles final : public QObject {
    Q_OBJECT

private slots:
    void threeLanguagesBesideEnglish();
    void complete_data();
    void complete();
    void current_data();
    void current();
    void oneFormOfAddress_data();
    void oneFormOfAddress();

private:
    static QString committedDir() { return QString::fromLocal8Bit(qgetenv("WAVESHELF_TS_DIR")); }
    static QString freshDir() { return QString::fromLocal8Bit(qgetenv("WAVESHELF_TS_FRESH_DIR")); }
    static void addFiles();
};

void TestTranslationFiles::addFiles()
{
    QTest::addColumn<QString>("name");
    const QStringList files = QDir(committedDir()).entryList({QStringLiteral("waveshelf_*.ts")}, QDir::Files);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void TestTranslationFiles::threeLanguagesBesideEnglish()
{
    const QStringList files = QDir(committedDir()).entryList({QStringLiteral("waveshelf_*.ts")}, QDir::Files);
    for (const char *language : {"de", "en", "es", "fr"})
        QVERIFY2(files.contains(QStringLiteral("waveshelf_%1.ts").arg(QLatin1String(language))), language);
}

void TestTranslationFiles::complete_data()
{
    addFiles();
}

void TestTranslationFiles::complete()
{
    QFETCH(QString, name);
    QFile file(QDir(freshDir()).filePath(name));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const bool source = name == QLatin1String("waveshelf_en.ts");
    QXmlStreamReader xml(&file);
    QString context;
    QString sourceText;
    bool numerus = false;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            sourceText = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const bool needed = !source || numerus;
            if ((type == QLatin1String("unfinished") && needed) || type == QLatin1String("obsolete")
                || type == QLatin1String("vanished"))
                problems.append(QStringLiteral("%1 %2: \"%3\"").arg(type, context, sourceText.left(60)));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 entries to finish in %2 (run `cmake --build build "
                                       "--target update_translations`, then translate):\n%3")
                            .arg(problems.size())
                            .arg(name, problems.mid(0, 20).join(u'\n'))));
}

void TestTranslationFiles::current_data()
{
    addFiles();
}

void TestTranslationFiles::current()
{
    QFETCH(QString, name);
    QFile committed(QDir(committedDir()).filePath(name));
    QFile fresh(QDir(freshDir()).filePath(name));
    QVERIFY(committed.open(QIODevice::ReadOnly));
    QVERIFY(fresh.open(QIODevice::ReadOnly));
    QVERIFY2(committed.readAll() == fresh.readAll(),
             qPrintable(name
                        + QStringLiteral(" is not what lupdate makes of today's sources: run `cmake --build build "
                                         "--target update_translations` and commit the result")));
}

void TestTranslationFiles::oneFormOfAddress_data()
{
    // Each language speaks to the user one way (translations/GLOSSARY.<lang>.md):
    // German "du" (as SoundCloud's German does), Spanish "tú", French "vous".
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("refused");
    QTest::newRow("de: du, never Sie") << QStringLiteral("waveshelf_de.ts")
                                       << QStringLiteral("\\b(Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)\\b");
    QTest::newRow("es: tú, never usted") << QStringLiteral("waveshelf_es.ts")
                                         << QStringLiteral("\\b(usted|ustedes)\\b");
    QTest::newRow("fr: vous, never tu") << QStringLiteral("waveshelf_fr.ts")
                                        << QStringLiteral("\\b(tu|toi|ton|tes)\\b");
}

void TestTranslationFiles::oneFormOfAddress()
{
    // Issue 19, defect 8: German mixed "Sie" and "du" ("Ihre Uploads" beside "Deine Playlists").
    QFETCH(QString, name);
    QFETCH(QString, refused);
    QFile file(QDir(committedDir()).filePath(name));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QStringList found;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() != QLatin1String("translation") && xml.name() != QLatin1String("numerusform"))
            continue;
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        // German "sie" (they, she, it) is lower case inside a sentence: only the capital form is refused.
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (!name.startsWith(QLatin1String("waveshelf_de")))
            options |= QRegularExpression::CaseInsensitiveOption;
        const QRegularExpression match(refused, options);
        if (match.match(text).hasMatch())
            found.append(text.left(100));
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

WAVESHELF_TEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
