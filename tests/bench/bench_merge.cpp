// Merge benchmark: quality and cost, each beside the difflib baseline (tests/bench/merge_baseline.py)
// run in the same process on the very same inputs.
//   build/bench_merge [windows=8] [sentences=160] [quality] [seeds=N] [agreed_member_covered=X]
//   ("quality": skip the scale and process runs; seeds=N: the quality runs for N generator seeds,
//   each printed, then the worst case per level; agreed_member_covered=X: the quality runs with that
//   MergeOptions value, 0 turning that rule off, to compare settings on the same seeds;
//   HD_BENCH_SHOW_BAD=1 prints every wrong `agreed`)
//
// [SECTION] index
//   Quality: pair P/R/F1 per noise level and precision of `agreed`, from realistic reporter pairs
//            made from real committee dialogue (tests/bench/parlamint_pairs.h)
//   Scale: 10,000 + 10,000 notes with times, without, and all at one time (wall, peak RSS)
//   Whole process: `hearingctl merge a.txt b.txt` at 2,000 notes per reporter vs the baseline
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <string>

#include "core/merge/merge.h"
#include "core/text/text_analysis.h"
#include "tests/bench/bench_support.h"
#include "tests/bench/parlamint_pairs.h"

using namespace hd;
using namespace hd::bench;

namespace {
using Pairs = std::set<std::pair<size_t, size_t>>;

void WriteTsv(const std::string& path, const std::vector<TruthNote>& notes) {
    std::ofstream out(path);
    for (const auto& n : notes) out << n.note.id << '\t' << n.note.time_ms << '\t' << n.note.speaker << '\t' << n.note.text << '\n';
}

// The plain-text transcript format of hearingctl: "[HH:MM:SS] Speaker: text", time and speaker optional.
void WriteTxt(const std::string& path, const std::vector<TruthNote>& notes) {
    std::ofstream out(path);
    for (const auto& n : notes) {
        if (n.note.time_ms >= 0) {
            int64_t s = n.note.time_ms / 1000;
            char buf[32];
            std::snprintf(buf, sizeof buf, "[%02lld:%02lld:%02lld] ", static_cast<long long>(s / 3600),
                          static_cast<long long>(s / 60 % 60), static_cast<long long>(s % 60));
            out << buf;
        }
        if (!n.note.speaker.empty()) out << n.note.speaker << ": ";
        out << n.note.text << '\n';
    }
}

Pairs ReadPairs(const std::string& path) {
    Pairs out;
    std::ifstream in(path);
    size_t i, j;
    while (in >> i >> j) out.insert({i, j});
    return out;
}

// Runs the baseline on DIR/NAME.{a,b}.tsv for each name; seconds per name (empty map on failure).
std::map<std::string, double> RunBaseline(const std::filesystem::path& dir, const std::vector<std::string>& names) {
    std::string cmd = "/usr/bin/python3 " + std::string(HD_TESTS_DIR) + "/bench/merge_baseline.py " + dir.string();
    for (const auto& n : names) cmd += " " + n;
    cmd += " > " + (dir / "baseline_times.txt").string();
    std::map<std::string, double> out;
    if (std::system(cmd.c_str()) != 0) return out;
    std::ifstream in(dir / "baseline_times.txt");
    std::string name;
    double seconds;
    while (in >> name >> seconds) out[name] = seconds;
    return out;
}

// An agreed entry is right when its pairs are true and the reporters meant the same person.
struct AgreedScore {
    size_t agreed = 0, right = 0;
    void Add(const MergeResult& r, const TruthPair& pair, const Pairs& truth) {
        for (const MergedEntry& e : r.entries) {
            if (e.status != MergeStatus::Agreed) continue;
            ++agreed;
            bool ok = true;
            std::set<size_t> meant;
            for (size_t i : e.a) {
                for (size_t j : e.b) ok = ok && truth.count({i, j});
                if (pair.a[i].speaker_written) meant.insert(pair.a[i].person);
            }
            for (size_t j : e.b)
                if (pair.b[j].speaker_written) meant.insert(pair.b[j].person);
            if (ok && meant.size() <= 1) ++right;
        }
    }
    double Precision() const { return agreed ? static_cast<double>(right) / static_cast<double>(agreed) : 1.0; }
};

struct RunCost {
    double wall_ms = 0;
    long peak_rss_kb = 0;
    size_t entries = 0;
};

// Merges in a child process so its peak RSS is the merge's alone.
RunCost MergeInChild(const std::vector<MergeNote>& a, const std::vector<MergeNote>& b, const TextAnalyzer& analyzer) {
    int fd[2];
    if (pipe(fd) != 0) return {};
    auto t0 = std::chrono::steady_clock::now();
    pid_t pid = fork();
    if (pid == 0) {
        close(fd[0]);
        auto c0 = std::chrono::steady_clock::now();
        MergeResult r = MergeTranscripts(a, b, analyzer);
        double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - c0).count();
        size_t n = r.entries.size();
        if (write(fd[1], &ms, sizeof ms) != sizeof ms || write(fd[1], &n, sizeof n) != sizeof n) _exit(1);
        _exit(0);
    }
    close(fd[1]);
    RunCost cost;
    if (read(fd[0], &cost.wall_ms, sizeof cost.wall_ms) != sizeof cost.wall_ms || read(fd[0], &cost.entries, sizeof cost.entries) != sizeof cost.entries)
        cost.wall_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    close(fd[0]);
    int status = 0;
    rusage ru{};
    wait4(pid, &status, 0, &ru);
    cost.peak_rss_kb = ru.ru_maxrss;
    return cost;
}

