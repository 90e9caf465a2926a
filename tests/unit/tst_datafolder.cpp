// The data-folder rules with real folders: a folder of another user or one
// others may change is refused (the core does not open), a settings file
// planted by another user is ignored and named, and folders and files are
// created with their final mode under a permissive umask.
// "Another user" is nobody: the tests run as root here, who may chown.

#include "TestSuite.h"
#include "app/AppCore.h"
#include "common/PrivatePaths.h"
#include "config/ConfigLoader.h"
#include "session/BrowserProfileFolder.h"

#include "TestDataDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace waveshelf;

namespace {

const QString kPlantedTokenUrl = QStringLiteral("https://tokens.attacker.example/oauth/token");

uint modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0xffff;
    return info.st_mode & 07777;
}

bool setMode(const QString &path, uint mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

// A settings file that would send the token and API requests elsewhere.
void plantSettings(const QString &dataDir)
{
    QSettings ini(QDir(dataDir).filePath(QStringLiteral("waveshelf.ini")), QSettings::IniFormat);
    ini.setValue(QStringLiteral("soundcloud/token_url"), kPlantedTokenUrl);
    ini.setValue(QStringLiteral("soundcloud/api_url"), QStringLiteral("https://api.attacker.example"));
}

// Sets the umask for one test and puts the old one back.
class UmaskScope final {
public:
    explicit UmaskScope(mode_t mask)
        : m_old(::umask(mask))
    {
    }
    ~UmaskScope() { ::umask(m_old); }
    UmaskScope(const UmaskScope &) = delete;
    UmaskScope &operator=(const UmaskScope &) = delete;

private:
    mode_t m_old;
};

}  // namespace

class TestDataFolder final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void folderOfAnotherUserIsRefused();
    void folderOthersMayChangeIsRefused_data();
    void folderOthersMayChangeIsRefused();
    void folderOthersMayReadIsMadePrivate();
    void plantedSettingsFileIsIgnoredAndNamed();
    void settingsFileOthersMayChangeIsIgnored();
    void ownSettingsFileIsRead();
    void savingReplacesAPlantedSettingsFile();
    void foldersAndSettingsAreCreatedWithTheirFinalMode();
    void creationHelpersNeverMakeALooserMode();
    void browserProfileFoldersAreCreatedPrivate();
    void browserProfileFolderOfAnotherUserIsRefused();

private:
    uid_t m_nobody = 0;
};

void TestDataFolder::initTestCase()
{
    const passwd *nobody = ::getpwnam("nobody");
    QVERIFY(nobody);
    m_nobody = nobody->pw_uid;
    if (::geteuid() != 0)
        QSKIP("chown to another user needs root");
}

void TestDataFolder::folderOfAnotherUserIsRefused()
{
    test::TestDataDir dir;
    AppConfig config = dir.config();
    config.dataDir = dir.path() + QStringLiteral("/theirs");
    QVERIFY(QDir().mkdir(config.dataDir));
    QVERIFY(setMode(config.dataDir, 0700));
    QVERIFY(::chown(QFile::encodeName(config.dataDir).constData(), m_nobody, gid_t(-1)) == 0);

    const Result<void> checked = ConfigLoader::ensureDataDir(config.dataDir);
    QVERIFY(!checked.ok());
    QVERIFY2(checked.error().message.contains(QStringLiteral("belongs to another user (nobody)")),
             qPrintable(checked.error().message));
    QVERIFY(checked.error().message.contains(config.dataDir));
    // The app and the command line open the core: it refuses, and creates nothing there.
    QVERIFY(!AppCore::open(config).ok());
    QVERIFY(!QFile::exists(config.databasePath()));
    QCOMPARE(modeOf(config.dataDir), 0700u);  // left as it was
}

void TestDataFolder::folderOthersMayChangeIsRefused_data()
{
    QTest::addColumn<uint>("mode");
    QTest::newRow("0777") << 0777u;
    QTest::newRow("0770") << 0770u;
    QTest::newRow("0730 (group may write)") << 0730u;
    QTest::newRow("0703 (others may write)") << 0703u;
}

void TestDataFolder::folderOthersMayChangeIsRefused()
{
    QFETCH(uint, mode);
    test::TestDataDir dir;
    AppConfig config = dir.config();
    QVERIFY(setMode(config.dataDir, mode));
    const Result<void> checked = ConfigLoader::ensureDataDir(config.dataDir);
    QVERIFY(!checked.ok());
    QVERIFY2(checked.error().message.contains(QStringLiteral("other users of this computer can change")),
             qPrintable(checked.error().message));
    QVERIFY(checked.error().message.contains(QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'))));
    QVERIFY(!AppCore::open(config).ok());
    QVERIFY(!QFile::exists(config.databasePath()));
    QCOMPARE(modeOf(config.dataDir), mode);
}

void TestDataFolder::folderOthersMayReadIsMadePrivate()
{
    test::TestDataDir dir;
    QVERIFY(setMode(dir.path(), 0755));
    QVERIFY(ConfigLoader::ensureDataDir(dir.path()).ok());
    QCOMPARE(modeOf(dir.path()), 0700u);
}

void TestDataFolder::plantedSettingsFileIsIgnoredAndNamed()
{
    test::TestDataDir dir;
    plantSettings(dir.path());
    const QString ini = dir.config().settingsPath();
    QVERIFY(setMode(ini, 0600));
    QVERIFY(::chown(QFile::encodeName(ini).constData(), m_nobody, gid_t(-1)) == 0);

    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^The settings file %1 is not used: it "
                                                           "belongs to another user \\(nobody\\)")
                                                .arg(QRegularExpression::escape(ini))));
    const AppConfig config = ConfigLoader::load(dir.path(), QProcessEnvironment());
    QCOMPARE(config.tokenUrl, AppConfig::soundCloudTokenUrl());
    QCOMPARE(config.apiUrl, AppConfig::soundCloudApiUrl());
    QVERIFY(config.ignoredSettingsFile.contains(ini));

    // The environment still counts.
    QProcessEnvironment env;
    env.insert(QStringLiteral("WAVESHELF_CLIENT_ID"), QStringLiteral("from-env"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^The settings file")));
    QCOMPARE(ConfigLoader::load(dir.path(), env).clientId, QStringLiteral("from-env"));
}

void TestDataFolder::settingsFileOthersMayChangeIsIgnored()
{
    test::TestDataDir dir;
    plantSettings(dir.path());
    const QString ini = dir.config().settingsPath();
    QVERIFY(setMode(ini, 0666));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^The settings file .* other users of this computer can "
                                                           "change it \\(its permissions are 0666\\)")));
    const AppConfig config = ConfigLoader::load(dir.path(), QProcessEnvironment());
    QCOMPARE(config.tokenUrl, AppConfig::soundCloudTokenUrl());
    QVERIFY(!config.ignoredSettingsFile.isEmpty());
}

