// [SECTION] index: numbers / layout / writing
#include "core/lifecycle/priority_export.h"

#include <cmath>
#include <cstdio>

#include "core/base/errors.h"
#include "core/export/export_blocks.h"
#include "core/lifecycle/lifecycle_checks.h"
#include "core/store/store.h"

namespace hd {

// [SECTION] Numbers
std::string OneDecimal(double v) {
    char buf[32];
    double rounded = std::round(v * 10) / 10;
    if (rounded == std::floor(rounded)) std::snprintf(buf, sizeof buf, "%.0f", rounded);
    else std::snprintf(buf, sizeof buf, "%.1f", rounded);
    return buf;
}

std::string SpreadText(const PriorityResultRow& row) {
    if (row.voters == 0 && row.max == 0) return "–";
    return std::to_string(row.min) + "–" + std::to_string(row.max);
}

// [SECTION] Layout
namespace {
Block Text(BlockKind kind, std::string label, std::string text) {
    Block b;
    b.kind = kind;
    b.label = std::move(label);
    b.text = std::move(text);
    return b;
}

std::string RoundLine(const ExportLabels& L, const PriorityResult& r) {
    std::string method = r.round.method == PriorityMethod::Dots
                             ? L.Format("priorities.method_dots_n", {std::to_string(r.round.dots_per_member)})
                             : L("priorities.method.rank");
    return method + " · " + L("priorities.target." + std::string(ToKey(r.round.target))) + " · " +
           L.Format("priorities.ballots_of", {std::to_string(r.ballots), std::to_string(r.members)});
}

void LayoutRound(const ExportLabels& L, const PriorityResult& r, RichDocument& doc) {
    bool rank = r.round.method == PriorityMethod::Rank;
    doc.blocks.push_back(Text(BlockKind::Heading1, {}, r.round.title));
    doc.blocks.push_back(Text(BlockKind::Paragraph, L("priorities.method"), RoundLine(L, r)));
    doc.blocks.push_back(Text(BlockKind::Note, {}, L(rank ? "priorities.explain_rank" : "priorities.explain_dots")));
    Block table;
    table.kind = BlockKind::Table;
    table.numeric = false;
    table.header = {L("priorities.col.place"), L("priorities.col.item"), L(rank ? "priorities.col.points" : "priorities.col.dots"),
                    L("priorities.col.voters"), L(rank ? "priorities.col.rank_range" : "priorities.col.dots_range"),
                    L(rank ? "priorities.col.mean_rank" : "priorities.col.mean_dots"), L("priorities.col.stddev")};
    Block chart;
    chart.kind = BlockKind::Chart;
    for (const PriorityResultRow& row : r.rows) {
        std::string item = row.label == row.domain || row.domain.empty() ? row.label : row.domain + " · " + row.label;
        table.rows.push_back({{std::to_string(row.place)}, {item}, {OneDecimal(row.score)}, {std::to_string(row.voters)},
                              {SpreadText(row)}, {row.voters ? OneDecimal(row.mean) : "–"}, {OneDecimal(row.stddev)}});
        chart.bars.push_back({item, static_cast<int>(std::lround(row.score)), row.voters == 0});
    }
    doc.blocks.push_back(std::move(table));
    doc.blocks.push_back(std::move(chart));
}

void LayoutReactions(const ExportLabels& L, const std::vector<ReactionCount>& counts, RichDocument& doc) {
    doc.blocks.push_back(Text(BlockKind::Heading1, {}, L("priorities.reactions_title")));
    doc.blocks.push_back(Text(BlockKind::Note, {}, L("priorities.reactions_note")));
    Block table;
    table.kind = BlockKind::Table;
    table.numeric = true;
    table.header = {L("export.domain"), L("priorities.col.reactions"), L("priorities.col.named"), L("priorities.col.anonymous")};
    Block chart;
    chart.kind = BlockKind::Chart;
    for (const ReactionCount& c : counts) {
        table.rows.push_back({{c.domain}, {std::to_string(c.reactions)}, {std::to_string(c.named_people)}, {std::to_string(c.anonymous)}});
        chart.bars.push_back({c.domain, c.reactions, c.reactions == 0});
    }
    doc.blocks.push_back(std::move(table));
    doc.blocks.push_back(std::move(chart));
}
} // namespace

// [SECTION] Writing
std::string ExportPriorities(PlanStore& store, const PriorityExportRequest& request) {
    if (request.format == ExportFormat::Csv)
        throw InputError("priorities.err_format", "The priorities are exported as md, html or docx.");
    if (!request.date.empty() && !IsIsoDate(request.date))
        throw InputError("export.err_date", "The date '" + request.date + "' is not of the form YYYY-MM-DD.", {request.date});
    PriorityStore priorities(store);
    std::vector<PriorityRound> rounds;
    if (request.round_id) {
        std::optional<PriorityRound> r = priorities.GetRound(request.round_id);
        if (!r) throw InputError("priorities.err_no_round", "There is no priority round with id " + std::to_string(request.round_id) + ".",
                                 {std::to_string(request.round_id)});
        rounds.push_back(*r);
    } else {
        rounds = priorities.ListRounds();
    }
    ExportLabels L(request.translator, request.language);
    std::string date = request.date.empty() ? TodayIso() : request.date;
    RichDocument doc;
    doc.language = request.language == Language::English ? "en" : "nl";
    doc.title = L.Format("priorities.export_title", {store.GetPlan().name});
    doc.generated = L.Format("export.generated", {date});
    if (rounds.empty()) doc.blocks.push_back(Text(BlockKind::Note, {}, L("priorities.no_rounds")));
    for (const PriorityRound& r : rounds) LayoutRound(L, priorities.Result(r.id), doc);
    if (!request.round_id) LayoutReactions(L, priorities.CountForumReactions(), doc);
    switch (request.format) {
    case ExportFormat::Html: return WriteHtml(doc);
    case ExportFormat::Docx: return WriteDocx(doc, ZipTimeOf(date));
    default: return WriteMarkdown(doc);
    }
}

} // namespace hd
