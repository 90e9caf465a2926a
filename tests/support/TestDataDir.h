#pragma once

#include "TestDatabase.h"
#include "auth/ServiceIdentity.h"
#include "config/AppConfig.h"

#include <QTemporaryDir>

#include <memory>

namespace waveshelf::test {

// A fresh data dir for one test, removed afterwards, and its database: the
// SQLite file in it, or in the PostgreSQL variant of a test (TestDatabase) a
// fresh schema on the test server, named by config().databaseUrl.
class TestDataDir final {
public:
    TestDataDir();
    ~TestDataDir();
    [[nodiscard]] QString path() const { return m_dir.path(); }
    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    // A config pointing at this data dir with the given endpoints base.
    [[nodiscard]] AppConfig config(const QUrl &serviceBase = {}) const;
    // What Database::open is given for this dir's database.
    [[nodiscard]] QString databaseLocation() const;
    [[nodiscard]] bool isPostgres() const;
    // A folder path that cannot be created: a file stands where its parent should be.
    [[nodiscard]] QString unmakeableDir() const;

    // The service config() names without an endpoints base (SoundCloud's, with
    // the tests' client ID): what tests that make a ConnectionStore themselves use.
    [[nodiscard]] static ServiceIdentity service();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
};

}  // namespace waveshelf::test
