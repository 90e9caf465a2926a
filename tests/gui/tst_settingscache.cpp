// The Settings dialog's library cache, with a real Library on a real SQLite
// database: the logged-in user's cache size of the limit in the locale's
// format, the limit saved and applied, "Clear" saying what it did, and
// without a user nothing to clear, said so.

#include "LibraryCacheBox.h"
#include "LibraryTestUsers.h"
#include "ResultSpy.h"
#include "SettingsDialog.h"
#include "TestSuite.h"
#include "app/AppCore.h"
#include "config/ConfigLoader.h"
#include "library/Library.h"
#include "library/LibraryCache.h"
#include "session/UserContext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace waveshelf;
using test::LibraryTestUsers;

namespace {

constexpr qint64 kMiB = qint64(1024) * 1024;

template <typename T>
T *child(const QDialog &dialog, const char *name)
{
    return dialog.findChild<T *>(QLatin1String(name));
}

qint64 cacheBytes(Library &library)
{
    test::ResultSpy<qint64> spy;
    library.cacheSize(spy.context(), spy.callback());
    return spy.wait(10'000) && spy.last().ok() ? spy.last().value() : -1;
}

bool fillCache(Library &library)
{
    test::ResultSpy<void> spy;
    library.cache().write(LibraryList::of(LibraryList::Kind::Likes), LibraryTestUsers::tracks(1'200), QUrl(), 0,
                          spy.context(), spy.callback());
    return spy.wait(10'000) && spy.last().ok();
}

}  // namespace

class TestSettingsCache final : public QObject {
    Q_OBJECT

private slots:
    void cleanup();
    void showsTheUsersCacheOfTheLimitInTheLocalesFormat();
    void clearEmptiesTheCacheAndSaysSo();
    void limitIsSavedAndApplied();
    void nobodyLoggedInMeansNothingToClear();
};

void TestSettingsCache::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestSettingsCache::showsTheUsersCacheOfTheLimitInTheLocalesFormat()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    LibraryTestUsers users;
    Library &library = users.add(QStringLiteral("dana")).library();
    QVERIFY(fillCache(library));
    const qint64 used = cacheBytes(library);
    QVERIFY(used > 0);
    SettingsDialog dialog(users.core().config(), {}, nullptr, &library);
    dialog.show();
    dialog.showPage(QStringLiteral("libraryPage"));
    auto *usage = child<QLabel>(dialog, "cacheUsageLabel");
    const QLocale german;
    const QString expected =
        QStringLiteral("%1 used of %2.").arg(german.formattedDataSize(used, 1), QStringLiteral("100 MiB"));
    QTRY_COMPARE(usage->text(), expected);
    QVERIFY2(expected.contains(u','), qPrintable(expected));  // German decimals: "291,3 KiB"
    QVERIFY(child<QPushButton>(dialog, "clearCachePushButton")->isEnabled());

    // A write while the dialog shows: the size follows (Library::cacheChanged).
    test::ResultSpy<void> spy;
    library.cache().write(LibraryList::of(LibraryList::Kind::Stream),
                          LibraryTestUsers::tracks(600, QStringLiteral("feed")), QUrl(), 0, spy.context(),
                          spy.callback());
    QVERIFY(spy.wait(10'000));
    const qint64 more = cacheBytes(library);
    QVERIFY(more > used);
    QTRY_COMPARE(usage->text(),
                 QStringLiteral("%1 used of %2.").arg(german.formattedDataSize(more, 1), QStringLiteral("100 MiB")));
}

void TestSettingsCache::clearEmptiesTheCacheAndSaysSo()
{
    LibraryTestUsers users;
    Library &library = users.add(QStringLiteral("erin")).library();
    QVERIFY(fillCache(library));
    const qint64 used = cacheBytes(library);
    SettingsDialog dialog(users.core().config(), {}, nullptr, &library);
    dialog.show();
    dialog.showPage(QStringLiteral("libraryPage"));
    auto *usage = child<QLabel>(dialog, "cacheUsageLabel");
    QTRY_VERIFY(usage->text().startsWith(QLocale().formattedDataSize(used, 1)));
    auto *note = child<QLabel>(dialog, "cacheNoteLabel");
    QVERIFY(!note->isVisible());

    QTest::mouseClick(child<QPushButton>(dialog, "clearCachePushButton"), Qt::LeftButton);
    QCOMPARE(cacheBytes(library), 0);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().startsWith(QStringLiteral("Cleared: %1 freed.").arg(QLocale().formattedDataSize(used, 1))),
             qPrintable(note->text()));
    QTRY_VERIFY2(usage->text().startsWith(QLocale().formattedDataSize(0, 1)), qPrintable(usage->text()));
    QVERIFY(dialog.isVisible());  // nothing else changed: the dialog stays
}

void TestSettingsCache::limitIsSavedAndApplied()
{
    LibraryTestUsers users;
    Library &library = users.add(QStringLiteral("fay")).library();
    const AppConfig config = users.core().config();
    SettingsDialog dialog(config, {}, nullptr, &library);
    dialog.show();
    dialog.showPage(QStringLiteral("libraryPage"));
    auto *limit = child<QSpinBox>(dialog, "cacheLimitSpinBox");
    QCOMPARE(limit->value(), 100);
    QCOMPARE(limit->accessibleName(), QStringLiteral("Cache limit"));
    limit->setValue(7);
    QTRY_VERIFY(child<QLabel>(dialog, "cacheUsageLabel")->text().endsWith(QStringLiteral("of 7 MiB.")));
    auto *buttons = child<QDialogButtonBox>(dialog, "buttonBox");
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.settings().libraryCacheLimitMiB, 7);
    QCOMPARE(QSettings(config.settingsPath(), QSettings::IniFormat).value(QStringLiteral("library/cache_limit_mib")),
             QVariant(QStringLiteral("7")));
    QCOMPARE(ConfigLoader::load(config.dataDir, QProcessEnvironment()).libraryCacheLimitMiB, 7);
    QCOMPARE(library.cache().limitBytes(), 7 * kMiB);  // the logged-in user's cache at once
}

void TestSettingsCache::nobodyLoggedInMeansNothingToClear()
{
    LibraryTestUsers users;
    SettingsDialog dialog(users.core().config(), {}, nullptr);
    dialog.show();
    dialog.showPage(QStringLiteral("libraryPage"));
    auto *clear = child<QPushButton>(dialog, "clearCachePushButton");
    QVERIFY(!clear->isEnabled());
    auto *note = child<QLabel>(dialog, "cacheNoteLabel");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("Nobody is logged in")), qPrintable(note->text()));
    QVERIFY(child<QSpinBox>(dialog, "cacheLimitSpinBox")->isEnabled());  // the limit is everyone's
    QCOMPARE(child<QLabel>(dialog, "cacheUsageLabel")->text(), QStringLiteral("Limit: 100 MiB per user."));
}

WAVESHELF_TEST_MAIN(TestSettingsCache)
#include "tst_settingscache.moc"
