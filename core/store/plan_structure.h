// The plan's structure beyond themes: plan-level sections (introduction, vision, principles) and
// the sub-themes (deelthema's) of each domain, with their justification. Migration 10.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/model.h"

namespace hd {
class PlanStore;

class PlanStructureStore {
public:
    explicit PlanStructureStore(PlanStore& store);

    // One of kPlanSectionKeys; empty when never written. An unknown key is refused (InputError).
    std::string Section(std::string_view key);
    void SetSection(std::string_view key, const std::string& text);

    std::vector<SubTheme> ListSubThemes(int64_t theme_id); // by position
    int64_t AddSubTheme(int64_t theme_id, const std::string& title, const std::string& justification = {});
    void UpdateSubTheme(const SubTheme& sub_theme); // title and justification
    void DeleteSubTheme(int64_t id);                // its objectives stay, without a sub-theme

private:
    PlanStore& m_store;
};

} // namespace hd
