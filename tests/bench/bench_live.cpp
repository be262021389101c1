// Live link benchmark on loopback: how many notes per second one host accepts from two reporters,
// and the latency from a reporter's commit to the note being stored on the host (median, p99).
// Targets: >= 5,000 notes/s and p99 <= 20 ms. Baseline from the same run: the same notes written
// directly with PlanStore::InsertNoteIfNew (one transaction each), no network.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <vector>

#include "core/live/live_client.h"
#include "core/live/live_host.h"
#include "core/store/store.h"
#include "core/base/uuid.h"
#include "tests/support/temp_dir.h"

using namespace hd;
using Clock = std::chrono::steady_clock;

namespace {
constexpr int kBurstPerReporter = 2500; // throughput phase: 5,000 notes in total
constexpr int kPacedPerReporter = 500;  // latency phases: notes per reporter per phase
// Offered load per phase: each reporter commits every N us. Real typing is ~1 note per 5 s each;
// these are 500x and 2,500x that.
constexpr int kPacedIntervalsUs[] = {10000, 2000};

double Ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

struct Percentiles {
    double median = 0, p99 = 0;
};
Percentiles Summarise(std::vector<double> v) {
    if (v.empty()) return {};
    std::sort(v.begin(), v.end());
    auto at = [&](double q) {
        return v[std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size())))];
    };
    return {at(0.5), at(0.99)};
}

std::string NoteText(char reporter, int i) {
    return std::string(1, reporter) +
           ": de wijkagent merkt op dat jongeren zich niet gehoord voelen; één café is een "
           "knooppunt voor overlast in de buurt (notitie " +
           std::to_string(i) + ")";
}

int64_t MakePlan(const std::string& path) {
    Plan plan;
    plan.name = "Benchmark";
    auto store = PlanStore::Create(path, plan);
    Theme t;
    t.title = "Illegale drugs";
    t.questions.push_back({0, 0, 0, "Wat zijn de oorzaken?", 20});
    Hearing h;
    h.theme_id = store->AddTheme(t);
    return store->AddHearing(h);
}

