// Workspace: the plan that is open and everything computed from it, in one owner (issue 15). Screens
// and hearingctl read from here every frame (cheap: cached) and call the store for writes. Freshness
// does not depend on each screen remembering to report its writes: PollChanges, at the start of every
// frame, compares the connection's count of changed rows (Database::TotalChanges) with the count last
// accounted for, and a write nobody reported makes everything stale. Only there, never in the middle
// of a frame, so what a screen took from here at the top of its frame stays valid while it draws.
// A write that knows its scope says so right after it (ChangedHearing / ChangedTheme; a draft, which
// nothing is computed from, goes through WriteDraft): that accounts for it, only what depends on that
// hearing or theme is computed again (a note typed in one hearing does not recount another hearing or
// re-read the plan), and it shows in the same frame. A write by another process or connection
// (PRAGMA data_version) counts as a change of everything.
//
// [SECTION] index: opening / reads / computed data / changes
#pragma once
#include <cstdint>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/cluster/contribution.h"
#include "core/store/model.h"
#include "core/store/store.h"
#include "core/workspace/background_jobs.h"
#include "core/workspace/core_review_view.h"
#include "core/workspace/hearing_review.h"
#include "core/workspace/plan_cycle_view.h"
#include "core/workspace/projection_view.h"
#include "core/workspace/room_view.h"
#include "core/workspace/theme_board.h"

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
    // Both reporters' notes of a hearing, not deleted, in hearing order. Shared, like Board: a screen
    // keeps the pointer for its frame, so a write later in that frame (an edit, a delete) that makes
    // the workspace drop the list cannot free the rows still being drawn.
    std::shared_ptr<const std::vector<Note>> Notes(int64_t hearing_id);
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

    // [SECTION] Computed data, each kept until what it depends on changed
    // The one text analyzer (stemmers, stop words) of the app: loaded once, used by every screen
    // (board, review's merge, projection) and shared with background jobs (the board's clustering),
    // which is why it is a shared_ptr. Safe to share across threads: after construction every method
    // is const and the libstemmer objects, which are not reentrant, sit behind its own mutex.
    const std::shared_ptr<const TextAnalyzer>& Analyzer();
    bool AnalyzerLoaded() const { return m_analyzer != nullptr; } // for tests: nobody loaded a second one
    // The hearing's contributions as the room sees them (merged minutes, else the notes as typed).
    const std::vector<Contribution>& RoomContributions(int64_t hearing_id);
    // The contributions of a theme that clustering and objectives work on (ThemeContributions).
    const std::vector<Contribution>& ThemeContributions(int64_t theme_id);
    // What the projection shows: discipline bars and live groups of the hearing.
    // These four are references, valid until the next change: every caller reads them at once and
    // writes nothing meanwhile (the projection asks again after its moderation writes), so nobody needs
    // to hold them across an action. Hand out a shared_ptr, as Notes does, before one must.
    const std::vector<DisciplineBar>& DisciplineBars(int64_t hearing_id);
    const LiveGroups& Groups(int64_t hearing_id);
    // What the objectives board shows of a theme, kept until the theme changes (ThemeRevision). Shared,
    // so a screen that takes it at the start of a frame can keep drawing it after an action of that
    // frame made the workspace drop it.
    std::shared_ptr<const ThemeBoard> Board(int64_t theme_id);
    // What the Review screen shows of a hearing (merged entries, word diffs, progress), kept until the
    // hearing changes (HearingRevision); shared for the same reason as Board.
    std::shared_ptr<const HearingReview> Review(int64_t hearing_id);
    // [SECTION] Views of the projection and the Plan cycle screen, shared for the same reason as Board.
    // Projection (projection_view.h): the wall's moderation of a hearing, kept until the hearing
    // changes (a moderation write says ChangedHearing); the figures of a theme's domain, kept until the
    // theme changes.
    std::shared_ptr<const WallModeration> Wall(int64_t hearing_id);
    std::shared_ptr<const std::vector<Indicator>> Figures(int64_t theme_id);
    // Plan cycle (plan_cycle_view.h): they read the whole plan, so any write makes them stale (Revision).
    // A read that fails leaves an empty view until the next write and throws on to the action that
    // asked, so the screen says it once, not every frame.
    std::shared_ptr<const PlanCycleView> PlanCycle();
    std::shared_ptr<const std::vector<MonitoringRow>> MonitoringRows(int year);
    std::shared_ptr<const PriorityRoundView> PriorityVotes(int64_t round_id);
    std::shared_ptr<const std::vector<PhaseOutput>> Phases();
    std::shared_ptr<const SwotCitationChoices> SwotChoices(int64_t theme_id); // what a SWOT item may cite
    // What the Core group screen and the forum show (core_review_view.h), shared for the same reason,
    // each also built again when the language changes (discipline names are translated):
    // a hearing's minutes, approval check, comments and audit, kept until the hearing changes;
    std::shared_ptr<const CoreReviewView> CoreReview(int64_t hearing_id);
    // every hearing's review state, the objectives' comments and audit, the members: across the plan,
    // so kept until anything changes (Revision);
    std::shared_ptr<const CoreGroupView> CoreGroup();
    // the plan draft (every theme's objectives and actions, every hearing's evidence and approval,
    // sections, phases, forum commentary): kept until anything changes (Revision).
    std::shared_ptr<const PlanDocument> PlanDraft();

    // [SECTION] Background jobs
    // Owned here, not by a screen: the board's clustering and the review's text import. A job keeps
    // running when its screen is left, and is cancelled and joined when the workspace goes.
    JobSlot<ClusteringJob>& Clustering() { return m_clustering; }
    JobSlot<TextImportJob>& TextImport() { return m_text_import; }

    // [SECTION] Changes
    // Each of these accounts for every write of this connection before it (see the top of this file).
    // A write inside one hearing (its notes, merge, review, clock): that hearing's data and its
    // theme's contributions are computed again.
    void ChangedHearing(int64_t hearing_id);
    // A write inside one theme (its clusters, objectives, sub-themes).
    void ChangedTheme(int64_t theme_id);
    // Saves or clears a reporter's draft through `write`. Nothing shown is computed from drafts, so this
    // write makes nothing stale (the draft is saved every second while someone types); a write before
    // it that nobody reported still does.
    void WriteDraft(const std::function<void(PlanStore&)>& write);
    // Everything is computed again, now: after a write whose scope is the whole plan, when the same
    // frame must show it. A write that does not report itself is seen at the next PollChanges.
    void Changed();
    // Called at the start of every frame (and by whoever wants the plan as it is now). A write of this
    // connection that nobody reported makes everything stale. Another process (hearingctl capture, a
    // second window on the same plan) or connection (a background job) may write to the plan too: at
    // most every 500 ms this asks SQLite's PRAGMA data_version and invalidates when it changed, so such
    // changes show within a second. Returns true when it invalidated.
    bool PollChanges(int64_t now_ms);
    // Bumped by every change, of any scope: a view that depends on everything compares this.
    uint64_t Revision() const { return m_revision; }
    // Bumped by changes of this hearing or theme and by Changed(): a view of one hearing or theme
    // compares these and is not rebuilt for writes elsewhere.
    uint64_t HearingRevision(int64_t hearing_id) const;
    uint64_t ThemeRevision(int64_t theme_id) const;

