// Plan cycle, item 2: indicators imported from an Excel workbook. The test workbooks are written with
// libxlsxwriter, so they are real Excel-compatible files (shared strings, inline strings in
// constant-memory mode, numbers as numbers and as text), not XML typed by hand.
#include <catch2/catch.hpp>

#include <xlsxwriter.h>
#include <zip.h>

#include <fstream>
#include <iterator>

#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/lifecycle/indicators.h"
#include "core/lifecycle/xlsx_sheet.h"
#include "tests/support/child_process.h"
#include "tests/support/lifecycle_plan.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
// One cell to write: text, or a number when `text` is empty and `number` is set.
struct Cell {
    std::string text;
    double number = 0;
    bool is_number = false;
};
Cell T(const std::string& s) { return {s, 0, false}; }
Cell N(double v) { return {{}, v, true}; }

void WriteWorkbook(const std::string& path, const std::string& sheet, const std::vector<std::vector<Cell>>& rows,
                   bool inline_strings = false) {
    lxw_workbook_options opts{};
    opts.constant_memory = inline_strings ? LXW_TRUE : LXW_FALSE; // constant memory writes inline strings
    lxw_workbook* wb = workbook_new_opt(path.c_str(), &opts);
    REQUIRE(wb);
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.c_str());
    workbook_add_worksheet(wb, "Tweede blad"); // only the first sheet is read
    for (size_t r = 0; r < rows.size(); ++r)
        for (size_t c = 0; c < rows[r].size(); ++c) {
            const Cell& cell = rows[r][c];
            auto row = static_cast<lxw_row_t>(r);
            auto col = static_cast<lxw_col_t>(c);
            if (cell.is_number) worksheet_write_number(ws, row, col, cell.number, nullptr);
            else if (!cell.text.empty()) worksheet_write_string(ws, row, col, cell.text.c_str(), nullptr);
        }
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
}

std::string ReadBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// A zip holding the given parts, for workbooks no spreadsheet program would write.
std::string ZipOf(const std::vector<std::pair<std::string, std::string>>& parts) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* z = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    zip_source_keep(buffer);
    for (const auto& [name, data] : parts)
        zip_file_add(z, name.c_str(), zip_source_buffer(z, data.data(), data.size(), 0), 0);
    zip_close(z);
    zip_source_open(buffer);
    zip_source_seek(buffer, 0, SEEK_END);
    std::string bytes(static_cast<size_t>(zip_source_tell(buffer)), '\0');
    zip_source_seek(buffer, 0, SEEK_SET);
    zip_source_read(buffer, bytes.data(), bytes.size());
    zip_source_close(buffer);
    zip_source_free(buffer);
    return bytes;
}

const Indicator* Find(const std::vector<Indicator>& list, const std::string& name) {
    for (const Indicator& i : list)
        if (i.name == name) return &i;
    return nullptr;
}
} // namespace

TEST_CASE("an xlsx workbook imports like a CSV: numbers, numbers as text, decimal commas, empty cells", "[lifecycle][indicators][xlsx]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    for (bool inline_strings : {false, true}) {
        INFO("inline strings " << inline_strings);
        std::string path = dir.File(inline_strings ? "inline.xlsx" : "shared.xlsx");
        WriteWorkbook(path, "Cijfers 2024",
                      {{T("Domein"), T("Indicator"), T("Eenheid"), T("Jaar"), T("Waarde"), T("Bron")},
                       {T("veilig WONEN"), T("Woninginbraken"), T("per 1.000 woningen"), N(2023), N(4.8), T("Politie")},
                       {T("Veilig wonen"), T("Woninginbraken"), {}, T("2024"), T(" 4,1 ")},
                       {},
                       {T("Jeugd"), T("Meldingen overlast ë"), {}, N(2024), N(312)},
                       {{}, T("Inwoners"), {}, N(2024), T("41250")}},
                      inline_strings);
        std::string bytes = ReadBytes(path);
        REQUIRE(LooksLikeZip(bytes));
        XlsxSheet sheet = ReadFirstXlsxSheet(bytes);
        CHECK(sheet.name == "Cijfers 2024");
        REQUIRE(sheet.rows.size() == 5); // the empty fourth row is left out
        CHECK(sheet.rows[3].number == 5);
        CHECK(sheet.rows[1].cells[4] == "4.8"); // a real number, as typed
        CHECK(sheet.rows[2].cells[2].empty());  // an empty cell

        IndicatorImport preview = PreviewIndicatorFile(*plan.store, path);
        CHECK(preview.sheet == "Cijfers 2024");
        CHECK(preview.problems.empty());
        REQUIRE(preview.rows.size() == 4);
        CHECK(preview.rows[0].line == 2);
        CHECK(preview.rows[0].theme_id == plan.housing);
        CHECK(preview.rows[0].value == Approx(4.8));
        CHECK(preview.rows[0].source == "Politie");
        CHECK(preview.rows[1].year == 2024);
        CHECK(preview.rows[1].value == Approx(4.1)); // text with a decimal comma and spaces
        CHECK(preview.rows[2].line == 5);
        CHECK(preview.rows[2].name == "Meldingen overlast ë");
        CHECK(preview.rows[3].theme_id == 0); // whole city
        CHECK(preview.rows[3].value == Approx(41250));
    }
    IndicatorImport preview = PreviewIndicatorFile(*plan.store, dir.File("shared.xlsx"));
    CHECK(ApplyIndicatorImport(*plan.store, preview) == 4);
    auto list = IndicatorStore(*plan.store).List();
    const Indicator* burglary = Find(list, "Woninginbraken");
    REQUIRE(burglary);
    CHECK(burglary->unit == "per 1.000 woningen");
    REQUIRE(burglary->values.size() == 2);
    CHECK(burglary->values[1] == std::make_pair(2024, 4.1));
}

