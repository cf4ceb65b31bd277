# Every dependency comes from Debian 12's packages; nothing is downloaded.
find_package(Threads REQUIRED)
find_package(OpenSSL 3.0 REQUIRED)
find_package(Poco 1.11 REQUIRED COMPONENTS Foundation Util Net NetSSL Crypto JSON)
find_package(PkgConfig REQUIRED)
pkg_check_modules(PQXX REQUIRED IMPORTED_TARGET libpqxx>=6.4)
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)

if(KIROKU_BUILD_KIOSK)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Sql SerialPort PrintSupport Test LinguistTools)
    pkg_check_modules(PCSC REQUIRED IMPORTED_TARGET libpcsclite)
    find_package(ZXing REQUIRED)
endif()

if(KIROKU_BUILD_TESTS)
    find_package(Catch2 2.13 REQUIRED)
    include(Catch)
endif()

find_program(KIROKU_PG_BIN_INITDB NAMES initdb PATHS /usr/lib/postgresql/15/bin NO_DEFAULT_PATH)
get_filename_component(KIROKU_PG_BINDIR_DEFAULT "${KIROKU_PG_BIN_INITDB}" DIRECTORY)
set(KIROKU_PG_BINDIR "${KIROKU_PG_BINDIR_DEFAULT}" CACHE PATH "PostgreSQL server binaries (initdb, pg_ctl, pg_dump)")
