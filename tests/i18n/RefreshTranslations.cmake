# Copies the committed translations/*.ts to OUT_DIR and runs lupdate over the
# current sources into the copies (the project file qt_add_translations keeps
# in the build tree), so tst_translationfiles can compare them with what is
# committed. Usage: cmake -DLUPDATE=... -DPROJECT_IN=... -DTS_DIR=... -DOUT_DIR=... -P this
foreach(_var LUPDATE PROJECT_IN TS_DIR OUT_DIR GENERATOR_SCRIPT)
    if(NOT DEFINED ${_var})
        message(FATAL_ERROR "${_var} not set")
    endif()
endforeach()
file(REMOVE_RECURSE "${OUT_DIR}")
file(MAKE_DIRECTORY "${OUT_DIR}")
file(GLOB _ts_files "${TS_DIR}/waveshelf_*.ts")
set(_copies "")
foreach(_ts IN LISTS _ts_files)
    get_filename_component(_name "${_ts}" NAME)
    file(COPY_FILE "${_ts}" "${OUT_DIR}/${_name}")
    list(APPEND _copies "${OUT_DIR}/${_name}")
endforeach()
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${OUT_DIR}/project.json
    -P "${GENERATOR_SCRIPT}" RESULT_VARIABLE _result)
if(NOT _result EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project")
endif()
execute_process(COMMAND "${LUPDATE}" -project "${OUT_DIR}/project.json" -locations none -no-obsolete -silent
    -ts ${_copies} RESULT_VARIABLE _result)
if(NOT _result EQUAL 0)
    message(FATAL_ERROR "lupdate failed")
endif()
