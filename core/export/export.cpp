// [SECTION] index: keys / labels / preparing documents / export front
#include "core/export/export.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fcntl.h>
#include <unistd.h>
#include <map>

#include "core/export/action_plan.h"
#include "core/export/anonymise.h"
#include "core/base/atomic_file.h"
#include "core/base/errors.h"
#include "core/export/export_blocks.h"
#include "core/export/input_followup.h"
#include "core/store/store.h"

namespace hd {

// [SECTION] Keys
std::optional<ExportWhat> ExportWhatFromKey(std::string_view key) {
    if (key == "minutes") return ExportWhat::Minutes;
    if (key == "plan") return ExportWhat::Plan;
    if (key == "forum") return ExportWhat::Forum;
    if (key == "input-followup") return ExportWhat::InputFollowup;
    if (key == "actions") return ExportWhat::Actions;
    return std::nullopt;
}

std::optional<ExportFormat> ExportFormatFromKey(std::string_view key) {
    if (key == "md" || key == "markdown") return ExportFormat::Markdown;
    if (key == "html") return ExportFormat::Html;
    if (key == "docx") return ExportFormat::Docx;
    if (key == "csv") return ExportFormat::Csv;
    if (key == "xlsx") return ExportFormat::Xlsx;
    return std::nullopt;
}

std::string_view FileExtension(ExportFormat f) {
    switch (f) {
    case ExportFormat::Markdown: return ".md";
    case ExportFormat::Html: return ".html";
    case ExportFormat::Docx: return ".docx";
    case ExportFormat::Csv: return ".csv";
    case ExportFormat::Xlsx: return ".xlsx";
    }
    return ".txt";
}

// [SECTION] Labels
ExportLabels::ExportLabels(const Translator* translator, Language language)
    : m_tr(translator ? *translator : GlobalTranslator()) {
    m_tr.SetLanguage(language);
}

std::string ExportLabels::operator()(std::string_view key) const { return m_tr.Tr(key); }

std::string ExportLabels::Format(std::string_view key, const std::vector<std::string>& args) const {
    return m_tr.Format(key, args);
}

std::string ExportLabels::Discipline(const std::string& discipline) const {
    std::string key = "discipline." + discipline;
    return m_tr.Has(key) ? m_tr.Tr(key) : discipline;
}

std::string ExportLabels::Chain(SafetyChain c) const { return m_tr.Tr("chain." + std::string(ToKey(c))); }
std::string ExportLabels::Reactive(ReactiveKind k) const { return m_tr.Tr("reactive." + std::string(ToKey(k))); }
std::string ExportLabels::Kind(NoteKind k) const { return m_tr.Tr("kind." + std::string(ToKey(k))); }

// [SECTION] Preparing documents
namespace {
AnonymiseOptions AnonymiseFor(PlanStore& store, const ExportRequest& r, const ExportLabels& labels) {
    AnonymiseOptions o;
    o.all = r.anonymise;
    o.with_organisation = r.with_organisation;
    o.keep_staff_names = r.keep_staff_names;
    // Every hearing's moderator and reporters: any of them may be named in any text of the plan.
    for (const Hearing& h : store.ListHearings()) {
        o.staff.push_back({h.moderator, labels("export.anon_moderator")});
        o.staff.push_back({h.reporter_a, labels.Format("export.anon_reporter", {"A"})});
        o.staff.push_back({h.reporter_b, labels.Format("export.anon_reporter", {"B"})});
    }
    o.discipline_label = [&labels](const std::string& d) { return labels.Discipline(d); };
    o.unknown_label = labels("export.participant");
    return o;
}

DocumentOptions DocumentFor(const ExportRequest& r, const ExportLabels& labels) {
    DocumentOptions o;
    o.sources = r.sources;
    o.discipline_label = [&labels](const std::string& d) { return labels.Discipline(d); };
    return o;
}

void ValidateRequest(const ExportRequest& r) {
    if (r.csv_separator != ',' && r.csv_separator != ';' && r.csv_separator != '\t')
        throw InputError("export.err_separator", "The CSV separator must be ',', ';' or a tab.",
                         {std::string(1, r.csv_separator)});
    const std::string& d = r.date;
    bool ok = d.empty() || (d.size() == 10 && d[4] == '-' && d[7] == '-');
    for (size_t i = 0; ok && i < d.size(); ++i)
        if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9')) ok = false;
    if (!ok) throw InputError("export.err_date", "The date '" + d + "' is not of the form YYYY-MM-DD.", {d});
    // A spreadsheet is only the yearly action plan's; the action plan has no CSV (xlsx instead).
    bool actions = r.what == ExportWhat::Actions;
    if (r.format == ExportFormat::Xlsx && !actions)
        throw InputError("export.err_xlsx_only_actions", "Only the yearly action plan is exported as xlsx.");
    if (actions && r.format == ExportFormat::Csv)
        throw InputError("export.err_actions_csv", "The yearly action plan is exported as md, html, docx or xlsx.");
    if (actions && (r.year < 1900 || r.year > 2200))
        throw InputError("export.err_actions_year", "The yearly action plan needs a year (--year 2027).");
}

} // namespace

long long ZipTimeOf(const std::string& date) {
    std::tm tm{};
    tm.tm_year = std::stoi(date.substr(0, 4)) - 1900;
    tm.tm_mon = std::stoi(date.substr(5, 2)) - 1;
    tm.tm_mday = std::stoi(date.substr(8, 2));
    tm.tm_hour = 12;
    return static_cast<long long>(timegm(&tm));
}

MinutesDocument PrepareMinutes(PlanStore& store, const ExportRequest& request, const ExportLabels& labels) {
    MinutesDocument doc = BuildMinutesDocument(store, request.hearing_id, DocumentFor(request, labels));
    Anonymiser(store.ListParticipants(), AnonymiseFor(store, request, labels)).Apply(doc);
    // One person may report A at one hearing and B at another: the header names this hearing's roles.
    if (request.anonymise && !request.keep_staff_names) {
        if (!doc.moderator.empty()) doc.moderator = labels("export.anon_moderator");
        if (!doc.reporter_a.empty()) doc.reporter_a = labels.Format("export.anon_reporter", {"A"});
        if (!doc.reporter_b.empty()) doc.reporter_b = labels.Format("export.anon_reporter", {"B"});
    }
    return doc;
}

PlanDocument PreparePlan(PlanStore& store, const ExportRequest& request, const ExportLabels& labels) {
    PlanDocument doc = BuildPlanDocument(store, DocumentFor(request, labels));
    Anonymiser(store.ListParticipants(), AnonymiseFor(store, request, labels)).Apply(doc);
    return doc;
}

// Anonymised by default: each speaker shows as their discipline ("Politie 2" when several share
// it); with show_consented_names, those who consented keep their name, the others never do.
FollowupDocument PrepareInputFollowup(PlanStore& store, const ExportRequest& request, const ExportLabels& labels) {
    FollowupDocument doc = BuildInputFollowup(store, request.hearing_id);
    ExportRequest r = request;
    r.anonymise = !request.show_consented_names;
    Anonymiser anonymiser(store.ListParticipants(), AnonymiseFor(store, r, labels));
    std::map<int64_t, Participant> people;
    for (const Participant& p : store.ListParticipants()) people[p.id] = p;
    for (FollowupEntry& e : doc.entries) {
        auto it = people.find(e.speaker_id);
        if (it == people.end()) e.speaker.clear();
        else if (anonymiser.Hides(e.speaker_id)) e.speaker = anonymiser.Label(e.speaker_id);
        else e.speaker = it->second.name.empty() ? labels.Discipline(it->second.discipline) : it->second.name;
        e.text = anonymiser.Scrub(e.text);
        for (FollowupUse& u : e.uses) {
            u.objective = anonymiser.Scrub(u.objective);
            for (Action& a : u.actions) {
                a.description = anonymiser.Scrub(a.description);
                a.owner = anonymiser.Scrub(a.owner);
            }
        }
    }
    return doc;
}

// [SECTION] Export front
std::string TodayIso() {
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

std::string Export(PlanStore& store, const ExportRequest& request) {
    ValidateRequest(request);
    std::string date = request.date.empty() ? TodayIso() : request.date;
    ExportLabels labels(request.translator, request.language);
    RichDocument rich;
    if (request.what == ExportWhat::InputFollowup) {
        if (request.format == ExportFormat::Csv)
            throw InputError("export.err_followup_csv", "The input follow-up is exported as md, html or docx.");
        rich = LayoutInputFollowup(PrepareInputFollowup(store, request, labels), labels, date);
    } else if (request.what == ExportWhat::Minutes) {
        MinutesDocument doc = PrepareMinutes(store, request, labels);
        if (request.format == ExportFormat::Csv) return WriteMinutesCsv(doc, labels, request.csv_separator);
        rich = LayoutMinutes(doc, labels, date);
    } else if (request.what == ExportWhat::Actions) {
        ActionPlanDocument plan = BuildActionPlan(PreparePlan(store, request, labels), request.year);
        if (request.format == ExportFormat::Xlsx) return WriteActionPlanXlsx(plan, labels, ZipTimeOf(date));
        rich = LayoutActionPlan(plan, labels, date);
    } else {
        PlanDocument doc = PreparePlan(store, request, labels);
        bool forum = request.what == ExportWhat::Forum;
        if (request.format == ExportFormat::Csv)
            return forum ? WriteForumCsv(doc, labels, request.csv_separator)
                         : WritePlanCsv(doc, labels, request.csv_separator);
        rich = forum ? LayoutForum(doc, labels, date) : LayoutPlan(doc, labels, date);
    }
    rich.language = request.language == Language::Dutch ? "nl" : "en";
    switch (request.format) {
    case ExportFormat::Markdown: return WriteMarkdown(rich);
    case ExportFormat::Html: return WriteHtml(rich);
    case ExportFormat::Docx: return WriteDocx(rich, ZipTimeOf(date));
    case ExportFormat::Csv:
    case ExportFormat::Xlsx: break;
    }
    return {};
}

void ExportToFile(PlanStore& store, const ExportRequest& request, const std::string& path) {
    WriteFileAtomically(path, Export(store, request));
}

} // namespace hd
