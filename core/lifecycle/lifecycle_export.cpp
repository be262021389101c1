// [SECTION] index: finding the version / layout / writing
#include "core/lifecycle/lifecycle_export.h"

#include <ctime>
#include <map>

#include "core/base/errors.h"
#include "core/export/export.h"
#include "core/export/export_blocks.h"
#include "core/export/export_swot.h"
#include "core/lifecycle/decisions.h"
#include "core/lifecycle/lifecycle_checks.h"
#include "core/store/store.h"

namespace hd {
namespace {
// [SECTION] Finding the version
PlanVersion RequireVersion(DecisionStore& decisions, int64_t version_id) {
    std::optional<PlanVersion> v = version_id ? decisions.GetVersion(version_id) : decisions.LatestAdopted();
    if (!v && version_id)
        throw InputError("lifecycle.err_no_version", "There is no plan version with id " + std::to_string(version_id) + ".",
                         {std::to_string(version_id)});
    if (!v) throw InputError("lifecycle.err_nothing_adopted", "The plan has not been adopted yet.");
    if (!v->verified)
        throw InputError("lifecycle.err_tampered",
                         "Adopted version " + std::to_string(v->number) +
                             " does not match its checksum: it was changed outside Hearing Desk.",
                         {std::to_string(v->number)});
    return *v;
}

// [SECTION] Layout
Block Heading(BlockKind kind, std::string text) {
    Block b;
    b.kind = kind;
    b.text = std::move(text);
    return b;
}

Block Para(std::string label, std::string text) {
    Block b;
    b.label = std::move(label);
    b.text = std::move(text);
    return b;
}

std::string DecisionLine(const ExportLabels& L, const Decision& d) {
    std::string line = L("lifecycle.body." + std::string(ToKey(d.body))) + " " + d.date + ": " +
                       L("lifecycle.outcome." + std::string(ToKey(d.outcome)));
    if (!d.reference.empty()) line += " (" + d.reference + ")";
    return line;
}

std::string ChainLabel(const ExportLabels& L, const std::string& chain) {
    return chain.empty() ? std::string() : L("chain." + chain);
}

void LayoutThemes(const ExportLabels& L, const PlanSnapshot& s, RichDocument& doc) {
    for (const SnapshotTheme& t : s.themes) {
        doc.blocks.push_back(Heading(BlockKind::Heading1, t.title));
        if (!t.problem_statement.empty()) doc.blocks.push_back(Para(L("lifecycle.export.problem"), t.problem_statement));
        std::vector<SwotLine> swot;
        for (const SnapshotSwot& i : s.swot)
            if (i.theme_id == t.id) swot.push_back({i.quadrant, i.text, i.cite_kind, i.cite});
        AddSwotBlocks(doc, L, swot, BlockKind::Heading2);
        for (const SnapshotObjective& o : s.objectives) {
            if (o.theme_id != t.id) continue;
            bool strategic = o.level == "strategic";
            doc.blocks.push_back(Heading(strategic ? BlockKind::Heading2 : BlockKind::Heading3,
                                         L(strategic ? "lifecycle.export.strategic" : "lifecycle.export.tactical") + ": " + o.title));
            if (!o.why.empty()) doc.blocks.push_back(Para(L("lifecycle.export.why"), o.why));
            if (!o.what.empty()) doc.blocks.push_back(Para(L("lifecycle.export.what"), o.what));
            if (!o.how.empty()) doc.blocks.push_back(Para(L("lifecycle.export.how"), o.how));
            if (!ChainLabel(L, o.chain).empty() && o.chain != "none")
                doc.blocks.push_back(Para(L("lifecycle.export.chain"), ChainLabel(L, o.chain)));
        }
    }
}

std::string FieldLabel(const ExportLabels& L, const PlanChange& c) {
    return c.field.empty() ? std::string() : L("lifecycle.field." + c.field);
}

void LayoutChanges(const ExportLabels& L, const PlanVersion& v, RichDocument& doc) {
    doc.blocks.push_back(Heading(BlockKind::Heading1, L("lifecycle.export.changes")));
    doc.blocks.push_back(Para(L("lifecycle.field.reason"), v.reason));
    Block table;
    table.kind = BlockKind::Table;
    table.header = {L("lifecycle.col.change"), L("lifecycle.col.item"), L("lifecycle.col.field"),
                    L("lifecycle.col.before"), L("lifecycle.col.after"), L("lifecycle.col.who"), L("lifecycle.col.when")};
    for (const PlanChange& c : ChangesFromJson(v.changes)) {
        std::string item = L("lifecycle.kind." + c.target_kind) + ": " + c.label;
        auto tr = [&L](std::string_view key) { return L(key); };
        table.rows.push_back({{L("lifecycle.change." + c.change)}, {item}, {FieldLabel(L, c)},
                              {ChangeValueText(c.field, c.before, tr)}, {ChangeValueText(c.field, c.after, tr)},
                              {c.who.empty() ? v.created_by : c.who},
                              {FormatWallTime(c.at_ms ? c.at_ms : v.created_at_ms)}});
    }
    doc.blocks.push_back(std::move(table));
}

RichDocument LayoutVersion(DecisionStore& decisions, const PlanVersion& v, const ExportLabels& L, const std::string& date) {
    PlanSnapshot s = SnapshotFromJson(v.content);
    RichDocument doc;
    doc.title = s.name;
    doc.generated = L.Format("export.generated", {date});
    const PlanVersion* adopted = &v;
    std::optional<PlanVersion> base;
    if (v.kind == VersionKind::Revision) {
        base = decisions.GetVersion(v.based_on);
        if (base) adopted = &*base;
        doc.subtitle = L.Format("lifecycle.export.revision_title",
                                {std::to_string(v.number), std::to_string(adopted->number)});
    } else {
        doc.subtitle = L.Format("lifecycle.export.adopted_title", {std::to_string(v.number)});
    }
    if (!s.city.empty() || s.period_start)
        doc.blocks.push_back(Para(L("lifecycle.export.period"),
                                  s.city + (s.city.empty() ? "" : ", ") + std::to_string(s.period_start) + "–" +
                                      std::to_string(s.period_end)));
    if (std::optional<Decision> d = decisions.GetDecision(adopted->decision_id))
        doc.blocks.push_back(Para(L("lifecycle.export.adopted_by"), DecisionLine(L, *d)));
    doc.blocks.push_back(Para(L("lifecycle.export.frozen"), FormatWallTime(v.created_at_ms) + " UTC" +
                                                               (v.created_by.empty() ? "" : ", " + v.created_by)));
    doc.blocks.push_back(Para(L("lifecycle.export.checksum"), v.sha256));
    if (v.kind == VersionKind::Revision) LayoutChanges(L, v, doc);
    LayoutThemes(L, s, doc);
    return doc;
}
} // namespace

// [SECTION] Writing
std::string ExportPlanVersion(PlanStore& store, const VersionExportRequest& request) {
    if (request.format == ExportFormat::Csv || request.format == ExportFormat::Xlsx)
        throw InputError("lifecycle.err_format", "A plan version is exported as md, html or docx.");
    if (!request.date.empty() && !IsIsoDate(request.date))
        throw InputError("export.err_date", "The date '" + request.date + "' is not of the form YYYY-MM-DD.", {request.date});
    DecisionStore decisions(store);
    PlanVersion v = RequireVersion(decisions, request.version_id);
    ExportLabels labels(request.translator, request.language);
    std::string date = request.date.empty() ? TodayIso() : request.date;
    RichDocument doc = LayoutVersion(decisions, v, labels, date);
    doc.language = request.language == Language::English ? "en" : "nl";
    switch (request.format) {
    case ExportFormat::Html: return WriteHtml(doc);
    case ExportFormat::Docx: return WriteDocx(doc, ZipTimeOf(date));
    default: return WriteMarkdown(doc);
    }
}

} // namespace hd
