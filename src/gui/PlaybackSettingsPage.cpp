#include "PlaybackSettingsPage.h"

#include <QAudioDevice>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QVBoxLayout>

namespace waveshelf {

PlaybackSettingsPage::PlaybackSettingsPage(const QString &chosen, QWidget *parent)
    : QWidget(parent)
    , m_outputs(new QComboBox(this))
    , m_chosen(chosen)
{
    setObjectName(QStringLiteral("playbackPage"));
    m_outputs->setObjectName(QStringLiteral("audioOutputComboBox"));
    auto *label = new QLabel(tr("Audio &output:"), this);
    label->setObjectName(QStringLiteral("audioOutputLabel"));
    label->setBuddy(m_outputs);
    m_outputs->setAccessibleName(tr("Audio output"));
    auto *note = new QLabel(tr("Where Waveshelf plays. A change applies the next time you log in."), this);
    note->setObjectName(QStringLiteral("audioOutputNoteLabel"));
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(label, m_outputs);
    form->addRow(QString(), note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();

    listOutputs();
    auto *devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::audioOutputsChanged, this, [this] {
        m_chosen = audioOutput();
        listOutputs();
    });
}

PlaybackSettingsPage::~PlaybackSettingsPage() = default;

void PlaybackSettingsPage::listOutputs()
{
    const QSignalBlocker quiet(m_outputs);
    m_outputs->clear();
    m_outputs->addItem(tr("System default"), QString());
    for (const QAudioDevice &device : QMediaDevices::audioOutputs())
        m_outputs->addItem(device.description(), QString::fromUtf8(device.id()));
    int index = m_outputs->findData(m_chosen);
    if (index < 0 && !m_chosen.isEmpty()) {
        // Chosen before, not there now (unplugged): kept, and said so.
        m_outputs->addItem(tr("%1 (not connected)").arg(m_chosen), m_chosen);
        index = m_outputs->count() - 1;
    }
    m_outputs->setCurrentIndex(qMax(0, index));
}

QString PlaybackSettingsPage::audioOutput() const
{
    return m_outputs->currentData().toString();
}

}  // namespace waveshelf
