// Text from a file or a plan, printed to a terminal (hearingctl import --preview, cluster, info …):
// an ESC sequence in a note must not move the cursor, change the title or hide what follows
// (issue 16 point 12). Control characters are shown, not obeyed.
#pragma once
#include <string>
#include <string_view>

namespace hd {

struct TerminalTextOptions {
    bool keep_newlines = false; // a whole message of ours may span lines; one note's text may not
};

// C0 controls except tab (and LF when kept), DEL, C1 controls (U+0080..U+009F), explicit bidi
// embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069) and bytes that are not UTF-8
// are written as visible escapes: "\x1b", "\u009b", "\u202e". Everything else (ë, ĳ, emoji) is kept.
std::string TerminalSafe(std::string_view text, const TerminalTextOptions& options = {});

} // namespace hd
