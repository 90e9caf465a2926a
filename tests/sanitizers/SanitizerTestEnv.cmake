# Environment for tests of a sanitizer build (WAVESHELF_SANITIZERS_IN_USE from
# cmake/Sanitizers.cmake): any report fails the test, with a symbolized stack, and the
# suppression files beside this one hide known problems of third-party code only.
set(WAVESHELF_SANITIZER_TEST_ENV "")
if(WAVESHELF_SANITIZERS_IN_USE)
    set(_dir "${CMAKE_CURRENT_LIST_DIR}")
    list(APPEND WAVESHELF_SANITIZER_TEST_ENV
        "ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:suppressions=${_dir}/asan.supp"
        "LSAN_OPTIONS=suppressions=${_dir}/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=${_dir}/ubsan.supp")
    unset(_dir)
endif()
