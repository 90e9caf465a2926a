// Proof that a sanitizer build really catches what it should: each mode does
// one thing that the sanitizers must report. Run by CTest only in sanitizer
// builds, where a test passes only when the report appears.
// Usage: sanitizer_canary use-after-free | signed-overflow | leak

#include <climits>
#include <cstring>

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    if (std::strcmp(argv[1], "use-after-free") == 0) {
        int *volatile values = new int[4]{1, 2, 3, 4};
        delete[] values;
        return values[1];
    }
    if (std::strcmp(argv[1], "signed-overflow") == 0) {
        volatile int big = INT_MAX;
        volatile int more = big + argc;
        return more == 0 ? 1 : 0;
    }
    if (std::strcmp(argv[1], "leak") == 0) {
        int *volatile lost = new int[16];
        lost[0] = argc;
        lost = nullptr;
        return 0;
    }
    return 2;
}
