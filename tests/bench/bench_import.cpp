// Importing a big plain-text transcript (issue 16 item 5: a 199 MB file ran past 300 s and 960 MB).
// Generates a realistic transcript near the 200 MB cap from the ParlaMint-BE committee dialogue
// (`[HH:MM:SS] Name: sentence`, fictional speakers, see parlamint_pairs.h) and imports it into a
// fresh plan twice, each in a child process so that its peak memory is its own:
//   ours      the streaming import (ImportTextTranscriptFile: chunks, check pass, batched store)
//   baseline  the whole-file path it replaces in hearingctl and the GUI: ReadImportFile (the file
//             in memory), ParseTextTranscript (every line parsed and kept), ImportTextTranscript
//             (one transaction)
// Prints wall time, CPU time and peak RSS (getrusage of the child) for both, from the same run.
//   build/bench_import               # 190 MB
//   HD_BENCH_IMPORT_MB=20 build/bench_import
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include "core/transcript/text_import_stream.h"
#include "core/transcript/transcript.h"
#include "core/transcript/transcript_text.h"
#include "tests/bench/bench_support.h"
#include "tests/bench/parlamint_pairs.h"

using namespace hd;

namespace {

std::string Clock(int64_t ms) {
    char buf[16];
    int64_t s = ms / 1000;
    std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", static_cast<long long>(s / 3600 % 100),
                  static_cast<long long>(s / 60 % 60), static_cast<long long>(s % 60));
    return buf;
}

// The corpus' sentences over and over, a reporter's line each, until `bytes` are written. Returns
// the number of lines.
int64_t WriteTranscript(const bench::Corpus& c, const std::string& path, uint64_t bytes) {
    std::ofstream out(path, std::ios::binary);
    uint64_t written = 0;
    int64_t lines = 0, offset = 0;
    for (size_t i = 0; written < bytes; ++i) {
        const bench::Sentence& s = c.sentences[i % c.sentences.size()];
        const bench::Person& p = c.people[s.person];
        if (i % c.sentences.size() == 0 && i) offset += c.sentences.back().end_ms; // the dialogue again, later
        std::string line = "[" + Clock(offset + s.start_ms) + "] " + p.first + " " + p.last + ": " + s.text + "\n";
        out << line;
        written += line.size();
        ++lines;
    }
    return lines;
}

std::unique_ptr<PlanStore> FreshPlan(const std::string& path, const bench::Corpus& c, int64_t& hearing_id) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    Plan plan;
    plan.name = "Benchmarkplan import";
    auto store = PlanStore::Create(path, plan);
    Theme t;
    t.title = "Overlast";
    Hearing h;
    h.theme_id = store->AddTheme(t);
    for (const bench::Person& p : c.people) {
        Participant part;
        part.name = p.first + " " + p.last;
        part.discipline = p.discipline;
        h.participant_ids.push_back(store->AddParticipant(part));
    }
    hearing_id = store->AddHearing(h);
    return store;
}

struct Run {
    double wall_ms = 0, cpu_ms = 0, peak_mb = 0;
    long long notes = 0;
    bool ok = false;
};

// Runs `work` (returns the notes stored) in a child process; its peak RSS comes from wait4.
Run InChild(const std::function<long long()>& work) {
    int fds[2];
    if (pipe(fds) != 0) return {};
    double start = bench::NowMs();
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        long long notes = -1;
        try {
            notes = work();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "bench_import: %s\n", e.what());
        }
        if (write(fds[1], &notes, sizeof notes) != sizeof notes) _exit(2);
        _exit(0);
    }
    close(fds[1]);
    Run r;
    if (read(fds[0], &r.notes, sizeof r.notes) != sizeof r.notes) r.notes = -1;
    close(fds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    r.wall_ms = bench::NowMs() - start;
    r.cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    r.peak_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;
    r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 && r.notes > 0;
    return r;
}

void Print(const char* name, const Run& r, long long expected) {
    std::printf("%-9s %9.1f s wall %9.1f s CPU %9.0f MB peak RSS %10lld notes%s\n", name, r.wall_ms / 1000, r.cpu_ms / 1000,
                r.peak_mb, r.notes, r.ok && r.notes == expected ? "" : "  (FAILED)");
}

} // namespace

int main() {
    bench::Corpus corpus = bench::LoadParlamint(std::string(HD_SHARED_DATA_DIR) + "/parlamint_be_committee.tsv");
    if (corpus.sentences.empty()) {
        std::printf("bench_import: %s/parlamint_be_committee.tsv not found; skipped\n", HD_SHARED_DATA_DIR);
        return 0;
    }
    const char* env = std::getenv("HD_BENCH_IMPORT_MB");
    uint64_t mb = env ? std::strtoull(env, nullptr, 10) : 190;
    std::string dir = std::filesystem::temp_directory_path().string() + "/hd-bench-import-" + std::to_string(getpid());
    std::filesystem::create_directories(dir);
    std::string txt = dir + "/b.txt", plan = dir + "/plan.hdesk";
    long long lines = WriteTranscript(corpus, txt, mb * 1024 * 1024);
    std::printf("bench_import: %.1f MB, %lld lines of ParlaMint-BE dialogue, %zu fictional speakers\n",
                static_cast<double>(std::filesystem::file_size(txt)) / (1024.0 * 1024.0), lines, corpus.people.size());

    Run ours = InChild([&] {
        int64_t hearing = 0;
        auto store = FreshPlan(plan, corpus, hearing);
        TextFileImportOptions o;
        o.by = "bench";
        return static_cast<long long>(ImportTextTranscriptFile(*store, hearing, 'B', txt, o).notes_added);
    });
    Run baseline = InChild([&] {
        int64_t hearing = 0;
        auto store = FreshPlan(plan, corpus, hearing);
        TextTranscript t = ParseTextTranscript(ReadImportFile(txt), HearingParticipants(*store, hearing));
        return static_cast<long long>(ImportTextTranscript(*store, hearing, 'B', t, "bench").notes_added);
    });
    Print("ours", ours, lines);
    Print("baseline", baseline, lines);
    std::printf("peak memory: ours %.0f MB vs baseline %.0f MB (%.1fx less); time: ours %.1f s vs baseline %.1f s\n", ours.peak_mb,
                baseline.peak_mb, ours.peak_mb > 0 ? baseline.peak_mb / ours.peak_mb : 0, ours.wall_ms / 1000,
                baseline.wall_ms / 1000);
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    return ours.ok && baseline.ok ? 0 : 1;
}
