// Transcript exchange: a reporter exports their notes of one hearing to a file, the facilitator
// imports it into the plan. The file is versioned cereal JSON:
//   {"format":"hearingdesk-transcript","version":1,"exported_at_ms":...,
//    "plan":{"uuid","name"},"hearing":{"uuid","theme_title","date"},"reporter":{"letter","name"},
//    "participants":[{"uuid","name","discipline","organisation"}],
//    "notes":[{"uuid","seq","offset_ms","wall_time_ms","speaker_uuid","kind","chain","text","deleted",
//              "version","history":[{"version","text","kind","chain","speaker_uuid","deleted",
//                                    "changed_at_ms","changed_by"}]}]}
// Reading validates everything (size, binary content, UTF-8, JSON syntax, format and version,
// every field's type and value) and names the line or field of the first problem.
// Import runs in one transaction: a bad file changes nothing, the same file twice adds nothing.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/merge/merge.h"

namespace hd {
class PlanStore;

inline constexpr const char* kTranscriptFormat = "hearingdesk-transcript";
inline constexpr int kTranscriptVersion = 1;
// Files above this are refused before they are read (a transcript of a long hearing is ~1 MB).
inline constexpr uint64_t kMaxTranscriptBytes = 200ull * 1024 * 1024;

struct TranscriptParticipant {
    std::string uuid, name, discipline, organisation;
};

struct TranscriptRevision {
    int version = 1;
    std::string text;
    std::string kind = "other";
    std::string chain;
    std::string speaker_uuid;
    bool deleted = false;
    int64_t changed_at_ms = 0;
    std::string changed_by;
};

struct TranscriptNote {
    std::string uuid;
    int64_t seq = 0;
    int64_t offset_ms = 0;
    int64_t wall_time_ms = 0;
    std::string speaker_uuid; // empty = unknown speaker; else one of the transcript's participants
    std::string kind = "other";
    std::string chain;
    std::string text;
    bool deleted = false;
    int version = 1;
    std::vector<TranscriptRevision> history;
};

struct Transcript {
    std::string format = kTranscriptFormat;
    int version = kTranscriptVersion;
    int64_t exported_at_ms = 0;
    std::string plan_uuid, plan_name;
    std::string hearing_uuid, theme_title, hearing_date;
    std::string reporter = "A"; // "A" or "B"
    std::string reporter_name;
    std::vector<TranscriptParticipant> participants;
    std::vector<TranscriptNote> notes;
};

// [SECTION] Files
struct ReadFileOptions {
    uint64_t max_bytes = kMaxTranscriptBytes;
};
// Reads a text file for import: refuses a missing or oversized file (before reading it), binary
// content (NUL bytes) and invalid UTF-8 (naming the line). Drops a UTF-8 byte order mark.
std::string ReadImportFile(const std::string& path, const ReadFileOptions& options = {});
// The checks of ReadImportFile that need no reading (exists, regular file, size); returns the size.
uint64_t CheckImportFile(const std::string& path, const ReadFileOptions& options = {});

// [SECTION] JSON
std::string WriteTranscriptJson(const Transcript& t);
// `source` names the file in messages. Throws InputError naming the line:column or field.
Transcript ParseTranscriptJson(std::string_view json, const std::string& source = "transcript");
Transcript LoadTranscriptFile(const std::string& path, const ReadFileOptions& options = {});

// [SECTION] Store
// Reporter `reporter`'s notes of the hearing, deleted ones and edit history included.
Transcript ExportTranscript(PlanStore& store, int64_t hearing_id, char reporter);

struct ImportOptions {
    bool attach_anyway = false; // import a transcript of another hearing or plan into this hearing
};

struct ImportResult {
    int notes_added = 0;
    int notes_already_present = 0; // the same version is stored already
    int notes_updated = 0;         // a newer version (edited or deleted) replaced the stored one, with its history
    int notes_older_kept = 0;      // the file had an older version; the newer stored one was kept
    int participants_added = 0;
    int participants_matched = 0;
};

// One transaction. Participants unknown to the plan are matched by uuid, then by name (accents and
// case ignored), else added. Throws InputError for another hearing/plan (unless attach_anyway).
// A note already stored is updated when the file has a newer version and kept when it has an older
// one; the same version changed differently on both sides throws InputError (merge.import_conflict)
// and nothing is imported.
ImportResult ImportTranscript(PlanStore& store, int64_t hearing_id, const Transcript& t, const ImportOptions& options = {});

// The transcript's live notes (not deleted) as merge input, speaker names resolved.
std::vector<MergeNote> ToMergeNotes(const Transcript& t);

// Line and column (1-based) of a byte offset, for messages.
struct LineColumn {
    size_t line = 1, column = 1;
};
LineColumn LineColumnAt(std::string_view text, size_t offset);

} // namespace hd
