#include "BrowserProfiles.h"

#include "common/LogCategories.h"
#include "session/BrowserProfileFolder.h"

#include <QDir>
#include <QWebEngineCookieStore>
#include <QWebEngineProfile>

namespace waveshelf {

BrowserProfiles::BrowserProfiles(const QString &profilesDir, QObject *parent)
    : QObject(parent)
    , m_profilesDir(profilesDir)
{
}

BrowserProfiles::~BrowserProfiles() = default;

QString BrowserProfiles::storagePathFor(qint64 userId) const
{
    return BrowserProfileFolder::path(m_profilesDir, userId);
}

QWebEngineProfile *BrowserProfiles::profileFor(qint64 userId)
{
    if (QWebEngineProfile *existing = m_profiles.value(userId))
        return existing;

    const QString storagePath = storagePathFor(userId);
    // Mode 0700 from the start, each level; the engine creates what is inside.
    if (const Result<QString> made = BrowserProfileFolder::make(m_profilesDir, userId); !made.ok()) {
        // Not a folder of the user's own: sign in without remembering anything on disk.
        qCWarning(lcAuth).noquote() << made.error().message << made.error().detail;
        auto *offTheRecord = new QWebEngineProfile(this);
        m_profiles.insert(userId, offTheRecord);
        return offTheRecord;
    }

    // A named profile is disk-based (never off-the-record); the paths are set before
    // the first page uses it.
    auto *profile = new QWebEngineProfile(QStringLiteral("waveshelf-user-%1").arg(userId), this);
    profile->setPersistentStoragePath(storagePath);
    profile->setCachePath(QDir(storagePath).filePath(QStringLiteral("cache")));
    profile->setHttpCacheType(QWebEngineProfile::DiskHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::AllowPersistentCookies);
    m_profiles.insert(userId, profile);
    qCDebug(lcAuth) << "Browser profile created for local user" << userId;
    return profile;
}

void BrowserProfiles::clear(qint64 userId)
{
    QWebEngineProfile *profile = m_profiles.value(userId);
    if (!profile) {
        // Not in use in this run: remove everything it stored (local storage too).
        BrowserProfileFolder::remove(m_profilesDir, userId);
        return;
    }
    // Cookies hold the SoundCloud session. The HTTP cache is left alone: on
    // Qt 6.4, clearHttpCache() on a profile in use can stall its next page
    // load indefinitely (seen in tst_connectpopup), and it holds no session.
    profile->cookieStore()->deleteAllCookies();
    profile->clearAllVisitedLinks();
    qCInfo(lcAuth) << "Browser data cleared for local user" << userId;
}

}  // namespace waveshelf
