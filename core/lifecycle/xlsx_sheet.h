// Reading the first worksheet of an Excel workbook (.xlsx) as rows of text, for imports that accept
// a spreadsheet as well as a CSV (the local safety diagnosis's indicators). The workbook is a zip
// (libzip) of XML parts read with expat: the workbook names the first sheet, its relationships say
// where the sheet is, and sharedStrings.xml holds the text most cells point at. Nothing is
// hand-parsed: a part that is not well-formed XML is refused with expat's line number.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace hd {

struct SheetRow {
    size_t number = 0;              // the row number Excel shows (1-based)
    std::vector<std::string> cells; // by column (A = 0); a missing cell is an empty string
};

struct XlsxSheet {
    std::string name; // the sheet's name as shown on its tab
    std::vector<SheetRow> rows; // rows that hold at least one cell, in order
};

// Cell text as a user would type it back: shared and inline strings as written, a number in its
// shortest exact form with a decimal point (2024, 4.8), a boolean as TRUE/FALSE, an error as its code
// (#N/A). Throws InputError (xlsx.*) for a file that is not an xlsx workbook (an old .xls, a zip
// without a workbook), a part that is not well-formed XML, or more than kMaxXlsxPartBytes in a part.
XlsxSheet ReadFirstXlsxSheet(const std::string& bytes);

// True when the bytes start like a zip archive (an .xlsx) rather than text.
bool LooksLikeZip(const std::string& bytes);

// "A" for 1, "Z" for 26, "AA" for 27: a column as Excel labels it.
std::string ColumnLetters(size_t column);

// The largest uncompressed part read from a workbook: a zip bomb stops here, not in memory.
inline constexpr size_t kMaxXlsxPartBytes = 64u * 1024 * 1024;

} // namespace hd