// Whole process: wall time and peak RSS of a command (via wait4 on a shell running it).
RunCost RunProcess(const std::string& cmd) {
    auto t0 = std::chrono::steady_clock::now();
    pid_t pid = fork();
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    rusage ru{};
    wait4(pid, &status, 0, &ru);
    RunCost c;
    c.wall_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    c.peak_rss_kb = ru.ru_maxrss;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) c.wall_ms = -1;
    return c;
}

// Notes for the scale runs: generated windows one after another until `n` notes per reporter.
TruthPair BigPair(const Corpus& corpus, size_t n, uint64_t seed) {
    TruthPair big;
    NoiseLevel level = NoiseLevels()[0];
    level.minute_stamps = 0; // every note timed; variants below remove or flatten times
    level.late_join = 0;
    size_t first = 0;
    int64_t shift = 0;
    for (uint64_t k = 0; big.a.size() < n || big.b.size() < n; ++k) {
        ParlamintGenerator gen(corpus, seed + k);
        TruthPair p = gen.Generate(level, first, 200);
        int64_t last = 0;
        for (auto* side : {&p.a, &p.b})
            for (TruthNote& t : *side) {
                if (t.note.time_ms >= 0) t.note.time_ms += shift;
                last = std::max(last, t.note.time_ms);
                for (size_t& s : t.sentences) s += first + 1000000 * k;
            }
        for (size_t i = 0; i < p.a.size() && big.a.size() < n; ++i) big.a.push_back(p.a[i]);
        for (size_t j = 0; j < p.b.size() && big.b.size() < n; ++j) big.b.push_back(p.b[j]);
        first += 200;
        shift = last + 30000;
    }
    for (size_t i = 0; i < big.a.size(); ++i) big.a[i].note.id = "a" + std::to_string(i + 1);
    for (size_t j = 0; j < big.b.size(); ++j) big.b[j].note.id = "b" + std::to_string(j + 1);
    return big;
}

