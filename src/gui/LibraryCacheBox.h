#pragma once

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QPushButton;
class QSpinBox;

namespace waveshelf {

class Library;

// The Settings dialog's "Library cache" group: how much the logged-in user's
// offline library takes of the limit (in the locale's format), the limit
// (MiB, for every user; INI library/cache_limit_mib) and "Clear", which says
// what it did. Without a logged-in user (`library` null) it says why there is
// nothing to show or clear.
class LibraryCacheBox final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryCacheBox)

public:
    LibraryCacheBox(int limitMiB, Library *library, QWidget *parent);

    [[nodiscard]] int limitMiB() const;
    // Applies the limit shown to the logged-in user's cache (after saving).
    void applyLimit() const;

private:
    void measure();
    void showUsage();
    void clear();

    QPointer<Library> m_library;
    QLabel *m_usageLabel;
    QSpinBox *m_limitSpinBox;
    QPushButton *m_clearPushButton;
    QLabel *m_noteLabel;
    qint64 m_usedBytes = -1;  // not measured yet
};

}  // namespace waveshelf
