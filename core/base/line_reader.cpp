#include "core/base/line_reader.h"

namespace hd {

bool LineReader::Next(InputLine& line) {
    using Traits = std::istream::traits_type;
    std::streambuf* buf = m_in.rdbuf();
    line.text.clear();
    line.length = 0;
    line.too_long = false;
    bool any = false;
    for (;;) {
        Traits::int_type c = buf->sbumpc();
        if (Traits::eq_int_type(c, Traits::eof())) {
            m_in.setstate(std::ios::eofbit);
            if (!any) return false;
            break;
        }
        char ch = Traits::to_char_type(c);
        if (m_skip_newline) {
            m_skip_newline = false;
            if (ch == '\n') continue;
        }
        any = true;
        if (ch == '\n') break;
        if (ch == '\r') {
            m_skip_newline = true;
            break;
        }
        ++line.length;
        if (line.text.size() < m_max_bytes) line.text.push_back(ch);
        else line.too_long = true;
    }
    line.number = ++m_number;
    return true;
}

} // namespace hd
