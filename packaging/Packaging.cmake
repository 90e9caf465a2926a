# Installation of the desktop integration files and CPack configuration.
# Linux: DEB (cpack -G DEB). One reverse-DNS app id for desktop file, metainfo and icon.

if(UNIX AND NOT APPLE)
    install(FILES "${PROJECT_SOURCE_DIR}/packaging/linux/${WAVESHELF_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${PROJECT_SOURCE_DIR}/packaging/linux/${WAVESHELF_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/${WAVESHELF_APP_ID}.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
endif()

set(CPACK_PACKAGE_NAME "waveshelf")
set(CPACK_PACKAGE_VENDOR "Waveshelf")
set(CPACK_PACKAGE_CONTACT "Waveshelf developers <waveshelf@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/")

# Debian: dependencies come from the binaries' shared libraries.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "sound")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")

# Windows (NSIS) and macOS (DragNDrop) installers: fixed upgrade id, bundle name.
set(CPACK_NSIS_DISPLAY_NAME "Waveshelf")
set(CPACK_NSIS_PACKAGE_NAME "Waveshelf")
set(CPACK_WIX_UPGRADE_GUID "6C1A3E0B-9B8E-4E43-9F0A-2B7A5E1D8C41")

if(NOT CPACK_GENERATOR)
    if(WIN32)
        set(CPACK_GENERATOR "NSIS")
    elseif(APPLE)
        set(CPACK_GENERATOR "DragNDrop")
    else()
        set(CPACK_GENERATOR "DEB")
    endif()
endif()

include(CPack)
