// Fuzzes the CSV reader behind `hearingctl cluster --input` (core/csv.h): malformed input gives
// InputError naming the line; what parses survives being written with the exporter's CsvField and
// read back; a small table's text column is clustered as the command would.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/cluster/clustering.h"
#include "core/base/csv.h"
#include "core/base/errors.h"
#include "core/export/export.h"
#include "core/text/text_analysis.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const hd::TextAnalyzer analyzer(HD_SOURCE_ASSETS_DIR);
    std::string_view csv(reinterpret_cast<const char*>(data), size);
    std::vector<hd::CsvRecord> records;
    try {
        records = hd::ParseCsv(csv);
    } catch (const hd::InputError&) {
        return 0;
    }
    // Write back what a record-for-record round trip can represent: a record that is one empty field
    // is a blank line (skipped by design), and a byte order mark at the start is dropped.
    std::string written;
    std::vector<std::vector<std::string>> kept;
    size_t last_line = 0;
    for (const hd::CsvRecord& r : records) {
        HD_FUZZ_CHECK(r.line > last_line);
        last_line = r.line;
        HD_FUZZ_CHECK(!r.fields.empty());
        if (r.fields.size() == 1 && r.fields[0].empty()) continue;
        for (size_t i = 0; i < r.fields.size(); ++i) {
            if (i) written += ',';
            written += hd::CsvField(r.fields[i], ',');
        }
        written += "\r\n";
        kept.push_back(r.fields);
    }
    if (written.compare(0, 3, "\xEF\xBB\xBF") != 0) {
        std::vector<hd::CsvRecord> again = hd::ParseCsv(written);
        HD_FUZZ_CHECK(again.size() == kept.size());
        for (size_t i = 0; i < again.size(); ++i) HD_FUZZ_CHECK(again[i].fields == kept[i]);
    }

    hd::CsvTable table;
    try {
        table = hd::ParseCsvTable(csv);
    } catch (const hd::InputError&) {
        return 0;
    }
    int text_col = table.Column("text");
    if (text_col < 0 || table.rows.empty() || table.rows.size() > 40) return 0;
    std::vector<std::string> texts;
    for (const hd::CsvRecord& r : table.rows) {
        HD_FUZZ_CHECK(r.fields.size() == table.header.size());
        texts.push_back(r.fields[static_cast<size_t>(text_col)]);
    }
    hd::Clustering c = hd::ClusterTexts(analyzer, texts);
    HD_FUZZ_CHECK(c.assignment.size() == texts.size());
    size_t members = 0;
    for (const hd::ClusterSummary& s : c.clusters) members += s.members.size();
    HD_FUZZ_CHECK(members == texts.size());
    for (int a : c.assignment) HD_FUZZ_CHECK(a >= 0 && static_cast<size_t>(a) < c.clusters.size());
    return 0;
}