void TestDataFolder::ownSettingsFileIsRead()
{
    test::TestDataDir dir;
    plantSettings(dir.path());
    QVERIFY(setMode(dir.config().settingsPath(), 0640));  // others may read it, not change it
    const AppConfig config = ConfigLoader::load(dir.path(), QProcessEnvironment());
    QCOMPARE(config.tokenUrl, QUrl(kPlantedTokenUrl));
    QVERIFY(config.ignoredSettingsFile.isEmpty());
}

void TestDataFolder::savingReplacesAPlantedSettingsFile()
{
    test::TestDataDir dir;
    plantSettings(dir.path());
    const QString ini = dir.config().settingsPath();
    QVERIFY(setMode(ini, 0644));
    QVERIFY(::chown(QFile::encodeName(ini).constData(), m_nobody, gid_t(-1)) == 0);
    QVERIFY(ConfigLoader::save(dir.config()).ok());
    QCOMPARE(QFileInfo(ini).ownerId(), ::geteuid());
    QCOMPARE(modeOf(ini), 0600u);
    QCOMPARE(ConfigLoader::load(dir.path(), QProcessEnvironment()).tokenUrl, AppConfig::soundCloudTokenUrl());
}

void TestDataFolder::foldersAndSettingsAreCreatedWithTheirFinalMode()
{
    const UmaskScope permissive(0);
    test::TestDataDir dir;
    AppConfig config = dir.config();
    config.dataDir = dir.path() + QStringLiteral("/a/b/data");
    QVERIFY(ConfigLoader::save(config).ok());
    // Every folder made on the way, not only the last one.
    for (const QString &level : {QStringLiteral("/a"), QStringLiteral("/a/b"), QStringLiteral("/a/b/data")})
        QCOMPARE(modeOf(dir.path() + level), 0700u);
    QCOMPARE(modeOf(config.settingsPath()), 0600u);
}

void TestDataFolder::creationHelpersNeverMakeALooserMode()
{
    // What the helpers create has its final mode when they return; nothing
    // changes it afterwards, so it never had another one.
    const UmaskScope permissive(0);
    test::TestDataDir dir;
    const QString folder = dir.path() + QStringLiteral("/x/y");
    QVERIFY(PrivatePaths::makeDir(folder).ok());
    QCOMPARE(modeOf(dir.path() + QStringLiteral("/x")), 0700u);
    QCOMPARE(modeOf(folder), 0700u);
    QVERIFY(PrivatePaths::makeDir(folder).ok());  // there already: fine

    const QString file = folder + QStringLiteral("/settings.ini");
    QVERIFY(PrivatePaths::createFile(file).ok());
    QCOMPARE(modeOf(file), 0600u);
    QVERIFY(!PrivatePaths::createFile(file).ok());  // never opens what is there (O_EXCL)
    QVERIFY(!PrivatePaths::makeDir(test::TestDataDir().unmakeableDir()).ok());
}

void TestDataFolder::browserProfileFoldersAreCreatedPrivate()
{
    const UmaskScope permissive(0);
    test::TestDataDir dir;
    const QString profiles = dir.config().browserProfilesDir();
    const Result<QString> made = BrowserProfileFolder::make(profiles, 7);
    QVERIFY(made.ok());
    QCOMPARE(made.value(), BrowserProfileFolder::path(profiles, 7));
    QCOMPARE(modeOf(profiles), 0700u);
    QCOMPARE(modeOf(made.value()), 0700u);

    QVERIFY(setMode(profiles, 0755));  // an older, looser one is made private
    QVERIFY(BrowserProfileFolder::make(profiles, 7).ok());
    QCOMPARE(modeOf(profiles), 0700u);
}

void TestDataFolder::browserProfileFolderOfAnotherUserIsRefused()
{
    test::TestDataDir dir;
    const QString profiles = dir.config().browserProfilesDir();
    QVERIFY(PrivatePaths::makeDir(BrowserProfileFolder::path(profiles, 3)).ok());
    QVERIFY(::chown(QFile::encodeName(BrowserProfileFolder::path(profiles, 3)).constData(), m_nobody, gid_t(-1)) == 0);
    QVERIFY(!BrowserProfileFolder::make(profiles, 3).ok());
}

WAVESHELF_TEST_GUILESS_MAIN(TestDataFolder)
#include "tst_datafolder.moc"
