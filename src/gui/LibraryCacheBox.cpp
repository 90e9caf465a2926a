#include "LibraryCacheBox.h"

#include "library/Library.h"
#include "library/LibraryCache.h"

#include <QAccessible>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace waveshelf {

namespace {

constexpr qint64 kMiB = qint64(1024) * 1024;
constexpr int kMaxLimitMiB = 1024 * 1024;  // 1 TiB

}  // namespace

LibraryCacheBox::LibraryCacheBox(int limitMiB, Library *library, QWidget *parent)
    : QGroupBox(tr("Library cache"), parent)
    , m_library(library)
    , m_usageLabel(new QLabel(this))
    , m_limitSpinBox(new QSpinBox(this))
    , m_clearPushButton(new QPushButton(tr("&Clear"), this))
    , m_noteLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("libraryCacheGroupBox"));
    m_usageLabel->setObjectName(QStringLiteral("cacheUsageLabel"));
    m_usageLabel->setWordWrap(true);
    m_usageLabel->setAccessibleName(tr("Library cache size"));
    m_limitSpinBox->setObjectName(QStringLiteral("cacheLimitSpinBox"));
    m_limitSpinBox->setRange(1, kMaxLimitMiB);
    m_limitSpinBox->setValue(qBound(1, limitMiB, kMaxLimitMiB));
    m_limitSpinBox->setSuffix(tr(" MiB"));
    m_limitSpinBox->setAccessibleName(tr("Cache limit"));
    m_limitSpinBox->setAccessibleDescription(
        tr("The most each user's offline library may take; beyond it the lists not opened for the longest go."));
    m_clearPushButton->setObjectName(QStringLiteral("clearCachePushButton"));
    m_clearPushButton->setAccessibleName(tr("Clear the library cache"));
    m_clearPushButton->setAutoDefault(false);
    m_noteLabel->setObjectName(QStringLiteral("cacheNoteLabel"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setAccessibleName(tr("About the library cache"));

    auto *limitLabel = new QLabel(tr("Li&mit per user:"), this);
    limitLabel->setBuddy(m_limitSpinBox);
    auto *row = new QHBoxLayout;
    row->addWidget(limitLabel);
    row->addWidget(m_limitSpinBox);
    row->addStretch();
    row->addWidget(m_clearPushButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_usageLabel);
    layout->addLayout(row);
    layout->addWidget(m_noteLabel);

    connect(m_limitSpinBox, &QSpinBox::valueChanged, this, &LibraryCacheBox::showUsage);
    connect(m_clearPushButton, &QPushButton::clicked, this, &LibraryCacheBox::clear);
    if (m_library) {
        connect(m_library, &Library::cacheChanged, this, &LibraryCacheBox::measure);
        m_noteLabel->hide();
        measure();
    } else {
        m_clearPushButton->setEnabled(false);
        m_noteLabel->setText(tr("Nobody is logged in. Log in to see how much your library cache takes and to "
                                "clear it; the limit applies to every user."));
    }
    showUsage();
}

int LibraryCacheBox::limitMiB() const
{
    return m_limitSpinBox->value();
}

void LibraryCacheBox::applyLimit() const
{
    if (m_library)
        m_library->cache().setLimitBytes(limitMiB() * kMiB);
}

void LibraryCacheBox::measure()
{
    if (!m_library)
        return;
    m_library->cacheSize(this, [this](const Result<qint64> &size) {
        if (!size.ok()) {
            m_usedBytes = -1;
            m_usageLabel->setText(tr("The size of your library cache is not known: %1").arg(size.error().message));
            return;
        }
        m_usedBytes = size.value();
        showUsage();
    });
}

void LibraryCacheBox::showUsage()
{
    const QLocale locale;
    const QString limit = locale.formattedDataSize(limitMiB() * kMiB, 0);  // "100 MiB"
    QString text;
    if (!m_library)
        text = tr("Limit: %1 per user.").arg(limit);
    else if (m_usedBytes < 0)
        text = tr("Measuring your library cache…");
    else
        text = tr("%1 used of %2.").arg(locale.formattedDataSize(m_usedBytes, 1), limit);
    m_usageLabel->setText(text);
    m_usageLabel->setAccessibleDescription(text);
}

void LibraryCacheBox::clear()
{
    if (!m_library)
        return;
    const qint64 before = m_usedBytes;
    const Result<void> cleared = m_library->clearCache();
    QString note;
    if (!cleared.ok()) {
        note = tr("The library cache was not cleared: %1").arg(cleared.error().message);
    } else if (before > 0) {
        note = tr("Cleared: %1 freed. Your library loads from SoundCloud again when you open it.")
                   .arg(QLocale().formattedDataSize(before, 1));
    } else {
        note = tr("Cleared: your library cache is empty.");
    }
    m_noteLabel->setText(note);
    m_noteLabel->setAccessibleDescription(note);
    m_noteLabel->show();
    QAccessibleEvent event(m_noteLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
    measure();
}

}  // namespace waveshelf
