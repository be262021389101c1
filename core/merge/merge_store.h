// MergeStore: merged minutes of a hearing, stored next to the plan's notes (migration 3).
// Runs the merge over the two reporters' stored notes, keeps a reviewer's decisions across re-runs
// (matched by the notes an entry came from), records decisions with who and when, and gives the
// final minutes that exports and clustering use.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/merge/merge.h"
#include "core/merge/minutes_entry.h"
#include "core/store/model.h"

namespace hd {
class Database;
class PlanStore;
class TextAnalyzer;

enum class ReviewDecision { None, AcceptA, AcceptB, KeepBoth, Edited };
std::string_view ToKey(ReviewDecision d); // "", "accept_a", "accept_b", "keep_both", "edited"
std::optional<ReviewDecision> ReviewDecisionFromKey(std::string_view key);

// A merged entry as stored: the aligned entry (its texts re-read from the current notes, time -1 when
// unknown) with its id, place in the hearing and the reviewer's decision.
struct StoredEntry : AlignedEntry {
    int64_t id = 0;
    int64_t hearing_id = 0;
    int position = 0;
    ReviewDecision decision = ReviewDecision::None;
    std::string edited_text;
    std::string decided_by;
    int64_t decided_at_ms = 0;

    // Only "differs" entries need a reviewer; the others are resolved unless a decision says otherwise.
    bool NeedsDecision() const { return status == MergeStatus::Differs; }
    bool Resolved() const { return decision != ReviewDecision::None || !NeedsDecision(); }
    // The text this entry contributes to the minutes ("" = dropped).
    std::string FinalText() const;
};

struct EntryFilter {
    std::optional<MergeStatus> status;
    std::string speaker;      // part of the speaker's name, accents and case ignored; empty = all
    bool unresolved_only = false;
};

struct MergeRunResult {
    size_t entries = 0;
    size_t decisions_kept = 0;
    size_t decisions_dropped = 0; // their notes changed: the entry needs a new look
    int64_t clock_offset_ms = 0;
};

struct MergeProgress {
    size_t resolved = 0, total = 0;
};

class MergeStore {
public:
    explicit MergeStore(PlanStore& store) : m_store(store) {}

    // Merges the hearing's A and B notes and replaces its stored entries in one transaction.
    MergeRunResult RunMerge(int64_t hearing_id, const TextAnalyzer& analyzer, const MergeOptions& options = {},
                            const std::string& by = {});
    bool HasMerge(int64_t hearing_id);
    std::vector<StoredEntry> ListEntries(int64_t hearing_id, const EntryFilter& filter = {});
    std::optional<StoredEntry> GetEntry(int64_t entry_id);
    // `edited_text` only for ReviewDecision::Edited. None clears the decision.
    void RecordDecision(int64_t entry_id, ReviewDecision decision, const std::string& edited_text = {},
                        const std::string& by = {});
    MergeProgress Progress(int64_t hearing_id);
    // Final minutes in hearing order: merged entries' final texts, plus any live note no entry holds
    // (imported after the merge). Without a merge: reporter A's notes, or B's when A has none.
    // An open speaker conflict is marked (speaker_conflict, both names); once decided the entry has
    // the chosen reporter's speaker (an edit keeps A's; "keep both" gives each text its own speaker).
    // Each line carries its provenance (the entry's status; a lone note: its reporter's word) and,
    // while a "differs" entry is undecided, both wordings; all read in one read transaction.
    std::vector<MinutesEntry> MergedMinutes(int64_t hearing_id);

private:
    PlanStore& m_store;
};

// The minutes before any merge stand on one reporter's word: reporter A's live notes, or B's when A
// has none, in the reporter's order (seq). The one rule for MergedMinutes and the projection's
// UnmergedContributions.
std::vector<Note> LeadReporterNotes(std::vector<Note> notes);

// RecordDecision's write inside the caller's transaction (ReviewHistory stores its step with it).
void WriteDecision(Database& db, int64_t entry_id, ReviewDecision decision, const std::string& edited_text,
                   const std::string& by);

// Merge input from stored notes: live notes of one reporter, in their order, speakers by name.
std::vector<MergeNote> StoredMergeNotes(PlanStore& store, int64_t hearing_id, char reporter);

} // namespace hd
