// hearingctl export-transcript PLAN --hearing ID --reporter A|B -o FILE.json
// hearingctl import PLAN --hearing ID FILE [--attach-anyway] [--reporter A|B] [--preview] [--by NAME]
//   FILE is a JSON transcript (reporter from the file) or a plain-text file (.txt; --reporter needed).
//   --preview shows how each line of a text file is understood and stores nothing.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "app/cli/cli_args.h"
#include "app/cli/commands.h"
#include "core/base/i18n.h"
#include "core/base/terminal_text.h"
#include "core/store/store.h"
#include "core/transcript/transcript.h"
#include "core/transcript/text_import_stream.h"
#include "core/transcript/transcript_text.h"

namespace hd::cli {

namespace {
// By extension, else by the first character that is not blank (read from the file's first 4 KB,
// so that a big text file is never read whole only to be told apart).
bool IsJsonFile(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    if (ext == ".json") return true;
    if (ext == ".txt") return false;
    std::ifstream in(path, std::ios::binary);
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    if (head.compare(0, 3, "\xEF\xBB\xBF") == 0) head.erase(0, 3);
    for (char c : head) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        return c == '{';
    }
    return false;
}

const char* MatchKey(SpeakerMatch m) {
    switch (m) {
    case SpeakerMatch::Surname: return "review.import_match.surname";
    case SpeakerMatch::Discipline: return "review.import_match.discipline";
    default: return "review.import_match.full_name";
    }
}

// Everything from the file goes through TerminalSafe: an ESC sequence in a line is shown, not obeyed.
void PrintPreviewLine(const TextLine& l) {
    Translator& tr = GlobalTranslator();
    std::cout << tr.Format("cli.preview_line", {std::to_string(l.line_number)}) << ' ';
    if (l.problem == LineProblem::TimeWithoutText) {
        std::cout << TerminalSafe(l.raw) << "  (" << tr.Tr("transcript.time_without_text") << ")\n";
        return;
    }
    std::cout << '[' << (l.has_time ? FormatOffset(l.time_ms) : tr.Tr("cli.preview_no_time")) << "] ";
    switch (l.match) {
    case SpeakerMatch::None: std::cout << '(' << tr.Tr("cli.preview_no_speaker") << ") "; break;
    case SpeakerMatch::Unmatched: std::cout << '(' << tr.Format("review.import_unmatched", {TerminalSafe(l.speaker_written)}) << ") "; break;
    default: std::cout << tr.Format("cli.preview_matched", {TerminalSafe(l.speaker_name), tr.Tr(MatchKey(l.match))}) << ' '; break;
    }
    std::cout << TerminalSafe(l.text);
    if (l.problem == LineProblem::NotATime) std::cout << "  (" << tr.Format("transcript.not_a_time", {TerminalSafe(l.bad_time)}) << ')';
    std::cout << "\n";
}

// In file order: the lines that become notes and those skipped (a time without text).
void PrintPreview(const TextTranscript& t) {
    size_t n = 0, s = 0;
    while (n < t.lines.size() || s < t.skipped.size()) {
        bool note = s == t.skipped.size() || (n < t.lines.size() && t.lines[n].line_number < t.skipped[s].line_number);
        PrintPreviewLine(note ? t.lines[n++] : t.skipped[s++]);
    }
    if (!t.skipped.empty())
        std::cout << GlobalTranslator().Format("transcript.lines_skipped", {std::to_string(t.skipped.size())}) << "\n";
}
} // namespace

int CmdExportTranscript(const Args& args) {
    OpenOptions opts;
    opts.read_only_when_unwritable = true;
    auto store = PlanStore::Open(args.positional[0], opts);
    int64_t hearing_id = args.RequireInt("--hearing");
    std::string reporter = args.Require("--reporter");
    if (reporter != "A" && reporter != "B") throw UserError("cli.bad_reporter", "--reporter must be A or B.");
    Transcript t = ExportTranscript(*store, hearing_id, reporter[0]);
    WriteOutput(args.GetOr("-o", "-"), WriteTranscriptJson(t));
    if (args.GetOr("-o", "-") != "-")
        std::cerr << GlobalTranslator().Format("cli.exported_transcript", {std::to_string(t.notes.size()), reporter}) << "\n";
    return 0;
}

int CmdImport(const Args& args) {
    OpenOptions opts;
    opts.read_only_when_unwritable = args.Has("--preview"); // a preview stores nothing
    auto store = PlanStore::Open(args.positional[0], opts);
    int64_t hearing_id = args.RequireInt("--hearing");
    const std::string& path = args.positional[1];
    std::string source = std::filesystem::path(path).filename().string();
    CheckImportFile(path); // missing or too big: said first, whatever else is wrong
    if (IsJsonFile(path)) {
        Transcript t = ParseTranscriptJson(ReadImportFile(path), source);
        ImportOptions options;
        options.attach_anyway = args.Has("--attach-anyway");
        ImportResult r = ImportTranscript(*store, hearing_id, t, options);
        Translator& tr = GlobalTranslator();
        std::cout << tr.Format("cli.imported_json", {std::to_string(r.notes_added), t.reporter, std::to_string(r.notes_already_present),
                                                     std::to_string(r.notes_updated)});
        if (r.notes_older_kept) std::cout << tr.Format("cli.imported_older_kept", {std::to_string(r.notes_older_kept)});
        std::cout << tr.Format("cli.imported_participants", {std::to_string(r.participants_matched), std::to_string(r.participants_added)})
                  << "\n";
        return 0;
    }
    if (args.Has("--preview")) {
        PrintPreview(ParseTextTranscript(ReadImportFile(path), HearingParticipants(*store, hearing_id)));
        return 0;
    }
    std::string reporter = args.GetOr("--reporter", "");
    if (reporter != "A" && reporter != "B")
        throw UserError("merge.txt_needs_reporter", "A text file does not say whose notes it holds: add --reporter A or --reporter B.");
    // Streamed: a text file up to the size cap is read in chunks and stored in batches (memory bounded).
    TextFileImportOptions options;
    options.by = args.GetOr("--by", "hearingctl");
    TextFileImportResult r = ImportTextTranscriptFile(*store, hearing_id, reporter[0], path, options);
    std::cout << GlobalTranslator().Format("cli.imported_text", {std::to_string(r.notes_added), reporter,
                                                                 std::to_string(r.notes_already_present)});
    if (r.lines_skipped) std::cout << ". " << GlobalTranslator().Format("transcript.lines_skipped", {std::to_string(r.lines_skipped)});
    std::cout << "\n";
    return 0;
}

} // namespace hd::cli
