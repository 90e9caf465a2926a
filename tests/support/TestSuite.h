#pragma once

// Several Qt Test classes in one executable (one per area: unit, integration, …),
// each still run alone in its own process: `waveshelf_unit_tests tst_pkce [qtest
// options]` runs the class registered by tst_pkce.cpp exactly as that file's own
// QTEST_MAIN would have (same application type, initMain(), arguments), and CTest
// names each test after its file (tests/CMakeLists.txt: waveshelf_test_suite and
// waveshelf_add_test).
// `--list` prints the registered names.
//
// In a test file, instead of QTEST_MAIN / QTEST_GUILESS_MAIN:
//   WAVESHELF_TEST_MAIN(TestPkce)          // QApplication / QGuiApplication / QCoreApplication
//                                          // as the executable links Widgets / Gui / neither
//   WAVESHELF_TEST_GUILESS_MAIN(TestPkce)  // always QCoreApplication
//   WAVESHELF_TEST_RUNNER(runFunction)     // a file with set-up of its own before the application:
//                                          // int runFunction(int argc, char **argv)

#include <QTest>

#include <type_traits>

namespace waveshelf::test {

using TestRunner = int (*)(int argc, char **argv);

// Registers `run` under the base name of `sourceFile` (tst_pkce for .../tst_pkce.cpp).
class TestRegistration final {
public:
    TestRegistration(const char *sourceFile, TestRunner run);
};

// The executable's main(): dispatches on argv[1] (tests/support/suite_main.cpp).
int runSuite(int argc, char **argv);

template <typename T, typename = void>
struct HasInitMain : std::false_type {
};
template <typename T>
struct HasInitMain<T, std::void_t<decltype(T::initMain())>> : std::true_type {
};

// What QTEST_MAIN does before the application exists: the class's own initMain().
template <typename T>
void callInitMain()
{
    if constexpr (HasInitMain<T>::value)
        T::initMain();
}

template <typename TestObject, typename Application>
int runTestObject(int argc, char **argv, const char *sourceFile)
{
    callInitMain<TestObject>();
    Application app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestObject test;
    QTest::setMainSourcePath(sourceFile);
    return QTest::qExec(&test, argc, argv);
}

}  // namespace waveshelf::test

#if defined(QT_WIDGETS_LIB)
#include <QApplication>
#define WAVESHELF_TEST_APPLICATION QApplication
#elif defined(QT_GUI_LIB)
#include <QGuiApplication>
#define WAVESHELF_TEST_APPLICATION QGuiApplication
#else
#define WAVESHELF_TEST_APPLICATION QCoreApplication
#endif

#define WAVESHELF_TEST_RUNNER(runFunction)                                                                             \
    namespace {                                                                                                        \
    const ::waveshelf::test::TestRegistration waveshelfTestRegistration(__FILE__, &(runFunction));                     \
    }

#define WAVESHELF_TEST_MAIN_WITH(TestObject, Application)                                                              \
    namespace {                                                                                                        \
    int waveshelfRunTest(int argc, char **argv)                                                                        \
    {                                                                                                                  \
        return ::waveshelf::test::runTestObject<TestObject, Application>(argc, argv, __FILE__);                        \
    }                                                                                                                  \
    }                                                                                                                  \
    WAVESHELF_TEST_RUNNER(waveshelfRunTest)

#define WAVESHELF_TEST_MAIN(TestObject) WAVESHELF_TEST_MAIN_WITH(TestObject, WAVESHELF_TEST_APPLICATION)
#define WAVESHELF_TEST_GUILESS_MAIN(TestObject) WAVESHELF_TEST_MAIN_WITH(TestObject, QCoreApplication)
