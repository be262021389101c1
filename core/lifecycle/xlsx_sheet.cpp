// [SECTION] index: zip parts / XML with expat / workbook and relationships / shared strings /
//                  worksheet / ReadFirstXlsxSheet
#include "core/lifecycle/xlsx_sheet.h"

#include <expat.h>
#include <zip.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>

#include "core/base/errors.h"

namespace hd {
namespace {
[[noreturn]] void NotAWorkbook() {
    throw InputError("xlsx.err_not_workbook", "The file is not an Excel workbook (.xlsx).");
}

// [SECTION] Zip parts
struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

class Package {
public:
    explicit Package(const std::string& bytes) {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
        if (!src) NotAWorkbook();
        zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &error);
        zip_error_fini(&error);
        if (!z) {
            zip_source_free(src);
            NotAWorkbook();
        }
        m_zip.reset(z);
    }

    bool Has(const std::string& name) const { return zip_name_locate(m_zip.get(), name.c_str(), 0) >= 0; }

    // The part's bytes; throws when it is missing (and `required`), unreadable or too big.
    std::string Read(const std::string& name) const {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat(m_zip.get(), name.c_str(), 0, &st) != 0) NotAWorkbook();
        if ((st.valid & ZIP_STAT_SIZE) && st.size > kMaxXlsxPartBytes) TooBig(name);
        std::unique_ptr<zip_file_t, ZipFileCloser> f(zip_fopen(m_zip.get(), name.c_str(), 0));
        if (!f) NotAWorkbook();
        std::string out;
        char buf[65536];
        zip_int64_t n;
        while ((n = zip_fread(f.get(), buf, sizeof buf)) > 0) {
            out.append(buf, static_cast<size_t>(n));
            if (out.size() > kMaxXlsxPartBytes) TooBig(name); // the stated size may lie
        }
        if (n < 0) throw InputError("xlsx.err_damaged", "The workbook is damaged: " + name + " cannot be read.", {name});
        return out;
    }

private:
    [[noreturn]] static void TooBig(const std::string& name) {
        throw InputError("xlsx.err_too_big", "The workbook part " + name + " is too large to read.", {name});
    }
    std::unique_ptr<zip_t, ZipCloser> m_zip;
};

// [SECTION] XML with expat. Names arrive as "namespace|local", so a prefixed part (x:c) reads the
// same as one in the default namespace.
class XmlHandler {
public:
    virtual ~XmlHandler() = default;
    virtual void Start(const std::string& local, const char** attrs) = 0;
    virtual void End(const std::string& local) = 0;
    virtual void Text(const char*, int) {}
};

std::string Local(const char* name) {
    const char* bar = std::strrchr(name, '|');
    return bar ? bar + 1 : name;
}

// The value of the attribute with this local name, or "".
std::string Attr(const char** attrs, const char* local) {
    for (size_t i = 0; attrs[i]; i += 2)
        if (Local(attrs[i]) == local) return attrs[i + 1];
    return {};
}

void ParseXml(const std::string& part, const std::string& text, XmlHandler& h) {
    std::unique_ptr<XML_ParserStruct, void (*)(XML_Parser)> p(XML_ParserCreateNS("UTF-8", '|'), XML_ParserFree);
    if (!p) throw std::bad_alloc();
    XML_SetUserData(p.get(), &h);
    XML_SetElementHandler(
        p.get(),
        [](void* u, const XML_Char* name, const XML_Char** attrs) { static_cast<XmlHandler*>(u)->Start(Local(name), attrs); },
        [](void* u, const XML_Char* name) { static_cast<XmlHandler*>(u)->End(Local(name)); });
    XML_SetCharacterDataHandler(p.get(), [](void* u, const XML_Char* s, int len) { static_cast<XmlHandler*>(u)->Text(s, len); });
    if (XML_Parse(p.get(), text.data(), static_cast<int>(text.size()), XML_TRUE) == XML_STATUS_OK) return;
    std::string line = std::to_string(XML_GetCurrentLineNumber(p.get()));
    throw InputError("xlsx.err_xml", "The workbook is damaged: " + part + " is not valid XML (line " + line + ").",
                     {part, line});
}