TEST_CASE("problems in an xlsx workbook are named by sheet, row and column letter", "[lifecycle][indicators][xlsx]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    std::string path = dir.File("bad.xlsx");
    WriteWorkbook(path, "Blad1",
                  {{T("Indicator"), T("Domein"), T("Jaar"), T("Waarde")},
                   {T("Woninginbraken"), T("Veilig wonen"), N(2024), N(4.1)},
                   {T("Ongevallen"), T("Mobiliteit"), N(2024), N(12)},   // unknown domain: B3
                   {T("Overlast"), T("Jeugd"), N(2024.5), N(3)},         // not a year: C4
                   {T("Overlast"), T("Jeugd"), N(2023), T("veel")},      // not a number: D5
                   {T("Woninginbraken"), T("Veilig wonen"), N(2024), N(4)}}); // 2024 again: C6
    IndicatorImport preview = PreviewIndicatorFile(*plan.store, path);
    REQUIRE(preview.problems.size() == 4);
    CHECK(preview.problems[0].sheet == "Blad1");
    CHECK(preview.problems[0].line == 3);
    CHECK(preview.problems[0].column == 2);
    CHECK(preview.problems[1].line == 4);
    CHECK(preview.problems[1].args == std::vector<std::string>{"2024.5"});
    CHECK(preview.problems[2].line == 5);
    CHECK(preview.problems[3].key == "lifecycle.import.err_duplicate");
    CHECK(preview.problems[3].line == 6);
    CHECK(preview.problems[3].column == 3);
    CHECK(preview.problems[3].args == std::vector<std::string>{"2"});
    Translator tr;
    REQUIRE(tr.LoadDirectory(FindAssetsDir() + "/lang"));
    tr.SetLanguage(Language::English);
    CHECK(DescribeProblem(tr, preview.problems[0]) == "sheet 'Blad1', row 3, column B: There is no domain 'Mobiliteit' in this plan.");
    CHECK(DescribeProblem(tr, preview.problems[2]).find("column D") != std::string::npos);
    tr.SetLanguage(Language::Dutch);
    CHECK(DescribeProblem(tr, preview.problems[1]).rfind("blad 'Blad1', rij 4, kolom C: ", 0) == 0);
    CHECK_THROWS_AS(ApplyIndicatorImport(*plan.store, preview), InputError);
    CHECK(IndicatorStore(*plan.store).List().empty());
}

