// hearingctl capture PLAN --hearing ID --reporter A|B
// Reads notes from stdin, one per line, commits each and prints "saved <uuid>" only after the commit
// returned, i.e. once it is durable. Used by scripts and by the crash tests (SIGKILL mid-entry).
// A line that cannot be stored (not UTF-8, over 1 MB, a NUL byte, the plan locked past the wait limit,
// a full disk) is named on stderr with its number and the reason, and the lines after it are still
// read and stored: one bad line never costs the notes after it. Exit 3 when any line was not stored.
#include <iostream>
#include <string>

#include "app/cli/cli_args.h"
#include "app/cli/cli_note_lines.h"
#include "app/cli/commands.h"
#include "core/base/i18n.h"
#include "core/base/line_reader.h"
#include "core/store/store.h"

namespace hd::cli {

int CmdCapture(const Args& args) {
    auto store = PlanStore::Open(args.positional[0]);
    int64_t hearing_id = args.RequireInt("--hearing");
    std::string reporter = args.GetOr("--reporter", "A");
    if (reporter != "A" && reporter != "B") throw UserError("cli.bad_reporter", "--reporter must be A or B.");
    auto hearing = store->GetHearing(hearing_id);
    if (!hearing)
        throw UserError("cli.no_such_hearing", "There is no hearing with id " + std::to_string(hearing_id) + ".",
                        {std::to_string(hearing_id)});
    // Approved minutes close the hearing: refuse before reading a line, so nothing typed looks saved.
    store->RequireHearingOpen(hearing_id);
    LineReader reader(std::cin, kMaxNoteBytes);
    InputLine line;
    int not_stored = 0;
    while (reader.Next(line)) {
        if (line.length == 0) continue;
        try {
            if (line.too_long) throw NoteLineTooLong(line);
            Note n;
            n.hearing_id = hearing_id;
            n.reporter = reporter[0];
            n.text = line.text;
            n.offset_ms = PlanStore::ClockOffsetMs(*hearing, NowWallMs());
            Note stored = store->AddNote(n, "hearingctl");
            std::cout << "saved " << stored.uuid << "\n" << std::flush;
        } catch (const UserError& e) {
            ReportLineNotStored("capture", line.number, e);
            ++not_stored;
        }
    }
    ReportLinesNotStored("capture", not_stored);
    return not_stored == 0 ? 0 : 3;
}

} // namespace hd::cli
