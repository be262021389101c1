// Core group screen: the core group members.
#include <imgui.h>
#include <imgui_internal.h> // ImGuiTable::RowPosY1: where a table row starts
#include <imgui_stdlib.h>

#include <algorithm>
#include <optional>
#include <ctime>
#include <filesystem>

#include "app/app_state.h"
#include "app/screens/core_review_parts.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/export/export.h"
#include "core/base/i18n.h"
#include "core/store/store.h"
#include "core/base/utf8.h"

namespace hd::core_review {

// [SECTION] Core group
void DrawCoreGroup(AppState& state, Workspace& ws, const Shown& shown) {
    CoreReviewUiState& ui = state.core_review;
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("##members", 4, flags)) {
        ImGui::TableSetupColumn(Tr("export.name").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(Tr("export.organisation").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(Tr("export.role").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 110);
        ImGui::TableHeadersRow();
        for (const CoreMember& m : shown.group->members) {
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
                    ws.Changed(); // the core group is the plan's, not one hearing's or theme's
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
                ws.Changed();
            })) {
            ui.member_name.clear();
            ui.member_organisation.clear();
        }
    }
    ImGui::EndDisabled();
}

} // namespace hd::core_review
