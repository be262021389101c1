#include "app/cli/cli_note_lines.h"

#include <iostream>

#include "core/base/i18n.h"

namespace hd::cli {

UserError NoteLineTooLong(const InputLine& line) {
    return InputError("err.note_too_long",
                      "This note is too long (" + std::to_string(line.length / 1024) +
                          " KB; at most 1024 KB). Split it into several notes.",
                      {std::to_string(line.length / 1024)});
}

void ReportLineNotStored(const std::string& command, int line_number, const UserError& why) {
    Translator& tr = GlobalTranslator();
    std::cerr << "hearingctl " << command << ": "
              << tr.Format("cli.capture_line_not_stored", {std::to_string(line_number), tr.Message(why)}) << "\n"
              << std::flush;
}

void ReportLinesNotStored(const std::string& command, int n) {
    if (n == 0) return;
    std::cerr << "hearingctl " << command << ": " << GlobalTranslator().Plural("cli.lines_not_stored", n) << "\n";
}

} // namespace hd::cli
