// [SECTION] index: checks / related plans / priorities / links and facets / documents
#include "core/lifecycle/inputs.h"

#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/lifecycle/lifecycle_checks.h"
#include "core/store/db.h"
#include "core/store/store.h"

namespace hd {

InputStore::InputStore(PlanStore& store) : m_store(store) {}

// [SECTION] Checks
namespace {
void CheckYear(int year, const char* field_key) {
    if (year == 0 || (year >= 1900 && year <= 2200)) return;
    throw InputError("lifecycle.err_year", "The year " + std::to_string(year) + " in " + Tr(field_key) + " is not a plausible year.",
                     {std::to_string(year), Tr(field_key)});
}

void CheckPlan(const RelatedPlan& p) {
    RequireText(p.title, "lifecycle.field.title", 500);
    RequireShortText(p.owner, "lifecycle.field.owner", 500);
    RequireShortText(p.note, "lifecycle.field.note", 4000);
    CheckYear(p.cycle_start, "lifecycle.field.cycle");
    CheckYear(p.cycle_end, "lifecycle.field.cycle");
    if (p.cycle_start && p.cycle_end && p.cycle_end < p.cycle_start)
        throw InputError("lifecycle.err_cycle", "The cycle ends (" + std::to_string(p.cycle_end) + ") before it starts (" +
                                                    std::to_string(p.cycle_start) + ").",
                         {std::to_string(p.cycle_start), std::to_string(p.cycle_end)});
}

void CheckDocument(const InputDocument& d) {
    RequireText(d.title, "lifecycle.field.title", 500);
    RequireIsoDate(d.date, "lifecycle.field.date");
    RequireShortText(d.location, "lifecycle.field.location", 4000);
    RequireShortText(d.note, "lifecycle.field.note", 4000);
}

int NextPosition(Database& db, const char* sql, int64_t parent = -1) {
    Statement st(db, sql);
    if (parent >= 0) st.Bind(1, parent);
    st.Step();
    return static_cast<int>(st.Int(0)) + 1;
}

void BindOptionalId(Statement& st, int index, int64_t id) {
    if (id) st.Bind(index, id);
    else st.BindNull(index);
}
} // namespace

// [SECTION] Related plans
std::vector<RelatedPlan> InputStore::ListPlans() {
    std::vector<RelatedPlan> out;
    Statement st(m_store.Db(), "SELECT id, position, title, owner, cycle_start, cycle_end, note FROM related_plan "
                               "ORDER BY position, id");
    while (st.Step())
        out.push_back({st.Int(0), static_cast<int>(st.Int(1)), st.Text(2), st.Text(3), static_cast<int>(st.Int(4)),
                       static_cast<int>(st.Int(5)), st.Text(6), {}});
    Statement pr(m_store.Db(), "SELECT id, related_plan_id, position, title FROM related_priority "
                               "WHERE related_plan_id = ? ORDER BY position, id");
    for (RelatedPlan& p : out) {
        pr.Reset();
        pr.Bind(1, p.id);
        while (pr.Step()) p.priorities.push_back({pr.Int(0), pr.Int(1), static_cast<int>(pr.Int(2)), pr.Text(3)});
    }
    return out;
}

std::optional<RelatedPlan> InputStore::GetPlan(int64_t id) {
    for (RelatedPlan& p : ListPlans())
        if (p.id == id) return p;
    return std::nullopt;
}

int64_t InputStore::AddPlan(const RelatedPlan& p) {
    CheckPlan(p);
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement st(db, "INSERT INTO related_plan(position, title, owner, cycle_start, cycle_end, note) VALUES(?, ?, ?, ?, ?, ?)");
    st.Bind(1, NextPosition(db, "SELECT COALESCE(MAX(position), 0) FROM related_plan")).Bind(2, p.title).Bind(3, p.owner);
    st.Bind(4, p.cycle_start).Bind(5, p.cycle_end).Bind(6, p.note);
    st.Exec();
    int64_t id = db.LastInsertId();
    tx.Commit();
    return id;
}

void InputStore::UpdatePlan(const RelatedPlan& p) {
    CheckPlan(p);
    Statement st(m_store.Db(), "UPDATE related_plan SET title = ?, owner = ?, cycle_start = ?, cycle_end = ?, note = ? WHERE id = ?");
    st.Bind(1, p.title).Bind(2, p.owner).Bind(3, p.cycle_start).Bind(4, p.cycle_end).Bind(5, p.note).Bind(6, p.id);
    st.Exec();
}

void InputStore::DeletePlan(int64_t id) {
    Statement st(m_store.Db(), "DELETE FROM related_plan WHERE id = ?");
    st.Bind(1, id);
    st.Exec();
}

// [SECTION] Priorities
int64_t InputStore::AddPriority(int64_t plan_id, const std::string& title) {
    RequireText(title, "lifecycle.field.priority", 1000);
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement st(db, "INSERT INTO related_priority(related_plan_id, position, title) VALUES(?, ?, ?)");
    st.Bind(1, plan_id)
        .Bind(2, NextPosition(db, "SELECT COALESCE(MAX(position), 0) FROM related_priority WHERE related_plan_id = ?", plan_id))
        .Bind(3, title);
    st.Exec();
    int64_t id = db.LastInsertId();
    tx.Commit();
    return id;
}

void InputStore::UpdatePriority(int64_t id, const std::string& title) {
    RequireText(title, "lifecycle.field.priority", 1000);
    Statement st(m_store.Db(), "UPDATE related_priority SET title = ? WHERE id = ?");
    st.Bind(1, title).Bind(2, id);
    st.Exec();
}

void InputStore::DeletePriority(int64_t id) {
    Statement st(m_store.Db(), "DELETE FROM related_priority WHERE id = ?");
    st.Bind(1, id);
    st.Exec();
}

// [SECTION] Links and facets
void InputStore::SetLink(int64_t objective_id, int64_t priority_id, bool linked) {
    Statement st(m_store.Db(), linked ? "INSERT OR IGNORE INTO objective_priority(objective_id, priority_id) VALUES(?, ?)"
                                      : "DELETE FROM objective_priority WHERE objective_id = ? AND priority_id = ?");
    st.Bind(1, objective_id).Bind(2, priority_id);
    st.Exec();
}

std::vector<int64_t> InputStore::PrioritiesOf(int64_t objective_id) {
    Statement st(m_store.Db(), "SELECT priority_id FROM objective_priority WHERE objective_id = ? ORDER BY priority_id");
    st.Bind(1, objective_id);
    std::vector<int64_t> out;
    while (st.Step()) out.push_back(st.Int(0));
    return out;
}

std::vector<FacetRow> InputStore::Facets() {
    std::vector<FacetRow> out;
    Statement st(m_store.Db(), "SELECT o.id, o.theme_id, o.title FROM objective_priority l JOIN objective o ON o.id = l.objective_id "
                               "JOIN theme t ON t.id = o.theme_id WHERE l.priority_id = ? AND o.accepted = 1 "
                               "ORDER BY t.position, o.level = 'strategic' DESC, o.position, o.id");
    for (const RelatedPlan& p : ListPlans())
        for (const RelatedPriority& pr : p.priorities) {
            FacetRow row{pr, p.title, {}};
            st.Reset();
            st.Bind(1, pr.id);
            while (st.Step()) row.answers.push_back({st.Int(0), st.Int(1), st.Text(2)});
            out.push_back(std::move(row));
        }
    return out;
}

// [SECTION] Documents
std::vector<InputDocument> InputStore::ListDocuments() {
    Statement st(m_store.Db(), "SELECT id, position, title, date, location, COALESCE(related_plan_id, 0), note "
                               "FROM input_document ORDER BY position, id");
    std::vector<InputDocument> out;
    while (st.Step())
        out.push_back({st.Int(0), static_cast<int>(st.Int(1)), st.Text(2), st.Text(3), st.Text(4), st.Int(5), st.Text(6)});
    return out;
}

int64_t InputStore::AddDocument(const InputDocument& d) {
    CheckDocument(d);
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement st(db, "INSERT INTO input_document(position, title, date, location, related_plan_id, note) VALUES(?, ?, ?, ?, ?, ?)");
    st.Bind(1, NextPosition(db, "SELECT COALESCE(MAX(position), 0) FROM input_document")).Bind(2, d.title).Bind(3, d.date);
    st.Bind(4, d.location);
    BindOptionalId(st, 5, d.related_plan_id);
    st.Bind(6, d.note);
    st.Exec();
    int64_t id = db.LastInsertId();
    tx.Commit();
    return id;
}

void InputStore::UpdateDocument(const InputDocument& d) {
    CheckDocument(d);
    Statement st(m_store.Db(), "UPDATE input_document SET title = ?, date = ?, location = ?, related_plan_id = ?, note = ? "
                               "WHERE id = ?");
    st.Bind(1, d.title).Bind(2, d.date).Bind(3, d.location);
    BindOptionalId(st, 4, d.related_plan_id);
    st.Bind(5, d.note).Bind(6, d.id);
    st.Exec();
}

void InputStore::DeleteDocument(int64_t id) {
    Statement st(m_store.Db(), "DELETE FROM input_document WHERE id = ?");
    st.Bind(1, id);
    st.Exec();
}

} // namespace hd
