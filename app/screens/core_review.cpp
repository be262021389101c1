// [SECTION] index: view cache / helpers / export bar / hearing list / minutes, row clipping / side panel (review
//                  state, comments, audit) / plan overview / core group / DrawCoreReview
// Core-group review: per hearing the minutes with their review state (draft, under review, approved
// with who and when), comments on any entry or objective, the audit trail of changes after
// approval; the plan overview (problem, objectives, coverage with gaps highlighted, phases); the
// core group's members; and the exports (Markdown, HTML, DOCX, CSV).
#include <imgui.h>
#include <imgui_internal.h> // ImGuiTable::RowPosY1: where a table row starts
#include <imgui_stdlib.h>

#include <algorithm>
#include <optional>
#include <ctime>
#include <filesystem>

#include "app/app_state.h"
#include "app/screens/screens.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "app/workspace.h"
#include "core/export/export.h"
#include "core/base/i18n.h"
#include "core/store/store.h"
#include "core/base/utf8.h"

namespace hd {

namespace {
const ImVec4 kGreen(0.40f, 0.82f, 0.45f, 1.0f);
const ImVec4 kAmber(1.00f, 0.72f, 0.30f, 1.0f);
const ImVec4 kMuted(0.62f, 0.64f, 0.70f, 1.0f);
constexpr ImU32 kGapBg = IM_COL32(150, 45, 45, 255);

// [SECTION] View cache
// The app's selected hearing (the menu bar picks it too), else the first one.
int64_t ShownHearing(AppState& state, Workspace& ws) {
    if (state.hearing_id != 0 && ws.FindHearing(state.hearing_id)) return state.hearing_id;
    const auto& hearings = ws.Data().hearings;
    state.hearing_id = hearings.empty() ? 0 : hearings.front().id;
    return state.hearing_id;
}

void RefreshCache(AppState& state, Workspace& ws, int64_t hearing_id) {
    CoreReviewUiState& ui = state.core_review;
    if (ui.cache_revision == ws.Revision() && ui.cache_hearing == hearing_id) return;
    ui.cache_revision = ws.Revision();
    ui.cache_hearing = hearing_id;
    RunAction(state, [&] {
        ExportLabels labels(&GlobalTranslator(), GlobalTranslator().GetLanguage());
        DocumentOptions options;
        options.discipline_label = [&labels](const std::string& d) { return labels.Discipline(d); };
        ReviewStore reviews(ws.Store());
        ui.minutes = hearing_id ? BuildMinutesDocument(ws.Store(), hearing_id, options) : MinutesDocument{};
        ui.plan = BuildPlanDocument(ws.Store(), options);
        ui.reviews = reviews.ListReviews();
        ui.comments = reviews.ListComments(hearing_id);
        for (ReviewComment& c : reviews.ListComments())
            if (c.target.kind == "objective") ui.comments.push_back(std::move(c));
        ui.audit = reviews.ListAudit(hearing_id);
        ui.objective_audit.clear();
        for (AuditEntry& e : reviews.ListAudit())
            if (e.target.kind == "objective") ui.objective_audit.push_back(std::move(e));
        ui.members = reviews.ListMembers();
    });
}

// [SECTION] Helpers
std::string FormatWhen(int64_t ms) {
    if (ms <= 0) return {};
    std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
    return buf;
}

ReviewState StateOf(const CoreReviewUiState& ui, int64_t hearing_id) {
    for (const MinutesReview& r : ui.reviews)
        if (r.hearing_id == hearing_id) return r.state;
    return ReviewState::Draft;
}

ImVec4 StateColor(ReviewState s) {
    switch (s) {
    case ReviewState::Draft: return kMuted;
    case ReviewState::UnderReview: return kAmber;
    case ReviewState::Approved: return kGreen;
    }
    return kMuted;
}

const std::string& StateLabel(ReviewState s) { return Tr("review.state." + std::string(ToKey(s))); }

int OpenComments(const CoreReviewUiState& ui, const std::string& kind, const std::string& ref) {
    int n = 0;
    for (const ReviewComment& c : ui.comments)
        if (!c.resolved && c.target.kind == kind && c.target.ref == ref) ++n;
    return n;
}

void SelectTarget(CoreReviewUiState& ui, const std::string& kind, const std::string& ref, std::string label,
                  int64_t theme_id) {
    ui.target_kind = kind;
    ui.target_ref = ref;
    ui.target_label = std::move(label);
    ui.target_theme_id = theme_id;
}

std::string ProvenanceLabel(Provenance p) { return Tr("export.prov_key." + std::string(ToKey(p))); }

// [SECTION] Export bar
const ExportWhat kWhats[] = {ExportWhat::Minutes, ExportWhat::Plan, ExportWhat::Forum};
const ExportFormat kFormats[] = {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Docx, ExportFormat::Csv};

std::string DefaultExportPath(const CoreReviewUiState& ui, Workspace& ws, int64_t hearing_id) {
    std::filesystem::path plan(ws.Path());
    std::string stem = plan.stem().string();
    const char* what[] = {"verslag", "plan", "forum"};
    std::string name = stem + "-" + what[ui.export_what];
    if (ui.export_what == 0) name += "-" + std::to_string(hearing_id);
    name += std::string(FileExtension(kFormats[ui.export_format]));
    return (plan.parent_path() / name).string();
}

void DrawExportBar(AppState& state, Workspace& ws, int64_t hearing_id) {
    CoreReviewUiState& ui = state.core_review;
    const char* whats[] = {Tr("core_review.export_minutes").c_str(), Tr("core_review.export_plan").c_str(),
                           Tr("core_review.export_forum").c_str()};
    const char* formats[] = {"Markdown", "HTML", "DOCX (Word)", "CSV (Excel)"};
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(Tr("core_review.export").c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(170);
    ImGui::Combo("##what", &ui.export_what, whats, 3);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(150);
    ImGui::Combo("##format", &ui.export_format, formats, 4);
    ImGui::SameLine();
    ImGui::Checkbox(Tr("core_review.anonymise").c_str(), &ui.export_anonymise);
    ProbeItem("core_review.anonymise");
    ImGui::SameLine();
    ImGui::Checkbox(Tr("core_review.with_organisation").c_str(), &ui.export_with_organisation);
    if (ui.export_format == 3) {
        ImGui::SameLine();
        ImGui::Checkbox(Tr("core_review.semicolon").c_str(), &ui.export_semicolon);
    }
    if (!ui.export_path_edited) ui.export_path = DefaultExportPath(ui, ws, hearing_id);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::max(200.0f, ImGui::GetContentRegionAvail().x - 160));
    if (ImGui::InputText("##path", &ui.export_path)) ui.export_path_edited = !ui.export_path.empty();
    ImGui::SameLine();
    bool disabled = ui.export_path.empty() || (ui.export_what == 0 && hearing_id == 0);
    ImGui::BeginDisabled(disabled);
    if (ImGui::Button(Tr("core_review.export_button").c_str())) {
        ExportRequest r;
        r.what = kWhats[ui.export_what];
        r.format = kFormats[ui.export_format];
        r.hearing_id = hearing_id;
        r.anonymise = ui.export_anonymise;
        r.with_organisation = ui.export_with_organisation;
        r.csv_separator = ui.export_semicolon ? ';' : ',';
        r.language = GlobalTranslator().GetLanguage();
        std::string path = ui.export_path;
        if (RunAction(state, [&] { ExportToFile(ws.Store(), r, path); })) {
            ui.last_export_path = path;
            ShowToast(state, FillPlaceholders(Tr("core_review.exported"), {path}), 4000);
        }
    }
    ProbeItem("core_review.export_button");
    ImGui::EndDisabled();
}

// [SECTION] Hearing list
void DrawHearingList(AppState& state, Workspace& ws, int64_t shown) {
    CoreReviewUiState& ui = state.core_review;
    for (const Hearing& h : ws.Data().hearings) {
        const Theme* t = ws.FindTheme(h.theme_id);
        ReviewState s = StateOf(ui, h.id);
        ImGui::PushID(static_cast<int>(h.id));
        std::string label = (t ? t->title : std::string("?")) + "\n" + h.date;
        if (ImGui::Selectable(label.c_str(), h.id == shown, 0, ImVec2(0, ImGui::GetTextLineHeight() * 2.2f))) {
            state.hearing_id = h.id;
            state.theme_id = h.theme_id;
            ui.target_kind.clear();
        }
        ImGui::TextColored(StateColor(s), "  %s", StateLabel(s).c_str());
        ImGui::PopID();
        ImGui::Spacing();
    }
}

// [SECTION] Minutes
void DrawMinutesHeader(const MinutesDocument& doc) {
    ImGui::PushFont(Fonts().title);
    ImGui::TextWrapped("%s", doc.theme.c_str());
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
    ImGui::TextWrapped("%s · %s · %s %s · A: %s · B: %s", doc.date.c_str(), doc.location.c_str(),
                       Tr("export.moderator").c_str(), doc.moderator.c_str(), doc.reporter_a.c_str(),
                       doc.reporter_b.c_str());
    ImGui::PopStyleColor();
    if (!doc.merged) ImGui::TextColored(kAmber, "%s", Tr("core_review.not_merged").c_str());
}

void DrawLineRow(CoreReviewUiState& ui, const MinutesDocument& doc, const MinutesLine& line, int index) {
    ImGui::TableNextRow();
    ImGui::PushID(index);
    ImGui::TableSetColumnIndex(0);
    ImGui::TextDisabled("%s", FormatOffset(line.offset_ms).c_str());
    ImVec4 color = line.provenance == Provenance::Agreed ? kGreen : line.provenance == Provenance::Differs ? kAmber : kMuted;
    ImGui::TextColored(color, "%s", ProvenanceLabel(line.provenance).c_str());
    ImGui::TableSetColumnIndex(1);
    ImGui::TextWrapped("%s", line.speaker.empty() ? Tr("speaker.unknown").c_str() : line.speaker.c_str());
    ImGui::TableSetColumnIndex(2);
    ImGui::TextWrapped("%s", line.text.c_str());
    if (!line.text_a.empty() || !line.text_b.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
        ImGui::TextWrapped("A: %s", line.text_a.c_str());
        ImGui::TextWrapped("B: %s", line.text_b.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::TableSetColumnIndex(3);
    int open = OpenComments(ui, "entry", line.ref);
    std::string button = open ? std::to_string(open) + " " + Tr("core_review.comments_short") : Tr("core_review.comment");
    bool selected = ui.target_kind == "entry" && ui.target_ref == line.ref;
    if (selected) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::SmallButton(button.c_str()))
        SelectTarget(ui, "entry", line.ref, FormatOffset(line.offset_ms) + " · " + line.speaker, doc.theme_id);
    if (selected) ImGui::PopStyleColor();
    ProbeItem("core_review.comment_" + std::to_string(index));
    ImGui::PopID();
}

// [SECTION] Row clipping
// Laying out wrapped text is what a minutes table costs, and a hearing can have thousands of
// entries of which a screenful is visible. Each row's height is measured when it is drawn (the
// distance to the next row's start); later frames draw only rows in view and replace each run of
// rows out of view by placeholder rows of the same total height, so the scroll range stays exact.
// Start of the row TableNextRow just began, in screen space. The cursor in the row's first cell is
// not a reliable measure when the row lies outside the clip rectangle, the table's own record is.
float RowStartY() {
    return ImGui::GetCurrentTable()->RowPosY1;
}

// Emits rows [first, last) as placeholders: one row for an odd count and two for an even count, so
// the alternating row background of the rows after them does not change. Returns where the first
// placeholder starts (to measure the row drawn before it), or nothing when there is none. (Screen
// positions above the window are negative, so no number can mean "none".)
std::optional<float> PlaceholderRows(const TableRowLayout& layout, size_t first, size_t last) {
    if (first >= last) return std::nullopt;
    float total = 0;
    for (size_t i = first; i < last; ++i) total += layout.heights[i];
    float tail = (last - first) % 2 == 0 ? layout.heights[last - 1] : 0.0f;
    ImGui::TableNextRow(ImGuiTableRowFlags_None, total - tail);
    float start = RowStartY();
    if (tail > 0) {
        ImGui::TableNextRow(ImGuiTableRowFlags_None, tail);
        RowStartY();
    }
    return start;
}

void ResetLayout(TableRowLayout& layout, uint64_t revision, int64_t hearing, float width, size_t rows) {
    float font = ImGui::GetFontSize();
    if (layout.revision == revision && layout.hearing == hearing && layout.width == width && layout.font_size == font &&
        layout.heights.size() == rows)
        return;
    layout = TableRowLayout{revision, hearing, width, font, std::vector<float>(rows, -1.0f)};
}

// The previous drawn row's height is the distance from its start to whatever starts next.
void MeasurePrevious(TableRowLayout& layout, long& drawn_prev, float drawn_prev_y, std::optional<float> next_start) {
    if (!next_start) return;
    if (drawn_prev >= 0) layout.heights[static_cast<size_t>(drawn_prev)] = *next_start - drawn_prev_y;
    drawn_prev = -1;
}

void DrawLines(CoreReviewUiState& ui, TableRowLayout& layout, const MinutesDocument& doc,
               const std::vector<MinutesLine>& lines, int base) {
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable(base == 0 ? "##entries" : "##appendix", 4, flags)) return;
    float width = ImGui::GetContentRegionAvail().x;
    ResetLayout(layout, ui.cache_revision, ui.cache_hearing, width, lines.size());
    ImGui::TableSetupColumn(Tr("core_review.col_time").c_str(), ImGuiTableColumnFlags_WidthFixed, 105);
    ImGui::TableSetupColumn(Tr("core_review.col_speaker").c_str(), ImGuiTableColumnFlags_WidthFixed,
                            std::clamp(width * 0.17f, 110.0f, 180.0f));
    ImGui::TableSetupColumn(Tr("core_review.col_text").c_str(), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 105);
    ImGui::TableHeadersRow();
    // Visible band in screen space, a line of margin either side.
    float margin = ImGui::GetTextLineHeightWithSpacing();
    float view_top = ImGui::GetWindowPos().y - margin;
    float view_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight() + margin;
    float y = 0;             // start of row i, once known
    bool y_known = false;    // false until a row was started (or after a row of unknown height)
    size_t run_start = 0;    // first row of the pending placeholder run
    long drawn_prev = -1;    // the previous row, when it was drawn and not measured yet
    float drawn_prev_y = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        float h = layout.heights[i];
        bool out_of_view = ui.clip_rows && y_known && h >= 0 && (y + h < view_top || y > view_bottom);
        if (out_of_view) {
            y += h;
            continue;
        }
        MeasurePrevious(layout, drawn_prev, drawn_prev_y, PlaceholderRows(layout, run_start, i));
        ImGui::TableNextRow();
        float start = RowStartY();
        MeasurePrevious(layout, drawn_prev, drawn_prev_y, start);
        DrawLineRow(ui, doc, lines[i], base + static_cast<int>(i));
        drawn_prev = static_cast<long>(i);
        drawn_prev_y = start;
        run_start = i + 1;
        y = start;
        y_known = h >= 0;
        if (y_known) y += h;
    }
    MeasurePrevious(layout, drawn_prev, drawn_prev_y, PlaceholderRows(layout, run_start, lines.size()));
    ImGui::EndTable();
}

void DrawMinutes(CoreReviewUiState& ui) {
    const MinutesDocument& doc = ui.minutes;
    DrawMinutesHeader(doc);
    ImGui::Separator();
    ImGui::BeginChild("##minutes_scroll");
    if (doc.entries.empty() && doc.appendix.empty()) ImGui::TextDisabled("%s", Tr("export.no_entries").c_str());
    DrawLines(ui, ui.entry_rows, doc, doc.entries, 0);
    if (!doc.appendix.empty()) {
        ImGui::Spacing();
        ImGui::PushFont(Fonts().bold);
        ImGui::TextUnformatted(Tr("export.appendix").c_str());
        ImGui::PopFont();
        DrawLines(ui, ui.appendix_rows, doc, doc.appendix, 100000);
    }
    ImGui::EndChild();
}

// [SECTION] Side panel: review state, comments, audit trail
void DrawReviewState(AppState& state, Workspace& ws, int64_t hearing_id) {
    CoreReviewUiState& ui = state.core_review;
    const MinutesReview& r = ui.minutes.review;
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr("core_review.review_state").c_str());
    ImGui::PopFont();
    ImGui::TextColored(StateColor(r.state), "%s", StateLabel(r.state).c_str());
    if (r.state == ReviewState::Approved)
        ImGui::TextWrapped("%s", FillPlaceholders(Tr("core_review.approved_by"), {r.approved_by, FormatWhen(r.approved_at_ms)}).c_str());
    if (ui.approver.empty()) ui.approver = state.user_name;
    // Who speaks for the core group: typed, or picked from the plan's core-group members.
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::InputTextWithHint("##approver", Tr("core_review.your_name").c_str(), &ui.approver);
    ProbeItem("core_review.approver");
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    if (ImGui::BeginCombo("##members_pick", "", ImGuiComboFlags_NoPreview | ImGuiComboFlags_PopupAlignLeft)) {
        if (ui.members.empty()) ImGui::TextDisabled("%s", Tr("core_review.no_members").c_str());
        for (const CoreMember& m : ui.members) {
            std::string role_key = "review.role." + m.role;
            std::string label = m.name + " (" + (GlobalTranslator().Has(role_key) ? Tr(role_key) : m.role) + ")";
            ImGui::PushID(static_cast<int>(m.id));
            if (ImGui::Selectable(label.c_str(), ui.approver == m.name)) ui.approver = m.name;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    auto set = [&](ReviewState s) {
        RunAction(state, [&] {
            ReviewStore(ws.Store()).SetReviewState(hearing_id, s, ui.approver, state.now_ms);
            ws.Invalidate();
        });
    };
    ImGui::BeginDisabled(ui.approver.empty());
    if (r.state == ReviewState::Draft) {
        if (ImGui::Button(Tr("core_review.to_review").c_str())) set(ReviewState::UnderReview);
        ProbeItem("core_review.to_review");
        ImGui::SameLine();
    }
    if (r.state != ReviewState::Approved) {
        if (ImGui::Button(Tr("core_review.approve").c_str())) set(ReviewState::Approved);
        ProbeItem("core_review.approve");
    } else {
        if (ImGui::Button(Tr("core_review.reopen").c_str())) set(ReviewState::UnderReview);
        ProbeItem("core_review.reopen");
    }
    ImGui::EndDisabled();
    if (ui.approver.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
        ImGui::TextWrapped("%s", Tr("core_review.name_needed").c_str());
        ImGui::PopStyleColor();
    }
}

void DrawComment(AppState& state, Workspace& ws, const ReviewComment& c) {
    ImGui::PushID(static_cast<int>(c.id));
    ImGui::PushStyleColor(ImGuiCol_Text, c.resolved ? kMuted : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    ImGui::TextWrapped("%s", c.text.c_str());
    ImGui::PopStyleColor();
    ImGui::TextDisabled("%s · %s", c.author.c_str(), FormatWhen(c.created_at_ms).c_str());
    bool resolved = c.resolved;
    if (ImGui::Checkbox(Tr("core_review.resolved").c_str(), &resolved)) {
        RunAction(state, [&] {
            ReviewStore(ws.Store()).ResolveComment(c.id, resolved, state.core_review.approver, state.now_ms);
            ws.Invalidate();
        });
    }
    ProbeItem("core_review.resolve_" + std::to_string(c.id));
    ImGui::Separator();
    ImGui::PopID();
}

void DrawComments(AppState& state, Workspace& ws, int64_t hearing_id) {
    CoreReviewUiState& ui = state.core_review;
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr("core_review.comments").c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::Checkbox(Tr("core_review.show_resolved").c_str(), &ui.show_resolved);
    if (ui.target_kind.empty()) {
        ImGui::TextWrapped("%s", Tr("core_review.pick_target").c_str());
        const char* kind = ui.tab == 0 ? "entry" : "objective";
        for (const ReviewComment& c : ui.comments)
            if (c.target.kind == kind && (ui.show_resolved || !c.resolved)) DrawComment(state, ws, c);
        return;
    }
    ImGui::TextColored(kAmber, "%s", ui.target_label.c_str());
    for (const ReviewComment& c : ui.comments)
        if (c.target.kind == ui.target_kind && c.target.ref == ui.target_ref && (ui.show_resolved || !c.resolved))
            DrawComment(state, ws, c);
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextMultiline("##comment", &ui.comment_text, ImVec2(-1, ImGui::GetTextLineHeight() * 3.5f));
    ProbeItem("core_review.comment_text");
    ImGui::BeginDisabled(Trim(ui.comment_text).empty());
    if (ImGui::Button(Tr("core_review.add_comment").c_str())) {
        ReviewTarget target{ui.target_kind, ui.target_ref, ui.target_kind == "entry" ? hearing_id : 0, ui.target_theme_id};
        if (RunAction(state, [&] {
                ReviewStore(ws.Store()).AddComment(target, ui.approver, ui.comment_text, state.now_ms);
                ws.Invalidate();
            }))
            ui.comment_text.clear();
    }
    ProbeItem("core_review.add_comment");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(Tr("action.cancel").c_str())) ui.target_kind.clear();
}

std::string AuditWhat(const AuditEntry& e) {
    std::string key = "core_review.audit." + e.what;
    return GlobalTranslator().Has(key) ? Tr(key) : e.what;
}

void DrawAudit(const std::vector<AuditEntry>& audit) {
    if (!ImGui::CollapsingHeader(FillPlaceholders(Tr("core_review.audit"), {std::to_string(audit.size())}).c_str(),
                                 ImGuiTreeNodeFlags_DefaultOpen))
        return;
    if (audit.empty()) ImGui::TextDisabled("%s", Tr("core_review.audit_empty").c_str());
    for (auto it = audit.rbegin(); it != audit.rend(); ++it) {
        const AuditEntry& e = *it;
        ImGui::TextColored(kAmber, "%s", AuditWhat(e).c_str());
        ImGui::TextDisabled("%s · %s", e.who.empty() ? "?" : e.who.c_str(), FormatWhen(e.at_ms).c_str());
        bool state_change = e.what == "state_changed";
        std::string before = state_change ? StateLabel(ReviewStateFromKey(e.before).value_or(ReviewState::Draft)) : e.before;
        std::string after = state_change ? StateLabel(ReviewStateFromKey(e.after).value_or(ReviewState::Draft)) : e.after;
        if (!before.empty()) ImGui::TextWrapped("- %s", before.c_str());
        if (!after.empty()) ImGui::TextWrapped("+ %s", after.c_str());
        ImGui::Separator();
    }
}

// [SECTION] Plan overview
void DrawObjective(CoreReviewUiState& ui, const PlanObjective& o, const std::string& heading, int64_t theme_id) {
    ImGui::PushID(o.ref.c_str());
    ImGui::PushFont(Fonts().bold);
    ImGui::TextWrapped("%s", heading.c_str());
    ImGui::PopFont();
    auto field = [](const char* key, const std::string& text) {
        if (text.empty()) return;
        ImGui::TextColored(kMuted, "%s:", Tr(key).c_str());
        ImGui::SameLine();
        ImGui::TextWrapped("%s", text.c_str());
    };
    field("export.why", o.why);
    field("export.what", o.what);
    field("export.how", o.how);
    std::string disciplines;
    for (const std::string& d : o.disciplines) disciplines += (disciplines.empty() ? "" : ", ") + DisciplineLabel(d);
    ImGui::TextColored(kMuted, "%s: %s   ·   %s: %s", Tr("export.chain").c_str(), ChainLabel(o.chain).c_str(),
                       Tr("export.disciplines").c_str(), disciplines.c_str());
    int open = OpenComments(ui, "objective", o.ref);
    std::string button = open ? std::to_string(open) + " " + Tr("core_review.comments_short") : Tr("core_review.comment");
    if (ImGui::SmallButton(button.c_str())) SelectTarget(ui, "objective", o.ref, o.title, theme_id);
    ProbeItem("core_review.objective_comment_" + o.ref);
    ImGui::Spacing();
    ImGui::PopID();
}

void DrawCoverage(const PlanDocument& plan) {
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr("export.coverage").c_str());
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
    ImGui::TextWrapped("%s", Tr("export.coverage_note").c_str());
    ImGui::PopStyleColor();
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##coverage", 6, flags)) return;
    ImGui::TableSetupColumn(Tr("export.domain").c_str(), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    for (SafetyChain c : kAllSafetyChains) ImGui::TableSetupColumn(ChainLabel(c).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(Tr("export.unassigned").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (const CoverageRow& row : plan.coverage) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        if (row.gap) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, kGapBg);
        ImGui::TextUnformatted(row.gap ? FillPlaceholders(Tr("export.gap_domain"), {row.domain}).c_str() : row.domain.c_str());
        for (size_t i = 0; i < row.counts.size(); ++i) {
            ImGui::TableSetColumnIndex(static_cast<int>(i) + 1);
            if (row.gap && i < 2) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, kGapBg);
            ImGui::Text("%d", row.counts[i]);
        }
        ImGui::TableSetColumnIndex(5);
        ImGui::Text("%d", row.unassigned);
    }
    ImGui::EndTable();
}

void DrawPhases(const PlanDocument& plan) {
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr("export.phases").c_str());
    ImGui::PopFont();
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##phases", 4, flags)) return;
    ImGui::TableSetupColumn(Tr("export.phase").c_str(), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(Tr("export.start").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(Tr("export.end").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(Tr("export.status").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (const Phase& p : plan.phases) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextUnformatted(p.title.empty() || p.title == p.key ? Tr("export.phase_key." + p.key).c_str() : p.title.c_str());
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(p.start_date.c_str());
        ImGui::TableSetColumnIndex(2);
        ImGui::TextUnformatted(p.end_date.c_str());
        ImGui::TableSetColumnIndex(3);
        ImVec4 color = p.status == PhaseStatus::Done ? kGreen : p.status == PhaseStatus::Active ? kAmber : kMuted;
        ImGui::TextColored(color, "%s", Tr("export.phase_status." + std::string(ToKey(p.status))).c_str());
    }
    ImGui::EndTable();
}

void DrawPlanOverview(CoreReviewUiState& ui, int64_t open_theme) {
    const PlanDocument& plan = ui.plan;
    ImGui::BeginChild("##plan_scroll");
    DrawCoverage(plan);
    ImGui::Spacing();
    for (const DomainDocument& d : plan.domains) {
        ImGui::PushID(static_cast<int>(d.theme_id));
        if (d.theme_id == open_theme) ImGui::SetNextItemOpen(true, ImGuiCond_Once);
        if (ImGui::CollapsingHeader(d.title.c_str())) {
            ImGui::TextColored(kMuted, "%s:", Tr("export.problem").c_str());
            ImGui::TextWrapped("%s", d.problem.c_str());
            ImGui::Spacing();
            if (d.strategic)
                DrawObjective(ui, *d.strategic, FillPlaceholders(Tr("export.strategic"), {d.strategic->title}), d.theme_id);
            int n = 0;
            for (const PlanObjective& o : d.tactical)
                DrawObjective(ui, o, FillPlaceholders(Tr("export.tactical"), {std::to_string(++n), o.title}), d.theme_id);
            if (!d.strategic && d.tactical.empty()) ImGui::TextDisabled("%s", Tr("export.no_objectives").c_str());
        }
        ImGui::PopID();
    }
    ImGui::Spacing();
    DrawPhases(plan);
    ImGui::EndChild();
}

// [SECTION] Core group
void DrawCoreGroup(AppState& state, Workspace& ws) {
    CoreReviewUiState& ui = state.core_review;
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("##members", 4, flags)) {
        ImGui::TableSetupColumn(Tr("export.name").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(Tr("export.organisation").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(Tr("export.role").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 110);
        ImGui::TableHeadersRow();
        for (const CoreMember& m : ui.members) {
            ImGui::PushID(static_cast<int>(m.id));
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(m.name.c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(m.organisation.c_str());
            ImGui::TableSetColumnIndex(2);
            std::string key = "review.role." + m.role;
            ImGui::TextUnformatted(GlobalTranslator().Has(key) ? Tr(key).c_str() : m.role.c_str());
            ImGui::TableSetColumnIndex(3);
            if (ImGui::SmallButton(Tr("action.delete").c_str()))
                RunAction(state, [&] {
                    ReviewStore(ws.Store()).DeleteMember(m.id);
                    ws.Invalidate();
                });
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::SetNextItemWidth(260);
    ImGui::InputTextWithHint("##mname", Tr("export.name").c_str(), &ui.member_name);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(300);
    ImGui::InputTextWithHint("##morg", Tr("export.organisation").c_str(), &ui.member_organisation);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(220);
    constexpr int kRoles = static_cast<int>(std::size(kKnownCoreRoles));
    std::string preview = Tr("review.role." + std::string(kKnownCoreRoles[ui.member_role]));
    if (ImGui::BeginCombo("##mrole", preview.c_str())) {
        for (int i = 0; i < kRoles; ++i)
            if (ImGui::Selectable(Tr("review.role." + std::string(kKnownCoreRoles[i])).c_str(), i == ui.member_role))
                ui.member_role = i;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(Trim(ui.member_name).empty());
    if (ImGui::Button(Tr("core_review.add_member").c_str())) {
        CoreMember m{0, ui.member_name, ui.member_organisation, std::string(kKnownCoreRoles[ui.member_role]), 0};
        if (RunAction(state, [&] {
                ReviewStore(ws.Store()).AddMember(m);
                ws.Invalidate();
            })) {
            ui.member_name.clear();
            ui.member_organisation.clear();
        }
    }
    ImGui::EndDisabled();
}
} // namespace

// [SECTION] DrawCoreReview
void DrawCoreReview(AppState& state, Workspace& ws) {
    CoreReviewUiState& ui = state.core_review;
    int64_t hearing_id = ShownHearing(state, ws);
    RefreshCache(state, ws, hearing_id);
    DrawExportBar(state, ws, hearing_id);
    ImGui::Separator();
    const char* tabs[] = {"core_review.tab_minutes", "core_review.tab_plan", "core_review.tab_members"};
    for (int i = 0; i < 3; ++i) {
        if (i) ImGui::SameLine();
        bool active = ui.tab == i;
        if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(Tr(tabs[i]).c_str())) ui.tab = i;
        ProbeItem(tabs[i]);
        if (active) ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    float total = ImGui::GetContentRegionAvail().x;
    float side = std::clamp(total * 0.24f, 280.0f, 400.0f);
    float list = std::clamp(total * 0.15f, 170.0f, 260.0f);
    if (ui.tab == 2) {
        DrawCoreGroup(state, ws);
        return;
    }
    if (ui.tab == 0) {
        ImGui::BeginChild("##hearings", ImVec2(list, 0), true);
        DrawHearingList(state, ws, hearing_id);
        ImGui::EndChild();
        ImGui::SameLine();
    }
    ImGui::BeginChild("##main", ImVec2(ImGui::GetContentRegionAvail().x - side, 0));
    if (ui.tab == 0) {
        if (hearing_id == 0) ImGui::TextDisabled("%s", Tr("reporter.pick_hearing").c_str());
        else DrawMinutes(ui);
    } else {
        DrawPlanOverview(ui, state.theme_id);
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##side", ImVec2(0, 0), true);
    if (ui.tab == 0 && hearing_id != 0) {
        DrawReviewState(state, ws, hearing_id);
        ImGui::Separator();
    }
    if (ui.tab == 1 && ui.target_kind == "entry") ui.target_kind.clear();
    DrawComments(state, ws, hearing_id);
    ImGui::Spacing();
    DrawAudit(ui.tab == 0 ? ui.audit : ui.objective_audit);
    ImGui::EndChild();
}

} // namespace hd
