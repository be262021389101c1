// MinutesEntry: one line of a hearing's minutes, the one type for it from the merged minutes store
// (MergeStore::MergedMinutes) to the minutes document and every export (core/export/plan_document.h).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/merge/merge.h"
#include "core/store/model.h"

namespace hd {

struct MinutesEntry {
    std::string ref;       // what a comment on this line points at: "entry:<id>" for a merged entry, else the note uuid
    int64_t entry_id = 0;  // merged entry, 0 when taken straight from a reporter's note
    char source = 'M';     // 'M' merged, 'A' or 'B' a single reporter's note
    // On whose word it stands: both reporters (agreed, or differs until decided) or one alone.
    MergeStatus provenance = MergeStatus::OnlyA;
    int64_t offset_ms = -1; // hearing clock (reporter A's for a merged entry); -1 = unknown
    int64_t speaker_id = 0; // the chosen speaker once decided (accept A: A's, accept B: B's)
    std::string speaker;    // as shown: name, else discipline; empty = unknown
    // Speakers are facts, not votes: while nobody decided an entry whose reporters name different
    // people, both stay visible (A's and B's participant ids and names).
    bool speaker_conflict = false;
    int64_t speaker_a_id = 0, speaker_b_id = 0;
    std::string speaker_a, speaker_b;
    NoteKind kind = NoteKind::Other;
    SafetyChain chain = SafetyChain::None;
    std::string text;
    std::string text_a, text_b; // both reporters' wording while they differ and nobody decided
    // Only while nobody decided the entry: what the other reporter alone wrote ("B noteerde ook: …"),
    // never inside `text`.
    std::string also_noted;
    char also_noted_by = 0; // 'A' or 'B' when also_noted is set
    std::vector<std::string> note_uuids; // every note behind it
};

// The one conversion of a reporter's note into a line of the minutes: on its reporter's word alone.
// The speaker's shown name is left to the caller (it depends on who reads: store or document).
MinutesEntry MinutesEntryFromNote(const Note& n);

} // namespace hd
