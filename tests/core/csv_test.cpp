#include <catch2/catch.hpp>

#include "core/base/json_writer.h"
#include "core/base/csv.h"
#include "core/base/errors.h"
#include "tests/support/temp_dir.h"

#include <fstream>

using namespace hd;

namespace {
std::string ErrorKey(std::string_view data) {
    try {
        ParseCsvTable(data);
    } catch (const InputError& e) {
        return e.Key() + "@" + (e.Args().empty() ? "" : e.Args()[0]);
    }
    return "";
}
} // namespace

TEST_CASE("CSV: plain, quoted, doubled quotes, embedded commas and newlines, CRLF", "[csv]") {
    auto t = ParseCsvTable("id,text\r\n1,plain\r\n2,\"a, b\"\r\n\"3\",\"zei \"\"genoeg\"\"\nop twee regels\"\n4,\n");
    REQUIRE(t.header == std::vector<std::string>{"id", "text"});
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows[0].fields[1] == "plain");
    CHECK(t.rows[1].fields[1] == "a, b");
    CHECK(t.rows[2].fields[0] == "3");
    CHECK(t.rows[2].fields[1] == "zei \"genoeg\"\nop twee regels");
    CHECK(t.rows[3].fields[1].empty());
    CHECK(t.rows[3].line == 6); // the quoted newline counts as a line
    CHECK(t.Column("text") == 1);
    CHECK(t.Column("nope") == -1);
}

TEST_CASE("CSV: BOM, no final newline, blank lines and diacritics byte-exact", "[csv]") {
    auto t = ParseCsvTable("\xEF\xBB\xBFid,text\n\n1,Coördinatie ĳverig café\n\n2,\"\"");
    REQUIRE(t.rows.size() == 2);
    CHECK(t.header[0] == "id");
    CHECK(t.rows[0].fields[1] == "Coördinatie ĳverig café");
    CHECK(t.rows[1].fields[1].empty());
}

TEST_CASE("CSV: malformed input names the line", "[csv]") {
    CHECK(ErrorKey("id,text\n1,\"never closed\n2,x\n") == "csv.unterminated_quote@2");
    CHECK(ErrorKey("id,text\n1,ok\n2,a\"b\n") == "csv.bad_quote@3");
    CHECK(ErrorKey("id,text\n1,\"closed\"junk\n") == "csv.after_quote@2");
    CHECK(ErrorKey("id,text\n1,ok\n2,a,b\n") == "csv.field_count@3");
    CHECK(ErrorKey("id,text\n1,\"two\nlines\"\n3\n") == "csv.field_count@4");
    CHECK(ErrorKey(std::string("id,text\n1,caf\xC3\n", 14)) == "csv.invalid_utf8@2");
    CHECK(ErrorKey("") == "csv.empty@");
}

TEST_CASE("JSON output escapes quotes, backslashes and control characters, keeps UTF-8", "[csv]") {
    auto quoted = [](std::string_view text) { return JsonWriter().String(text).Text(); };
    CHECK(quoted("a\"b\\c\nd\te\x01") == "\"a\\\"b\\\\c\\nd\\te\\u0001\"");
    CHECK(quoted("één") == "\"één\"");
    CHECK(JsonWriter().BeginArray().Number("12").Int(-3).Bool(true).EndArray().Text() == "[12,-3,true]");
    CHECK_THROWS(JsonWriter().Number("1,2"));  // a line number that is not one never breaks the JSON
    CHECK(JsonWriter(JsonWriter::Layout::Indented).BeginObject().Member("a", 1).EndObject().Text() == "{\n    \"a\": 1\n}");
    CHECK(ClustersToJson({{"x, y", {"1", "2"}}, {"z", {"3"}}}) ==
          "{\"clusters\":[{\"label\":\"x, y\",\"members\":[\"1\",\"2\"]},{\"label\":\"z\",\"members\":[\"3\"]}]}");
    CHECK(ClustersToJson({}) == "{\"clusters\":[]}");
}

TEST_CASE("CSV files: read whole up to the cap, refused one byte past it", "[csv]") {
    hd::test::TempDir dir;
    std::string path = dir.File("notes.csv");
    std::string content = "id,text\n1,\"één café, naïef\"\n";
    {
        std::ofstream f(path, std::ios::binary);
        f << content;
    }
    CHECK(ReadCsvFile(path) == content);
    CHECK(ReadCsvFile(path, content.size()) == content);
    try {
        ReadCsvFile(path, content.size() - 1);
        FAIL("a file over the cap was read");
    } catch (const InputError& e) {
        CHECK(e.Key() == "csv.file_too_big");
        REQUIRE(e.Args().size() == 2);
        CHECK(e.Args()[0] == path);
    }
    // A device without end is cut off at the cap instead of being read until memory runs out.
    CHECK_THROWS_AS(ReadCsvFile("/dev/zero", 1 << 20), InputError);
    CHECK_THROWS_AS(ReadCsvFile(dir.File("missing.csv")), InputError);
}
