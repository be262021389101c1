// [SECTION] index: record parser (a small state machine over bytes) / table with header / file reading
#include "core/base/csv.h"

#include <fstream>
#include <sstream>

#include "core/base/errors.h"
#include "core/base/utf8.h"

namespace hd {

namespace {
[[noreturn]] void Fail(const char* key, const std::string& english, size_t line) {
    throw InputError(key, "Line " + std::to_string(line) + ": " + english, {std::to_string(line)});
}
} // namespace

// [SECTION] Record parser
std::vector<CsvRecord> ParseCsv(std::string_view data) {
    if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
    std::vector<CsvRecord> records;
    size_t line = 1;
    size_t i = 0;
    const size_t n = data.size();
    while (i < n) {
        // Blank line between records: skip.
        if (data[i] == '\n') { ++line; ++i; continue; }
        if (data[i] == '\r') { ++line; i += i + 1 < n && data[i + 1] == '\n' ? 2 : 1; continue; }
        CsvRecord rec;
        rec.line = line;
        for (;;) { // one field per iteration
            std::string field;
            size_t field_line = line;
            if (i < n && data[i] == '"') {
                size_t quote_line = line;
                ++i;
                for (;;) {
                    if (i >= n) Fail("csv.unterminated_quote", "a quoted field is not closed.", quote_line);
                    char c = data[i];
                    if (c == '"') {
                        if (i + 1 < n && data[i + 1] == '"') { field.push_back('"'); i += 2; continue; }
                        ++i;
                        break;
                    }
                    if (c == '\n' || (c == '\r' && !(i + 1 < n && data[i + 1] == '\n'))) ++line;
                    field.push_back(c);
                    ++i;
                }
                if (i < n && data[i] != ',' && data[i] != '\n' && data[i] != '\r')
                    Fail("csv.after_quote", "unexpected text after a closing quote.", line);
            } else {
                // A record ends at LF, CRLF or a lone CR (Excel's "CSV (Macintosh)" still writes those).
                while (i < n && data[i] != ',' && data[i] != '\n' && data[i] != '\r') {
                    if (data[i] == '"')
                        Fail("csv.bad_quote", "a quote inside an unquoted field (quote the whole field and double the quote).",
                             line);
                    field.push_back(data[i]);
                    ++i;
                }
            }
            if (!IsValidUtf8(field)) Fail("csv.invalid_utf8", "the text is not valid UTF-8.", field_line);
            rec.fields.push_back(std::move(field));
            if (i < n && data[i] == ',') { ++i; continue; }
            // End of record (line break or end of data).
            if (i < n && data[i] == '\r') {
                ++i, ++line;
                if (i < n && data[i] == '\n') ++i;
            } else if (i < n && data[i] == '\n') {
                ++i, ++line;
            }
            break;
        }
        records.push_back(std::move(rec));
    }
    return records;
}

// [SECTION] Table with header
int CsvTable::Column(std::string_view name) const {
    for (size_t c = 0; c < header.size(); ++c)
        if (Trim(header[c]) == name) return static_cast<int>(c);
    return -1;
}

CsvTable ParseCsvTable(std::string_view data) {
    std::vector<CsvRecord> records = ParseCsv(data);
    if (records.empty()) throw InputError("csv.empty", "The CSV file is empty (a header line is required).");
    CsvTable table;
    table.header = std::move(records[0].fields);
    for (size_t r = 1; r < records.size(); ++r) {
        if (records[r].fields.size() != table.header.size())
            throw InputError("csv.field_count",
                             "Line " + std::to_string(records[r].line) + ": " + std::to_string(records[r].fields.size()) +
                                 " fields, but the header has " + std::to_string(table.header.size()) + ".",
                             {std::to_string(records[r].line), std::to_string(records[r].fields.size()),
                              std::to_string(table.header.size())});
        table.rows.push_back(std::move(records[r]));
    }
    return table;
}

// [SECTION] File reading
std::string ReadCsvFile(const std::string& path, uint64_t max_bytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("csv.cannot_read", "Cannot read " + path + ".", {path});
    // Read in chunks and stop one byte past the cap, so a pipe or a device such as /dev/zero is
    // refused as surely as a huge regular file, without first holding all of it in memory.
    std::string content;
    std::vector<char> chunk(1 << 16);
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        content.append(chunk.data(), static_cast<size_t>(in.gcount()));
        if (content.size() > max_bytes) {
            std::string max_mb = std::to_string(max_bytes / (1024 * 1024));
            throw InputError("csv.file_too_big",
                             "The file " + path + " is larger than " + max_mb +
                                 " MB, more than a plan's notes. Nothing was clustered.",
                             {path, max_mb});
        }
    }
    if (in.bad()) throw InputError("csv.cannot_read", "Cannot read " + path + ".", {path});
    return content;
}

} // namespace hd