// [SECTION] Workbook and relationships
struct Workbook : XmlHandler {
    std::string sheet_name, sheet_rel;
    void Start(const std::string& local, const char** attrs) override {
        if (local != "sheet" || !sheet_rel.empty()) return;
        sheet_name = Attr(attrs, "name");
        sheet_rel = Attr(attrs, "id");
    }
    void End(const std::string&) override {}
};

struct Relationships : XmlHandler {
    std::map<std::string, std::string> target_by_id;
    std::string shared_strings;
    void Start(const std::string& local, const char** attrs) override {
        if (local != "Relationship") return;
        std::string target = Attr(attrs, "Target"), type = Attr(attrs, "Type");
        target_by_id[Attr(attrs, "Id")] = target;
        if (type.size() >= 14 && type.compare(type.size() - 14, 14, "/sharedStrings") == 0) shared_strings = target;
    }
    void End(const std::string&) override {}
};

// A relationship target is relative to xl/ unless it starts with '/'.
std::string PartPath(const std::string& target) {
    if (!target.empty() && target[0] == '/') return target.substr(1);
    return "xl/" + target;
}

// [SECTION] Shared strings: the text of each <si>, its runs joined, phonetic hints (rPh) left out.
struct SharedStrings : XmlHandler {
    std::vector<std::string> strings;
    int in_phonetic = 0;
    bool in_text = false;
    void Start(const std::string& local, const char**) override {
        if (local == "si") strings.emplace_back();
        else if (local == "rPh") ++in_phonetic;
        else if (local == "t") in_text = in_phonetic == 0 && !strings.empty();
    }
    void End(const std::string& local) override {
        if (local == "rPh") --in_phonetic;
        else if (local == "t") in_text = false;
    }
    void Text(const char* s, int len) override {
        if (in_text) strings.back().append(s, static_cast<size_t>(len));
    }
};

// [SECTION] Worksheet
// "B12" -> column 1 (0-based) and row 12; false when the reference is not of that form.
bool ParseCellRef(const std::string& ref, size_t& column, size_t& row) {
    size_t i = 0, col = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) col = col * 26 + static_cast<size_t>(ref[i++] - 'A' + 1);
    if (col == 0 || i == ref.size()) return false;
    size_t r = 0;
    for (; i < ref.size(); ++i) {
        if (ref[i] < '0' || ref[i] > '9' || r > 10000000) return false;
        r = r * 10 + static_cast<size_t>(ref[i] - '0');
    }
    column = col - 1;
    row = r;
    return r > 0;
}

