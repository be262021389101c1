// Plain-text transcripts, for reporters who typed in Word or a text editor: one note per non-empty
// line, `[HH:MM:SS] Speaker Name: text`, time and speaker optional per line. Speakers are matched
// to the hearing's participants by full name, surname only or discipline (accents and case
// ignored). Parsing stores nothing: its per-line result is what a preview shows before importing.
// In a text file a note's id is its 1-based line number.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/merge/merge.h"
#include "core/store/model.h"

namespace hd {
class PlanStore;

enum class SpeakerMatch { None, FullName, Surname, Discipline, Unmatched };
std::string_view ToKey(SpeakerMatch m); // "none", "full_name", "surname", "discipline", "unmatched"

// How one line was understood.
struct TextLine {
    int line_number = 0;      // 1-based line in the file
    std::string raw;          // the line as written (trimmed)
    bool has_time = false;
    int64_t time_ms = -1;     // from [HH:MM:SS] or [MM:SS]
    std::string speaker_written; // the "Name" before the colon, when the line has one
    SpeakerMatch match = SpeakerMatch::None;
    int64_t speaker_id = 0;   // matched participant, 0 = none
    std::string speaker_name; // matched participant's name (or discipline), else speaker_written
    std::string text;         // the note text; keeps an unrecognised "Name:" so nothing is lost
};

struct TextTranscript {
    std::vector<TextLine> lines; // non-empty lines only, in file order
};

// `participants`: the hearing's participants (may be empty: then any short capitalised prefix before
// a colon counts as a speaker, unmatched). Content must be valid UTF-8 (see ReadImportFile).
TextTranscript ParseTextTranscript(std::string_view content, const std::vector<Participant>& participants = {});

// Matches a written speaker against participants; returns the kind of match and sets `id`.
SpeakerMatch MatchSpeaker(std::string_view written, const std::vector<Participant>& participants, int64_t& id);

// Notes for the merge: id = line number, time, speaker as matched (or written), text.
std::vector<MergeNote> ToMergeNotes(const TextTranscript& t);

struct TextImportResult {
    int notes_added = 0;
    int notes_already_present = 0;
};

// Stores the lines as reporter `reporter`'s notes of the hearing, in one transaction. Note uuids are
// derived from the hearing, reporter, line number and text, so importing the same file twice adds
// nothing. `by` is recorded in the notes' history.
TextImportResult ImportTextTranscript(PlanStore& store, int64_t hearing_id, char reporter, const TextTranscript& t,
                                      const std::string& by = {});

// The hearing's participants (those present), for matching speakers.
std::vector<Participant> HearingParticipants(PlanStore& store, int64_t hearing_id);

} // namespace hd
