#pragma once

#include <QObject>

namespace waveshelf {

// For the start-up benchmark (waveshelf-bench) only, and only when the
// environment variable WAVESHELF_REPORT_FIRST_WINDOW is set: once the first
// window has been exposed and painted, prints one line to stdout,
//
//     first-window ms=<since the process started> rss_kib=<VmRSS>
//
// and quits the application. Without the variable it does nothing at all.
// Depends on QtGui only, so a bare Qt window can use it too.
class FirstWindowProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstWindowProbe)

public:
    static constexpr const char *kEnvironmentVariable = "WAVESHELF_REPORT_FIRST_WINDOW";

    // Call once QApplication exists.
    static void installIfRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstWindowProbe(QObject *parent);
    void report();

    bool m_seen = false;
};

}  // namespace waveshelf
