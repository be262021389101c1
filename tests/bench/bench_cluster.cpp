// Clustering quality and speed against true topic labels, with scikit-learn baselines from the same
// run (tests/bench/cluster_baseline.py under /usr/bin/python3).
// Data: ../shared/data/sib200_nl_en.tsv (Dutch and English sets, 7 topics) and
// ../shared/data/stackoverflow20k_en.tsv (a 5,000-title sample, every 4th row, 20 tags).
// Run: cmake --build build --target bench_cluster && ./build/bench_cluster
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/cluster/clustering.h"
#include "core/base/i18n.h"

using namespace hd;
using Clock = std::chrono::steady_clock;

namespace {

struct Dataset {
    std::string name;
    std::vector<std::string> texts;
    std::vector<int> labels;
    std::vector<std::string> held_out; // texts not clustered, for timing live assignment
    int k = 0;
};

std::vector<std::vector<std::string>> ReadTsv(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        std::cerr << "cannot read " << path << "\n";
        std::exit(1);
    }
    std::vector<std::vector<std::string>> rows;
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        std::vector<std::string> cols;
        std::stringstream ss(line);
        std::string col;
        while (std::getline(ss, col, '\t')) cols.push_back(col);
        rows.push_back(cols);
    }
    return rows;
}

int LabelId(std::map<std::string, int>& ids, const std::string& name) {
    return ids.emplace(name, static_cast<int>(ids.size())).first->second;
}

Dataset Sib(const std::string& lang) {
    Dataset d;
    d.name = "sib200 " + lang;
    std::map<std::string, int> ids;
    for (const auto& row : ReadTsv(std::string(HD_SHARED_DATA_DIR) + "/sib200_nl_en.tsv")) {
        if (row.size() < 5 || row[1] != lang) continue;
        d.texts.push_back(row[4]);
        d.labels.push_back(LabelId(ids, row[3]));
    }
    d.k = static_cast<int>(ids.size());
    return d;
}

Dataset StackOverflow() {
    Dataset d;
    d.name = "stackoverflow 5000";
    std::map<std::string, int> ids;
    auto rows = ReadTsv(std::string(HD_SHARED_DATA_DIR) + "/stackoverflow20k_en.tsv");
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].size() < 4) continue;
        if (i % 4 == 0) {
            d.texts.push_back(rows[i][3]);
            d.labels.push_back(LabelId(ids, rows[i][1]));
        } else if (i % 4 == 1 && d.held_out.size() < 1000) {
            d.held_out.push_back(rows[i][3]);
        }
    }
    d.k = static_cast<int>(ids.size());
    return d;
}

double Seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

std::string Clean(std::string s) {
    for (char& c : s)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return s;
}

struct BaselineFigures {
    double best_ari = -1.0;
    double agglomerative_seconds = 0.0;
    bool ok = false;
};

double JsonNumber(const std::string& line, const std::string& key) {
    size_t at = line.find("\"" + key + "\": ");
    return at == std::string::npos ? 0.0 : std::atof(line.c_str() + at + key.size() + 4);
}

BaselineFigures RunBaseline(const Dataset& d, const std::vector<int>& ours) {
    BaselineFigures fig;
    std::string path = (std::filesystem::temp_directory_path() / "hd_bench_cluster.tsv").string();
    {
        std::ofstream out(path);
        out << "id\tlabel\tours\ttext\n";
        for (size_t i = 0; i < d.texts.size(); ++i) out << i << '\t' << d.labels[i] << '\t' << ours[i] << '\t' << Clean(d.texts[i]) << '\n';
    }
    std::string cmd = "/usr/bin/python3 " + std::string(HD_TESTS_DIR) + "/bench/cluster_baseline.py " + path + " " +
                      std::to_string(d.k);
    FILE* pipe = popen(cmd.c_str(), "r");
    if (!pipe) {
        std::cout << "  baseline: cannot run python\n";
        return fig;
    }
    char buf[4096];
    while (fgets(buf, sizeof buf, pipe)) {
        std::string line = buf;
        std::cout << "  baseline " << line;
        if (line.find("\"sklearn") == std::string::npos) continue;
        fig.best_ari = std::max(fig.best_ari, JsonNumber(line, "ari"));
        if (line.find("agglomerative") != std::string::npos) fig.agglomerative_seconds = JsonNumber(line, "seconds");
        fig.ok = true;
    }
    int rc = pclose(pipe);
    if (rc != 0) std::cout << "  baseline exited with " << rc << " (is python3-sklearn installed?)\n";
    std::filesystem::remove(path);
    return fig;
}

