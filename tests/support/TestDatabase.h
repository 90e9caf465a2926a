#pragma once

#include <QString>

namespace waveshelf::test {

// The database a test's data dir uses. CTest runs the storage and refresh
// tests twice: as written (SQLite in the temporary data dir) and as
// NAME_postgres (label `postgres`, WAVESHELF_TEST_BACKEND=postgres) against the
// PostgreSQL server at WAVESHELF_TEST_DATABASE_URL (scripts/test.sh starts a
// throwaway cluster, scripts/postgres-test-cluster.sh), each TestDatabase in a
// fresh schema of its own that is dropped afterwards, so tests running at the
// same time never meet. The password comes from libpq (PGPASSFILE), never the URL.
class TestDatabase final {
public:
    // WAVESHELF_TEST_BACKEND=postgres is set (by CTest, for the NAME_postgres tests).
    [[nodiscard]] static bool postgresRequested();
    // Why a PostgreSQL test cannot run (WAVESHELF_TEST_DATABASE_URL unset); empty when it can.
    [[nodiscard]] static QString unavailableReason();

    // SQLite at `sqlitePath` unless PostgreSQL is requested and available.
    explicit TestDatabase(const QString &sqlitePath);
    ~TestDatabase();  // drops the schema (every Database on it must be closed)
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    [[nodiscard]] bool isPostgres() const { return !m_schema.isEmpty(); }
    // For Database::open and AppConfig::databaseUrl: the SQLite path, or the
    // server's URL with the schema as the connection's search_path.
    [[nodiscard]] QString location() const { return m_location; }

private:
    QString m_location;
    QString m_schema;
};

}  // namespace waveshelf::test

// In initTestCase (or a test function): skips the whole PostgreSQL variant,
// saying why, when no server is given; the SQLite run is not affected.
#define WAVESHELF_SKIP_WITHOUT_POSTGRES()                                                                              \
    do {                                                                                                               \
        if (!waveshelf::test::TestDatabase::unavailableReason().isEmpty())                                             \
            QSKIP(qPrintable(waveshelf::test::TestDatabase::unavailableReason()));                                     \
    } while (false)
