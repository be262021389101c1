// [SECTION] index: keys / checks / reading / writing / order
#include "core/store/swot_store.h"

#include <algorithm>

#include "core/base/errors.h"
#include "core/base/utf8.h"
#include "core/store/db.h"
#include "core/store/store.h"

namespace hd {

// [SECTION] Keys
namespace {
constexpr std::string_view kQuadrantKeys[] = {"strength", "weakness", "opportunity", "threat"};
constexpr std::string_view kCiteKeys[] = {"", "contribution", "indicator", "priority", "document"};
} // namespace

std::string_view ToKey(SwotQuadrant q) { return kQuadrantKeys[static_cast<int>(q)]; }
std::string_view ToKey(SwotCiteKind k) { return kCiteKeys[static_cast<int>(k)]; }

std::optional<SwotQuadrant> SwotQuadrantFromKey(std::string_view key) {
    for (size_t i = 0; i < std::size(kQuadrantKeys); ++i)
        if (kQuadrantKeys[i] == key) return static_cast<SwotQuadrant>(i);
    return std::nullopt;
}

std::optional<SwotCiteKind> SwotCiteKindFromKey(std::string_view key) {
    for (size_t i = 0; i < std::size(kCiteKeys); ++i)
        if (kCiteKeys[i] == key) return static_cast<SwotCiteKind>(i);
    return std::nullopt;
}

SwotStore::SwotStore(PlanStore& store) : m_store(store) {}

// [SECTION] Checks
namespace {
void CheckText(const std::string& text) {
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw InputError("swot.err_empty", "A SWOT item needs a text.");
    if (!IsValidUtf8(text)) throw InputError("err.invalid_utf8", "The text is not valid UTF-8.", {"text"});
    if (text.size() > 2000) throw InputError("swot.err_too_long", "A SWOT item is at most 2000 bytes long.");
}

void CheckCitation(const SwotCitation& c) {
    if (c.kind == SwotCiteKind::None) return;
    if (c.ref <= 0 || c.label.find_first_not_of(" \t\r\n") == std::string::npos || c.label.size() > 1000 ||
        !IsValidUtf8(c.label))
        throw InputError("swot.err_citation", "The source of a SWOT item needs a reference and a readable label.");
}

[[noreturn]] void NoItem(int64_t id) {
    throw InputError("swot.err_no_item", "There is no SWOT item with id " + std::to_string(id) + ".", {std::to_string(id)});
}

// A citation whose source is gone still reads by its label; the list marks it.
constexpr const char* kSelect = R"SQL(
SELECT s.id, s.theme_id, s.quadrant, s.position, s.text, s.cite_kind, s.cite_ref, s.cite_label,
  CASE s.cite_kind
    WHEN 'contribution' THEN NOT EXISTS (SELECT 1 FROM merged_entry e WHERE e.id = CAST(s.cite_ref AS INTEGER))
    WHEN 'indicator' THEN NOT EXISTS (SELECT 1 FROM indicator i WHERE i.id = CAST(s.cite_ref AS INTEGER))
    WHEN 'priority' THEN NOT EXISTS (SELECT 1 FROM related_priority p WHERE p.id = CAST(s.cite_ref AS INTEGER))
    WHEN 'document' THEN NOT EXISTS (SELECT 1 FROM input_document d WHERE d.id = CAST(s.cite_ref AS INTEGER))
    ELSE 0 END
FROM swot_item s JOIN theme t ON t.id = s.theme_id
)SQL";
constexpr const char* kOrder = " ORDER BY t.position, t.id, CASE s.quadrant WHEN 'strength' THEN 0 WHEN 'weakness' THEN 1 "
                               "WHEN 'opportunity' THEN 2 ELSE 3 END, s.position, s.id";

SwotItem ReadItem(Statement& st) {
    SwotItem it;
    it.id = st.Int(0);
    it.theme_id = st.Int(1);
    it.quadrant = SwotQuadrantFromKey(st.Text(2)).value_or(SwotQuadrant::Strength);
    it.position = static_cast<int>(st.Int(3));
    it.text = st.Text(4);
    it.cite.kind = SwotCiteKindFromKey(st.Text(5)).value_or(SwotCiteKind::None);
    if (it.cite.kind != SwotCiteKind::None) {
        std::string ref = st.Text(6);
        it.cite.ref = ref.empty() ? 0 : std::stoll(ref);
        it.cite.label = st.Text(7);
        it.cite_missing = st.Int(8) != 0;
    }
    return it;
}

std::vector<SwotItem> Query(Database& db, const std::string& where, int64_t arg) {
    Statement st(db, (std::string(kSelect) + where + kOrder).c_str());
    if (!where.empty()) st.Bind(1, arg);
    std::vector<SwotItem> out;
    while (st.Step()) out.push_back(ReadItem(st));
    return out;
}
} // namespace

// [SECTION] Reading
std::vector<SwotItem> SwotStore::List(int64_t theme_id) { return Query(m_store.Db(), " WHERE s.theme_id = ?", theme_id); }

std::vector<SwotItem> SwotStore::ListAll() { return Query(m_store.Db(), "", 0); }

