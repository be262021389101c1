# Exports: DOCX files are zip archives, written with libzip (Debian libzip-dev). A zip library keeps
# us from hand-rolling deflate and CRCs, and libzip lets us fix entry timestamps so output is byte-stable.
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
target_link_libraries(hdcore PUBLIC PkgConfig::LIBZIP)
