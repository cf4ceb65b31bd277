# One INTERFACE target carries the warnings and options that every Kiroku target uses.
add_library(kiroku_options INTERFACE)
add_library(kiroku::options ALIAS kiroku_options)

target_compile_options(kiroku_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wconversion -Wsign-conversion -Wimplicit-fallthrough
    -Wno-sign-conversion -Wno-conversion)
if(KIROKU_WERROR)
    # GCC 12's middle-end warnings misfire on std::string at -O2/-O3 (GCC bugs 105329, 105651):
    # they stay visible, but do not fail the build.
    target_compile_options(kiroku_options INTERFACE -Werror
        $<$<CXX_COMPILER_ID:GNU>:-Wno-error=restrict -Wno-error=maybe-uninitialized -Wno-error=array-bounds
                                 -Wno-error=stringop-overflow -Wno-error=stringop-overread>)
endif()
target_compile_definitions(kiroku_options INTERFACE $<$<CONFIG:Debug>:KIROKU_DEBUG=1>)

if(KIROKU_SANITIZE)
    target_compile_options(kiroku_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                    -fno-sanitize-recover=undefined)
    target_link_options(kiroku_options INTERFACE -fsanitize=address,undefined)
endif()

if(KIROKU_CLANG_TIDY)
    find_program(KIROKU_CLANG_TIDY_EXE NAMES clang-tidy-14 clang-tidy REQUIRED)
    set(CMAKE_CXX_CLANG_TIDY "${KIROKU_CLANG_TIDY_EXE}")
endif()
