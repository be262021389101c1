// Helpers shared by the benchmarks: timing, percentiles, and a large plan built quickly.
#pragma once
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <string>
#include <vector>

#include "core/store/db.h"
#include "core/store/store.h"
#include "core/base/uuid.h"

namespace hd::bench {

inline double NowMs() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// CPU time of the whole process in ms: what the app itself costs, whatever else the machine runs.
inline double CpuMs() {
    timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// CPU time of the calling thread only: a frame's cost without the work of background threads
// (the integrity check after opening a plan, a clustering job) that the process clock would add.
inline double ThreadCpuMs() {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

inline double Percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    size_t idx = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(idx, v.size() - 1)];
}

// A plan with `hearings` hearings x 2 reporters x `notes_per_reporter` notes, written in one
// transaction per hearing (a benchmark fixture, not how the app writes).
struct LargePlan {
    std::string path;
    std::vector<int64_t> hearing_ids;
};

inline LargePlan BuildLargePlan(const std::string& path, int hearings, int notes_per_reporter) {
    std::remove(path.c_str());
    std::remove((path + "-wal").c_str());
    std::remove((path + "-shm").c_str());
    Plan plan;
    plan.name = "Benchmarkplan";
    plan.city = "Mechelen";
    auto store = PlanStore::Create(path, plan);
    std::vector<int64_t> people;
    const char* disciplines[] = {"police", "street_work", "youth_work", "housing", "shopkeepers", "welfare"};
    for (int i = 0; i < 18; ++i) {
        Participant p;
        p.name = "Deelnemer " + std::to_string(i);
        p.discipline = disciplines[i % 6];
        people.push_back(store->AddParticipant(p));
    }
    LargePlan out{path, {}};
    const char* words[] = {"overlast", "jongeren", "politie", "buurt", "drugs", "camera's", "straathoekwerk",
                           "handelaars", "preventie", "nazorg", "woningen", "verlichting", "café", "één", "ĳver"};
    for (int h = 0; h < hearings; ++h) {
        Theme t;
        t.title = "Thema " + std::to_string(h);
        t.questions.push_back({0, 0, 0, "Wat loopt er mis?", 20});
        Hearing hearing;
        hearing.theme_id = store->AddTheme(t);
        hearing.participant_ids = people;
        int64_t hid = store->AddHearing(hearing);
        out.hearing_ids.push_back(hid);
        Database& db = store->Db();
        Transaction tx(db);
        Statement ins(db, "INSERT INTO note(uuid, hearing_id, reporter, seq, offset_ms, wall_time_ms, speaker_id, text, "
                          "kind, chain, deleted, version) VALUES(?, ?, ?, ?, ?, ?, ?, ?, 'other', '', 0, 1)");
        for (char r : {'A', 'B'}) {
            for (int i = 0; i < notes_per_reporter; ++i) {
                std::string text;
                for (int w = 0; w < 14; ++w) {
                    text += words[(i * 7 + w * 3 + h) % 15];
                    text += ' ';
                }
                ins.Reset();
                ins.Bind(1, NewUuid()).Bind(2, hid).Bind(3, std::string(1, r)).Bind(4, i + 1).Bind(5, int64_t(i) * 2000);
                ins.Bind(6, int64_t(1700000000000) + i * 2000).Bind(7, people[static_cast<size_t>(i) % people.size()]);
                ins.Bind(8, text).Exec();
            }
        }
        tx.Commit();
    }
    store->Db().Exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return out;
}

} // namespace hd::bench
