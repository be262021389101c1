// Exports of minutes, the plan draft and the forum to Markdown, HTML, DOCX and CSV. The GUI and
// `hearingctl export` both call Export()/ExportToFile(). Output is deterministic: the same data and
// options give the same bytes (the generation date is an option; DOCX zip times follow it).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/i18n.h"
#include "core/export/plan_document.h"

namespace hd {
class PlanStore;
struct RichDocument;
struct FollowupDocument;

// Actions: the yearly action plan of ExportRequest::year (md, html, docx, xlsx).
enum class ExportWhat { Minutes, Plan, Forum, InputFollowup, Actions };
enum class ExportFormat { Markdown, Html, Docx, Csv, Xlsx };
std::optional<ExportWhat> ExportWhatFromKey(std::string_view key);     // minutes, plan, forum, input-followup, actions
std::optional<ExportFormat> ExportFormatFromKey(std::string_view key); // md, html, docx, csv, xlsx
std::string_view FileExtension(ExportFormat f);                        // ".md", ...

struct ExportRequest {
    ExportWhat what = ExportWhat::Minutes;
    ExportFormat format = ExportFormat::Markdown;
    int64_t hearing_id = 0;          // minutes and input-followup only
    int year = 0;                    // actions only: the year of the yearly action plan
    bool anonymise = false;          // everyone; without it, only those without consent
    bool with_organisation = false;  // anonymised labels carry the organisation
    bool keep_staff_names = false;   // with anonymise: the moderator and reporters keep their names
    // input-followup is anonymised by default; this shows the names of those who consented.
    bool show_consented_names = false;
    char csv_separator = ',';        // ';' for Belgian and Dutch Excel
    std::string date;                // yyyy-mm-dd shown as generation date; empty = today (UTC)
    Language language = Language::Dutch;
    const Translator* translator = nullptr; // null: GlobalTranslator()
    DocumentSources sources;
};

// Labels in the export's language, independent of the UI's current language.
class ExportLabels {
public:
    ExportLabels(const Translator* translator, Language language);
    std::string operator()(std::string_view key) const;
    std::string Format(std::string_view key, const std::vector<std::string>& args) const;
    std::string Plural(std::string_view key, long long n, const std::vector<std::string>& args = {}) const {
        return m_tr.Plural(key, n, args);
    }
    std::string Discipline(const std::string& discipline) const; // translated key, else the text itself
    std::string Chain(SafetyChain c) const;
    std::string Reactive(ReactiveKind k) const;
    std::string Kind(NoteKind k) const;

private:
    Translator m_tr;
};

// Documents as they are exported: built, then anonymised as asked (and always for non-consent).
MinutesDocument PrepareMinutes(PlanStore& store, const ExportRequest& request, const ExportLabels& labels);
PlanDocument PreparePlan(PlanStore& store, const ExportRequest& request, const ExportLabels& labels);
FollowupDocument PrepareInputFollowup(PlanStore& store, const ExportRequest& request, const ExportLabels& labels);

// Layout into format-neutral blocks (export_layout.cpp).
RichDocument LayoutMinutes(const MinutesDocument& doc, const ExportLabels& labels, const std::string& date);
// The minutes' review state as one line: approved by whom and when, and (approved anyway) why.
std::string ReviewLine(const MinutesReview& review, const ExportLabels& labels);
// A line's speaker as exported ("A: X / B: Y" while the speakers conflict) and the open-conflict mark.
std::string MinutesSpeaker(const MinutesEntry& line, const ExportLabels& labels);
std::string SpeakerConflictMark(const MinutesEntry& line, const ExportLabels& labels);
RichDocument LayoutPlan(const PlanDocument& doc, const ExportLabels& labels, const std::string& date);
RichDocument LayoutForum(const PlanDocument& doc, const ExportLabels& labels, const std::string& date);
RichDocument LayoutInputFollowup(const FollowupDocument& doc, const ExportLabels& labels, const std::string& date);

// CSV (export_csv.cpp): UTF-8 with BOM, CRLF line ends, RFC 4180 quoting.
std::string WriteMinutesCsv(const MinutesDocument& doc, const ExportLabels& labels, char separator);
std::string WritePlanCsv(const PlanDocument& doc, const ExportLabels& labels, char separator);
std::string WriteForumCsv(const PlanDocument& doc, const ExportLabels& labels, char separator);
std::string CsvField(std::string_view value, char separator);
// `value` with a leading apostrophe when a spreadsheet would otherwise read it as a formula.
std::string SpreadsheetText(std::string_view value);

// The exported bytes. Throws InputError for a bad request (no such hearing, bad date or separator).
std::string Export(PlanStore& store, const ExportRequest& request);
// Writes atomically (core/atomic_file.h). Throws UserError on failure.
void ExportToFile(PlanStore& store, const ExportRequest& request, const std::string& path);

// Noon UTC of a yyyy-mm-dd generation date: the fixed time of DOCX zip entries, so the same data
// gives the same bytes and no time zone moves the day.
long long ZipTimeOf(const std::string& date);

// Today's date (UTC) as yyyy-mm-dd.
std::string TodayIso();

} // namespace hd
