#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace waveshelf::cli {

// A plain-text table for people: a header row, columns padded to their
// widest cell (long cells cut with "…" at a column's maximum width), two
// spaces between columns, no trailing spaces.
class TextTable final {
public:
    enum class Align {
        Left,
        Right
    };
    struct Column {
        QString header;
        Align align = Align::Left;
        int maxWidth = 0;  // 0: no limit
    };

    explicit TextTable(QList<Column> columns);

    void addRow(const QStringList &cells);
    [[nodiscard]] QStringList lines() const;

private:
    [[nodiscard]] QString cell(const QString &text, int column) const;

    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

}  // namespace waveshelf::cli
