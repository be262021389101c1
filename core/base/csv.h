// RFC 4180 CSV reading: comma-separated fields, fields in double quotes may hold commas, line breaks
// and doubled quotes (""). Records end with CRLF or LF; a UTF-8 byte order mark is skipped; blank
// lines between records are ignored. Malformed input throws InputError naming the line.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hd {

struct CsvRecord {
    size_t line = 0; // 1-based line on which the record starts
    std::vector<std::string> fields;
};

// All records, the header included. Throws InputError (csv.*) on an unterminated quoted field, a
// quote inside an unquoted field, text after a closing quote, or invalid UTF-8.
std::vector<CsvRecord> ParseCsv(std::string_view data);

// A CSV whose first record is a header: every record must have as many fields as the header.
struct CsvTable {
    std::vector<std::string> header;
    std::vector<CsvRecord> rows;
    // Index of a header column, or -1.
    int Column(std::string_view name) const;
};
CsvTable ParseCsvTable(std::string_view data);

// The largest CSV of notes read: 64 MB is several times every note of a 100,000-note plan.
inline constexpr uint64_t kMaxCsvBytes = 64ull * 1024 * 1024;

// Reads a whole file (throws InputError csv.cannot_read when it cannot be read and csv.file_too_big
// when it holds more than max_bytes; pipes and devices are read up to the cap, never past it).
std::string ReadCsvFile(const std::string& path, uint64_t max_bytes = kMaxCsvBytes);

} // namespace hd