// Scale runs and the whole `hearingctl merge` process against the baseline.
void CostRuns(const Corpus& corpus, const TextAnalyzer& analyzer, const std::filesystem::path& dir, bool& scale_ok, double& speedup) {
    // [SECTION] Scale
    TruthPair big = BigPair(corpus, 10000, 500);
    std::vector<MergeNote> ba = TruthPair::Notes(big.a), bb = TruthPair::Notes(big.b);
    std::printf("scale, %zu + %zu notes (each in a child process: merge wall time, peak RSS of the process):\n", ba.size(), bb.size());
    scale_ok = true;
    for (int variant = 0; variant < 3; ++variant) {
        std::vector<MergeNote> xa = ba, xb = bb;
        const char* label = "with times";
        if (variant == 1) {
            label = "no times";
            for (auto* v : {&xa, &xb})
                for (MergeNote& n : *v) n.time_ms = -1;
        } else if (variant == 2) {
            label = "all one time";
            for (auto* v : {&xa, &xb})
                for (MergeNote& n : *v) n.time_ms = 3600000;
        }
        RunCost c = MergeInChild(xa, xb, analyzer);
        std::printf("  %-13s %8.0f ms  peak RSS %6.1f MB  %zu entries\n", label, c.wall_ms, static_cast<double>(c.peak_rss_kb) / 1024.0,
                    c.entries);
        scale_ok = scale_ok && c.wall_ms <= 2000 && c.peak_rss_kb <= 300 * 1024;
    }

    // [SECTION] Whole process, 2,000 notes per reporter
    TruthPair cli = BigPair(corpus, 2000, 77);
    WriteTxt((dir / "cli.a.txt").string(), cli.a);
    WriteTxt((dir / "cli.b.txt").string(), cli.b);
    WriteTsv((dir / "cli.a.tsv").string(), cli.a);
    WriteTsv((dir / "cli.b.tsv").string(), cli.b);
    std::vector<double> cli_ms;
    RunCost cli_cost;
    for (int run = 0; run < 5; ++run) {
        cli_cost = RunProcess(std::string(HD_HEARINGCTL) + " merge " + (dir / "cli.a.txt").string() + " " +
                              (dir / "cli.b.txt").string() + " -o " + (dir / "cli.json").string());
        cli_ms.push_back(cli_cost.wall_ms);
    }
    std::sort(cli_ms.begin(), cli_ms.end());
    RunCost base_cli = RunProcess("/usr/bin/python3 " + std::string(HD_TESTS_DIR) + "/bench/merge_baseline.py " + dir.string() +
                                  " cli > /dev/null");

    std::printf("whole process, %zu + %zu notes, plain-text files:\n", cli.a.size(), cli.b.size());
    double ours_ms = cli_ms[cli_ms.size() / 2];
    std::printf("  hearingctl merge  median %.0f ms (best %.0f) of 5 runs, peak RSS %.1f MB\n", ours_ms, cli_ms.front(),
                static_cast<double>(cli_cost.peak_rss_kb) / 1024.0);
    std::printf("  difflib baseline  %.0f ms, peak RSS %.1f MB\n", base_cli.wall_ms, static_cast<double>(base_cli.peak_rss_kb) / 1024.0);
    speedup = ours_ms > 0 ? base_cli.wall_ms / ours_ms : 0;
    std::printf("  speed-up          %.1fx\n", speedup);
}

// [SECTION] Quality per seed
struct LevelRun {
    PairScore ours, base, ceiling;
    AgreedScore agreed;
    std::map<std::string, size_t> status;
    std::map<std::string, Pairs> truth;
    size_t notes = 0;
};

// What a wrong `agreed` entry looked like (HD_BENCH_SHOW_BAD=1): both reporters' notes, who each
// reporter meant, and whether the pairs were true.
void ShowBadAgreed(const MergeResult& r, const TruthPair& pair, const Pairs& truth, const std::string& name) {
    for (const MergedEntry& e : r.entries) {
        if (e.status != MergeStatus::Agreed) continue;
        bool ok = true;
        std::set<size_t> meant;
        for (size_t i : e.a) {
            for (size_t j : e.b) ok = ok && truth.count({i, j});
            if (pair.a[i].speaker_written) meant.insert(pair.a[i].person);
        }
        for (size_t j : e.b)
            if (pair.b[j].speaker_written) meant.insert(pair.b[j].person);
        if (ok && meant.size() <= 1) continue;
        std::printf("BAD %s sim %.3f %s\n", name.c_str(), e.similarity, ok ? "(pairs right, speakers differ)" : "(wrong pair)");
        for (size_t i : e.a)
            std::printf("   A%zu [%s|p%zu%s] %s\n", i, pair.a[i].note.speaker.c_str(), pair.a[i].person,
                        pair.a[i].speaker_written ? "" : ",unwritten", pair.a[i].note.text.c_str());
        for (size_t j : e.b)
            std::printf("   B%zu [%s|p%zu%s] %s\n", j, pair.b[j].note.speaker.c_str(), pair.b[j].person,
                        pair.b[j].speaker_written ? "" : ",unwritten", pair.b[j].note.text.c_str());
    }
}

