#include "TestSuite.h"

// The main() of every test-suite executable (tests/CMakeLists.txt: waveshelf_add_test_suite).
int main(int argc, char **argv)
{
    return waveshelf::test::runSuite(argc, argv);
}
