#pragma once

#include <QWidget>

class QComboBox;

namespace waveshelf {

// Settings → Playback: the audio output to play on (the system's default, or one
// of the devices Qt Multimedia lists now, kept up to date while the page shows).
// A device chosen before but not plugged in now stays listed as such.
class PlaybackSettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybackSettingsPage)

public:
    // `chosen`: the QAudioDevice id in effect (empty: the default).
    explicit PlaybackSettingsPage(const QString &chosen, QWidget *parent = nullptr);
    ~PlaybackSettingsPage() override;

    // The id chosen (empty: the system's default).
    [[nodiscard]] QString audioOutput() const;

private:
    void listOutputs();

    QComboBox *m_outputs;
    QString m_chosen;
};

}  // namespace waveshelf
