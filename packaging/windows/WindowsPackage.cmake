# Windows: an NSIS installer (cpack -G NSIS) and the same tree as a WiX MSI
# (cpack -G WIX). NEVER BUILT YET (no Windows machine in CI): see docs/PACKAGING.md.
# Included from packaging/Packaging.cmake before include(CPack), only when WIN32.

# Qt's deployment (windeployqt) for the app: Qt's DLLs, plugins and qt.conf next to
# waveshelf.exe, at install time.
qt_generate_deploy_app_script(TARGET waveshelf FILENAME_VARIABLE _wsw_deploy_script)
install(SCRIPT "${_wsw_deploy_script}" COMPONENT app)
# The sign-in plugin links QtWebEngine, which the app does not: deploy for the plugin
# too, so that QtWebEngineCore.dll, QtWebEngineProcess.exe and its resources are there.
install(CODE "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:waveshelf>\"
    ADDITIONAL_MODULES \"\${QT_DEPLOY_PREFIX}/${WAVESHELF_PLUGIN_INSTALL_DIR}/$<TARGET_FILE_NAME:waveshelf_connect_plugin>\")
" COMPONENT app)

set(CPACK_COMPONENTS_ALL app)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Waveshelf")
set(CPACK_PACKAGE_EXECUTABLES "waveshelf" "Waveshelf")
set(CPACK_NSIS_DISPLAY_NAME "Waveshelf")
set(CPACK_NSIS_PACKAGE_NAME "Waveshelf")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\waveshelf.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# WiX: the upgrade code never changes, so a newer MSI replaces an older one.
set(CPACK_WIX_UPGRADE_GUID "6C1A3E0B-9B8E-4E43-9F0A-2B7A5E1D8C41")
if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR "NSIS")
endif()
