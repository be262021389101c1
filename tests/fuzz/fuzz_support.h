// Shared by the libFuzzer targets: an invariant check that turns a broken promise into a crash
// libFuzzer records (with the input that caused it), and a scratch plan for targets that import.
#pragma once
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "core/store/store.h"

#define HD_FUZZ_CHECK(cond)                                                                         \
    do {                                                                                            \
        if (!(cond)) {                                                                              \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
            std::abort();                                                                           \
        }                                                                                           \
    } while (0)

namespace hd::fuzz {

// A private directory for this fuzzing process, on tmpfs when available: every commit fsyncs,
// which on a disk would dominate the run time.
inline std::string WorkDir(const std::string& name) {
    std::error_code ec;
    std::string base = std::filesystem::is_directory("/dev/shm", ec) ? std::string("/dev/shm")
                                                                     : std::filesystem::temp_directory_path().string();
    std::string dir = base + "/hd-fuzz-" + name + "-" + std::to_string(getpid());
    std::filesystem::create_directories(dir, ec);
    return dir;
}

// A plan with one hearing and two participants (one with diacritics) that imports go into. It is
// rebuilt every `uses` calls so it stays small however long the fuzzer runs.
class ScratchPlan {
public:
    explicit ScratchPlan(const std::string& name, int uses = 200) : m_dir(WorkDir(name)), m_uses(uses) {}
    ~ScratchPlan() {
        m_store.reset();
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }
    PlanStore& Store() {
        if (!m_store || ++m_count >= m_uses) Rebuild();
        return *m_store;
    }
    int64_t HearingId() const { return m_hearing; }

private:
    void Rebuild() {
        m_store.reset();
        m_count = 0;
        std::string path = m_dir + "/scratch.hdesk";
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
        Plan plan;
        plan.name = "Fuzzplan";
        m_store = PlanStore::Create(path, plan);
        Participant a, b;
        a.name = "Mieke Peeters";
        a.discipline = "police";
        b.name = "Jeroen Dĳkstra-Ünal";
        b.discipline = "street_work";
        Theme t;
        t.title = "Overlast";
        Hearing h;
        h.theme_id = m_store->AddTheme(t);
        h.participant_ids = {m_store->AddParticipant(a), m_store->AddParticipant(b)};
        m_hearing = m_store->AddHearing(h);
    }
    std::string m_dir;
    int m_uses;
    int m_count = 0;
    int64_t m_hearing = 0;
    std::unique_ptr<PlanStore> m_store;
};

} // namespace hd::fuzz
