# DEB and RPM from one configuration (cpack -G DEB, cpack -G RPM), one package per
# component:
#   waveshelf          component "app": waveshelf, waveshelf-cli, the sign-in plugin
#                      (<libdir>/waveshelf), desktop file, metainfo, icons, man pages
#   waveshelf-sandbox  component "sandbox": the SoundCloud simulator and its man page
# Dependencies: the binaries' shared libraries (dpkg-shlibdeps; rpm's automatic
# requirements) plus the lines of packaging/linux/runtime-depends.txt.
# Included from packaging/Packaging.cmake before include(CPack).

set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_COMPONENTS_ALL app sandbox)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_RPM_COMPONENT_INSTALL ON)

# --- runtime-depends.txt: "<relation> <debian> <rpm> <why>" per line ---
set(_wsp_deb_depends "")
set(_wsp_deb_recommends "")
set(_wsp_deb_suggests "")
set(_wsp_rpm_depends "")
set(_wsp_rpm_recommends "")
set(_wsp_rpm_suggests "")
set(_wsp_list "${CMAKE_CURRENT_LIST_DIR}/runtime-depends.txt")
set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_wsp_list}")
file(STRINGS "${_wsp_list}" _wsp_lines)
foreach(line IN LISTS _wsp_lines)
    if(line MATCHES "^[ \t]*(#|$)")
        continue()
    endif()
    if(NOT line MATCHES "^(depends|recommends|suggests)[ \t]+([^ \t]+)[ \t]+([^ \t]+)")
        message(FATAL_ERROR "runtime-depends.txt: cannot read \"${line}\"")
    endif()
    set(relation "${CMAKE_MATCH_1}")
    if(NOT CMAKE_MATCH_2 STREQUAL "-")
        list(APPEND _wsp_deb_${relation} "${CMAKE_MATCH_2}")
    endif()
    if(NOT CMAKE_MATCH_3 STREQUAL "-")
        list(APPEND _wsp_rpm_${relation} "${CMAKE_MATCH_3}")
    endif()
endforeach()
list(JOIN _wsp_deb_depends ", " _wsp_deb_depends)
list(JOIN _wsp_deb_recommends ", " _wsp_deb_recommends)
list(JOIN _wsp_deb_suggests ", " _wsp_deb_suggests)
list(JOIN _wsp_rpm_depends ", " _wsp_rpm_depends)
# RPM's weak dependencies: CPack 3.25 drops Suggests with Debian's rpmbuild (its probe
# "rpm --suggests" fails there) and has no Recommends, so they are spec lines of their
# own, for the waveshelf package only (%{name} is known at that point of the spec).
set(_wsp_rpm_weak "")
foreach(relation IN ITEMS recommends suggests)
    if(_wsp_rpm_${relation})
        string(SUBSTRING "${relation}" 0 1 first)
        string(TOUPPER "${first}" first)
        string(SUBSTRING "${relation}" 1 -1 rest)
        list(JOIN _wsp_rpm_${relation} ", " names)
        string(APPEND _wsp_rpm_weak "${first}${rest}: ${names}\\n")
    endif()
endforeach()

# Debian's synopsis: no leading article, no final full stop.
set(_wsp_summary "native desktop client for SoundCloud")
set(_wsp_description "${_wsp_summary}
Waveshelf connects once to your SoundCloud account and keeps that connection
for every local user of the computer, each with their own encrypted tokens and
browser profile. It shows your tracks, likes and playlists, and comes with
waveshelf-cli for scripts.")
set(_wsp_sandbox_summary "SoundCloud simulator for trying Waveshelf")
set(_wsp_sandbox_description "${_wsp_sandbox_summary}
waveshelf-sandbox runs a local SoundCloud simulator on 127.0.0.1 (sign-in
page, OAuth token endpoint and API) so that Waveshelf can be tried without
a SoundCloud app. For demonstrations and development: Waveshelf does not
need it.")
# The descriptions above start with their own synopsis. CPackDeb puts the project-wide
# summary in front of them unless it is CPack's placeholder, which this is.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_NAME} built using CMake")

# --- DEB ---
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "sound")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_APP_PACKAGE_NAME "waveshelf")
set(CPACK_DEBIAN_APP_DESCRIPTION "${_wsp_description}")
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS "${_wsp_deb_depends}")
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "${_wsp_deb_recommends}")
set(CPACK_DEBIAN_APP_PACKAGE_SUGGESTS "${_wsp_deb_suggests}")
set(CPACK_DEBIAN_SANDBOX_PACKAGE_NAME "waveshelf-sandbox")
set(CPACK_DEBIAN_SANDBOX_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_SANDBOX_DESCRIPTION "${_wsp_sandbox_description}")

# --- RPM (rpmbuild; on Debian from the "rpm" package) ---
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Multimedia")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_APP_PACKAGE_NAME "waveshelf")
set(CPACK_RPM_APP_PACKAGE_SUMMARY "Native desktop client for SoundCloud")
set(CPACK_RPM_APP_PACKAGE_DESCRIPTION "${_wsp_description}")
set(CPACK_RPM_APP_PACKAGE_REQUIRES "${_wsp_rpm_depends}")
if(_wsp_rpm_weak)
    # Escaped once more: CPackConfig.cmake holds the value between quotes as it is.
    set(CPACK_RPM_SPEC_MORE_DEFINE "%if \\\"%{name}\\\" == \\\"waveshelf\\\"\\n${_wsp_rpm_weak}%endif")
endif()
set(CPACK_RPM_SANDBOX_PACKAGE_NAME "waveshelf-sandbox")
set(CPACK_RPM_SANDBOX_PACKAGE_SUMMARY "${_wsp_sandbox_summary}")
set(CPACK_RPM_SANDBOX_PACKAGE_DESCRIPTION "${_wsp_sandbox_description}")
# Folders that other packages own (the icon theme, man, the library folder) stay theirs.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps "/usr/${CMAKE_INSTALL_LIBDIR}")
foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        "/usr/share/icons/hicolor/${size}x${size}" "/usr/share/icons/hicolor/${size}x${size}/apps")
endforeach()
