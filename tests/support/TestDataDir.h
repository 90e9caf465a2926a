#pragma once

#include "config/AppConfig.h"

#include <QTemporaryDir>

namespace waveshelf::test {

// A fresh data dir for one test, removed afterwards.
class TestDataDir final {
public:
    TestDataDir();
    [[nodiscard]] QString path() const { return m_dir.path(); }
    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    // A config pointing at this data dir with the given endpoints base.
    [[nodiscard]] AppConfig config(const QUrl &serviceBase = {}) const;
    // A folder path that cannot be created: a file stands where its parent should be.
    [[nodiscard]] QString unmakeableDir() const;

private:
    QTemporaryDir m_dir;
};

}  // namespace waveshelf::test