private:
    template <class T>
    struct Cached {
        uint64_t revision = 0;
        T value;
    };
    std::unique_ptr<PlanStore> m_store;
    std::string m_path;
    bool m_data_valid = false;
    PlanData m_data;
    std::map<int64_t, std::shared_ptr<const std::vector<Note>>> m_notes;
    uint64_t m_revision = 1;
    uint64_t m_everything_at = 1;              // revision of the last Changed()
    std::map<int64_t, uint64_t> m_hearing_at;  // revision of each hearing's last change
    std::map<int64_t, uint64_t> m_theme_at;    // revision of each theme's last change
    std::shared_ptr<const TextAnalyzer> m_analyzer;
    std::map<int64_t, Cached<std::vector<Contribution>>> m_room_contributions;
    std::map<int64_t, Cached<std::vector<Contribution>>> m_theme_contributions;
    std::map<int64_t, Cached<std::vector<DisciplineBar>>> m_bars;
    std::map<int64_t, Cached<LiveGroups>> m_groups;
    std::map<int64_t, Cached<std::shared_ptr<const ThemeBoard>>> m_boards;
    std::map<int64_t, Cached<std::shared_ptr<const HearingReview>>> m_reviews;
    // A view handed out as shared_ptr, with the revision and the language it was read in (some carry
    // translated labels); Keep reads it again when either moved on.
    template <class T>
    struct Kept {
        uint64_t revision = 0;
        Language language = Language::Dutch;
        std::shared_ptr<const T> value;
    };
    template <class T, class Read>
    std::shared_ptr<const T> Keep(Kept<T>& kept, uint64_t revision, Read read);
    std::map<int64_t, Kept<WallModeration>> m_walls;
    std::map<int64_t, Kept<std::vector<Indicator>>> m_figures;
    Kept<PlanCycleView> m_plan_cycle;
    std::map<int, Kept<std::vector<MonitoringRow>>> m_monitoring;
    std::map<int64_t, Kept<PriorityRoundView>> m_priority_votes;
    Kept<std::vector<PhaseOutput>> m_phases;
    std::map<int64_t, Kept<SwotCitationChoices>> m_swot_choices;
    std::map<int64_t, Kept<CoreReviewView>> m_core_reviews;
    Kept<CoreGroupView> m_core_group;
    Kept<PlanDocument> m_plan_draft;
    std::unique_ptr<LiveGrouping> m_live_grouping; // its model follows the shown theme's clustering
    int64_t m_data_version = -1;    // PRAGMA data_version last seen; -1 before the first poll
    int64_t m_data_version_at_ms = 0;
    std::future<std::string> m_integrity;
    int64_t ThemeOfHearing(int64_t hearing_id);
    // Rows this connection had changed when its writes were last accounted for; -1 with no plan.
    // PollChanges makes everything stale when the count moved on since.
    int64_t m_changes_seen = -1;
    void AccountForWrites();
    uint64_t m_plan_generation = 0; // bumped whenever another plan (or none) becomes the open one
    uint64_t m_integrity_generation = 0; // the plan m_integrity checks
    void SetStore(std::unique_ptr<PlanStore> store, const std::string& path);
    // Last, so they are cancelled and joined before anything else of the workspace goes.
    JobSlot<ClusteringJob> m_clustering;
    JobSlot<TextImportJob> m_text_import;
};

// Display name of a discipline key (translated), or the text itself when it is free text.
std::string DisciplineLabel(const std::string& discipline);

} // namespace hd