void Run(const TextAnalyzer& analyzer, const Dataset& d, ClusterOptions options, const char* variant, bool baseline) {
    options.k = d.k;
    auto t0 = Clock::now();
    Clustering c = ClusterTexts(analyzer, d.texts, options);
    auto t1 = Clock::now();
    std::printf("%-20s %-34s n=%5zu k=%2d  ARI %.3f  NMI %.3f  %.3f s\n", d.name.c_str(), variant, d.texts.size(), d.k,
                AdjustedRandIndex(d.labels, c.assignment), NormalizedMutualInfo(d.labels, c.assignment), Seconds(t0, t1));
    if (!baseline) return;
    BaselineFigures fig = RunBaseline(d, c.assignment);
    if (!fig.ok) return;
    double ari = AdjustedRandIndex(d.labels, c.assignment), secs = Seconds(t0, t1);
    std::printf("  target: ARI %.3f >= best baseline %.3f: %s;  %.1fx faster than sklearn agglomerative (>= 5x): %s",
                ari, fig.best_ari, ari >= fig.best_ari ? "met" : "MISSED", fig.agglomerative_seconds / secs,
                fig.agglomerative_seconds >= 5 * secs ? "met" : "MISSED");
    if (d.texts.size() >= 5000) std::printf(";  %zu notes in %.3f s (<= 1 s): %s", d.texts.size(), secs, secs <= 1.0 ? "met" : "MISSED");
    std::printf("\n");
}

void RunChooseK(const TextAnalyzer& analyzer, const Dataset& d) {
    ClusterOptions options;
    options.k = 0;
    auto t0 = Clock::now();
    Clustering c = ClusterTexts(analyzer, d.texts, options);
    auto t1 = Clock::now();
    std::printf("%-20s %-34s chose k=%zu (true %d)  ARI %.3f  NMI %.3f  %.3f s\n", d.name.c_str(), "ours, k chosen",
                c.clusters.size(), d.k, AdjustedRandIndex(d.labels, c.assignment),
                NormalizedMutualInfo(d.labels, c.assignment), Seconds(t0, t1));
}

void RunAssign(const TextAnalyzer& analyzer, const Dataset& d) {
    ClusterOptions options;
    options.k = d.k;
    Clustering c = ClusterTexts(analyzer, d.texts, options);
    auto t0 = Clock::now();
    int placed = 0;
    for (const std::string& text : d.held_out) placed += c.AssignToNearest(text) >= 0;
    auto t1 = Clock::now();
    double ms = 1000.0 * Seconds(t0, t1) / static_cast<double>(d.held_out.size());
    std::printf("%-20s assign one new note: %.4f ms on average over %zu notes (%d placed); target <= 1 ms: %s\n",
                d.name.c_str(), ms, d.held_out.size(), placed, ms <= 1.0 ? "met" : "MISSED");
}

} // namespace

int main(int argc, char** argv) {
    TextAnalyzer analyzer(FindAssetsDir(argv[0]));
    bool variants = argc > 1 && std::string(argv[1]) == "--variants";
    std::vector<Dataset> sets = {Sib("nld"), Sib("eng"), StackOverflow()};
    for (const Dataset& d : sets) {
        ClusterOptions options;
        Run(analyzer, d, options, "ours (ward + refine, default)", !variants);
        if (variants) {
            ClusterOptions o = options;
            o.refine_iterations = 0;
            Run(analyzer, d, o, "ours ward, no refine", false);
            o = options;
            o.linkage = Linkage::Average;
            o.refine_iterations = 0;
            Run(analyzer, d, o, "ours average, no refine", false);
            o = options;
            o.linkage = Linkage::Average;
            Run(analyzer, d, o, "ours average + refine", false);
            o = options;
            o.ngram_weight = 0.3f;
            Run(analyzer, d, o, "ours ward + refine, n-grams 0.3", false);
            o = options;
            o.compound_weight = 0.0f;
            Run(analyzer, d, o, "ours ward + refine, no compounds", false);
        }
        RunChooseK(analyzer, d);
    }
    RunAssign(analyzer, sets[2]);
    return 0;
}
