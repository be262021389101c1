// hearingctl merge A B [--format json|md] [-o OUT]      standalone: A, B transcript files (.json or .txt)
// hearingctl merge PLAN.hdesk --hearing ID [--by NAME]   merges the stored notes and keeps decisions
// In the JSON output, ids are strings for JSON transcripts (note UUIDs) and numbers for text files
// (1-based line numbers); see core/merge_output.h.
#include <filesystem>
#include <iostream>

#include "app/cli/cli_args.h"
#include "app/cli/commands.h"
#include "core/base/i18n.h"
#include "core/base/terminal_text.h"
#include "core/merge/merge_output.h"
#include "core/merge/merge_store.h"
#include "core/store/store.h"
#include "core/text/text_analysis.h"
#include "core/transcript/transcript.h"
#include "core/transcript/transcript_text.h"

namespace hd::cli {

namespace {
std::vector<MergeNote> ReadSide(const std::string& path, IdStyle& style) {
    std::string content = ReadImportFile(path);
    std::string ext = std::filesystem::path(path).extension().string();
    bool json = ext == ".json";
    if (ext != ".json" && ext != ".txt")
        for (char c : content) {
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
            json = c == '{';
            break;
        }
    if (json) {
        style = IdStyle::String;
        return ToMergeNotes(ParseTranscriptJson(content, std::filesystem::path(path).filename().string()));
    }
    style = IdStyle::Number;
    TextTranscript t = ParseTextTranscript(content);
    if (!t.skipped.empty()) // said on stderr: stdout is the merge itself
        std::cerr << TerminalSafe(path) << ": "
                  << GlobalTranslator().Format("transcript.lines_skipped", {std::to_string(t.skipped.size())}) << "\n";
    return ToMergeNotes(t);
}
} // namespace

int CmdMerge(const Args& args) {
    TextAnalyzer analyzer(FindAssetsDir(args.program.c_str()));
    if (args.positional.size() == 1 && args.Get("--hearing")) {
        auto store = PlanStore::Open(args.positional[0]);
        MergeStore merges(*store);
        MergeRunResult r = merges.RunMerge(args.RequireInt("--hearing"), analyzer, {}, args.GetOr("--by", "hearingctl"));
        std::cout << GlobalTranslator().Format("cli.merged_summary", {std::to_string(r.entries), std::to_string(r.decisions_kept),
                                                                      std::to_string(r.decisions_dropped),
                                                                      std::to_string(r.clock_offset_ms / 1000)})
                  << "\n";
        return 0;
    }
    if (args.positional.size() != 2)
        throw UsageError("merge.plan_or_files", "Give two transcript files A B, or a plan with --hearing ID.");
    std::string format = args.GetOr("--format", "json");
    if (format != "json" && format != "md")
        throw UserError("merge.bad_format", "--format must be json or md, not '" + format + "'.", {format});
    IdStyle a_style, b_style;
    std::vector<MergeNote> a = ReadSide(args.positional[0], a_style);
    std::vector<MergeNote> b = ReadSide(args.positional[1], b_style);
    MergeResult r = MergeTranscripts(a, b, analyzer);
    std::string out = format == "json" ? MergeResultJson(r, a_style, b_style)
                                       : MergeResultMarkdown(r, "Merged minutes: " + args.positional[0] + " + " + args.positional[1]);
    WriteOutput(args.GetOr("-o", "-"), out);
    return 0;
}

} // namespace hd::cli
