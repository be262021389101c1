# Local safety diagnosis and follow-up (issue 13, items 2 and 6).
# - expat (libexpat1-dev) reads the XML parts of an .xlsx workbook when indicators are imported from
#   Excel (core/lifecycle/xlsx_sheet.cpp); the zip itself is read with libzip, already used for DOCX.
# - libpng (libpng-dev) encodes the trend charts embedded in DOCX exports (core/export/trend_chart.cpp).
# - libxlsxwriter writes the progress report as a workbook, and the tests' workbooks, so test data is
#   real Excel-compatible output.
pkg_check_modules(EXPAT REQUIRED IMPORTED_TARGET expat)
pkg_check_modules(LIBPNG REQUIRED IMPORTED_TARGET libpng)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
target_link_libraries(hd_lifecycle PRIVATE PkgConfig::EXPAT)
target_link_libraries(hd_export PRIVATE PkgConfig::LIBPNG)
# PUBLIC: core_tests (which links all of core) writes its test workbooks with it too.
target_link_libraries(hd_lifecycle PUBLIC PkgConfig::XLSXWRITER)
