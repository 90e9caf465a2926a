#include "TestSuite.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>

namespace waveshelf::test {

namespace {

// Filled by static initialisers before main(): a function-local static, so its
// construction never depends on the order of the test files' initialisers.
std::map<std::string, TestRunner> &registry()
{
    static std::map<std::string, TestRunner> tests;
    return tests;
}

std::string baseName(const char *path)
{
    std::string name(path);
    const auto slash = name.find_last_of("/\\");
    if (slash != std::string::npos)
        name.erase(0, slash + 1);
    const auto dot = name.find('.');
    if (dot != std::string::npos)
        name.erase(dot);
    return name;
}

void printNames(std::FILE *out)
{
    for (const auto &entry : registry())
        std::fprintf(out, "%s\n", entry.first.c_str());
}

}  // namespace

TestRegistration::TestRegistration(const char *sourceFile, TestRunner run)
{
    const auto inserted = registry().emplace(baseName(sourceFile), run).second;
    if (!inserted) {
        std::fprintf(stderr, "two test files are named %s\n", baseName(sourceFile).c_str());
        std::abort();
    }
}

int runSuite(int argc, char **argv)
{
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
        std::fprintf(argc < 2 ? stderr : stdout,
                     "usage: %s TEST [Qt Test options]   runs one test class (e.g. -functions, a function name)\n"
                     "       %s --list                   names the test classes here\n",
                     argv[0], argv[0]);
        return argc < 2 ? 2 : 0;
    }
    if (std::strcmp(argv[1], "--list") == 0) {
        printNames(stdout);
        return 0;
    }
    const auto found = registry().find(argv[1]);
    if (found == registry().end()) {
        std::fprintf(stderr, "%s: no test named %s here; these are:\n", argv[0], argv[1]);
        printNames(stderr);
        return 2;
    }
    // The test sees its own name as argv[0] (Qt Test prints it) and its options after.
    argv[1] = argv[0];
    return found->second(argc - 1, argv + 1);
}

}  // namespace waveshelf::test