std::optional<SwotItem> SwotStore::Get(int64_t id) {
    std::vector<SwotItem> one = Query(m_store.Db(), " WHERE s.id = ?", id);
    if (one.empty()) return std::nullopt;
    return one.front();
}

// [SECTION] Writing
namespace {
int NextPosition(Database& db, int64_t theme_id, SwotQuadrant q) {
    Statement st(db, "SELECT COALESCE(MAX(position), -1) + 1 FROM swot_item WHERE theme_id = ? AND quadrant = ?");
    st.Bind(1, theme_id).Bind(2, ToKey(q));
    st.Step();
    return static_cast<int>(st.Int(0));
}

void BindCitation(Statement& st, int first, const SwotCitation& c) {
    bool none = c.kind == SwotCiteKind::None;
    st.Bind(first, ToKey(c.kind)).Bind(first + 1, none ? std::string() : std::to_string(c.ref));
    st.Bind(first + 2, none ? std::string() : c.label);
}
} // namespace

int64_t SwotStore::Add(int64_t theme_id, SwotQuadrant quadrant, const std::string& text, const SwotCitation& cite) {
    CheckText(text);
    CheckCitation(cite);
    if (!m_store.GetTheme(theme_id))
        throw UserError("cluster.no_such_theme", "There is no theme with id " + std::to_string(theme_id) + ".",
                        {std::to_string(theme_id)});
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement st(db, "INSERT INTO swot_item(theme_id, quadrant, position, text, cite_kind, cite_ref, cite_label) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?)");
    st.Bind(1, theme_id).Bind(2, ToKey(quadrant)).Bind(3, NextPosition(db, theme_id, quadrant)).Bind(4, text);
    BindCitation(st, 5, cite);
    st.Exec();
    int64_t id = db.LastInsertId();
    tx.Commit();
    return id;
}

void SwotStore::SetText(int64_t id, const std::string& text) {
    CheckText(text);
    Statement st(m_store.Db(), "UPDATE swot_item SET text = ? WHERE id = ?");
    st.Bind(1, text).Bind(2, id).Exec();
    if (m_store.Db().Changes() == 0) NoItem(id);
}

void SwotStore::SetCitation(int64_t id, const SwotCitation& cite) {
    CheckCitation(cite);
    Statement st(m_store.Db(), "UPDATE swot_item SET cite_kind = ?, cite_ref = ?, cite_label = ? WHERE id = ?");
    BindCitation(st, 1, cite);
    st.Bind(4, id).Exec();
    if (m_store.Db().Changes() == 0) NoItem(id);
}

void SwotStore::Delete(int64_t id) {
    Statement st(m_store.Db(), "DELETE FROM swot_item WHERE id = ?");
    st.Bind(1, id).Exec();
}

// [SECTION] Order
namespace {
// Positions 0..n-1 in the quadrant's present order, written back, so gaps and ties never confuse a move.
std::vector<int64_t> Renumbered(Database& db, int64_t theme_id, SwotQuadrant q) {
    Statement st(db, "SELECT id FROM swot_item WHERE theme_id = ? AND quadrant = ? ORDER BY position, id");
    st.Bind(1, theme_id).Bind(2, ToKey(q));
    std::vector<int64_t> ids;
    while (st.Step()) ids.push_back(st.Int(0));
    return ids;
}

void WritePositions(Database& db, const std::vector<int64_t>& ids) {
    Statement st(db, "UPDATE swot_item SET position = ? WHERE id = ?");
    for (size_t i = 0; i < ids.size(); ++i) {
        st.Reset();
        st.Bind(1, static_cast<int64_t>(i)).Bind(2, ids[i]).Exec();
    }
}
} // namespace

void SwotStore::Move(int64_t id, int delta) {
    std::optional<SwotItem> item = Get(id);
    if (!item) NoItem(id);
    Database& db = m_store.Db();
    Transaction tx(db);
    std::vector<int64_t> ids = Renumbered(db, item->theme_id, item->quadrant);
    auto at = std::find(ids.begin(), ids.end(), id) - ids.begin();
    auto to = std::clamp<long>(static_cast<long>(at) + delta, 0, static_cast<long>(ids.size()) - 1);
    if (to == at) return;
    int64_t moved = ids[static_cast<size_t>(at)];
    ids.erase(ids.begin() + at);
    ids.insert(ids.begin() + to, moved);
    WritePositions(db, ids);
    tx.Commit();
}

void SwotStore::MoveToQuadrant(int64_t id, SwotQuadrant quadrant) {
    std::optional<SwotItem> item = Get(id);
    if (!item) NoItem(id);
    if (item->quadrant == quadrant) return;
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement st(db, "UPDATE swot_item SET quadrant = ?, position = ? WHERE id = ?");
    st.Bind(1, ToKey(quadrant)).Bind(2, NextPosition(db, item->theme_id, quadrant)).Bind(3, id).Exec();
    WritePositions(db, Renumbered(db, item->theme_id, item->quadrant));
    tx.Commit();
}

} // namespace hd
