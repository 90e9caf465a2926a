#include "TerminalText.h"

namespace waveshelf::cli {

namespace {

// U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069: they reorder what follows.
bool isBidiControl(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

QString TerminalText::safe(const QString &text, bool singleLine)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        const bool lineBreak = code == u'\n' || code == u'\t' || code == 0x2028 || code == 0x2029;
        if (lineBreak) {
            result += singleLine || code > 0x7F ? QChar(u' ') : c;
            continue;
        }
        if (c.category() == QChar::Other_Control || isBidiControl(code))
            continue;
        result += c;
    }
    return result;
}

}  // namespace waveshelf::cli
