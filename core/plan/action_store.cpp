// [SECTION] index: keys / checks / reading / writing / years and euro
#include "core/plan/action_store.h"

#include <algorithm>
#include <cctype>

#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/base/utf8.h"
#include "core/store/db.h"
#include "core/store/store.h"

namespace hd {

// [SECTION] Keys
std::string_view ToKey(ActionStatus s) {
    switch (s) {
    case ActionStatus::Planned: return "planned";
    case ActionStatus::Running: return "running";
    case ActionStatus::Done: return "done";
    case ActionStatus::Dropped: return "dropped";
    }
    return "planned";
}

std::optional<ActionStatus> ActionStatusFromKey(std::string_view key) {
    for (ActionStatus s : kAllActionStatuses)
        if (ToKey(s) == key) return s;
    return std::nullopt;
}

bool Action::RunsIn(int year) const {
    if (start_year == 0) return false;
    int last = end_year ? end_year : start_year;
    return year >= start_year && year <= last;
}

ActionStore::ActionStore(PlanStore& store) : m_store(store) {}

// [SECTION] Checks
namespace {
void CheckText(const std::string& value, const char* field_key, size_t max_bytes) {
    if (!IsValidUtf8(value))
        throw InputError("actions.err_utf8", "The field '" + Tr(field_key) + "' is not valid UTF-8.", {Tr(field_key)});
    if (value.size() > max_bytes)
        throw InputError("actions.err_too_long", "The field '" + Tr(field_key) + "' is too long.", {Tr(field_key)});
}

void CheckYears(const Action& a, const Plan& plan) {
    bool has_period = plan.period_start > 0 && plan.period_end >= plan.period_start;
    int first = has_period ? plan.period_start : 1900, last = has_period ? plan.period_end : 2200;
    if (a.start_year == 0 && a.end_year != 0)
        throw InputError("actions.err_end_without_start", "The action has an end year but no start year.");
    for (int y : {a.start_year, a.end_year}) {
        if (y == 0 || (y >= first && y <= last)) continue;
        throw InputError("actions.err_year_outside",
                         "The year " + std::to_string(y) + " lies outside the plan period " + std::to_string(first) +
                             "–" + std::to_string(last) + ".",
                         {std::to_string(y), std::to_string(first), std::to_string(last)});
    }
    if (a.end_year != 0 && a.end_year < a.start_year)
        throw InputError("actions.err_end_before_start",
                         "The action ends (" + std::to_string(a.end_year) + ") before it starts (" +
                             std::to_string(a.start_year) + ").",
                         {std::to_string(a.start_year), std::to_string(a.end_year)});
}

// Actions hang under accepted tactical objectives only: proposals are replaced by the next proposal
// round, and their actions would be deleted with them.
void CheckObjective(Database& db, int64_t objective_id) {
    Statement st(db, "SELECT level, accepted FROM objective WHERE id = ?");
    st.Bind(1, objective_id);
    if (!st.Step()) throw InputError("actions.err_no_objective", "The tactical objective of the action does not exist.");
    if (st.Text(0) != "tactical")
        throw InputError("actions.err_not_tactical", "Actions belong under a tactical objective, not a strategic one.");
    if (st.Int(1) == 0)
        throw InputError("actions.err_not_accepted",
                         "Accept the tactical objective first: a proposal is replaced when the board proposes again.");
}
} // namespace

void ActionStore::Check(const Action& a) {
    if (a.description.find_first_not_of(" \t\r\n") == std::string::npos)
        throw InputError("actions.err_no_description", "An action needs a description.");
    CheckText(a.description, "actions.field.description", kMaxActionDescriptionBytes);
    CheckText(a.owner, "actions.field.owner", kMaxActionFieldBytes);
    CheckText(a.partners, "actions.field.partners", kMaxActionFieldBytes);
    CheckText(a.budget_note, "actions.field.budget_note", kMaxActionFieldBytes);
    CheckText(a.indicator, "actions.field.indicator", kMaxActionFieldBytes);
    CheckText(a.target, "actions.field.target", kMaxActionFieldBytes);
    if (a.budget_euro && (*a.budget_euro < 0 || *a.budget_euro > kMaxBudgetEuro))
        throw InputError("actions.err_budget", "The budget must be an amount of whole euro, at least 0.");
    CheckYears(a, m_store.GetPlan());
    CheckObjective(m_store.Db(), a.objective_id);
}

// [SECTION] Reading
namespace {
constexpr const char* kColumns =
    "a.id, a.objective_id, a.position, a.description, a.owner, a.partners, a.start_year, a.end_year, a.budget_euro, "
    "a.budget_note, a.indicator, a.target, a.status, a.quick_win";

Action ReadAction(const Statement& st) {
    Action a;
    a.id = st.Int(0);
    a.objective_id = st.Int(1);
    a.position = static_cast<int>(st.Int(2));
    a.description = st.Text(3);
    a.owner = st.Text(4);
    a.partners = st.Text(5);
    a.start_year = static_cast<int>(st.Int(6));
    a.end_year = static_cast<int>(st.Int(7));
    if (!st.IsNull(8)) a.budget_euro = st.Int(8);
    a.budget_note = st.Text(9);
    a.indicator = st.Text(10);
    a.target = st.Text(11);
    a.status = ActionStatusFromKey(st.Text(12)).value_or(ActionStatus::Planned);
    a.quick_win = st.Int(13) != 0;
    return a;
}

std::vector<Action> Query(Database& db, const std::string& sql, int64_t bind = 0) {
    Statement st(db, sql.c_str());
    if (bind) st.Bind(1, bind);
    std::vector<Action> out;
    while (st.Step()) out.push_back(ReadAction(st));
    return out;
}
} // namespace

std::vector<Action> ActionStore::ListActions(int64_t objective_id) {
    return Query(m_store.Db(),
                 std::string("SELECT ") + kColumns + " FROM plan_action a WHERE a.objective_id = ? ORDER BY a.position, a.id",
                 objective_id);
}

std::vector<Action> ActionStore::ListAllActions() {
    // Same order as the board and the plan document: domain position, then objective position.
    return Query(m_store.Db(), std::string("SELECT ") + kColumns +
                                   " FROM plan_action a JOIN objective o ON o.id = a.objective_id "
                                   "JOIN theme t ON t.id = o.theme_id "
                                   "ORDER BY t.position, t.id, o.position, o.id, a.position, a.id");
}

std::optional<Action> ActionStore::GetAction(int64_t id) {
    auto found = Query(m_store.Db(), std::string("SELECT ") + kColumns + " FROM plan_action a WHERE a.id = ?", id);
    if (found.empty()) return std::nullopt;
    return found.front();
}

// [SECTION] Writing
namespace {
Action Normalised(Action a) {
    if (a.start_year != 0 && a.end_year == 0) a.end_year = a.start_year; // a one-year action
    return a;
}

void BindFields(Statement& st, const Action& a, const std::string& by) {
    st.Bind(1, a.objective_id).Bind(2, a.description).Bind(3, a.owner).Bind(4, a.partners);
    st.Bind(5, a.start_year).Bind(6, a.end_year);
    if (a.budget_euro) st.Bind(7, *a.budget_euro);
    else st.BindNull(7);
    st.Bind(8, a.budget_note).Bind(9, a.indicator).Bind(10, a.target).Bind(11, ToKey(a.status));
    st.Bind(12, a.quick_win ? 1 : 0).Bind(13, by).Bind(14, NowWallMs());
}

// A deleted action's id is never given to a new one: adopted versions and revisions name actions by
// id, so a reused id would read as the old action changed instead of removed and another added. The
// audit trail has every action ever added (trigger), so its highest id counts too.
int64_t NextActionId(Database& db) {
    Statement st(db, "SELECT MAX(COALESCE((SELECT MAX(id) FROM plan_action), 0), "
                     "COALESCE((SELECT MAX(CAST(target_ref AS INTEGER)) FROM audit_entry WHERE target_kind = 'action'), 0)) + 1");
    st.Step();
    return st.Int(0);
}

int NextPosition(Database& db, int64_t objective_id) {
    Statement st(db, "SELECT COALESCE(MAX(position), 0) + 1 FROM plan_action WHERE objective_id = ?");
    st.Bind(1, objective_id);
    st.Step();
    return static_cast<int>(st.Int(0));
}
} // namespace

int64_t ActionStore::Add(const Action& action, const std::string& by) {
    Action a = Normalised(action);
    Check(a);
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement st(db, "INSERT INTO plan_action(objective_id, description, owner, partners, start_year, end_year, "
                     "budget_euro, budget_note, indicator, target, status, quick_win, edited_by, edited_at_ms, position, id) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    BindFields(st, a, by);
    int64_t id = NextActionId(db);
    st.Bind(15, NextPosition(db, a.objective_id)).Bind(16, id);
    st.Exec();
    tx.Commit();
    return id;
}

void ActionStore::Update(const Action& action, const std::string& by) {
    Action a = Normalised(action);
    Check(a);
    Database& db = m_store.Db();
    Transaction tx(db);
    auto old = GetAction(a.id);
    if (!old) throw InputError("actions.err_no_action", "The action no longer exists.");
    Statement st(db, "UPDATE plan_action SET objective_id = ?, description = ?, owner = ?, partners = ?, start_year = ?, "
                     "end_year = ?, budget_euro = ?, budget_note = ?, indicator = ?, target = ?, status = ?, "
                     "quick_win = ?, edited_by = ?, edited_at_ms = ?, position = ? WHERE id = ?");
    BindFields(st, a, by);
    st.Bind(15, old->objective_id == a.objective_id ? old->position : NextPosition(db, a.objective_id));
    st.Bind(16, a.id);
    st.Exec();
    tx.Commit();
}

void ActionStore::Delete(int64_t id, const std::string& by) {
    Database& db = m_store.Db();
    Transaction tx(db);
    // The row says who deletes it just before it goes, so the audit trigger can name them; the edit
    // trigger ignores a change of only these two columns.
    Statement mark(db, "UPDATE plan_action SET edited_by = ?, edited_at_ms = ? WHERE id = ?");
    mark.Bind(1, by).Bind(2, NowWallMs()).Bind(3, id).Exec();
    Statement del(db, "DELETE FROM plan_action WHERE id = ?");
    del.Bind(1, id).Exec();
    tx.Commit();
}

void ActionStore::Move(int64_t id, int delta) {
    auto a = GetAction(id);
    if (!a || delta == 0) return;
    std::vector<Action> siblings = ListActions(a->objective_id);
    auto it = std::find_if(siblings.begin(), siblings.end(), [&](const Action& s) { return s.id == id; });
    long from = it - siblings.begin(), to = from + (delta < 0 ? -1 : 1);
    if (to < 0 || to >= static_cast<long>(siblings.size())) return;
    std::swap(siblings[from], siblings[to]);
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement st(db, "UPDATE plan_action SET position = ? WHERE id = ?");
    for (size_t i = 0; i < siblings.size(); ++i) {
        st.Reset();
        st.Bind(1, static_cast<int64_t>(i + 1)).Bind(2, siblings[i].id).Exec();
    }
    tx.Commit();
}

// [SECTION] Years and euro
std::vector<Action> ActionsInYear(const std::vector<Action>& actions, int year) {
    std::vector<Action> out;
    for (const Action& a : actions)
        if (a.RunsIn(year)) out.push_back(a);
    return out;
}

std::string FormatYears(const Action& a) {
    if (a.start_year == 0) return {};
    if (a.end_year == 0 || a.end_year == a.start_year) return std::to_string(a.start_year);
    return std::to_string(a.start_year) + "–" + std::to_string(a.end_year);
}

std::string FormatEuro(int64_t amount, std::string_view lang) {
    std::string digits = std::to_string(amount < 0 ? -amount : amount), grouped;
    char sep = lang == "en" ? ',' : '.';
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += sep;
        grouped += digits[i];
    }
    return std::string(lang == "en" ? "€" : "€ ") + (amount < 0 ? "-" : "") + grouped;
}

namespace {
// Removes the euro sign, "EUR" and every kind of space people type between thousands.
std::string StripCurrencyAndSpaces(std::string_view text) {
    std::string s(text);
    for (std::string_view junk : {"€", "\u00A0", "\u202F", "EUR", "eur", " ", "\t"}) {
        for (size_t at = s.find(junk); at != std::string::npos; at = s.find(junk)) s.erase(at, junk.size());
    }
    return s;
}

// The separator at `i` groups thousands: exactly three digits follow it before the next separator or the end.
bool GroupsThousands(const std::string& s, size_t i) {
    if (s.size() - i - 1 < 3) return false;
    for (size_t k = i + 1; k < i + 4; ++k)
        if (!std::isdigit(static_cast<unsigned char>(s[k]))) return false;
    return i + 4 == s.size() || s[i + 4] == '.' || s[i + 4] == ',';
}
} // namespace

std::optional<int64_t> ParseEuro(std::string_view text, bool& ok) {
    ok = true;
    std::string s = StripCurrencyAndSpaces(text);
    if (s.empty()) return std::nullopt;
    ok = false;
    // Cents are allowed only as ",00" / ".00" / ",-": a budget line is in whole euro.
    for (std::string_view tail : {",00", ".00", ",-"})
        if (s.size() > tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0) s.resize(s.size() - tail.size());
    std::string digits;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (std::isdigit(static_cast<unsigned char>(c))) {
            digits += c;
            continue;
        }
        bool grouping = (c == '.' || c == ',') && !digits.empty() && GroupsThousands(s, i);
        if (!grouping) return std::nullopt;
    }
    if (digits.empty() || digits.size() > 13) return std::nullopt;
    int64_t value = std::stoll(digits);
    if (value > kMaxBudgetEuro) return std::nullopt;
    ok = true;
    return value;
}

} // namespace hd
