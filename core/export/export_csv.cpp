// CSV exports: UTF-8 with a byte order mark (so Excel reads the diacritics), CRLF line ends and
// RFC 4180 quoting. Belgian and Dutch Excel expect ';' as separator; the caller chooses.
// Cells that a spreadsheet would run as a formula are kept text (SpreadsheetText).
#include <algorithm>

#include "core/export/export.h"
#include "core/store/store.h"

namespace hd {

std::string SpreadsheetText(std::string_view value) {
    // Excel, Calc and Sheets treat a cell starting with = + - @ (or a tab or carriage return) as a
    // formula, so a note typed or imported as "=HYPERLINK(...)" would run when the core group opens
    // the export. A leading apostrophe is their "this is text" marker and is not displayed.
    // Spreadsheets skip leading spaces before a formula (" =1+2" runs too), so look past them.
    if (!value.empty() && std::string_view("\t\r").find(value.front()) != std::string_view::npos)
        return "'" + std::string(value);
    size_t first = value.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && std::string_view("=+-@").find(value[first]) != std::string_view::npos)
        return "'" + std::string(value);
    return std::string(value);
}

namespace {
class CsvWriter {
public:
    explicit CsvWriter(char separator) : m_sep(separator) { m_out = "\xEF\xBB\xBF"; }
    void Row(const std::vector<std::string>& fields) {
        for (size_t i = 0; i < fields.size(); ++i) {
            if (i) m_out += m_sep;
            m_out += CsvField(SpreadsheetText(fields[i]), m_sep);
        }
        m_out += "\r\n";
    }
    std::string Take() { return std::move(m_out); }

private:
    char m_sep;
    std::string m_out;
};

// An open speaker conflict is part of the line's provenance, so a filter on that column finds it.
std::string ProvenanceCell(const MinutesEntry& l, const ExportLabels& L) {
    std::string key = L("export.prov_key." + std::string(ToKey(l.provenance)));
    return l.speaker_conflict ? key + " · " + SpeakerConflictMark(l, L) : key;
}

std::string JoinDisciplines(const PlanObjective& o, const ExportLabels& L) {
    std::vector<std::string> names;
    for (const std::string& d : o.disciplines) names.push_back(L.Discipline(d));
    std::sort(names.begin(), names.end()); // the same order as in the other formats
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}
} // namespace

std::string CsvField(std::string_view value, char separator) {
    bool quote = value.find_first_of(std::string{'"', '\r', '\n', separator}) != std::string_view::npos;
    if (!quote) return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string WriteMinutesCsv(const MinutesDocument& doc, const ExportLabels& L, char separator) {
    CsvWriter csv(separator);
    csv.Row({L("export.col_hearing"), L("export.col_theme"), L("export.col_time"), L("export.col_speaker"),
             L("export.col_provenance"), L("export.col_kind"), L("export.col_chain"), L("export.col_text"),
             L("export.col_ref")});
    // One table in hearing order: the appendix lines are marked by their provenance column.
    std::vector<const MinutesEntry*> lines;
    for (const MinutesEntry& l : doc.entries) lines.push_back(&l);
    for (const MinutesEntry& l : doc.appendix) lines.push_back(&l);
    std::stable_sort(lines.begin(), lines.end(),
                     [](const MinutesEntry* a, const MinutesEntry* b) { return a->offset_ms < b->offset_ms; });
    for (const MinutesEntry* l : lines) {
        // What only one reporter wrote stays in the text cell, on a line of its own.
        std::string text = l->text;
        if (!l->also_noted.empty() && l->text_a.empty() && l->text_b.empty())
            text += "\n" + L.Format("export.prov.also_noted", {std::string(1, l->also_noted_by), l->also_noted});
        csv.Row({std::to_string(doc.hearing_id), doc.theme, FormatOffset(l->offset_ms),
                 MinutesSpeaker(*l, L), ProvenanceCell(*l, L), L.Kind(l->kind),
                 l->chain == SafetyChain::None ? std::string() : L.Chain(l->chain), text, l->ref});
    }
    // Approved minutes end with their approval (and, approved anyway, the reason), as in the other formats.
    if (doc.review.state == ReviewState::Approved)
        csv.Row({std::to_string(doc.hearing_id), doc.theme, "", "", L("export.review_state"), "", "",
                 ReviewLine(doc.review, L), ""});
    return csv.Take();
}

std::string WritePlanCsv(const PlanDocument& doc, const ExportLabels& L, char separator) {
    CsvWriter csv(separator);
    csv.Row({L("export.col_domain"), L("export.col_level"), L("export.col_title"), L("export.col_justification"),
             L("export.col_why"), L("export.col_what"), L("export.col_how"), L("export.col_chain"),
             L("export.col_disciplines"), L("export.col_decision"), L("export.col_reactive")});
    auto row = [&](const DomainDocument& d, const PlanObjective& o) {
        csv.Row({d.title, L(o.strategic ? "export.level_strategic" : "export.level_tactical"), o.title, o.justification,
                 o.why, o.what, o.how, o.chain == SafetyChain::None ? std::string() : L.Chain(o.chain),
                 JoinDisciplines(o, L), L(o.accepted ? "export.accepted" : "export.proposal"),
                 o.reactive == ReactiveKind::None ? std::string() : L.Reactive(o.reactive)});
    };
    for (const DomainDocument& d : doc.domains) {
        for (const PlanObjective& o : d.strategic) row(d, o);
        for (const PlanObjective& o : d.tactical) row(d, o);
    }
    return csv.Take();
}

std::string WriteForumCsv(const PlanDocument& doc, const ExportLabels& L, char separator) {
    CsvWriter csv(separator);
    csv.Row({L("export.col_domain"), L("export.col_type"), L("export.col_name"), L("export.col_function"),
             L("export.col_text")});
    for (const DomainDocument& d : doc.domains) {
        if (d.commentary && !d.commentary->text.empty())
            csv.Row({d.title, L("export.type_commentary"), d.commentary->expert_name, d.commentary->expert_function,
                     d.commentary->text});
        for (const ForumReaction& r : d.reactions) csv.Row({d.title, L("export.type_reaction"), r.author, {}, r.text});
    }
    return csv.Take();
}

} // namespace hd
