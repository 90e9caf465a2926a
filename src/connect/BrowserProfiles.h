#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QWebEngineProfile;

namespace waveshelf {

// One persistent browser profile per local user, so that one person's SoundCloud
// session never shows up in another person's "Connect" popup. Storage and cache live
// under profilesDir/user-<id>; profiles are created on first use and kept for the
// lifetime of this object, which must outlive every page that uses them.
class BrowserProfiles final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserProfiles)

public:
    explicit BrowserProfiles(const QString &profilesDir, QObject *parent = nullptr);
    ~BrowserProfiles() override;

    [[nodiscard]] QWebEngineProfile *profileFor(qint64 userId);

    // Deletes the user's cookies and visited links (used by "Disconnect"); a profile
    // not opened in this run is removed from disk entirely.
    // A profile not yet used in this run is removed from disk altogether.
    void clear(qint64 userId);

    [[nodiscard]] QString storagePathFor(qint64 userId) const;

private:
    QString m_profilesDir;
    QHash<qint64, QWebEngineProfile *> m_profiles;
};

}  // namespace waveshelf