TEST_CASE("a file that is not a readable workbook is refused with a clear message", "[lifecycle][indicators][xlsx]") {
    auto key_of = [](const std::string& bytes) {
        try {
            ReadFirstXlsxSheet(bytes);
        } catch (const InputError& e) {
            return e.Key();
        }
        return std::string("no error");
    };
    CHECK(key_of(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "old binary") == "xlsx.err_old_xls");
    CHECK(key_of("domain,indicator\n") == "xlsx.err_not_workbook");
    CHECK(key_of(std::string("PK\x03\x04", 4) + "truncated") == "xlsx.err_not_workbook");
    CHECK(key_of(ZipOf({{"word/document.xml", "<w/>"}})) == "xlsx.err_not_workbook");
    CHECK(key_of(ZipOf({{"xl/workbook.xml", "<workbook><sheets><sheet name='a' r:id='x'"}})) == "xlsx.err_xml");
    std::string rels = "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
                       "<Relationship Id='rId1' Type='t/worksheet' Target='worksheets/s.xml'/></Relationships>";
    std::string workbook = "<workbook xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main' "
                           "xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>"
                           "<sheets><sheet name='S' sheetId='1' r:id='rId1'/></sheets></workbook>";
    CHECK(key_of(ZipOf({{"xl/workbook.xml", workbook}, {"xl/_rels/workbook.xml.rels", rels}})) == "xlsx.err_no_sheet");
    // A cell pointing at shared string 7 of none; a prefixed namespace (x:) reads as well as the default one.
    std::string sheet = "<x:worksheet xmlns:x='http://schemas.openxmlformats.org/spreadsheetml/2006/main'><x:sheetData>"
                        "<x:row r='2'><x:c r='C2' t='inlineStr'><x:is><x:t>hallo</x:t></x:is></x:c></x:row>"
                        "<x:row><x:c t='s'><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>";
    CHECK(key_of(ZipOf({{"xl/workbook.xml", workbook}, {"xl/_rels/workbook.xml.rels", rels}, {"xl/worksheets/s.xml", sheet}})) ==
          "xlsx.err_shared");
    sheet.replace(sheet.find("<x:row><x:c t='s'><x:v>7</x:v></x:c></x:row>"), 44, "<x:row><x:c t='b'><x:v>1</x:v></x:c></x:row>");
    XlsxSheet s = ReadFirstXlsxSheet(ZipOf({{"xl/workbook.xml", workbook}, {"xl/_rels/workbook.xml.rels", rels}, {"xl/worksheets/s.xml", sheet}}));
    REQUIRE(s.rows.size() == 2);
    CHECK(s.rows[0].number == 2);
    CHECK(s.rows[0].cells == std::vector<std::string>{"", "", "hallo"});
    CHECK(s.rows[1].number == 3); // a row without r follows the previous one
    CHECK(s.rows[1].cells == std::vector<std::string>{"TRUE"});
    // Every message has both languages.
    Translator tr;
    REQUIRE(tr.LoadDirectory(FindAssetsDir() + "/lang"));
    for (const char* key : {"xlsx.err_old_xls", "xlsx.err_not_workbook", "xlsx.err_xml", "xlsx.err_no_sheet", "xlsx.err_shared",
                            "xlsx.err_too_big", "xlsx.err_damaged", "lifecycle.import.problem_row"})
        CHECK(tr.Has(key));
}

TEST_CASE("column letters as Excel shows them", "[lifecycle][xlsx]") {
    CHECK(ColumnLetters(1) == "A");
    CHECK(ColumnLetters(26) == "Z");
    CHECK(ColumnLetters(27) == "AA");
    CHECK(ColumnLetters(703) == "AAA");
}

TEST_CASE("hearingctl import-indicators reads an xlsx workbook, previews and names problems by cell", "[lifecycle][indicators][xlsx][cli]") {
    test::TempDir dir;
    std::string plan_path = dir.File("p.hdesk");
    { test::LifecyclePlan plan(plan_path); }
    std::string good = dir.File("good.xlsx"), bad = dir.File("bad.xlsx");
    WriteWorkbook(good, "Cijfers", {{T("domain"), T("indicator"), T("year"), T("value")},
                                    {T("Jeugd"), T("Overlast"), N(2023), N(310)},
                                    {T("Jeugd"), T("Overlast"), N(2024), T("344,5")}});
    WriteWorkbook(bad, "Cijfers", {{T("domain"), T("indicator"), T("year"), T("value")}, {T("Sport"), T("Overlast"), N(2023), N(3)}});
    auto preview = test::RunHearingctl({"import-indicators", plan_path, good, "--preview"});
    CHECK(preview.exit_code == 0);
    CHECK(preview.out.find("row 3: Jeugd | Overlast | 2024 | 344.5") != std::string::npos);
    auto failed = test::RunHearingctl({"import-indicators", plan_path, bad});
    CHECK(failed.exit_code == 1);
    CHECK(failed.err.find("sheet 'Cijfers', row 2, column A: There is no domain 'Sport' in this plan.") != std::string::npos);
    auto done = test::RunHearingctl({"import-indicators", plan_path, good});
    CHECK(done.exit_code == 0);
    CHECK(done.out.find("imported 2 values") != std::string::npos);
    auto store = PlanStore::Open(plan_path);
    auto list = IndicatorStore(*store).List();
    REQUIRE(list.size() == 1);
    CHECK(list[0].values == std::vector<std::pair<int, double>>{{2023, 310}, {2024, 344.5}});
}
