# Sanitizer and fuzzing flags, applied to every target of ours through
# waveshelf_options (included from the root CMakeLists.txt after it is defined).
#
#   WAVESHELF_SANITIZE=ON                -> -fsanitize=address,undefined
#   WAVESHELF_SANITIZE=address|undefined|... -> that -fsanitize= list
#   WAVESHELF_FUZZ=ON                    -> clang only; adds -fsanitize=fuzzer-no-link
#                                           (coverage for libFuzzer) and, unless
#                                           WAVESHELF_SANITIZE says otherwise, address,undefined
# Any report aborts the program (-fno-sanitize-recover=all), so a test that
# triggers one fails. Third-party false positives: tests/sanitizers/*.supp.

set(_waveshelf_sanitizers "")
if(WAVESHELF_SANITIZE)
    if(WAVESHELF_SANITIZE MATCHES "^(ON|On|on|TRUE|True|true|YES|Yes|yes|1)$")
        set(_waveshelf_sanitizers "address,undefined")
    else()
        set(_waveshelf_sanitizers "${WAVESHELF_SANITIZE}")
    endif()
endif()

if(WAVESHELF_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "WAVESHELF_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    if(_waveshelf_sanitizers STREQUAL "")
        set(_waveshelf_sanitizers "address,undefined")
    endif()
    target_compile_options(waveshelf_options INTERFACE -fsanitize=fuzzer-no-link)
endif()

if(NOT _waveshelf_sanitizers STREQUAL "")
    if(MSVC)
        message(FATAL_ERROR "WAVESHELF_SANITIZE is for GCC and clang")
    endif()
    message(STATUS "Waveshelf: building with -fsanitize=${_waveshelf_sanitizers}")
    target_compile_options(waveshelf_options INTERFACE
        -fsanitize=${_waveshelf_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(waveshelf_options INTERFACE -fsanitize=${_waveshelf_sanitizers})
endif()
set(WAVESHELF_SANITIZERS_IN_USE "${_waveshelf_sanitizers}")
