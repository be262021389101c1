// Plain-text transcripts, for reporters who typed in Word or a text editor: one note per non-empty
// line, `[HH:MM:SS] Speaker Name: text`, time and speaker optional per line. Speakers are matched
// to the hearing's participants by full name, surname only or discipline (accents and case
// ignored). Parsing stores nothing: its per-line result is what a preview shows before importing.
// In a text file a note's id is its 1-based line number.
#pragma once
#include <cstdint>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/merge/merge.h"
#include "core/store/model.h"

namespace hd {
class PlanStore;

enum class SpeakerMatch { None, FullName, Surname, Discipline, Unmatched };
std::string_view ToKey(SpeakerMatch m); // "none", "full_name", "surname", "discipline", "unmatched"

// What the preview says about a line besides time and speaker (issue 16 point 12).
enum class LineProblem {
    None,
    NotATime,        // "[1:2:3:4]", "[00:75]": looks like a time stamp but is none; kept in the note's text
    TimeWithoutText, // "[00:00:01]" and nothing else: skipped, no empty note is stored
};

// How TextLineParser::Parse classes a line.
enum class ParsedLine { Blank, Note, Skipped };

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
    LineProblem problem = LineProblem::None;
    std::string bad_time;     // NotATime: the bracket as written, e.g. "[1:2:3:4]"
};

struct TextTranscript {
    std::vector<TextLine> lines;   // lines that become notes, in file order
    std::vector<TextLine> skipped; // lines with something but no note (TimeWithoutText), in file order
};

// `participants`: the hearing's participants (may be empty: then any short capitalised prefix before
// a colon counts as a speaker, unmatched). Content must be valid UTF-8 (see ReadImportFile).
TextTranscript ParseTextTranscript(std::string_view content, const std::vector<Participant>& participants = {});

// Matches a written speaker against participants; returns the kind of match and sets `id`.
SpeakerMatch MatchSpeaker(std::string_view written, const std::vector<Participant>& participants, int64_t& id);

// Understands one line at a time, the participants' names prepared once: a file of millions of
// lines must not tokenise every name again for every line. ParseTextTranscript and the streaming
// import (text_import_stream.h) both use it, so a preview shows what an import stores.
class TextLineParser {
public:
    explicit TextLineParser(std::vector<Participant> participants);
    // `line` as split by TextLineSplitter. Blank: nothing there. Skipped: `out` says why no note is
    // made of it (out.problem), so a preview can show it. Note: `out` is the note to store.
    ParsedLine Parse(std::string_view line, int line_number, TextLine& out) const;
    SpeakerMatch MatchWritten(std::string_view written, int64_t& id) const;

private:
    std::vector<Participant> m_participants;
    std::vector<std::vector<std::string>> m_words; // each participant's name, tokenised and folded
};

// Splits text into lines however it arrives (all at once or in chunks): a line ends at LF, CRLF or
// a lone CR (old Mac files), numbered from 1. A line longer than `max_line_bytes` is delivered cut
// to that length with `overlong` set, so memory stays bounded whatever the file holds.
class TextLineSplitter {
public:
    explicit TextLineSplitter(size_t max_line_bytes = SIZE_MAX) : m_max(max_line_bytes) {}
    // on_line(std::string_view line, int line_number, bool overlong) for each line completed by `data`.
    template <class OnLine> void Feed(std::string_view data, OnLine&& on_line);
    // The last line when the text does not end with a line break.
    template <class OnLine> void Finish(OnLine&& on_line);

private:
    void Append(std::string_view part);
    std::string m_line;
    size_t m_max;
    bool m_overlong = false, m_after_cr = false, m_pending = false;
    int m_number = 0;
};

template <class OnLine> void TextLineSplitter::Feed(std::string_view data, OnLine&& on_line) {
    size_t pos = 0;
    if (m_after_cr && !data.empty()) {
        if (data[0] == '\n') pos = 1; // the LF of a CRLF split between two chunks
        m_after_cr = false;
    }
    while (pos < data.size()) {
        size_t end = data.find_first_of("\r\n", pos);
        if (end == std::string_view::npos) {
            Append(data.substr(pos));
            m_pending = true;
            return;
        }
        std::string_view line = data.substr(pos, end - pos);
        if (m_pending || line.size() > m_max) { // continues a line begun in an earlier chunk, or is too long
            Append(line);
            on_line(std::string_view(m_line), ++m_number, m_overlong);
        } else {
            on_line(line, ++m_number, false);
        }
        m_line.clear(), m_overlong = false, m_pending = false;
        if (data[end] == '\r') {
            if (end + 1 == data.size()) m_after_cr = true;
            else if (data[end + 1] == '\n') ++end;
        }
        pos = end + 1;
    }
}

template <class OnLine> void TextLineSplitter::Finish(OnLine&& on_line) {
    if (m_pending) on_line(std::string_view(m_line), ++m_number, m_overlong);
    m_line.clear(), m_overlong = false, m_pending = false, m_after_cr = false;
}

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

// Stores parsed lines as one reporter's notes; the caller holds the transaction (one for a whole
// transcript, or one per batch when streaming). Checks reporter and hearing (open) on construction.
class TextNoteWriter {
public:
    TextNoteWriter(PlanStore& store, int64_t hearing_id, char reporter, const std::string& by);
    ~TextNoteWriter();
    void BeginBatch(); // at the start of each transaction
    // False when the line is stored already (same hearing, reporter, line number and text).
    bool Add(const TextLine& line);

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

// The hearing's participants (those present), for matching speakers.
std::vector<Participant> HearingParticipants(PlanStore& store, int64_t hearing_id);

} // namespace hd
