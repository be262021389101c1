// hearingctl cluster --input notes.csv [--k N] [--format json]
//   Clusters the `text` column of a CSV with header id,text and prints
//   {"clusters":[{"label":"...","members":["id",...]}]} (every id in exactly one cluster).
// hearingctl cluster PLAN --theme ID [--k N] [--new-only] [--propose]
//   Clusters a theme's contributions in the plan, stores the clusters and prints a summary.
#include <iostream>
#include <set>
#include <unordered_map>

#include "app/cli/cli_args.h"
#include "app/cli/commands.h"
#include "core/base/terminal_text.h"
#include "core/base/json_writer.h"
#include "core/cluster/cluster_store.h"
#include "core/cluster/clustering.h"
#include "core/base/csv.h"
#include "core/base/i18n.h"
#include "core/cluster/objective_store.h"
#include "core/store/store.h"

namespace hd::cli {

namespace {

int OptionalK(const Args& args) {
    if (!args.Get("--k")) return 0;
    int64_t k = args.RequireInt("--k");
    if (k < 1 || k > 100000) throw UserError("cluster.bad_k", "--k must be a number of clusters of at least 1.");
    return static_cast<int>(k);
}

int ClusterCsv(const Args& args) {
    std::string format = args.GetOr("--format", "json");
    if (format != "json") throw UserError("cluster.bad_format", "--format must be json.", {format});
    std::string path = args.Require("--input");
    CsvTable table = ParseCsvTable(ReadCsvFile(path));
    int id_col = table.Column("id"), text_col = table.Column("text");
    if (id_col < 0) throw InputError("csv.missing_column", "The CSV header has no column 'id' (expected id,text).", {"id"});
    if (text_col < 0)
        throw InputError("csv.missing_column", "The CSV header has no column 'text' (expected id,text).", {"text"});
    std::vector<std::string> ids, texts;
    std::unordered_map<std::string, size_t> first_line;
    for (const CsvRecord& r : table.rows) {
        const std::string& id = r.fields[static_cast<size_t>(id_col)];
        if (id.empty())
            throw InputError("cluster.empty_id", "Line " + std::to_string(r.line) + ": the id is empty.",
                             {std::to_string(r.line)});
        auto [it, added] = first_line.emplace(id, r.line);
        if (!added)
            throw InputError("cluster.duplicate_id",
                             "Line " + std::to_string(r.line) + ": id '" + id + "' was already used on line " +
                                 std::to_string(it->second) + ".",
                             {std::to_string(r.line), id, std::to_string(it->second)});
        ids.push_back(id);
        texts.push_back(r.fields[static_cast<size_t>(text_col)]);
    }
    ClusterOptions options;
    options.k = OptionalK(args);
    if (options.k > 0 && static_cast<size_t>(options.k) > texts.size())
        throw UserError("cluster.k_too_large",
                        "--k " + std::to_string(options.k) + " asks for more clusters than there are notes (" +
                            std::to_string(texts.size()) + ").",
                        {std::to_string(options.k), std::to_string(texts.size())});
    TextAnalyzer analyzer(FindAssetsDir());
    Clustering result = ClusterTexts(analyzer, texts, options);
    std::vector<LabeledGroup> groups;
    for (const ClusterSummary& c : result.clusters) {
        LabeledGroup g;
        g.label = c.label;
        for (size_t m : c.members) g.members.push_back(ids[m]);
        groups.push_back(std::move(g));
    }
    WriteOutput(args.GetOr("-o", "-"), ClustersToJson(groups) + "\n");
    return 0;
}

int ClusterPlan(const Args& args) {
    auto store = PlanStore::Open(args.positional[0]);
    int64_t theme_id = args.RequireInt("--theme");
    auto theme = store->GetTheme(theme_id);
    if (!theme)
        throw UserError("cluster.no_such_theme", "There is no theme with id " + std::to_string(theme_id) + ".",
                        {std::to_string(theme_id)});
    TextAnalyzer analyzer(FindAssetsDir());
    ClusterStore clusters(*store, analyzer);
    ReclusterOptions options;
    options.k = OptionalK(args);
    options.only_new = args.Has("--new-only");
    ReclusterReport report = clusters.Recluster(theme_id, options);
    if (args.Has("--propose")) ObjectiveStore(*store).ProposeObjectives(theme_id, analyzer);

    std::unordered_map<std::string, std::string> text_of;
    for (const Contribution& c : ThemeContributions(*store, theme_id)) text_of[c.uuid] = c.text;
    const Translator& tr = GlobalTranslator();
    std::cout << tr.Format("cluster.summary_head", {TerminalSafe(theme->title), std::to_string(report.placed),
                                                    std::to_string(report.clusters_created),
                                                    std::to_string(report.clusters_kept)})
              << "\n";
    for (const ThemeCluster& c : clusters.ListClusters(theme_id)) {
        std::cout << "[" << c.id << "] " << TerminalSafe(c.DisplayName()) << " (" << c.members.size() << ")";
        if (c.pinned) std::cout << " *";
        if (!c.disciplines.empty()) {
            std::cout << " -";
            for (const std::string& d : c.disciplines) std::cout << " " << TerminalSafe(d);
        }
        std::cout << "\n";
        if (auto it = text_of.find(c.representative_uuid); it != text_of.end()) std::cout << "    \"" << TerminalSafe(it->second) << "\"\n";
    }
    return 0;
}

} // namespace

int CmdCluster(const Args& args) {
    if (args.Get("--input")) return ClusterCsv(args);
    if (args.positional.size() == 1) return ClusterPlan(args);
    throw UsageError("cluster.input_or_plan", "Give --input notes.csv, or a plan with --theme ID.");
}

} // namespace hd::cli
