// [SECTION] index
//   Reading in chunks
//   Checking every line (phase 1)
//   Storing in batches (phase 2)
//   Preview
#include "core/transcript/text_import_stream.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <algorithm>
#include <memory>

#include "core/base/error_detail.h"
#include "core/base/errors.h"
#include "core/base/utf8.h"
#include "core/store/db.h"
#include "core/store/store.h"

namespace hd {

float TextImportProgress::Fraction() const {
    float f = bytes_total ? static_cast<float>(static_cast<double>(bytes_done) / static_cast<double>(bytes_total)) : 1.0f;
    return phase == Phase::Checking ? 0.2f * f : 0.2f + 0.8f * f;
}

// [SECTION] Reading in chunks
namespace {
constexpr size_t kChunkBytes = 1 << 20;
// A line is kept up to this length; longer is refused (a note's text is at most 1 MB, and a time
// and speaker before it are short).
constexpr size_t kMaxLineBytes = kMaxNoteBytes + 4096;

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

// Calls on_chunk(std::string_view) for each chunk of the file; on_chunk returns false to stop.
// The byte order mark at the start is dropped.
template <class OnChunk> void ReadChunks(const std::string& path, OnChunk&& on_chunk) {
    std::unique_ptr<std::FILE, FileCloser> f(std::fopen(path.c_str(), "rb"));
    if (!f) {
        int err = errno;
        throw InputError("merge.file_unreadable", "Could not read " + path + ": " + OsErrorEnglish(err), {path, OsErrorArg(err)});
    }
    std::string buffer(kChunkBytes, '\0');
    bool first = true;
    while (true) {
        size_t n = std::fread(buffer.data(), 1, buffer.size(), f.get());
        if (n == 0) {
            if (std::ferror(f.get())) {
                int err = errno;
                throw InputError("merge.file_unreadable", "Could not read " + path + ": " + OsErrorEnglish(err),
                                 {path, OsErrorArg(err)});
            }
            return;
        }
        std::string_view chunk(buffer.data(), n);
        if (first && chunk.substr(0, 3) == "\xEF\xBB\xBF") chunk.remove_prefix(3);
        first = false;
        if (!on_chunk(chunk)) return;
    }
}

bool Cancelled(const TextFileImportOptions& o) { return o.cancel && o.cancel->load(std::memory_order_relaxed); }

// [SECTION] Checking every line
[[noreturn]] void ThrowLineTooLong(int line_number) {
    throw InputError("merge.text_line_too_long",
                     "Line " + std::to_string(line_number) + " is longer than 1 MB; nothing was imported.",
                     {std::to_string(line_number)});
}

// The problems ReadImportFile finds in a whole file, found line by line.
void CheckLine(const std::string& path, std::string_view line, int number, bool overlong, const TextLineParser& parser) {
    if (overlong) ThrowLineTooLong(number);
    if (std::memchr(line.data(), '\0', line.size()))
        throw InputError("merge.binary_file",
                         "The file " + path + " is not a text file (binary data at line " + std::to_string(number) +
                             "); nothing was imported.",
                         {path, std::to_string(number)});
    size_t bad = FindInvalidUtf8(line);
    if (bad != std::string_view::npos) {
        std::string column = std::to_string(LineColumnAt(line, bad).column);
        throw InputError("merge.invalid_utf8_line",
                         "The file " + path + " is not valid UTF-8 at line " + std::to_string(number) + ", column " + column +
                             ". Save it as UTF-8 and try again; nothing was imported.",
                         {path, std::to_string(number), column});
    }
    if (line.size() > kMaxNoteBytes) { // the time and speaker may bring the text under 1 MB
        TextLine tl;
        if (parser.Parse(line, number, tl) == ParsedLine::Note && tl.text.size() > kMaxNoteBytes) ThrowLineTooLong(number);
    }
}

// False when cancelled.
bool CheckFile(const std::string& path, const TextLineParser& parser, const TextFileImportOptions& options,
               TextImportProgress& progress) {
    TextLineSplitter splitter(kMaxLineBytes);
    auto on_line = [&](std::string_view line, int number, bool overlong) { CheckLine(path, line, number, overlong, parser); };
    bool cancelled = false;
    ReadChunks(path, [&](std::string_view chunk) {
        splitter.Feed(chunk, on_line);
        progress.bytes_done += chunk.size();
        if (options.progress) options.progress(progress);
        cancelled = Cancelled(options);
        return !cancelled;
    });
    if (!cancelled) splitter.Finish(on_line);
    return !cancelled;
}
} // namespace

// [SECTION] Storing in batches
TextFileImportResult ImportTextTranscriptFile(PlanStore& store, int64_t hearing_id, char reporter, const std::string& path,
                                              const TextFileImportOptions& options) {
    ReadFileOptions read;
    read.max_bytes = options.max_bytes;
    TextImportProgress progress;
    progress.bytes_total = CheckImportFile(path, read);
    TextNoteWriter writer(store, hearing_id, reporter, options.by); // refuses a closed hearing before reading
    TextLineParser parser(HearingParticipants(store, hearing_id));
    TextFileImportResult result;
    if (!CheckFile(path, parser, options, progress)) return result.cancelled = true, result;

    progress.phase = TextImportProgress::Phase::Storing;
    progress.bytes_done = 0;
    std::unique_ptr<Transaction> tx;
    size_t in_batch = 0;
    TextLine tl;
    auto commit = [&] {
        if (tx) tx->Commit(), tx.reset();
        in_batch = 0;
        progress.notes_added = result.notes_added, progress.notes_already_present = result.notes_already_present;
        if (options.progress) options.progress(progress);
    };
    auto on_line = [&](std::string_view line, int number, bool) {
        // Cancel between two lines: whatever is committed then is lines 1..N, each note whole.
        if (result.cancelled || (result.cancelled = Cancelled(options))) return;
        ParsedLine kind = parser.Parse(line, number, tl);
        if (kind == ParsedLine::Skipped) ++result.lines_skipped;
        if (kind != ParsedLine::Note) return;
        if (!tx) tx = std::make_unique<Transaction>(store.Db()), writer.BeginBatch();
        progress.bytes_done = std::min(progress.bytes_total, progress.bytes_done + line.size() + 1); // about: CRLF counts one
        if (writer.Add(tl)) ++result.notes_added;
        else ++result.notes_already_present;
        ++result.lines;
        if (++in_batch >= options.batch_lines) commit();
    };
    TextLineSplitter splitter(kMaxLineBytes);
    uint64_t bytes_read = 0;
    ReadChunks(path, [&](std::string_view chunk) {
        splitter.Feed(chunk, on_line);
        progress.bytes_done = bytes_read += chunk.size(); // exact again at each chunk's end
        if (options.progress) options.progress(progress);
        return !result.cancelled;
    });
    if (!result.cancelled) splitter.Finish(on_line);
    commit(); // the lines before a cancel are a prefix of the file: kept, so a second import adds only the rest
    return result;
}

// [SECTION] Preview
TextFilePreview PreviewTextTranscriptFile(const std::string& path, const std::vector<Participant>& participants,
                                          size_t max_lines, const ReadFileOptions& options) {
    CheckImportFile(path, options);
    TextLineParser parser(participants);
    TextFilePreview preview;
    TextLineSplitter splitter(kMaxLineBytes);
    auto on_line = [&](std::string_view line, int number, bool overlong) {
        if (preview.more) return;
        CheckLine(path, line, number, overlong, parser);
        TextLine tl;
        ParsedLine kind = parser.Parse(line, number, tl);
        if (kind == ParsedLine::Blank) return;
        if (preview.first_lines.lines.size() + preview.first_lines.skipped.size() == max_lines) preview.more = true;
        else if (kind == ParsedLine::Note) preview.first_lines.lines.push_back(std::move(tl));
        else preview.first_lines.skipped.push_back(std::move(tl));
    };
    ReadChunks(path, [&](std::string_view chunk) {
        splitter.Feed(chunk, on_line);
        return !preview.more;
    });
    if (!preview.more) splitter.Finish(on_line);
    return preview;
}

} // namespace hd
