#pragma once

#include <QFrame>

class QDateTime;
class QLabel;
class QPushButton;

namespace waveshelf {

// "Offline — showing your library from <time>" above the library while
// SoundCloud cannot be reached and cached rows are shown, with Retry.
class OfflineBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineBanner)

public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    // Shows the banner for a cache stored at `since` (local time, the locale's format), or hides it.
    void setOffline(bool offline, const QDateTime &since);
    [[nodiscard]] QString text() const;
    // The time as the banner says it: the time alone today, else the date and time.
    [[nodiscard]] static QString formatSince(const QDateTime &since);

signals:
    void retryRequested();

private:
    QLabel *m_label;
    QPushButton *m_retryPushButton;
};

}  // namespace waveshelf
