#include "BenchTable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace waveshelf::bench {

namespace {

QString number(double value, const QString &unit)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    if (unit == QLatin1String("yes/no"))
        return value != 0 ? QStringLiteral("yes") : QStringLiteral("no");
    const int decimals = std::abs(value) >= 100 ? 0 : 1;
    return QString::number(value, 'f', decimals) + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
}

QString ratio(const Figure &figure)
{
    if (std::isnan(figure.waveshelf) || std::isnan(figure.reference) || figure.reference == 0)
        return QStringLiteral("—");
    return QString::number(figure.waveshelf / figure.reference, 'f', 2) + QStringLiteral(" ×");
}

QString metText(const Figure &figure)
{
    if (!figure.met.has_value())
        return QStringLiteral("—");
    return *figure.met ? QStringLiteral("yes") : QStringLiteral("NO");
}

QJsonValue jsonNumber(double value)
{
    return std::isnan(value) ? QJsonValue() : QJsonValue(value);
}

}  // namespace

void BenchTable::addFlag(const QString &key, const QString &name, bool value, bool wanted, const QString &goal)
{
    Figure figure;
    figure.key = key;
    figure.name = name;
    figure.unit = QStringLiteral("yes/no");
    figure.waveshelf = value ? 1 : 0;
    figure.goal = goal;
    figure.met = value == wanted;
    add(figure);
}

QString BenchTable::text() const
{
    QList<QStringList> rows{{QStringLiteral("figure"), QStringLiteral("Waveshelf"), QStringLiteral("reference"),
                             QStringLiteral("ratio"), QStringLiteral("goal"), QStringLiteral("met?")}};
    int goals = 0;
    int met = 0;
    for (const Figure &figure : m_figures) {
        rows.append({figure.name, number(figure.waveshelf, figure.unit), number(figure.reference, figure.unit),
                     ratio(figure), figure.goal.isEmpty() ? QStringLiteral("—") : figure.goal, metText(figure)});
        goals += figure.met.has_value() ? 1 : 0;
        met += figure.met.value_or(false) ? 1 : 0;
    }
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = qMax(widths[column], row[column].size());
    }
    QString out;
    for (qsizetype index = 0; index < rows.size(); ++index) {
        QStringList cells;
        for (qsizetype column = 0; column < rows[index].size(); ++column)
            cells.append(column == 0 ? rows[index][column].leftJustified(widths[column])
                                     : rows[index][column].rightJustified(widths[column]));
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        if (index == 0) {
            QStringList rules;
            for (const qsizetype width : widths)
                rules.append(QString(width, u'-'));
            out += QStringLiteral("|-") + rules.join(QStringLiteral("-|-")) + QStringLiteral("-|\n");
        }
    }
    for (const Figure &figure : m_figures) {
        if (!figure.note.isEmpty())
            out += QStringLiteral("  ") + figure.name + QStringLiteral(": ") + figure.note + QLatin1Char('\n');
    }
    out +=
        QStringLiteral("waveshelf-bench: %1 figures, %2 of %3 goals met\n").arg(m_figures.size()).arg(met).arg(goals);
    return out;
}

QJsonObject BenchTable::json(const QJsonObject &setting) const
{
    QJsonArray figures;
    for (const Figure &figure : m_figures) {
        QJsonObject entry{{QStringLiteral("key"), figure.key},
                          {QStringLiteral("name"), figure.name},
                          {QStringLiteral("unit"), figure.unit},
                          {QStringLiteral("waveshelf"), jsonNumber(figure.waveshelf)},
                          {QStringLiteral("reference"), jsonNumber(figure.reference)},
                          {QStringLiteral("goal"), figure.goal}};
        if (!std::isnan(figure.waveshelf) && !std::isnan(figure.reference) && figure.reference != 0)
            entry.insert(QStringLiteral("ratio"), figure.waveshelf / figure.reference);
        entry.insert(QStringLiteral("met"), figure.met.has_value() ? QJsonValue(*figure.met) : QJsonValue());
        if (!figure.note.isEmpty())
            entry.insert(QStringLiteral("note"), figure.note);
        figures.append(entry);
    }
    return {{QStringLiteral("setting"), setting}, {QStringLiteral("figures"), figures}};
}

double BenchTable::median(QList<double> samples)
{
    if (samples.isEmpty())
        return std::nan("");
    std::sort(samples.begin(), samples.end());
    const qsizetype middle = samples.size() / 2;
    return samples.size() % 2 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
}

}  // namespace waveshelf::bench
