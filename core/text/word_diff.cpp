#include "core/text/word_diff.h"

#include <algorithm>
#include <unordered_map>

#include "core/text/text_analysis.h"

namespace hd {
namespace {

// Words keyed by their folded form, so case and accents do not count as differences.
void KeyedWords(std::string_view a, std::string_view b, std::vector<DiffWord>& wa, std::vector<DiffWord>& wb) {
    std::unordered_map<std::string, uint32_t> ids;
    auto key = [&](const std::string& folded) { return ids.emplace(folded, static_cast<uint32_t>(ids.size())).first->second; };
    for (const Token& t : Tokenize(a)) wa.push_back({key(t.folded), t.begin, t.end});
    for (const Token& t : Tokenize(b)) wb.push_back({key(t.folded), t.begin, t.end});
}

// Classic LCS table, walked forwards so runs come out in reading order.
std::vector<DiffOp> Script(const std::vector<DiffWord>& a, const std::vector<DiffWord>& b) {
    size_t n = a.size(), m = b.size();
    std::vector<uint32_t> len((n + 1) * (m + 1), 0);
    auto at = [&](size_t i, size_t j) -> uint32_t& { return len[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            at(i, j) = a[i].key == b[j].key ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    std::vector<DiffOp> ops;
    size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i].key == b[j].key) {
            ops.push_back(DiffOp::Equal);
            ++i, ++j;
        } else if (j == m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
            ops.push_back(DiffOp::OnlyA);
            ++i;
        } else {
            ops.push_back(DiffOp::OnlyB);
            ++j;
        }
    }
    return ops;
}

void Append(std::vector<DiffSpan>& out, DiffOp op, const DiffWord* wa, const DiffWord* wb) {
    if (!out.empty() && out.back().op == op) {
        if (wa) out.back().a_end = wa->end;
        if (wb) out.back().b_end = wb->end;
        return;
    }
    DiffSpan s;
    s.op = op;
    if (wa) s.a_begin = wa->begin, s.a_end = wa->end;
    if (wb) s.b_begin = wb->begin, s.b_end = wb->end;
    out.push_back(s);
}

} // namespace

std::vector<DiffSpan> WordDiff(std::string_view a, std::string_view b, const WordDiffOptions& options) {
    std::vector<DiffWord> wa, wb;
    KeyedWords(a, b, wa, wb);
    return WordDiffKeys(wa, wb, options);
}

std::vector<DiffSpan> WordDiffKeys(const std::vector<DiffWord>& wa, const std::vector<DiffWord>& wb,
                                   const WordDiffOptions& options) {
    std::vector<DiffSpan> out;
    if (wa.size() > options.max_tokens || wb.size() > options.max_tokens) {
        if (!wa.empty()) out.push_back({DiffOp::OnlyA, wa.front().begin, wa.back().end, 0, 0});
        if (!wb.empty()) out.push_back({DiffOp::OnlyB, 0, 0, wb.front().begin, wb.back().end});
        return out;
    }
    size_t i = 0, j = 0;
    for (DiffOp op : Script(wa, wb)) {
        if (op == DiffOp::Equal) Append(out, op, &wa[i++], &wb[j++]);
        else if (op == DiffOp::OnlyA) Append(out, op, &wa[i++], nullptr);
        else Append(out, op, nullptr, &wb[j++]);
    }
    return out;
}

double WordDiffSimilarity(std::string_view a, std::string_view b) {
    std::vector<DiffWord> wa, wb;
    KeyedWords(a, b, wa, wb);
    if (wa.empty() && wb.empty()) return 1.0;
    size_t equal = 0;
    for (DiffOp op : Script(wa, wb)) equal += op == DiffOp::Equal;
    return 2.0 * static_cast<double>(equal) / static_cast<double>(wa.size() + wb.size());
}

std::string FormatWordDiff(std::string_view a, std::string_view b, const std::vector<DiffSpan>& spans) {
    std::string out;
    for (const DiffSpan& s : spans) {
        if (!out.empty()) out += ' ';
        if (s.op == DiffOp::Equal) out.append(a.substr(s.a_begin, s.a_end - s.a_begin));
        else if (s.op == DiffOp::OnlyA) out.append("[-").append(a.substr(s.a_begin, s.a_end - s.a_begin)).append("-]");
        else out.append("{+").append(b.substr(s.b_begin, s.b_end - s.b_begin)).append("+}");
    }
    return out;
}

} // namespace hd
