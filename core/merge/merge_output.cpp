#include "core/merge/merge_output.h"

#include <cstdio>

#include "core/base/json_writer.h"
#include "core/store/store.h"

namespace hd {


namespace {
void AppendIds(std::string& out, const std::vector<std::string>& ids, IdStyle style) {
    out += '[';
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i) out += ',';
        out += style == IdStyle::Number ? ids[i] : JsonQuote(ids[i]);
    }
    out += ']';
}

std::string TimeText(int64_t ms) { return ms < 0 ? std::string() : FormatOffset(ms); }
} // namespace

std::string MergeResultJson(const MergeResult& r, IdStyle a_ids, IdStyle b_ids) {
    std::string out = "{\"entries\":[";
    for (size_t i = 0; i < r.entries.size(); ++i) {
        const MergedEntry& e = r.entries[i];
        if (i) out += ',';
        out += "{\"status\":";
        out += JsonQuote(ToKey(e.status));
        out += ",\"a\":";
        AppendIds(out, e.a_ids, a_ids);
        out += ",\"b\":";
        AppendIds(out, e.b_ids, b_ids);
        out += ",\"text\":";
        out += JsonQuote(e.text);
        out += ",\"speaker\":";
        out += JsonQuote(e.speaker);
        out += ",\"time\":";
        out += JsonQuote(TimeText(e.time_ms));
        out += '}';
    }
    out += "]}\n";
    return out;
}

// Built by appends: g++ 12 warns falsely (-Wrestrict) on operator+ chains of strings.
std::string MergeResultMarkdown(const MergeResult& r, const std::string& title) {
    std::string out;
    out.append("# ").append(title).append("\n\n");
    size_t counts[4] = {0, 0, 0, 0};
    for (const MergedEntry& e : r.entries) ++counts[static_cast<int>(e.status)];
    out.append(std::to_string(r.entries.size())).append(" entries: ").append(std::to_string(counts[0])).append(" agreed, ");
    out.append(std::to_string(counts[1])).append(" differ, ").append(std::to_string(counts[2])).append(" only A, ");
    out.append(std::to_string(counts[3])).append(" only B.\n\n");
    auto ids = [&out](const char* label, const std::vector<std::string>& list, const std::string& text) {
        if (list.empty()) return;
        out.append("- ").append(label).append(" [");
        for (size_t i = 0; i < list.size(); ++i) out.append(i ? ", " : "").append(list[i]);
        out.append("]: ").append(text).append("\n");
    };
    for (size_t i = 0; i < r.entries.size(); ++i) {
        const MergedEntry& e = r.entries[i];
        out.append("## ").append(std::to_string(i + 1)).append(". ");
        if (e.time_ms >= 0) out.append(TimeText(e.time_ms)).append(" ");
        if (!e.speaker.empty()) out.append(e.speaker).append(" ");
        out.append("(").append(ToKey(e.status)).append(")\n\n").append(e.text).append("\n\n");
        ids("A", e.a_ids, e.a_text);
        ids("B", e.b_ids, e.b_text);
        if (e.status == MergeStatus::Differs) out.append("- diff: ").append(FormatWordDiff(e.a_text, e.b_text, e.diff)).append("\n");
        out.append("\n");
    }
    return out;
}

} // namespace hd
