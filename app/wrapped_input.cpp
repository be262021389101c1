#include "app/wrapped_input.h"

#include <imgui_stdlib.h>

#include <algorithm>

namespace hd {

std::vector<size_t> SoftBreaks(std::string_view text, float width, const std::function<float(std::string_view)>& measure) {
    std::vector<size_t> out;
    float space = measure(" ");
    float x = 0;
    auto word_end = [&](size_t from) {
        while (from < text.size() && text[from] != ' ' && text[from] != '\n') ++from;
        return from;
    };
    size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '\n') {
            x = 0, ++i;
            continue;
        }
        if (text[i] != ' ') { // a word at the start of a line
            size_t j = word_end(i);
            x += measure(text.substr(i, j - i));
            i = j;
            continue;
        }
        size_t j = word_end(i + 1); // a space and the word after it
        float w = measure(text.substr(i + 1, j - i - 1));
        if (x > 0 && j > i + 1 && x + space + w > width) out.push_back(i), x = w;
        else x += space + w;
        i = j;
    }
    return out;
}

namespace {
float MeasureText(std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; }

// Soft breaks back to spaces, then new soft breaks for `width`; the buffer keeps its length.
void Rewrap(char* buf, size_t len, std::vector<char>& soft, float width) {
    soft.resize(len, 0);
    for (size_t i = 0; i < len; ++i)
        if (soft[i]) buf[i] = ' ', soft[i] = 0;
    for (size_t at : SoftBreaks(std::string_view(buf, len), width, MeasureText)) buf[at] = '\n', soft[at] = 1;
}

// After an edit: soft breaks before and after the changed span stay soft; what was typed is as typed.
std::vector<char> CarrySoft(const std::string& before, const std::vector<char>& soft, std::string_view after) {
    std::vector<char> out(after.size(), 0);
    if (soft.size() != before.size()) return out;
    size_t prefix = 0, limit = std::min(before.size(), after.size());
    while (prefix < limit && before[prefix] == after[prefix]) ++prefix;
    size_t suffix = 0;
    while (suffix < limit - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix]) ++suffix;
    for (size_t i = 0; i < prefix; ++i) out[i] = soft[i];
    for (size_t k = 1; k <= suffix; ++k) out[after.size() - k] = soft[before.size() - k];
    return out;
}

int OnEdit(ImGuiInputTextCallbackData* data) {
    auto& st = *static_cast<WrappedInputState*>(data->UserData);
    std::string_view now(data->Buf, static_cast<size_t>(data->BufTextLen));
    std::vector<char> soft = now == st.display ? st.soft : CarrySoft(st.display, st.soft, now);
    std::string before(now);
    Rewrap(data->Buf, now.size(), soft, st.width);
    if (before != std::string_view(data->Buf, now.size())) data->BufDirty = true;
    st.soft = std::move(soft);
    return 0;
}

std::string Logical(const WrappedInputState& st) {
    std::string out = st.display;
    for (size_t i = 0; i < out.size() && i < st.soft.size(); ++i)
        if (st.soft[i]) out[i] = ' ';
    return out;
}
} // namespace

bool InputTextWrapped(const char* label, std::string& text, const ImVec2& size, WrappedInputState& st) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float box = size.x > 0 ? size.x : ImGui::GetContentRegionAvail().x + (size.x < 0 ? size.x : 0);
    st.width = std::max(box - style.FramePadding.x * 2 - style.ScrollbarSize - style.ItemInnerSpacing.x, 20.0f);
    // While the box is being edited the widget owns its buffer; otherwise follow the caller's text
    // (a new entry opened for editing) and the box's width.
    if (!st.active) {
        if (text != st.last_text || Logical(st) != text) st.display = text, st.soft.assign(text.size(), 0);
        Rewrap(st.display.data(), st.display.size(), st.soft, st.width);
    }
    ImGui::InputTextMultiline(label, &st.display, size, ImGuiInputTextFlags_CallbackEdit | ImGuiInputTextFlags_CallbackAlways,
                              OnEdit, &st);
    st.active = ImGui::IsItemActive(); // as of this frame; the next call trusts the widget's buffer then
    if (st.soft.size() != st.display.size()) st.soft.resize(st.display.size(), 0);
    std::string now = Logical(st);
    bool changed = now != text;
    text = std::move(now);
    st.last_text = text;
    return changed;
}

} // namespace hd
