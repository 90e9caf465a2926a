#include "ScriptedConsole.h"

namespace clitest {

ScriptedConsole::ScriptedConsole(QByteArray input, bool terminal)
    : m_input(std::move(input))
    , m_terminal(terminal)
{
}

std::optional<QString> ScriptedConsole::readLine()
{
    if (m_read >= m_input.size())
        return std::nullopt;  // the input ended
    const qsizetype end = m_input.indexOf('\n', m_read);
    const qsizetype length = (end < 0 ? m_input.size() : end) - m_read;
    const QString text = QString::fromUtf8(m_input.mid(m_read, length));
    m_read = end < 0 ? m_input.size() : end + 1;
    return text;
}

void ScriptedConsole::writeOut(const QString &text)
{
    m_out += text.toUtf8();
    if (m_outWatcher)
        m_outWatcher(text);
}

void ScriptedConsole::writeErr(const QString &text)
{
    m_err += text.toUtf8();
    if (m_errWatcher)
        m_errWatcher(text);
}

}  // namespace clitest
