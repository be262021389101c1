// Every hearingctl subcommand. Each lives in its own cmd_*.cpp; hearingctl.cpp declares their
// arguments and options (and so their usage). A command returns the process exit code and may throw
// hd::UserError (printed in the user's language) or UsageError (printed with the command's usage).
#pragma once

#include "app/cli/cli_args.h"

namespace hd::cli {
int CmdDemo(const Args& args);             // cmd_demo.cpp
int CmdInfo(const Args& args);             // cmd_info.cpp
int CmdRoom(const Args& args);             // cmd_room.cpp
int CmdExportTranscript(const Args& args); // cmd_transcript.cpp
int CmdImport(const Args& args);           // cmd_transcript.cpp
int CmdMerge(const Args& args);            // cmd_merge.cpp
int CmdCluster(const Args& args);          // cmd_cluster.cpp
int CmdExport(const Args& args);           // cmd_export.cpp
int CmdLiveHost(const Args& args);         // cmd_live.cpp
int CmdLiveReport(const Args& args);       // cmd_live.cpp
int CmdCapture(const Args& args);          // cmd_capture.cpp
int CmdDecision(const Args& args);         // cmd_lifecycle.cpp
int CmdVersions(const Args& args);         // cmd_lifecycle.cpp
int CmdRevise(const Args& args);           // cmd_lifecycle.cpp
int CmdExportVersion(const Args& args);    // cmd_lifecycle.cpp
int CmdImportIndicators(const Args& args); // cmd_lifecycle.cpp
int CmdMonitor(const Args& args);          // cmd_monitor.cpp
int CmdExportProgress(const Args& args);   // cmd_monitor.cpp
int CmdPriorityRound(const Args& args);    // cmd_priorities.cpp
int CmdVote(const Args& args);             // cmd_priorities.cpp
int CmdPriorities(const Args& args);       // cmd_priorities.cpp
int CmdExportPriorities(const Args& args); // cmd_priorities.cpp
} // namespace hd::cli