// A stored number as a person would type it: 2024, 4.8 (Excel stores 4.8 as "4.7999999999999998").
std::string NumberText(const std::string& raw) {
    char* end = nullptr;
    double v = std::strtod(raw.c_str(), &end);
    if (raw.empty() || end != raw.c_str() + raw.size() || !std::isfinite(v)) return raw;
    char buf[40];
    if (v == std::floor(v) && std::fabs(v) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", v);
    else std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

struct Worksheet : XmlHandler {
    const std::vector<std::string>* shared = nullptr;
    std::vector<SheetRow> rows;
    size_t next_row = 1, next_column = 0;
    std::string type, value, inline_text;
    bool in_cell = false, in_value = false, in_inline = false, in_inline_text = false;
    int in_phonetic = 0;

    void Start(const std::string& local, const char** attrs) override {
        if (local == "row") StartRow(Attr(attrs, "r"));
        else if (local == "c") StartCell(Attr(attrs, "r"), Attr(attrs, "t"));
        else if (local == "v" && in_cell) in_value = true;
        else if (local == "is" && in_cell) in_inline = true;
        else if (local == "rPh") ++in_phonetic;
        else if (local == "t" && in_inline) in_inline_text = in_phonetic == 0;
    }
    void End(const std::string& local) override {
        if (local == "c" && in_cell) EndCell();
        else if (local == "row") ++next_row; // a following row without r="" is the next one
        else if (local == "v") in_value = false;
        else if (local == "is") in_inline = false;
        else if (local == "rPh") --in_phonetic;
        else if (local == "t") in_inline_text = false;
    }
    void Text(const char* s, int len) override {
        if (in_value) value.append(s, static_cast<size_t>(len));
        else if (in_inline_text) inline_text.append(s, static_cast<size_t>(len));
    }

    void StartRow(const std::string& r) {
        size_t number = std::strtoul(r.c_str(), nullptr, 10);
        if (number > 0) next_row = number;
        next_column = 0;
    }
    void StartCell(const std::string& ref, const std::string& t) {
        size_t column = next_column, row = next_row;
        if (!ref.empty() && ParseCellRef(ref, column, row)) next_row = row;
        next_column = column;
        type = t;
        value.clear();
        inline_text.clear();
        in_cell = true;
    }
    void EndCell() {
        in_cell = false;
        std::string text = CellText();
        size_t column = next_column++;
        if (text.empty()) return;
        if (rows.empty() || rows.back().number != next_row) rows.push_back({next_row, {}});
        std::vector<std::string>& cells = rows.back().cells;
        if (cells.size() <= column) cells.resize(column + 1);
        cells[column] = std::move(text);
    }
    std::string CellText() const {
        if (type == "s") {
            char* end = nullptr;
            unsigned long i = std::strtoul(value.c_str(), &end, 10);
            if (value.empty() || *end || !shared || i >= shared->size())
                throw InputError("xlsx.err_shared", "The workbook is damaged: a cell points at a missing text.");
            return (*shared)[i];
        }
        if (type == "inlineStr") return inline_text;
        if (type == "b") return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value;
        if (type == "str" || type == "e" || type == "d") return value;
        return NumberText(value);
    }
};
} // namespace

// [SECTION] ReadFirstXlsxSheet
bool LooksLikeZip(const std::string& bytes) { return bytes.compare(0, 4, "PK\x03\x04") == 0; }

std::string ColumnLetters(size_t column) {
    std::string out;
    for (; column > 0; column = (column - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (column - 1) % 26));
    return out;
}

XlsxSheet ReadFirstXlsxSheet(const std::string& bytes) {
    if (bytes.compare(0, 4, "\xD0\xCF\x11\xE0") == 0)
        throw InputError("xlsx.err_old_xls", "This is an old Excel file (.xls): save it as .xlsx or CSV first.");
    if (!LooksLikeZip(bytes)) NotAWorkbook();
    Package zip(bytes);
    if (!zip.Has("xl/workbook.xml")) NotAWorkbook();
    Workbook wb;
    ParseXml("xl/workbook.xml", zip.Read("xl/workbook.xml"), wb);
    Relationships rels;
    if (zip.Has("xl/_rels/workbook.xml.rels")) ParseXml("xl/_rels/workbook.xml.rels", zip.Read("xl/_rels/workbook.xml.rels"), rels);
    auto target = rels.target_by_id.find(wb.sheet_rel);
    std::string sheet_path = target != rels.target_by_id.end() ? PartPath(target->second) : "xl/worksheets/sheet1.xml";
    if (!zip.Has(sheet_path)) throw InputError("xlsx.err_no_sheet", "The workbook has no worksheet.");
    SharedStrings strings;
    std::string strings_path = rels.shared_strings.empty() ? "xl/sharedStrings.xml" : PartPath(rels.shared_strings);
    if (zip.Has(strings_path)) ParseXml(strings_path, zip.Read(strings_path), strings);
    Worksheet sheet;
    sheet.shared = &strings.strings;
    ParseXml(sheet_path, zip.Read(sheet_path), sheet);
    XlsxSheet out;
    out.name = wb.sheet_name;
    out.rows = std::move(sheet.rows);
    return out;
}

} // namespace hd