// One seed: every level's windows, ours and difflib on the same pairs.
std::vector<LevelRun> QualityRun(const Corpus& corpus, const TextAnalyzer& analyzer, const std::filesystem::path& dir,
                                 int windows, size_t window_sentences, uint64_t seed, const MergeOptions& options, bool show_bad,
                                 bool& have_base) {
    std::vector<NoiseLevel> levels = NoiseLevels();
    std::vector<LevelRun> runs(levels.size());
    std::vector<std::string> names;
    std::map<std::string, size_t> level_of;
    for (size_t l = 0; l < levels.size(); ++l) {
        for (int w = 0; w < windows; ++w) {
            // Seed 0 is the generator seeding the benchmark always had; others shift it.
            ParlamintGenerator gen(corpus, 1000 * (l + 1) + static_cast<uint64_t>(w) + 100000 * seed);
            size_t first = static_cast<size_t>(w) * corpus.sentences.size() / static_cast<size_t>(windows);
            TruthPair pair = gen.Generate(levels[l], first, window_sentences);
            Pairs truth = pair.TruthPairs();
            MergeResult r = MergeTranscripts(TruthPair::Notes(pair.a), TruthPair::Notes(pair.b), analyzer, options);
            runs[l].ours.Add(PredictedPairs(r), truth);
            runs[l].agreed.Add(r, pair, truth);
            runs[l].ceiling.Add(pair.ComponentPairs(), truth);
            for (const auto& e : r.entries) ++runs[l].status[std::string(ToKey(e.status))];
            runs[l].notes += pair.a.size() + pair.b.size();
            std::string name = levels[l].name.substr(0, 4) + std::to_string(w);
            if (show_bad) ShowBadAgreed(r, pair, truth, "seed " + std::to_string(seed) + " " + name);
            WriteTsv((dir / (name + ".a.tsv")).string(), pair.a);
            WriteTsv((dir / (name + ".b.tsv")).string(), pair.b);
            runs[l].truth[name] = truth;
            names.push_back(name);
            level_of[name] = l;
        }
    }
    std::map<std::string, double> base_times = RunBaseline(dir, names);
    for (const auto& [name, seconds] : base_times) {
        (void)seconds;
        size_t l = level_of[name];
        runs[l].base.Add(ReadPairs((dir / (name + ".pred.tsv")).string()), runs[l].truth[name]);
    }
    have_base = !base_times.empty();
    return runs;
}
} // namespace

