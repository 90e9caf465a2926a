#pragma once

#include <QList>
#include <QString>

#include <cmath>
#include <optional>

class QJsonObject;

namespace waveshelf::bench {

// One line of the benchmark's table. `reference` is NaN when the figure has
// none; `met` is empty when the figure has no goal (it is for information).
struct Figure {
    QString key;  // for the JSON, e.g. "startup_ms"
    QString name;
    QString unit;
    double waveshelf = std::nan("");
    double reference = std::nan("");
    QString goal;  // in words, e.g. "≤ 1.3 × bare"
    std::optional<bool> met;
    QString note;
};

// The figures of one run: printed as a table, written as JSON.
class BenchTable final {
public:
    void add(const Figure &figure) { m_figures.append(figure); }
    // Text-only figures (yes/no) use 1/0 in `waveshelf` and these words.
    void addFlag(const QString &key, const QString &name, bool value, bool wanted, const QString &goal);

    [[nodiscard]] const QList<Figure> &figures() const { return m_figures; }
    // The table, then one closing line "waveshelf-bench: N figures, M of K goals met".
    [[nodiscard]] QString text() const;
    [[nodiscard]] QJsonObject json(const QJsonObject &setting) const;

    // The median of some samples (NaN for none).
    [[nodiscard]] static double median(QList<double> samples);

private:
    QList<Figure> m_figures;
};

}  // namespace waveshelf::bench
