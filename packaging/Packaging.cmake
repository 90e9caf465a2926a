# What the packages install and how CPack builds them, for every platform:
#   Linux    DEB and RPM from one configuration (packaging/linux/): cpack -G DEB / -G RPM
#   Windows  NSIS installer or WiX MSI (packaging/windows/): never built yet
#   macOS    DragNDrop disk image with Info.plist (packaging/macos/): never built yet
# docs/PACKAGING.md says how each is built and tried, and what has been.
# The install rules of src/ form component "app" (CMAKE_INSTALL_DEFAULT_COMPONENT_NAME).

set(CPACK_PACKAGE_NAME "waveshelf")
set(CPACK_PACKAGE_VENDOR "Waveshelf")
set(CPACK_PACKAGE_CONTACT "Waveshelf developers <waveshelf@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/")
set(CPACK_COMPONENT_APP_DISPLAY_NAME "Waveshelf")
set(CPACK_COMPONENT_APP_REQUIRED ON)
set(CPACK_COMPONENT_SANDBOX_DISPLAY_NAME "SoundCloud sandbox")

if(TARGET waveshelf)  # not in the GUI-less sanitizer and fuzzing builds
    if(WIN32)
        include("${CMAKE_CURRENT_LIST_DIR}/windows/WindowsPackage.cmake")
    elseif(APPLE)
        include("${CMAKE_CURRENT_LIST_DIR}/macos/MacPackage.cmake")
    else()
        include("${CMAKE_CURRENT_LIST_DIR}/linux/DesktopIntegration.cmake")
        include("${CMAKE_CURRENT_LIST_DIR}/linux/LinuxPackages.cmake")
        if(NOT CPACK_GENERATOR)
            set(CPACK_GENERATOR "DEB")
        endif()
    endif()
endif()

include(CPack)
