// Workspace: the plan the app has open and cached reads of it. The app owns its data here; screens
// read the cache every frame (cheap) and call the store for writes, then Invalidate() the cache.
#pragma once
#include <cstdint>
#include <future>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/store/model.h"
#include "core/store/store.h"

namespace hd {

struct PlanData {
    Plan plan;
    std::vector<Theme> themes;
    std::vector<Participant> participants;
    std::vector<Hearing> hearings;
    std::vector<SubTheme> sub_themes; // of every theme, by theme then position
};

class Workspace {
public:
    bool IsOpen() const { return m_store != nullptr; }
    // Throw StoreError; the caller (a user action) turns it into a message.
    void Open(const std::string& path);
    void CreateEmpty(const std::string& path, const Plan& plan);
    void Adopt(std::unique_ptr<PlanStore> store); // e.g. a freshly created demo plan
    void Close();
    PlanStore& Store() { return *m_store; }
    const std::string& Path() const { return m_path; }

    const PlanData& Data();
    const std::vector<Note>& Notes(int64_t hearing_id); // both reporters, not deleted, hearing order
    const Theme* FindTheme(int64_t id);
    const Hearing* FindHearing(int64_t id);
    const Participant* FindParticipant(int64_t id);
    // Label for a speaker: name when known, else the discipline; "unknown" key when 0.
    std::string SpeakerLabel(int64_t participant_id);

    // The full integrity check runs on a background connection after Open (open itself does the
    // fast quick_check, so a 100,000-note plan opens quickly). Returns the problems once, when the
    // check has finished and found any; empty otherwise. A check of a plan that is no longer the open
    // one (another was opened, created or adopted meanwhile) is dropped, never reported against it.
    std::string TakeIntegrityProblem();
    bool IntegrityCheckRunning() const;

    // Call after any write so the next frame re-reads. Bumps Revision().
    void Invalidate();
    // Another process (hearingctl capture, a second window on the same plan) may write to the plan:
    // at most every 500 ms this asks SQLite's PRAGMA data_version and invalidates when it changed,
    // so such changes show within a second. Returns true when it invalidated.
    bool PollExternalChanges(int64_t now_ms);
    uint64_t Revision() const { return m_revision; }

private:
    std::unique_ptr<PlanStore> m_store;
    std::string m_path;
    bool m_data_valid = false;
    PlanData m_data;
    std::map<int64_t, std::vector<Note>> m_notes;
    uint64_t m_revision = 1;
    int64_t m_data_version = -1;    // PRAGMA data_version last seen; -1 before the first poll
    int64_t m_data_version_at_ms = 0;
    std::future<std::string> m_integrity;
    uint64_t m_plan_generation = 0; // bumped whenever another plan (or none) becomes the open one
    uint64_t m_integrity_generation = 0; // the plan m_integrity checks
    void SetStore(std::unique_ptr<PlanStore> store, const std::string& path);
};

// Display name of a discipline key (translated), or the text itself when it is free text.
std::string DisciplineLabel(const std::string& discipline);

} // namespace hd
