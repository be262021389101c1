// Merge of two reporters' transcripts of one hearing into merged entries, in hearing order.
// Nothing either reporter wrote is lost: every note of both inputs lands in exactly one entry, and
// every entry says which notes it came from.
//
// How: notes are analysed once (folded, stemmed tokens weighted by rarity, character trigrams), the
// offset between the two laptops' clocks is estimated from confident anchor pairs, and a monotone
// alignment by dynamic programming, banded around the time-aligned diagonal, groups notes 1:1, 1:n
// or n:1 (a reporter writing one long note where the other wrote two) or leaves them alone.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/word_diff.h"

namespace hd {
class TextAnalyzer;

// One note as the merge sees it (from a stored transcript, a JSON file or a text file).
struct MergeNote {
    std::string id;       // note uuid, or the 1-based line number of a text file
    int64_t time_ms = -1; // on the reporter's clock (hearing offset); -1 = unknown
    std::string speaker;  // as the reporter wrote it; empty = unknown
    std::string text;
    // Wall-clock time on the reporter's laptop (unix ms), -1 = unknown. While the hearing clock is
    // paused or not started, time_ms stands still for every note but this keeps moving, so it still
    // orders the notes (and, after the laptops' clock offset, pairs them).
    int64_t wall_ms = -1;
};

enum class MergeStatus { Agreed, Differs, OnlyA, OnlyB };
std::string_view ToKey(MergeStatus s); // "agreed", "differs", "only_a", "only_b"
std::optional<MergeStatus> MergeStatusFromKey(std::string_view key);

// What an aligned entry says, just computed (MergedEntry) or as stored with a reviewer's decision
// (StoredEntry, merge_store.h): the fields both share, written once.
struct AlignedEntry {
    MergeStatus status = MergeStatus::OnlyA;
    std::vector<std::string> a_ids, b_ids; // ids of the notes it came from, in each reporter's order
    std::string a_text, b_text;            // the group's texts joined by a space ("" when absent)
    std::string text;                      // proposed text: the fuller report, never with marks in it
    // What only the other reporter wrote (pieces joined by " … "), kept apart so that minutes, board
    // cards and objectives show clean text; the minutes render it as "B noteerde ook: …".
    std::string also_noted;
    char also_noted_by = 0;                // 'A' or 'B' when also_noted is set
    std::string speaker;                   // agreed speaker, the only one known, or "A-speaker / B-speaker"
    int64_t time_ms = 0;                   // on reporter A's clock (B's notes shifted by the estimated offset)
    double similarity = 0;                 // 0..1 for matched entries
};

// The alignment's output: the entry plus where its notes sit in the inputs and the word diff.
struct MergedEntry : AlignedEntry {
    std::vector<size_t> a, b;   // indexes into the inputs, ascending
    std::vector<DiffSpan> diff; // word diff of a_text vs b_text for agreed/differs
};

struct MergeOptions {
    int max_group = 3;              // longest grouping, 1:max_group and max_group:1
    double match_threshold = 0.25;  // a matched group needs at least this similarity
    double agreed_threshold = 0.72; // at or above, with the same negations and numbers: agreed
    double member_min_share = 0.35; // each note of a group must share this much with the other side
    double member_unique_share = 0.1; // ...and cover this share of the single note that no other member covers
    double agreed_member_covered = 0.6; // an agreed 1:n group: this share of each member is the single note's words
    double stem_weight = 0.6;       // similarity = stem_weight * stems + (1 - stem_weight) * trigrams
    bool estimate_clock_offset = true;
    double anchor_similarity = 0.55;    // anchors: mutual best pairs through rare shared stems, this similar,
    int64_t max_anchor_skew_ms = 600000; // and with usable clocks no further than this from the typical offset
    int64_t offset_window_ms = 600000;  // clock offset is a running median over anchors this close
    int64_t band_time_ms = 150000;      // DP band: B notes within this of the shifted A time...
    int band_min_notes = 6;             // ...and at least this many notes either side
    int64_t time_tolerance_ms = 60000;  // time differences beyond this cost...
    double time_penalty = 0.3;          // ...this much per further tolerance (times are noisy: typing lag)
    double speaker_bonus = 0.05;        // both reporters name the same speaker
};

struct MergeResult {
    std::vector<MergedEntry> entries;
    int64_t clock_offset_ms = 0; // median estimated offset: B's clock minus A's clock
    int anchors = 0;             // anchor pairs the offset was estimated from
};

// `a` and `b` in each reporter's order. The analyzer supplies stemming and stop words.
MergeResult MergeTranscripts(const std::vector<MergeNote>& a, const std::vector<MergeNote>& b,
                             const TextAnalyzer& analyzer, const MergeOptions& options = {});

// True when two speaker names may denote the same person: equal after folding, or, titles aside
// ("dhr.", "minister", ...), one is the other's surname ("Peeters" vs "An Peeters", "dhr. Peeters")
// or its first name alone ("An" vs "An Peeters").
bool SpeakersMatch(std::string_view x, std::string_view y);

} // namespace hd
