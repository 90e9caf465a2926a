#pragma once

#include <QString>

namespace waveshelf::test {

// Where the build put a program, a plugin or a source folder that a test needs,
// read from the test's environment (waveshelf_add_test's ENVIRONMENT in
// tests/CMakeLists.txt). A compile-time definition would put the checkout's
// absolute path into the test's object file, which then never comes from the
// compiler cache in another checkout (CI's fresh clone).
class BuiltPath final {
public:
    // The value of `variable`; ends the test run, naming it, when it is unset
    // (the test was started without CTest: `ctest -R <test> -V` shows it).
    [[nodiscard]] static QString of(const char *variable);
};

}  // namespace waveshelf::test
