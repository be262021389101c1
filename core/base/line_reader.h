// Reads a stream line by line with a bound on each line, for `hearingctl capture` (one note per line
// from a reporter's script or terminal). A line ends at "\n", "\r\n" or a lone "\r" (old Mac files,
// some serial terminals). Of a line longer than the bound only the first bytes are kept and the line is
// marked too long, so one runaway line neither exhausts memory nor ends the input.
#pragma once
#include <cstddef>
#include <istream>
#include <string>

namespace hd {

struct InputLine {
    std::string text;      // without its line ending; at most max_bytes
    int number = 0;        // 1-based, counting every line including empty ones
    size_t length = 0;     // the whole line's length in bytes (more than text.size() when too long)
    bool too_long = false; // length > max_bytes
};

class LineReader {
public:
    LineReader(std::istream& in, size_t max_bytes) : m_in(in), m_max_bytes(max_bytes) {}
    // The next line; false at the end of the input. Never reads past the end of the line it returns,
    // so a line typed at a terminal is returned as soon as its Enter arrives.
    bool Next(InputLine& line);

private:
    std::istream& m_in;
    size_t m_max_bytes;
    int m_number = 0;
    bool m_skip_newline = false; // the last line ended with "\r": a "\n" right after it belongs to it
};

} // namespace hd