int main(int argc, char** argv) {
    // Positional: windows, sentences per window, "quality"; anywhere: seeds=N (default 1).
    std::vector<std::string> pos;
    int seeds = 1;
    MergeOptions options;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a.rfind("seeds=", 0) == 0) seeds = std::max(1, std::atoi(a.c_str() + 6));
        else if (a.rfind("agreed_member_covered=", 0) == 0) options.agreed_member_covered = std::atof(a.c_str() + 22);
        else pos.push_back(a);
    }
    int windows = pos.size() > 0 ? std::atoi(pos[0].c_str()) : 8;
    size_t window_sentences = pos.size() > 1 ? static_cast<size_t>(std::atoll(pos[1].c_str())) : 160;
    bool quality_only = pos.size() > 2 && pos[2] == "quality";
    bool show_bad = std::getenv("HD_BENCH_SHOW_BAD") != nullptr;
    Corpus corpus = LoadParlamint(std::string(HD_SHARED_DATA_DIR) + "/parlamint_be_committee.tsv");
    if (corpus.sentences.empty()) {
        std::fprintf(stderr, "bench_merge: no Dutch turns in %s/parlamint_be_committee.tsv\n", HD_SHARED_DATA_DIR);
        return 1;
    }
    TextAnalyzer analyzer(HD_SOURCE_ASSETS_DIR);
    std::filesystem::path dir = std::filesystem::temp_directory_path() / ("hd_bench_merge_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    std::printf("corpus: %zu Dutch sentences in speaker turns, %zu speakers (fictional names)\n", corpus.sentences.size(),
                corpus.people.size());

    std::vector<NoiseLevel> levels = NoiseLevels();
    std::printf("merge quality, %d windows of %zu sentences per level, %d seed(s), agreed_member_covered %.2f (pair precision / recall / "
                "F1 against the truth):\n",
                windows, window_sentences, seeds, options.agreed_member_covered);
    bool quality_ok = true, have_base = true;
    struct Worst {
        double f1 = 1, base_f1 = 0, margin = 1, agreed = 1;
    };
    std::vector<Worst> worst(levels.size());
    for (int seed = 0; seed < seeds; ++seed) {
        bool base_ran = false;
        std::vector<LevelRun> runs = QualityRun(corpus, analyzer, dir, windows, window_sentences, static_cast<uint64_t>(seed), options,
                                                show_bad, base_ran);
        have_base = have_base && base_ran;
        for (size_t l = 0; l < levels.size(); ++l) {
            const LevelRun& lr = runs[l];
            std::printf("  seed %d %-12s hearing desk P %.4f R %.4f F1 %.4f | difflib P %.4f R %.4f F1 %.4f | agreed precision %.4f (%zu agreed)\n",
                        seed, levels[l].name.c_str(), lr.ours.Precision(), lr.ours.Recall(), lr.ours.F1(), lr.base.Precision(),
                        lr.base.Recall(), lr.base.F1(), lr.agreed.Precision(), lr.agreed.agreed);
            std::printf("  %-19s ceiling for disjoint groups F1 %.4f; %zu notes, %zu truth pairs; entries: agreed %zu, differs %zu, "
                        "only_a %zu, only_b %zu\n",
                        "", lr.ceiling.F1(), lr.notes, lr.ours.truth, lr.status.count("agreed") ? lr.status.at("agreed") : 0,
                        lr.status.count("differs") ? lr.status.at("differs") : 0,
                        lr.status.count("only_a") ? lr.status.at("only_a") : 0,
                        lr.status.count("only_b") ? lr.status.at("only_b") : 0);
            Worst& w = worst[l];
            if (lr.ours.F1() < w.f1) w.f1 = lr.ours.F1(), w.base_f1 = lr.base.F1();
            w.margin = std::min(w.margin, lr.ours.F1() - lr.base.F1());
            w.agreed = std::min(w.agreed, lr.agreed.Precision());
            quality_ok = quality_ok && lr.ours.F1() >= 0.97 && lr.agreed.Precision() >= 0.99 && (!base_ran || lr.ours.F1() > lr.base.F1());
        }
    }
    std::printf("worst case over %d seed(s):\n", seeds);
    for (size_t l = 0; l < levels.size(); ++l)
        std::printf("  %-12s lowest F1 %.4f (difflib %.4f in that run) | smallest lead over difflib %+.4f | lowest agreed precision %.4f\n",
                    levels[l].name.c_str(), worst[l].f1, worst[l].base_f1, worst[l].margin, worst[l].agreed);
    if (!have_base) std::printf("  difflib baseline FAILED to run\n");

    bool scale_ok = false;
    double speedup = 0;
    if (!quality_only) CostRuns(corpus, analyzer, dir, scale_ok, speedup);

    double load[1] = {0};
    getloadavg(load, 1);
    std::printf("load average %.1f; targets: quality (F1 >= 0.97 and above difflib at each level and seed, agreed precision >= 0.99) %s; "
                "scale (<= 2 s, <= 300 MB) %s; whole process >= 20x faster %s\n",
                load[0], quality_ok ? "met" : "NOT met", quality_only ? "not run" : scale_ok ? "met" : "NOT met",
                quality_only ? "not run" : speedup >= 20 ? "met" : "NOT met");
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    return 0;
}
