# Waveshelf's own libraries (core, sandbox, player, mpris, gui) are shared libraries
# inside the build, so the app, the command line, the sign-in plugin, the sandbox and
# every test executable link one copy instead of each carrying its own. They are
# private to Waveshelf: installed under <libdir>/waveshelf (beside the sign-in plugin),
# without headers, namelinks or CMake files, and found there through a RUNPATH relative
# to the binary ($ORIGIN), which Debian's policy allows for a package's private folder.
#
#   waveshelf_add_internal_library(NAME [COMPONENT app|sandbox])
#       after qt_add_library(NAME SHARED ...): output folder and install rule
#   waveshelf_use_internal_libraries(TARGET)
#       for an installed executable in <bindir>: its RUNPATH

set(WAVESHELF_PRIVATE_LIBDIR "${CMAKE_INSTALL_LIBDIR}/waveshelf"
    CACHE INTERNAL "Where Waveshelf's private libraries and plugin are installed, relative to the prefix")

function(waveshelf_add_internal_library target)
    cmake_parse_arguments(ARG "" "COMPONENT" "" ${ARGN})
    if(NOT ARG_COMPONENT)
        set(ARG_COMPONENT app)
    endif()
    set_target_properties(${target} PROPERTIES
        # The build tree mirrors the install layout (the plugin is built there too).
        LIBRARY_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/${WAVESHELF_PRIVATE_LIBDIR}"
        RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/${CMAKE_INSTALL_BINDIR}"
        # Internal libraries find each other in their own folder.
        INSTALL_RPATH "$ORIGIN"
        WINDOWS_EXPORT_ALL_SYMBOLS ON)
    install(TARGETS ${target}
        LIBRARY DESTINATION "${WAVESHELF_PRIVATE_LIBDIR}" COMPONENT ${ARG_COMPONENT}
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT ${ARG_COMPONENT})
endfunction()

function(waveshelf_use_internal_libraries target)
    file(RELATIVE_PATH _up "/${CMAKE_INSTALL_BINDIR}" "/${WAVESHELF_PRIVATE_LIBDIR}")
    set_target_properties(${target} PROPERTIES INSTALL_RPATH "$ORIGIN/${_up}")
endfunction()
