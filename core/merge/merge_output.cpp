#include "core/merge/merge_output.h"

#include <cstdio>

#include "core/base/json_writer.h"
#include "core/store/store.h"

namespace hd {


namespace {
// Text-file ids are line numbers and are written as numbers; JSON-transcript ids are uuids.
void WriteIds(JsonWriter& w, std::string_view key, const std::vector<std::string>& ids, IdStyle style) {
    w.Key(key).BeginArray();
    for (const std::string& id : ids) {
        if (style == IdStyle::Number) w.Number(id);
        else w.String(id);
    }
    w.EndArray();
}

std::string TimeText(int64_t ms) { return ms < 0 ? std::string() : FormatOffset(ms); }
} // namespace

std::string MergeResultJson(const MergeResult& r, IdStyle a_ids, IdStyle b_ids) {
    JsonWriter w;
    w.BeginObject().Key("entries").BeginArray();
    for (const MergedEntry& e : r.entries) {
        w.BeginObject().Member("status", ToKey(e.status));
        WriteIds(w, "a", e.a_ids, a_ids);
        WriteIds(w, "b", e.b_ids, b_ids);
        w.Member("text", e.text).Member("speaker", e.speaker).Member("time", TimeText(e.time_ms));
        if (!e.also_noted.empty())
            w.Member("also_noted", e.also_noted).Member("also_noted_by", std::string(1, e.also_noted_by));
        w.EndObject();
    }
    w.EndArray().EndObject();
    return w.Text() + "\n";
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
        if (!e.also_noted.empty())
            out.append("_").append(1, e.also_noted_by).append(" also noted: ").append(e.also_noted).append("_\n\n");
        ids("A", e.a_ids, e.a_text);
        ids("B", e.b_ids, e.b_text);
        if (e.status == MergeStatus::Differs) out.append("- diff: ").append(FormatWordDiff(e.a_text, e.b_text, e.diff)).append("\n");
        out.append("\n");
    }
    return out;
}

} // namespace hd
