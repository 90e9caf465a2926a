#include "TextTable.h"

#include "TerminalText.h"

namespace waveshelf::cli {

TextTable::TextTable(QList<Column> columns)
    : m_columns(std::move(columns))
{
}

void TextTable::addRow(const QStringList &cells)
{
    QStringList row;
    for (int column = 0; column < m_columns.size(); ++column)
        row.append(cell(column < cells.size() ? cells.at(column) : QString(), column));
    m_rows.append(row);
}

QString TextTable::cell(const QString &text, int column) const
{
    const QString flat = TerminalText::safe(text, true);  // a newline in a title would break the table
    const int maxWidth = m_columns.at(column).maxWidth;
    if (maxWidth > 1 && flat.size() > maxWidth)
        return flat.left(maxWidth - 1) + QChar(0x2026);
    return flat;
}

QStringList TextTable::lines() const
{
    QList<qsizetype> widths;
    for (const Column &column : m_columns)
        widths.append(column.header.size());
    for (const QStringList &row : m_rows) {
        for (int column = 0; column < row.size(); ++column)
            widths[column] = qMax(widths.at(column), row.at(column).size());
    }

    const auto format = [&](const QStringList &cells) {
        QString line;
        for (int column = 0; column < cells.size(); ++column) {
            if (column > 0)
                line += QStringLiteral("  ");
            const bool right = m_columns.at(column).align == Align::Right;
            line += right ? cells.at(column).rightJustified(widths.at(column))
                          : cells.at(column).leftJustified(widths.at(column));
        }
        while (line.endsWith(u' '))
            line.chop(1);
        return line;
    };

    QStringList headers;
    for (const Column &column : m_columns)
        headers.append(column.header);
    QStringList out{format(headers)};
    for (const QStringList &row : m_rows)
        out.append(format(row));
    return out;
}

}  // namespace waveshelf::cli
