// Notes read from standard input, one per line (`hearingctl capture`, `hearingctl live report`).
// Both read with LineReader (a line ends at "\n", "\r\n" or a lone "\r"), and both treat a line that
// cannot be stored the same way: it is named on stderr with its number and the reason, and the lines
// after it are still read and stored, so one bad line never costs the notes typed after it.
#pragma once
#include <string>

#include "core/base/errors.h"
#include "core/base/line_reader.h"

namespace hd::cli {

// The error for a line over the 1 MB note limit (LineReader kept only its first bytes).
UserError NoteLineTooLong(const InputLine& line);
// "hearingctl COMMAND: line N was not stored: WHY" on stderr, in the user's language.
void ReportLineNotStored(const std::string& command, int line_number, const UserError& why);
// The closing "N lines were not stored" line on stderr; nothing when n is 0.
void ReportLinesNotStored(const std::string& command, int n);

} // namespace hd::cli
