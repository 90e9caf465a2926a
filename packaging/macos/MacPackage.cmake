# macOS: a disk image with the app bundle to drag into Applications (cpack -G DragNDrop).
# NEVER BUILT YET (no Mac in CI): see docs/PACKAGING.md.
# Included from packaging/Packaging.cmake before include(CPack), only when APPLE.

configure_file("${CMAKE_CURRENT_LIST_DIR}/Info.plist.in" "${CMAKE_BINARY_DIR}/packaging/macos/Info.plist" @ONLY)
set_target_properties(waveshelf PROPERTIES MACOSX_BUNDLE_INFO_PLIST "${CMAKE_BINARY_DIR}/packaging/macos/Info.plist")

# The sign-in plugin goes into the bundle, where the loader looks from Contents/MacOS
# (../lib/waveshelf); src/connect installs it outside bundles only.
install(TARGETS waveshelf_connect_plugin
    LIBRARY DESTINATION "waveshelf.app/Contents/${WAVESHELF_PLUGIN_INSTALL_DIR}" COMPONENT app)
# macdeployqt for the bundle. Known gap: it does not see the plugin, so QtWebEngine is
# not copied into the bundle by this script (docs/PACKAGING.md).
qt_generate_deploy_app_script(TARGET waveshelf FILENAME_VARIABLE _wsm_deploy_script)
install(SCRIPT "${_wsm_deploy_script}" COMPONENT app)

set(CPACK_COMPONENTS_ALL app)
set(CPACK_DMG_VOLUME_NAME "Waveshelf")
set(CPACK_DMG_FORMAT "UDZO")
if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR "DragNDrop")
endif()
