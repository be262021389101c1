# Exports: DOCX files are zip archives, written with libzip (Debian libzip-dev). A zip library keeps
# us from hand-rolling deflate and CRCs, and libzip lets us fix entry timestamps so output is byte-stable.
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
target_link_libraries(hd_export PUBLIC PkgConfig::LIBZIP)

# Does a DOCX export open in LibreOffice? Runs only when LibreOffice is installed (never installed in
# CI for this): the script exits 77 otherwise and ctest reports the test as skipped.
enable_testing()
add_test(NAME "export:docx_opens_in_libreoffice"
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/tests/core/docx_libreoffice.sh $<TARGET_FILE:hearingctl>)
set_tests_properties("export:docx_opens_in_libreoffice" PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)

# Yearly action plans as .xlsx (Debian libxlsxwriter-dev): Belgian municipalities open it in Excel
# without the separator trouble of CSV; the library writes real spreadsheets with numbers and formats.
if(NOT TARGET PkgConfig::XLSXWRITER) # diagnosis.cmake may have found it already
  pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
endif()
target_link_libraries(hd_export PRIVATE PkgConfig::XLSXWRITER)
