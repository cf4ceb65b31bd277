find_program(KIROKU_CLANG_FORMAT NAMES clang-format-14 clang-format)
if(KIROKU_CLANG_FORMAT)
    file(GLOB_RECURSE KIROKU_FORMAT_SOURCES CONFIGURE_DEPENDS
         ${PROJECT_SOURCE_DIR}/backend/*.cpp ${PROJECT_SOURCE_DIR}/backend/*.h
         ${PROJECT_SOURCE_DIR}/kiosk/*.cpp ${PROJECT_SOURCE_DIR}/kiosk/*.h
         ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
    add_custom_target(format COMMAND ${KIROKU_CLANG_FORMAT} -i ${KIROKU_FORMAT_SOURCES}
                      WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "clang-format -i")
    add_custom_target(format-check COMMAND ${KIROKU_CLANG_FORMAT} --dry-run -Werror ${KIROKU_FORMAT_SOURCES}
                      WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "clang-format --dry-run")
endif()
