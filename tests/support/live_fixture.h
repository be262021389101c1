// Shared set-up for the live link tests: a facilitator plan with one hearing, reporters' copies of
// it, fast (test-only) key derivation and short timeouts, and a bounded wait.
#pragma once
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <thread>

#include "core/live/live_client.h"
#include "core/live/live_host.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"

namespace hd::test {

inline constexpr const char* kTestCode = "K7QM-2XRD";

// Polls `done` every few ms for at most `timeout_ms`; true when it became true.
inline bool WaitFor(const std::function<bool()>& done, int timeout_ms = 5000) {
    auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (std::chrono::steady_clock::now() < until) {
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return done();
}

struct LiveFixture {
    TempDir dir;
    std::string host_plan = dir.File("host.hdesk");
    std::string plan_a = dir.File("reporter-a.hdesk");
    std::string plan_b = dir.File("reporter-b.hdesk");
    int64_t hearing_id = 0;
    int64_t question_count = 0;
    std::string participant_uuid;

    LiveFixture() {
        {
            Plan plan;
            plan.name = "Integraal veiligheidsplan";
            plan.city = "Mechelen";
            auto store = PlanStore::Create(host_plan, plan);
            Theme t;
            t.title = "Illegale drugs: overlast en preventie";
            t.problem_statement = "Coördinatie ontbreekt; naïeve café-uitbaters";
            t.questions.push_back({0, 0, 0, "Wat zijn de oorzaken?", 20});
            t.questions.push_back({0, 0, 0, "Welke acties stelt u voor?", 25});
            question_count = 2;
            Hearing h;
            h.theme_id = store->AddTheme(t);
            h.date = "2010-05-21";
            h.location = "Stadhuis";
            Participant p;
            p.name = "Eline Vermeërsch";
            p.discipline = "street_work";
            int64_t pid = store->AddParticipant(p);
            participant_uuid = store->GetParticipant(pid)->uuid;
            h.participant_ids = {pid};
            hearing_id = store->AddHearing(h);
        }
        // Reporters start from a copy of the plan (as when the facilitator hands it out).
        std::filesystem::copy_file(host_plan, plan_a);
        std::filesystem::copy_file(host_plan, plan_b);
    }

    LiveHostOptions HostOptions(uint16_t port = 0) const {
        LiveHostOptions o;
        o.plan_path = host_plan;
        o.hearing_id = hearing_id;
        o.port = port;
        o.join_code = kTestCode;
        o.kdf = KdfStrength::FastForTests();
        o.handshake_timeout_ms = 1000;
        o.idle_timeout_ms = 2000;
        o.ping_interval_ms = 200;
        o.failed_join_window_ms = 2000;
        return o;
    }

    LiveClientOptions ClientOptions(char reporter, uint16_t port, const std::string& code = kTestCode) const {
        LiveClientOptions o;
        o.plan_path = reporter == 'A' ? plan_a : plan_b;
        o.hearing_id = hearing_id;
        o.reporter = reporter;
        o.host = "127.0.0.1";
        o.port = port;
        o.join_code = code;
        o.kdf = KdfStrength::FastForTests();
        o.connect_timeout_ms = 1000;
        o.idle_timeout_ms = 2000;
        o.ping_interval_ms = 200;
        o.backoff_initial_ms = 20;
        o.backoff_max_ms = 200;
        o.rescan_interval_ms = 200;
        return o;
    }
};

// Commits a note on a reporter's own plan (durable on return) and returns it.
inline Note CommitNote(PlanStore& store, int64_t hearing_id, char reporter, const std::string& text) {
    Note n;
    n.hearing_id = hearing_id;
    n.reporter = reporter;
    n.text = text;
    return store.AddNote(n, "test");
}

} // namespace hd::test
