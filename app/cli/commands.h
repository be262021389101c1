// Every hearingctl subcommand. Each lives in its own cmd_*.cpp; hearingctl.cpp dispatches.
// A command returns the process exit code and may throw hd::UserError (printed in the user's language).
#pragma once

namespace hd::cli {
int CmdDemo(int argc, char** argv);             // demo PLAN.hdesk                      (cmd_demo.cpp)
int CmdInfo(int argc, char** argv);             // info PLAN.hdesk                      (cmd_info.cpp)
int CmdExportTranscript(int argc, char** argv); // export-transcript PLAN --hearing ID --reporter A -o F (cmd_transcript.cpp)
int CmdImport(int argc, char** argv);           // import PLAN --hearing ID FILE        (cmd_transcript.cpp)
int CmdMerge(int argc, char** argv);            // merge A B [--format json|md] [-o OUT] (cmd_merge.cpp)
int CmdCluster(int argc, char** argv);          // cluster --input notes.csv | PLAN --theme ID (cmd_cluster.cpp)
int CmdExport(int argc, char** argv);           // export PLAN --what ... --format ...  (cmd_export.cpp)
int CmdLive(int argc, char** argv);             // live host|report ... (loopback tests)  (cmd_live.cpp)
int CmdCapture(int argc, char** argv);          // capture PLAN --hearing ID --reporter A: notes from stdin, one per line (cmd_capture.cpp)
} // namespace hd::cli
