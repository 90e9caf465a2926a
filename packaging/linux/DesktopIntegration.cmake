# Linux desktop integration, installed under the prefix (/usr in the packages):
#   share/applications/<app id>.desktop, share/metainfo/<app id>.metainfo.xml (configured),
#   share/icons/hicolor/{scalable,NxN}/apps/<app id>.{svg,png} (PNGs rendered from the SVG
#   at build time with rsvg-convert, Debian's librsvg2-bin), share/man/man1/*.1.gz and
#   share/doc/<package>/{copyright,changelog.gz} for each package.
# Included from packaging/Packaging.cmake; component "app" is the user package,
# "sandbox" the waveshelf-sandbox package.

set(_wsl_dir "${PROJECT_SOURCE_DIR}/packaging/linux")
set(_wsl_out "${CMAKE_BINARY_DIR}/packaging/linux")
file(MAKE_DIRECTORY "${_wsl_out}")
set(_wsl_generated "")

# AppStream metainfo: the app id, the homepage and the screenshots' address come from
# the project (screenshots are docs/screenshots/*.png on the default branch).
string(REPLACE "https://github.com/" "https://raw.githubusercontent.com/"
    WAVESHELF_SCREENSHOT_BASE_URL "${PROJECT_HOMEPAGE_URL}/main/docs/screenshots")
# tests/CMakeLists.txt validates it there.
set(WAVESHELF_METAINFO_FILE "${_wsl_out}/${WAVESHELF_APP_ID}.metainfo.xml")
configure_file("${_wsl_dir}/${WAVESHELF_APP_ID}.metainfo.xml.in" "${WAVESHELF_METAINFO_FILE}" @ONLY)
file(READ "${WAVESHELF_METAINFO_FILE}" _wsl_metainfo)
if(NOT _wsl_metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
    message(WARNING "The metainfo has no <release> for ${PROJECT_VERSION}: add one to "
                    "packaging/linux/${WAVESHELF_APP_ID}.metainfo.xml.in")
endif()

install(FILES "${_wsl_dir}/${WAVESHELF_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications" COMPONENT app)
install(FILES "${WAVESHELF_METAINFO_FILE}"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo" COMPONENT app)

# Icons: the SVG, and PNGs for desktops and menus that want fixed sizes.
set(_wsl_svg "${PROJECT_SOURCE_DIR}/resources/icons/${WAVESHELF_APP_ID}.svg")
install(FILES "${_wsl_svg}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" COMPONENT app)
find_program(RSVG_CONVERT rsvg-convert)
if(RSVG_CONVERT)
    foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
        set(png "${_wsl_out}/icons/${size}x${size}/${WAVESHELF_APP_ID}.png")
        add_custom_command(OUTPUT "${png}"
            COMMAND "${CMAKE_COMMAND}" -E make_directory "${_wsl_out}/icons/${size}x${size}"
            COMMAND "${RSVG_CONVERT}" --width ${size} --height ${size} --format png --output "${png}" "${_wsl_svg}"
            DEPENDS "${_wsl_svg}"
            COMMENT "Rendering the ${size}x${size} icon"
            VERBATIM)
        list(APPEND _wsl_generated "${png}")
        install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps" COMPONENT app)
    endforeach()
else()
    message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): the packages get the SVG icon only")
endif()

# Compressed copies (gzip -9n: no name or time stamp, so the packages are reproducible).
find_program(GZIP_PROGRAM gzip REQUIRED)
function(_waveshelf_gzipped source output component destination)
    get_filename_component(name "${output}" NAME)
    string(REGEX REPLACE "\\.gz$" "" plain "${output}")
    add_custom_command(OUTPUT "${output}"
        COMMAND "${CMAKE_COMMAND}" -E copy "${source}" "${plain}"
        COMMAND "${GZIP_PROGRAM}" -9nf "${plain}"
        DEPENDS "${source}"
        COMMENT "Compressing ${name}"
        VERBATIM)
    set(_wsl_generated ${_wsl_generated} "${output}" PARENT_SCOPE)
    install(FILES "${output}" DESTINATION "${destination}" COMPONENT ${component})
endfunction()

# Man pages (hand-written roff in packaging/linux/man) and each package's doc folder.
_waveshelf_gzipped("${_wsl_dir}/man/waveshelf.1" "${_wsl_out}/man/waveshelf.1.gz" app "${CMAKE_INSTALL_MANDIR}/man1")
_waveshelf_gzipped("${_wsl_dir}/man/waveshelf-cli.1" "${_wsl_out}/man/waveshelf-cli.1.gz" app "${CMAKE_INSTALL_MANDIR}/man1")
_waveshelf_gzipped("${_wsl_dir}/man/waveshelf-sandbox.1" "${_wsl_out}/man/waveshelf-sandbox.1.gz" sandbox
    "${CMAKE_INSTALL_MANDIR}/man1")
foreach(package IN ITEMS waveshelf waveshelf-sandbox)
    if(package STREQUAL "waveshelf")
        set(component app)
    else()
        set(component sandbox)
    endif()
    install(FILES "${_wsl_dir}/copyright" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${package}" COMPONENT ${component})
    _waveshelf_gzipped("${_wsl_dir}/changelog" "${_wsl_out}/doc/${package}/changelog.gz" ${component}
        "${CMAKE_INSTALL_DATADIR}/doc/${package}")
endforeach()

add_custom_target(waveshelf_desktop_integration ALL DEPENDS ${_wsl_generated})

# The sandbox: its own package, never in the user package.
install(TARGETS waveshelf-sandbox RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT sandbox)
