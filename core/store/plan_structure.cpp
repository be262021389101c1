// [SECTION] index: sections / sub-themes
#include "core/store/plan_structure.h"

#include <algorithm>

#include "core/base/errors.h"
#include "core/base/utf8.h"
#include "core/store/db.h"
#include "core/store/store.h"

namespace hd {
namespace {
void RequireKey(std::string_view key) {
    if (std::find(std::begin(kPlanSectionKeys), std::end(kPlanSectionKeys), key) == std::end(kPlanSectionKeys))
        throw InputError("plan.err_section", "There is no plan section '" + std::string(key) + "'.", {std::string(key)});
}

void RequireUtf8(std::string_view text) {
    if (!IsValidUtf8(text)) throw InputError("err.invalid_utf8", "The text is not valid UTF-8.", {"text"});
}
} // namespace

PlanStructureStore::PlanStructureStore(PlanStore& store) : m_store(store) {}

// [SECTION] Sections
std::string PlanStructureStore::Section(std::string_view key) {
    RequireKey(key);
    Statement st(m_store.Db(), "SELECT text FROM plan_section WHERE key = ?");
    st.Bind(1, key);
    return st.Step() ? st.Text(0) : std::string();
}

void PlanStructureStore::SetSection(std::string_view key, const std::string& text) {
    RequireKey(key);
    RequireUtf8(text);
    Statement st(m_store.Db(), "INSERT INTO plan_section(key, text) VALUES(?, ?) "
                               "ON CONFLICT(key) DO UPDATE SET text = excluded.text");
    st.Bind(1, key).Bind(2, text).Exec();
}

// [SECTION] Sub-themes
std::vector<SubTheme> PlanStructureStore::ListSubThemes(int64_t theme_id) {
    Statement st(m_store.Db(), "SELECT id, theme_id, position, title, justification FROM sub_theme "
                               "WHERE theme_id = ? ORDER BY position, id");
    st.Bind(1, theme_id);
    std::vector<SubTheme> out;
    while (st.Step())
        out.push_back({st.Int(0), st.Int(1), static_cast<int>(st.Int(2)), st.Text(3), st.Text(4)});
    return out;
}

int64_t PlanStructureStore::AddSubTheme(int64_t theme_id, const std::string& title, const std::string& justification) {
    RequireUtf8(title);
    RequireUtf8(justification);
    if (!m_store.GetTheme(theme_id))
        throw UserError("cluster.no_such_theme", "There is no theme with id " + std::to_string(theme_id) + ".",
                        {std::to_string(theme_id)});
    Statement st(m_store.Db(), "INSERT INTO sub_theme(theme_id, position, title, justification) VALUES(?, "
                               "(SELECT coalesce(max(position), -1) + 1 FROM sub_theme WHERE theme_id = ?), ?, ?)");
    st.Bind(1, theme_id).Bind(2, theme_id).Bind(3, title).Bind(4, justification).Exec();
    return m_store.Db().LastInsertId();
}

void PlanStructureStore::UpdateSubTheme(const SubTheme& s) {
    RequireUtf8(s.title);
    RequireUtf8(s.justification);
    Statement st(m_store.Db(), "UPDATE sub_theme SET title = ?, justification = ? WHERE id = ?");
    st.Bind(1, s.title).Bind(2, s.justification).Bind(3, s.id).Exec();
}

void PlanStructureStore::DeleteSubTheme(int64_t id) {
    Statement st(m_store.Db(), "DELETE FROM sub_theme WHERE id = ?");
    st.Bind(1, id).Exec();
}

} // namespace hd