bool WaitFor(const std::function<bool()>& done, int timeout_ms) {
    auto until = Clock::now() + std::chrono::milliseconds(timeout_ms);
    while (Clock::now() < until) {
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return done();
}

// Commit -> stored bookkeeping shared by the reporters' threads and the host's network thread.
struct Timing {
    std::mutex mutex;
    std::map<std::string, Clock::time_point> committed;
    std::vector<double> latencies_ms;
    std::atomic<int> stored{0};
    Clock::time_point first_stored{}, last_stored{};

    void Committed(const std::string& uuid) {
        std::lock_guard<std::mutex> lock(mutex);
        committed[uuid] = Clock::now();
    }
    void Stored(const std::vector<std::string>& uuids) {
        auto now = Clock::now();
        std::lock_guard<std::mutex> lock(mutex);
        if (stored == 0) first_stored = now;
        last_stored = now;
        for (const std::string& u : uuids) {
            auto it = committed.find(u);
            if (it != committed.end()) latencies_ms.push_back(Ms(now - it->second));
        }
        stored += static_cast<int>(uuids.size());
    }
};

// Reporters' plans with the burst already committed (as if typed while offline).
struct ReporterPlans {
    std::string a, b;
    std::vector<Note> burst;
};

ReporterPlans MakeReporterPlans(const std::string& template_plan, const std::filesystem::path& dir,
                                int64_t hearing_id) {
    ReporterPlans rp{(dir / "a.hdesk").string(), (dir / "b.hdesk").string(), {}};
    std::filesystem::copy_file(template_plan, rp.a);
    std::filesystem::copy_file(template_plan, rp.b);
    auto a = PlanStore::Open(rp.a);
    auto b = PlanStore::Open(rp.b);
    for (int i = 0; i < kBurstPerReporter; ++i) {
        for (auto [store, r] : {std::pair{a.get(), 'A'}, std::pair{b.get(), 'B'}}) {
            Note n;
            n.hearing_id = hearing_id;
            n.reporter = r;
            n.text = NoteText(r, i);
            rp.burst.push_back(store->AddNote(n));
        }
    }
    return rp;
}

void Baseline(const std::string& plan, const std::vector<Note>& notes) {
    auto store = PlanStore::Open(plan);
    std::vector<double> per_note;
    auto t0 = Clock::now();
    for (const Note& n : notes) {
        auto s = Clock::now();
        store->InsertNoteIfNew(n);
        per_note.push_back(Ms(Clock::now() - s));
    }
    double secs = Ms(Clock::now() - t0) / 1000.0;
    Percentiles p = Summarise(per_note);
    std::printf(
        "baseline  PlanStore::InsertNoteIfNew, %zu notes, no network: %.0f notes/s; per-note commit median "
        "%.2f ms, p99 %.2f ms\n",
        notes.size(), static_cast<double>(notes.size()) / secs, p.median, p.p99);
}

int RunLive(const std::string& host_plan, const ReporterPlans& rp, int64_t hearing_id) {
    const std::string& plan_a = rp.a;
    const std::string& plan_b = rp.b;
    const int total_burst = static_cast<int>(rp.burst.size());
    // [SECTION] Live: throughput of a burst, then paced commit->stored latency
    Timing timing;
    LiveHostOptions ho;
    ho.plan_path = host_plan;
    ho.hearing_id = hearing_id;
    ho.on_stored = [&](const std::vector<std::string>& uuids) { timing.Stored(uuids); };
    LiveHost host(ho);
    host.Start();
    if (!host.WaitUntilRunning(30000)) {
        std::printf("host failed: %s\n", host.Status().error.c_str());
        return 1;
    }
    auto client_options = [&](const std::string& plan, char r) {
        LiveClientOptions o;
        o.plan_path = plan;
        o.hearing_id = hearing_id;
        o.reporter = r;
        o.host = "127.0.0.1";
        o.port = host.Status().port;
        o.join_code = host.Status().join_code;
        return o;
    };
    // The burst is already in the reporters' plans; connecting sends it all at once.
    auto t_connect = Clock::now();
    LiveClient a(client_options(plan_a, 'A')), b(client_options(plan_b, 'B'));
    a.Start();
    b.Start();
    if (!WaitFor([&] { return timing.stored >= total_burst; }, 120000)) {
        std::printf("burst incomplete: %d of %d stored\n", timing.stored.load(), total_burst);
        return 1;
    }
    double burst_secs = Ms(timing.last_stored - timing.first_stored) / 1000.0;
    std::printf(
        "live      host accepted %d notes from 2 reporters in %.3f s (first to last stored): %.0f notes/s "
        "(target >= 5000); connect+handshake+burst %.3f s\n",
        total_burst, burst_secs, total_burst / burst_secs, Ms(timing.last_stored - t_connect) / 1000.0);

    WaitFor([&] { return a.Status().pending == 0 && b.Status().pending == 0; }, 10000);
    auto type = [&](const std::string& plan, char r, LiveClient& client, int interval_us, int first) {
        auto store = PlanStore::Open(plan);
        auto next = Clock::now();
        for (int i = 0; i < kPacedPerReporter; ++i) {
            next += std::chrono::microseconds(interval_us);
            std::this_thread::sleep_until(next);
            Note n;
            n.hearing_id = hearing_id;
            n.reporter = r;
            n.text = NoteText(r, first + i);
            n.uuid = NewUuid();
            // Registered before the commit too, in case the client's periodic rescan sends it before
            // the notification below; normally the second registration (commit returned) counts.
            timing.Committed(n.uuid);
            Note stored = store->AddNote(n);
            timing.Committed(stored.uuid);
            client.NotifyCommitted(stored.uuid, stored.version);
        }
    };
    int first = kBurstPerReporter;
    for (int interval_us : kPacedIntervalsUs) {
        {
            std::lock_guard<std::mutex> lock(timing.mutex);
            timing.latencies_ms.clear();
            timing.committed.clear();
        }
        timing.stored = 0;
        auto t0 = Clock::now();
        std::thread ta(type, plan_a, 'A', std::ref(a), interval_us, first);
        std::thread tb(type, plan_b, 'B', std::ref(b), interval_us, first);
        ta.join();
        tb.join();
        double typing_secs = Ms(Clock::now() - t0) / 1000.0;
        first += kPacedPerReporter;
        WaitFor([&] { return timing.stored >= 2 * kPacedPerReporter; }, 30000);
        Percentiles lat;
        {
            std::lock_guard<std::mutex> lock(timing.mutex);
            lat = Summarise(timing.latencies_ms);
        }
        std::printf(
            "live      commit->stored latency, %d notes, %d notes/s offered (%.0f achieved by the reporters' "
            "own commits): median %.2f ms, p99 %.2f ms (target p99 <= 20 ms)\n",
            2 * kPacedPerReporter, 2 * 1000000 / interval_us, 2 * kPacedPerReporter / typing_secs, lat.median,
            lat.p99);
    }
    LiveHostStatus hs = host.Status();
    std::printf("live      host stored %lld versions, duplicates %lld\n",
                static_cast<long long>(hs.versions_stored), static_cast<long long>(hs.duplicates));
    a.Stop();
    b.Stop();
    host.Stop();
    return 0;
}

// A directory on /dev/shm: stands in for the reporters' own laptops' disks, so their fsyncs do not
// queue behind the host's on the one disk of this machine.
struct RamDir {
    std::filesystem::path path;
    RamDir() {
        path = std::filesystem::path("/dev/shm") / ("hd-bench-live-" + std::to_string(::getpid()));
        std::error_code ec;
        std::filesystem::create_directories(path, ec);
        if (ec) path.clear();
    }
    ~RamDir() {
        std::error_code ec;
        if (!path.empty()) std::filesystem::remove_all(path, ec);
    }
};
} // namespace

int main() {
    test::TempDir dir;
    std::string template_plan = dir.File("template.hdesk");
    int64_t hearing_id = MakePlan(template_plan);
    std::printf("live link benchmark: loopback 127.0.0.1, one host, two reporters, Argon2id interactive\n");

    RamDir ram;
    if (!ram.path.empty()) {
        std::printf("\n[1] reporters' plans on /dev/shm (their own laptops), host plan on disk\n");
        ReporterPlans rp = MakeReporterPlans(template_plan, ram.path, hearing_id);
        std::string baseline_plan = dir.File("baseline1.hdesk"), host_plan = dir.File("host1.hdesk");
        std::filesystem::copy_file(template_plan, baseline_plan);
        std::filesystem::copy_file(template_plan, host_plan);
        Baseline(baseline_plan, rp.burst);
        if (int rc = RunLive(host_plan, rp, hearing_id)) return rc;
    }
    std::printf("\n[2] all three plans on the same disk (reporters' fsyncs compete with the host's)\n");
    std::filesystem::create_directories(dir.Path() / "same");
    ReporterPlans rp = MakeReporterPlans(template_plan, dir.Path() / "same", hearing_id);
    std::string baseline_plan = dir.File("baseline2.hdesk"), host_plan = dir.File("host2.hdesk");
    std::filesystem::copy_file(template_plan, baseline_plan);
    std::filesystem::copy_file(template_plan, host_plan);
    Baseline(baseline_plan, rp.burst);
    return RunLive(host_plan, rp, hearing_id);
}
