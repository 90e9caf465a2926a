#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace waveshelf::test {

// Finds text that does not fit: every visible QLabel, QAbstractButton and
// QGroupBox title under a window (whatever pages and widgets it has), whose
// text is wider than the room its widget gives it (fontMetrics, plus the
// style's margins), or a word-wrapped label shorter than its wrapped text, or a
// widget reaching past its window's edge. A label that elides its text and
// sets a tooltip is excepted; so are widgets scrolled out of a scroll area.
class LayoutWalker final {
public:
    // One line per cut text: "QLabel loginHintLabel "Text…": 312 px of text in 280 px".
    [[nodiscard]] static QStringList cutTexts(const QWidget *window);
    // Saves window->grab() as <$WAVESHELF_LAYOUT_SCREENSHOTS>/<name>.png when that
    // variable names a folder; returns the path, or empty when none was saved.
    static QString saveScreenshot(QWidget *window, const QString &name);
};

}  // namespace waveshelf::test
