#pragma once

#include <QHash>
#include <QString>

namespace waveshelf::test {
class ConnectedUserFixture;
}

namespace waveshelf::bench {

class BenchTable;

// Runs SessionChild in a fresh `waveshelf-bench --session-child` process
// against `fixture`'s sandbox and data dir (its local user connected to
// lena's 10,000 likes), and turns its lines into the table's figures:
// login to first tracks, memory, GUI stalls, idle, the connect popup.
class SessionBench final {
public:
    SessionBench(test::ConnectedUserFixture &fixture, QString benchProgram, QString pluginDir, bool quick);
    bool run(BenchTable &table);

private:
    [[nodiscard]] bool runChild(QHash<QString, double> &values) const;

    test::ConnectedUserFixture &m_fixture;
    QString m_benchProgram;
    QString m_pluginDir;
    bool m_quick;
};

}  // namespace waveshelf::bench
