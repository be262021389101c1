// Importing a plain-text transcript from a file of any size up to the cap (200 MB) with bounded
// memory: the file is read in 1 MB chunks and split into lines as it arrives, never held whole.
//   1. Check: the whole file is read once and every line checked (UTF-8, no NUL byte, at most
//      1 MB of text). A bad file stores nothing, whatever line the problem is on.
//   2. Store: read again, each line parsed and stored, `batch_lines` lines per transaction, so a
//      long import never holds the plan's write lock for long (a reporter's live notes still land).
// Cancel (or a crash) between two batches keeps a consistent prefix: lines 1..N of the file, each
// note complete with its history, nothing half-written. Importing the same file again adds the
// rest (line ids are stable, the prefix counts as already present).
#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/transcript/transcript.h"
#include "core/transcript/transcript_text.h"

namespace hd {

struct TextImportProgress {
    enum class Phase { Checking, Storing } phase = Phase::Checking;
    uint64_t bytes_done = 0, bytes_total = 0; // of the current phase
    int64_t notes_added = 0, notes_already_present = 0;
    // 0..1 over both phases (checking is the faster: a fifth).
    float Fraction() const;
};

struct TextFileImportOptions {
    std::string by;                         // recorded in the notes' history
    uint64_t max_bytes = kMaxTranscriptBytes;
    size_t batch_lines = 5000;              // lines per transaction
    const std::atomic<bool>* cancel = nullptr; // checked between chunks and batches
    std::function<void(const TextImportProgress&)> progress; // called every chunk and batch, on the importing thread
};

struct TextFileImportResult {
    int64_t notes_added = 0;
    int64_t notes_already_present = 0;
    int64_t lines = 0;      // non-blank lines stored or found present
    int64_t lines_skipped = 0; // a time without text (TextTranscript::skipped): no empty note
    bool cancelled = false; // stopped on request: a prefix of the file is stored (see above)
};

// Throws InputError (file missing, too big, binary, invalid UTF-8, a line over 1 MB: nothing stored),
// UserError/StoreError as ImportTextTranscript does.
TextFileImportResult ImportTextTranscriptFile(PlanStore& store, int64_t hearing_id, char reporter, const std::string& path,
                                              const TextFileImportOptions& options = {});

// The first `max_lines` non-blank lines as they would be stored (or skipped: first_lines.skipped);
// reads only as far as they go (a big file's later lines are checked by the import, before it stores anything). Throws InputError
// for a problem within them.
struct TextFilePreview {
    TextTranscript first_lines;
    bool more = false; // the file has lines after these
};
TextFilePreview PreviewTextTranscriptFile(const std::string& path, const std::vector<Participant>& participants,
                                          size_t max_lines = 500, const ReadFileOptions& options = {});

} // namespace hd
