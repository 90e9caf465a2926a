// A shared library that is no Qt plugin, copied under the sign-in window
// plugin's name by tst_lazywebengine (a packaging mistake).
extern "C" int waveshelf_not_a_plugin()
{
    return 42;
}
